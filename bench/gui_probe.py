"""Helpers for GUI benchmarks: an event-loop latency probe and a frame counter (offscreen Qt)."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer


class LatencyProbe(QObject):
    """A 10 ms timer that records how late each tick runs: the delay an input event would see."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self.lateness: list[float] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def summary(self) -> str:
        a = np.array(self.lateness) * 1000
        if a.size == 0:
            return "latency: no samples"
        return (f"event-loop lateness over {a.size} ticks: p50 {np.percentile(a, 50):.1f} ms, "
                f"p95 {np.percentile(a, 95):.1f} ms, max {a.max():.1f} ms")
