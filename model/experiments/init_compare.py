"""Weight initialisation compared by training: the book's ``ch06/weight_init_compare.py`` (§6.2.4, Fig. 6-15), live.

One network per initial weight scale (default: std 0.01, Xavier √(1/n_in), He √(2/n_in)), all 784-100×4-10 with
ReLU, all trained with SGD (lr 0.01) on the **same** mini-batch sequence (batches of 128 drawn with replacement).
One ``step()`` is one iteration of every network that has not diverged. What to see: std 0.01 stays flat at
loss ≈ 2.30 (the signal dies out layer by layer, so the gradients vanish), Xavier starts late, He learns at once.

Initial weights (from ``config.seed``, see :func:`model.experiments.training.stream_rng`):

* ``shared_draws=True`` (default): every network is built from its own copy of the *same* Generator,
  ``stream_rng(seed, INIT_STREAM)``, so all networks get the same standard-normal numbers and differ **only by
  their scale**: W_l = scale_l · Z_l with the same Z_l. Adding, removing or reordering inits changes nothing for the
  others, and the He network is the very network the MNIST race starts from for the same seed.
* ``shared_draws=False``: like the book, each network gets different random numbers, from a Generator derived from
  the seed and the init's name (``stream_rng(seed, INIT_STREAM, crc32(name))``), so again adding an init does not
  change the others.

The batches come from ``stream_rng(seed, BATCH_STREAM)``, as in the MNIST race.

Activation histograms: for the run chosen by ``histogram_run`` (an index into ``inits``), the outputs of every
hidden layer's activation on the current mini-batch (the last forward pass of the iteration: the post-update loss
pass, or the gradient pass when ``loss_after_update`` is False) are binned at iteration 1, at every evaluation
point and at the last iteration, into ``histogram_bins`` bins over ``histogram_range`` (default: the book's (0, 1)
for ReLU and sigmoid, (−1, 1) for tanh); exact zeros are counted apart (see ``LayerHistogram``). Choosing another
run with ``apply({"histogram_run": i})`` bins that run's latest activations at once.

Live changes (``apply``): ``"lr"`` (the learning rate of every network's optimizer) and ``"histogram_run"``.
"""
from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from numbers import Real
from types import MappingProxyType
from typing import Any, ClassVar, Mapping

import numpy as np

from model.datasets import Dataset
from model.experiments.base import check_live_keys
from model.experiments.base import SEED_RANGE, validate_dtype, validate_int, validate_seed
from model.experiments.training import (
    BATCH_STREAM,
    INIT_STREAM,
    Contestant,
    LayerHistogram,
    SideBySideTrainer,
    TrainingSnapshot,
    activation_histograms,
    stream_rng,
)
from model.init import HE_NAMES, XAVIER_NAMES
from model.network import ACTIVATION_LAYERS, MultiLayerNet
from model.optimizers import OPTIMIZERS, create_optimizer, validate_hyperparameter

__all__ = ["InitCompareConfig", "InitCompareExperiment", "InitCompareSnapshot", "ActivationHistograms",
           "book_figure_6_15", "init_name", "normalize_init", "DEFAULT_HISTOGRAM_RANGES"]

