"""Random search over learning rate and weight decay (book §6.5), run on worker processes, as an experiment.

The book's recipe: take validation data out of the training data (the first 500 training images, shuffled; 20 % for
validation), draw the hyperparameters at random from wide ranges on a log scale, train each trial briefly, score it
on the validation data, then narrow the ranges around the good trials and repeat. The test data are used once, at
the very end, for the chosen best; never to choose.

:class:`HyperparameterSearch` is the coordinator (it follows ``model.experiments.base.Experiment``): ``step()`` is
quick (it waits at most ``POLL_SECONDS`` for a trial to finish, collects finished trials, submits new ones), the
training runs in a :class:`model.pool.WorkerPool`. Results do not depend on the number of workers: the trials and
their random streams derive from the seed and the trial index only (see ``space``), and early stopping compares a
trial only with earlier *waves* of trials, which are complete before the trial starts.

Failures: a trial raising an exception is marked failed. A worker that crashes breaks the process pool, and every
trial it was running fails with ``BrokenProcessPool``; the pool is restarted and those trials are run again one at
a time, so that the one that crashes again is found and marked failed, and the search goes on.

Successive halving (``early_stop="halving"``): each trial is a chain of jobs, one per rung (``config.rungs``). A
job trains to its rung and returns the paused trial's state. Once every trial of the round has reached rung k (or
diverged, or failed), the best ⌈n/3⌉ of the n that reached it, by validation accuracy there (ties: lower index), go
on from their states; the others stop there. A trial that already has ⌈N/3⌉ better ones waiting (N: the trials that
could reach the rung) cannot be kept and stops at once, so it shows up before the rung is complete. The decision
uses only complete rungs, so it does not depend on the number of workers either.

Narrowing: build a new search with ``previous=`` the last snapshot and new ranges; it keeps the earlier rounds'
trials and numbers them on.
"""
from __future__ import annotations

import dataclasses
import math
import time
from collections import deque
from dataclasses import dataclass
from concurrent.futures import FIRST_COMPLETED, Future, wait
from typing import Any, Callable

import numpy as np

from model.datasets import Dataset, to_float32
from model.experiments.base import check_live_keys
from model.experiments.hyperparameter_search.config import HALVING_RATE, SearchConfig
from model.experiments.hyperparameter_search.records import (CANCELLED, FAILED, SearchSnapshot, TrialRecord,
                                                             make_record)
from model.experiments.hyperparameter_search.space import Round, TrialSpec, draw_trials
from model.experiments.hyperparameter_search.trial import (SearchData, TrialResult, TrialSettings, TrialState,
                                                           build_network, run_trial, state_params)
from model.experiments.hyperparameter_search.space import SPLIT_STREAM
from model.experiments.training import stream_rng
from model.pool import BrokenProcessPool, WorkerPool

__all__ = ["HyperparameterSearch", "search_data", "split_indices", "POLL_SECONDS", "TEST_CHUNK"]

POLL_SECONDS = 0.02
"""Longest a ``step()`` waits for a trial to finish."""
TEST_CHUNK = 2000
"""Test images evaluated per ``step()`` at the end (the whole test set takes a few steps)."""
CRASH_MESSAGE = "the worker process running this trial crashed"


def search_data(dataset: Dataset, n_data: int) -> SearchData:
    """What the workers need: the first ``n_data`` training images and labels (never the test set)."""
    n = min(int(n_data), dataset.n_train)
    return SearchData(dataset.x_train[:n], dataset.t_train[:n])


def split_indices(seed: int, n: int, val_fraction: float) -> tuple[np.ndarray, np.ndarray]:
    """(training, validation) indices: a permutation of the n images; the first ``val_fraction`` of it validates
    (the book: ``shuffle_dataset``, then the first 20 %)."""
    perm = stream_rng(seed, SPLIT_STREAM).permutation(n)
    n_val = int(n * val_fraction)
    return np.sort(perm[n_val:]), np.sort(perm[:n_val])


@dataclass(frozen=True)
class _Job:
    """One job for a worker: train ``spec`` up to rung ``level`` (the full epochs without halving), from ``resume``."""

    spec: TrialSpec
    level: int = 0
    resume: TrialState | None = None


