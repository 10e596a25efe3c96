"""Several networks trained side by side on one sequence of mini-batches (book §6.1.8, §6.2.4, §6.3.2).

The machinery shared by the MNIST optimizer race (``mnist_race``), the weight-init comparison (``init_compare``)
and any other lab that trains a few networks in lock step and plots their loss curves:

* :class:`Contestant`: one network, its optimizer and its histories (mini-batch loss per iteration, accuracies at
  evaluation points, divergence).
* :class:`SideBySideTrainer`: draws one mini-batch per iteration (with replacement, from its own Generator) and
  gives the *same* batch to every contestant that is still alive; evaluates accuracies every ``eval_every``
  iterations; times itself.
* :class:`RunSnapshot` / :class:`TrainingSnapshot`: frozen pictures for the GUI.
* :func:`smooth_curve`: the book's plot smoothing (``common/util.py``).
* :func:`activation_histograms` (from ``model.histograms``): per-layer histograms of hidden activations (exact zeros
  counted apart).

One iteration of a contestant, as in the book's scripts::

    grads = net.gradient(x_batch, t_batch)          # forward + backward on the batch
    optimizer.update(params, grads)                 # in place
    loss = net.loss(x_batch, t_batch)               # the SAME batch, after the update: the book's train_loss[k]

With ``loss_after_update=False`` the loss recorded is the one of the gradient pass (same batch, *before* the
update), which saves one forward pass (about a quarter of the time of an iteration); the curves look the same.

Divergence: a contestant whose loss or parameters become non-finite (inf/NaN) is marked diverged at that iteration
(``diverged_step``, 1-based), its loss history ends with the last finite value, it is never trained or evaluated
again, and the others go on. Floating-point warnings (overflow ...) are silenced while stepping: a blow-up is a
result to show, not an error. The cross-entropy (with its 1e-7 inside the log) cannot exceed about 16.1, so a
"loss too large" threshold would never fire; non-finite values are the signal.

Accuracies are evaluated on copies of the networks (``MultiLayerNet.clone()``) taken at the evaluation point, in
test mode, on a fixed subset of the training images (``eval_train_size`` evenly spaced images) and on the test set
(all of it, or ``eval_test_size`` evenly spaced images). To keep every ``step()`` short, that work is spread over
the following iterations in chunks of ``eval_chunk`` images, just enough chunks per iteration to finish before
the next evaluation point (the results appear in the snapshots a few iterations later, labelled with the
iteration they belong to); the end of the run, or an early new evaluation point, first finishes the pending one. Iteration 0 (the initial networks) is an evaluation point too.
"""
from __future__ import annotations

from model.experiments.training.contestant import Contestant
from model.experiments.training.curves import SMOOTH_BETA, SMOOTH_WINDOW, finite_start, smooth_curve
from model.experiments.training.snapshots import RunSnapshot, TrainingSnapshot
from model.experiments.training.streams import BATCH_STREAM, INIT_STREAM, evenly_spaced, stream_rng
from model.experiments.training.trainer import SideBySideTrainer
from model.histograms import LayerHistogram, activation_histograms

__all__ = [
    "finite_start",
    "SMOOTH_WINDOW",
    "SMOOTH_BETA",
    "smooth_curve",
    "Contestant",
    "SideBySideTrainer",
    "RunSnapshot",
    "TrainingSnapshot",
    "LayerHistogram",
    "activation_histograms",
    "evenly_spaced",
    "stream_rng",
    "BATCH_STREAM",
    "INIT_STREAM",
]
