"""The book's stack of bias-free layers, forward and backward (see the package docstring for the formulas)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.cancel import check_cancelled
from model.experiments.base import validate_dtype
from model.experiments.weight_init.settings import _check_activation, _check_sizes, resolve_weight_std
from model.functions import ACTIVATIONS, relu_grad, sigmoid_grad, tanh_grad


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
        check_cancelled()  # up to 20 layers of 1000 x 1000: a stop need not wait for all (model/cancel.py)
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
        check_cancelled()
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
