"""Offset pagination: every test runs the sync and the async paginator alike."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import close_api.api
import pytest
import yaml

from closeext._pagination import (
    DEFAULT_PAGE_SIZE,
    AsyncOffsetPaginator,
    OffsetPaginator,
    max_limit_of,
    page_size_for,
)

SPEC = Path(__file__).resolve().parents[2] / "spec" / "close.openapi.yaml"
API = Path(close_api.api.__file__).parent


class FakeList:
    """A Close list endpoint over ``total`` records, recording each page request.

    ``cap`` is the server's own page maximum; ``has_more`` can be forced to lie.
    """

    def __init__(self, total: int, *, cap: int = 10_000, lie: bool = False) -> None:
        self.records = [{"id": f"lead_{i}"} for i in range(total)]
        self.cap = cap
        self.lie = lie
        self.calls: list[tuple[int, int]] = []

    def fetch(self, skip: int, limit: int) -> tuple[list[dict[str, str]], bool]:
        self.calls.append((skip, limit))
        end = skip + min(limit, self.cap)
        page = self.records[skip:end]
        return page, True if self.lie else end < len(self.records)

    async def afetch(self, skip: int, limit: int) -> tuple[list[dict[str, str]], bool]:
        return self.fetch(skip, limit)


class Walker:
    """Builds the sync or the async paginator over a FakeList and drains it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def paginator(self, source: FakeList, **options: Any) -> Any:
        if self.kind == "sync":
            return OffsetPaginator(source.fetch, **options)
        return AsyncOffsetPaginator(source.afetch, **options)

    async def take(self, source: FakeList, count: int | None = None, **options: Any) -> list[Any]:
        """The first ``count`` items (all when None), stopping iteration early."""
        paginator = self.paginator(source, **options)
        items: list[Any] = []
        if self.kind == "sync":
            for item in paginator:
                if count is not None and len(items) == count:
                    break
                items.append(item)
        else:
            async for item in paginator:
                if count is not None and len(items) == count:
                    break
                items.append(item)
        return items


@pytest.fixture(params=["sync", "async"])
def walker(request: pytest.FixtureRequest) -> Walker:
    return Walker(request.param)


def ids(items: list[dict[str, str]]) -> list[int]:
    return [int(item["id"].removeprefix("lead_")) for item in items]


@pytest.mark.parametrize(
    ("total", "page_size", "calls"),
    [
        (250, 100, [(0, 100), (100, 100), (200, 100)]),  # several pages, a short last one
        (200, 100, [(0, 100), (100, 100)]),  # an exact multiple: has_more is false on page 2
        (0, 100, [(0, 100)]),  # an empty list
        (1, 100, [(0, 100)]),
        (5, 2, [(0, 2), (2, 2), (4, 2)]),
    ],
)
async def test_walks_every_page_once(
    walker: Walker, total: int, page_size: int, calls: list[tuple[int, int]]
) -> None:
    source = FakeList(total)
    items = await walker.take(source, page_size=page_size)
    assert ids(items) == list(range(total))
    assert source.calls == calls


async def test_a_lying_has_more_stops_at_the_first_empty_page(walker: Walker) -> None:
    source = FakeList(150, lie=True)
    items = await walker.take(source, page_size=100)
    assert ids(items) == list(range(150))
    assert source.calls == [(0, 100), (100, 100), (150, 100)]


async def test_a_server_capping_the_page_lower_loses_nothing(walker: Walker) -> None:
    source = FakeList(250, cap=100)
    items = await walker.take(source, page_size=200)
    assert ids(items) == list(range(250))
    assert source.calls == [(0, 200), (100, 200), (200, 200)]


async def test_pages_are_fetched_lazily(walker: Walker) -> None:
    source = FakeList(1000)
    items = await walker.take(source, count=150, page_size=100)
    assert ids(items) == list(range(150))
    assert source.calls == [(0, 100), (100, 100)]  # nothing fetched beyond what was used


async def test_start_and_max_items(walker: Walker) -> None:
    source = FakeList(1000)
    items = await walker.take(source, page_size=100, start=30, max_items=120)
    assert ids(items) == list(range(30, 150))
    assert source.calls == [(30, 100), (130, 20)]  # the last request asks only for what is needed


async def test_max_items_zero_fetches_nothing(walker: Walker) -> None:
    source = FakeList(10)
    assert await walker.take(source, max_items=0) == []
    assert source.calls == []


async def test_each_iteration_starts_afresh(walker: Walker) -> None:
    source = FakeList(3)
    paginator = walker.paginator(source, page_size=2)
    first: list[Any] = []
    second: list[Any] = []
    for bucket in (first, second):
        if walker.kind == "sync":
            bucket.extend(paginator)
        else:
            bucket.extend([item async for item in paginator])
    assert ids(first) == ids(second) == [0, 1, 2]


async def test_errors_from_fetch_propagate(walker: Walker) -> None:
    source = FakeList(300)
    original: Callable[[int, int], Any] = source.fetch

    def failing(skip: int, limit: int) -> Any:
        if skip >= 100:
            raise LookupError("page gone")
        return original(skip, limit)

    source.fetch = failing  # type: ignore[method-assign]
    with pytest.raises(LookupError):
        await walker.take(source, page_size=100)


@pytest.mark.parametrize(
    "options", [{"page_size": 0}, {"page_size": -5}, {"start": -1}, {"max_items": -1}]
)
def test_bad_options_fail_at_construction(walker: Walker, options: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        walker.paginator(FakeList(1), **options)


def _spec_limits() -> dict[str, int]:
    """Every operation's maximum ``_limit``, read from the spec file itself."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    shared = spec["components"]["parameters"]
    limits: dict[str, int] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "delete", "patch"}:
                continue
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
                if parameter["name"] == "_limit":
                    limits[operation["operationId"]] = parameter["schema"]["maximum"]
    return limits


def test_every_generated_list_carries_the_spec_maximum_page_size() -> None:
    limits = _spec_limits()
    assert limits, "the spec declares no _limit at all"
    for operation_id, maximum in limits.items():
        tag = next(
            path.parent.name for path in API.glob(f"*/{operation_id}.py")
        )  # the module lives under its tag
        module = importlib.import_module(f"close_api.api.{tag}.{operation_id}")
        assert maximum == module.MAX_LIMIT, operation_id
        assert max_limit_of(module) == maximum
        assert max_limit_of(module.sync) == maximum
    # Operations without a _limit carry no MAX_LIMIT and page with the default.
    from close_api.api.roles import list_roles

    assert not hasattr(list_roles, "MAX_LIMIT")
    assert max_limit_of(list_roles) == DEFAULT_PAGE_SIZE


@pytest.mark.parametrize(
    ("maximum", "requested", "size"),
    [(200, None, 200), (200, 50, 50), (200, 500, 200), (100, 1000, 100)],
)
def test_page_size_for(maximum: int, requested: int | None, size: int) -> None:
    assert page_size_for(maximum, requested) == size


def test_a_page_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        page_size_for(200, 0)
