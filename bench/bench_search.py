"""Hyperparameter search speed: the book's §6.5.3 setting (500 images, 784-100×6-10, SGD, 50 epochs, batch 100).

Prints:

- one trial in this process (no pool): the floor a worker cannot beat; and the same trial's matrix products alone
  (the floor of NumPy's BLAS for the book's arithmetic);
- N trials (default 100) headless with 1 worker and with 2 (or ``--workers 1 2 3``): seconds, trials per second and
  the speed-up, the pool's start included (goal: 100 trials under 15 s with 2 workers on a 2-core machine; the book's
  script takes about 519 s);
- the same search with each early-stopping option of the lab (median rule, successive halving), with the trials it
  stopped, the epochs trained and whether it found the same best trial;
- the same search in the tab (offscreen, drawing as trials land) with event-loop lateness: a 10 ms timer measures
  how late it fires (goal: input handled within 50 ms).

Run from the repository:  python bench/bench_search.py [--trials N] [--workers 1 2] [--no-tab] [--tab-early-stop R]
                          [--data FOLDER]  (an MNIST IDX folder instead of the bundled 5,000 images)
The machine's other load changes every figure: run it on a quiet machine for numbers to quote.
"""
import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def one_trial() -> float:
    from model.datasets import load_bundled_mnist
    from model.experiments.hyperparameter_search import TrialSettings, TrialSpec, run_trial, search_data, split_indices

    data = search_data(load_bundled_mnist(), 500)
    train, val = split_indices(0, 500, 0.2)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        run_trial(data, TrialSpec(0, 0, 1e-6, 0.005), TrialSettings(), train, val)
        best = min(best, time.perf_counter() - t0)
    return best


def products_only() -> float:
    """The matrix products of one trial of the book's setting alone, in its shapes and order (span form: 200 updates
    of 6 forward, 6 weight-gradient and 6 input-gradient products and the first layer's ΔS = G[:, idx]·D; 50
    scorings of 500 images), on random numbers: the floor that NumPy's BLAS sets for a trial, whatever else is cut."""
    import numpy as np

    rng = np.random.default_rng(0)

    def rand(*shape):
        return rng.standard_normal(shape, dtype=np.float32)

    w = [rand(100, 100) for _ in range(5)] + [rand(100, 10)]
    h = [rand(100, 100) for _ in range(6)]
    d = [rand(100, 100) for _ in range(5)] + [rand(100, 10)]
    gram, scored = rand(400, 500), [rand(500, 100) for _ in range(6)]
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _epoch in range(50):
            for _update in range(4):
                idx = rng.integers(0, 400, 100)
                for layer in range(6):
                    np.dot(h[layer], w[layer])
                    np.dot(h[layer].T, d[layer])
                    np.dot(d[layer], w[layer].T)
                np.dot(gram[idx].T, d[0])
            for layer in range(6):
                np.dot(scored[layer], w[layer])
        best = min(best, time.perf_counter() - t0)
    return best


def load(folder: str | None):
    from model.datasets import load_bundled_mnist, load_idx_folder
    return load_bundled_mnist() if folder is None else load_idx_folder(folder)


def headless(trials: int, workers: int, early_stop: str = "off", folder: str | None = None) -> tuple[float, object]:
    from model.experiments.hyperparameter_search import HyperparameterSearch, SearchConfig

    data = load(folder)
    t0 = time.perf_counter()
    search = HyperparameterSearch(SearchConfig(trials=trials, workers=workers, early_stop=early_stop), data)
    while not search.done:
        search.step()
    return time.perf_counter() - t0, search.snapshot()


def in_tab(trials: int, workers: int, shot: str | None, early_stop: str = "off") -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.gui_probe import LatencyProbe
    from gui.app import projector_font, register_fonts
    from gui.plotstyle import configure_pyqtgraph
    from gui.tabs.hyperparameter_search import HyperparameterSearchTab

    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    projector_font(app)
    configure_pyqtgraph()
    tab = HyperparameterSearchTab()
    tab.resize(1600, 1000)
    tab.show()
    probe = LatencyProbe()
    state = {"t0": None, "frames": 0}
    tab_frame = tab.on_frame

    def counted(snapshot):
        state["frames"] += 1
        tab_frame(snapshot)

    tab.on_frame = counted

    def start():
        c = tab.controls
        for spin, value in ((c.trials, trials), (c.workers, workers)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        c.early.blockSignals(True)
        c.early.setCurrentIndex(c.early.findData(early_stop))
        c.early.blockSignals(False)
        tab.reset()
        QTimer.singleShot(200, go)

    def go():
        state["t0"] = time.perf_counter()
        probe.start()
        tab.play()
        QTimer.singleShot(200, check)

    def check():
        snap = tab.run.last_snapshot if tab.run is not None else None
        if snap is not None and snap.done and snap.config.trials == trials:
            seconds = time.perf_counter() - state["t0"]
            probe.stop()
            print(f"in the tab, {workers} workers, early stopping {early_stop}: {trials} trials in {seconds:.1f} s, "
                  f"{state['frames']} frames "
                  f"drawn; {probe.summary()}")
            if shot:
                tab.grab().save(shot)
            tab.shutdown()
            app.quit()
            return
        QTimer.singleShot(100, check)

    QTimer.singleShot(100, start)
    app.exec()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=100)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-tab", action="store_true", help="skip the in-tab run")
    ap.add_argument("--shot", help="save the tab at the end to this PNG")
    ap.add_argument("--tab-early-stop", default="off", choices=["off", "median", "halving"])
    ap.add_argument("--data", help="an MNIST IDX folder (default: the bundled 5,000 images)")
    args = ap.parse_args()
    print(f"cores: {os.cpu_count()}; one trial of the book's setting in this process: {one_trial():.3f} s; "
          f"its matrix products alone: {products_only():.3f} s")
    base = full = None
    for workers in args.workers:
        seconds, snap = headless(args.trials, workers, folder=args.data)
        full = snap
        rate = args.trials / seconds
        base = base or rate
        print(f"headless, {workers} worker(s): {args.trials} trials in {seconds:.1f} s = {rate:.2f} trials/s "
              f"(x{rate / base:.2f}); best val acc {snap.best.val_acc:.2f} at lr {snap.best.lr:.4f} "
              f"(trial {snap.best.index})")
    workers = max(args.workers)
    for rule, name in (("median", "median-rule early stopping"), ("halving", "successive halving")):
        seconds, snap = headless(args.trials, workers, rule, args.data)
        stopped = sum(1 for r in snap.records if r.stopped)
        same = "the same best trial" if snap.best.index == full.best.index else f"best trial {snap.best.index}"
        print(f"headless, {workers} worker(s), {name}: {args.trials} trials in {seconds:.1f} s ({stopped} stopped "
              f"early, {snap.trained_epochs} of {args.trials * snap.config.epochs} epochs trained); best val acc "
              f"{snap.best.val_acc:.2f} at lr {snap.best.lr:.4f}, {same}; test acc {snap.test_acc:.3f}")
    if not args.no_tab:
        in_tab(args.trials, max(args.workers), args.shot, args.tab_early_stop)


if __name__ == "__main__":
    main()
