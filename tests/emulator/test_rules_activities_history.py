"""What Close records about leads and opportunities: Created, status changes, merges.

Side effects of lead and opportunity writes, the status-change endpoints (history only),
and the read-only and Close-made families (LeadMerge, FormSubmission).
"""

from __future__ import annotations

from closeext.emulator._records import FormSubmission
from tests.emulator._driver import Api, emulator, error, field_errors, ok


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def _data(api: Api, path: str, **params: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = ok(api.get(path, params=params))["data"]
    return found


def _statuses(api: Api, path: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = ok(api.get(path))["data"]
    return found


def test_creating_a_lead_records_a_created_activity() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        (created,) = _data(api, "/activity/created/", lead_id=lead["id"])
        assert (created["_type"], created["source"], created["user_id"]) == (
            "Created",
            "api",
            api.user.id,
        )
        assert ok(api.get(f"/activity/created/{created['id']}/"))["lead_id"] == lead["id"]
        assert api.post("/activity/created/", json={"lead_id": lead["id"]}).status_code == 405
        # An opportunity sent without a lead makes one, which is created like any other.
        opp = ok(api.post("/opportunity/", json={"note": "new"}))
        assert len(_data(api, "/activity/created/", lead_id=opp["lead_id"])) == 1
        refused = api.post("/lead/", json={"name": "x", "status_id": "stat_" + "x" * 43})
        assert refused.status_code == 400
        assert len(_data(api, "/activity/created/")) == 2


def test_a_lead_status_change_records_the_old_and_new_status() -> None:
    with emulator() as (_, (api,)):
        first, second = _statuses(api, "/status/lead/")[:2]
        lead = _lead(api, status_id=first["id"])
        ok(api.put(f"/lead/{lead['id']}/", json={"name": "Renamed"}))
        assert _data(api, "/activity/status_change/lead/") == []
        ok(api.put(f"/lead/{lead['id']}/", json={"status_id": second["id"]}))
        (change,) = _data(api, "/activity/status_change/lead/", lead_id=lead["id"])
        assert change["_type"] == "LeadStatusChange"
        assert (change["old_status_id"], change["old_status_label"]) == (
            first["id"],
            first["label"],
        )
        assert (change["new_status_id"], change["new_status_label"]) == (
            second["id"],
            second["label"],
        )
        # The same status again is no change.
        ok(api.put(f"/lead/{lead['id']}/", json={"status_id": second["id"]}))
        assert len(_data(api, "/activity/status_change/lead/")) == 1


def test_an_opportunity_status_change_records_pipelines_and_value() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        sales = _statuses(api, "/status/opportunity/")
        active = next(s for s in sales if s["type"] == "active")
        won = next(s for s in sales if s["type"] == "won")
        other = ok(api.post("/pipeline/", json={"name": "Renewals"}), 201)
        renewal = ok(
            api.post(
                "/status/opportunity/",
                json={"label": "Renewed", "type": "won", "pipeline_id": other["id"]},
            )
        )
        opp = ok(
            api.post(
                "/opportunity/",
                json={
                    "lead_id": lead["id"],
                    "status_id": active["id"],
                    "value": 50000,
                    "value_period": "monthly",
                    "confidence": 40,
                },
            )
        )
        assert _data(api, "/activity/status_change/opportunity/") == []
        ok(api.put(f"/opportunity/{opp['id']}/", json={"status_id": renewal["id"]}))
        (change,) = _data(api, "/activity/status_change/opportunity/", opportunity_id=opp["id"])
        assert change["_type"] == "OpportunityStatusChange" and change["lead_id"] == lead["id"]
        assert (change["old_status_id"], change["old_status_type"]) == (active["id"], "active")
        assert (change["new_status_label"], change["new_status_type"]) == ("Renewed", "won")
        assert change["old_pipeline_id"] == active["pipeline_id"]
        assert (change["new_pipeline_id"], change["new_pipeline_name"]) == (
            other["id"],
            "Renewals",
        )
        assert (change["opportunity_value"], change["opportunity_value_period"]) == (
            50000,
            "monthly",
        )
        assert change["opportunity_confidence"] == 40
        assert change["opportunity_value_formatted"] == "$500 monthly"
        assert str(change["opportunity_date_won"]).endswith("T00:00:00.000000+00:00")
        assert won["id"] != renewal["id"]


def test_posting_a_status_change_writes_history_and_changes_no_status() -> None:
    with emulator() as (_, (api,)):
        first, second = _statuses(api, "/status/lead/")[:2]
        lead = _lead(api, status_id=first["id"])
        change = ok(
            api.post(
                "/activity/status_change/lead/",
                json={
                    "lead_id": lead["id"],
                    "old_status_id": second["id"],
                    "new_status_id": first["id"],
                    "activity_at": "2019-05-01T00:00:00Z",
                },
            )
        )
        assert change["old_status_label"] == second["label"]
        assert change["activity_at"] == "2019-05-01T00:00:00.000000+00:00"
        assert ok(api.get(f"/lead/{lead['id']}/"))["status_id"] == first["id"]
        assert field_errors(
            api.post(
                "/activity/status_change/lead/",
                json={
                    "lead_id": lead["id"],
                    "old_status_id": "stat_" + "x" * 43,
                    "new_status_id": first["id"],
                },
            )
        ) == {"old_status_id": "Object does not exist."}
        assert ok(api.delete(f"/activity/status_change/lead/{change['id']}/")) == {}
        assert ok(api.get(f"/lead/{lead['id']}/"))["status_id"] == first["id"]

        active, won = _statuses(api, "/status/opportunity/")[:2]
        opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"], "status_id": active["id"]}))
        other = _lead(api)
        body = {"old_status_id": active["id"], "new_status_id": won["id"]}
        assert field_errors(
            api.post(
                "/activity/status_change/opportunity/",
                json={"lead_id": other["id"], "opportunity_id": opp["id"], **body},
            )
        ) == {"opportunity_id": "Object does not exist on this lead."}
        logged = ok(
            api.post(
                "/activity/status_change/opportunity/",
                json={"lead_id": lead["id"], "opportunity_id": opp["id"], **body},
            )
        )
        assert logged["new_status_id"] == won["id"]
        derived = ok(
            api.post(
                "/activity/status_change/opportunity/",
                json={"opportunity_id": opp["id"], **body},
            )
        )
        assert derived["lead_id"] == lead["id"]  # without lead_id: the opportunity's lead
        unknown = {"opportunity_id": "oppo_" + "x" * 43}
        assert field_errors(api.post("/activity/status_change/opportunity/", json=unknown)) == {
            "opportunity_id": "Object does not exist on this lead."
        }
        bare = ok(
            api.post("/activity/status_change/opportunity/", json={"opportunity_id": opp["id"]})
        )
        assert (bare["old_status_id"], bare["new_status_id"]) == (None, active["id"])
        assert ok(api.get(f"/opportunity/{opp['id']}/"))["status_id"] == active["id"]


def test_a_merge_records_a_lead_merge_and_moves_the_activities() -> None:
    with emulator() as (_, (api,)):
        source = _lead(api, name="Source")
        destination = _lead(api, name="Destination")
        note = ok(api.post("/activity/note/", json={"lead_id": source["id"], "note": "n"}))
        call = ok(api.post("/activity/call/", json={"lead_id": source["id"]}))
        email = ok(api.post("/activity/email/", json={"lead_id": source["id"], "status": "draft"}))
        ok(
            api.post(
                "/lead/merge/",
                json={"source": source["id"], "destination": destination["id"]},
            )
        )
        (merge,) = _data(api, "/activity/lead_merge/", lead_id=destination["id"])
        assert (merge["_type"], merge["status"]) == ("LeadMerge", "completed")
        assert (merge["source_lead_id"], merge["source_lead_name"]) == (source["id"], "Source")
        assert ok(api.get(f"/activity/lead_merge/{merge['id']}/"))["id"] == merge["id"]
        for path, activity in (
            ("note", note),
            ("call", call),
            ("email", email),
            ("emailthread", {"id": email["thread_id"]}),
        ):
            got = ok(api.get(f"/activity/{path}/{activity['id']}/"))
            assert got["lead_id"] == destination["id"], path
        created = _data(api, "/activity/created/", lead_id=destination["id"])
        assert len(created) == 2  # the destination's own and the source's, moved


def test_deleting_a_lead_removes_its_history_and_form_submissions() -> None:
    with emulator() as (_, (api,)):
        first, second = _statuses(api, "/status/lead/")[:2]
        lead = _lead(api, status_id=first["id"])
        kept = _lead(api)
        ok(api.put(f"/lead/{lead['id']}/", json={"status_id": second["id"]}))
        submission = FormSubmission(
            **api.org.stamp(api.user.id, "acti_" + "f" * 43),
            lead_id=str(lead["id"]),
            contact_id=None,
            user_id=None,
            form_id="form_1",
            form_name="Contact us",
            form_configuration_id=None,
            values={"formfld_1": "hello"},
            values_by_name={"Message": "hello"},
            ip_address="203.0.113.9",
            origin=None,
            source_url=None,
            source_url_normalized=None,
            activity_at=api.org.stamp("", "x")["date_created"],
        )
        # Only Close makes form submissions; the record stands in for one.
        api.org.insert("form_submissions", submission)
        listed = _data(api, "/activity/form_submission/", form_id__in="form_1,form_2")
        assert [s["id"] for s in listed] == [submission.id]
        assert listed[0]["values_by_name"] == {"Message": "hello"}
        assert _data(api, "/activity/form_submission/", form_id="form_2") == []
        ok(api.delete(f"/lead/{lead['id']}/"))
        for path in ("created", "status_change/lead", "form_submission"):
            remaining = _data(api, f"/activity/{path}/")
            assert all(a["lead_id"] == kept["id"] for a in remaining), path
        assert error(api.get(f"/activity/form_submission/{submission.id}/"), 404)
