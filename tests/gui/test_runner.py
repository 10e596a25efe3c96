"""The generic runner: throttled frames in the GUI thread, live changes, pause/step/stop, errors."""
import threading
import time


from gui.runner import Controls, RunHandle


class Walker:
    """A tiny experiment: position += lr each step. ``boom_at`` raises inside step()."""

    LIVE = {"lr"}

    def __init__(self, max_steps=10**9, lr=1.0, boom_at=None, step_time=0.0):
        self.position = 0.0
        self.lr = lr
        self.step_count = 0
        self.max_steps = max_steps
        self.boom_at = boom_at
        self.step_time = step_time

    @property
    def done(self):
        return self.step_count >= self.max_steps

    def step(self):
        if self.boom_at is not None and self.step_count == self.boom_at:
            raise RuntimeError("boom in step")
        if self.step_time:
            time.sleep(self.step_time)
        self.position += self.lr
        self.step_count += 1

    def apply(self, changes):
        for k, v in changes.items():
            if k not in self.LIVE:
                raise ValueError(f"'{k}' cannot be changed while running")
            if float(v) < 0:
                raise ValueError("lr must be at least 0")
        self.lr = float(changes.get("lr", self.lr))

    def snapshot(self):
        return (self.step_count, self.position, threading.current_thread().name, self.lr)


def test_controls_single_steps_while_paused():
    c = Controls(running=False)
    c.request_steps(2)
    assert c.wait_turn() == c.wait_turn() == Controls.STEP
    c.set("lr", 1)
    assert c.wait_turn() == Controls.APPLY  # paused with a change waiting: apply it without stepping
    c.take()
    t = threading.Thread(target=lambda: time.sleep(0.05) or c.stop())
    t.start()
    assert c.wait_turn() == Controls.STOP  # blocked until stop
    t.join()


def test_controls_last_write_wins():
    c = Controls()
    c.set("lr", 1)
    c.set("lr", 2)
    assert c.take() == {"lr": 2}
    assert c.take() == {}


def test_frames_are_throttled_and_in_gui_thread(qtbot):
    frames, threads = [], []
    handle = RunHandle(lambda: Walker(max_steps=10**9, step_time=0.0002))
    handle.frame.connect(frames.append)
    handle.frame.connect(lambda _: threads.append(threading.current_thread().name))
    t0 = time.perf_counter()
    handle.start()
    qtbot.waitUntil(lambda: len(frames) >= 6, timeout=10000)
    handle.stop()
    elapsed = time.perf_counter() - t0
    qtbot.waitUntil(lambda: handle.is_finished)  # every frame queued before the worker ended is delivered
    assert len(frames) <= elapsed / 0.033 + 3
    assert set(threads) == {"MainThread"}
    assert frames[0][2] != "MainThread", "the experiment must be built and stepped in the worker thread"
    assert frames[-1][0] > 100, "the worker did not run flat out between frames"


def test_live_change_applies_between_steps(qtbot):
    handle = RunHandle(lambda: Walker(), steps_per_second=0)
    snaps = []
    handle.frame.connect(snaps.append)
    handle.start()
    qtbot.waitUntil(lambda: bool(snaps) and snaps[-1][0] > 50)
    moving = snaps[-1][1]
    handle.set("lr", 0.0)
    frames_at_change = len(snaps)
    qtbot.waitUntil(lambda: len(snaps) > frames_at_change + 2)  # a frame already in flight may predate the change
    frozen = snaps[-1][1]
    later = snaps[-1][0]
    qtbot.waitUntil(lambda: snaps[-1][0] > later + 1000)
    handle.stop()
    assert moving > 0
    assert snaps[-1][1] == frozen, "lr 0 should have stopped the walker"


def serve_a_change(qtbot, handle, snaps, lr):
    """Send a live change and wait for the frame that shows it. A paused worker wakes for it, applies it and shows
    the state without stepping, then waits again: its turns, not a clock, tell that it stayed paused."""
    handle.set("lr", lr)
    qtbot.waitUntil(lambda: snaps[-1][3] == lr)
    return snaps[-1][0]


def test_pause_blocks_and_single_step_advances_exactly(qtbot):
    handle = RunHandle(lambda: Walker(), paused=True)
    snaps = []
    handle.frame.connect(snaps.append)
    handle.start()
    qtbot.waitUntil(lambda: len(snaps) >= 1)
    assert serve_a_change(qtbot, handle, snaps, 0.5) == 0, "a paused run must not step"
    handle.step(3)
    qtbot.waitUntil(lambda: snaps[-1][0] == 3)
    assert serve_a_change(qtbot, handle, snaps, 0.25) == 3
    assert snaps[-1][1] == 0.5 * 3  # exactly three steps, at the lr changed before them
    handle.resume()
    qtbot.waitUntil(lambda: snaps[-1][0] > 100)
    handle.pause()
    paused_at = serve_a_change(qtbot, handle, snaps, 0.75)  # taken at the latest with the step the pause ends
    assert serve_a_change(qtbot, handle, snaps, 2.0) == paused_at, "a paused run stays where it paused"
    first = next(k for k, snap in enumerate(snaps) if snap[3] == 0.75)
    assert {snap[0] for snap in snaps[first:]} == {paused_at}
    assert handle.stop()
    assert not handle.is_running


