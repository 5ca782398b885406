"""Operations tagged `reporting`, and their typed facade (`Reporting`, `AsyncReporting`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.activity_metric import ActivityMetric
from ...models.activity_metric_list import ActivityMetricList
from ...models.activity_report import ActivityReport
from ...models.activity_report_data_item import ActivityReportDataItem
from ...models.activity_report_request import ActivityReportRequest
from ...models.custom_report import CustomReport
from ...models.error_body import ErrorBody
from ...models.funnel_request import FunnelRequest
from ...models.funnel_stages import FunnelStages
from ...models.funnel_totals import FunnelTotals
from ...models.get_custom_report_interval import (
    GetCustomReportInterval,
    check_get_custom_report_interval,
)
from ...models.get_custom_report_transform_y import (
    GetCustomReportTransformY,
    check_get_custom_report_transform_y,
)
from ...models.rate_limited_body import RateLimitedBody
from ...models.sent_emails_report import SentEmailsReport
from ...models.sent_emails_report_data_item import SentEmailsReportDataItem
from ...models.status_report import StatusReport
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    get_activity_report,
    get_custom_report,
    get_lead_status_report,
    get_opportunity_funnel_stages,
    get_opportunity_funnel_totals,
    get_opportunity_status_report,
    get_sent_emails_report,
    list_activity_metrics,
)

__all__ = ["AsyncReporting", "Reporting"]


class Reporting:
    """The `reporting` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get_activity_report(
        self,
        *,
        body: ActivityReportRequest,
    ) -> ActivityReport:
        """Get an activity report (`POST /report/activity/`)."""
        return get_activity_report.sync(
            body=body,
            client=self._client,
        )

    def get_custom_report(
        self,
        organization_id: str,
        *,
        x: str | Unset = UNSET,
        y: str | Unset = UNSET,
        interval: GetCustomReportInterval | Unset = UNSET,
        group_by: str | Unset = UNSET,
        transform_y: GetCustomReportTransformY | Unset = UNSET,
        start: datetime.date | datetime.datetime | Unset = UNSET,
        end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> CustomReport:
        """Get a custom report (Explorer) (`GET /report/custom/{organization_id}/`)."""
        return get_custom_report.sync(
            organization_id=organization_id,
            x=x,
            y=y,
            interval=interval,
            group_by=group_by,
            transform_y=transform_y,
            start=start,
            end=end,
            query=query,
            client=self._client,
        )

    def get_lead_status_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
    ) -> StatusReport:
        """Get the lead status change report (`GET /report/statuses/lead/{organization_id}/`)."""
        return get_lead_status_report.sync(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            client=self._client,
        )

    def get_opportunity_funnel_stages(
        self,
        *,
        body: FunnelRequest,
    ) -> FunnelStages:
        """Get the opportunity funnel by stage (`POST /report/funnel/opportunity/stages/`)."""
        return get_opportunity_funnel_stages.sync(
            body=body,
            client=self._client,
        )

    def get_opportunity_funnel_totals(
        self,
        *,
        body: FunnelRequest,
    ) -> FunnelTotals:
        """Get the opportunity funnel totals (`POST /report/funnel/opportunity/totals/`)."""
        return get_opportunity_funnel_totals.sync(
            body=body,
            client=self._client,
        )

    def get_opportunity_status_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> StatusReport:
        """Get the opportunity status change report (`GET /report/statuses/opportunity/{organization_id}/`)."""
        return get_opportunity_status_report.sync(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            user_id=user_id,
            client=self._client,
        )

    def get_sent_emails_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> SentEmailsReport:
        """Get the sent emails report (`GET /report/sent_emails/{organization_id}/`)."""
        return get_sent_emails_report.sync(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            user_id=user_id,
            client=self._client,
        )

    def list_activity_metrics(
        self,
    ) -> ActivityMetricList:
        """List the activity report metrics (`GET /report/activity/metrics/`)."""
        return list_activity_metrics.sync(
            client=self._client,
        )


class AsyncReporting:
    """The asyncio twin of `Reporting`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get_activity_report(
        self,
        *,
        body: ActivityReportRequest,
    ) -> ActivityReport:
        """Get an activity report (`POST /report/activity/`)."""
        return await get_activity_report.asyncio(
            body=body,
            client=self._client,
        )

    async def get_custom_report(
        self,
        organization_id: str,
        *,
        x: str | Unset = UNSET,
        y: str | Unset = UNSET,
        interval: GetCustomReportInterval | Unset = UNSET,
        group_by: str | Unset = UNSET,
        transform_y: GetCustomReportTransformY | Unset = UNSET,
        start: datetime.date | datetime.datetime | Unset = UNSET,
        end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> CustomReport:
        """Get a custom report (Explorer) (`GET /report/custom/{organization_id}/`)."""
        return await get_custom_report.asyncio(
            organization_id=organization_id,
            x=x,
            y=y,
            interval=interval,
            group_by=group_by,
            transform_y=transform_y,
            start=start,
            end=end,
            query=query,
            client=self._client,
        )

    async def get_lead_status_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
    ) -> StatusReport:
        """Get the lead status change report (`GET /report/statuses/lead/{organization_id}/`)."""
        return await get_lead_status_report.asyncio(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            client=self._client,
        )

    async def get_opportunity_funnel_stages(
        self,
        *,
        body: FunnelRequest,
    ) -> FunnelStages:
        """Get the opportunity funnel by stage (`POST /report/funnel/opportunity/stages/`)."""
        return await get_opportunity_funnel_stages.asyncio(
            body=body,
            client=self._client,
        )

    async def get_opportunity_funnel_totals(
        self,
        *,
        body: FunnelRequest,
    ) -> FunnelTotals:
        """Get the opportunity funnel totals (`POST /report/funnel/opportunity/totals/`)."""
        return await get_opportunity_funnel_totals.asyncio(
            body=body,
            client=self._client,
        )

    async def get_opportunity_status_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> StatusReport:
        """Get the opportunity status change report (`GET /report/statuses/opportunity/{organization_id}/`)."""
        return await get_opportunity_status_report.asyncio(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            user_id=user_id,
            client=self._client,
        )

    async def get_sent_emails_report(
        self,
        organization_id: str,
        *,
        date_start: datetime.date | datetime.datetime | Unset = UNSET,
        date_end: datetime.date | datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> SentEmailsReport:
        """Get the sent emails report (`GET /report/sent_emails/{organization_id}/`)."""
        return await get_sent_emails_report.asyncio(
            organization_id=organization_id,
            date_start=date_start,
            date_end=date_end,
            user_id=user_id,
            client=self._client,
        )

    async def list_activity_metrics(
        self,
    ) -> ActivityMetricList:
        """List the activity report metrics (`GET /report/activity/metrics/`)."""
        return await list_activity_metrics.asyncio(
            client=self._client,
        )
