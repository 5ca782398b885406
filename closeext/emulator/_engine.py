"""The resource engine: a family of Close objects is declared once; this does the rest.

A :class:`Family` names its record class, its collection in the organization (whose
parent links drive cascades, see :data:`~._organization.COLLECTIONS`), the references its
bodies may carry, what cannot change, its custom field target and the hooks for the rules
the spec cannot state. :func:`bind` reads the rest from the spec — which of list / create /
get / update / delete exist, their filters, page-size caps, success statuses, the id
prefix and the response schema to render by — and returns one handler per operation.

What the generic handlers do, in order:

* **create**: resolve the parent (``lead_id``; Close makes a lead when the family says
  so), check references (one wording per kind of reference), run the family's ``check``
  hook, apply custom field values, enforce required custom fields, then insert;
* **update**: the same against the stored record, refusing immutable fields;
* **delete**: ``in_use`` refusals, then the organization's cascade;
* **list**: parent index or collection, declared filters, ``_order_by`` keys, paging.

Request bodies reach a handler already validated against the spec's request schema, so
nothing here checks types again. Every body property of a create or update schema must
be handled — a record attribute, a reference, a hook's claim, or kept in ``extra`` when
the response declares it — or :func:`bind` refuses to start: nothing Close honours is
silently dropped.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from . import _custom_values as cv
from ._listing import Listing, compile_filters, project, requested_fields, respond_page
from ._organization import COLLECTIONS, Organization
from ._records import new_id
from ._render import Getter, Renderer
from ._spec import CompiledSpec, Operation
from ._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound, ValidationFailed

_PREFIX_RE: Final = re.compile(r"([a-z]+_)\[A-Za-z0-9\]")
CHANGE_REFUSED: Final = "Value cannot be changed."


@dataclass(frozen=True, slots=True)
class Ref:
    """A body property naming another object that must exist.

    Close's framework words every such refusal ``Object does not exist.``; a ``same_lead``
    reference must also belong to the lead of the record being written.
    """

    collection: str
    same_lead: bool = False

    def message(self) -> str:
        return "Object does not exist on this lead." if self.same_lead else "Object does not exist."

    def holds(self, org: Organization, value: Any, lead_id: str | None) -> bool:
        record = org.collection(self.collection).get(value) if isinstance(value, str) else None
        if record is None:
            return False
        return not self.same_lead or getattr(record, "lead_id", None) == lead_id


#: The references records carry, one per kind.
LEAD = Ref("leads")
USER = Ref("users")
CONTACT_ON_LEAD = Ref("contacts", same_lead=True)


@dataclass(slots=True)
class Write:
    """One create or update under way: what a ``check`` hook sees and may change.

    ``attrs`` holds the record attributes taken from the body (hooks may add, change or
    drop entries); ``errors`` collects field errors, raised together at the end;
    ``current`` is the stored record on update and ``None`` on create; ``record_id`` is
    the id the record has or will have; ``parent_id`` its parent's (the lead, mostly);
    ``pending`` holds records a hook built to insert after this one (nested contacts);
    ``before`` (for ``after`` hooks on update) the changed attributes' old values.
    """

    req: ApiRequest
    body: Mapping[str, Any]
    record_id: str
    families: Mapping[str, Bound]
    current: Any = None
    parent_id: str | None = None
    new_parent: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, Any] = field(default_factory=dict)
    pending: list[tuple[str, Any]] = field(default_factory=list)
    #: On update, the stored values of the attributes the write changes, before it.
    before: dict[str, Any] = field(default_factory=dict)

    @property
    def org(self) -> Organization:
        return self.req.org

    def value(self, name: str) -> Any:
        """The attribute as it will be after this write (new value, else current)."""
        if name in self.attrs:
            return self.attrs[name]
        return getattr(self.current, name, None)

    def fail(self, key: str, message: Any) -> None:
        self.errors.setdefault(key, message)


Check = Callable[[Write], None]


@dataclass(frozen=True, kw_only=True)
class Family:
    """The declaration of one family of Close objects (see the module docstring)."""

    name: str  # operationId stem: create_<name>, get_<name>, …
    plural: str  # list_<plural>
    collection: str
    record: type
    model: str  # the model Close names in its 404: "Empty query: <model> matching …"
    refs: Mapping[str, Ref] = field(default_factory=dict)
    immutable: tuple[str, ...] = ()
    #: Attributes a create sets when the body does not: a value, or a function of the write.
    defaults: Mapping[str, Any] = field(default_factory=dict)
    #: Per-attribute conversion of the (schema-valid) body value to the stored one.
    convert: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)
    #: Body properties a hook handles itself.
    claims: frozenset[str] = frozenset()
    #: The custom field target of a record and the lead its values are checked against.
    target: Callable[[Any], tuple[str, str | None]] | None = None
    #: Whether the record must carry every required custom field now.
    requires_custom: Callable[[Any], bool] | None = None
    #: For a record sent without its parent key: a new (unsaved) parent Close makes, or
    #: the id of the default parent.
    make_parent: Callable[[Write], Any] | None = None
    #: Only some records of a shared collection belong to this family.
    belongs: Callable[[Any], bool] | None = None
    computed: Mapping[str, Getter] = field(default_factory=dict)
    #: Computed getters that need the families bound before this one (to embed them).
    computed_with: Callable[[Mapping[str, Bound]], Mapping[str, Getter]] | None = None
    check: Check | None = None
    #: Before any write or delete (roles): raise an ApiError to refuse.
    authorize: Callable[[ApiRequest, Any], None] | None = None
    #: Why a record cannot be deleted now, or ``None``.
    in_use: Callable[[Organization, Any], str | None] | None = None
    #: After a create (``True``) or an update (``False``), inside the same request.
    after: Callable[[Write, Any, bool], None] | None = None
    #: After the organization removed the record.
    after_delete: Callable[[Organization, Any], None] | None = None
    #: Replaces the candidate records of a list (``None``: the default source).
    list_source: Callable[[ApiRequest, Listing], Iterable[Any] | None] | None = None
    #: Extra top-level keys of a list answer computed from the selected records.
    list_extra: Callable[[ApiRequest, list[Any] | None], Mapping[str, Any]] | None = None
    #: ``_order_by`` keys: name -> sort key of a record.
    order: Mapping[str, Callable[[Organization, Any], Any]] = field(default_factory=dict)
    #: Filters on derived values: list parameter -> test of (org, record, value).
    derived: Mapping[str, Callable[[Organization, Any, Any], bool]] = field(default_factory=dict)
    #: Whether renderings may be reused between writes (not when they depend on the clock
    #: or the caller, as a task's ``view`` does).
    memoize: bool = True
    #: Properties that embed records of another family: property -> (family, children).
    embeds: Mapping[str, tuple[str, Callable[[Organization, Any], Iterable[Any]]]] = field(
        default_factory=dict
    )
    # -- the event log (see ``_events``); the defaults suit most families -------------
    #: The ``object_type`` of this family's events: a string, a function of the record
    #: (tasks: ``task.<type>``), or ``None`` for ``_events.default_object_type`` (the name;
    #: ``activity.<name>`` for activities, ``custom_fields.<kind>``, ``status.<kind>``);
    #: ``""`` when Close records no events for the family.
    event_type: str | Callable[[Any], str] | None = None
    #: The rendered properties whose change records ``updated`` (``None``: any but the
    #: audit ones); ``"custom."`` stands for every custom field.
    event_fields: frozenset[str] | None = None
    #: Rendered properties left out of events (embedded records with events of their own).
    event_omit: frozenset[str] = frozenset()
    #: Actions beyond created / updated: property -> value -> the action recorded when the
    #: property takes that value (``{"is_complete": {True: "completed"}}``).
    event_actions: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)
    #: The parent's property listing this family's records (a lead's ``contact_ids``):
    #: adding or removing one also records the parent ``updated``.
    event_parent_field: str | None = None
    #: Verbs (``get``, ``delete``, …) whose operation a hand-written handler serves instead
    #: of the generic one (it may still call the bound methods).
    handwritten: frozenset[str] = frozenset()


def _prefix(operation: Operation | None, param: str) -> str | None:
    """The id prefix a path parameter's pattern demands (``^lead_…`` → ``lead_``)."""
    if operation is None:
        return None
    for p in operation.path_params:
        if p.name == param:
            match = _PREFIX_RE.search(str(p.schema.get("pattern", "")))
            return match.group(1) if match else None
    return None


