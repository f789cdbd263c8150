"""Electrocardiograms (ECG): one real recording that ships with pydicom, and a seeded synthetic generator.

The synthetic recordings are single-lead, in millivolts (mV), sampled at ``fs`` hertz (Hz). Each heartbeat is
a sum of five Gaussian bumps (the P, Q, R, S and T waves), placed at the R-peak times of one of three rhythms:

- ``"normal"``: sinus rhythm, 60-100 beats per minute (bpm), a P wave before every QRS complex, RR intervals
  modulated by breathing (1-8 %: respiratory sinus arrhythmia, marked in young people); one recording in three
  holds an isolated premature atrial contraction (PAC: an early beat with a P wave of another shape and a normal,
  narrow QRS, after which the sinus node restarts), a common and usually harmless finding;
- ``"af"``: atrial fibrillation, 60-140 bpm, *irregularly irregular* RR intervals, no P waves, fibrillatory
  "f" waves (4-9 Hz, fine 0.02 mV to coarse 0.15 mV) on the baseline;
- ``"pvc"``: sinus rhythm with premature ventricular contractions: 1-3 early beats without a P wave, with a wide
  (about 0.16 s), tall QRS and a T wave of opposite sign, followed by a compensatory pause.

Patients differ: wave heights vary (R 0.6-1.6 times, T 0.6-1.8 times the reference, so some T waves are more than
half as tall as the R wave) and widths by 0.9-1.15 times. Every recording gets white noise (0.01-0.04 mV) and
baseline wander (a slow 0.1-0.4 Hz drift of 0.05-0.5 mV, like breathing or electrode movement), and one in three a
burst of muscle artefact (0.05-0.2 mV of fast noise for 0.5-2.5 s). Simplified on purpose (see
``data/README.md``): for learning only, never for drawing clinical conclusions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import N_, TranslatedDict, number, tr
from ..validation import as_array, check_choice, check_int, check_positive
from ._checks import as_numbers, check_bool, describe
from .limits import call_text, check_memory
from .limits import progress as progress_bar

#: Rhythm codes, in label order (label 0 = normal, the "healthy" class of the course colours).
ECG_CLASSES = ("normal", "af", "pvc")
#: Readable names of the rhythm codes (in English; ``course_utils.i18n.tr(name)`` gives the course's language).
CLASS_NAMES = TranslatedDict({
    "normal": N_("normal sinus rhythm"),
    "af": N_("atrial fibrillation"),
    "pvc": N_("premature ventricular contractions"),
})

#: The five waves of a normal beat: (centre relative to the R peak in s, amplitude in mV, width = SD in s).
#: PR interval about 0.16 s, QRS about 0.08-0.10 s, QT about 0.38 s (adult reference ranges: PR 0.12-0.20 s,
#: QRS < 0.12 s, QTc < 0.44-0.46 s).
NORMAL_WAVES = {
    "P": (-0.16, 0.15, 0.025),
    "Q": (-0.03, -0.10, 0.010),
    "R": (0.00, 1.00, 0.012),
    "S": (0.03, -0.25, 0.010),
    "T": (0.27, 0.30, 0.045),
}
#: A premature ventricular beat: no P wave, wide QRS, T wave opposite to the QRS.
PVC_WAVES = {
    "Q": (-0.05, -0.15, 0.020),
    "R": (0.00, 1.60, 0.035),
    "S": (0.07, -0.40, 0.030),
    "T": (0.32, -0.45, 0.060),
}


def _check_kind(kind: str) -> str:
    return check_choice(kind, "kind", ("normal", "af", "pvc"))


def beat_components(t: Any, kind: str = "normal") -> dict[str, np.ndarray]:
    """The Gaussian waves of one beat centred on its R peak, one array per wave.

    Each wave is ``amplitude * exp(-(t - centre)^2 / (2 width^2))`` with the values of :data:`NORMAL_WAVES`
    (``kind="normal"``), the same without the P wave (``"af"``: the atria fibrillate instead of contracting),
    or :data:`PVC_WAVES` (``"pvc"``).

    Args:
        t: times relative to the R peak, in seconds, shape ``(n_times,)``.
        kind: ``"normal"``, ``"af"`` or ``"pvc"``.

    Returns:
        dict wave name (``"P"``, ``"Q"``, ``"R"``, ``"S"``, ``"T"``) -> array of shape ``(n_times,)`` in mV.
        Their sum is the beat.
    """
    t = np.atleast_1d(as_array(t, tr("t (times in seconds)")))
    if t.ndim != 1:
        raise ValueError(tr("t must be a 1-D array of times in seconds, got shape {shape}.", shape=t.shape))
    kind = _check_kind(kind)
    waves = PVC_WAVES if kind == "pvc" else NORMAL_WAVES
    out = {}
    for name, (centre, amplitude, width) in waves.items():
        if kind == "af" and name == "P":
            continue
        out[name] = amplitude * np.exp(-((t - centre) ** 2) / (2 * width**2))
    return out


def _waves_sum(t: np.ndarray, r_times: np.ndarray, waves: list[tuple[float, float, float]],
               fs: float) -> np.ndarray:
    """Sum of Gaussian waves around every R time: t (n,) sampled at fs, r_times (m,), waves [(centre, amp, width)].

    Each beat is evaluated only on the samples near it (its waves fade out within 6 widths).
    """
    signal = np.zeros_like(t)
    if len(r_times) == 0:
        return signal
    lo = min(c - 6 * w for c, _, w in waves)
    hi = max(c + 6 * w for c, _, w in waves)
    offsets = np.arange(int(np.floor(lo * fs)), int(np.ceil(hi * fs)) + 1)
    idx = np.round(r_times * fs).astype(int)[:, None] + offsets[None, :]  # (m, L) sample indices
    d = idx / fs - r_times[:, None]  # time relative to each R peak, seconds
    beats = np.zeros(idx.shape)
    for centre, amplitude, width in waves:
        beats += amplitude * np.exp(-((d - centre) ** 2) / (2 * width**2))
    valid = (idx >= 0) & (idx < len(t))
    np.add.at(signal, idx[valid], beats[valid])
    return signal


def _sinus_times(seconds: float, rng: np.random.Generator, rr_mean: float, start: float) -> np.ndarray:
    """R-peak times (s) of sinus rhythm from ``start`` to ``seconds + 3``: breathing modulates the interval by
    1-8 % (respiratory sinus arrhythmia, larger in young people), plus a 1-2 % beat-to-beat jitter."""
    breath_hz, breath_amp, phase = rng.uniform(0.2, 0.33), rng.uniform(0.01, 0.08), rng.uniform(0, 2 * np.pi)
    jitter = rng.uniform(0.01, 0.02)
    times, t = [], start
    while t < seconds + 3.0:
        times.append(t)
        t += rr_mean * (1 + breath_amp * np.sin(2 * np.pi * breath_hz * t + phase) + rng.normal(0, jitter))
    return np.array(times)


def _premature_beats(times: np.ndarray, seconds: float, n_beats: int, rng: np.random.Generator,
                     kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Make ``n_beats`` sinus beats inside the recording premature, not back to back; return (times, kinds).

    ``kind="V"`` (premature ventricular beat): it comes at 55-75 % of the expected interval and the next sinus beat
    stays on time (full compensatory pause). ``kind="S"`` (premature atrial beat): it comes at 60-80 % of the
    interval and resets the sinus node, so every later beat moves earlier by the same amount (no full pause).
    """
    times, kinds = times.copy(), np.full(times.shape, "N")
    inside = np.flatnonzero((times > 0.3) & (times < seconds - 0.3))
    inside = inside[(inside > 0) & (inside < len(times) - 1)]
    chosen: list[int] = []
    for i in rng.permutation(inside):
        if len(chosen) < n_beats and all(abs(int(i) - j) > 1 for j in chosen):
            chosen.append(int(i))
    for i in sorted(chosen):
        rr_before = times[i] - times[i - 1]
        early = rr_before * (1 - (rng.uniform(0.55, 0.75) if kind == "V" else rng.uniform(0.6, 0.8)))
        if kind == "V":
            times[i] -= early
        else:
            times[i:] -= early
        kinds[i] = kind
    return times, kinds


