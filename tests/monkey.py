"""A seeded monkey: drives the whole app as a careless user for a while and reports every fault it sees.

    python -m tests.monkey [--seconds 30] [--seed 1] [--lang en|ko] [--interval 15]

It starts the real entry point (``main.main``) offscreen with a throw-away settings file and then, from a timer,
does random things: clicks on visible widgets and plot areas, hovers and drags over plots, wheel turns, keys
(Space, N, R, arrows, digits, Tab, Escape, Page Up/Down, Enter), junk typed into line edits and spin boxes, tab
switches (every lab that ``gui.main_window.default_tab_classes()`` gives is visited in turn), language switches,
menu actions and the dialogs they open (modal dialogs, message boxes, file dialogs and popups are closed by the
monkey a moment later, so nothing ever blocks). Then it closes the window as a user would.

The exit code is 0 only if nothing went wrong: no Python exception (``sys.excepthook``), no Python warning, no Qt
warning or worse (``qInstallMessageHandler``), no worker thread left running after the close. A crash (segfault,
abort) shows as the process's own exit code; run it in a subprocess (``tests/test_monkey.py`` does).
The last actions are printed with any fault, so a failure can be replayed with the same seed.
"""
from __future__ import annotations

import argparse
import atexit
import collections
import os
import random
import sys
import tempfile
import time
import traceback
import warnings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No network, ever: a download started by a random click fails at once instead of reaching the internet.
for _var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
    os.environ[_var] = "http://127.0.0.1:9"
os.environ["no_proxy"] = os.environ["NO_PROXY"] = ""

IGNORED_QT_MESSAGES = (
    # What the offscreen platform cannot do (design notes F10); a real display does it.
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support grabbing the mouse",
    "This plugin does not support setParent",
)
JUNK = ["", "0", "-1", "1e309", "-1e309", "nan", "inf", "abc", "٣", "1,5", "  ", "999999999999", "0.000000001",
        "x**2 + y", "sin(x)*", "__import__('os')", "(" * 40, "9" * 400, "x*3e307", "-0", "1e-320", "한국어", "%1",
        "<b>bold</b>", "\t"]
HANG_SECONDS = 60.0
"""Seconds without a turn of the event loop that count as a frozen window."""
SLOW_ACTION = 1.0
"""Seconds; an action whose handling took longer is listed at the end (a frozen window, not a failure)."""
KEYS = ["Space", "N", "R", "Left", "Right", "Up", "Down", "Tab", "Backtab", "Escape", "PageUp", "PageDown", "Return",
        "Home", "End", "Delete", "Backspace", "0", "1", "2", "5", "9", "Minus", "Plus", "F11"]


def type_text(widget, text: str) -> None:
    """Type ``text`` as key presses; characters QTest cannot map to a key (Hangul, Arabic digits) go as plain text
    events, as an input method would send them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if " " <= ch <= "~":
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         ch))


class Faults:
    """Everything that went wrong, and the last actions before it."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.recent: collections.deque[str] = collections.deque(maxlen=40)
        self.log_file = None

    def add(self, kind: str, text: str) -> None:
        """Record a fault and print it at once (a fatal Qt message aborts the process right after)."""
        if len(self.items) < 50:
            item = f"[{kind}] {text}\n  last actions:\n    " + "\n    ".join(self.recent)
            self.items.append(item)
            print(item, file=sys.stderr, flush=True)

    def log(self, action: str) -> None:
        line = f"{time.monotonic():.2f} {action}"
        self.recent.append(line)
        if self.log_file is not None:  # written at once: after a segfault the file still has the last action
            self.log_file.write(line + "\n")
            self.log_file.flush()


