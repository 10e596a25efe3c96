"""Only the package list, which pyproject.toml cannot compute: every package under gui/ and model/, plus resources/
installed as the package ``descent_resources`` (see [tool.setuptools.package-dir] and model/resources.py).
Everything else is in pyproject.toml."""
from setuptools import find_packages, setup

setup(packages=find_packages(include=["gui", "gui.*", "model", "model.*"]) + ["descent_resources"])
