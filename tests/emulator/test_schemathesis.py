"""Schemathesis against the in-process emulator: every operation, then linked workflows.

All built-in checks are on, plus ``rejections_depend_on_state`` (see ``scripts/fuzz.py``,
which holds the configuration both this suite and the long fuzz campaign use). Generation
is derandomized and seeded, so a CI failure reproduces locally with the same command.
The budget keeps the whole file within a couple of minutes on two cores; ``nox -s fuzz``
runs the long campaign.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck

from closeext.tools._contract_checks import reach_every_rule

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("closeext_fuzz", ROOT / "scripts" / "fuzz.py")
assert _spec is not None and _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fuzz
_spec.loader.exec_module(fuzz)

SEED = 20261122
MAX_EXAMPLES = 15
STATEFUL_SCENARIOS = 50
STATEFUL_STEPS = 10

APP = fuzz.new_app()
# Holds the auth file naming the emulator's two organizations as peers; removed at exit.
_AUTH_DIR = tempfile.TemporaryDirectory(prefix="closeext-schemathesis-")
schema = fuzz.load_schema(
    APP,
    fuzz.build_config(
        seed=SEED,
        max_examples=MAX_EXAMPLES,
        stateful_steps=STATEFUL_STEPS,
        auth_file=fuzz.write_auth_file(Path(_AUTH_DIR.name)),
    ),
    reach_rules=False,  # done on Workflows below, the one state machine this file builds
)


@pytest.fixture(autouse=True)
def fresh_emulator() -> None:
    """Each operation starts from empty organizations, whatever ran before it.

    That keeps a run reproducible under any test order (pytest-randomly shuffles them).
    """
    APP.state.emulator.reset()


def internal_errors() -> int:
    count: int = APP.state.emulator.internal_errors
    return count


@schema.parametrize()  # type: ignore[untyped-decorator, unused-ignore]
def test_operation(case: Any) -> None:
    before = internal_errors()
    case.call_and_validate()
    assert internal_errors() == before, "the emulator hit an unexpected exception (see log)"


class Workflows(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Every scenario starts from empty organizations, so Hypothesis can replay and
        # shrink a scenario: which links apply depends on what the emulator holds.
        super().setup()
        APP.state.emulator.reset()

    def before_call(self, case: Any) -> None:
        super().before_call(case)
        self.errors_before = internal_errors()

    def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
        super().validate_response(response, case, **kwargs)
        assert internal_errors() == self.errors_before, (
            "the emulator hit an unexpected exception (see log)"
        )


reach_every_rule(Workflows)
TestWorkflows = Workflows.TestCase
TestWorkflows.settings = hypothesis.settings(
    max_examples=STATEFUL_SCENARIOS,
    stateful_step_count=STATEFUL_STEPS,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def test_every_transition_of_the_spec_can_be_drawn() -> None:
    """Without this, a scenario could start only on a lucky draw (see ``reach_every_rule``)."""
    from hypothesis.strategies._internal.strategies import SampledFromStrategy

    machine = Workflows()
    rules = machine._rules_strategy.rules
    assert len(rules) > 10_000  # the size at which Hypothesis's default scan missed the roots
    scanned = SampledFromStrategy._MAX_FILTER_CALLS - 3
    roots = [i for i, rule in enumerate(rules) if rule.function.__name__ in Workflows.root_rules]
    assert roots and max(roots) < scanned and len(rules) <= scanned


# --- the extra check's judgement, on bodies the emulator sends ---------------------------


class _Case:
    def __init__(self, body: Any, method: str = "POST") -> None:
        self.body = body
        self.method = method


@pytest.mark.parametrize(
    "body",
    [
        {"errors": [], "field-errors": {"lead_id": "Object does not exist."}},
        {"errors": [], "field-errors": {"status_id": "Lead status does not exist."}},
        {"errors": [], "field-errors": {"custom.cf_x": "Value must be a number."}},
        {
            "errors": [],
            "field-errors": {
                "contacts": {
                    "errors": {"0": {"errors": [], "field-errors": {"custom.cf_y": "Bad."}}}
                }
            },
        },
        {"errors": [], "field-errors": {"label": "A status with this label already exists."}},
        {"error": "The last lead status cannot be deleted."},
        {"errors": [], "field-errors": {"lead_id": "Filtering by type requires lead_id."}},
        {"error": "date_end is before date_start."},
    ],
)
def test_refusals_that_depend_on_stored_data_pass(body: Any) -> None:
    assert fuzz.state_independent_problems(body, _Case({})) == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"errors": [], "field-errors": {"name": "Value must be of str type."}}, "name: Value"),
        ({"error": "The request contains invalid JSON."}, "(body): The request contains"),
        (
            {"errors": [], "field-errors": {"contacts": {"errors": {"1": {"errors": [],
             "field-errors": {"phone": "Invalid phone number."}}}}}},
            "contacts.1.phone: Invalid phone number.",
        ),
        ({"errors": ["Both source and destination are required."]}, "(body): Both"),
        ({"errors": [], "field-errors": {}}, "(no error message in the body)"),
    ],
)  # fmt: skip
def test_refusals_the_request_alone_explains_fail(body: Any, problem: str) -> None:
    (found,) = fuzz.state_independent_problems(body, _Case({}))
    assert found.startswith(problem)


def test_a_rule_on_the_stored_type_depends_on_whether_the_body_names_one() -> None:
    body = {"errors": [], "field-errors": {"accepts_multiple_values": "Multiple values are "
            "only supported on user, choices, contact and custom_object fields."}}  # fmt: skip
    assert fuzz.state_independent_problems(body, _Case({"name": "x"})) == []
    assert fuzz.state_independent_problems(body, _Case({"type": "text"})) != []


def test_a_type_change_without_its_detail_depends_on_what_the_field_has() -> None:
    body = {"errors": [], "field-errors": {"choices": "This field is required."}}
    assert fuzz.state_independent_problems(body, _Case({"type": "choices"}, "PUT")) == []
    # On a create nothing is stored: the request alone explains the refusal.
    assert fuzz.state_independent_problems(body, _Case({"type": "choices"}, "POST")) != []
    sent = _Case({"type": "choices", "choices": ["a"]}, "PUT")
    assert fuzz.state_independent_problems(body, sent) != []


# --- the edge round: what schemathesis cannot send ---------------------------------------


def test_numbers_at_every_edge_and_oversized_collections_break_nothing() -> None:
    """A seeded sample of the fuzz campaign's edge round (``scripts/_fuzz_edges.py``).

    Huge, non-finite and negative-zero numbers and collections at and past the limits, in
    every operation's body: each answer is Close-shaped, none is an internal error, and
    after each accepted write every list still answers 200.
    """
    report = fuzz.run_edges(SEED, max_cases=400)
    assert report.cases == 400
    assert report.failures == []
    assert report.accepted_writes > 0
