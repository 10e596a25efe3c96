"""Weight initialisation lab: per-layer activation and gradient histograms (book §6.2.2, fig. 6-10 to 6-14).

The book's ``ch06/weight_init_activation_histogram.py`` feeds 1000 random inputs through five bias-free layers of
100 units and plots the histogram of every layer's activations::

    x = randn(1000, 100)                       # drawn FIRST
    for each layer:  W = randn(100, 100) * scale   # one matrix per layer, in order, no bias
                     a = x @ W;  z = activation(a);  x = z

``scale`` is a number (the std of the weights), Xavier √(1/n) or He √(2/n), n being the fan-in (``n_units``).

This module adds the backward pass of the same stack, so that vanishing and exploding *gradients* can be shown
next to the activations. A fixed upstream gradient g = dL/dz_L is drawn from the same RNG **after** the weights
(standard normal, shape ``(n_samples, n_units)``); that is the gradient of the loss L = Σ g ⊙ z_L. Going back:

    dL/da_i = dL/dz_i ⊙ activation'(a_i)          (what the layer's weights see: dL/dW_i = z_{i-1}ᵀ · dL/da_i)
    dL/dz_{i-1} = dL/da_i · W_iᵀ

The per-layer gradient this module reports (and histograms) is **dL/da_i, the gradient at the pre-activation**.

Three levels of API:

- :func:`forward_backward` (and the thin wrappers :func:`layer_activations`, :func:`layer_gradients`): the raw
  arrays, drawn from an ``rng`` you pass (default ``np.random.default_rng(0)``). To reproduce the book's script
  number for number pass ``rng=np.random.RandomState(seed)``: its ``standard_normal`` is the stream of
  ``np.random.seed(seed); np.random.randn(...)``.
- :class:`HistogramLab` with :class:`HistogramConfig`: ``compute(config) -> HistogramSnapshot``, the statistics and
  histograms the GUI draws (:class:`LayerStats` per layer). It caches the random draws, so moving the weight-std
  slider or switching the activation only redoes the matrix products and the statistics.
- :data:`BOOK_PRESETS`: the configurations of the book's figures.

Random numbers are always drawn in float64 (the standard streams) and then cast to the compute dtype, so float32
and float64 runs see the same numbers and differ only by rounding.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

import numpy as np

from model.experiments.base import frozen_copy, positive_float, validate_dtype, validate_int
from model.functions import ACTIVATIONS, relu_grad, sigmoid_grad, tanh_grad

__all__ = [
    "ACTIVATION_NAMES",
    "BOOK_PRESETS",
    "ForwardBackward",
    "HistogramConfig",
    "HistogramLab",
    "HistogramSnapshot",
    "LayerStats",
    "forward_backward",
    "layer_activations",
    "layer_gradients",
    "resolve_weight_std",
]

ACTIVATION_NAMES: tuple[str, ...] = ("sigmoid", "tanh", "relu")
"""The activations this lab offers (functions from :mod:`model.functions`)."""

WEIGHT_STD_NAMES: Mapping[str, str] = MappingProxyType(
    {"xavier": "xavier", "sigmoid": "xavier", "he": "he", "relu": "he"}
)
"""Named initialisations and the book's aliases for them ('sigmoid' means Xavier, 'relu' means He)."""

SATURATION_LOW = 0.02
SATURATION_HIGH = 0.98
"""Thresholds of the saturation fractions: sigmoid below 0.02 / above 0.98; tanh below −0.98 / above 0.98."""

ROBUST_PERCENTILE = 99.5
"""Histogram ranges that are not fixed (ReLU activations, all gradients) end at this percentile of |value|."""

ROBUST_SAMPLE = 20_000
"""The robust percentile is estimated on about this many values (a fixed stride through the layer's values)."""

MAX_WEIGHT_STD = 100.0
MAX_LAYERS = 20
MAX_UNITS = 1000
MAX_SAMPLES = 10_000
MAX_VALUES_PER_LAYER = 1_000_000
MAX_BINS = 500
RANGE_MODES = ("shared", "per_layer")
RNG_STREAMS = ("default", "book")
DTYPES = ("float32", "float64")


# ----------------------------------------------------------------------------------------------------------------
# Argument checks (shared by the functions and the config)


def _check_activation(activation: Any) -> str:
    name = str(activation).strip().lower() if isinstance(activation, str) else None
    if name not in ACTIVATION_NAMES:
        raise ValueError(f"activation: '{activation}' is not one of {', '.join(ACTIVATION_NAMES)}")
    return name