def _r_times(rhythm: str, seconds: float, rng: np.random.Generator, heart_rate: float,
             n_pac: int) -> tuple[np.ndarray, np.ndarray]:
    """R-peak times (s) covering [-1, seconds + 1] and their beat types ('N' normal sinus, 'A' during atrial
    fibrillation, 'V' premature ventricular, 'S' premature atrial)."""
    rr_mean = 60.0 / heart_rate
    start = -rng.uniform(0.0, rr_mean) - 0.5  # random phase: the recording does not start on a beat
    if rhythm == "af":
        spread = rng.uniform(0.1, 0.3)  # irregularly irregular: independent intervals, CV about 10-30 %
        times, t = [], start
        while t < seconds + 1.0:
            times.append(t)
            t += float(np.clip(rr_mean * rng.lognormal(0.0, spread), 0.3, 2.0))
        return np.array(times), np.full(len(times), "A")
    times = _sinus_times(seconds, rng, rr_mean, start)
    if rhythm == "pvc":
        times, kinds = _premature_beats(times, seconds, int(rng.integers(1, 4)), rng, "V")
    else:
        times, kinds = _premature_beats(times, seconds, n_pac, rng, "S")
    keep = times < seconds + 1.0
    return times[keep], kinds[keep]


def make_ecg(rhythm: str = "normal", seconds: float = 5.0, fs: float = 100.0, seed: int = 0,
             heart_rate: float | None = None, noise_mv: float | None = None,
             wander_mv: float | None = None, premature_atrial: int | None = None) -> tuple[np.ndarray, dict[str, Any]]:
    """One synthetic single-lead ECG recording.

    Args:
        rhythm: ``"normal"`` (sinus rhythm), ``"af"`` (atrial fibrillation) or ``"pvc"`` (premature ventricular
            contractions); see the module docstring.
        seconds: duration in seconds (1-600).
        fs: sampling frequency in hertz (samples per second, 50-1000).
        seed: random seed (same seed, same recording).
        heart_rate: mean heart rate in beats per minute (30-220); default drawn at random (60-100 bpm for
            ``"normal"`` and ``"pvc"``, 60-140 bpm for ``"af"``).
        noise_mv: standard deviation of the white noise in mV (default drawn in 0.01-0.04); a burst of muscle
            artefact is added to one recording in three unless ``noise_mv`` is given.
        wander_mv: amplitude of the baseline wander in mV (default drawn in 0.05-0.5).
        premature_atrial: number of isolated premature atrial contractions (PACs) in a ``"normal"`` recording
            (0-3); default: none in two recordings out of three, else one (a harmless, common finding).

    Returns:
        ``(signal, info)``: ``signal`` of shape ``(round(seconds * fs),)`` in mV; ``info`` a dict with
        ``r_peaks_s`` (R-peak times inside the recording, seconds), ``beat_types`` (``"N"`` normal sinus beat,
        ``"A"`` beat during atrial fibrillation, ``"V"`` premature ventricular beat, ``"S"`` premature atrial
        beat), ``heart_rate_bpm``, ``rhythm`` and ``fs``.
    """
    rhythm = check_choice(rhythm, "rhythm", ECG_CLASSES)
    seconds, fs = _check_duration_and_rate(seconds, fs)
    seed = check_int(seed, "seed", minimum=0)
    if premature_atrial is not None:
        premature_atrial = check_int(premature_atrial, tr("premature_atrial (number of PACs)"), minimum=0, maximum=3)
        if premature_atrial and rhythm != "normal":
            raise ValueError(tr("premature_atrial applies to rhythm='normal' only (sinus rhythm with isolated "
                                "premature atrial beats), got rhythm={rhythm}. Leave it out, or use rhythm='normal'.",
                                rhythm=repr(rhythm)))
    rng = np.random.default_rng(seed)
    heart_rate, noise_mv, wander_mv, muscle_artefact = _patient_settings(rng, rhythm, heart_rate, noise_mv,
                                                                        wander_mv)
    n_pac = (premature_atrial if premature_atrial is not None
             else int(rng.random() < 1 / 3) if rhythm == "normal" else 0)

    n_samples = int(round(seconds * fs))
    t = np.arange(n_samples) / fs
    r_times, kinds = _r_times(rhythm, seconds, rng, heart_rate, n_pac)
    signal = _heartbeats(t, r_times, kinds, rhythm, fs, rng)
    if rhythm == "af":
        signal += _fibrillatory_waves(t, rng)
    signal += _baseline_wander(t, wander_mv, rng)
    if noise_mv > 0:
        signal += rng.normal(0.0, noise_mv, n_samples)
    if muscle_artefact:
        signal += _muscle_artefact(t, rng)

    inside = (r_times >= 0) & (r_times < seconds)
    info = {
        "r_peaks_s": r_times[inside],
        "beat_types": kinds[inside],
        "heart_rate_bpm": float(heart_rate),
        "rhythm": rhythm,
        "fs": float(fs),
    }
    return signal, info


