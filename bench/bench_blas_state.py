"""Float32 matrix-product speed against the inner dimension k, in a fresh process with and without
``model.blas.prime_blas`` (see model/blas.py): GFLOP/s of a 1000×k by k×100 product, one BLAS thread.

Run from anywhere:  python bench/bench_blas_state.py
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import os, sys, time
os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np
if sys.argv[1] == "primed":
    sys.path.insert(0, sys.argv[2])
    from model.blas import prime_blas
    prime_blas()
rng = np.random.default_rng(0)
out = []
for k in (100, 128, 256, 300, 400, 512, 784):
    a = rng.standard_normal((1000, k), dtype=np.float32)
    b = rng.standard_normal((k, 100), dtype=np.float32)
    np.dot(a, b)
    t0 = time.perf_counter()
    for _ in range(20):
        np.dot(a, b)
    ms = (time.perf_counter() - t0) / 20 * 1000
    out.append(f"k={k}: {2 * 1000 * k * 100 / ms / 1e6:4.1f}")
print(f"{sys.argv[1]:>9}  " + "  ".join(out))
"""


def main() -> None:
    print("GFLOP/s of a float32 (1000×k)·(k×100) product, one BLAS thread, a fresh process each:")
    for state in ("unprimed", "primed"):
        subprocess.run([sys.executable, "-c", CHILD, state, str(ROOT)], check=True,
                       env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})


if __name__ == "__main__":
    main()
