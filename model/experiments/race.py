"""Optimizer race on a 2-D surface: the book's ``ch06/optimizer_compare_naive.py`` (§6.1.7, Fig. 6-8), live.

Every enabled optimizer starts at the same point and runs on its own copy of the position (x, y). One ``step()``
makes one update for every run that has not diverged:

    g = ∇f(x, y);  optimizer.update({"x": x, "y": y}, {"x": g_x, "y": g_y});  record (x, y) and f(x, y)

The path is recorded like the book: ``path[0]`` is the start and ``path[k]`` the position after k updates. The book's
figure plots 30 points, i.e. the start and 29 updates (``book_figure_6_8()`` reproduces it with ``max_steps=29``).

A run *diverges* when its position or loss becomes non-finite, or when |x|, |y| or |f| exceeds
``divergence_threshold``. It is then frozen: its path ends at the last good position, ``diverged_step`` is the
update that went bad, and the other runs go on. There is no randomness anywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.experiments.base import check_live_keys, frozen_copy, hyperparameter_key, split_hyperparameter_key
from model.optimizers import HYPERPARAMETERS, OPTIMIZERS, Optimizer, create_optimizer, validate_hyperparameter
from model.surfaces import Surface, get_surface

DEFAULT_DIVERGENCE_THRESHOLD = 1e6
"""A run whose |x|, |y| or |f(x, y)| exceeds this is marked diverged."""

RACE_LEARNING_RATES: dict[str, dict[str, float]] = {
    "SGD": {"lr": 0.95},
    "Momentum": {"lr": 0.1},
    "Nesterov": {"lr": 0.1},
    "AdaGrad": {"lr": 1.5},
    "RMSprop": {"lr": 0.15},
    "Adam": {"lr": 0.3},
}
"""Learning rates of the book's Fig. 6-8 (SGD, Momentum, AdaGrad, Adam) plus Nesterov 0.1 and RMSprop 0.15, which
the book's reference table uses for the two optimizers missing from the figure. Other hyperparameters: book defaults."""


def _default_hyperparameters() -> dict[str, dict[str, float]]:
    return {name: dict(hp) for name, hp in RACE_LEARNING_RATES.items()}


@dataclass(frozen=True)
class RaceConfig:
    """Everything needed to build a race. Changing any of these means building a new ``RaceExperiment``.

    ``hyperparameters`` maps an optimizer name to ``{field: value}``; optimizers or fields not mentioned get the
    class defaults of ``model.optimizers`` (the book's). It may mention optimizers that are not enabled.
    All fields are validated on construction (``ValueError``, or ``FormulaError`` for a malformed formula).
    """

    surface: str = "book"
    """A key of ``model.surfaces.SURFACES`` or a formula such as ``"x^2/20 + y^2"``."""
    start: tuple[float, float] | None = None
    """Start point; ``None`` means the surface's default start."""
    optimizers: tuple[str, ...] = tuple(OPTIMIZERS)
    """Enabled optimizers; stored in display order (the order of ``OPTIMIZERS``)."""
    hyperparameters: dict[str, dict[str, float]] = field(default_factory=_default_hyperparameters)
    """Per-optimizer hyperparameters, e.g. ``{"Adam": {"lr": 0.3}}``. Treat as read-only."""
    max_steps: int = 200
    """Number of updates per run."""
    divergence_threshold: float = DEFAULT_DIVERGENCE_THRESHOLD
    """|x|, |y| or |f| above this marks a run as diverged."""

    def __post_init__(self) -> None:
        get_surface(self.surface)  # raises FormulaError for a bad formula
        if self.start is not None:
            object.__setattr__(self, "start", _validate_start(self.start))
        object.__setattr__(self, "optimizers", _validate_names(self.optimizers))
        object.__setattr__(self, "hyperparameters", _validate_hyperparameters(self.hyperparameters))
        object.__setattr__(self, "max_steps", validate_max_steps(self.max_steps))
        t = self.divergence_threshold
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or t <= 0:
            raise ValueError(f"divergence_threshold: must be a finite number greater than 0 (got {t!r})")
        object.__setattr__(self, "divergence_threshold", float(t))


