"""Tests for ``closeext spec-diff``: the spec change report and the coverage report.

Every spec here is a small made-up document built in the test, so the tests need no network and
no file outside the test's own tmp_path.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml


def _load_module() -> ModuleType:
    from closeext.tools import spec_diff

    return spec_diff


sd = _load_module()

Json = dict[str, Any]
STRING: Json = {"type": "string"}


# ----------------------------------------------------------------------------- spec builders


def make_spec(
    paths: Json,
    schemas: Json | None = None,
    *,
    openapi: str = "3.1.0",
    server: str | None = None,
) -> Json:
    spec: Json = {"openapi": openapi, "info": {"title": "Test", "version": "1.0"}, "paths": paths}
    if schemas is not None:
        spec["components"] = {"schemas": schemas}
    if server is not None:
        spec["servers"] = [{"url": server}]
    return spec


def content(schema: Any) -> Json:
    return {"content": {"application/json": {"schema": schema}}}


def ok(schema: Any = None, code: str = "200") -> Json:
    response: Json = {"description": "OK"}
    if schema is not None:
        response.update(content(schema))
    return {code: response}


def obj(properties: Json, required: list[str] | None = None) -> Json:
    schema: Json = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def body_spec(schema: Any, schemas: Json | None = None, *, openapi: str = "3.1.0") -> Json:
    """POST /lead/ with `schema` as its JSON request body."""
    operation = {"operationId": "create_lead", "requestBody": content(schema), "responses": ok()}
    return make_spec({"/lead/": {"post": operation}}, schemas, openapi=openapi)


def response_spec(schema: Any, schemas: Json | None = None, *, openapi: str = "3.1.0") -> Json:
    """GET /lead/{id}/ answering 200 with `schema`."""
    operation = {
        "operationId": "get_lead",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": STRING}],
        "responses": ok(schema),
    }
    return make_spec({"/lead/{id}/": {"get": operation}}, schemas, openapi=openapi)


def params_spec(*params: Json) -> Json:
    operation = {"operationId": "list_leads", "parameters": list(params), "responses": ok()}
    return make_spec({"/lead/": {"get": operation}})


def query(name: str, *, required: bool = False, schema: Json | None = None) -> Json:
    return {"name": name, "in": "query", "required": required, "schema": schema or STRING}


def only_change(report: Any) -> Any:
    assert len(report.changes) == 1, [(c.kind, c.location, c.detail) for c in report.changes]
    return report.changes[0]


# ----------------------------------------------------------------------------- schema changes

# (side, old schema of the `name` field's parent object, new one, kind, breaking, reason part)
SCHEMA_CASES: list[tuple[str, str, Json, Json, str, bool, str]] = [
    ("request optional property added", "request",
     obj({"name": STRING}), obj({"name": STRING, "title": STRING}),
     "property-added", False, "optional"),
    ("request required property added", "request",
     obj({"name": STRING}), obj({"name": STRING, "title": STRING}, ["title"]),
     "required-property-added", True, "rejected"),
    ("request property removed", "request",
     obj({"name": STRING, "title": STRING}), obj({"name": STRING}),
     "property-removed", True, "setting it"),
    ("response property removed", "response",
     obj({"name": STRING, "title": STRING}), obj({"name": STRING}),
     "property-removed", True, "reading it"),
    ("response property added", "response",
     obj({"name": STRING}), obj({"name": STRING, "title": STRING}),
     "property-added", False, "ignores it"),
    ("request type changed", "request",
     obj({"title": STRING}), obj({"title": {"type": "integer"}}),
     "type-changed", True, "rejected"),
    ("request type widened", "request",
     obj({"title": {"type": "integer"}}), obj({"title": {"type": ["integer", "string"]}}),
     "type-widened", False, "accepts every value"),
    ("response type widened", "response",
     obj({"title": {"type": "integer"}}), obj({"title": {"type": ["integer", "string"]}}),
     "type-widened", True, "does not expect"),
    ("response type narrowed", "response",
     obj({"title": {"type": ["integer", "string"]}}), obj({"title": {"type": "integer"}}),
     "type-narrowed", False, "still fits"),
    ("response format date-time", "response",
     obj({"title": STRING}), obj({"title": {"type": "string", "format": "date-time"}}),
     "format-changed", True, "datetime"),
    ("request made required", "request",
     obj({"title": STRING}), obj({"title": STRING}, ["title"]),
     "made-required", True, "rejected"),
    ("request no longer required", "request",
     obj({"title": STRING}, ["title"]), obj({"title": STRING}),
     "made-optional", False, "still work"),
    ("response made required", "response",
     obj({"title": STRING}), obj({"title": STRING}, ["title"]),
     "made-required", False, "always present"),
    ("response no longer required", "response",
     obj({"title": STRING}, ["title"]), obj({"title": STRING}),
     "made-optional", True, "UNSET"),
    ("response made nullable (3.1 type list)", "response",
     obj({"title": STRING}), obj({"title": {"type": ["string", "null"]}}),
     "made-nullable", True, "None"),
    ("request made nullable (3.1 type list)", "request",
     obj({"title": STRING}), obj({"title": {"type": ["string", "null"]}}),
     "made-nullable", False, "accepts null"),
    ("response made nullable (anyOf with null)", "response",
     obj({"title": STRING}), obj({"title": {"anyOf": [STRING, {"type": "null"}]}}),
     "made-nullable", True, "None"),
    ("response made non-nullable", "response",
     obj({"title": {"type": ["string", "null"]}}), obj({"title": STRING}),
     "made-non-nullable", False, "still works"),
    ("request made non-nullable", "request",
     obj({"title": {"type": ["string", "null"]}}), obj({"title": STRING}),
     "made-non-nullable", True, "rejected"),
    ("request enum value removed", "request",
     obj({"title": {"type": "string", "enum": ["a", "b"]}}),
     obj({"title": {"type": "string", "enum": ["a"]}}),
     "enum-values-removed", True, "rejected"),
    ("request enum value added", "request",
     obj({"title": {"type": "string", "enum": ["a"]}}),
     obj({"title": {"type": "string", "enum": ["a", "b"]}}),
     "enum-values-added", False, "accepts more"),
    ("response enum value added", "response",
     obj({"title": {"type": "string", "enum": ["a"]}}),
     obj({"title": {"type": "string", "enum": ["a", "b"]}}),
     "enum-values-added", True, "check enums"),
    ("request enum constraint added", "request",
     obj({"title": STRING}), obj({"title": {"type": "string", "enum": ["a"]}}),
     "enum-added", True, "rejected"),
    ("response enum constraint dropped", "response",
     obj({"title": {"type": "string", "enum": ["a"]}}), obj({"title": STRING}),
     "enum-removed", True, "may come back"),
    ("response enum value removed", "response",
     obj({"title": {"type": "string", "enum": ["a", "b"]}}),
     obj({"title": {"type": "string", "enum": ["a"]}}),
     "enum-values-removed", False, "fewer values"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("side", "old", "new", "kind", "breaking", "reason"),
    [case[1:] for case in SCHEMA_CASES],
    ids=[case[0] for case in SCHEMA_CASES],
)
def test_schema_change_is_judged_from_the_client_side(
    side: str, old: Json, new: Json, kind: str, breaking: bool, reason: str
) -> None:
    build = body_spec if side == "request" else response_spec
    change = only_change(sd.diff_specs(build(old), build(new)))
    assert change.kind == kind
    assert change.breaking is breaking
    assert reason in change.reason
    where = "request body" if side == "request" else "response 200"
    assert change.location in (f"{where}: title", f"{where}: name")


def test_every_kind_of_schema_change_has_a_verdict_on_both_sides() -> None:
    # Schema comparison runs for request bodies and responses alike, so a verdict missing for
    # one side would only show up as a crash on some future spec.
    schema_kinds = {
        "property-added", "required-property-added", "property-removed", "made-required",
        "made-optional", "type-widened", "type-narrowed", "type-changed", "format-changed",
        "made-nullable", "made-non-nullable", "enum-values-added", "enum-values-removed",
        "enum-added", "enum-removed", "variant-added", "variant-removed", "composition-changed",
        "media-type-changed",
    }  # fmt: skip
    judged = {(str(kind), side) for kind, side in sd._VERDICTS}
    missing = {(k, s) for k in schema_kinds for s in ("request", "response")} - judged
    assert missing == set()
    assert {str(kind) for kind in sd.ChangeKind} == {kind for kind, _ in judged}


@pytest.mark.parametrize(("side", "breaking"), [("response", True), ("request", False)])
def test_nullable_in_openapi_30_style(side: str, breaking: bool) -> None:
    build = body_spec if side == "request" else response_spec
    old = build(obj({"title": STRING}), openapi="3.0.3")
    new = build(obj({"title": {"type": "string", "nullable": True}}), openapi="3.0.3")
    change = only_change(sd.diff_specs(old, new))
    assert (change.kind, change.breaking) == ("made-nullable", breaking)


def test_enum_values_are_named_in_the_detail() -> None:
    old = response_spec(obj({"status": {"type": "string", "enum": ["active"]}}))
    new = response_spec(obj({"status": {"type": "string", "enum": ["active", "won", "lost"]}}))
    change = only_change(sd.diff_specs(old, new))
    assert change.detail == 'enum values added: "won", "lost"'


def test_nested_change_is_located_by_its_full_path() -> None:
    def lead(email_type: Json) -> Json:
        email = obj({"email": STRING, "type": email_type})
        contact = obj({"emails": {"type": "array", "items": email}})
        return obj({"data": {"type": "array", "items": obj({"contacts": {
            "type": "array", "items": contact}})}})  # fmt: skip

    old = response_spec(lead(STRING))
    new = response_spec(lead({"type": "integer"}))
    change = only_change(sd.diff_specs(old, new))
    assert change.location == "response 200: data[].contacts[].emails[].type"
    assert change.kind == "type-changed"
    assert change.detail == "type string -> integer"
    assert change.breaking


def test_change_in_a_referenced_schema_is_reported_for_each_operation_using_it() -> None:
    def spec(address: Json) -> Json:
        lead_ref = {"$ref": "#/components/schemas/Lead"}
        paths = {
            "/lead/": {"post": {"operationId": "create_lead", "requestBody": content(lead_ref),
                                "responses": ok(lead_ref)}},
            "/lead/{id}/": {"get": {"operationId": "get_lead", "responses": ok(lead_ref)}},
        }  # fmt: skip
        addresses = {"type": "array", "items": {"$ref": "#/components/schemas/A"}}
        schemas = {
            "Lead": obj({"addresses": addresses}),
            "A": {"$ref": "#/components/schemas/Address"},  # a chain of refs is followed
            "Address": address,
        }
        return make_spec(paths, schemas)

    report = sd.diff_specs(spec(obj({"city": STRING, "zip": STRING})), spec(obj({"city": STRING})))
    seen = sorted((c.operation, c.location, c.breaking) for c in report.changes)
    assert seen == [
        ("GET /lead/{id}/ (get_lead)", "response 200: addresses[].zip", True),
        ("POST /lead/ (create_lead)", "request body: addresses[].zip", True),
        ("POST /lead/ (create_lead)", "response 200: addresses[].zip", True),
    ]
    assert all(c.kind == "property-removed" for c in report.changes)


def test_allof_members_are_merged() -> None:
    schemas_old = {"Base": obj({"id": STRING, "created_by": STRING})}
    schemas_new = {"Base": obj({"id": STRING})}
    merged = {"allOf": [{"$ref": "#/components/schemas/Base"}, obj({"name": STRING})]}
    report = sd.diff_specs(response_spec(merged, schemas_old), response_spec(merged, schemas_new))
    change = only_change(report)
    assert (change.kind, change.location) == ("property-removed", "response 200: created_by")

    # Moving a property from inline into an allOf member changes nothing the client sees.
    flat = obj({"id": STRING, "name": STRING})
    split = {"allOf": [{"$ref": "#/components/schemas/Base"}, obj({"name": STRING})]}
    assert sd.diff_specs(response_spec(flat), response_spec(split, schemas_new)).changes == []


def test_oneof_alternatives_are_compared() -> None:
    schemas = {
        "Email": obj({"email": STRING}),
        "Phone": obj({"phone": STRING}),
        "Url": obj({"url": STRING}),
    }
    one_of = {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in ("Email", "Phone")]}
    more = {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in ("Phone", "Email", "Url")]}
    change = only_change(
        sd.diff_specs(response_spec(one_of, schemas), response_spec(more, schemas))
    )
    assert (change.kind, change.breaking) == ("variant-added", True)
    assert "Url" in change.detail

    # A change inside an alternative is reported at that alternative.
    changed = copy.deepcopy(schemas)
    changed["Phone"] = obj({"phone": {"type": "integer"}})
    report = sd.diff_specs(response_spec(one_of, schemas), response_spec(one_of, changed))
    change = only_change(report)
    assert change.location == "response 200: <Phone>.phone"
    assert change.kind == "type-changed"

    # A union becoming a single model is one breaking change.
    single = {"$ref": "#/components/schemas/Email"}
    change = only_change(sd.diff_specs(body_spec(one_of, schemas), body_spec(single, schemas)))
    assert (change.kind, change.breaking) == ("composition-changed", True)


def test_recursive_schemas_terminate_and_still_report_changes() -> None:
    def schemas(name_type: Json) -> Json:
        return {
            "Node": obj({
                "name": name_type,
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "other": {"$ref": "#/components/schemas/Other"},
            }),
            "Other": obj({"back": {"anyOf": [{"$ref": "#/components/schemas/Node"},
                                             {"type": "null"}]}}),
        }  # fmt: skip

    node = {"$ref": "#/components/schemas/Node"}
    same = sd.diff_specs(response_spec(node, schemas(STRING)), response_spec(node, schemas(STRING)))
    assert same.changes == []
    report = sd.diff_specs(
        response_spec(node, schemas(STRING)), response_spec(node, schemas({"type": "integer"}))
    )
    assert only_change(report).location == "response 200: name"


def test_untyped_body_becoming_typed_is_one_change_not_one_per_property() -> None:
    typed = obj({"name": STRING, "title": STRING, "status": STRING})
    change = only_change(
        sd.diff_specs(response_spec({"description": "Any type"}), response_spec(typed))
    )
    assert (change.kind, change.breaking) == ("type-narrowed", False)
    change = only_change(sd.diff_specs(body_spec(typed), body_spec({})))
    assert (change.kind, change.breaking) == ("type-widened", False)


# ----------------------------------------------------------------------------- parameters

PARAM_CASES: list[tuple[str, list[Json], list[Json], str, bool, str]] = [
    ("optional added", [], [query("_limit")], "parameter-added", False, "optional"),
    ("required added", [], [query("query", required=True)], "required-parameter-added", True,
     "existing calls fail"),
    ("removed", [query("_limit")], [], "parameter-removed", True, "loses the argument"),
    ("made required", [query("q")], [query("q", required=True)], "parameter-made-required", True,
     "leave it out"),
    ("made optional", [query("q", required=True)], [query("q")], "parameter-made-optional", False,
     "still work"),
    ("enum value removed", [query("sort", schema={"type": "string", "enum": ["a", "b"]})],
     [query("sort", schema={"type": "string", "enum": ["a"]})], "enum-values-removed", True,
     "rejected"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "kind", "breaking", "reason"),
    [case[1:] for case in PARAM_CASES],
    ids=[case[0] for case in PARAM_CASES],
)
def test_parameter_changes(
    old: list[Json], new: list[Json], kind: str, breaking: bool, reason: str
) -> None:
    change = only_change(sd.diff_specs(params_spec(*old), params_spec(*new)))
    assert (change.kind, change.breaking) == (kind, breaking)
    assert reason in change.reason
    assert change.operation == "GET /lead/ (list_leads)"
    assert change.location.startswith("query parameter ")


def test_path_level_parameters_count_as_the_operations_own() -> None:
    shared = make_spec({"/lead/": {"parameters": [query("q")], "get": {"responses": ok()}}})
    inline = make_spec({"/lead/": {"get": {"parameters": [query("q")], "responses": ok()}}})
    assert sd.diff_specs(shared, inline).changes == []


# ----------------------------------------------------------------------------- operations


def lead_paths(path: str, param: str, *, op_id: str = "get_lead") -> Json:
    parameter = {"name": param, "in": "path", "required": True, "schema": STRING}
    return {path: {"get": {"operationId": op_id, "parameters": [parameter], "responses": ok()}}}


def test_operation_added_and_removed() -> None:
    old = make_spec({**lead_paths("/lead/{id}/", "id"), "/task/": {"get": {"responses": ok()}}})
    new = make_spec({**lead_paths("/lead/{id}/", "id"), "/note/": {"post": {"responses": ok()}}})
    report = sd.diff_specs(old, new)
    summary = [(c.kind, c.operation, c.breaking) for c in report.changes]
    assert summary == [
        ("operation-added", "POST /note/", False),
        ("operation-removed", "GET /task/", True),
    ]
    assert report.breaking
    assert "disappears" in report.changes[1].reason


def test_renamed_path_parameter_is_a_rename_not_a_removal() -> None:
    report = sd.diff_specs(
        make_spec(lead_paths("/lead/{id}/", "id")),
        make_spec(lead_paths("/lead/{lead_id}/", "lead_id")),
    )
    change = only_change(report)
    assert change.kind == "path-parameter-renamed"
    assert change.operation == "GET /lead/{lead_id}/ (get_lead)"
    assert change.detail == "path parameter {id} renamed to {lead_id}"
    # Breaking for users of the generated client (keyword argument renamed), not for the URL.
    assert change.breaking
    assert "keyword argument" in change.reason


def test_operation_id_and_tag_changes_break_imports() -> None:
    old = make_spec(lead_paths("/lead/{id}/", "id", op_id="get_lead"))
    new = copy.deepcopy(old)
    operation = new["paths"]["/lead/{id}/"]["get"]
    operation["operationId"] = "fetch_lead"
    operation["tags"] = ["leads"]
    kinds = {c.kind: c for c in sd.diff_specs(old, new).changes}
    assert set(kinds) == {"operation-id-changed", "tag-changed"}
    assert all(c.breaking for c in kinds.values())
    assert kinds["operation-id-changed"].detail == "operationId get_lead -> fetch_lead"


def test_status_codes_added_and_removed() -> None:
    def spec(*codes: str) -> Json:
        responses = {c: {"description": c} for c in codes}
        return make_spec({"/lead/": {"get": {"responses": responses}}})

    report = sd.diff_specs(spec("200", "404"), spec("201", "429"))
    verdicts = {(c.kind, c.location): c.breaking for c in report.changes}
    assert verdicts == {
        ("success-status-removed", "response 200"): True,
        ("error-status-removed", "response 404"): False,
        ("status-added", "response 201"): False,
        ("status-added", "response 429"): False,
    }


def test_request_body_added_removed_and_made_required() -> None:
    def spec(body: Json | None) -> Json:
        operation: Json = {"responses": ok()}
        if body is not None:
            operation["requestBody"] = body
        return make_spec({"/lead/": {"post": operation}})

    optional, required = content(obj({})), {**content(obj({})), "required": True}
    cases = [
        (None, optional, "request-body-added", False),
        (None, required, "required-request-body-added", True),
        (optional, None, "request-body-removed", True),
        (optional, required, "request-body-made-required", True),
    ]
    for old, new, kind, breaking in cases:
        change = only_change(sd.diff_specs(spec(old), spec(new)))
        assert (change.kind, change.breaking) == (kind, breaking)


def test_identical_specs_have_no_changes() -> None:
    spec = body_spec({"$ref": "#/components/schemas/Lead"}, {"Lead": obj({"name": STRING})})
    report = sd.diff_specs(spec, copy.deepcopy(spec))
    assert report.changes == [] and not report.breaking
    assert report.render_text().startswith("No changes")


def test_unresolvable_ref_is_a_spec_error() -> None:
    broken = response_spec({"$ref": "#/components/schemas/Missing"})
    with pytest.raises(sd.SpecError, match="new spec: unresolvable \\$ref"):
        sd.diff_specs(response_spec(STRING), broken)


# ----------------------------------------------------------------------------- rendering


def mixed_report() -> Any:
    old = make_spec({**lead_paths("/lead/{id}/", "id"), "/task/": {"get": {"responses": ok()}}})
    new = copy.deepcopy(old)
    del new["paths"]["/task/"]
    new["paths"]["/note/"] = {"post": {"operationId": "create_note", "responses": ok()}}
    new["paths"]["/lead/{id}/"]["get"]["parameters"].append(query("_fields"))
    new["paths"]["/lead/{id}/"]["get"]["responses"]["404"] = {"description": "a | b"}
    return sd.diff_specs(old, new)


def test_markdown_report_shape() -> None:
    markdown = mixed_report().render_markdown()
    lines = markdown.splitlines()
    assert lines[0] == "## OpenAPI spec changes"
    assert "**4 change(s), 1 breaking (version 1.0 -> 1.0)**" in lines
    assert "### Operations removed" in lines
    assert (
        "- **BREAKING** `GET /task/`: the generated function disappears; code calling it breaks"
        in lines
    )
    assert "### Operations added" in lines and "- `POST /note/ (create_note)`" in lines
    assert "#### `GET /lead/{id}/ (get_lead)`" in lines
    header = lines.index("| | Where | Change | Why |")
    assert lines[header + 1] == "|---|---|---|---|"
    rows = [line for line in lines[header + 2 :] if line.startswith("| ")]
    assert len(rows) == 2
    assert all(row.startswith("| ok |") for row in rows)  # both lead changes are compatible


def test_text_report_flags_breaking_changes() -> None:
    text = mixed_report().render_text()
    assert text.splitlines()[0] == "4 change(s), 1 breaking (version 1.0 -> 1.0)"
    assert "  [BREAKING] GET /task/" in text
    assert "query parameter _fields: added" in text


# ----------------------------------------------------------------------------- command line


@pytest.fixture
def spec_files(tmp_path: Path) -> dict[str, Path]:
    """An old spec (YAML) and three successors: breaking, compatible (JSON), and broken."""
    old = make_spec(lead_paths("/lead/{id}/", "id"))
    breaking = make_spec({})
    compatible = copy.deepcopy(old)
    compatible["paths"]["/lead/{id}/"]["get"]["parameters"].append(query("_fields"))
    files = {
        "old": tmp_path / "old.yaml",
        "breaking": tmp_path / "breaking.yaml",
        "compatible": tmp_path / "compatible.json",
        "bad_yaml": tmp_path / "bad.yaml",
        "swagger": tmp_path / "swagger.yaml",
        "bad_ref": tmp_path / "bad_ref.yaml",
    }
    files["old"].write_text(yaml.safe_dump(old))
    files["breaking"].write_text(yaml.safe_dump(breaking))
    files["compatible"].write_text(json.dumps(compatible, indent="\t"))
    files["bad_yaml"].write_text("openapi: 3.1.0\npaths: [unclosed\n")
    files["swagger"].write_text(yaml.safe_dump({"swagger": "2.0", "paths": {}}))
    files["bad_ref"].write_text(yaml.safe_dump(response_spec({"$ref": "#/nowhere"})))
    return files


@pytest.mark.parametrize(
    ("new", "flags", "code"),
    [
        ("breaking", ["--check"], 1),
        ("compatible", ["--check"], 0),
        ("breaking", [], 0),
        ("breaking", ["--check", "--format", "markdown"], 1),
    ],
)
def test_cli_exit_codes(
    spec_files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    new: str,
    flags: list[str],
    code: int,
) -> None:
    assert sd.main([str(spec_files["old"]), str(spec_files[new]), *flags]) == code
    out = capsys.readouterr().out
    assert ("BREAKING" in out) is (new == "breaking")  # the report is printed either way


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("missing", "cannot read"),
        ("bad_yaml", "is not valid YAML"),
        ("swagger", "not an OpenAPI 3.x document"),
        ("bad_ref", "unresolvable $ref '#/nowhere'"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    spec_files: dict[str, Path], capsys: pytest.CaptureFixture[str], bad: str, message: str
) -> None:
    path = spec_files.get(bad, spec_files["old"].with_name("missing.yaml"))
    assert sd.main([str(spec_files["old"]), str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("spec_diff: error: ") and message in captured.err


def test_cli_as_a_process(spec_files: dict[str, Path]) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "closeext.tools", "spec-diff", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    breaking = run(str(spec_files["old"]), str(spec_files["breaking"]), "--check")
    assert breaking.returncode == 1
    assert "[BREAKING] GET /lead/{id}/ (get_lead)" in breaking.stdout
    bad = run(str(spec_files["old"]), str(spec_files["bad_yaml"]), "--check")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and len(bad.stderr.splitlines()) == 1


# ----------------------------------------------------------------------------- coverage

UNTYPED_FORMS: list[Any] = [None, {}, {"description": "Any type"}, obj({})]


def upstream_spec(untyped: Any) -> Json:
    """Three operations under an /api/v1 server; bodies as loosely typed as Close's own."""
    typed = obj({"id": STRING})
    get_lead: Json = {"operationId": "get", "responses": ok(untyped)}
    create_lead: Json = {"operationId": "create", "responses": ok(typed)}
    if untyped is not None:
        create_lead["requestBody"] = content(untyped)
    paths = {
        "/lead/{id}/": {"get": get_lead},
        "/lead/": {"post": create_lead},
        "/task/": {"get": {"operationId": "list", "responses": ok(typed)}},
    }
    return make_spec(paths, server="https://api.close.com/api/v1")


