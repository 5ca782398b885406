"""Operations tagged `pipelines`, and their typed facade (`Pipelines`, `AsyncPipelines`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.pipeline import Pipeline
from ...models.pipeline_create import PipelineCreate
from ...models.pipeline_list import PipelineList
from ...models.pipeline_update import PipelineUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_pipeline, delete_pipeline, list_pipelines, update_pipeline

__all__ = ["AsyncPipelines", "Pipelines"]


class Pipelines:
    """The `pipelines` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: PipelineCreate,
    ) -> Pipeline:
        """Create a pipeline (`POST /pipeline/`)."""
        return create_pipeline.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        pipeline_id: str,
    ) -> None:
        """Delete a pipeline (`DELETE /pipeline/{pipeline_id}/`)."""
        return delete_pipeline.sync(
            pipeline_id=pipeline_id,
            client=self._client,
        )

    def list(
        self,
    ) -> PipelineList:
        """List pipelines (`GET /pipeline/`)."""
        return list_pipelines.sync(
            client=self._client,
        )

    def update(
        self,
        pipeline_id: str,
        *,
        body: PipelineUpdate,
    ) -> Pipeline:
        """Update a pipeline (`PUT /pipeline/{pipeline_id}/`)."""
        return update_pipeline.sync(
            pipeline_id=pipeline_id,
            body=body,
            client=self._client,
        )


class AsyncPipelines:
    """The asyncio twin of `Pipelines`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: PipelineCreate,
    ) -> Pipeline:
        """Create a pipeline (`POST /pipeline/`)."""
        return await create_pipeline.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        pipeline_id: str,
    ) -> None:
        """Delete a pipeline (`DELETE /pipeline/{pipeline_id}/`)."""
        return await delete_pipeline.asyncio(
            pipeline_id=pipeline_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> PipelineList:
        """List pipelines (`GET /pipeline/`)."""
        return await list_pipelines.asyncio(
            client=self._client,
        )

    async def update(
        self,
        pipeline_id: str,
        *,
        body: PipelineUpdate,
    ) -> Pipeline:
        """Update a pipeline (`PUT /pipeline/{pipeline_id}/`)."""
        return await update_pipeline.asyncio(
            pipeline_id=pipeline_id,
            body=body,
            client=self._client,
        )
