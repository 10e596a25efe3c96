"""Recording a lab's plots as an animated GIF: frames are grabbed on the GUI thread, encoded in a worker thread.

The GUI thread grabs the plot widget at the chosen frame rate (``QWidget.grab``), scales it to the chosen width and
hands the RGB pixels to :class:`EncoderThread`, a plain Python thread that touches only NumPy arrays and bytes
(``gui.gif``). The thread never calls Qt: :class:`GifRecorder`, a QObject of the GUI thread, polls its counters and
result and emits the signals, so every slot runs on the GUI thread. The file is written with
``model.files.atomic_write`` once encoding is complete; a cancelled recording writes nothing.
"""
from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from gui.gif import GifEncoder
from model.files import WriteError, atomic_write

FRAME_RATES = (5, 10, 15, 20, 25)
"""Frames per second offered; GIF delays are in 1/100 s, so 25 is the fastest that plays evenly everywhere."""


@dataclass(frozen=True)
class RecordingOptions:
    """What to record: ``fps`` frames per second, ``width`` pixels (height follows the plot's aspect), at most
    ``seconds`` long, written to ``path``. Each frame lasts as long as it really was on screen, so the GIF keeps
    real time even when a busy machine grabs fewer frames than asked."""

    path: str
    fps: int = 10
    width: int = 640
    seconds: float = 15.0

    @property
    def max_frames(self) -> int:
        """Frames if every one is grabbed in time."""
        return max(1, round(self.fps * self.seconds))


def image_to_rgb(image: QImage) -> np.ndarray:
    """An ``height×width×3`` uint8 copy of ``image``'s pixels."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return buffer[:, : 3 * w].reshape(h, w, 3).copy()


def frame_size(widget: QWidget, width: int) -> tuple[int, int]:
    """The GIF's size: ``width`` wide (even), as tall as the widget's aspect gives."""
    w = max(16, width - width % 2)
    aspect = widget.height() / max(1, widget.width())
    return w, max(16, round(w * aspect))


def grab_frame(widget: QWidget, size: tuple[int, int]) -> np.ndarray:
    """Grab ``widget`` as it is drawn now and scale it to ``size`` (smoothly), as RGB pixels."""
    image = widget.grab().toImage()
    image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return image_to_rgb(image)


class EncoderThread(threading.Thread):
    """Encodes frames from a queue into GIF bytes. Touches no Qt object; the GUI thread polls its state."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__(name="gif-encoder", daemon=True)
        self._frames: queue.Queue = queue.Queue()
        self._cancel = threading.Event()
        self._encoder = GifEncoder(width, height)
        self.encoded = 0
        self.data: bytes | None = None
        self.error: BaseException | None = None

    def put(self, rgb: np.ndarray, seconds: float) -> None:
        """Queue a frame shown for ``seconds``."""
        self._frames.put((rgb, seconds))

    def close(self) -> None:
        """No more frames: finish the file after the queued ones."""
        self._frames.put(None)

    def cancel(self) -> None:
        self._cancel.set()
        self._frames.put(None)

    def run(self) -> None:
        try:
            while not self._cancel.is_set():
                item = self._frames.get()
                if item is None:
                    break
                self._encoder.add(*item)
                self.encoded += 1
            if not self._cancel.is_set():
                self.data = self._encoder.finish()
        except Exception as exc:  # reported to the user by the GUI thread
            self.error = exc


class GifRecorder(QObject):
    """Records ``widget`` into a GIF as described by ``options``.

    Signals (all emitted on the GUI thread): ``progress(recorded, encoded)``; ``saved(path)``; ``failed(message)``
    with the reason in English for the log (the dialog words it for the user); ``cancelled()``.
    """

    progress = Signal(int, int)
    recordingStopped = Signal()
    saved = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    POLL_MS = 50

    def __init__(self, widget: QWidget, options: RecordingOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.options = options
        self.size = frame_size(widget, options.width)
        self.recorded = 0
        self.error: BaseException | None = None
        self._worker = EncoderThread(*self.size)
        self._pending: tuple[np.ndarray, float] | None = None  # the last frame grabbed and when
        self._started = 0.0
        self._state = "idle"
        self._grab_timer = QTimer(self)
        self._grab_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._grab_timer.setInterval(round(1000 / options.fps))
        self._grab_timer.timeout.connect(self._grab)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS)
        self._poll_timer.timeout.connect(self._poll)

    @property
    def state(self) -> str:
        """'idle', 'recording', 'encoding', 'saved', 'failed' or 'cancelled'."""
        return self._state

    @property
    def encoded(self) -> int:
        return self._worker.encoded

    def start(self) -> None:
        self._state = "recording"
        self._started = time.monotonic()
        self._worker.start()
        self._grab()
        self._grab_timer.start()
        self._poll_timer.start()

    def stop(self) -> None:
        """Stop grabbing; the file is written when the queued frames are encoded."""
        if self._state != "recording":
            return
        self._grab_timer.stop()
        self._state = "encoding"
        if self._pending is not None:
            self._worker.put(self._pending[0], 1.0 / self.options.fps)
            self._pending = None
        self._worker.close()
        self.recordingStopped.emit()

    def cancel(self) -> None:
        """Stop at once and write nothing (the worker ends after the frame it is on)."""
        if self._state not in ("recording", "encoding"):
            return
        self._grab_timer.stop()
        self._worker.cancel()
        self._state = "cancelled"
        self._poll_timer.stop()
        self.cancelled.emit()

    def wait(self, seconds: float = 5.0) -> bool:
        """Join the encoder thread (for shutdown); True if it has ended."""
        if self._worker.is_alive():
            self._worker.join(seconds)
        return not self._worker.is_alive()

    def _grab(self) -> None:
        if self._state != "recording":
            return
        if not self.widget.isVisible():
            self.stop()
            return
        rgb = grab_frame(self.widget, self.size)
        now = time.monotonic()
        if self._pending is not None:
            self._worker.put(self._pending[0], now - self._pending[1])
        self._pending = (rgb, now)
        self.recorded += 1
        if self.elapsed() + 0.5 / self.options.fps >= self.options.seconds:
            self.stop()

    def elapsed(self) -> float:
        """Seconds since recording started."""
        return time.monotonic() - self._started if self._started else 0.0

    def _poll(self) -> None:
        worker = self._worker
        self.progress.emit(self.recorded, worker.encoded)
        if worker.error is not None:
            self._fail(worker.error)
        elif self._state == "encoding" and not worker.is_alive():
            self._write(worker.data)

    def _write(self, data: bytes | None) -> None:
        self._poll_timer.stop()
        if data is None:
            self._fail(RuntimeError("the encoder produced no data"))
            return
        try:
            atomic_write(self.options.path, data)
        except WriteError as exc:
            self._fail(exc)
            return
        self._state = "saved"
        self.saved.emit(self.options.path)

    def _fail(self, exc: BaseException) -> None:
        self._grab_timer.stop()
        self._poll_timer.stop()
        self._worker.cancel()
        self.error = exc
        self._state = "failed"
        self.failed.emit(str(exc))
