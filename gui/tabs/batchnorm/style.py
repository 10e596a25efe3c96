"""Colours of the batch-normalization lab: BN solid blue, plain dashed vermilion, the same in every view."""
from __future__ import annotations

from gui.plotstyle import SERIES_COLORS


BN_COLOR = SERIES_COLORS[0]      # blue: with batch normalization (solid)
PLAIN_COLOR = SERIES_COLORS[1]   # vermilion: without (dashed)
BATCH_STAT_COLOR = "#555555"     # the mini-batch's own statistics in the BN plots
REFERENCE_COLOR = "#D0D0D0"      # accuracy 0.5 and 1 in the small panels
GRADIENT_TOLERANCE = 1e-6
