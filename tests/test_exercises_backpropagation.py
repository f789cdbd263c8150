"""Exercises of notebook 05: plausible wrong answers are rejected with a course message, right ones accepted."""

import ast
import re
from pathlib import Path

import numpy as np
import pytest
from exercise_support import (
    assert_accepted,
    assert_basics,
    assert_french_hints_and_solution,
    assert_rejected,
    assert_rejected_in_french,
)

from course_utils import training
from course_utils.datasets import load_blood_counts
from course_utils.exercises import ____
from course_utils.exercises import backpropagation as bp
from course_utils.reference import autograd
from course_utils.reference.activations import LEAKY_SLOPE

SOURCE = Path(__file__).resolve().parents[1] / "notebooks" / "source" / "05_backpropagation.py"


# --------------------------------------------------------------------------------------------------- context
# The notebook's section 6 functions (copied), its data (same split and seeds), and its engine.


def init_params(n_inputs, n_hidden, seed=0):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0, np.sqrt(2 / n_inputs), (n_inputs, n_hidden)), "b1": np.zeros(n_hidden),
            "W2": rng.normal(0, np.sqrt(1 / n_hidden), (n_hidden, 1)), "b2": np.zeros(1)}


def forward_pass(net, X):
    Z1 = X @ net["W1"] + net["b1"]
    H = np.maximum(Z1, 0)
    z2 = H @ net["W2"] + net["b2"]
    return 1 / (1 + np.exp(-z2)), (X, Z1, H)


def backward_pass(net, p, cache, y):
    X, Z1, H = cache
    delta2 = (p - y.reshape(-1, 1)) / len(X)
    grads = {"W2": H.T @ delta2, "b2": delta2.sum(axis=0)}
    delta1 = delta2 @ net["W2"].T * (Z1 > 0)
    grads["W1"] = X.T @ delta1
    grads["b1"] = delta1.sum(axis=0)
    return grads


def notebook_value_class():
    """The notebook's own `Value` (section 4), executed from its text source: class, operations, backward."""
    cells = re.split(r"^# %%.*$", SOURCE.read_text(encoding="utf-8"), flags=re.M)
    first = next(i for i, c in enumerate(cells) if "class Value:" in c)
    last = next(i for i, c in enumerate(cells) if "Value.backward = backward" in c)
    namespace = {}
    exec("import math\n" + "\n".join(cells[first:last + 1]), namespace)
    return namespace["Value"]


@pytest.fixture(scope="module")
def context():
    blood = load_blood_counts()
    features = ["red_cells", "white_cells", "haemoglobin", "sex"]
    X_all, y_all = blood[features].to_numpy(), blood["alert"].to_numpy()
    order = np.random.default_rng(0).permutation(len(blood))
    X_train, _, _ = training.standardize(X_all[order[:600]], X_all[order[600:800]], X_all[order[800:]])
    y_train = y_all[order[:600]]
    trained = init_params(4, 16, seed=0)  # the network trained in section 6 (a few epochs are enough here)
    rng = np.random.default_rng(1)
    for _epoch in range(5):
        for batch in np.array_split(rng.permutation(len(X_train)), 12):
            grads = backward_pass(trained, *forward_pass(trained, X_train[batch]), y_train[batch])
            for name in trained:
                trained[name] -= 0.5 * grads[name]
    return {"forward_pass": forward_pass, "backward_pass": backward_pass, "params_check": init_params(4, 16, seed=3),
            "X_train": X_train, "y_train": y_train, "trained_params": trained, "Value": notebook_value_class()}


@pytest.fixture(scope="module")
def engine_context(context):
    """Exercise 3 with the tested copy of the engine, `course_utils.reference.autograd.Value`."""
    return {**context, "Value": autograd.Value}


def test_the_notebook_value_class_is_the_engine(context):
    Value = context["Value"]
    a = Value(2.0)
    out = a * a + a
    out.backward()
    assert (out.data, a.grad) == (6.0, 5.0)


@pytest.mark.parametrize("number", [1, 2, 3])
def test_basics(context, number, capsys, monkeypatch):
    assert_basics(getattr(bp, f"exercise_{number}"), context, capsys, monkeypatch)


