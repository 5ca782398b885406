"""The typed every-tag file covers every tag of the generated client (mypy checks its types)."""

from __future__ import annotations

import importlib
import pkgutil

from scripts import typed_tags


def test_the_committed_file_is_what_the_generated_client_gives() -> None:
    assert typed_tags.main(["--check"]) == 0, "run: python -m scripts.typed_tags"


def test_every_tag_has_a_typed_call() -> None:
    api = importlib.import_module("close_api.api")
    tags = {info.name for info in pkgutil.iter_modules(api.__path__) if info.ispkg}
    assert {call.tag for call in typed_tags.calls()} == tags
