"""Damaged MNIST folders for fault-injection tests (model and GUI): each damage breaks one file of a good folder.

``DAMAGES[name](folder, monkeypatch)`` damages ``folder`` (made by ``write_good_folder``) and returns
``(kind, path)``: the ``DataError.kind`` the loader must give and the file or folder it must name.
"""
from __future__ import annotations

import gzip
import os
import struct
from pathlib import Path

import numpy as np

from model import datasets as ds
from model import idx

N_TRAIN, N_TEST = 30, 10
TRAIN_IMAGES = "train-images-idx3-ubyte.gz"
TRAIN_LABELS = "train-labels-idx1-ubyte.gz"


def idx_bytes(arr: np.ndarray) -> bytes:
    arr = np.asarray(arr, dtype=np.uint8)
    return struct.pack(">I", 0x0800 | arr.ndim) + struct.pack(f">{arr.ndim}I", *arr.shape) + arr.tobytes()


def write_good_folder(folder: Path, n_train: int = N_TRAIN, n_test: int = N_TEST, seed: int = 0) -> Path:
    """The four MNIST files (gzip), ``n_train`` + ``n_test`` random 28x28 images with labels 0-9."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        x = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        t = rng.integers(0, 10, size=n, dtype=np.uint8)
        (folder / f"{prefix}-images-idx3-ubyte.gz").write_bytes(gzip.compress(idx_bytes(x), compresslevel=1))
        (folder / f"{prefix}-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_bytes(t), compresslevel=1))
    return folder


def header_overflow(folder: Path, monkeypatch):
    """2^31 x 2^31 x 4 images: the byte count wraps to 0 in 64-bit integers."""
    p = folder / TRAIN_IMAGES
    p.write_bytes(gzip.compress(struct.pack(">IIII", 0x00000803, 2**31, 2**31, 4)))
    return "too_large", p


def header_overflow_raw(folder: Path, monkeypatch):
    """The same header in an uncompressed file, followed by a little data."""
    (folder / TRAIN_IMAGES).unlink()
    p = folder / TRAIN_IMAGES[:-3]
    p.write_bytes(struct.pack(">IIII", 0x00000803, 2**31, 2**31, 4) + bytes(64))
    return "too_large", p


def gzip_bomb(folder: Path, monkeypatch):
    """A header promising more than the cap (lowered to 1 MB here), and a small .gz that inflates to 4 MB."""
    monkeypatch.setattr(idx, "MAX_IDX_BYTES", 1_000_000)
    p = folder / TRAIN_IMAGES
    n = 4_000_000 // 784
    p.write_bytes(gzip.compress(struct.pack(">IIII", 0x00000803, n, 28, 28) + bytes(n * 784), compresslevel=1))
    return "too_large", p


def gzip_bomb_small_header(folder: Path, monkeypatch):
    """An honest-looking header (30 images) followed by 8 MB of zeros: more data than promised."""
    p = folder / TRAIN_IMAGES
    p.write_bytes(gzip.compress(struct.pack(">IIII", 0x00000803, N_TRAIN, 28, 28) + bytes(8_000_000),
                                compresslevel=1))
    return "extra_data", p


def wrong_magic(folder: Path, monkeypatch):
    p = folder / TRAIN_IMAGES
    data = bytearray(gzip.decompress(p.read_bytes()))
    data[:4] = struct.pack(">I", 0x00000999)
    p.write_bytes(gzip.compress(bytes(data)))
    return "bad_magic", p


def truncated(folder: Path, monkeypatch):
    p = folder / TRAIN_IMAGES
    p.write_bytes(gzip.compress(gzip.decompress(p.read_bytes())[:-100]))
    return "truncated", p


def truncated_gzip(folder: Path, monkeypatch):
    """The compressed stream itself cut in half (an interrupted copy)."""
    p = folder / TRAIN_IMAGES
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return "bad_gzip", p


def count_mismatch(folder: Path, monkeypatch):
    p = folder / TRAIN_LABELS
    p.write_bytes(gzip.compress(idx_bytes(np.zeros(N_TRAIN - 1))))
    return "count_mismatch", p


def empty_file(folder: Path, monkeypatch):
    p = folder / TRAIN_IMAGES
    p.write_bytes(b"")
    return "truncated", p


def folder_instead_of_file(folder: Path, monkeypatch):
    p = folder / TRAIN_IMAGES
    p.unlink()
    p.mkdir()
    return "is_folder", p


def unreadable_file(folder: Path, monkeypatch):
    """Tests run as root, which may read anything: ``open`` of this one file raises PermissionError instead."""
    p = folder / TRAIN_IMAGES
    real_open = open

    def fake_open(file, *args, **kwargs):
        if Path(file) == p:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(idx, "open", fake_open, raising=False)
    return "unreadable", p


def unreadable_folder(folder: Path, monkeypatch):
    """A folder without search permission: every ``stat`` inside it raises PermissionError."""
    real_stat = os.stat

    def fake_stat(path, *args, **kwargs):
        if Path(path).parent == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", fake_stat)
    return "folder_unreadable", folder


DAMAGES = {f.__name__: f for f in (header_overflow, header_overflow_raw, gzip_bomb, gzip_bomb_small_header,
                                   wrong_magic, truncated, truncated_gzip, count_mismatch, empty_file,
                                   folder_instead_of_file, unreadable_file, unreadable_folder)}
