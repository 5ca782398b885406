"""Whatever a request holds, the emulator answers it Close-shaped and never crashes.

Handlers trust what the pipeline validated against the spec (types, enums, required
properties), so this sends arbitrary JSON bodies, query strings and path parameters —
real ids of a populated organization mixed with junk — to every operation *through the
pipeline*, and checks that each answer is a declared-looking status below 500 with a JSON
body, and that no request hit an unexpected exception.
"""

from __future__ import annotations

import re
import warnings
from typing import Any
from urllib.parse import quote

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from closeext.emulator import create_app
from closeext.emulator._spec import load_spec
from closeext.emulator._types import ApiRequest

KEY = "robustness"
SPEC = load_spec()
OPERATIONS = {op.operation_id: op for op in SPEC.operations.values()}

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


class _Org:
    """Just enough of the organization for the set-up: its client, id and pipelines."""

    def __init__(self) -> None:
        self.app = create_app(api_keys=[KEY])
        self.client = TestClient(self.app, base_url="http://emulator.test")
        self.client.auth = httpx.BasicAuth(KEY, "")
        found = self.app.state.emulator.world.authenticate(KEY)
        assert found is not None
        self.org, self.user = found


def _send(
    client: TestClient,
    operation_id: str,
    body: Any = None,
    query: dict[str, str] | None = None,
    **path: str,
) -> httpx.Response:
    operation = OPERATIONS[operation_id]
    url = "/api/v1" + operation.template
    for name, value in path.items():
        url = url.replace("{" + name + "}", quote(value, safe="") or "x")
    return client.request(operation.method, url, json=body, params=query or {})


def _call(world: _Org, operation_id: str, body: Any = None, **path: str) -> Any:
    """Set-up goes straight to the handler (valid bodies; the pipeline is what is tested)."""
    handler = world.app.state.emulator.handlers[operation_id]
    method = OPERATIONS[operation_id].method
    answer = handler(ApiRequest(operation_id, method, path, {}, body, world.org, world.user))
    return answer.body


def _populated() -> tuple[_Org, Any, dict[str, list[str]]]:
    """A fresh organization holding one of everything, and the ids to aim at."""
    world = _Org()
    user = world.user
    cotype = _call(world, "create_custom_object_type", {"name": "S", "name_plural": "Ss"})
    actitype = _call(world, "create_custom_activity_type", {"name": "Visit"})
    lead = _call(world, "create_lead", {"name": "A", "contacts": [{"name": "c"}]})
    fields = [
        _call(world, "create_lead_custom_field", {"name": "T", "type": "text"}),
        _call(
            world,
            "create_lead_custom_field",
            {
                "name": "C",
                "type": "choices",
                "choices": ["a", "b"],
                "accepts_multiple_values": True,
            },
        ),
        _call(world, "create_contact_custom_field", {"name": "U", "type": "user"}),
        _call(world, "create_opportunity_custom_field", {"name": "D", "type": "datetime"}),
        _call(world, "create_shared_custom_field", {"name": "S", "type": "number"}),
        _call(
            world,
            "create_custom_object_custom_field",
            {"name": "R", "type": "contact", "custom_object_type_id": cotype["id"]},
        ),
        _call(
            world,
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
    fields.append(_call(world, "create_lead_custom_field", {"name": "W", "type": "date"}))
    fields.append(_call(world, "create_lead_custom_field", {"name": "H", "type": "hidden"}))
    _call(
        world,
        "associate_shared_custom_field",
        {"object_type": "lead"},
        custom_field_id=fields[4]["id"],
    )
    opp = _call(world, "create_opportunity", {"lead_id": lead["id"]})
    obj = _call(
        world,
        "create_custom_object",
        {"custom_object_type_id": cotype["id"], "lead_id": lead["id"], "name": "o"},
    )
    activity = _call(
        world,
        "create_custom_activity",
        {"custom_activity_type_id": actitype["id"], "lead_id": lead["id"], "status": "draft"},
    )
    role = _call(world, "create_role", {"name": "R"})
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
        "pipeline_id": [next(iter(world.org.pipelines))],
        "role_id": [role["id"], "admin"],
        "user_id": [user.id],
        "organization_id": [world.org.id],
    }
    return world, user, ids


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


# Finite floats only: NaN and infinities cannot be sent as JSON (the client refuses them).
finite = st.floats(allow_nan=False, allow_infinity=False)
json_scalars = st.none() | st.booleans() | st.integers() | finite | st.text(max_size=8)
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
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    operation_id=st.sampled_from(sorted(OPERATIONS)),
    body=bodies,
    query=queries,
    path=paths,
)
def test_any_request_gets_a_close_shaped_answer(
    operation_id: str, body: Any, query: dict[str, str], path: dict[str, str]
) -> None:
    world, _, ids = _populated()
    response = _send(
        world.client, operation_id, _bind(body, ids), _bind(query, ids), **_bind(path, ids)
    )
    _check(world, operation_id, response)


def _check(world: _Org, operation_id: str, response: httpx.Response) -> None:
    assert response.status_code in (200, 201, 204, 400, 403, 404, 405, 413, 415), (
        operation_id,
        response.status_code,
        response.text,
    )
    if response.status_code != 204:
        answer = response.json()
        assert isinstance(answer, dict), (operation_id, response.text)
        if response.status_code >= 400:
            assert "error" in answer or "field-errors" in answer, (operation_id, answer)
    assert world.app.state.emulator.internal_errors == 0, operation_id


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
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    operation_id=st.sampled_from(sorted(_RECORD_WRITES)),
    values=st.dictionaries(custom_keys, json_values, min_size=1, max_size=4),
)
def test_custom_values_of_any_shape_never_crash(operation_id: str, values: dict[str, Any]) -> None:
    world, _, ids = _populated()
    body = _bind({**_RECORD_WRITES[operation_id], **values}, ids)
    path = {name: ids[name][0] for name in ids}
    _check(world, operation_id, _send(world.client, operation_id, body, **path))
