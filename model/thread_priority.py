"""Work threads and processes yield the CPU to the window: a higher nice value for the calling thread.

On a 2-core lecture PC the window's thread competes with the runner thread, its scoring threads and the search's
worker processes. The scheduler shares the cores by weight; a nice value of ``WORK_NICENESS`` gives a work thread
about a tenth of the weight of the window's thread (each step of nice is about 1.25×), so the window gets a core
as soon as it has input or a frame to draw, and the work still has every core the window leaves idle.

Linux gives every thread its own nice value (``setpriority`` on the thread's id), and threads and processes started
by a thread inherit it. Elsewhere this does nothing (Qt's thread priorities do not apply to Python threads' work).
Raising one's own nice value needs no privilege; it cannot be lowered again, which is why only work threads call it.
"""
from __future__ import annotations

import os
import sys
import threading

__all__ = ["WORK_NICENESS", "lower_this_thread"]

WORK_NICENESS = 10


def lower_this_thread(niceness: int = WORK_NICENESS) -> bool:
    """Give the calling thread the nice value ``niceness`` (if it is higher than its own); True if it was set."""
    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return False
    tid = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, tid) >= niceness:
            return False
        os.setpriority(os.PRIO_PROCESS, tid, niceness)
    except OSError:
        return False
    return True
