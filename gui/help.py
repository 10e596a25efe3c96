"""The Help menu: explain the focused control (F1), What's this? (Shift+F1), the keyboard shortcut sheet, and which
book section and figures each lab covers.

The shortcut sheet is made from the live objects each time it opens: every QAction and QShortcut of the window that
has a key, so it cannot drift from what the keys do. A QShortcut describes itself with the ``descent_label``
property (see ``gui.keyboard``); one without it is listed under the lab that owns it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWhatsThis,
                               QWidget)

from gui.explain import Explanation, explained_key, explanation
from gui.keyboard import LABEL_PROPERTY
from gui.retranslate import FollowsWindowLanguage


LABS = {
    "RaceTab": ("6.1.7", "6-8", QT_TRANSLATE_NOOP(
        "LabInfo",
        "Six optimizers race on a 2-D loss surface; the book's figure 6-8 compares SGD, Momentum, AdaGrad and "
        "Adam on x²/20 + y² from (−7, 2).")),
    "MnistRaceTab": ("6.1.8", "6-9", QT_TRANSLATE_NOOP(
        "LabInfo",
        "The same optimizers train the same network on the same MNIST mini-batches; figure 6-9 shows their "
        "losses over 2,000 iterations.")),
    "WeightInitTab": ("6.2", "6-10 – 6-15", QT_TRANSLATE_NOOP(
        "LabInfo",
        "Activation histograms of a 5-layer network for std 1, std 0.01, Xavier and He, with sigmoid, tanh "
        "and ReLU (figures 6-10 to 6-14), and MNIST training with each initialisation (figure 6-15).")),
    "BatchNormTab": ("6.3", "6-18, 6-19", QT_TRANSLATE_NOOP(
        "LabInfo",
        "Training with and without batch normalisation for 16 weight scales (figure 6-19); one panel opened "
        "shows a single comparison (figure 6-18).")),
    "OverfittingTab": ("6.4", "6-20 – 6-23", QT_TRANSLATE_NOOP(
        "LabInfo",
        "A large network on 300 images overfits (figure 6-20); weight decay (figure 6-21) and dropout "
        "(figures 6-22, 6-23) narrow the gap between training and test accuracy.")),
    "HyperparameterSearchTab": ("6.5", "6-24", QT_TRANSLATE_NOOP(
        "LabInfo",
        "Random search of learning rate and weight decay on a log scale, judged on validation data "
        "(figure 6-24).")),
}
"""Book section, figures and what each lab shows, keyed by the tab's class name (a tab may also define
``BOOK_SECTION`` and ``BOOK_FIGURES``)."""


def lab_info(tab: QWidget) -> tuple[str, str, str] | None:
    """(section, figures, description in the user's language) of a lab tab, or None if not recorded."""
    for cls in type(tab).__mro__:
        if cls.__name__ in LABS:
            section, figures, text = LABS[cls.__name__]
            return section, figures, QCoreApplication.translate("LabInfo", text)
    section = getattr(tab, "BOOK_SECTION", None)
    if section:
        return str(section), str(getattr(tab, "BOOK_FIGURES", "")), ""
    return None


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, key, what it does) for every key of the window's actions and shortcuts, in the user's language."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    everywhere = QCoreApplication.translate("ShortcutSheet", "Window")

    def add(where: str, sequence: QKeySequence, text: str) -> None:
        key = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if key and (key, text) not in seen:
            seen.add((key, text))
            rows.append((where, key, text))

    for action in window.findChildren(QAction):
        text = re.sub(r"\(&\w\)", "", action.text())  # Korean mnemonics: "복사(&C)"
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        for sequence in action.shortcuts():
            add(everywhere, sequence, text)
    tabs = getattr(window, "tabs", None)
    labs = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else []
    for shortcut in window.findChildren(QShortcut):
        tab = _owning_tab(shortcut, labs)
        label = shortcut.property(LABEL_PROPERTY)
        if label:
            text = QCoreApplication.translate("Keyboard", label)
        elif shortcut.whatsThis():
            text = shortcut.whatsThis()
        elif tab is not None:
            text = QCoreApplication.translate("ShortcutSheet", "Used by this lab (see its hint line)")
        else:
            text = QCoreApplication.translate("ShortcutSheet", "No description given")
        if tab is None:
            where = everywhere
        elif label:
            where = QCoreApplication.translate("ShortcutSheet", "Every lab")
        else:
            where = tab.tab_title() if hasattr(tab, "tab_title") else ""
        add(where, shortcut.key(), text)
    return rows


