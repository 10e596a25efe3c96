"""The weight-initialization lab (book §6.2, figures 6-10 to 6-15), in two views:

- ``histogram_view``: per-layer activation and gradient histograms that follow the controls at once
  (``histogram_controls``, ``histogram_figure``; one layer's plot in ``layer_plot``);
- ``mnist_view``: std 0.01, Xavier and He training the same network on MNIST (``mnist_controls``, ``mnist_figure``);
- ``tab``: the switch between them and the training run; ``style``: the colours both views share.

The math is in ``model.experiments.weight_init`` and ``model.experiments.init_compare``; these modules only bind
widgets and draw.
"""
from gui.tabs.weight_init.tab import WeightInitTab

__all__ = ["WeightInitTab"]
