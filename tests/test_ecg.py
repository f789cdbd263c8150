"""Tests for course_utils.datasets.ecg: the synthetic ECG generator and the DICOM ECG reader."""

from __future__ import annotations

import numpy as np
import pytest
from bad_input_support import check_french

from course_utils import i18n
from course_utils.datasets import ecg
from course_utils.datasets.ecg import (
    CLASS_NAMES,
    ECG_CLASSES,
    DicomECG,
    beat_components,
    load_dicom_ecg,
    make_ecg,
    make_ecg_dataset,
)


def test_beat_components_shapes_and_waves():
    t = np.linspace(-0.4, 0.6, 101)
    normal = beat_components(t)
    assert list(normal) == ["P", "Q", "R", "S", "T"]
    assert all(v.shape == (101,) for v in normal.values())
    beat = sum(normal.values())
    assert t[np.argmax(beat)] == pytest.approx(0.0, abs=0.011)  # the R peak is the tallest point
    assert np.max(normal["P"]) == pytest.approx(0.15, abs=0.01)
    assert "P" not in beat_components(t, "af")
    pvc = beat_components(t, "pvc")
    assert "P" not in pvc and pvc["T"].min() < 0  # T wave opposite to the QRS


def test_beat_components_bad_input():
    with pytest.raises(ValueError, match="kind"):
        beat_components([0.0], "vt")
    with pytest.raises(ValueError, match="1-D"):
        beat_components(np.zeros((2, 2)))
    with pytest.raises(TypeError, match="numbers"):
        beat_components("now")


@pytest.mark.parametrize("rhythm", ECG_CLASSES)
def test_make_ecg_shape_units_and_seed(rhythm):
    signal, info = make_ecg(rhythm, seconds=5, fs=100, seed=3)
    assert signal.shape == (500,)
    assert 0.5 < signal.max() < 4.0  # an R peak of roughly 1 mV (mV units, not µV)
    assert np.all(np.abs(signal) < 5.0)
    again, _ = make_ecg(rhythm, seconds=5, fs=100, seed=3)
    np.testing.assert_array_equal(signal, again)
    other, _ = make_ecg(rhythm, seconds=5, fs=100, seed=4)
    assert not np.allclose(signal, other)
    assert info["rhythm"] == rhythm and info["fs"] == 100.0
    assert np.all((info["r_peaks_s"] >= 0) & (info["r_peaks_s"] < 5))
    assert len(info["beat_types"]) == len(info["r_peaks_s"]) >= 3


def _rr_cv(rhythm, seeds=range(20)):
    cvs = []
    for s in seeds:
        _, info = make_ecg(rhythm, seconds=10, fs=100, seed=s)
        rr = np.diff(info["r_peaks_s"])
        cvs.append(rr.std() / rr.mean())
    return np.array(cvs)


def test_rhythms_have_their_defining_features():
    # sinus rhythm: nearly regular; atrial fibrillation: irregularly irregular RR intervals
    assert np.median(_rr_cv("normal")) < 0.06
    assert np.median(_rr_cv("af")) > 0.12
    _, info = make_ecg("af", seed=1)
    assert set(info["beat_types"]) == {"A"}
    for s in range(10):
        _, info = make_ecg("pvc", seconds=5, seed=s)
        assert 1 <= np.sum(info["beat_types"] == "V") <= 3
    _, info = make_ecg("normal", seed=2)
    assert set(info["beat_types"]) == {"N"}


def test_sinus_rate_and_premature_atrial_beats():
    rates, with_pac = [], []
    for s in range(60):
        _, info = make_ecg("normal", seconds=5, seed=s)
        rates.append(info["heart_rate_bpm"])
        with_pac.append("S" in info["beat_types"])
        assert set(info["beat_types"]) <= {"N", "S"}
    assert 60 <= min(rates) and max(rates) <= 100  # normal sinus rhythm: 60-100 bpm
    assert 0.15 < np.mean(with_pac) < 0.55  # about one recording in three holds a PAC
    for s in range(10):
        _, info = make_ecg("pvc", seconds=5, seed=s)
        assert "S" not in info["beat_types"]  # PACs only in sinus rhythm recordings
        _, info = make_ecg("normal", seconds=5, seed=s, premature_atrial=0)
        assert set(info["beat_types"]) == {"N"}


