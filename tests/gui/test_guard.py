"""Regression guard for PySide6 6.12.0 on Python 3.11: every Signal.emit() dropped a reference to True."""
import sys

import pytest
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ping = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="True is immortal from Python 3.12 on: its reference count never changes, so a leak "
                           "cannot be seen (and cannot crash the process) there")
def test_signal_emit_keeps_refcount_of_true(qtbot):
    emitter = Emitter()
    received = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(300):
        emitter.ping.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == 300
    assert abs(after - before) < 50, f"Signal.emit() leaks references to True ({before} -> {after})"


def test_signals_are_delivered(qtbot):
    """The part of the guard that runs on every Python: 300 emits arrive in order."""
    emitter = Emitter()
    received = []
    emitter.ping.connect(received.append)
    for i in range(300):
        emitter.ping.emit(i)
    assert received == list(range(300))
