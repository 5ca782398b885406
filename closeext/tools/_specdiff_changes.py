"""The differ of ``spec_diff``: every change between two specs, each with its verdict.

Requests and responses are judged in opposite directions (see ``spec_diff``'s decisions):
the table ``_VERDICT_TABLE`` says, per kind of change and per side, whether code using a
client generated from the old spec can break, and why.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

from ._specdiff_model import MAX_DEPTH, Op, Shape, Spec, body_media, shape_of
from ._specdiff_report import Change, ChangeKind, Report

# Formats that openapi-python-client maps to another Python type (datetime, date, File, UUID).
# A change between other formats leaves the generated code unchanged, so it is not reported.
_TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})

Side = Literal["operation", "request", "response"]
_SIDES: dict[str, Side] = {"operation": "operation", "request": "request", "response": "response"}


def _describe(shape: Shape) -> str:
    if shape.is_any:
        return "any (untyped)"
    text = _type_text(shape.types) if shape.types else "untyped union"
    return f"{text} | null" if shape.nullable else text


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type set ``narrow`` is also valid for ``wide`` (empty = any)."""
    if not wide:
        return True
    return bool(narrow) and all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _values_text(values: Iterable[Any]) -> str:
    return ", ".join(json.dumps(v, default=str) for v in values)


K = ChangeKind

# Verdicts per kind and side: "!" marks BREAKING. Each reason speaks to people who use the client
# generated from the spec; an indented line continues the reason above it.
_VERDICT_TABLE = """
operation-added             operation .  a new generated function; existing code is unaffected
operation-removed           operation !  the generated function disappears; code calling it breaks
operation-id-changed        operation !  the generated function is named after the operationId,
                                         so imports break
tag-changed                 operation !  the generated module sits under the first tag, so imports
                                         break
path-parameter-renamed      operation !  same URL, but the generated keyword argument is renamed, so
                                         calls passing it by name break
parameter-added             request   .  a new optional argument; existing calls still work
required-parameter-added    request   !  a new required argument; existing calls fail
parameter-removed           request   !  the generated function loses the argument; calls passing
                                         it fail
parameter-made-required     request   !  calls that leave it out now fail
parameter-made-optional     request   .  existing calls still work
request-body-added          request   .  an optional body argument; existing calls still work
required-request-body-added request   !  the generated function now requires a body argument
request-body-removed        request   !  the generated function loses its body argument
request-body-made-required  request   !  calls that send no body now fail
request-body-made-optional  request   .  existing calls still work
media-type-changed          request   !  the generated function sends a different content type
media-type-changed          response  !  the generated client parses a different content type
status-added                response  .  a newly documented response; existing handling still works
success-status-removed      response  !  the client stops parsing this success response (parsed is
                                         None)
error-status-removed        response  .  errors are still raised by HTTP status; only the documented
                                         body goes
property-added              request   .  an optional field; existing calls still work
property-added              response  .  a new field; existing code ignores it
required-property-added     request   !  a new required field: calls without it are rejected
required-property-added     response  .  a new field; existing code ignores it
property-removed            request   !  the generated model loses the field; code setting it fails
property-removed            response  !  the generated model loses the field; code reading it fails
made-required               request   !  calls that leave the field out are now rejected
made-required               response  .  the field is now always present
made-optional               request   .  existing calls still work
made-optional               response  !  the field may now be UNSET; code reading it unconditionally
                                         breaks
type-widened                request   .  the server accepts every value it accepted before
type-widened                response  !  the server may return values of a type existing code does
                                         not expect
type-narrowed               request   !  values of the dropped type are now rejected
type-narrowed               response  .  every returned value still fits the old type
type-changed                request   !  values valid before are now rejected
type-changed                response  !  returned values no longer have the type existing code
                                         expects
format-changed              request   !  the generated Python type changes (e.g. str <-> datetime)
format-changed              response  !  the generated Python type changes (e.g. str <-> datetime)
made-nullable               request   .  the server also accepts null; existing calls still work
made-nullable               response  !  clients can now get None where they expected a value
made-non-nullable           request   !  calls that send null (None) are now rejected
made-non-nullable           response  .  the field no longer comes back null; code handling None
                                         still works
enum-values-added           request   .  the server accepts more values
enum-values-added           response  !  generated clients check enums while parsing (check_*() /
                                         Enum classes) and reject the new value
enum-values-removed         request   !  calls that send a removed value are rejected
enum-values-removed         response  .  the server returns fewer values; code handling them all
                                         still works
enum-added                  request   !  values outside the new list are rejected
enum-added                  response  .  returned values are now limited to a known list
enum-removed                request   .  the server accepts any value
enum-removed                response  !  values outside the old list may come back
variant-added               request   .  the server accepts one more shape
variant-added               response  !  the client may receive a shape it cannot parse
variant-removed             request   !  calls sending the removed shape are rejected
variant-removed             response  .  the server returns fewer shapes
composition-changed         request   !  the generated type switches between a union and a single
                                         type
composition-changed         response  !  the generated type switches between a union and a single
                                         type
"""


