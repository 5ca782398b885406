"""A query tree compiled into tests of objects, with index-backed candidate sets.

:func:`compile_node` checks one node (its type, its keys, the fields and conditions it
names against what the emulator knows) and returns a :class:`Compiled`: ``test`` says
whether an object of a given type matches; ``narrow`` may return, for a returned object
type, an ordered superset of the matching ids (from an index) so the caller need not test
every object, or ``None`` when the node cannot narrow. Anything the emulator does not
understand raises the 400 of :func:`._moments.refuse`, naming the part by its path in the
body (``query.queries.1.condition``), never treated as a match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._organization import Organization
from . import _fields as f
from . import _index, _text
from ._moments import as_instant, refuse, resolve

Test = Callable[[str, Any], bool]
Narrow = Callable[[str], dict[str, None] | None]


@dataclass(frozen=True, slots=True)
class Env:
    """What a query is evaluated against: the organization, the caller and the moment."""

    org: Organization
    user_id: str
    now: datetime
    tz_offset: float


@dataclass(frozen=True, slots=True)
class Compiled:
    test: Test
    narrow: Narrow


def _no_narrowing(object_type: str) -> None:
    return None


_NODE_KEYS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    # type -> (required keys, optional keys), "type" and "negate" aside
    "object_type": (frozenset({"object_type"}), frozenset()),
    "id": (frozenset({"value"}), frozenset()),
    "text": (frozenset({"value"}), frozenset({"mode"})),
    "field_condition": (frozenset({"field", "condition"}), frozenset()),
    "has_related": (
        frozenset({"this_object_type", "related_object_type", "related_query"}),
        frozenset(),
    ),
    "and": (frozenset({"queries"}), frozenset()),
    "or": (frozenset({"queries"}), frozenset()),
}

_CONDITION_KEYS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    "boolean": (frozenset({"value"}), frozenset()),
    "current_user": (frozenset(), frozenset()),
    "exists": (frozenset(), frozenset()),
    "text": (frozenset({"value"}), frozenset({"mode"})),
    "term": (frozenset({"values"}), frozenset()),
    "reference": (frozenset({"reference_type", "object_ids"}), frozenset()),
    "number_range": (frozenset(), frozenset({"gt", "gte", "lt", "lte"})),
    "moment_range": (frozenset(), frozenset({"on_or_after", "before"})),
}


def check_keys(
    node: Any,
    path: str,
    table: Mapping[str, tuple[frozenset[str], frozenset[str]]],
    what: str,
    extra: frozenset[str] = frozenset(),
) -> str:
    """The node's ``type`` once its keys are what that type takes (else the 400)."""
    if not isinstance(node, Mapping):
        raise refuse(path, f"a {what} must be a JSON object.")
    kind = node.get("type")
    if not isinstance(kind, str) or kind not in table:
        raise refuse(f"{path}.type", f"a {what} of type {kind!r}.")
    required, optional = table[kind]
    missing = sorted(required - node.keys())
    if missing:
        raise refuse(path, f"a {kind} {what} without {', '.join(missing)}.")
    unknown = sorted(set(node) - required - optional - extra - {"type"})
    if unknown:
        raise refuse(f"{path}.{unknown[0]}", f"a {kind} {what} takes no {unknown[0]!r}.")
    return kind


def compile_node(node: Any, path: str, env: Env) -> Compiled:
    """Compile one query node (see the module docstring)."""
    kind = check_keys(node, path, _NODE_KEYS, "query", frozenset({"negate"}))
    negate = node.get("negate", False)
    if not isinstance(negate, bool):
        raise refuse(f"{path}.negate", "negate must be true or false.")
    compiled = _COMPILERS[kind](node, path, env)
    if not negate:
        return compiled
    inner = compiled.test
    return Compiled(lambda t, obj: not inner(t, obj), _no_narrowing)


