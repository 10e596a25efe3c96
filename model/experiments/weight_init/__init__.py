"""Weight initialisation lab: per-layer activation and gradient histograms (book §6.2.2, fig. 6-10 to 6-14).

The book's ``ch06/weight_init_activation_histogram.py`` feeds 1000 random inputs through five bias-free layers of
100 units and plots the histogram of every layer's activations::

    x = randn(1000, 100)                       # drawn FIRST
    for each layer:  W = randn(100, 100) * scale   # one matrix per layer, in order, no bias
                     a = x @ W;  z = activation(a);  x = z

``scale`` is a number (the std of the weights), Xavier √(1/n) or He √(2/n), n being the fan-in (``n_units``).

This module adds the backward pass of the same stack, so that vanishing and exploding *gradients* can be shown
next to the activations. A fixed upstream gradient g = dL/dz_L is drawn from the same RNG **after** the weights
(standard normal, shape ``(n_samples, n_units)``); that is the gradient of the loss L = Σ g ⊙ z_L. Going back:

    dL/da_i = dL/dz_i ⊙ activation'(a_i)          (what the layer's weights see: dL/dW_i = z_{i-1}ᵀ · dL/da_i)
    dL/dz_{i-1} = dL/da_i · W_iᵀ

The per-layer gradient this module reports (and histograms) is **dL/da_i, the gradient at the pre-activation**.

Three levels of API:

- :func:`forward_backward` (and the thin wrappers :func:`layer_activations`, :func:`layer_gradients`): the raw
  arrays, drawn from an ``rng`` you pass (default ``np.random.default_rng(0)``). To reproduce the book's script
  number for number pass ``rng=np.random.RandomState(seed)``: its ``standard_normal`` is the stream of
  ``np.random.seed(seed); np.random.randn(...)``.
- :class:`HistogramLab` with :class:`HistogramConfig`: ``compute(config) -> HistogramSnapshot``, the statistics and
  histograms the GUI draws (:class:`LayerStats` per layer). It caches the random draws, so moving the weight-std
  slider or switching the activation only redoes the matrix products and the statistics.
- :data:`BOOK_PRESETS`: the configurations of the book's figures.

Random numbers are always drawn in float64 (the standard streams) and then cast to the compute dtype, so float32
and float64 runs see the same numbers and differ only by rounding.
"""
from __future__ import annotations

from model.experiments.weight_init.lab import BOOK_PRESETS, HistogramConfig, HistogramLab, HistogramSnapshot
from model.experiments.weight_init.settings import (ACTIVATION_NAMES, DTYPES, MAX_BINS, MAX_LAYERS, MAX_SAMPLES,
                                                   MAX_UNITS, MAX_VALUES_PER_LAYER, MAX_WEIGHT_STD, RANGE_MODES,
                                                   RNG_STREAMS, ROBUST_PERCENTILE, ROBUST_SAMPLE, SATURATION_HIGH,
                                                   SATURATION_LOW, WEIGHT_STD_NAMES, resolve_weight_std,
                                                   samples_for_units)
from model.experiments.weight_init.stack import ForwardBackward, forward_backward, layer_activations, layer_gradients
from model.experiments.weight_init.stats import LayerStats

__all__ = [
    "ACTIVATION_NAMES",
    "BOOK_PRESETS",
    "ForwardBackward",
    "HistogramConfig",
    "HistogramLab",
    "HistogramSnapshot",
    "LayerStats",
    "forward_backward",
    "layer_activations",
    "layer_gradients",
    "resolve_weight_std",
    "samples_for_units",
    "DTYPES", "MAX_BINS", "MAX_LAYERS", "MAX_SAMPLES", "MAX_UNITS", "MAX_VALUES_PER_LAYER", "MAX_WEIGHT_STD",
    "RANGE_MODES", "RNG_STREAMS", "ROBUST_PERCENTILE", "ROBUST_SAMPLE", "SATURATION_HIGH", "SATURATION_LOW",
    "WEIGHT_STD_NAMES",
]
