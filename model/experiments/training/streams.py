"""Random streams of the training labs (one Generator per purpose from one seed) and evenly spaced subsets."""
from __future__ import annotations

import numpy as np


BATCH_STREAM = 0
"""``spawn_key`` of the Generator that draws the mini-batches (see :func:`stream_rng`)."""
INIT_STREAM = 1
"""``spawn_key`` of the Generator that draws initial weights (see :func:`stream_rng`)."""


def stream_rng(seed: int, *key: int) -> np.random.Generator:
    """An independent Generator for one purpose, derived from the experiment's ``seed`` and a ``spawn_key``.

    ``stream_rng(seed, BATCH_STREAM)`` draws the mini-batches and ``stream_rng(seed, INIT_STREAM)`` the initial
    weights, so changing one (e.g. the network's size) never changes the other. Same seed and key → same stream.
    """
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=tuple(int(k) for k in key)))


def evenly_spaced(n_total: int, n: int | None) -> np.ndarray | None:
    """Indices of ``n`` evenly spaced items out of ``n_total`` (None: all of them, no index array needed)."""
    if n is None or n >= n_total:
        return None
    return np.linspace(0, n_total - 1, n).round().astype(np.intp)