def _check_duration_and_rate(seconds: float, fs: float) -> tuple[float, float]:
    """Check the duration (1-600 s) and the sampling frequency (50-1000 Hz) of a recording; return them as floats."""
    seconds = check_positive(seconds, "seconds")
    fs = check_positive(fs, tr("fs (sampling frequency in Hz)"))
    if not 1 <= seconds <= 600:
        raise ValueError(tr("seconds must lie between 1 and 600 (a recording of 1 s to 10 min), got {value}.",
                            value=number(seconds, "")))
    if not 50 <= fs <= 1000:
        raise ValueError(tr("fs must lie between 50 and 1000 Hz (ECGs are sampled at 100-1000 Hz), got {value}.",
                            value=number(fs, "")))
    return seconds, fs


def _patient_settings(rng: np.random.Generator, rhythm: str, heart_rate: float | None, noise_mv: float | None,
                      wander_mv: float | None) -> tuple[float, float, float, bool]:
    """Heart rate (bpm), noise (mV), baseline wander (mV) of one recording (checked if given, else drawn), and
    whether it gets a burst of muscle artefact (one recording in three when the noise is drawn)."""
    if heart_rate is None:
        heart_rate = rng.uniform(60, 140) if rhythm == "af" else rng.uniform(60, 100)
    heart_rate = check_positive(heart_rate, tr("heart_rate (beats per minute)"))
    if not 30 <= heart_rate <= 220:
        raise ValueError(tr("heart_rate must lie between 30 and 220 beats per minute, got {value}.",
                            value=number(heart_rate, "")))
    muscle = noise_mv is None and rng.random() < 1 / 3
    noise_mv = rng.uniform(0.01, 0.04) if noise_mv is None else check_positive(noise_mv, "noise_mv", allow_zero=True)
    wander_mv = (rng.uniform(0.05, 0.5) if wander_mv is None
                 else check_positive(wander_mv, "wander_mv", allow_zero=True))
    return heart_rate, noise_mv, wander_mv, muscle


