"""The filters Close documents on the opportunity and custom activity lists."""

from __future__ import annotations

import datetime as dt

from tests.emulator._driver import Api, emulator, field_errors, ok


def _statuses(api: Api) -> dict[str, str]:
    return {s["label"]: s["id"] for s in ok(api.get("/status/opportunity/"))["data"]}


def test_opportunity_filters_narrow_the_page_and_the_aggregates() -> None:
    with emulator() as (_, (api,)):
        statuses = _statuses(api)
        lead = ok(api.post("/lead/", json={"name": "A"}))["id"]

        def opp(**body: object) -> str:
            answer = ok(api.post("/opportunity/", json={"lead_id": lead, **body}))
            return str(answer["id"])

        active = opp(value=100)
        won = opp(status_id=statuses["Won"], value=200, date_won="2026-01-15")
        lost = opp(status_id=statuses["Lost"], value=400, user_id=None)

        def ids(**params: str) -> list[str]:
            page = ok(api.get("/opportunity/", params=params))
            assert page["total_results"] == len(page["data"])  # aggregates follow the filter
            return [o["id"] for o in page["data"]]

        assert ids(status_type__in="won,lost") == [won, lost]
        assert ids(status_label="Won") == [won]
        assert ids(status_label__in="Active,Lost") == [active, lost]
        assert ids(status_id__in=f"{statuses['Won']},{statuses['Lost']}") == [won, lost]
        assert ids(user_id__in=api.user.id) == [active, won]
        assert ids(value_period__in="one_time") == [active, won, lost]
        assert ids(date_won="2026-01-15") == [won]
        assert ids(date_won__gte="2026-01-16") == []
        assert ids(date_won__lt="2026-02-01") == [won]  # never-won ones are left out
        today = dt.datetime.now(dt.UTC).date().isoformat()
        assert ids(date_created=today) == [active, won, lost]
        assert ids(date_created__lt="2000-01-01") == []
        assert ids(date_updated__gte="2000-01-01T00:00:00+00:00") == [active, won, lost]
        total = ok(api.get("/opportunity/", params={"status_type__in": "won,lost"}))
        assert total["total_value_one_time"] == 600


def test_custom_activity_filters() -> None:
    with emulator() as (_, (api,)):
        visit = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)["id"]
        call = ok(api.post("/custom_activity/", json={"name": "Call"}), 201)["id"]
        lead = ok(api.post("/lead/", json={"name": "A"}))["id"]

        def activity(type_id: str, at: str) -> str:
            body = {"custom_activity_type_id": type_id, "lead_id": lead, "activity_at": at}
            return str(ok(api.post("/activity/custom/", json=body))["id"])

        old = activity(visit, "2020-05-01T12:00:00+00:00")
        new = activity(call, "2026-05-01T12:00:00+00:00")

        def ids(**params: str) -> list[str]:
            return [a["id"] for a in ok(api.get("/activity/custom/", params=params))["data"]]

        assert ids(id__in=new) == [new]
        assert ids(activity_at__lt="2021-01-01") == [old]
        assert ids(activity_at__gte="2021-01-01") == [new]
        assert ids(date_created__gte="2021-01-01") == [old, new]
        assert ids(lead_id=lead, custom_activity_type_id__in=f"{visit},{call}") == [old, new]
        assert ids(lead_id=lead, custom_activity_type_id__in=call) == [new]
        assert field_errors(
            api.get("/activity/custom/", params={"custom_activity_type_id__in": visit})
        ) == {"lead_id": "Filtering by custom_activity_type_id__in requires lead_id."}
