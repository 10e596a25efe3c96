"""Which data a lab trains on: the bundled MNIST subset, full MNIST or Fashion-MNIST from IDX files, or a download.

:class:`DataCatalog` knows the sources and loads them once (thread-safe: a lab's experiment factory runs in the
worker thread and calls :meth:`DataCatalog.load`). :class:`DataSourceBox` is the combo box a lab shows; it offers
"Open folder…" and "Download full MNIST…" and reports bad files with the message the loader gives, keeping the
previous choice. Nothing is ever downloaded unless the user asks.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QThread, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QWidget)

from model.datasets import DataError, Dataset, fashion_mnist_system_dir, load_bundled_mnist, load_idx_folder
from model.download import DownloadCancelled, DownloadError, download_mnist, missing_files

BUNDLED = "bundled"


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
    """The data sources Descent knows of, and a cache of the ones loaded."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._cache: dict[str, Dataset] = {}
        self._folders: list[tuple[str, str]] = []  # (kind, folder) the user added
        if settings is not None:
            for entry in settings.get_strings("data/folders"):  # validated (gui/settings.py)
                kind, _, folder = entry.partition(":")
                if kind in ("mnist", "fashion") and folder:
                    self._folders.append((kind, folder))

    def sources(self) -> list[DataSource]:
        found = [DataSource(BUNDLED, "bundled")]
        downloaded = app_data_dir()
        if downloaded.is_dir() and not missing_files(downloaded):
            found.append(DataSource(f"mnist:{downloaded}", "mnist", str(downloaded)))
        fashion = fashion_mnist_system_dir()
        if fashion is not None:
            found.append(DataSource(f"fashion:{fashion}", "fashion", str(fashion)))
        for kind, folder in self._folders:
            key = f"{kind}:{folder}"
            if all(s.key != key for s in found) and Path(folder).is_dir():
                found.append(DataSource(key, kind, folder))
        return found

    def load(self, key: str) -> Dataset:
        """The data set for ``key``, loaded on first use. Raises :class:`DataError` with a readable message."""
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        if key == BUNDLED:
            dataset = load_bundled_mnist()
        else:
            kind, _, folder = key.partition(":")
            if kind not in ("mnist", "fashion") or not folder:
                raise DataError(f"unknown data source {key!r}")
            dataset = load_idx_folder(folder, kind=kind)
        with self._lock:
            self._cache[key] = dataset
        return dataset

    def add_folder(self, folder: str, kind: str = "mnist") -> str:
        """Check a folder by loading it; remember it on success. Returns its key or raises :class:`DataError`."""
        key = f"{kind}:{folder}"
        self.load(key)
        if (kind, folder) not in self._folders:
            self._folders.append((kind, folder))
            if self._settings is not None:
                self._settings.setValue("data/folders", [f"{k}:{f}" for k, f in self._folders])
        return key

    def forget(self, key: str) -> None:
        with self._lock:
            self._cache.pop(key, None)


class _DownloadWorker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, dest: Path) -> None:
        super().__init__()
        self._dest = dest
        self.cancel_flag = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            path = download_mnist(self._dest, progress=self.progressed.emit, cancelled=self.cancel_flag.is_set)
            self.done.emit(str(path))
        except DownloadCancelled:
            self.failed.emit("")
        except (DownloadError, OSError) as exc:
            self.failed.emit(str(exc))