def _heartbeats(t: np.ndarray, r_times: np.ndarray, kinds: np.ndarray, rhythm: str, fs: float,
                rng: np.random.Generator) -> np.ndarray:
    """The beats of one recording in mV, shape ``(n_samples,)``: sinus (or AF) beats, premature ventricular beats
    ('V') and premature atrial beats ('S', a P wave of another shape and timing before a normal QRS).

    Each patient's waves differ in size and timing from :data:`NORMAL_WAVES` and :data:`PVC_WAVES` (the R wave
    0.6-1.6 times, the T wave 0.6-1.8 times its reference height: in some recordings the T wave is more than half
    as tall as the R wave).
    """
    scale = {"P": rng.uniform(0.6, 1.4), "Q": rng.uniform(0.6, 1.5), "R": rng.uniform(0.6, 1.6),
             "S": rng.uniform(0.6, 1.5), "T": rng.uniform(0.6, 1.8)}
    widen = rng.uniform(0.9, 1.15)
    waves = {name: (c * (widen if name != "P" else 1.0), a * scale[name], w * widen)
             for name, (c, a, w) in NORMAL_WAVES.items()}
    qrst = [waves[name] for name in "QRST"]
    sinus = qrst if rhythm == "af" else [waves["P"], *qrst]
    centre, amplitude, width = waves["P"]  # an ectopic atrial focus: another P wave, often flat or inverted
    ectopic_p = (centre * rng.uniform(0.7, 1.0), amplitude * rng.uniform(-1.0, 0.8), width * rng.uniform(0.8, 1.2))
    pvc_sign, pvc_widen = rng.choice([-1.0, 1.0]), rng.uniform(0.85, 1.15)
    pvc_waves = [(c * pvc_widen, pvc_sign * a * rng.uniform(0.7, 1.2), w * pvc_widen) for c, a, w in PVC_WAVES.values()]
    sinus_beats = (kinds == "N") | (kinds == "A")
    return (_waves_sum(t, r_times[sinus_beats], sinus, fs)
            + _waves_sum(t, r_times[kinds == "V"], pvc_waves, fs)
            + _waves_sum(t, r_times[kinds == "S"], [ectopic_p, *qrst], fs))


