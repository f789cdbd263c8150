import numpy as np
import pytest

torch = pytest.importorskip("torch")

from course_utils import training  # noqa: E402


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


def test_fit_early_stopping_restores_best():
    torch.manual_seed(0)
    X, y = _data()
    model = torch.nn.Linear(2, 1)
    # validation labels flipped: learning the training rule makes the validation loss rise at once
    history = training.fit(model, (X, y), (X, 1 - y), loss_fn=torch.nn.BCEWithLogitsLoss(), lr=0.1,
                           epochs=50, patience=3, progress=False)
    assert len(history["train_loss"]) < 50
    best = history["best_epoch"][0]
    restored = training._mean_loss(model, training.make_loader(X, 1 - y), torch.nn.BCEWithLogitsLoss(), "cpu")
    assert restored == pytest.approx(history["val_loss"][best - 1], rel=1e-5)


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
    with pytest.raises(FloatingPointError, match="learning rate is probably too large"):
        big = torch.nn.Linear(2, 1)
        training.fit(big, (X * 1e30, y), loss_fn=torch.nn.MSELoss(), lr=1e10, epochs=3, progress=False,
                     optimizer=torch.optim.SGD(big.parameters(), lr=1e10))
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
