"""The contract every lab's experiment fulfils, so that one generic runner can drive any of them.

An experiment is a plain Python object, built from a frozen config dataclass and an ``np.random.Generator``:

- ``step()`` advances by one unit of work (one optimizer update per run, one training iteration ...). Keep it short
  (well under ~50 ms) so that pause, stop and live changes feel immediate.
- ``apply(changes)`` takes ``{name: value}`` for names in ``LIVE_FIELDS`` and changes them *between* steps.
  It raises ``ValueError`` with a readable message for an unknown name or a bad value and then changes nothing.
- ``snapshot()`` returns an immutable picture of the state made of copies (frozen dataclasses, read-only arrays):
  stepping afterwards never changes a snapshot already taken.
- ``done`` is True once there is nothing left to do (e.g. the iteration budget is used up, or every run diverged).
"""
from __future__ import annotations

import math
from typing import Any, Protocol, runtime_checkable

import numpy as np

SEED_RANGE = (0, 2**31 - 1)
"""The seeds every lab offers: a non-negative 31-bit integer fits a spin box (Qt's int), ``np.random.RandomState``
(below 2³²) and ``np.random.default_rng``."""


@runtime_checkable
class Experiment(Protocol):
    """What the runner needs from a lab."""

    @property
    def done(self) -> bool: ...

    @property
    def step_count(self) -> int: ...

    def step(self) -> None: ...

    def apply(self, changes: dict[str, Any]) -> None: ...

    def snapshot(self) -> Any: ...


def frozen_copy(a: np.ndarray) -> np.ndarray:
    """Return a read-only copy of ``a`` (for snapshots)."""
    c = np.array(a, copy=True)
    c.flags.writeable = False
    return c


def check_live_keys(changes: dict[str, Any], live_fields: frozenset[str] | set[str]) -> None:
    """Raise ``ValueError`` naming the first key of ``changes`` that may not be changed while running."""
    for key in changes:
        if key not in live_fields:
            raise ValueError(f"'{key}' cannot be changed while running")


def positive_float(name: str, value: Any, *, allow_zero: bool = False, upper: float | None = None) -> float:
    """Validate a hyperparameter typed or sent by the user; return it as float or raise ``ValueError``."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: '{value}' is not a number") from None
    if not np.isfinite(v):
        raise ValueError(f"{name}: must be a finite number")
    if v < 0 or (v == 0 and not allow_zero):
        raise ValueError(f"{name}: must be {'at least 0' if allow_zero else 'greater than 0'}")
    if upper is not None and v >= upper:
        raise ValueError(f"{name}: must be less than {upper:g}")
    return v


def validate_int(name: str, value: Any, lo: int, hi: int | None = None) -> int:
    """``value`` as an int in [lo, hi] (hi None: no upper bound), or ``ValueError``. Floats equal to an integer pass."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"{name}: '{value}' is not a whole number")
    if not (math.isfinite(value) and value == int(value)):
        raise ValueError(f"{name}: '{value}' is not a whole number")
    v = int(value)
    if v < lo or (hi is not None and v > hi):
        bound = f"at least {lo}" if hi is None else f"between {lo} and {hi}"
        raise ValueError(f"{name}: must be {bound} (got {v})")
    return v


def hyperparameter_key(run: str, name: str) -> str:
    """The name of a live hyperparameter of one run: ``"SGD.lr"`` (run ``SGD``, hyperparameter ``lr``)."""
    return f"{run}.{name}"


def split_hyperparameter_key(key: str) -> tuple[str, str]:
    """``"SGD.lr"`` → ``("SGD", "lr")``: the one place such keys are parsed (a run name may contain dots, a
    hyperparameter name never does). ``ValueError`` for a key without both parts."""
    run, dot, name = key.rpartition(".")
    if not (dot and run and name):
        raise ValueError(f"'{key}' is not a hyperparameter key like 'SGD.lr'")
    return run, name


def validate_seed(value: Any) -> int:
    """A seed in ``SEED_RANGE``, or ``ValueError``."""
    return validate_int("seed", value, *SEED_RANGE)


def validate_dtype(value: Any) -> np.dtype:
    """float32 or float64 (a dtype or its name) as a ``np.dtype``, or ``ValueError``."""
    try:
        dt = np.dtype(value)
    except TypeError:
        dt = None
    if dt is None or dt not in (np.float32, np.float64):
        raise ValueError(f"dtype: '{value}' is not one of float32, float64")
    return dt
