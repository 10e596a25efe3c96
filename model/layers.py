"""The book's layers (§5, §6.3, §6.4.3), each with ``forward`` and ``backward``, written for speed in float32.

Every layer caches in ``forward`` what its ``backward`` needs, exactly as in the book, with three differences:

* **No layer writes into an array it was given.** (The book's ``Relu.backward`` sets ``dout[mask] = 0`` in place.)
* **Outputs live in buffers the layer owns.** ``forward`` and ``backward`` return arrays that the layer allocates
  once per input shape and dtype and *overwrites on its next call*. Copy a result if you need to keep it.
  This removes almost all allocation from a training step (``np.dot(a, b, out=...)``).
* ``forward(x, train_flg=True)`` has the same signature for every layer, so a network's forward loop needs no
  special case; only ``BatchNormalization`` and ``Dropout`` look at ``train_flg``.

Parameter aliasing contract: a layer with parameters (``Affine``, ``BatchNormalization``) stores the **same** array
objects it was given, never copies. The network's ``params`` dict holds those same objects, and optimizers update
them in place (``params[k] -= lr * grads[k]``), which updates the layer. Likewise the layer writes its parameter
gradients into the arrays it was given (``dW``, ``db``, ...), which are the network's ``grads`` arrays.
"""
from __future__ import annotations

import numpy as np
import numpy.typing as npt

from model.functions import CROSS_ENTROPY_EPS

Array = npt.NDArray[np.floating]

BN_EPS = 1e-6
"""ε in BatchNormalization's √(var + ε). The book writes it as ``10e-7``, which is 1e-6."""

BN_MOMENTUM = 0.9
"""Running statistics update: running = 0.9·running + 0.1·batch_stat (the book's default)."""