def test_negative_slope_is_the_tasks():
    """The judge's slope for a <= 0 is the one the notebook's task states (`0.01\\,a otherwise`)."""
    text = SOURCE.read_text(encoding="utf-8")
    task = text[text.index("### Exercise 3"):text.index("def value_leaky_relu")]
    slope = float(re.search(r"\$([0-9.]+)\\,a\$ otherwise", task).group(1))
    assert bp.NEGATIVE_SLOPE == slope


def test_negative_slope_is_the_course_convention():
    """One leaky-ReLU slope across the course: `reference.activations.LEAKY_SLOPE`, PyTorch's default (0.01)."""
    torch = pytest.importorskip("torch")
    assert bp.NEGATIVE_SLOPE == LEAKY_SLOPE == torch.nn.LeakyReLU().negative_slope == 0.01
    assert bp.SLIDES_SLOPE != bp.NEGATIVE_SLOPE


def top_level_names(cell):
    """The names a notebook cell binds at its top level (assignments, loops, functions, classes, imports)."""
    try:
        tree = ast.parse(cell)
    except SyntaxError:  # a markdown cell
        return set()
    names = set()
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            names.add(statement.name)
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in statement.names)
        else:
            targets = {ast.Assign: lambda s: s.targets, ast.AnnAssign: lambda s: [s.target],
                       ast.AugAssign: lambda s: [s.target], ast.For: lambda s: [s.target]}.get(type(statement))
            for target in targets(statement) if targets else []:
                names.update(node.id for node in ast.walk(target) if isinstance(node, ast.Name)
                             and isinstance(node.ctx, ast.Store))
    return names


@pytest.mark.parametrize("number", [1, 2, 3])
def test_the_names_an_exercise_uses_are_bound_in_one_cell_only(number):
    """Re-running an earlier cell never rebinds a name a later exercise reads (e.g. the engine's `backward`)."""
    cells = re.split(r"^# %%.*$", SOURCE.read_text(encoding="utf-8"), flags=re.M)
    for name in getattr(bp, f"exercise_{number}").uses:
        binding = [k for k, cell in enumerate(cells) if name in top_level_names(cell)]
        assert len(binding) == 1, f"`{name}` is bound in {len(binding)} cells of the notebook: {binding}"


# --------------------------------------------------------------------------------------------------- exercise 1


@pytest.mark.parametrize("answer, words", [
    (12.0, "only the path through y₁"),        # one product-rule term forgotten
    (24.0, "f itself"),                        # f(2), the other term alone, or dy2/dx = x
    (288.0, "multiplies the two paths"),
    (48.0, "that is y₁ itself"),               # dy1/dx taken as 3x
    (7.0, "forgets to multiply"),              # local slopes added, without df/dy
    (-36.0, "sign"),
    (72.0, "twice"),
    (18.0, "half"),
    (9.0, "not at x = 2"),                     # evaluated at x = 1
    (81.0, "not at x = 2"),                    # evaluated at x = 3
    (0.0, "not at x = 2"),
    (8.0, "x³"),
    (35.0, "not the slope of f"),
    (autograd.Value(36.0), "`Value`"),
    (np.array([36.0, 36.0]), "one number"),
])
def test_exercise_1_wrong_answers(context, answer, words):
    assert_rejected(bp.exercise_1, context, words, df_dx=answer)


@pytest.mark.parametrize("answer", [
    36, 36.0, np.float64(36.0), np.array([36.0]), np.float32(36.0), 9 * 2.0**2, 36.0000001,
])
def test_exercise_1_right_answers(context, answer):
    assert_accepted(bp.exercise_1, context, df_dx=answer)


def test_exercise_1_with_the_engine(context):
    Value = context["Value"]
    x = Value(2.0)
    f = (3 * x) * (x**2)
    f.backward()
    assert_accepted(bp.exercise_1, context, df_dx=x.grad)


# --------------------------------------------------------------------------------------------------- exercise 2


def per_patient(ctx, key="W2", params=None, patients=range(8)):
    params = ctx["params_check"] if params is None else params
    return [backward_pass(params, *forward_pass(params, ctx["X_train"][k:k + 1]), ctx["y_train"][k:k + 1])[key]
            for k in patients]


def batch_gradient(ctx, n, key="W2"):
    p = ctx["params_check"]
    return backward_pass(p, *forward_pass(p, ctx["X_train"][:n]), ctx["y_train"][:n])[key]


