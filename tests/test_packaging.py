"""A complete install: the wheel holds every resource and module, resources are found in one place, a missing one
fails ``--smoke``, and (slow) the wheel installed into a fresh venv runs from another folder, in Korean, with data."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import model.resources as res

ROOT = Path(__file__).resolve().parents[1]


def tracked_files() -> list[str]:
    """The repository's files as git knows them (working-tree content), or a walk when git is not there."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=30).stdout
        return [f for f in out.decode().split("\0") if f and (ROOT / f).is_file()]
    except (OSError, subprocess.SubprocessError):
        return [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and ".venv" not in p.parts[0]]


def can_build_wheel_offline() -> bool:
    """pyproject.toml needs setuptools >= 77 (a license string), which builds wheels by itself (the test extra)."""
    try:
        import setuptools
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 77


def build_wheel(dest: Path) -> Path:
    """Build the wheel from a copy of the tracked files (no network, no build folder in the shared checkout)."""
    src = dest / "src"
    for name in tracked_files():
        if name.split("/")[0] in ("gui", "model", "resources") or name in ("main.py", "setup.py", "pyproject.toml", "README.md"):
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
                          "--no-index", "-q", "-w", str(dest / "dist")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    (wheel,) = (dest / "dist").glob("descent-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    if not can_build_wheel_offline():
        pytest.skip("needs setuptools >= 77 (pip install -e '.[test]') to build the wheel offline")
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_wheel_holds_every_resource_module_and_the_entry_point(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = tracked_files()
    resources = [f for f in tracked if f.startswith("resources/")]
    assert "resources/data/mnist5k.npz" in resources and "resources/i18n/descent_ko.qm" in resources
    lost = [f for f in resources if "descent_resources/" + f.removeprefix("resources/") not in names]
    assert not lost, f"resources missing from the wheel (add them to package-data in pyproject.toml): {lost}"
    code = [f for f in tracked if f.endswith(".py") and f.split("/")[0] in ("gui", "model")] + ["main.py"]
    lost = [f for f in code if f not in names]
    assert not lost, f"modules missing from the wheel (is their folder a package, with __init__.py?): {lost}"
    entry = zipfile.ZipFile(wheel).read(f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info/"
                                        "entry_points.txt").decode()
    assert "[gui_scripts]" in entry and "descent = main:main" in entry


def test_checkout_resources_are_found_beside_model():
    assert res.resources_dir() == ROOT / "resources"
    assert res.missing() == []


def test_bundle_then_installed_package_then_error(tmp_path, monkeypatch):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert res.resources_dir() == tmp_path / "bundle" / "resources"
    assert res.missing() == list(res.REQUIRED)  # an empty bundle lacks everything
    monkeypatch.delattr("sys._MEIPASS")
    # An installed wheel: no checkout around model/, the folder is the package descent_resources.
    monkeypatch.setattr(res, "_checkout_dir", lambda: None)
    package = tmp_path / "site" / res.PACKAGE
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    assert res.resources_dir() == package
    assert "data/mnist5k.npz" in res.missing()
    monkeypatch.setattr(res, "_installed_dir", lambda: None)
    with pytest.raises(res.ResourceError, match="descent_resources"):
        res.resources_dir()
    assert res.missing() == list(res.REQUIRED)


def test_smoke_fails_when_a_resource_is_missing(tmp_path, monkeypatch, capsys):
    import main

    shutil.copytree(ROOT / "resources", tmp_path / "resources", ignore=shutil.ignore_patterns("*.npz"))
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main.main(["--smoke"]) == 3
    assert "data/mnist5k.npz" in capsys.readouterr().err


@pytest.mark.slow
def test_installed_wheel_runs_from_another_folder_in_korean(wheel, tmp_path):
    """A fresh venv gets the wheel (its dependencies come from this environment: no network), then `descent --smoke`
    runs in an unrelated folder; deleting an installed resource makes it fail."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    deps = {str(Path(m.__file__).resolve().parents[1]) for m in map(__import__, ("numpy", "pyqtgraph", "PySide6"))}
    Path(site, "descent_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    out = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                          "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    if out.returncode and "no such option: --python" in out.stderr:
        pytest.skip("pip too old for --python")
    assert out.returncode == 0, out.stderr[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    run = [str(bin_dir / "descent"), "--smoke", "--lang", "ko", "--settings", str(tmp_path / "s.ini")]
    done = subprocess.run(run, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "translation loaded" in done.stdout and "배치 정규화" in done.stdout, done.stdout
    assert "bundled MNIST 4000 train / 1000 test" in done.stdout
    assert str(venv) in subprocess.run([str(python), "-c", "import model.resources as r; print(r.resources_dir())"],
                                       cwd=elsewhere, env=env, capture_output=True, text=True).stdout
    (Path(site) / res.PACKAGE / "data" / "mnist5k.npz").unlink()
    broken = subprocess.run(run, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=180)
    assert broken.returncode == 3 and "mnist5k.npz" in broken.stderr


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle built and run here is the Linux one")
def test_linux_bundle_runs_in_korean_with_the_bundled_data(tmp_path):
    """python tools/build_bundle.py, then the bundle's --smoke offscreen from another folder (minutes: slow)."""
    pytest.importorskip("PyInstaller", reason='needs PyInstaller: pip install -e ".[bundle]"')
    from tools import build_bundle

    result = build_bundle.build(tmp_path / "dist", tmp_path / "work")
    folder = result["folder"]
    for name in ("Descent", "descent.png", "install.sh", "README.txt", "org.descent.Descent.desktop"):
        assert (folder / name).is_file(), name
    internal = folder / "_internal"
    assert (internal / "resources" / "data" / "mnist5k.npz").is_file()
    assert not list(internal.rglob("*.ts")) and not list(internal.rglob("test_*.py"))
    qt_qm = {p.name for p in internal.rglob("PySide6/Qt/translations/*.qm")}
    assert "qtbase_ko.qm" in qt_qm and not [n for n in qt_qm if not n.endswith(("_ko.qm", "_en.qm"))]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    done = subprocess.run([str(folder / "Descent"), "--smoke", "--lang", "ko", "--settings", str(tmp_path / "s.ini")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "translation loaded" in done.stdout and "배치 정규화" in done.stdout, done.stdout
    assert "bundled MNIST 4000 train / 1000 test" in done.stdout
    print(f"bundle {result['folder_bytes'] / 1e6:.1f} MB, archive {result['archive_bytes'] / 1e6:.1f} MB")


def test_committed_icons_hold_every_size_as_valid_png(qapp):
    """descent.ico and descent.icns (tools/make_icons.py) parse, and each image is a PNG of its stated size."""
    import struct

    from PySide6.QtGui import QImage

    from tools import make_icons

    ico = (ROOT / "resources" / "icons" / "descent.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for i, size in enumerate(sorted(make_icons.ICO_SIZES)):
        w, h, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert (w or 256, h or 256, planes, bits) == (size, size, 1, 32)
        assert QImage.fromData(ico[offset:offset + length], "PNG").size().width() == size
    icns = (ROOT / "resources" / "icons" / "descent.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, found = 8, {}
    while pos < len(icns):
        kind, length = icns[pos:pos + 4], struct.unpack_from(">I", icns, pos + 4)[0]
        found[kind] = QImage.fromData(icns[pos + 8:pos + length], "PNG").width()
        pos += length
    assert found == {kind: size for size, kind in make_icons.ICNS_TYPES.items()}