DEFAULT_HISTOGRAM_RANGES = {"relu": (0.0, 1.0), "sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}
"""Histogram range per activation when ``histogram_range`` is None (the book's ``range=(0, 1)``, widened for tanh)."""


def normalize_init(spec: Any) -> float | str:
    """An init as stored in the config: a float std (numbers and numeric strings), or 'xavier' / 'he' (the
    book's 'sigmoid' / 'relu' are accepted as aliases). ``ValueError`` otherwise."""
    if isinstance(spec, str):
        name = spec.strip().lower()
        if name in XAVIER_NAMES:
            return "xavier"
        if name in HE_NAMES:
            return "he"
        try:
            spec = float(name.removeprefix("std=").strip())
        except ValueError:
            raise ValueError(f"inits: unknown init '{spec}' (use a number (std), 'xavier' or 'he')") from None
    if isinstance(spec, bool) or not isinstance(spec, Real):
        raise ValueError(f"inits: '{spec}' is neither a number nor 'xavier'/'he'")
    std = float(spec)
    if not math.isfinite(std) or std < 0:
        raise ValueError(f"inits: a std must be a finite number of at least 0 (got {spec})")
    return std


def init_name(spec: float | str) -> str:
    """Display name (and run name): 'Xavier', 'He' or 'std=0.01'."""
    spec = normalize_init(spec)
    if spec == "xavier":
        return "Xavier"
    if spec == "he":
        return "He"
    return f"std={spec:g}"


@dataclass(frozen=True)
class InitCompareConfig:
    """Everything that defines the comparison; change any field by building a new experiment (``lr`` and
    ``histogram_run`` can also be changed live). Validated (``ValueError``) and normalised on construction.

    ``CONTROL_RANGES``: the ranges the lab offers a user (a custom std for ``inits``, ``lr``, ``batch_size``,
    ``iterations``, ``seed``); the model accepts wider values."""

    CONTROL_RANGES: ClassVar[Mapping[str, tuple[float, float]]] = MappingProxyType({
        "custom_std": (1e-3, 10.0), "lr": (1e-4, 1.0), "batch_size": (1, 1000), "iterations": (10, 100_000),
        "seed": SEED_RANGE})

    inits: tuple[float | str, ...] = (0.01, "xavier", "he")
    """One network per entry: a std (any number ≥ 0, e.g. 0.01, 1, 0), 'xavier' (√(1/n_in)) or 'he' (√(2/n_in)).
    Stored normalised (floats, 'xavier', 'he'); no two entries may be equal."""
    hidden_sizes: tuple[int, ...] = (100, 100, 100, 100)
    activation: str = "relu"
    optimizer: str = "SGD"
    """The optimizer of every network (book: SGD), with its class defaults apart from ``lr``."""
    lr: float = 0.01
    batch_size: int = 128
    iterations: int = 2000
    seed: int = 0
    eval_every: int = 100
    eval_train_size: int = 2000
    eval_test_size: int | None = 2000
    histogram_run: int = 0
    """Index into ``inits`` of the run whose activations are binned."""
    histogram_bins: int = 30
    histogram_range: tuple[float, float] | None = None
    """None: ``DEFAULT_HISTOGRAM_RANGES[activation]``."""
    shared_draws: bool = True
    """True: all networks share the same normal draws and differ only in scale (see the module docstring)."""
    loss_after_update: bool = True
    dtype: Any = np.float32

    def __post_init__(self) -> None:
        inits = self.inits
        if isinstance(inits, (str, Real)):
            inits = (inits,)
        inits = tuple(normalize_init(s) for s in inits)
        if not inits:
            raise ValueError("inits: choose at least one initialisation")
        names = [init_name(s) for s in inits]
        if len(set(names)) != len(names):
            raise ValueError("inits: every initialisation may appear only once")
        object.__setattr__(self, "inits", inits)
        sizes = self.hidden_sizes
        if isinstance(sizes, (int, np.integer)):
            sizes = (sizes,)
        object.__setattr__(self, "hidden_sizes", tuple(validate_int("hidden_sizes", s, 1, 100_000) for s in sizes))
        if self.activation not in ACTIVATION_LAYERS:
            raise ValueError(f"activation: unknown '{self.activation}' (use {', '.join(ACTIVATION_LAYERS)})")
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"optimizer: unknown '{self.optimizer}' (choose from {', '.join(OPTIMIZERS)})")
        object.__setattr__(self, "lr", validate_hyperparameter("lr", self.lr))
        object.__setattr__(self, "batch_size", validate_int("batch_size", self.batch_size, 1, 1_000_000))
        object.__setattr__(self, "iterations", validate_int("iterations", self.iterations, 1))
        object.__setattr__(self, "seed", validate_seed(self.seed))
        object.__setattr__(self, "eval_every", validate_int("eval_every", self.eval_every, 1))
        object.__setattr__(self, "eval_train_size", validate_int("eval_train_size", self.eval_train_size, 0))
        if self.eval_test_size is not None:
            object.__setattr__(self, "eval_test_size", validate_int("eval_test_size", self.eval_test_size, 0))
        object.__setattr__(self, "histogram_run",
                           validate_int("histogram_run", self.histogram_run, 0, len(inits) - 1))
        object.__setattr__(self, "histogram_bins", validate_int("histogram_bins", self.histogram_bins, 1, 10_000))
        if self.histogram_range is not None:
            try:
                lo, hi = (float(v) for v in self.histogram_range)
            except (TypeError, ValueError):
                raise ValueError(f"histogram_range: expected two numbers, got {self.histogram_range!r}") from None
            if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
                raise ValueError(f"histogram_range: need finite lo < hi, got {self.histogram_range!r}")
            object.__setattr__(self, "histogram_range", (lo, hi))
        object.__setattr__(self, "shared_draws", bool(self.shared_draws))
        object.__setattr__(self, "loss_after_update", bool(self.loss_after_update))
        object.__setattr__(self, "dtype", validate_dtype(self.dtype))

    @property
    def names(self) -> tuple[str, ...]:
        """Run names, in order: e.g. ('std=0.01', 'Xavier', 'He')."""
        return tuple(init_name(s) for s in self.inits)

    @property
    def value_range(self) -> tuple[float, float]:
        """The histogram range in use."""
        return self.histogram_range if self.histogram_range is not None else DEFAULT_HISTOGRAM_RANGES[self.activation]


