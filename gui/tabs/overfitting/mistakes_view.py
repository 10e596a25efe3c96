"""A strip of test images the chosen run gets wrong, each with its true and predicted digit ("7 → 1"): what the
memorising network's mistakes look like. The first ``COUNT`` misclassified test images, in test-set order, so the
same image stays in the same place while the network learns (and leaves the strip once it gets it right)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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


class MistakesStrip(QWidget):
    """``COUNT`` cells of an image above a caption; empty cells are hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappedLabel(self)  # wraps: the strip's title never widens the window past a 1024 px projector
        self.title.setFont(FONTS.font("label", bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.images: list[QLabel] = []
        self.captions: list[QLabel] = []
        caption_font = FONTS.font("label", bold=True)
        for _ in range(COUNT):
            cell = QVBoxLayout()
            cell.setSpacing(1)
            image = QLabel(self)
            image.setFixedSize(28 * SCALE + 2, 28 * SCALE + 2)
            image.setStyleSheet("border: 1px solid #bbb; background: white;")
            caption = QLabel(self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setFont(caption_font)
            cell.addWidget(image)
            cell.addWidget(caption)
            row.addLayout(cell)
            self.images.append(image)
            self.captions.append(caption)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never more than it shows
        self._shown: tuple = ()
        self.clear()

    def clear(self) -> None:
        self._shown = ()
        for image, caption in zip(self.images, self.captions):
            image.clear()
            caption.setText("")
            image.setVisible(False)
            caption.setVisible(False)

    def show_mistakes(self, wrong: np.ndarray, predicted: np.ndarray, images: np.ndarray, labels: np.ndarray) -> None:
        """Show the first ``COUNT`` of the test images ``wrong`` (indices into ``images``) with their predictions."""
        shown = tuple((int(i), int(p)) for i, p in zip(wrong[:COUNT], predicted[:COUNT]))
        if shown == self._shown:
            return
        old = dict(self._shown)
        self._shown = shown
        for k, (image, caption) in enumerate(zip(self.images, self.captions)):
            if k < len(shown):
                i, p = shown[k]
                if len(old) != len(shown) or k >= len(old) or list(old)[k] != i:
                    image.setPixmap(digit_pixmap(images[i]))
                caption.setText(f"{int(labels[i])} → {p}")
                image.setVisible(True)
                caption.setVisible(True)
            else:
                image.clear()
                caption.setText("")
                image.setVisible(False)
                caption.setVisible(False)

    def captions_text(self) -> list[str]:
        """The visible captions (for tests)."""
        return [c.text() for c in self.captions if c.text()]
