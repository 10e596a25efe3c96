"""Histograms of a layer's values for display: the bins are computed here, the GUI only draws them.

One :class:`LayerHistogram` serves every lab (activations during training, the batch-norm inside view ...).
Exact zeros can be kept out of the bins (``zeros_apart``): a ReLU layer has about half of its values exactly 0,
and that spike would flatten the rest of the picture, so it is counted on its own.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class LayerHistogram:
    """Histogram of one layer's values (all units × all samples of a batch).

    ``edges`` (bins + 1, float64) and ``counts`` (bins, int64) are read-only. Bins are [e_k, e_k+1), the last one
    closed. Always ``counts.sum() + n_zero_unbinned + n_below + n_above + n_nonfinite == n_values``.
    ``n_zero`` counts the exact zeros whether or not they are binned; ``mean``, ``std`` and ``max`` are over the
    finite values, zeros included (NaN if there are none).
    """

    layer: int
    """1-based hidden-layer index."""
    n_values: int
    edges: np.ndarray
    counts: np.ndarray
    n_zero: int
    n_zero_unbinned: int
    """Exact zeros kept out of ``counts`` (all of ``n_zero`` when made with ``zeros_apart``, else 0)."""
    n_below: int
    """Binnable finite values below ``edges[0]``."""
    n_above: int
    """Finite values above ``edges[-1]``."""
    n_nonfinite: int
    mean: float
    std: float
    max: float

    @property
    def zero_fraction(self) -> float:
        """Fraction of all values that are exactly 0 (ReLU's switched-off units)."""
        return self.n_zero / self.n_values if self.n_values else math.nan

    @property
    def percent(self) -> np.ndarray:
        """Each bin's share of *all* values in percent: 100 · counts / n_values (what the plots show, so the bars
        and the zero fraction add up to 100 with the values outside the range)."""
        return 100.0 * self.counts / max(self.n_values, 1)

    @property
    def peak_fraction(self) -> float:
        """The tallest bin's share of all values (0 when there are none)."""
        return float(self.counts.max()) / self.n_values if self.n_values and self.counts.size else 0.0


def layer_histogram(values: np.ndarray, lo: float, hi: float, bins: int = 30, *, layer: int = 1,
                    zeros_apart: bool = True) -> LayerHistogram:
    """Histogram of ``values`` (any shape, not modified) in ``bins`` equal bins over [lo, hi]."""
    lo, hi = float(lo), float(hi)
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise ValueError(f"histogram range must be two finite numbers lo < hi, got {(lo, hi)}")
    edges = np.linspace(lo, hi, int(bins) + 1)
    edges.flags.writeable = False
    v = np.asarray(values, dtype=np.float64).ravel()  # compare with the float64 edges exactly
    n_values = v.size
    finite = np.isfinite(v)
    n_nonfinite = n_values - int(np.count_nonzero(finite))
    if n_nonfinite:
        v = v[finite]
    nonzero = v != 0
    n_zero = v.size - int(np.count_nonzero(nonzero))
    binnable = v[nonzero] if zeros_apart and n_zero else v
    below, above = binnable < lo, binnable > hi
    n_below, n_above = int(np.count_nonzero(below)), int(np.count_nonzero(above))
    inside = binnable[~(below | above)] if (n_below or n_above) else binnable
    counts = np.histogram(inside, bins=edges)[0].astype(np.int64)
    counts.flags.writeable = False
    if v.size:
        mean, std, vmax = float(v.mean()), float(v.std()), float(v.max())
    else:
        mean = std = vmax = math.nan
    return LayerHistogram(layer=layer, n_values=n_values, edges=edges, counts=counts, n_zero=n_zero,
                          n_zero_unbinned=n_zero if zeros_apart else 0, n_below=n_below, n_above=n_above,
                          n_nonfinite=n_nonfinite, mean=mean, std=std, max=vmax)


def activation_histograms(activations: Sequence[np.ndarray], bins: int = 30,
                          value_range: tuple[float, float] = (0.0, 1.0)) -> tuple[LayerHistogram, ...]:
    """One :class:`LayerHistogram` per array of ``activations`` (e.g. ``net.hidden_activations(copy=False)``), all
    with the same ``bins`` equal bins over ``value_range`` and exact zeros kept apart. The inputs are not modified."""
    return tuple(layer_histogram(a, value_range[0], value_range[1], bins, layer=i)
                 for i, a in enumerate(activations, start=1))
