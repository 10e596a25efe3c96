"""The shared worker pool (model/pool.py): spawn workers with the data sent once, one BLAS thread, terminate leaves
no process, a crash breaks only the pool (which restarts), and a Dask cluster as an alternative executor."""
import multiprocessing
import subprocess
import os
import sys
import time
from pathlib import Path
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool

import numpy as np
import pytest

from model import pool as pool_module
from model.pool import ONE_BLAS_THREAD, WorkerPool, dask_available, default_workers

ROOT = Path(__file__).resolve().parents[2]


def probe(shared, x):
    """Run in a worker: what it sees."""
    tasks = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else -1
    import threading
    return {"pid": os.getpid(), "from_initializer": pool_module._worker_shared is shared, "sum": int(shared.sum()),
            "x2": 2 * x, "blas_env": os.environ.get("OPENBLAS_NUM_THREADS"), "threads": tasks,
            "python_threads": threading.active_count(),
            "numpy_loaded": "numpy" in sys.modules}


def sleeper(shared, seconds):
    time.sleep(seconds)
    return os.getpid()


def crasher(shared, code):
    os._exit(code)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_default_workers_leaves_a_core_for_the_window():
    assert default_workers() == max(1, (os.cpu_count() or 1) - 1)
    with pytest.raises(ValueError, match="workers"):
        WorkerPool(None, workers=0)


@pytest.fixture(scope="module")
def shared_pool():
    """One worker for several tests (each start of a spawned worker costs a second or more on a busy machine),
    started with no BLAS variables in the environment, so the pool itself must set them."""
    saved = {var: os.environ.pop(var) for var in ONE_BLAS_THREAD if var in os.environ}
    pool = WorkerPool(np.arange(10), workers=1)
    try:
        pool.submit(probe, 0).result(timeout=120)
    finally:
        os.environ.update(saved)
    yield pool
    pool.shutdown()


def test_jobs_get_the_shared_data_from_the_initializer_and_one_blas_thread(shared_pool):
    results = [shared_pool.submit(probe, k).result(timeout=60) for k in range(3)]
    assert [r["x2"] for r in results] == [0, 2, 4]
    assert all(r["sum"] == 45 and r["from_initializer"] for r in results)
    assert len({r["pid"] for r in results}) == 1  # one worker did all three with its one copy of the data
    assert all(r["blas_env"] == "1" for r in results)
    if sys.platform.startswith("linux"):
        # every thread of the process is a Python one (main, parent watch): OpenBLAS started none of its own
        assert all(r["numpy_loaded"] and r["threads"] == r["python_threads"] for r in results)


def test_cancel_pending_keeps_the_running_job(shared_pool):
    first = shared_pool.submit(sleeper, 0.5)
    deadline = time.monotonic() + 60  # the executor's manager thread hands it to the worker asynchronously
    while not first.running() and not first.done() and time.monotonic() < deadline:
        time.sleep(0.01)
    later = [shared_pool.submit(sleeper, 0.2) for _ in range(6)]
    cancelled = shared_pool.cancel_pending()
    assert cancelled >= 3  # at most two jobs wait in the executor's call queue besides the running one
    assert isinstance(first.result(timeout=60), int)
    assert sum(f.cancelled() for f in later) == cancelled
    for f in later:
        if not f.cancelled():
            f.result(timeout=60)


def test_a_crashed_worker_breaks_the_pool_and_restart_brings_it_back(shared_pool):
    with pytest.raises(BrokenProcessPool):
        shared_pool.submit(crasher, 3).result(timeout=60)
    shared_pool.restart()
    assert shared_pool.submit(probe, 5).result(timeout=120)["x2"] == 10


