"""Paths real clients send: doubled slashes and the legacy plural custom field paths."""

from __future__ import annotations

import pytest

from tests.emulator._driver import emulator, ok


@pytest.mark.parametrize(
    ("sent", "location"),
    [
        ("/api/v1//lead/", "/api/v1/lead/"),
        ("//api/v1/lead//", "/api/v1/lead/"),
        ("/api/v1//lead/?_limit=1", "/api/v1/lead/?_limit=1"),
    ],
)
def test_repeated_slashes_redirect_to_the_merged_path(sent: str, location: str) -> None:
    sent = "http://emulator.test" + sent  # past the client's base URL, as sent
    with emulator() as (_, (api,)):
        response = api.get(sent, follow_redirects=False)
        assert response.status_code == 308
        assert response.headers["location"] == location
        assert "repeated slashes" in response.json()["error"]
        # A client that follows redirects gets the listing, method and body kept.
        assert ok(api.get(sent))["has_more"] is False
        created = api.post(sent.split("?")[0], json={"name": "Acme"})
        assert ok(created)["name"] == "Acme"


def test_the_legacy_plural_custom_field_paths_still_work() -> None:
    with emulator() as (_, (api,)):
        made = ok(api.post("/custom_fields/lead/", json={"name": "Tier", "type": "text"}))
        assert ok(api.get(f"/custom_field/lead/{made['id']}/"))["name"] == "Tier"
        assert ok(api.get(f"/custom_fields/lead/{made['id']}/"))["name"] == "Tier"
        listed = ok(api.get("/custom_fields/lead/"))["data"]
        assert [f["id"] for f in listed] == [made["id"]]
        assert ok(api.delete(f"/custom_fields/lead/{made['id']}/")) == {}
        assert api.get(f"/custom_field/lead/{made['id']}/").status_code == 404
