"""The optimizer race on MNIST (book §6.1.8, figure 6-9), live.

Left: the training data (bundled 5k subset, or full MNIST when the user opens or downloads it; all of it or the
first N training images), the network's size, seed, iterations and batch size (changing any of these restarts the
race), and one row per optimizer (take part or not, which also restarts; learning rate and the other
hyperparameters change live, between two iterations). Right: the training loss (each mini-batch faint, smoothed
bold) and the accuracies (test solid, training dashed) against the iteration, and a table of the latest results.

Every optimizer trains a copy of the same initial network on the same mini-batches; a run whose loss or weights
become infinite is marked diverged at that iteration and stops, the others go on.

Parts: ``tab`` (the run, the curves and what a change does), ``setup_box`` (data and network), ``results_table``
and ``export`` (CSV). The math, and which images are scored, are in ``model.experiments.mnist_race`` and
``model.experiments.training``; these modules only bind widgets and draw snapshots.
"""
from gui.tabs.mnist_race.tab import MnistRaceTab

__all__ = ["MnistRaceTab"]
