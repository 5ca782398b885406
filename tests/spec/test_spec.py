"""The pinned spec: valid OpenAPI 3.1, locked, complete, and precise where it must be."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "close.openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

# The operations the project promises (issue #2), by operationId.
_CRUD = ("list_{p}", "create_{s}", "get_{s}", "update_{s}", "delete_{s}")
_NO_GET = ("list_{p}", "create_{s}", "update_{s}", "delete_{s}")
EXPECTED = {
    "merge_leads",
    "associate_shared_custom_field",
    "get_me",
    "list_users",
    "get_user",
    "get_organization",
}
for singular, plural in [
    ("lead", "leads"),
    ("contact", "contacts"),
    ("opportunity", "opportunities"),
    ("custom_object_type", "custom_object_types"),
    ("custom_object", "custom_objects"),
    ("custom_activity_type", "custom_activity_types"),
    ("custom_activity", "custom_activities"),
    ("role", "roles"),
    ("note", "notes"),
]:
    EXPECTED |= {t.format(s=singular, p=plural) for t in _CRUD}
for kind in ("lead", "contact", "opportunity", "activity", "custom_object", "shared"):
    EXPECTED |= {t.format(s=f"{kind}_custom_field", p=f"{kind}_custom_fields") for t in _CRUD}
for target in ("lead", "contact", "opportunity", "custom_activity_type", "custom_object_type"):
    EXPECTED |= {
        f"{verb}_shared_custom_field_{target}_association" for verb in ("get", "update", "delete")
    }
for kind in ("lead", "contact", "opportunity", "activity", "custom_object"):
    EXPECTED |= {f"get_{kind}_custom_field_schema", f"reorder_{kind}_custom_field_schema"}
for singular, plural in [
    ("lead_status", "lead_statuses"),
    ("opportunity_status", "opportunity_statuses"),
    ("pipeline", "pipelines"),
]:
    EXPECTED |= {t.format(s=singular, p=plural) for t in _NO_GET}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_promised_operation_is_present_once(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    assert EXPECTED - set(ids) == set(), "missing operations"


def test_operation_ids_are_snake_case_and_tagged_once(spec: dict[str, Any]) -> None:
    declared_tags = {tag["name"] for tag in spec["tags"]}
    for method, path, op in operations(spec):
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", op["operationId"]), (method, path)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, (method, path)


def test_paths_end_with_a_slash_and_have_no_slash_in_parameters(spec: dict[str, Any]) -> None:
    for path in spec["paths"]:
        assert path.endswith("/"), path
    # The association and schema targets with an id are separate literal paths.
    paths = set(spec["paths"])
    assert {
        "/custom_field/shared/{custom_field_id}/association/custom_activity_type/"
        "{custom_activity_type_id}/",
        "/custom_field/shared/{custom_field_id}/association/custom_object_type/"
        "{custom_object_type_id}/",
        "/custom_field_schema/activity/{custom_activity_type_id}/",
        "/custom_field_schema/custom_object/{custom_object_type_id}/",
    } <= paths


def test_both_security_schemes_and_the_server(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert {(s["type"], s.get("scheme")) for s in schemes.values()} == {
        ("http", "basic"),
        ("http", "bearer"),
        ("oauth2", None),  # named only by the operations OAuth apps alone may call
    }
    oauth_only = [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("security") == [{"oauth2": []}]
    ]
    assert "create_meeting_integration" in oauth_only
    assert spec["servers"][0]["url"] == "https://api.close.com/api/v1"


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_every_operation_documents_close_errors_and_rate_limit_headers(
    spec: dict[str, Any],
) -> None:
    for method, path, op in operations(spec):
        responses = op["responses"]
        for status in ("400", "401", "403", "404", "429"):
            assert status in responses, (method, path, status)
        limited = _resolve(spec, responses["429"])
        assert {"RateLimit", "Retry-After"} <= set(limited["headers"]), (method, path)
        success = [code for code in responses if code.startswith("2")]
        assert len(success) == 1, (method, path)
        assert "RateLimit" in _resolve(spec, responses[success[0]]).get("headers", {})


def test_every_request_and_success_body_is_typed(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        if "requestBody" in op:
            schema = _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
            assert schema.get("type") == "object" and "properties" in schema, (method, path)
        for code, response in op["responses"].items():
            response = _resolve(spec, response)
            if code == "204":
                assert "content" not in response
                continue
            schema = _resolve(spec, response["content"]["application/json"]["schema"])
            assert "properties" in schema or "oneOf" in schema, (method, path, code)


@pytest.mark.parametrize(
    ("operation_id", "status"),
    [
        ("create_lead", "200"),
        ("create_custom_object", "201"),
        ("create_custom_object_type", "201"),
        ("create_custom_activity_type", "201"),
        ("create_pipeline", "201"),
        ("create_role", "201"),
        ("associate_shared_custom_field", "201"),
        ("delete_lead", "200"),
        ("delete_custom_object", "204"),
        ("delete_pipeline", "204"),
        ("delete_shared_custom_field_lead_association", "204"),
    ],
)
def test_close_status_codes(spec: dict[str, Any], operation_id: str, status: str) -> None:
    op = next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)
    assert [code for code in op["responses"] if code.startswith("2")] == [status]


def test_creates_link_to_their_get_update_and_delete(spec: dict[str, Any]) -> None:
    by_id = {op["operationId"]: op for _, _, op in operations(spec)}
    for operation_id, op in by_id.items():
        if not operation_id.startswith("create_"):
            continue
        noun = operation_id.removeprefix("create_")
        success = next(r for c, r in op["responses"].items() if c.startswith("2"))
        links = _resolve(spec, success).get("links", {})
        targets = {link["operationId"] for link in links.values()}
        for verb in ("get", "update", "delete"):
            if f"{verb}_{noun}" in by_id:
                assert f"{verb}_{noun}" in targets, (operation_id, verb)


def test_custom_values_reach_additional_properties(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("Lead", "LeadCreate", "LeadUpdate", "Contact", "Opportunity", "CustomObject"):
        assert schemas[name].get("additionalProperties") not in (None, False), name
    # Bodies that cannot carry custom values refuse junk keys.
    for name in ("CustomFieldCreate", "LeadStatusCreate", "SharedCustomFieldAssociationCreate"):
        assert schemas[name].get("additionalProperties") is False, name


def test_no_enums_on_response_fields_close_may_extend(spec: dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            assert "enum" not in node, where
            for key, value in node.items():
                if key != "$ref":
                    walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    for name in ("Lead", "Contact", "Opportunity", "CustomField", "OpportunityStatus"):
        walk(spec["components"]["schemas"][name], name)


def test_nullable_fields_use_type_lists(spec: dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            assert "nullable" not in node, where
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    walk(spec["components"], "components")
    walk(spec["paths"], "paths")
    description = spec["components"]["schemas"]["Lead"]["properties"]["description"]
    assert description["type"] == ["string", "null"]


def test_the_generated_client_has_a_function_per_operation(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        tag = op["tags"][0]
        module = importlib.import_module(f"close_api.api.{tag}.{op['operationId']}")
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, name)), (op["operationId"], name)
