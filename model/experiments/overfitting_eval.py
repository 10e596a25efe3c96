"""The overfitting lab's inner loop: one SGD update that remembers the first layer's gradient, and a test-mode
evaluation of thousands of images per epoch that is cheap enough to run every epoch on all 10,000 test images.

Training (:func:`sgd_update`): the book's backpropagation through ``MultiLayerNet``'s layers (the same arithmetic as
``MultiLayerNet.gradient``), then W ← W − lr·(∂L/∂W + λW). It keeps D = ∂L/∂(X_b·W1 + b1), the gradient at the
first layer's output, because the first weight matrix's update is W1 ← (1 − lr·λ)·W1 − lr·X_bᵀ·D.

The first layer in the span of the training images (:class:`FirstLayerTracker`): every row of X_b is a training
image, so by induction W1 = c·W1₀ + X_trᵀ·A at every step, with the scalar c and the N×H matrix A updated as

    c ← (1 − lr·λ)·c,   A ← (1 − lr·λ)·A − lr·Sᵀ·D      (Sᵀ·D adds row j of D to row idx_j of A)

Training uses it too: a batch's first layer is G_tr[idx]·A + c·P₀[idx] + b1 (G_tr = X_tr·X_trᵀ, P₀ = X_tr·W1₀), and
the 784×H gradient X_bᵀ·D is never formed; W1 itself is written back before the last evaluation, and ‖W1‖² comes
from c²‖W1₀‖² + 2c⟨P₀, A⟩ + ⟨A, G_tr·A⟩. Then for any images E (the test set), E·W1 = c·(E·W1₀) + (E·X_trᵀ)·A. ``E·W1₀`` and the Gram matrix
``G = E·X_trᵀ`` are computed once; each evaluation then costs R·N·H instead of R·784·H multiply-adds: 2.6 times
less for the book's 300 training images. Used only while N is well below 784 (``GRAM_MAX_TRAIN``); the results
equal the direct product up to float32 rounding (tests compare the predictions).

Evaluation (:class:`EvalJob`): at an evaluation point the parameters of each live network are frozen (copied);
the rows are then scored in chunks over the following steps, so that no ``step()`` takes long. Test mode as in the
book: ReLU, then the non-inverted Dropout's scaling by (1 − ratio), no randomness.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from model.cancel import check_cancelled
from model.datasets import to_float32
from model.network import DIVERGENCE_ERRSTATE, MultiLayerNet

GRAM_MAX_TRAIN = 588
"""Use the Gram form of the first layer up to this many training images (3/4 of the 784 pixels: above, the direct
product is as cheap and needs no N-column Gram matrix)."""

EVAL_CHUNK = 2048
"""Rows scored per chunk of an evaluation (large enough for fast matrix products, small enough for the cache)."""


# ---------------------------------------------------------------------------------------------------- training


def sgd_update(net: MultiLayerNet, x: np.ndarray | None, t: np.ndarray, lr: float,
               scratch: np.ndarray, first_out: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    """One SGD step of ``net`` on the batch (x, t) in training mode; returns (data loss, D).

    The data loss is the batch's cross-entropy *before* the update, without the ½λΣ‖W‖² term. D is the gradient at
    the first Affine layer's output (a layer buffer: valid until the next pass through ``net``). ``scratch`` is a
    work vector shaped like ``net.flat_params``. Floating-point warnings are silenced: divergence is a result.

    With ``first_out`` (the first layer's output X_b·W1 + b1, computed by a :class:`FirstLayerTracker`) the first
    Affine layer is skipped both ways and W1 is left as it is: the tracker follows it (only b1 is updated here).
    """
    with np.errstate(**DIVERGENCE_ERRSTATE):
        layers = list(net.layers.values())
        tracked = first_out is not None
        y = first_out if tracked else x
        for layer in layers[1:] if tracked else layers:
            y = layer.forward(y, True)
        data_loss = net.last_layer.forward(y, t)
        dout = net.last_layer.backward(1.0)
        for layer in reversed(layers[1:]):
            dout = layer.backward(dout)
        d_first = dout
        if tracked:
            np.sum(dout, axis=0, out=net.grads["b1"])  # ∂L/∂b1; ∂L/∂W1 stays 0 (the tracker applies it)
        else:
            layers[0].backward(dout)
        lam = net.weight_decay_lambda
        if lam != 0:
            for idx in range(2 if tracked else 1, net.hidden_layer_num + 2):
                net.grads[f"W{idx}"] += lam * net.params[f"W{idx}"]
        start = net.params["W1"].size if tracked else 0  # W1 comes first in the flat vector; tracked, it stays
        np.multiply(net.flat_grads[start:], lr, out=scratch[start:])
        net.flat_params[start:] -= scratch[start:]
    return data_loss, d_first


def add_rows(a: np.ndarray, idx: np.ndarray, rows: np.ndarray) -> None:
    """a[idx_j] += rows[j] for every j, repeated indices adding up (``np.add.at``, about 1.3 times faster here):
    the rows are sorted by index, each run of equal indices summed (``np.add.reduceat``) and added once."""
    order = np.argsort(idx, kind="stable")
    sorted_idx = idx[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_idx[1:] != sorted_idx[:-1])))
    a[sorted_idx[starts]] += np.add.reduceat(rows[order], starts, axis=0)


def squared_weight_norms(net_params: dict[str, np.ndarray], n_layers: int) -> np.ndarray:
    """‖W_l‖² = Σ W_l² for l = 1..n_layers (float64)."""
    out = np.empty(n_layers)
    for idx in range(1, n_layers + 1):
        w = net_params[f"W{idx}"].ravel()
        out[idx - 1] = float(np.dot(w, w))
    return out


class FirstLayerTracker:
    """W1 = c·W1₀ + X_trᵀ·A for a network trained by SGD on rows of X_tr (see the module docstring).

    With ``x_train`` and ``w1_initial`` it also computes the training batches' first layer in this form
    (:meth:`first_out`: G_tr[idx]·A + c·P₀[idx] + b1 with G_tr = X_tr·X_trᵀ and P₀ = X_tr·W1₀, N·H multiply-adds a
    row instead of 784·H, and no 784×H weight gradient), ‖W1‖² (:meth:`squared_norm`) and W1 itself (:meth:`w1`).
    """

    def __init__(self, n_train: int, width: int, dtype: np.dtype, x_train: np.ndarray | None = None,
                 w1_initial: np.ndarray | None = None, batches: bool = True) -> None:
        """``batches`` False: only W1 itself is followed (:meth:`w1`), for a caller that forms the batches' first
        layer its own way; the N×N Gram matrix behind :meth:`first_out` and :meth:`squared_norm` is not made."""
        self.c = 1.0
        self.A = np.zeros((n_train, width), dtype=dtype)
        self._x = x_train
        self._w1_initial = None if w1_initial is None else w1_initial.copy()
        if batches and x_train is not None and w1_initial is not None:
            self.gram_train = np.dot(x_train, x_train.T)
            self.p0_train = np.dot(x_train, self._w1_initial)
            self._w1_initial_sq = float(np.dot(self._w1_initial.ravel(), self._w1_initial.ravel()))

    def update(self, idx: np.ndarray, d_first: np.ndarray, lr: float, lam: float) -> None:
        """Follow W1 ← (1 − lr·λ)·W1 − lr·X_bᵀ·D for the batch rows ``idx`` of X_tr."""
        shrink = 1.0 - lr * lam
        if shrink != 1.0:
            self.c *= shrink
            self.A *= shrink
        add_rows(self.A, idx, d_first * (-lr))

    def first_out(self, idx: np.ndarray, b1: np.ndarray) -> np.ndarray:
        """X_tr[idx]·W1 + b1 = G_tr[idx]·A + c·P₀[idx] + b1 (a new array)."""
        z = np.dot(self.gram_train[idx], self.A)
        z += self.p0_train[idx] * z.dtype.type(self.c)
        z += b1
        return z

    def squared_norm(self) -> float:
        """‖W1‖² = c²‖W1₀‖² + 2c⟨P₀, A⟩ + ⟨A, G_tr·A⟩ (products in the network's precision, sum in float64)."""
        a = self.A
        ga = np.dot(self.gram_train, a)
        return (self.c ** 2 * self._w1_initial_sq + 2 * self.c * float(np.vdot(self.p0_train, a))
                + float(np.vdot(a, ga)))

    def w1(self) -> np.ndarray:
        """W1 = c·W1₀ + X_trᵀ·A."""
        w = np.dot(self._x.T, self.A)
        w += self._w1_initial * w.dtype.type(self.c)
        return w

    def finite(self) -> bool:
        return bool(np.isfinite(self.A).all() and math.isfinite(self.c))


# -------------------------------------------------------------------------------------------------- evaluation


class EvalRows:
    """The images one evaluation scores: ``n_train`` training images (rows ``train_idx`` of the training set, or
    all) followed by test images (rows ``test_idx``, or all), with their labels.

    With ``x_train_gram`` (the float32 training images, N ≤ ``GRAM_MAX_TRAIN``) and ``w1_initial`` it precomputes
    the Gram matrix G = E·X_trᵀ and E·W1₀ for the Gram form of the first layer; otherwise rows are converted to
    float32 a chunk at a time.
    """

    def __init__(self, x_train: np.ndarray, t_train: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
                 train_idx: np.ndarray | None, test_idx: np.ndarray | None,
                 x_train_gram: np.ndarray | None = None, w1_initial: np.ndarray | None = None) -> None:
        self._tr = x_train if train_idx is None else x_train[train_idx]
        self._te = x_test if test_idx is None else x_test[test_idx]
        labels_tr = t_train if train_idx is None else t_train[train_idx]
        labels_te = t_test if test_idx is None else t_test[test_idx]
        self.labels = np.concatenate([labels_tr, labels_te]).astype(np.int64)
        self.n_train = len(self._tr)
        self.n_test = len(self._te)
        self.test_idx = np.arange(len(x_test)) if test_idx is None else np.asarray(test_idx)
        self.gram: np.ndarray | None = None
        self.p0: np.ndarray | None = None
        if x_train_gram is not None and w1_initial is not None:
            e = self.rows(0, len(self))
            self.gram = np.dot(e, x_train_gram.T)
            self.p0 = np.dot(e, w1_initial)

    def __len__(self) -> int:
        return self.n_train + self.n_test

    def rows(self, lo: int, hi: int) -> np.ndarray:
        """Rows lo..hi as float32 in [0, 1]."""
        parts = []
        if lo < self.n_train:
            parts.append(self._tr[lo:min(hi, self.n_train)])
        if hi > self.n_train:
            parts.append(self._te[max(lo - self.n_train, 0):hi - self.n_train])
        return to_float32(parts[0] if len(parts) == 1 else np.concatenate(parts))


@dataclass
class FrozenNet:
    """A network's parameters at an evaluation point (copies), in the form the test-mode forward needs."""

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    keep: float
    """1 − dropout ratio: the book's test-time scaling after every hidden ReLU (1 without dropout); already
    multiplied into ``weights[1:]``."""
    gram_c: float | None = None
    gram_a: np.ndarray | None = None

    @classmethod
    def of(cls, net: MultiLayerNet, tracker: FirstLayerTracker | None) -> FrozenNet:
        """Copies of ``net``'s parameters; the dropout scaling is folded into the weights that follow each hidden
        layer, max(0, z)·keep·W = max(0, z)·(keep·W), which saves a pass over every hidden activation."""
        n = net.hidden_layer_num + 1
        keep = 1.0 - net.dropout_ratio if net.use_dropout else 1.0
        weights = [net.params["W1"].copy()]
        for i in range(2, n + 1):
            w = net.params[f"W{i}"]
            weights.append(w * w.dtype.type(keep) if keep != 1.0 else w.copy())
        frozen = cls(weights, [net.params[f"b{i}"].copy() for i in range(1, n + 1)], keep)
        if tracker is not None:
            frozen.gram_c, frozen.gram_a = tracker.c, tracker.A.copy()
        return frozen

    def predict(self, rows: EvalRows, lo: int, hi: int) -> np.ndarray:
        """Predicted classes of rows lo..hi: the argmax of :meth:`scores`."""
        return self.scores(rows, lo, hi).argmax(axis=1)

    def scores(self, rows: EvalRows, lo: int, hi: int) -> np.ndarray:
        """Scores (before softmax) of rows lo..hi in test mode: h ← max(0, h·W + b)·keep through the hidden layers,
        then the output layer's h·W + b."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            if self.gram_a is not None and rows.gram is not None:
                z = np.dot(rows.gram[lo:hi], self.gram_a)
                z += self.gram_c * rows.p0[lo:hi]
            else:
                z = np.dot(rows.rows(lo, hi), self.weights[0])
            z += self.biases[0]
            for w, b in zip(self.weights[1:], self.biases[1:]):
                np.maximum(z, 0, out=z)
                z = np.dot(z, w)  # w holds keep·W
                z += b
        return z


class _Background:
    """``fn(*args)`` in a new thread; ``result()`` joins it and returns its value (or raises its exception)."""

    def __init__(self, fn, *args) -> None:
        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(fn, args), daemon=True)
        self._thread.start()

    def _run(self, fn, args) -> None:
        try:
            self._value = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


@dataclass(frozen=True)
class EvalResult:
    """Accuracies of one network at one evaluation point, with the test part's confusion matrix and errors."""

    update: int
    train_acc: float
    test_acc: float
    confusion: np.ndarray
    """10×10 counts, row = true class, column = predicted class, over the evaluated test images."""
    wrong: np.ndarray
    """Indices (into the data set's test images) of the misclassified test images, in order."""
    wrong_pred: np.ndarray
    """The predicted class of each of them."""


class EvalJob:
    """One evaluation point of several networks, scored a chunk at a time (``advance``) until ``complete``."""

    def __init__(self, update: int, nets: dict[str, FrozenNet], rows: EvalRows, n_classes: int) -> None:
        self.update = update
        self.nets = nets
        self.rows = rows
        self.n_classes = n_classes
        self.preds = {name: np.empty(len(rows), dtype=np.int64) for name in nets}
        self.cursor = 0
        self._background: _Background | None = None

    @property
    def n_chunks(self) -> int:
        return max(1, math.ceil(len(self.rows) / EVAL_CHUNK))

    @property
    def complete(self) -> bool:
        """Every row scored (a job in the background is waited for by :meth:`results` instead)."""
        return self.cursor >= len(self.rows)

    @property
    def in_background(self) -> bool:
        return self._background is not None

    def start_background(self) -> None:
        """Score every row in a background thread while the caller goes on training (the networks are frozen
        copies; NumPy releases the GIL in its products, so training and scoring share the two cores).
        :meth:`results` waits for it."""
        self._background = _Background(self._advance_now, self.n_chunks)

    def advance(self, chunks: int) -> None:
        """Score the next ``chunks`` chunks (see :meth:`_advance_now`); for a job in the background, wait for it."""
        if self._background is not None:
            self._background.result()
        else:
            self._advance_now(chunks)

    def _advance_now(self, chunks: int) -> None:
        """Score the next ``chunks`` chunks of rows for every network (the first network in a second thread: NumPy
        releases the GIL in its matrix products, so the two networks use both cores)."""
        for _ in range(chunks):
            if self.complete:
                return
            check_cancelled()  # closing the window need not wait for a long evaluation (model/cancel.py)
            lo, hi = self.cursor, min(self.cursor + EVAL_CHUNK, len(self.rows))
            items = list(self.nets.items())
            helper = _Background(items[0][1].predict, self.rows, lo, hi) if len(items) > 1 else None
            for name, frozen in items[1 if helper else 0:]:
                self.preds[name][lo:hi] = frozen.predict(self.rows, lo, hi)
            if helper is not None:
                self.preds[items[0][0]][lo:hi] = helper.result()
            self.cursor = hi

    def results(self) -> dict[str, EvalResult]:
        """Finish (if needed) and return each network's result."""
        self.advance(self.n_chunks)
        rows, k = self.rows, self.rows.n_train
        out = {}
        for name, pred in self.preds.items():
            hit = pred == rows.labels
            t_test, p_test = rows.labels[k:], pred[k:]
            confusion = np.bincount(t_test * self.n_classes + p_test,
                                    minlength=self.n_classes ** 2).reshape(self.n_classes, self.n_classes)
            wrong = np.flatnonzero(~hit[k:])
            out[name] = EvalResult(
                update=self.update,
                train_acc=float(hit[:k].mean()) if k else math.nan,
                test_acc=float(hit[k:].mean()) if rows.n_test else math.nan,
                confusion=confusion, wrong=rows.test_idx[wrong], wrong_pred=p_test[wrong])
        return out