def test_a_premature_atrial_beat_is_early_and_resets_the_sinus_node():
    tested = 0
    for s in range(10):
        _, info = make_ecg("normal", seconds=10, fs=100, seed=s, heart_rate=70, premature_atrial=1)
        kinds, rr = info["beat_types"], np.diff(info["r_peaks_s"])
        assert np.sum(kinds == "S") == 1
        i = int(np.flatnonzero(kinds == "S")[0])
        if not 0 < i < len(kinds) - 1:
            continue  # the PAC is the first or last beat inside the recording
        tested += 1
        normal_rr = np.median(rr)
        assert rr[i - 1] < 0.85 * normal_rr  # premature: 60-80 % of the expected interval
        pause = rr[i - 1] + rr[i]  # no full compensatory pause: the sinus node restarts after the PAC
        assert pause < 1.9 * normal_rr
    assert tested >= 5


def test_premature_atrial_beats_have_a_normal_qrs_and_another_p_wave():
    t = np.arange(3000) / 1000
    for seed in range(5):
        beats = ecg._heartbeats(t, np.array([0.5, 2.0]), np.array(["N", "S"]), "normal", 1000.0,
                                np.random.default_rng(seed))
        sinus, premature = beats[250:1000], beats[1750:2500]  # 0.25 s before to 0.5 s after each R peak
        np.testing.assert_allclose(sinus[250:], premature[250:], atol=2e-3)  # the same QRS and T after the R peak
        assert np.abs(sinus[:150] - premature[:150]).max() > 0.01  # but another P wave before it


def test_muscle_artefact_is_a_burst():
    t = np.arange(500) / 100
    bursts = [ecg._muscle_artefact(t, np.random.default_rng(s)) for s in range(20)]
    active = [np.abs(b) > 0 for b in bursts]
    assert all(a.mean() <= 0.51 for a in active)  # at most 2.5 s of the 5 s
    assert sum(a.any() for a in active) >= 15  # rarely pushed out of the recording
    spreads = [b[a].std() for b, a in zip(bursts, active) if a.sum() > 20]
    assert 0.03 < min(spreads) and max(spreads) < 0.25  # 0.05-0.2 mV of fast noise


def test_muscle_artefact_only_when_the_noise_is_drawn():
    drawn = [ecg._patient_settings(np.random.default_rng(s), "normal", None, None, None)[3] for s in range(90)]
    assert 0.2 < np.mean(drawn) < 0.5  # about one recording in three
    given = [ecg._patient_settings(np.random.default_rng(s), "normal", None, 0.02, None)[3] for s in range(30)]
    assert not any(given)  # a noise level given by the caller means no burst


def test_heart_rate_noise_and_wander_arguments():
    signal, info = make_ecg("normal", seconds=10, fs=200, seed=0, heart_rate=60, noise_mv=0, wander_mv=0)
    rr = np.diff(info["r_peaks_s"])
    assert rr.mean() == pytest.approx(1.0, abs=0.05)
    assert info["heart_rate_bpm"] == 60
    assert abs(np.median(signal)) < 0.1  # no wander: the baseline sits near 0 mV
    # the R peaks are where the signal peaks
    idx = np.round(info["r_peaks_s"] * 200).astype(int)
    assert np.all(signal[idx] > 0.7)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"rhythm": "vt"}, ValueError, "rhythm"),
        ({"seconds": 0}, ValueError, "seconds"),
        ({"seconds": 1000}, ValueError, "between 1 and 600"),
        ({"fs": 10}, ValueError, "between 50 and 1000"),
        ({"fs": "100"}, TypeError, "fs"),
        ({"seed": -1}, ValueError, "seed"),
        ({"heart_rate": 300}, ValueError, "heart_rate"),
        ({"noise_mv": -0.1}, ValueError, "noise_mv"),
    ],
)
def test_make_ecg_bad_input(kwargs, error, match):
    with pytest.raises(error, match=match) as info:
        make_ecg(**kwargs)
    check_french(lambda: make_ecg(**kwargs), str(info.value))


def test_make_ecg_dataset_shapes_balance_and_seed():
    X, y = make_ecg_dataset(30, seconds=4, fs=125, seed=0)
    assert X.shape == (30, 500) and X.dtype == np.float32
    assert y.shape == (30,) and y.dtype == np.int64
    np.testing.assert_array_equal(np.bincount(y), [10, 10, 10])
    X2, y2 = make_ecg_dataset(30, seconds=4, fs=125, seed=0)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(y, y2)
    assert not np.array_equal(y, make_ecg_dataset(30, seconds=4, fs=125, seed=1)[1])


