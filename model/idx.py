"""Reading IDX files (the format of MNIST and Fashion-MNIST) safely: sizes checked before anything is allocated.

An IDX file is a 4-byte magic number (0x00000803 for unsigned-byte images with 3 dimensions, 0x00000801 for labels
with 1), one big-endian 32-bit size per dimension, then the data, N·rows·cols bytes, row by row. Files may be
gzip-compressed. Every problem raises ``DataError`` naming the file and the kind of problem. Standard library and
NumPy only: no Qt here.
"""
from __future__ import annotations

import gzip
import math
import os
import stat
import struct
import zlib
from pathlib import Path
from typing import BinaryIO, Callable, Literal

import numpy as np

__all__ = ["DataError", "IDX_FILES", "IMAGE_MAGIC", "LABEL_MAGIC", "MAX_IDX_BYTES", "read_idx", "find_idx_file",
           "folder_state", "has_idx_files"]

IMAGE_MAGIC = 0x00000803  # unsigned byte, 3 dimensions (count, rows, cols)
LABEL_MAGIC = 0x00000801  # unsigned byte, 1 dimension (count)

# The four standard file names (each may be stored as "<name>.gz" or raw).
IDX_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20  # bytes read (or decompressed) at a time

MAX_IDX_BYTES = 300_000_000
"""The most data one IDX file may hold (the full MNIST's training images are 47,040,000 bytes). A header that
promises more is refused before anything is read, and no compressed file is decompressed beyond it."""


class DataError(Exception):
    """A data file is missing or unusable. The message names the file and the problem.

    ``path`` is the file (or folder) at fault and ``kind`` names the problem for a user interface that words it in
    another language: "not_found", "folder_not_found", "unreadable", "bad_gzip", "truncated", "bad_magic",
    "bad_image_size", "no_images", "count_mismatch", "bad_labels", "bad_bundle", "is_folder" (a folder where a file
    should be), "folder_unreadable" (a folder that cannot be searched), "too_large" (a header promising more than
    ``MAX_IDX_BYTES``), "extra_data" (more data than the header promises), "cancelled" (the caller asked to stop).
    """

    def __init__(self, message: str, path: str | Path = "", kind: str = "bad_bundle") -> None:
        super().__init__(message)
        self.path = str(path)
        self.kind = kind


