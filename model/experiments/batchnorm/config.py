"""The sweep's settings: :class:`BatchNormSweepConfig` (validated, with the ranges the lab offers), the book's figure
6-19 and the log-spaced weight scales."""
from __future__ import annotations

import dataclasses
import math
import numbers
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar, Mapping

import numpy as np

from model.experiments.base import SEED_RANGE, validate_dtype, validate_int, validate_seed
from model.network import ACTIVATION_LAYERS
from model.optimizers import validate_hyperparameter


LIVE_FIELDS: frozenset[str] = frozenset({"lr", "inspect_index"})
"""Keys accepted by :meth:`BatchNormSweepExperiment.apply`."""

MAX_SCALES = 36
"""At most 6 × 6 panels: more no longer fit a projector's screen (the GUI and the model share this limit)."""
MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 1000
MAX_EPOCHS = 10_000
MAX_BINS = 500
DTYPES = ("float32", "float64")
INSPECT_TARGET_SCALE = 0.01
"""``inspect_index=None`` inspects the scale closest (in log distance) to this one."""


def log_scales(n: int = 16, hi: float = 1.0, lo: float = 1e-4) -> tuple[float, ...]:
    """``n`` weight scales evenly spaced in log from ``hi`` down to ``lo``: ``tuple(np.logspace(log10 hi, log10 lo, n))``.

    ``log_scales(16)`` is the book's ``np.logspace(0, -4, 16)``. ``n = 1`` gives ``(hi,)``.
    """
    n = validate_int("n_scales", n, 1, MAX_SCALES)
    if not (_is_number(hi) and _is_number(lo) and 0 < lo and 0 < hi and math.isfinite(hi) and math.isfinite(lo)):
        raise ValueError(f"log_scales: hi and lo must be finite numbers greater than 0 (got {hi!r}, {lo!r})")
    return tuple(float(v) for v in np.logspace(math.log10(hi), math.log10(lo), n))


# ----------------------------------------------------------------------------------------------------------------
# Validation helpers


def _is_number(v: Any) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _check_scales(scales: Any) -> tuple[float, ...]:
    try:
        values = tuple(scales)
    except TypeError:
        raise ValueError(f"scales: must be a sequence of numbers, got {scales!r}") from None
    if not 1 <= len(values) <= MAX_SCALES:
        raise ValueError(f"scales: between 1 and {MAX_SCALES} weight scales are needed, got {len(values)}")
    out = []
    for v in values:
        if not _is_number(v) or not math.isfinite(float(v)) or float(v) <= 0:
            raise ValueError(f"scales: every weight scale must be a finite number greater than 0, got {v!r}")
        out.append(float(v))
    return tuple(out)

