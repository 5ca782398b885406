"""How a server's answers are judged: every schemathesis check plus ``rejections_depend_on_state``.

``positive_data_acceptance`` treats a 400 for a schema-valid request as a failure. Some 400s
are right even so, because they depend on what the organization holds, which no schema can
know: an id that does not exist in this organization, a value for a custom field (whose type
lives in the organization), a label that is already taken, a delete that the stored data
forbids. So 400 is added to that check's expected statuses and ``rejections_depend_on_state``
takes over: a 400 on a schema-valid request passes only when every message in its body is
of that kind.

The repository's fuzzing campaign (``scripts/fuzz.py``) judges the emulator by the same
rules. The check is registered with schemathesis only by :func:`register_check`, and only
once per process under its name, so importing this module next to the fuzz script is safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schemathesis.config import SchemathesisConfig

from ._paths import pinned_spec_path

__all__ = [
    "BASE_URL",
    "build_config",
    "load_schema",
    "register_check",
    "rejections_depend_on_state",
    "state_independent_problems",
]

BASE_URL = "http://testserver/api/v1"

# Messages that depend on the organization's stored data (see the module docstring).
_STATE_DEPENDENT = re.compile(
    "|".join(
        (
            r"does not exist",  # an id that is not in this organization
            r"is not in this schema",  # a field id that this schema does not hold
            r"^The organization has no ",  # e.g. no opportunity status configured
            r"^The pipeline has no statuses",
            r"does not belong to",  # e.g. a status of another pipeline
            r"must belong to this type",
            r"^Not user-type lead custom fields",  # a field that exists, of another type
            r"already exists",  # a label or name that is taken
            r"already associated",
            r"does not apply to ",  # a custom field that exists, of another object type
            r"^You cannot change your own ",  # whose membership it is
            r"cannot be deleted",  # e.g. the last lead status
            r"still has ",  # e.g. a pipeline that still has statuses
            r"^Value cannot be changed\.$",  # immutable once stored
            r"^Only draft ",  # an email or SMS that is no longer a draft
            r"^A draft can only become ",  # the states a stored draft may move to
            r"^This draft has no ",  # what a stored draft lacks to be sent
            r"^No (SMS|MMS)-capable numbers are available",  # the carriers' stock of numbers
            r"can no longer be edited",  # e.g. a removed comment
            r"^The cursor was issued for another query",  # a search cursor's stored query
            # ==== h16c: state-dependent wordings go below ====
            # A sending account that is not in the organization, or whose owner has not
            # allowed the caller to send as them (closeext/emulator/_resources/_sending.py).
            r"does not name a connected email account",
            r"has not allowed the caller to send as them",
        )
    )
)
# Rules that hold no matter the state but that OpenAPI cannot express.
_INEXPRESSIBLE = re.compile(
    "|".join(
        (
            r"requires lead_id",  # query parameters cannot depend on each other
            r"requires? provider_calendar_event_id",  # nor can the meeting search's
            r"^Exactly one of ",  # nor can one be required of several
            r"^At least one of ",
            r"cannot be merged into itself",  # JSON Schema cannot compare two values
            r"^date_end is before date_start\.$",  # nor two dates of one request
            r"^group_by must name a field of ",  # nor a parameter tied to another's type
            r"cannot send as themselves",  # nor a body value with the caller
            r"cannot be allowed and disallowed at once",  # nor two lists
            r"requires _order_by=",  # nor a filter on the order asked for
            r"^The event log cannot be filtered by ",  # nor which filters go together
            r"^Invalid _cursor: ",  # a cursor is an opaque token only the server makes
            r"^This _cursor belongs to a request with other filters",
            # The emulator's own limits on every number and collection of a body
            # (closeext/emulator/_limits.py), which the spec does not repeat on each field.
            r"^Number out of range: ",
            r"^List is too long \(at most ",
            r"^The request body holds too many values",
            r"^The request body is nested too deeply",
            # Pairings within an Advanced Filtering query the query schema does not tie
            # together: a field with its object type, a condition with the field's kind,
            # has_related with its two types, a tree with an object_type clause in it.
            r"^Advanced Filtering does not understand ",
            # The grammar of the deprecated lead ``query`` text, which a schema cannot state.
            r"^Unsupported lead query ",
            # A Smart View's query must return objects of the view's type; the filters of
            # the Smart View list exclude each other.
            r"^A Smart View of type ",
            r"^Send type or type__in, not both",
            r"^Give either .* not both\.$",  # two parameters that exclude each other
            # A filter the emulator's reports refuse outright rather than ignore.
            r"^The emulator's reports do not filter by ",
            # The emulator's Explorer: x and y of one object type, which no schema ties.
            r"^The emulator's Explorer reports on one object type",
            # Export flags tied to a format or type, the objects a lead export's query
            # returns, and the filters of the opportunity list an opportunity export names.
            r" works only for ",
            r"^A lead export takes an s_query that returns leads only",
            r" is not a filter of GET /opportunity/",
            # Bulk actions: what an edit type needs and the field it names (stored data),
            # the objects a query returns, and pause / resume of an action's current status.
            r"^Bulk edit: ",
            # ==== h16b: refusal wordings go below ====
            # Bulk emails and sequence subscriptions: the template, account, sequence,
            # members and phone number they name (stored data; the fields each action type
            # takes are in the create schemas), and reassign, which the emulator refuses.
            r"^Bulk email: template_id does not name an email template",
            r"^Bulk email: email_account_id is needed \(the caller has none\)",
            r"^Bulk sequence subscription: sequence_id does not name a sequence",
            r"^Bulk sequence subscription: calls_assigned_to names no member",
            r"^Bulk sequence subscription: from_phone_number_id does not name a phone",
            r"^Bulk sequence subscription: reassign is not emulated",
            r"^A bulk action on [a-z]+s takes an s_query",
            r"^Only a (running|paused) bulk action can be ",
            r"^Only a bulk action paused at most 7 days ago",
            # ==== h16r: refusal wordings go below ====
            # Close's opportunity list parameters the emulator refuses rather than ignores.
            r"^The emulator's opportunity list does not filter by ",
            r"^The emulator's reports answer JSON only",  # an Accept asking for CSV
        )
    )
)


def _type_not_in_body(case: Any) -> bool:
    body = getattr(case, "body", None)
    return not (isinstance(body, Mapping) and "type" in body)


def _changes_type_without_its_detail(case: Any) -> bool:
    body = getattr(case, "body", None)
    if getattr(case, "method", "").upper() != "PUT" or not isinstance(body, Mapping):
        return False
    needs = {"choices": "choices", "custom_object": "referenced_custom_type_id"}
    detail = needs.get(str(body.get("type")))
    return detail is not None and detail not in body


# Rules that depend on stored data only in some requests: a custom field update that does
# not name a type is judged against the type the field already has, and one that changes
# the type to choices (or custom_object) without the list (or the custom object type)
# passes only if the field already has them.
_STATE_DEPENDENT_WHEN = (
    (re.compile(r"^Multiple values are only supported on "), _type_not_in_body),
    (re.compile(r"^This field is required\.$"), _changes_type_without_its_detail),
)


def _messages(body: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every (field path, message) in a Close error body, nested lists included."""
    if isinstance(body, str):
        yield path, body
    elif isinstance(body, list):
        for item in body:
            yield from _messages(item, path)
    elif isinstance(body, Mapping):
        if "error" in body and isinstance(body["error"], str):
            yield path, body["error"]
        for key in ("errors", "field-errors"):
            value = body.get(key)
            if isinstance(value, Mapping):
                for name, nested in value.items():
                    yield from _messages(nested, (*path, str(name)))
            elif value is not None:
                yield from _messages(value, path)


