"""Naming the targets of shared custom field associations, and their bodies and operations."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeext._associations import AssociationTarget, ObjectType
from closeext._fields import ObjectType as FieldsObjectType
from closeext._helper_errors import InvalidObjectType, InvalidOperation

ACTITYPE = "actitype_1h5m6uHM9BZOpwVhyRJb4Y"
COTYPE = "cotype_1h5m6uHM9BZOpwVhyRJb4Y"

# target, association path segment, object_type, schema path, operation kwargs
TABLE: list[tuple[ObjectType, str, str, str, dict[str, str]]] = [
    (AssociationTarget.lead(), "lead", "lead", "lead", {}),
    (AssociationTarget.contact(), "contact", "contact", "contact", {}),
    (AssociationTarget.opportunity(), "opportunity", "opportunity", "opportunity", {}),
    (
        AssociationTarget.custom_activity_type(ACTITYPE),
        f"custom_activity_type/{ACTITYPE}",
        "custom_activity_type",
        f"activity/{ACTITYPE}",
        {"custom_activity_type_id": ACTITYPE},
    ),
    (
        AssociationTarget.custom_object_type(COTYPE),
        f"custom_object_type/{COTYPE}",
        "custom_object_type",
        f"custom_object/{COTYPE}",
        {"custom_object_type_id": COTYPE},
    ),
]
IDS = ["lead", "contact", "opportunity", "actitype", "cotype"]


def test_one_class_names_targets_everywhere() -> None:
    assert AssociationTarget is ObjectType is FieldsObjectType


@pytest.mark.parametrize(("target", "segment", "kind", "schema_path", "kwargs"), TABLE, ids=IDS)
def test_names_of_every_target(
    target: ObjectType, segment: str, kind: str, schema_path: str, kwargs: dict[str, str]
) -> None:
    assert target.path_segment == segment
    assert str(target) == segment
    assert target.object_type == kind
    assert target.operation_suffix == kind
    assert target.schema_path == schema_path
    assert target.operation_kwargs == kwargs
    assert ObjectType.parse(segment) == target
    assert ObjectType.parse(schema_path) == target
    assert eval(repr(target), {"ObjectType": ObjectType}) == target


@pytest.mark.parametrize(("target", "segment", "kind", "schema_path", "kwargs"), TABLE, ids=IDS)
@pytest.mark.parametrize("action", ["get", "update", "delete"])
def test_association_operation_names_the_generated_function(
    target: ObjectType,
    segment: str,
    kind: str,
    schema_path: str,
    kwargs: dict[str, str],
    action: Any,
) -> None:
    operation = target.association_operation(action)
    assert operation.operation_id == f"{action}_shared_custom_field_{kind}_association"
    assert operation.kwargs == kwargs


@pytest.mark.parametrize("target", [t[0] for t in TABLE], ids=IDS)
def test_creating_an_association_is_one_operation_for_every_target(target: ObjectType) -> None:
    operation = target.association_operation("create")
    assert operation.operation_id == "associate_shared_custom_field"
    assert operation.kwargs == {}


@pytest.mark.parametrize(
    ("target", "schema_name"),
    [
        (ObjectType.lead(), "lead"),
        (ObjectType.contact(), "contact"),
        (ObjectType.opportunity(), "opportunity"),
        (ObjectType.custom_activity_type(ACTITYPE), "activity"),
        (ObjectType.custom_object_type(COTYPE), "custom_object"),
    ],
)
@pytest.mark.parametrize("action", ["get", "reorder"])
def test_schema_operation_names_the_generated_function(
    target: ObjectType, schema_name: str, action: Any
) -> None:
    operation = target.schema_operation(action)
    assert operation.operation_id == f"{action}_{schema_name}_custom_field_schema"
    assert operation.kwargs == target.operation_kwargs


def test_unknown_actions_are_refused() -> None:
    with pytest.raises(InvalidOperation, match="list"):
        ObjectType.lead().association_operation("list")  # type: ignore[arg-type]
    with pytest.raises(InvalidOperation, match="delete"):
        ObjectType.lead().schema_operation("delete")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lead/", ObjectType.lead()),
        ("/contact/", ObjectType.contact()),
        ("  opportunity ", ObjectType.opportunity()),
        (f"custom_activity_type/{ACTITYPE}/", ObjectType.custom_activity_type(ACTITYPE)),
        (f"/custom_object_type/{COTYPE}", ObjectType.custom_object_type(COTYPE)),
        (ACTITYPE, ObjectType.custom_activity_type(ACTITYPE)),
        (COTYPE, ObjectType.custom_object_type(COTYPE)),
    ],
)
def test_parse_tolerates_slashes_spaces_and_bare_ids(text: str, expected: ObjectType) -> None:
    assert ObjectType.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Unknown object type"),
        ("leads", "Unknown object type"),
        ("Lead", "Unknown object type"),
        ("task", "Unknown object type"),
        ("lead/extra", "take an id"),
        ("custom_activity_type", "needs a custom_activity_type_id"),
        ("custom_activity_type/", "needs a custom_activity_type_id"),
        ("custom_object_type", "needs a custom_object_type_id"),
        (f"custom_activity_type/{COTYPE}", "expected actitype_"),
        (f"custom_object_type/{ACTITYPE}", "expected cotype_"),
        ("custom_activity_type/catype_abc", "placeholder"),
        ("custom_activity_type/actitype_", "expected actitype_"),
        ("custom_activity_type/actitype_a-b", "expected actitype_"),
        (f"custom_activity_type/{ACTITYPE}/x", "extra path"),
        ("actitype_", "expected actitype_"),
    ],
)
def test_parse_refuses_bad_targets_clearly(text: str, message: str) -> None:
    with pytest.raises(InvalidObjectType, match=message) as info:
        ObjectType.parse(text)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [None, 3, ["lead"]])
def test_parse_refuses_non_strings(bad: Any) -> None:
    with pytest.raises(InvalidObjectType):
        ObjectType.parse(bad)


@pytest.mark.parametrize(
    ("kind", "type_id"),
    [
        ("lead", ACTITYPE),
        ("custom_activity_type", None),
        ("deal", None),
        ("custom_object_type", ""),
    ],
)
def test_constructor_validates(kind: Any, type_id: Any) -> None:
    with pytest.raises(InvalidObjectType):
        ObjectType(kind, type_id)


suffixes = st.from_regex(r"[A-Za-z0-9]{1,22}", fullmatch=True)
targets = st.one_of(
    st.sampled_from([ObjectType.lead(), ObjectType.contact(), ObjectType.opportunity()]),
    suffixes.map(lambda s: ObjectType.custom_activity_type("actitype_" + s)),
    suffixes.map(lambda s: ObjectType.custom_object_type("cotype_" + s)),
)


@given(targets)
def test_parse_round_trips(target: ObjectType) -> None:
    assert ObjectType.parse(str(target)) == target
    assert ObjectType.parse(target.schema_path) == target
    assert ObjectType.coerce(str(target)) == target
    assert ObjectType.coerce(target) is target
    assert ObjectType.from_association(target.create_body()) == target
    assert hash(ObjectType.parse(str(target))) == hash(target)


@given(st.text(max_size=40))
def test_parse_answers_any_text_with_a_target_or_invalid_object_type(text: str) -> None:
    try:
        target = ObjectType.parse(text)
    except InvalidObjectType:
        return
    assert ObjectType.parse(str(target)) == target


# -- bodies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "kwargs", "body"),
    [
        (ObjectType.lead(), {}, {"object_type": "lead"}),
        (
            ObjectType.lead(),
            {"required": False, "editable_with_roles": []},
            {"object_type": "lead", "required": False, "editable_with_roles": []},
        ),
        (
            ObjectType.contact(),
            {"editable_with_roles": ("admin", "role_abc", "superuser", "user", "restricteduser")},
            {
                "object_type": "contact",
                "editable_with_roles": ["admin", "role_abc", "superuser", "user", "restricteduser"],
            },
        ),
        (
            ObjectType.custom_activity_type(ACTITYPE),
            {"required": True},
            {
                "object_type": "custom_activity_type",
                "custom_activity_type_id": ACTITYPE,
                "required": True,
            },
        ),
        (
            ObjectType.custom_object_type(COTYPE),
            {"required": True, "editable_with_roles": ["admin"]},
            {
                "object_type": "custom_object_type",
                "custom_object_type_id": COTYPE,
                "required": True,
                "editable_with_roles": ["admin"],
            },
        ),
    ],
)
def test_create_body(target: ObjectType, kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    assert target.create_body(**kwargs) == body


@pytest.mark.parametrize(
    "target", [ObjectType.lead(), ObjectType.contact(), ObjectType.opportunity()]
)
def test_required_true_is_refused_where_close_ignores_it(target: ObjectType) -> None:
    with pytest.raises(InvalidOperation, match="no effect"):
        target.create_body(required=True)
    with pytest.raises(InvalidOperation, match="no effect"):
        target.update_body(required=True)


@pytest.mark.parametrize(
    "roles",
    ["admin", ["admin", 3], [""], [None], ["Admin"], ["role_"], ["sales"]],
    ids=["bare-str", "int", "empty", "none", "name-not-id", "no-suffix", "unknown"],
)
def test_editable_with_roles_must_be_a_list_of_ids(roles: Any) -> None:
    with pytest.raises(InvalidOperation, match="editable_with_roles"):
        ObjectType.lead().create_body(editable_with_roles=roles)


def test_required_must_be_a_bool() -> None:
    with pytest.raises(InvalidOperation, match="bool"):
        ObjectType.custom_activity_type(ACTITYPE).create_body(required="yes")  # type: ignore[arg-type]


def test_update_body_carries_only_what_can_change() -> None:
    target = ObjectType.custom_object_type(COTYPE)
    assert target.update_body(required=False) == {"required": False}
    assert target.update_body(editable_with_roles=["admin"]) == {"editable_with_roles": ["admin"]}
    with pytest.raises(InvalidOperation, match="needs"):
        target.update_body()


@pytest.mark.parametrize(
    ("association", "expected"),
    [
        ({"object_type": "lead", "editable_with_roles": [], "required": False}, ObjectType.lead()),
        (
            {"object_type": "custom_activity_type", "custom_activity_type_id": ACTITYPE},
            ObjectType.custom_activity_type(ACTITYPE),
        ),
    ],
)
def test_from_association_reads_close_output(
    association: dict[str, Any], expected: ObjectType
) -> None:
    assert ObjectType.from_association(association) == expected


@pytest.mark.parametrize(
    "association",
    [
        {},
        {"object_type": "deal"},
        {"object_type": "custom_object_type"},
        {"object_type": 1},
        "lead",
    ],
)
def test_from_association_refuses_incomplete_objects(association: Any) -> None:
    with pytest.raises(InvalidObjectType):
        ObjectType.from_association(association)