class DataSourceBox(QWidget):
    """A labelled combo box of data sources with "Open folder…" and "Download full MNIST…" entries.

    ``sourceChanged(key)`` fires after a new source was chosen *and* loaded successfully.
    """

    sourceChanged = Signal(str)
    OPEN = "__open__"
    DOWNLOAD = "__download__"

    def __init__(self, catalog: DataCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self._key = BUNDLED
        self._download_thread: QThread | None = None
        self._download_worker: _DownloadWorker | None = None
        self._refill()
        self.combo.activated.connect(self._on_activated)
        self.retranslate()

    def key(self) -> str:
        return self._key

    def describe(self, source: DataSource) -> str:
        if source.kind == "bundled":
            return self.tr("MNIST, 5,000 bundled images")
        if source.kind == "fashion":
            return self.tr("Fashion-MNIST (%1)").replace("%1", source.folder)
        return self.tr("MNIST, full 70,000 (%1)").replace("%1", source.folder)

    def _refill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for source in self.catalog.sources():
            self.combo.addItem(self.describe(source), source.key)
        self.combo.addItem(self.tr("Open a folder of IDX files…"), self.OPEN)
        self.combo.addItem(self.tr("Download full MNIST (about 11 MB)…"), self.DOWNLOAD)
        index = self.combo.findData(self._key)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Data"))
        self.combo.setToolTip(self.tr("Training data. Full MNIST is used only if you open or download it."))
        self._refill()

    def select(self, key: str) -> bool:
        """Choose a source by key, loading it; on a data error show it and keep the previous choice."""
        try:
            self.catalog.load(key)
        except DataError as exc:
            self._refill()
            self.show_error(exc)
            return False
        changed = key != self._key
        self._key = key
        self._refill()
        if changed:
            self.sourceChanged.emit(key)
        return True

    def problem_text(self, exc: DataError) -> str:
        """What is wrong with the data, in the user's language; %1 is the file or folder."""
        problems = {
            "not_found": self.tr("File not found: %1"),
            "folder_not_found": self.tr("Folder not found: %1"),
            "unreadable": self.tr("The file cannot be read: %1"),
            "bad_gzip": self.tr("Bad gzip data (the file is damaged or incomplete): %1"),
            "truncated": self.tr("The file is truncated (shorter than its header says): %1"),
            "bad_magic": self.tr("Wrong magic number, so this is not an MNIST-style IDX file: %1"),
            "bad_image_size": self.tr("The images are not 28 × 28 pixels: %1"),
            "no_images": self.tr("The file holds no images: %1"),
            "count_mismatch": self.tr("The number of labels does not match the number of images: %1"),
            "bad_labels": self.tr("A label is out of range (expected 0 to 9): %1"),
            "bad_bundle": self.tr("The bundled data file is damaged: %1"),
        }
        template = problems.get(getattr(exc, "kind", ""))
        return template.replace("%1", exc.path) if template and getattr(exc, "path", "") else str(exc)

    def show_error(self, exc: DataError) -> None:
        """Say what is wrong (the technical message under "Show Details…"); the previous data stay in use."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data not loaded"),
                          self.tr("The data could not be loaded; the previous data stay in use.\n\n%1")
                          .replace("%1", self.problem_text(exc)), QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(str(exc))
        box.exec()

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == self.OPEN:
            self._refill()
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the four MNIST IDX files"))
            if folder:
                self.open_folder(folder)
        elif data == self.DOWNLOAD:
            self._refill()
            self.start_download()
        else:
            self.select(data)

    def open_folder(self, folder: str) -> bool:
        kind = "fashion" if "fashion" in folder.lower() else "mnist"
        try:
            key = self.catalog.add_folder(folder, kind)
        except DataError as exc:
            self.show_error(exc)
            return False
        return self.select(key)

    # download ------------------------------------------------------------------------------------------------------
    def start_download(self) -> None:
        if self._download_thread is not None:
            return
        dest = app_data_dir()
        answer = QMessageBox.question(
            self, self.tr("Download MNIST"),
            self.tr("Download the full MNIST (60,000 training and 10,000 test images, about 11 MB) into\n%1?")
            .replace("%1", str(dest)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._progress = QProgressDialog(self.tr("Downloading MNIST…"), self.tr("Cancel"), 0, 1000, self)
        self._progress.setWindowTitle(self.tr("Download MNIST"))
        self._progress.setMinimumDuration(0)
        thread = QThread()
        worker = _DownloadWorker(dest)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.done.connect(self._on_downloaded)
        worker.failed.connect(self._on_download_failed)
        self._progress.canceled.connect(worker.cancel_flag.set)
        self._download_thread, self._download_worker = thread, worker
        thread.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        if total > 0:
            self._progress.setValue(int(1000 * done / total))
        self._progress.setLabelText(self.tr("Downloading %1…").replace("%1", name))

    def _end_download(self) -> None:
        thread, self._download_thread = self._download_thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self._download_worker = None
        self._progress.close()

    @Slot(str)
    def _on_downloaded(self, folder: str) -> None:
        self._end_download()
        self.select(f"mnist:{folder}")

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        self._end_download()
        if message:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Download failed"),
                              self.tr("MNIST could not be downloaded (no network, or every mirror failed). Nothing "
                                      "partial was kept and the previous data stay in use. You can also copy the "
                                      "four IDX files into a folder and open it."), QMessageBox.StandardButton.Ok,
                              self)
            box.setDetailedText(message)
            box.exec()

    def shutdown(self) -> None:
        if self._download_worker is not None:
            self._download_worker.cancel_flag.set()
        if self._download_thread is not None:
            self._download_thread.quit()
            self._download_thread.wait(5000)