def _fibrillatory_waves(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The "f" waves of atrial fibrillation in mV: a few sines of 4-9 Hz with slowly varying amplitude, from fine
    (about 0.02 mV) to coarse (about 0.15 mV)."""
    f_wave = np.zeros_like(t)
    for _ in range(3):
        freq = rng.uniform(4.0, 9.0)
        f_wave += np.sin(2 * np.pi * freq * t + rng.uniform(0, 2 * np.pi)) * (
            1 + 0.5 * np.sin(2 * np.pi * rng.uniform(0.1, 0.5) * t + rng.uniform(0, 2 * np.pi)))
    return rng.uniform(0.02, 0.15) * f_wave / 2


def _baseline_wander(t: np.ndarray, wander_mv: float, rng: np.random.Generator) -> np.ndarray:
    """A slow drift of the baseline in mV (like breathing): a 0.1-0.4 Hz sine plus a slower, smaller one."""
    wander = wander_mv * np.sin(2 * np.pi * rng.uniform(0.1, 0.4) * t + rng.uniform(0, 2 * np.pi))
    wander += 0.3 * wander_mv * np.sin(2 * np.pi * rng.uniform(0.02, 0.1) * t + rng.uniform(0, 2 * np.pi))
    return wander


def _muscle_artefact(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A burst of muscle artefact (shivering, movement) in mV: fast noise of 0.05-0.2 mV lasting 0.5-2.5 s."""
    duration = rng.uniform(0.5, 2.5)
    begin = rng.uniform(-0.5, t[-1] + 0.5 - duration)
    envelope = np.clip(np.minimum(t - begin, begin + duration - t) / 0.1, 0, 1)  # 0.1-s ramps at both ends
    return rng.uniform(0.05, 0.2) * envelope * rng.normal(0.0, 1.0, t.size)


def make_ecg_dataset(n: int = 600, seconds: float = 5.0, fs: float = 100.0, seed: int = 0,
                     classes: tuple[str, ...] = ECG_CLASSES, proportions: Any = None,
                     return_info: bool = False, progress: bool | None = None
                     ) -> tuple[np.ndarray, ...] | tuple[np.ndarray, np.ndarray, list]:
    """A seeded set of synthetic single-lead ECG recordings and their rhythm labels.

    Size limits: a recording takes about ``12 * seconds * fs + 1000`` bytes while the set is made (7 kB at 5 s
    and 100 Hz) and about 0.5 ms. A call whose result would exceed 1 GB (:data:`course_utils.datasets.limits.MAX_BYTES`:
    about 142,000 recordings of 5 s at 100 Hz) is refused with a message; one estimated to run longer than 5 s
    shows a progress bar with its memory estimate.

    Args:
        n: number of recordings (>= 1, and enough for every class with a share > 0 to get one).
        seconds: duration of each recording in seconds (1-600).
        fs: sampling frequency in Hz (50-1000).
        seed: random seed (same seed, same data set).
        classes: which rhythms to include, in label order, from ``("normal", "af", "pvc")``; label ``k`` means
            ``classes[k]``.
        proportions: share of each class (same length as ``classes``, summing to 1); default equal shares.
        return_info: also return one info dict per recording (R peaks, beat types, heart rate; see
            :func:`make_ecg`).
        progress: True or False to show a progress bar or not; None (default) shows one for long runs.

    Returns:
        ``(signals, labels)`` or ``(signals, labels, infos)``: ``signals`` float32 array of shape
        ``(n, round(seconds * fs))`` in mV, ``labels`` int64 array of shape ``(n,)`` with values in
        ``0 .. len(classes) - 1``, in shuffled order.
    """
    n = check_int(n, tr("n (number of recordings)"), minimum=1)
    seconds, fs = _check_duration_and_rate(seconds, fs)
    seed = check_int(seed, "seed", minimum=0)
    classes = _check_classes(classes)
    counts = _class_counts(n, classes, proportions)
    return_info = check_bool(return_info, "return_info")
    show = None if progress is None else check_bool(progress, "progress")
    n_samples = int(round(seconds * fs))
    per_recording = 12.0 * n_samples + 1000.0  # float64 signal, float32 copy, info dict
    check_memory(n * per_recording, call_text("make_ecg_dataset", n=n, seconds=seconds, fs=fs), per_recording,
                 tr("recording"), tr("Ask for fewer, shorter or less finely sampled recordings (the notebook uses "
                                     "1,600 recordings of 5 s at 100 Hz), or make several smaller sets with different "
                                     "seeds."))
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.repeat(np.arange(len(classes)), counts))
    seeds = rng.integers(0, 2**31 - 1, size=n)
    signals, infos = [], []
    seconds_needed = n * (3.5e-4 + 1.7e-7 * n_samples)
    for label, s in progress_bar(zip(labels, seeds), n, seconds_needed, n * per_recording, tr("ECG recordings"),
                                  show, tr("recording")):
        signal, info = make_ecg(classes[label], seconds=seconds, fs=fs, seed=int(s))
        signals.append(signal)
        infos.append(info)
    out = (np.asarray(signals, dtype=np.float32), labels.astype(np.int64))
    return (*out, infos) if return_info else out


