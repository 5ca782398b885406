"""Compiling the spec: loading once, routing, inlined references and fast parameter checks."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

from closeext.emulator._fastcheck import fast_check
from closeext.emulator._spec import default_spec_path, load_spec

RECURSIVE_SPEC = """
openapi: 3.1.0
info: {title: recursive, version: "1"}
servers: [{url: http://localhost/base/}]
components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
  parameters:
    Kind: {name: kind, in: query, schema: {type: string, enum: [a, b]}}
paths:
  /tree/:
    post:
      operationId: post_tree
      parameters: [{$ref: '#/components/parameters/Kind'}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}
      responses: {"200": {description: ok}}
"""


def test_the_pinned_spec_compiles_with_routes_for_every_operation() -> None:
    spec = load_spec()
    assert spec.path == default_spec_path()
    assert spec.base_path == "/api/v1"
    assert len(spec.operations) >= 100
    for operation in spec.operations.values():
        concrete = operation.template
        values = []
        for param in operation.path_params:
            concrete = concrete.replace("{" + param.name + "}", f"x_{param.name}")
            values.append(f"x_{param.name}")
        matched = spec.router.match(concrete)
        assert matched is not None, operation.template
        route, found = matched
        assert route.operations[operation.method] is operation
        assert found == values
        assert operation.method in route.allow


def test_the_spec_is_parsed_once_and_reread_after_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(RECURSIVE_SPEC)
    first = load_spec(path)
    assert load_spec(path) is first
    path.write_text(RECURSIVE_SPEC.replace("post_tree", "plant_tree"))
    later = time.time() + 5
    os.utime(path, (later, later))
    assert list(load_spec(path).operations) == ["plant_tree"]


def test_recursive_references_validate_at_any_depth(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(RECURSIVE_SPEC)
    spec = load_spec(path)
    assert spec.base_path == "/base"
    operation = spec.operations["post_tree"]
    validator = operation.body_validator
    assert validator is not None
    deep: dict[str, Any] = {"name": "leaf"}
    for level in range(30):
        deep = {"name": f"level {level}", "children": [deep]}
    assert validator.is_valid(deep)
    deep["children"][0]["children"][0]["children"] = [{"children": []}]
    errors = list(validator.iter_errors(deep))
    assert [list(e.absolute_path) for e in errors] == [
        ["children", 0, "children", 0, "children", 0]
    ]
    (kind,) = operation.query_params
    assert kind.is_valid is not None and kind.is_valid("a") and not kind.is_valid("c")


SCALAR_SCHEMAS = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("string")},
        optional={
            "pattern": st.sampled_from(["^lead_[A-Za-z0-9]+$", "^[a-z]", "x"]),
            "minLength": st.integers(0, 3),
            "maxLength": st.integers(0, 6),
            "enum": st.lists(st.text(max_size=3), min_size=1, max_size=3),
        },
    ),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["integer", "number"])},
        optional={"minimum": st.integers(-5, 5), "maximum": st.integers(-5, 200)},
    ),
    st.fixed_dictionaries({"type": st.just("boolean")}),
)
VALUES = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["lead_abc", "lead_", "", "xyz", 2.0, -0.0, 7.5, True]),
    st.integers(-10, 300),
    st.floats(-10, 300, allow_nan=False),
    st.booleans(),
    st.none(),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(schema=SCALAR_SCHEMAS, value=VALUES)
def test_fast_parameter_checks_agree_with_json_schema(schema: dict[str, Any], value: Any) -> None:
    check = fast_check(schema)
    assert check is not None
    assert check(value) == Draft202012Validator(schema).is_valid(value)


@pytest.mark.parametrize(
    "schema",
    [{"type": "string", "format": "date"}, {"anyOf": [{"type": "string"}]}, {"type": "array"}],
)
def test_other_schemas_are_left_to_the_validator(schema: dict[str, Any]) -> None:
    assert fast_check(schema) is None
