"""Exporting the current plot (PNG, SVG) and table (CSV): checked, atomic, every failure told in the user's language.

A plot is rendered into memory first (a ``QImage`` encoded to PNG in a ``QBuffer``; a ``QSvgGenerator`` writing to a
``QBuffer``), every Qt result is checked, and the bytes go to disk through :func:`model.files.atomic_write`: a
temporary file beside the target, renamed over it only when complete. (pyqtgraph's ``ImageExporter.export(path)``
ignores the result of ``QImage.save``, so a failed PNG export was reported as a success.) A failed export shows one
message per :class:`model.files.WriteError` reason, naming the path, with the technical detail under "Show Details…";
the previous file of that name is untouched. The folder of the last successful export is remembered.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QStandardPaths
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.settings import Settings
from gui.svg import flatten_strokes
from model.files import WriteError, atomic_write

EXPORT_FOLDER_KEY = "export/folder"
MIN_PNG_WIDTH = 1600


class RenderError(OSError):
    """The plot could not be drawn or encoded in memory (nothing was written)."""


def render_png(item, min_width: int = MIN_PNG_WIDTH) -> bytes:
    """The item (and what lies on it) as PNG bytes, at least ``min_width`` pixels wide; RenderError on failure."""
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(item)
    exporter.parameters()["width"] = max(min_width, int(exporter.parameters()["width"]))
    image = exporter.export(toBytes=True)
    if image is None or image.isNull():
        raise RenderError("the plot could not be drawn into an image")
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly) or not image.save(buffer, "PNG"):
        raise RenderError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def render_svg(item) -> bytes:
    """The item (and what lies on it) as SVG bytes, painted by Qt's own SVG generator.

    pyqtgraph 0.14's SVGExporter fails on Qt 6.11's SVG path syntax, so the scene is painted into a QSvgGenerator;
    its scaled line groups are then flattened so that every viewer draws the lines as thin as on screen (gui/svg.py).
    """
    from PySide6.QtSvg import QSvgGenerator

    rect: QRectF = item.sceneBoundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise RenderError("no memory buffer for the SVG drawing")
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle("Descent")
    # pyqtgraph sizes axes and text by the paint device's resolution: at QSvgGenerator's default of 72 dpi the axes
    # came out at 3/4 of the plot's size, shifted away from the data. Paint at the resolution of the screen.
    views = item.scene().views()
    generator.setResolution(views[0].logicalDpiX() if views else 96)
    painter = QPainter()
    if not painter.begin(generator):
        raise RenderError("the plot could not be drawn as SVG")
    try:
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
    buffer.close()
    if data.isEmpty():
        raise RenderError("the SVG drawing is empty")
    return flatten_strokes(bytes(data.data()))


class Exporter(QObject):
    """Asks where to save, writes atomically, remembers the folder, and explains every failure.

    ``remember(key, value)`` stores a setting (the main window's, which also says once if settings cannot be saved).
    """

    def __init__(self, parent: QWidget, settings: Settings, remember: Callable[[str, object], None]) -> None:
        super().__init__(parent)
        self._widget = parent
        self._settings = settings
        self._remember = remember

    # the two exports ------------------------------------------------------------------------------------------------
    def export_plot(self, item, fmt: str, path: str | None = None) -> str | None:
        """Save ``item`` as ``fmt`` ('png' or 'svg'); ask for the path if None. Returns the path, or None."""
        if item is None:
            return None
        if path is None:
            filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
            path = self._ask(self.tr("Export plot"), f"descent.{fmt}", filters, fmt)
            if path is None:
                return None
        try:
            atomic_write(path, render_png(item) if fmt == "png" else render_svg(item))
        except OSError as exc:
            self.show_error(exc, path)
            return None
        self.remember_folder(path)
        return path

    def export_csv(self, write: Callable[[str], None], path: str | None = None) -> str | None:
        """Save a table with ``write(path)`` (a tab's ``export_csv``, which uses ``atomic_open``)."""
        if path is None:
            path = self._ask(self.tr("Export curves"), "descent.csv", self.tr("CSV table (*.csv)"), "csv")
            if path is None:
                return None
        try:
            write(path)
        except OSError as exc:
            self.show_error(exc, path)
            return None
        self.remember_folder(path)
        return path

    # the dialog and the remembered folder ---------------------------------------------------------------------------
    def start_folder(self) -> str:
        """The folder of the last export if it still exists, else the user's pictures (or home) folder."""
        folder = self._settings.get_folder(EXPORT_FOLDER_KEY)
        if folder:
            return folder
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures if pictures and os.path.isdir(pictures) else str(Path.home())

    def _ask(self, title: str, name: str, filters: str, suffix: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self._widget, title, os.path.join(self.start_folder(), name), filters)
        if not path:
            return None
        return path if path.lower().endswith("." + suffix) else f"{path}.{suffix}"

    def remember_folder(self, path: str) -> None:
        """Offer the folder of ``path`` (just written) first in the next save dialog, also after a restart."""
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(folder):
            self._remember(EXPORT_FOLDER_KEY, folder)

    # messages -------------------------------------------------------------------------------------------------------
    def reason_text(self, reason: str, path: str) -> str:
        """What went wrong, for each :attr:`WriteError.REASONS` key, naming the path."""
        texts = {
            "no_folder": self.tr("The folder does not exist:\n%1"),
            "is_folder": self.tr("This is a folder, not a file:\n%1"),
            "read_only": self.tr("The folder is read-only, or you may not write there:\n%1"),
            "disk_full": self.tr("The disk is full; the file could not be written:\n%1"),
            "other": self.tr("The file could not be written:\n%1"),
        }
        return texts.get(reason, texts["other"]).replace("%1", path)

    def error_text(self, exc: OSError, path: str) -> str:
        if isinstance(exc, WriteError):
            return (self.reason_text(exc.reason, exc.path)
                    + "\n\n" + self.tr("A file already there with that name is unchanged."))
        if isinstance(exc, RenderError):
            return self.tr("The plot could not be drawn; nothing was written.")
        return exc.strerror or str(exc)  # e.g. a tab's own (translated) "Nothing to export yet"

    def show_error(self, exc: OSError, path: str) -> None:
        """A warning naming what failed; the technical detail under "Show Details…"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), self.error_text(exc, path),
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setDetailedText(str(exc))
        box.exec()
