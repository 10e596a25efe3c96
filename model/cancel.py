"""Cancelling a long step from outside (pure Python, no Qt).

A step of a large network (8 hidden layers of 1000 units, a mini-batch of 10,000) takes seconds. Whoever runs it
(the GUI's runner, a headless loop) opens a *cancel scope* around the step with a callable that says whether to
stop; the network asks :func:`check_cancelled` between two layers, which raises :class:`Cancelled` once the callable
returns True. Outside any scope the check costs one attribute look-up and never raises.

The scope is per thread (``threading.local``), so a worker thread's scope never cancels work on another thread.
A cancelled step leaves the experiment half-updated: it is meant to be thrown away.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Cancelled(Exception):
    """Raised inside a step whose cancel scope asked to stop."""


class _Scope(threading.local):
    should_stop: Callable[[], bool] | None = None


_SCOPE = _Scope()


@contextmanager
def cancel_scope(should_stop: Callable[[], bool]) -> Iterator[None]:
    """``with cancel_scope(lambda: flag.is_set()): experiment.step()``: the step may raise :class:`Cancelled`."""
    previous = _SCOPE.should_stop
    _SCOPE.should_stop = should_stop
    try:
        yield
    finally:
        _SCOPE.should_stop = previous


def check_cancelled() -> None:
    """Raise :class:`Cancelled` if the innermost cancel scope of this thread asks to stop."""
    should_stop = _SCOPE.should_stop
    if should_stop is not None and should_stop():
        raise Cancelled()
