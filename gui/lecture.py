"""Giving a lecture: an ordered list of scenes, stepped through with Page Down / Page Up (what clickers send).

:class:`LecturePlayer` shows the open lecture in a slim banner above the labs (the scene's title and note, "3 / 12",
back/next buttons and a close button that hides the banner) and in the window title. Page Down / Page Up move to the
next / previous scene, across tabs: each scene switches to its lab and is applied there.

Keys: while a lecture is open Page Down / Page Up are window shortcuts. A focused control that uses the keys itself
(a list or table, a multi-line text, a spin box, slider or combo box) keeps them: the filter below accepts the
ShortcutOverride for it (as gui/keyboard.py does for Space). Lab shortcuts on the same keys (the batch-norm panel's
neighbours) are switched off while the lecture is open, so the two never clash.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
                               QHBoxLayout, QLabel, QMainWindow, QPlainTextEdit, QSizePolicy, QTextEdit, QToolBar,
                               QToolButton, QVBoxLayout, QWidget)

from model.scenes import Lecture

PAGE_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
PAGE_USERS = (QAbstractItemView, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractSlider, QComboBox)
"""Focused widgets that use Page Up / Page Down themselves; they keep the keys during a lecture."""


def uses_page_keys(widget: QWidget | None) -> bool:
    return widget is not None and widget.isEnabled() and isinstance(widget, PAGE_USERS)


class LectureBanner(QWidget):
    """The slim strip above the labs: ◀ 3 / 12 ▶, the scene's title in bold and its note, and ×."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.back = QToolButton(self)
        self.back.setText("◀")
        self.position = QLabel(self)
        self.forward = QToolButton(self)
        self.forward.setText("▶")
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)  # a font, not a style sheet: it still grows with the window's (presenter view)
        # neither text may widen the window: the title is cut (whole in its tooltip), the note wraps
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        for w in (self.back, self.position, self.forward):
            layout.addWidget(w)
        text = QVBoxLayout()  # the title above its note
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.note)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button)
        for button in (self.back, self.forward, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_texts(self, title: str, note: str) -> None:
        self.title.setText(title)
        self.title.setToolTip(title)
        self.note.setText(note)
        self.fit_height()

    def fit_height(self) -> None:
        """A tool bar ignores height-for-width: give the wrapped note exactly the lines it needs."""
        width = self.note.width() if self.note.width() > 50 else max(200, self.width() - 200)
        self.note.setFixedHeight(max(self.note.heightForWidth(width), self.note.fontMetrics().height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the presenter view enlarges the window's font
            self.fit_height()


class LecturePlayer(QObject):
    """The open lecture of ``window``; ``actions`` (SceneActions) applies scenes and enables the Close entry."""

    def __init__(self, window: QMainWindow, actions: QObject) -> None:
        super().__init__(actions)
        self.lecture: Lecture | None = None
        self.index = 0
        self.banner = LectureBanner()
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("lecture_banner")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.banner.back.clicked.connect(self.previous)
        self.banner.forward.clicked.connect(self.next)
        self.banner.close_button.clicked.connect(self.toolbar.hide)
        self.shortcuts = []
        for key, slot in ((Qt.Key.Key_PageDown, self.next), (Qt.Key.Key_PageUp, self.previous)):
            sc = QShortcut(QKeySequence(key), window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            sc.setEnabled(False)
            self.shortcuts.append(sc)
        self._muted: list[QShortcut] = []
        window.installEventFilter(self)

    @property
    def actions(self):
        """The SceneActions: our Qt parent (no attributes that would make a Python reference cycle)."""
        return self.parent()

    @property
    def window(self) -> QMainWindow:
        return self.parent().parent()

    # lecture ---------------------------------------------------------------------------------------------------
    def open(self, lecture: Lecture) -> None:
        """Open ``lecture`` (already checked) at its first scene."""
        self.lecture = lecture
        self._mute_lab_shortcuts(True)
        for sc in self.shortcuts:
            sc.setEnabled(True)
        self.actions.close_lecture_action.setEnabled(True)
        self.toolbar.show()
        self.go(0)

    def close_lecture(self) -> None:
        self.lecture = None
        for sc in self.shortcuts:
            sc.setEnabled(False)
        self._mute_lab_shortcuts(False)
        self.actions.close_lecture_action.setEnabled(False)
        self.toolbar.hide()
        self.window.retranslate()  # the window's own title again

    def go(self, index: int) -> bool:
        if self.lecture is None or not 0 <= index < len(self.lecture.scenes):
            return False
        self.index = index
        try:
            self.actions.apply(self.lecture.scenes[index])
        except ValueError as exc:  # checked when opened; a tab may still refuse (e.g. its data vanished)
            self.actions.tell(self.tr("Scene not shown"), str(exc))
        self.show_position()
        return True

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(self.index - 1)

    # text ------------------------------------------------------------------------------------------------------
    def position_text(self) -> str:
        n = len(self.lecture.scenes) if self.lecture is not None else 0
        return self.tr("%1 / %2").replace("%1", str(self.index + 1)).replace("%2", str(n))

    def show_position(self) -> None:
        if self.lecture is None:
            return
        scene = self.lecture.scenes[self.index]
        self.banner.position.setText(self.position_text())
        self.banner.set_texts(scene.title, scene.note)
        self.banner.back.setEnabled(self.index > 0)
        self.banner.forward.setEnabled(self.index < len(self.lecture.scenes) - 1)
        self.window.setWindowTitle(self.tr("%1 — %2 — Descent").replace("%1", self.lecture.title)
                                   .replace("%2", self.position_text()))

    def retranslate(self) -> None:
        self.shortcuts[0].setWhatsThis(self.tr("Next scene of the open lecture"))  # the shortcut sheet shows it
        self.shortcuts[1].setWhatsThis(self.tr("Previous scene of the open lecture"))
        self.banner.back.setToolTip(self.tr("Previous scene (Page Up)"))
        self.banner.forward.setToolTip(self.tr("Next scene (Page Down)"))
        self.banner.close_button.setToolTip(self.tr("Hide this banner (the lecture stays open: File > Close "
                                                    "lecture ends it)"))
        self.show_position()

    # keys ------------------------------------------------------------------------------------------------------
    def _mute_lab_shortcuts(self, mute: bool) -> None:
        """Switch off (or back on) lab shortcuts on Page Up / Page Down, which would clash with the lecture's."""
        if mute:
            keys = {QKeySequence(k) for k in PAGE_KEYS}
            self._muted = [sc for sc in self.window.tabs.findChildren(QShortcut)
                           if sc.key() in keys and sc.isEnabled()]
        for sc in self._muted:
            sc.setEnabled(not mute)
        if not mute:
            self._muted = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.lecture is not None and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() in PAGE_KEYS
                and uses_page_keys(QApplication.focusWidget())):
            event.accept()  # the focused list, text or spin box takes the key; the lecture does not move
            return True
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            from PySide6.QtCore import QTimer
            # after the window's own retranslate (its title); the context drops the call if the window is gone first
            QTimer.singleShot(0, self.actions, self.actions.retranslate)
        return False
