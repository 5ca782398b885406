"""Groups and their members; comments and comment threads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from closeext.emulator._resources import groups
from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


# -- groups -----------------------------------------------------------------------------


def test_group_crud_201_204_and_unique_names(api: Api) -> None:
    response = api.post("/group/", json={"name": "Closers"})
    group = ok(response, 201)
    assert group["id"].startswith("group_") and group["organization_id"] == api.org.id
    assert response.headers["location"].endswith(f"/group/{group['id']}/")
    assert "members" not in group
    assert "name" in field_errors(api.post("/group/", json={"name": "closers"}))
    other = ok(api.post("/group/", json={"name": "Openers"}), 201)
    assert "name" in field_errors(api.put(f"/group/{other['id']}/", json={"name": "CLOSERS "}))
    renamed = ok(api.put(f"/group/{group['id']}/", json={"name": "Hunters"}))
    assert renamed["name"] == "Hunters"
    assert [g["name"] for g in ok(api.get("/group/"))["data"]] == ["Hunters", "Openers"]
    deleted = api.delete(f"/group/{group['id']}/")
    assert deleted.status_code == 204 and deleted.content == b""
    assert "Group" in error(api.get(f"/group/{group['id']}/"), 404)


def test_members_are_idempotent_and_shown_only_when_asked(api: Api) -> None:
    group = ok(api.post("/group/", json={"name": "Closers"}), 201)
    url = f"/group/{group['id']}/member/"
    user_id = api.user.id
    added = api.post(url, json={"user_id": user_id})
    assert ok(added, 201) == {"user_id": user_id}
    assert added.headers["location"].endswith(f"/member/{user_id}/")
    ok(api.post(url, json={"user_id": user_id}), 201)  # already a member: nothing changes
    assert "members" not in ok(api.get(f"/group/{group['id']}/"))
    shown = ok(api.get(f"/group/{group['id']}/", params={"_fields": "name,members"}))
    assert shown == {"name": "Closers", "members": [{"user_id": user_id}]}
    listed = ok(api.get("/group/", params={"_fields": "id,members"}))["data"]
    assert listed == [{"id": group["id"]}]  # the list never carries members
    assert "user_id" in field_errors(api.post(url, json={"user_id": "user_stranger"}))
    for _ in range(2):  # removing twice is fine
        assert api.delete(f"{url}{user_id}/").status_code == 204
    shown = ok(api.get(f"/group/{group['id']}/", params={"_fields": "members"}))
    assert shown == {"members": []}
    assert api.post("/group/group_nope/member/", json={"user_id": user_id}).status_code == 404


def test_a_referenced_group_cannot_be_deleted(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    group = ok(api.post("/group/", json={"name": "Closers"}), 201)
    referenced = {group["id"]}

    def smart_views(org: object, group_id: str) -> str | None:
        return 'smart view "Hot leads"' if group_id in referenced else None

    monkeypatch.setattr(groups, "GROUP_REFERENCES", (smart_views,))
    assert "Hot leads" in error(api.delete(f"/group/{group['id']}/"))
    referenced.clear()
    assert api.delete(f"/group/{group['id']}/").status_code == 204


# -- comments ---------------------------------------------------------------------------


def _note(api: Api) -> tuple[str, str]:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    note = ok(api.post("/activity/note/", json={"lead_id": lead["id"], "note": "Called"}))
    return lead["id"], note["id"]


def test_the_first_comment_makes_the_thread(api: Api) -> None:
    lead_id, note_id = _note(api)
    response = api.post("/comment/", json={"object_id": note_id, "body": "<body>Nice</body>"})
    first = ok(response, 201)
    assert first["id"].startswith("comm_") and response.headers["location"]
    assert (first["object_type"], first["lead_id"], first["is_removed"]) == (
        "activity.note",
        lead_id,
        False,
    )
    assert first["created_by_name"]
    second = ok(api.post("/comment/", json={"object_id": note_id, "body": "Agreed"}), 201)
    assert second["thread_id"] == first["thread_id"]
    thread = ok(api.get(f"/comment_thread/{first['thread_id']}/"))
    assert (thread["object_id"], thread["object_type"]) == (note_id, "activity.note")
    assert [c["id"] for c in thread["comments"]] == [first["id"], second["id"]]
    on_lead = ok(api.post("/comment/", json={"object_id": lead_id, "body": "Lead!"}), 201)
    assert on_lead["thread_id"] != first["thread_id"] and on_lead["object_type"] == "lead"
    assert "object_id" in field_errors(
        api.post("/comment/", json={"object_id": "acti_missing", "body": "x"})
    )


def test_comment_lists_need_exactly_one_filter(api: Api) -> None:
    _, note_id = _note(api)
    comment = ok(api.post("/comment/", json={"object_id": note_id, "body": "A"}), 201)
    by_object = ok(api.get("/comment/", params={"object_id": note_id}))
    by_thread = ok(api.get("/comment/", params={"thread_id": comment["thread_id"]}))
    assert [c["id"] for c in by_object["data"]] == [c["id"] for c in by_thread["data"]]
    assert by_object["data"][0]["id"] == comment["id"]
    assert "Exactly one" in error(api.get("/comment/"))
    both = {"object_id": note_id, "thread_id": comment["thread_id"]}
    assert "Exactly one" in error(api.get("/comment/", params=both))


def test_thread_list_filters(api: Api) -> None:
    _, note_a = _note(api)
    _, note_b = _note(api)
    a = ok(api.post("/comment/", json={"object_id": note_a, "body": "A"}), 201)
    b = ok(api.post("/comment/", json={"object_id": note_b, "body": "B"}), 201)
    every = ok(api.get("/comment_thread/"))["data"]
    assert [t["id"] for t in every] == [a["thread_id"], b["thread_id"]]
    only_b = ok(api.get("/comment_thread/", params={"object_ids": f"{note_b},acti_x"}))["data"]
    assert [t["id"] for t in only_b] == [b["thread_id"]]
    only_a = ok(api.get("/comment_thread/", params={"ids": a["thread_id"]}))["data"]
    assert [t["comments"][0]["body"] for t in only_a] == ["A"]


def test_only_the_author_edits_and_removal_keeps_the_thread_until_the_last(api: Api) -> None:
    _, note_id = _note(api)
    mine = ok(api.post("/comment/", json={"object_id": note_id, "body": "Mine"}), 201)
    theirs = ok(api.post("/comment/", json={"object_id": note_id, "body": "Theirs"}), 201)
    edited = ok(api.put(f"/comment/{mine['id']}/", json={"body": "Mine, edited"}))
    assert edited["body"] == "Mine, edited"
    colleague = api.org.add_user("Col", "League", "col@example.com")
    api.org.comments[theirs["id"]].created_by = colleague.id  # written by someone else
    assert "own" in error(api.put(f"/comment/{theirs['id']}/", json={"body": "x"}), 403)

    assert api.delete(f"/comment/{mine['id']}/").status_code == 204
    removed = ok(api.get(f"/comment/{mine['id']}/"))
    assert (removed["body"], removed["is_removed"]) == ("", True)
    assert error(api.put(f"/comment/{mine['id']}/", json={"body": "back"}))
    listed = ok(api.get("/comment/", params={"thread_id": mine["thread_id"]}))["data"]
    assert [c["id"] for c in listed] == [mine["id"], theirs["id"]]

    assert api.delete(f"/comment/{theirs['id']}/").status_code == 204
    assert api.get(f"/comment_thread/{mine['thread_id']}/").status_code == 404
    assert api.get(f"/comment/{mine['id']}/").status_code == 404
    assert ok(api.get("/comment/", params={"object_id": note_id}))["data"] == []
    again = ok(api.post("/comment/", json={"object_id": note_id, "body": "New"}), 201)
    assert again["thread_id"] != mine["thread_id"]


def test_deleting_the_lead_deletes_its_threads(api: Api) -> None:
    lead_id, note_id = _note(api)
    comment = ok(api.post("/comment/", json={"object_id": note_id, "body": "A"}), 201)
    ok(api.delete(f"/lead/{lead_id}/"))
    assert api.get(f"/comment_thread/{comment['thread_id']}/").status_code == 404
    assert api.get(f"/comment/{comment['id']}/").status_code == 404


def test_groups_and_comments_are_in_the_event_log(api: Api) -> None:
    group = ok(api.post("/group/", json={"name": "Closers"}), 201)
    ok(api.post(f"/group/{group['id']}/member/", json={"user_id": api.user.id}), 201)
    _, note_id = _note(api)
    comment = ok(api.post("/comment/", json={"object_id": note_id, "body": "A"}), 201)
    assert api.delete(f"/comment/{comment['id']}/").status_code == 204

    def kinds(**params: str) -> list[tuple[str, str]]:
        found = ok(api.get("/event/", params=params))["data"]
        return [(event["object_type"], event["action"]) for event in found]

    (member_added,) = ok(api.get("/event/", params={"object_type": "group", "action": "updated"}))[
        "data"
    ]
    assert member_added["changed_fields"] == ["members"]
    assert member_added["data"]["members"] == [{"user_id": api.user.id}]
    assert kinds(object_type="comment_thread", action="created") == [("comment_thread", "created")]
    # Removing the thread's last comment deletes the thread and, with it, the comment.
    assert kinds(object_id=comment["id"], action="deleted") == [("comment", "deleted")]
    assert kinds(object_type="comment_thread", action="deleted") == [("comment_thread", "deleted")]
