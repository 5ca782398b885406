"""One handler per operationId of the spec, gathered from the resource-family modules.

Every handler runs under its organization's lock: the pipeline may call handlers from
several threads (Starlette runs sync code in a thread pool) or one at a time on the event
loop; either way a handler sees and leaves the organization consistent, and concurrent
``.add`` writes to one multi-value field all land.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import wraps
from types import MappingProxyType

from .._types import ApiRequest, ApiResponse, Handler
from . import (
    associations,
    contacts,
    custom_activities,
    custom_fields,
    custom_objects,
    custom_types,
    leads,
    opportunities,
    org,
    schemas,
    statuses,
)

_FAMILIES = (
    leads,
    contacts,
    opportunities,
    custom_fields,
    associations,
    schemas,
    custom_types,
    custom_objects,
    custom_activities,
    statuses,
    org,
)


def _serialized(handler: Handler) -> Handler:
    @wraps(handler)
    def run(req: ApiRequest) -> ApiResponse:
        with req.org.lock:
            return handler(req)

    return run


def _collect() -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    for module in _FAMILIES:
        family: Mapping[str, Handler] = module.HANDLERS
        for operation_id, handler in family.items():
            if operation_id in handlers:  # a typo in a table would silently shadow a handler
                raise RuntimeError(f"duplicate handler for {operation_id}")
            handlers[operation_id] = _serialized(handler)
    return handlers


#: operationId → handler, read-only.
HANDLERS: Mapping[str, Handler] = MappingProxyType(_collect())

__all__ = ["HANDLERS"]