def book_figure_6_15() -> InitCompareConfig:
    """The book's Fig. 6-15: std 0.01, Xavier and He on 784-100×4-10 with ReLU, SGD lr 0.01, batch 128,
    2000 iterations (seed 0). Use it with the full MNIST for the book's picture."""
    return InitCompareConfig(inits=(0.01, "xavier", "he"), hidden_sizes=(100, 100, 100, 100), activation="relu",
                             optimizer="SGD", lr=0.01, batch_size=128, iterations=2000, seed=0)


@dataclass(frozen=True, eq=False)
class ActivationHistograms:
    """The hidden layers' activation histograms of one run at one iteration."""

    run: int
    """Index of the run (into ``InitCompareConfig.inits`` and ``snapshot.runs``)."""
    name: str
    step: int
    """The iteration whose mini-batch forward pass produced the activations."""
    layers: tuple[LayerHistogram, ...]
    """One per hidden layer, layer 1 first."""


@dataclass(frozen=True, eq=False)
class InitCompareSnapshot(TrainingSnapshot):
    """A :class:`TrainingSnapshot` (one run per init, named as ``init_name``) plus histograms."""

    histogram_run: int
    """The run currently chosen for histograms."""
    histograms: ActivationHistograms | None
    """The latest histograms (of ``histogram_run``, or of the run chosen before if the new one has none yet);
    None before the first iteration."""
    histogram_history: tuple[ActivationHistograms, ...]
    """Every histogram set made so far, oldest first (possibly of several runs, see ``ActivationHistograms.run``)."""


