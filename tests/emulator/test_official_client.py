"""Close's own Python client (`closeio` on PyPI) works against the emulator unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from closeio_api import API, APIError, ValidationError


@pytest.fixture
def official(close_emulator_fresh: Any) -> API:
    return API(close_emulator_fresh.base_url, api_key=close_emulator_fresh.api_key, tz_offset=0)


def test_create_update_with_add_and_delete(official: API) -> None:
    tags = official.post(
        "custom_field/lead",
        {"name": "Tags", "type": "choices", "choices": ["a", "b"], "accepts_multiple_values": True},
    )
    key = f"custom.{tags['id']}"
    lead = official.post("lead", {"name": "Acme", key: ["a"], "contacts": [{"name": "Jo"}]})
    assert lead[key] == ["a"]
    assert lead["contacts"][0]["name"] == "Jo"

    updated = official.put(f"lead/{lead['id']}", {f"{key}.add": "b", "description": "big"})
    assert updated[key] == ["a", "b"]
    assert updated["description"] == "big"
    assert official.get(f"lead/{lead['id']}")[key] == ["a", "b"]

    page = official.get("lead", params={"_limit": 10})
    assert [item["id"] for item in page["data"]] == [lead["id"]]
    assert page["has_more"] is False

    assert official.delete(f"lead/{lead['id']}") == {}
    with pytest.raises(APIError) as info:
        official.get(f"lead/{lead['id']}")
    assert info.value.response.status_code == 404


def test_validation_errors_reach_its_validation_error(official: API) -> None:
    tier = official.post("custom_field/lead", {"name": "Tier", "type": "choices", "choices": ["x"]})
    with pytest.raises(ValidationError) as info:
        official.post("lead", {"name": "Acme", f"custom.{tier['id']}": "nope"})
    assert f"custom.{tier['id']}" in info.value.field_errors


def test_its_204_deletes_and_201_creates(official: API) -> None:
    pipeline = official.post("pipeline", {"name": "Renewals"})
    assert pipeline["id"].startswith("pipe_")
    assert official.delete(f"pipeline/{pipeline['id']}") == ""
