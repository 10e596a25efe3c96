"""Accuracy measurements of every network, spread over several steps so that no step takes long."""
from __future__ import annotations

import math
from typing import Iterable

import numpy as np

from model.datasets import Dataset, to_float32
from model.experiments.training.contestant import Contestant
from model.experiments.training.streams import evenly_spaced


class _EvalJob:
    def __init__(self, step_no: int, contestants: list[Contestant], parts, chunks) -> None:
        self.step = step_no
        self.contestants = contestants
        self.parts = parts
        self.chunks = chunks
        self.nets = [c.network.clone() for c in contestants]
        self.correct = np.zeros((len(contestants), len(parts)), dtype=np.int64)
        self.cursor = 0


class Evaluator:
    """Accuracy on a fixed training subset and on the test set, spread over several iterations.

    ``schedule(step, contestants)`` freezes copies of the networks; ``advance(k)`` evaluates the next ``k`` chunks
    of ``chunk`` images for all of them (each chunk converted to float32 once); ``finish()`` does the rest.
    Results go to ``Contestant.record_eval`` when a job completes.
    """

    def __init__(self, dataset: Dataset, train_size: int | None, test_size: int | None, chunk: int = 500) -> None:
        self.chunk = int(chunk)
        parts = []
        for x, t, size in ((dataset.x_train, dataset.t_train, train_size), (dataset.x_test, dataset.t_test, test_size)):
            idx = evenly_spaced(len(x), size)
            parts.append((x, t) if idx is None else (x[idx], t[idx]))
        self.parts = parts
        self.sizes = tuple(len(x) for x, _ in parts)
        self._chunks = self._chunk_list(parts)
        # The last evaluation of a run uses the whole test set, so final test accuracies are exact.
        self._full_parts = [parts[0], (dataset.x_test, dataset.t_test)]
        self._full_chunks = self._chunk_list(self._full_parts)
        self._job: _EvalJob | None = None

    def _chunk_list(self, parts) -> list[tuple[int, int, int]]:
        return [(p, s, min(s + self.chunk, len(x))) for p, (x, _) in enumerate(parts)
                for s in range(0, len(x), self.chunk)]

    @property
    def n_chunks(self) -> int:
        """Chunks of work in one evaluation."""
        return len(self._chunks)

    @property
    def pending(self) -> bool:
        return self._job is not None

    @property
    def pending_step(self) -> int | None:
        return None if self._job is None else self._job.step

    def schedule(self, step_no: int, contestants: Iterable[Contestant], full_test: bool = False) -> None:
        """Start evaluating ``contestants`` as they are now (finishing any pending job first).

        ``full_test``: measure test accuracy on the whole test set instead of the evenly spaced subset.
        """
        self.finish()
        live = list(contestants)
        if live:
            parts, chunks = (self._full_parts, self._full_chunks) if full_test else (self.parts, self._chunks)
            self._job = _EvalJob(step_no, live, parts, chunks)
            if not chunks:
                self._complete()

    def advance(self, n_chunks: int = 1) -> None:
        job = self._job
        if job is None:
            return
        for _ in range(n_chunks):
            p, start, stop = job.chunks[job.cursor]
            x, t = job.parts[p]
            xf = to_float32(x[start:stop])
            tb = t[start:stop]
            for i, net in enumerate(job.nets):
                acc = net.accuracy(xf, tb, batch_size=len(xf))
                job.correct[i, p] += int(round(acc * len(xf)))
            job.cursor += 1
            if job.cursor == len(job.chunks):
                self._complete()
                return

    def finish(self) -> None:
        if self._job is not None:
            self.advance(len(self._job.chunks))

    def _complete(self) -> None:
        job = self._job
        self._job = None
        n_train, n_test = (len(x) for x, _ in job.parts)
        for i, c in enumerate(job.contestants):
            tr = job.correct[i, 0] / n_train if n_train else math.nan
            te = job.correct[i, 1] / n_test if n_test else math.nan
            c.record_eval(job.step, float(tr), float(te))
