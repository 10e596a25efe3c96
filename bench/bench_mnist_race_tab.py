"""The book's MNIST race (Fig. 6-9: 4 optimizers × 2000 iterations) run in the tab, with the plots drawing.

Offscreen QApplication, the tab shown at 1500×950, full MNIST from ../shared/data/mnist (relative to the repository)
opened through the tab's data chooser (the bundled 5k subset, with a note, if that folder is missing), the
"Book figure 6-9" preset, then Play at full speed. Prints:

- total seconds from Play to the end of the race (goal: under 15 s on a 2-core machine);
- frames drawn per second;
- event-loop latency while it runs: a 10 ms QTimer measures how late it fires (p50/p95/max; goal: input handled
  within 50 ms);
- the last-100 mean loss and the test accuracy per optimizer (book: SGD 0.206/0.9329, Momentum 0.066/0.9708,
  AdaGrad 0.032/0.9722, Adam 0.041/0.9712);
- the peak RSS (goal: under 400 MB).

Run from anywhere:  python bench/bench_mnist_race_tab.py [--iterations N] [--shot PATH]
"""
import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MNIST_DIR = ROOT.parent / "shared" / "data" / "mnist"
BOOK = {"SGD": (0.206, 0.9329), "Momentum": (0.066, 0.9708), "AdaGrad": (0.032, 0.9722), "Adam": (0.041, 0.9712)}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=2000, help="fewer iterations for a quick look")
    ap.add_argument("--shot", help="save a screenshot of the tab at the end to this PNG")
    args = ap.parse_args()

    app = QApplication([])
    from gui.app import projector_font, register_fonts
    from gui.plotstyle import configure_pyqtgraph
    from bench.gui_probe import TabRunTimer
    from gui.tabs.mnist_race import MnistRaceTab

    register_fonts(app)
    projector_font(app)
    configure_pyqtgraph()
    tab = MnistRaceTab()
    tab.resize(1500, 950)
    tab.show()

    state = {"frames": 0}
    note = ""

    def setup() -> None:
        nonlocal note
        timer.mark_load()
        t = time.perf_counter()
        if MNIST_DIR.is_dir() and tab.data_box.open_folder(str(MNIST_DIR)):
            note = f"full MNIST from {MNIST_DIR} (opened in {time.perf_counter() - t:.2f} s)"
        else:
            note = f"NOTE: {MNIST_DIR} missing or unreadable; bundled 5k subset instead (numbers not the book's)"
        tab.load_book_preset()
        if args.iterations != 2000:
            tab.iterations.setValue(args.iterations)
        tab.run_bar.set_speed(0)
        QTimer.singleShot(300, wait_built)

    def wait_built() -> None:
        """Play once the paused run of the chosen data has built and drawn its first frame (the folder loads in
        the background: until it has, the paused run is the bundled data's, and the new data replaces it)."""
        snap = tab.run.last_snapshot if tab.run is not None else None
        if snap is None or (note.startswith("full") and snap.dataset == "MNIST 5k"):
            QTimer.singleShot(100, wait_built)
            return
        play()

    def play() -> None:
        tab.run.frame.connect(lambda _s: state.__setitem__("frames", state["frames"] + 1))
        timer.play()

    def report(run: TabRunTimer) -> None:
        snap = tab.run.last_snapshot
        total = run.total
        print(f"data: {note}; OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
        print(f"race: {snap.step} iterations × {len(snap.runs)} optimizers on {snap.dataset} "
              f"({tab.data_info.text()})")
        print(f"  total {total:.2f} s from Play to the end (inside step(): {snap.elapsed:.2f} s, "
              f"{snap.iterations_per_second:.0f} it/s)")
        drawn, cpu, gui = run.frames, run.cpu, run.gui
        print(f"  CPU time: {cpu:.2f} s in all = {gui:.2f} s GUI thread (drawing) + {cpu - gui:.2f} s worker "
              f"(machine load average before/after: {run.load0:.2f} / {os.getloadavg()[0]:.2f})")
        print(f"  frames drawn: {drawn} = {drawn / total:.1f} per second "
              f"(snapshots received: {state['frames']} = {state['frames'] / total:.1f} per second)")
        print(f"  {run.lateness_text()}")
        print(f"  {'optimizer':<10} {'last-100 loss':>13} {'test acc':>9} {'train acc':>10}   "
              "book (loss 1900-1999, test acc)")
        for r in snap.runs:
            ref = BOOK.get(r.name)
            ref_s = f"{ref[0]:.3f}, {ref[1]:.4f}" if ref else "-"
            div = f"  diverged at {r.diverged_step}" if r.diverged else ""
            print(f"  {r.name:<10} {r.mean_loss(100):13.4f} {r.final_test_acc:9.4f} {r.final_train_acc:10.4f}   "
                  f"{ref_s}{div}")
        print(f"  counter: {tab.run_bar.counter.text()}")
        print(f"  peak RSS: {peak_rss_mb():.0f} MB")
        if args.shot:
            tab.grab().save(args.shot)
            print(f"  screenshot: {args.shot}")
        tab.shutdown()
        app.quit()

    timer = TabRunTimer(tab, report)
    QTimer.singleShot(100, setup)
    app.exec()


if __name__ == "__main__":
    main()