def _body_properties(operation: Operation | None) -> set[str]:
    validator = operation.body_validator if operation is not None else None
    if validator is None:
        return set()
    return set(_flatten(validator.schema))


def _flatten(schema: Any) -> dict[str, Any]:
    if not isinstance(schema, Mapping):
        return {}
    found: dict[str, Any] = {}
    for part in schema.get("allOf", ()):
        found.update(_flatten(part))
    found.update(schema.get("properties") or {})
    return found


class Bound:
    """A family bound to the spec: its renderer, listing, id prefix and handlers."""

    def __init__(self, family: Family, spec: CompiledSpec, families: Mapping[str, Bound]) -> None:
        self.family = family
        self.families = families
        ops = spec.operations
        name, plural = family.name, family.plural
        self.ops: dict[str, Operation] = {
            verb: ops[op_id]
            for verb, op_id in (
                ("list", f"list_{plural}"),
                ("create", f"create_{name}"),
                ("get", f"get_{name}"),
                ("update", f"update_{name}"),
                ("delete", f"delete_{name}"),
            )
            if op_id in ops
        }
        if not self.ops:
            raise ValueError(f"the spec has no operation of the {name} family")
        one = self.ops.get("get") or self.ops.get("update") or self.ops.get("delete")
        self.path_param = one.path_params[-1].name if one and one.path_params else ""
        prefix = _prefix(one, self.path_param)
        if prefix is None:
            raise ValueError(f"the {name} family's path parameter names no id prefix")
        self.prefix = prefix
        self.fields = {f.name for f in dataclasses.fields(family.record)}
        computed = dict(family.computed)
        if family.computed_with is not None:
            computed.update(family.computed_with(families))
        for prop, (other, children) in family.embeds.items():
            computed[prop] = _embedder(families[other].renderer, children)
        self.renderer: Renderer = Renderer(
            self._schema(), family.record, computed, family.target, memoize=family.memoize
        )
        #: The computed getters the renderer uses (the event log renders with them too).
        self.computed: Mapping[str, Getter] = computed
        claimed = set(family.derived)
        if family.order:
            claimed.add("_order_by")
        self.listing = (
            compile_filters(self.ops["list"], family.record, family.collection, claimed)
            if "list" in self.ops
            else None
        )
        #: The body properties each write operation declares: only these are stored.
        self.declared = {
            verb: _body_properties(self.ops.get(verb)) for verb in ("create", "update")
        }
        for verb in ("create", "update"):
            self._check_body(verb)

    def _schema(self) -> Mapping[str, Any]:
        for verb in ("get", "create", "update"):
            op = self.ops.get(verb)
            if op is not None and op.response_schema is not None:
                return op.response_schema
        listed = self.ops["list"].response_schema or {}
        items = _flatten(listed).get("data", {}).get("items", {})
        return items if isinstance(items, Mapping) else {}

    def _check_body(self, verb: str) -> None:
        family = self.family
        shown = set(_flatten(self._schema()))
        for prop in _body_properties(self.ops.get(verb)):
            handled = (
                prop in self.fields or prop in family.refs or prop in family.claims or prop in shown
            )
            if not handled:
                raise ValueError(
                    f"{verb}_{family.name}: body property {prop!r} is neither stored, "
                    "referenced nor claimed by a hook"
                )

    # -- lookups -------------------------------------------------------------------

    def find(self, req: ApiRequest) -> Any:
        """The record the path names; anything else is Close's 404 for the model."""
        records = req.org.collection(self.family.collection)
        record = records.get(req.path_params.get(self.path_param, ""))
        belongs = self.family.belongs
        if record is None or (belongs is not None and not belongs(record)):
            raise NotFound(self.family.model)
        return record

    def respond(self, req: ApiRequest, record: Any) -> ApiResponse:
        fields = requested_fields(req)
        if req.method != "GET":
            # A write bumps the generation again once it returns: render, do not cache.
            return ApiResponse(body=project(self.renderer.render(req.org, record), fields))
        rendered, encoded = self.renderer.cached(req.org, record)
        if fields is None:
            return ApiResponse(encoded=encoded)
        return ApiResponse(body=project(rendered, fields))

    # -- writes --------------------------------------------------------------------

    def _attributes(self, write: Write) -> None:
        family = self.family
        parent_key = COLLECTIONS[family.collection].parent_key
        declared = self.declared["create" if write.current is None else "update"]
        for key, value in write.body.items():
            if key in family.claims or cv.is_custom_key(key):
                continue
            if key in family.immutable and write.current is not None:
                if value != getattr(write.current, key):
                    write.fail(key, CHANGE_REFUSED)
                continue
            if key not in declared:
                continue  # unknown keys are ignored, as Close does (the spec says so)
            if write.current is None and key == parent_key:
                continue  # resolved by _parent
            ref = family.refs.get(key)
            if (
                ref is not None
                and value is not None
                and not ref.holds(write.org, value, write.parent_id)
            ):
                write.fail(key, ref.message())
                continue
            convert = family.convert.get(key)
            stored = convert(value) if convert is not None else value
            if key in self.fields:
                write.attrs[key] = stored
            else:
                extra = write.attrs.setdefault("extra", dict(getattr(write.current, "extra", {})))
                extra[key] = stored

    def _parent(self, write: Write) -> None:
        """On create: the parent's id, or a new (unsaved) parent Close would make."""
        spec = COLLECTIONS[self.family.collection]
        if spec.parent is None:
            return
        given = write.body.get(spec.parent_key)
        if given is None and self.family.make_parent is not None:
            made = self.family.make_parent(write)
            if isinstance(made, str) or made is None:
                write.parent_id = made
            else:
                write.new_parent = made
                write.parent_id = made.id
        if given is None and write.parent_id is None:
            write.fail(spec.parent_key, "This field is required.")
        elif given is not None and given not in write.org.collection(spec.parent):
            write.fail(spec.parent_key, LEAD.message())
        elif given is not None:
            write.parent_id = given
        parent = write.org.collection(spec.parent).get(write.parent_id or "")
        if (
            spec.limit is not None
            and parent is not None
            and len(spec.children(parent)) >= spec.limit
        ):
            write.fail(
                spec.parent_key,
                f"The {spec.parent[:-1]} still has {spec.limit} {spec.name}, the most the "
                "emulator keeps on one; delete some first.",
            )

    def _custom(self, write: Write, record: Any) -> None:
        family = self.family
        if family.target is None:
            return
        target, lead_id = family.target(record)
        ctx = cv.ValueContext(write.org, target, lead_id, write.req.user)
        record.custom = cv.apply(ctx, record.custom, _custom_keys(write.body), write.errors)
        if family.requires_custom is not None and family.requires_custom(record):
            for key, message in cv.missing_required(ctx, record.custom).items():
                write.fail(key, message)

    def build(
        self, req: ApiRequest, body: Mapping[str, Any], parent_id: str | None = None
    ) -> tuple[Write, Any]:
        """Validate a create and build the record without storing it.

        With ``parent_id`` the record goes under that (possibly unsaved) parent, as the
        contacts nested in a new lead do. The record is ``None`` when ``errors`` is set.
        """
        family = self.family
        org = req.org
        write = Write(req, body, new_id(self.prefix), self.families, parent_id=parent_id)
        if parent_id is None:
            self._parent(write)
        self._attributes(write)
        if family.authorize is not None:
            family.authorize(req, None)
        if family.check is not None:
            family.check(write)
        if write.errors:
            return write, None
        values = {
            key: (default(write) if callable(default) else copy.copy(default))
            for key, default in family.defaults.items()
            if key not in write.attrs
        }
        spec = COLLECTIONS[family.collection]
        if spec.parent is not None:
            values[spec.parent_key] = write.parent_id
        stamp = org.stamp(req.user.id, write.record_id)
        record = family.record(**stamp, **values, **write.attrs)
        self._custom(write, record)
        return write, (None if write.errors else record)

    def store(self, write: Write, record: Any) -> None:
        """Insert a built record (its new parent first, nested records after)."""
        org = write.org
        parent = COLLECTIONS[self.family.collection].parent
        if write.new_parent is not None and parent is not None:
            org.insert(parent, write.new_parent)
        org.insert(self.family.collection, record)
        for collection, child in write.pending:
            org.insert(collection, child)
        if self.family.after is not None:
            self.family.after(write, record, True)

    def create(self, req: ApiRequest) -> ApiResponse:
        write, record = self.build(req, req.body if isinstance(req.body, dict) else {})
        if record is None:
            raise ValidationFailed(field_errors=write.errors)
        self.store(write, record)
        return self.respond(req, record)

    def update(self, req: ApiRequest) -> ApiResponse:
        record = self.find(req)
        self.change(req, record, req.body if isinstance(req.body, dict) else {})
        return self.respond(req, record)

    def change(self, req: ApiRequest, record: Any, body: Mapping[str, Any]) -> None:
        """Validate ``body`` against a stored record and apply it (raises on refusal)."""
        family = self.family
        if family.authorize is not None:
            family.authorize(req, record)
        parent_key = COLLECTIONS[family.collection].parent_key
        write = Write(
            req,
            body,
            record.id,
            self.families,
            current=record,
            parent_id=getattr(record, parent_key, None),
        )
        self._attributes(write)
        if family.check is not None:
            family.check(write)
        if write.errors:
            raise ValidationFailed(field_errors=write.errors)
        # Custom values are checked on a scratch copy, so a refused write changes nothing.
        scratch = dataclasses.replace(record, **write.attrs)
        self._custom(write, scratch)
        if write.errors:
            raise ValidationFailed(field_errors=write.errors)
        write.attrs["custom"] = scratch.custom
        write.before = {key: getattr(record, key) for key in write.attrs if key in self.fields}
        req.org.change(family.collection, record, write.attrs, req.user.id)
        if family.after is not None:
            family.after(write, record, False)

    def delete(self, req: ApiRequest) -> ApiResponse:
        family = self.family
        record = self.find(req)
        if family.authorize is not None:
            family.authorize(req, record)
        if family.in_use is not None:
            why = family.in_use(req.org, record)
            if why:
                raise BadRequest(why)
        req.org.remove(family.collection, record.id)
        if family.after_delete is not None:
            family.after_delete(req.org, record)
        return ApiResponse(body={})

    # -- reads ---------------------------------------------------------------------

    def get(self, req: ApiRequest) -> ApiResponse:
        return self.respond(req, self.find(req))

    def select(self, req: ApiRequest) -> tuple[Iterable[Any], bool]:
        """The records a list request selects, in list order, and whether it narrowed."""
        family = self.family
        listing = self.listing
        assert listing is not None
        items: Iterable[Any] | None = None
        if family.list_source is not None:
            items = family.list_source(req, listing)
        if items is None:
            items = listing.source(req)
        if family.belongs is not None:
            belongs = family.belongs
            items = (item for item in items if belongs(item))
        items = listing.select(req, items)
        narrowed = listing.narrows(req)
        for param, test in family.derived.items():
            if param in req.params:
                items = _keep(items, test, req.org, req.params[param])
                narrowed = True
        return items, narrowed

    def list(self, req: ApiRequest) -> ApiResponse:
        family = self.family
        listing = self.listing
        assert listing is not None
        org = req.org
        items, narrowed = self.select(req)
        order_by = str(req.params.get("_order_by", ""))
        key = family.order.get(order_by.lstrip("-"))
        selected: list[Any] | None = None
        if key is not None:
            selected = sorted(items, key=lambda r: key(org, r), reverse=order_by.startswith("-"))
            narrowed = True
        elif narrowed and family.list_extra is not None:
            selected = list(items)
        extra = None
        if family.list_extra is not None:
            # ``None``: nothing narrows the list, so running totals may answer.
            extra = family.list_extra(req, selected if narrowed else None)
        return respond_page(
            req,
            org,
            selected if selected is not None else items,
            self.renderer,
            paginated=listing.paginated,
            max_limit=listing.max_limit,
            extra=extra,
        )

    def handlers(self) -> dict[str, Handler]:
        """``operationId -> handler`` for every operation of the family in the spec."""
        verbs: dict[str, Handler] = {
            "list": self.list,
            "create": self.create,
            "get": self.get,
            "update": self.update,
            "delete": self.delete,
        }
        return {
            op.operation_id: verbs[verb]
            for verb, op in self.ops.items()
            if verb not in self.family.handwritten
        }


