"""A fully connected network with optional batch normalization, dropout and weight decay (the book's
``MultiLayerNetExtend``, §6.3-§6.4), fast enough in float32 to train MNIST-sized nets live.

Layers, in an ``OrderedDict`` with the book's names, for each hidden layer i = 1..H::

    Affine{i} → [BatchNorm{i}] → Activation_function{i} → [Dropout{i}]

then ``Affine{H+1}`` and the output layer ``SoftmaxWithLoss``.

Loss with weight decay λ: L = cross_entropy(softmax(y), t) + ½ λ Σ_l ‖W_l‖² over every weight matrix (the output
layer's too; never biases, γ or β). Its gradient adds λ·W_l to each dW_l. The λ term is skipped when λ = 0.

Memory layout and the aliasing contract
---------------------------------------
All parameters live in one flat vector ``flat_params`` and all gradients in another, ``flat_grads``, of the same
length and layout. ``params['W1']``, ``params['b1']``, ``params['gamma1']``, ... are *views* into ``flat_params``,
and the layers hold these very arrays (``net.layers['Affine1'].W is net.params['W1']``). ``grads`` is laid out the
same way over ``flat_grads``. Consequences:

* An optimizer must update in place: ``params[k] -= lr * grads[k]`` trains the network;
  ``params[k] = params[k] - lr * grads[k]`` silently does not (it only rebinds the dict entry).
* An optimizer can instead update the whole network in one vectorised call on the flat vectors, e.g.
  ``opt.update({'all': net.flat_params}, {'all': net.flat_grads})``.
* :meth:`MultiLayerNet.gradient` returns the same ``grads`` dict every time, and its arrays are **overwritten by
  the next call**. Copy them to keep them.
"""
from __future__ import annotations

import copy
from collections import OrderedDict
from typing import Any

import numpy as np
import numpy.typing as npt

from model.cancel import check_cancelled
from model.init import init_weight, weight_scale
from model.layers import Affine, BatchNormalization, Dropout, Relu, Sigmoid, SoftmaxWithLoss, Tanh

ACTIVATION_LAYERS = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh}
"""Activation layer classes by the names used in configs and the UI."""

DEFAULT_EVAL_BATCH = 1000
"""``accuracy`` evaluates in chunks of this many samples to bound memory."""

DIVERGENCE_ERRSTATE = {"over": "ignore", "invalid": "ignore"}
"""A network trained with too large a learning rate diverges: that is a lesson, not an error. Its scores overflow
to inf and then NaN, silently (no RuntimeWarning); callers detect it with ``math.isfinite(net.last_loss)``."""