def _check_classes(classes: Any) -> tuple[str, ...]:
    """``classes`` as a tuple of distinct rhythm codes of :data:`ECG_CLASSES`, or a clear error."""
    if isinstance(classes, str) or not isinstance(classes, (tuple, list)) or not classes:
        hint = (" " + tr("For one rhythm, write ({code},) with the comma.", code=repr(classes))
                if isinstance(classes, str) else "")
        raise TypeError(tr("classes must be a tuple of rhythm codes such as ('normal', 'af'), got {received}.",
                           received=describe(classes)) + hint)
    for c in classes:
        if not isinstance(c, str):
            raise ValueError(tr("each entry of classes must be one of {choices}, got {received}.",
                                choices=list(ECG_CLASSES), received=describe(c)))
        check_choice(c, tr("each entry of classes"), ECG_CLASSES)
    if len(set(classes)) != len(classes):
        raise ValueError(tr("classes must not repeat a rhythm, got {classes}.", classes=repr(tuple(classes))))
    return tuple(classes)


def _class_counts(n: int, classes: tuple[str, ...], proportions: Any) -> np.ndarray:
    """How many recordings of each class: shares of ``n`` rounded by largest remainders; every class asked for
    (share > 0) must get at least one."""
    if proportions is None:
        p = np.full(len(classes), 1.0 / len(classes))
    else:
        p = as_numbers(proportions, "proportions", tr("{k} shares summing to 1, one per class", k=len(classes)),
                       shape=(len(classes),))
        if np.any(p < 0) or not np.isclose(p.sum(), 1.0):
            raise ValueError(tr("proportions must be {k} non-negative shares summing to 1, got {got} (sum {total}).",
                                k=len(classes), got=p.tolist(), total=number(p.sum())))
    counts = np.floor(p * n).astype(int)
    counts[np.argsort(-(p * n - counts))[: n - counts.sum()]] += 1  # largest remainders get the leftovers
    empty = [c for c, k, share in zip(classes, counts, p) if k == 0 and share > 0]
    if empty:
        raise ValueError(tr("with n={n} and these shares, the class(es) {empty} would get no recording. "
                            "Ask for more recordings (n >= {needed}), or leave the class out of classes.",
                            n=n, empty=empty, needed=int(np.ceil(1 / p[p > 0].min()))))
    return counts


