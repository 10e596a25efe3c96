"""Pictures for slides: copy the plot or the whole lab to the clipboard, save the window as PNG, record a GIF.

:class:`SlideActions` adds the entries to the main window's menus (Edit: Copy plot Ctrl+C, Copy whole lab
Ctrl+Shift+C; File: Export window as PNG…, Record run as GIF…) and retranslates them itself.

Ctrl+C never takes copying away from a text field: a focused line edit or spin box accepts the key before any
window shortcut (Qt offers it to the focus widget first as a ShortcutOverride); and if the action still fires
while a field or a label with selected text has the focus (e.g. from the menu), that selection is copied instead.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QLabel, QLineEdit, QMainWindow, QMessageBox,
                               QPlainTextEdit, QTextEdit, QWidget)

from gui.record_dialog import RecordDialog, RecordingPanel
from gui.recorder import GifRecorder
from gui.retranslate import FollowsWindowLanguage
from model.files import atomic_write


def plot_widget(tab: QWidget) -> QWidget:
    """The widget that shows the tab's current plot (the view of its export item), or the tab itself."""
    item = tab.export_item() if hasattr(tab, "export_item") else None
    if isinstance(item, QWidget):
        return item
    scene = item.scene() if item is not None and hasattr(item, "scene") else None
    views = scene.views() if scene is not None else []
    return views[0] if views else tab


def widget_image(widget: QWidget) -> QImage:
    """The widget as drawn now (at the screen's device pixel ratio)."""
    return widget.grab().toImage()


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG; OSError if Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    if image.isNull() or not buffer.open(QIODevice.OpenModeFlag.WriteOnly) or not image.save(buffer, "PNG"):
        raise OSError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def copy_selected_text(widget: QWidget | None) -> bool:
    """If ``widget`` is a text field or a label with selected text, copy that selection; True if it did."""
    if isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        widget = line if line is not None else widget
    if isinstance(widget, QLineEdit) and widget.hasSelectedText():
        widget.copy()
        return True
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.textCursor().hasSelection():
        widget.copy()
        return True
    if isinstance(widget, QLabel) and widget.hasSelectedText():
        QApplication.clipboard().setText(widget.selectedText())
        return True
    return False


class SlideActions(FollowsWindowLanguage, QObject):
    """The slide entries of ``window``'s menus (``window.file_menu`` must exist; an Edit menu is added after it)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.recorder: GifRecorder | None = None
        self.panel: RecordingPanel | None = None
        self.copy_plot_action = QAction(window)
        self.copy_plot_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_plot_action.triggered.connect(self.copy_plot)
        self.copy_lab_action = QAction(window)
        self.copy_lab_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_lab_action.triggered.connect(self.copy_lab)
        self.export_window_action = QAction(window)
        self.export_window_action.triggered.connect(lambda: self.export_window())
        self.record_action = QAction(window)
        self.record_action.triggered.connect(lambda: self.record())
        bar = window.menuBar()
        self.edit_menu = bar.addMenu("")
        following = window.file_menu.menuAction()
        actions = bar.actions()
        index = actions.index(following)
        if index + 1 < len(actions):
            bar.insertMenu(actions[index + 1], self.edit_menu)
        self.edit_menu.addAction(self.copy_plot_action)
        self.edit_menu.addAction(self.copy_lab_action)
        file_actions = window.file_menu.actions()
        separator = next((a for a in file_actions if a.isSeparator()), None)
        window.file_menu.insertActions(separator, [self.export_window_action, self.record_action])
        for action in (self.copy_plot_action, self.copy_lab_action):
            window.addAction(action)  # the keys work with the menu bar hidden (full screen)
        self.follow_window_language()
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.copy_plot_action.setText(self.tr("&Copy plot"))
        self.copy_plot_action.setToolTip(self.tr("Copy the current plot as a picture, to paste into a slide"))
        self.copy_lab_action.setText(self.tr("Copy whole &lab"))
        self.export_window_action.setText(self.tr("Export &window as PNG…"))
        self.record_action.setText(self.tr("&Record run as GIF…"))

    # clipboard ------------------------------------------------------------------------------------------------------
    def _tab(self) -> QWidget | None:
        return self.window.current_tab()

    def copy_plot(self) -> QImage | None:
        """Put the current plot on the clipboard as an image (or copy the selected text of a focused field)."""
        if copy_selected_text(QApplication.focusWidget()):
            return None
        tab = self._tab()
        if tab is None:
            return None
        image = widget_image(plot_widget(tab))
        QApplication.clipboard().setImage(image)
        self._say(self.tr("Plot copied: paste it into a slide."))
        return image

    def copy_lab(self) -> QImage | None:
        """Put the whole lab (controls and plots) on the clipboard as an image."""
        tab = self._tab()
        if tab is None:
            return None
        image = widget_image(tab)
        QApplication.clipboard().setImage(image)
        self._say(self.tr("The whole lab was copied as a picture."))
        return image

    def _say(self, text: str, error: bool = False) -> None:
        tab = self._tab()
        if tab is not None and hasattr(tab, "show_message"):
            tab.show_message(text, error=error)

    # files ----------------------------------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        """Where exports went last time (the shared exporter remembers it), else the home folder."""
        exporter = getattr(self.window, "exporter", None)
        return exporter.start_folder() if hasattr(exporter, "start_folder") else os.path.expanduser("~")

    def _ask_path(self, title: str, name: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, title, os.path.join(self._start_folder(), name), filters)
        return path or None

    def export_window(self, path: str | None = None) -> str | None:
        """Save the whole window (menus, tabs, controls, plots) as PNG; returns the path, or None."""
        if path is None:
            path = self._ask_path(self.tr("Export window"), "descent-window.png", self.tr("PNG image (*.png)"))
            if path is None:
                return None
            if not path.lower().endswith(".png"):
                path += ".png"
        try:
            atomic_write(path, png_bytes(widget_image(self.window)))
        except OSError as exc:
            self._show_write_error(exc, path)
            return None
        return path

    def _show_write_error(self, exc: OSError, path: str) -> None:
        exporter = getattr(self.window, "exporter", None)
        if hasattr(exporter, "show_error"):
            exporter.show_error(exc, path)  # the shared export messages (gui/export.py)
            return
        QMessageBox.warning(self.window, self.tr("Export failed"),
                            self.tr("%1 could not be written.").replace("%1", path) + "\n\n" + str(exc))

    # GIF ------------------------------------------------------------------------------------------------------------
    def record(self, options=None) -> GifRecorder | None:
        """Ask for the options (unless given), then record the current tab's plot while its run plays."""
        if self.recorder is not None and self.recorder.state in ("recording", "encoding"):
            self.panel.raise_()
            return None
        tab = self._tab()
        if tab is None:
            return None
        widget = plot_widget(tab)
        if options is None:
            dialog = RecordDialog(self.window, os.path.join(self._start_folder(), "descent.gif"),
                                  (widget.width(), widget.height()))
            if dialog.exec() != RecordDialog.DialogCode.Accepted:
                return None
            options = dialog.options()
        self.recorder = GifRecorder(widget, options, self)
        self.panel = RecordingPanel(self.recorder, self.window)
        self.panel.closed.connect(lambda text, ok: self._say(text, error=not ok))
        self.panel.show()
        self.recorder.start()
        if hasattr(tab, "play"):
            tab.play()
        return self.recorder

    def shutdown(self) -> None:
        """Cancel a recording in progress and wait for its encoder (the window is closing)."""
        if self.recorder is not None:
            self.recorder.cancel()
            self.recorder.wait()
