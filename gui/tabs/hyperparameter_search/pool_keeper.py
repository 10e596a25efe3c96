"""The tab's worker pool, kept across searches (starting workers costs about a second) and rebuilt only when the data
or the worker count change. Plain Python: the search factory, running in the runner's thread, asks it for the pool."""
from __future__ import annotations

import threading
from typing import Any, Callable

from model.pool import WorkerPool


class PoolKeeper:
    """Hands out one :class:`WorkerPool` per (data key, worker count); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: WorkerPool | None = None
        self._key: Any = None
        self._closed = False
        self._retiring: list[threading.Thread] = []

    def get(self, key: Any, shared: Callable[[], Any], workers: int) -> WorkerPool:
        """The pool for ``key`` with ``workers`` processes; ``shared()`` makes the data sent to new workers."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the tab is closed")
            if self._pool is not None and self._key == (key, workers):
                return self._pool
            old, self._pool = self._pool, WorkerPool(shared(), workers)
            self._key = (key, workers)
        if old is not None:
            # In the background: stopping workers can take a moment (one still starting, then each reaped), and this
            # runs in the runner's thread, which a restart of the tab waits for. Not a daemon: exit waits for it.
            retiring = threading.Thread(target=old.shutdown, name="descent-pool-shutdown")
            retiring.start()
            with self._lock:
                self._retiring = [t for t in self._retiring if t.is_alive()] + [retiring]
        return self._pool

    @property
    def pool(self) -> WorkerPool | None:
        return self._pool

    def cancel_pending(self) -> None:
        """Drop the jobs a retired search left queued (running ones finish in a moment)."""
        pool = self._pool
        if pool is not None:
            pool.cancel_pending()

    def pids(self) -> list[int]:
        pool = self._pool
        return pool.pids() if pool is not None else []

    def shutdown(self) -> None:
        """Stop every worker for good (the window closes)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            retiring = list(self._retiring)
        if pool is not None:
            pool.shutdown()
        for thread in retiring:  # pools replaced earlier, still being shut down
            thread.join()
