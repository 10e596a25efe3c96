"""What the overfitting lab remembers of each run: per evaluation point the accuracies, the loss split into data
loss and decay term, the squared weight norm of every layer; and the latest confusion matrix and mistakes.

:class:`RunRecord` appends into preallocated arrays; :class:`RunHistory` is its frozen picture for the GUI (read-only
views of entries that never change once written, so a snapshot costs no copying).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from model.experiments.overfitting_eval import EvalResult


def _readonly(a: np.ndarray) -> np.ndarray:
    v = a.view()
    v.flags.writeable = False
    return v


@dataclass(frozen=True, eq=False)
class RunHistory:
    """One run's measurements at its evaluation points so far (index j = point j)."""

    name: str
    """"baseline" or "regularized"."""
    updates: np.ndarray
    """The update after which point j was measured (1 = after the first update)."""
    epochs: np.ndarray
    """(update − 1) / updates per epoch: the book's x axis (its first point is epoch 0)."""
    train_acc: np.ndarray
    test_acc: np.ndarray
    data_loss: np.ndarray
    """Mean cross-entropy of the mini-batches since the previous point (training mode, before each update)."""
    decay_term: np.ndarray
    """½ λ Σ_l ‖W_l‖² at the point, with the λ then in force (0 for the baseline)."""
    weight_norms: np.ndarray
    """(points, layers): ‖W_l‖² = Σ W_l² of every weight matrix, input layer first."""
    confusion: np.ndarray | None
    """Latest 10×10 confusion matrix of the test images scored (row: true, column: predicted); None before."""
    wrong: np.ndarray
    """Latest misclassified test images: indices into the data set's test images, in order."""
    wrong_pred: np.ndarray
    """Their predicted classes."""
    diverged_step: int | None
    """The update whose loss or weights became non-finite; None if the run is healthy."""

    @property
    def diverged(self) -> bool:
        return self.diverged_step is not None

    @property
    def points(self) -> int:
        return len(self.updates)

    def _last(self, a: np.ndarray) -> float:
        return float(a[-1]) if len(a) else math.nan

    @property
    def final_train_acc(self) -> float:
        """Latest training accuracy (NaN before the first point)."""
        return self._last(self.train_acc)

    @property
    def final_test_acc(self) -> float:
        return self._last(self.test_acc)

    @property
    def gap(self) -> float:
        """Latest training accuracy − test accuracy."""
        return self.final_train_acc - self.final_test_acc

    @property
    def total_loss(self) -> np.ndarray:
        """Data loss + decay term (what weight decay minimises)."""
        return self.data_loss + self.decay_term


class RunRecord:
    """Append-only measurements of one run (see :class:`RunHistory`)."""

    def __init__(self, name: str, capacity: int, n_layers: int) -> None:
        self.name = name
        cap = max(int(capacity), 1)
        self._updates = np.zeros(cap, dtype=np.int64)
        self._cols = {key: np.zeros(cap) for key in ("epochs", "train_acc", "test_acc", "data_loss", "decay_term")}
        self._norms = np.zeros((cap, n_layers))
        self._n = 0
        self.pending: tuple | None = None
        """(update, epoch, mean data loss, decay term, norms) measured when the pending evaluation was scheduled."""
        self.diverged_step: int | None = None
        self._latest: EvalResult | None = None

    def add(self, result: EvalResult) -> None:
        """Append the point of ``result`` with the losses and norms noted in ``pending``."""
        update, epoch, loss, decay, norms = self.pending
        if update != result.update:
            raise ValueError(f"evaluation of update {result.update} does not match the pending {update}")
        if self._n == len(self._updates):
            self._grow()
        i = self._n
        self._updates[i] = update
        for key, value in (("epochs", epoch), ("train_acc", result.train_acc), ("test_acc", result.test_acc),
                           ("data_loss", loss), ("decay_term", decay)):
            self._cols[key][i] = value
        self._norms[i] = norms
        self._n += 1
        self._latest = result
        self.pending = None

    def _grow(self) -> None:
        """Double the capacity (new arrays, so views handed out earlier keep their values)."""
        self._updates = np.concatenate((self._updates, np.zeros_like(self._updates)))
        self._cols = {k: np.concatenate((a, np.zeros_like(a))) for k, a in self._cols.items()}
        self._norms = np.concatenate((self._norms, np.zeros_like(self._norms)))

    def snapshot(self) -> RunHistory:
        n, latest = self._n, self._latest
        empty = _readonly(np.zeros(0, dtype=np.int64))
        return RunHistory(
            name=self.name, updates=_readonly(self._updates[:n]),
            **{k: _readonly(a[:n]) for k, a in self._cols.items()},
            weight_norms=_readonly(self._norms[:n]),
            confusion=None if latest is None else _readonly(latest.confusion),
            wrong=empty if latest is None else _readonly(latest.wrong),
            wrong_pred=empty if latest is None else _readonly(latest.wrong_pred),
            diverged_step=self.diverged_step)