def ours_spec(*, server: str | None, prefix: str) -> Json:
    lead = {"$ref": "#/components/schemas/Lead"}
    paths = {
        f"{prefix}/lead/{{lead_id}}/": {"get": {"operationId": "get_lead", "responses": ok(lead)}},
        f"{prefix}/lead/": {"post": {"operationId": "create_lead", "requestBody": content(lead),
                                     "responses": ok({}, "201")}},
        f"{prefix}/me/": {"get": {"operationId": "get_me", "responses": ok(obj({}))}},
    }  # fmt: skip
    return make_spec(paths, {"Lead": obj({"id": STRING, "name": STRING})}, server=server)


@pytest.mark.parametrize("untyped", UNTYPED_FORMS, ids=["missing", "empty", "any-type", "no-props"])
def test_coverage_counts_operations_and_bodies_ours_types(untyped: Any) -> None:
    report = sd.coverage(
        ours_spec(server="https://api.close.com/api/v1", prefix=""), upstream_spec(untyped)
    )
    assert report.covered == ["GET /lead/{id}/ (get)", "POST /lead/ (create)"]
    assert report.missing == ["GET /task/ (list)"]
    assert report.ours_only == ["GET /me/ (get_me)"]
    assert report.typed_by_ours == [
        ("GET /lead/{lead_id}/ (get_lead)", "response 200"),
        ("POST /lead/ (create_lead)", "request body"),
    ]
    # Upstream types POST /lead/'s response; ours answers 201 with {}.
    assert report.typed_by_upstream_only == [("POST /lead/ (create_lead)", "response 201")]
    assert report.summary == (
        "ours covers 2 of 3 upstream operations (67%); "
        "types 2 request/response bodies upstream leaves untyped"
    )


