"""Where Descent's bundled files live: the one lookup used by ``model/``, ``gui/`` and ``main.py``.

Pure Python (no Qt), so ``model.datasets`` can use it. The folder ``resources/`` of the repository is found in three
situations, tried in this order:

1. a PyInstaller bundle: ``sys._MEIPASS/resources`` (the spec ``tools/descent.spec`` copies it there);
2. a checkout (also an editable install): ``resources/`` beside ``model/``, recognised by the ``pyproject.toml``
   next to it, so that a stray top-level ``resources`` folder in some site-packages is never taken for ours;
3. an installed wheel (``pip install .``, ``pipx install .``): the package ``descent_resources``, which is the same
   folder installed under a name no other distribution uses (see ``[tool.setuptools.package-dir]``).

:data:`REQUIRED` lists the files the app cannot work without; :func:`missing` names those absent, and ``main.py
--smoke`` fails when any is.
"""
from __future__ import annotations

import importlib.resources
import importlib.util
import sys
from pathlib import Path

PACKAGE = "descent_resources"
"""Import name of the installed ``resources/`` folder."""

REQUIRED = (
    "data/mnist5k.npz",
    "fonts/NanumGothic.ttf",
    "i18n/descent_ko.qm",
    "icons/descent.svg",
    "linux/org.descent.Descent.desktop",
)
"""Files (relative to ``resources/``) every installation must hold."""


class ResourceError(FileNotFoundError):
    """A bundled file is missing: the installation is incomplete."""


def _checkout_dir() -> Path | None:
    root = Path(__file__).resolve().parents[1]
    if (root / "pyproject.toml").is_file() and (root / "resources").is_dir():
        return root / "resources"
    return None


def _installed_dir() -> Path | None:
    if importlib.util.find_spec(PACKAGE) is None:
        return None
    folder = importlib.resources.files(PACKAGE)
    # Qt and NumPy need real file names; a wheel installed by pip or pipx is always unpacked on disk.
    return Path(str(folder)) if isinstance(folder, Path) or Path(str(folder)).is_dir() else None


def resources_dir() -> Path:
    """The folder holding Descent's bundled files (``data/``, ``fonts/``, ``i18n/``, ``icons/``, ``linux/``).

    Raises :class:`ResourceError` when none of the three places holds it.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    found = _checkout_dir() or _installed_dir()
    if found is None:
        raise ResourceError(f"Descent's resources folder was not found (neither beside {Path(__file__).parent} "
                            f"nor as the installed package {PACKAGE!r}); reinstall Descent")
    return found


def resource_path(relative: str) -> Path:
    """The path of one bundled file, e.g. ``resource_path("icons/descent.svg")`` (it may not exist)."""
    return resources_dir() / relative


def missing(required: tuple[str, ...] = REQUIRED) -> list[str]:
    """The required files that are absent (empty when the installation is complete)."""
    try:
        base = resources_dir()
    except ResourceError:
        return list(required)
    return [name for name in required if not (base / name).is_file()]
