"""Groups (``/group/``) and their members (``/group/{group_id}/member/``).

A group's name is unique in the organization (without regard to case [unverified]). The
list never carries ``members``, and one group carries them only when ``_fields`` names
them, as Close documents. Adding a member who is one already, or removing one who is not,
changes nothing. A group that something still references (a smart view, a saved report)
cannot be deleted: :data:`GROUP_REFERENCES` holds one function per kind of referrer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._engine import Bound, Family, Write
from .._listing import project, requested_fields
from .._organization import Organization
from .._records import Record
from .._spec import CompiledSpec
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from .smart_views import views_using_group


@dataclass(slots=True, kw_only=True)
class Group(Record):
    """A named set of users; ``members`` is an ordered set of user ids."""

    name: str
    members: dict[str, None] = field(default_factory=dict)


#: What may still reference a group: functions of (organization, group id) that describe
#: the first referrer found (``smart view "Hot leads"``), or ``None``. The smart views
#: family adds its function here.
GroupReference = Callable[[Organization, str], str | None]
GROUP_REFERENCES: tuple[GroupReference, ...] = (
    # ==== h15a: group references go below ====
    views_using_group,
    #
    #
)


def _in_use(org: Organization, group: Group) -> str | None:
    for find in GROUP_REFERENCES:
        referrer = find(org, group.id)
        if referrer is not None:
            return f"This group cannot be deleted: {referrer} uses it."
    return None


def _unique_name(write: Write) -> None:
    name = write.body.get("name")
    if not isinstance(name, str):
        return
    wanted = name.strip().lower()
    groups = write.org.collection("groups").values()
    if any(g.name.strip().lower() == wanted for g in groups if g is not write.current):
        write.fail("name", "A group with this name already exists.")


def _members(group: Group) -> list[dict[str, str]]:
    return [{"user_id": user_id} for user_id in group.members]


GROUPS = Family(
    name="group",
    plural="groups",
    collection="groups",
    record=Group,
    model="Group",
    check=_unique_name,
    in_use=_in_use,
    # Rendered (so the event log shows member changes), but answered only by ``get_group``
    # when ``_fields`` asks (see ``actions``).
    computed={"members": lambda org, group: _members(group)},
    handwritten=frozenset({"get", "list", "create", "update"}),
)


def actions(bound: Mapping[str, Bound], spec: CompiledSpec) -> dict[str, Handler]:
    """``get_group`` (members on demand) and the two member operations."""
    groups = bound["group"]

    def shown(req: ApiRequest, group: Group, members: bool) -> dict[str, Any]:
        fields = requested_fields(req)
        rendered = dict(groups.renderer.cached(req.org, group)[0])
        if not (members and fields is not None and "members" in fields):
            rendered.pop("members", None)
        return project(rendered, fields)

    def list_groups(req: ApiRequest) -> ApiResponse:
        every: dict[str, Group] = req.org.collection("groups")
        data = [shown(req, group, members=False) for group in every.values()]
        return ApiResponse(body={"data": data, "has_more": False})

    def get_group(req: ApiRequest) -> ApiResponse:
        return ApiResponse(body=shown(req, groups.find(req), members=True))

    def written(write: Handler) -> Handler:
        def answer(req: ApiRequest) -> ApiResponse:
            response = write(req)
            fields = requested_fields(req)
            if isinstance(response.body, dict) and not (fields and "members" in fields):
                response.body.pop("members", None)
            return response

        return answer

    def add_group_member(req: ApiRequest) -> ApiResponse:
        group = groups.find(req)
        user_id = req.body["user_id"]
        if user_id not in req.org.users:
            raise ValidationFailed(field_errors={"user_id": "Object does not exist."})
        if user_id not in group.members:
            members = {**group.members, user_id: None}
            req.org.change("groups", group, {"members": members}, req.user.id)
        location = f"{spec.base_path}{req.path}{user_id}/"
        return ApiResponse(body={"user_id": user_id}, headers={"Location": location})

    def remove_group_member(req: ApiRequest) -> ApiResponse:
        group = groups.find(req)
        user_id = req.path_params["user_id"]
        if user_id in group.members:
            members = {key: None for key in group.members if key != user_id}
            req.org.change("groups", group, {"members": members}, req.user.id)
        return ApiResponse()

    return {
        "list_groups": list_groups,
        "get_group": get_group,
        "create_group": written(groups.create),
        "update_group": written(groups.update),
        "add_group_member": add_group_member,
        "remove_group_member": remove_group_member,
    }
