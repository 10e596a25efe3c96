"""The one way Descent writes a file: into a temporary file beside the target, renamed over it only when complete.

Every file the app writes (exported plots and tables, settings, downloads, scenes) goes through :func:`atomic_open`
or :func:`atomic_write`. A failure at any point (full disk, read-only folder, the path is a folder, an exception while
the content is produced) raises :class:`WriteError` and leaves the previous file untouched; the temporary file is
removed. Pure Python, so both ``model/`` and ``gui/`` use it.
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class WriteError(OSError):
    """A file could not be written. ``path`` is the target; ``reason`` is one of the ``REASONS`` keys."""

    REASONS = ("no_folder", "is_folder", "read_only", "disk_full", "other")

    def __init__(self, path: str | os.PathLike, reason: str, detail: str = "") -> None:
        self.path = str(path)
        self.reason = reason if reason in self.REASONS else "other"
        self.detail = detail
        super().__init__(f"{self.path}: cannot write ({detail or reason})")


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # ENOTDIR: a part of the folder's path is a file
        return "no_folder"
    if exc.errno in (errno.EISDIR,):
        return "is_folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read_only"
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return "disk_full"
    return "other"


def _as_write_error(path: Path, exc: OSError) -> WriteError:
    if isinstance(exc, WriteError):
        return exc
    return WriteError(path, _reason(exc), exc.strerror or str(exc))


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "wb", **kwargs) -> Iterator[IO]:
    """Open a temporary file in ``path``'s folder for writing; on a clean exit flush, fsync and rename it to ``path``.

    ``mode`` is ``"w"`` or ``"wb"`` (with ``encoding``/``newline`` for text, as for :func:`open`). If the block raises,
    or any write, flush or rename fails, the temporary file is deleted and ``path`` keeps its old content. OS errors
    come out as :class:`WriteError`; other exceptions from the block pass through unchanged.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open: mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    if target.is_dir():
        raise WriteError(target, "is_folder", "is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(target, "no_folder", f"folder {folder} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        # the rename would replace it (it needs only the folder's permission), but a read-only file means "keep me",
        # as Qt's QSaveFile also holds
        raise WriteError(target, "read_only", "the file is read-only")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _as_write_error(target, exc) from None
    tmp = Path(tmp_name)
    try:
        try:
            fh = os.fdopen(fd, mode, **kwargs)
        except Exception:
            os.close(fd)
            raise
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
        _sync_folder(folder)
    except OSError as exc:
        _remove(tmp)
        raise _as_write_error(target, exc) from None
    except BaseException:
        _remove(tmp)
        raise


def atomic_write(path: str | os.PathLike, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write ``data`` (bytes, or text in ``encoding``) to ``path`` atomically; see :func:`atomic_open`."""
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    with atomic_open(path, "wb") as fh:
        fh.write(payload)


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the permissions of the one it replaces (mkstemp makes it 0600), else the usual 0644."""
    try:
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: fsync the folder); not possible, and not needed, on Windows."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
