"""Which data a lab trains on: the bundled MNIST subset, full MNIST or Fashion-MNIST from IDX files, or a download.

:class:`DataCatalog` (``gui/catalog.py``, re-exported here) knows the sources and loads them once (thread-safe: a
lab's experiment factory runs in the worker thread and calls :meth:`DataCatalog.load`). :class:`DataSourceBox` is the combo box a lab shows; it offers
"Open folder…" and "Download full MNIST…", loads a new choice in a background thread (never on the GUI thread: a
folder may be slow, large or hostile) while it says "Loading…", and reports bad files with the message the loader
gives, keeping the previous choice. Nothing is ever downloaded unless the user asks.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressDialog,
                               QVBoxLayout, QWidget)

from gui.catalog import BUNDLED, MAX_REMEMBERED_FOLDERS, DataCatalog, DataSource, app_data_dir
from gui.threads import KEEPER
from gui.widgets import MessageLabel
from model.datasets import DataError
from model.download import DownloadCancelled, DownloadError, download_mnist

__all__ = ["BUNDLED", "MAX_REMEMBERED_FOLDERS", "DataCatalog", "DataSource", "DataSourceBox", "app_data_dir"]


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


class _LoadWorker(QObject):
    """Loads one data source in a background thread; says ``loaded(key)`` or ``failed(key, DataError)``."""

    loaded = Signal(str)
    failed = Signal(str, object)

    def __init__(self, catalog: DataCatalog, key: str) -> None:
        super().__init__()
        self.catalog, self.key = catalog, key
        self.cancel_flag = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            self.catalog.load(self.key, cancelled=self.cancel_flag.is_set)
        except DataError as exc:
            self.failed.emit(self.key, exc)
        except (OSError, ValueError, MemoryError) as exc:  # not expected from the loader: a message all the same
            self.failed.emit(self.key, DataError(f"{self.key}: {exc}", self.key.partition(":")[2], "unreadable"))
        else:
            self.loaded.emit(self.key)


class DataSourceBox(QWidget):
    """A labelled combo box of data sources with "Open folder…" and "Download full MNIST…" entries.

    Choosing a source that is not loaded yet loads it in a background thread; meanwhile the box says "Loading…"
    and the previous data stay in use. ``sourceChanged(key)`` fires once the new source is loaded; a failure is
    shown (and the previous choice kept). ``loadingChanged(bool)`` says when a load starts and ends.
    """

    sourceChanged = Signal(str)
    loadingChanged = Signal(bool)
    OPEN = "__open__"
    DOWNLOAD = "__download__"
    NAME_CHARS = 32
    PATH_CHARS = 200
    """Longest path shown in a message (the middle is elided; the details have it whole)."""
    """Longest folder name shown in the list (the middle is elided; the item's tooltip has the whole path)."""

    def __init__(self, catalog: DataCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)  # a long folder name never widens the panel
        self.note = MessageLabel(self, max_lines=3)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self._key = BUNDLED
        self._loading: tuple[QThread, _LoadWorker, bool] | None = None  # (thread, worker, remember the folder)
        self._download_thread: QThread | None = None
        self._download_worker: _DownloadWorker | None = None
        self._refill()
        self.combo.activated.connect(self._on_activated)
        self.retranslate()

    def key(self) -> str:
        return self._key

    def is_loading(self) -> bool:
        return self._loading is not None

    def short_name(self, folder: str) -> str:
        name = Path(folder).name or folder
        n = self.NAME_CHARS
        return name if len(name) <= n else name[: n // 2 - 1] + "…" + name[-(n // 2 - 1):]

    def describe(self, source: DataSource) -> str:
        """The list entry: what the source holds once it is loaded (counts of training and test images)."""
        if source.kind == "bundled":
            return self.tr("MNIST, 5,000 bundled images")
        name = "Fashion-MNIST" if source.kind == "fashion" else "MNIST"
        data = self.catalog.cached(source.key)
        if data is None:
            return self.tr("%1 from %2").replace("%1", name).replace("%2", self.short_name(source.folder))
        return (self.tr("%1, %2 training + %3 test images (%4)").replace("%1", name)
                .replace("%2", f"{data.n_train:,}").replace("%3", f"{data.n_test:,}")
                .replace("%4", self.short_name(source.folder)))

    def _refill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for source in self.catalog.sources():
            self.combo.addItem(self.describe(source), source.key)
            if source.folder:
                self.combo.setItemData(self.combo.count() - 1, source.folder, Qt.ItemDataRole.ToolTipRole)
        self.combo.addItem(self.tr("Open a folder of IDX files…"), self.OPEN)
        self.combo.addItem(self.tr("Download full MNIST (about 11 MB)…"), self.DOWNLOAD)
        index = self.combo.findData(self._key)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Data"))
        self.combo.setToolTip(self.tr("Training data. Full MNIST is used only if you open or download it."))
        self._refill()
        self._show_note()

    def _show_note(self) -> None:
        """"Loading…" while a source loads, else remembered folders that cannot be read any more."""
        if self._loading is not None:
            folder = self._loading[1].key.partition(":")[2]
            text = self.tr("Loading %1…").replace("%1", folder or self.tr("the bundled MNIST subset"))
        else:
            text = "\n".join(self.tr("The remembered data folder %1 cannot be read (permission denied); it is not "
                                     "offered until it can be.").replace("%1", folder)
                             for folder in self.catalog.unreadable_folders())
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def select(self, key: str, remember: bool = False) -> bool:
        """Choose a source by key. A loaded one is chosen at once; another is loaded in the background first (then
        ``sourceChanged``), and on a data error the error is shown and the previous choice kept. False if refused
        because another source is still loading."""
        if self._loading is not None:
            return False
        if self.catalog.cached(key) is not None:
            self._choose(key, remember)
            return True
        thread, worker = QThread(), _LoadWorker(self.catalog, key)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.loaded.connect(self._on_loaded)
        worker.failed.connect(self._on_load_failed)
        self._loading = (thread, worker, remember)
        self.combo.setEnabled(False)
        self._show_note()
        self.loadingChanged.emit(True)
        thread.start()
        return True

    def _choose(self, key: str, remember: bool) -> None:
        if remember:
            self.catalog.remember(key)
        changed = key != self._key
        self._key = key
        self._refill()
        if changed:
            self.sourceChanged.emit(key)

    def _end_load(self) -> bool:
        """Join the loading thread; the 'remember' flag of the load."""
        thread, _worker, remember = self._loading
        self._loading = None
        thread.quit()
        thread.wait()
        self.combo.setEnabled(True)
        self._show_note()
        self.loadingChanged.emit(False)
        return remember

    def _is_current_load(self, key: str) -> bool:
        """False for a result that arrives after ``shutdown`` gave up on its load (a queued call may still come)."""
        return self._loading is not None and self._loading[1].key == key

    @Slot(str)
    def _on_loaded(self, key: str) -> None:
        if self._is_current_load(key):
            self._choose(key, self._end_load())

    @Slot(str, object)
    def _on_load_failed(self, key: str, exc: DataError) -> None:
        if not self._is_current_load(key):
            return
        self._end_load()
        self._refill()
        if exc.kind != "cancelled":
            self.show_error(exc)

    def problem_text(self, exc: DataError) -> str:
        """What is wrong with the data, in the user's language; %1 is the file or folder."""
        problems = {
            "not_found": self.tr("File not found: %1"),
            "folder_not_found": self.tr("Folder not found: %1"),
            "unreadable": self.tr("The file cannot be read: %1"),
            "folder_unreadable": self.tr("The folder cannot be read (permission denied): %1"),
            "is_folder": self.tr("A folder or special file stands where a data file should be: %1"),
            "bad_gzip": self.tr("Bad gzip data (the file is damaged or incomplete): %1"),
            "truncated": self.tr("The file is truncated (shorter than its header says): %1"),
            "too_large": self.tr("The file's header promises far more data than an MNIST-style file holds, so it is "
                                 "damaged or not an IDX file: %1"),
            "extra_data": self.tr("The file holds more data than its header says (damaged, or not an IDX file): %1"),
            "bad_magic": self.tr("Wrong magic number, so this is not an MNIST-style IDX file: %1"),
            "bad_image_size": self.tr("The images are not 28 × 28 pixels: %1"),
            "no_images": self.tr("The file holds no images: %1"),
            "count_mismatch": self.tr("The number of labels does not match the number of images: %1"),
            "bad_labels": self.tr("A label is out of range (expected 0 to 9): %1"),
            "bad_bundle": self.tr("The bundled data file is damaged: %1"),
        }
        template = problems.get(getattr(exc, "kind", ""))
        path = getattr(exc, "path", "")
        if len(path) > self.PATH_CHARS:  # the whole path is under "Show Details…"
            path = path[: self.PATH_CHARS // 3] + "…" + path[-(2 * self.PATH_CHARS // 3):]
        return template.replace("%1", path) if template and path else str(exc)[: 2 * self.PATH_CHARS]

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
        """Load a folder of IDX files in the background; it is chosen and remembered once it loaded."""
        kind = "fashion" if "fashion" in folder.lower() else "mnist"
        return self.select(f"{kind}:{folder}", remember=True)

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
        """Stop a load or download in progress and join its thread (the tab calls this when the window closes)."""
        if self._loading is not None:
            thread, worker, _remember = self._loading
            worker.cancel_flag.set()  # the loader stops within a megabyte
            thread.quit()
            if not thread.wait(10000):  # a hung file system: keep the thread referenced (destroying it aborts)
                KEEPER.keep(thread, worker, stop=worker.cancel_flag.set)  # until it ends, also past this window
            for signal in (worker.loaded, worker.failed):
                signal.disconnect()
            self._loading = None
        if self._download_worker is not None:
            self._download_worker.cancel_flag.set()
        if self._download_thread is not None:
            self._download_thread.quit()
            if not self._download_thread.wait(5000):  # a stalled connection: never destroy a running thread
                worker = self._download_worker
                KEEPER.keep(self._download_thread, worker, stop=worker.cancel_flag.set if worker else None)
