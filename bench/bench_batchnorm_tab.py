"""The batch-normalization sweep in the real tab: the book's whole Fig. 6-19 sweep (16 scales x 2 networks,
191 iterations, 20 evaluations), the tab shown at 1500x950 and drawing.

Prints the seconds for the whole sweep, the frames drawn, and the event-loop lateness while it runs (a 10 ms timer
measuring how late it fires: how long an input event would wait). Goals: the sweep in under 30 s, input handled
within 50 ms. ``--detail`` runs it a second time with one scale open large (loss curves and inside view redrawn).
Run: python bench/bench_batchnorm_tab.py [--detail]
"""
import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def sweep(app, tab, detail: bool) -> tuple[float, int, str, int]:
    """Run the default sweep once from a reset; (seconds, frames drawn, latency summary, ticks later than 50 ms)."""
    from bench.gui_probe import LatencyProbe

    frames = []
    result = {}
    probe = LatencyProbe()

    def count(snapshot):
        frames.append(snapshot.iteration)  # the tab draws each frame synchronously in its slot

    def begin():
        tab.run.frame.connect(count)
        result["t0"] = time.perf_counter()
        probe.start()
        tab.play()

    def check():
        if tab.sweep_done():
            result["t1"] = time.perf_counter()
            app.quit()
        else:
            QTimer.singleShot(20, check)

    tab.reset()
    QTimer.singleShot(300, begin)
    QTimer.singleShot(320, check)
    QTimer.singleShot(120_000, app.quit)  # safety net
    app.exec()
    probe.stop()
    tab.show_sweep()
    seconds = result.get("t1", float("nan")) - result["t0"]
    late = sum(1 for v in probe.lateness if v > 0.05)
    return seconds, len(frames), probe.summary(), late


def open_first_time(app, tab) -> float:
    """Open scale 8 large for the first time (its plots are built then); seconds until its inside view is drawn."""
    t0 = time.perf_counter()
    tab.open_scale(8)

    def check():
        if tab.detail.inside is not None:
            app.quit()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    app.exec()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", action="store_true", help="also run it with one scale open large")
    args = parser.parse_args()
    app = QApplication([])
    from gui.app import projector_font, register_fonts
    from gui.plotstyle import configure_pyqtgraph
    register_fonts(app)
    projector_font(app)
    configure_pyqtgraph()
    from gui.tabs.batchnorm import BatchNormTab

    tab = BatchNormTab()
    tab.resize(1500, 950)
    tab.show()
    app.processEvents()
    modes = [False, True] if args.detail else [False]
    print(f"batch-normalization tab, book Fig. 6-19 sweep (16 scales x 2 networks, 191 iterations), "
          f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}")
    for detail in modes:
        if detail:
            print(f"  opening a panel the first time (builds its plots): {open_first_time(app, tab) * 1e3:.0f} ms")
            tab.open_scale(8)
        seconds, frames, latency, late = sweep(app, tab, detail)
        view = "one scale open large" if detail else "grid of all scales"
        print(f"  {view}: whole sweep {seconds:.1f} s (goal < 30 s), {frames} frames drawn")
        print(f"    {latency}; {late} ticks later than 50 ms (goal: input within 50 ms)")
    tab.shutdown()


if __name__ == "__main__":
    main()
