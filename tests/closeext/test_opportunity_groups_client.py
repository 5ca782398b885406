"""A grouped opportunity list through closeext's clients: typed groups, ungrouped paging."""

from __future__ import annotations

from typing import Any

from close_api.models.lead_create import LeadCreate
from close_api.models.opportunity import Opportunity
from close_api.models.opportunity_create import OpportunityCreate
from close_api.models.opportunity_group import OpportunityGroup

from .conftest import collect, resolve


async def test_grouped_list_parses_groups_and_paginate_yields_opportunities(client: Any) -> None:
    lead = await resolve(client.leads.create(body=LeadCreate.from_dict({"name": "Acme"})))
    statuses = await resolve(client.opportunity_statuses.list())
    won = next(s.id for s in statuses.data if s.type_ == "won")
    for day in ("2026-01-05", "2026-01-20", "2026-02-01"):
        body = {"lead_id": lead.id, "status_id": won, "value": 100, "date_won": day}
        await resolve(client.opportunities.create(body=OpportunityCreate.from_dict(body)))

    page = await resolve(client.opportunities.list(group_by="date_won__month", limit=2))
    assert all(isinstance(group, OpportunityGroup) for group in page.data)
    groups = [group for group in page.data if isinstance(group, OpportunityGroup)]
    assert [(g.key, g.month, g.total_results, len(g.objects)) for g in groups] == [
        ("2026-01", 1, 2, 2)
    ]
    assert page.has_more is True
    assert all(isinstance(o, Opportunity) for o in groups[0].objects)

    plain = await resolve(client.opportunities.list())
    assert all(isinstance(item, Opportunity) for item in plain.data)
    every = await collect(client.opportunities.paginate(page_size=2))
    assert len(every) == 3 and all(isinstance(o, Opportunity) for o in every)
