"""Valid requests built from the spec alone, for ``emulator_coverage.py``.

:class:`Builder` sends one request per operation, making first whatever the request
needs: ids come from objects created by the operations whose links say they make such
ids (or, for ids nothing creates, from list answers), and bodies hold the required
properties with the simplest values their schemas allow.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

from ._spec_walk import Link, Spec, SpecOperation, walk

_ID_VALUE = re.compile(r"^([a-z]+_)[A-Za-z0-9]+$")
_TEXT = "closeext coverage"
_BOOKING_URL = "https://example.com/book"
_SAMPLES_BY_FORMAT = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "email": "coverage@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
}


#: Objects that only a side effect of another operation makes, by the path that lists them:
#: the operation (and body variant) whose side effect makes one.
_MADE_BY_SIDE_EFFECT: Mapping[str, tuple[str, Mapping[str, Any]]] = {
    "/activity/task_completed/": ("create_task", {"is_complete": True}),
    # ==== h12: side-effect creations go below ====
    # Objects only Close makes come from the emulator's control surface (see _INJECT).
    "/activity/meeting/": ("_emulator:meeting", {}),
    "/activity/form_submission/": ("_emulator:form_submission", {"form_id": "form_coverage"}),
    #
    #
    # ==== h13e: side-effect creations go below ====
    #
    #
    "/event/": ("create_lead", {}),  # every change records an event
    # ==== h13w: side-effect creations go below ====
    #
    #
    # ==== h14: side-effect creations go below ====
    #
    #
    # ==== h15a: side-effect creations go below ====
    #
    #
    # ==== h15b: side-effect creations go below ====
    #
    #
    # ==== h15c: side-effect creations go below ====
    #
    #
}

#: Query parameters an operation needs that the spec cannot mark required (one of several
#: is needed, or they only count together): operation -> the parameters to send.
_NEEDED_QUERY: Mapping[str, tuple[str, ...]] = {
    # ==== h15a: needed query parameters go below ====
    "list_comments": ("object_id",),
    "list_sequence_subscriptions": ("sequence_id",),
    #
    #
}


def _colleagues(builder: Builder) -> list[str]:
    """The ids of the other members of the caller's organization, in list order."""
    me = builder.client.get("me/").json()["id"]
    users = builder.client.get("user/").json()["data"]
    return [user["id"] for user in users if user["id"] != me]


def _free_colleague(builder: Builder) -> dict[str, Any]:
    """A send-as body for a colleague the caller has not allowed yet."""
    me = builder.client.get("me/").json()["id"]
    taken = {a["allowed_user_id"] for a in builder.client.get("send_as/").json()["data"]}
    free = [uid for uid in _colleagues(builder) if uid not in taken]
    if not free:
        raise CoverageError("every colleague already has a send-as association")
    return {"allowing_user_id": me, "allowed_user_id": free[-1]}


def _allowed_colleague(builder: Builder) -> dict[str, Any]:
    """An association to revoke by its members: made for a free colleague first."""
    body = _free_colleague(builder)
    response = builder.client.post("send_as/", json=body)
    if response.status_code != 201:
        raise CoverageError(f"create_send_as answered {response.status_code}")
    return body


def _lead_status_edit(builder: Builder) -> dict[str, Any]:
    """A bulk edit body that sets the organization's first lead status."""
    statuses = builder.client.get("status/lead/").json()["data"]
    return {"type": "set_lead_status", "lead_status_id": statuses[0]["id"]}


def _bulk_email_template(builder: Builder) -> dict[str, Any]:
    """A bulk email body naming an email template made for it."""
    response = builder.client.post("email_template/", json={"name": _TEXT})
    if response.status_code != 200:
        raise CoverageError(f"create_email_template answered {response.status_code}")
    return {"template_id": response.json()["id"]}


