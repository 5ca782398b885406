"""Properties a fetched configuration object carries that a write accepts and ignores.

Close's own clone script reads templates and sequences from one organization and posts
them to another minus ``id`` and ``organization_id``; the audit properties left in the
body are ignored by Close, so they are accepted (and ignored) here too.
"""

from __future__ import annotations

from typing import Final

READ_ONLY: Final = frozenset(
    {"id", "organization_id", "created_by", "updated_by", "date_created", "date_updated"}
)
