"""Elementwise activations and the softmax/cross-entropy pair, as pure functions (book §3, §4).

Each returns a new array and never writes into its argument. The dtype of the input is kept.
"""
from __future__ import annotations

import numpy as np

CROSS_ENTROPY_EPS = 1e-7
"""Added inside the log of the cross-entropy, as the book does: -Σ log(y_t + 1e-7) / N."""


def sigmoid(x: np.ndarray) -> np.ndarray:
    """σ(x) = 1 / (1 + e^(−x)), computed without overflow for large |x|.

    With e = e^(−|x|) ∈ (0, 1]: σ(x) = 1/(1 + e) for x ≥ 0 and e/(1 + e) for x < 0.
    """
    x = np.asarray(x)
    e = np.exp(-np.abs(x))
    r = 1.0 / (1.0 + e)
    return np.where(x >= 0, r, e * r).astype(x.dtype, copy=False)


def sigmoid_grad(y: np.ndarray) -> np.ndarray:
    """dσ/dx written in terms of the output y = σ(x): y (1 − y)."""
    return y * (1.0 - y)


def relu(x: np.ndarray) -> np.ndarray:
    """ReLU(x) = max(0, x)."""
    return np.maximum(x, 0)


def relu_grad(x: np.ndarray) -> np.ndarray:
    """dReLU/dx = 1 where x > 0, else 0 (0 at the kink, as the book's mask x ≤ 0 gives)."""
    return (x > 0).astype(x.dtype)


def tanh(x: np.ndarray) -> np.ndarray:
    """tanh(x)."""
    return np.tanh(x)


def tanh_grad(y: np.ndarray) -> np.ndarray:
    """d tanh/dx in terms of the output y = tanh(x): 1 − y²."""
    return 1.0 - y * y


ACTIVATIONS = {"sigmoid": sigmoid, "relu": relu, "tanh": tanh}
"""Activation functions by the names the UI and configs use."""


def softmax(x: np.ndarray) -> np.ndarray:
    """Row-wise softmax with the row maximum subtracted first: exp(x − max) / Σ exp(x − max)."""
    z = x - x.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """Mean cross-entropy −Σ log(y_t + 1e-7) / N for probabilities y (N, C) and labels t, integers (N,) or one-hot."""
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = np.asarray(t).reshape(1, -1) if np.ndim(t) == 1 and np.size(t) == y.size else np.atleast_1d(t)
    if t.ndim == 2:
        t = t.argmax(axis=1)
    n = y.shape[0]
    return float(-np.sum(np.log(y[np.arange(n), t] + CROSS_ENTROPY_EPS)) / n)
