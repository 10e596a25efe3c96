"""How fast is one training step of MultiLayerNet, compared with the machine's matrix-multiply peak?

Measures:
  1. peak GFLOP/s of a 2048 x 2048 matrix product (float32 and float64) with the same BLAS thread count;
  2. ms per training step (gradient + optimizer update) of 784-100x4-10, batch 128, float32, with SGD and Adam
     updating the whole flat parameter vector in one call, and with the per-key dicts;
  3. the same step with our float64 network and with a book-style float64 implementation (new arrays everywhere,
     boolean-mask ReLU, input gradient of the first layer), for comparison.

FLOPs per step: the matrix products only, 2·N·n_in·n_out each for the forward product, dW and dx, except the first
layer's dx, which is never needed: 6·N·Σ(n_in·n_out) − 2·N·784·100 ≈ 64 MFLOP.

Usage: python bench/bench_step.py [--threads N] [--batch 128] [--repeats 7] [--steps 200]
One BLAS thread unless --threads is given (the environment is set before NumPy is imported).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=7, help="timing runs; the best is reported")
    parser.add_argument("--steps", type=int, default=200, help="steps per timing run")
    return parser.parse_args()


ARGS = parse_args()
for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from model.network import MultiLayerNet  # noqa: E402

try:
    from model.optimizers import SGD, Adam  # noqa: E402
    OPTIMIZER_SOURCE = "model.optimizers"
except ImportError:  # pragma: no cover - only before model/optimizers.py existed
    OPTIMIZER_SOURCE = "bench fallback"

    class SGD:  # type: ignore[no-redef]
        def __init__(self, lr: float = 0.01) -> None:
            self.lr = lr

        def update(self, params: dict, grads: dict) -> None:
            for k in params:
                params[k] -= self.lr * grads[k]

    class Adam:  # type: ignore[no-redef]
        def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
            self.lr, self.beta1, self.beta2, self.t, self.m, self.v = lr, beta1, beta2, 0, None, None

        def update(self, params: dict, grads: dict) -> None:
            if self.m is None:
                self.m = {k: np.zeros_like(p) for k, p in params.items()}
                self.v = {k: np.zeros_like(p) for k, p in params.items()}
            self.t += 1
            lr_t = self.lr * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
            for k in params:
                self.m[k] += (1 - self.beta1) * (grads[k] - self.m[k])
                self.v[k] += (1 - self.beta2) * (grads[k] ** 2 - self.v[k])
                params[k] -= lr_t * self.m[k] / (np.sqrt(self.v[k]) + 1e-7)

SIZES = (784, [100] * 4, 10)


def best_ms(fn: Callable[[], object], repeats: int, steps: int) -> float:
    """Best (over ``repeats`` runs) mean time of ``fn`` in ms, after a warm-up."""
    for _ in range(max(steps // 10, 5)):
        fn()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(steps):
            fn()
        best = min(best, (time.perf_counter() - start) / steps)
    return best * 1e3


def peak_gflops(dtype: type, repeats: int) -> float:
    """GFLOP/s of one 2048 x 2048 matrix product (best of ``repeats``)."""
    n = 2048
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n)).astype(dtype)
    b = rng.standard_normal((n, n)).astype(dtype)
    c = np.empty((n, n), dtype)
    seconds = best_ms(lambda: np.dot(a, b, out=c), repeats, 3) / 1e3
    return 2 * n**3 / seconds / 1e9


def step_flops(batch: int) -> int:
    """6·N·Σ n_in·n_out − 2·N·n_in₁·n_out₁ (no input gradient for the first layer)."""
    sizes = [SIZES[0], *SIZES[1], SIZES[2]]
    weights = [a * b for a, b in zip(sizes[:-1], sizes[1:])]
    return 6 * batch * sum(weights) - 2 * batch * weights[0]


# --------------------------------------------------------------------------- book-style float64 reference
class BookStyleNet:
    """The book's way of writing the same step, for comparison: float64, new arrays for every result, ReLU
    backward by boolean indexing, the input gradient of the first layer computed, separate softmax and
    cross-entropy, and per-key updates."""

    def __init__(self, rng: np.random.Generator) -> None:
        sizes = [SIZES[0], *SIZES[1], SIZES[2]]
        self.params = {}
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
            self.params[f"W{i}"] = np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
            self.params[f"b{i}"] = np.zeros(n_out)
        self.layers = len(sizes) - 1

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        p, cache = self.params, []
        h = x
        for i in range(1, self.layers + 1):
            z = np.dot(h, p[f"W{i}"]) + p[f"b{i}"]
            cache.append(h)
            if i < self.layers:
                mask = z <= 0
                h = z.copy()
                h[mask] = 0
                cache.append(mask)
            else:
                h = z
        z = h - h.max(axis=1, keepdims=True)
        y = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
        n = x.shape[0]
        _ = -np.sum(np.log(y[np.arange(n), t] + 1e-7)) / n
        dout = y.copy()
        dout[np.arange(n), t] -= 1
        dout = dout / n
        grads = {}
        for i in range(self.layers, 0, -1):
            if i < self.layers:
                mask = cache.pop()
                dout[mask] = 0
            h = cache.pop()
            grads[f"W{i}"] = np.dot(h.T, dout)
            grads[f"b{i}"] = np.sum(dout, axis=0)
            dout = np.dot(dout, self.params[f"W{i}"].T)
        return grads


def main() -> None:
    args = ARGS
    rng = np.random.default_rng(0)
    n = args.batch
    x32 = rng.random((n, SIZES[0]), dtype=np.float32)
    x64 = x32.astype(np.float64)
    t = rng.integers(0, SIZES[2], n)
    flops = step_flops(n)

    peak32 = peak_gflops(np.float32, args.repeats)
    peak64 = peak_gflops(np.float64, args.repeats)
    print(f"NumPy {np.__version__}, BLAS threads {args.threads}, optimizers from {OPTIMIZER_SOURCE}")
    print(f"peak matmul 2048x2048: float32 {peak32:6.1f} GFLOP/s, float64 {peak64:6.1f} GFLOP/s")
    print(f"network 784-100x4-10, batch {n}: {flops / 1e6:.1f} MFLOP of matrix products per step "
          f"(lower bound {flops / peak32 / 1e9 * 1e3:.3f} ms at the float32 peak)")
    print()
    print(f"{'step':52s} {'ms/step':>8s} {'GFLOP/s':>8s} {'of peak':>8s}")

    def report(name: str, ms: float, peak: float) -> None:
        gflops = flops / (ms / 1e3) / 1e9
        print(f"{name:52s} {ms:8.3f} {gflops:8.1f} {gflops / peak:8.0%}")

    def make_step(net: MultiLayerNet, x: np.ndarray, opt: object, flat: bool) -> Callable[[], None]:
        params, grads = ({"all": net.flat_params}, {"all": net.flat_grads}) if flat else (net.params, net.grads)

        def step() -> None:
            net.gradient(x, t)
            opt.update(params, grads)
        return step

    # every variant is timed once per round, round after round, and keeps its best: a busy machine then
    # slows all variants alike instead of spoiling whichever happened to run at the wrong moment
    variants: list[tuple[str, Callable[[], None], float]] = []
    base = MultiLayerNet(SIZES[0], SIZES[1], SIZES[2], rng=np.random.default_rng(1))
    for label, dtype, x, peak in (("float32", np.float32, x32, peak32), ("float64", np.float64, x64, peak64)):
        for opt_name, make_opt in (("SGD", lambda: SGD(lr=0.01)), ("Adam", lambda: Adam(lr=0.001))):
            for flat in (True, False):
                step = make_step(base.clone(dtype=dtype), x, make_opt(), flat)
                variants.append((f"MultiLayerNet {label} + {opt_name} ({'flat vector' if flat else 'per key'})",
                                 step, peak))
        if label == "float32":
            net32 = base.clone()
            variants.append(("MultiLayerNet float32 gradient() only", lambda: net32.gradient(x32, t), peak))

    book = BookStyleNet(np.random.default_rng(1))
    sgd = SGD(lr=0.01)

    def book_step() -> None:
        sgd.update(book.params, book.gradient(x64, t))
    variants.append(("book-style float64 + SGD (per key)", book_step, peak64))

    best = [float("inf")] * len(variants)
    for _ in range(args.repeats):
        for i, (_, fn, _) in enumerate(variants):
            best[i] = min(best[i], best_ms(fn, 1, args.steps))
    for (name, _, peak), ms in zip(variants, best):
        report(name, ms, peak)
    print()
    print("GFLOP/s counts only the necessary matrix products; 'of peak' is against the same dtype's peak.")


if __name__ == "__main__":
    main()