def _own_email_account(builder: Builder) -> dict[str, Any]:
    """A subscription's sender account: the caller's own connected email account."""
    me = builder.client.get("me/").json()["id"]
    accounts = builder.client.get("connected_account/").json()["data"]
    mine = [a["id"] for a in accounts if a.get("user_id") == me and a.get("email")]
    if not mine:
        raise CoverageError("the caller has no connected email account")
    return {"sender_account_id": mine[0]}


#: Requests that need values no schema can give (another member, a target): operationId ->
#: the body properties and query parameters to send, computed when the request is built.
_ARRANGED: Mapping[str, Callable[[Builder], Mapping[str, Any]]] = {
    # ==== h15b: arranged requests go below ====
    "create_send_as": _free_colleague,
    "delete_send_as_by_users": _allowed_colleague,
    "create_shared_scheduling_link_association": lambda builder: {"url": _BOOKING_URL},
    # A new link of an OAuth app needs what an update may leave out.
    "create_scheduling_link_integration": lambda builder: {"name": _TEXT, "url": _BOOKING_URL},
    #
    #
    # ==== h14b: arranged requests go below ====
    # A bulk edit's type decides what else it needs: set a lead status that exists.
    "create_bulk_edit_action": lambda builder: _lead_status_edit(builder),
    #
    #
    # ==== h16b: arranged requests go below ====
    # A bulk email sends a template that exists; pausing needs no sequence or sender.
    "create_bulk_email_action": lambda builder: _bulk_email_template(builder),
    "create_bulk_sequence_subscription_action": lambda builder: {"action_type": "pause"},
    #
    #
    # ==== h16c: arranged requests go below ====
    # A subscription is sent from an account the caller may send from: their own.
    "create_sequence_subscription": lambda builder: _own_email_account(builder),
    #
    #
}


#: A ``_MADE_BY_SIDE_EFFECT`` entry naming an injectable kind of the emulator's control
#: surface rather than an operation: each request gets an object of its own.
_INJECT = "_emulator:"
_CONTROL_HEADERS = {"X-Closeext-Emulator-Control": "1"}


class CoverageError(Exception):
    """Valid data for an operation could not be built (the reason is the message)."""


class CreateFailed(CoverageError):
    """A create that another request needed was not answered with 2xx."""

    def __init__(self, operation_id: str, exchange: Exchange) -> None:
        super().__init__(f"{operation_id} answered {exchange.status}: {short_answer(exchange)}")
        self.operation_id = operation_id
        self.exchange = exchange


@dataclasses.dataclass
class Exchange:
    """One request sent and what came back."""

    path_params: dict[str, str]
    body: Any
    status: int
    answer: Any


