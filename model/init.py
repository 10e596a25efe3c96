"""Weight initialisation scales (book §6.2), with the book's names.

A weight matrix is W = scale · N(0, 1) of shape (n_in, n_out), where n_in is the number of inputs to the layer
(the fan-in) and ``scale`` comes from :func:`weight_scale`:

* a number: used as the standard deviation directly (e.g. 0.01, or 1 in the histogram lab);
* ``'sigmoid'`` or ``'xavier'``: √(1/n_in) (Xavier as the book uses it, **not** Glorot's √(2/(n_in + n_out)));
* ``'relu'`` or ``'he'``: √(2/n_in) (He).
"""
from __future__ import annotations

import math
from numbers import Real

import numpy as np
import numpy.typing as npt

XAVIER_NAMES = ("xavier", "sigmoid")
HE_NAMES = ("he", "relu")


def weight_scale(spec: float | str, n_in: int) -> float:
    """Standard deviation of the initial weights of a layer with ``n_in`` inputs, for ``spec`` as above.

    Names are case-insensitive. Raises ``ValueError`` for an unknown name, a negative or non-finite number,
    or ``n_in < 1``.
    """
    if n_in < 1:
        raise ValueError(f"n_in must be at least 1, got {n_in}")
    if isinstance(spec, str):
        name = spec.strip().lower()
        if name in XAVIER_NAMES:
            return math.sqrt(1.0 / n_in)
        if name in HE_NAMES:
            return math.sqrt(2.0 / n_in)
        raise ValueError(f"unknown weight init '{spec}': use a number (std), 'xavier'/'sigmoid' or 'he'/'relu'")
    if isinstance(spec, Real) and not isinstance(spec, bool):
        std = float(spec)
        if not math.isfinite(std) or std < 0:
            raise ValueError(f"weight init std must be a finite number >= 0, got {spec}")
        return std
    raise ValueError(f"weight init must be a number or a name, got {spec!r}")


def init_weight(rng: np.random.Generator, n_in: int, n_out: int, spec: float | str) -> npt.NDArray[np.float64]:
    """W = weight_scale(spec, n_in) · rng.standard_normal((n_in, n_out)), drawn in float64.

    Drawing in float64 whatever the network's dtype means a float32 and a float64 network built from the same
    seed start from the same weights (up to rounding).
    """
    return weight_scale(spec, n_in) * rng.standard_normal((n_in, n_out))
