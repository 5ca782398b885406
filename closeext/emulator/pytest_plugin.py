"""Kept for ``-p closeext.emulator.pytest_plugin``; the plugin is closeext.tools.pytest_plugin.

It moved out of this package so that loading it never imports the emulator's dependencies.
"""

from __future__ import annotations

from closeext.tools.pytest_plugin import (
    EmulatorServer,
    close_emulator,
    close_emulator_fresh,
    pytest_addoption,
)

__all__ = ["EmulatorServer", "close_emulator", "close_emulator_fresh", "pytest_addoption"]
