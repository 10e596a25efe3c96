"""The keyboard scheme every lab shares, in one place.

- **Space** plays/pauses, *unless* the focused control uses Space itself: a button or check box (Space presses or
  ticks it), a combo box (Space opens it), a text field or spin box (Space types), a list or table. Then the control
  gets the key. Click the plot (or press Esc in a field) and Space plays again.
- **Ctrl+Space** and the keyboard's media Play/Pause key play/pause from anywhere in the lab.
- **N** one step, **R** reset (a text field still gets its letters).

Qt first offers a key to the focused widget as a *ShortcutOverride* event, and that event travels up the parents
while nobody accepts it. :class:`SpaceYieldsToControls`, installed on the tab, accepts it for a plain Space when the
focused widget uses Space: the shortcut then does not fire and the key press goes to the control.

Each shortcut made here carries its description (property ``descent_label``, an untranslated source string of the
"Keyboard" context), so the shortcut sheet in the Help menu lists them from the live objects.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

LABEL_PROPERTY = "descent_label"
"""Dynamic property holding a shortcut's description (source text, translated in the "Keyboard" context)."""

PLAY = QT_TRANSLATE_NOOP("Keyboard", "Play or pause the run")
PLAY_ANYWHERE = QT_TRANSLATE_NOOP("Keyboard", "Play or pause, even when a control has the focus")
STEP = QT_TRANSLATE_NOOP("Keyboard", "One step")
RESET = QT_TRANSLATE_NOOP("Keyboard", "Reset to step 0")

SPACE_USERS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView)
"""Widgets that do something with Space themselves; a focused one keeps the key."""


def uses_space(widget: QWidget | None) -> bool:
    """True if ``widget`` (the focus widget) does something with a plain Space press."""
    if widget is None or not widget.isEnabled():
        return False
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    return isinstance(widget, SPACE_USERS)


class SpaceYieldsToControls(QObject):
    """Event filter: lets a focused control that uses Space keep it (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
            if event.key() == Qt.Key.Key_Space and plain and uses_space(QApplication.focusWidget()):
                event.accept()  # the focused control takes the key; the play shortcut does not fire
                return True
        return False


def make_shortcut(owner: QWidget, key, slot: Callable[[], None], label: str | None = None) -> QShortcut:
    """A shortcut active while focus is inside ``owner``, described by ``label`` (a "Keyboard" source string)."""
    sc = QShortcut(QKeySequence(key), owner)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(slot)
    if label is not None:
        sc.setProperty(LABEL_PROPERTY, label)
    return sc


def install_run_keys(tab: QWidget, play: Callable[[], None], step: Callable[[], None],
                     reset: Callable[[], None]) -> list[QShortcut]:
    """Give ``tab`` the lab keys (Space, Ctrl+Space, media Play, N, R) and the filter that lets controls keep Space.

    Returns the shortcuts; the caller keeps them.
    """
    keys = [(Qt.Key.Key_Space, play, PLAY),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Space), play, PLAY_ANYWHERE),
            (Qt.Key.Key_MediaTogglePlayPause, play, PLAY_ANYWHERE),
            (Qt.Key.Key_MediaPlay, play, PLAY_ANYWHERE),
            (Qt.Key.Key_N, step, STEP),
            (Qt.Key.Key_R, reset, RESET)]
    shortcuts = [make_shortcut(tab, key, slot, label) for key, slot, label in keys]
    space_filter = SpaceYieldsToControls(tab)
    tab.installEventFilter(space_filter)
    return shortcuts
