"""Time of the batch-normalization sweep alone (book Fig. 6-19: 16 scales x 2 networks, 191 iterations, no Qt).

Prints the seconds for the whole default sweep including the 20 evaluations, the ms per plain step and per
evaluation step, the cost of a snapshot and of an inspect-index change, and the BN gradient check.

Run from anywhere:  python bench/bench_batchnorm.py [--repeats N] [--mnist FOLDER]
"""
import argparse
import os
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
from model.experiments.batchnorm import BatchNormSweepExperiment, bn_gradient_check, book_figure_6_19  # noqa: E402


def one_sweep(dataset):
    """(total s, build s, per-step times of non-evaluating steps, per-step times of evaluating steps, experiment)."""
    t0 = time.perf_counter()
    exp = BatchNormSweepExperiment(book_figure_6_19(), dataset)
    build = time.perf_counter() - t0
    plain_steps, eval_steps = [], []
    while not exp.done:
        evaluates = exp.step_count % exp.iter_per_epoch == 0
        t1 = time.perf_counter()
        exp.step()
        (eval_steps if evaluates else plain_steps).append(time.perf_counter() - t1)
    total = time.perf_counter() - t0
    return total, build, np.array(plain_steps), np.array(eval_steps), exp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--mnist", help="folder with the four MNIST IDX files (default: the bundled 5k subset)")
    args = parser.parse_args()
    dataset = load_idx_folder(args.mnist) if args.mnist else load_bundled_mnist()
    cfg = book_figure_6_19()
    print(f"data: {dataset!r}; {2 * cfg.n_scales} networks 784-{'-'.join(map(str, cfg.hidden))}-10 "
          f"({cfg.dtype}), batch {cfg.batch_size}, OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}")

    runs = [one_sweep(dataset) for _ in range(max(args.repeats, 1))]
    best = min(runs, key=lambda r: r[0])
    total, build, plain_steps, eval_steps, exp = best
    n = exp.step_count
    print(f"whole default sweep ({n} iterations x {2 * cfg.n_scales} nets, {exp.epoch} evaluations): "
          f"{total:.2f} s (best of {len(runs)}: {', '.join(f'{r[0]:.2f}' for r in runs)}; build {build * 1e3:.0f} ms)")
    print(f"  step without evaluation: {np.median(plain_steps) * 1e3:.1f} ms median "
          f"({np.percentile(plain_steps, 90) * 1e3:.1f} ms p90), "
          f"{np.median(plain_steps) * 1e3 / (2 * cfg.n_scales):.2f} ms per network")
    print(f"  step with evaluation + inside view: {np.median(eval_steps) * 1e3:.0f} ms median "
          f"(max {eval_steps.max() * 1e3:.0f} ms); all evaluations together {eval_steps.sum():.2f} s")
    print(f"  mean over all steps: {(plain_steps.sum() + eval_steps.sum()) / n * 1e3:.1f} ms per step")

    t0 = time.perf_counter()
    for _ in range(50):
        exp.snapshot()
    print(f"snapshot(): {(time.perf_counter() - t0) / 50 * 1e6:.0f} µs")
    t0 = time.perf_counter()
    for i in range(cfg.n_scales):
        exp.apply({"inspect_index": i})
    print(f"apply inspect_index (recomputes the inside view): {(time.perf_counter() - t0) / cfg.n_scales * 1e3:.1f} ms")

    t0 = time.perf_counter()
    result = bn_gradient_check(dataset)
    elapsed = time.perf_counter() - t0
    worst = max(rel for _, rel in result.values())
    print(f"bn_gradient_check (784-20-20-10, 10 samples, 30 entries/param): {elapsed * 1e3:.0f} ms, "
          f"worst relative error {worst:.1e}")

    snap = exp.snapshot()
    print("final training accuracy (BN / plain):")
    for s in snap.scales:
        flag = "  (plain diverged)" if s.plain_diverged else ""
        print(f"  w={s.scale:<9.3g} {s.bn_train_acc[-1]:.3f} / {s.plain_train_acc[-1]:.3f}{flag}")


if __name__ == "__main__":
    main()
