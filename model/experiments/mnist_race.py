"""Optimizers racing on MNIST: the book's ``ch06/optimizer_compare_mnist.py`` (§6.1.8, Fig. 6-9), live.

Every optimizer trains its own copy of **one** initial network (784-100×4-10, ReLU, He init by default) on the
**same** mini-batch sequence: each iteration draws one batch of ``batch_size`` indices with replacement and every
optimizer that has not diverged makes one update on it. One ``step()`` is one such iteration. The loss recorded for
iteration k is the batch's loss after the update (the book's ``train_loss[k]``); the GUI plots
``RunSnapshot.smoothed`` (the book's ``smooth_curve``) against the iteration.

Randomness (all from ``config.seed``, see :func:`model.experiments.training.stream_rng`): the initial network's
weights come from ``stream_rng(seed, INIT_STREAM)`` and the batches from ``stream_rng(seed, BATCH_STREAM)``.

Differences from the book, on purpose: the book builds four networks one after another, so each optimizer starts
from *different* random weights; here they start from identical weights (a fair race). The book evaluates in
float64 with NumPy's global RNG; here float32 with a seeded Generator. Its numbers (figure 6-9) are
therefore matched in shape and size, not digit for digit. Accuracies are measured during training (see
``training``), the book measures them once at the end on all 60,000/10,000 images.

Runs are named by the ``optimizers`` entries: an optimizer name ("Adam"), or a name and a tag after '#'
("SGD#2"), so one optimizer can race against itself with other hyperparameters.

Live changes (``apply``): ``"<run>.<hyperparameter>"`` for every run, e.g. ``"SGD.lr"``, ``"Momentum.momentum"``,
``"Adam.beta2"``, ``"SGD#2.lr"``. Validated first; on any bad key or value ``ValueError`` and nothing changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from model.datasets import Dataset
from model.experiments.base import check_live_keys, hyperparameter_key, split_hyperparameter_key
from model.experiments.base import validate_dtype, validate_int
from model.experiments.training import (
    BATCH_STREAM,
    INIT_STREAM,
    Contestant,
    SideBySideTrainer,
    TrainingSnapshot,
    stream_rng,
)
from model.experiments.training.streams import evenly_spaced
from model.init import weight_scale
from model.network import ACTIVATION_LAYERS, MultiLayerNet
from model.optimizers import HYPERPARAMETERS, OPTIMIZERS, create_optimizer, validate_hyperparameter

__all__ = ["MnistRaceConfig", "MnistRaceExperiment", "MnistRaceSnapshot", "EvaluatedImages", "book_figure_6_9",
           "BOOK_OPTIMIZERS", "optimizer_of"]

BOOK_OPTIMIZERS = ("SGD", "Momentum", "AdaGrad", "Adam")
"""The optimizers of the book's Fig. 6-9, in its order."""

NOT_LEARNING_AFTER = 100
"""Iterations after which a run whose loss is still at chance level is marked "not learning"."""
NOT_LEARNING_WINDOW = 50
"""The mean of this many latest mini-batch losses is compared with the chance level."""
CHANCE_MARGIN = 0.02
"""A loss within this much below ln(classes) counts as chance level: a network that predicts the class frequencies
of MNIST has a cross-entropy of about 2.301, just under ln 10 = 2.3026."""


