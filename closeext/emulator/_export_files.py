"""The files of exports (``/export/…``): written as Close writes them, served at ``download_url``.

An export's file is a list of rows (CSV) or objects (JSON) built from the records' API
renderings, gzip-compressed. CSV rows flatten each object: scalar properties keep their
name, ``custom.cf_…`` keys become ``custom.<field name>`` columns, lists of strings, emails,
phones or urls are joined with ``"; "`` and other nested values are left out
[unverified: Close does not document its columns]. Rows of ``contacts`` and ``lead_opps``
exports carry the lead's columns prefixed ``lead_`` beside the contact's (``contact_``) or
the opportunity's (``opportunity_``).

``date_format`` rewrites the timestamps of CSV files: ``original`` (``2024-01-02
03:04:05.678901+00:00``), ``iso8601`` (``2024-01-02T03:04:05+00:00``) or ``excel`` (UTC,
``2024-01-02 03:04:05 AM``); dates alone stay ``YYYY-MM-DD``.

Files are kept by their organization (``export_files``, not a Close object, so written
directly) and served outside ``/api/v1/`` at ``/_exports/<token>/<name>`` with
``Content-Encoding: gzip`` — to whoever holds the URL, as Close's signed links are.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from starlette.types import Receive, Scope, Send

from ._json import encode
from ._store import World

__all__ = ["PATH", "csv_rows", "handles", "serve", "write"]

PATH: Final = "/_exports/"
_JOINABLE_KEYS: Final = ("email", "phone", "url")


def _moment(value: str, date_format: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if "T" not in value:
        return value  # a date alone
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if date_format == "iso8601":
        return moment.replace(microsecond=0).isoformat()
    if date_format == "excel":
        return moment.astimezone(UTC).strftime("%Y-%m-%d %I:%M:%S %p")
    return moment.isoformat(sep=" ", timespec="microseconds")


def _joined(items: Sequence[Any]) -> str | None:
    parts: list[str] = []
    for item in items:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, Mapping):
            key = next((k for k in _JOINABLE_KEYS if isinstance(item.get(k), str)), None)
            if key is None:
                return None
            parts.append(str(item[key]))
        else:
            return None
    return "; ".join(parts)


def flatten(
    obj: Mapping[str, Any], field_names: Mapping[str, str], prefix: str = ""
) -> dict[str, Any]:
    """One CSV row's columns for ``obj`` (see the module docstring)."""
    row: dict[str, Any] = {}
    for key, value in obj.items():
        if key == "custom":
            continue  # the deprecated name-keyed object repeats the custom.cf_… keys
        if key.startswith("custom."):
            field_id = key.removeprefix("custom.")
            key = "custom." + field_names.get(field_id, field_id)
            if isinstance(value, list):
                value = _joined(value)
        elif isinstance(value, list):
            value = _joined(value)
            if value is None:
                continue
        elif isinstance(value, Mapping):
            continue
        row[prefix + key] = value
    return row


def csv_rows(rows: Iterable[Mapping[str, Any]], date_format: str) -> bytes:
    """The CSV text of ``rows``: the union of their columns, in first-seen order."""
    materialized = list(rows)
    columns: dict[str, None] = {}
    for row in materialized:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in materialized:
        cells = []
        for column in columns:
            value = row.get(column)
            if value is None:
                cells.append("")
            elif isinstance(value, bool):
                cells.append("true" if value else "false")
            elif isinstance(value, str):
                cells.append(_moment(value, date_format))
            else:
                cells.append(str(value))
        writer.writerow(cells)
    return out.getvalue().encode()


def write(objects: list[dict[str, Any]], fmt: str, date_format: str) -> bytes:
    """The gzip-compressed file of an export: CSV rows or a JSON array of objects."""
    if fmt == "csv":
        raw = csv_rows(objects, date_format)
    else:
        raw = json.dumps(objects, ensure_ascii=False).encode()
    # A fixed mtime keeps the bytes a function of the content alone.
    return gzip.compress(raw, mtime=0)


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def handles(scope: Scope) -> bool:
    """Whether the request is for an export's file rather than Close's API."""
    path: str = scope["path"]
    return path.startswith(PATH)


async def serve(world: World, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer ``GET /_exports/<token>/<name>`` with the file (gzip), or a Close-shaped 404."""
    del receive
    method: str = scope["method"]
    if method not in ("GET", "HEAD"):
        message = encode({"error": "The method is not allowed for the requested URL."})
        await _send(send, 405, message, [(b"content-type", b"application/json")])
        return
    token = scope["path"].removeprefix(PATH).split("/", 1)[0]
    for org in world.organizations.values():
        stored = org.collection("export_files").get(token)
        if stored is not None:
            data, content_type = stored
            headers = [
                (b"content-type", content_type.encode()),
                (b"content-encoding", b"gzip"),
            ]
            await _send(send, 200, b"" if method == "HEAD" else data, headers)
            return
    message = encode({"error": "The requested URL was not found on the server."})
    await _send(send, 404, message, [(b"content-type", b"application/json")])