WRONG_2 = [
    (lambda c: np.sum(per_patient(c), axis=0), "sum"),
    (lambda c: per_patient(c)[-1], "one patient only"),
    (lambda c: per_patient(c)[0], "one patient only"),
    (lambda c: np.mean(per_patient(c), axis=0).T, "swapped"),
    (lambda c: np.mean(per_patient(c, "W1"), axis=0), "gradient of `W1`"),
    (lambda c: np.mean(per_patient(c, "b1"), axis=0), "gradient of `b1`"),
    (lambda c: np.mean(per_patient(c, "b2"), axis=0), "gradient of `b2`"),
    (lambda c: np.mean(per_patient(c)), "single number"),
    (lambda c: np.mean(per_patient(c), axis=1), "wrong axis"),
    (lambda c: np.array(per_patient(c)), "side by side"),
    (lambda c: np.mean(per_patient(c), axis=0) / 8, "8 times too small"),
    (lambda c: -np.mean(per_patient(c), axis=0), "sign"),
    (lambda c: np.mean(per_patient(c, patients=range(7)), axis=0), "off-by-one"),
    (lambda c: np.mean(per_patient(c, patients=range(1, 9)), axis=0), "counts from 0"),
    (lambda c: c["params_check"]["W2"], "weights `W2` themselves"),
    (lambda c: batch_gradient(c, 64), "batch of 64"),
    (lambda c: batch_gradient(c, len(c["X_train"])), "all the training patients"),
    (lambda c: np.mean(per_patient(c, params=c["trained_params"]), axis=0), "params_check"),
    (lambda c: np.mean(per_patient(c), axis=0).ravel(), "arranged differently"),
    (lambda c: np.mean(per_patient(c), axis=0) * 1.5, "right shape but not the right values"),
]


@pytest.mark.parametrize("make, words", WRONG_2)
def test_exercise_2_wrong_answers(context, make, words):
    assert_rejected(bp.exercise_2, context, words, grad_W2_average=make(context))


@pytest.mark.parametrize("make", [
    lambda c: np.mean(per_patient(c), axis=0),
    lambda c: sum(per_patient(c)) / 8,
    lambda c: np.stack(per_patient(c)).mean(axis=0),
    lambda c: batch_gradient(c, 8),                                       # the batch of 8 directly
    lambda c: np.mean(per_patient(c), axis=0).tolist(),                    # a list of lists
    lambda c: np.mean(per_patient(c), axis=0).astype(np.float32),          # single precision, as a float32 tensor
])
def test_exercise_2_right_answers(context, make):
    message = assert_accepted(bp.exercise_2, context, grad_W2_average=make(context))
    assert "batch" in message


# --------------------------------------------------------------------------------------------------- exercise 3

SLOPE = 0.01  # the course's leaky-ReLU slope, as the task states it


def leaky(slope_neg=SLOPE, slope_pos=1.0, grad_neg=None, grad_pos=None, accumulate=True, times_out=True,
          child=True, wrap=True):
    """A leaky ReLU for the notebook's engine, with one plausible mistake switched on."""
    grad_neg = slope_neg if grad_neg is None else grad_neg
    grad_pos = slope_pos if grad_pos is None else grad_pos

    def make(Value):
        def value_leaky_relu(v):
            data = slope_pos * v.data if v.data > 0 else slope_neg * v.data
            if not wrap:
                return data
            out = Value(data, (v,) if child else (), "leaky")

            def _backward():
                local = (grad_pos if v.data > 0 else grad_neg) * (out.grad if times_out else 1.0)
                if accumulate:
                    v.grad += local
                else:
                    v.grad = local

            out._backward = _backward
            return out

        return value_leaky_relu

    return make


def no_backward(Value):
    return lambda v: Value(v.data if v.data > 0 else SLOPE * v.data, (v,), "leaky")


def compares_value(Value):
    return lambda v: Value(v if v > 0 else SLOPE * v, (v,))


def value_of_value(Value):
    return lambda v: Value(v, (v,))


def children_not_a_tuple(Value):
    return lambda v: Value(v.data if v.data > 0 else SLOPE * v.data, v)


def uses_self(Value):
    def value_leaky_relu(v):
        out = Value(v.data if v.data > 0 else SLOPE * v.data, (v,))

        def _backward():
            self.grad += (1.0 if self.data > 0 else SLOPE) * out.grad  # noqa: F821 - the mistake tested

        out._backward = _backward
        return out

    return value_leaky_relu


