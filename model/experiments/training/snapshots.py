"""Snapshots of side-by-side training: one :class:`RunSnapshot` per network inside a :class:`TrainingSnapshot`."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class RunSnapshot:
    """One contestant at the time of the snapshot. Arrays are read-only and never change afterwards.

    ``losses[i]`` is the mini-batch loss of iteration i + 1 (so ``len(losses)`` iterations are recorded: the step
    count, or ``diverged_step - 1`` for a diverged run). ``smoothed = smooth_curve(losses)``.
    ``eval_steps[j]`` is the iteration (0 = before training) at which ``train_acc[j]`` (on the fixed training
    subset) and ``test_acc[j]`` were measured; an accuracy over zero images is NaN.
    """

    name: str
    """Unique name of the run in its experiment (e.g. "Adam", "SGD#2", "He", "std=0.01")."""
    optimizer: str
    """Optimizer class name, a key of ``model.optimizers.OPTIMIZERS``."""
    losses: np.ndarray
    smoothed: np.ndarray
    eval_steps: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray
    diverged: bool
    diverged_step: int | None
    """The iteration (1-based) whose loss or parameters became non-finite; None if the run is healthy."""
    hyperparameters: dict[str, float]
    """The optimizer's current hyperparameters (a fresh dict)."""

    @property
    def iterations_done(self) -> int:
        """Iterations recorded in ``losses``."""
        return len(self.losses)

    @property
    def last_loss(self) -> float:
        """The latest mini-batch loss (NaN before the first iteration)."""
        return float(self.losses[-1]) if len(self.losses) else math.nan

    def mean_loss(self, last: int = 100) -> float:
        """Mean of the last ``last`` mini-batch losses (NaN before the first iteration)."""
        tail = self.losses[-last:]
        return float(tail.mean()) if len(tail) else math.nan

    @property
    def final_test_acc(self) -> float:
        """The latest test accuracy (NaN before the first evaluation has finished)."""
        return float(self.test_acc[-1]) if len(self.test_acc) else math.nan

    @property
    def final_train_acc(self) -> float:
        """The latest training-subset accuracy (NaN before the first evaluation has finished)."""
        return float(self.train_acc[-1]) if len(self.train_acc) else math.nan


@dataclass(frozen=True, eq=False)
class TrainingSnapshot:
    """Every contestant at one moment."""

    step: int
    """Iterations made so far (one iteration = one update of every live run)."""
    iterations: int
    """Iterations planned."""
    runs: tuple[RunSnapshot, ...]
    """One per contestant, in the experiment's order."""
    elapsed: float
    """Seconds spent inside ``step()`` so far (training, batches and evaluation; pauses excluded)."""
    iterations_per_second: float
    """``step / elapsed`` (0 before the first iteration)."""
    dataset: str
    """Name of the data set (e.g. "MNIST", "MNIST 5k")."""
    done: bool

    def run(self, name: str) -> RunSnapshot:
        """The run called ``name`` (``KeyError`` if there is none)."""
        for r in self.runs:
            if r.name == name:
                return r
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.runs)


def _readonly_view(a: np.ndarray) -> np.ndarray:
    v = a.view()
    v.flags.writeable = False
    return v
