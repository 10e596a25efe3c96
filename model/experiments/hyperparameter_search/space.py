"""What a search draws from, and the trials it draws (book §6.5.3).

The book samples each hyperparameter from a range on a **log scale**: weight decay λ = 10^U(−8, −4), drawn first, then
the learning rate η = 10^U(−6, −2), both uniform in the exponent (a learning rate is as likely to lie in
[10⁻⁶, 10⁻⁵] as in [10⁻³, 10⁻²]). Optionally the optimizer, the number of hidden layers and their width are drawn
too (uniformly from the choices given), after λ and η.

A :class:`Round` is one batch of trials drawn from one set of ranges; narrowing the ranges (the book's "narrow and
repeat") starts a new round. Trial ``index`` counts across rounds, and each trial's own random stream (initial
weights, mini-batches) is derived from the search seed and that index only, so a trial gives the same numbers
whichever worker runs it and whenever.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.experiments.base import validate_int
from model.experiments.training import stream_rng
from model.optimizers import OPTIMIZERS

__all__ = ["Round", "TrialSpec", "draw_trials", "trial_rng", "SAMPLE_STREAM", "TRIAL_STREAM", "SPLIT_STREAM",
           "BOOK_LR_LOG10", "BOOK_WD_LOG10", "check_log_range"]

SAMPLE_STREAM = 10
"""``spawn_key`` head of the Generator that draws the hyperparameters of a round (``stream_rng(seed, 10, round)``)."""
TRIAL_STREAM = 11
"""``spawn_key`` head of a trial's own Generator (``stream_rng(seed, 11, index)``): initial weights, then batches."""
SPLIT_STREAM = 12
"""``spawn_key`` of the Generator that shuffles the data before the validation split."""

BOOK_LR_LOG10 = (-6.0, -2.0)
"""The book's learning-rate range as exponents of 10."""
BOOK_WD_LOG10 = (-8.0, -4.0)
"""The book's weight-decay range as exponents of 10."""


def check_log_range(name: str, rng: tuple[float, float], lo: float = -12.0, hi: float = 2.0) -> tuple[float, float]:
    """A (low, high) pair of exponents of 10 with lo ≤ low < high ≤ hi, as floats; else ``ValueError``."""
    try:
        a, b = (float(v) for v in rng)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: give two exponents of 10, e.g. (-6, -2)") from None
    if not (np.isfinite(a) and np.isfinite(b)) or a >= b:
        raise ValueError(f"{name}: the lower end must be below the upper end (got 10^{a:g} to 10^{b:g})")
    if a < lo or b > hi:
        raise ValueError(f"{name}: must lie between 10^{lo:g} and 10^{hi:g}")
    return a, b


@dataclass(frozen=True)
class Round:
    """One batch of trials drawn from one set of ranges (exponents of 10)."""

    number: int
    """0 for the first search, 1 after the first narrowing ..."""
    lr_log10: tuple[float, float]
    wd_log10: tuple[float, float]
    trials: int
    first_index: int
    """Index of the round's first trial (trial indices count across rounds)."""


@dataclass(frozen=True)
class TrialSpec:
    """Everything that defines one trial; small, so it travels to a worker with each job."""

    index: int
    round: int
    weight_decay: float
    lr: float
    optimizer: str = "SGD"
    hidden_layers: int = 6
    hidden_width: int = 100


def trial_rng(seed: int, index: int) -> np.random.Generator:
    """The trial's own stream: its initial weights, then its mini-batches."""
    return stream_rng(seed, TRIAL_STREAM, index)


def draw_trials(seed: int, rnd: Round, optimizers: tuple[str, ...] = ("SGD",),
                hidden_layers: tuple[int, int] = (6, 6), hidden_widths: tuple[int, ...] = (100,)) -> list[TrialSpec]:
    """The trials of a round, in index order, from ``stream_rng(seed, SAMPLE_STREAM, round)``.

    Per trial, in this order: λ = 10^U(wd_log10), η = 10^U(lr_log10) (the book's order), then, only when there is a
    choice, the optimizer (uniform over ``optimizers``), the hidden-layer count (uniform integer in
    ``hidden_layers``, both ends included) and the width (uniform over ``hidden_widths``).
    """
    for name in optimizers:
        if name not in OPTIMIZERS:
            raise ValueError(f"optimizers: unknown optimizer '{name}' (choose from {', '.join(OPTIMIZERS)})")
    if not optimizers:
        raise ValueError("optimizers: choose at least one optimizer")
    lo_layers = validate_int("hidden layers", hidden_layers[0], 1, 20)
    hi_layers = validate_int("hidden layers", hidden_layers[1], lo_layers, 20)
    widths = tuple(validate_int("hidden width", w, 1, 10_000) for w in hidden_widths)
    if not widths:
        raise ValueError("hidden width: give at least one width")
    rng = stream_rng(seed, SAMPLE_STREAM, rnd.number)
    specs = []
    for k in range(rnd.trials):
        wd = float(10 ** rng.uniform(*rnd.wd_log10))
        lr = float(10 ** rng.uniform(*rnd.lr_log10))
        opt = optimizers[int(rng.integers(len(optimizers)))] if len(optimizers) > 1 else optimizers[0]
        layers = int(rng.integers(lo_layers, hi_layers + 1)) if hi_layers > lo_layers else lo_layers
        width = widths[int(rng.integers(len(widths)))] if len(widths) > 1 else widths[0]
        specs.append(TrialSpec(rnd.first_index + k, rnd.number, wd, lr, opt, layers, width))
    return specs
