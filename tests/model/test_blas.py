"""model/blas.py: importing the model primes the BLAS once per process (the speed itself is measured in
bench/bench_blas_state.py, not here)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_model_primes_the_blas_once():
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import model.blas as b; "
            "print(getattr(b.prime_blas, 'done', False), b.prime_blas())")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]  # primed by model/__init__.py; a second call does nothing


def test_prime_uses_a_symmetric_product_large_enough(monkeypatch):
    import numpy as np

    import model.blas as blas
    calls = []
    real_dot = np.dot
    monkeypatch.setattr(blas.np, "dot", lambda a, b: calls.append((a.shape, b.shape, b.base is a)) or real_dot(a, b))
    monkeypatch.setattr(blas.prime_blas, "done", False)
    assert blas.prime_blas() is True
    (shape_a, shape_b, transposed), = calls
    assert shape_a == shape_b[::-1] and transposed and min(shape_a) >= 100