class MultiLayerNet:
    """Fully connected network: input_size → hidden_size_list → output_size, trained with softmax cross-entropy.

    Parameters (the book's names):
        input_size, hidden_size_list, output_size: layer widths, e.g. 784, [100]*4, 10.
        activation: 'relu', 'sigmoid' or 'tanh'.
        weight_init_std: a number (std), 'xavier'/'sigmoid' → √(1/n_in), 'he'/'relu' → √(2/n_in);
            used for every Affine layer including the output layer (see ``model.init``).
        weight_decay_lambda: λ ≥ 0 of the ½ λ Σ‖W‖² term. A plain attribute, so it may be changed between steps.
        use_dropout, dropout_ratio: the book's (non-inverted) Dropout after every hidden activation.
        use_batchnorm: BatchNormalization between every hidden Affine and its activation.
        dtype: float32 (default, fast) or float64 (gradient checks, comparison with the book).
        rng: the only source of randomness (initial weights, dropout masks). ``None`` means a fresh,
            unseeded ``np.random.default_rng()``.

    The weights are drawn layer by layer here, W = scale · rng.standard_normal((n_in, n_out)) in float64 and then
    stored in ``dtype``; biases and β are 0 and γ is 1 (no draws for them).

    Attributes:
        params: dict 'W1', 'b1', ['gamma1', 'beta1'], 'W2', ... of views into ``flat_params``; the layers' arrays.
        grads: dict with the same keys, views into ``flat_grads``; filled by :meth:`gradient`.
        flat_params, flat_grads: 1-D arrays of ``dtype`` holding every parameter / gradient.
        layers: OrderedDict of the layers (book names, see the module docstring); last_layer: SoftmaxWithLoss.
        last_loss: the training-mode loss (with the λ term) of the batch of the last :meth:`gradient` call.

    Divergence (inf/NaN after too large a step) raises no warnings: see ``DIVERGENCE_ERRSTATE``.
    """

    def __init__(self, input_size: int, hidden_size_list: list[int] | tuple[int, ...], output_size: int,
                 activation: str = "relu", weight_init_std: float | str = "relu",
                 weight_decay_lambda: float = 0, use_dropout: bool = False, dropout_ratio: float = 0.5,
                 use_batchnorm: bool = False, dtype: npt.DTypeLike = np.float32,
                 rng: np.random.Generator | None = None) -> None:
        self._build(input_size, hidden_size_list, output_size, activation, weight_init_std, weight_decay_lambda,
                    use_dropout, dropout_ratio, use_batchnorm, dtype,
                    np.random.default_rng() if rng is None else rng)
        for idx in range(1, self.hidden_layer_num + 2):
            n_in, n_out = self.params[f"W{idx}"].shape
            self.params[f"W{idx}"][...] = init_weight(self.rng, n_in, n_out, weight_init_std)

    # ----------------------------------------------------------------------------------------- construction
    def _build(self, input_size: int, hidden_size_list: list[int] | tuple[int, ...], output_size: int,
               activation: str, weight_init_std: float | str, weight_decay_lambda: float, use_dropout: bool,
               dropout_ratio: float, use_batchnorm: bool, dtype: npt.DTypeLike, rng: np.random.Generator) -> None:
        """Check the configuration, lay out the flat vectors and create the layers (no random draws)."""
        if activation not in ACTIVATION_LAYERS:
            raise ValueError(f"unknown activation '{activation}': use one of {sorted(ACTIVATION_LAYERS)}")
        sizes = [input_size, *hidden_size_list, output_size]
        if any(int(s) != s or s < 1 for s in sizes):
            raise ValueError(f"layer sizes must be positive integers, got {sizes}")
        weight_scale(weight_init_std, 1)  # raises ValueError for a bad spec
        if not weight_decay_lambda >= 0:
            raise ValueError(f"weight_decay_lambda must be >= 0, got {weight_decay_lambda}")
        if not 0 <= dropout_ratio < 1:
            raise ValueError(f"dropout_ratio must be in [0, 1), got {dropout_ratio}")
        dtype = np.dtype(dtype)
        if dtype not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64, got {dtype}")

        self.input_size = int(input_size)
        self.hidden_size_list = [int(s) for s in hidden_size_list]
        self.output_size = int(output_size)
        self.hidden_layer_num = len(self.hidden_size_list)
        self.activation = activation
        self.weight_init_std = weight_init_std
        self.weight_decay_lambda = weight_decay_lambda
        self.use_dropout = use_dropout
        self.dropout_ratio = dropout_ratio
        self.use_batchnorm = use_batchnorm
        self.dtype = dtype
        self.rng = rng
        self.last_loss: float | None = None

        sizes = [int(s) for s in sizes]
        shapes: list[tuple[str, tuple[int, ...]]] = []
        for idx in range(1, len(sizes)):
            shapes += [(f"W{idx}", (sizes[idx - 1], sizes[idx])), (f"b{idx}", (sizes[idx],))]
            if use_batchnorm and idx <= self.hidden_layer_num:
                shapes += [(f"gamma{idx}", (sizes[idx],)), (f"beta{idx}", (sizes[idx],))]
        total = sum(int(np.prod(shape)) for _, shape in shapes)
        self.flat_params = np.zeros(total, dtype=dtype)
        self.flat_grads = np.zeros(total, dtype=dtype)
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        offset = 0
        for key, shape in shapes:
            n = int(np.prod(shape))
            self.params[key] = self.flat_params[offset:offset + n].reshape(shape)
            self.grads[key] = self.flat_grads[offset:offset + n].reshape(shape)
            offset += n

        p, g = self.params, self.grads
        self.layers: OrderedDict[str, Any] = OrderedDict()
        for idx in range(1, self.hidden_layer_num + 1):
            self.layers[f"Affine{idx}"] = Affine(p[f"W{idx}"], p[f"b{idx}"], g[f"W{idx}"], g[f"b{idx}"],
                                                 need_dx=idx > 1)
            if use_batchnorm:
                p[f"gamma{idx}"][...] = 1
                self.layers[f"BatchNorm{idx}"] = BatchNormalization(p[f"gamma{idx}"], p[f"beta{idx}"],
                                                                    dgamma=g[f"gamma{idx}"], dbeta=g[f"beta{idx}"])
            self.layers[f"Activation_function{idx}"] = ACTIVATION_LAYERS[activation]()
            if use_dropout:
                self.layers[f"Dropout{idx}"] = Dropout(dropout_ratio, rng=rng)
        idx = self.hidden_layer_num + 1
        self.layers[f"Affine{idx}"] = Affine(p[f"W{idx}"], p[f"b{idx}"], g[f"W{idx}"], g[f"b{idx}"],
                                             need_dx=idx > 1)
        self.last_layer = SoftmaxWithLoss()

    def clone(self, rng: np.random.Generator | None = None, dtype: npt.DTypeLike | None = None) -> MultiLayerNet:
        """An independent deep copy: same configuration, parameter values and BN running statistics.

        Nothing is shared with this network, so several optimizers can each train a clone of one initial
        network. ``rng`` defaults to a copy of this network's generator in its current state (so clones draw the
        same dropout masks); ``dtype`` defaults to this network's (pass float64 for a gradient check).
        """
        twin = MultiLayerNet.__new__(MultiLayerNet)
        twin._build(self.input_size, self.hidden_size_list, self.output_size, self.activation,
                    self.weight_init_std, self.weight_decay_lambda, self.use_dropout, self.dropout_ratio,
                    self.use_batchnorm, self.dtype if dtype is None else dtype,
                    copy.deepcopy(self.rng) if rng is None else rng)
        twin.flat_params[...] = self.flat_params
        for name, layer in self.layers.items():
            if isinstance(layer, BatchNormalization) and layer.running_mean is not None:
                twin_layer = twin.layers[name]
                twin_layer.running_mean = layer.running_mean.astype(twin.dtype)  # astype copies
                twin_layer.running_var = layer.running_var.astype(twin.dtype)
        return twin

    # ------------------------------------------------------------------------------------------- the book's API
    def predict(self, x: np.ndarray, train_flg: bool = False) -> np.ndarray:
        """Scores (before softmax) for the rows of x, as a new array. BN and Dropout use training mode only if
        ``train_flg``; otherwise BN uses its running statistics and Dropout scales by (1 − ratio)."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            return self._forward(x, train_flg).copy()

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = False) -> float:
        """Cross-entropy of softmax(predict(x)) against t (integer labels or one-hot), plus ½ λ Σ‖W‖²."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            y = self._forward(x, train_flg)
            return self.last_layer.forward(y, t) + self._weight_decay_loss()

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Backpropagation in training mode: forward, then every layer's backward in reverse order.

        Returns ``self.grads``: the same dict and the same arrays (views into ``flat_grads``) on every call,
        **overwritten by the next call**. dW includes λ·W. The batch's loss is left in ``self.last_loss``.
        """
        with np.errstate(**DIVERGENCE_ERRSTATE):
            self.last_loss = self.loss(x, t, train_flg=True)

            dout = self.last_layer.backward(1.0)
            for layer in reversed(self.layers.values()):
                check_cancelled()  # a long step can be stopped between two layers (model/cancel.py)
                dout = layer.backward(dout)

            lam = self.weight_decay_lambda
            if lam != 0:
                for idx in range(1, self.hidden_layer_num + 2):
                    self.grads[f"W{idx}"] += lam * self.params[f"W{idx}"]
        return self.grads

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = DEFAULT_EVAL_BATCH) -> float:
        """Fraction of rows whose largest score is the label (t integers or one-hot), in test mode, evaluated
        ``batch_size`` rows at a time."""
        t = np.asarray(t)
        labels = t.argmax(axis=1) if t.ndim != 1 else t
        n = x.shape[0]
        if n == 0:
            return 0.0
        correct = 0
        with np.errstate(**DIVERGENCE_ERRSTATE):
            for start in range(0, n, batch_size):
                y = self._forward(x[start:start + batch_size], train_flg=False)
                correct += int(np.count_nonzero(y.argmax(axis=1) == labels[start:start + batch_size]))
        return correct / n

    # ----------------------------------------------------------------------------------------------- extras
    def hidden_activations(self, copy: bool = True) -> list[np.ndarray]:
        """Outputs of each hidden layer's activation function (after BN, before Dropout) from the last forward
        pass (``predict``, ``loss``, ``gradient`` or ``accuracy``, whose last chunk counts), one (N, width) array
        per hidden layer. With ``copy=False`` the arrays are the layers' buffers, overwritten by the next pass.
        Raises ``RuntimeError`` before any forward pass."""
        outs = [self.layers[f"Activation_function{i}"].out for i in range(1, self.hidden_layer_num + 1)]
        if any(o is None for o in outs):
            raise RuntimeError("no forward pass yet")
        return [o.copy() for o in outs] if copy else outs

    @property
    def dropout_layers(self) -> list[Dropout]:
        """The Dropout layers, in order (empty without dropout)."""
        return [layer for layer in self.layers.values() if isinstance(layer, Dropout)]

    @property
    def batchnorm_layers(self) -> list[BatchNormalization]:
        """The BatchNormalization layers, in order (empty without batch norm)."""
        return [layer for layer in self.layers.values() if isinstance(layer, BatchNormalization)]

    def _forward(self, x: np.ndarray, train_flg: bool) -> np.ndarray:
        """Run every layer's forward; returns the last Affine layer's buffer (overwritten by the next pass)."""
        for layer in self.layers.values():
            check_cancelled()  # a long step can be stopped between two layers (model/cancel.py)
            x = layer.forward(x, train_flg)
        return x

    def _weight_decay_loss(self) -> float:
        """½ λ Σ_l ‖W_l‖², or 0 without computing anything when λ = 0."""
        lam = self.weight_decay_lambda
        if lam == 0:
            return 0.0
        total = 0.0
        for idx in range(1, self.hidden_layer_num + 2):
            w = self.params[f"W{idx}"].ravel()
            total += float(np.dot(w, w))
        return 0.5 * lam * total

    def __repr__(self) -> str:
        sizes = "-".join(str(s) for s in [self.input_size, *self.hidden_size_list, self.output_size])
        extras = [f"activation={self.activation!r}", f"weight_init_std={self.weight_init_std!r}"]
        if self.weight_decay_lambda:
            extras.append(f"weight_decay_lambda={self.weight_decay_lambda}")
        if self.use_dropout:
            extras.append(f"dropout_ratio={self.dropout_ratio}")
        if self.use_batchnorm:
            extras.append("batchnorm")
        return f"MultiLayerNet({sizes}, {', '.join(extras)}, dtype={self.dtype.name})"