def test_make_ecg_dataset_classes_proportions_and_info():
    X, y, infos = make_ecg_dataset(21, classes=("normal", "af"), proportions=(2 / 3, 1 / 3), seed=2,
                                   return_info=True)
    np.testing.assert_array_equal(np.bincount(y), [14, 7])
    assert len(infos) == 21
    for label, info in zip(y, infos):
        assert info["rhythm"] == ("normal", "af")[label]
    assert set(CLASS_NAMES) == set(ECG_CLASSES)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"n": 0}, ValueError, "n"),
        ({"classes": "af"}, TypeError, "tuple of rhythm codes"),
        ({"classes": ("normal", "flutter")}, ValueError, "classes"),
        ({"classes": ("af", "af")}, ValueError, "repeat"),
        ({"proportions": (0.5, 0.5)}, ValueError, "shape"),
        ({"proportions": (0.5, 0.6, -0.1)}, ValueError, "non-negative"),
        ({"proportions": (0.2, 0.2, 0.2)}, ValueError, "summing to 1"),
    ],
)
def test_make_ecg_dataset_bad_input(kwargs, error, match):
    with pytest.raises(error, match=match) as info:
        make_ecg_dataset(**{"n": 6, **kwargs})
    check_french(lambda: make_ecg_dataset(**{"n": 6, **kwargs}), str(info.value))


def test_french_progress_bar_and_rhythm_names(french, capsys):
    """The progress bar of make_ecg_dataset and the rhythm names read in French once setup(lang="fr") ran."""
    make_ecg_dataset(3, seconds=1, fs=50, progress=True)
    err = capsys.readouterr().err
    assert "enregistrements d'ECG" in err and "ECG recordings" not in err
    assert [i18n.tr(CLASS_NAMES[c]) for c in ECG_CLASSES] == [
        "rythme sinusal normal", "fibrillation atriale", "extrasystoles ventriculaires"]
    with pytest.raises(ValueError, match="entre 1 et 600 \\(un enregistrement de 1\u202fs à 10\u202fmin\\), "
                                         "reçu\u202f: 1000,0"):
        make_ecg(seconds=1000)


def test_load_dicom_ecg_reads_the_bundled_file():
    rec = load_dicom_ecg()
    assert isinstance(rec, DicomECG)
    assert rec.signals.shape == (10000, 12)
    assert rec.fs == 1000.0 and rec.duration_s == 10.0
    assert rec.leads == ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"]
    assert rec.units == "uV"
    assert rec.group_label == "RHYTHM"
    assert rec.filter_hz == (0.05, 300.0)
    assert "RITMO SINUSALE" in rec.statements
    assert rec.measurements["RR Interval"] == (982.0, "ms")
    assert rec.measurements["QRS Duration"] == (75.0, "ms")
    # values are scaled by the channel sensitivity (1.25 µV per unit): a QRS of about 1-2 mV
    assert 500 < np.abs(rec.lead("II")).max() < 3000
    np.testing.assert_allclose(rec.signals / 1.25, np.round(rec.signals / 1.25))
    assert rec.time[1] == pytest.approx(0.001)
    frame = rec.to_frame()
    assert list(frame.columns[:3]) == ["time_s", "I", "II"] and len(frame) == 10000
    # Einthoven: lead II = lead I + lead III
    np.testing.assert_allclose(rec.lead("II"), rec.lead("I") + rec.lead("III"), atol=5)


def test_load_dicom_ecg_median_beat_and_errors(tmp_path):
    beat = load_dicom_ecg(group=1)
    assert beat.group_label == "MEDIAN BEAT" and beat.signals.shape == (1200, 12)
    with pytest.raises(ValueError, match="group must be <= 1"):
        load_dicom_ecg(group=2)
    with pytest.raises(FileNotFoundError, match="no file at"):
        load_dicom_ecg(tmp_path / "missing.dcm")
    with pytest.raises(ValueError, match="lead name"):
        beat.lead("V7")


def test_load_dicom_ecg_rejects_an_image(tmp_path):
    from pydicom.data import get_testdata_file

    ct = get_testdata_file("CT_small.dcm")
    with pytest.raises(ValueError, match="no waveform"):
        load_dicom_ecg(ct)


def test_module_lists_its_classes():
    assert ecg.ECG_CLASSES[0] == "normal"
