import datetime
from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_opportunities_group_by import (
    ListOpportunitiesGroupBy,
)
from ...models.list_opportunities_status_type import (
    ListOpportunitiesStatusType,
)
from ...models.list_opportunities_value_period import (
    ListOpportunitiesValuePeriod,
)
from ...models.opportunity_list import OpportunityList
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_opportunities"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
MAX_LIMIT: Final = 250
"""The largest `_limit` (page size) the spec allows for this list."""
PAGINATION: Final = "offset"
"""How this list pages: `offset` (`_skip` / `has_more`) or `cursor` (`_cursor` / `cursor_next`)."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_type: ListOpportunitiesStatusType | Unset = UNSET,
    value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: ListOpportunitiesGroupBy | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_stalled: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = limit

    params["_skip"] = skip

    params["_fields"] = fields

    params["lead_id"] = lead_id

    params["user_id"] = user_id

    params["status_id"] = status_id

    json_status_type: str | Unset = UNSET
    if not isinstance(status_type, Unset):
        json_status_type = status_type

    params["status_type"] = json_status_type

    json_value_period: str | Unset = UNSET
    if not isinstance(value_period, Unset):
        json_value_period = value_period

    params["value_period"] = json_value_period

    params["lead_saved_search_id"] = lead_saved_search_id

    params["user_id__in"] = user_id_in

    params["status_id__in"] = status_id_in

    params["status_type__in"] = status_type_in

    params["status_label"] = status_label

    params["status_label__in"] = status_label_in

    params["value_period__in"] = value_period_in

    json_date_created: str | Unset
    if isinstance(date_created, Unset):
        json_date_created = UNSET
    elif isinstance(date_created, datetime.date):
        json_date_created = date_created.isoformat()
    else:
        json_date_created = date_created.isoformat()

    params["date_created"] = json_date_created

    json_date_created_gt: str | Unset
    if isinstance(date_created_gt, Unset):
        json_date_created_gt = UNSET
    elif isinstance(date_created_gt, datetime.date):
        json_date_created_gt = date_created_gt.isoformat()
    else:
        json_date_created_gt = date_created_gt.isoformat()

    params["date_created__gt"] = json_date_created_gt

    json_date_created_gte: str | Unset
    if isinstance(date_created_gte, Unset):
        json_date_created_gte = UNSET
    elif isinstance(date_created_gte, datetime.date):
        json_date_created_gte = date_created_gte.isoformat()
    else:
        json_date_created_gte = date_created_gte.isoformat()

    params["date_created__gte"] = json_date_created_gte

    json_date_created_lt: str | Unset
    if isinstance(date_created_lt, Unset):
        json_date_created_lt = UNSET
    elif isinstance(date_created_lt, datetime.date):
        json_date_created_lt = date_created_lt.isoformat()
    else:
        json_date_created_lt = date_created_lt.isoformat()

    params["date_created__lt"] = json_date_created_lt

    json_date_created_lte: str | Unset
    if isinstance(date_created_lte, Unset):
        json_date_created_lte = UNSET
    elif isinstance(date_created_lte, datetime.date):
        json_date_created_lte = date_created_lte.isoformat()
    else:
        json_date_created_lte = date_created_lte.isoformat()

    params["date_created__lte"] = json_date_created_lte

    json_date_updated: str | Unset
    if isinstance(date_updated, Unset):
        json_date_updated = UNSET
    elif isinstance(date_updated, datetime.date):
        json_date_updated = date_updated.isoformat()
    else:
        json_date_updated = date_updated.isoformat()

    params["date_updated"] = json_date_updated

    json_date_updated_gt: str | Unset
    if isinstance(date_updated_gt, Unset):
        json_date_updated_gt = UNSET
    elif isinstance(date_updated_gt, datetime.date):
        json_date_updated_gt = date_updated_gt.isoformat()
    else:
        json_date_updated_gt = date_updated_gt.isoformat()

    params["date_updated__gt"] = json_date_updated_gt

    json_date_updated_gte: str | Unset
    if isinstance(date_updated_gte, Unset):
        json_date_updated_gte = UNSET
    elif isinstance(date_updated_gte, datetime.date):
        json_date_updated_gte = date_updated_gte.isoformat()
    else:
        json_date_updated_gte = date_updated_gte.isoformat()

    params["date_updated__gte"] = json_date_updated_gte

    json_date_updated_lt: str | Unset
    if isinstance(date_updated_lt, Unset):
        json_date_updated_lt = UNSET
    elif isinstance(date_updated_lt, datetime.date):
        json_date_updated_lt = date_updated_lt.isoformat()
    else:
        json_date_updated_lt = date_updated_lt.isoformat()

    params["date_updated__lt"] = json_date_updated_lt

    json_date_updated_lte: str | Unset
    if isinstance(date_updated_lte, Unset):
        json_date_updated_lte = UNSET
    elif isinstance(date_updated_lte, datetime.date):
        json_date_updated_lte = date_updated_lte.isoformat()
    else:
        json_date_updated_lte = date_updated_lte.isoformat()

    params["date_updated__lte"] = json_date_updated_lte

    json_date_won: str | Unset
    if isinstance(date_won, Unset):
        json_date_won = UNSET
    elif isinstance(date_won, datetime.date):
        json_date_won = date_won.isoformat()
    else:
        json_date_won = date_won.isoformat()

    params["date_won"] = json_date_won

    json_date_won_gt: str | Unset
    if isinstance(date_won_gt, Unset):
        json_date_won_gt = UNSET
    elif isinstance(date_won_gt, datetime.date):
        json_date_won_gt = date_won_gt.isoformat()
    else:
        json_date_won_gt = date_won_gt.isoformat()

    params["date_won__gt"] = json_date_won_gt

    json_date_won_gte: str | Unset
    if isinstance(date_won_gte, Unset):
        json_date_won_gte = UNSET
    elif isinstance(date_won_gte, datetime.date):
        json_date_won_gte = date_won_gte.isoformat()
    else:
        json_date_won_gte = date_won_gte.isoformat()

    params["date_won__gte"] = json_date_won_gte

    json_date_won_lt: str | Unset
    if isinstance(date_won_lt, Unset):
        json_date_won_lt = UNSET
    elif isinstance(date_won_lt, datetime.date):
        json_date_won_lt = date_won_lt.isoformat()
    else:
        json_date_won_lt = date_won_lt.isoformat()

    params["date_won__lt"] = json_date_won_lt

    json_date_won_lte: str | Unset
    if isinstance(date_won_lte, Unset):
        json_date_won_lte = UNSET
    elif isinstance(date_won_lte, datetime.date):
        json_date_won_lte = date_won_lte.isoformat()
    else:
        json_date_won_lte = date_won_lte.isoformat()

    params["date_won__lte"] = json_date_won_lte

    params["_order_by"] = order_by

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["_group_by"] = json_group_by

    params["organization_id"] = organization_id

    params["status"] = status

    params["status__in"] = status_in

    params["lead_query"] = lead_query

    params["query"] = query

    params["is_stalled"] = is_stalled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunity/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = OpportunityList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpportunityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_type: ListOpportunitiesStatusType | Unset = UNSET,
    value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: ListOpportunitiesGroupBy | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_stalled: str | Unset = UNSET,
) -> Response[OpportunityList]:
    """List opportunities

     Returns opportunities one page at a time (`_limit` at most 250, `_skip`), optionally
    filtered. Besides `data` and `has_more`, the answer carries aggregates over every
    matching opportunity regardless of paging: `total_results`, counts per value period,
    and total and expected (confidence-weighted) values per period and annualized
    (monthly values times 12). Custom field values appear as `custom.cf_<field id>`
    keys; with `_fields`, `custom` selects all custom fields and `custom.cf_<id>` one.

    With `_group_by`, `data` holds groups (`OpportunityGroup`) instead of opportunities;
    see that parameter. Every parameter Close documents for this list is either honoured
    or refused with a 400 naming it: `query` (Close's search over opportunity
    properties) and `is_stalled` (Close does not document when an opportunity counts as
    stalled) are refused by the emulator.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        status_id (str | Unset):
        status_type (ListOpportunitiesStatusType | Unset):
        value_period (ListOpportunitiesValuePeriod | Unset):
        lead_saved_search_id (str | Unset):
        user_id_in (str | Unset): Comma-separated ids.
        status_id_in (str | Unset): Comma-separated ids.
        status_type_in (str | Unset):
        status_label (str | Unset):
        status_label_in (str | Unset):
        value_period_in (str | Unset):
        date_created (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        date_won (datetime.date | datetime.datetime | Unset):
        date_won_gt (datetime.date | datetime.datetime | Unset):
        date_won_gte (datetime.date | datetime.datetime | Unset):
        date_won_lt (datetime.date | datetime.datetime | Unset):
        date_won_lte (datetime.date | datetime.datetime | Unset):
        order_by (str | Unset):
        group_by (ListOpportunitiesGroupBy | Unset):
        organization_id (str | Unset):
        status (str | Unset):
        status_in (str | Unset):
        lead_query (str | Unset):
        query (str | Unset):
        is_stalled (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[OpportunityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        user_id=user_id,
        status_id=status_id,
        status_type=status_type,
        value_period=value_period,
        lead_saved_search_id=lead_saved_search_id,
        user_id_in=user_id_in,
        status_id_in=status_id_in,
        status_type_in=status_type_in,
        status_label=status_label,
        status_label_in=status_label_in,
        value_period_in=value_period_in,
        date_created=date_created,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated=date_updated,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_won=date_won,
        date_won_gt=date_won_gt,
        date_won_gte=date_won_gte,
        date_won_lt=date_won_lt,
        date_won_lte=date_won_lte,
        order_by=order_by,
        group_by=group_by,
        organization_id=organization_id,
        status=status,
        status_in=status_in,
        lead_query=lead_query,
        query=query,
        is_stalled=is_stalled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_type: ListOpportunitiesStatusType | Unset = UNSET,
    value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: ListOpportunitiesGroupBy | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_stalled: str | Unset = UNSET,
) -> OpportunityList:
    """List opportunities

     Returns opportunities one page at a time (`_limit` at most 250, `_skip`), optionally
    filtered. Besides `data` and `has_more`, the answer carries aggregates over every
    matching opportunity regardless of paging: `total_results`, counts per value period,
    and total and expected (confidence-weighted) values per period and annualized
    (monthly values times 12). Custom field values appear as `custom.cf_<field id>`
    keys; with `_fields`, `custom` selects all custom fields and `custom.cf_<id>` one.

    With `_group_by`, `data` holds groups (`OpportunityGroup`) instead of opportunities;
    see that parameter. Every parameter Close documents for this list is either honoured
    or refused with a 400 naming it: `query` (Close's search over opportunity
    properties) and `is_stalled` (Close does not document when an opportunity counts as
    stalled) are refused by the emulator.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        status_id (str | Unset):
        status_type (ListOpportunitiesStatusType | Unset):
        value_period (ListOpportunitiesValuePeriod | Unset):
        lead_saved_search_id (str | Unset):
        user_id_in (str | Unset): Comma-separated ids.
        status_id_in (str | Unset): Comma-separated ids.
        status_type_in (str | Unset):
        status_label (str | Unset):
        status_label_in (str | Unset):
        value_period_in (str | Unset):
        date_created (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        date_won (datetime.date | datetime.datetime | Unset):
        date_won_gt (datetime.date | datetime.datetime | Unset):
        date_won_gte (datetime.date | datetime.datetime | Unset):
        date_won_lt (datetime.date | datetime.datetime | Unset):
        date_won_lte (datetime.date | datetime.datetime | Unset):
        order_by (str | Unset):
        group_by (ListOpportunitiesGroupBy | Unset):
        organization_id (str | Unset):
        status (str | Unset):
        status_in (str | Unset):
        lead_query (str | Unset):
        query (str | Unset):
        is_stalled (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        OpportunityList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        user_id=user_id,
        status_id=status_id,
        status_type=status_type,
        value_period=value_period,
        lead_saved_search_id=lead_saved_search_id,
        user_id_in=user_id_in,
        status_id_in=status_id_in,
        status_type_in=status_type_in,
        status_label=status_label,
        status_label_in=status_label_in,
        value_period_in=value_period_in,
        date_created=date_created,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated=date_updated,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_won=date_won,
        date_won_gt=date_won_gt,
        date_won_gte=date_won_gte,
        date_won_lt=date_won_lt,
        date_won_lte=date_won_lte,
        order_by=order_by,
        group_by=group_by,
        organization_id=organization_id,
        status=status,
        status_in=status_in,
        lead_query=lead_query,
        query=query,
        is_stalled=is_stalled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_type: ListOpportunitiesStatusType | Unset = UNSET,
    value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: ListOpportunitiesGroupBy | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_stalled: str | Unset = UNSET,
) -> Response[OpportunityList]:
    """List opportunities

     Returns opportunities one page at a time (`_limit` at most 250, `_skip`), optionally
    filtered. Besides `data` and `has_more`, the answer carries aggregates over every
    matching opportunity regardless of paging: `total_results`, counts per value period,
    and total and expected (confidence-weighted) values per period and annualized
    (monthly values times 12). Custom field values appear as `custom.cf_<field id>`
    keys; with `_fields`, `custom` selects all custom fields and `custom.cf_<id>` one.

    With `_group_by`, `data` holds groups (`OpportunityGroup`) instead of opportunities;
    see that parameter. Every parameter Close documents for this list is either honoured
    or refused with a 400 naming it: `query` (Close's search over opportunity
    properties) and `is_stalled` (Close does not document when an opportunity counts as
    stalled) are refused by the emulator.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        status_id (str | Unset):
        status_type (ListOpportunitiesStatusType | Unset):
        value_period (ListOpportunitiesValuePeriod | Unset):
        lead_saved_search_id (str | Unset):
        user_id_in (str | Unset): Comma-separated ids.
        status_id_in (str | Unset): Comma-separated ids.
        status_type_in (str | Unset):
        status_label (str | Unset):
        status_label_in (str | Unset):
        value_period_in (str | Unset):
        date_created (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        date_won (datetime.date | datetime.datetime | Unset):
        date_won_gt (datetime.date | datetime.datetime | Unset):
        date_won_gte (datetime.date | datetime.datetime | Unset):
        date_won_lt (datetime.date | datetime.datetime | Unset):
        date_won_lte (datetime.date | datetime.datetime | Unset):
        order_by (str | Unset):
        group_by (ListOpportunitiesGroupBy | Unset):
        organization_id (str | Unset):
        status (str | Unset):
        status_in (str | Unset):
        lead_query (str | Unset):
        query (str | Unset):
        is_stalled (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[OpportunityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        user_id=user_id,
        status_id=status_id,
        status_type=status_type,
        value_period=value_period,
        lead_saved_search_id=lead_saved_search_id,
        user_id_in=user_id_in,
        status_id_in=status_id_in,
        status_type_in=status_type_in,
        status_label=status_label,
        status_label_in=status_label_in,
        value_period_in=value_period_in,
        date_created=date_created,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated=date_updated,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_won=date_won,
        date_won_gt=date_won_gt,
        date_won_gte=date_won_gte,
        date_won_lt=date_won_lt,
        date_won_lte=date_won_lte,
        order_by=order_by,
        group_by=group_by,
        organization_id=organization_id,
        status=status,
        status_in=status_in,
        lead_query=lead_query,
        query=query,
        is_stalled=is_stalled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_type: ListOpportunitiesStatusType | Unset = UNSET,
    value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: ListOpportunitiesGroupBy | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_stalled: str | Unset = UNSET,
) -> OpportunityList:
    """List opportunities

     Returns opportunities one page at a time (`_limit` at most 250, `_skip`), optionally
    filtered. Besides `data` and `has_more`, the answer carries aggregates over every
    matching opportunity regardless of paging: `total_results`, counts per value period,
    and total and expected (confidence-weighted) values per period and annualized
    (monthly values times 12). Custom field values appear as `custom.cf_<field id>`
    keys; with `_fields`, `custom` selects all custom fields and `custom.cf_<id>` one.

    With `_group_by`, `data` holds groups (`OpportunityGroup`) instead of opportunities;
    see that parameter. Every parameter Close documents for this list is either honoured
    or refused with a 400 naming it: `query` (Close's search over opportunity
    properties) and `is_stalled` (Close does not document when an opportunity counts as
    stalled) are refused by the emulator.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        status_id (str | Unset):
        status_type (ListOpportunitiesStatusType | Unset):
        value_period (ListOpportunitiesValuePeriod | Unset):
        lead_saved_search_id (str | Unset):
        user_id_in (str | Unset): Comma-separated ids.
        status_id_in (str | Unset): Comma-separated ids.
        status_type_in (str | Unset):
        status_label (str | Unset):
        status_label_in (str | Unset):
        value_period_in (str | Unset):
        date_created (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        date_won (datetime.date | datetime.datetime | Unset):
        date_won_gt (datetime.date | datetime.datetime | Unset):
        date_won_gte (datetime.date | datetime.datetime | Unset):
        date_won_lt (datetime.date | datetime.datetime | Unset):
        date_won_lte (datetime.date | datetime.datetime | Unset):
        order_by (str | Unset):
        group_by (ListOpportunitiesGroupBy | Unset):
        organization_id (str | Unset):
        status (str | Unset):
        status_in (str | Unset):
        lead_query (str | Unset):
        query (str | Unset):
        is_stalled (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        OpportunityList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        user_id=user_id,
        status_id=status_id,
        status_type=status_type,
        value_period=value_period,
        lead_saved_search_id=lead_saved_search_id,
        user_id_in=user_id_in,
        status_id_in=status_id_in,
        status_type_in=status_type_in,
        status_label=status_label,
        status_label_in=status_label_in,
        value_period_in=value_period_in,
        date_created=date_created,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated=date_updated,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_won=date_won,
        date_won_gt=date_won_gt,
        date_won_gte=date_won_gte,
        date_won_lt=date_won_lt,
        date_won_lte=date_won_lte,
        order_by=order_by,
        group_by=group_by,
        organization_id=organization_id,
        status=status,
        status_in=status_in,
        lead_query=lead_query,
        query=query,
        is_stalled=is_stalled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
