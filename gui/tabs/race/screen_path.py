"""The points of a growing optimizer path that the screen can tell apart."""
from __future__ import annotations

import numpy as np


class ScreenPath:
    """The points of a growing path that a screen can tell apart, kept incrementally from frame to frame.

    A point is kept when it lies at least a pixel (in x or y) from the last point kept; the newest point is always
    drawn. A converged run's thousands of tiny steps collapse to a few points, while a visible zig-zag stays a
    zig-zag (every-k-th thinning would alias SGD's period-2 oscillation into a straight line).
    """

    def __init__(self) -> None:
        self._pixel: tuple[float, float] | None = None
        self._kept: list[tuple[float, float]] = []
        self._seen = 0
        self._drawn = -1

    def update(self, path: np.ndarray, pixel: tuple[float, float]) -> np.ndarray | None:
        """The points to draw, or None when they are the same as last time (nothing to redraw)."""
        if pixel != self._pixel or len(path) < self._seen:
            self._pixel, self._kept, self._seen = pixel, [], 0
            self._drawn = -1
        px, py = pixel
        kept = self._kept
        for x, y in path[self._seen:].tolist():
            if not kept or abs(x - kept[-1][0]) >= px or abs(y - kept[-1][1]) >= py:
                kept.append((x, y))
        self._seen = len(path)
        if len(kept) == self._drawn:
            return None
        self._drawn = len(kept)
        return np.array(kept, dtype=float).reshape(-1, 2)
