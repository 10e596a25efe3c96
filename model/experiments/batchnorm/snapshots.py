"""What a sweep snapshot carries: per scale the curves of both networks, and the inside view of one scale (histograms
and BN statistics), with the numbers the views draw."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from model.experiments.batchnorm.config import BatchNormSweepConfig
from model.experiments.training import finite_start, smooth_curve
from model.histograms import LayerHistogram


@dataclass(frozen=True, eq=False)
class ScaleSnapshot:
    """One weight scale (one panel of Fig. 6-19): the BN network and the plain network trained from the same start.

    Arrays are read-only copies, float64. Accuracy arrays have one entry per evaluation point so far
    (``epoch`` of the sweep snapshot); loss arrays one entry per update so far (``iteration``).
    """

    index: int
    scale: float
    bn_train_acc: np.ndarray
    plain_train_acc: np.ndarray
    bn_test_acc: np.ndarray | None
    """Test accuracy per evaluation point; ``None`` unless ``eval_test``."""
    plain_test_acc: np.ndarray | None
    bn_losses: np.ndarray
    """Training-mode mini-batch loss of each iteration (before its update); NaN once diverged."""
    plain_losses: np.ndarray
    bn_epoch_loss: np.ndarray
    """Mean of ``bn_losses`` since the previous evaluation point, one per evaluation point."""
    plain_epoch_loss: np.ndarray
    bn_diverged: bool
    plain_diverged: bool
    bn_diverged_iteration: int | None
    """0-based iteration at which the loss or a parameter became non-finite (the network is frozen from there)."""
    plain_diverged_iteration: int | None

    @cached_property
    def bn_smoothed(self) -> np.ndarray:
        """``smooth_curve`` of the BN network's losses up to its first non-finite one (the curve the plots draw)."""
        return smooth_curve(finite_start(self.bn_losses))

    @cached_property
    def plain_smoothed(self) -> np.ndarray:
        """``smooth_curve`` of the plain network's losses up to its first non-finite one."""
        return smooth_curve(finite_start(self.plain_losses))

    @cached_property
    def loss_top(self) -> float:
        """Top of a loss axis that shows both networks: 1.1 × the largest of the smoothed curves and of the 95th
        percentile of the raw losses (single spikes may leave the plot), within [2.5, 20] (ln 10 ≈ 2.3 is chance)."""
        top = 0.0
        for losses, smoothed in ((self.bn_losses, self.bn_smoothed), (self.plain_losses, self.plain_smoothed)):
            raw = finite_start(losses)
            if raw.size:
                top = max(top, float(np.max(smoothed)), float(np.percentile(raw, 95)))
        return min(max(top * 1.1, 2.5), 20.0)


@dataclass(frozen=True, eq=False)
class BNLayerStats:
    """One BN layer of the inspected BN network (arrays of the layer's width, read-only float64).

    ``running_mean``/``running_var`` are what test mode uses (they start at 0 and move 10 % per training step).
    ``batch_mean``/``batch_var`` are the mean and biased variance of this layer's BN input (the Affine output) over
    the inspected batch, with the current parameters: what training mode normalises with.
    """

    layer: int
    running_mean: np.ndarray
    running_var: np.ndarray
    batch_mean: np.ndarray
    batch_var: np.ndarray

    @property
    def running_mean_avg(self) -> float:
        """Mean over the layer's units of running_mean (one point per layer in the plot)."""
        return float(np.mean(self.running_mean))

    @property
    def running_mean_spread(self) -> float:
        """Standard deviation over the units of running_mean (the error bar: ± this)."""
        return float(np.std(self.running_mean))

    @property
    def batch_mean_avg(self) -> float:
        return float(np.mean(self.batch_mean))

    @property
    def batch_mean_spread(self) -> float:
        return float(np.std(self.batch_mean))

    @property
    def running_var_avg(self) -> float:
        return float(np.mean(self.running_var))

    @property
    def batch_var_avg(self) -> float:
        return float(np.mean(self.batch_var))

    @property
    def running_var_ratio(self) -> float:
        """mean(running_var) / mean(batch_var): about 0.1 after one update (the book's zero start), → 1 later."""
        b = float(np.mean(self.batch_var))
        return float(np.mean(self.running_var)) / b if b > 0 else math.nan


@dataclass(frozen=True, eq=False)
class InsideView:
    """The inside of the two networks of one scale, on one batch."""

    index: int
    scale: float
    iteration: int
    """Updates made when this view was computed."""
    batch_size: int
    bn: tuple[LayerHistogram, ...]
    """Per hidden layer, the BN network's activations (training mode: batch statistics)."""
    plain: tuple[LayerHistogram, ...]
    """Per hidden layer, the plain network's activations."""
    bn_layers: tuple[BNLayerStats, ...]
    """Per BN layer, running vs batch statistics."""

    @property
    def running_var_ratios(self) -> tuple[float, ...]:
        """``running_var_ratio`` of every BN layer, layer 1 first."""
        return tuple(s.running_var_ratio for s in self.bn_layers)


@dataclass(frozen=True, eq=False)
class BatchNormSweepSnapshot:
    """The whole sweep at one moment."""

    config: BatchNormSweepConfig
    epoch: int
    """Evaluation points so far (the length of every accuracy array)."""
    iteration: int
    """Updates made so far (the length of every loss array); equals ``step_count``."""
    total_iterations: int
    iter_per_epoch: int
    n_train: int
    """Training images actually used (config.n_train capped at the data set's size)."""
    n_test: int
    """Test images used for ``*_test_acc`` (0 without ``eval_test``)."""
    lr: float
    done: bool
    eval_iterations: np.ndarray
    """0-based iteration after whose update each evaluation point was taken (0, ipe, 2·ipe, ...)."""
    scales: tuple[ScaleSnapshot, ...]
    inspect_index: int
    inside: InsideView

    @property
    def scale_values(self) -> tuple[float, ...]:
        return tuple(s.scale for s in self.scales)
