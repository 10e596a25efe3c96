"""Choosing data: bad folders get a clear message naming the file and the previous data stay in use."""
import gzip
import struct

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from gui.data import BUNDLED, DataCatalog, DataSourceBox


def write_idx(folder, n=20, bad_magic=False, truncate=False):
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for prefix, count in (("train", n), ("t10k", n // 2)):
        images = rng.integers(0, 256, size=(count, 28, 28), dtype=np.uint8).tobytes()
        magic = 0x00000803 if not bad_magic else 0x00000999
        data = struct.pack(">IIII", magic, count, 28, 28) + images
        if truncate:
            data = data[:-100]
        (folder / f"{prefix}-images-idx3-ubyte.gz").write_bytes(gzip.compress(data))
        labels = struct.pack(">II", 0x00000801, count) + rng.integers(0, 10, count, dtype=np.uint8).tobytes()
        (folder / f"{prefix}-labels-idx1-ubyte.gz").write_bytes(gzip.compress(labels))


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes the user would see: (title, text, details), without blocking the test."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(),
                                                                          box.detailedText())) or 0)
    return shown


def wait_loaded(qtbot, box):
    qtbot.waitUntil(lambda: not box.is_loading(), timeout=10000)


def test_good_folder_is_added_and_chosen(qtbot, tmp_path, warnings):
    write_idx(tmp_path / "mnist")
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.sourceChanged):
        assert box.open_folder(str(tmp_path / "mnist"))
    assert box.key().startswith("mnist:")
    assert box.catalog.cached(box.key()).n_train == 20
    assert box.combo.currentData() == box.key()
    assert box.combo.currentText() == "MNIST, 20 training + 10 test images (mnist)"  # what was loaded, not "70,000"
    assert not warnings


@pytest.mark.parametrize("kind", ["bad_magic", "truncate", "missing"])
def test_bad_folder_gets_message_and_keeps_previous(qtbot, tmp_path, warnings, kind):
    folder = tmp_path / "broken"
    if kind == "missing":
        folder.mkdir()
    else:
        write_idx(folder, **{kind: True})
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(box.sourceChanged):
        box.open_folder(str(folder))
        wait_loaded(qtbot, box)
    assert box.key() == BUNDLED
    assert box.combo.currentData() == BUNDLED
    (title, text, details), = warnings
    assert title == "Data not loaded"
    assert "train-images-idx3-ubyte" in text
    expected = {"bad_magic": "magic", "truncate": "truncated", "missing": "not found"}[kind]
    assert expected in text.lower()
    assert "train-images-idx3-ubyte" in details  # the loader's own message, for whoever wants the detail


def test_bad_folder_message_is_korean_when_korean_is_chosen(qtbot, tmp_path, warnings, qapp):
    from gui.app import Translations
    write_idx(tmp_path / "broken", bad_magic=True)
    translations = Translations(qapp)
    assert translations.set_language("ko")
    try:
        box = DataSourceBox(DataCatalog())
        qtbot.addWidget(box)
        box.open_folder(str(tmp_path / "broken"))
        wait_loaded(qtbot, box)
    finally:
        translations.set_language("en")
    (title, text, details), = warnings
    assert any("\uac00" <= ch <= "\ud7a3" for ch in title + text)
    assert "train-images-idx3-ubyte" in text and "magic" in details


def test_failed_download_says_so_and_keeps_the_data(qtbot, tmp_path, warnings, monkeypatch):
    import gui.data as data_module
    from model.download import DownloadError

    def fake_download(dest, progress=None, cancelled=None):
        progress(100, 1000, "train-images-idx3-ubyte.gz")
        raise DownloadError("all mirrors failed: connection refused")

    monkeypatch.setattr(data_module, "download_mnist", fake_download)
    monkeypatch.setattr(data_module, "app_data_dir", lambda: tmp_path / "mnist")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    box.start_download()
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5000)
    (title, text, details), = warnings
    assert title == "Download failed" and "previous data stay in use" in text
    assert "connection refused" in details
    assert box.key() == BUNDLED
    assert box._download_thread is None  # the download thread was joined
