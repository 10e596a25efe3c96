"""Descent's learning math: pure NumPy, never imports Qt.

Reads like chapter 6 of *Deep Learning from Scratch*: optimizers with ``update(params, grads)`` on dicts of arrays,
layers with ``forward``/``backward``, a ``MultiLayerNet``, and one *experiment* object per lab
(``model.experiments``) that can be reset, stepped and snapshotted with no window at all.
"""

from model.blas import prime_blas

prime_blas()  # once per process, before any product: see model/blas.py
