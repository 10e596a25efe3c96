"""Names, limits and argument checks of the weight-initialisation lab (shared by the functions and the config)."""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from model.experiments.base import positive_float, validate_int
from model.init import weight_scale

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


LAB_SAMPLE_VALUES = 100_000
"""Values per histogram the lab aims at: the book's 1000 inputs × 100 units; fewer inputs for wider layers."""


def samples_for_units(n_units: int) -> int:
    """Random inputs the lab draws for layers of ``n_units``: LAB_SAMPLE_VALUES / n_units, within 100 … 1000."""
    return int(min(1000, max(100, LAB_SAMPLE_VALUES // n_units)))


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
    """The weight scale as a number: 'xavier' → √(1/n), 'he' → √(2/n) with n = n_units (the fan-in), else itself
    (:func:`model.init.weight_scale`, the one place these formulas are written)."""
    return weight_scale(_check_weight_std(weight_std), n_units)
