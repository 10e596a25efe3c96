"""The data sources Descent knows of (bundled subset, downloaded MNIST, Fashion-MNIST of the system, folders the user
opened), and a thread-safe cache of the ones loaded. Loading happens in worker threads; the GUI asks only
:meth:`DataCatalog.cached`.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from model.datasets import (DataError, Dataset, fashion_mnist_system_dir, folder_state, has_idx_files,
                            load_bundled_mnist, load_idx_folder)

BUNDLED = "bundled"
MAX_REMEMBERED_FOLDERS = 20
"""Folders the catalog remembers (the newest): start-up looks at each, so a settings file cannot make it thousands."""


@dataclass(frozen=True)
class DataSource:
    """One entry of the catalog: ``key`` is stable ("bundled", "mnist:/path", "fashion:/path")."""

    key: str
    kind: str  # "bundled", "mnist" or "fashion"
    folder: str = ""


def app_data_dir() -> Path:
    """Where a downloaded MNIST is kept (per user, survives updates)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".descent") / "mnist"


class DataCatalog:
    """The data sources Descent knows of, and a cache of the ones loaded.

    A remembered folder that can no longer be read is not offered, and :meth:`unreadable_folders` names it so that
    the chooser can say so (start-up never fails on it).
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._cache: dict[str, Dataset] = {}
        self._folders: list[tuple[str, str]] = []  # (kind, folder) the user added
        self.lingering: list = []  # loader threads that did not stop at shutdown (kept so they are not destroyed)
        if settings is not None:
            for entry in settings.get_strings("data/folders"):  # validated (gui/settings.py)
                kind, _, folder = entry.partition(":")
                if kind in ("mnist", "fashion") and folder and (kind, folder) not in self._folders:
                    self._folders.append((kind, folder))
            self._folders = self._folders[-MAX_REMEMBERED_FOLDERS:]

    def sources(self) -> list[DataSource]:
        """What the chooser offers. Only names are looked at (no file is read or hashed), so this is quick."""
        found = [DataSource(BUNDLED, "bundled")]
        downloaded = app_data_dir()
        if has_idx_files(downloaded):
            found.append(DataSource(f"mnist:{downloaded}", "mnist", str(downloaded)))
        fashion = fashion_mnist_system_dir()
        if fashion is not None:
            found.append(DataSource(f"fashion:{fashion}", "fashion", str(fashion)))
        for kind, folder in self._folders:
            key = f"{kind}:{folder}"
            if all(s.key != key for s in found) and folder_state(folder) == "ok":
                found.append(DataSource(key, kind, folder))
        return found

    def unreadable_folders(self) -> list[str]:
        """Remembered folders that exist but cannot be read now (their permissions changed)."""
        return [folder for _kind, folder in self._folders if folder_state(folder) == "unreadable"]

    def cached(self, key: str) -> Dataset | None:
        """The data set for ``key`` if it is loaded already (never reads a file)."""
        with self._lock:
            return self._cache.get(key)

    def load(self, key: str, cancelled: Callable[[], bool] | None = None) -> Dataset:
        """The data set for ``key``, loaded on first use. Raises :class:`DataError` with a readable message.

        Call it from a worker thread (it may read hundreds of megabytes); ``cancelled`` may stop it early.
        """
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        if key == BUNDLED:
            dataset = load_bundled_mnist()
        else:
            kind, _, folder = key.partition(":")
            if kind not in ("mnist", "fashion") or not folder:
                raise DataError(f"unknown data source {key!r}")
            dataset = load_idx_folder(folder, kind=kind, cancelled=cancelled)
        with self._lock:
            self._cache[key] = dataset
        return dataset

    def remember(self, key: str) -> None:
        """Offer the folder of ``key`` from now on (and after a restart)."""
        kind, _, folder = key.partition(":")
        if kind not in ("mnist", "fashion") or not folder or (kind, folder) in self._folders:
            return
        self._folders = (self._folders + [(kind, folder)])[-MAX_REMEMBERED_FOLDERS:]
        if self._settings is not None:
            self._settings.setValue("data/folders", [f"{k}:{f}" for k, f in self._folders])

    def add_folder(self, folder: str, kind: str = "mnist") -> str:
        """Check a folder by loading it (in the calling thread); remember it on success. Returns its key or raises
        :class:`DataError`."""
        key = f"{kind}:{folder}"
        self.load(key)
        self.remember(key)
        return key

    def forget(self, key: str) -> None:
        with self._lock:
            self._cache.pop(key, None)
