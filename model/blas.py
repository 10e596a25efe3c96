"""A one-time call that puts the BLAS NumPy uses into its fast state for float32 matrix products.

Measured with the OpenBLAS that NumPy's wheels ship (0.3.31, Haswell kernels) on the 2-core development machine
(AMD EPYC, AVX2): a float32 product of a 1000×k and a k×100 matrix runs at 10-22 GFLOP/s for most k (k = 256: 10,
300: 13, 784: 18) until the process has made one symmetric rank-k product (``x @ x.T``, BLAS ``ssyrk``) of at
least about 100×100; from then on every k tried, 100 to 800, runs at 31-34 GFLOP/s, the core's peak. The effect is
deterministic (every process, every run; ``bench/bench_blas_state.py`` prints both states), holds for every thread
of the process, and costs one 100×100 product. Nothing in the results changes: the same products, faster.

:func:`prime_blas` runs once per process; ``model/__init__.py`` calls it, so every process that uses the model,
search workers included, is primed before its first product.
"""
from __future__ import annotations

import numpy as np

__all__ = ["prime_blas"]

PRIME_SIZE = 128
"""Rows and columns of the product that primes the BLAS (smaller than about 100 does not)."""


def prime_blas() -> bool:
    """Make one float32 ``x @ x.T`` of ``PRIME_SIZE``² (BLAS ssyrk); True the first time in this process."""
    if getattr(prime_blas, "done", False):
        return False
    x = np.ones((PRIME_SIZE, PRIME_SIZE), dtype=np.float32)
    np.dot(x, x.T)
    prime_blas.done = True
    return True
