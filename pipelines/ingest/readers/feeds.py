"""RSS and Atom feed files, parsed by feedparser: one article an item, the item's full content
when the feed carries it, else its summary, converted from HTML to text; the feed's title is the
outlet. A feed that is malformed XML still yields whatever items feedparser recovered, flagged
`feed_malformed`; one that yields none is rejected as a whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.decoding import decode, excerpt
from pipelines.ingest.discovery import InputFile
from pipelines.ingest.model import Candidate, Rejection
from pipelines.ingest.readers.markup import html_to_text, looks_like_html

READ_FACTOR = 64  # a feed holds many items
_DECLARED = re.compile(rb"<\?xml[^>]*encoding=[\"']([\w.:-]+)", re.IGNORECASE)
_UTF8_NAMES = {"utf-8", "utf8"}


def read_feed(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """One candidate a feed item, positions numbered from 1 in document order."""
    import feedparser  # imported on first feed: slow to import, and most runs have none

    data = file.read_capped(READ_FACTOR * config.max_bytes + 65536)
    if data is None:
        yield Rejection(0, "too_large", excerpt(file.head(1024)))
        return
    flags: list[str] = []
    declared = _DECLARED.search(data[:512])
    document: bytes | str = data
    if declared is None or declared.group(1).decode("ascii").lower() in _UTF8_NAMES:
        # Decode ourselves, so invalid UTF-8 is repaired and flagged like everywhere else.
        document = decode(data, flags)
    parsed = feedparser.parse(document, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        reason = "feed_unparseable" if parsed.bozo else "empty"
        yield Rejection(0, reason, excerpt(data))
        return
    if parsed.bozo:
        flags.append("feed_malformed")
    version = parsed.get("version") or ""
    fmt = "atom" if version.startswith("atom") or "<feed" in excerpt(data[:2048]) else "rss"
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        yield Candidate(
            position=n,
            text=_entry_text(entry),
            published=_entry_date(entry),
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            outlet=outlet,
            external_id=entry.get("id") or None,
            format=fmt,
            flags=list(flags),
        )


def _entry_text(entry: Any) -> str:
    """The longest body the item carries (full content over summary), as plain text."""
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    body = max(bodies, key=len)
    return html_to_text(body) if looks_like_html(body) else body


def _entry_date(entry: Any) -> object:
    """The item's date as written (so the local day is kept), else feedparser's parsed UTC."""
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return entry[key]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return entry[key]
    return None
