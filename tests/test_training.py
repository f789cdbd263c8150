import re

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from course_utils import i18n, training  # noqa: E402


def _data(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(float)
    return training.to_tensors(X, y.reshape(-1, 1))


def test_fit_learns_a_linear_rule_and_records_history():
    torch.manual_seed(0)
    X, y = _data()
    model = torch.nn.Linear(2, 1)
    history = training.fit(model, (X, y), (X, y), loss_fn=torch.nn.BCEWithLogitsLoss(), lr=0.1, epochs=15,
                           progress=False, metric=lambda o, t: float(((o > 0).float() == t).float().mean()))
    assert len(history["train_loss"]) == 15 and history["train_loss"][-1] < history["train_loss"][0]
    assert history["val_metric"][-1] > 0.95
    out = training.predict(model, X)
    assert out.shape == (200, 1)


def test_fit_early_stopping_restores_best(capsys):
    torch.manual_seed(0)
    X, y = _data()
    model = torch.nn.Linear(2, 1)
    # validation labels flipped: learning the training rule makes the validation loss rise at once
    history = training.fit(model, (X, y), (X, 1 - y), loss_fn=torch.nn.BCEWithLogitsLoss(), lr=0.1,
                           epochs=50, patience=3, progress=False)
    assert len(history["train_loss"]) < 50
    best = history["best_epoch"][0]
    restored = training.mean_loss(model, training.make_loader(X, 1 - y), torch.nn.BCEWithLogitsLoss(), "cpu")
    assert restored == pytest.approx(history["val_loss"][best - 1], rel=1e-5)
    stopped = len(history["train_loss"])
    assert f"Early stop after epoch {stopped}: no improvement for 3 epochs; best weights (epoch {best}) restored." \
        in capsys.readouterr().out


def test_fit_with_scheduler_and_live_plot(capsys):
    X, y = _data(64)
    model = torch.nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    history = training.fit(model, (X, y), loss_fn=torch.nn.BCEWithLogitsLoss(), optimizer=opt, scheduler=sched,
                           epochs=3, progress=False, live_plot=True)
    assert history["lr"] == pytest.approx([0.1, 0.05, 0.025])


def test_fit_bad_input():
    X, y = _data(10)
    model = torch.nn.Linear(2, 1)
    loss = torch.nn.BCEWithLogitsLoss()
    with pytest.raises(ValueError, match="lr \\(learning rate\\) must be a finite number > 0, got 0"):
        training.fit(model, (X, y), loss_fn=loss, lr=0, progress=False)
    with pytest.raises(TypeError, match="torch.nn.Module"):
        training.fit("model", (X, y), loss_fn=loss)
    with pytest.raises(ValueError, match="validation data"):
        training.fit(model, (X, y), loss_fn=loss, patience=2, progress=False)
    with pytest.raises(ValueError, match="epochs must be >= 1"):
        training.fit(model, (X, y), loss_fn=loss, epochs=0)
    with pytest.raises(FloatingPointError, match="learning rate \\(lr=1e\\+10\\) is probably too large"):
        big = torch.nn.Linear(2, 1)
        training.fit(big, (X, y), loss_fn=torch.nn.MSELoss(), epochs=3, progress=False,
                     optimizer=torch.optim.SGD(big.parameters(), lr=1e10))
    with pytest.raises(FloatingPointError, match="already inf on the first mini-batch.*standardise the features"):
        training.fit(torch.nn.Linear(2, 1), (X * 1e30, y), loss_fn=torch.nn.MSELoss(), epochs=3, progress=False)
    with pytest.raises(ValueError, match="a pair \\(X, y\\) or a DataLoader"):
        training.fit(model, (X, y, y), loss_fn=loss, progress=False)
    with pytest.raises(TypeError, match="val must be a pair \\(X, y\\) or a DataLoader, got the number 5"):
        training.fit(model, (X, y), 5, loss_fn=loss, progress=False)
    with pytest.raises(TypeError, match="to_tensors"):
        training.make_loader(np.zeros((3, 2)), np.zeros(3))
    with pytest.raises(ValueError, match="same number"):
        training.to_tensors(np.zeros((3, 2)), np.zeros(4))


def test_standardize_uses_training_statistics_and_count_parameters():
    train = np.array([[0.0, 10.0], [2.0, 10.0]])
    test = np.array([[4.0, 10.0]])
    tr, te = training.standardize(train, test)
    assert tr[:, 0].tolist() == [-1.0, 1.0] and te[0, 0] == 3.0 and te[0, 1] == 0.0
    with pytest.raises(ValueError):
        training.standardize(train, np.zeros((1, 3)))
    assert training.count_parameters(torch.nn.Linear(3, 2)) == 8


def test_batches_cover_every_sample_once_per_epoch_and_reshuffle():
    X = torch.arange(10.0).reshape(-1, 1)
    batches = training.make_loader(X, X.clone(), batch_size=4, seed=1)
    assert len(batches) == 3
    first = torch.cat([xb for xb, _ in batches]).flatten().tolist()
    second = torch.cat([xb for xb, _ in batches]).flatten().tolist()
    assert sorted(first) == sorted(second) == list(range(10)) and first != second
    assert all(torch.equal(xb, yb) for xb, yb in batches)
    ordered = training.make_loader(X, X, batch_size=4, shuffle=False)
    assert torch.cat([xb for xb, _ in ordered]).flatten().tolist() == list(range(10))
    with pytest.raises(ValueError, match="batch_size must be >= 1"):
        training.make_loader(X, X, batch_size=0)


def test_train_one_epoch_lowers_the_loss_of_a_tiny_model():
    torch.manual_seed(0)
    X, y = _data(64)
    model = torch.nn.Linear(2, 1)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    loader = training.make_loader(X, y, batch_size=16)
    before = training.mean_loss(model, loader, loss_fn, "cpu")
    losses = [training.train_one_epoch(model, loader, loss_fn, optimizer, "cpu") for _ in range(5)]
    assert model.training  # train_one_epoch switches the model to training mode
    assert all(isinstance(loss, float) for loss in losses)
    assert losses[-1] < losses[0]
    assert training.mean_loss(model, loader, loss_fn, "cpu") < 0.7 * before


def test_train_one_epoch_stops_on_a_diverging_loss():
    X, y = _data(10)
    model = torch.nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e10)
    loader = training.make_loader(X * 1e30, y)
    with pytest.raises(training.TrainingDiverged, match="the training diverged at epoch 7, mini-batch 1: the "
                       "training loss became inf. The learning rate \\(lr=1e\\+10\\) is probably too large.*"
                       "The inputs are also very large"):
        training.train_one_epoch(model, loader, torch.nn.MSELoss(), optimizer, "cpu", epoch=7)
    with pytest.raises(FloatingPointError, match="the training diverged at mini-batch 1: the training loss became inf"):
        training.train_one_epoch(model, loader, torch.nn.MSELoss(), optimizer, "cpu")


