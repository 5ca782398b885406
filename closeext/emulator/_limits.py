"""Every size, count and time limit of the emulator, in one place.

The figures are far above anything a real Close integration sends (Close's own records
rarely hold more than a few dozen contacts, addresses or values) and far below what it
takes for one request to hurt the others: a request at every limit at once is handled in
well under a second, so no organization can stall another's requests for seconds. Beyond a
limit the emulator answers a Close-shaped 4xx and stores nothing.
"""

from __future__ import annotations

from typing import Final

# --- request bodies ------------------------------------------------------------------

#: Bytes in one request body (413 beyond).
MAX_BODY_BYTES: Final = 2 * 1024 * 1024
#: JSON values (every object, list, string, number, ...) in one request body.
MAX_JSON_VALUES: Final = 10_000
#: Nesting depth of a request body; deeper hidden values could not be answered later,
#: once the response wraps them in a few more levels.
MAX_JSON_DEPTH: Final = 32
#: Items in any one list of a request body: choices, multi-values, ids, ...
MAX_LIST_ITEMS: Final = 1_000
#: Objects in any one list of a request body: contacts nested in a lead, addresses,
#: emails, phones, urls, statuses, ...
MAX_LIST_OBJECTS: Final = 100
#: The largest magnitude of a number in a request. Close stores integers in 64 bits; a
#: larger number (or one JSON spells but a float cannot hold, such as ``1e400``) would be
#: stored by Python and break every later answer holding it, so it is refused up front.
MAX_NUMBER: Final = 2**63 - 1

# --- what accumulates over many requests ----------------------------------------------

#: Contacts one lead may hold (the contacts come embedded in every read of the lead).
MAX_CONTACTS_PER_LEAD: Final = 1_000

# --- responses -----------------------------------------------------------------------

#: Bytes in one response body; a bigger answer is refused (ask for fewer objects or
#: fields) rather than built, held and sent.
MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024

# --- connections (the real server: ServerThread and ``python -m closeext.emulator``) ---

#: Seconds a client has to send a whole request (headers and body) once it started it,
#: or once it connected; a half-sent request is then answered 408 and closed.
REQUEST_TIMEOUT: Final = 10.0
#: Seconds an idle keep-alive connection stays open between requests.
KEEP_ALIVE_TIMEOUT: Final = 5
#: Open connections at once; one more is answered 503 and closed at once, so the server
#: never runs out of file descriptors and keeps answering.
MAX_CONNECTIONS: Final = 1_000
#: File descriptors kept free below the process's limit when bounding connections.
RESERVED_FDS: Final = 200
#: Bytes of a request's head (request line and headers) held while it is incomplete.
MAX_HEAD_BYTES: Final = 64 * 1024
#: Pending connections queued by the kernel before the server accepts them.
LISTEN_BACKLOG: Final = 1_024

# --- logging -------------------------------------------------------------------------

#: The same log message is written at most this many times per window ...
LOG_REPEATS: Final = 5
#: ... of this many seconds; then once more with how many were left out.
LOG_WINDOW: Final = 10.0