@dataclass
class DicomECG:
    """A multi-lead ECG read from a DICOM file (see :func:`load_dicom_ecg`).

    Attributes:
        signals: shape ``(n_samples, n_leads)``, in ``units`` (after the header's sensitivity scaling).
        fs: sampling frequency in Hz.
        leads: lead names, e.g. ``["I", "II", ..., "V6"]``.
        units: unit of ``signals`` as written in the header (UCUM code, e.g. ``"uV"`` for microvolts).
        group_label: which multiplex group, e.g. ``"RHYTHM"`` (the recording) or ``"MEDIAN BEAT"``.
        filter_hz: the acquisition band-pass filter (low, high) in Hz, ``None`` where not given.
        statements: the machine's text interpretation, e.g. ``["RITMO SINUSALE", "ECG NORMALE"]``.
        measurements: name -> (value, unit), e.g. ``{"RR Interval": (982.0, "ms"), ...}``.
        patient: anonymised patient fields (``sex``, ``age``).
        manufacturer: device maker, from the header.
    """

    signals: np.ndarray
    fs: float
    leads: list[str]
    units: str
    group_label: str = ""
    filter_hz: tuple[float | None, float | None] = (None, None)
    statements: list[str] = field(default_factory=list)
    measurements: dict[str, tuple[float, str]] = field(default_factory=dict)
    patient: dict[str, str] = field(default_factory=dict)
    manufacturer: str = ""

    @property
    def time(self) -> np.ndarray:
        """Time of each sample in seconds, shape ``(n_samples,)``."""
        return np.arange(self.signals.shape[0]) / self.fs

    @property
    def duration_s(self) -> float:
        """Recording length in seconds."""
        return self.signals.shape[0] / self.fs

    def lead(self, name: str) -> np.ndarray:
        """The samples of one lead (e.g. ``"II"``), shape ``(n_samples,)``, in ``units``."""
        check_choice(name, tr("lead name"), self.leads)
        return self.signals[:, self.leads.index(name)]

    def to_frame(self) -> Any:
        """A tidy pandas table: one row per sample, columns ``time_s`` and one per lead (in ``units``)."""
        import pandas as pd

        frame = pd.DataFrame(self.signals, columns=self.leads)
        frame.insert(0, "time_s", self.time)
        return frame


def _lead_name(meaning: str) -> str:
    """'Lead I (Einthoven)' -> 'I', 'Lead aVR' -> 'aVR'."""
    name = meaning.replace("Lead", "", 1).strip() if meaning.startswith("Lead") else meaning
    return name.split(" (")[0].strip()