@dataclass(frozen=True, eq=False)
class EvaluatedImages:
    """Which images a race trains on and which it scores (the same for every run and every snapshot).

    Training accuracy: the ``train_indices`` of the training images (evenly spaced, fixed; None = all
    ``train_images``). Test accuracy while racing: the ``test_indices`` of the test images (None = all
    ``test_images``); the last evaluation of a run scores all ``test_images``. Index arrays are read-only.
    """

    dataset: str
    train_images: int
    """Training images the mini-batches are drawn from."""
    test_images: int
    """Test images of the data set (all scored at the end)."""
    train_indices: np.ndarray | None
    test_indices: np.ndarray | None

    @property
    def train_scored(self) -> int:
        """Training images of the training accuracy."""
        return self.train_images if self.train_indices is None else len(self.train_indices)

    @property
    def test_scored(self) -> int:
        """Test images of the test accuracy while racing."""
        return self.test_images if self.test_indices is None else len(self.test_indices)

    @property
    def test_subset_while_racing(self) -> bool:
        """True when the race scores fewer test images than it has until the last evaluation."""
        return self.test_scored < self.test_images

    @classmethod
    def of(cls, dataset: Dataset, config: "MnistRaceConfig") -> "EvaluatedImages":
        """The images :class:`~model.experiments.training.SideBySideTrainer` scores for ``config`` on
        ``dataset`` (the same evenly spaced rule as its evaluator)."""
        indices = []
        for n, size in ((dataset.n_train, config.eval_train_size), (dataset.n_test, config.eval_test_size)):
            idx = evenly_spaced(n, size)
            if idx is not None:
                idx.flags.writeable = False
            indices.append(idx)
        return cls(dataset.name, int(dataset.n_train), int(dataset.n_test), indices[0], indices[1])


@dataclass(frozen=True, eq=False)
class MnistRaceSnapshot(TrainingSnapshot):
    """What :meth:`MnistRaceExperiment.snapshot` returns: a :class:`TrainingSnapshot` that also names the runs that
    are *not learning* and tells which images are scored (``evaluated``, the same object in every snapshot).

    A run is not learning when, after ``NOT_LEARNING_AFTER`` iterations, the mean of its last
    ``NOT_LEARNING_WINDOW`` mini-batch losses is at or above the chance level ``chance_loss = ln(classes)`` (less
    ``CHANCE_MARGIN``): it guesses no better than a constant answer (e.g. AdaGrad or Adam at learning rate 100). It
    is still trained (it may recover); a diverged run is marked diverged instead.
    """

    chance_loss: float = float("nan")
    not_learning: tuple[str, ...] = ()
    evaluated: EvaluatedImages | None = None
    """Which images are trained on and scored (:class:`EvaluatedImages`)."""

    def is_not_learning(self, name: str) -> bool:
        return name in self.not_learning


def not_learning_runs(snapshot: TrainingSnapshot, n_classes: int) -> tuple[str, ...]:
    """Names of the runs of ``snapshot`` that are not learning (see :class:`MnistRaceSnapshot`)."""
    if snapshot.step < NOT_LEARNING_AFTER or n_classes < 2:
        return ()
    chance = float(np.log(n_classes))
    return tuple(r.name for r in snapshot.runs
                 if not r.diverged and r.iterations_done >= NOT_LEARNING_AFTER
                 and r.mean_loss(NOT_LEARNING_WINDOW) >= chance - CHANCE_MARGIN)


def _book_hyperparameters() -> dict[str, dict[str, float]]:
    """The class defaults of every optimizer, which are the book's: SGD lr 0.01; Momentum lr 0.01, momentum 0.9;
    AdaGrad lr 0.01; Adam lr 0.001, β1 0.9, β2 0.999 (and Nesterov, RMSprop)."""
    return {name: cls().hyperparameters() for name, cls in OPTIMIZERS.items()}


def optimizer_of(run_name: str) -> str:
    """The optimizer class name of a run name: "SGD#2" → "SGD"."""
    return run_name.split("#", 1)[0]


