"""Exercises of notebook 06 (the multi-layer perceptron): a layer as a matrix product, depth versus width, and the
number of parameters of the screening network."""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, array, fail, integer, is_close, known_mistakes
from course_utils.i18n import N_, tr

#: The depth of the sawtooth in exercise 2 (the task's "10 layers with 2 ReLU neurons each").
SAWTOOTH_DEPTH = 10


# --------------------------------------------------------------------------------------------------- exercise 1


def _marks_and_weights(marks: Any, w_science: Any) -> tuple[np.ndarray, np.ndarray]:
    return marks.to_numpy(dtype=float), np.ravel(np.asarray(w_science, dtype=float))


def _and(names: list[Any]) -> str:
    names = [str(name) for name in names]
    return names[0] if len(names) == 1 else tr("{first} and {last}", first=", ".join(names[:-1]), last=names[-1])


def _science_averages(marks: Any, w_science: Any) -> dict[str, np.ndarray]:
    table, weights = _marks_and_weights(marks, w_science)
    return {"science_averages": table @ weights}


def _judge_science_averages(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    name, value = "science_averages", answers["science_averages"]
    kind = N_("3 numbers, one science average per pupil")
    if isinstance(value, (bool, np.bool_)):
        fail(tr("`{name}` should be {kind}, but it is a yes/no value ({value}).", name=name, kind=tr(kind),
                value=bool(value)))
    got = array(value, name, kind=kind)
    want = expected[name]
    table, weights = _marks_and_weights(uses["marks"], uses["w_science"])
    n_pupils, n_subjects = table.shape
    pupils = list(uses["marks"].index)
    if got.size == 1:
        if is_close(got.reshape(()), want[0], 1e-6):
            fail(tr("`{name}` holds {pupil}'s average only. Use the whole `marks` table (all {n_pupils} pupils, one "
                    "row each) in the matrix product, not one pupil's row.", name=name, pupil=pupils[0],
                    n_pupils=n_pupils))
        fail(tr("`{name}` is one number, but the task asks for {n_pupils} numbers: one science average per pupil. "
                "Multiply the whole `marks` table by `w_science`.", name=name, n_pupils=n_pupils))
    if got.shape in {(n_pupils, n_subjects), (n_subjects, n_pupils)}:
        fail(tr("`{name}` has shape {shape}: one value per pupil *and* per subject. `*` multiplies element by "
                "element; the matrix product `@` also adds the products up, giving one number per pupil.",
                name=name, shape=got.shape))
    if got.shape in {(n_pupils, 2), (2, n_pupils)}:
        fail(tr("`{name}` has shape {shape}: two values per pupil, as the whole layer of section 1 gives (the "
                "science neuron and the sport neuron). The task asks for the science neuron only: multiply `marks` "
                "by `w_science`.", name=name, shape=got.shape))
    if got.shape == (2,):
        fail(tr("`{name}` has 2 values, like Gino's two hidden neurons in section 1 (science average and sport "
                "above 10). The task asks for one science average per pupil, {n_pupils} values: multiply the whole "
                "`marks` table by `w_science`.", name=name, n_pupils=n_pupils))
    if got.shape in {(n_pupils, 1), (1, n_pupils)}:
        fields = {"name": name, "shape": got.shape, "n_pupils": n_pupils, "n_subjects": n_subjects}
        if got.shape[1] == 1:
            fail(tr("`{name}` has shape {shape}, a table with one column, but the task asks for {n_pupils} plain "
                    "numbers, shape ({n_pupils},). Use `w_science` as it is (a vector of shape ({n_subjects},)), "
                    "or flatten your result with `.ravel()`.", **fields))
        fail(tr("`{name}` has shape {shape}, a table with one row, but the task asks for {n_pupils} plain numbers, "
                "shape ({n_pupils},). Use `w_science` as it is (a vector of shape ({n_subjects},)), or flatten your "
                "result with `.ravel()`.", **fields))
    if got.shape == (n_subjects,):
        fail(tr("`{name}` has {n_subjects} values, one per subject. The product should add up over the subjects and "
                "give one value per pupil ({n_pupils}): put `marks` (pupils in rows) on the left of `@`.",
                name=name, n_subjects=n_subjects, n_pupils=n_pupils))
    got = array(value, name, (n_pupils,), kind=kind)
    if is_close(got, want, 1e-6):
        return
    science = weights != 0
    sport = uses["marks"]["sport"].to_numpy(dtype=float)
    sport_neuron = tr("`{name}` is the sport neuron of section 1. This exercise asks for the science neuron: use "
                      "`w_science`.", name=name)
    known_mistakes(got, [
        (table.mean(axis=1), tr("`{name}` is the average of all {n_subjects} subjects. The science neuron weighs "
                                "only the four sciences: use the weights `w_science`.",
                                name=name, n_subjects=n_subjects)),
        (table[:, science].sum(axis=1), tr("`{name}` is the *sum* of the science marks, not their average. Weights "
                                           "that add up to 1, like those of `w_science`, give an average.",
                                           name=name)),
        (table[:, science].sum(axis=1) / n_subjects, tr("`{name}` divides the science marks by all {n_subjects} "
                                                        "subjects. An average of four sciences divides by four: use "
                                                        "`w_science` as it is.", name=name, n_subjects=n_subjects)),
        (table.sum(axis=1) * weights.max(), tr("`{name}` gives the weight of a science to every subject. Sport and "
                                               "the languages should weigh 0: use `w_science` as it is.", name=name)),
        (table.sum(axis=1), tr("`{name}` is the total of all the marks. Use the weights `w_science`, which keep only "
                               "the sciences and average them.", name=name)),
        (np.full(n_pupils, want[0]), tr("`{name}` repeats {pupil}'s average for every pupil. Use the whole `marks` "
                                        "table in the product, one row per pupil.", name=name, pupil=pupils[0])),
        (want + 0.1 * np.maximum(sport - 10, 0), tr("`{name}` is the report mark of layer 2 (with the sport bonus). "
                                                    "Keep only the science neuron: `marks` and `w_science`.",
                                                    name=name)),
        (np.maximum(sport - 10, 0), sport_neuron),
        (sport - 10, sport_neuron),
        (np.round(want), tr("`{name}` is rounded to whole marks. Keep the decimals: do not round the averages.",
                            name=name)),
        (np.trunc(want), tr("`{name}` lost its decimals (`int()`, `//` or an integer array?). Keep the averages as "
                            "decimal numbers.", name=name)),
    ], tol=1e-6)
    if is_close(np.sort(got), np.sort(want), 1e-6):
        fail(tr("`{name}` holds the right averages in the wrong order. Keep the order of the rows of `marks` "
                "({pupils}).", name=name, pupils=", ".join(map(str, pupils))))
    right = np.abs(got - want) <= 1e-6
    if right.any():
        fail(tr("`{name}` is right for {right} but not for {wrong}. Compute all the pupils with the same matrix "
                "product of `marks` and `w_science`.", name=name,
                right=_and([p for p, ok in zip(pupils, right) if ok]),
                wrong=_and([p for p, ok in zip(pupils, right) if not ok])))
    if np.any((got < 0) | (got > 20)):
        fail(tr("`{name}` has values outside 0 to 20, but an average of marks out of 20 lies between 0 and 20.",
                name=name))
    fail(tr("`{name}` does not hold the science averages yet. Each pupil's value is the weighted sum of their marks "
            "with the weights `w_science` (the bias is 0).", name=name))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("the whole class at once"),
    answers={"science_averages": N_("3 numbers, one science average per pupil (an array of shape (3,))")},
    uses=("marks", "w_science"),
    reference=_science_averages,
    judge=_judge_science_averages,
    hints=(
        N_("For Gino alone, section 1 computed his row of marks `@` `w_science`. A matrix product does the same for "
           "every row of a table at once."),
        N_("`marks` is a table of 3 pupils (rows) by 7 subjects (columns): turn it into a NumPy array with "
           "`.to_numpy(dtype=float)`, then multiply it by `w_science` (7 weights) with `@`. The shapes (3, 7) and "
           "(7,) give (3,): one number per pupil."),
    ),
    solution_code="science_averages = marks.to_numpy(dtype=float) @ w_science",
    explanation=N_("Each row of the product is one pupil's weighted sum: the matrix product runs the science neuron "
                   "on all pupils at once, which is how a layer processes a whole batch of patients."),
)


