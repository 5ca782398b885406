"""No accepted write can poison a later read (issue 10, point 9).

JSON can spell numbers Python holds but cannot send back or compute with: ``1e400`` parses
to ``inf``, and ``10**400`` cents has no float. The emulator refuses them with a
Close-shaped 400 before anything is stored, in bodies and in ``X-HTTP-Method-Override``
parameters alike; and a stateful property test checks that after every accepted write the
object and every list page holding it still answer 200 with JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from closeext.emulator import _limits
from tests.emulator._driver import Api, emulator, error, field_errors, ok

JSON = {"content-type": "application/json"}
OUT_OF_RANGE = [
    "1e400",
    "-1e400",
    "1e308",
    str(10**400),
    str(2**63),
    str(-(2**63)),
    "1" + "0" * 4000,
]
IN_RANGE = [str(2**63 - 1), str(-(2**63 - 1)), "-0.0", "9.2e18", "-1e-320", "0.1"]


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def post_raw(api: Api, path: str, raw: str, **headers: str) -> Any:
    return api.post(path, content=raw.encode(), headers={**JSON, **headers})


def lead_field(api: Api, kind: str) -> str:
    field_id: str = ok(api.post("/custom_field/lead/", json={"name": kind, "type": kind}))["id"]
    return field_id


def all_readable(api: Api) -> None:
    """Every lead and opportunity, alone and in its list page, answers 200 with JSON."""
    for kind in ("lead", "opportunity"):
        page = ok(api.get(f"/{kind}/", params={"_limit": 100}))
        for item in page["data"]:
            ok(api.get(f"/{kind}/{item['id']}/"))


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_a_hidden_value_out_of_range_is_refused_and_nothing_is_stored(
    api: Api, number: str
) -> None:
    hidden = lead_field(api, "hidden")
    answer = post_raw(api, "/lead/", f'{{"name": "x", "custom.{hidden}": {number}}}')
    assert "Number out of range" in field_errors(answer)[f"custom.{hidden}"]
    assert ok(api.get("/lead/"))["data"] == []


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_an_opportunity_value_out_of_range_is_refused_on_create_and_update(
    api: Api, number: str
) -> None:
    lead = ok(api.post("/lead/", json={"name": "x"}))
    created = post_raw(api, "/opportunity/", f'{{"lead_id": "{lead["id"]}", "value": {number}}}')
    assert "Number out of range" in field_errors(created)["value"]
    assert ok(api.get("/opportunity/"))["data"] == []
    opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"], "value": 500}))
    updated = api.put(
        f"/opportunity/{opp['id']}/", content=f'{{"value": {number}}}'.encode(), headers=JSON
    )
    assert "Number out of range" in field_errors(updated)["value"]
    assert ok(api.get(f"/opportunity/{opp['id']}/"))["value"] == 500
    all_readable(api)


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_method_override_params_out_of_range_get_a_close_shaped_400(api: Api, number: str) -> None:
    answer = post_raw(
        api, "/lead/", f'{{"_params": {{"_limit": {number}}}}}', **{"X-HTTP-Method-Override": "GET"}
    )
    assert "Number out of range" in json.dumps(field_errors(answer))


@pytest.mark.parametrize("number", IN_RANGE)
def test_numbers_up_to_the_bound_are_stored_and_read_back(api: Api, number: str) -> None:
    hidden = lead_field(api, "hidden")
    lead = ok(post_raw(api, "/lead/", f'{{"name": "x", "custom.{hidden}": {number}}}'))
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{hidden}"] == json.loads(number)
    all_readable(api)


def test_the_largest_opportunity_value_is_read_back_with_its_computed_fields(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "x"}))
    body = {"lead_id": lead["id"], "value": _limits.MAX_NUMBER, "value_period": "monthly"}
    opp = ok(api.post("/opportunity/", json=body))
    assert opp["annualized_value"] == 12 * _limits.MAX_NUMBER
    all_readable(api)


@pytest.mark.parametrize("text", ["1e400", "-1e400", "1" * 400, str(2**63)])
def test_a_number_field_refuses_a_string_out_of_range(api: Api, text: str) -> None:
    number = lead_field(api, "number")
    answer = api.post("/lead/", json={"name": "x", f"custom.{number}": text})
    assert "Number out of range" in field_errors(answer)[f"custom.{number}"]


def test_non_finite_constants_are_invalid_json(api: Api) -> None:
    for raw in ('{"name": NaN}', '{"name": Infinity}', '{"name": -Infinity}'):
        assert error(post_raw(api, "/lead/", raw)) == "The request contains invalid JSON."


# --- after every accepted write, everything holding it still answers -------------------

numbers = (
    st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0.0, -0.0, 1e308, -1e308, 5e-324, 2**63 - 1, -(2**63 - 1), 2**63])
)
json_values = st.recursive(
    st.none() | st.booleans() | numbers | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)


class NoPoisonedReads(RuleBasedStateMachine):
    """Random writes of edge numbers; after each accepted one, every read still answers."""

    @initialize()
    def setup(self) -> None:
        self._context = emulator()
        _, (self.api,) = self._context.__enter__()
        self.hidden = lead_field(self.api, "hidden")
        self.number = lead_field(self.api, "number")
        self.leads: list[str] = []
        self.opportunities: list[str] = []

    def teardown(self) -> None:
        context = getattr(self, "_context", None)
        if context is not None:
            context.__exit__(None, None, None)

    def _send(self, method: str, path: str, body: Any) -> Any:
        # allow_nan: the strategies hold no NaN or inf, but huge integers are sent as is.
        raw = json.dumps(body).encode()
        answer = self.api.request(method, path, content=raw, headers=JSON)
        assert answer.status_code in (200, 400), (answer.status_code, answer.text)
        answer.json()
        return answer.json() if answer.status_code == 200 else None

    @rule(hidden=json_values, number=numbers, contact_value=json_values)
    def create_lead(self, hidden: Any, number: Any, contact_value: Any) -> None:
        body = {
            "name": "lead",
            f"custom.{self.hidden}": hidden,
            f"custom.{self.number}": number,
            "contacts": [{"name": "c", "title": "t"}],
            "description": str(contact_value)[:200],
        }
        created = self._send("POST", "/lead/", body)
        if created is not None:
            self.leads.append(created["id"])

    @rule(hidden=json_values, number=numbers | st.text(max_size=8), index=st.integers(0, 9))
    def update_lead(self, hidden: Any, number: Any, index: int) -> None:
        if self.leads:
            lead_id = self.leads[index % len(self.leads)]
            body = {f"custom.{self.hidden}": hidden, f"custom.{self.number}": number}
            self._send("PUT", f"/lead/{lead_id}/", body)

    @rule(
        value=numbers,
        confidence=st.integers(-5, 105),
        period=st.sampled_from(["one_time", "monthly", "annual"]),
        index=st.integers(0, 9),
    )
    def create_opportunity(self, value: Any, confidence: int, period: str, index: int) -> None:
        if self.leads:
            lead_id = self.leads[index % len(self.leads)]
            body = {
                "lead_id": lead_id,
                "value": value,
                "confidence": confidence,
                "value_period": period,
            }
            created = self._send("POST", "/opportunity/", body)
            if created is not None:
                self.opportunities.append(created["id"])

    @rule(value=numbers, index=st.integers(0, 9))
    def update_opportunity(self, value: Any, index: int) -> None:
        if self.opportunities:
            opp_id = self.opportunities[index % len(self.opportunities)]
            self._send("PUT", f"/opportunity/{opp_id}/", {"value": value})

    @invariant()
    def every_read_answers(self) -> None:
        if hasattr(self, "api"):
            all_readable(self.api)


NoPoisonedReads.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=8,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestNoPoisonedReads = NoPoisonedReads.TestCase
