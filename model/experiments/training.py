"""Several networks trained side by side on one sequence of mini-batches (book §6.1.8, §6.2.4, §6.3.2).

The machinery shared by the MNIST optimizer race (``mnist_race``), the weight-init comparison (``init_compare``)
and any other lab that trains a few networks in lock step and plots their loss curves:

* :class:`Contestant`: one network, its optimizer and its histories (mini-batch loss per iteration, accuracies at
  evaluation points, divergence).
* :class:`SideBySideTrainer`: draws one mini-batch per iteration (with replacement, from its own Generator) and
  gives the *same* batch to every contestant that is still alive; evaluates accuracies every ``eval_every``
  iterations; times itself.
* :class:`RunSnapshot` / :class:`TrainingSnapshot`: frozen pictures for the GUI.
* :func:`smooth_curve`: the book's plot smoothing (``common/util.py``).
* :func:`activation_histograms` (from ``model.histograms``): per-layer histograms of hidden activations (exact zeros
  counted apart).

One iteration of a contestant, as in the book's scripts::

    grads = net.gradient(x_batch, t_batch)          # forward + backward on the batch
    optimizer.update(params, grads)                 # in place
    loss = net.loss(x_batch, t_batch)               # the SAME batch, after the update: the book's train_loss[k]

With ``loss_after_update=False`` the loss recorded is the one of the gradient pass (same batch, *before* the
update), which saves one forward pass (about a quarter of the time of an iteration); the curves look the same.

Divergence: a contestant whose loss or parameters become non-finite (inf/NaN) is marked diverged at that iteration
(``diverged_step``, 1-based), its loss history ends with the last finite value, it is never trained or evaluated
again, and the others go on. Floating-point warnings (overflow ...) are silenced while stepping: a blow-up is a
result to show, not an error. The cross-entropy (with its 1e-7 inside the log) cannot exceed about 16.1, so a
"loss too large" threshold would never fire; non-finite values are the signal.

Accuracies are evaluated on copies of the networks (``MultiLayerNet.clone()``) taken at the evaluation point, in
test mode, on a fixed subset of the training images (``eval_train_size`` evenly spaced images) and on the test set
(all of it, or ``eval_test_size`` evenly spaced images). To keep every ``step()`` short, that work is spread over
the following iterations in chunks of ``eval_chunk`` images, just enough chunks per iteration to finish before
the next evaluation point (the results appear in the snapshots a few iterations later, labelled with the
iteration they belong to); the end of the run, or an early new evaluation point, first finishes the pending one. Iteration 0 (the initial networks) is an evaluation point too.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np

from model.datasets import Dataset, sample_batch, to_float32
from model.histograms import LayerHistogram, activation_histograms  # noqa: F401 (re-exported)
from model.network import MultiLayerNet
from model.optimizers import Optimizer

__all__ = [
    "finite_start",
    "SMOOTH_WINDOW",
    "SMOOTH_BETA",
    "smooth_curve",
    "Contestant",
    "SideBySideTrainer",
    "RunSnapshot",
    "TrainingSnapshot",
    "LayerHistogram",
    "activation_histograms",
    "evenly_spaced",
    "stream_rng",
    "BATCH_STREAM",
    "INIT_STREAM",
]

SMOOTH_WINDOW = 11
"""Length of the Kaiser window of :func:`smooth_curve` (the book's ``window_len``)."""
SMOOTH_BETA = 2.0
"""β of the Kaiser window of :func:`smooth_curve`."""

_KAISER = np.kaiser(SMOOTH_WINDOW, SMOOTH_BETA)
_KAISER = _KAISER / _KAISER.sum()
_HALF = SMOOTH_WINDOW // 2

BATCH_STREAM = 0
"""``spawn_key`` of the Generator that draws the mini-batches (see :func:`stream_rng`)."""
INIT_STREAM = 1
"""``spawn_key`` of the Generator that draws initial weights (see :func:`stream_rng`)."""


# ------------------------------------------------------------------------------------------------------ smoothing


def smooth_curve(x: Sequence[float] | np.ndarray) -> np.ndarray:
    """The book's ``smooth_curve`` (``common/util.py``): a normalised Kaiser window (length 11, β = 2) moved along
    the curve; the output has the same length as the input (float64, a new array).

    Edges, as the book pads them: before x[0] come x[1], x[2], ... (reflection *without* repeating x[0]); after
    x[-1] come x[-1], x[-2], ... (reflection *with* the last value repeated). So for n ≥ 6::

        out[i] = Σ_{k=-5..5} w[k+5] · x̃[i+k],   x̃[-j] = x[j],  x̃[n-1+j] = x[n-j]

    which equals the book's output wherever the book's code works (n ≥ 11; it returns a wrong length below).
    Shorter inputs keep reflecting back and forth (NumPy's 'reflect' / 'symmetric' padding), so any length works:
    a constant stays constant and every output lies between min(x) and max(x). Empty in, empty out.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    if x.size == 0:
        return np.empty(0)
    padded = np.pad(np.pad(x, (_HALF, 0), mode="reflect"), (0, _HALF), mode="symmetric")
    return np.convolve(padded, _KAISER, mode="valid")


def finite_start(values: np.ndarray) -> np.ndarray:
    """``values`` up to (not including) the first non-finite one: the curve of a run before it diverged."""
    finite = np.isfinite(values)
    return values if finite.all() else values[: int(np.argmin(finite))]


# -------------------------------------------------------------------------------------------------- validation


def stream_rng(seed: int, *key: int) -> np.random.Generator:
    """An independent Generator for one purpose, derived from the experiment's ``seed`` and a ``spawn_key``.

    ``stream_rng(seed, BATCH_STREAM)`` draws the mini-batches and ``stream_rng(seed, INIT_STREAM)`` the initial
    weights, so changing one (e.g. the network's size) never changes the other. Same seed and key → same stream.
    """
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=tuple(int(k) for k in key)))


def evenly_spaced(n_total: int, n: int | None) -> np.ndarray | None:
    """Indices of ``n`` evenly spaced items out of ``n_total`` (None: all of them, no index array needed)."""
    if n is None or n >= n_total:
        return None
    return np.linspace(0, n_total - 1, n).round().astype(np.intp)


# --------------------------------------------------------------------------------------------------- snapshots


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


# -------------------------------------------------------------------------------------------------- contestant


class Contestant:
    """One network with its optimizer and histories, in preallocated append-only arrays.

    ``network`` may be any ``MultiLayerNet`` (plain, BN, dropout ...); ``optimizer`` any optimizer of
    ``model.optimizers``. The update runs on the network's flat parameter and gradient vectors in one call
    (``optimizer.update({"all": flat_params}, {"all": flat_grads})``): every update rule of chapter 6 is
    element-wise, so this is the same arithmetic as updating ``params`` key by key, only faster.
    """

    def __init__(self, name: str, network: MultiLayerNet, optimizer: Optimizer, capacity: int,
                 eval_capacity: int) -> None:
        self.name = name
        self.network = network
        self.optimizer = optimizer
        self._params = {"all": network.flat_params}
        self._grads = {"all": network.flat_grads}
        self._losses = np.empty(max(int(capacity), 1))
        self._n = 0
        self._eval_steps = np.empty(max(int(eval_capacity), 1), dtype=np.int64)
        self._train_acc = np.empty(len(self._eval_steps))
        self._test_acc = np.empty(len(self._eval_steps))
        self._n_eval = 0
        self.diverged_step: int | None = None
        self.last_forward_step = 0
        """Iteration of the last training forward pass (its activations are in the network's buffers)."""
        self._smooth_cache: tuple[int, np.ndarray] = (0, _readonly_view(np.empty(0)))

    @property
    def diverged(self) -> bool:
        return self.diverged_step is not None

    @property
    def alive(self) -> bool:
        return self.diverged_step is None

    @property
    def losses(self) -> np.ndarray:
        """Read-only view of the recorded losses (entries never change once written)."""
        return _readonly_view(self._losses[: self._n])

    def train_step(self, x: np.ndarray, t: np.ndarray, step_no: int, loss_after_update: bool = True) -> bool:
        """One iteration on the batch (x, t); returns False (and marks the run diverged) if it blew up.

        Call with floating-point warnings silenced (:class:`SideBySideTrainer` does).
        """
        net = self.network
        net.gradient(x, t)
        loss = net.last_loss
        self.last_forward_step = step_no
        if not loss_after_update and not math.isfinite(loss):
            self.diverged_step = step_no
            return False
        self.optimizer.update(self._params, self._grads)
        if loss_after_update:
            loss = net.loss(x, t)
        if not math.isfinite(loss) or not np.isfinite(net.flat_params).all():
            self.diverged_step = step_no
            return False
        if self._n == len(self._losses):
            self._losses = np.concatenate((self._losses, np.empty(len(self._losses))))
        self._losses[self._n] = loss
        self._n += 1
        return True

    def record_eval(self, step_no: int, train_acc: float, test_acc: float) -> None:
        """Append one evaluation result (steps must come in increasing order)."""
        if self._n_eval == len(self._eval_steps):
            grow = len(self._eval_steps)
            self._eval_steps = np.concatenate((self._eval_steps, np.empty(grow, dtype=np.int64)))
            self._train_acc = np.concatenate((self._train_acc, np.empty(grow)))
            self._test_acc = np.concatenate((self._test_acc, np.empty(grow)))
        i = self._n_eval
        self._eval_steps[i], self._train_acc[i], self._test_acc[i] = step_no, train_acc, test_acc
        self._n_eval += 1

    def smoothed(self) -> np.ndarray:
        """``smooth_curve(losses)``, read-only, recomputed only when new losses arrived."""
        n, cached = self._smooth_cache
        if n != self._n:
            cached = smooth_curve(self._losses[: self._n])
            cached.flags.writeable = False
            self._smooth_cache = (self._n, cached)
        return cached

    def snapshot(self) -> RunSnapshot:
        """Read-only views of the append-only histories (no copying: entries already written never change, and a
        grown buffer is a new array) plus the smoothed curve."""
        k = self._n_eval
        return RunSnapshot(
            name=self.name,
            optimizer=type(self.optimizer).__name__,
            losses=self.losses,
            smoothed=self.smoothed(),
            eval_steps=_readonly_view(self._eval_steps[:k]),
            train_acc=_readonly_view(self._train_acc[:k]),
            test_acc=_readonly_view(self._test_acc[:k]),
            diverged=self.diverged,
            diverged_step=self.diverged_step,
            hyperparameters=self.optimizer.hyperparameters(),
        )


# -------------------------------------------------------------------------------------------------- evaluation


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


# ----------------------------------------------------------------------------------------------------- trainer


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
