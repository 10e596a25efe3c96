"""Download the full MNIST (the four standard IDX .gz files), only when the user asks for it.

Nothing here runs at import or at start-up. ``download_mnist`` is blocking and meant for a worker thread: it
reports progress through a callback, polls a ``cancelled()`` callable between chunks, checks every file's SHA-256,
and never leaves a partial file behind: each file is streamed through :func:`model.files.atomic_open` (a temporary
file beside the target, renamed over it only when complete and its checksum is right), so a failed or cancelled
download leaves any previous file as it was. Pure standard library: no Qt here.

    download_mnist(folder, progress=lambda done, total, name: ..., cancelled=stop_event.is_set)
    model.datasets.load_idx_folder(folder)
"""
from __future__ import annotations

import hashlib
import http.client
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Callable, Iterable, NamedTuple, Sequence

from model.files import WriteError, atomic_open

__all__ = [
    "RemoteFile",
    "MNIST_FILES",
    "MIRRORS",
    "DownloadError",
    "ChecksumError",
    "DownloadCancelled",
    "download_mnist",
    "missing_files",
    "sha256_of",
]


class RemoteFile(NamedTuple):
    """A file to fetch: its name (appended to a mirror's base URL), SHA-256 (hex) and size in bytes (or None)."""

    name: str
    sha256: str
    size: int | None = None


