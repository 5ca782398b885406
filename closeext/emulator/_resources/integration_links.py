"""Integration links: ``/integration_link/``. Admin-configured links to other systems.

A link has a ``type`` (``lead``, ``contact`` or ``opportunity``) and a ``url`` template; it
shows, filled in, in the ``integration_links`` of every record of its type. Only members
whose role may manage the organization (admins) may create, change or delete links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from .._engine import Family, Write
from .._organization import Organization
from .._records import Record
from .._render import Getter
from .._types import ApiRequest
from ._support import require_manage_organization

#: ``{{ object.property }}`` tags of a URL template (the documented plain form).
_TAG: Final = re.compile(r"\{\{\s*([a-z_]+)\.([a-z_]+)\s*\}\}")


@dataclass(slots=True, kw_only=True)
class IntegrationLinkDefinition(Record):
    """One configured link: its text, URL template and the kind of record it shows on."""

    name: str
    url: str
    type: str


def _authorize(req: ApiRequest, link: IntegrationLinkDefinition | None) -> None:
    require_manage_organization(req.org, req.user, "integration links")


def drop_nulls(write: Write) -> None:
    """``null`` in an update body leaves the property as it is (Close's nullable PUTs)."""
    for key in [key for key, value in write.attrs.items() if value is None]:
        del write.attrs[key]


INTEGRATION_LINKS = Family(
    name="integration_link",
    plural="integration_links",
    collection="integration_links",
    record=IntegrationLinkDefinition,
    model="IntegrationLink",
    authorize=_authorize,
    check=drop_nulls,
)


def _fill(template: str, objects: dict[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        record = objects.get(match.group(1))
        found = getattr(record, match.group(2), None) if record is not None else None
        # Unknown tags become empty text [unverified]; only plain values are filled in.
        return str(found) if isinstance(found, str | int | float) else ""

    return _TAG.sub(value, template)


def links_of(kind: str) -> Getter:
    """The ``integration_links`` getter of records of ``kind`` (``lead``, ``contact``, …)."""

    def getter(org: Organization, record: Any) -> list[dict[str, str]]:
        links: dict[str, IntegrationLinkDefinition] = org.collection("integration_links")
        if not links:
            return []
        objects: dict[str, Any] = {kind: record}
        lead_id = getattr(record, "lead_id", None)
        if lead_id is not None:
            objects["lead"] = org.leads.get(lead_id)
        return [
            {"name": link.name, "url": _fill(link.url, objects)}
            for link in links.values()
            if link.type == kind
        ]

    return getter
