"""Descent's settings: every value read is checked for type and range; a bad one is ignored, never fatal.

The settings file is plain INI text the user (or a crash, a full disk, a sync tool) may have damaged. A value of the
wrong type used to reach Qt unchecked (``[window] geometry=999999999`` made ``restoreGeometry`` raise a TypeError at
every start). :class:`Settings` is the one place that reads settings: each getter names the type and range it accepts,
returns the default for anything else and logs the ignored value to stderr once. A file that cannot be parsed, is a
folder, is unreadable or holds binary junk reads as (partly) empty settings; start-up goes on.

Writing needs nothing of ours: ``QSettings`` writes its INI file through ``QSaveFile`` (a temporary file in the same
folder, renamed over the old one only when complete) and, with ``setAtomicSyncRequired(True)`` (Qt's default, set
explicitly here), never falls back to overwriting the file in place. Settings so follow the same rule as
``model/files.py``. :meth:`Settings.save` syncs and reports whether the file could be written.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Collection

from PySide6.QtCore import QByteArray, QSettings

_INTEGER = re.compile(r"[+-]?\d{1,18}")
MAX_PATH_CHARS = 4096
MAX_LIST_ITEMS = 100


class Settings(QSettings):
    """An INI-format ``QSettings`` whose values are read only through the validating getters below."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setAtomicSyncRequired(True)
        self._reported: set[str] = set()
        self._report_file_status()

    # reading --------------------------------------------------------------------------------------------------------
    def _raw(self, key: str):
        """The stored value, or None if absent or unreadable (e.g. an ``@Variant`` of an unknown type)."""
        try:
            return self.value(key)
        except Exception as exc:  # noqa: BLE001 - whatever a damaged entry makes PySide raise is not fatal
            self._ignore(key, f"<unreadable: {type(exc).__name__}>", "a readable value")
            return None

    def _ignore(self, key: str, value, expected: str) -> None:
        """Log once per key that ``value`` was ignored."""
        if key in self._reported:
            return
        self._reported.add(key)
        shown = repr(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        print(f"Descent: settings {self.fileName()}: ignoring {key}={shown} (expected {expected})",
              file=sys.stderr, flush=True)

    def get_bytes(self, key: str) -> QByteArray | None:
        """A byte array (as ``saveGeometry`` stores it), else None."""
        value = self._raw(key)
        if value is None:
            return None
        if isinstance(value, (bytes, bytearray)):
            value = QByteArray(bytes(value))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        self._ignore(key, value, "binary data")
        return None

    def get_int(self, key: str, default: int, low: int, high: int) -> int:
        """An integer with ``low <= value <= high``, else ``default``. INI files store integers as text."""
        value = self._raw(key)
        if value is None:
            return default
        number = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            number = int(value.strip())
        if number is not None and low <= number <= high:
            return number
        self._ignore(key, value, f"a whole number from {low} to {high}")
        return default

    def get_choice(self, key: str, default: str, choices: Collection[str]) -> str:
        """One of ``choices``, else ``default``."""
        value = self._raw(key)
        if value is None:
            return default
        if isinstance(value, str) and value in choices:
            return value
        self._ignore(key, value, "one of " + ", ".join(sorted(choices)))
        return default

    def get_strings(self, key: str) -> list[str]:
        """A list of text items (an INI file reads a one-item list back as plain text), else []."""
        value = self._raw(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if (isinstance(value, list) and len(value) <= MAX_LIST_ITEMS
                and all(isinstance(v, str) and 0 < len(v) <= MAX_PATH_CHARS and "\0" not in v for v in value)):
            return value
        self._ignore(key, value, f"a list of at most {MAX_LIST_ITEMS} texts")
        return []

    def get_text(self, key: str, max_chars: int) -> str | None:
        """A text of at most ``max_chars`` characters (e.g. a remembered scene's JSON), else None."""
        value = self._raw(key)
        if value is None:
            return None
        if isinstance(value, str) and len(value) <= max_chars:
            return value
        self._ignore(key, value, f"a text of at most {max_chars:,} characters")
        return None

    def get_folder(self, key: str) -> str | None:
        """The path of a folder that exists now, else None."""
        value = self._raw(key)
        if value is None:
            return None
        if isinstance(value, str) and 0 < len(value) <= MAX_PATH_CHARS and "\0" not in value:
            try:
                if os.path.isdir(value):
                    return value
            except (OSError, ValueError):
                pass
        self._ignore(key, value, "an existing folder")
        return None

    # writing --------------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write pending changes now (atomically, see the module docstring). False if the file cannot be written."""
        self.sync()
        return self.status() != QSettings.Status.AccessError

    def writable(self) -> bool:
        """False when it is already known that changes cannot be saved (read-only file or folder, not a file...)."""
        return self.isWritable() and self.status() != QSettings.Status.AccessError

    def _report_file_status(self) -> None:
        status = self.status()
        if status == QSettings.Status.AccessError:
            print(f"Descent: settings {self.fileName()} cannot be read (a folder, or no permission); "
                  "starting with default settings", file=sys.stderr, flush=True)
        elif status == QSettings.Status.FormatError:
            print(f"Descent: settings {self.fileName()} is damaged; the lines that cannot be read are ignored",
                  file=sys.stderr, flush=True)
        elif not self.allKeys() and _size(self.fileName()) > 0:
            print(f"Descent: settings {self.fileName()} holds nothing readable (binary junk?); ignored",
                  file=sys.stderr, flush=True)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
