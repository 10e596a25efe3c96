"""The optimizer race on a 2-D loss surface (book §6.1.7, figure 6-8), live.

Left: the surface (built-in or typed formula), the start point, and one row per optimizer (show/hide, learning rate
on a log scale, its own hyperparameters). Right: the surface as a filled contour map with contour lines and every
optimizer's path; below it, the loss against the step on a log scale.

Parts: ``tab`` (the run and what a change does), ``surface_box`` (surface, formula, start point, steps),
``surface_map`` (the contour map, minima, where f overflows, the start marker), ``race_plots`` (paths, heads, loss
curves, diverged marks, legend; thinned to what the screen shows by ``screen_path``) and ``export`` (CSV).
The math is in ``model.surfaces``, ``model.optimizers`` and ``model.experiments.race``; these modules only bind
widgets and draw snapshots.
"""
from gui.tabs.race.screen_path import ScreenPath
from gui.tabs.race.surface_box import CUSTOM, START_LIMIT
from gui.tabs.race.tab import RaceTab

__all__ = ["RaceTab", "ScreenPath", "CUSTOM", "START_LIMIT"]
