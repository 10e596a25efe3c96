"""model.download: mirrors, fallback, checksums, cancel, progress; served from 127.0.0.1 or file:// only."""
from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import struct
import threading
from pathlib import Path

import numpy as np
import pytest

from model import download as dl
from model.datasets import load_idx_folder
from model.download import ChecksumError, DownloadCancelled, DownloadError, RemoteFile

ROOT = Path(__file__).resolve().parents[2]
SHARED_MNIST = ROOT.parent / "shared" / "data" / "mnist"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a cancelled client breaks the pipe: expected
        pass


@pytest.fixture
def serve():
    """serve(folder) -> 'http://127.0.0.1:PORT/' serving that folder; servers are shut down afterwards."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        srv = _QuietServer(("127.0.0.1", 0), handler)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        t.start()
        servers.append((srv, t))
        return f"http://127.0.0.1:{srv.server_address[1]}/"

    yield start
    for srv, t in servers:
        srv.shutdown()
        srv.server_close()
        t.join(5)


def idx_gz(arr: np.ndarray) -> bytes:
    arr = np.asarray(arr, dtype=np.uint8)
    head = struct.pack(">I", 0x0800 | arr.ndim) + struct.pack(f">{arr.ndim}I", *arr.shape)
    return gzip.compress(head + arr.tobytes(), mtime=0)


@pytest.fixture
def fake_mnist(tmp_path):
    """A folder with four small, valid MNIST-named files, and RemoteFile entries whose checksums match them."""
    src = tmp_path / "server"
    src.mkdir()
    rng = np.random.default_rng(0)
    content = {
        "train-images-idx3-ubyte.gz": idx_gz(rng.integers(0, 256, (40, 28, 28))),
        "train-labels-idx1-ubyte.gz": idx_gz(rng.integers(0, 10, 40)),
        "t10k-images-idx3-ubyte.gz": idx_gz(rng.integers(0, 256, (12, 28, 28))),
        "t10k-labels-idx1-ubyte.gz": idx_gz(rng.integers(0, 10, 12)),
    }
    files = []
    for name, data in content.items():
        (src / name).write_bytes(data)
        files.append(RemoteFile(name, hashlib.sha256(data).hexdigest(), len(data)))
    return src, tuple(files)


def leftovers(folder: Path) -> list[str]:
    """Partial files: the temporary files of model.files.atomic_open, and older versions' ``.part`` files."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".tmp")))


def test_constants():
    assert [f.name for f in dl.MNIST_FILES] == [
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
    ]
    assert all(len(f.sha256) == 64 and int(f.sha256, 16) >= 0 for f in dl.MNIST_FILES)
    assert all(m.startswith("https://") and m.endswith("/") for m in dl.MIRRORS) and len(dl.MIRRORS) >= 2


def test_checksums_match_standard_files():
    if not SHARED_MNIST.is_dir():
        pytest.skip(f"{SHARED_MNIST} not present")
    for f in dl.MNIST_FILES:
        p = SHARED_MNIST / f.name
        assert dl.sha256_of(p) == f.sha256 and p.stat().st_size == f.size
    assert dl.missing_files(SHARED_MNIST) == []


def test_download_from_local_server_then_load(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    dest = tmp_path / "dest" / "mnist"
    calls = []
    out = dl.download_mnist(dest, progress=lambda d, t, n: calls.append((d, t, n)), mirrors=[serve(src)], files=files)
    assert out == dest
    for f in files:
        assert (dest / f.name).read_bytes() == (src / f.name).read_bytes()
    assert leftovers(dest) == []
    total = sum(f.size for f in files)
    assert calls[-1][:2] == (total, total)
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)  # monotonic when nothing fails
    assert {n for _, _, n in calls} == {f.name for f in files}
    assert dl.missing_files(dest, files) == []
    d = load_idx_folder(dest)
    assert d.n_train == 40 and d.n_test == 12


def test_file_urls_and_mirror_without_slash(tmp_path, fake_mnist):
    src, files = fake_mnist
    dest = tmp_path / "dest"
    dl.download_mnist(dest, mirrors=[src.as_uri()], files=files)
    assert dl.missing_files(dest, files) == []