def load_dicom_ecg(path: str | Path | None = None, group: int = 0) -> DicomECG:
    """Read a DICOM ECG waveform (by default pydicom's bundled, anonymised 12-lead test file).

    The file ``waveform_ecg.dcm`` ships inside pydicom (no network): a 10-s, 12-lead resting ECG sampled at
    1000 Hz (group 0, ``"RHYTHM"``) and a 1.2-s median beat (group 1, ``"MEDIAN BEAT"``).

    Args:
        path: a DICOM file with a Waveform Sequence; ``None`` uses pydicom's test file.
        group: which multiplex group to read (0 = first).

    Returns:
        A :class:`DicomECG`.
    """
    from ..dicom import DicomFileError, _read_dicom

    if path is not None and not isinstance(path, (str, bytes, os.PathLike)):
        raise TypeError(tr("path must be the path of a DICOM ECG (text such as 'ecg.dcm', or a pathlib.Path), or "
                           "None for pydicom's test file, got {received}.", received=describe(path)))
    if isinstance(group, bool) or not isinstance(group, (int, np.integer)):
        raise TypeError(tr("group must be an integer (0 = the recording, 1 = the median beat in the test file), "
                           "got {received}.", received=describe(group)))
    path = _dicom_ecg_path(os.fsdecode(path) if isinstance(path, bytes) else path)
    ds = _read_dicom(path, "path", tr("a DICOM ECG"))
    if "WaveformSequence" not in ds:
        modality = repr(str(ds["Modality"].value)) if "Modality" in ds else tr("not given")
        raise ValueError(tr("{file} holds no waveform (no Waveform Sequence): it is not a DICOM ECG. "
                            "(Its Modality is {modality}; an ECG's is 'ECG'.)", file=path.name, modality=modality))
    n_groups = len(ds.WaveformSequence)
    group = check_int(group, "group", minimum=0, maximum=n_groups - 1)
    item = ds.WaveformSequence[group]
    try:
        signals = np.asarray(ds.waveform_array(group), dtype=float)  # sensitivity and baseline applied
        channels = item.ChannelDefinitionSequence
        leads = [_lead_name(str(ch.ChannelSourceSequence[0].CodeMeaning)) for ch in channels]
        units = {str(ch.ChannelSensitivityUnitsSequence[0].CodeValue) for ch in channels
                 if "ChannelSensitivityUnitsSequence" in ch}
        fs = float(item.SamplingFrequency)
    except Exception:  # pydicom's waveform decoding: ValueError, AttributeError, IndexError, KeyError ...
        raise DicomFileError(tr(
            "The waveform of {file} (group {group}) cannot be decoded: its data or channel descriptions are "
            "incomplete, so the file is probably truncated or corrupted. Copy it again from its source.",
            file=path.name, group=group)) from None
    if len(units) > 1:
        raise ValueError(tr("the channels of {file} use different units {units}; read them one by one.",
                            file=path.name, units=sorted(units)))
    statements, measurements = _read_annotations(ds)
    return DicomECG(
        signals=signals,
        fs=fs,
        leads=leads,
        units=units.pop() if units else "",
        group_label=str(item.get("MultiplexGroupLabel", "")),
        filter_hz=(_number_or_none(channels[0].get("FilterLowFrequency")),
                   _number_or_none(channels[0].get("FilterHighFrequency"))),
        statements=statements,
        measurements=measurements,
        patient={"sex": str(ds.get("PatientSex", "")), "age": str(ds.get("PatientAge", ""))},
        manufacturer=str(ds.get("Manufacturer", "")),
    )


def _dicom_ecg_path(path: str | Path | None) -> Path:
    """The path to read: ``path`` itself, or pydicom's bundled test ECG when ``path`` is None."""
    if path is None:
        from pydicom.data import get_testdata_file

        path = get_testdata_file("waveform_ecg.dcm")
        if path is None:  # pragma: no cover - depends on the pydicom installation
            raise FileNotFoundError(tr("pydicom's test file waveform_ecg.dcm was not found; reinstall pydicom."))
    return Path(path)


def _number_or_none(value: Any) -> float | None:
    """A header number as a float, or None where the field is absent or empty."""
    return float(value) if value not in (None, "") else None


def _read_annotations(ds: Any) -> tuple[list[str], dict[str, tuple[float, str]]]:
    """The machine's text statements and its measurements (name -> (value, unit)) from the Waveform Annotations."""
    statements: list[str] = []
    measurements: dict[str, tuple[float, str]] = {}
    for annotation in ds.get("WaveformAnnotationSequence", []):
        if "UnformattedTextValue" in annotation:
            statements.append(str(annotation.UnformattedTextValue))
        elif "NumericValue" in annotation and "ConceptNameCodeSequence" in annotation:
            unit = ""
            if "MeasurementUnitsCodeSequence" in annotation:
                unit = str(annotation.MeasurementUnitsCodeSequence[0].CodeValue)
            name = str(annotation.ConceptNameCodeSequence[0].CodeMeaning)
            measurements.setdefault(name, (float(annotation.NumericValue), unit))
    return statements, measurements
