"""No handler raises anything but an ``ApiError``, whatever it is handed.

The pipeline validates bodies against the spec before a handler sees them, but handlers
must not rely on it: this feeds every handler arbitrary JSON bodies, query strings and
path parameters (real ids of a populated organization mixed with junk), bypassing the
pipeline, and checks that each call either answers or raises an ``ApiError``.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeext.emulator._organization import Organization
from closeext.emulator._records import User
from closeext.emulator._resources import HANDLERS
from closeext.emulator._store import World
from closeext.emulator._types import ApiError, ApiRequest, ApiResponse

_BODY_KEYS = [
    "name",
    "status",
    "status_id",
    "contacts",
    "addresses",
    "emails",
    "phones",
    "urls",
    "lead_id",
    "contact_id",
    "user_id",
    "pipeline_id",
    "value",
    "value_period",
    "confidence",
    "date_won",
    "type",
    "choices",
    "accepts_multiple_values",
    "editable_with_roles",
    "required",
    "referenced_custom_type_id",
    "custom_activity_type_id",
    "custom_object_type_id",
    "object_type",
    "fields",
    "statuses",
    "label",
    "permissions",
    "visibility_user_lcf_ids",
    "visibility_user_lcf_behavior",
    "source",
    "destination",
    "activity_at",
    "pinned",
    "description",
    "name_plural",
    "is_archived",
    "color",
]


def _call(org: Organization, user: User, operation_id: str, body: Any = None, **path: str) -> Any:
    answer = HANDLERS[operation_id](ApiRequest(operation_id, "POST", path, {}, body, org, user))
    return answer.body


def _populated() -> tuple[Organization, User, dict[str, list[str]]]:
    """A fresh organization holding one of everything, and the ids to aim at."""
    org, user = World().add_api_key("robustness")
    cotype = _call(org, user, "create_custom_object_type", {"name": "S", "name_plural": "Ss"})
    actitype = _call(org, user, "create_custom_activity_type", {"name": "Visit"})
    lead = _call(org, user, "create_lead", {"name": "A", "contacts": [{"name": "c"}]})
    fields = [
        _call(org, user, "create_lead_custom_field", {"name": "T", "type": "text"}),
        _call(
            org,
            user,
            "create_lead_custom_field",
            {
                "name": "C",
                "type": "choices",
                "choices": ["a", "b"],
                "accepts_multiple_values": True,
            },
        ),
        _call(org, user, "create_contact_custom_field", {"name": "U", "type": "user"}),
        _call(org, user, "create_opportunity_custom_field", {"name": "D", "type": "datetime"}),
        _call(org, user, "create_shared_custom_field", {"name": "S", "type": "number"}),
        _call(
            org,
            user,
            "create_custom_object_custom_field",
            {"name": "R", "type": "contact", "custom_object_type_id": cotype["id"]},
        ),
        _call(
            org,
            user,
            "create_activity_custom_field",
            {
                "name": "O",
                "type": "custom_object",
                "referenced_custom_type_id": cotype["id"],
                "custom_activity_type_id": actitype["id"],
                "required": True,
            },
        ),
    ]
    fields.append(_call(org, user, "create_lead_custom_field", {"name": "W", "type": "date"}))
    fields.append(_call(org, user, "create_lead_custom_field", {"name": "H", "type": "hidden"}))
    _call(
        org,
        user,
        "associate_shared_custom_field",
        {"object_type": "lead"},
        custom_field_id=fields[4]["id"],
    )
    opp = _call(org, user, "create_opportunity", {"lead_id": lead["id"]})
    obj = _call(
        org,
        user,
        "create_custom_object",
        {"custom_object_type_id": cotype["id"], "lead_id": lead["id"], "name": "o"},
    )
    activity = _call(
        org,
        user,
        "create_custom_activity",
        {"custom_activity_type_id": actitype["id"], "lead_id": lead["id"], "status": "draft"},
    )
    role = _call(org, user, "create_role", {"name": "R"})
    ids = {
        "lead_id": [lead["id"]],
        "contact_id": [lead["contacts"][0]["id"]],
        "opportunity_id": [opp["id"]],
        "custom_field_id": [f["id"] for f in fields],
        "custom_object_type_id": [cotype["id"]],
        "custom_object_id": [obj["id"]],
        "custom_activity_type_id": [actitype["id"]],
        "activity_id": [activity["id"]],
        "status_id": [lead["status_id"], opp["status_id"]],
        "pipeline_id": [next(iter(org.pipelines))],
        "role_id": [role["id"], "admin"],
        "user_id": [user.id],
        "organization_id": [org.id],
    }
    return org, user, ids


# Strategies draw placeholders ("@lead_id#0") that become real ids of a fresh organization
# in each example, so every example starts from a populated organization.
PLACEHOLDERS = [
    f"@{name}#{i}" for name, values in _populated()[2].items() for i in range(len(values))
]


_TOKEN = re.compile(r"@(\w+)#(\d+)")


def _bind(value: Any, ids: dict[str, list[str]]) -> Any:
    if isinstance(value, str):
        return _TOKEN.sub(lambda m: ids[m.group(1)][int(m.group(2))], value)
    if isinstance(value, list):
        return [_bind(item, ids) for item in value]
    if isinstance(value, dict):
        return {_bind(key, ids): _bind(item, ids) for key, item in value.items()}
    return value


json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
json_values = st.recursive(
    json_scalars | st.sampled_from(PLACEHOLDERS),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
custom_keys = st.builds(
    lambda field_id, suffix: f"custom.{field_id}{suffix}",
    st.sampled_from([f"@custom_field_id#{i}" for i in range(9)] + ["cf_unknown", "T"]),
    st.sampled_from(["", ".add", ".remove"]),
)
bodies = (
    st.none()
    | json_values
    | st.dictionaries(st.sampled_from(_BODY_KEYS) | custom_keys, json_values, max_size=6)
)
queries = st.dictionaries(
    st.sampled_from(
        [
            "_limit",
            "_skip",
            "_fields",
            "lead_id",
            "_order_by",
            "status_type",
            "custom_activity_type_id",
            "custom_object_type_id",
            "_expand",
        ]
    ),
    st.text(max_size=6)
    | st.sampled_from(PLACEHOLDERS)
    | st.sampled_from(["5", "-value", "custom", "1" + "0" * 25]),
    max_size=3,
)
PATH_NAMES = sorted({token.split("#")[0][1:] for token in PLACEHOLDERS})
# Mostly the right kind of id for each path parameter, sometimes any id or junk.
paths = st.fixed_dictionaries(
    {
        name: st.sampled_from([t for t in PLACEHOLDERS if t.startswith(f"@{name}#")])
        | st.sampled_from(PLACEHOLDERS)
        | st.text(max_size=10)
        for name in PATH_NAMES
    }
)


@settings(
    max_examples=700,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    operation_id=st.sampled_from(sorted(HANDLERS)),
    body=bodies,
    query=queries,
    path=paths,
)
def test_handlers_only_ever_raise_api_errors(
    operation_id: str, body: Any, query: dict[str, str], path: dict[str, str]
) -> None:
    org, user, ids = _populated()
    request = ApiRequest(
        operation_id, "POST", _bind(path, ids), _bind(query, ids), _bind(body, ids), org, user
    )
    _check(operation_id, request)


def _check(operation_id: str, request: ApiRequest) -> None:
    try:
        answer = HANDLERS[operation_id](request)
    except ApiError as error:
        assert 400 <= error.status < 500
        error.body()  # renders
    else:
        assert isinstance(answer, ApiResponse)
        assert answer.status in (200, 201, 204)


# Valid enough bodies of the record writes, so that their custom values get validated.
_RECORD_WRITES = {
    "create_lead": {"name": "x"},
    "update_lead": {},
    "create_contact": {"lead_id": "@lead_id#0"},
    "update_contact": {},
    "create_opportunity": {"lead_id": "@lead_id#0"},
    "update_opportunity": {},
    "create_custom_object": {
        "custom_object_type_id": "@custom_object_type_id#0",
        "lead_id": "@lead_id#0",
        "name": "o",
    },
    "update_custom_object": {},
    "create_custom_activity": {
        "custom_activity_type_id": "@custom_activity_type_id#0",
        "lead_id": "@lead_id#0",
    },
    "update_custom_activity": {},
}


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    operation_id=st.sampled_from(sorted(_RECORD_WRITES)),
    values=st.dictionaries(custom_keys, json_values, min_size=1, max_size=4),
)
def test_custom_values_of_any_shape_never_crash(operation_id: str, values: dict[str, Any]) -> None:
    org, user, ids = _populated()
    body = _bind({**_RECORD_WRITES[operation_id], **values}, ids)
    path = {name: ids[name][0] for name in ids}
    _check(operation_id, ApiRequest(operation_id, "PUT", path, {}, body, org, user))
