"""A pool of worker processes for independent jobs (hyperparameter trials, networks of a sweep ...).

Why processes: a training job is NumPy calls glued by Python; threads would share one GIL and serialise the glue (and
starve the window's drawing). Each worker is a separate interpreter on its own core.

How (:class:`WorkerPool`):

* A standard :class:`concurrent.futures.ProcessPoolExecutor` with the **spawn** start method: each worker is a fresh
  interpreter, so nothing of the parent (Qt's threads and locks, a half-held mutex) is copied into it as ``fork``
  would; spawn is available, and behaves the same, on Linux, macOS and Windows. A worker whose parent dies (the app
  killed) ends itself at once.
* **The shared data travel once per worker**, as the initializer's argument (pickled once when the worker starts),
  and are kept in the worker; a job's own arguments are small (a few numbers, an index array). Jobs are called as
  ``fn(shared, *args)``.
* **One BLAS thread per worker**: ``OPENBLAS_NUM_THREADS`` etc. are set to 1 in the parent's environment before the
  first worker starts, and each spawned child inherits that environment before it imports NumPy. (An initializer
  would be too late: the child imports this module, and NumPy with it, to find the initializer.) ``workers``
  defaults to the cores minus one (at least 1), leaving one core to the window.
* **Starting never blocks the caller for long.** A spawned worker is a new interpreter that imports NumPy and this
  project (a fraction of a second each, seconds on a loaded machine), and ``ProcessPoolExecutor.submit`` waits for
  that while it starts a worker. :meth:`start` starts the workers from a short-lived starter thread instead
  (warm-up jobs that do nothing); :meth:`ready` says when they are up, and a caller that must stay responsive (a
  search's ``step()``, which a stop request waits for) submits only then.
* :meth:`terminate` cancels every pending job and kills the workers (then reaps them), so a cancelled search or a
  closed window leaves no process behind; the next :meth:`submit` starts fresh workers. After a worker crash every
  unfinished job fails with ``BrokenProcessPool``; :meth:`restart` replaces the broken pool.
* With ``address`` (a Dask scheduler, e.g. ``"tcp://10.0.0.5:8786"``), the same jobs go to a Dask cluster through
  ``distributed.Client(address).get_executor()``, which is a ``concurrent.futures.Executor`` too; the shared data are
  scattered to every Dask worker once (``broadcast=True``). Needs the optional extra ``pip install descent[dask]``.

Pure Python and NumPy-free itself; no Qt.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import weakref
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable

__all__ = ["WorkerPool", "default_workers", "BrokenProcessPool", "ONE_BLAS_THREAD", "dask_available"]

ONE_BLAS_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")
"""Environment variables set to "1" for the workers (OpenBLAS, OpenMP, MKL, Apple Accelerate)."""

JOIN_SECONDS = 2.0
"""How long a terminated worker gets to exit before it is killed."""

_LIVE_POOLS: weakref.WeakSet = weakref.WeakSet()
"""Every pool with an executor, so that interpreter exit stops what a caller forgot (see :func:`_stop_all_at_exit`)."""

_worker_shared: Any = None
"""In a worker process: the shared data its initializer received (one value per process, set once)."""


def default_workers() -> int:
    """The cores minus one for the window, at least 1."""
    return max(1, (os.cpu_count() or 1) - 1)


def dask_available() -> bool:
    """True when ``distributed`` (the optional ``dask`` extra) can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def _init_worker(shared: Any) -> None:
    global _worker_shared
    _worker_shared = shared
    threading.Thread(target=_exit_with_parent, name="descent-parent-watch", daemon=True).start()


