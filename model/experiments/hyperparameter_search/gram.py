"""SGD for a search trial with the first layer in the span of the training images (exact, cheaper arithmetic).

With plain SGD every update of the first weight matrix is W1 ← (1 − η·λ)·W1 − η·X_bᵀ·D, where X_b holds training
images and D = ∂L/∂(X_b·W1 + b1) is the gradient at the first layer's output. So, by induction,

    W1 = c·W1₀ + X_trᵀ·A          (c a scalar, A an N×H matrix; c = 1, A = 0 at the start)
    c ← (1 − η·λ)·c,   A ← (1 − η·λ)·A − η·Sᵀ·D      (Sᵀ·D adds row j of D to row idx_j of A)

and for any images E, E·W1 = c·(E·W1₀) + (E·X_trᵀ)·A. With the Gram matrix G = E·X_trᵀ and P₀ = E·W1₀ computed once
per trial, a batch's first layer costs B·N·H multiply-adds instead of B·784·H, and its weight gradient X_bᵀ·D
(another B·784·H) is not formed at all. For the book's 400 training images that is the largest part of a trial's
arithmetic. The results are those of ``MultiLayerNet.gradient`` followed by ``SGD.update`` up to float32 rounding
(tests compare the two). Used for SGD only: the other optimizers scale each weight on its own, which leaves the span.
"""
from __future__ import annotations

import numpy as np

from model.experiments.overfitting_eval import GRAM_MAX_TRAIN, FirstLayerTracker
from model.network import DIVERGENCE_ERRSTATE, MultiLayerNet

__all__ = ["GramSGD", "GRAM_MAX_TRAIN"]

class GramSGD:
    """Trains ``net`` by SGD on rows of ``x_train`` and scores it on ``x_eval`` (any images), first layer in span form.

    ``net.params['W1']`` is left at its initial value while training; :meth:`finish` writes the trained W1 into it.
    """

    def __init__(self, net: MultiLayerNet, x_train: np.ndarray, x_eval: np.ndarray) -> None:
        self.net = net
        w1_initial = net.params["W1"].copy()
        self._x_train = x_train
        self._w1_initial = w1_initial
        self.gram_eval = np.dot(x_eval, x_train.T)
        self.p0_eval = np.dot(x_eval, w1_initial)
        self.gram_train = np.dot(x_train, x_train.T)
        self.p0_train = np.dot(x_train, w1_initial)
        self.tracker = FirstLayerTracker(len(x_train), w1_initial.shape[1], w1_initial.dtype)
        self._rest = list(net.layers.values())[1:]
        self._scratch = np.empty_like(net.flat_params)
        net.grads["W1"][...] = 0  # never written: the flat update leaves W1 at W1₀

    def _first_layer(self, gram_rows: np.ndarray, p0_rows: np.ndarray) -> np.ndarray:
        """E·W1 + b1 for the images whose Gram rows and E·W1₀ rows are given."""
        z = np.dot(gram_rows, self.tracker.A)
        z += p0_rows * p0_rows.dtype.type(self.tracker.c)
        z += self.net.params["b1"]
        return z

    def step(self, idx: np.ndarray, t_batch: np.ndarray, lr: float) -> float:
        """One SGD update on the training rows ``idx``; returns the batch's data loss before the update."""
        net = self.net
        with np.errstate(**DIVERGENCE_ERRSTATE):
            y = self._first_layer(self.gram_train[idx], self.p0_train[idx])
            for layer in self._rest:
                y = layer.forward(y, True)
            loss = net.last_layer.forward(y, t_batch)
            dout = net.last_layer.backward(1.0)
            for layer in reversed(self._rest):
                dout = layer.backward(dout)
            # dout is now D, the gradient at the first layer's output
            np.sum(dout, axis=0, out=net.grads["b1"])
            lam = net.weight_decay_lambda
            if lam != 0:
                for i in range(2, net.hidden_layer_num + 2):
                    net.grads[f"W{i}"] += lam * net.params[f"W{i}"]
            np.multiply(net.flat_grads, lr, out=self._scratch)
            net.flat_params -= self._scratch
            self.tracker.update(idx, dout, lr, lam)
        return float(loss)

    def predict(self) -> np.ndarray:
        """Predicted classes of every row of ``x_eval``, in test mode."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            y = self._first_layer(self.gram_eval, self.p0_eval)
            for layer in self._rest:
                y = layer.forward(y, False)
        return y.argmax(axis=1)

    def finite(self) -> bool:
        """Whether every parameter (A and c included) is still a finite number."""
        return bool(np.isfinite(self.net.flat_params).all() and np.isfinite(self.tracker.A).all()
                    and np.isfinite(self.tracker.c))

    def finish(self) -> None:
        """Write the trained W1 = c·W1₀ + X_trᵀ·A into ``net.params['W1']``."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            w1 = np.dot(self._x_train.T, self.tracker.A)
            w1 += self._w1_initial * self._w1_initial.dtype.type(self.tracker.c)
        self.net.params["W1"][...] = w1
