"""The README's examples run, in order, against the emulator — so the README stays true."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_the_readme_has_an_example_of_every_helper() -> None:
    text = "\n".join(python_blocks())
    for helper in (
        "close.call(",
        ".paginate(",
        "field_registry(",
        "close.leads.",
        "with_options(",
        "read_value(",
        "read_values(",
        "Update(",
        ".add(",
        ".remove(",
        ".unset(",
        "ObjectType.parse(",
        "close.associate(",
        "close.update_association(",
        "close.association(",
        "close.disassociate(",
        "RetryPolicy(",
        "bulk(",
        "Reconciler(",
        "create_app(",
        "close_emulator_fresh",
    ):
        assert helper in text, helper


def test_the_readme_examples_run(
    close_emulator_fresh: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOSE_API_KEY", close_emulator_fresh.api_key)
    monkeypatch.setenv("CLOSE_BASE_URL", close_emulator_fresh.base_url)
    namespace: dict[str, Any] = {"__name__": "readme"}
    blocks = python_blocks()
    assert len(blocks) >= 10
    for number, block in enumerate(blocks, start=1):
        exec(compile(block, f"README.md python block {number}", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "Empty query" in printed  # the NotFound example printed Close's message
    assert "custom.cf_" in printed
