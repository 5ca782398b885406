"""Note activities: ``/activity/note/``. Plain text and rich text of the same note.

Setting ``note`` or ``note_html`` overwrites the other, and ``note_html`` wins when both are
sent (Close's documented rule); the conversion between them is our own [unverified].
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from .._engine import Write
from .._records import Note, parse_moment, utcnow
from ._support import activity_family

_BREAKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


class _Text(HTMLParser):
    """The text of rich text: one line per paragraph or line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS and self.lines[-1]:
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKS and self.lines[-1]:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        self.lines[-1] += data


def text_of(rich: str) -> str:
    parser = _Text()
    parser.feed(rich)
    parser.close()
    return "\n".join(line for line in parser.lines if line).strip()


def rich_of(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    return f"<body>{paragraphs}</body>"


def _text(write: Write) -> None:
    if "note_html" in write.body:
        write.attrs["note_html"] = write.body["note_html"]
        write.attrs["note"] = text_of(write.body["note_html"])
    elif "note" in write.body:
        write.attrs["note"] = write.body["note"]
        write.attrs["note_html"] = rich_of(write.body["note"])


NOTES = activity_family(
    "Note",
    name="note",
    plural="notes",
    collection="notes",
    record=Note,
    defaults={
        "title": None,
        "note": "",
        "note_html": "<body></body>",
        "pinned": False,
        "attachments": [],
        "activity_at": lambda write: utcnow(),
    },
    convert={"activity_at": parse_moment},
    claims=frozenset({"note", "note_html"}),
    check=_text,
)
