"""Where the tools find the pinned spec: in the wheel, or in a checkout of the repository."""

from __future__ import annotations

from pathlib import Path

__all__ = ["SPEC_FILENAME", "pinned_spec_path"]

SPEC_FILENAME = "close.openapi.yaml"


def pinned_spec_path() -> Path:
    """``closeext/_data/close.openapi.yaml`` in a wheel, else the checkout's ``spec/``."""
    packaged = Path(__file__).resolve().parents[1] / "_data" / SPEC_FILENAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / SPEC_FILENAME
