"""The one atomic writer: the old file survives every failure, no temporary file is left behind."""
import os
import resource
import signal

import pytest

from model.files import WriteError, atomic_open, atomic_write


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "a.csv"
    atomic_write(target, "one")
    atomic_write(target, b"two")
    assert target.read_text() == "two"
    assert leftovers(tmp_path) == []


def test_text_mode_with_newline_and_encoding(tmp_path):
    target = tmp_path / "표.csv"
    with atomic_open(target, "w", newline="", encoding="utf-8") as fh:
        fh.write("가,b\r\n")
    assert target.read_bytes() == "가,b\r\n".encode()


def test_exception_in_block_keeps_old_file(tmp_path):
    target = tmp_path / "a.csv"
    target.write_text("good")
    with pytest.raises(RuntimeError):
        with atomic_open(target, "w") as fh:
            fh.write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "good"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("case, reason", [("missing", "no_folder"), ("folder", "is_folder"),
                                          ("read_only", "read_only")])
def test_failures_name_their_reason(tmp_path, case, reason):
    if case == "missing":
        target = tmp_path / "nope" / "a.png"
    elif case == "folder":
        target = tmp_path / "dir"
        target.mkdir()
    else:
        if os.geteuid() == 0:
            pytest.skip("root can write into a read-only folder; the GUI test simulates it instead")
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
        target = ro / "a.png"
    with pytest.raises(WriteError) as info:
        atomic_write(target, b"x")
    assert info.value.reason == reason
    assert str(target) in str(info.value)


def test_full_disk_keeps_old_file(tmp_path):
    """RLIMIT_FSIZE makes writes past 4 KiB fail with EFBIG, as a full disk would (ENOSPC)."""
    target = tmp_path / "plot.png"
    target.write_bytes(b"old" * 10)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        with pytest.raises(WriteError) as info:
            atomic_write(target, b"n" * 100_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert info.value.reason == "disk_full"
    assert target.read_bytes() == b"old" * 10
    assert leftovers(tmp_path) == []


def test_new_file_is_readable_by_others(tmp_path):
    target = tmp_path / "a.txt"
    atomic_write(target, "x")
    assert target.stat().st_mode & 0o044 == 0o044