def _check_weight_std(weight_std: Any) -> float | str:
    """A positive number (at most MAX_WEIGHT_STD), or 'xavier'/'he' (aliases 'sigmoid'/'relu'), case-insensitive."""
    if isinstance(weight_std, str):
        key = weight_std.strip().lower()
        if key in WEIGHT_STD_NAMES:
            return WEIGHT_STD_NAMES[key]
        try:
            float(key)
        except ValueError:
            raise ValueError(
                f"weight_std: '{weight_std}' is neither a number nor one of xavier, he, sigmoid, relu"
            ) from None
    if isinstance(weight_std, bool):
        raise ValueError(f"weight_std: '{weight_std}' is not a number")
    v = positive_float("weight_std", weight_std)
    if v > MAX_WEIGHT_STD:
        raise ValueError(f"weight_std: must be at most {MAX_WEIGHT_STD:g}")
    return v


def _check_sizes(n_layers: Any, n_units: Any, n_samples: Any) -> tuple[int, int, int]:
    n_layers = validate_int("n_layers", n_layers, 1, MAX_LAYERS)
    n_units = validate_int("n_units", n_units, 1, MAX_UNITS)
    n_samples = validate_int("n_samples", n_samples, 1, MAX_SAMPLES)
    if n_units * n_samples > MAX_VALUES_PER_LAYER:
        raise ValueError(
            f"n_samples × n_units must be at most {MAX_VALUES_PER_LAYER:,}, got {n_samples} × {n_units}"
        )
    return n_layers, n_units, n_samples


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{name}: '{value}' is not one of {', '.join(choices)}")
    return value


def resolve_weight_std(weight_std: float | str, n_units: int) -> float:
    """The weight scale as a number: 'xavier' → √(1/n), 'he' → √(2/n) with n = n_units (the fan-in), else itself."""
    w = _check_weight_std(weight_std)
    if w == "xavier":
        return math.sqrt(1.0 / n_units)
    if w == "he":
        return math.sqrt(2.0 / n_units)
    return float(w)


# ----------------------------------------------------------------------------------------------------------------
# The forward and backward passes


def _draw(rng: Any, n_layers: int, n_units: int, n_samples: int, with_upstream: bool):
    """Draw, in the book's order, the input, then one weight matrix per layer, then (optionally) the upstream grad."""
    if rng is None:
        rng = np.random.default_rng(0)
    if not isinstance(rng, (np.random.Generator, np.random.RandomState)):
        raise TypeError(f"rng must be a numpy Generator or RandomState, not {type(rng).__name__}")
    x = rng.standard_normal((n_samples, n_units))
    weights = [rng.standard_normal((n_units, n_units)) for _ in range(n_layers)]
    upstream = rng.standard_normal((n_samples, n_units)) if with_upstream else None
    return x, weights, upstream


def _forward(x: np.ndarray, weights, scale, activation: str) -> list[np.ndarray]:
    """z_i = activation(z_{i-1} @ (W_i·scale)), z_0 = x. Returns [z_1, …, z_L]."""
    act = ACTIVATIONS[activation]
    s = x.dtype.type(scale)
    outs = []
    for w in weights:
        z = act(x @ (w * s))
        outs.append(z)
        x = z
    return outs


def _activation_grad(activation: str, z: np.ndarray) -> np.ndarray:
    """activation'(a) written with the output z = activation(a) (for ReLU, z > 0 exactly where a > 0)."""
    if activation == "sigmoid":
        return sigmoid_grad(z)
    if activation == "tanh":
        return tanh_grad(z)
    return relu_grad(z)


def _backward(outs, weights, scale, activation: str, upstream: np.ndarray):
    """Return ([dL/da_1 … dL/da_L], [dL/dz_1 … dL/dz_L]) for dL/dz_L = upstream."""
    s = upstream.dtype.type(scale)
    n = len(outs)
    grad_pre: list[np.ndarray] = [None] * n  # type: ignore[list-item]
    grad_out: list[np.ndarray] = [None] * n  # type: ignore[list-item]
    dz = upstream
    for i in range(n - 1, -1, -1):
        grad_out[i] = dz
        da = dz * _activation_grad(activation, outs[i])
        grad_pre[i] = da
        if i > 0:  # the input's gradient is never needed
            dz = da @ (weights[i] * s).T
    return grad_pre, grad_out


