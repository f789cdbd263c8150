"""Tests for course_utils.regression (loss grids, residuals, polynomial features, circadian data)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils import regression


def test_loss_surface_layout():
    grid = regression.loss_surface(lambda a, b: 10 * a + b, [0.0, 1.0, 2.0], [0.0, 5.0])
    assert grid.shape == (2, 3)
    assert grid[1, 2] == 25.0  # row = b index, column = a index


def test_loss_surface_minimum_of_squared_error():
    x = np.array([1.0, 2.0, 3.0])
    y = 2 * x + 1
    a_values, b_values = np.linspace(0, 4, 41), np.linspace(-1, 3, 41)
    grid = regression.loss_surface(lambda a, b: np.mean((y - (a * x + b)) ** 2), a_values, b_values)
    i, j = np.unravel_index(np.argmin(grid), grid.shape)
    assert a_values[j] == pytest.approx(2.0)
    assert b_values[i] == pytest.approx(1.0)


def test_loss_surface_bad_input():
    with pytest.raises(TypeError, match="function"):
        regression.loss_surface(3.0, [1], [1])
    with pytest.raises(ValueError, match="1-D"):
        regression.loss_surface(lambda a, b: a, [[1, 2]], [1])
    with pytest.raises(TypeError, match="one number"):
        regression.loss_surface(lambda a, b: [a, b], [1.0], [1.0])


def test_residual_lines():
    xs, ys = regression.residual_lines([1, 2], [3, 4], [2.5, 5])
    assert xs.shape == ys.shape == (6,)
    assert np.array_equal(xs[:2], [1, 1]) and np.array_equal(ys[3:5], [4, 5])
    assert np.isnan(xs[2]) and np.isnan(ys[5])  # a gap after each residual
    with pytest.raises(ValueError, match="same number of samples"):
        regression.residual_lines([1, 2], [3, 4], [2.5])
    with pytest.raises(ValueError, match="missing or infinite"):
        regression.residual_lines([1, np.nan], [3, 4], [2, 3])


def test_polynomial_features():
    features = regression.polynomial_features([0.0, 12.0, 24.0], 3, (0, 24))
    assert features.shape == (3, 4)
    assert np.allclose(features[:, 0], 1.0)
    assert np.allclose(features[:, 1], [-1.0, 0.0, 1.0])
    assert np.allclose(features[:, 3], [-1.0, 0.0, 1.0])
    assert regression.polynomial_features([5.0], 0, (0, 10)).shape == (1, 1)


def test_polynomial_fit_recovers_a_parabola():
    x = np.linspace(0, 10, 30)
    y = 3 - 2 * x + 0.5 * x**2
    A = regression.polynomial_features(x, 2, (0, 10))
    w = np.linalg.lstsq(A, y, rcond=None)[0]
    assert np.allclose(A @ w, y)


def test_polynomial_features_bad_input():
    with pytest.raises(ValueError, match="degree must be >= 0"):
        regression.polynomial_features([1.0], -1, (0, 1))
    with pytest.raises(TypeError, match="degree must be an integer"):
        regression.polynomial_features([1.0], 2.0, (0, 1))
    with pytest.raises(TypeError, match="x_range"):
        regression.polynomial_features([1.0], 2, 24)
    with pytest.raises(ValueError, match="low < high"):
        regression.polynomial_features([1.0], 2, (5, 5))
    with pytest.raises(ValueError, match="1-D"):
        regression.polynomial_features([[1.0, 2.0]], 2, (0, 1))


def test_true_circadian_temperature_range():
    hours = np.linspace(0, 24, 241)
    temp = regression.true_circadian_temperature(hours)
    assert temp.shape == hours.shape
    assert 36.3 < temp.min() < temp.max() < 37.3
    assert hours[np.argmax(temp)] == pytest.approx(regression.CIRCADIAN_PEAK_HOUR)
    assert 3 <= hours[np.argmin(temp)] <= 7  # lowest in the early morning


def test_make_circadian_temperature():
    frame = regression.make_circadian_temperature(50, seed=3)
    assert list(frame.columns) == ["hour", "temperature"]
    assert len(frame) == 50
    assert frame.hour.between(0, 24).all()
    assert frame.hour.is_monotonic_increasing
    assert frame.temperature.between(35.5, 38.0).all()
    assert frame.equals(regression.make_circadian_temperature(50, seed=3))
    residual = frame.temperature - regression.true_circadian_temperature(frame.hour.to_numpy())
    assert 0.05 < residual.std() < 0.25


def test_make_circadian_temperature_bad_input():
    with pytest.raises(ValueError, match="number of readings"):
        regression.make_circadian_temperature(0)
    with pytest.raises(ValueError, match="noise_sd"):
        regression.make_circadian_temperature(10, noise_sd=0)
    with pytest.raises(TypeError, match="seed"):
        regression.make_circadian_temperature(10, seed=1.5)