def changes_input(Value):
    def value_leaky_relu(v):
        if v.data <= 0:
            v.data = SLOPE * v.data
        return v

    return value_leaky_relu


class MicrogradValue:
    """A `Value` of another engine (as copied from micrograd), not the notebook's."""

    def __init__(self, data, _children=()):
        self.data, self.grad, self._prev = data, 0.0, set(_children)


def other_engine(Value):
    return lambda v: MicrogradValue(v.data if v.data > 0 else SLOPE * v.data, (v,))


def reference_engine(Value):
    return lambda v: autograd.Value(v.data if v.data > 0 else SLOPE * v.data, (v,))


def slope_is_the_input(Value):
    def value_leaky_relu(v):
        out = Value(v.data if v.data > 0 else SLOPE * v.data, (v,))

        def _backward():
            v.grad += v.data * out.grad

        out._backward = _backward
        return out

    return value_leaky_relu


def half_written_backward(Value):
    def value_leaky_relu(v):
        out = Value(v.data if v.data > 0 else SLOPE * v.data, (v,))

        def _backward():
            v.grad += ____ * out.grad

        out._backward = _backward
        return out

    return value_leaky_relu


def half_written(Value):
    return lambda v: Value(v.data if v.data > 0 else ____ * v.data, (v,))


WRONG_3 = [
    (leaky(wrap=False), "not a `Value`"),                           # a float: used to crash the check
    (leaky(child=False), "children"),                               # no child: used to pass
    (leaky(slope_neg=0.0), "plain ReLU"),                           # forward of a plain ReLU
    (leaky(slope_neg=1.0), "comes out unchanged"),
    (leaky(slope_neg=0.1), "slides'"),                       # the slides' slope
    (leaky(slope_neg=-SLOPE), "sign"),
    (leaky(slope_neg=1.0, slope_pos=SLOPE), "reversed"),
    (leaky(grad_neg=1.0), "slope of 1 for a negative input"),
    (leaky(grad_neg=0.0), "plain ReLU"),                            # backward of a plain ReLU
    (leaky(grad_neg=0.1), "slides'"),
    (leaky(grad_neg=1.0, grad_pos=SLOPE), "swapped"),
    (leaky(grad_pos=0.0), "positive input"),
    (leaky(accumulate=False), "`v.grad += ...`"),                   # = instead of +=
    (leaky(times_out=False), "`out.grad`"),                         # * out.grad missing
    (no_backward, "no rule that passes the gradient on"),
    (compares_value, "compare the number it holds"),
    (value_of_value, "plain number"),
    (children_not_a_tuple, "tuple"),
    (uses_self, "not `self`"),
    (changes_input, "changed its input"),
    (other_engine, "another engine"),
    (half_written, "still holds `____`"),
    (half_written_backward, "still holds `____` in its `_backward`"),
    (slope_is_the_input, "positive input"),
    (lambda Value: (lambda v: None), "does your function end with `return`"),
    (lambda Value: (lambda v: (v, v)), "not a `Value`"),
]


@pytest.mark.parametrize("make, words", WRONG_3)
@pytest.mark.parametrize("engine", ["notebook", "reference"])
def test_exercise_3_wrong_answers(context, engine_context, engine, make, words):
    ctx = context if engine == "notebook" else engine_context
    assert_rejected(bp.exercise_3, ctx, words, value_leaky_relu=make(ctx["Value"]))


def test_exercise_3_rejects_the_drawing_engine(context):
    """The notebook's engine is its own `Value` (section 4); `autograd.Value` only draws sections 2-3."""
    assert_rejected(bp.exercise_3, context, "another engine", value_leaky_relu=reference_engine(context["Value"]))


def by_operations(Value):
    return lambda v: v * (1.0 if v.data > 0 else SLOPE)       # built from multiply: its gradient is right too


def relu_difference(Value):
    return lambda v: v.relu() - SLOPE * (-v).relu()


def identity_for_positives(Value):
    return lambda v: v if v.data > 0 else v * SLOPE


def max_form(Value):
    def value_leaky_relu(v):
        slope = 1.0 if v.data > 0 else SLOPE
        out = Value(max(v.data, SLOPE * v.data), [v], "leaky ReLU")

        def _backward():
            v.grad = v.grad + slope * out.grad

        out._backward = _backward
        return out

    return value_leaky_relu


