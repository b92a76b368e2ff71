"""The ingestion loop: files in order, each through its reader, every input unit validated the
same way and accounted for once: loaded as a new article, matched to one already loaded
(exact duplicate, its source kept), or rejected with a reason.

State that must span chunks (IDs seen, the near-duplicate index) lives in `Ingestor`, so a
streaming run of 100k+ articles detects a duplicate of an article loaded three chunks earlier.
Near-duplicates are linked when a chunk is flushed, in one vectorised batch.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from tqdm import tqdm

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.dates import FLAG_BAD_DATE, normalise_date, seed_header_date
from pipelines.ingest.decoding import SNIFF_BYTES, clean_text, decode, excerpt, looks_binary
from pipelines.ingest.discovery import CORRUPT_STREAM_ERRORS, InputFile
from pipelines.ingest.identity import article_id, canonical_url, content_hash, normalise_text
from pipelines.ingest.minhash import NearDuplicateIndex
from pipelines.ingest.model import (
    ARTICLE_COLUMNS,
    REJECTED_COLUMNS,
    SOURCE_COLUMNS,
    Candidate,
    IngestResult,
    Rejection,
    frame,
)
from pipelines.ingest.readers import READERS, sniff_kind

log = logging.getLogger(__name__)
_MISSING = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


@dataclass
class _Chunk:
    articles: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    normalised: list[str] = field(default_factory=list)
    seen: int = 0
    duplicates: int = 0


class Ingestor:
    """One ingestion run. `run` yields a balanced IngestResult every `chunk_size` inputs."""

    def __init__(self, config: IngestConfig) -> None:
        self.config = config
        self._ids: set[str] = set()
        self._near = NearDuplicateIndex(config.near_duplicate_threshold)

    def run(
        self, files: list[InputFile], chunk_size: int | None = None, progress: bool = False
    ) -> Iterator[IngestResult]:
        """Read `files` in order; yield at least one result, then one each full chunk."""
        chunk = _Chunk()
        emitted = False
        bar = tqdm(
            total=len(files), unit="file", desc="ingest", file=sys.stderr, disable=not progress
        )
        totals: Counter[str] = Counter()
        try:
            for file in files:
                reasons: Counter[str] = Counter()
                for item in self._items(file):
                    outcome = self._account(item, file, chunk)
                    totals[outcome] += 1
                    if outcome not in ("loaded", "duplicate"):
                        reasons[outcome] += 1
                    if chunk_size and chunk.seen >= chunk_size:
                        yield self._flush(chunk)
                        chunk, emitted = _Chunk(), True
                if reasons:
                    log.warning("%s: rejected %s", file.name, dict(sorted(reasons.items())))
                bar.update(1)
                bar.set_postfix(
                    loaded=totals["loaded"],
                    duplicates=totals["duplicate"],
                    rejected=sum(totals.values()) - totals["loaded"] - totals["duplicate"],
                    refresh=False,
                )
        finally:
            bar.close()
        if chunk.seen or not emitted:
            yield self._flush(chunk)

    def _items(self, file: InputFile) -> Iterator[Candidate | Rejection]:
        """The reader's output for one file, with whole-file checks first (regular file,
        decompressible, not binary, not empty), any failure mid-file turned into one
        rejection covering the rest of the file, after the records already read, and a file
        with no records at all rejected as `empty`: every file leaves a trace."""
        try:
            if not file.is_regular():
                yield Rejection(0, "unreadable", "not a regular file")
                return
            sample = file.head(SNIFF_BYTES)
        # Failing to open or decompress the start is the file's problem, not the run's.
        except Exception as error:
            yield Rejection(0, _failure_reason(file, error), _describe(error))
            return
        if looks_binary(sample):
            yield Rejection(0, "binary", sample[:64].hex(" "))
            return
        text_sample = decode(sample)
        if not text_sample.strip() and len(sample) < SNIFF_BYTES:
            yield Rejection(0, "empty", excerpt(text_sample))
            return
        reader = READERS[file.kind or sniff_kind(text_sample)]
        last, count = 0, 0
        try:
            for item in reader(file, self.config):
                last, count = max(last, item.position), count + 1
                yield item
        # Bad data must never end the batch: whatever a reader or library raises on this file
        # becomes one rejection for the rest of it.
        except Exception as error:
            log.debug("reading %s failed", file.name, exc_info=True)
            yield Rejection(last + 1 if last else 0, _failure_reason(file, error), _describe(error))
            return
        if not count:  # a header-only CSV, an empty JSON array: the file itself is accounted for
            yield Rejection(0, "empty", excerpt(text_sample))

    def _account(self, item: Candidate | Rejection, file: InputFile, chunk: _Chunk) -> str:
        """Count one input unit; returns "loaded", "duplicate" or the rejection reason."""
        chunk.seen += 1
        if isinstance(item, Rejection):
            return self._reject(chunk, file, item.position, item.reason, item.excerpt)
        flags = item.flags
        text = clean_text(item.text, flags)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        title = _field(item.title, flags)
        if not text.strip():
            return self._reject(chunk, file, item.position, "empty", excerpt(title or text))
        if len(text) > self.config.max_bytes or (
            4 * len(text) > self.config.max_bytes
            and len(text.encode("utf-8")) > self.config.max_bytes
        ):
            return self._reject(chunk, file, item.position, "too_large", excerpt(text))
        url = _field(item.url, flags)
        outlet = _field(item.outlet, flags)
        published = self._published(item.published, text, flags)
        normalised = normalise_text(text)
        digest = content_hash(normalised)
        aid = article_id(digest, canonical_url(url))
        duplicate = aid in self._ids
        chunk.sources.append(
            {
                "article_id": aid,
                "source_file": file.name,
                "position": item.position,
                "url": url,
                "outlet": outlet,
                "is_duplicate": duplicate,
            }
        )
        if duplicate:
            chunk.duplicates += 1
            return "duplicate"
        self._ids.add(aid)
        chunk.articles.append(
            {
                "article_id": aid,
                "external_id": _field(item.external_id, flags),
                "text": text,
                "published": published,
                "title": title,
                "url": url,
                "outlet": outlet,
                "source_file": file.name,
                "position": item.position,
                "format": item.format,
                "content_hash": digest,
                "near_duplicate_of": None,
                "flags": ";".join(dict.fromkeys(flags)),
            }
        )
        chunk.normalised.append(normalised)
        return "loaded"

    def _published(self, value: object, text: str, flags: list[str]) -> str | None:
        """The record's own date, else the seed header's; a present but unusable date is
        dropped and flagged, never a reason to reject the text."""
        cfg = self.config
        published, bad = normalise_date(value, cfg.min_year, cfg.max_future_days)
        if published is None:
            header = seed_header_date(text)
            if header is not None and header != value:
                published, header_bad = normalise_date(header, cfg.min_year, cfg.max_future_days)
                bad = bad or header_bad
        if bad:
            flags.append(FLAG_BAD_DATE)
        return published

    @staticmethod
    def _reject(chunk: _Chunk, file: InputFile, position: int, reason: str, text: str) -> str:
        chunk.rejected.append(
            {"source_file": file.name, "position": position, "reason": reason, "excerpt": text}
        )
        return reason

    def _flush(self, chunk: _Chunk) -> IngestResult:
        links = self._near.link([a["article_id"] for a in chunk.articles], chunk.normalised)
        for article, root in zip(chunk.articles, links, strict=True):
            article["near_duplicate_of"] = root
        return IngestResult(
            articles=frame(chunk.articles, ARTICLE_COLUMNS),
            sources=frame(chunk.sources, SOURCE_COLUMNS),
            rejected=frame(chunk.rejected, REJECTED_COLUMNS),
            seen=chunk.seen,
            loaded=len(chunk.articles),
            duplicates=chunk.duplicates,
            rejected_count=len(chunk.rejected),
        )


def _field(value: object, flags: list[str]) -> str | None:
    """A metadata string, cleaned like the text; blank becomes None."""
    if value is None:
        return None
    cleaned = clean_text(str(value), flags).strip()
    return cleaned or None


def _failure_reason(file: InputFile, error: Exception) -> str:
    if isinstance(error, _MISSING):
        return "unreadable"
    if file.compression and isinstance(error, CORRUPT_STREAM_ERRORS):
        return "corrupt_archive"
    return "unreadable"


def _describe(error: Exception) -> str:
    return excerpt(f"{type(error).__name__}: {error}")