def state_independent_problems(body: Any, case: Any = None) -> list[str]:
    """The messages of a 400 body that the request's own data should have avoided."""
    problems = []
    for path, message in _messages(body):
        if any(part.startswith("custom.") for part in path):
            continue  # custom field values are checked against the organization's fields
        if _STATE_DEPENDENT.search(message) or _INEXPRESSIBLE.search(message):
            continue
        if any(p.search(message) and applies(case) for p, applies in _STATE_DEPENDENT_WHEN):
            continue
        problems.append(f"{'.'.join(path) or '(body)'}: {message}")
    return problems or ([] if _messages_present(body) else ["(no error message in the body)"])


def _messages_present(body: Any) -> bool:
    return any(True for _ in _messages(body))


def rejections_depend_on_state(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request may get a 400 only for reasons that depend on stored data."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return None
    try:
        body = response.json()
    except ValueError:
        raise AssertionError("A 400 answer must be Close-shaped JSON") from None
    problems = state_independent_problems(body, case)
    if problems:
        raise AssertionError(
            "Schema-valid request refused for a reason the schema should have caught:\n  "
            + "\n  ".join(problems)
        )
    return None


def register_check() -> None:
    """Register :func:`rejections_depend_on_state` with schemathesis, unless one is already."""
    import schemathesis
    from schemathesis.checks import CHECKS

    if rejections_depend_on_state.__name__ not in CHECKS.get_all_names():
        schemathesis.check(rejections_depend_on_state)


def build_config(
    *,
    seed: int,
    max_examples: int,
    auth_file: Path | None,
    stateful_steps: int = 10,
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful"),
    stateful_scenarios: int | None = None,
) -> SchemathesisConfig:
    """Every built-in check on, deterministic generation, the two organizations as peers.

    ``auth_file=None`` leaves authentication (and the base URL) to the caller, through
    ``config.projects.override.update(...)``, as the contract campaign does.
    ``stateful_scenarios`` gives the stateful phase its own budget of scenarios; without
    it the phase gets ``max_examples``, the budget of one operation in the other phases.
    """
    from schemathesis.config import SchemathesisConfig

    stateful: dict[str, Any] = {"enabled": "stateful" in phases, "max-steps": stateful_steps}
    if stateful_scenarios is not None:
        stateful["generation"] = {"max-examples": stateful_scenarios}
    all_phases = ("examples", "coverage", "fuzzing", "stateful")
    auth = {"wfc": {"path": str(auth_file), "user": "alpha", "peers": ["alpha", "bravo"]}}
    return SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "base-url": BASE_URL,
            "workers": 1,
            "generation": {
                "mode": "all",
                "max-examples": max_examples,
                "deterministic": True,
                "database": "none",
            },
            "checks": {
                "enabled": True,
                "max_response_time": 10.0,
                # 400 is judged by `rejections_depend_on_state` instead (module docstring).
                "positive_data_acceptance": {
                    "expected-statuses": [
                        "2xx",
                        "3xx",
                        "400",
                        "401",
                        "403",
                        "404",
                        "409",
                        "429",
                        "5xx",
                    ]
                },
            },
            "phases": {
                **{name: {"enabled": name in phases} for name in all_phases},
                "stateful": stateful,
            },
            **({"auth": auth} if auth_file is not None else {}),
            "suppress-health-check": ["all"],
        }
    )