@dataclass(frozen=True, eq=False)
class ForwardBackward:
    """The arrays of one forward and backward pass, one entry per layer (index 0 is layer 1).

    ``activations[i]`` is z_i = activation(a_i); ``gradients[i]`` is dL/da_i (at the pre-activation, what the
    weights of layer i see); ``output_gradients[i]`` is dL/dz_i (``output_gradients[-1]`` is the upstream gradient).
    Each has shape ``(n_samples, n_units)``.
    """

    activation: str
    scale: float
    activations: tuple[np.ndarray, ...]
    gradients: tuple[np.ndarray, ...]
    output_gradients: tuple[np.ndarray, ...]


def forward_backward(
    activation: str,
    weight_std: float | str,
    n_layers: int = 5,
    n_units: int = 100,
    n_samples: int = 1000,
    rng: np.random.Generator | np.random.RandomState | None = None,
    *,
    dtype: Any = np.float64,
) -> ForwardBackward:
    """Run the book's stack forward, then backward from an upstream gradient drawn after the weights.

    RNG order: input (n_samples, n_units), then W_1 … W_L (n_units, n_units), then the upstream gradient
    dL/dz_L (n_samples, n_units), all standard normal. Drawn in float64, computed in ``dtype``.
    Raises ``ValueError`` for a bad argument (``TypeError`` for an rng that is not a numpy generator).
    """
    activation = _check_activation(activation)
    n_layers, n_units, n_samples = _check_sizes(n_layers, n_units, n_samples)
    scale = resolve_weight_std(weight_std, n_units)
    dt = validate_dtype(dtype)
    x, weights, upstream = _draw(rng, n_layers, n_units, n_samples, with_upstream=True)
    x, upstream = x.astype(dt, copy=False), upstream.astype(dt, copy=False)
    weights = [w.astype(dt, copy=False) for w in weights]
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
        outs = _forward(x, weights, scale, activation)
        grad_pre, grad_out = _backward(outs, weights, scale, activation, upstream)
    return ForwardBackward(activation, scale, tuple(outs), tuple(grad_pre), tuple(grad_out))


def layer_activations(
    activation: str,
    weight_std: float | str,
    n_layers: int = 5,
    n_units: int = 100,
    n_samples: int = 1000,
    rng: np.random.Generator | np.random.RandomState | None = None,
    *,
    dtype: Any = np.float64,
) -> list[np.ndarray]:
    """The book's forward pass: [z_1, …, z_L], each (n_samples, n_units).

    Draws only the input and the weights (no upstream gradient), so with the same rng the activations equal those
    of :func:`forward_backward`. ``rng=np.random.RandomState(s)`` reproduces the book's script after
    ``np.random.seed(s)`` exactly (with the default float64).
    """
    activation = _check_activation(activation)
    n_layers, n_units, n_samples = _check_sizes(n_layers, n_units, n_samples)
    scale = resolve_weight_std(weight_std, n_units)
    dt = validate_dtype(dtype)
    x, weights, _ = _draw(rng, n_layers, n_units, n_samples, with_upstream=False)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
        return _forward(x.astype(dt, copy=False), [w.astype(dt, copy=False) for w in weights], scale, activation)


def layer_gradients(
    activation: str,
    weight_std: float | str,
    n_layers: int = 5,
    n_units: int = 100,
    n_samples: int = 1000,
    rng: np.random.Generator | np.random.RandomState | None = None,
    *,
    dtype: Any = np.float64,
) -> list[np.ndarray]:
    """Per-layer gradients dL/da_i at the pre-activations, [layer 1, …, layer L] (see :func:`forward_backward`)."""
    return list(forward_backward(activation, weight_std, n_layers, n_units, n_samples, rng, dtype=dtype).gradients)


# ----------------------------------------------------------------------------------------------------------------
# Statistics and histograms for display


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
    f, i = scratch.f[:n], scratch.i[:n]
    if n:
        mean = float(np.mean(v, dtype=np.float64))
        np.subtract(v, t(mean), out=f)
        std = math.sqrt(float(np.dot(f, f)) / n)  # BLAS dot: far faster than np.std(dtype=float64)
        if not math.isfinite(std):  # float32 overflow of the squares for huge values
            std = float(np.std(v, dtype=np.float64))
    else:
        mean = std = math.nan
    n_zero = _count(np.equal, v, t(0), scratch) if n and vmin <= 0 <= vmax else 0
    sat_lo = sat_hi = 0
    if saturation == "sigmoid":
        sat_lo = _count(np.less, v, t(SATURATION_LOW), scratch)
        sat_hi = _count(np.greater, v, t(SATURATION_HIGH), scratch)
    elif saturation == "tanh":
        sat_lo = _count(np.less, v, t(-SATURATION_HIGH), scratch)
        sat_hi = _count(np.greater, v, t(SATURATION_HIGH), scratch)

    # Histogram: bin index ⌊(v − lo)·k⌋, computed as a truncation after clipping into [0, n_bins − 1] (equal to
    # the floor there). The clipped out-of-range values and, optionally, the exact zeros are then taken back out
    # of the bins they landed in.
    k = t(n_bins / (hi - lo))
    np.subtract(v, t(lo), out=f)
    f *= k
    np.clip(f, 0, n_bins - 1, out=f)
    i[...] = f
    counts = np.bincount(i, minlength=n_bins).astype(np.int64)
    n_below = _count(np.less, v, t(lo), scratch) if n and vmin < lo else 0
    n_above = _count(np.greater, v, t(hi), scratch) if n and vmax > hi else 0
    counts[0] -= n_below
    counts[-1] -= n_above
    n_zero_unbinned = 0
    if drop_zeros and n_zero and lo <= 0 <= hi:
        zero_bin = int(np.clip((t(0) - t(lo)) * k, 0, n_bins - 1))
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


