"""Regression guard for PySide6 6.12.0 on Python 3.11: every Signal.emit() dropped a reference to True."""
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ping = Signal(int)


def test_signal_emit_keeps_refcount_of_true(qtbot):
    emitter = Emitter()
    received = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(300):
        emitter.ping.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == 300
    if sys.version_info < (3, 12):  # True is immortal from 3.12 on, and the count means nothing there
        assert abs(after - before) < 50, f"Signal.emit() leaks references to True ({before} -> {after})"
