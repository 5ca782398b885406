"""Custom field keys, definitions, the name → id registry, and reading typed values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeext._fields import (
    FieldDef,
    FieldRegistry,
    FieldType,
    ObjectType,
    add_key,
    body_is_idempotent,
    field_key,
    is_field_id,
    parse_field_key,
    remove_key,
)
from closeext._helper_errors import (
    AmbiguousFieldName,
    FieldError,
    InvalidFieldKey,
    InvalidFieldValue,
    InvalidObjectType,
    InvalidSchema,
    MissingSchema,
    UnknownField,
)
from closeext._values import object_type_of, read_value, read_values

ACTITYPE = "actitype_1h5m6uHM9BZOpwVhyRJb4Y"
COTYPE = "cotype_1h5m6uHM9BZOpwVhyRJb4Y"

CF_INDUSTRY = "cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCIG8cUle09c"
CF_TAGS = "cf_8wtBWsdRU2Fur7GDnEeXQ7ra2Vu7R4hG1SNYdiEhh0F"
CF_REGION_A = "cf_RegionA"
CF_REGION_B = "cf_RegionB"
CF_SHARED_SCORE = "cf_SharedScore"
CF_BIRTHDAY = "cf_Birthday"
CF_LEGACY = "lcf_LegacyOwner"


def field(id: str, name: str, type: str = "text", **extra: Any) -> dict[str, Any]:
    return {"id": id, "name": name, "type": type, "organization_id": "orga_x", **extra}


SHARED_SCORE = field(
    CF_SHARED_SCORE, "Score", "number", is_shared=True, associations=[{"object_type": "lead"}]
)
LEAD_SCHEMA = {
    "fields": [
        field(CF_INDUSTRY, "Industry", "choices", choices=["Software", "Retail"]),
        field(CF_TAGS, "Tags", "choices", choices=["vip", "new"], accepts_multiple_values=True),
        field(CF_REGION_A, "Region"),
        field(CF_REGION_B, "Region", is_shared=True),
        SHARED_SCORE,
        field(CF_LEGACY, "Legacy owner", "user"),
    ]
}
CONTACT_SCHEMA = {"fields": [field(CF_BIRTHDAY, "Birthday", "date"), SHARED_SCORE]}
ACTIVITY_SCHEMA = {"fields": [SHARED_SCORE, field("cf_Notes", "Notes", "textarea")]}


@pytest.fixture
def registry() -> FieldRegistry:
    return FieldRegistry(
        {
            ObjectType.lead(): LEAD_SCHEMA,
            "contact": CONTACT_SCHEMA,
            ObjectType.custom_activity_type(ACTITYPE): ACTIVITY_SCHEMA,
        }
    )


# -- keys ------------------------------------------------------------------------------

field_ids = st.from_regex(r"[a-z]{0,4}cf_[A-Za-z0-9]{1,43}", fullmatch=True)


@pytest.mark.parametrize("field_id", [CF_INDUSTRY, "cf_a", CF_LEGACY, "ocf_Z9"])
def test_key_helpers_format_close_keys(field_id: str) -> None:
    assert is_field_id(field_id)
    assert field_key(field_id) == f"custom.{field_id}"
    assert add_key(field_id) == f"custom.{field_id}.add"
    assert remove_key(field_id) == f"custom.{field_id}.remove"


@pytest.mark.parametrize(
    "bad",
    ["", "cf_", "cf-abc", "CF_abc", "cf_ab c", "cf_ab.c", "Industry", "1cf_a", "lead_abc"],
)
@pytest.mark.parametrize("helper", [field_key, add_key, remove_key])
def test_key_helpers_refuse_what_is_not_a_field_id(bad: str, helper: Any) -> None:
    assert not is_field_id(bad)
    with pytest.raises(InvalidFieldKey, match="not a custom field id") as info:
        helper(bad)
    assert isinstance(info.value, ValueError)


def test_key_helpers_hint_when_given_a_key_instead_of_an_id() -> None:
    with pytest.raises(InvalidFieldKey, match="not the body key"):
        field_key(f"custom.{CF_TAGS}")


@pytest.mark.parametrize("bad", [None, 12, ["cf_a"]])
def test_key_helpers_refuse_non_strings(bad: Any) -> None:
    with pytest.raises(InvalidFieldKey):
        field_key(bad)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (f"custom.{CF_TAGS}", (CF_TAGS, None)),
        (f"custom.{CF_TAGS}.add", (CF_TAGS, "add")),
        (f"custom.{CF_TAGS}.remove", (CF_TAGS, "remove")),
        (f"custom.{CF_LEGACY}", (CF_LEGACY, None)),
        ("name", None),
        ("custom", None),
        ("custom.Industry", None),  # the deprecated name form
        (f"custom.{CF_TAGS}.append", None),
        (f"custom.{CF_TAGS}.add.add", None),
        (f"custom.{CF_TAGS}.", None),
        (f"Custom.{CF_TAGS}", None),
        (f" custom.{CF_TAGS}", None),
        (CF_TAGS, None),
    ],
)
def test_parse_field_key(key: str, expected: object) -> None:
    assert parse_field_key(key) == expected


@given(field_ids)
def test_field_keys_round_trip(field_id: str) -> None:
    assert parse_field_key(field_key(field_id)) == (field_id, None)
    assert parse_field_key(add_key(field_id)) == (field_id, "add")
    assert parse_field_key(remove_key(field_id)) == (field_id, "remove")


@given(st.text(max_size=30))
def test_parse_field_key_never_raises_and_agrees_with_the_formatters(key: str) -> None:
    parsed = parse_field_key(key)
    if parsed is not None:
        field_id, op = parsed
        expected = {None: field_key, "add": add_key, "remove": remove_key}[op](field_id)
        assert expected == key


@pytest.mark.parametrize(
    ("body", "idempotent"),
    [
        ({}, True),
        ({"name": "Acme", f"custom.{CF_TAGS}": ["vip"]}, True),
        ({f"custom.{CF_TAGS}": None}, True),
        ({f"custom.{CF_TAGS}.add": "vip"}, False),
        ({"name": "x", f"custom.{CF_TAGS}.remove": "vip"}, False),
    ],
)
def test_body_is_idempotent(body: dict[str, Any], idempotent: bool) -> None:
    assert body_is_idempotent(body) is idempotent


# -- FieldDef ----------------------------------------------------------------------------


def test_field_def_reads_a_close_field_object() -> None:
    parsed = FieldDef.from_json(
        {
            "id": CF_TAGS,
            "name": "Tags",
            "type": "choices",
            "choices": ["vip", "new"],
            "accepts_multiple_values": True,
            "is_shared": True,
            "required": True,
            "description": "Labels",
            "editable_with_roles": ["admin", "role_x"],
            "referenced_custom_type_id": None,
            "custom_activity_type_id": ACTITYPE,
            "date_created": "2020-07-28T20:05:36.202000+00:00",
            "associations": [{"object_type": "lead"}],
            "some_future_key": {"nested": True},
        }
    )
    assert parsed == FieldDef(
        id=CF_TAGS,
        name="Tags",
        type="choices",
        accepts_multiple_values=True,
        choices=("vip", "new"),
        is_shared=True,
        required=True,
        description="Labels",
        editable_with_roles=("admin", "role_x"),
        custom_activity_type_id=ACTITYPE,
    )
    assert parsed.type is FieldType.CHOICES
    assert parsed.key == f"custom.{CF_TAGS}"
    hash(parsed)  # frozen definitions can key dicts and sets


def test_field_def_is_lenient_about_missing_and_unknown_values() -> None:
    parsed = FieldDef.from_json({"id": "cf_x", "type": "rating", "choices": None})
    assert parsed.type == "rating"
    assert parsed.name == ""
    assert parsed.choices is None  # unknown choices: no choice check later
    assert parsed.accepts_multiple_values is False
    assert parsed.editable_with_roles == ()


@pytest.mark.parametrize("bad", [{"name": "No id"}, {"id": "lead_x"}, {"id": 5}, "cf_x", None])
def test_field_def_refuses_entries_without_a_field_id(bad: Any) -> None:
    with pytest.raises(InvalidSchema):
        FieldDef.from_json(bad)


# -- registry ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("object_type", "name", "field_id"),
    [
        (ObjectType.lead(), "Industry", CF_INDUSTRY),
        ("lead", "Tags", CF_TAGS),
        ("lead", "Score", CF_SHARED_SCORE),
        ("contact", "Score", CF_SHARED_SCORE),
        (f"custom_activity_type/{ACTITYPE}", "Score", CF_SHARED_SCORE),
        (f"activity/{ACTITYPE}", "Notes", "cf_Notes"),
        ("contact", "Birthday", CF_BIRTHDAY),
        ("lead", "Legacy owner", CF_LEGACY),
    ],
)
def test_resolve_maps_names_to_fields_per_object_type(
    registry: FieldRegistry, object_type: Any, name: str, field_id: str
) -> None:
    resolved = registry.resolve(object_type, name)
    assert resolved.id == field_id
    assert registry.resolve(object_type, field_id) is resolved  # ids pass through


def test_shared_field_is_the_same_definition_on_every_object_type(
    registry: FieldRegistry,
) -> None:
    seen = {
        registry.resolve(t, "Score")
        for t in ("lead", "contact", ObjectType.custom_activity_type(ACTITYPE))
    }
    assert len(seen) == 1
    assert next(iter(seen)).is_shared


def test_ambiguous_names_are_refused_with_every_id(registry: FieldRegistry) -> None:
    with pytest.raises(AmbiguousFieldName) as info:
        registry.resolve("lead", "Region")
    assert info.value.field_ids == (CF_REGION_A, CF_REGION_B)
    assert CF_REGION_A in str(info.value) and CF_REGION_B in str(info.value)
    assert "by id" in str(info.value)
    # Each of them stays reachable by id.
    assert registry.resolve("lead", CF_REGION_B).is_shared


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("Industy", "Industry"), ("industry", "Industry"), ("tags", "Tags"), ("Scor", "Score")],
)
def test_unknown_names_suggest_close_matches(
    registry: FieldRegistry, name: str, suggestion: str
) -> None:
    with pytest.raises(UnknownField) as info:
        registry.resolve("lead", name)
    assert info.value.suggestions[0] == suggestion
    assert f"Did you mean {suggestion!r}" in str(info.value)
    assert info.value.object_type == "lead"


def test_lookup_is_case_sensitive(registry: FieldRegistry) -> None:
    # A case-insensitive match could silently switch fields once an exact one appears.
    with pytest.raises(UnknownField):
        registry.resolve("lead", "INDUSTRY")


def test_unknown_name_without_any_close_match(registry: FieldRegistry) -> None:
    with pytest.raises(UnknownField, match=r"Unknown custom field 'Zzzzz' on contact\.$"):
        registry.resolve("contact", "Zzzzz")


def test_field_of_another_object_type_is_unknown_here(registry: FieldRegistry) -> None:
    with pytest.raises(UnknownField, match="on contact"):
        registry.resolve("contact", CF_INDUSTRY)


def test_body_key_given_as_field_gets_a_hint(registry: FieldRegistry) -> None:
    with pytest.raises(UnknownField, match="not the body key"):
        registry.resolve("lead", f"custom.{CF_INDUSTRY}")


def test_non_string_field_is_refused(registry: FieldRegistry) -> None:
    with pytest.raises(InvalidFieldKey):
        registry.resolve("lead", 42)  # type: ignore[arg-type]


def test_bad_object_type_is_refused(registry: FieldRegistry) -> None:
    with pytest.raises(InvalidObjectType):
        registry.resolve("leads", "Industry")


def test_missing_schema_without_loader() -> None:
    with pytest.raises(MissingSchema, match="opportunity"):
        FieldRegistry({"lead": LEAD_SCHEMA}).fields("opportunity")


def test_fields_keep_schema_order_and_drop_duplicate_ids() -> None:
    registry = FieldRegistry({"lead": {"fields": [*LEAD_SCHEMA["fields"], SHARED_SCORE]}})
    assert [f.id for f in registry.fields("lead")] == [f["id"] for f in LEAD_SCHEMA["fields"]]


@pytest.mark.parametrize(
    "schema",
    [{"fields": [SHARED_SCORE]}, {"data": [SHARED_SCORE], "has_more": False}, [SHARED_SCORE]],
)
def test_registry_reads_every_listing_shape(schema: Any) -> None:
    assert FieldRegistry({"lead": schema}).resolve("lead", "Score").id == CF_SHARED_SCORE


def test_registry_reads_a_generated_schema_model() -> None:
    assert FieldRegistry({"lead": OnlyToDict(LEAD_SCHEMA)}).resolve("lead", "Tags").id == CF_TAGS


@pytest.mark.parametrize("schema", [None, {"fields": "x"}, {"other": []}, {"fields": [1]}, "x"])
def test_registry_refuses_unreadable_schemas(schema: Any) -> None:
    with pytest.raises(InvalidSchema):
        FieldRegistry({"lead": schema})


class CountingLoader:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.calls: list[ObjectType] = []

    def __call__(self, object_type: ObjectType) -> Any:
        self.calls.append(object_type)
        return self.schemas[object_type.schema_path]


def test_loader_runs_once_per_object_type_with_the_schema_path() -> None:
    loader = CountingLoader({"lead": LEAD_SCHEMA, f"activity/{ACTITYPE}": ACTIVITY_SCHEMA})
    registry = FieldRegistry(loader=loader)
    assert loader.calls == []  # lazy
    registry.resolve("lead", "Industry")
    registry.resolve("lead", "Tags")
    registry.resolve(ObjectType.custom_activity_type(ACTITYPE), "Notes")
    assert loader.calls == [ObjectType.lead(), ObjectType.custom_activity_type(ACTITYPE)]


def test_refresh_reloads_one_or_all_object_types() -> None:
    loader = CountingLoader({"lead": LEAD_SCHEMA, "contact": CONTACT_SCHEMA})
    registry = FieldRegistry(loader=loader)
    registry.fields("lead")
    registry.fields("contact")
    loader.schemas["lead"] = {"fields": [field("cf_New", "Brand new")]}
    registry.refresh("lead")
    assert registry.resolve("lead", "Brand new").id == "cf_New"
    assert len(loader.calls) == 3
    registry.fields("contact")
    assert len(loader.calls) == 3  # contact was not refreshed
    registry.refresh()
    registry.fields("contact")
    registry.fields("lead")
    assert len(loader.calls) == 5


def test_given_schemas_win_until_refreshed_then_the_loader_answers() -> None:
    loader = CountingLoader({"lead": {"fields": [field("cf_Loaded", "Loaded")]}})
    registry = FieldRegistry({"lead": LEAD_SCHEMA}, loader=loader)
    assert registry.resolve("lead", "Industry").id == CF_INDUSTRY
    assert loader.calls == []
    registry.refresh()
    assert registry.resolve("lead", "Loaded").id == "cf_Loaded"


def test_refresh_without_loader_keeps_given_schemas(registry: FieldRegistry) -> None:
    registry.refresh()
    assert registry.resolve("lead", "Industry").id == CF_INDUSTRY


def test_set_schema_replaces_definitions(registry: FieldRegistry) -> None:
    registry.set_schema("lead", {"fields": [field(CF_INDUSTRY, "Sector")]})
    assert registry.resolve("lead", "Sector").id == CF_INDUSTRY
    with pytest.raises(UnknownField):
        registry.resolve("lead", "Industry")


def test_loader_errors_propagate_and_are_retried_next_time() -> None:
    attempts: list[ObjectType] = []

    def flaky(object_type: ObjectType) -> Any:
        attempts.append(object_type)
        if len(attempts) == 1:
            raise ConnectionError("down")
        return LEAD_SCHEMA

    registry = FieldRegistry(loader=flaky)
    with pytest.raises(ConnectionError):
        registry.fields("lead")
    assert registry.resolve("lead", "Industry").id == CF_INDUSTRY


# -- reading values ----------------------------------------------------------------------

UTC = dt.UTC
PST = dt.timezone(dt.timedelta(hours=-8))


def fdef(type: str, multi: bool = False, **extra: Any) -> FieldDef:
    return FieldDef(id="cf_x", name="X", type=type, accepts_multiple_values=multi, **extra)


@pytest.mark.parametrize(
    ("definition", "stored", "expected"),
    [
        (fdef("text"), "hello", "hello"),
        (fdef("textarea"), "line 1\nline 2", "line 1\nline 2"),
        (fdef("number"), 2, 2),
        (fdef("number"), 5.5, 5.5),
        (fdef("number"), 7.0, 7),
        (fdef("number"), -0.25, -0.25),
        (fdef("number"), "42", 42),
        (fdef("number"), "4.5", 4.5),
        (fdef("date"), "2014-06-12", dt.date(2014, 6, 12)),
        (
            fdef("datetime"),
            "2014-06-27T22:00:00-08:00",
            dt.datetime(2014, 6, 27, 22, tzinfo=PST),
        ),
        (
            fdef("datetime"),
            "2013-02-20T05:30:24.844000+00:00",
            dt.datetime(2013, 2, 20, 5, 30, 24, 844000, tzinfo=UTC),
        ),
        (fdef("datetime"), "2020-07-09T15:36:16Z", dt.datetime(2020, 7, 9, 15, 36, 16, tzinfo=UTC)),
        (fdef("datetime"), "2020-07-09T15:36:16", dt.datetime(2020, 7, 9, 15, 36, 16, tzinfo=UTC)),
        (fdef("choices", choices=("A", "B")), "A", "A"),
        (fdef("choices", multi=True), ["Conference", "Meeting"], ["Conference", "Meeting"]),
        (fdef("user"), "user_abc", "user_abc"),
        (fdef("user", multi=True), ["user_a", "user_b"], ["user_a", "user_b"]),
        (fdef("contact"), "cont_a", "cont_a"),
        (fdef("contact", multi=True), ["cont_a"], ["cont_a"]),
        (fdef("custom_object"), "custobj_v0VS", "custobj_v0VS"),
        (fdef("custom_object", multi=True), ["custobj_a", "custobj_b"], ["custobj_a", "custobj_b"]),
        (fdef("hidden"), {"sync": 3, "ok": True}, {"sync": 3, "ok": True}),
        (fdef("hidden"), 12, 12),
        (fdef("hidden"), ["any", 1], ["any", 1]),
        (fdef("rating"), [1, 2], [1, 2]),  # unknown type: as stored
        (fdef("choices", multi=True), "A", ["A"]),  # a lone value is still a list
    ],
)
def test_read_value_types(definition: FieldDef, stored: object, expected: object) -> None:
    value = read_value({"id": "lead_x", "custom.cf_x": stored}, definition)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


ALL_TYPES = ["text", "textarea", "number", "date", "datetime", "choices", "user", "contact"]
ALL_TYPES += ["custom_object", "hidden", "rating"]


@pytest.mark.parametrize("type_", ALL_TYPES)
@pytest.mark.parametrize("stored", ["absent", None])
def test_read_value_absent(type_: str, stored: object) -> None:
    record: dict[str, Any] = {"id": "lead_x"}
    if stored != "absent":
        record["custom.cf_x"] = stored
    assert read_value(record, fdef(type_)) is None
    assert read_value(record, fdef(type_, multi=True)) == []


@pytest.mark.parametrize(
    ("definition", "stored"),
    [
        (fdef("number"), "many"),
        (fdef("number"), True),
        (fdef("number"), "nan"),
        (fdef("number"), [1]),
        (fdef("date"), "12/06/2014"),
        (fdef("date"), 20140612),
        (fdef("datetime"), "yesterday"),
        (fdef("text"), 3),
        (fdef("text"), ["a"]),  # a list on a single-value field
        (fdef("choices", choices=("A",)), ["A"]),
        (fdef("user"), {"id": "user_x"}),
        (fdef("choices", multi=True), ["A", 3]),
    ],
)
def test_read_value_refuses_values_that_do_not_fit(definition: FieldDef, stored: object) -> None:
    with pytest.raises(InvalidFieldValue, match="custom field 'X' \\(cf_x\\)"):
        read_value({"custom.cf_x": stored}, definition)


@attrs.define
class GeneratedLead:
    """Shaped like an openapi-python-client model: custom keys sit in additional_properties."""

    id: str
    name: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, **self.additional_properties}


class OnlyToDict:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def test_read_value_from_a_generated_model(registry: FieldRegistry) -> None:
    lead = GeneratedLead(id="lead_abc", name="Acme")
    lead.additional_properties[f"custom.{CF_TAGS}"] = ["vip", "new"]
    lead.additional_properties[f"custom.{CF_SHARED_SCORE}"] = 9.0
    assert read_value(lead, "Tags", registry=registry) == ["vip", "new"]
    assert read_value(lead, "Score", registry=registry) == 9
    assert read_value(lead, "Industry", registry=registry) is None


def test_read_value_from_an_object_with_to_dict() -> None:
    record = OnlyToDict({"custom.cf_x": "2014-06-12"})
    assert read_value(record, fdef("date")) == dt.date(2014, 6, 12)


def test_read_value_refuses_unreadable_records() -> None:
    with pytest.raises(TypeError, match="int"):
        read_value(5, fdef("text"))


def test_read_value_by_id_without_registry_returns_the_stored_value() -> None:
    record = {"custom.cf_x": "2014-06-12"}
    assert read_value(record, "cf_x") == "2014-06-12"
    assert read_value(record, "cf_y") is None


def test_read_value_by_name_needs_a_registry() -> None:
    with pytest.raises(UnknownField, match="registry="):
        read_value({"custom.cf_x": 1}, "Industry")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": "lead_a"}, ObjectType.lead()),
        ({"id": "cont_a", "lead_id": "lead_a"}, ObjectType.contact()),
        ({"id": "oppo_a"}, ObjectType.opportunity()),
        (
            {"id": "custobj_a", "custom_object_type_id": COTYPE},
            ObjectType.custom_object_type(COTYPE),
        ),
        (
            {"id": "acti_a", "custom_activity_type_id": ACTITYPE},
            ObjectType.custom_activity_type(ACTITYPE),
        ),
        ({"id": "acti_a", "_type": "Note"}, None),
        ({"id": "custobj_a", "custom_object_type_id": "bogus"}, None),
        ({"id": "task_a"}, None),
        ({}, None),
        (GeneratedLead(id="lead_b", name="x"), ObjectType.lead()),
    ],
)
def test_object_type_of(record: object, expected: ObjectType | None) -> None:
    assert object_type_of(record) == expected


def test_read_value_by_name_infers_the_object_type(registry: FieldRegistry) -> None:
    contact = {"id": "cont_a", f"custom.{CF_BIRTHDAY}": "1990-01-31"}
    assert read_value(contact, "Birthday", registry=registry) == dt.date(1990, 1, 31)
    activity = {
        "id": "acti_a",
        "custom_activity_type_id": ACTITYPE,
        f"custom.{CF_SHARED_SCORE}": 3,
    }
    assert read_value(activity, "Score", registry=registry) == 3


def test_read_value_by_name_needs_object_type_when_not_inferable(
    registry: FieldRegistry,
) -> None:
    with pytest.raises(TypeError, match="object_type="):
        read_value({"custom.cf_x": 1}, "Score", registry=registry)
    assert (
        read_value({f"custom.{CF_SHARED_SCORE}": 1}, "Score", registry=registry, object_type="lead")
        == 1
    )


def test_read_values_gives_every_field_by_name(registry: FieldRegistry) -> None:
    contact = {
        "id": "cont_a",
        f"custom.{CF_SHARED_SCORE}": 12.5,
        "custom.cf_FieldCreatedLater": "ignored",
        "name": "Jane",
    }
    assert read_values(contact, registry) == {"Birthday": None, "Score": 12.5}


def test_read_values_by_id_handles_shared_names(registry: FieldRegistry) -> None:
    lead = GeneratedLead(id="lead_a", name="Acme")
    lead.additional_properties.update(
        {
            f"custom.{CF_REGION_A}": "EMEA",
            f"custom.{CF_TAGS}": ["vip"],
            f"custom.{CF_LEGACY}": "user_1",
        }
    )
    assert read_values(lead, registry, "lead", key="id") == {
        CF_INDUSTRY: None,
        CF_TAGS: ["vip"],
        CF_REGION_A: "EMEA",
        CF_REGION_B: None,
        CF_SHARED_SCORE: None,
        CF_LEGACY: "user_1",
    }
    with pytest.raises(AmbiguousFieldName, match="Region"):
        read_values(lead, registry)


def test_read_values_needs_an_object_type(registry: FieldRegistry) -> None:
    with pytest.raises(TypeError):
        read_values({"name": "x"}, registry)


@pytest.mark.parametrize(
    "error",
    [AmbiguousFieldName, InvalidFieldKey, InvalidFieldValue, InvalidSchema, UnknownField],
)
def test_every_error_is_a_value_error(error: type[Exception]) -> None:
    assert issubclass(error, FieldError)
    assert issubclass(error, ValueError)
