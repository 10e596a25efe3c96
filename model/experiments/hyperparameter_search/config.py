"""The settings of a hyperparameter search; the defaults are the book's (§6.5.3, ``hyperparameter_optimization.py``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.experiments.base import validate_dtype, validate_int
from model.experiments.hyperparameter_search.space import BOOK_LR_LOG10, BOOK_WD_LOG10, check_log_range
from model.optimizers import OPTIMIZERS

__all__ = ["SearchConfig", "EARLY_STOP_RULES", "HALVING_RATE", "halving_rungs"]

EARLY_STOP_RULES = ("off", "median", "halving")
"""'median': a trial stops at epoch e (after the grace epochs) when its validation accuracy is below the median of
the earlier waves' trials at epoch e (the median stopping rule of Golovin et al., Google Vizier, KDD 2017).
'halving': successive halving (Jamieson & Talwalkar, AISTATS 2016; the schedule of one Hyperband bracket, Li et al.,
JMLR 2018): every trial of the round trains to the first rung; the best third of them (by validation accuracy at
that epoch) go on to the next rung, the others stop; and so on up to the full epochs."""

HALVING_RATE = 3
"""η of successive halving: a rung keeps the best ⌈n/η⌉ of its n trials, and the next rung is η times as long."""


def halving_rungs(epochs: int, min_epochs: int, rate: int = HALVING_RATE) -> tuple[int, ...]:
    """The epochs at which successive halving compares the trials: r_k = round(epochs / rate^k) for every k with
    epochs / rate^k ≥ min_epochs, smallest first, ending at ``epochs`` (the book's 50 epochs, min 5: 6, 17, 50)."""
    rungs = [epochs]
    k = 1
    while epochs / rate ** k >= min_epochs:
        r = max(1, int(round(epochs / rate ** k)))
        if r < rungs[0]:
            rungs.insert(0, r)
        k += 1
    return tuple(rungs)


@dataclass(frozen=True)
class SearchConfig:
    """Everything that defines a round of search. Validated on construction (``ValueError``) and normalised."""

    trials: int = 100
    seed: int = 0
    n_data: int = 500
    """The first N training images are all the search ever sees (the book: 500)."""
    val_fraction: float = 0.2
    """Share of those images (after shuffling) kept for validation (the book: 20 %)."""
    epochs: int = 50
    batch_size: int = 100
    lr_log10: tuple[float, float] = BOOK_LR_LOG10
    wd_log10: tuple[float, float] = BOOK_WD_LOG10
    optimizers: tuple[str, ...] = ("SGD",)
    hidden_layers: tuple[int, int] = (6, 6)
    """Range of the hidden-layer count (both ends included; equal ends: fixed, the book's 6)."""
    hidden_widths: tuple[int, ...] = (100,)
    early_stop: str = "off"
    grace_epochs: int | None = None
    """Epochs before early stopping may act; None: a fifth of the epochs (median rule) or a tenth (halving: the
    first rung is the first rung of ``halving_rungs`` at or after it)."""
    wave: int = 10
    """Early stopping compares a trial with the trials of earlier waves of this many trials."""
    top_k: int = 20
    dtype: Any = "float32"
    workers: int | None = None
    """Worker processes when the search makes its own pool (None: the cores minus one)."""
    address: str | None = None
    """A Dask scheduler address, for a search that makes its own pool on a cluster."""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "trials", validate_int("trials", self.trials, 1, 100_000))
        set_(self, "seed", validate_int("seed", self.seed, 0))
        set_(self, "n_data", validate_int("n_data", self.n_data, 2))
        try:
            vf = float(self.val_fraction)
        except (TypeError, ValueError):
            raise ValueError(f"val_fraction: '{self.val_fraction}' is not a number") from None
        if not 0 < vf < 1:
            raise ValueError(f"val_fraction: must lie between 0 and 1 (got {vf:g})")
        set_(self, "val_fraction", vf)
        set_(self, "epochs", validate_int("epochs", self.epochs, 1, 100_000))
        set_(self, "batch_size", validate_int("batch_size", self.batch_size, 1, 1_000_000))
        set_(self, "lr_log10", check_log_range("learning rate", self.lr_log10))
        set_(self, "wd_log10", check_log_range("weight decay", self.wd_log10))
        opts = (self.optimizers,) if isinstance(self.optimizers, str) else tuple(self.optimizers)
        if not opts or any(o not in OPTIMIZERS for o in opts):
            raise ValueError(f"optimizers: choose from {', '.join(OPTIMIZERS)}")
        set_(self, "optimizers", opts)
        lo = validate_int("hidden layers", self.hidden_layers[0], 1, 20)
        set_(self, "hidden_layers", (lo, validate_int("hidden layers", self.hidden_layers[1], lo, 20)))
        set_(self, "hidden_widths", tuple(validate_int("hidden width", w, 1, 10_000) for w in self.hidden_widths))
        if not self.hidden_widths:
            raise ValueError("hidden width: give at least one width")
        if self.early_stop not in EARLY_STOP_RULES:
            raise ValueError(f"early_stop: '{self.early_stop}' is not one of {', '.join(EARLY_STOP_RULES)}")
        if self.grace_epochs is not None:
            set_(self, "grace_epochs", validate_int("grace_epochs", self.grace_epochs, 1))
        set_(self, "wave", validate_int("wave", self.wave, 1))
        set_(self, "top_k", validate_int("top_k", self.top_k, 1))
        set_(self, "dtype", validate_dtype(self.dtype).name)
        if self.workers is not None:
            set_(self, "workers", validate_int("workers", self.workers, 1, 1024))

    @property
    def grace(self) -> int:
        """Epochs before early stopping may act."""
        if self.grace_epochs is not None:
            return self.grace_epochs
        return max(1, self.epochs // (10 if self.early_stop == "halving" else 5))

    @property
    def rungs(self) -> tuple[int, ...]:
        """Successive halving's rungs (epochs); just (epochs,) without halving."""
        if self.early_stop != "halving":
            return (self.epochs,)
        return halving_rungs(self.epochs, self.grace)
