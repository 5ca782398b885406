"""The update builder: Close's body for set/unset/add/remove, and every refusal."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeext._fields import FieldDef, FieldRegistry, ObjectType, parse_field_key
from closeext._helper_errors import (
    AmbiguousFieldName,
    ConflictingUpdate,
    InvalidFieldKey,
    InvalidFieldValue,
    InvalidOperation,
    UnknownField,
)
from closeext._updates import Update

CF_INDUSTRY = "cf_Industry1"
CF_TAGS = "cf_Tags1"
CF_SCORE = "cf_Score1"
CF_CLOSE = "cf_CloseDate1"
CF_CALL = "cf_NextCall1"
CF_OWNER = "cf_Owner1"
CF_OWNERS = "cf_Owners1"
CF_CONTACTS = "cf_Contacts1"
CF_RESOURCE = "cf_Resource1"
CF_SECRET = "cf_Hidden1"
CF_NOTE = "cf_Note1"
CF_REGION_A = "cf_RegionA"
CF_REGION_B = "cf_RegionB"


def field(id: str, name: str, type: str, **extra: Any) -> dict[str, Any]:
    return {"id": id, "name": name, "type": type, **extra}


LEAD_SCHEMA = {
    "fields": [
        field(CF_INDUSTRY, "Industry", "choices", choices=["Software", "Retail"]),
        field(
            CF_TAGS, "Tags", "choices", choices=["vip", "new", "old"], accepts_multiple_values=True
        ),
        field(CF_SCORE, "Score", "number", is_shared=True),
        field(CF_CLOSE, "Close date", "date"),
        field(CF_CALL, "Next call", "datetime"),
        field(CF_OWNER, "Owner", "user"),
        field(CF_OWNERS, "Owners", "user", accepts_multiple_values=True),
        field(CF_CONTACTS, "Champions", "contact", accepts_multiple_values=True),
        field(CF_RESOURCE, "Resource", "custom_object", referenced_custom_type_id="cotype_a"),
        field(CF_SECRET, "Sync state", "hidden"),
        field(CF_NOTE, "Note", "text"),
        field(CF_REGION_A, "Region", "text"),
        field(CF_REGION_B, "Region", "text"),
    ]
}
PST = dt.timezone(dt.timedelta(hours=-8))


@pytest.fixture
def update() -> Update:
    registry = FieldRegistry({"lead": LEAD_SCHEMA})
    return Update(registry=registry, object_type=ObjectType.lead())


# -- output ------------------------------------------------------------------------------


def test_builder_output_by_name(update: Update) -> None:
    body = (
        update.set("Industry", "Software")
        .add("Tags", "vip")
        .remove("Owners", "user_old")
        .unset("Close date")
        .set("Score", 4.5)
        .set_attrs(name="Acme", status_id="stat_1")
        .build()
    )
    assert body == {
        "name": "Acme",
        "status_id": "stat_1",
        f"custom.{CF_INDUSTRY}": "Software",
        f"custom.{CF_TAGS}.add": "vip",
        f"custom.{CF_OWNERS}.remove": "user_old",
        f"custom.{CF_CLOSE}": None,
        f"custom.{CF_SCORE}": 4.5,
    }
    assert list(body)[:2] == ["name", "status_id"]  # ordinary attributes first
    json.dumps(body)


def test_builder_output_by_id_without_registry() -> None:
    body = (
        Update()
        .set(CF_TAGS, ["vip", "new"])
        .unset(CF_NOTE)
        .add(CF_OWNERS, "user_a")
        .remove(CF_CONTACTS, "cont_b")
        .set("lcf_Legacy", "x")
        .build()
    )
    assert body == {
        f"custom.{CF_TAGS}": ["vip", "new"],
        f"custom.{CF_NOTE}": None,
        f"custom.{CF_OWNERS}.add": "user_a",
        f"custom.{CF_CONTACTS}.remove": "cont_b",
        "custom.lcf_Legacy": "x",
    }


def test_ids_and_field_defs_work_with_a_registry(update: Update) -> None:
    definition = FieldDef(id=CF_NOTE, name="Note", type="text")
    body = update.set(CF_INDUSTRY, "Retail").set(definition, "hello").build()
    assert body == {f"custom.{CF_INDUSTRY}": "Retail", f"custom.{CF_NOTE}": "hello"}


@pytest.mark.parametrize(
    ("name", "value", "sent"),
    [
        ("Close date", dt.date(2014, 6, 12), "2014-06-12"),
        ("Close date", "2014-06-12", "2014-06-12"),
        ("Next call", dt.datetime(2014, 6, 27, 22, tzinfo=PST), "2014-06-27T22:00:00-08:00"),
        ("Next call", "2014-06-27T22:00:00-08:00", "2014-06-27T22:00:00-08:00"),
        ("Next call", "2014-06-27T22:00:00Z", "2014-06-27T22:00:00Z"),
        ("Score", 2, 2),
        ("Score", 5.5, 5.5),
        ("Score", Decimal("7.00"), 7),
        ("Score", Decimal("0.1"), 0.1),
        ("Owner", "user_abc", "user_abc"),
        ("Owner", "John Doe", "John Doe"),  # Close accepts exact names for user fields
        ("Owners", ["user_a", "user_b"], ["user_a", "user_b"]),
        ("Owners", ("user_a",), ["user_a"]),
        ("Owners", [], []),  # clears a multi-value field
        ("Champions", ["cont_a"], ["cont_a"]),
        ("Resource", "custobj_a", "custobj_a"),
        (
            "Sync state",
            {"cursor": 3, "seen": [dt.date(2020, 1, 2)]},
            {"cursor": 3, "seen": ["2020-01-02"]},
        ),
        ("Sync state", ["any", 1, None], ["any", 1, None]),
        ("Tags", ["vip"], ["vip"]),
        ("Note", "", ""),
    ],
)
def test_values_are_serialised_for_json(update: Update, name: str, value: Any, sent: Any) -> None:
    body = update.set(name, value).build()
    (key,) = body
    assert body[key] == sent
    assert type(body[key]) is type(sent)
    json.dumps(body)


def test_set_none_is_unset(update: Update) -> None:
    assert update.set("Tags", None).build() == {f"custom.{CF_TAGS}": None}


def test_setting_twice_keeps_the_last_call(update: Update) -> None:
    body = update.set("Note", "a").set("Score", 1).set("Note", "b").unset("Score").build()
    assert body == {f"custom.{CF_NOTE}": "b", f"custom.{CF_SCORE}": None}
    assert list(body) == [f"custom.{CF_NOTE}", f"custom.{CF_SCORE}"]


def test_add_and_remove_of_different_values_combine(update: Update) -> None:
    body = update.add("Tags", "vip").remove("Tags", "old").build()
    assert body == {f"custom.{CF_TAGS}.add": "vip", f"custom.{CF_TAGS}.remove": "old"}


def test_build_returns_a_fresh_copy(update: Update) -> None:
    update.set("Tags", ["vip"])
    first = update.build()
    first[f"custom.{CF_TAGS}"].append("new")
    assert update.build() == {f"custom.{CF_TAGS}": ["vip"]}


def test_is_idempotent_flags_incremental_updates(update: Update) -> None:
    assert update.set("Tags", ["vip"]).is_idempotent
    assert not update.add("Owners", "user_a").is_idempotent
    assert len(update) == 2


def test_repr_shows_keys_but_not_values(update: Update) -> None:
    update.set("Note", "private note text").set_attr("name", "Acme")
    text = repr(update)
    assert f"custom.{CF_NOTE}" in text and "name" in text
    assert "private note text" not in text


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["set", "unset", "add", "remove"]),
            st.sampled_from([CF_TAGS, CF_OWNERS, "lcf_Other"]),
            st.sampled_from(["vip", "new", "old"]),
        ),
        max_size=8,
    )
)
def test_accepted_bodies_never_mix_whole_and_incremental_keys(ops: list[Any]) -> None:
    update = Update()
    for op, field_id, value in ops:
        try:
            if op in ("set",):
                update.set(field_id, [value])
            elif op == "unset":
                update.unset(field_id)
            else:
                getattr(update, op)(field_id, value)
        except ConflictingUpdate:
            pass
    body = update.build()
    parsed = [parse_field_key(k) for k in body]
    assert all(p is not None for p in parsed)
    by_field: dict[str, set[Any]] = {}
    for p in parsed:
        assert p is not None
        by_field.setdefault(p[0], set()).add(p[1])
    for ops_on_field in by_field.values():
        assert None not in ops_on_field or ops_on_field == {None}
    if body.get(f"custom.{CF_TAGS}.add") is not None:
        assert body[f"custom.{CF_TAGS}.add"] != body.get(f"custom.{CF_TAGS}.remove")


# -- generated models --------------------------------------------------------------------


@attrs.define
class LeadUpdateModel:
    """Shaped like an openapi-python-client request model with additionalProperties."""

    name: str | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            out["name"] = self.name
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LeadUpdateModel:
        data = dict(src_dict)
        model = cls(name=data.pop("name", None))
        model.additional_properties = data
        return model


def test_to_model_puts_custom_keys_in_additional_properties(update: Update) -> None:
    update.set_attr("name", "Acme").add("Tags", "vip").set("Score", 3)
    model = update.to_model(LeadUpdateModel)
    assert isinstance(model, LeadUpdateModel)
    assert model.name == "Acme"
    assert model.additional_properties == {f"custom.{CF_TAGS}.add": "vip", f"custom.{CF_SCORE}": 3}
    assert model.to_dict() == update.build()


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("Industry", "Agriculture", "not one of its choices"),
        ("Industry", ["Software"], "a list on a single-value field"),
        ("Note", ["a", "b"], "a list on a single-value field"),
        ("Score", {1, 2}, "a list on a single-value field"),
        ("Tags", "vip", "takes a list"),
        ("Tags", ["vip", "gold"], "not one of its choices"),
        ("Owners", "user_a", "use .add()"),
        ("Score", "5", "expected a number"),
        ("Score", True, "expected a number"),
        ("Score", float("nan"), "NaN"),
        ("Score", Decimal("Infinity"), "NaN or infinity"),
        ("Score", Decimal("sNaN"), "NaN or infinity"),
        ("Close date", "12/06/2014", "YYYY-MM-DD"),
        ("Close date", "2014-02-30", "YYYY-MM-DD"),
        ("Close date", "20140612", "YYYY-MM-DD"),
        ("Close date", dt.datetime(2014, 6, 12, tzinfo=dt.UTC), "datetime.date"),
        ("Close date", 20140612, "YYYY-MM-DD"),
        ("Next call", dt.datetime(2014, 6, 27, 22), "aware datetime"),
        ("Next call", "2014-06-27T22:00:00", "aware datetime"),
        ("Next call", "2014-06-27", "aware datetime"),
        ("Next call", dt.date(2014, 6, 27), "aware datetime"),
        ("Next call", "soon", "aware datetime"),
        ("Note", 5, "expected a string"),
        ("Owner", "", "expected a user id"),
        ("Owner", 7, "expected a user id"),
        ("Champions", ["lead_a"], "cont_"),
        ("Resource", "cont_a", "custobj_"),
        ("Sync state", object(), "cannot be sent as JSON"),
        ("Sync state", {1: "x"}, "keys must be strings"),
    ],
)
def test_invalid_values_are_refused_before_sending(
    update: Update, name: str, value: Any, reason: str
) -> None:
    with pytest.raises(InvalidFieldValue, match="custom field") as info:
        update.set(name, value)
    assert reason in str(info.value)
    assert update.build() == {}  # nothing half-written


@pytest.mark.parametrize("op", ["add", "remove"])
@pytest.mark.parametrize("name", ["Industry", "Note", "Owner", "Score"])
def test_incremental_ops_need_a_multi_value_field(update: Update, op: str, name: str) -> None:
    with pytest.raises(InvalidOperation, match="multi-value field") as info:
        getattr(update, op)(name, "Software")
    assert f".{op}()" in str(info.value)


@pytest.mark.parametrize("op", ["add", "remove"])
@pytest.mark.parametrize("value", [["vip"], ("vip", "new"), None, {"vip"}])
def test_incremental_ops_take_exactly_one_value(op: str, value: Any) -> None:
    with pytest.raises(InvalidOperation, match="exactly one value"):
        getattr(Update(), op)(CF_TAGS, value)


@pytest.mark.parametrize("op", ["add", "remove"])
def test_incremental_values_are_checked(update: Update, op: str) -> None:
    with pytest.raises(InvalidFieldValue, match="choices"):
        getattr(update, op)("Tags", "gold")
    with pytest.raises(InvalidFieldValue, match="cont_"):
        getattr(update, op)("Champions", "user_x")


@pytest.mark.parametrize(
    "calls",
    [
        [("set", ["vip"]), ("add", "new")],
        [("add", "new"), ("set", ["vip"])],
        [("unset", None), ("remove", "vip")],
        [("remove", "vip"), ("unset", None)],
        [("add", "vip"), ("add", "new")],
        [("remove", "vip"), ("remove", "new")],
        [("add", "vip"), ("remove", "vip")],
        [("remove", "vip"), ("add", "vip")],
    ],
)
def test_conflicts_on_one_field_are_refused(update: Update, calls: list[Any]) -> None:
    *first, last = calls
    for op, value in first:
        getattr(update, op)("Tags", *([] if op == "unset" else [value]))
    before = update.build()
    op, value = last
    with pytest.raises(ConflictingUpdate):
        getattr(update, op)("Tags", *([] if op == "unset" else [value]))
    assert update.build() == before


def test_conflicts_are_caught_across_name_and_id(update: Update) -> None:
    update.set("Tags", ["vip"])
    with pytest.raises(ConflictingUpdate):
        update.add(CF_TAGS, "new")


def test_conflicts_are_caught_without_registry() -> None:
    update = Update().add(CF_TAGS, "vip")
    with pytest.raises(ConflictingUpdate, match="no promised order"):
        update.set(CF_TAGS, ["new"])


def test_unknown_and_ambiguous_names_are_refused(update: Update) -> None:
    with pytest.raises(UnknownField, match="Did you mean 'Industry'"):
        update.set("industry", "Software")
    with pytest.raises(AmbiguousFieldName, match="cf_RegionA, cf_RegionB"):
        update.set("Region", "EMEA")
    with pytest.raises(UnknownField, match="on lead"):
        update.set("cf_NotOnLeads", "x")  # a well-formed id this object type lacks


def test_names_without_registry_are_refused() -> None:
    with pytest.raises(UnknownField, match="registry="):
        Update().set("Industry", "Software")


@pytest.mark.parametrize("op", ["set", "add", "remove"])
def test_body_keys_instead_of_ids_get_a_hint(op: str) -> None:
    with pytest.raises(UnknownField, match="not the body key"):
        getattr(Update(), op)(f"custom.{CF_TAGS}", "x")


def test_without_registry_only_shape_is_checked() -> None:
    # No definition: a list on what may be a single-value field cannot be known.
    assert Update().set(CF_NOTE, ["a"]).build() == {f"custom.{CF_NOTE}": ["a"]}
    with pytest.raises(InvalidFieldValue, match="timezone"):
        Update().set(CF_CALL, dt.datetime(2020, 1, 1))
    with pytest.raises(InvalidFieldValue, match="NaN"):
        Update().set(CF_SCORE, float("inf"))


def test_registry_needs_an_object_type() -> None:
    with pytest.raises(TypeError, match="object_type"):
        Update(registry=FieldRegistry({"lead": LEAD_SCHEMA}))


@pytest.mark.parametrize("name", ["custom", f"custom.{CF_NOTE}", "", 3])
def test_set_attr_refuses_custom_keys_and_bad_names(name: Any) -> None:
    with pytest.raises(InvalidOperation):
        Update().set_attr(name, "x")


def test_set_attr_serialises_values() -> None:
    body = (
        Update()
        .set_attrs(
            date_won=dt.date(2019, 1, 15),
            value=Decimal("1000"),
            addresses=[{"city": "Paris", "country": "FR"}],
            description=None,
        )
        .build()
    )
    assert body == {
        "date_won": "2019-01-15",
        "value": 1000,
        "addresses": [{"city": "Paris", "country": "FR"}],
        "description": None,
    }
    with pytest.raises(InvalidFieldValue, match="attribute 'when'"):
        Update().set_attr("when", dt.datetime(2020, 1, 1))


def test_nested_models_are_serialised_through_to_dict() -> None:
    model = LeadUpdateModel(name="inner")
    assert Update().set_attr("nested", model).build() == {"nested": {"name": "inner"}}


@pytest.mark.parametrize("bad", ["cf-x", "Industry field", ""])
def test_bad_ids_without_registry(bad: str) -> None:
    with pytest.raises((UnknownField, InvalidFieldKey)):
        Update().unset(bad)