# --------------------------------------------------------------------------------------------------- exercise 2


def _sawtooth_pieces(sawtooth: Any, count_pieces: Any, x_grid: Any) -> int:
    return int(count_pieces(sawtooth(x_grid, SAWTOOTH_DEPTH), x_grid))


def _shallow_neurons(sawtooth: Any, count_pieces: Any, x_grid: Any) -> dict[str, int]:
    # one hidden layer needs one ReLU neuron per kink (pieces - 1), plus one that starts the first rising piece at
    # x = 0 (the tent: 1 kink, 2 neurons). With one neuron fewer, every neuron sits on an interior kink, where the slope
    # jumps by +-2^(k+1); the first piece's slope, made by the left-facing neurons alone, would then be a multiple of
    # 2^(k+1), never 2^k.
    return {"shallow_neurons_needed": _sawtooth_pieces(sawtooth, count_pieces, x_grid)}


def _judge_shallow_neurons(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    name = "shallow_neurons_needed"
    got = integer(answers[name], name, N_("a whole number of neurons"))
    want = expected[name]
    if got == want:
        return
    depth = SAWTOOTH_DEPTH
    pieces = want
    deep_neurons = 2 * depth
    fewer = tr("`{name}` counts the pieces of one layer fewer. The deep network has {depth} layers and each one "
               "doubles the pieces.", name=name, depth=depth)
    more = tr("`{name}` counts the pieces of one layer too many. The deep network has {depth} layers and each one "
              "doubles the pieces.", name=name, depth=depth)
    power = tr("`{name}` raises 2 to the number of neurons. The number of pieces doubles with each *layer*, not "
               "with each neuron.", name=name)
    known_mistakes(got, [
        (pieces - 1, tr("`{name}` gives one neuron to each kink of the sawtooth, but the first rising piece needs a "
                        "neuron too. Look at the tent of section 6: 1 kink, yet 2 neurons.", name=name)),
        (pieces + 1, tr("`{name}` counts one neuron too many. One neuron per kink, plus the one that starts the "
                        "first rising piece at x = 0, is enough (the tent: 1 kink, 2 neurons).", name=name)),
        (deep_neurons, tr("`{name}` is the number of neurons of the *deep* network ({depth} layers of 2). The "
                          "question is how many a network with a single hidden layer needs to make as many pieces.",
                          name=name, depth=depth)),
        (deep_neurons - 1, tr("`{name}` starts from the neurons of the deep network. Count the linear pieces of the "
                              "sawtooth instead: each layer doubles them.", name=name)),
        (depth, tr("`{name}` is the number of layers of the deep network. Count the linear pieces of the sawtooth: "
                   "each layer doubles them.", name=name)),
        (depth + 1, tr("`{name}` adds one piece per layer, but each layer *doubles* the number of pieces: a power "
                       "of 2.", name=name)),
        (depth**2, tr("`{name}` squares the number of layers. Each layer *doubles* the number of pieces: a power "
                      "of 2.", name=name)),
        (pieces // 2, fewer),
        (pieces // 2 - 1, fewer),
        (pieces * 2, more),
        (pieces * 2 - 1, more),
        (2**deep_neurons, power),
        (2**deep_neurons - 1, power),
    ])
    if got < 1:
        fail(tr("`{name}` = {got}, but a network needs at least one neuron.", name=name, got=got))
    if got < want:
        fail(tr("`{name}` is too small: with that many neurons, one hidden layer cannot make as many linear pieces "
                "as the deep sawtooth.", name=name))
    fail(tr("`{name}` is too large: fewer neurons already draw the same sawtooth. Find the *smallest* number that "
            "works.", name=name))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("how wide would a shallow network be?"),
    answers={"shallow_neurons_needed": N_("a whole number of neurons")},
    uses=("sawtooth", "count_pieces", "x_grid"),
    reference=_shallow_neurons,
    judge=_judge_shallow_neurons,
    hints=(
        N_("First count the linear pieces of the deep sawtooth: 1 layer gives 2 pieces, 2 layers give 4, and each "
           "further layer doubles them (section 6)."),
        N_("In a single hidden layer each ReLU neuron adds one kink, so every kink of the sawtooth needs its own "
           "neuron. Count the kinks of the 10-layer sawtooth, then check your rule on the tent of section 6: how "
           "many neurons does it use for its one kink? (Python writes a power as `2**k`.)"),
    ),
    solution_code="shallow_neurons_needed = 2**10",
    explanation=N_("The 10-layer sawtooth has 2^10 linear pieces, so 2^10 - 1 kinks. One hidden layer needs one "
                   "neuron per kink, plus one that starts the first rising piece at x = 0 (as in the tent: 1 kink, "
                   "2 neurons): 2^10 neurons in all, where the deep network has 20."),
)


# --------------------------------------------------------------------------------------------------- exercise 3


def _build(factory: Any) -> Any:
    """Build a model without moving PyTorch's random numbers (the notebook's later cells stay reproducible)."""
    import torch

    with torch.random.fork_rng(devices=[]):
        return factory()


def _layers(model: Any) -> list[tuple[int, int, int]]:
    """(inputs n, neurons p, biases) of each dense layer of ``model``, in order."""
    import torch

    return [(layer.in_features, layer.out_features, 0 if layer.bias is None else layer.bias.numel())
            for layer in model.modules() if isinstance(layer, torch.nn.Linear)]


def _architecture(layers: list[tuple[int, int, int]]) -> str:
    return " -> ".join(str(size) for size in [layers[0][0]] + [p for _, p, _ in layers])


def _n_parameters(make_screening_mlp: Any, big_mlp: Any) -> dict[str, int]:
    from course_utils import training

    return {"n_parameters": training.count_parameters(_build(make_screening_mlp))}


def _judge_n_parameters(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    name = "n_parameters"
    got = integer(answers[name], name, N_("a whole number (a count of weights and biases)"))
    want = expected[name]
    if got == want:
        return
    layers = _layers(_build(uses["make_screening_mlp"]))
    inputs, neurons, biases = ([layer[k] for layer in layers] for k in range(3))
    weights = [n * p for n, p in zip(inputs, neurons)]
    per_layer = [w + b for w, b in zip(weights, biases)]
    network = _architecture(layers)
    multiplied = tr("`{name}` multiplies the counts of the layers. The parameters of the layers add up: use `+` "
                    "between layers.", name=name)
    mistakes = [
        (sum(weights), tr("`{name}` counts the weights but not the biases. Each neuron also has one bias.",
                          name=name)),
        (sum(weights) + len(layers), tr("`{name}` gives each layer one bias. Each *neuron* has its own bias.",
                                        name=name)),
        (want - biases[-1], tr("`{name}` forgets the bias of the output neuron. Every neuron has a bias, the output "
                               "one too.", name=name)),
        (sum(weights) + sum(inputs), tr("`{name}` gives one bias per *input* of each layer. A layer has one bias "
                                        "per *neuron* (per output).", name=name)),
        (weights[0], tr("`{name}` counts only the weights of the first layer. Add its biases and the other layers.",
                        name=name)),
        (per_layer[0], tr("`{name}` counts only the first layer. Add the other dense layers.", name=name)),
        (per_layer[-1], tr("`{name}` counts only the output layer (the one trained after freezing in section 10). "
                           "Add the other dense layers.", name=name)),
        (int(np.prod(per_layer)), multiplied),
        (int(np.prod(weights)), multiplied),
        (int(np.prod([inputs[0]] + neurons)), tr("`{name}` multiplies the sizes of the layers together. Count each "
                                                 "layer (weights plus biases), then add the layers.", name=name)),
        (sum(neurons), tr("`{name}` counts the neurons (one bias each). Add their weights: each neuron has one "
                          "weight per input.", name=name)),
        (sum(neurons) + inputs[0], tr("`{name}` counts the inputs and the neurons. Count the parameters: each "
                                      "neuron has one weight per input, and a bias.", name=name)),
        (sum(n + p for n, p in zip(inputs, neurons)), tr("`{name}` adds the inputs and neurons of each layer. A "
                                                         "layer with n inputs and p neurons has n *times* p weights.",
                                                         name=name)),
        (sum(n + 2 * p for n, p in zip(inputs, neurons)), tr("`{name}` adds the inputs and neurons of each layer. A "
                                                             "layer with n inputs and p neurons has n *times* p "
                                                             "weights, plus p biases.", name=name)),
    ]
    mistakes += [(want - count, tr("`{name}` leaves out one of the {count} dense layers of the network {network}: "
                                   "count them all, input to first hidden layer up to the output.",
                                   name=name, count=len(layers), network=network))
                 for count in per_layer]
    if len(layers) > 2:
        mistakes.append((want + per_layer[1], tr("`{name}` counts one hidden layer too many. The network {network} "
                                                 "has {count} dense layers.",
                                                 name=name, network=network, count=len(layers))))
    if uses.get("big_mlp") is not None:
        big = _layers(_build(uses["big_mlp"]))
        mistakes.append((sum(n * p + b for n, p, b in big), tr("`{name}` is the count of the big network of section "
                                                               "8 ({big}). This exercise asks about the screening "
                                                               "network, {network}.",
                                                               name=name, big=_architecture(big), network=network)))
    known_mistakes(got, [(value, message) for value, message in mistakes if value != want])
    if got < want:
        fail(tr("`{name}` is too small. Count every dense layer: n inputs and p neurons give n x p weights and p "
                "biases; then add the layers.", name=name))
    fail(tr("`{name}` is too large. Count every dense layer: n inputs and p neurons give n x p weights and p "
            "biases; then add the layers (do not multiply them).", name=name))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("count the weights of the screening network"),
    answers={"n_parameters": N_("a whole number (a count of weights and biases)")},
    uses=("make_screening_mlp", "big_mlp"),
    reference=_n_parameters,
    judge=_judge_n_parameters,
    hints=(
        N_("Section 1: a dense layer with n inputs and p neurons has n x p weights and p biases. The network "
           "8 -> 20 -> 20 -> 1 has three dense layers."),
        N_("Count each dense layer on its own (8 inputs to 20 neurons, then 20 to 20, then 20 to 1) as weights plus "
           "biases, then add the three counts."),
    ),
    solution_code="n_parameters = (8 * 20 + 20) + (20 * 20 + 20) + (20 * 1 + 1)",
    explanation=N_("Each dense layer has n x p weights and p biases; the counts of the three layers add up. "
                   "`training.count_parameters(make_screening_mlp())` gives the same number."),
)
