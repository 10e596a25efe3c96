"""The book's MNIST optimizer race (Fig. 6-9) and weight-init comparison (Fig. 6-15), headless, timed.

Runs 4 optimizers × 2000 iterations and 3 inits × 2000 iterations (784-100×4-10, batch 128, float32, one BLAS
thread) on the full MNIST from ../shared/data/mnist (relative to the repository), or on the bundled 5k subset if
that folder is missing. Prints total seconds, ms per iteration, the slowest single step, the last-100 mean loss,
the final accuracies per run, and the peak RSS.

Run from anywhere:  python bench/bench_mnist_race.py [--iterations N] [--loss-before-update] [--skip-init]
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
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from model.datasets import load_bundled_mnist, load_idx_folder  # noqa: E402
from model.experiments.init_compare import InitCompareExperiment, book_figure_6_15  # noqa: E402
from model.experiments.mnist_race import MnistRaceExperiment, book_figure_6_9  # noqa: E402

MNIST_DIR = ROOT.parent / "shared" / "data" / "mnist"

BOOK_RACE = {"SGD": (0.206, 0.9329), "Momentum": (0.066, 0.9708), "AdaGrad": (0.032, 0.9722),
             "Adam": (0.041, 0.9712)}
BOOK_INIT = {"std=0.01": (2.301, 0.1135), "Xavier": (0.281, 0.9137), "He": (0.198, 0.9348)}
"""Book's seed-0 figures (figures 6-9 and 6-15, run with the book's code): mean loss over iterations 1900-1999,
test accuracy."""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(title, exp, book) -> None:
    steps = []
    t0 = time.perf_counter()
    while not exp.done:
        t = time.perf_counter()
        exp.step()
        steps.append(time.perf_counter() - t)
    total = time.perf_counter() - t0
    t = time.perf_counter()
    for _ in range(20):
        snap = exp.snapshot()
    snap_ms = (time.perf_counter() - t) / 20 * 1e3
    steps_ms = np.array(steps) * 1e3
    n_runs = len(snap.runs)
    print(f"\n{title}: {snap.step} iterations × {n_runs} networks on {snap.dataset}")
    print(f"  total {total:.2f} s = {total / snap.step * 1e3:.2f} ms per iteration "
          f"({total / snap.step / n_runs * 1e3:.2f} ms per network step, evaluation included); "
          f"median step {np.median(steps_ms):.2f} ms, slowest {steps_ms.max():.1f} ms; "
          f"snapshot() {snap_ms:.2f} ms")
    print(f"  {'run':<10} {'last-100 loss':>13} {'train acc':>10} {'test acc':>9}   book (loss 1900-1999, test acc)")
    for r in snap.runs:
        ref = book.get(r.name)
        ref_s = f"{ref[0]:.3f}, {ref[1]:.4f}" if ref else "-"
        div = f"  diverged at {r.diverged_step}" if r.diverged else ""
        print(f"  {r.name:<10} {r.mean_loss(100):13.4f} {r.final_train_acc:10.4f} {r.final_test_acc:9.4f}   "
              f"{ref_s}{div}")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=2000)
    ap.add_argument("--loss-before-update", action="store_true",
                    help="record the gradient pass's loss (no extra forward pass) instead of the book's")
    ap.add_argument("--skip-init", action="store_true", help="only the optimizer race")
    args = ap.parse_args()

    t = time.perf_counter()
    if MNIST_DIR.is_dir():
        ds = load_idx_folder(MNIST_DIR)
    else:
        ds = load_bundled_mnist()
        print(f"NOTE: {MNIST_DIR} not found; using the bundled 5k subset (numbers not comparable with the book)")
    print(f"data: {ds.description} (loaded in {time.perf_counter() - t:.1f} s); "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}; peak RSS {peak_rss_mb():.0f} MB")

    import dataclasses
    lau = not args.loss_before_update
    race = dataclasses.replace(book_figure_6_9(), iterations=args.iterations, loss_after_update=lau)
    run(f"Optimizer race (Fig. 6-9), loss {'after' if lau else 'before'} the update",
        MnistRaceExperiment(race, ds), BOOK_RACE)
    if not args.skip_init:
        init = dataclasses.replace(book_figure_6_15(), iterations=args.iterations, loss_after_update=lau)
        run(f"Weight-init comparison (Fig. 6-15), loss {'after' if lau else 'before'} the update",
            InitCompareExperiment(init, ds), BOOK_INIT)


if __name__ == "__main__":
    main()