def test_mean_loss_averages_over_samples_without_changing_the_weights():
    torch.manual_seed(0)
    X, y = _data(50)
    model = torch.nn.Linear(2, 1)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    weights = [p.detach().clone() for p in model.parameters()]
    # batches of 16, 16, 16 and 2 samples: weighting by batch size gives the loss over all 50 samples
    got = training.mean_loss(model, training.make_loader(X, y, batch_size=16), loss_fn, "cpu")
    with torch.no_grad():
        assert got == pytest.approx(float(loss_fn(model(X), y)), rel=1e-6)
    assert not model.training  # evaluation mode (no dropout)
    assert all(torch.equal(p, w) for p, w in zip(model.parameters(), weights))


def test_early_stopping_keeps_the_best_weights_and_stops_after_patience():
    model = torch.nn.Linear(1, 1)
    stopper = training.EarlyStopping(patience=2)
    assert stopper.update(1.0, model, epoch=1) and not stopper.should_stop
    with torch.no_grad():
        model.weight.fill_(5.0)  # the weights of epoch 2, the best epoch
    assert stopper.update(0.5, model, epoch=2)
    with torch.no_grad():
        model.weight.fill_(-3.0)  # training goes on: the saved copy must not change
    assert not stopper.update(0.5, model, epoch=3)  # equal is not better
    assert not stopper.should_stop
    assert not stopper.update(0.9, model, epoch=4)
    assert stopper.should_stop and stopper.epochs_without_improvement == 2
    assert stopper.best_epoch == 2 and stopper.best_loss == 0.5
    stopper.restore_best(model)
    assert model.weight.item() == 5.0