def reach_every_rule(machine: Any) -> int:
    """Let ``machine`` (a schema's ``as_state_machine()``) draw any of its rules; count them.

    Hypothesis picks a state machine's next rule with ``sampled_from(rules).filter(valid)``.
    When three random picks miss, that filter scans only the first ``_MAX_FILTER_CALLS``
    (10,000) rules for a valid one. This spec's links make some 12,800 rules, and the ones
    that start a scenario (no data needed from an earlier step) sort last, beyond the scan:
    the stateful phase then started almost no scenario (one case in a whole campaign) or
    came out ``Unsatisfiable``, depending on which integers Hypothesis happened to draw —
    and it draws constants it collects from the modules imported so far, so importing the
    generated client changed the outcome. Raising the limit to the rule count makes every
    rule reachable; it only ever lets a filter over a larger list look further.
    """
    from hypothesis.strategies._internal.strategies import SampledFromStrategy

    rules = len(machine.setup_state().rules)
    # The scan covers _MAX_FILTER_CALLS - 3 elements (three went to the random picks).
    needed = rules + 3
    current = getattr(SampledFromStrategy, "_MAX_FILTER_CALLS", None)
    if not isinstance(current, int):
        raise RuntimeError(
            "Hypothesis no longer has SampledFromStrategy._MAX_FILTER_CALLS: check how its "
            "filtered sampled_from scans now, or the stateful phase may reach few rules"
        )
    if current < needed:
        SampledFromStrategy._MAX_FILTER_CALLS = needed
    return rules


def load_schema(config: SchemathesisConfig, spec_path: Path | None = None) -> Any:
    """The pinned spec (or ``spec_path``) under ``config``, for calls over HTTP."""
    import schemathesis

    register_check()
    return schemathesis.openapi.from_path(spec_path or pinned_spec_path(), config=config)