def _buffer(buf: np.ndarray | None, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """Return ``buf`` if it already has this shape and dtype, else a new uninitialised array."""
    if buf is None or buf.shape != shape or buf.dtype != dtype:
        return np.empty(shape, dtype=dtype)
    return buf


def _ones(buf: np.ndarray | None, n: int, dtype: np.dtype) -> np.ndarray:
    """A cached vector of n ones, so that a column sum Σ_rows A is the BLAS product ones · A."""
    if buf is None or buf.shape != (n,) or buf.dtype != dtype:
        return np.ones(n, dtype=dtype)
    return buf


class Affine:
    """Fully connected layer: out = x·W + b.

    backward: dx = dout·Wᵀ, dW = xᵀ·dout, db = Σ_batch dout.

    ``W`` and ``b`` are stored as given (no copy): they are the network's ``params['W…']``/``params['b…']``
    arrays. ``dW`` and ``db`` (allocated here if not given) are overwritten by every ``backward`` and are the
    network's ``grads`` arrays. With ``need_dx=False`` (the first layer, whose input is data) ``backward`` skips
    the input gradient, saving a third of that layer's work, and returns ``None``.
    """

    def __init__(self, W: Array, b: Array, dW: Array | None = None, db: Array | None = None,
                 need_dx: bool = True) -> None:
        self.W = W
        self.b = b
        self.dW = np.zeros_like(W) if dW is None else dW
        self.db = np.zeros_like(b) if db is None else db
        self.need_dx = need_dx
        self.x: Array | None = None
        self._x_shape: tuple[int, ...] = ()
        self._out: Array | None = None
        self._dx: Array | None = None
        self._ones: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        self._x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        if x.dtype != self.W.dtype:
            x = x.astype(self.W.dtype)
        self.x = x
        self._out = out = _buffer(self._out, (x.shape[0], self.W.shape[1]), self.W.dtype)
        np.dot(x, self.W, out=out)
        out += self.b
        return out

    def backward(self, dout: Array) -> Array | None:
        x = self.x
        self._ones = _ones(self._ones, x.shape[0], self.W.dtype)
        np.dot(x.T, dout, out=self.dW)          # transpose is a view: BLAS reads it as is
        np.dot(self._ones, dout, out=self.db)   # Σ over the batch as a BLAS call
        if not self.need_dx:
            return None
        self._dx = dx = _buffer(self._dx, x.shape, self.W.dtype)
        np.dot(dout, self.W.T, out=dx)
        return dx.reshape(self._x_shape)


class Relu:
    """ReLU: out = max(0, x). backward: dx = dout · [x > 0] (0 at the kink x = 0, as in the book).

    The mask [x > 0] is kept as a 0/1 array of the input's dtype and multiplied in, which is faster than the
    book's boolean indexing and leaves ``dout`` untouched.
    """

    def __init__(self) -> None:
        self.mask: Array | None = None
        self.out: Array | None = None
        self._dx: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        self.mask = mask = _buffer(self.mask, x.shape, x.dtype)
        np.greater(x, 0, out=mask)
        self.out = out = _buffer(self.out, x.shape, x.dtype)
        np.multiply(x, mask, out=out)  # = max(0, x), faster than np.maximum
        return out

    def backward(self, dout: Array) -> Array:
        self._dx = dx = _buffer(self._dx, self.mask.shape, self.mask.dtype)
        np.multiply(dout, self.mask, out=dx)
        return dx


class Sigmoid:
    """Sigmoid: y = 1 / (1 + e^(−x)). backward: dx = dout · y (1 − y)."""

    def __init__(self) -> None:
        self.out: Array | None = None
        self._dx: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        self.out = y = _buffer(self.out, x.shape, x.dtype)
        np.negative(x, out=y)
        with np.errstate(over="ignore"):  # e^(−x) = inf for x ≪ 0 gives y = 1/inf = 0, which is right
            np.exp(y, out=y)
        y += 1
        np.reciprocal(y, out=y)
        return y

    def backward(self, dout: Array) -> Array:
        y = self.out
        self._dx = dx = _buffer(self._dx, y.shape, y.dtype)
        np.subtract(1, y, out=dx)
        dx *= y
        dx *= dout
        return dx


class Tanh:
    """Hyperbolic tangent: y = tanh(x). backward: dx = dout · (1 − y²)."""

    def __init__(self) -> None:
        self.out: Array | None = None
        self._dx: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        self.out = y = _buffer(self.out, x.shape, x.dtype)
        np.tanh(x, out=y)
        return y

    def backward(self, dout: Array) -> Array:
        y = self.out
        self._dx = dx = _buffer(self._dx, y.shape, y.dtype)
        np.multiply(y, y, out=dx)
        np.subtract(1, dx, out=dx)
        dx *= dout
        return dx


class BatchNormalization:
    """Batch normalization (Ioffe & Szegedy, http://arxiv.org/abs/1502.03167), placed Affine → BN → activation.

    Training (batch statistics, biased variance)::

        μ = mean(x),  xc = x − μ,  var = mean(xc²),  std = √(var + ε),  xn = xc / std,  out = γ·xn + β
        running_mean = 0.9·running_mean + 0.1·μ,  running_var = 0.9·running_var + 0.1·var

    Test: out = γ·(x − running_mean)/√(running_var + ε) + β. The running statistics start as **zeros (both of
    them, as in the book)** on the first forward pass. ε = ``BN_EPS`` = 1e-6 (the book's ``10e-7``).

    backward (training), the book's chain rule collapsed into one line, with N the batch size::

        dβ = Σ dout,  dγ = Σ xn·dout,  dx = (γ / std) · (dout − dβ/N − xn·dγ/N)

    ``gamma``/``beta`` are stored as given (the network's params); ``dgamma``/``dbeta`` are overwritten by every
    ``backward``.
    """

    def __init__(self, gamma: Array, beta: Array, momentum: float = BN_MOMENTUM,
                 running_mean: Array | None = None, running_var: Array | None = None,
                 dgamma: Array | None = None, dbeta: Array | None = None) -> None:
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.running_mean = running_mean
        self.running_var = running_var
        self.dgamma = np.zeros_like(gamma) if dgamma is None else dgamma
        self.dbeta = np.zeros_like(beta) if dbeta is None else dbeta
        self.train_flg = True
        self.std: Array | None = None
        self.xn: Array | None = None
        self._xc: Array | None = None
        self._out: Array | None = None
        self._dx: Array | None = None
        self._ones: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        dtype = self.gamma.dtype
        if x.dtype != dtype:
            x = x.astype(dtype)
        n, d = x.shape
        if self.running_mean is None:
            self.running_mean = np.zeros(d, dtype=dtype)
            self.running_var = np.zeros(d, dtype=dtype)
        self.train_flg = train_flg
        self._xc = xc = _buffer(self._xc, x.shape, dtype)
        self.xn = xn = _buffer(self.xn, x.shape, dtype)
        if train_flg:
            self._ones = ones = _ones(self._ones, n, dtype)
            mu = np.dot(ones, x) / n
            np.subtract(x, mu, out=xc)
            np.multiply(xc, xc, out=xn)  # xn is scratch for xc² here
            var = np.dot(ones, xn) / n
            self.std = np.sqrt(var + BN_EPS)
            m = self.momentum
            self.running_mean = m * self.running_mean + (1 - m) * mu
            self.running_var = m * self.running_var + (1 - m) * var
        else:
            np.subtract(x, self.running_mean, out=xc)
            self.std = np.sqrt(self.running_var + BN_EPS)
        np.divide(xc, self.std, out=xn)
        self._out = out = _buffer(self._out, x.shape, dtype)
        np.multiply(xn, self.gamma, out=out)
        out += self.beta
        return out

    def backward(self, dout: Array) -> Array:
        xn = self.xn
        n = xn.shape[0]
        self._ones = ones = _ones(self._ones, n, xn.dtype)
        self._dx = dx = _buffer(self._dx, xn.shape, xn.dtype)
        np.dot(ones, dout, out=self.dbeta)
        np.multiply(xn, dout, out=dx)  # dx is scratch for xn·dout here
        np.dot(ones, dx, out=self.dgamma)
        scale = self.gamma / self.std
        if self.train_flg:
            np.multiply(xn, self.dgamma / n, out=dx)
            dx += self.dbeta / n
            np.subtract(dout, dx, out=dx)
            dx *= scale
        else:  # the running statistics are constants: out is an affine map of x
            np.multiply(dout, scale, out=dx)
        return dx


class Dropout:
    """Dropout (http://arxiv.org/abs/1207.0580), **the book's non-inverted variant**.

    Training: mask = (U[0,1) > ratio), out = x·mask. Test: out = x·(1 − ratio). backward: dx = dout·mask
    (or dout·(1 − ratio) after a test-mode forward).

    Why this variant: the labs reproduce the book's §6.4.3 behaviour and its numbers, and an inverted dropout
    (out = x·mask/(1 − ratio) in training, identity in test) has the same expectation but gives different values.

    Randomness comes only from the ``rng`` passed in (``np.random.Generator``); the uniform draws are float64 so
    a float32 and a float64 network built from the same seed see the same masks. Set ``fixed_mask`` (an array of
    0/1 or booleans of the input's shape) to use it instead of drawing, e.g. for a gradient check.
    """

    def __init__(self, dropout_ratio: float = 0.5, rng: np.random.Generator | None = None,
                 fixed_mask: np.ndarray | None = None) -> None:
        self.dropout_ratio = dropout_ratio
        self.rng = rng
        self.fixed_mask = fixed_mask
        self.mask: Array | None = None
        self.train_flg = True
        self._out: Array | None = None
        self._dx: Array | None = None

    def forward(self, x: Array, train_flg: bool = True) -> Array:
        self.train_flg = train_flg
        self._out = out = _buffer(self._out, x.shape, x.dtype)
        if train_flg:
            self.mask = mask = _buffer(self.mask, x.shape, x.dtype)
            if self.fixed_mask is not None:
                np.copyto(mask, self.fixed_mask, casting="unsafe")
            else:
                if self.rng is None:
                    raise ValueError("Dropout needs an np.random.Generator (rng=...) or a fixed_mask")
                np.greater(self.rng.random(x.shape), self.dropout_ratio, out=mask)
            np.multiply(x, mask, out=out)
        else:
            np.multiply(x, 1.0 - self.dropout_ratio, out=out)
        return out

    def backward(self, dout: Array) -> Array:
        self._dx = dx = _buffer(self._dx, dout.shape, self._out.dtype)
        if self.train_flg:
            np.multiply(dout, self.mask, out=dx)
        else:
            np.multiply(dout, 1.0 - self.dropout_ratio, out=dx)
        return dx


class SoftmaxWithLoss:
    """Softmax and cross-entropy fused into the output layer.

    forward: y = softmax(x) = e^(x − max) / Σ e^(x − max) (row max subtracted),
    loss = −Σ_n log(y[n, t_n] + 1e-7) / N. Labels t are integers (N,) or one-hot (N, C).

    backward: dx = dout · (y − t) / N, that is y with 1 subtracted at the true class for integer labels. As in the
    book this is the gradient of the loss without the 1e-7 (exact one differs by y_t/(y_t + 1e-7) per sample).

    The row max and row sums avoid NumPy's slow reductions along a short last axis: max as x[n, argmax_n] and
    Σ as the BLAS product y · 1.
    """

    def __init__(self) -> None:
        self.loss: float | None = None
        self.y: Array | None = None
        self.t: np.ndarray | None = None
        self._dx: Array | None = None
        self._rows: np.ndarray | None = None
        self._ones: Array | None = None
        self._sums: Array | None = None

    def forward(self, x: Array, t: np.ndarray) -> float:
        self.t = t = np.asarray(t)
        n, c = x.shape
        if self._rows is None or self._rows.shape[0] != n:
            self._rows = np.arange(n)
        rows = self._rows
        if self._ones is None or self._ones.shape[0] != c or self._ones.dtype != x.dtype:
            self._ones = np.ones((c, 1), dtype=x.dtype)
        ones = self._ones
        self._sums = sums = _buffer(self._sums, (n, 1), x.dtype)
        self.y = y = _buffer(self.y, x.shape, x.dtype)
        np.subtract(x, x[rows, x.argmax(axis=1)][:, None], out=y)
        np.exp(y, out=y)
        np.dot(y, ones, out=sums)
        y /= sums
        labels = t.argmax(axis=1) if t.ndim == 2 else t
        log_yt = np.log(y[rows, labels] + CROSS_ENTROPY_EPS)
        self.loss = float(-log_yt.sum() / n)
        return self.loss

    def backward(self, dout: float = 1.0) -> Array:
        y, t = self.y, self.t
        n = y.shape[0]
        self._dx = dx = _buffer(self._dx, y.shape, y.dtype)
        if t.ndim == 2:
            np.subtract(y, t, out=dx)
        else:
            np.copyto(dx, y)
            dx[self._rows, t] -= 1
        dx *= dout / n
        return dx
