"""Gradient checking (book §4.4, §5.7): backpropagation against central differences.

numerical ∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h, with h = 1e-4, one element at a time.

Two sources of disagreement that are not bugs:

* The book's loss has 1e-7 inside the log, −log(y_t + 1e-7), while ``SoftmaxWithLoss.backward`` returns
  (y − t)/N, the gradient of the loss *without* it. The two differ by the factor y_t/(y_t + 1e-7) per sample,
  a relative error of about 1e-7/y_t: negligible for y_t ≈ 0.1, but 1e-4 for a sample with y_t = 1e-3.
  Check with a network that is not confidently wrong about any sample (moderate scores).
* A ReLU input within h of its kink at 0 (see :func:`gradient_check`).

Run it in float64: in float32 the rounding error of f, about 1e-7·|f|, divided by 2h swamps the difference.
:func:`gradient_check` therefore checks a float64 clone of the network by default.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from model.network import MultiLayerNet

NUMERICAL_H = 1e-4
"""The book's step for central differences."""

GRADIENT_FLOOR = 1e-6
"""Relative errors are taken against at least this gradient magnitude. The rounding noise of a float64 central
difference is about 2e-16·|f|/h ≈ 1e-12, so a parameter whose true gradient is exactly 0 (a bias before a BN layer)
would otherwise show a relative error of 1."""


def numerical_partial(f: Callable[[np.ndarray], float], x: np.ndarray, index: tuple[int, ...],
                      h: float = NUMERICAL_H) -> float:
    """(f(x + h·e_i) − f(x − h·e_i)) / 2h for the element ``x[index]``; ``x`` is modified in place and restored."""
    original = x[index].copy()
    x[index] = original + h
    f_plus = f(x)
    x[index] = original - h
    f_minus = f(x)
    x[index] = original
    return (f_plus - f_minus) / (2 * h)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = NUMERICAL_H) -> np.ndarray:
    """Central-difference gradient of the scalar f at x, for every element of x (any shape).

    ``f`` is called as ``f(x)``; it may ignore its argument and read x through a closure (e.g. x is a network
    parameter). Each element of x is changed in place and restored before the next one, so x ends unchanged.
    """
    grad = np.zeros(x.shape, dtype=np.float64)
    for index in np.ndindex(*x.shape):
        grad[index] = numerical_partial(f, x, index, h)
    return grad


def compare(analytic: np.ndarray, numerical: np.ndarray, scale: float = 0.0) -> tuple[float, float]:
    """(max |a − n|, max |a − n| / max(max |a|, max |n|, scale, GRADIENT_FLOOR)): the largest difference, absolute
    and relative to the largest gradient entry of this parameter. ``scale`` lets a check of a few sampled entries
    use the whole parameter's largest gradient.

    Relative to the parameter's scale rather than element by element, so that entries whose true gradient is ~0
    (dead ReLU units, a zero bias gradient) do not turn rounding noise into a huge relative error.
    """
    if analytic.size == 0:
        return 0.0, 0.0
    diff = float(np.max(np.abs(analytic - numerical)))
    scale = max(float(np.max(np.abs(analytic))), float(np.max(np.abs(numerical))), scale, GRADIENT_FLOOR)
    return diff, diff / scale


def gradient_check(net: MultiLayerNet, x: np.ndarray, t: np.ndarray, *, float64: bool = True,
                   keys: Iterable[str] | None = None, samples: int | None = None,
                   rng: np.random.Generator | None = None) -> dict[str, tuple[float, float]]:
    """Compare ``net.gradient(x, t)`` with the numerical gradient of ``net.loss(x, t, train_flg=True)``.

    Returns ``{key: (max_abs_diff, max_rel_err)}`` for each parameter key (see :func:`compare`).

    The check runs on ``net.clone()`` (float64 unless ``float64=False``), so the network itself, its gradients,
    its BN running statistics and its random generator are left untouched. Dropout masks are drawn once and held
    fixed for the whole check, so that the loss is a deterministic function of the parameters.

    A ReLU input exactly at its kink 0 (e.g. a sample whose inputs to a layer were all dropped, with biases still
    0) has a one-sided derivative, and shows up as a mismatch of that layer's bias; this is not a bug.

    ``keys`` limits the check to some parameters. ``samples`` checks only that many randomly chosen entries of
    each parameter (chosen with ``rng``, default seed 0), which keeps a "check gradients" button fast on a large
    network; ``None`` checks every entry.
    """
    twin = net.clone(dtype=np.float64 if float64 else net.dtype)
    x = np.asarray(x, dtype=twin.dtype)
    dropouts = twin.dropout_layers
    if dropouts:
        twin.loss(x, t, train_flg=True)  # draw one set of masks ...
        for layer in dropouts:
            layer.fixed_mask = layer.mask.copy()  # ... and keep them

    analytic = {k: g.copy() for k, g in twin.gradient(x, t).items()}

    def loss(_: np.ndarray) -> float:
        return twin.loss(x, t, train_flg=True)

    pick = np.random.default_rng(0) if rng is None else rng
    result: dict[str, tuple[float, float]] = {}
    for key in (twin.params if keys is None else keys):
        param = twin.params[key]
        if samples is None or samples >= param.size:
            numerical = numerical_gradient(loss, param)
            result[key] = compare(analytic[key], numerical)
        else:
            flat_indices = pick.choice(param.size, size=samples, replace=False)
            indices = [np.unravel_index(i, param.shape) for i in flat_indices]
            a = np.array([analytic[key][i] for i in indices])
            n = np.array([numerical_partial(loss, param, i) for i in indices])
            result[key] = compare(a, n, scale=float(np.max(np.abs(analytic[key]))))
    return result
