"""The lab: :class:`HistogramConfig` in, :class:`HistogramSnapshot` out (:class:`HistogramLab`), and the book's
figures as configs (:data:`BOOK_PRESETS`)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar, Mapping

import numpy as np

from model.experiments.base import SEED_RANGE, frozen_copy, validate_dtype, validate_int, validate_seed
from model.experiments.weight_init.settings import (MAX_BINS, RANGE_MODES, RNG_STREAMS, _check_activation,
                                                   _check_choice, _check_sizes, _check_weight_std,
                                                   resolve_weight_std, samples_for_units)
from model.experiments.weight_init.stack import _backward, _draw, _forward
from model.experiments.weight_init.stats import LayerStats, _finite_values, _layer_stats, _robust_magnitude, _Scratch


@dataclass(frozen=True)
class HistogramConfig:
    """Everything that determines a :class:`HistogramSnapshot`. Validated (``ValueError``) and normalised on creation.

    - ``activation``: 'sigmoid', 'tanh' or 'relu' (case-insensitive, stored lower-case).
    - ``weight_std``: a number in (0, 100], or 'xavier' (√(1/n)) / 'he' (√(2/n)); the book's aliases 'sigmoid' and
      'relu' are stored as 'xavier' and 'he'. ``scale`` gives the number.
    - ``n_layers`` 1–20, ``n_units`` 1–1000, ``n_samples`` 1–10000 (n_samples × n_units ≤ 1,000,000), ``n_bins`` 1–500.
    - ``seed`` and ``rng_stream``: 'default' draws from ``np.random.default_rng(seed)``; 'book' from
      ``np.random.RandomState(seed)``, the stream of the book's ``np.random.seed(seed); np.random.randn``, which is
      what the book's figures 6-10 to 6-14 were drawn from.
    - ``act_range``: ReLU activation histograms end at the robust percentile of each layer ('per_layer') or at the
      largest of them ('shared', so the collapse or growth across layers is visible, like the book's fixed range).
      Sigmoid is always [0, 1] and tanh [−1, 1].
    - ``grad_range``: gradient histograms are symmetric, ±(robust percentile of |dL/da|), per layer or shared.
    - ``dtype``: 'float32' (fast, default) or 'float64'.

    ``CONTROL_RANGES`` are the ranges the lab offers a user (narrower than what the functions accept: more than 10
    layers or 500 units no longer fit a screen); :meth:`for_lab` makes the lab's config from the five controls.
    """

    CONTROL_RANGES: ClassVar[Mapping[str, tuple[float, float]]] = MappingProxyType({
        "n_layers": (1, 10), "n_units": (10, 500), "weight_std": (1e-3, 10.0), "seed": SEED_RANGE})

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
        set_(self, "seed", validate_seed(self.seed))
        set_(self, "n_bins", validate_int("n_bins", self.n_bins, 1, MAX_BINS))
        _check_choice("rng_stream", self.rng_stream, RNG_STREAMS)
        _check_choice("act_range", self.act_range, RANGE_MODES)
        _check_choice("grad_range", self.grad_range, RANGE_MODES)
        set_(self, "dtype", validate_dtype(self.dtype).name)

    @classmethod
    def for_lab(cls, activation: str, weight_std: float | str, n_layers: int, n_units: int,
                seed: int) -> HistogramConfig:
        """The lab's picture: the book's RNG stream and 30 bins; ``samples_for_units(n_units)`` inputs; ReLU
        activations on one shared range (the collapse or growth across layers shows), gradients per layer."""
        return cls(activation=activation, weight_std=weight_std, n_layers=n_layers, n_units=n_units,
                   n_samples=samples_for_units(n_units), seed=seed, n_bins=30, rng_stream="book",
                   act_range="shared", grad_range="per_layer", dtype="float32")

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
