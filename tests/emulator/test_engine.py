"""The resource engine: what a declaration buys, and what it refuses to start with.

The rule tests drive every family over HTTP; these pin the engine's own promises: reads
served from cached renderings always reflect the latest write, a property added to the
spec is stored and shown without code, and a parameter or body property the emulator
would silently ignore stops it from starting.
"""

from __future__ import annotations

import copy
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from closeext.emulator import create_app
from closeext.emulator._engine import bind
from closeext.emulator._resources import FAMILIES
from closeext.emulator._spec import compile_document, default_spec_path, load_spec
from tests.emulator._driver import emulator, ok


def _document() -> dict[str, Any]:
    return copy.deepcopy(dict(load_spec().document))


def _write_spec(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "close.openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def test_cached_reads_follow_every_kind_of_write() -> None:
    with emulator() as (_, (api,)):
        field = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
        key = f"custom.{field['id']}"
        lead = ok(api.post("/lead/", json={"name": "Acme", key: "gold", "contacts": [{}]}))
        contact_id = lead["contacts"][0]["id"]
        for _ in range(2):  # the second read is served from the cache
            (listed,) = ok(api.get("/lead/"))["data"]
            assert listed[key] == "gold" and listed["contacts"][0]["name"] is None
        # A write to a child shows in the embedding parent.
        ok(api.put(f"/contact/{contact_id}/", json={"name": "Ada"}))
        (listed,) = ok(api.get("/lead/"))["data"]
        assert listed["contacts"][0]["name"] == "Ada"
        # A write to a definition changes what every record shows.
        ok(api.delete(f"/custom_field/lead/{field['id']}/"))
        (listed,) = ok(api.get("/lead/"))["data"]
        assert key not in listed
        # A refused write changes nothing, and the cache does not pretend it did.
        assert api.put(f"/lead/{lead['id']}/", json={"custom.cf_missing": 1}).status_code == 400
        assert ok(api.get(f"/lead/{lead['id']}/"))["name"] == "Acme"


def _client(app: Any) -> TestClient:
    client = TestClient(app, base_url="http://emulator.test/api/v1")
    client.auth = httpx.BasicAuth("k", "")
    return client


def _scripted(client: TestClient) -> list[Any]:
    """The same requests on any emulator; the answers with minted ids and dates masked."""
    lead = client.post("/lead/", json={"name": "A", "contacts": [{"name": "c"}]}).json()
    client.post("/opportunity/", json={"lead_id": lead["id"], "value": 500})
    out = [_shape(client.get("/lead/").json()) for _ in range(2)]
    client.put(f"/lead/{lead['id']}/", json={"name": "B"})
    out.append(_shape(client.get("/lead/", params={"_fields": "name"}).json()))
    out.append(_shape(client.get("/lead/").json()))
    out.append(_shape(client.get("/opportunity/").json()))
    return out


def test_without_the_render_cache_the_answers_are_the_same() -> None:
    answers = [
        _scripted(_client(create_app(api_keys=["k"], render_cache=render_cache)))
        for render_cache in (True, False)
    ]
    assert answers[0] == answers[1]
    assert answers[0][2]["data"] == [{"name": "B"}]


def _shape(value: Any) -> Any:
    """The value with ids and timestamps masked: what must not depend on caching."""
    if isinstance(value, dict):
        return {
            k: "*" if (k == "id" or k.endswith(("_id", "_ids", "_by")) or k.startswith("date_"))
            else _shape(v)
            for k, v in value.items()
        }  # fmt: skip
    if isinstance(value, list):
        return [_shape(v) for v in value]
    if isinstance(value, str) and value.startswith("https://app.close.com/lead/"):
        return "*"
    return value


def test_a_property_added_to_the_spec_is_stored_and_shown(tmp_path: Path) -> None:
    document = _document()
    schemas = document["components"]["schemas"]
    for name in ("ContactCreate", "ContactUpdate", "Contact"):
        schemas[name]["properties"]["nickname"] = {"type": ["string", "null"]}
    client = _client(create_app(api_keys=["k"], spec_path=_write_spec(tmp_path, document)))
    created = client.post("/contact/", json={"nickname": "Ace"}).json()
    assert created["nickname"] == "Ace"
    contact = f"/contact/{created['id']}/"
    client.put(contact, json={"nickname": "Bee", "title": "CTO"})
    again = client.get(contact).json()
    assert (again["nickname"], again["title"]) == ("Bee", "CTO")
    plain = client.post("/contact/", json={"name": "n"}).json()
    assert "nickname" not in plain  # never set: left out, not invented


def test_a_list_parameter_nobody_honours_stops_the_emulator() -> None:
    document = _document()
    document["paths"]["/contact/"]["get"]["parameters"].append(
        {"name": "favourite_colour", "in": "query", "schema": {"type": "string"}}
    )
    spec = compile_document(document, default_spec_path())
    with pytest.raises(ValueError, match="favourite_colour"):
        bind(FAMILIES, spec)


def test_a_body_property_nobody_stores_stops_the_emulator() -> None:
    document = _document()
    document["components"]["schemas"]["LeadStatusCreate"]["properties"]["shade"] = {
        "type": "string"
    }
    spec = compile_document(document, default_spec_path())
    with pytest.raises(ValueError, match="shade"):
        bind(FAMILIES, spec)


def test_date_and_membership_filters_come_from_the_declared_parameters() -> None:
    document = _document()
    params = document["paths"]["/contact/"]["get"]["parameters"]
    params.append({"name": "date_created__gte", "in": "query", "schema": {"type": "string"}})
    params.append({"name": "id__in", "in": "query", "schema": {"type": "string"}})
    spec = compile_document(document, default_spec_path())
    bound, _ = bind(FAMILIES, spec)
    listing = bound["contact"].listing
    assert listing is not None
    assert {(f.param, f.attribute, f.kind) for f in listing.filters} == {
        ("date_created__gte", "date_created", "gte"),
        ("id__in", "id", "in"),
    }


def test_deleting_a_lead_removes_everything_that_hangs_off_it() -> None:
    with emulator() as (_, (api,)):
        cotype = ok(api.post("/custom_object_type/", json={"name": "S", "name_plural": "Ss"}), 201)
        actitype = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)
        lead = ok(api.post("/lead/", json={"name": "A", "contacts": [{"name": "c"}]}))
        lid = lead["id"]
        opp = ok(api.post("/opportunity/", json={"lead_id": lid}))
        obj = ok(
            api.post(
                "/custom_object/",
                json={"custom_object_type_id": cotype["id"], "lead_id": lid, "name": "o"},
            ),
            201,
        )
        acti = ok(
            api.post(
                "/activity/custom/",
                json={"custom_activity_type_id": actitype["id"], "lead_id": lid},
            )
        )
        ok(api.delete(f"/lead/{lid}/"))
        for path in (
            f"/contact/{lead['contacts'][0]['id']}/",
            f"/opportunity/{opp['id']}/",
            f"/custom_object/{obj['id']}/",
            f"/activity/custom/{acti['id']}/",
        ):
            assert api.get(path).status_code == 404, path
        # The types and statuses they used are free again.
        assert api.delete(f"/custom_object_type/{cotype['id']}/").status_code == 204
        assert api.delete(f"/custom_activity/{actitype['id']}/").status_code == 204
        assert ok(api.get("/opportunity/"))["total_results"] == 0