class Builder:
    """Sends one valid request per operation, creating whatever each one needs first."""

    def __init__(self, spec: Spec, client: httpx.Client) -> None:
        self.spec = spec
        self.client = client
        self.producers = spec.producers()
        self.linked_from: dict[str, list[tuple[str, Link]]] = {}
        for op in spec.operations.values():
            for link in op.links:
                self.linked_from.setdefault(link.target, []).append((op.operation_id, link))
        self.creates = {source for sources in self.linked_from.values() for source, _ in sources}
        self.cache: dict[tuple[str, tuple[tuple[str, Any], ...]], Exchange] = {}
        self.seen_ids: dict[str, list[str]] = {}
        self._harvested = False
        self._counter = 0
        self._token: str | None = None
        #: The lead of each object an answer showed (``id`` -> its ``lead_id``).
        self.lead_of: dict[str, str] = {}

    # --- requests ---------------------------------------------------------------------

    def send(self, op: SpecOperation, *, fresh: bool, variant: Mapping[str, Any]) -> Exchange:
        path_params = self._path_params(op, fresh=fresh)
        query = {
            name: self._value(schema, fresh=fresh) for name, schema in op.required_query.items()
        }
        for name in _NEEDED_QUERY.get(op.operation_id, ()):
            query[name] = self._value(op.query_params[name], fresh=fresh)
        arrange = _ARRANGED.get(op.operation_id)
        arranged = dict(arrange(self)) if arrange is not None else {}
        query.update({name: value for name, value in arranged.items() if name in query})
        if "contact_id" in query and "lead_id" in query:
            # The two must agree: the lead is the contact's (another row may have moved it).
            contact = self.client.get(f"contact/{query['contact_id']}/").json()
            query["lead_id"] = contact.get("lead_id", query["lead_id"])
        body = None
        if op.body_schema is not None:
            body = self._body(op.body_schema, fresh=fresh, variant={**variant, **arranged})
        url = op.path.lstrip("/")
        for name, value in path_params.items():
            url = url.replace("{" + name + "}", str(value))
        # Operations only OAuth apps may call get a token instead of the API key.
        auth = (
            _Bearer(self.oauth_token()) if op.security == {"oauth2"} else httpx.USE_CLIENT_DEFAULT
        )
        response = self.client.request(
            op.method, url, params={k: str(v) for k, v in query.items()}, json=body, auth=auth
        )
        try:
            answer = response.json() if response.content else None
        except ValueError:
            answer = response.text
        self._remember_ids(answer)
        return Exchange(path_params, body, response.status_code, answer)

    def create(self, operation_id: str, *, fresh: bool, variant: Mapping[str, Any]) -> Exchange:
        variant = self._canonical(operation_id, variant)
        key = (operation_id, tuple(sorted(variant.items())))
        if not fresh and key in self.cache:
            return self.cache[key]
        exchange = self.send(self.spec.operations[operation_id], fresh=fresh, variant=variant)
        if not 200 <= exchange.status < 300:
            raise CreateFailed(operation_id, exchange)
        if not fresh:
            self.cache[key] = exchange
        return exchange

    # --- values -----------------------------------------------------------------------

    def _path_params(self, op: SpecOperation, *, fresh: bool) -> dict[str, str]:
        values: dict[str, str] = {}
        # A create that links here says exactly which object fits (and how to make it).
        for source, link in self.linked_from.get(op.operation_id, []):
            if not set(op.path_params) & set(link.parameters):
                continue
            variant = self._variant_for(source, op)
            exchange = self.create(source, fresh=fresh, variant=variant)
            for name, expression in link.parameters.items():
                if name in op.path_params and name not in values:
                    values[name] = str(_evaluate(expression, exchange))
            break
        listed = self._listed_id(op)
        for name, schema in op.path_params.items():
            if name not in values:
                # The listed object is the one the path names: ``…/{id}/`` or an action
                # on it, ``…/{id}/integration/``.
                if listed is not None and op.path.startswith(
                    op.path.rsplit("{", 1)[0] + "{" + name + "}/"
                ):
                    values[name] = listed
                else:
                    values[name] = str(self._value(schema, fresh=fresh))
        return values

    def _listed_id(self, op: SpecOperation) -> str | None:
        """For an object no create links to: the first id its own list answers.

        Such objects are made by side effects (a completed task records an activity), so
        the operation that makes one runs first, then the list is read.
        """
        if self.linked_from.get(op.operation_id):
            return None
        collection = op.path.rsplit("{", 1)[0]
        lister = next(
            (
                o
                for o in self.spec.operations.values()
                if o.method == "GET" and o.path == collection and not o.required_query
            ),
            None,
        )
        if lister is None or not op.path_params or collection == op.path:
            return None
        made_by = _MADE_BY_SIDE_EFFECT.get(collection)
        if made_by is not None and made_by[0].startswith(_INJECT):
            return self.inject(made_by[0][len(_INJECT) :], made_by[1])
        if made_by is not None:
            self.create(made_by[0], fresh=False, variant=made_by[1])
        exchange = self.send(lister, fresh=False, variant={})
        data = exchange.answer.get("data") if isinstance(exchange.answer, dict) else None
        first = data[0] if isinstance(data, list) and data else None
        value = first.get("id") if isinstance(first, dict) else None
        return value if isinstance(value, str) else None

    def inject(self, kind: str, body: Mapping[str, Any]) -> str:
        """Make an object only Close makes through the emulator's control surface; its id."""
        answer = self._control(
            "POST", f"inject/{kind}/", {"lead_id": self.need_id("lead_", fresh=False), **body}
        )
        record = answer.get("record") if isinstance(answer, dict) else None
        value = record.get("id") if isinstance(record, dict) else None
        if not isinstance(value, str):
            raise CoverageError(f"the control surface made no {kind}: {answer!r:.200}")
        return value

    def oauth_token(self) -> str:
        """An OAuth access token from the control surface, for OAuth-only operations."""
        if self._token is None:
            answer = self._control("POST", "oauth_token/", {})
            token = answer.get("access_token") if isinstance(answer, dict) else None
            if not isinstance(token, str):
                raise CoverageError(f"the control surface issued no OAuth token: {answer!r:.200}")
            self._token = token
        return self._token

    def _control(self, method: str, path: str, body: Mapping[str, Any]) -> Any:
        url = self.client.base_url.copy_with(path=f"/_emulator/{path}")
        response = self.client.request(method, url, json=dict(body), headers=_CONTROL_HEADERS)
        if response.status_code != 200:
            raise CoverageError(
                f"the control surface answered {response.status_code}: {response.text:.200}"
            )
        return response.json()

    def _canonical(self, operation_id: str, variant: Mapping[str, Any]) -> dict[str, Any]:
        """``variant`` with the default of every required enum property spelled out.

        So the row for a create and a row that asked for the default value explicitly
        share one object instead of making a second, conflicting one.
        """
        schema = self.spec.merged(self.spec.operations[operation_id].body_schema or {})
        canonical = dict(variant)
        for name in schema.get("required", []):
            prop = self.spec.merged(schema.get("properties", {}).get(name, {}))
            if prop.get("enum") and name not in canonical:
                canonical[name] = self._value(prop, fresh=False)
        return canonical

    def _variant_for(self, source: str, target: SpecOperation) -> dict[str, Any]:
        """Body values of ``source`` that name a segment of the target's path.

        An association created with ``object_type: contact`` is the one that
        ``.../association/contact/`` reads; the link alone cannot say so.
        """
        schema = self.spec.deref(self.spec.operations[source].body_schema or {})
        segments = set(target.path.strip("/").split("/"))
        variant = {}
        for name, prop in (schema.get("properties") or {}).items():
            prop = self.spec.deref(prop)
            for value in prop.get("enum", []):
                if value in segments:
                    variant[name] = value
        return variant

    def need_id(self, prefix: str, *, fresh: bool) -> str:
        for producer in self.producers.get(prefix, []):
            exchange = self.create(producer, fresh=fresh, variant={})
            value = exchange.answer.get("id") if isinstance(exchange.answer, dict) else None
            if isinstance(value, str):
                return value
        if not self._harvested:
            self._harvest()
        if self.seen_ids.get(prefix):
            return self.seen_ids[prefix][0]
        raise CoverageError(f"no operation creates or lists an id with prefix {prefix!r}")

    def _harvest(self) -> None:
        """Read the ids no operation creates (users, the organization) from list answers."""
        self._harvested = True
        for op in self.spec.operations.values():
            if op.method == "GET" and not op.path_params and not op.required_query:
                self.send(op, fresh=False, variant={})

    def _remember_ids(self, answer: Any) -> None:
        lead_id = answer.get("lead_id") if isinstance(answer, dict) else None
        if isinstance(lead_id, str) and isinstance(answer.get("id"), str):
            self.lead_of[answer["id"]] = lead_id
        for key, value in walk(answer):
            if (key == "id" or key.endswith("_id")) and isinstance(value, str):
                match = _ID_VALUE.match(value)
                if match:
                    self.seen_ids.setdefault(match.group(1), []).append(value)

    def _body(self, schema: Any, *, fresh: bool, variant: Mapping[str, Any]) -> Any:
        body = self._value(schema, fresh=fresh)
        if isinstance(body, dict):
            body.update(variant)
        validator = self.spec.validator(schema)
        # Fill in what conditional subschemas require, until nothing more is asked.
        for _ in range(10):
            missing = [e for e in validator.iter_errors(body) if e.validator == "required"]
            if not missing:
                break
            for error in missing:
                target = _at(body, error.absolute_path)
                props = self._properties_at(schema, list(error.absolute_path))
                for name in error.validator_value:
                    if isinstance(target, dict) and name not in target and name in props:
                        target[name] = self._value(props[name], fresh=fresh)
        if isinstance(body, dict) and "lead_id" in body and "lead_id" not in variant:
            # Objects named together belong together: the lead is that of the contact (or
            # opportunity, ...) the body names, as Close requires of them.
            for key, value in body.items():
                if key != "lead_id" and isinstance(value, str) and value in self.lead_of:
                    body["lead_id"] = self.lead_of[value]
                    break
        return body

    def _properties_at(self, schema: Any, path: list[Any]) -> dict[str, Any]:
        node = self.spec.deref(schema)
        for part in path:
            node = self.spec.merged(node)
            if isinstance(part, int):
                node = self.spec.deref(node.get("items", {}))
            else:
                node = self.spec.deref(node.get("properties", {}).get(part, {}))
        return dict(self.spec.merged(node).get("properties", {}))

    def _value(self, schema: Any, *, fresh: bool) -> Any:
        schema = self.spec.merged(schema)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        for key in ("oneOf", "anyOf"):
            options = [self.spec.deref(o) for o in schema.get(key, [])]
            options = [o for o in options if o.get("type") != "null"] or options
            if options:
                return self._value(options[0], fresh=fresh)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            props = schema.get("properties", {})
            return {
                name: self._value(props.get(name, {}), fresh=fresh)
                for name in schema.get("required", [])
            }
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self._value(schema.get("items", {}), fresh=fresh) for _ in range(count)]
        if kind == "string":
            return self._string(schema, fresh=fresh)
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
            return max(low, 0) if "maximum" not in schema else min(max(low, 0), schema["maximum"])
        if kind == "boolean":
            return False
        return None

    def _string(self, schema: Mapping[str, Any], *, fresh: bool) -> str:
        prefix = self.spec.id_prefix(schema)
        if prefix is not None:
            return self.need_id(prefix, fresh=fresh)
        if schema.get("format") in _SAMPLES_BY_FORMAT:
            return _SAMPLES_BY_FORMAT[schema["format"]]
        # Numbered, so that names and labels that must be unique are.
        self._counter += 1
        text = f"{_TEXT} {self._counter}".ljust(int(schema.get("minLength", 0)), "x")
        return text[: int(schema.get("maxLength", len(text)))]


class _Bearer(httpx.Auth):
    """``Authorization: Bearer <token>`` in place of the client's API key."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


def short_answer(exchange: Exchange) -> str:
    """What came back, cut to fit in one table cell."""
    text = str(exchange.answer)
    return text if len(text) <= 160 else text[:157] + "..."


def _at(node: Any, path: Sequence[Any]) -> Any:
    for part in path:
        node = node[part]
    return node


def _pointer(document: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def _evaluate(expression: str, exchange: Exchange) -> Any:
    """An OpenAPI runtime expression, for the forms the spec's links use."""
    try:
        if expression.startswith("$response.body#"):
            return _pointer(exchange.answer, expression.partition("#")[2])
        if expression.startswith("$request.body#"):
            return _pointer(exchange.body, expression.partition("#")[2])
        if expression.startswith("$request.path."):
            return exchange.path_params[expression.removeprefix("$request.path.")]
    except (KeyError, IndexError, TypeError, ValueError):
        raise CoverageError(f"link expression {expression} has no value") from None
    raise CoverageError(f"unsupported link expression {expression}")