@dataclass(frozen=True)
class BatchNormSweepConfig:
    """Everything that determines a sweep. Validated (``ValueError``) and normalised on creation.

    - ``n_train``: the first n_train training images are the training set (and the set the training accuracy is
      measured on); capped at the data set's size by the experiment.
    - ``hidden``: hidden layer widths (1-10 layers of 1-1000 units); ``activation``: 'relu', 'sigmoid' or 'tanh'.
    - ``lr``: SGD learning rate (shared by all networks; live-changeable).
    - ``batch_size``, ``epochs``: evaluation points; ``iter_per_epoch = max(n_train // batch_size, 1)``.
    - ``scales``: the weight-init stds, one panel each (:func:`log_scales` makes log-spaced ones).
    - ``seed``: weights and mini-batches (see the module docstring).
    - ``eval_test``: also measure test accuracy at each evaluation point, on the first ``n_test`` images of the
      data set's test set (costs one more forward pass of ``n_test`` images per network and point).
    - ``inspect_index``: the scale shown in the inside view (live-changeable); ``None`` = the scale closest to 0.01.
    - ``n_bins``: bins of the inside-view activation histograms.
    - ``dtype``: 'float32' (fast, default) or 'float64'.

    ``CONTROL_RANGES``: what the lab's controls offer (``n_scales`` makes ``log_scales(n)``); the model accepts more
    epochs and training images than a live lecture needs.
    """

    CONTROL_RANGES: ClassVar[Mapping[str, tuple[float, float]]] = MappingProxyType({
        "n_scales": (1, MAX_SCALES), "epochs": (1, 200), "n_train": (100, 60_000), "lr": (1e-4, 10.0),
        "seed": SEED_RANGE})

    n_train: int = 1000
    hidden: tuple[int, ...] = (100,) * 5
    activation: str = "relu"
    lr: float = 0.01
    batch_size: int = 100
    epochs: int = 20
    scales: tuple[float, ...] = dataclasses.field(default_factory=lambda: log_scales(16))
    seed: int = 0
    eval_test: bool = False
    n_test: int = 1000
    inspect_index: int | None = None
    n_bins: int = 30
    dtype: str = "float32"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "n_train", validate_int("n_train", self.n_train, 1, 10_000_000))
        try:
            hidden = tuple(self.hidden)
        except TypeError:
            raise ValueError(f"hidden: must be a sequence of layer widths, got {self.hidden!r}") from None
        if not 1 <= len(hidden) <= MAX_HIDDEN_LAYERS:
            raise ValueError(f"hidden: between 1 and {MAX_HIDDEN_LAYERS} hidden layers are needed, got {len(hidden)}")
        set_(self, "hidden", tuple(validate_int("hidden", h, 1, MAX_UNITS) for h in hidden))
        if not isinstance(self.activation, str) or self.activation.strip().lower() not in ACTIVATION_LAYERS:
            raise ValueError(f"activation: '{self.activation}' is not one of {', '.join(sorted(ACTIVATION_LAYERS))}")
        set_(self, "activation", self.activation.strip().lower())
        set_(self, "lr", validate_hyperparameter("lr", self.lr))
        set_(self, "batch_size", validate_int("batch_size", self.batch_size, 1, 100_000))
        set_(self, "epochs", validate_int("epochs", self.epochs, 1, MAX_EPOCHS))
        set_(self, "scales", _check_scales(self.scales))
        set_(self, "seed", validate_seed(self.seed))
        if not isinstance(self.eval_test, (bool, np.bool_)):
            raise ValueError(f"eval_test: must be True or False, got {self.eval_test!r}")
        set_(self, "eval_test", bool(self.eval_test))
        set_(self, "n_test", validate_int("n_test", self.n_test, 1, 10_000_000))
        if self.inspect_index is not None:
            set_(self, "inspect_index", validate_int("inspect_index", self.inspect_index, 0, len(self.scales) - 1))
        set_(self, "n_bins", validate_int("n_bins", self.n_bins, 1, MAX_BINS))
        set_(self, "dtype", validate_dtype(self.dtype).name)

    @property
    def n_scales(self) -> int:
        return len(self.scales)

    @property
    def iter_per_epoch(self) -> int:
        """Iterations between evaluation points: max(n_train // batch_size, 1) (with the configured n_train)."""
        return max(self.n_train // self.batch_size, 1)

    @property
    def resolved_inspect_index(self) -> int:
        """``inspect_index``, or the index of the scale closest to 0.01 in log distance when it is ``None``."""
        if self.inspect_index is not None:
            return self.inspect_index
        logs = np.abs(np.log10(np.asarray(self.scales)) - math.log10(INSPECT_TARGET_SCALE))
        return int(np.argmin(logs))

    def replace(self, **changes: Any) -> BatchNormSweepConfig:
        """A copy with ``changes`` applied and validated (``ValueError`` for an unknown name or a bad value)."""
        names = {f.name for f in dataclasses.fields(self)}
        for key in changes:
            if key not in names:
                raise ValueError(f"'{key}' is not a setting of the batch-normalization sweep")
        return dataclasses.replace(self, **changes)


def book_figure_6_19() -> BatchNormSweepConfig:
    """The book's Fig. 6-19 (``batch_norm_test.py``): 1000 images, 784-100×5-10 ReLU, SGD lr 0.01, batch 100,
    20 evaluation points, 16 scales from 1 to 1e-4 (fair variant: shared initial weights and batches)."""
    return BatchNormSweepConfig()
