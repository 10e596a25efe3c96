"""Milliseconds per HistogramLab.compute() for the book's 5 layers × 100 units × 1000 samples.

Run: ``python bench/bench_histograms.py [--runs 50] [--dtype float32|float64]``. One BLAS thread, as in the app.
What a slider move costs: the random draws are cached, so a weight-std or activation change is forward + backward +
statistics. "first" is a compute that also draws (a new seed or size).
"""
from __future__ import annotations

import os

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # before numpy is imported
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from model.experiments import weight_init as wi  # noqa: E402
from model.experiments.weight_init.stack import _backward, _forward  # noqa: E402
from model.functions import ACTIVATIONS  # noqa: E402


def _ms(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dtype", default="float32", choices=wi.DTYPES)
    args = parser.parse_args()

    print(f"numpy {np.__version__}, OPENBLAS_NUM_THREADS=1, dtype {args.dtype}, median of {args.runs} runs")
    print(f"{'activation':<10} {'init':<7} {'compute ms':>10} {'(min)':>7} {'first ms':>9}")
    lab = wi.HistogramLab()
    for activation in wi.ACTIVATION_NAMES:
        for init in (0.01, "xavier", "he", 1.0):
            config = wi.HistogramConfig(activation, init, dtype=args.dtype)
            first = _ms(lambda: wi.HistogramLab().compute(config), 5)[0]
            lab.compute(config)
            med, low = _ms(lambda: lab.compute(config), args.runs)
            print(f"{activation:<10} {str(init):<7} {med:>10.2f} {low:>7.2f} {first:>9.2f}")

    # Where the time goes, for one configuration of each activation
    print("\nparts (ms, median): activation function ×5 | forward | backward | statistics of 10 arrays")
    for activation in wi.ACTIVATION_NAMES:
        config = wi.HistogramConfig(activation, "xavier", dtype=args.dtype)
        lab.compute(config)
        x, weights, upstream = lab._draws_for(config)
        act = ACTIVATIONS[activation]
        a = x @ weights[0]
        f_act = _ms(lambda: [act(a) for _ in range(config.n_layers)], args.runs)[0]
        f_fwd = _ms(lambda: _forward(x, weights, config.scale, activation), args.runs)[0]
        outs = _forward(x, weights, config.scale, activation)
        f_bwd = _ms(lambda: _backward(outs, weights, config.scale, activation, upstream), args.runs)[0]
        total = _ms(lambda: lab.compute(config), args.runs)[0]
        print(
            f"{activation:<8} act {f_act:6.2f} | fwd {f_fwd:6.2f} | bwd {f_bwd:6.2f} | "
            f"stats {total - f_fwd - f_bwd:6.2f} | total {total:6.2f}"
        )


if __name__ == "__main__":
    main()