def test_pace_limits_steps_per_second(qtbot):
    handle = RunHandle(lambda: Walker(), steps_per_second=50)
    snaps = []
    handle.frame.connect(snaps.append)
    t0 = time.perf_counter()
    handle.start()
    qtbot.waitUntil(lambda: bool(snaps) and snaps[-1][0] >= 10, timeout=10000)
    handle.stop()
    elapsed = time.perf_counter() - t0
    qtbot.waitUntil(lambda: handle.is_finished)  # the final frame is delivered
    # at most one step at once and one per 1/50 s after it (a busy machine only makes fewer; unpaced: thousands)
    assert 10 <= snaps[-1][0] <= 1 + 50 * elapsed


def test_done_experiment_finishes_with_final_frame(qtbot):
    handle = RunHandle(lambda: Walker(max_steps=1234))
    snaps = []
    handle.frame.connect(snaps.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.start()
    assert snaps[-1][0] == 1234
    assert handle.is_finished and not handle.is_running


def test_change_while_paused_is_shown_without_stepping(qtbot):
    handle = RunHandle(lambda: Walker(), paused=True)
    snaps = []
    handle.frame.connect(snaps.append)
    handle.start()
    qtbot.waitUntil(lambda: len(snaps) >= 1)
    handle.set("lr", 5.0)
    handle.set("lr", -1.0)  # last write wins: rejected, nothing changes
    handle.set("lr", 7.0)
    qtbot.waitUntil(lambda: len(snaps) >= 2)
    handle.step(1)
    qtbot.waitUntil(lambda: snaps[-1][0] == 1)
    handle.stop()
    assert snaps[-1][1] == 7.0


def test_exception_in_step_reports_failed_then_finished(qtbot):
    handle = RunHandle(lambda: Walker(boom_at=5))
    errors = []
    handle.failed.connect(errors.append)
    with qtbot.waitSignals([handle.failed, handle.finished], order="strict", timeout=5000):
        handle.start()
    assert "boom in step" in errors[0]


def test_exception_in_factory_is_reported(qtbot):
    def factory():
        raise ValueError("bad config")
    handle = RunHandle(factory)
    errors = []
    handle.failed.connect(errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.start()
    assert "bad config" in errors[0]


def test_bad_live_value_is_rejected_and_run_continues(qtbot):
    handle = RunHandle(lambda: Walker())
    snaps, rejected = [], []
    handle.frame.connect(snaps.append)
    handle.rejected.connect(lambda n, m: rejected.append((n, m)))
    handle.start()
    qtbot.waitUntil(lambda: len(snaps) > 1)
    handle.set("lr", -1)
    handle.set("momentum", 3)
    qtbot.waitUntil(lambda: len(rejected) == 2)
    before = snaps[-1][0]
    qtbot.waitUntil(lambda: snaps[-1][0] > before)
    handle.stop()
    assert dict(rejected)["lr"] == "lr must be at least 0"
    assert "cannot be changed" in dict(rejected)["momentum"]


def test_stop_joins_thread(qtbot):
    handle = RunHandle(lambda: Walker(step_time=0.001))
    snaps = []
    handle.frame.connect(snaps.append)
    handle.start()
    qtbot.waitUntil(lambda: len(snaps) >= 2)  # built and stepping
    assert handle.is_running
    assert handle.stop(wait_ms=2000)
    assert not handle.is_running


def test_lingering_run_applies_changes_after_completion(qtbot):
    handle = RunHandle(lambda: Walker(max_steps=5), linger=True)
    snaps = []
    handle.frame.connect(snaps.append)
    with qtbot.waitSignal(handle.completed, timeout=5000):
        handle.start()
    assert handle.is_completed and handle.is_running and not handle.is_finished
    assert handle.is_paused
    assert snaps[-1][0] == 5
    count = len(snaps)
    handle.set("lr", 2.0)   # applied and shown, with no step
    qtbot.waitUntil(lambda: len(snaps) > count)
    count = len(snaps)
    handle.resume()         # nothing left to step: it pauses again (and shows it) instead of spinning
    qtbot.waitUntil(lambda: len(snaps) > count and handle.is_paused)
    assert snaps[-1][0] == 5
    assert serve_a_change(qtbot, handle, snaps, 3.0) == 5 and handle.is_paused  # and waits for the next change
    with qtbot.waitSignal(handle.finished, timeout=5000):
        assert handle.stop()