def _custom_keys(body: Mapping[str, Any]) -> Mapping[str, Any]:
    """The body with the deprecated ``custom`` object spelled as ``custom.<name>`` keys.

    Close still applies ``{"custom": {"Field Name": value}}``; an explicit ``custom.…`` key
    for the same field wins.
    """
    legacy = body.get("custom")
    if not isinstance(legacy, Mapping) or not legacy:
        return body
    merged = {f"{cv.CUSTOM_PREFIX}{name}": value for name, value in legacy.items()}
    merged.update(body)
    return merged


def _keep(
    items: Iterable[Any],
    test: Callable[[Organization, Any, Any], bool],
    org: Organization,
    value: Any,
) -> Iterable[Any]:
    return (item for item in items if test(org, item, value))


def _embedder(renderer: Renderer, children: Callable[[Organization, Any], Iterable[Any]]) -> Getter:
    def embedded(org: Organization, record: Any) -> list[dict[str, Any]]:
        return [renderer.cached(org, child)[0] for child in children(org, record)]

    return embedded


def bind(
    families: Iterable[Family], spec: CompiledSpec
) -> tuple[dict[str, Bound], dict[str, Handler]]:
    """Bind every family to the spec: the bound families by name, and their handlers.

    Families are bound in the order given; one that embeds another comes after it.
    """
    bound: dict[str, Bound] = {}
    handlers: dict[str, Handler] = {}
    for family in families:
        entry = Bound(family, spec, bound)
        bound[family.name] = entry
        for operation_id, handler in entry.handlers().items():
            if operation_id in handlers:
                raise ValueError(f"two families claim {operation_id}")
            handlers[operation_id] = handler
    return bound, handlers
