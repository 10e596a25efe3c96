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

Pausing (successive halving): with ``until`` < epochs the trial stops after that epoch and its result carries a
:class:`TrialState`; ``run_trial(..., resume=state)`` goes on from there, in any worker, with the numbers an
uninterrupted trial gives (bit for bit: the state holds every array the trainer updates and the random stream).
"""
from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass, field

import numpy as np

from model.datasets import to_float32
from model.experiments.hyperparameter_search.gram import GRAM_MAX_TRAIN, GramSGD
from model.experiments.overfitting_eval import FirstLayerTracker
from model.experiments.hyperparameter_search.space import TrialSpec, trial_rng
from model.network import MultiLayerNet
from model.optimizers import create_optimizer

__all__ = ["TrialSettings", "TrialResult", "TrialState", "run_trial", "build_network", "SearchData", "state_params"]


@dataclass(frozen=True, eq=False)
class SearchData:
    """What every worker receives once: the first ``n`` training images (uint8) and their labels.

    ``prepared`` keeps, per split, the float images and the span form's Gram matrix that every trial of a search
    needs (:meth:`split`): a worker makes them for its first job only (14 ms, a sixth of a 6-epoch job)."""

    x: np.ndarray
    t: np.ndarray
    prepared: dict = field(default_factory=dict, repr=False)

    SPLITS_KEPT = 2

    def split(self, train_idx: np.ndarray, val_idx: np.ndarray, dtype: str) -> "PreparedSplit":
        key = (np.asarray(train_idx).tobytes(), np.asarray(val_idx).tobytes(), dtype)
        found = self.prepared.get(key)
        if found is None:
            x_train = to_float32(self.x[train_idx]).astype(dtype, copy=False)
            x_val = to_float32(self.x[val_idx]).astype(dtype, copy=False)
            found = PreparedSplit(x_train, np.asarray(self.t[train_idx]), x_val, np.asarray(self.t[val_idx]))
            while len(self.prepared) >= self.SPLITS_KEPT:
                self.prepared.pop(next(iter(self.prepared)))
            self.prepared[key] = found
        return found


class PreparedSplit:
    """A split's images as floats, and (made on first use) the span form's Gram matrix of them."""

    def __init__(self, x_train: np.ndarray, t_train: np.ndarray, x_val: np.ndarray, t_val: np.ndarray) -> None:
        self.x_train, self.t_train, self.x_val, self.t_val = x_train, t_train, x_val, t_val
        self.x_eval = np.concatenate([x_train, x_val])
        self._gram: np.ndarray | None = None

    @property
    def gram_eval_t(self) -> np.ndarray:
        """X_tr·X_evalᵀ (``GramSGD``'s Gram matrix; read-only, shared by the trials)."""
        if self._gram is None:
            self._gram = GramSGD.gram(self.x_train, self.x_eval)
            self._gram.flags.writeable = False
        return self._gram


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
class TrialState:
    """A paused trial: everything needed to go on (about 0.9 MB for the book's network, float32)."""

    epoch: int
    """Epochs trained so far."""
    val_acc: np.ndarray
    train_acc: np.ndarray
    seconds: float
    """Worker time spent so far."""
    flat_params: np.ndarray
    """The network's flat parameter vector (span form: W1's part still holds W1₀, see ``gram.py``)."""
    trainer: dict
    """The trainer's own arrays (span form: A, c and S; the book's loop: the optimizer)."""
    rng: dict
    """The trial's random stream (``bit_generator.state``)."""


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
    """Stopped early (median rule, or not promoted by successive halving)."""
    params: np.ndarray | None
    state: TrialState | None = None
    """Set when the trial paused at ``until`` (successive halving): pass it back as ``resume`` to go on."""

    @property
    def paused(self) -> bool:
        return self.state is not None


def build_network(spec: TrialSpec, n_in: int, n_out: int, dtype: str, rng: np.random.Generator | None = None
                  ) -> MultiLayerNet:
    """The trial's network: n_in-[width]×layers-n_out, ReLU, He initial weights, weight decay λ."""
    return MultiLayerNet(n_in, [spec.hidden_width] * spec.hidden_layers, n_out, activation="relu",
                         weight_init_std="he", weight_decay_lambda=spec.weight_decay, dtype=dtype, rng=rng)


def run_trial(data: SearchData, spec: TrialSpec, settings: TrialSettings, train_idx: np.ndarray,
              val_idx: np.ndarray, stop_table: np.ndarray | None = None, keep_params: bool = True,
              until: int | None = None, resume: TrialState | None = None) -> TrialResult:
    """Train one network (see the module docstring) and score it on the validation images.

    ``until``: pause after this many epochs (fewer than ``settings.epochs``) and return the state in the result
    (``params`` is then None; :func:`state_params` gives them). ``resume``: the state of a paused run to go on from.
    """
    start = time.perf_counter()
    split = data.split(train_idx, val_idx, settings.dtype)
    x_train, t_train, x_val, t_val = split.x_train, split.t_train, split.x_val, split.t_val
    rng = trial_rng(settings.seed, spec.index)
    net = build_network(spec, x_train.shape[1], 10, settings.dtype, rng)
    n_train = len(x_train)
    per_epoch = max(int(round(n_train / settings.batch_size)), 1)
    val_acc = np.full(settings.epochs, np.nan)
    train_acc = np.full(settings.epochs, np.nan)
    if _span_form(spec, settings, n_train):
        trainer = _SpanTrainer(net, split, spec.lr, fresh=resume is None)
    else:
        trainer = _BookTrainer(net, x_train, t_train, x_val, t_val, spec)
    first_epoch, spent = 0, 0.0
    if resume is not None:
        first_epoch, spent = resume.epoch, resume.seconds
        val_acc[:first_epoch], train_acc[:first_epoch] = resume.val_acc, resume.train_acc
        net.flat_params[...] = resume.flat_params
        trainer.restore(resume.trainer)
        rng.bit_generator.state = resume.rng
    last = settings.epochs if until is None else min(int(until), settings.epochs)
    diverged = stopped = False
    epochs_run = first_epoch
    for epoch in range(first_epoch, last):
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
    seconds = spent + time.perf_counter() - start
    state = None
    if epochs_run < settings.epochs and not (diverged or stopped):
        state = TrialState(epochs_run, val_acc[:epochs_run].copy(), train_acc[:epochs_run].copy(), seconds,
                           net.flat_params.copy(), trainer.state(), rng.bit_generator.state)
        keep_params = False
    if keep_params and not diverged:
        trainer.finish()
    return TrialResult(
        index=spec.index, val_acc=val_acc[:epochs_run].copy(), train_acc=train_acc[:epochs_run].copy(),
        epochs_run=epochs_run, seconds=seconds, diverged=diverged, stopped=stopped,
        params=net.flat_params.copy() if keep_params and not diverged else None, state=state)


def state_params(data: SearchData, spec: TrialSpec, settings: TrialSettings, train_idx: np.ndarray,
                 state: TrialState) -> np.ndarray:
    """The flat parameters of a paused trial, as a finished trial's ``params`` (span form: W1 formed)."""
    flat = state.flat_params.copy()
    x_train = to_float32(data.x[train_idx]).astype(settings.dtype, copy=False)
    if _span_form(spec, settings, len(x_train)):
        w1 = flat[: x_train.shape[1] * spec.hidden_width].reshape(x_train.shape[1], spec.hidden_width)  # holds W1₀
        tracker = FirstLayerTracker(len(x_train), spec.hidden_width, w1.dtype, x_train, w1, batches=False)
        tracker.A[...], tracker.c = state.trainer["A"], state.trainer["c"]
        w1[...] = tracker.w1()
    return flat


def _span_form(spec: TrialSpec, settings: TrialSettings, n_train: int) -> bool:
    return settings.span_form and spec.optimizer == "SGD" and 0 < n_train <= GRAM_MAX_TRAIN


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

    def state(self) -> dict:
        return {"optimizer": copy.deepcopy(self.optimizer)}

    def restore(self, state: dict) -> None:
        self.optimizer = copy.deepcopy(state["optimizer"])


class _SpanTrainer:
    """Plain SGD with the first layer in span form (:class:`GramSGD`); one forward pass scores both sets."""

    def __init__(self, net: MultiLayerNet, split: PreparedSplit, lr: float, fresh: bool = True) -> None:
        self.gram = GramSGD(net, split.x_train, split.x_eval, split.gram_eval_t, fresh)
        self.t_train, self.n_train, self.lr = split.t_train, len(split.x_train), lr
        self.labels = np.concatenate([split.t_train, split.t_val])
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

    def state(self) -> dict:
        return self.gram.state()

    def restore(self, state: dict) -> None:
        self.gram.restore(state)
