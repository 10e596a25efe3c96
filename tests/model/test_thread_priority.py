"""model/thread_priority.py: a work thread raises its own nice value (Linux), never the caller's other threads'."""
import os
import sys
import threading

import pytest

from model.thread_priority import WORK_NICENESS, lower_this_thread

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")


@linux
def test_a_work_thread_gets_the_work_niceness_and_the_main_thread_keeps_its_own():
    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = {}

    def work():
        seen["set"] = lower_this_thread()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen["again"] = lower_this_thread()  # already that nice: nothing to do

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == {"set": main_before < WORK_NICENESS, "nice": max(WORK_NICENESS, main_before), "again": False}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before