class InitCompareExperiment:
    """The weight-init comparison as an :class:`~model.experiments.base.Experiment` (see the module docstring).

    ``InitCompareExperiment(config, dataset)``; ``dataset`` is a :class:`model.datasets.Dataset`.
    """

    LIVE_FIELDS: frozenset[str] = frozenset({"lr", "histogram_run"})

    def __init__(self, config: InitCompareConfig | None = None, dataset: Dataset | None = None) -> None:
        if dataset is None:
            raise ValueError("a data set is needed (e.g. model.datasets.load_bundled_mnist())")
        self.config = cfg = config if config is not None else InitCompareConfig()
        self.dataset = dataset
        eval_cap = SideBySideTrainer.eval_capacity(cfg.iterations, cfg.eval_every)
        contestants = []
        for spec, name in zip(cfg.inits, cfg.names):
            if cfg.shared_draws:
                rng = stream_rng(cfg.seed, INIT_STREAM)
            else:
                rng = stream_rng(cfg.seed, INIT_STREAM, zlib.crc32(name.encode()))
            net = MultiLayerNet(dataset.x_train.shape[1], cfg.hidden_sizes, dataset.n_classes,
                                activation=cfg.activation, weight_init_std=spec, dtype=cfg.dtype, rng=rng)
            contestants.append(Contestant(name, net, create_optimizer(cfg.optimizer, lr=cfg.lr),
                                          cfg.iterations, eval_cap))
        self.trainer = SideBySideTrainer(
            dataset, contestants, batch_size=cfg.batch_size, iterations=cfg.iterations,
            batch_rng=stream_rng(cfg.seed, BATCH_STREAM), eval_every=cfg.eval_every,
            eval_train_size=cfg.eval_train_size, eval_test_size=cfg.eval_test_size,
            loss_after_update=cfg.loss_after_update)
        self._histogram_run = cfg.histogram_run
        self._histograms: list[ActivationHistograms] = []

    @property
    def names(self) -> tuple[str, ...]:
        return self.config.names

    @property
    def contestants(self) -> list[Contestant]:
        return self.trainer.contestants

    @property
    def histogram_run(self) -> int:
        return self._histogram_run

    @property
    def step_count(self) -> int:
        return self.trainer.step_count

    @property
    def done(self) -> bool:
        """True once ``iterations`` iterations are made or every run has diverged."""
        return self.trainer.done

    def step(self) -> None:
        """One iteration of every run that has not diverged, then histograms if it is time for them."""
        if self.trainer.done:
            return
        eval_point = self.trainer.step()
        if eval_point or self.trainer.step_count == 1:
            c = self.trainer.contestants[self._histogram_run]
            if c.alive:
                self._bin(self._histogram_run)

    def apply(self, changes: dict[str, Any]) -> None:
        """``{"lr": 0.1}`` (every network's optimizer) and/or ``{"histogram_run": 2}``. ``ValueError`` for an unknown
        key or a bad value, and then nothing changes."""
        check_live_keys(changes, self.LIVE_FIELDS)
        validated: dict[str, Any] = {}
        if "lr" in changes:
            validated["lr"] = validate_hyperparameter("lr", changes["lr"])
        if "histogram_run" in changes:
            validated["histogram_run"] = validate_int("histogram_run", changes["histogram_run"], 0,
                                                      len(self.trainer.contestants) - 1)
        if "lr" in validated:
            for c in self.trainer.contestants:
                c.optimizer.lr = validated["lr"]
        if "histogram_run" in validated and validated["histogram_run"] != self._histogram_run:
            self._histogram_run = validated["histogram_run"]
            if self.trainer.contestants[self._histogram_run].last_forward_step > 0:
                with np.errstate(all="ignore"):
                    self._bin(self._histogram_run)

    def _bin(self, run: int) -> None:
        c = self.trainer.contestants[run]
        layers = activation_histograms(c.network.hidden_activations(copy=False), self.config.histogram_bins,
                                       self.config.value_range)
        self._histograms.append(ActivationHistograms(run=run, name=c.name, step=c.last_forward_step, layers=layers))

    def snapshot(self) -> InitCompareSnapshot:
        return InitCompareSnapshot(
            **self.trainer.snapshot_fields(),
            histogram_run=self._histogram_run,
            histograms=self._histograms[-1] if self._histograms else None,
            histogram_history=tuple(self._histograms),
        )
