"""Help menu entries (filled in below)."""
from __future__ import annotations

from PySide6.QtCore import QObject


class HelpActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