def _parse_verdicts(table: str) -> dict[tuple[ChangeKind, Side], tuple[bool, str]]:
    verdicts: dict[tuple[ChangeKind, Side], tuple[bool, str]] = {}
    key: tuple[ChangeKind, Side] | None = None
    for line in table.strip("\n").splitlines():
        if line.startswith(" ") and key is not None:
            breaking, reason = verdicts[key]
            verdicts[key] = (breaking, f"{reason} {line.strip()}")
            continue
        kind, side, flag, reason = line.split(maxsplit=3)
        key = (ChangeKind(kind), _SIDES[side])
        verdicts[key] = (flag == "!", reason)
    return verdicts


_VERDICTS = _parse_verdicts(_VERDICT_TABLE)


class _Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._active: set[tuple[frozenset[str], frozenset[str]]] = set()
        self._op = ""

    def emit(self, kind: ChangeKind, side: Side, location: str, detail: str) -> None:
        breaking, reason = _VERDICTS[(kind, side)]
        self.changes.append(Change(kind, self._op, location, detail, breaking, reason))

    def run(self) -> None:
        prefixes = {self.old.server_prefix(), self.new.server_prefix()}
        old_ops = self.old.operations(prefixes, loose=False)
        new_ops = self.new.operations(prefixes, loose=False)
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
            before, after = old_ops.get(key), new_ops.get(key)
            if after is None and before is not None:
                self._op = before.label
                self.emit(K.OPERATION_REMOVED, "operation", "operation", "operation removed")
            elif before is None and after is not None:
                self._op = after.label
                self.emit(K.OPERATION_ADDED, "operation", "operation", "operation added")
            elif before is not None and after is not None:
                self._op = after.label
                self.operation(before, after)

    def operation(self, before: Op, after: Op) -> None:
        if before.operation_id != after.operation_id:
            detail = f"operationId {before.operation_id} -> {after.operation_id}"
            self.emit(K.OPERATION_ID_CHANGED, "operation", "operation", detail)
        if before.tag != after.tag:
            self.emit(K.TAG_CHANGED, "operation", "tags", f"first tag {before.tag} -> {after.tag}")
        for old_name, new_name in zip(before.path_params, after.path_params, strict=True):
            if old_name != new_name:
                detail = f"path parameter {{{old_name}}} renamed to {{{new_name}}}"
                self.emit(K.PATH_PARAMETER_RENAMED, "operation", "path", detail)
        self.parameters(before, after)
        self.request_body(before, after)
        self.responses(before, after)

    def parameters(self, before: Op, after: Op) -> None:
        old_params, new_params = self.old.parameters(before), self.new.parameters(after)
        for key, (name, _) in old_params.items():
            if key in new_params:
                continue
            self.emit(K.PARAMETER_REMOVED, "request", f"{key[0]} parameter {name}", "removed")
        for key, (name, param) in new_params.items():
            where = f"{key[0]} parameter {name}"
            required = param.get("required") is True or key[0] == "path"
            if key not in old_params:
                kind = K.REQUIRED_PARAMETER_ADDED if required else K.PARAMETER_ADDED
                self.emit(kind, "request", where, "added (required)" if required else "added")
                continue
            was = old_params[key][1].get("required") is True or key[0] == "path"
            if was != required:
                kind = K.PARAMETER_MADE_REQUIRED if required else K.PARAMETER_MADE_OPTIONAL
                self.emit(kind, "request", where, "made required" if required else "made optional")
            old_schema = _param_schema(old_params[key][1])
            self.schema(old_schema, _param_schema(param), where, "", "request")

    def request_body(self, before: Op, after: Op) -> None:
        old_body, new_body = self.old.request_body(before), self.new.request_body(after)
        where = "request body"
        if old_body is None and new_body is None:
            return
        if old_body is None or new_body is None:
            if new_body is None:
                self.emit(K.REQUEST_BODY_REMOVED, "request", where, "removed")
            elif new_body.get("required") is True:
                self.emit(K.REQUIRED_REQUEST_BODY_ADDED, "request", where, "added (required)")
            else:
                self.emit(K.REQUEST_BODY_ADDED, "request", where, "added")
            return
        was, now = old_body.get("required") is True, new_body.get("required") is True
        if was != now:
            kind = K.REQUEST_BODY_MADE_REQUIRED if now else K.REQUEST_BODY_MADE_OPTIONAL
            self.emit(kind, "request", where, "made required" if now else "made optional")
        self.content(old_body, new_body, where, "request")

    def responses(self, before: Op, after: Op) -> None:
        old_res, new_res = self.old.responses(before), self.new.responses(after)
        for code in sorted(old_res.keys() | new_res.keys()):
            where = f"response {code}"
            if code not in new_res:
                success = code.startswith("2")
                kind = K.SUCCESS_STATUS_REMOVED if success else K.ERROR_STATUS_REMOVED
                self.emit(kind, "response", where, f"status {code} removed")
            elif code not in old_res:
                self.emit(K.STATUS_ADDED, "response", where, f"status {code} added")
            else:
                self.content(old_res[code], new_res[code], where, "response")

    def content(self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side) -> None:
        (old_type, old_schema), (new_type, new_schema) = body_media(old), body_media(new)
        if old_type and new_type and old_type != new_type:
            self.emit(K.MEDIA_TYPE_CHANGED, side, where, f"media type {old_type} -> {new_type}")
        self.schema(old_schema, new_schema, where, "", side)

    def schema(self, old: Any, new: Any, where: str, pointer: str, side: Side) -> None:
        a, b = shape_of(self.old, old), shape_of(self.new, new)
        guard = (a.refs, b.refs)
        # Recursive schemas: stop when this pair of $refs is already being compared higher up.
        depth = pointer.count(".") + pointer.count("[") + pointer.count("<")
        if ((a.refs or b.refs) and guard in self._active) or depth > MAX_DEPTH:
            return
        self._active.add(guard)
        try:
            self._compare(a, b, where, pointer, side)
        finally:
            self._active.discard(guard)

    def _compare(self, a: Shape, b: Shape, where: str, pointer: str, side: Side) -> None:
        loc = f"{where}: {pointer}" if pointer else where
        if a.is_any or b.is_any:
            # A schema appears or disappears: one change, not one per property inside it.
            if a.is_any != b.is_any:
                kind = K.TYPE_NARROWED if a.is_any else K.TYPE_WIDENED
                self.emit(kind, side, loc, f"schema {_describe(a)} -> {_describe(b)}")
            return
        if bool(a.variants) != bool(b.variants):
            # A union became a single type or the reverse: the generated type is a new one.
            detail = f"{len(a.variants) or 1} alternative(s) -> {len(b.variants) or 1}"
            self.emit(K.COMPOSITION_CHANGED, side, loc, detail)
            return
        if a.nullable != b.nullable:
            kind = K.MADE_NULLABLE if b.nullable else K.MADE_NON_NULLABLE
            self.emit(kind, side, loc, "made nullable" if b.nullable else "made non-nullable")
        if a.types != b.types:
            if _covers(b.types, a.types):
                kind = K.TYPE_WIDENED
            elif _covers(a.types, b.types):
                kind = K.TYPE_NARROWED
            else:
                kind = K.TYPE_CHANGED
            self.emit(kind, side, loc, f"type {_type_text(a.types)} -> {_type_text(b.types)}")
            if a.types and b.types and not a.types & b.types:
                return  # a different kind of value: its insides are not comparable
        if a.fmt != b.fmt and {a.fmt, b.fmt} & _TYPED_FORMATS:
            self.emit(K.FORMAT_CHANGED, side, loc, f"format {a.fmt} -> {b.fmt}")
        self._enums(a, b, loc, side)
        self._variants(a, b, where, pointer, loc, side)
        for name in [n for n in a.properties if n not in b.properties]:
            self.emit(K.PROPERTY_REMOVED, side, _at(where, pointer, name), "property removed")
        for name, sub in b.properties.items():
            at = _at(where, pointer, name)
            if name not in a.properties:
                required = name in b.required
                kind = K.REQUIRED_PROPERTY_ADDED if required else K.PROPERTY_ADDED
                self.emit(
                    kind, side, at, f"property added ({'required' if required else 'optional'})"
                )
                continue
            if (name in a.required) != (name in b.required):
                now = name in b.required
                kind = K.MADE_REQUIRED if now else K.MADE_OPTIONAL
                self.emit(kind, side, at, "made required" if now else "no longer required")
            self.schema(a.properties[name], sub, where, _join(pointer, name), side)
        if a.items is not None or b.items is not None:
            self.schema(a.items, b.items, where, f"{pointer}[]", side)
        if a.additional is not None and b.additional is not None:
            self.schema(a.additional, b.additional, where, _join(pointer, "*"), side)

    def _enums(self, a: Shape, b: Shape, loc: str, side: Side) -> None:
        if a.enum is None and b.enum is None:
            return
        if a.enum is None and b.enum is not None:
            detail = f"now limited to {_values_text(b.enum.values())}"
            self.emit(K.ENUM_ADDED, side, loc, detail)
        elif b.enum is None and a.enum is not None:
            self.emit(K.ENUM_REMOVED, side, loc, "no longer limited to a list of values")
        elif a.enum is not None and b.enum is not None:
            added = [v for k, v in b.enum.items() if k not in a.enum]
            removed = [v for k, v in a.enum.items() if k not in b.enum]
            if added:
                self.emit(
                    K.ENUM_VALUES_ADDED, side, loc, f"enum values added: {_values_text(added)}"
                )
            if removed:
                detail = f"enum values removed: {_values_text(removed)}"
                self.emit(K.ENUM_VALUES_REMOVED, side, loc, detail)

    def _variants(self, a: Shape, b: Shape, where: str, pointer: str, loc: str, side: Side) -> None:
        if not a.variants or not b.variants:
            return
        # $ref'd alternatives pair up by name, so reordering them is no change; inline ones
        # pair up by position.
        old_keyed, new_keyed = _keyed(a.variants), _keyed(b.variants)
        for key, variant in new_keyed.items():
            label = f"{pointer}<{key}>"
            if key in old_keyed:
                self.schema(old_keyed[key], variant, where, label, side)
            else:
                self.emit(K.VARIANT_ADDED, side, loc, f"alternative {key} added")
        for key in [k for k in old_keyed if k not in new_keyed]:
            self.emit(K.VARIANT_REMOVED, side, loc, f"alternative {key} removed")


def _keyed(variants: tuple[Any, ...]) -> dict[str, Any]:
    keyed: dict[str, Any] = {}
    for index, variant in enumerate(variants):
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        keyed[str(ref).rsplit("/", 1)[-1] if isinstance(ref, str) else f"#{index + 1}"] = variant
    return keyed


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    return body_media(param)[1]


def _join(pointer: str, name: str) -> str:
    return f"{pointer}.{name}" if pointer else name


def _at(where: str, pointer: str, name: str) -> str:
    return f"{where}: {_join(pointer, name)}"


def _version(spec: dict[str, Any]) -> str:
    info = spec.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """Compare two OpenAPI 3.x documents (as loaded by :func:`load_spec`).

    Raises:
        SpecError: either document is not OpenAPI 3.x or has an unresolvable ``$ref``.
    """
    differ = _Differ(Spec(old, "old spec"), Spec(new, "new spec"))
    differ.run()
    return Report(differ.changes, _version(old), _version(new))
