"""The generated models keep `custom.cf_…` values: they land in `additional_properties`."""

from __future__ import annotations

from typing import Any

from close_api.models.lead import Lead
from close_api.models.lead_update import LeadUpdate

LEAD: dict[str, Any] = {
    "id": "lead_" + "a" * 43,
    "name": "Acme",
    "display_name": "Acme",
    "status_id": "stat_" + "b" * 43,
    "status_label": "Potential",
    "description": None,
    "organization_id": "orga_" + "c" * 43,
    "date_created": "2026-11-22T05:30:24.844000+00:00",
    "date_updated": "2026-11-22T05:30:24.844000+00:00",
    "custom.cf_text": "hello",
    "custom.cf_number": 5.5,
    "custom.cf_multi": ["A", "B"],
    "custom.cf_user": "user_" + "d" * 43,
}


def test_a_lead_with_custom_values_round_trips_without_loss() -> None:
    lead = Lead.from_dict(LEAD)
    assert lead.additional_properties["custom.cf_multi"] == ["A", "B"]
    assert lead["custom.cf_number"] == 5.5
    assert lead.to_dict() == LEAD
    assert Lead.from_dict(lead.to_dict()).to_dict() == LEAD


def test_an_update_carries_add_remove_and_unset_keys() -> None:
    body = {
        "name": "Renamed",
        "custom.cf_multi.add": "C",
        "custom.cf_multi.remove": "A",
        "custom.cf_text": None,
    }
    update = LeadUpdate.from_dict(body)
    assert update.to_dict() == body
