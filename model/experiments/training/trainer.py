"""The side-by-side trainer: every network takes one update on the same mini-batch per step."""
from __future__ import annotations

import time
from typing import Any, Sequence

import numpy as np

from model.datasets import Dataset, sample_batch
from model.experiments.training.contestant import Contestant
from model.experiments.training.evaluation import Evaluator
from model.experiments.training.snapshots import TrainingSnapshot


class SideBySideTrainer:
    """Trains every contestant on the same mini-batch sequence, one iteration per :meth:`step`.

    Args:
        dataset: training batches come from ``x_train``/``t_train``; accuracies use both parts.
        contestants: built by the lab (their networks must take the data set's 784 inputs).
        batch_size, iterations: mini-batch size (drawn with replacement) and iteration budget.
        batch_rng: the Generator of the batch indices (one ``choice(n_train, batch_size)`` per iteration).
        eval_every: accuracies are measured at iteration 0, every ``eval_every`` iterations and at the last one.
        eval_train_size: evenly spaced training images for the training accuracy (capped at the set's size).
        eval_test_size: evenly spaced test images for the test accuracy; None = the whole test set. The last
            evaluation always uses the whole test set.
        loss_after_update: record the loss re-evaluated after the update (the book) or the gradient pass's.
        eval_chunk: images per chunk of evaluation work. Each iteration does ⌈chunks / eval_every⌉ chunks (for all
            runs at once), so that an evaluation is finished before the next one is due.
    """

    def __init__(self, dataset: Dataset, contestants: Sequence[Contestant], *, batch_size: int, iterations: int,
                 batch_rng: np.random.Generator, eval_every: int, eval_train_size: int | None = 2000,
                 eval_test_size: int | None = None, loss_after_update: bool = True, eval_chunk: int = 500) -> None:
        if dataset.n_train < 1:
            raise ValueError(f"{dataset.name}: the data set has no training images")
        if not contestants:
            raise ValueError("at least one network is needed")
        self.dataset = dataset
        self.contestants = list(contestants)
        self.batch_size = int(batch_size)
        self.iterations = int(iterations)
        self.eval_every = int(eval_every)
        self.loss_after_update = bool(loss_after_update)
        self._rng = batch_rng
        self._step = 0
        self._elapsed = 0.0
        self.evaluator = Evaluator(dataset, eval_train_size, eval_test_size, eval_chunk)
        self._chunks_per_step = max(1, -(-self.evaluator.n_chunks // self.eval_every))
        self.evaluator.schedule(0, self.contestants)

    @staticmethod
    def eval_capacity(iterations: int, eval_every: int) -> int:
        """Number of evaluation points of a run: iteration 0, the multiples of ``eval_every`` and the last one."""
        return int(iterations) // int(eval_every) + 2

    @property
    def step_count(self) -> int:
        return self._step

    @property
    def elapsed(self) -> float:
        return self._elapsed

    @property
    def done(self) -> bool:
        return self._step >= self.iterations or not any(c.alive for c in self.contestants)

    def is_eval_point(self, step_no: int) -> bool:
        return step_no % self.eval_every == 0 or step_no == self.iterations

    def step(self) -> bool:
        """One iteration for every live contestant (nothing once ``done``). Returns True if this iteration was an
        evaluation point."""
        if self.done:
            return False
        t0 = time.perf_counter()
        k = self._step + 1
        x, t = sample_batch(self.dataset.x_train, self.dataset.t_train, self.batch_size, self._rng)
        with np.errstate(all="ignore"):
            for c in self.contestants:
                if c.alive:
                    c.train_step(x, t, k, self.loss_after_update)
            self._step = k
            eval_point = self.is_eval_point(k)
            if eval_point:
                self.evaluator.schedule(k, (c for c in self.contestants if c.alive), full_test=self.done)
            if self.done:
                self.evaluator.finish()
            else:
                self.evaluator.advance(self._chunks_per_step)
        self._elapsed += time.perf_counter() - t0
        return eval_point

    def snapshot(self) -> TrainingSnapshot:
        return TrainingSnapshot(**self.snapshot_fields())

    def snapshot_fields(self) -> dict[str, Any]:
        """The fields of a :class:`TrainingSnapshot`, for labs whose snapshot class extends it."""
        return dict(
            step=self._step,
            iterations=self.iterations,
            runs=tuple(c.snapshot() for c in self.contestants),
            elapsed=self._elapsed,
            iterations_per_second=self._step / self._elapsed if self._elapsed > 0 else 0.0,
            dataset=self.dataset.name,
            done=self.done,
        )
