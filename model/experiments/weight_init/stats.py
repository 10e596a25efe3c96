"""Per-layer statistics and histograms for display (:class:`LayerStats`), computed with reused work buffers."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from model.experiments.weight_init.settings import (MAX_BINS, ROBUST_PERCENTILE, ROBUST_SAMPLE, SATURATION_HIGH,
                                                   SATURATION_LOW)


@dataclass(frozen=True, eq=False)
class LayerStats:
    """What the GUI shows for one layer's values (activations z_i or gradients dL/da_i).

    - ``mean``, ``std``, ``min``, ``max`` over the finite values (NaN if there are none).
    - ``frac_zero``: fraction of values exactly 0 (ReLU's dead half).
    - ``frac_sat_lo`` / ``frac_sat_hi``: saturated fractions. Sigmoid activations: below 0.02 / above 0.98.
      Tanh activations: below −0.98 / above 0.98. ReLU activations and all gradients: 0 (no saturation).
    - ``edges`` (n_bins + 1) and ``counts`` (n_bins): the histogram, read-only arrays. Bins are half-open
      [e_k, e_k+1) except the last, which includes its right edge.
    - Values not in ``counts``: ``n_zero_unbinned`` exact zeros taken out of the bins (ReLU activations and ReLU
      gradients, so the spike at 0 does not flatten the rest; 0 otherwise), ``n_below``/``n_above`` outside
      [edges[0], edges[-1]], ``n_nonfinite`` (inf/NaN after an overflow).
      Always: counts.sum() + n_zero_unbinned + n_below + n_above + n_nonfinite == n_values.
    """

    layer: int
    n_values: int
    mean: float
    std: float
    min: float
    max: float
    frac_zero: float
    frac_sat_lo: float
    frac_sat_hi: float
    edges: np.ndarray
    counts: np.ndarray
    n_zero_unbinned: int
    n_below: int
    n_above: int
    n_nonfinite: int

    @property
    def frac_saturated(self) -> float:
        """frac_sat_lo + frac_sat_hi (for tanh: the fraction with |z| > 0.98)."""
        return self.frac_sat_lo + self.frac_sat_hi

    @property
    def range(self) -> tuple[float, float]:
        """(first edge, last edge) of the histogram."""
        return float(self.edges[0]), float(self.edges[-1])


def _finite_values(arr: np.ndarray):
    """(flat finite values, n_nonfinite, min, max). Fast path: a finite min and max mean every value is finite."""
    v = arr.ravel()
    if v.size:
        lo, hi = v.min(), v.max()
        if np.isfinite(lo) and np.isfinite(hi):
            return v, 0, float(lo), float(hi)
    finite = v[np.isfinite(v)]
    n_bad = v.size - finite.size
    if finite.size == 0:
        return finite, n_bad, math.nan, math.nan
    return finite, n_bad, float(finite.min()), float(finite.max())


def _robust_magnitude(v: np.ndarray) -> float:
    """ROBUST_PERCENTILE-th percentile of |v| over the non-zero values (estimated on a fixed-stride sample).

    The stride is odd and not a multiple of 5, so for the usual layer widths (100, 50, 64 ...) the sample visits
    every unit. Falls back to 1 when there is no positive magnitude, and is at least 4·MAX_BINS times the dtype's
    smallest normal number, so that n_bins / (hi − lo) stays finite.
    """
    n = v.size
    stride = max(1, n // ROBUST_SAMPLE)
    while stride > 1 and (stride % 2 == 0 or stride % 5 == 0):
        stride += 1
    s = np.abs(v[::stride])
    n_s = s.size
    n_pos = n_s - int(np.count_nonzero(s == 0))
    if n_pos == 0:
        return 1.0
    rank = int(round(ROBUST_PERCENTILE / 100.0 * (n_pos - 1)))
    m = float(np.partition(s, n_s - n_pos + rank)[n_s - n_pos + rank])
    if not (m > 0 and math.isfinite(m)):
        return 1.0
    return max(m, float(np.finfo(v.dtype).smallest_normal) * 4 * MAX_BINS)


class _Scratch:
    """Work buffers reused by every layer's statistics.

    Fresh 100 000-element temporaries cost page faults on every call (the allocator hands big blocks back to the
    OS), which made a layer's statistics up to 4× slower than with reused buffers.
    """

    def __init__(self, n: int, dtype: np.dtype) -> None:
        self.f = np.empty(n, dtype)
        self.i = np.empty(n, np.intp)
        self.b = np.empty(n, np.bool_)

    def fits(self, n: int, dtype: np.dtype) -> bool:
        return self.f.size >= n and self.f.dtype == dtype


def _count(op, v: np.ndarray, x, scratch: _Scratch) -> int:
    """np.count_nonzero(op(v, x)) through the scratch bool buffer."""
    return int(np.count_nonzero(op(v, x, out=scratch.b[: v.size])))


def _mean_std(v: np.ndarray, scratch: _Scratch) -> tuple[float, float]:
    """Mean and (population) standard deviation of ``v`` accumulated in float64; NaN for no values."""
    n = v.size
    if not n:
        return math.nan, math.nan
    f = scratch.f[:n]
    mean = float(np.mean(v, dtype=np.float64))
    np.subtract(v, v.dtype.type(mean), out=f)
    std = math.sqrt(float(np.dot(f, f)) / n)  # BLAS dot: far faster than np.std(dtype=float64)
    if not math.isfinite(std):  # float32 overflow of the squares for huge values
        std = float(np.std(v, dtype=np.float64))
    return mean, std


def _bin_counts(prepared, lo: float, hi: float, n_bins: int, scratch: _Scratch) -> tuple[np.ndarray, int, int]:
    """(counts, n_below, n_above) of ``n_bins`` equal bins over [lo, hi].

    Bin index ⌊(v − lo)·k⌋ with k = n_bins / (hi − lo), computed as a truncation after clipping into
    [0, n_bins − 1] (equal to the floor there). The clipped out-of-range values are then taken back out of the
    end bins they landed in.
    """
    v, _, vmin, vmax = prepared
    n, t = v.size, v.dtype.type
    f, i = scratch.f[:n], scratch.i[:n]
    np.subtract(v, t(lo), out=f)
    f *= t(n_bins / (hi - lo))
    np.clip(f, 0, n_bins - 1, out=f)
    i[...] = f
    counts = np.bincount(i, minlength=n_bins).astype(np.int64)
    n_below = _count(np.less, v, t(lo), scratch) if n and vmin < lo else 0
    n_above = _count(np.greater, v, t(hi), scratch) if n and vmax > hi else 0
    counts[0] -= n_below
    counts[-1] -= n_above
    return counts, n_below, n_above


def _layer_stats(
    layer: int,
    prepared,
    lo: float,
    hi: float,
    n_bins: int,
    *,
    drop_zeros: bool,
    saturation: str | None,
    scratch: _Scratch | None = None,
) -> LayerStats:
    """Statistics and histogram of one layer's finite values ``prepared`` (from :func:`_finite_values`)."""
    v, n_nonfinite, vmin, vmax = prepared
    n = v.size
    n_values = n + n_nonfinite
    t = v.dtype.type
    if scratch is None or not scratch.fits(n, v.dtype):
        scratch = _Scratch(n, v.dtype)
    mean, std = _mean_std(v, scratch)
    n_zero = _count(np.equal, v, t(0), scratch) if n and vmin <= 0 <= vmax else 0
    sat_lo = sat_hi = 0
    if saturation == "sigmoid":
        sat_lo = _count(np.less, v, t(SATURATION_LOW), scratch)
        sat_hi = _count(np.greater, v, t(SATURATION_HIGH), scratch)
    elif saturation == "tanh":
        sat_lo = _count(np.less, v, t(-SATURATION_HIGH), scratch)
        sat_hi = _count(np.greater, v, t(SATURATION_HIGH), scratch)

    counts, n_below, n_above = _bin_counts(prepared, lo, hi, n_bins, scratch)
    n_zero_unbinned = 0
    if drop_zeros and n_zero and lo <= 0 <= hi:
        zero_bin = int(np.clip((t(0) - t(lo)) * t(n_bins / (hi - lo)), 0, n_bins - 1))
        counts[zero_bin] -= n_zero
        n_zero_unbinned = n_zero
    counts.flags.writeable = False
    edges = np.linspace(lo, hi, n_bins + 1)
    edges.flags.writeable = False
    return LayerStats(
        layer=layer,
        n_values=n_values,
        mean=mean,
        std=std,
        min=vmin,
        max=vmax,
        frac_zero=n_zero / n_values,
        frac_sat_lo=sat_lo / n_values,
        frac_sat_hi=sat_hi / n_values,
        edges=edges,
        counts=counts,
        n_zero_unbinned=n_zero_unbinned,
        n_below=n_below,
        n_above=n_above,
        n_nonfinite=n_nonfinite,
    )