# The standard MNIST files; checksums computed from the canonical files (sizes as published with MNIST).
MNIST_FILES: tuple[RemoteFile, ...] = (
    RemoteFile("train-images-idx3-ubyte.gz",
               "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422),
    RemoteFile("train-labels-idx1-ubyte.gz",
               "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881),
    RemoteFile("t10k-images-idx3-ubyte.gz",
               "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877),
    RemoteFile("t10k-labels-idx1-ubyte.gz",
               "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542),
)

# Public mirrors of the original files, tried in this order (each base URL ends with '/').
MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)

CHUNK_SIZE = 64 * 1024
PART_SUFFIX = ".part"
"""Suffix of the partial files earlier versions streamed into; a stale one is removed before downloading."""

Progress = Callable[[int, int, str], None]


class DownloadError(Exception):
    """A file could not be downloaded from any mirror, or could not be written. The message names the file."""


class ChecksumError(DownloadError):
    """Every copy of a file that could be fetched had the wrong SHA-256."""


class DownloadCancelled(Exception):
    """The user cancelled; no partial file is left."""


def sha256_of(path: str | Path, chunk_size: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk_size):
            h.update(block)
    return h.hexdigest()


def _is_valid(path: Path, rf: RemoteFile) -> bool:
    try:
        return path.is_file() and sha256_of(path) == rf.sha256.lower()
    except OSError:
        return False


def missing_files(dest_dir: str | Path, files: Iterable[RemoteFile] = MNIST_FILES) -> list[str]:
    """Names of the files that are absent from ``dest_dir`` or have the wrong SHA-256."""
    dest = Path(dest_dir)
    return [rf.name for rf in files if not _is_valid(dest / rf.name, rf)]


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _remove_stale_partials(dest: Path, name: str) -> None:
    """Partial files a killed process left for ``name``: ``name.part`` (older versions) and atomic_open's temp files."""
    _unlink(dest / (name + PART_SUFFIX))
    for stale in dest.glob(f".{name}.*.tmp"):
        _unlink(stale)


class _BadChecksum(Exception):
    def __init__(self, got: str) -> None:
        super().__init__(got)
        self.got = got


def download_mnist(
    dest_dir: str | Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    mirrors: Sequence[str] = MIRRORS,
    opener: Callable = urllib.request.urlopen,
    *,
    files: Sequence[RemoteFile] = MNIST_FILES,
    timeout: float = 20.0,
    chunk_size: int = CHUNK_SIZE,
) -> Path:
    """Fetch every file of ``files`` that is missing from ``dest_dir`` (or has the wrong SHA-256); return dest_dir.

    - Files already present with the right SHA-256 are skipped (no network at all if every file is there).
    - Each file is tried on ``mirrors`` in order (``mirror + name``); a mirror that fails (HTTP error, network
      error, wrong checksum) is followed by the next.
    - Data is streamed to a temporary file beside ``<name>`` (``model.files.atomic_open``); it is checked against the
      SHA-256 and only then renamed to ``<name>``. The temporary file is removed on every failure and on cancel, and
      a previous ``<name>`` stays as it was.
    - ``progress(bytes_done, bytes_total, filename)`` is called after every chunk; both counts cover all files
      this call downloads (``bytes_total`` is 0 while unknown). It may go back if a mirror fails mid-file.
    - ``cancelled()`` is polled before each file and between chunks; if it returns True, ``DownloadCancelled`` is
      raised (files completed before stay). A stalled connection is noticed after ``timeout`` seconds.

    Raises ``ChecksumError`` (every copy fetched was corrupt) or ``DownloadError`` (no mirror worked, or the
    folder cannot be written), each naming the file.
    """
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DownloadError(f"{dest}: cannot create the folder ({e.strerror or e})") from None
    if not mirrors:
        raise ValueError("no mirrors given")

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise DownloadCancelled("download cancelled")

    todo = [rf for rf in files if not _is_valid(dest / rf.name, rf)]
    sizes = {rf.name: rf.size for rf in todo}
    done_before = 0  # bytes of the files finished in this call

    def total() -> int:
        return 0 if any(s is None for s in sizes.values()) else sum(sizes.values())

    for rf in todo:
        final = dest / rf.name
        _remove_stale_partials(dest, rf.name)
        failures: list[str] = []
        bad_checksum = False
        ok = False
        for base in mirrors:
            check_cancel()
            url = (base if base.endswith("/") else base + "/") + rf.name
            try:
                _fetch(url, final, rf, opener, timeout, chunk_size, check_cancel,
                       lambda n, size=None: _report(progress, done_before + n, total, rf.name, sizes, size))
            except _MirrorFailed as e:
                failures.append(f"{url}: {e}")
                continue
            except _BadChecksum as e:
                bad_checksum = True
                failures.append(f"{url}: SHA-256 mismatch (got {e.got[:12]}..., expected {rf.sha256[:12]}...)")
                continue
            except WriteError as e:
                raise DownloadError(f"{final}: cannot save the file ({e.detail or e.reason})") from None
            ok = True
            break
        if not ok:
            detail = "; ".join(failures)
            if bad_checksum:
                raise ChecksumError(f"{rf.name}: the downloaded file is corrupt (checksum mismatch). Tried {detail}")
            raise DownloadError(f"{rf.name}: could not be downloaded. Tried {detail}")
        done_before += final.stat().st_size
        sizes[rf.name] = final.stat().st_size
    return dest


def _report(progress, done: int, total: Callable[[], int], name: str, sizes: dict, size: int | None) -> None:
    if size is not None and sizes.get(name) is None:
        sizes[name] = size  # learnt from Content-Length
    if progress is not None:
        progress(done, total(), name)


class _MirrorFailed(Exception):
    pass


def _fetch(url, final: Path, rf: RemoteFile, opener, timeout, chunk_size, check_cancel, report) -> None:
    """Stream ``url`` into ``final`` atomically if its SHA-256 is ``rf.sha256``.

    Mirror problems raise _MirrorFailed, a wrong checksum _BadChecksum (``final`` untouched in both cases), a file
    that cannot be written WriteError.
    """
    try:
        resp = opener(url, timeout=timeout)
    except urllib.error.HTTPError as e:
        e.close()
        raise _MirrorFailed(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise _MirrorFailed(str(e.reason)) from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise _MirrorFailed(str(e) or type(e).__name__) from None
    with resp:
        length = None
        try:
            header = resp.headers.get("Content-Length") if getattr(resp, "headers", None) is not None else None
            length = int(header) if header else None
        except (TypeError, ValueError):
            length = None
        report(0, length)
        with atomic_open(final, "wb") as f:
            got = _stream(resp, f, rf, chunk_size, check_cancel, report, length)
            if got != rf.sha256.lower():
                raise _BadChecksum(got)  # leaves the block: the temporary file is removed, ``final`` untouched


def _stream(resp, f: IO[bytes], rf: RemoteFile, chunk_size, check_cancel, report, length: int | None) -> str:
    """Copy the response into ``f`` chunk by chunk; return the SHA-256 of what was received."""
    h = hashlib.sha256()
    n = 0
    while True:
        check_cancel()
        try:
            block = resp.read(chunk_size)
        except (OSError, http.client.HTTPException) as e:
            raise _MirrorFailed(f"connection broke after {n:,} bytes ({e or type(e).__name__})") from None
        if not block:
            break
        n += len(block)
        if rf.size is not None and n > rf.size:
            raise _MirrorFailed(f"more data than the expected {rf.size:,} bytes (not the MNIST file)")
        h.update(block)
        f.write(block)
        report(n)
    if length is not None and n < length:
        raise _MirrorFailed(f"connection closed after {n:,} of {length:,} bytes")
    return h.hexdigest()