def _owning_tab(obj: QObject, labs: list[QWidget]) -> QWidget | None:
    """The lab tab among ``labs`` that ``obj`` belongs to, or None for the window itself."""
    while obj is not None:
        for lab in labs:
            if obj is lab:
                return lab
        obj = obj.parent()
    return None


class ShortcutSheet(QDialog):
    """A table of every key the window knows, made from the live actions and shortcuts."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Key"), self.tr("What it does")])
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self.tr(
            "Space plays or pauses unless a button, check box, list or text field has the focus: then that "
            "control gets the Space (click the plot to give it back). Ctrl+Space plays or pauses from anywhere."),
            self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def keys(self) -> list[str]:
        return [key for _, key, _ in self.rows]


class HelpActions(FollowsWindowLanguage, QObject):
    """Adds the help entries to ``window.help_menu`` (before About) and keeps them translated."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.last_shown: Explanation | str | None = None
        self.explain_action = QAction(window)
        self.explain_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.explain_action.triggered.connect(self.explain_focused)
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setShortcut(QKeySequence(QKeySequence.StandardKey.WhatsThis))
        self.sheet_action = QAction(window)
        self.sheet_action.setShortcut(QKeySequence("Ctrl+/"))
        self.sheet_action.triggered.connect(self.show_shortcuts)
        self.labs_menu = window.help_menu.addMenu("")
        self.lab_actions: list[QAction] = []
        tabs = window.tabs
        for i in range(tabs.count()):
            action = QAction(window)
            action.triggered.connect(lambda _c=False, index=i: self.show_lab(index))
            self.labs_menu.addAction(action)
            self.lab_actions.append(action)
        first = window.help_menu.actions()[0]
        for action in (self.explain_action, self.whats_this_action, self.sheet_action):
            window.help_menu.insertAction(first, action)
            window.addAction(action)  # the keys work in full screen too
        window.help_menu.insertMenu(first, self.labs_menu)
        window.help_menu.insertSeparator(first)
        self.follow_window_language()
        self.retranslate()

    def retranslate(self) -> None:
        self.explain_action.setText(self.tr("&Explain the focused control"))
        self.whats_this_action.setText(self.tr("&What's this?"))
        self.sheet_action.setText(self.tr("&Keyboard shortcuts"))
        self.labs_menu.setTitle(self.tr("The labs and the &book"))
        tabs = self.window.tabs
        for i, action in enumerate(self.lab_actions):
            tab = tabs.widget(i)
            info = lab_info(tab)
            title = tab.tab_title()
            action.setText(self.tr("%1 (§%2)").replace("%1", title).replace("%2", info[0]) if info else title)

    def explain_focused(self) -> None:
        """F1: the explanation of the focused control (or of the current lab, when the control names no concept)."""
        widget = QApplication.focusWidget()
        key = explained_key(widget)
        if key is None:
            self.show_lab(self.window.tabs.currentIndex())
            return
        shown = explanation(key)
        self.last_shown = shown
        QWhatsThis.showText(widget.mapToGlobal(QPoint(widget.width() // 2, widget.height())), shown.html(), widget)

    def lab_text(self, index: int) -> str:
        tab = self.window.tabs.widget(index)
        info = lab_info(tab)
        if info is None:
            return self.tr("No book section is recorded for this lab.")
        section, figures, text = info
        head = self.tr("Book §%1, fig. %2").replace("%1", section).replace("%2", figures)
        return f"<h3>{tab.tab_title()}</h3><p><b>{head}</b></p><p>{text}</p>"

    def show_lab(self, index: int) -> None:
        self.last_shown = self.lab_text(index)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About this lab"), self.last_shown,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setModal(False)
        box.show()

    def show_shortcuts(self) -> ShortcutSheet:
        sheet = ShortcutSheet(self.window)
        sheet.setModal(False)
        sheet.show()
        return sheet