def _exit_with_parent() -> None:
    """In a worker: end this process as soon as the parent is gone (killed, crashed). Without it an orphaned worker
    waits for jobs forever: it holds the job queue's write end itself, so it never sees the queue close."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    from multiprocessing.connection import wait as wait_for

    wait_for([parent.sentinel])
    os._exit(0)


def _nothing() -> None:
    """A warm-up job: running it proves its worker is up."""


def _spawn_all(executor: Executor) -> None:
    """Start every worker of a ``ProcessPoolExecutor`` now. It starts them on demand, one per ``submit`` that finds
    no idle worker, so do-nothing warm-up jobs may leave some unstarted (a fast first worker takes them all) and a
    later ``submit`` would start one, waiting for its interpreter. Uses the executor's own spawning method where
    it has one (CPython 3.9 to 3.13); elsewhere the warm-up jobs do what they can."""
    spawn = getattr(executor, "_spawn_process", None)
    lock = getattr(executor, "_shutdown_lock", None)
    processes = getattr(executor, "_processes", None)
    limit = getattr(executor, "_max_workers", 0)
    if spawn is None or lock is None or processes is None:
        return
    with lock:
        if getattr(executor, "_shutdown_thread", False):
            return
        while len(processes) < limit:
            spawn()


def _call(fn: Callable[..., Any], shared: Any, args: tuple) -> Any:
    """Run one job in a worker: ``fn(shared, *args)``; ``shared`` is None for the process pool (the worker's copy)."""
    return fn(_worker_shared if shared is None else shared, *args)


class WorkerPool:
    """Worker processes that run ``fn(shared, *args)`` jobs (see the module docstring).

    ``WorkerPool(shared, workers=None, address=None)``; ``submit(fn, *args)`` returns a ``Future``. ``fn`` must be a
    module-level function (it is pickled by name). Thread-safe: one thread may submit while another terminates.
    """

    def __init__(self, shared: Any, workers: int | None = None, address: str | None = None) -> None:
        if workers is not None and (int(workers) != workers or workers < 1):
            raise ValueError(f"workers: must be a whole number of at least 1 (got {workers})")
        self.shared = shared
        self.workers = int(workers) if workers is not None else default_workers()
        self.address = address or None
        self._lock = threading.RLock()
        self._executor: Executor | None = None
        self._client: Any = None
        self._remote_shared: Any = None
        self._futures: set[Future] = set()
        self._closed = False
        self._ready = threading.Event()
        self._starter: threading.Thread | None = None
        self._starter_of: Executor | None = None

    # ------------------------------------------------------------------------------------------------ start-up
    def start(self) -> None:
        """Start the workers in the background (see the module docstring); returns at once. Idempotent."""
        with self._lock:
            if self._closed or self._ready.is_set():
                return
            if self.address:  # a Dask client connects as it is made: nothing to warm up
                self._ready.set()
                return
            executor = self._ensure_executor()
            if self._starter is not None and self._starter.is_alive() and self._starter_of is executor:
                return  # already starting these workers (a starter of a terminated executor does not count)
            self._starter_of = executor
            self._starter = threading.Thread(target=self._warm_up, args=(executor,), name="descent-pool-start",
                                             daemon=True)
            self._starter.start()

    def _warm_up(self, executor: Executor) -> None:
        """In the starter thread: one do-nothing job per worker, so that every worker is spawned, then ready."""
        try:
            _spawn_all(executor)
            futures = [executor.submit(_nothing) for _ in range(self.workers)]
            for future in futures:
                future.result()
        except Exception:  # noqa: BLE001 - terminated, or broken while starting (a worker died)
            # A broken executor never recovers: drop it (and stop its workers) so the next start() makes a new one.
            self.terminate(only=executor)
            return
        with self._lock:
            if self._executor is executor:
                self._ready.set()

    def ready(self) -> bool:
        """Whether the workers are up (after :meth:`start`), so that ``submit`` will not wait for one to start."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for :meth:`ready`."""
        return self._ready.wait(timeout)

    # ----------------------------------------------------------------------------------------------------- jobs
    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Queue ``fn(shared, *args)``; starts the workers on first use (or after :meth:`terminate`)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the worker pool is shut down")
            executor = self._ensure_executor()
            future = executor.submit(_call, fn, self._remote_shared, args)
            self._futures.add(future)
            future.add_done_callback(self._forget)
            return future

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def _ensure_executor(self) -> Executor:
        if self._executor is not None:
            return self._executor
        if self.address:
            from distributed import Client  # optional extra: ImportError tells the user to install it

            self._client = Client(self.address)
            self._remote_shared = self._client.scatter(self.shared, broadcast=True)
            self._executor = self._client.get_executor()
        else:
            for var in ONE_BLAS_THREAD:
                os.environ[var] = "1"
            _LIVE_POOLS.add(self)
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(self.shared,))
        return self._executor

    def cancel_pending(self) -> int:
        """Cancel every job that has not started; running jobs finish. Returns how many were cancelled."""
        with self._lock:
            futures = list(self._futures)
        return sum(1 for f in futures if f.cancel())

    # ----------------------------------------------------------------------------------------------- life cycle
    def pids(self) -> list[int]:
        """Process ids of the local workers alive now (empty for Dask or before the first job)."""
        with self._lock:
            procs = getattr(self._executor, "_processes", None) or {}
            return [p.pid for p in list(procs.values()) if p.is_alive()]

    def terminate(self, only: Executor | None = None) -> None:
        """Cancel pending jobs and stop the workers now (running jobs fail with ``BrokenProcessPool`` or
        ``CancelledError``); the workers are reaped, so no process is left. The next ``submit`` starts new ones.
        With ``only``: only if that executor is still the pool's (another thread may have replaced it)."""
        with self._lock:
            if only is not None and self._executor is not only:
                return
            executor, self._executor = self._executor, None
            client, self._client, self._remote_shared = self._client, None, None
            self._ready.clear()
            futures = list(self._futures)
        for f in futures:
            f.cancel()
        if client is not None:
            client.cancel(futures)
            client.close()
            return
        if executor is None:
            return
        processes = getattr(executor, "_processes", None)  # the dict itself (shutdown() drops the attribute), even
        if processes is None:                               # while empty: a worker being started is added to it
            processes = {}
        # shutdown() waits for a worker being started (submit holds the executor's lock meanwhile, at most one
        # start-up); that worker is in the dict afterwards, so it is stopped below and not left waiting for work.
        executor.shutdown(wait=False, cancel_futures=True)
        procs = list(processes.values())
        for p in procs:
            try:
                p.terminate()
            except (OSError, ValueError):  # already gone or closed
                pass
        for p in procs:
            try:
                p.join(JOIN_SECONDS)
                if p.is_alive():
                    p.kill()
                    p.join()
            except (OSError, ValueError):
                pass

    def restart(self) -> None:
        """Replace a broken pool (after a worker crashed) with fresh workers at the next ``submit``."""
        self.terminate()

    def shutdown(self) -> None:
        """Terminate the workers for good; ``submit`` raises afterwards."""
        with self._lock:
            self._closed = True
        self.terminate()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def __repr__(self) -> str:
        where = f"dask {self.address}" if self.address else f"{self.workers} processes"
        return f"WorkerPool({where})"


def _stop_all_at_exit() -> None:
    """At interpreter exit, stop the workers of every pool still running. Without it a forgotten pool hangs the
    exit: multiprocessing joins its worker processes, which wait for jobs (or for this process to end)."""
    for pool in list(_LIVE_POOLS):
        try:
            pool.terminate()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass


atexit.register(_stop_all_at_exit)  # registered after multiprocessing's own exit handler, so it runs before it