@pytest.mark.parametrize("make", [
    lambda Value: bp.exercise_3.reference(Value=Value)["value_leaky_relu"],
    leaky(),
    leaky(grad_neg=SLOPE, grad_pos=1.0),
    by_operations, relu_difference, identity_for_positives, max_form,
])
@pytest.mark.parametrize("engine", ["notebook", "reference"])
def test_exercise_3_right_answers(context, engine_context, engine, make):
    ctx = context if engine == "notebook" else engine_context
    assert_accepted(bp.exercise_3, ctx, value_leaky_relu=make(ctx["Value"]))


# --------------------------------------------------------------------------------------------------- in French
# With course_utils.setup(lang="fr"): the hints, the prose around the solution and the check messages are French
# (numbers with a decimal comma), the solution code is the notebook's, and nothing gives the answer away.


#: For each exercise: words of its French hints, and of the French prose shown with its solution.
FRENCH_TEXTS = {
    1: ("multipliez les dérivées locales", "Vérification\u202f: f = 3x³, donc f'(x) = 9x²"),
    2: ("comme un lot à lui seul", "la fonction de perte d'un lot est la moyenne des pertes des patients"),
    3: ("Dans votre fonction, l'entrée s'appelle `v`", "recueillir le gradient de chaque chemin"),
}


@pytest.mark.parametrize("number", [1, 2, 3])
def test_hints_and_solution_in_french(context, french, capsys, number):
    exercise = getattr(bp, f"exercise_{number}")
    assert_french_hints_and_solution(exercise, context, capsys, *FRENCH_TEXTS[number])


def compares_with_a_number(Value):
    """`v > 0` on the notebook's Value: Python's own TypeError, quoted in the message."""
    def value_leaky_relu(v):
        if v > 0:
            return v
        return v * SLOPE

    return value_leaky_relu


@pytest.mark.parametrize("number, answer, words", [
    (1, {"df_dx": bp._df_dx(0.5)}, "`df_dx` est la pente en x = 0,5, pas en x = 2."),
    (1, {"df_dx": 37.5}, "`df_dx` = 37,5 n'est pas encore la pente de f en x = 2."),
    (1, {"df_dx": 3 + 2 * 2.0}, "le long d'un chemin, les dérivées locales se multiplient"),
    (2, {"grad_W2_average": lambda ctx: 8 * bp._average_W2(**ctx)["grad_W2_average"]},
     "est la **somme** des 8 gradients, 8 fois trop grande"),
    (2, {"grad_W2_average": lambda ctx: bp._average_W2(**ctx)["grad_W2_average"].T},
     "lignes et colonnes sont inversées"),
    (3, {"value_leaky_relu": lambda ctx: leaky(slope_neg=0.1, grad_neg=SLOPE)(ctx["Value"])},
     "vaut -0,3\u202f: c'est une pente de 0,1 pour les entrées négatives"),
    (3, {"value_leaky_relu": lambda ctx: leaky(grad_neg=0.1)(ctx["Value"])},
     "`(out * 3).backward()` donne `v.grad` = 0,3\u202f: une pente de 0,1"),
    (3, {"value_leaky_relu": lambda ctx: leaky(accumulate=False)(ctx["Value"])},
     "avec `v = Value(-2)` utilisé deux fois"),
    (3, {"value_leaky_relu": lambda ctx: compares_with_a_number(ctx["Value"])},
     "(TypeError\u202f: «\u202f'>' not supported between instances of 'Value' and 'int'\u202f»). Un `Value` ne se "
     "compare pas à un nombre"),
])
def test_wrong_answers_in_french(context, french, number, answer, words):
    exercise = getattr(bp, f"exercise_{number}")
    uses = {name: context[name] for name in exercise.uses}
    answers = {name: value(context if name == "value_leaky_relu" else uses) if callable(value) else value
               for name, value in answer.items()}
    assert_rejected_in_french(exercise, context, words, **answers)


def test_the_success_remark_in_french(context, french):
    average = bp._average_W2(**{name: context[name] for name in bp.exercise_2.uses})["grad_W2_average"]
    verdict = bp.exercise_2.verdict(context, grad_W2_average=average)
    assert verdict.solved, verdict
    assert verdict.message.startswith("Votre moyenne est égale au gradient d'une seule passe arrière sur ces 8 "
                                      "patients pris comme un lot (plus grand écart\u202f: "), verdict.message