@dataclass(frozen=True)
class MnistRaceConfig:
    """Everything that defines a race; change any field by building a new experiment. Validated on construction
    (``ValueError``) and normalised (tuples, ints, ``np.dtype``)."""

    optimizers: tuple[str, ...] = BOOK_OPTIMIZERS
    """Run names in display order: "SGD", "Momentum", ... or "SGD#tag" for a second SGD run. Unique, no '.'."""
    hyperparameters: dict[str, dict[str, float]] = field(default_factory=_book_hyperparameters)
    """``{run or optimizer name: {hyperparameter: value}}``. A run takes its own entry ("SGD#2"), else the entry of
    its optimizer ("SGD"), else the class defaults (the book's). Treat as read-only."""
    hidden_sizes: tuple[int, ...] = (100, 100, 100, 100)
    activation: str = "relu"
    weight_init_std: float | str = "he"
    """A number (std) or 'he'/'relu', 'xavier'/'sigmoid' (see ``model.init``)."""
    batch_size: int = 128
    iterations: int = 2000
    seed: int = 0
    eval_every: int = 100
    """Accuracies at iteration 0, every ``eval_every`` iterations and at the last one."""
    eval_train_size: int = 2000
    """Training images (evenly spaced, fixed) for the training accuracy; capped at the data set's size."""
    eval_test_size: int | None = 2000
    """Test images for the test accuracy; None = the whole test set."""
    loss_after_update: bool = True
    """True: the loss of the batch after the update (the book; one extra forward pass). False: the loss of the
    gradient pass (before the update), about 25 % faster."""
    dtype: Any = np.float32

    def __post_init__(self) -> None:
        names = self.optimizers
        if isinstance(names, str):
            names = (names,)
        names = tuple(names)
        if not names:
            raise ValueError("optimizers: choose at least one optimizer")
        for name in names:
            if not isinstance(name, str) or "." in name or optimizer_of(name) not in OPTIMIZERS:
                raise ValueError(f"optimizers: unknown optimizer '{name}' (choose from {', '.join(OPTIMIZERS)}, "
                                 "optionally followed by '#' and a tag, without '.')")
        if len(set(names)) != len(names):
            raise ValueError("optimizers: every run needs its own name (write e.g. 'SGD' and 'SGD#2')")
        object.__setattr__(self, "optimizers", names)

        hps: dict[str, dict[str, float]] = {}
        for key, values in dict(self.hyperparameters).items():
            if key not in OPTIMIZERS and key not in names:
                raise ValueError(f"hyperparameters: '{key}' is neither an optimizer nor a run of this race")
            opt = optimizer_of(key)
            hps[key] = {}
            for hp, value in dict(values).items():
                if hp not in HYPERPARAMETERS[opt]:
                    raise ValueError(f"{key}.{hp}: {opt} has no hyperparameter '{hp}' "
                                     f"(it has {', '.join(HYPERPARAMETERS[opt])})")
                hps[key][hp] = validate_hyperparameter(hp, value, f"{key}.{hp}")
        object.__setattr__(self, "hyperparameters", hps)

        sizes = self.hidden_sizes
        if isinstance(sizes, (int, np.integer)):
            sizes = (sizes,)
        sizes = tuple(validate_int("hidden_sizes", s, 1, 100_000) for s in sizes)
        object.__setattr__(self, "hidden_sizes", sizes)
        if self.activation not in ACTIVATION_LAYERS:
            raise ValueError(f"activation: unknown '{self.activation}' (use {', '.join(ACTIVATION_LAYERS)})")
        weight_scale(self.weight_init_std, 1)  # ValueError for a bad spec
        object.__setattr__(self, "batch_size", validate_int("batch_size", self.batch_size, 1, 1_000_000))
        object.__setattr__(self, "iterations", validate_int("iterations", self.iterations, 1))
        object.__setattr__(self, "seed", validate_int("seed", self.seed, 0))
        object.__setattr__(self, "eval_every", validate_int("eval_every", self.eval_every, 1))
        object.__setattr__(self, "eval_train_size", validate_int("eval_train_size", self.eval_train_size, 0))
        if self.eval_test_size is not None:
            object.__setattr__(self, "eval_test_size", validate_int("eval_test_size", self.eval_test_size, 0))
        object.__setattr__(self, "loss_after_update", bool(self.loss_after_update))
        object.__setattr__(self, "dtype", validate_dtype(self.dtype))

    def hyperparameters_of(self, run: str) -> dict[str, float]:
        """The hyperparameters a run starts with (only those given; the rest are the class defaults)."""
        return dict(self.hyperparameters.get(run, self.hyperparameters.get(optimizer_of(run), {})))