# ----------------------------------------------------------------------------------------------------------------
# The lab


@dataclass(frozen=True)
class HistogramConfig:
    """Everything that determines a :class:`HistogramSnapshot`. Validated (``ValueError``) and normalised on creation.

    - ``activation``: 'sigmoid', 'tanh' or 'relu' (case-insensitive, stored lower-case).
    - ``weight_std``: a number in (0, 100], or 'xavier' (√(1/n)) / 'he' (√(2/n)); the book's aliases 'sigmoid' and
      'relu' are stored as 'xavier' and 'he'. ``scale`` gives the number.
    - ``n_layers`` 1–20, ``n_units`` 1–1000, ``n_samples`` 1–10000 (n_samples × n_units ≤ 1,000,000), ``n_bins`` 1–500.
    - ``seed`` and ``rng_stream``: 'default' draws from ``np.random.default_rng(seed)``; 'book' from
      ``np.random.RandomState(seed)``, the stream of the book's ``np.random.seed(seed); np.random.randn``, which is
      what docs/book-reference.md §1.3 tabulates.
    - ``act_range``: ReLU activation histograms end at the robust percentile of each layer ('per_layer') or at the
      largest of them ('shared', so the collapse or growth across layers is visible, like the book's fixed range).
      Sigmoid is always [0, 1] and tanh [−1, 1].
    - ``grad_range``: gradient histograms are symmetric, ±(robust percentile of |dL/da|), per layer or shared.
    - ``dtype``: 'float32' (fast, default) or 'float64'.
    """

    activation: str = "sigmoid"
    weight_std: float | str = 1.0
    n_layers: int = 5
    n_units: int = 100
    n_samples: int = 1000
    seed: int = 0
    n_bins: int = 30
    rng_stream: str = "default"
    act_range: str = "shared"
    grad_range: str = "per_layer"
    dtype: str = "float32"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "activation", _check_activation(self.activation))
        set_(self, "weight_std", _check_weight_std(self.weight_std))
        n_layers, n_units, n_samples = _check_sizes(self.n_layers, self.n_units, self.n_samples)
        set_(self, "n_layers", n_layers)
        set_(self, "n_units", n_units)
        set_(self, "n_samples", n_samples)
        set_(self, "seed", validate_int("seed", self.seed, 0, 2**32 - 1))
        set_(self, "n_bins", validate_int("n_bins", self.n_bins, 1, MAX_BINS))
        _check_choice("rng_stream", self.rng_stream, RNG_STREAMS)
        _check_choice("act_range", self.act_range, RANGE_MODES)
        _check_choice("grad_range", self.grad_range, RANGE_MODES)
        set_(self, "dtype", validate_dtype(self.dtype).name)

    @property
    def scale(self) -> float:
        """The weight std as a number (Xavier and He resolved with the fan-in n_units)."""
        return resolve_weight_std(self.weight_std, self.n_units)

    def replace(self, **changes: Any) -> HistogramConfig:
        """A copy with ``changes`` applied and validated (``ValueError`` for an unknown name or a bad value)."""
        names = {f.name for f in dataclasses.fields(self)}
        for key in changes:
            if key not in names:
                raise ValueError(f"'{key}' is not a setting of the weight-initialisation lab")
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, eq=False)
class HistogramSnapshot:
    """The result of :meth:`HistogramLab.compute`: per-layer statistics of the activations and of dL/da."""

    config: HistogramConfig
    scale: float
    activations: tuple[LayerStats, ...]
    gradients: tuple[LayerStats, ...]

    @property
    def activation_stds(self) -> tuple[float, ...]:
        return tuple(s.std for s in self.activations)

    @property
    def gradient_stds(self) -> tuple[float, ...]:
        return tuple(s.std for s in self.gradients)


