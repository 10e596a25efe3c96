"""Soak: every lab runs again and again for N minutes in one process while the resident memory is sampled.

    python bench/bench_soak.py [--minutes 10] [--sample 5] [--lang en]

For each lab of ``gui.main_window.default_tab_classes()`` in turn: show it, press Play as a user would, and every
time its run has ended press Reset and Play again, for ``--minutes``; the resident set size (RSS, from
``/proc/self/status``) is sampled every ``--sample`` seconds. Printed: per lab the runs completed, RSS when the lab
started and ended (after ``gc.collect()``), its largest sample, and the growth over the whole soak. Growth that
continues lab after lab and run after run is a leak; a step up on the first run of a lab is its working set.

Worker processes (the hyperparameter search's pool) are not in this process's RSS; they are listed separately.
Offscreen, one BLAS thread (as the app).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size in MB (Linux); NaN where /proc is missing."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def child_rss_mb() -> float:
    """Summed RSS of this process's children (worker pools), in MB."""
    total = 0.0
    try:
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid():
                total += rss_mb(entry)
    except OSError:
        return float("nan")
    return total


class Soak:
    """Drives one lab after another from a timer; records RSS samples."""

    def __init__(self, app, window, minutes: float, sample_s: float) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.window = window
        self.per_lab = minutes * 60.0
        self.sample_s = sample_s
        self.index = -1
        self.rows: list[dict] = []
        self.samples: list[tuple[float, float]] = []
        self.t0 = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.tick)
        self.next_sample = 0.0
        self.lab_end = 0.0

    def start(self) -> None:
        self.next_lab()
        self.timer.start()

    def next_lab(self) -> None:
        if self.index >= 0:
            self.end_lab()
        self.index += 1
        if self.index >= self.window.tabs.count():
            self.timer.stop()
            self.window.close()
            self.app.quit()
            return
        self.window.tabs.setCurrentIndex(self.index)
        tab = self.window.tabs.widget(self.index)
        gc.collect()
        self.rows.append({"lab": type(tab).__name__, "runs": 0, "start": rss_mb(), "max": rss_mb(),
                          "children": 0.0})
        self.lab_end = time.monotonic() + self.per_lab
        tab.smoke_start()

    def end_lab(self) -> None:
        tab = self.window.tabs.widget(self.index)
        tab.pause()
        gc.collect()
        row = self.rows[-1]
        row["end"] = rss_mb()

    def tick(self) -> None:
        now = time.monotonic()
        tab = self.window.tabs.widget(self.index)
        row = self.rows[-1]
        if now >= self.next_sample:
            self.next_sample = now + self.sample_s
            value = rss_mb()
            self.samples.append((now - self.t0, value))
            row["max"] = max(row["max"], value)
            row["children"] = max(row["children"], child_rss_mb())
        if now >= self.lab_end:
            self.next_lab()
            return
        if not tab.is_playing:  # the run ended (or paused itself at the end): again, from the start
            row["runs"] += 1
            row.setdefault("run_ends", []).append(rss_mb())
            tab.reset()
            tab.play()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Every lab for N minutes in one process; RSS growth.")
    parser.add_argument("--minutes", type=float, default=10.0, help="minutes per lab (default 10)")
    parser.add_argument("--sample", type=float, default=5.0, help="seconds between two RSS samples")
    parser.add_argument("--lang", choices=["en", "ko"], default="en")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from gui.app import Translations, make_settings
    from gui.plotstyle import configure_pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = make_settings(os.path.join(tempfile.mkdtemp(prefix="descent-soak-"), "settings.ini"))
    translations = Translations(app)
    translations.set_language(args.lang)
    configure_pyqtgraph()
    from gui.main_window import MainWindow
    from gui.threads import GuiThreadCollector

    GuiThreadCollector(app)  # as main.py

    window = MainWindow(settings, translations)
    window.resize(1400, 900)
    window.show()
    first = rss_mb()
    soak = Soak(app, window, args.minutes, args.sample)
    soak.start()
    app.exec()
    gc.collect()
    last = rss_mb()
    print(f"soak: {args.minutes:g} min per lab, {len(soak.rows)} labs, {len(soak.samples)} RSS samples, "
          f"{time.monotonic() - soak.t0:.0f} s")
    print(f"{'lab':<26}{'runs':>6}{'RSS start':>11}{'RSS end':>10}{'max':>9}{'growth':>9}{'workers':>9}  (MB)")
    for row in soak.rows:
        end = row.get("end", float("nan"))
        print(f"{row['lab']:<26}{row['runs']:>6}{row['start']:>11.1f}{end:>10.1f}{row['max']:>9.1f}"
              f"{end - row['start']:>+9.1f}{row['children']:>9.1f}")
    for row in soak.rows:
        ends = row.get("run_ends", [])[1:]  # the first run of a lab builds its working set
        if len(ends) >= 3:
            per_run = (ends[-1] - ends[0]) / (len(ends) - 1)
            print(f"{row['lab']}: RSS at the end of runs 2..{len(ends) + 1}: {ends[0]:.1f} -> {ends[-1]:.1f} MB, "
                  f"{per_run:+.2f} MB per run")
    print(f"whole soak: RSS {first:.1f} MB after start-up -> {last:.1f} MB at the end ({last - first:+.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
