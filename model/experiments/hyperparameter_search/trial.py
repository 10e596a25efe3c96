"""One trial of a hyperparameter search, as run in a worker process (book §6.5.3, ``hyperparameter_optimization.py``).

The book's ``Trainer`` with a validation set in place of the test set::

    network = MultiLayerNet(784, [100]*6, 10, weight_decay_lambda=λ)       # ReLU, He initial weights
    for each of `epochs` epochs:
        repeat iterations_per_epoch = max(round(n_train / batch_size), 1) times:
            batch = batch_size training images drawn WITH replacement      # the book's np.random.choice
            W ← update(W, ∇L(batch))                                       # SGD: W ← W − η ∇L (+ λW in ∇L)
        train_acc[epoch], val_acc[epoch] = accuracy on all training / validation images

The score of a trial is its last validation accuracy. The test set never reaches a worker: hyperparameters chosen on
test data would make the test accuracy an optimistic, worthless estimate (the book's reason for validation data).

Fast on purpose: float32, one vectorised optimizer update on the flat parameter vector, each accuracy in one
forward pass over the whole (small) set, no loss recomputed after the update, the data converted once per trial.
SGD trials keep the first layer in the span of the training images (``gram.py``): the same network up to float32
rounding, with about a third less arithmetic per trial for the book's 400 training images.

Early stopping (median rule): with a ``stop_table`` (median validation accuracy per epoch of earlier trials), a trial
whose validation accuracy at epoch e ≥ ``grace_epochs`` falls below ``stop_table[e]`` stops there; its result says so.
A trial whose loss or weights become non-finite (too large a learning rate) is marked diverged and stops.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from model.datasets import to_float32
from model.experiments.hyperparameter_search.gram import GRAM_MAX_TRAIN, GramSGD
from model.experiments.hyperparameter_search.space import TrialSpec, trial_rng
from model.network import MultiLayerNet
from model.optimizers import create_optimizer

__all__ = ["TrialSettings", "TrialResult", "run_trial", "build_network", "SearchData"]


@dataclass(frozen=True)
class SearchData:
    """What every worker receives once: the first ``n`` training images (uint8) and their labels."""

    x: np.ndarray
    t: np.ndarray


@dataclass(frozen=True)
class TrialSettings:
    """The parts of a search that every trial shares (sent with each job; a few numbers)."""

    seed: int = 0
    epochs: int = 50
    batch_size: int = 100
    dtype: str = "float32"
    grace_epochs: int = 10
    """Early stopping never stops a trial before this many epochs."""
    span_form: bool = True
    """Train SGD trials with the first layer in the span of the training images (``gram.py``: the same numbers up
    to float32 rounding, about half the arithmetic); False runs ``MultiLayerNet.gradient`` as the book does."""


@dataclass(frozen=True, eq=False)
class TrialResult:
    """What a worker sends back. ``params`` (the trained weights, flat) lets the coordinator measure the chosen
    best on the test set at the very end; the coordinator keeps only the best one."""

    index: int
    val_acc: np.ndarray
    """Validation accuracy after each epoch trained (length ``epochs_run``)."""
    train_acc: np.ndarray
    epochs_run: int
    seconds: float
    diverged: bool
    stopped: bool
    """Stopped early by the median rule."""
    params: np.ndarray | None


def build_network(spec: TrialSpec, n_in: int, n_out: int, dtype: str, rng: np.random.Generator | None = None
                  ) -> MultiLayerNet:
    """The trial's network: n_in-[width]×layers-n_out, ReLU, He initial weights, weight decay λ."""
    return MultiLayerNet(n_in, [spec.hidden_width] * spec.hidden_layers, n_out, activation="relu",
                         weight_init_std="he", weight_decay_lambda=spec.weight_decay, dtype=dtype, rng=rng)