def test_terminate_cancels_pending_kills_running_and_leaves_no_process():
    pool = WorkerPool(None, workers=2)
    running = [pool.submit(sleeper, 60) for _ in range(2)]
    pending = [pool.submit(sleeper, 60) for _ in range(3)]
    deadline = time.monotonic() + 60
    while len(pool.pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    pids = pool.pids()
    assert len(pids) == 2 and all(alive(p) for p in pids)
    pool.shutdown()
    assert not any(alive(p) for p in pids)
    for f in running + pending:
        with pytest.raises((CancelledError, BrokenProcessPool)):
            f.result(timeout=30)
    with pytest.raises(RuntimeError, match="shut down"):
        pool.submit(sleeper, 0)


def test_start_runs_in_the_background_and_terminate_while_starting_leaves_no_process():
    """start() spawns the workers from a starter thread (a caller's step never waits for an interpreter to start); a
    terminate that comes while a worker is being started must still stop that worker."""
    before = {p.pid for p in multiprocessing.active_children()}
    pool = WorkerPool(None, workers=2)
    pool.start()
    assert not pool.ready()  # a spawned interpreter takes far longer than returning from start()
    pool.terminate()
    deadline = time.monotonic() + 60
    while {p.pid for p in multiprocessing.active_children()} - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not {p.pid for p in multiprocessing.active_children()} - before
    pool.start()
    assert pool.wait_ready(120)
    pids = pool.pids()
    assert len(pids) == 2 and all(alive(p) for p in pids)
    pool.shutdown()
    assert not any(alive(p) for p in pids) and not pool.ready()


class _Process:
    """Stands in for a worker process: records what terminate() does to it."""

    def __init__(self) -> None:
        self.terminated = self.joined = False

    def terminate(self) -> None:
        self.terminated = True

    def join(self, timeout=None) -> None:
        self.joined = True

    def is_alive(self) -> bool:
        return not self.terminated


class _StartingExecutor:
    """An executor caught starting its first worker: no process in ``_processes`` yet; ``shutdown`` waits for the
    start (as ProcessPoolExecutor's lock makes it), so the worker appears in the dict during it."""

    def __init__(self) -> None:
        self._processes: dict = {}
        self.started = _Process()

    def shutdown(self, wait=True, cancel_futures=False) -> None:
        self._processes[1234] = self.started


def test_terminate_stops_a_worker_that_finished_starting_during_the_shutdown():
    """Found by the monkey (25 workers left waiting for jobs, the app's exit hung joining them): terminate read the
    executor's still empty dict of processes as 'none' and kept a new empty dict instead of the executor's own."""
    pool = WorkerPool(None, workers=1)
    executor = _StartingExecutor()
    pool._executor = executor
    pool.terminate()
    assert executor.started.terminated and executor.started.joined


def test_pools_left_running_are_stopped_at_exit(tmp_path):
    """A script that starts a pool and forgets it must still exit (multiprocessing would otherwise join workers
    that wait for jobs forever)."""
    script = tmp_path / "forgets.py"
    # workers started, no job ever submitted: the executor has no manager thread to tell them to stop
    script.write_text("import sys\nsys.path.insert(0, %r)\nfrom model import pool as p\n"
                      "if __name__ == '__main__':\n    pool = p.WorkerPool(None, workers=1)\n"
                      "    p._spawn_all(pool._ensure_executor())\n    print('ready', flush=True)\n" % str(ROOT))
    try:
        out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the process did not exit: its pool's workers were left waiting")
    assert out.returncode == 0 and "ready" in out.stdout, out.stderr


@pytest.mark.skipif(not dask_available(), reason="the optional 'dask' extra (dask[distributed]) is not installed")
def test_a_dask_cluster_runs_the_same_jobs():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with WorkerPool(np.arange(4), workers=1, address=cluster.scheduler_address) as pool:
            results = [pool.submit(probe, k).result(timeout=60) for k in range(3)]
    assert [r["x2"] for r in results] == [0, 2, 4]
    assert all(r["sum"] == 6 for r in results)


def test_workers_end_when_their_parent_is_killed(tmp_path):
    """The app killed (no shutdown at all): its workers must not live on, waiting for jobs forever."""
    import subprocess
    import textwrap

    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from model.pool import WorkerPool
        from tests.model.test_pool import sleeper
        if __name__ == "__main__":
            pool = WorkerPool(None, workers=1)
            pool.submit(sleeper, 0).result(timeout=120)
            print(pool.pids()[0], flush=True)
            time.sleep(120)
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(proc.stdout.readline())
        assert alive(worker)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    deadline = time.monotonic() + 30
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(worker)
