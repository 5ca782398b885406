"""The anchored list walk sees every record that exists throughout, whatever else changes.

A property test: between any two page fetches, other writers insert records anywhere and
delete any records but the ones we watch; the walk must still find every watched record
(the promise that makes "not found, so create it again" safe), and never report one twice.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeext import CloseError, ReconcileError
from closeext._reconcile import ListWalk

# One change between two page fetches: ("insert", position seed) or ("delete", position seed).
Change = tuple[str, int]


class ChangingList:
    """A fake ``close`` whose list operation serves offset pages of a list that changes."""

    def __init__(self, records: list[Any], changes: list[list[Change]], fail_at: int = -1) -> None:
        self.records = records
        self.changes = changes
        self.fetches = 0
        self.fail_at = fail_at
        self.minted = 0

    async def call(self, op: Any, /, *, skip: int, limit: int) -> Any:
        if self.fetches == self.fail_at:
            raise CloseError("the page failed")
        if self.fetches and self.fetches - 1 < len(self.changes):
            self._apply(self.changes[self.fetches - 1])
        self.fetches += 1
        page = self.records[skip : skip + limit]
        return SimpleNamespace(data=page, has_more=skip + limit < len(self.records))

    def _apply(self, changes: list[Change]) -> None:
        for kind, seed in changes:
            if kind == "insert":
                self.minted += 1
                record = SimpleNamespace(id=f"new_{self.minted}", name=f"new {self.minted}")
                self.records.insert(seed % (len(self.records) + 1), record)
            else:
                others = [r for r in self.records if not r.name.startswith("watched")]
                if others:
                    self.records.remove(others[seed % len(others)])


def walk(source: ChangingList, page_size: int) -> ListWalk:
    return ListWalk(source, "list_op", lambda r: r.name, {}, page_size)  # type: ignore[arg-type]


changes_strategy = st.lists(
    st.lists(st.tuples(st.sampled_from(["insert", "delete"]), st.integers(0, 10_000)), max_size=30),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    total=st.integers(0, 300),
    watched=st.sets(st.integers(0, 299), max_size=25),
    page_size=st.integers(4, 50),
    changes=changes_strategy,
)
def test_every_record_present_throughout_is_found_once(
    total: int, watched: set[int], page_size: int, changes: list[list[Change]]
) -> None:
    records = [
        SimpleNamespace(id=f"lead_{n}", name=f"watched {n}" if n in watched else f"other {n}")
        for n in range(total)
    ]
    wanted = {f"watched {n}" for n in watched if n < total}
    source = ChangingList(records, changes)
    try:
        found = asyncio.run(walk(source, page_size).find(wanted | {"watched never"}))
    except ReconcileError:
        return  # giving up on a list that will not hold still is allowed; guessing is not
    assert set(found) == wanted
    assert all(len(group) == 1 for group in found.values())


def test_a_failing_page_is_a_reconcile_error_carrying_the_cause() -> None:
    records = [SimpleNamespace(id=f"lead_{n}", name=f"n{n}") for n in range(30)]
    with pytest.raises(ReconcileError) as caught:
        asyncio.run(walk(ChangingList(records, [], fail_at=1), 10).find({"n25"}))
    assert isinstance(caught.value.cause, CloseError)
    assert "a list page failed: the page failed" in str(caught.value)


def test_heavy_deletions_step_back_instead_of_missing_records() -> None:
    records = [SimpleNamespace(id=f"lead_{n}", name=f"other {n}") for n in range(200)]
    records += [SimpleNamespace(id=f"lead_w{n}", name=f"watched {n}") for n in range(20)]
    # Before every page but the first, 30 records ahead of the reader disappear.
    changes = [[("delete", 0)] * 30 for _ in range(20)]
    source = ChangingList(records, changes)
    found = asyncio.run(walk(source, 20).find({f"watched {n}" for n in range(20)}))
    assert len(found) == 20