def install_hooks(faults: Faults) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def excepthook(kind, value, tb) -> None:
        faults.add("exception", "".join(traceback.format_exception(kind, value, tb)))

    def qt_message(mode, context, message) -> None:
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(ignored in message for ignored in IGNORED_QT_MESSAGES):
            return
        import threading

        # Where it came from: a warning such as "Timers cannot be stopped from another thread" is only useful with
        # the thread and the Python stack that caused it.
        stack = "".join(traceback.format_stack(limit=12)[:-1])
        faults.add("qt", f"{mode.name}: {message}\n  in thread {threading.current_thread().name}\n{stack}")

    def showwarning(message, category, filename, lineno, file=None, line=None) -> None:
        faults.add("warning", f"{category.__name__}: {message} ({filename}:{lineno})")

    sys.excepthook = excepthook
    qInstallMessageHandler(qt_message)
    warnings.simplefilter("always")
    # The one third-party deprecation pyproject.toml also ignores: pyqtgraph 0.14 sets `array.shape`, which NumPy 2.5
    # (picked on Python 3.12+) deprecates. Only when it comes from inside pyqtgraph.
    warnings.filterwarnings("ignore", message="Setting the shape on a NumPy array has been deprecated",
                            category=DeprecationWarning, module="pyqtgraph")
    warnings.showwarning = showwarning


