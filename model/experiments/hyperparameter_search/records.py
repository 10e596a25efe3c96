"""Finished trials and the picture of a search the GUI draws (frozen, read-only arrays), and the CSV table."""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass

import numpy as np

from model.experiments.base import frozen_copy
from model.experiments.hyperparameter_search.config import SearchConfig
from model.experiments.hyperparameter_search.space import Round, TrialSpec
from model.experiments.hyperparameter_search.trial import TrialResult
from model.files import atomic_open

__all__ = ["TrialRecord", "SearchSnapshot", "make_record", "write_csv", "CSV_COLUMNS",
           "OK", "STOPPED", "DIVERGED", "FAILED", "CANCELLED"]

OK, STOPPED, DIVERGED, FAILED, CANCELLED = "ok", "stopped", "diverged", "failed", "cancelled"

CSV_COLUMNS = ("trial", "lr", "weight_decay", "val_acc", "train_acc", "epochs", "seconds",
               "round", "optimizer", "hidden_layers", "hidden_width", "status")

_EMPTY = frozen_copy(np.empty(0))


@dataclass(frozen=True, eq=False)
class TrialRecord:
    """A trial that has finished (or failed). ``val_acc``/``train_acc`` are the last epoch's (NaN if failed)."""

    spec: TrialSpec
    status: str
    val_acc: float
    train_acc: float
    epochs: int
    epochs_planned: int
    seconds: float
    val_curve: np.ndarray
    train_curve: np.ndarray
    message: str = ""

    @property
    def index(self) -> int:
        return self.spec.index

    @property
    def round(self) -> int:
        return self.spec.round

    @property
    def lr(self) -> float:
        return self.spec.lr

    @property
    def weight_decay(self) -> float:
        return self.spec.weight_decay

    @property
    def stopped(self) -> bool:
        return self.status == STOPPED

    @property
    def saved_seconds(self) -> float:
        """Time early stopping saved: the epochs not trained at this trial's own pace."""
        if not self.stopped or self.epochs == 0:
            return 0.0
        return self.seconds / self.epochs * (self.epochs_planned - self.epochs)


def make_record(spec: TrialSpec, result: TrialResult | None, epochs: int, status: str | None = None,
                message: str = "") -> TrialRecord:
    """A record from a worker's result (its status from the result unless ``status`` is given), or a failed one
    (``result`` None)."""
    if result is None:
        return TrialRecord(spec, status or FAILED, math.nan, math.nan, 0, epochs, 0.0, _EMPTY, _EMPTY, message)
    if status is None:
        status = DIVERGED if result.diverged else STOPPED if result.stopped else OK
    val = float(result.val_acc[-1]) if len(result.val_acc) else math.nan
    train = float(result.train_acc[-1]) if len(result.train_acc) else math.nan
    return TrialRecord(spec, status, val, train, result.epochs_run, epochs, result.seconds,
                       frozen_copy(result.val_acc), frozen_copy(result.train_acc), message)


@dataclass(frozen=True, eq=False)
class SearchSnapshot:
    """The search at one moment (see ``HyperparameterSearch.snapshot``)."""

    step: int
    config: SearchConfig
    records: tuple[TrialRecord, ...]
    """Every finished trial, earlier rounds first, then in the order they finished."""
    running: tuple[TrialSpec, ...]
    rounds: tuple[Round, ...]
    best_k: tuple[TrialRecord, ...]
    """The ``top_k`` best by final validation accuracy (ties: lower index first); cancelled trials (paused at a
    rung of successive halving when the search was cancelled) are not candidates."""
    best_index: int | None
    best_params: np.ndarray | None
    test_acc: float | None
    """The best trial's accuracy on the test set: only once the search is done."""
    test_images: int
    elapsed: float
    saved_seconds: float
    saved_epochs: int
    trained_epochs: int
    workers: int
    done: bool
    cancelled: bool
    cancelled_trials: int
    n_train: int
    n_val: int

    @property
    def planned(self) -> int:
        """Trials in all rounds."""
        return sum(r.trials for r in self.rounds)

    @property
    def best(self) -> TrialRecord | None:
        return self.best_k[0] if self.best_k else None

    def column(self, name: str, records: tuple[TrialRecord, ...] | None = None) -> np.ndarray:
        """One attribute of every record as an array (``"lr"``, ``"weight_decay"``, ``"val_acc"``, ``"round"``...)."""
        recs = self.records if records is None else records
        return np.array([getattr(r, name) for r in recs], dtype=np.float64)


def write_csv(snapshot: SearchSnapshot, path: str) -> None:
    """One row per finished trial, in trial order, with ``CSV_COLUMNS`` (atomic write)."""
    with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for r in sorted(snapshot.records, key=lambda rec: rec.index):
            s = r.spec
            writer.writerow([s.index, repr(s.lr), repr(s.weight_decay), _num(r.val_acc), _num(r.train_acc),
                             r.epochs, f"{r.seconds:.4f}", s.round, s.optimizer, s.hidden_layers, s.hidden_width,
                             r.status])


def _num(v: float) -> str:
    return "" if not math.isfinite(v) else repr(float(v))