class HistogramLab:
    """One-shot computation of a :class:`HistogramSnapshot` from a :class:`HistogramConfig`.

    The random draws (input, weights, upstream gradient) depend only on (seed, rng_stream, n_layers, n_units,
    n_samples, dtype); the last set is cached, so changing the weight std, the activation, the bins or the
    range modes costs only the matrix products and the statistics. Not meant to be called from two threads at once.
    """

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._draws: tuple | None = None
        self._scratch: _Scratch | None = None

    def _draws_for(self, config: HistogramConfig):
        key = (config.seed, config.rng_stream, config.n_layers, config.n_units, config.n_samples, config.dtype)
        if key != self._key:
            rng = (
                np.random.RandomState(config.seed)
                if config.rng_stream == "book"
                else np.random.default_rng(config.seed)
            )
            x, weights, upstream = _draw(rng, config.n_layers, config.n_units, config.n_samples, True)
            dt = np.dtype(config.dtype)
            draws = tuple(frozen_copy(a.astype(dt)) for a in (x, np.stack(weights), upstream))
            self._draws, self._key = draws, key
        return self._draws

    def compute(self, config: HistogramConfig) -> HistogramSnapshot:
        if not isinstance(config, HistogramConfig):
            raise TypeError(f"config must be a HistogramConfig, not {type(config).__name__}")
        x, weights, upstream = self._draws_for(config)
        scale = config.scale
        act, n_bins = config.activation, config.n_bins
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
            outs = _forward(x, weights, scale, act)
            grads, _ = _backward(outs, weights, scale, act, upstream)
            act_prep = [_finite_values(z) for z in outs]
            grad_prep = [_finite_values(g) for g in grads]

            if act == "sigmoid":
                act_ranges = [(0.0, 1.0)] * len(outs)
            elif act == "tanh":
                act_ranges = [(-1.0, 1.0)] * len(outs)
            else:
                tops = [_robust_magnitude(p[0]) for p in act_prep]
                if config.act_range == "shared":
                    tops = [max(tops)] * len(tops)
                act_ranges = [(0.0, t) for t in tops]
            mags = [_robust_magnitude(p[0]) for p in grad_prep]
            if config.grad_range == "shared":
                mags = [max(mags)] * len(mags)

            relu = act == "relu"
            n_max = config.n_samples * config.n_units
            if self._scratch is None or not self._scratch.fits(n_max, x.dtype):
                self._scratch = _Scratch(n_max, x.dtype)
            sc = self._scratch
            act_stats = tuple(
                _layer_stats(i + 1, p, lo, hi, n_bins, drop_zeros=relu, saturation=act, scratch=sc)
                for i, (p, (lo, hi)) in enumerate(zip(act_prep, act_ranges))
            )
            grad_stats = tuple(
                _layer_stats(i + 1, p, -m, m, n_bins, drop_zeros=relu, saturation=None, scratch=sc)
                for i, (p, m) in enumerate(zip(grad_prep, mags))
            )
        return HistogramSnapshot(config=config, scale=scale, activations=act_stats, gradients=grad_stats)


# ----------------------------------------------------------------------------------------------------------------
# The book's figures (§6.2.2), on the book's RNG stream seeded 0

BOOK_PRESETS: Mapping[str, HistogramConfig] = MappingProxyType(
    {
        "fig6-10_sigmoid_std1": HistogramConfig("sigmoid", 1.0, rng_stream="book"),
        "fig6-11_sigmoid_std0.01": HistogramConfig("sigmoid", 0.01, rng_stream="book"),
        "fig6-13_sigmoid_xavier": HistogramConfig("sigmoid", "xavier", rng_stream="book"),
        "fig6-13_tanh_xavier": HistogramConfig("tanh", "xavier", rng_stream="book"),
        "fig6-14_relu_std0.01": HistogramConfig("relu", 0.01, rng_stream="book"),
        "fig6-14_relu_xavier": HistogramConfig("relu", "xavier", rng_stream="book"),
        "fig6-14_relu_he": HistogramConfig("relu", "he", rng_stream="book"),
    }
)
"""Ordered, read-only: preset id → config. Fig. 6-10 sigmoid std 1 (saturation at 0 and 1), 6-11 sigmoid std 0.01
(one spike at 0.5), 6-13 sigmoid Xavier (and its footnote: tanh Xavier), 6-14 ReLU with std 0.01, Xavier, He."""