class Monkey:
    """Random actions on the main window, one per timer tick."""

    def __init__(self, app, seed: int, seconds: float, interval_ms: int, faults: Faults) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.rng = random.Random(seed)
        self.seconds = seconds
        self.faults = faults
        self.window = None
        self.depth = 0
        self.actions = 0
        self.visited: set[str] = set()
        self.slow: list[str] = []
        self.heartbeat = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.closer = QTimer()
        self.closer.setInterval(150)
        self.closer.timeout.connect(self.closer_tick)
        self.end = 0.0
        self.finished = False

    def start(self) -> None:
        from PySide6.QtWidgets import QMainWindow

        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            self.faults.add("setup", "no main window")
            self.app.quit()
            return
        self.window = windows[0]
        self.end = time.monotonic() + self.seconds
        self.timer.start()
        self.closer.start()

    # one tick ------------------------------------------------------------------------------------------------------
    def tick(self) -> None:
        self.heartbeat = time.monotonic()
        if self.depth:
            return
        self.depth += 1
        try:
            if self.close_blockers():
                return
            if time.monotonic() >= self.end:
                self.finish()
                return
            self.actions += 1
            started = time.monotonic()
            self.random_action()
            took = time.monotonic() - started
            if took > SLOW_ACTION:
                self.slow.append(f"{took:.2f} s: {self.faults.recent[-1] if self.faults.recent else '?'}")
        except Exception:  # noqa: BLE001 - a fault of the monkey itself is reported like any other
            self.faults.add("monkey", traceback.format_exc())
        finally:
            self.depth -= 1

    def closer_tick(self) -> None:
        """A second timer: Qt never fires a timer again while its own slot runs, and an action that opened a modal
        dialog is still running inside the dialog's event loop. This one closes it."""
        self.heartbeat = time.monotonic()
        if self.depth or self.finished:
            try:
                self.close_blockers()
            except Exception:  # noqa: BLE001
                self.faults.add("monkey", traceback.format_exc())

    def close_blockers(self) -> bool:
        """Close an open popup or modal dialog (a moment after it opened); True if something was open."""
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.faults.log(f"close popup {type(popup).__name__}")
            popup.close()
            return True
        modal = QApplication.activeModalWidget()
        if modal is None:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QDialog) and w.isVisible():
                    modal = w
                    break
        if modal is None:
            return False
        self.faults.log(f"close dialog {type(modal).__name__}")
        if isinstance(modal, QMessageBox):
            # "Show Details…" is an action button that only toggles the details: clicking it never closes the box
            closing = [b for b in modal.buttons()
                       if modal.buttonRole(b) != QMessageBox.ButtonRole.ActionRole]
            if closing:
                closing[-1].click()
            else:
                modal.done(0)
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        return True

    def random_action(self) -> None:
        actions = [(18, self.click_widget), (16, self.click_plot), (10, self.hover_plot), (4, self.drag_plot),
                   (4, self.wheel), (16, self.key), (10, self.type_junk), (6, self.switch_tab),
                   (1, self.switch_language), (2, self.menu_action), (1, self.resize)]
        total = sum(w for w, _ in actions)
        pick = self.rng.uniform(0, total)
        for weight, action in actions:
            pick -= weight
            if pick <= 0:
                action()
                return
        actions[-1][1]()

    # helpers -------------------------------------------------------------------------------------------------------
    def tab(self):
        return self.window.tabs.currentWidget()

    def visible(self, cls, root=None):
        from PySide6.QtWidgets import QWidget

        root = root if root is not None else self.window
        return [w for w in root.findChildren(cls) if isinstance(w, QWidget) and w.isVisible() and w.isEnabled()
                and w.width() > 2 and w.height() > 2 and w.window() is self.window]

    def point_in(self, widget):
        from PySide6.QtCore import QPoint

        return QPoint(self.rng.randrange(1, max(2, widget.width() - 1)),
                      self.rng.randrange(1, max(2, widget.height() - 1)))

    def name(self, widget) -> str:
        text = ""
        for attr in ("text", "title", "objectName"):
            try:
                text = getattr(widget, attr)()
            except Exception:  # noqa: BLE001
                continue
            if text:
                break
        return f"{type(widget).__name__}({str(text)[:30]!r})"

    # actions -------------------------------------------------------------------------------------------------------
    def click_widget(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                                       QComboBox, QTabBar)

        candidates = []
        for cls in (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar, QAbstractItemView):
            candidates += self.visible(cls)
        candidates = [w for w in candidates if w is not getattr(self.window, "quit_button", None)]
        if not candidates:
            return
        w = self.rng.choice(candidates)
        target = w.viewport() if isinstance(w, QAbstractItemView) else w
        pos = self.point_in(target)
        button = Qt.MouseButton.LeftButton if self.rng.random() < 0.9 else Qt.MouseButton.RightButton
        double = self.rng.random() < 0.08
        self.faults.log(f"click {self.name(w)} at {pos.x()},{pos.y()} {button.name}{' double' if double else ''}")
        if double:
            QTest.mouseDClick(target, button, pos=pos)
        else:
            QTest.mouseClick(target, button, pos=pos)

    def plots(self):
        from PySide6.QtWidgets import QGraphicsView

        return self.visible(QGraphicsView)

    def click_plot(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        views = self.plots()
        if not views:
            return
        view = self.rng.choice(views)
        vp = view.viewport()
        pos = self.point_in(vp)
        button = self.rng.choice([Qt.MouseButton.LeftButton] * 6 + [Qt.MouseButton.RightButton,
                                                                    Qt.MouseButton.MiddleButton])
        self.faults.log(f"click plot {type(view).__name__} at {pos.x()},{pos.y()} {button.name}")
        QTest.mouseMove(vp, pos)
        if self.rng.random() < 0.1:
            QTest.mouseDClick(vp, button, pos=pos)
        else:
            QTest.mouseClick(vp, button, pos=pos)

    def hover_plot(self) -> None:
        from PySide6.QtTest import QTest

        views = self.plots()
        if not views:
            return
        vp = self.rng.choice(views).viewport()
        for _ in range(self.rng.randint(1, 5)):
            pos = self.point_in(vp)
            self.faults.log(f"hover at {pos.x()},{pos.y()}")
            QTest.mouseMove(vp, pos)

    def drag_plot(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        views = self.plots()
        if not views:
            return
        vp = self.rng.choice(views).viewport()
        start, end = self.point_in(vp), self.point_in(vp)
        button = self.rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton])
        self.faults.log(f"drag {start.x()},{start.y()} -> {end.x()},{end.y()} {button.name}")
        QTest.mousePress(vp, button, pos=start)
        for k in range(1, 4):
            QTest.mouseMove(vp, start + (end - start) * (k / 3))
        QTest.mouseRelease(vp, button, pos=end)

    def wheel(self) -> None:
        from PySide6.QtCore import QPoint, QPointF, Qt
        from PySide6.QtGui import QWheelEvent
        from PySide6.QtWidgets import QAbstractSpinBox, QApplication

        targets = [v.viewport() for v in self.plots()] + self.visible(QAbstractSpinBox)
        if not targets:
            return
        w = self.rng.choice(targets)
        pos = QPointF(self.point_in(w))
        delta = self.rng.choice([-240, -120, 120, 240])
        self.faults.log(f"wheel {self.name(w)} {delta}")
        event = QWheelEvent(pos, QPointF(w.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(w, event)

    def key(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        name = self.rng.choice(KEYS)
        key = getattr(Qt.Key, f"Key_{name}")
        target = QApplication.focusWidget()
        if target is None or target.window() is not self.window or self.rng.random() < 0.3:
            target = self.tab()
            target.setFocus()
        self.faults.log(f"key {name} to {self.name(target)}")
        QTest.keyClick(target, key)

    def type_junk(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

        fields = [w for w in self.visible(QLineEdit) if not w.isReadOnly()] + self.visible(QAbstractSpinBox)
        if not fields:
            return
        w = self.rng.choice(fields)
        text = self.rng.choice(JUNK) if self.rng.random() < 0.7 else str(self.rng.choice(
            [self.rng.randint(-5, 50), round(self.rng.uniform(-2, 20), 3), 10 ** self.rng.randint(-6, 6)]))
        self.faults.log(f"type {text[:40]!r} into {self.name(w)}")
        w.setFocus()
        w.selectAll()
        type_text(w, text)
        if self.rng.random() < 0.8:
            QTest.keyClick(w, Qt.Key.Key_Return)
        else:
            QTest.keyClick(w, Qt.Key.Key_Tab)

    def switch_tab(self) -> None:
        tabs = self.window.tabs
        # Round-robin most of the time, so that a short run visits every lab.
        if self.rng.random() < 0.7:
            index = (tabs.currentIndex() + 1) % tabs.count()
        else:
            index = self.rng.randrange(tabs.count())
        self.faults.log(f"tab {index} {type(tabs.widget(index)).__name__}")
        tabs.setCurrentIndex(index)
        self.visited.add(type(tabs.widget(index)).__name__)

    def switch_language(self) -> None:
        actions = getattr(self.window, "language_actions", {})
        if not actions:
            return
        code = self.rng.choice(sorted(actions))
        self.faults.log(f"language {code}")
        actions[code].trigger()

    def menu_action(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        quit_action = getattr(self.window, "quit_action", None)
        acts = []
        for menu in self.window.menuBar().findChildren(QMenu):
            acts += [a for a in menu.actions() if isinstance(a, QAction) and a.isEnabled() and not a.isSeparator()
                     and a is not quit_action and a.menu() is None]
        if not acts:
            return
        action = self.rng.choice(acts)
        self.faults.log(f"menu {action.text()!r}")
        action.trigger()

    def resize(self) -> None:
        w, h = self.rng.randint(700, 1600), self.rng.randint(500, 1000)
        self.faults.log(f"resize {w}x{h}")
        if self.window.isFullScreen():
            self.window.showNormal()
        self.window.resize(w, h)

    # the end -------------------------------------------------------------------------------------------------------
    def finish(self) -> None:
        from PySide6.QtCore import QTimer

        if self.finished:
            return
        self.finished = True
        self.timer.stop()
        # Every lab once more, so that even a short run has shown each of them.
        for i in range(self.window.tabs.count()):
            self.visited.add(type(self.window.tabs.widget(i)).__name__)
        self.faults.log("close window")
        self.window.close()
        QTimer.singleShot(200, self.app.quit)


def start_watchdog(monkey: Monkey, faults: Faults, hang_seconds: float) -> None:
    """A frozen window is a fault too: if the GUI thread does not come back for ``hang_seconds``, print the last
    actions and every thread's stack, and end the process with exit code 3."""
    import faulthandler
    import threading
    import weakref

    # A weak reference: holding the monkey (and through it the window) here made this thread drop the last reference
    # when it ended, and Qt objects with timers were destroyed in it ("Timers cannot be stopped from another thread").
    monkey_ref = weakref.ref(monkey)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            watched = monkey_ref()
            done = watched is None or watched.finished
            silent = 0.0 if done else time.monotonic() - watched.heartbeat
            del watched  # at once: never the last reference
            if done:
                return
            if silent > hang_seconds:
                print(f"[hang] the GUI thread did not respond for {hang_seconds:.0f} s\n  last actions:\n    "
                      + "\n    ".join(faults.recent), file=sys.stderr, flush=True)
                faulthandler.dump_traceback(all_threads=True)
                os._exit(3)

    threading.Thread(target=watch, name="monkey-watchdog", daemon=True).start()


def visit_every_tab(monkey: Monkey) -> None:
    """Show every lab at least once at the start (the round-robin tab switches cover them later as well)."""
    from PySide6.QtTest import QTest

    tabs = monkey.window.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        monkey.visited.add(type(tabs.widget(i)).__name__)
        QTest.qWait(50)


def run(seconds: float, seed: int, lang: str, interval_ms: int, log: str | None = None) -> int:
    import faulthandler

    faulthandler.enable()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    faults = Faults()
    if log:
        faults.log_file = open(log, "w", encoding="utf-8")  # noqa: SIM115 - kept open for the whole run
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_hooks(faults)
    monkey = Monkey(app, seed, seconds, interval_ms, faults)

    def begin() -> None:
        monkey.start()
        start_watchdog(monkey, faults, HANG_SECONDS)
        if monkey.window is not None:
            visit_every_tab(monkey)

    QTimer.singleShot(300, begin)
    settings_dir = tempfile.mkdtemp(prefix="descent-monkey-")
    import main as entry

    t0 = time.monotonic()
    code = entry.main(["--settings", os.path.join(settings_dir, "settings.ini"), "--lang", lang])
    from gui.main_window import default_tab_classes
    from gui.runner import KEEPER

    if KEEPER.running():
        faults.add("thread", f"{KEEPER.running()} worker thread(s) still running after the window closed")
    missing = {cls.__name__ for cls in default_tab_classes()} - monkey.visited
    if missing:
        faults.add("coverage", f"labs never shown: {', '.join(sorted(missing))}")
    if code != 0:
        faults.add("exit", f"main returned {code}")
    shut_down(app, monkey)  # what interpreter exit would do, while faults are still counted
    print(f"monkey: seed {seed}, language {lang}, {monkey.actions} actions in {time.monotonic() - t0:.1f} s, "
          f"labs {len(monkey.visited)}, faults {len(faults.items)}", flush=True)
    for text in monkey.slow[:20]:
        print(f"monkey: slow action {text}", flush=True)
    atexit.register(report_late_faults, faults, len(faults.items))
    return 1 if faults.items else 0


def shut_down(app, monkey: Monkey) -> None:
    """The end of the process, done here so that what it prints is still a fault: stop every worker thread, delete
    the window and the application's other objects, collect Python's garbage (on this, the GUI thread)."""
    import gc

    from gui.runner import KEEPER

    KEEPER.join_all(10_000)
    monkey.window = None
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    app.sendPostedEvents(None, 0)  # 0 = QEvent::DeferredDelete: the deleteLater calls above
    app.processEvents()
    gc.collect()


def report_late_faults(faults: Faults, counted: int) -> None:
    """At interpreter exit: a fault added after the verdict (a Qt warning during Python's own teardown) still
    fails the run. ``os._exit`` because the exit code is already on its way out."""
    if len(faults.items) > counted:
        print(f"monkey: {len(faults.items) - counted} fault(s) during interpreter exit", file=sys.stderr, flush=True)
        sys.stderr.flush()
        os._exit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lang", choices=["en", "ko"], default="en")
    parser.add_argument("--interval", type=int, default=15, help="milliseconds between two actions")
    parser.add_argument("--log", help="write every action to this file as it happens (kept after a crash)")
    args = parser.parse_args(argv)
    return run(args.seconds, args.seed, args.lang, args.interval, args.log)


if __name__ == "__main__":
    sys.exit(main())