def run_trial(data: SearchData, spec: TrialSpec, settings: TrialSettings, train_idx: np.ndarray,
              val_idx: np.ndarray, stop_table: np.ndarray | None = None, keep_params: bool = True) -> TrialResult:
    """Train one network (see the module docstring) and score it on the validation images."""
    start = time.perf_counter()
    x_train, t_train = to_float32(data.x[train_idx]), np.asarray(data.t[train_idx])
    x_val, t_val = to_float32(data.x[val_idx]), np.asarray(data.t[val_idx])
    if settings.dtype != "float32":
        x_train, x_val = x_train.astype(settings.dtype), x_val.astype(settings.dtype)
    rng = trial_rng(settings.seed, spec.index)
    net = build_network(spec, x_train.shape[1], 10, settings.dtype, rng)
    n_train = len(x_train)
    per_epoch = max(int(round(n_train / settings.batch_size)), 1)
    val_acc = np.full(settings.epochs, np.nan)
    train_acc = np.full(settings.epochs, np.nan)
    if settings.span_form and spec.optimizer == "SGD" and 0 < n_train <= GRAM_MAX_TRAIN:
        trainer = _SpanTrainer(net, x_train, t_train, x_val, t_val, spec.lr)
    else:
        trainer = _BookTrainer(net, x_train, t_train, x_val, t_val, spec)
    diverged = stopped = False
    epochs_run = 0
    for epoch in range(settings.epochs):
        for _ in range(per_epoch):
            trainer.step(rng.integers(0, n_train, settings.batch_size))
        epochs_run = epoch + 1
        train_acc[epoch], val_acc[epoch] = trainer.accuracies()
        if not trainer.finite():
            diverged = True
            break
        if (stop_table is not None and epoch + 1 >= settings.grace_epochs and epoch < len(stop_table)
                and val_acc[epoch] < stop_table[epoch]):
            stopped = True
            break
    if keep_params and not diverged:
        trainer.finish()
    return TrialResult(
        index=spec.index, val_acc=val_acc[:epochs_run].copy(), train_acc=train_acc[:epochs_run].copy(),
        epochs_run=epochs_run, seconds=time.perf_counter() - start, diverged=diverged, stopped=stopped,
        params=net.flat_params.copy() if keep_params and not diverged else None)


class _BookTrainer:
    """The book's loop: ``net.gradient`` then ``optimizer.update`` on the flat parameter vector."""

    def __init__(self, net: MultiLayerNet, x_train: np.ndarray, t_train: np.ndarray, x_val: np.ndarray,
                 t_val: np.ndarray, spec: TrialSpec) -> None:
        self.net, self.x_train, self.t_train, self.x_val, self.t_val = net, x_train, t_train, x_val, t_val
        self.optimizer = create_optimizer(spec.optimizer, lr=spec.lr)
        self.params, self.grads = {"all": net.flat_params}, {"all": net.flat_grads}

    def step(self, idx: np.ndarray) -> None:
        self.net.gradient(self.x_train[idx], self.t_train[idx])
        self.optimizer.update(self.params, self.grads)

    def accuracies(self) -> tuple[float, float]:
        net = self.net
        return (net.accuracy(self.x_train, self.t_train, batch_size=len(self.x_train)),
                net.accuracy(self.x_val, self.t_val, batch_size=max(len(self.x_val), 1)))

    def finite(self) -> bool:
        return math.isfinite(self.net.last_loss) and bool(np.isfinite(self.net.flat_params).all())

    def finish(self) -> None:
        """Nothing to do: the network holds its trained weights."""


class _SpanTrainer:
    """Plain SGD with the first layer in span form (:class:`GramSGD`); one forward pass scores both sets."""

    def __init__(self, net: MultiLayerNet, x_train: np.ndarray, t_train: np.ndarray, x_val: np.ndarray,
                 t_val: np.ndarray, lr: float) -> None:
        self.gram = GramSGD(net, x_train, np.concatenate([x_train, x_val]))
        self.t_train, self.labels, self.n_train, self.lr = t_train, np.concatenate([t_train, t_val]), len(x_train), lr
        self.loss = 0.0

    def step(self, idx: np.ndarray) -> None:
        self.loss = self.gram.step(idx, self.t_train[idx], self.lr)

    def accuracies(self) -> tuple[float, float]:
        hit = self.gram.predict() == self.labels
        n_val = len(hit) - self.n_train
        return float(hit[:self.n_train].mean()), float(hit[self.n_train:].mean()) if n_val else 0.0

    def finite(self) -> bool:
        return math.isfinite(self.loss) and self.gram.finite()

    def finish(self) -> None:
        self.gram.finish()
