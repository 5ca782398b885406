"""The deprecated ``query`` text parameter of ``GET /lead/``, translated into a query tree.

The forms real integrations send, combined by spaces (all must hold):

* bare words — full-text search (``acme``); a quoted phrase keeps its words together;
* ``field:value``, ``field:"quoted value"`` — text fields match the words, ids and
  statuses match exactly, numbers equal, dates match that (local) day;
* ``field:*`` — the field has a value;
* ``custom.<name or cf_id>:value`` (a name with spaces may be quoted whole:
  ``"custom.Lead Source":web``);
* ``field > value``, ``>=``, ``<``, ``<=`` on dates and numbers, spaces around the operator
  allowed; a date without a time is a whole local day (``> 2024-01-31`` starts on
  February 1st), a date and time without an offset is the caller's local time;
* ``status:"Label"`` (a lead status label) and ``status_id:stat_…``;
* ``sort:field`` / ``sort:-field`` (descending), ``created`` and ``updated`` abbreviating
  ``date_created`` and ``date_updated``.

Anything else is refused with a 400 naming the part, never ignored [the grammar of Close's
deprecated search is not documented; this is what the integrations we studied send].
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, Final

from .._organization import Organization
from .._types import BadRequest
from . import _fields as f
from ._moments import local_zone

UNSUPPORTED: Final = "Unsupported lead query"

_TOKEN: Final = re.compile(
    r"""\s*(?:
        (?P<key>"[^"]*"|[A-Za-z_][\w.]*)\s*(?P<op>:|>=|<=|>|<)\s*(?P<value>"[^"]*"|[^\s"]*)
      | (?P<word>"[^"]*"|[^\s"]+)
    )""",
    re.VERBOSE,
)
_ALIASES: Final = {"created": "date_created", "updated": "date_updated"}
#: Lead fields the legacy query may name, beyond ``status`` and ``custom.…``.
_LEAD_FIELDS: Final = frozenset(
    {"name", "display_name", "description", "url", "status_id", "created_by", "updated_by"}
    | {"date_created", "date_updated", "addresses_count", "contacts_count"}
    | {"opportunities_count"}
)
_OPS: Final = {">": "gt", ">=": "gte", "<": "lt", "<=": "lte"}


def refuse(part: str, why: str) -> BadRequest:
    return BadRequest(f'{UNSUPPORTED} "{part}": {why}')


def _unquote(text: str) -> str:
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text


def translate(
    org: Organization, text: str, tz_offset: float
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The query tree and sort that ``text`` means (raises the 400 for what it cannot)."""
    queries: list[dict[str, Any]] = [{"type": "object_type", "object_type": "lead"}]
    sort: list[dict[str, Any]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise refuse(text[position:].strip(), "unbalanced quotes.")
        position = match.end()
        part = match.group(0).strip()
        if match.group("word") is not None:
            word = match.group("word")
            if '"' in word[1:-1] or word == '"':
                raise refuse(part, "unbalanced quotes.")
            mode = "phrase" if word.startswith('"') else "full_words"
            queries.append({"type": "text", "value": _unquote(word), "mode": mode})
            continue
        key, op, raw = _unquote(match.group("key")), match.group("op"), match.group("value")
        if raw == "":
            if text.startswith('"', position):
                raise refuse(text[position:], "unbalanced quotes.")
            raise refuse(part, "a condition needs a value.")
        value = _unquote(raw)
        if key == "sort" and op == ":":
            sort.append(_sort(org, value, part))
            continue
        queries.append(_condition(org, key, op, value, raw, part, tz_offset))
    return {"type": "and", "queries": queries}, sort


def _sort(org: Organization, value: str, part: str) -> dict[str, Any]:
    descending = value.startswith("-")
    name = _ALIASES.get(value.lstrip("-"), value.lstrip("-"))
    field = _field(org, name, part)
    return {"direction": "desc" if descending else "asc", "field": field[0]}


def _field(org: Organization, key: str, part: str) -> tuple[dict[str, Any], str]:
    """The ``SearchField`` a key names and its kind."""
    if key.startswith("custom."):
        name = key[len("custom.") :]
        for field_id in org.schemas.get("lead", {}):
            custom = org.custom_fields.get(field_id)
            if custom is not None and name in (custom.id, custom.name):
                kind = f.custom_kind(custom.type)[0]
                return {"type": "custom_field", "custom_field_id": custom.id}, kind
        raise refuse(part, f'the lead custom field "{name}" does not exist.')
    name = _ALIASES.get(key, key)
    if name not in _LEAD_FIELDS:
        raise refuse(part, f'"{key}" is not a lead field the query understands.')
    kind = f.REGULAR["lead"][name].kind
    return {"type": "regular_field", "object_type": "lead", "field_name": name}, kind


def _condition(
    org: Organization, key: str, op: str, value: str, raw: str, part: str, tz_offset: float
) -> dict[str, Any]:
    if key == "status":
        if op != ":":
            raise refuse(part, 'status takes status:"Label".')
        found = [s.id for s in org.lead_statuses.values() if s.label.casefold() == value.casefold()]
        if not found:
            raise refuse(part, f'the lead status "{value}" does not exist.')
        key, value, raw = "status_id", found[0], found[0]
    field, kind = _field(org, key, part)

    def node(condition: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "field_condition", "field": field, "condition": dict(condition)}

    if op == ":" and raw == "*":
        return node({"type": "exists"})
    if kind in ("date", "number"):
        return node(_range(kind, op, value, part, tz_offset))
    if op != ":":
        raise refuse(part, f"{op} compares dates and numbers only.")
    if kind == "text":
        return node({"type": "text", "value": value, "mode": "phrase"})
    return node({"type": "term", "values": [value]})


def _range(kind: str, op: str, value: str, part: str, tz_offset: float) -> dict[str, Any]:
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise refuse(part, "a number was expected.") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise refuse(part, "a number was expected.")
        if op == ":":
            return {"type": "number_range", "gte": number, "lte": number}
        return {"type": "number_range", _OPS[op]: number}
    start, end = _moment_bounds(value, part, tz_offset)
    after = {":": start, ">=": start, ">": end, "<": None, "<=": None}[op]
    before = {":": end, "<": start, "<=": end, ">": None, ">=": None}[op]

    def fixed(moment: datetime | None) -> dict[str, Any] | None:
        return None if moment is None else {"type": "fixed_utc", "value": moment.isoformat()}

    return {"type": "moment_range", "on_or_after": fixed(after), "before": fixed(before)}


def _moment_bounds(value: str, part: str, tz_offset: float) -> tuple[datetime, datetime]:
    """The first instant a date (or minute) names and the first one after it."""
    zone = local_zone(tz_offset)
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            start = datetime(day.year, day.month, day.day, tzinfo=zone)
            return start, start + timedelta(days=1)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise refuse(part, "a date (YYYY-MM-DD) or date and time was expected.") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    # A minute-precision value (``…T10:00``) is that whole minute, as integrations page by it.
    step = timedelta(minutes=1) if len(value) == 16 else timedelta(microseconds=1)
    try:
        return moment, moment + step
    except OverflowError:
        raise refuse(part, "the date lies outside the calendar.") from None