def _validate_start(start: Any) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in start)
    except (TypeError, ValueError):
        raise ValueError(f"start: expected two numbers (x, y), got {start!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"start: must be finite (got {start!r})")
    return x, y


def _validate_names(names: Any) -> tuple[str, ...]:
    if isinstance(names, str):
        names = (names,)
    names = tuple(names)
    for name in names:
        if name not in OPTIMIZERS:
            raise ValueError(f"Unknown optimizer '{name}' (choose from {', '.join(OPTIMIZERS)})")
    return tuple(name for name in OPTIMIZERS if name in names)


def _validate_hyperparameters(hp: Any) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, values in dict(hp).items():
        if name not in OPTIMIZERS:
            raise ValueError(f"hyperparameters: unknown optimizer '{name}' (choose from {', '.join(OPTIMIZERS)})")
        out[name] = {}
        for key, value in dict(values).items():
            if key not in HYPERPARAMETERS[name]:
                allowed = ", ".join(HYPERPARAMETERS[name])
                raise ValueError(f"{name}.{key}: {name} has no hyperparameter '{key}' (it has {allowed})")
            out[name][key] = validate_hyperparameter(key, value, f"{name}.{key}")
    return out


def validate_max_steps(value: Any) -> int:
    """``max_steps`` as an int ≥ 1, or ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"max_steps: '{value}' is not a whole number")
    if not (math.isfinite(value) and value == int(value)) or value < 1:
        raise ValueError(f"max_steps: must be a whole number of at least 1 (got {value})")
    return int(value)


def book_figure_6_8(*, extras: bool = False) -> RaceConfig:
    """The book's Fig. 6-8: f = x²/20 + y² from (−7, 2); SGD lr 0.95, Momentum lr 0.1, AdaGrad lr 1.5, Adam lr 0.3.

    ``max_steps`` is 29, so each path has the 30 points the book plots. With ``extras``, Nesterov (lr 0.1) and
    RMSprop (lr 0.15) join the race too.
    """
    names = ("SGD", "Momentum", "AdaGrad", "Adam")
    if extras:
        names = tuple(OPTIMIZERS)
    return RaceConfig(
        surface="book",
        start=(-7.0, 2.0),
        optimizers=names,
        hyperparameters={name: dict(RACE_LEARNING_RATES[name]) for name in names},
        max_steps=29,
    )


@dataclass(frozen=True)
class RunSnapshot:
    """One optimizer's run at the time of the snapshot (copies; arrays are read-only)."""

    name: str
    """Optimizer name, a key of ``OPTIMIZERS``."""
    path: np.ndarray
    """(n, 2) float64: path[0] is the start, path[k] = (x, y) after k updates."""
    losses: np.ndarray
    """(n,) float64: f at each point of ``path``."""
    diverged: bool
    diverged_step: int | None
    """The update (1-based) whose result was non-finite or beyond the threshold; 0 if the start already was."""
    hyperparameters: dict[str, float]
    """The optimizer's current hyperparameters (a fresh dict)."""

    @property
    def steps(self) -> int:
        """Updates recorded in ``path``."""
        return len(self.path) - 1

    @property
    def position(self) -> tuple[float, float]:
        """The last recorded position."""
        return float(self.path[-1, 0]), float(self.path[-1, 1])


@dataclass(frozen=True)
class RaceSnapshot:
    """The whole race at one moment."""

    step: int
    """Number of ``step()`` calls made so far."""
    runs: tuple[RunSnapshot, ...]
    """One per enabled optimizer, in display order."""
    done: bool

    def run(self, name: str) -> RunSnapshot:
        """The run of optimizer ``name`` (``KeyError`` if it is not in the race)."""
        for r in self.runs:
            if r.name == name:
                return r
        raise KeyError(name)


class _Run:
    """One optimizer's position, optimizer state and history, stored in preallocated arrays."""

    def __init__(self, name: str, optimizer: Optimizer, start: tuple[float, float], loss: float, capacity: int):
        self.name = name
        self.optimizer = optimizer
        self.params = {"x": np.array([start[0]]), "y": np.array([start[1]])}
        self.path = np.empty((capacity, 2))
        self.losses = np.empty(capacity)
        self.path[0] = start
        self.losses[0] = loss
        self.n = 1
        self.diverged_step: int | None = None

    def grow(self, capacity: int) -> None:
        if capacity > len(self.losses):
            path, losses = np.empty((capacity, 2)), np.empty(capacity)
            path[: self.n], losses[: self.n] = self.path[: self.n], self.losses[: self.n]
            self.path, self.losses = path, losses

    def step(self, surface: Surface, step_no: int, threshold: float) -> None:
        px, py = self.params["x"], self.params["y"]
        gx, gy = surface.grad(px, py)
        self.optimizer.update(self.params, {"x": gx, "y": gy})
        x, y = float(px[0]), float(py[0])
        loss = surface.f(x, y)
        if not _within(x, y, loss, threshold):
            self.diverged_step = step_no
            return
        self.path[self.n] = x, y
        self.losses[self.n] = loss
        self.n += 1

    def snapshot(self) -> RunSnapshot:
        return RunSnapshot(
            name=self.name,
            path=frozen_copy(self.path[: self.n]),
            losses=frozen_copy(self.losses[: self.n]),
            diverged=self.diverged_step is not None,
            diverged_step=self.diverged_step,
            hyperparameters=self.optimizer.hyperparameters(),
        )


def _within(x: float, y: float, loss: float, threshold: float) -> bool:
    """True if x, y and the loss are finite and no larger than ``threshold`` in absolute value."""
    return abs(x) <= threshold and abs(y) <= threshold and abs(loss) <= threshold  # False for nan too


class RaceExperiment:
    """The race as an :class:`~model.experiments.base.Experiment`. Cheap to build: rebuild it to change the surface,
    the start point, the enabled optimizers or the divergence threshold.

    Live changes (``apply``): ``"<Optimizer>.<hyperparameter>"`` for every enabled optimizer (``"Adam.lr"``,
    ``"Momentum.momentum"``, ``"RMSprop.decay_rate"``, ``"Adam.beta1"`` ...) and ``"max_steps"``.
    """

    def __init__(self, config: RaceConfig | None = None, rng: np.random.Generator | None = None) -> None:
        """``rng`` is accepted for uniformity with the other labs and ignored: the race is deterministic."""
        self.config = config if config is not None else RaceConfig()
        self.surface: Surface = get_surface(self.config.surface)
        self.start: tuple[float, float] = self.config.start if self.config.start is not None else self.surface.start
        self._max_steps = self.config.max_steps
        self._threshold = self.config.divergence_threshold
        self._step = 0
        loss0 = self.surface.f(*self.start)
        self._runs: list[_Run] = []
        for name in self.config.optimizers:
            opt = create_optimizer(name, **self.config.hyperparameters.get(name, {}))
            run = _Run(name, opt, self.start, loss0, self._max_steps + 1)
            if not _within(self.start[0], self.start[1], loss0, self._threshold):
                run.diverged_step = 0
            self._runs.append(run)
        self.LIVE_FIELDS: frozenset[str] = frozenset(
            {"max_steps"}
            | {hyperparameter_key(name, hp) for name in self.config.optimizers for hp in HYPERPARAMETERS[name]}
        )

    @property
    def names(self) -> tuple[str, ...]:
        """Enabled optimizers in display order."""
        return self.config.optimizers

    @property
    def max_steps(self) -> int:
        """Current step budget (may have been changed with ``apply({"max_steps": n})``)."""
        return self._max_steps

    @property
    def step_count(self) -> int:
        return self._step

    @property
    def done(self) -> bool:
        return self._step >= self._max_steps or all(r.diverged_step is not None for r in self._runs)

    def step(self) -> None:
        """One update of every run that has not diverged (does nothing once ``done``)."""
        if self.done:
            return
        self._step += 1
        with np.errstate(all="ignore"):
            for run in self._runs:
                if run.diverged_step is None:
                    run.step(self.surface, self._step, self._threshold)

    def apply(self, changes: dict[str, Any]) -> None:
        """Change hyperparameters (``"Adam.lr"`` ...) or ``"max_steps"`` between steps.

        All values are validated first; on any unknown key or bad value a ``ValueError`` is raised and nothing changes.
        """
        check_live_keys(changes, self.LIVE_FIELDS)
        validated: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "max_steps":
                validated[key] = validate_max_steps(value)
            else:
                validated[key] = validate_hyperparameter(split_hyperparameter_key(key)[1], value, key)
        for key, value in validated.items():
            if key == "max_steps":
                self._max_steps = value
                for run in self._runs:
                    run.grow(value + 1)
            else:
                name, hp = split_hyperparameter_key(key)
                for run in self._runs:
                    if run.name == name:
                        setattr(run.optimizer, hp, value)

    def snapshot(self) -> RaceSnapshot:
        return RaceSnapshot(step=self._step, runs=tuple(r.snapshot() for r in self._runs), done=self.done)
