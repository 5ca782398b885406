"""Value indexes for exact-match conditions, built on first use and kept until a write.

``term``, ``reference`` and ``current_user`` conditions look their values up in an index
of one field over one object type (``value -> ordered ids``) instead of testing every
record, so a search that selects a few hundred of 100,000 leads reads only those. An
index is built from the values as the record readers see them (custom values already
filtered by visibility) and is tied to the organization's ``generation``, which every
write bumps (see ``_resources.__init__``): the first search after a write rebuilds the
indexes it needs, later ones reuse them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Final

from .._organization import Organization

#: The organization collection that holds the indexes (declared in ``_organization``).
INDEXES: Final = "search_indexes"

Values = Callable[[Any], list[Any]]


def lookup(
    org: Organization, collection: str, key: str, values: Values, wanted: Iterable[Any]
) -> dict[str, None]:
    """The ids of ``collection`` whose ``key`` values include any of ``wanted``, in order."""
    index = _index(org, collection, key, values)
    found: dict[str, None] = {}
    for value in wanted:
        try:
            ids = index.get(value)
        except TypeError:  # an unhashable value can equal no stored atom
            continue
        if ids:
            found.update(ids)
    return found


def _index(
    org: Organization, collection: str, key: str, values: Values
) -> dict[Any, dict[str, None]]:
    store = org.collection(INDEXES)
    name = f"{collection}|{key}"
    cached = store.get(name)
    if cached is not None and cached[0] == org.generation:
        index: dict[Any, dict[str, None]] = cached[1]
        return index
    index = {}
    for record_id, record in org.collection(collection).items():
        for atom in values(record):
            try:
                index.setdefault(atom, {})[record_id] = None
            except TypeError:
                continue
    store[name] = (org.generation, index)
    return index