def test_early_stopping_without_patience_never_stops_and_checks_its_argument():
    model = torch.nn.Linear(1, 1)
    stopper = training.EarlyStopping()
    for epoch, loss in enumerate([0.3, 0.4, 0.5, 0.6, 0.7], start=1):
        stopper.update(loss, model, epoch)
    assert not stopper.should_stop and stopper.best_epoch == 1
    weight = model.weight.detach().clone()
    training.EarlyStopping(patience=3).restore_best(model)  # nothing saved yet: the model is left as it is
    assert torch.equal(model.weight, weight)
    with pytest.raises(ValueError, match="patience must be >= 1"):
        training.EarlyStopping(patience=0)


# -------------------------------------------------------------------------------------------------- in French


def test_the_progress_bar_and_the_early_stop_line_speak_french(french, capsys):
    torch.manual_seed(0)
    X, y = _data(64)
    model = torch.nn.Linear(2, 1)
    history = training.fit(model, (X, y), (X, 1 - y), loss_fn=torch.nn.BCEWithLogitsLoss(), lr=0.1, epochs=20,
                           patience=2, progress=True)
    out, err = capsys.readouterr()
    stopped, best = len(history["train_loss"]), history["best_epoch"][0]
    assert out.strip() == (f"Arrêt précoce après l'époque {stopped}\u202f: aucune amélioration depuis 2 époques\u202f; "
                           f"meilleurs poids (époque {best}) restaurés.")
    bar = err.replace("\r", "\n").strip().splitlines()[-1]  # the bar as last drawn
    assert bar.startswith("entraînement\u202f:") and ("époque/s" in bar or "s/époque" in bar), bar
    train_loss = f"{history['train_loss'][-1]:.4f}".replace(".", ",")
    assert f"perte (entraînement)={train_loss}" in bar and "perte (validation)=" in bar, bar
    assert "training" not in bar and "loss" not in bar, bar


def test_a_diverging_run_is_explained_in_french(french):
    X, y = _data(10)
    model = torch.nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e10)
    with pytest.raises(training.TrainingDiverged) as info:
        training.train_one_epoch(model, training.make_loader(X * 1e30, y), torch.nn.MSELoss(), optimizer, "cpu",
                                 epoch=7)
    assert str(info.value).startswith(
        "l'entraînement a divergé à l'époque 7, mini-lot 1\u202f: la perte d'entraînement est devenue inf. Le taux "
        "d'apprentissage (lr=1e+10) est sans doute trop grand\u202f: essayez-en un 10 fois plus petit (lr=1e+09)")
    assert re.search(r"Les entrées sont aussi très grandes \(jusqu'à \d,\d+e\+30\)\u202f: standardisez d'abord les "
                     r"variables \(training\.standardize\)\. Ces poids sont désormais inutilisables", str(info.value))


def test_english_stays_the_default_after_french(french):
    i18n.set_language("en")
    with pytest.raises(ValueError, match="epochs must be >= 1"):
        training.fit(torch.nn.Linear(2, 1), _data(10), loss_fn=torch.nn.MSELoss(), epochs=0)
    with pytest.raises(TypeError, match=r"model must be a PyTorch network .*, got the text 'net'\. Pass"):
        training.count_parameters("net")
