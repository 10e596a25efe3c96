"""Smoothing a loss curve as the book does (a normalised Kaiser window) and cutting a run's curve at its divergence."""
from __future__ import annotations

from typing import Sequence

import numpy as np


SMOOTH_WINDOW = 11
"""Length of the Kaiser window of :func:`smooth_curve` (the book's ``window_len``)."""
SMOOTH_BETA = 2.0
"""β of the Kaiser window of :func:`smooth_curve`."""

_KAISER = np.kaiser(SMOOTH_WINDOW, SMOOTH_BETA)
_KAISER = _KAISER / _KAISER.sum()
_HALF = SMOOTH_WINDOW // 2


def smooth_curve(x: Sequence[float] | np.ndarray) -> np.ndarray:
    """The book's ``smooth_curve`` (``common/util.py``): a normalised Kaiser window (length 11, β = 2) moved along
    the curve; the output has the same length as the input (float64, a new array).

    Edges, as the book pads them: before x[0] come x[1], x[2], ... (reflection *without* repeating x[0]); after
    x[-1] come x[-1], x[-2], ... (reflection *with* the last value repeated). So for n ≥ 6::

        out[i] = Σ_{k=-5..5} w[k+5] · x̃[i+k],   x̃[-j] = x[j],  x̃[n-1+j] = x[n-j]

    which equals the book's output wherever the book's code works (n ≥ 11; it returns a wrong length below).
    Shorter inputs keep reflecting back and forth (NumPy's 'reflect' / 'symmetric' padding), so any length works:
    a constant stays constant and every output lies between min(x) and max(x). Empty in, empty out.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    if x.size == 0:
        return np.empty(0)
    padded = np.pad(np.pad(x, (_HALF, 0), mode="reflect"), (0, _HALF), mode="symmetric")
    return np.convolve(padded, _KAISER, mode="valid")


def finite_start(values: np.ndarray) -> np.ndarray:
    """``values`` up to (not including) the first non-finite one: the curve of a run before it diverged."""
    finite = np.isfinite(values)
    return values if finite.all() else values[: int(np.argmin(finite))]