def book_figure_6_9() -> MnistRaceConfig:
    """The book's Fig. 6-9: SGD, Momentum, AdaGrad, Adam at their defaults on 784-100×4-10 (ReLU, He), batch 128
    with replacement, 2000 iterations (seed 0). Use it with the full MNIST for the book's picture."""
    return MnistRaceConfig(
        optimizers=BOOK_OPTIMIZERS,
        hyperparameters=_book_hyperparameters(),
        hidden_sizes=(100, 100, 100, 100),
        activation="relu",
        weight_init_std="he",
        batch_size=128,
        iterations=2000,
        seed=0,
    )


class MnistRaceExperiment:
    """The MNIST optimizer race as an :class:`~model.experiments.base.Experiment` (see the module docstring).

    ``MnistRaceExperiment(config, dataset)``; ``dataset`` is a :class:`model.datasets.Dataset` (the bundled 5k set,
    full MNIST, Fashion-MNIST ...). Building it draws the initial network and makes one evaluation job.
    """

    def __init__(self, config: MnistRaceConfig | None = None, dataset: Dataset | None = None) -> None:
        if dataset is None:
            raise ValueError("a data set is needed (e.g. model.datasets.load_bundled_mnist())")
        self.config = cfg = config if config is not None else MnistRaceConfig()
        self.dataset = dataset
        self.initial_network = MultiLayerNet(
            dataset.x_train.shape[1], cfg.hidden_sizes, dataset.n_classes, activation=cfg.activation,
            weight_init_std=cfg.weight_init_std, dtype=cfg.dtype, rng=stream_rng(cfg.seed, INIT_STREAM))
        eval_cap = SideBySideTrainer.eval_capacity(cfg.iterations, cfg.eval_every)
        contestants = [
            Contestant(name, self.initial_network.clone(),
                       create_optimizer(optimizer_of(name), **cfg.hyperparameters_of(name)),
                       cfg.iterations, eval_cap)
            for name in cfg.optimizers
        ]
        self.trainer = SideBySideTrainer(
            dataset, contestants, batch_size=cfg.batch_size, iterations=cfg.iterations,
            batch_rng=stream_rng(cfg.seed, BATCH_STREAM), eval_every=cfg.eval_every,
            eval_train_size=cfg.eval_train_size, eval_test_size=cfg.eval_test_size,
            loss_after_update=cfg.loss_after_update)
        self.evaluated = EvaluatedImages.of(dataset, cfg)
        self.LIVE_FIELDS: frozenset[str] = frozenset(
            hyperparameter_key(name, hp) for name in cfg.optimizers for hp in HYPERPARAMETERS[optimizer_of(name)])

    @property
    def names(self) -> tuple[str, ...]:
        return self.config.optimizers

    @property
    def contestants(self) -> list[Contestant]:
        return self.trainer.contestants

    def contestant(self, name: str) -> Contestant:
        for c in self.trainer.contestants:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def step_count(self) -> int:
        return self.trainer.step_count

    @property
    def done(self) -> bool:
        """True once ``iterations`` iterations are made or every run has diverged."""
        return self.trainer.done

    def step(self) -> None:
        """One iteration: one shared batch, one update of every run that has not diverged."""
        self.trainer.step()

    def apply(self, changes: dict[str, Any]) -> None:
        """Change hyperparameters between steps: ``{"SGD.lr": 0.1, "Adam.beta1": 0.8}``.

        Raises ``ValueError`` for an unknown key or a bad value; then nothing has changed.
        """
        check_live_keys(changes, self.LIVE_FIELDS)
        validated = {key: validate_hyperparameter(split_hyperparameter_key(key)[1], value, key)
                     for key, value in changes.items()}
        for key, value in validated.items():
            name, hp = split_hyperparameter_key(key)
            setattr(self.contestant(name).optimizer, hp, value)

    def snapshot(self) -> MnistRaceSnapshot:
        base = self.trainer.snapshot()
        values = {f.name: getattr(base, f.name) for f in fields(TrainingSnapshot) if f.init}
        n_classes = int(self.dataset.n_classes)
        return MnistRaceSnapshot(**values, chance_loss=float(np.log(max(n_classes, 1))),
                                 not_learning=not_learning_runs(base, n_classes), evaluated=self.evaluated)
