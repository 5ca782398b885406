"""Comments (``/comment/``) and comment threads (``/comment_thread/``).

Close's model: one thread per commented object; a comment never exists without its thread
and a thread never without comments. The first comment on an object makes its thread;
removing a comment clears its body but keeps it in the thread until every comment of the
thread is removed, and then the whole thread goes. Users edit only their own comments.

Threads hang off the commented object's lead, so deleting (or merging) the lead takes its
threads along. Objects that take comments here: leads, opportunities and activities
[unverified: Close lists no set]; a thread names its object's type as the event log does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._engine import Bound, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Record, new_id
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, SimpleError, ValidationFailed


@dataclass(slots=True, kw_only=True)
class CommentThread(Record):
    """The comments on one object (its children: the ``comments`` collection)."""

    lead_id: str
    object_id: str
    object_type: str


@dataclass(slots=True, kw_only=True)
class Comment(Record):
    """One comment; ``is_removed`` once deleted (its body is then empty)."""

    thread_id: str
    object_id: str
    body: str
    is_removed: bool = False


#: The event log's name of the objects each collection holds, for the commentable ones.
OBJECT_TYPES: Final[Mapping[str, str]] = {
    "leads": "lead",
    "opportunities": "opportunity",
    "notes": "activity.note",
    "calls": "activity.call",
    "emails": "activity.email",
    "email_threads": "activity.email_thread",
    "sms_messages": "activity.sms",
    "whatsapp_messages": "activity.whatsapp_message",
    "meetings": "activity.meeting",
    "form_submissions": "activity.form_submission",
    "lead_status_changes": "activity.lead_status_change",
    "opportunity_status_changes": "activity.opportunity_status_change",
    "task_completions": "activity.task_completed",
    "custom_activities": "activity.custom_activity",
    "created_activities": "activity.created",
    "lead_merges": "activity.lead_merge",
}


def commented(org: Organization, object_id: str) -> tuple[str, str] | None:
    """The lead and the event-log type of the object ``object_id``, or ``None``."""
    for collection, object_type in OBJECT_TYPES.items():
        record = org.collection(collection).get(object_id)
        if record is not None:
            return (record.id if collection == "leads" else record.lead_id), object_type
    return None


def thread_of(org: Organization, object_id: str) -> CommentThread | None:
    threads: dict[str, CommentThread] = org.collection("comment_threads")
    return next((t for t in threads.values() if t.object_id == object_id), None)


def _thread(write: Write) -> Any:
    """The object's thread (its id), or a new one to store with the first comment."""
    object_id = write.body["object_id"]
    found = commented(write.org, object_id)
    if found is None:
        raise ValidationFailed(field_errors={"object_id": "Object does not exist."})
    existing = thread_of(write.org, object_id)
    if existing is not None:
        return existing.id
    lead_id, object_type = found
    return CommentThread(
        **write.org.stamp(write.req.user.id, new_id("cmth_")),
        lead_id=lead_id,
        object_id=object_id,
        object_type=object_type,
    )


def _own(req: ApiRequest, comment: Comment | None) -> None:
    if comment is not None and comment.created_by != req.user.id:
        raise SimpleError(403, "You can only edit your own comments.")
    if comment is not None and comment.is_removed:
        raise BadRequest("This comment was removed and can no longer be edited.")


def _one_filter(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    named = [key for key in ("object_id", "thread_id") if key in req.params]
    if len(named) != 1:
        raise BadRequest("Exactly one of object_id and thread_id must be provided.")
    return None


def _thread_field(name: str) -> Any:
    def getter(org: Organization, comment: Comment) -> Any:
        thread = org.collection("comment_threads").get(comment.thread_id)
        return getattr(thread, name) if thread is not None else None

    return getter


def _ids(param: str) -> Any:
    def test(org: Organization, thread: CommentThread, value: Any) -> bool:
        wanted = {part.strip() for part in str(value).split(",")}
        return getattr(thread, param) in wanted

    return test


COMMENTS = Family(
    name="comment",
    plural="comments",
    collection="comments",
    record=Comment,
    model="Comment",
    immutable=("object_id",),
    make_parent=_thread,
    authorize=lambda req, comment: _own(req, comment),
    list_source=_one_filter,
    computed={"lead_id": _thread_field("lead_id"), "object_type": _thread_field("object_type")},
    handwritten=frozenset({"delete"}),
)


def _comments_of(org: Organization, thread: CommentThread) -> Iterable[Comment]:
    comments: dict[str, Comment] = org.collection("comments")
    return (comments[i] for i in thread.children.get("comments", {}))


COMMENT_THREADS = Family(
    name="comment_thread",
    plural="comment_threads",
    collection="comment_threads",
    record=CommentThread,
    model="CommentThread",
    derived={"ids": _ids("id"), "object_ids": _ids("object_id")},
    embeds={"comments": ("comment", _comments_of)},
    event_omit=frozenset({"comments"}),  # they have events of their own
)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """``delete_comment``: remove the body; the last removal deletes the thread."""
    comments = bound["comment"]

    def delete_comment(req: ApiRequest) -> ApiResponse:
        comment = comments.find(req)
        org = req.org
        if not comment.is_removed:
            org.change("comments", comment, {"body": "", "is_removed": True}, req.user.id)
        thread = org.collection("comment_threads")[comment.thread_id]
        if all(c.is_removed for c in _comments_of(org, thread)):
            org.remove("comment_threads", thread.id)
        return ApiResponse()

    return {"delete_comment": delete_comment}