def _object_type(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    wanted = node["object_type"]
    if wanted not in f.RETURNED:
        raise refuse(f"{path}.object_type", f"the object type {wanted!r}.")

    def narrow(object_type: str) -> dict[str, None] | None:
        return None if object_type == wanted else {}

    return Compiled(lambda t, obj: t == wanted, narrow)


def _id(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    value = node["value"]
    if not isinstance(value, str):
        raise refuse(f"{path}.value", "an id must be a string.")

    def narrow(object_type: str) -> dict[str, None]:
        records = env.org.collection(f.RETURNED[object_type]) if object_type in f.RETURNED else {}
        return {value: None} if value in records else {}

    return Compiled(lambda t, obj: getattr(obj, "id", None) == value, narrow)


def _mode(node: Mapping[str, Any], path: str) -> str:
    mode = node.get("mode", "full_words")
    if mode not in ("full_words", "phrase"):
        raise refuse(f"{path}.mode", f"the text mode {mode!r}.")
    return str(mode)


def searchable_texts(org: Organization, object_type: str, obj: Any) -> Iterator[Any]:
    """The texts a ``text`` node searches on one object."""
    if object_type == "lead":
        yield from (obj.name or "", obj.description, obj.url or "")
        for address in obj.addresses:
            yield from (value for value in address.values() if isinstance(value, str))
        for contact_id in obj.contact_ids:
            yield from searchable_texts(org, "contact", org.contacts[contact_id])
    elif object_type == "contact":
        yield from (obj.name or "", obj.title or "")
        for key, items in (("email", obj.emails), ("phone", obj.phones), ("url", obj.urls)):
            yield from (item.get(key) or "" for item in items)
    elif object_type == "opportunity":
        yield obj.note
    elif object_type == "custom_object":
        yield obj.name
    elif isinstance(obj, Mapping):
        yield from (value for value in obj.values() if isinstance(value, str))


def _text_node(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    value = node["value"]
    if not isinstance(value, str):
        raise refuse(f"{path}.value", "text must be a string.")
    holds = _text.matcher(value, _mode(node, path))
    org = env.org
    return Compiled(lambda t, obj: bool(holds(searchable_texts(org, t, obj))), _no_narrowing)


def _and(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    parts = _parts(node, path, env)
    tests = [part.test for part in parts]

    def narrow(object_type: str) -> dict[str, None] | None:
        best: dict[str, None] | None = None
        for part in parts:
            ids = part.narrow(object_type)
            if ids is not None and (best is None or len(ids) < len(best)):
                best = ids
                if not best:
                    break
        return best

    return Compiled(lambda t, obj: all(test(t, obj) for test in tests), narrow)


def _or(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    parts = _parts(node, path, env)
    tests = [part.test for part in parts]

    def narrow(object_type: str) -> dict[str, None] | None:
        union: dict[str, None] = {}
        for part in parts:
            ids = part.narrow(object_type)
            if ids is None:
                return None
            union.update(ids)
        return union

    return Compiled(lambda t, obj: any(test(t, obj) for test in tests), narrow)


def _parts(node: Mapping[str, Any], path: str, env: Env) -> list[Compiled]:
    queries = node["queries"]
    if not isinstance(queries, list):
        raise refuse(f"{path}.queries", "queries must be a list.")
    return [compile_node(q, f"{path}.queries.{i}", env) for i, q in enumerate(queries)]


# -- has_related -------------------------------------------------------------------------

Related = Callable[[Organization, Any], Iterable[Any]]


def _children(index: str, collection: str) -> Related:
    return lambda org, obj: (org.collection(collection)[i] for i in getattr(obj, index))


def _items(attribute: str) -> Related:
    return lambda org, obj: getattr(obj, attribute)


def _lead_of(org: Organization, obj: Any) -> Iterable[Any]:
    lead = org.leads.get(obj.lead_id)
    return () if lead is None else (lead,)


#: (this object type, related object type) -> the related objects of one object.
RELATIONS: Mapping[tuple[str, str], Related] = {
    ("lead", "contact"): _children("contact_ids", "contacts"),
    ("lead", "opportunity"): _children("opportunity_ids", "opportunities"),
    ("lead", "custom_object"): _children("custom_object_ids", "custom_objects"),
    ("lead", "address"): _items("addresses"),
    ("contact", "lead"): _lead_of,
    ("opportunity", "lead"): _lead_of,
    ("custom_object", "lead"): _lead_of,
    ("contact", "contact_email"): _items("emails"),
    ("contact", "contact_phone"): _items("phones"),
    ("contact", "contact_url"): _items("urls"),
}


def _has_related(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    this, other = node["this_object_type"], node["related_object_type"]
    related = RELATIONS.get((this, other))
    if related is None:
        raise refuse(path, f"has_related from {this!r} to {other!r}.")
    inner = compile_node(node["related_query"], f"{path}.related_query", env)
    inner_test = inner.test
    org = env.org

    def test(object_type: str, obj: Any) -> bool:
        if object_type != this:
            return False
        return any(inner_test(other, item) for item in related(org, obj))

    def narrow(object_type: str) -> dict[str, None] | None:
        if object_type != this:
            return {}
        if other not in f.RETURNED:
            return None
        ids = inner.narrow(other)
        if ids is None:
            return None
        records = org.collection(f.RETURNED[other])
        if this == "lead":  # the leads of the related objects
            return {records[i].lead_id: None for i in ids if i in records}
        # this -> lead: the children of the matching leads
        index = {"contact": "contact_ids", "opportunity": "opportunity_ids"}.get(
            this, "custom_object_ids"
        )
        found: dict[str, None] = {}
        for lead_id in ids:
            lead = records.get(lead_id)
            if lead is not None:
                found.update(getattr(lead, index))
        return found

    return Compiled(test, narrow)


# -- field_condition ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldRef:
    """A resolved field: the object type it sits on (``None``: any with the custom field)."""

    object_type: str | None
    key: str  # field name or custom field id
    kind: str
    references: frozenset[str]
    read: Callable[[str, Any], list[Any]]
    label: str


def resolve_field(field: Any, path: str, env: Env) -> FieldRef:
    """A ``SearchField`` resolved against the field table and the organization's fields."""
    if not isinstance(field, Mapping):
        raise refuse(path, "a field must be a JSON object.")
    kind = field.get("type")
    org = env.org
    if kind == "regular_field":
        extra = sorted(set(field) - {"type", "object_type", "field_name"})
        if extra:
            raise refuse(f"{path}.{extra[0]}", f"a regular_field takes no {extra[0]!r}.")
        object_type, name = field.get("object_type"), field.get("field_name")
        table = f.REGULAR.get(object_type) if isinstance(object_type, str) else None
        if table is None:
            raise refuse(f"{path}.object_type", f"fields of the object type {object_type!r}.")
        definition = table.get(name) if isinstance(name, str) else None
        if definition is None:
            raise refuse(f"{path}.field_name", f"{object_type} has no field {name!r}.")
        get = definition.get

        def read_regular(object_type_: str, obj: Any) -> list[Any]:
            return get(org, obj) if object_type_ == object_type else []

        return FieldRef(
            object_type,
            str(name),
            definition.kind,
            definition.references,
            read_regular,
            f"{object_type}.{name}",
        )
    if kind == "custom_field":
        extra = sorted(set(field) - {"type", "custom_field_id"})
        if extra:
            raise refuse(f"{path}.{extra[0]}", f"a custom_field takes no {extra[0]!r}.")
        field_id = field.get("custom_field_id")
        custom = org.custom_fields.get(field_id) if isinstance(field_id, str) else None
        if custom is None:
            raise refuse(
                f"{path}.custom_field_id", f"the custom field {field_id!r} does not exist."
            )
        field_kind, references = f.custom_kind(custom.type)

        def read_custom(object_type_: str, obj: Any) -> list[Any]:
            if object_type_ not in f.RETURNED:
                return []
            return f.custom_values(org, object_type_, obj, custom.id)

        return FieldRef(None, custom.id, field_kind, references, read_custom, custom.id)
    raise refuse(f"{path}.type", f"a field of type {kind!r}.")


def _field_condition(node: Mapping[str, Any], path: str, env: Env) -> Compiled:
    ref = resolve_field(node["field"], f"{path}.field", env)
    cpath = f"{path}.condition"
    condition = node["condition"]
    kind = check_keys(condition, cpath, _CONDITION_KEYS, "condition")
    if kind not in f.CONDITIONS[ref.kind]:
        raise refuse(cpath, f"a {kind} condition on {ref.label}, a {ref.kind} field.")
    holds, exact = _condition(kind, condition, cpath, ref, env)
    read = ref.read

    def test(object_type: str, obj: Any) -> bool:
        return holds(read(object_type, obj))

    if exact is None:
        return Compiled(test, _no_narrowing)
    wanted = exact
    org = env.org

    def narrow(object_type: str) -> dict[str, None] | None:
        if ref.object_type is not None and object_type != ref.object_type:
            return {}
        collection = f.RETURNED.get(object_type)
        if collection is None:
            return None
        return _index.lookup(
            org, collection, ref.key, lambda record: read(object_type, record), wanted
        )

    return Compiled(test, narrow)


Holds = Callable[[list[Any]], bool]


def _condition(
    kind: str, condition: Mapping[str, Any], path: str, ref: FieldRef, env: Env
) -> tuple[Holds, list[Any] | None]:
    """The test of a field's values, and the exact values an index may look up."""
    if kind == "exists":
        return bool, None
    if kind == "boolean":
        value = condition["value"]
        if not isinstance(value, bool):
            raise refuse(f"{path}.value", "boolean needs true or false.")
        return (lambda atoms: atoms == [value]), None
    if kind == "current_user":
        user_id = env.user_id
        return (lambda atoms: user_id in atoms), [user_id]
    if kind == "term":
        values = condition["values"]
        if not isinstance(values, list) or any(
            isinstance(v, bool) or not isinstance(v, str | int | float) for v in values
        ):
            raise refuse(f"{path}.values", "term values must be a list of strings or numbers.")
        wanted = set(values)
        return (lambda atoms: any(_hashable(a) and a in wanted for a in atoms)), list(values)
    if kind == "reference":
        reference_type = condition["reference_type"]
        if reference_type not in ref.references:
            raise refuse(
                f"{path}.reference_type",
                f"references of type {reference_type!r} on {ref.label}.",
            )
        ids = condition["object_ids"]
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise refuse(f"{path}.object_ids", "object_ids must be a list of ids.")
        id_set = set(ids)
        return (lambda atoms: any(a in id_set for a in atoms if isinstance(a, str))), list(ids)
    if kind == "text":
        value = condition["value"]
        if not isinstance(value, str):
            raise refuse(f"{path}.value", "text must be a string.")
        return _text.matcher(value, _mode(condition, path)), None
    if kind == "number_range":
        return _number_range(condition, path), None
    return _moment_range(condition, path, env), None


def _hashable(atom: Any) -> bool:
    return not isinstance(atom, list | dict)


def _number_range(condition: Mapping[str, Any], path: str) -> Holds:
    bounds = {}
    for key in ("gt", "gte", "lt", "lte"):
        if key in condition:
            bound = condition[key]
            if isinstance(bound, bool) or not isinstance(bound, int | float):
                raise refuse(f"{path}.{key}", "a number_range bound must be a number.")
            bounds[key] = bound
    gt, gte, lt, lte = (bounds.get(k) for k in ("gt", "gte", "lt", "lte"))

    def fits(atom: Any) -> bool:
        if isinstance(atom, bool) or not isinstance(atom, int | float):
            return False
        return (
            (gt is None or atom > gt)
            and (gte is None or atom >= gte)
            and (lt is None or atom < lt)
            and (lte is None or atom <= lte)
        )

    return lambda atoms: any(fits(atom) for atom in atoms)


def _moment_range(condition: Mapping[str, Any], path: str, env: Env) -> Holds:
    start = end = None
    if condition.get("on_or_after") is not None:
        start = resolve(
            _moment(condition["on_or_after"], f"{path}.on_or_after"),
            f"{path}.on_or_after",
            env.now,
            env.tz_offset,
        )
    if condition.get("before") is not None:
        end = resolve(
            _moment(condition["before"], f"{path}.before"), f"{path}.before", env.now, env.tz_offset
        )
    tz_offset = env.tz_offset

    def fits(atom: Any) -> bool:
        moment = as_instant(atom, tz_offset)
        if moment is None:
            return False
        return (start is None or moment >= start) and (end is None or moment < end)

    return lambda atoms: any(fits(atom) for atom in atoms)


def _moment(moment: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(moment, Mapping):
        raise refuse(path, "a moment must be a JSON object.")
    return moment


_COMPILERS: Mapping[str, Callable[[Mapping[str, Any], str, Env], Compiled]] = {
    "object_type": _object_type,
    "id": _id,
    "text": _text_node,
    "field_condition": _field_condition,
    "has_related": _has_related,
    "and": _and,
    "or": _or,
}


def returned_types(node: Any) -> list[str]:
    """The object types named by ``object_type`` nodes outside any ``has_related``."""
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, Mapping):
            continue
        kind = current.get("type")
        if kind == "object_type" and current.get("object_type") in f.RETURNED:
            if current["object_type"] not in found:
                found.append(current["object_type"])
        elif kind in ("and", "or") and isinstance(current.get("queries"), list):
            stack.extend(reversed(current["queries"]))
    return [t for t in f.RETURNED if t in found]
