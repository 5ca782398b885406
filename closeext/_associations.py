"""Object types that custom fields attach to, and shared custom field associations.

One frozen value, :class:`ObjectType`, names every kind of record a custom field can live
on: leads, contacts, opportunities, one Custom Activity Type (``actitype_…``) or one Custom
Object Type (``cotype_…``). The field registry keys its schemas by it and the association
helpers build request bodies and operation names from it, so there is exactly one way to
name a target. :data:`AssociationTarget` is the same class under the name the association
API uses.

Its canonical text is the association URL segment Close documents::

    lead | contact | opportunity
    custom_activity_type/actitype_…
    custom_object_type/cotype_…

The slash in the last two is why these helpers exist: an OpenAPI path parameter cannot hold
a ``/``, so the spec models each target as its own operation
(``get_shared_custom_field_custom_activity_type_association`` with a
``custom_activity_type_id`` argument, …) and :meth:`ObjectType.association_operation`
says which one to call.

Pure: standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

from ._helper_errors import InvalidObjectType, InvalidOperation

__all__ = ["AssociationTarget", "ObjectType", "OperationRef", "TargetKind"]

TargetKind = Literal["lead", "contact", "opportunity", "custom_activity_type", "custom_object_type"]
"""The association API's ``object_type`` values, one per kind of target."""

AssociationAction = Literal["create", "get", "update", "delete"]
SchemaAction = Literal["get", "reorder"]

_KINDS: tuple[str, ...] = get_args(TargetKind)
_PLAIN_KINDS = frozenset({"lead", "contact", "opportunity"})

# Per kind that needs one: the id prefix, the id's keyword in requests, and the prefix
# the custom field schema endpoint uses (/custom_field_schema/activity/<actitype_id>/).
_TYPED: dict[str, tuple[str, str, str]] = {
    "custom_activity_type": ("actitype_", "custom_activity_type_id", "activity"),
    "custom_object_type": ("cotype_", "custom_object_type_id", "custom_object"),
}
_ID_SUFFIX = re.compile(r"[A-Za-z0-9]+")
# Custom roles have ids; the built-in roles are bare names.
_ROLE_ID = re.compile(r"role_[A-Za-z0-9]+|admin|superuser|user|restricteduser")


def _check_type_id(kind: str, type_id: str | None) -> None:
    if kind in _PLAIN_KINDS:
        if type_id is not None:
            raise InvalidObjectType(f"{kind} takes no type id, got {type_id!r}")
        return
    prefix, keyword, _ = _TYPED[kind]
    if not isinstance(type_id, str) or not type_id:
        raise InvalidObjectType(f"{kind} needs a {keyword} ({prefix}…)")
    if not (type_id.startswith(prefix) and _ID_SUFFIX.fullmatch(type_id[len(prefix) :])):
        hint = ""
        if kind == "custom_activity_type" and type_id.startswith("catype_"):
            # The docs write the placeholder <catype_id>; real ids never start that way.
            hint = " ('catype_' is only a placeholder in Close's docs)"
        raise InvalidObjectType(
            f"{type_id!r} is not a {kind.replace('_', ' ')} id: expected {prefix}…{hint}"
        )


