"""One reader a format, and content sniffing for files whose extension does not say."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.discovery import InputFile
from pipelines.ingest.model import Candidate, Rejection
from pipelines.ingest.readers.feeds import read_feed
from pipelines.ingest.readers.html import read_html
from pipelines.ingest.readers.records import read_csv, read_json, read_jsonl
from pipelines.ingest.readers.text import read_text

Reader = Callable[[InputFile, IngestConfig], Iterator[Candidate | Rejection]]

READERS: dict[str, Reader] = {
    "txt": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "feed": read_feed,
    "html": read_html,
}

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf|channel)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def sniff_kind(sample: str) -> str:
    """The format of a file from its first characters: `{` JSON Lines, `[` a JSON array, a feed
    or an HTML root element, else plain text."""
    head = sample.lstrip("\ufeff \t\r\n")[:4096]
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    if head.startswith("<"):
        feed, page = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
        if feed and (page is None or feed.start() < page.start()):
            return "feed"
        if page:
            return "html"
        return "feed" if head.startswith("<?xml") else "html"
    return "txt"
