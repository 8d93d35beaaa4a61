"""Reading the language data files shipped inside the package."""

from __future__ import annotations

import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["data_names", "load_toml"]


def load_toml(package: str, filename: str) -> dict[str, Any]:
    """Parse the TOML file ``filename`` of ``package`` (e.g. ``timeline.temporal.lang``)."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return tomllib.loads(text)


def data_names(package: str, suffix: str = ".toml") -> list[str]:
    """Sorted stems of the files of ``package`` that end with ``suffix``."""
    names = [e.name for e in resources.files(package).iterdir() if e.name.endswith(suffix)]
    return sorted(name.removesuffix(suffix) for name in names)