def read_idx(path: str | Path, kind: Literal["images", "labels"] | None = None,
             cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """Read one IDX file (gzip-compressed or raw) into a read-only uint8 array.

    Images (magic 0x00000803) come back as (N, rows, cols), labels (0x00000801) as (N,). ``kind`` demands one of
    the two. The header is read first and the data size computed from it in Python integers
    (N·rows·cols bytes); a size above ``MAX_IDX_BYTES``, or above what a raw file holds, is refused before anything
    is allocated, and a compressed file is decompressed only up to that size (so a gzip bomb costs at most
    ``MAX_IDX_BYTES``). Raises ``DataError`` naming the file for: missing, a folder, unreadable, bad gzip data,
    wrong magic number, too large, shorter or longer than its header says. ``cancelled()`` is asked between chunks
    of a megabyte; when it says True, ``DataError`` of kind "cancelled" is raised.
    """
    path = Path(path)
    limit = MAX_IDX_BYTES  # read at call time (tests lower it)
    with _open_data_file(path) as f:
        try:
            head = f.read(2)
            f.seek(0)
            if head == _GZIP_MAGIC:
                with gzip.GzipFile(fileobj=f, mode="rb") as stream:
                    return _read_idx_stream(stream, path, kind, limit, None, cancelled)
            if not head:
                raise DataError(f"{path}: truncated, the file is empty (0 bytes)", path, "truncated")
            if path.suffix == ".gz" and head != b"\x00\x00":
                # Not gzip, and not a raw IDX file saved under a .gz name either (some browsers unpack downloads).
                raise DataError(f"{path}: bad gzip data, not a gzip file", path, "bad_gzip")
            return _read_idx_stream(f, path, kind, limit, os.fstat(f.fileno()).st_size, cancelled)
        except (EOFError, zlib.error, gzip.BadGzipFile) as e:
            raise DataError(f"{path}: bad gzip data, the file is damaged or incomplete ({e})", path,
                            "bad_gzip") from None
        except OSError as e:
            raise DataError(f"{path}: cannot be read ({e.strerror or e})", path, "unreadable") from None


def _open_data_file(path: Path) -> BinaryIO:
    """``open(path, "rb")`` with every failure as a ``DataError`` of the right kind."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DataError(f"{path}: file not found", path, "not_found") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, not a file", path, "is_folder") from None
    except OSError as e:
        raise DataError(f"{path}: cannot be read ({e.strerror or e})", path, "unreadable") from None


def _read_idx_stream(stream: BinaryIO, path: Path, kind: str | None, limit: int, size: int | None,
                     cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """The IDX header, then exactly the promised data from ``stream``. ``size``: the whole file's bytes, if known."""
    head = _read_up_to(stream, 4)
    if len(head) < 4:
        raise DataError(f"{path}: truncated, only {len(head)} bytes (an IDX header needs at least 4)", path,
                        "truncated")
    magic = int.from_bytes(head, "big")
    expected = {"images": (IMAGE_MAGIC,), "labels": (LABEL_MAGIC,), None: (IMAGE_MAGIC, LABEL_MAGIC)}[kind]
    if magic not in expected:
        want = " or ".join(f"0x{m:08X}" for m in expected)
        what = f"IDX {kind}" if kind else "IDX images/labels"
        raise DataError(f"{path}: wrong magic number 0x{magic:08X}, expected {want} ({what}); not an MNIST-style file",
                        path, "bad_magic")
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    raw_dims = _read_up_to(stream, 4 * ndim)
    if len(raw_dims) < 4 * ndim:
        raise DataError(f"{path}: truncated, the file ends inside its header ({4 + len(raw_dims)} of {header} bytes)",
                        path, "truncated")
    dims = struct.unpack(f">{ndim}I", raw_dims)
    need = math.prod(dims)  # Python integers: 2^31 x 2^31 x 4 cannot wrap around
    if need > limit:
        raise DataError(f"{path}: the header promises {need:,} bytes of data for shape {dims}, more than the "
                        f"{limit:,} an MNIST-style file may hold; the file is damaged or not an IDX file", path,
                        "too_large")
    if size is not None and size - header < need:
        raise DataError(f"{path}: truncated, the header promises {need:,} bytes of data for shape {dims} but only "
                        f"{max(size - header, 0):,} are there", path, "truncated")
    out = np.empty(need, dtype=np.uint8)
    have = _read_into(stream, out, path, cancelled)
    if have < need:
        raise DataError(f"{path}: truncated, the header promises {need:,} bytes of data for shape {dims} but only "
                        f"{have:,} are there", path, "truncated")
    if stream.read(1):  # also makes gzip check its CRC and length trailer
        raise DataError(f"{path}: more data than the header promises ({need:,} bytes for shape {dims}); the file is "
                        f"damaged or not an IDX file", path, "extra_data")
    out.flags.writeable = False
    return out.reshape(dims)


def _read_up_to(stream: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes (fewer only at the end of the stream)."""
    parts, got = [], 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _read_into(stream: BinaryIO, out: np.ndarray, path: Path, cancelled: Callable[[], bool] | None) -> int:
    """Fill ``out`` from ``stream`` a chunk at a time; the number of bytes read (short only at the end)."""
    view = memoryview(out)
    got = 0
    while got < len(out):
        if cancelled is not None and cancelled():
            raise DataError(f"{path}: loading was cancelled", path, "cancelled")
        n = stream.readinto(view[got : got + _CHUNK])
        if not n:
            break
        got += n
    return got


def _path_kind(path: Path, folder: Path) -> str | None:
    """"file", "folder", "other" or None (absent); a ``DataError`` when ``folder`` cannot be searched."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL character in the name
        return None
    except PermissionError as e:
        raise DataError(f"{folder}: the folder cannot be read ({e.strerror or e})", folder,
                        "folder_unreadable") from None
    except OSError as e:  # a symbolic link loop, an I/O error, a name too long
        raise DataError(f"{path}: cannot be read ({e.strerror or e})", path, "unreadable") from None
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "other"


def find_idx_file(folder: str | Path, stem: str) -> Path:
    """The file for ``stem`` (e.g. ``train-images-idx3-ubyte``) in ``folder``: ``<stem>.gz`` or raw ``<stem>``.

    Also accepts the common variant with a dot (``train-images.idx3-ubyte``). Raises ``DataError`` if none exists
    (or only a folder of that name), or if the folder cannot be searched.
    """
    folder = Path(folder)
    dotted = stem.replace("-idx", ".idx")
    not_a_file = None
    for name in (stem + ".gz", stem, dotted + ".gz", dotted):
        p = folder / name
        what = _path_kind(p, folder)
        if what == "file":
            return p
        if what is not None and not_a_file is None:
            not_a_file = p
    if not_a_file is not None:
        # Never opened: reading a named pipe or a device would wait for ever.
        raise DataError(f"{not_a_file}: is a folder or a special file, not a data file", not_a_file, "is_folder")
    raise DataError(f"{folder / (stem + '.gz')}: file not found (nor {stem} uncompressed) in {folder}",
                    folder / (stem + ".gz"), "not_found")


def folder_state(folder: str | Path) -> Literal["ok", "missing", "unreadable"]:
    """Whether ``folder`` is a folder that can be listed and searched ("ok"), absent or not a folder ("missing"),
    or there but closed to this user ("unreadable"). Never raises."""
    try:
        mode = os.stat(folder).st_mode
    except PermissionError:
        return "unreadable"
    except (OSError, ValueError):  # absent, a name too long, a NUL character in it
        return "missing"
    if not stat.S_ISDIR(mode):
        return "missing"
    return "ok" if os.access(folder, os.R_OK | os.X_OK) else "unreadable"


def has_idx_files(folder: str | Path) -> bool:
    """True if ``folder`` holds the four standard IDX files (by name; nothing is read). Never raises."""
    try:
        for stem in IDX_FILES.values():
            find_idx_file(folder, stem)
    except DataError:
        return False
    return True
