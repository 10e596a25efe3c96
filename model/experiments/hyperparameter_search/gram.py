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

from model.experiments.overfitting_eval import GRAM_MAX_TRAIN, FirstLayerTracker, sgd_update
from model.network import DIVERGENCE_ERRSTATE, MultiLayerNet

__all__ = ["GramSGD", "GRAM_MAX_TRAIN"]


class GramSGD:
    """Trains ``net`` by SGD on rows of ``x_train`` and scores it on ``x_eval`` (any images), first layer in span form.

    The span form and the update are the overfitting lab's (``FirstLayerTracker``, ``sgd_update``).
    ``net.params['W1']`` is left at its initial value while training; :meth:`finish` writes the trained W1 into it.
    """

    def __init__(self, net: MultiLayerNet, x_train: np.ndarray, x_eval: np.ndarray) -> None:
        self.net = net
        w1_initial = net.params["W1"]
        self.gram_eval = np.dot(x_eval, x_train.T)
        self.p0_eval = np.dot(x_eval, w1_initial)
        self.tracker = FirstLayerTracker(len(x_train), w1_initial.shape[1], w1_initial.dtype, x_train, w1_initial)
        self._rest = list(net.layers.values())[1:]
        self._scratch = np.empty_like(net.flat_params)
        net.grads["W1"][...] = 0  # never written: the flat update leaves W1 at W1₀

    def step(self, idx: np.ndarray, t_batch: np.ndarray, lr: float) -> float:
        """One SGD update on the training rows ``idx``; returns the batch's data loss before the update."""
        net = self.net
        first_out = self.tracker.first_out(idx, net.params["b1"])
        loss, d_first = sgd_update(net, None, t_batch, lr, self._scratch, first_out)
        with np.errstate(**DIVERGENCE_ERRSTATE):
            self.tracker.update(idx, d_first, lr, net.weight_decay_lambda)
        return float(loss)

    def predict(self) -> np.ndarray:
        """Predicted classes of every row of ``x_eval``, in test mode."""
        tracker = self.tracker
        with np.errstate(**DIVERGENCE_ERRSTATE):
            y = np.dot(self.gram_eval, tracker.A)
            y += self.p0_eval * y.dtype.type(tracker.c)
            y += self.net.params["b1"]
            for layer in self._rest:
                y = layer.forward(y, False)
        return y.argmax(axis=1)

    def finite(self) -> bool:
        """Whether every parameter (A and c included) is still a finite number."""
        return bool(np.isfinite(self.net.flat_params).all()) and self.tracker.finite()

    def finish(self) -> None:
        """Write the trained W1 = c·W1₀ + X_trᵀ·A into ``net.params['W1']``."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            self.net.params["W1"][...] = self.tracker.w1()