class HyperparameterSearch:
    """One round of random search (see the module docstring).

    ``HyperparameterSearch(config, dataset, pool=None, previous=None, trial_fn=run_trial)``. Without ``pool`` the
    search makes its own (``config.workers``) and shuts it down when done; with one, the caller owns it.
    ``trial_fn(data, spec, settings, train_idx, val_idx, stop_table)`` must be a module-level function.
    Live change: ``apply({"cancel": True})`` stops now, keeps the finished trials and tests the best so far.
    """

    LIVE_FIELDS = frozenset({"cancel"})

    def __init__(self, config: SearchConfig | None = None, dataset: Dataset | None = None,
                 pool: WorkerPool | None = None, previous: SearchSnapshot | None = None,
                 trial_fn: Callable[..., Any] = run_trial) -> None:
        if dataset is None:
            raise ValueError("a data set is needed (e.g. model.datasets.load_bundled_mnist())")
        self.config = cfg = config if config is not None else SearchConfig()
        self.dataset = dataset
        data = search_data(dataset, cfg.n_data)
        if len(data.x) < 2:
            raise ValueError("n_data: the search needs at least 2 training images")
        self._own_pool = pool is None
        self.pool = pool if pool is not None else WorkerPool(data, cfg.workers, cfg.address)
        self._train_idx, self._val_idx = split_indices(cfg.seed, len(data.x), cfg.val_fraction)
        if len(self._val_idx) == 0 or len(self._train_idx) == 0:
            raise ValueError("val_fraction: leaves no training or no validation images")
        self._settings = TrialSettings(cfg.seed, cfg.epochs, cfg.batch_size, cfg.dtype, cfg.grace)
        self._trial_fn = trial_fn

        prev_records = previous.records if previous is not None else ()
        prev_rounds = previous.rounds if previous is not None else ()
        first = max((r.index for r in prev_records), default=-1) + 1
        if prev_rounds:
            first = max(first, prev_rounds[-1].first_index + prev_rounds[-1].trials)
        self.round = Round(len(prev_rounds), cfg.lr_log10, cfg.wd_log10, cfg.trials, first)
        self._rounds = (*prev_rounds, self.round)
        self._records: list[TrialRecord] = list(prev_records)
        self._best_index = previous.best_index if previous is not None else None
        self._best_params = previous.best_params if previous is not None else None
        self._queue: deque[_Job] = deque(_Job(spec) for spec in draw_trials(
            cfg.seed, self.round, cfg.optimizers, cfg.hidden_layers, cfg.hidden_widths))
        self._running: dict[Future, _Job] = {}
        self._suspects: deque[_Job] = deque()
        self._halving = cfg.early_stop == "halving"
        self._rungs = cfg.rungs
        self._waiting: list[list[tuple[TrialSpec, TrialResult]]] = [[] for _ in self._rungs]
        """Per rung: the trials paused there, still in the running for the next rung."""
        self._reached = [0] * len(self._rungs)
        self._entrants = [len(self._queue)] + [0] * (len(self._rungs) - 1)
        """Per rung: the trials that set out for it (an upper bound of the trials that reach it)."""
        self._decided = [False] * len(self._rungs)
        self._isolating = False
        self._round_records: dict[int, TrialRecord] = {}
        self._stop_tables: dict[int, np.ndarray | None] = {}
        self._steps = 0
        self._t0: float | None = None
        self._elapsed = 0.0
        self._phase = "search"
        self._cancelled = False
        self._cancelled_count = 0
        self._test_correct = 0
        self._test_seen = 0
        self._test_net = None
        self.test_acc: float | None = None

    # ------------------------------------------------------------------------------------------------- contract
    @property
    def done(self) -> bool:
        return self._phase == "done"

    @property
    def step_count(self) -> int:
        return self._steps

    def step(self) -> None:
        """Collect finished trials, submit new ones; at the end, measure the best on a chunk of the test set."""
        self._steps += 1
        if self._t0 is None:
            self._t0 = time.perf_counter()
        if self._phase == "search" and not self.pool.ready():
            # Workers still starting (a new interpreter each): wait a moment, never long, so a stop is never kept
            # waiting by a start-up (model/pool.py).
            self.pool.start()
            self.pool.wait_ready(POLL_SECONDS)
        elif self._phase == "search":
            self._collect(POLL_SECONDS if self._running else 0.0)
            self._decide_rungs()
            self._submit()
            if not (self._queue or self._running or self._suspects):
                self._phase = "test"
        elif self._phase == "test":
            self._test_chunk()
        if self._phase != "done":
            self._elapsed = time.perf_counter() - self._t0

    def apply(self, changes: dict[str, Any]) -> None:
        check_live_keys(changes, self.LIVE_FIELDS)
        if changes.get("cancel") and self._phase == "search":
            self.cancel()

    def cancel(self) -> None:
        """Stop now: drop the trials not started, stop the running ones, keep every finished one; with successive
        halving, a trial paused at a rung is kept too (status CANCELLED: shown, exported, never chosen as the best)."""
        self._cancelled = True
        jobs = [*self._queue, *self._running.values(), *self._suspects]
        self._cancelled_count = sum(1 for j in jobs if j.resume is None)
        # Trials paused at a rung (waiting there, or on their way to the next one) are kept with what they trained.
        paused = [(spec, result.state) for waiting in self._waiting for spec, result in waiting]
        paused += [(j.spec, j.resume) for j in jobs if j.resume is not None]
        for spec, state in sorted(paused, key=lambda item: item[0].index):
            result = TrialResult(spec.index, state.val_acc, state.train_acc, state.epoch, state.seconds, False, False,
                                 None)
            self._record(make_record(spec, result, self.config.epochs, CANCELLED))
        for waiting in self._waiting:
            waiting.clear()
        self._queue.clear()
        self._suspects.clear()
        self._running.clear()
        self.pool.terminate()
        self._phase = "test"

    def close(self) -> None:
        """Shut the pool down if this search made it."""
        if self._own_pool:
            self.pool.shutdown()

    # ---------------------------------------------------------------------------------------------- scheduling
    def _wave_of(self, spec: TrialSpec) -> int:
        return (spec.index - self.round.first_index) // self.config.wave

    def _stop_table(self, wave: int) -> np.ndarray | None:
        """Median validation accuracy per epoch of this round's trials in waves before ``wave`` (NaN where fewer
        than 3 trials reached the epoch: no stopping there)."""
        if self.config.early_stop != "median" or wave == 0:
            return None
        if wave not in self._stop_tables:
            curves = [r.val_curve for r in self._round_records.values()
                      if r.status != FAILED and self._wave_of(r.spec) < wave]
            table = np.full(self.config.epochs, np.nan)
            for e in range(self.config.epochs):
                values = [c[e] for c in curves if len(c) > e]
                if len(values) >= 3:
                    table[e] = float(np.median(values))
            self._stop_tables[wave] = table
        return self._stop_tables[wave]

    def _wave_ready(self, spec: TrialSpec) -> bool:
        """With early stopping, a trial starts only once every trial of the earlier waves has finished."""
        if self.config.early_stop != "median":
            return True
        wave = self._wave_of(spec)
        earlier = wave * self.config.wave
        return sum(1 for r in self._round_records.values() if self._wave_of(r.spec) < wave) >= earlier

    def _submit(self) -> None:
        if self._suspects:  # after a crash: one trial at a time until the culprit is found
            if not self._running and self._launch(self._suspects[0]):
                self._suspects.popleft()
                self._isolating = True
            return
        limit = self.pool.workers + 1
        while self._queue and len(self._running) < limit and self._wave_ready(self._queue[0].spec):
            if not self._launch(self._queue[0]):
                return
            self._queue.popleft()

    def _launch(self, job: _Job) -> bool:
        """Submit one job; False if the pool broke before its crashed jobs were collected (try again later)."""
        spec = job.spec
        table = self._stop_table(self._wave_of(spec))
        args: tuple = (spec, self._settings, self._train_idx, self._val_idx, table)
        if self._halving:
            last = job.level == len(self._rungs) - 1
            args += (True, None if last else self._rungs[job.level], job.resume)
        try:
            future = self.pool.submit(self._trial_fn, *args)
        except BrokenProcessPool:
            if not self._running:  # nothing left to report the crash: restart now
                self.pool.restart()
            return False
        self._running[future] = job
        return True

    def _collect(self, timeout: float) -> None:
        if not self._running:
            return
        finished, _ = wait(list(self._running), timeout=timeout, return_when=FIRST_COMPLETED)
        broken = False
        for future in finished:
            job = self._running.pop(future, None)
            if job is None or future.cancelled():
                continue
            spec = job.spec
            exc = future.exception()
            if exc is None:
                result = future.result()
                if result.paused:
                    self._pause(job, result)
                else:
                    self._record(make_record(spec, result, self.config.epochs), result.params)
            elif isinstance(exc, BrokenProcessPool):
                if self._isolating:
                    self._record(make_record(spec, None, self.config.epochs, FAILED, CRASH_MESSAGE))
                else:
                    self._suspects.append(job)
                broken = True
            else:
                self._record(make_record(spec, None, self.config.epochs, FAILED, f"{type(exc).__name__}: {exc}"))
        if self._isolating and not self._running:
            self._isolating = False
        if broken:
            self._suspects.extend(self._running.values())  # their pool is gone too
            self._running.clear()
            self.pool.restart()

    # ------------------------------------------------------------------------------------- successive halving
    @staticmethod
    def _rank(item: tuple[TrialSpec, TrialResult]) -> tuple[float, int]:
        spec, result = item
        return -float(result.val_acc[-1]), spec.index

    def _pause(self, job: _Job, result: TrialResult) -> None:
        """A trial reached rung ``job.level``: wait there, unless ⌈N/η⌉ better ones already wait (then stop)."""
        level = job.level
        self._reached[level] += 1
        waiting = self._waiting[level]
        waiting.append((job.spec, result))
        cap = math.ceil(self._entrants[level] / HALVING_RATE)
        if len(waiting) > cap:
            waiting.sort(key=self._rank)
            for spec, res in waiting[cap:]:
                self._stop_at_rung(spec, res)
            del waiting[cap:]

    def _stop_at_rung(self, spec: TrialSpec, result: TrialResult) -> None:
        state = result.state
        self._record(make_record(spec, dataclasses.replace(result, stopped=True, state=None), self.config.epochs),
                     lambda: state_params(search_data(self.dataset, self.config.n_data), spec, self._settings,
                                          self._train_idx, state))

    def _decide_rungs(self) -> None:
        """Promote the best ⌈n/η⌉ of each rung that every trial has reached (in order: rung 0 first)."""
        if not self._halving:
            return
        for level in range(len(self._rungs) - 1):
            if self._decided[level]:
                continue
            pending = [j for j in (*self._queue, *self._running.values(), *self._suspects) if j.level <= level]
            if pending:
                return
            waiting = sorted(self._waiting[level], key=self._rank)
            keep = math.ceil(self._reached[level] / HALVING_RATE)
            for spec, result in waiting[keep:]:
                self._stop_at_rung(spec, result)
            promoted = sorted(waiting[:keep], key=lambda item: item[0].index)
            self._queue.extend(_Job(spec, level + 1, result.state) for spec, result in promoted)
            self._entrants[level + 1] = len(promoted)
            self._waiting[level] = []
            self._decided[level] = True

    def _record(self, record: TrialRecord, params: np.ndarray | Callable[[], np.ndarray] | None = None) -> None:
        """Keep a finished trial; ``params`` (or a function giving them) are kept if it is the best so far."""
        self._records.append(record)
        self._round_records[record.index] = record
        if params is None or not np.isfinite(record.val_acc) or record.status == CANCELLED:
            return
        best = self._best_record()
        if best is None or best.index == record.index:
            self._best_index, self._best_params = record.index, params() if callable(params) else params

    def _best_record(self) -> TrialRecord | None:
        scored = [r for r in self._records if np.isfinite(r.val_acc) and r.status != CANCELLED]
        return max(scored, key=lambda r: (r.val_acc, -r.index), default=None)

    # ------------------------------------------------------------------------------------------------- the end
    def _test_chunk(self) -> None:
        """The chosen best, once, on the test set (``TEST_CHUNK`` images per step)."""
        if self._best_params is None or self.dataset.n_test == 0:
            self._finish()
            return
        if self._test_net is None:
            best = next(r for r in self._records if r.index == self._best_index)
            self._test_net = build_network(best.spec, self.dataset.x_test.shape[1], 10, self.config.dtype,
                                           np.random.default_rng(0))
            self._test_net.flat_params[...] = self._best_params
        lo = self._test_seen
        hi = min(lo + TEST_CHUNK, self.dataset.n_test)
        x = to_float32(self.dataset.x_test[lo:hi]).astype(self.config.dtype, copy=False)
        scores = self._test_net.predict(x)
        self._test_correct += int(np.count_nonzero(scores.argmax(axis=1) == self.dataset.t_test[lo:hi]))
        self._test_seen = hi
        if hi >= self.dataset.n_test:
            self.test_acc = self._test_correct / self.dataset.n_test
            self._finish()

    def _finish(self) -> None:
        self._elapsed = time.perf_counter() - (self._t0 or time.perf_counter())
        self._phase = "done"
        self._test_net = None
        self.close()

    # ----------------------------------------------------------------------------------------------- snapshot
    def _unfinished(self) -> tuple[TrialSpec, ...]:
        """Trials started and not finished: running, and with halving also paused at a rung or waiting to go on."""
        specs = [j.spec for j in self._running.values()]
        if self._halving:
            specs += [spec for waiting in self._waiting for spec, _ in waiting]
            specs += [j.spec for j in (*self._queue, *self._suspects) if j.resume is not None]
        return tuple(sorted(specs, key=lambda spec: spec.index))

    def snapshot(self) -> SearchSnapshot:
        records = tuple(self._records)
        scored = sorted((r for r in records if np.isfinite(r.val_acc) and r.status != CANCELLED),
                        key=lambda r: (-r.val_acc, r.index))
        saved = [r for r in records if r.stopped]
        return SearchSnapshot(
            step=self._steps, config=self.config, records=records,
            running=self._unfinished(), rounds=self._rounds,
            best_k=tuple(scored[: self.config.top_k]),
            best_index=self._best_index, best_params=self._best_params,
            test_acc=self.test_acc if self.done else None, test_images=self.dataset.n_test,
            elapsed=self._elapsed, saved_seconds=sum(r.saved_seconds for r in saved),
            saved_epochs=sum(r.epochs_planned - r.epochs for r in saved),
            trained_epochs=sum(r.epochs for r in records if r.round == self.round.number),
            workers=self.pool.workers, done=self.done, cancelled=self._cancelled,
            cancelled_trials=self._cancelled_count, n_train=len(self._train_idx), n_val=len(self._val_idx))
