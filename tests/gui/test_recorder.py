"""GIF recording: the encoder round-trips through Qt's GIF reader; the recorder grabs, encodes off the GUI thread,
writes atomically, cancels without a file, and reports failures."""
import os

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImageReader, QPainter
from PySide6.QtWidgets import QWidget

from gui.gif import GifEncoder, lzw_encode, quantise
from gui.recorder import GifRecorder, RecordingOptions


def decode(data: bytes):
    """Every frame of a GIF as (QImage, delay in ms), read by Qt's own GIF plugin."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"gif")
    frames = []
    while True:
        image = reader.read()
        if image.isNull():
            break
        frames.append((image, reader.nextImageDelay()))
    return frames


def lzw_reference(indices: bytes, size: int) -> bytes:
    """The textbook one-symbol-at-a-time GIF LZW, to check the run-skipping encoder against."""
    clear, end = 1 << size, (1 << size) + 1
    width, next_code, table, out, bits, n = size + 1, end + 1, {}, bytearray(), 0, 0

    def emit(code):
        nonlocal bits, n
        bits |= code << n
        n += width
        while n >= 8:
            out.append(bits & 255)
            bits >>= 8
            n -= 8

    emit(clear)
    prefix = indices[0]
    for c in indices[1:]:
        code = table.get((prefix << 8) | c)
        if code is not None:
            prefix = code
            continue
        emit(prefix)
        table[(prefix << 8) | c] = next_code
        next_code += 1
        if next_code - 1 >= (1 << width) and width < 12:
            width += 1
        if next_code - 1 == 4095:
            emit(clear)
            table, width, next_code = {}, size + 1, end + 1
        prefix = c
    emit(prefix)
    emit(end)
    if n:
        out.append(bits & 255)
    return bytes(out)


def test_lzw_with_run_skipping_equals_the_textbook_encoder(rng):
    for _ in range(12):
        runs = rng.integers(1, rng.integers(2, 2000), size=2000)
        data = np.repeat(rng.integers(0, rng.integers(2, 256), size=runs.size), runs)[:40000].astype(np.uint8)
        assert lzw_encode(data.tobytes(), 8) == lzw_reference(data.tobytes(), 8)
    short = bytes([0, 1, 1, 0, 1, 1, 1, 1])
    assert lzw_encode(short, 2) == lzw_reference(short, 2)


def test_median_cut_keeps_255_colours_and_few_colours_exactly(rng):
    few = np.array([[255, 255, 255], [0, 114, 178], [230, 159, 0]] * 10, dtype=np.uint8)
    palette, index = quantise(few)
    np.testing.assert_array_equal(palette[index], few)
    many = rng.integers(0, 256, size=(20000, 3), dtype=np.uint8)
    palette, index = quantise(many)
    assert len(palette) == 255
    assert np.abs(palette[index].astype(int) - many).mean() < 12  # 255 boxes over the cube: about 8 per channel


def test_encoded_frames_decode_to_their_colours_and_delays():
    h, w = 60, 90
    frames = []
    for k in range(4):
        rgb = np.full((h, w, 3), 255, np.uint8)
        rgb[10:30, 10 + 15 * k:25 + 15 * k] = (0, 114, 178)  # a blue square moving right
        frames.append(rgb)
    encoder = GifEncoder(w, h)
    for rgb in frames:
        assert encoder.add(rgb, 0.1)
    assert not encoder.add(frames[-1], 0.1)  # unchanged: the last frame lasts 0.2 s instead
    decoded = decode(encoder.finish())
    assert len(decoded) == 4
    assert [d for _, d in decoded] == [100, 100, 100, 200]
    for k, (image, _) in enumerate(decoded):
        assert (image.width(), image.height()) == (w, h)
        assert image.pixelColor(17 + 15 * k, 20) == QColor(0, 114, 178)
        assert image.pixelColor(5, 50) == QColor(255, 255, 255)
        if k:
            assert image.pixelColor(17 + 15 * (k - 1) - 1, 20) == QColor(255, 255, 255)  # the old place cleared


class Flipbook(QWidget):
    """Paints a different colour every time it is painted (so every grab is a new frame)."""

    COLOURS = [QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#000000")]

    def __init__(self):
        super().__init__()
        self.paints = 0
        self.resize(200, 100)

    def paintEvent(self, _event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.COLOURS[self.paints % len(self.COLOURS)])
        painter.end()
        self.paints += 1


@pytest.fixture
def flipbook(qtbot):
    widget = Flipbook()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(qtbot, widget, path, frames, **kw):
    recorder = GifRecorder(widget, RecordingOptions(path=str(path), fps=25, width=100, seconds=60, **kw))
    recorder.start()
    qtbot.waitUntil(lambda: recorder.recorded >= frames, timeout=10000)
    return recorder


def test_a_recording_of_n_frames_decodes_to_n_frames_of_the_chosen_size(qtbot, flipbook, tmp_path):
    path = tmp_path / "run.gif"
    first_paint = flipbook.paints
    recorder = record(qtbot, flipbook, path, 5)
    with qtbot.waitSignal(recorder.saved, timeout=10000) as saved:
        recorder.stop()
    assert saved.args == [str(path)]
    assert recorder.state == "saved"
    decoded = decode(path.read_bytes())
    assert len(decoded) == recorder.recorded >= 5
    for k, (image, delay) in enumerate(decoded):
        assert (image.width(), image.height()) == (100, 50)  # 200×100 scaled to the chosen width
        expected = Flipbook.COLOURS[(first_paint + k) % len(Flipbook.COLOURS)]
        assert image.pixelColor(50, 25) == expected
        assert delay >= 20
    assert os.listdir(tmp_path) == ["run.gif"]  # no temporary file left beside it
    assert recorder.wait()


def test_cancel_leaves_no_file(qtbot, flipbook, tmp_path):
    path = tmp_path / "run.gif"
    recorder = record(qtbot, flipbook, path, 3)
    with qtbot.waitSignal(recorder.cancelled, timeout=5000):
        recorder.cancel()
    assert recorder.wait()
    assert recorder.state == "cancelled"
    # Only the grab and poll timers could still write; both are stopped (a stopped QTimer delivers no late
    # timeout), so no later poll can write anything either. Nothing to wait for: check that directly.
    assert not recorder._grab_timer.isActive() and not recorder._poll_timer.isActive()
    assert os.listdir(tmp_path) == []


def test_a_recording_into_a_missing_folder_fails_with_a_message(qtbot, flipbook, tmp_path):
    from gui.record_dialog import RecordingPanel

    path = tmp_path / "missing" / "run.gif"
    recorder = record(qtbot, flipbook, path, 2)
    panel = RecordingPanel(recorder)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.closed, timeout=10000) as closed:
        recorder.stop()
    message, ok = closed.args
    assert not ok
    assert "folder does not exist" in message and str(path) in message
    assert recorder.state == "failed"
    assert not path.parent.exists()


def test_record_dialog_gives_the_chosen_options_and_refuses_a_missing_folder(qtbot, tmp_path):
    from gui.record_dialog import RecordDialog

    dialog = RecordDialog(None, str(tmp_path / "talk"), (800, 400))
    qtbot.addWidget(dialog)
    dialog.fps.setCurrentIndex(dialog.fps.findData(25))
    dialog.width_spin.setValue(320)
    dialog.seconds.setValue(3)
    assert dialog.options() == RecordingOptions(path=str(tmp_path / "talk.gif"), fps=25, width=320, seconds=3.0)
    assert "75" in dialog.note.text() and "320 × 160" in dialog.note.text()
    dialog.path_edit.setText(str(tmp_path / "missing" / "talk.gif"))
    dialog.accept()
    assert dialog.result() != RecordDialog.DialogCode.Accepted
    assert "existing folder" in dialog.note.text()
