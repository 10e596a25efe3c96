"""A strip of test images the chosen run gets wrong, each with its true and predicted digit ("7 → 1"): what the
memorising network's mistakes look like. The first ``COUNT`` misclassified test images, in test-set order, so the
same image stays in the same place while the network learns (and leaves the strip once it gets it right)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from gui.plotstyle import FONTS
from gui.widgets import WrappedLabel

COUNT = 14
"""Images in the strip."""
SCALE = 2
"""Each 28×28 image is shown at 56×56 pixels."""


def digit_pixmap(pixels: np.ndarray, scale: int = SCALE) -> QPixmap:
    """A 28×28 uint8 image (0 = background) as dark ink on white, enlarged ``scale`` times."""
    ink = np.ascontiguousarray(255 - pixels.reshape(28, 28).astype(np.uint8))
    image = QImage(ink.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(28 * scale, 28 * scale, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.FastTransformation)


class MistakeCells(QWidget):
    """The cells of the strip, painted in one ``paintEvent``: as many as the width holds, at most ``COUNT``.

    One widget that paints its images keeps a fixed height whatever it shows, so new mistakes (or none) never
    re-lay out the tab, and it asks for the width of one cell only: in a narrow window it shows fewer images instead
    of widening the column past the screen."""

    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = FONTS.font("label", bold=True)
        self._side = 28 * SCALE + 2
        self._caption_h = QFontMetrics(self._font).height() + 2
        self._cells: list[tuple[QPixmap, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(COUNT * (self._side + self.GAP), self._side + self._caption_h)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._side, self._side + self._caption_h)

    def fitting(self) -> int:
        """How many cells the current width holds."""
        return max(1, min(COUNT, (self.width() + self.GAP) // (self._side + self.GAP)))

    def set_cells(self, cells: list[tuple[QPixmap, str]]) -> None:
        self._cells = cells
        self.update()

    def captions(self) -> list[str]:
        """The captions painted at the current width."""
        return [text for _, text in self._cells[:self.fitting()]]

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setFont(self._font)
        border = QPen(QColor("#bbbbbb"))
        ink = QColor("#111111")
        for k, (pixmap, text) in enumerate(self._cells[:self.fitting()]):
            x = k * (self._side + self.GAP)
            painter.fillRect(QRect(x, 0, self._side, self._side), QColor("white"))
            painter.drawPixmap(x + 1, 1, pixmap)
            painter.setPen(border)
            painter.drawRect(QRect(x, 0, self._side - 1, self._side - 1))
            painter.setPen(ink)
            painter.drawText(QRect(x - self.GAP // 2, self._side, self._side + self.GAP, self._caption_h),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class MistakesStrip(QWidget):
    """A title over :class:`MistakeCells`: the first ``COUNT`` test images a run gets wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappedLabel(self)  # wraps: the strip's title never widens the window past a 1024 px projector
        self.title.setFont(FONTS.font("label", bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.cells = MistakeCells(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.cells)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never more than it shows
        self._shown: tuple = ()
        self._pixmaps: dict[int, QPixmap] = {}

    def clear(self) -> None:
        self._shown = ()
        self._pixmaps = {}
        self.cells.set_cells([])

    def show_mistakes(self, wrong: np.ndarray, predicted: np.ndarray, images: np.ndarray, labels: np.ndarray) -> None:
        """Show the first ``COUNT`` of the test images ``wrong`` (indices into ``images``) with their predictions."""
        shown = tuple((int(i), int(p)) for i, p in zip(wrong[:COUNT], predicted[:COUNT]))
        if shown == self._shown:
            return
        self._shown = shown
        pixmaps = {i: self._pixmaps.get(i) or digit_pixmap(images[i]) for i, _ in shown}  # an image stays: reuse it
        self._pixmaps = pixmaps
        self.cells.set_cells([(pixmaps[i], f"{int(labels[i])} → {p}") for i, p in shown])

    def captions_text(self) -> list[str]:
        """The captions shown (for tests)."""
        return self.cells.captions()
