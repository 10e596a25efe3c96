"""Overfitting, weight decay and dropout (book §6.4, figures 6-20 to 6-23), live and side by side.

Two copies of **one** initial network (784-100×6-10, ReLU, He) are trained by SGD on the **same** sequence of
mini-batches drawn with replacement from the first ``train_size`` training images (the book: 300):

* the **baseline** without regularisation, the book's figure 6-20;
* the **regularised** run with weight decay λ (loss + ½λΣ_l‖W_l‖², gradient + λW_l, figure 6-21) and/or the book's
  non-inverted dropout (training: h·mask with mask = U[0,1) > ratio; test: h·(1 − ratio), figures 6-22/6-23).

With λ = 0 and ratio 0 the two runs are identical to the last bit. λ, the dropout ratio and the learning rate are
live (``apply``): they take effect at the next update. The training-set size, the number of updates and the seed
define a run (build a new experiment). One ``step()`` is one update of both networks on one shared mini-batch.

Epochs and evaluation points, as in the book's ``overfit_weight_decay.py``: an epoch is train_size / batch_size
updates (at least 1); the networks are evaluated right *after* update 1 ("epoch 0"), then every ``eval_every``
updates, and after the last update. The book's 601 updates on 300 images give 201 points, epochs 0 to 200; its
dropout run 901 updates and 301 points. Changing the training-set size keeps the number of updates (each run
gets the same number of updates), so the number of epochs follows: 601 updates are 601 epochs of 100 images or
about 1 epoch of 60,000. ``eval_every`` is one epoch as long as that gives 100 to 400 points.

What is measured at each point (both runs): accuracy on the training images (all of them up to ``eval_train_max``,
else that many evenly spaced ones) and on the test set (all of it, or ``eval_test_size`` evenly spaced images);
the **last** point always uses every training and every test image. Also the squared norm ‖W_l‖² of every layer,
the decay term ½λΣ‖W_l‖² (with the λ in force), the mean data loss (cross-entropy) of the mini-batches since the
previous point, the test set's confusion matrix and the indices of the misclassified test images. Evaluation is
spread over the steps up to the next point (see ``overfitting_eval``), so results appear a step or two late.

Randomness (``seed``): initial weights from ``stream_rng(seed, INIT_STREAM)``, mini-batches from
``stream_rng(seed, BATCH_STREAM)``, dropout masks from ``stream_rng(seed, DROPOUT_STREAM)``. The baseline never
draws a mask, so with the same seed the baseline of the weight-decay and dropout presets is one and the same run.

Divergence: a run whose loss or weights become non-finite is marked diverged at that update and stops; the other
goes on. Differences from the book: float32, seeded Generators, and both networks start from the same weights (the
book builds them one after another), so numbers match the book in size and shape, not digit for digit.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np

from model.datasets import Dataset, subset, to_float32
from model.experiments.base import check_live_keys, positive_float, validate_dtype, validate_int
from model.experiments.overfitting_eval import (GRAM_MAX_TRAIN, EvalJob, EvalResult, EvalRows,
                                                FirstLayerTracker, FrozenNet, sgd_update, squared_weight_norms)
from model.experiments.overfitting_history import RunHistory, RunRecord
from model.experiments.training import BATCH_STREAM, INIT_STREAM, evenly_spaced, stream_rng
from model.network import MultiLayerNet

__all__ = ["OverfitConfig", "OverfittingExperiment", "OverfitSnapshot", "RunHistory", "PRESETS", "preset",
           "BASELINE", "REGULARIZED", "DROPOUT_STREAM"]

BASELINE = "baseline"
REGULARIZED = "regularized"
DROPOUT_STREAM = 2
"""``spawn_key`` of the Generator that draws the dropout masks."""


@dataclass(frozen=True)
class OverfitConfig:
    """Everything that defines a paired run; validated on construction (``ValueError``). ``LIMITS`` are the
    allowed ranges (inclusive), the single source of truth for validation and for the controls' limits."""

    train_size: int = 300
    """The first N training images (the book: 300); capped at the data set's size."""
    updates: int = 601
    """SGD updates of each network (the book: 601 = 201 epochs of 300 images; its dropout run 901 = 301 epochs)."""
    lr: float = 0.01
    weight_decay_lambda: float = 0.0
    dropout_ratio: float = 0.0
    batch_size: int = 100
    hidden_sizes: tuple[int, ...] = (100,) * 6
    seed: int = 0
    eval_train_max: int = 2000
    """Training images scored at each point before the last (evenly spaced when there are more)."""
    eval_test_size: int | None = None
    """Test images scored at each point before the last (evenly spaced); None: all of them."""
    dtype: Any = np.float32

    LIMITS: ClassVar[dict[str, tuple[float, float]]] = {
        "train_size": (100, 60_000),
        "updates": (1, 100_000),
        "lr": (1e-4, 10.0),
        "weight_decay_lambda": (0.0, 1.0),
        "dropout_ratio": (0.0, 0.9),
        "batch_size": (1, 10_000),
        "hidden_size": (1, 10_000),
        "hidden_layers": (1, 12),
        "seed": (0, 2**31 - 1),
    }
    LIVE: ClassVar[frozenset[str]] = frozenset({"lr", "weight_decay_lambda", "dropout_ratio"})

    def __post_init__(self) -> None:
        lim = self.LIMITS
        for name in ("train_size", "updates", "batch_size", "seed"):
            object.__setattr__(self, name, validate_int(name, getattr(self, name), *map(int, lim[name])))
        for name in self.LIVE:
            object.__setattr__(self, name, self.check(name, getattr(self, name)))
        sizes = self.hidden_sizes
        sizes = (sizes,) if isinstance(sizes, (int, np.integer)) else tuple(sizes)
        lo, hi = map(int, lim["hidden_layers"])
        if not lo <= len(sizes) <= hi:
            raise ValueError(f"hidden_sizes: between {lo} and {hi} hidden layers (got {len(sizes)})")
        object.__setattr__(self, "hidden_sizes",
                           tuple(validate_int("hidden_sizes", s, *map(int, lim["hidden_size"])) for s in sizes))
        object.__setattr__(self, "eval_train_max", validate_int("eval_train_max", self.eval_train_max, 1))
        if self.eval_test_size is not None:
            object.__setattr__(self, "eval_test_size", validate_int("eval_test_size", self.eval_test_size, 1))
        object.__setattr__(self, "dtype", validate_dtype(self.dtype))

    @classmethod
    def check(cls, name: str, value: Any) -> float:
        """A live setting checked against ``LIMITS`` (``ValueError`` with a readable message)."""
        lo, hi = cls.LIMITS[name]
        v = positive_float(name, value, allow_zero=lo == 0)
        if not lo <= v <= hi:
            raise ValueError(f"{name}: must be between {lo:g} and {hi:g} (got {v:g})")
        return v

    def updates_per_epoch(self, n_train: int | None = None) -> float:
        """train_size / batch_size updates make one epoch (at least one), as the book's ``Trainer``."""
        return max((n_train or self.train_size) / self.batch_size, 1.0)

    def eval_every(self, n_train: int | None = None) -> int:
        """Updates between two evaluation points: one epoch, unless that gives fewer than 100 or more than 400
        points (then the nearest interval that does not)."""
        span = self.updates - 1
        every = max(1, round(self.updates_per_epoch(n_train)))
        if span >= 400 and span / every > 400:
            every = math.ceil(span / 400)
        elif span >= 100 and span / every < 100:
            every = max(1, span // 100)
        return every

    def epochs(self, n_train: int | None = None) -> float:
        """Epochs on the plots' axis: the first point (after update 1) is epoch 0, the last (updates − 1)/epoch."""
        return (self.updates - 1) / self.updates_per_epoch(n_train)

    def updates_for_epochs(self, epochs: float, n_train: int | None = None) -> int:
        """The number of updates for ``epochs`` epochs of ``n_train`` images (inverse of :meth:`epochs`)."""
        return int(round(epochs * self.updates_per_epoch(n_train))) + 1


PRESETS: dict[str, OverfitConfig] = {
    "fig6_20": OverfitConfig(train_size=300, updates=601, lr=0.01, weight_decay_lambda=0.0, dropout_ratio=0.0),
    "fig6_21": OverfitConfig(train_size=300, updates=601, lr=0.01, weight_decay_lambda=0.1, dropout_ratio=0.0),
    "fig6_23": OverfitConfig(train_size=300, updates=901, lr=0.01, weight_decay_lambda=0.0, dropout_ratio=0.2),
}
"""The book's settings: 6-20 (no regularisation: both runs coincide until λ or the ratio is moved), 6-21 (λ 0.1),
6-22/6-23 (dropout 0.2, 301 epochs: 901 updates; the book makes 903, the last two after its last evaluation).
All: 784-100×6-10, SGD lr 0.01, batch 100, the first 300 training images."""


def preset(name: str, **changes: Any) -> OverfitConfig:
    """A copy of ``PRESETS[name]`` with some fields changed (e.g. ``seed=1``)."""
    return replace(PRESETS[name], **changes)


@dataclass(frozen=True, eq=False)
class OverfitSnapshot:
    """Both runs at one moment (read-only arrays that never change afterwards)."""

    step: int
    """Updates made so far by each live network."""
    updates: int
    train_size: int
    updates_per_epoch: float
    epochs: float
    """Epochs of the whole run (the x range of the plots)."""
    eval_train_size: int
    """Training images scored at the points before the last."""
    eval_test_size: int
    """Test images scored at the points before the last (the last point scores all ``test_size``)."""
    test_size: int
    lr: float
    weight_decay_lambda: float
    dropout_ratio: float
    runs: tuple[RunHistory, ...]
    """(baseline, regularized)."""
    dataset: str
    test_images: np.ndarray
    """The data set's test images (N, 784) uint8, read-only (for the strip of misclassified images)."""
    test_labels: np.ndarray
    elapsed: float
    done: bool

    def run(self, name: str) -> RunHistory:
        for r in self.runs:
            if r.name == name:
                return r
        raise KeyError(name)

    @property
    def epoch(self) -> float:
        """Epochs completed (the x position of an evaluation right now)."""
        return max(self.step - 1, 0) / self.updates_per_epoch


class OverfittingExperiment:
    """The paired run as an :class:`~model.experiments.base.Experiment` (see the module docstring)."""

    LIVE_FIELDS = OverfitConfig.LIVE

    def __init__(self, config: OverfitConfig | None = None, dataset: Dataset | None = None) -> None:
        if dataset is None:
            raise ValueError("a data set is needed (e.g. model.datasets.load_bundled_mnist())")
        cfg = config if config is not None else OverfitConfig()
        self.dataset = data = subset(dataset, cfg.train_size)
        self.config = cfg = replace(cfg, train_size=data.n_train)
        self.lr, self.lam, self.ratio = cfg.lr, cfg.weight_decay_lambda, cfg.dropout_ratio
        n, width = data.n_train, data.x_train.shape[1]
        base = MultiLayerNet(width, cfg.hidden_sizes, data.n_classes, "relu", "he", dtype=cfg.dtype,
                             rng=stream_rng(cfg.seed, INIT_STREAM))
        reg = MultiLayerNet(width, cfg.hidden_sizes, data.n_classes, "relu", "he", weight_decay_lambda=self.lam,
                            use_dropout=True, dropout_ratio=self.ratio, dtype=cfg.dtype,
                            rng=stream_rng(cfg.seed, DROPOUT_STREAM))
        reg.flat_params[...] = base.flat_params  # one initial network; same layout (no BN)
        self.nets = {BASELINE: base, REGULARIZED: reg}
        self._set_ratio(self.ratio)
        self._batch_rng = stream_rng(cfg.seed, BATCH_STREAM)
        self._x_train = to_float32(data.x_train) if n <= 10_000 else None
        self._scratch = {k: np.empty_like(net.flat_params) for k, net in self.nets.items()}
        self.n_layers = len(cfg.hidden_sizes) + 1
        gram = n <= GRAM_MAX_TRAIN
        self.trackers = {k: FirstLayerTracker(n, cfg.hidden_sizes[0], cfg.dtype, self._x_train, base.params["W1"])
                            if gram else None for k in self.nets}
        self.eval_every = cfg.eval_every(n)
        self.upe = cfg.updates_per_epoch(n)
        train_idx = evenly_spaced(n, cfg.eval_train_max)
        test_idx = evenly_spaced(data.n_test, cfg.eval_test_size)
        args = (data.x_train, data.t_train, data.x_test, data.t_test)
        self._rows = EvalRows(*args, train_idx, test_idx, *((self._x_train, base.params["W1"]) if gram else ()))
        self._final_rows = (self._rows if train_idx is None and test_idx is None
                            else EvalRows(*args, None, None))
        capacity = (cfg.updates - 1) // self.eval_every + 2
        self.records = {k: RunRecord(k, capacity, self.n_layers) for k in self.nets}
        self._job: EvalJob | None = None
        self._chunks_per_step = 1
        self._record_at = 0
        self._loss_sum = {k: 0.0 for k in self.nets}
        self._loss_n = {k: 0 for k in self.nets}
        self._step = 0
        self._elapsed = 0.0

    # ------------------------------------------------------------------------------------------- the protocol
    @property
    def step_count(self) -> int:
        return self._step

    @property
    def alive(self) -> list[str]:
        return [k for k, r in self.records.items() if r.diverged_step is None]

    @property
    def done(self) -> bool:
        """Every update made (or every run diverged) and the last evaluation finished."""
        return (self._step >= self.config.updates or not self.alive) and self._job is None

    def is_eval_point(self, update: int) -> bool:
        return update == self.config.updates or (update - 1) % self.eval_every == 0

    def step(self) -> None:
        """One update of each live network on one shared mini-batch (then a share of the pending evaluation).
        After the last update, a step only finishes the last evaluation."""
        if self.done:
            return
        t0 = time.perf_counter()
        if self._step < self.config.updates and self.alive:
            self._train_one()
        else:
            self._advance_job()
        self._elapsed += time.perf_counter() - t0

    def apply(self, changes: dict[str, Any]) -> None:
        """Change ``lr``, ``weight_decay_lambda`` or ``dropout_ratio`` for the next update (validated first;
        ``ValueError`` and nothing changed for a bad key or value)."""
        check_live_keys(changes, self.LIVE_FIELDS)
        values = {k: OverfitConfig.check(k, v) for k, v in changes.items()}
        self.lr = values.get("lr", self.lr)
        if "weight_decay_lambda" in values:
            self.lam = values["weight_decay_lambda"]
            self.nets[REGULARIZED].weight_decay_lambda = self.lam
        if "dropout_ratio" in values:
            self._set_ratio(values["dropout_ratio"])

    def snapshot(self) -> OverfitSnapshot:
        cfg, data = self.config, self.dataset
        return OverfitSnapshot(
            step=self._step, updates=cfg.updates, train_size=data.n_train, updates_per_epoch=self.upe,
            epochs=cfg.epochs(data.n_train), eval_train_size=self._rows.n_train, eval_test_size=self._rows.n_test,
            test_size=data.n_test, lr=self.lr, weight_decay_lambda=self.lam, dropout_ratio=self.ratio,
            runs=tuple(self.records[k].snapshot() for k in self.nets), dataset=data.name,
            test_images=data.x_test, test_labels=data.t_test, elapsed=self._elapsed, done=self.done)

    # --------------------------------------------------------------------------------------------- internals
    def _set_ratio(self, ratio: float) -> None:
        """Dropout ratio of the regularised network; at 0 its masks are all ones (no draws, same as no dropout)."""
        self.ratio = ratio
        net = self.nets[REGULARIZED]
        net.dropout_ratio = ratio
        for layer, width in zip(net.dropout_layers, self.config.hidden_sizes):
            layer.dropout_ratio = ratio
            layer.fixed_mask = np.ones((self.config.batch_size, width), net.dtype) if ratio == 0 else None

    def _train_one(self) -> None:
        cfg = self.config
        k = self._step + 1
        idx = self._batch_rng.choice(self.dataset.n_train, cfg.batch_size)
        x = self._x_train[idx] if self._x_train is not None else to_float32(self.dataset.x_train[idx])
        t = self.dataset.t_train[idx]
        for name in self.alive:
            net = self.nets[name]
            tracker = self.trackers[name]
            first_out = tracker.first_out(idx, net.params["b1"]) if tracker is not None else None
            loss, d_first = sgd_update(net, x, t, self.lr, self._scratch[name], first_out)
            if tracker is not None:
                tracker.update(idx, d_first, self.lr, net.weight_decay_lambda)
            if (not math.isfinite(loss) or not np.isfinite(net.flat_params).all()
                    or (tracker is not None and not tracker.finite())):
                self.records[name].diverged_step = k
                continue
            self._loss_sum[name] += loss
            self._loss_n[name] += 1
        self._step = k
        if self.is_eval_point(k) and self.alive:
            self._schedule(k, final=k >= cfg.updates)
        else:
            self._advance_job()

    def _schedule(self, update: int, final: bool) -> None:
        """Freeze the live networks for an evaluation at ``update`` (finishing a pending one first)."""
        if self._job is not None:
            self._finish_job()
        rows = self._final_rows if final else self._rows
        if final:  # the networks get their trained first layer back (the tracker held it while training)
            for k in self.alive:
                if self.trackers[k] is not None:
                    self.nets[k].params["W1"][...] = self.trackers[k].w1()
        frozen = {k: FrozenNet.of(self.nets[k], self.trackers[k] if rows is self._rows else None)
                  for k in self.alive}
        norms = {k: self._squared_norms(k, final) for k in self.alive}
        lams = {BASELINE: 0.0, REGULARIZED: self.lam}
        for k in self.alive:
            mean_loss = self._loss_sum[k] / self._loss_n[k] if self._loss_n[k] else math.nan
            self.records[k].pending = (update, (update - 1) / self.upe, mean_loss, 0.5 * lams[k] * norms[k].sum(),
                                       norms[k])
            self._loss_sum[k], self._loss_n[k] = 0.0, 0
        self._job = EvalJob(update, frozen, rows, self.dataset.n_classes)
        if final:  # all the images: chunk by chunk, two a step, so that no step takes long and a close cancels it
            self._chunks_per_step = 2
            self._advance_job()
        elif self._job.n_chunks == 1:  # a small evaluation: scored while the next updates train, recorded after
            self._job.start_background()  # the update before the next point (always the same one: deterministic)
            self._record_at = update + max(1, self.eval_every - 1)
        else:  # just enough chunks per step to finish before the next point
            self._chunks_per_step = max(1, math.ceil(self._job.n_chunks / self.eval_every))

    def _squared_norms(self, name: str, final: bool) -> np.ndarray:
        """‖W_l‖² of every layer; ‖W1‖² from the tracker while it holds the first layer."""
        norms = squared_weight_norms(self.nets[name].params, self.n_layers)
        if self.trackers[name] is not None and not final:
            norms[0] = self.trackers[name].squared_norm()
        return norms

    def _advance_job(self) -> None:
        """Score the next chunks of the pending evaluation (or look whether the background one is done); record it
        once complete."""
        if self._job is None:
            return
        if self._job.in_background:
            if self._step >= self._record_at:
                self._record(self._job.results())  # waits for it if it is still scoring
            return
        self._job.advance(self._chunks_per_step)
        if self._job.complete:
            self._record(self._job.results())

    def _finish_job(self) -> None:
        self._job.advance(self._job.n_chunks)
        self._record(self._job.results())

    def _record(self, results: dict[str, EvalResult]) -> None:
        self._job = None
        for name, result in results.items():
            self.records[name].add(result)