@dataclass(frozen=True, slots=True)
class OperationRef:
    """Which generated operation to call for an action on a target, and with what.

    ``operation_id`` is the spec's operationId, which is also the generated module's name
    (``close_api.api.<tag>.<operation_id>``); ``kwargs`` are the path arguments it needs
    besides the custom field id.
    """

    operation_id: str
    kwargs: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ObjectType:
    """A kind of record custom fields attach to; hashable, so usable as a dict key.

    Build one with :meth:`lead`, :meth:`contact`, :meth:`opportunity`,
    :meth:`custom_activity_type` or :meth:`custom_object_type`, or read one with
    :meth:`parse`. ``str(t)`` is the association URL segment and ``parse(str(t)) == t``.
    """

    kind: TargetKind
    type_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise InvalidObjectType(
                f"Unknown object type {self.kind!r}; expected one of {', '.join(_KINDS)}"
            )
        _check_type_id(self.kind, self.type_id)

    # -- constructors ------------------------------------------------------------------

    @classmethod
    def lead(cls) -> ObjectType:
        """Leads."""
        return cls("lead")

    @classmethod
    def contact(cls) -> ObjectType:
        """Contacts."""
        return cls("contact")

    @classmethod
    def opportunity(cls) -> ObjectType:
        """Opportunities."""
        return cls("opportunity")

    @classmethod
    def custom_activity_type(cls, custom_activity_type_id: str) -> ObjectType:
        """Instances of one Custom Activity Type (``actitype_…``)."""
        return cls("custom_activity_type", custom_activity_type_id)

    @classmethod
    def custom_object_type(cls, custom_object_type_id: str) -> ObjectType:
        """Instances of one Custom Object Type (``cotype_…``)."""
        return cls("custom_object_type", custom_object_type_id)

    @classmethod
    def parse(cls, text: str) -> ObjectType:
        """Read a target from text.

        Accepts the association URL segment (``lead``, ``custom_activity_type/actitype_…``,
        ``custom_object_type/cotype_…``), the schema endpoint's spelling
        (``activity/actitype_…``, ``custom_object/cotype_…``) and a bare ``actitype_…`` or
        ``cotype_…`` id. Surrounding whitespace and slashes are ignored.

        Raises:
            InvalidObjectType: for anything else.
        """
        if not isinstance(text, str):
            raise InvalidObjectType(f"Expected an object type string, got {type(text).__name__}")
        cleaned = text.strip().strip("/")
        head, sep, tail = cleaned.partition("/")
        if not sep:
            if head in _PLAIN_KINDS:
                return cls(cast(TargetKind, head))
            for kind, (prefix, _, _) in _TYPED.items():
                if head.startswith(prefix):
                    return cls(cast(TargetKind, kind), head)
            if head in _TYPED:
                return cls(cast(TargetKind, head))  # raises: the id is missing
            raise InvalidObjectType(
                f"Unknown object type {text!r}; expected lead, contact, opportunity, "
                "custom_activity_type/actitype_… or custom_object_type/cotype_…"
            )
        for kind, (_, _, schema_name) in _TYPED.items():
            if head in (kind, schema_name):
                if "/" in tail:
                    raise InvalidObjectType(f"Unexpected extra path in object type {text!r}")
                return cls(cast(TargetKind, kind), tail)
        raise InvalidObjectType(
            f"Unknown object type {text!r}; only custom_activity_type/… and "
            "custom_object_type/… take an id"
        )

    @classmethod
    def coerce(cls, value: ObjectType | str) -> ObjectType:
        """Return ``value`` if it is an :class:`ObjectType`, else :meth:`parse` it."""
        if isinstance(value, ObjectType):
            return value
        return cls.parse(value)

    @classmethod
    def from_association(cls, association: Mapping[str, Any]) -> ObjectType:
        """Read the target of an association object as Close returns it.

        ``{"object_type": "custom_activity_type", "custom_activity_type_id": "actitype_…"}``
        gives ``ObjectType.custom_activity_type("actitype_…")``.
        """
        if not isinstance(association, Mapping):
            raise InvalidObjectType(f"An association is a JSON object, got {association!r:.60}")
        kind = association.get("object_type")
        if not isinstance(kind, str) or kind not in _KINDS:
            raise InvalidObjectType(f"Association has no valid object_type: {kind!r:.60}")
        type_id = association.get(_TYPED[kind][1]) if kind in _TYPED else None
        return cls(cast(TargetKind, kind), type_id)

    # -- names -------------------------------------------------------------------------

    @property
    def path_segment(self) -> str:
        """The ``{object_type}`` part of ``/custom_field/shared/{id}/association/…/``."""
        if self.type_id is None:
            return self.kind
        return f"{self.kind}/{self.type_id}"

    @property
    def object_type(self) -> str:
        """The ``object_type`` value of an association body (same as :attr:`kind`)."""
        return self.kind

    @property
    def schema_path(self) -> str:
        """The part after ``/custom_field_schema/``: ``lead`` or ``activity/actitype_…``."""
        if self.type_id is None:
            return self.kind
        return f"{_TYPED[self.kind][2]}/{self.type_id}"

    @property
    def operation_suffix(self) -> str:
        """The target's part of the association operation ids (same as :attr:`kind`)."""
        return self.kind

    @property
    def operation_kwargs(self) -> dict[str, str]:
        """Path arguments the association operations need besides the field id."""
        if self.type_id is None:
            return {}
        return {_TYPED[self.kind][1]: self.type_id}

    def association_operation(self, action: AssociationAction) -> OperationRef:
        """The generated operation that creates, gets, updates or deletes the association
        of a shared field with this target.

        Creating is one operation for every target (the target travels in
        :meth:`create_body`); the others are one operation per kind of target.
        """
        if action == "create":
            return OperationRef(operation_id="associate_shared_custom_field", kwargs={})
        if action not in ("get", "update", "delete"):
            raise InvalidOperation(f"Unknown association action {action!r}")
        return OperationRef(
            operation_id=f"{action}_shared_custom_field_{self.kind}_association",
            kwargs=self.operation_kwargs,
        )

    def schema_operation(self, action: SchemaAction = "get") -> OperationRef:
        """The generated operation that reads (``get``) or reorders (``reorder``) this
        target's custom field schema, e.g. ``get_activity_custom_field_schema``."""
        if action not in ("get", "reorder"):
            raise InvalidOperation(f"Unknown schema action {action!r}")
        schema_name = self.kind if self.type_id is None else _TYPED[self.kind][2]
        return OperationRef(
            operation_id=f"{action}_{schema_name}_custom_field_schema",
            kwargs=self.operation_kwargs,
        )

    # -- bodies ------------------------------------------------------------------------

    def create_body(
        self,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """The JSON body of ``POST /custom_field/shared/{id}/association/``.

        ``required=True`` is refused on lead, contact and opportunity targets: Close only
        honours it on Custom Activity and Custom Object Types, so sending it would leave the
        caller believing a field is mandatory when nothing enforces it.
        """
        body: dict[str, Any] = {"object_type": self.kind}
        body.update(self.operation_kwargs)
        body.update(self._settings(required, editable_with_roles))
        return body

    def update_body(
        self,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """The JSON body of ``PUT …/association/{object_type}/``.

        Only ``required`` and ``editable_with_roles`` can change; at least one is needed.
        """
        body = self._settings(required, editable_with_roles)
        if not body:
            raise InvalidOperation("An association update needs required= or editable_with_roles=")
        return body

    def _settings(
        self, required: bool | None, editable_with_roles: Sequence[str] | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if required is not None:
            if not isinstance(required, bool):
                raise InvalidOperation(f"required must be a bool, got {required!r}")
            if required and self.type_id is None:
                raise InvalidOperation(
                    f"required=True has no effect on {self.kind} associations; Close only "
                    "enforces it on custom activity and custom object types"
                )
            body["required"] = required
        if editable_with_roles is not None:
            # A bare string is a sequence too; iterating it would send one role per letter.
            if isinstance(editable_with_roles, str) or not all(
                isinstance(role, str) and _ROLE_ID.fullmatch(role) for role in editable_with_roles
            ):
                raise InvalidOperation(
                    "editable_with_roles must be a list of role ids (role_… or admin, "
                    f"superuser, user, restricteduser), got {editable_with_roles!r:.80}"
                )
            body["editable_with_roles"] = list(editable_with_roles)
        return body

    # -- text --------------------------------------------------------------------------

    def __str__(self) -> str:
        return self.path_segment

    def __repr__(self) -> str:
        if self.type_id is None:
            return f"ObjectType.{self.kind}()"
        return f"ObjectType.{self.kind}({self.type_id!r})"


AssociationTarget = ObjectType
"""The association API's name for :class:`ObjectType`; the same class."""
