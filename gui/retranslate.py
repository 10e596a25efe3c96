"""Menu helpers that follow the main window's language: one place for the LanguageChange filter they share."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class FollowsWindowLanguage:
    """Mixin for a QObject whose Qt parent is the main window and that has a ``retranslate()`` method.

    ``follow_window_language()`` installs the object as an event filter on the window; when Qt sends the window a
    ``LanguageChange`` (after ``Translations.set_language``), ``retranslate()`` runs. The event is never consumed,
    so the window and every other filter still see it. Put the mixin before ``QObject`` in the bases.
    """

    @property
    def window(self) -> QMainWindow:
        """The main window: our Qt parent, not kept in an attribute, so no Python reference cycle keeps
        the window alive until interpreter exit (pyqtgraph items destroyed then can crash PySide)."""
        return self.parent()

    def follow_window_language(self) -> None:
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError
