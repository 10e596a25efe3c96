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

    ``x_eval`` must begin with the training images, in order (a trial scores its training and validation images).
    Its first layer's output S = X_eval·W1 is kept up to date instead of recomputed: an update changes it by
    ΔS = −η·(X_eval·X_bᵀ)·D = −η·G[:, idx]·D (after S ← (1 − η·λ)·S), E·B·H multiply-adds, so a batch's first
    layer is rows of S and scoring needs no first-layer product at all. For the book's trial (400 training and 100
    validation images, 4 updates an epoch) that is 20 M multiply-adds an epoch instead of 36 M.

    W1 itself (c·W1₀ + X_trᵀ·A) is followed by the overfitting lab's ``FirstLayerTracker`` for :meth:`finish`;
    ``net.params['W1']`` stays at its initial value while training.
    """

    def __init__(self, net: MultiLayerNet, x_train: np.ndarray, x_eval: np.ndarray,
                 gram_eval_t: np.ndarray | None = None, fresh: bool = True) -> None:
        """``gram_eval_t``: :meth:`gram` of these images, if already made. ``fresh`` False: S is left unset, for
        :meth:`restore`."""
        self.net = net
        w1_initial = net.params["W1"]
        self.gram_eval_t = self.gram(x_train, x_eval) if gram_eval_t is None else gram_eval_t
        self.s_eval = np.dot(x_eval, w1_initial) if fresh else np.empty((len(x_eval), w1_initial.shape[1]),
                                                                        w1_initial.dtype)
        self.tracker = FirstLayerTracker(len(x_train), w1_initial.shape[1], w1_initial.dtype, x_train, w1_initial,
                                         batches=False)  # S below gives the batches' first layer
        self._rest = list(net.layers.values())[1:]
        self._scratch = np.empty_like(net.flat_params)
        net.grads["W1"][...] = 0  # never written: the flat update leaves W1 at W1₀

    @staticmethod
    def gram(x_train: np.ndarray, x_eval: np.ndarray) -> np.ndarray:
        """X_tr·X_evalᵀ, row j = X_eval·x_jᵀ (G's column j), C-contiguous."""
        return np.ascontiguousarray(np.dot(x_train, x_eval.T))

    def step(self, idx: np.ndarray, t_batch: np.ndarray, lr: float) -> float:
        """One SGD update on the training rows ``idx``; returns the batch's data loss before the update."""
        net = self.net
        first_out = self.s_eval[idx] + net.params["b1"]
        loss, d_first = sgd_update(net, None, t_batch, lr, self._scratch, first_out)
        lam = net.weight_decay_lambda
        with np.errstate(**DIVERGENCE_ERRSTATE):
            self.tracker.update(idx, d_first, lr, lam)
            if lam != 0:
                self.s_eval *= self.s_eval.dtype.type(1.0 - lr * lam)
            delta = np.dot(self.gram_eval_t[idx].T, d_first)
            delta *= delta.dtype.type(-lr)
            self.s_eval += delta
        return float(loss)

    def predict(self) -> np.ndarray:
        """Predicted classes of every row of ``x_eval``, in test mode."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            y = self.s_eval + self.net.params["b1"]
            for layer in self._rest:
                y = layer.forward(y, False)
        return y.argmax(axis=1)

    def state(self) -> dict:
        """Copies of what :meth:`step` updates besides the network's flat parameters (A, c, S)."""
        return {"A": self.tracker.A.copy(), "c": self.tracker.c, "S": self.s_eval.copy()}

    def restore(self, state: dict) -> None:
        """Go on from :meth:`state` (the network's flat parameters are restored by the caller)."""
        self.tracker.A[...] = state["A"]
        self.tracker.c = state["c"]
        self.s_eval[...] = state["S"]

    def finite(self) -> bool:
        """Whether every parameter (A and c included) is still a finite number."""
        return (bool(np.isfinite(self.net.flat_params).all()) and self.tracker.finite()
                and bool(np.isfinite(self.s_eval).all()))

    def finish(self) -> None:
        """Write the trained W1 = c·W1₀ + X_trᵀ·A into ``net.params['W1']``."""
        with np.errstate(**DIVERGENCE_ERRSTATE):
            self.net.params["W1"][...] = self.tracker.w1()
