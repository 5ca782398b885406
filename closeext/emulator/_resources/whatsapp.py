"""WhatsApp messages: ``/activity/whatsapp_message/``, logged from outside Close.

``message_html`` is derived from ``message_markdown`` (read-only); how Close converts it
is not documented, so this is our own [unverified]: escaped, one paragraph per line,
WhatsApp's ``*bold*``, ``_italic_`` and ``~struck~`` as tags.
"""

from __future__ import annotations

import html
import re

from .._engine import CONTACT_ON_LEAD, USER, Family, Write
from .._organization import Organization
from .._records import WhatsAppMessage, parse_moment
from ._support import user_name
from .calls import e164

_STYLES = ((re.compile(r"\*([^*\n]+)\*"), "strong"), (re.compile(r"_([^_\n]+)_"), "em"))
_STRUCK = re.compile(r"~([^~\n]+)~")


def html_of(markdown: str) -> str:
    """WhatsApp markdown as rich text."""
    lines = []
    for line in markdown.split("\n"):
        text = html.escape(line)
        for pattern, tag in _STYLES:
            text = pattern.sub(rf"<{tag}>\1</{tag}>", text)
        text = _STRUCK.sub(r"<s>\1</s>", text)
        lines.append(f"<p>{text}</p>")
    return "".join(lines)


def _check(write: Write) -> None:
    reply_to = write.body.get("response_to_id")
    if reply_to is not None:
        answered = write.org.whatsapp_messages.get(reply_to)
        if answered is None or answered.lead_id != write.parent_id:
            write.fail("response_to_id", "Object does not exist on this lead.")


def _message_html(org: Organization, message: WhatsAppMessage) -> str:
    return html_of(message.message_markdown)


WHATSAPP_MESSAGES = Family(
    name="whatsapp_message",
    plural="whatsapp_messages",
    collection="whatsapp_messages",
    record=WhatsAppMessage,
    model="Activity",
    refs={"contact_id": CONTACT_ON_LEAD, "user_id": USER},
    immutable=("lead_id",),
    defaults={
        "user_id": lambda write: write.req.user.id,
        "attachments": [],
        "integration_link": None,
        "response_to_id": None,
    },
    convert={"activity_at": parse_moment, "local_phone": e164, "remote_phone": e164},
    check=_check,
    computed={
        "_type": lambda org, message: "WhatsAppMessage",
        "user_name": lambda org, message: user_name(org, message.user_id),
        "message_html": _message_html,
    },
)