@pytest.mark.parametrize(
    ("server", "prefix"),
    [
        ("https://api.close.com", "/api/v1"),  # the prefix is in our paths
        ("https://api.close.com/api/v1", "/api/v1"),  # ... and in our server URL too
        (None, "/api/v1"),  # no server at all
        ("/api/v1", ""),  # a relative server URL
    ],
)
def test_coverage_lines_up_base_paths(server: str | None, prefix: str) -> None:
    report = sd.coverage(ours_spec(server=server, prefix=prefix), upstream_spec({}))
    assert len(report.covered) == 2 and report.percent == 67


def test_coverage_ignores_trailing_slashes() -> None:
    ours = make_spec({"/task": {"get": {"responses": ok()}}})
    report = sd.coverage(ours, upstream_spec({}))
    assert report.covered == ["GET /task/ (list)"]


def test_coverage_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours, upstream = tmp_path / "ours.yaml", tmp_path / "upstream.json"
    ours.write_text(yaml.safe_dump(ours_spec(server=None, prefix="/api/v1")))
    upstream.write_text(json.dumps(upstream_spec({"description": "Any type"})))
    argv = ["--coverage", str(upstream), "--ours", str(ours)]
    assert sd.main(argv) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith("ours covers 2 of 3 upstream operations (67%)")
    assert "Upstream operations ours lacks (1):\n  GET /task/ (list)" in text
    assert sd.main([*argv, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("## Coverage of the upstream spec")
    assert "### Upstream operations ours lacks (1)" in markdown
    assert "- `GET /task/ (list)`" in markdown
    # Missing our spec is a clean error too.
    assert sd.main(["--coverage", str(upstream), "--ours", str(tmp_path / "nope.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err
