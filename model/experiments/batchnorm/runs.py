"""One network of the sweep with its bookkeeping (losses, accuracies, divergence) and the inside-view histograms."""
from __future__ import annotations

import math

import numpy as np

from model.experiments.base import frozen_copy
from model.histograms import LayerHistogram, layer_histogram
from model.network import MultiLayerNet
from model.optimizers import SGD


class _Run:
    """One network, its history and divergence state."""

    def __init__(self, net: MultiLayerNet, epochs: int, total: int, eval_test: bool) -> None:
        self.net = net
        self.losses = np.full(total, np.nan)
        self.train_acc = np.full(epochs, np.nan)
        self.test_acc = np.full(epochs, np.nan) if eval_test else None
        self.epoch_loss = np.full(epochs, np.nan)
        self.diverged_at: int | None = None
        self.frozen_acc: tuple[float, float] | None = None  # (train, test) once diverged

    def train(self, i: int, x: np.ndarray, t: np.ndarray, opt: SGD) -> None:
        """Iteration i: gradient on the batch, then the SGD update (call inside ``np.errstate(all='ignore')``)."""
        if self.diverged_at is not None:
            return
        net = self.net
        net.gradient(x, t)
        loss = net.last_loss
        if loss is None or not math.isfinite(loss):
            self.diverged_at = i
            return
        self.losses[i] = loss
        opt.update({"all": net.flat_params}, {"all": net.flat_grads})
        # A float64 sum of float32 values cannot overflow: it is non-finite only if some parameter is.
        if not math.isfinite(float(np.add.reduce(net.flat_params, dtype=np.float64))):
            self.diverged_at = i

    def evaluate(self, k: int, x: np.ndarray, t: np.ndarray, x_test: np.ndarray | None,
                 t_test: np.ndarray | None, chunk: int) -> None:
        if self.frozen_acc is not None:
            train, test = self.frozen_acc
        else:
            train = self.net.accuracy(x, t, batch_size=chunk)
            test = self.net.accuracy(x_test, t_test, batch_size=chunk) if x_test is not None else math.nan
            if self.diverged_at is not None:
                self.frozen_acc = (train, test)
        self.train_acc[k] = train
        if self.test_acc is not None:
            self.test_acc[k] = test


def _histogram(layer: int, values: np.ndarray, activation: str, n_bins: int) -> LayerHistogram:
    """Bins over the activation's range: sigmoid [0, 1], tanh [−1, 1], ReLU [0, largest value] with the exact
    zeros (inactive units) counted apart."""
    if activation == "sigmoid":
        lo, hi = 0.0, 1.0
    elif activation == "tanh":
        lo, hi = -1.0, 1.0
    else:
        v = np.asarray(values, dtype=np.float64)
        finite = v[np.isfinite(v)]
        lo = min(0.0, float(finite.min())) if finite.size else 0.0
        top = float(finite.max()) if finite.size else lo
        hi = top if top > lo else lo + 1.0
    return layer_histogram(values, lo, hi, n_bins, layer=layer, zeros_apart=activation == "relu")


def _readonly64(a: np.ndarray) -> np.ndarray:
    return frozen_copy(np.asarray(a, dtype=np.float64))
