import numpy as np
import pytest

from course_utils import validation as v


def test_as_array_accepts_lists_and_checks_shape():
    arr = v.as_array([[1, 2], [3, 4]], "X", shape=(None, 2))
    assert arr.shape == (2, 2) and arr.dtype == float


def test_as_array_1d_where_2d_expected_explains_reshape():
    with pytest.raises(ValueError, match=r"X must have shape \(n_samples, 2\), got 1-D.*reshape"):
        v.as_array(np.arange(2.0), "X", shape=(None, 2))


def test_as_array_wrong_width():
    with pytest.raises(ValueError, match=r"shape \(n_samples, 2\), got \(3, 3\)"):
        v.as_array(np.zeros((3, 3)), "X", shape=(None, 2))


def test_as_array_rejects_nan_strings_and_empty():
    with pytest.raises(ValueError, match="missing or infinite"):
        v.as_array([1.0, np.nan], "x")
    with pytest.raises(TypeError, match="array of numbers"):
        v.as_array("abc", "x")
    with pytest.raises(TypeError, match="cannot be read as numbers"):
        v.as_array(["a", "b"], "x")
    with pytest.raises(ValueError, match="empty"):
        v.as_array([], "x")
    assert np.isnan(v.as_array([1.0, np.nan], "x", allow_nan=True)[1])


def test_as_array_converts_torch_tensors():
    torch = pytest.importorskip("torch")
    assert v.as_array(torch.ones(3, requires_grad=True), "t").tolist() == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("bad", [0, -0.1, float("nan"), float("inf")])
def test_check_positive_rejects(bad):
    with pytest.raises(ValueError, match="lr must be a finite number > 0"):
        v.check_positive(bad, "lr")


def test_check_positive_types_and_zero():
    assert v.check_positive(0, "x", allow_zero=True) == 0.0
    with pytest.raises(TypeError):
        v.check_positive("0.1", "lr")
    with pytest.raises(TypeError):
        v.check_positive(True, "lr")


def test_check_int_fraction_choice_labels():
    assert v.check_int(np.int64(3), "n", minimum=1) == 3
    with pytest.raises(TypeError):
        v.check_int(2.5, "n")
    with pytest.raises(ValueError, match="n must be >= 1, got 0"):
        v.check_int(0, "n", minimum=1)
    with pytest.raises(ValueError, match="<= 5"):
        v.check_int(6, "n", maximum=5)
    assert v.check_fraction(0.2, "f") == 0.2
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        v.check_fraction(1, "f")
    assert v.check_fraction(1, "f", inclusive=True) == 1.0
    with pytest.raises(ValueError, match="one of"):
        v.check_choice("x", "kind", ["a", "b"])
    assert v.check_binary_labels([0, 1, 1]).tolist() == [0, 1, 1]
    with pytest.raises(ValueError, match="only 0 and 1"):
        v.check_binary_labels([0, 2])
    with pytest.raises(ValueError, match="same number of samples"):
        v.check_same_length(np.zeros(3), np.zeros(4), "X", "y")
