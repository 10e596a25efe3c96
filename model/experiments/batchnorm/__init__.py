"""Batch-normalization sweep: the book's ``ch06/batch_norm_test.py`` (§6.3.2, Fig. 6-19), live.

For every weight scale w (the std of the initial weights, ``np.logspace(0, -4, 16)`` by default) two networks
784-100×5-10 (ReLU) are trained side by side with SGD(lr 0.01) on the first 1000 training images: one **with**
batch normalization (Affine → BN → ReLU) and one **without** ("plain"). The figure shows, panel by panel, that the
BN network learns at almost every scale while the plain one learns only in a narrow band (w ≈ 0.16-0.29 in the
book), stays at chance level for small w and overflows for w = 1.

Differences from the book, chosen for a fair teaching comparison:

* **Same initial weights.** For each scale the plain network is built first (its W drawn from the weight
  generator); the BN network then gets *copies* of the same W and b arrays, plus γ = 1 and β = 0. The book builds
  the BN network first and draws separate weights for each network.
* **Same mini-batches.** Each iteration draws one batch of ``batch_size`` indices **with replacement** (the book's
  ``np.random.choice``) from a generator of its own, and all 2 × n_scales networks train on it.
* Random streams: ``np.random.SeedSequence(seed).spawn(2)`` gives the weight generator and the batch generator.
  The scales draw their weights in order (scale 0 first). Same seed → same numbers.

Kept from the book's script:

* ``iter_per_epoch = max(n_train // batch_size, 1)`` (10 by default). The networks are evaluated **after the update**
  of every iteration i with ``i % iter_per_epoch == 0``, i.e. after updates 0, 10, …, 190: ``epochs`` evaluation
  points ("epoch 0" comes after a single update) and ``(epochs − 1)·iter_per_epoch + 1`` updates in all (191 by
  default). Then the sweep is done.
* Training accuracy is measured on the same ``n_train`` images, in **test mode**: the BN network uses its running
  mean and variance. Those start at **zero** (running_var too, the book's BatchNormalization) and move by 10 % per
  training step, so after the first update running_var is only 0.1 × the batch variance: test-mode inputs are blown
  up by about √10 and the **epoch-0 BN accuracy sits near chance level**. This is the book's behaviour, on purpose.
* BN details: ε = 1e-6, biased batch variance, momentum 0.9 (``model.layers.BatchNormalization``).

Divergence: the plain network with w = 1 overflows (float32 inf, then NaN) within the first updates, as in the book
(NumPy's overflow warnings are silenced here with ``np.errstate``). A network is marked *diverged* as soon as its
mini-batch loss or one of its parameters is not finite; it is then frozen (no more updates), its per-iteration loss
is NaN from then on, and its accuracy is still *measured* the book's way: the scores are NaN, ``argmax`` of a NaN
row is 0, so the accuracy is the share of zeros among the labels (0.097 on the book's 1000 images). Since the
parameters no longer change, that accuracy is computed once and repeated.

Losses: ``*_losses[i]`` is the training-mode mini-batch loss of iteration i, computed in the forward pass of the
gradient, i.e. **before** that iteration's update (the book's script records it after the update, which costs a
second forward pass). ``*_epoch_loss[k]`` is the mean of the losses since the previous evaluation point: iteration
0 alone for k = 0, iterations (k−1)·ipe+1 … k·ipe after that.

Inside view: for one chosen scale (``inspect_index``, live-changeable) the snapshot carries, for both networks, a
histogram of every hidden layer's activations (the ReLU outputs) on the *current batch* (the batch of the last
update; before the first update, the first batch) in training mode, computed with the current parameters; and for
the BN network each BN layer's running mean and variance next to the batch's own mean and variance of the BN input
(the Affine output). It is recomputed after every evaluation point and when ``inspect_index`` changes; training-mode
forward passes of the BN network are run on a clone, so the running statistics of the sweep are never touched.

Also here: :func:`bn_gradient_check`, the "check gradients" button of the tab (backprop vs central differences on a
small float64 BN network with a batch of several samples, unlike the book's vacuous one-sample check).
"""
from __future__ import annotations

from model.experiments.batchnorm.config import (DTYPES, INSPECT_TARGET_SCALE, LIVE_FIELDS, MAX_BINS, MAX_EPOCHS,
                                                MAX_HIDDEN_LAYERS, MAX_SCALES, MAX_UNITS, BatchNormSweepConfig,
                                                book_figure_6_19, log_scales)
from model.experiments.batchnorm.gradient_check import bn_gradient_check, gradient_check_network
from model.experiments.batchnorm.snapshots import BatchNormSweepSnapshot, BNLayerStats, InsideView, ScaleSnapshot
from model.experiments.batchnorm.sweep import BatchNormSweepExperiment
from model.histograms import LayerHistogram

__all__ = [
    "BatchNormSweepConfig",
    "BatchNormSweepExperiment",
    "BatchNormSweepSnapshot",
    "BNLayerStats",
    "InsideView",
    "LayerHistogram",
    "LIVE_FIELDS",
    "ScaleSnapshot",
    "bn_gradient_check",
    "book_figure_6_19",
    "gradient_check_network",
    "log_scales",
    "MAX_SCALES",
    "MAX_HIDDEN_LAYERS",
    "MAX_UNITS",
    "MAX_EPOCHS",
    "MAX_BINS",
    "DTYPES",
    "INSPECT_TARGET_SCALE",
]
