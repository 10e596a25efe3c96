"""The batch-normalization lab (book §6.3.2, figure 6-19), live.

1. **Sweep**: for every weight scale W (the standard deviation of the initial weights, 16 scales from 1 to 10⁻⁴ by
   default) a network with batch normalization and the same network without it train side by side from the same
   initial weights on the same mini-batches. One small panel per scale shows both training-accuracy curves
   (BN solid, plain dashed) against the epoch, all in one ``GraphicsLayoutWidget`` with shared axes and one legend.
2. **One scale, large** (click a panel): the accuracy and loss curves of that scale and the *inside view*: the
   activation histograms of every hidden layer with and without BN, and the running mean and variance BN has learned.
3. **Check gradients**: backpropagation against central differences on a small BN network (with 10 images, unlike
   the book's one-image check).

Parts: ``tab`` (the run and the pages), ``controls``, ``sweep_grid`` (with ``sweep_panel`` and ``sweep_legend``),
``detail_view`` (with ``inside_figure`` and ``inside_plots``), ``gradient_check_view``; ``style`` holds the colours.
The math is in ``model.experiments.batchnorm``; these modules only bind widgets and draw snapshots.

To let a lecturer open any panel after the sweep has finished, the tab's run lingers (``LINGER``): after the last
iteration the worker stays, paused at zero CPU, and applies a live change at once, so the model recomputes the
inside view of the clicked scale.
"""
from gui.tabs.batchnorm.tab import BatchNormTab

__all__ = ["BatchNormTab"]
