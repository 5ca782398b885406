"""Template tags: ``{{ contact.first_name }}`` and friends, rendered for one lead and contact.

Close's tags follow a Jinja-like syntax whose full grammar it does not publish. The emulator
renders the subset its docs and examples show: ``{{ <object>.<property> }}`` with an optional
fallback, ``{{ contact.first_name | default("there") }}`` (single quotes work too), used when
the value is empty. A tag naming something unknown renders as an empty string (or its
fallback), as an undefined variable does in Jinja; text outside tags is kept exactly, and a
``{{`` that never closes is kept as text. Values are inserted as they are (no HTML escaping)
[unverified].

Pure functions of the values handed in: no organization, no HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

__all__ = ["Variables", "render_tags"]

#: ``object -> property -> text``; a dotted property (``custom.Industry``) is one key.
Variables = Mapping[str, Mapping[str, str]]

_TAG: Final = re.compile(
    r"\{\{\s*(?P<name>[A-Za-z_][\w]*(?:\.[^|{}]+?)?)\s*"
    r"(?:\|\s*default\s*\(\s*(?P<q>[\"'])(?P<fallback>.*?)(?P=q)\s*\)\s*)?\}\}",
    re.DOTALL,
)


def _lookup(variables: Variables, name: str) -> str:
    obj, _, prop = name.strip().partition(".")
    values = variables.get(obj)
    if values is None or not prop:
        return ""
    return values.get(prop.strip(), "")


def render_tags(text: str, variables: Variables) -> str:
    """``text`` with every tag replaced by its value (see the module docstring)."""

    def replace(match: re.Match[str]) -> str:
        value = _lookup(variables, match.group("name"))
        if not value and match.group("fallback") is not None:
            return match.group("fallback")
        return value

    return _TAG.sub(replace, text)
