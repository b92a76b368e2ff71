"""Saved web pages: the main text by trafilatura (boilerplate, menus and comments dropped), the
publication date from the page's metadata by htmldate (not guessed from the body, where event
dates live), and title, canonical URL and site name from the page's metadata."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.decoding import decode, excerpt
from pipelines.ingest.discovery import InputFile
from pipelines.ingest.model import Candidate, Rejection

READ_FACTOR = 16  # a page carries markup, scripts and styles around its text
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)

# trafilatura logs every page it finds no text in; the rejection table already says so.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """One article from an HTML page, or an `html_no_body` rejection."""
    import trafilatura  # imported on first page: it is slow to import and most runs have none

    data = file.read_capped(READ_FACTOR * config.max_bytes + 65536)
    if data is None:
        yield Rejection(1, "too_large", excerpt(file.head(1024)))
        return
    flags: list[str] = []
    declared = _CHARSET.search(data[:4096])
    page = decode(data, flags, declared.group(1).decode("ascii") if declared else "utf-8")
    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": "%Y-%m-%d",
            "min_date": f"{config.min_year}-01-01",
        },
    )
    body = (doc.text or "") if doc is not None else ""
    if not body.strip():
        title = _TITLE.search(page)
        yield Rejection(1, "html_no_body", excerpt(title.group(1).strip() if title else page))
        return
    url = doc.url
    yield Candidate(
        position=1,
        text=body,
        published=doc.date,
        title=doc.title,
        url=url,
        outlet=doc.sitename or (urlsplit(url).hostname if url else None),
        external_id=file.stem,
        format="html",
        flags=flags,
    )
