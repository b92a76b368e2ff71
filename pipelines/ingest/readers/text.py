"""Plain-text articles, one a file: the seed format (first line ` date YYYY-MM-DD`, the header
kept in the text for the temporal module) or bare text."""

from __future__ import annotations

from collections.abc import Iterator

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.dates import seed_header_date
from pipelines.ingest.decoding import decode, excerpt
from pipelines.ingest.discovery import InputFile
from pipelines.ingest.model import Candidate, Rejection

# UTF-8 takes at most 4 bytes a character, and UTF-16 at most 4 bytes for one UTF-8 byte; a
# file beyond this is over the cap whatever its encoding, and is not read whole.
READ_FACTOR = 4


def read_text(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """One article from a text file; `published` from the seed header when present."""
    data = file.read_capped(READ_FACTOR * config.max_bytes + 4096)
    if data is None:
        yield Rejection(1, "too_large", excerpt(file.head(1024)))
        return
    flags: list[str] = []
    text = decode(data, flags)
    yield Candidate(
        position=1,
        text=text,
        published=seed_header_date(text),
        external_id=file.stem,
        format="txt",
        flags=flags,
    )