def test_fallback_to_second_mirror_when_first_404s(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    empty = tmp_path / "empty"
    empty.mkdir()
    dest = tmp_path / "dest"
    dl.download_mnist(dest, mirrors=[serve(empty), serve(src)], files=files)
    assert dl.missing_files(dest, files) == [] and leftovers(dest) == []


def test_unreachable_mirror_falls_back(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    dest = tmp_path / "dest"
    # port 9 on 127.0.0.1: connection refused, no network involved
    dl.download_mnist(dest, mirrors=["http://127.0.0.1:9/", serve(src)], files=files, timeout=5)
    assert dl.missing_files(dest, files) == []


def test_all_mirrors_fail(tmp_path, serve):
    empty = tmp_path / "empty"
    empty.mkdir()
    dest = tmp_path / "dest"
    files = (RemoteFile("train-images-idx3-ubyte.gz", "0" * 64, 10),)
    with pytest.raises(DownloadError) as e:
        dl.download_mnist(dest, mirrors=[serve(empty), "http://127.0.0.1:9/"], files=files, timeout=5)
    assert not isinstance(e.value, ChecksumError)
    msg = str(e.value)
    assert "train-images-idx3-ubyte.gz" in msg and "404" in msg and "127.0.0.1:9" in msg
    assert list(dest.iterdir()) == []


def test_checksum_mismatch_removes_part_and_raises(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    wrong = (files[0]._replace(sha256="ab" * 32),) + files[1:]
    dest = tmp_path / "dest"
    with pytest.raises(ChecksumError) as e:
        dl.download_mnist(dest, mirrors=[serve(src)], files=wrong)
    assert "train-images-idx3-ubyte.gz" in str(e.value) and "checksum" in str(e.value)
    assert isinstance(e.value, DownloadError)
    assert not (dest / "train-images-idx3-ubyte.gz").exists() and leftovers(dest) == []


def test_corrupt_first_mirror_falls_back_to_good_second(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in files:
        data = bytearray((src / f.name).read_bytes())
        data[-1] ^= 0xFF
        (bad / f.name).write_bytes(bytes(data))
    dest = tmp_path / "dest"
    dl.download_mnist(dest, mirrors=[serve(bad), serve(src)], files=files)
    assert dl.missing_files(dest, files) == []


def test_oversized_response_is_rejected(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    small = (files[0]._replace(size=100),)
    dest = tmp_path / "dest"
    with pytest.raises(DownloadError, match=r"train-images-idx3-ubyte\.gz.*more data"):
        dl.download_mnist(dest, mirrors=[serve(src)], files=small)
    assert leftovers(dest) == []


def test_cancel_removes_part(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    big = tmp_path / "big"
    big.mkdir()
    data = np.random.default_rng(1).integers(0, 256, 200_000, dtype=np.uint8).tobytes()
    (big / "train-images-idx3-ubyte.gz").write_bytes(data)
    first = (RemoteFile("train-images-idx3-ubyte.gz", hashlib.sha256(data).hexdigest(), len(data)),)
    dest = tmp_path / "dest"
    seen = []

    def progress(done, total, name):
        seen.append(done)
        # the data go to a temporary file beside the target while streaming; the target appears only at the end
        if done > 0:
            assert len(leftovers(dest)) == 1 and not (dest / name).exists()

    with pytest.raises(DownloadCancelled):
        dl.download_mnist(dest, progress=progress, cancelled=lambda: len(seen) >= 3, mirrors=[serve(big)],
                          files=first, chunk_size=4096)
    assert 0 < max(seen) < len(data)
    assert list(dest.iterdir()) == []


def test_cancel_keeps_completed_files(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    dest = tmp_path / "dest"
    names = []

    def progress(done, total, name):
        names.append(name)

    with pytest.raises(DownloadCancelled):
        dl.download_mnist(dest, progress=progress, cancelled=lambda: files[1].name in names, mirrors=[serve(src)],
                          files=files)
    assert (dest / files[0].name).exists()
    assert not (dest / files[1].name).exists() and leftovers(dest) == []
    assert dl.missing_files(dest, files) == [f.name for f in files[1:]]


def test_cancel_before_start(tmp_path, fake_mnist):
    src, files = fake_mnist
    with pytest.raises(DownloadCancelled):
        dl.download_mnist(tmp_path / "d", cancelled=lambda: True, mirrors=[src.as_uri()], files=files)
    assert list((tmp_path / "d").iterdir()) == []


def test_valid_files_are_skipped_and_invalid_replaced(tmp_path, fake_mnist):
    src, files = fake_mnist
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / files[0].name).write_bytes((src / files[0].name).read_bytes())  # already fine
    (dest / files[1].name).write_bytes(b"garbage")  # present but wrong
    (dest / (files[2].name + ".part")).write_bytes(b"stale")  # left by a crash of an older version
    (dest / f".{files[3].name}.abc123.tmp").write_bytes(b"stale")  # left by a killed atomic_open
    opened = []

    def opener(url, timeout):
        opened.append(url.rsplit("/", 1)[-1])
        import urllib.request

        return urllib.request.urlopen(url, timeout=timeout)

    dl.download_mnist(dest, mirrors=[src.as_uri() + "/"], files=files, opener=opener)
    assert opened == [f.name for f in files[1:]]
    assert dl.missing_files(dest, files) == [] and leftovers(dest) == []

    opened.clear()
    dl.download_mnist(dest, mirrors=["http://127.0.0.1:9/"], files=files, opener=opener)
    assert opened == []  # everything present: no connection at all


def test_broken_connection_midway(tmp_path, fake_mnist):
    """An opener whose stream breaks: the mirror counts as failed, the next one is used, no .part is left."""
    src, files = fake_mnist
    import io

    class Broken(io.BytesIO):
        headers = {"Content-Length": "999999"}

        def read(self, n=-1):
            if self.tell() > 100:
                raise ConnectionResetError("reset by peer")
            return super().read(n)

    def opener(url, timeout):
        if url.startswith("broken://"):
            return Broken(b"x" * 1000)
        import urllib.request

        return urllib.request.urlopen(url, timeout=timeout)

    dest = tmp_path / "dest"
    dl.download_mnist(dest, mirrors=["broken://a/", src.as_uri()], files=files, opener=opener, chunk_size=64)
    assert dl.missing_files(dest, files) == [] and leftovers(dest) == []

    with pytest.raises(DownloadError, match=r"train-images-idx3-ubyte\.gz.*connection broke"):
        dl.download_mnist(tmp_path / "d2", mirrors=["broken://a/"], files=files, opener=opener, chunk_size=64)
    assert leftovers(tmp_path / "d2") == []


def test_unwritable_destination(tmp_path, fake_mnist):
    src, files = fake_mnist
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DownloadError, match="cannot create"):
        dl.download_mnist(blocker / "sub", mirrors=[src.as_uri()], files=files)


def test_progress_total_unknown_sizes_from_content_length(tmp_path, serve, fake_mnist):
    src, files = fake_mnist
    nosize = tuple(f._replace(size=None) for f in files)
    calls = []
    dl.download_mnist(tmp_path / "d", progress=lambda d, t, n: calls.append((d, t)), mirrors=[serve(src)],
                      files=nosize)
    total = sum(f.size for f in files)
    assert calls[-1] == (total, total)
    assert calls[0][1] == 0  # unknown until every file's length has been seen


@pytest.mark.parametrize("fault", ["checksum", "broken", "cancel"])
def test_failed_download_keeps_the_previous_file(tmp_path, fake_mnist, fault):
    """A file being replaced (present, wrong checksum) stays byte for byte as it was when the new copy fails."""
    import io

    src, files = fake_mnist
    first = (files[0]._replace(sha256="ab" * 32),) if fault == "checksum" else files[:1]
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / first[0].name).write_bytes(b"previous copy")

    class Broken(io.BytesIO):
        def read(self, n=-1):
            if self.tell() > 100:
                raise ConnectionResetError("reset by peer")
            return super().read(n)

    def opener(url, timeout):
        data = (src / first[0].name).read_bytes()
        return Broken(data) if fault == "broken" else io.BytesIO(data)

    reads = []
    expected = {"checksum": ChecksumError, "broken": DownloadError, "cancel": DownloadCancelled}[fault]
    with pytest.raises(expected):
        dl.download_mnist(dest, mirrors=["x://a/"], files=first, opener=opener, chunk_size=64,
                          progress=lambda d, t, n: reads.append(d),
                          cancelled=lambda: fault == "cancel" and len(reads) > 3)
    assert (dest / first[0].name).read_bytes() == b"previous copy"
    assert leftovers(dest) == []


def test_full_disk_names_the_file_and_keeps_the_previous_one(tmp_path, fake_mnist):
    """RLIMIT_FSIZE (SIGXFSZ ignored) makes writes past 4 KiB fail as on a full disk."""
    import io
    import resource
    import signal

    src, files = fake_mnist
    big = np.random.default_rng(2).integers(0, 256, 50_000, dtype=np.uint8).tobytes()
    rf = RemoteFile("train-images-idx3-ubyte.gz", hashlib.sha256(big).hexdigest(), len(big))
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / rf.name).write_bytes(b"previous copy")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        with pytest.raises(DownloadError) as e:
            dl.download_mnist(dest, mirrors=["x://a/"], files=(rf,), opener=lambda url, timeout: io.BytesIO(big))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert not isinstance(e.value, ChecksumError)
    assert str(dest / rf.name) in str(e.value) and "cannot save" in str(e.value)
    assert (dest / rf.name).read_bytes() == b"previous copy"
    assert leftovers(dest) == []
