"""Structured records: JSON Lines (one object a line), JSON files (an array of objects, one
object, or an API response wrapping an array) and CSV/TSV with a header row. Field names come
from `IngestConfig.field_map`, matched exactly first and then ignoring case."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pipelines.ingest.config import IngestConfig
from pipelines.ingest.decoding import decode, decoded_lines, excerpt
from pipelines.ingest.discovery import InputFile
from pipelines.ingest.model import Candidate, Rejection

ATTRIBUTES = ("text", "published", "url", "title", "source", "id")
# Keys under which API responses and exports wrap their list of articles.
_WRAPPERS = ("articles", "items", "data", "results", "records", "entries", "documents", "docs")
JSON_READ_FACTOR = 8
_CSV_FIELD_LIMIT = 2**31 - 1


def pick(record: Mapping[str, Any], names: list[str]) -> Any:
    """The first non-empty value among `names`, exact key first, then case-insensitively."""
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    lowered = {k.lower(): v for k, v in record.items() if isinstance(k, str)}
    for name in names:
        value = lowered.get(name.lower())
        if value is not None and value != "":
            return value
    return None


def _scalar(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _body(value: Any) -> str | None:
    """A text field as a string: paragraphs given as a list of strings are joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    return None


def _outlet(value: Any) -> str | None:
    """An outlet name, also from NewsAPI-style `{"id": ..., "name": ...}` objects."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or value.get("id")
    return _scalar(value)


def from_mapping(
    record: Any,
    position: int,
    fmt: str,
    config: IngestConfig,
    flags: list[str],
    raw: str,
    default_id: str | None = None,
) -> Candidate | Rejection:
    """A candidate from one JSON object, or the reason it cannot be one."""
    if not isinstance(record, Mapping):
        return Rejection(position, "not_an_object", excerpt(raw))
    text = _body(pick(record, config.fields("text")))
    if text is None:
        return Rejection(position, "no_text", excerpt(raw))
    return Candidate(
        position=position,
        text=text,
        published=pick(record, config.fields("published")),
        title=_scalar(pick(record, config.fields("title"))),
        url=_scalar(pick(record, config.fields("url"))),
        outlet=_outlet(pick(record, config.fields("source"))),
        external_id=_scalar(pick(record, config.fields("id"))) or default_id,
        format=fmt,
        flags=flags,
    )


def _json_lines(
    lines: Iterable[tuple[int, bytes | str]], fmt: str, config: IngestConfig, flags: list[str]
) -> Iterator[Candidate | Rejection]:
    for lineno, raw in lines:
        if not raw.strip():
            continue  # blank lines separate records, they are not records
        line_flags = list(flags)
        line = decode(raw, line_flags) if isinstance(raw, bytes) else raw
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            yield Rejection(lineno, "malformed_json", excerpt(line))
            continue
        yield from_mapping(value, lineno, fmt, config, line_flags, line)


def read_jsonl(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """One record a line, streamed, so a file of millions of lines never sits in memory. A
    malformed line is rejected with its line number and the rest still load."""
    with file.open() as stream:
        yield from _json_lines(enumerate(stream, 1), "jsonl", config, [])


def read_json(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """A JSON document: an array of articles, an object wrapping one (`{"articles": [...]}`),
    or a single article. A document that does not parse is read as JSON Lines instead (many
    `.json` exports are really one object a line)."""
    data = file.read_capped(JSON_READ_FACTOR * config.max_bytes + 65536)
    if data is None:
        yield Rejection(0, "too_large", excerpt(file.head(1024)))
        return
    flags: list[str] = []
    text = decode(data, flags)
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        lines = enumerate(text.split("\n"), 1)
        yield from _json_lines(lines, "jsonl", config, flags)
        return
    if isinstance(document, Mapping) and pick(document, config.fields("text")) is None:
        wrapped = next((document[k] for k in _WRAPPERS if isinstance(document.get(k), list)), None)
        document = wrapped if wrapped is not None else document
    if isinstance(document, list):
        for n, item in enumerate(document, 1):
            raw = json.dumps(item, ensure_ascii=False)[:400]
            yield from_mapping(item, n, "json", config, list(flags), raw)
    elif isinstance(document, Mapping):
        yield from_mapping(document, 1, "json", config, flags, text, default_id=file.stem)
    else:
        yield Rejection(0, "not_an_object", excerpt(text))


def _delimiter(header: str, hint: str | None) -> str:
    """The tab of a `.tsv`, else whichever of `,`, `;`, tab and `|` the header uses most."""
    if hint:
        return hint
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _column(header: list[str], names: list[str]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name.lower() in lowered:
            return lowered.index(name.lower())
    return None


def read_csv(file: InputFile, config: IngestConfig) -> Iterator[Candidate | Rejection]:
    """One article a CSV record (1-based record number after the header). Quoted fields may
    span lines; a record the csv module cannot split is rejected and reading goes on; a file
    with no text column rejects each record as `no_text`."""
    # Article bodies exceed csv's default 128 KiB field limit; the size cap applies later.
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    with file.open() as stream:
        line_flags: list[str] = []
        lines = decoded_lines(stream, line_flags)
        first = next(lines, "")
        delimiter = _delimiter(first, file.delimiter_hint)
        try:
            header = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            yield Rejection(0, "malformed_csv", excerpt(first))
            return
        columns = {a: _column(header, config.fields(a)) for a in ATTRIBUTES}
        reader = csv.reader(lines, delimiter=delimiter)
        position = 0
        while True:
            line_flags.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                position += 1
                yield Rejection(position, "malformed_csv", excerpt(str(error)))
                continue
            if not any(cell.strip() for cell in row):
                continue  # blank lines are not records
            position += 1
            yield _csv_candidate(row, position, columns, len(header), delimiter, line_flags)


def _csv_candidate(
    row: list[str],
    position: int,
    columns: dict[str, int | None],
    width: int,
    delimiter: str,
    line_flags: list[str],
) -> Candidate | Rejection:
    def cell(attribute: str) -> str | None:
        index = columns[attribute]
        if index is None or index >= len(row):
            return None
        return row[index].strip() or None

    if columns["text"] is None:
        return Rejection(position, "no_text", excerpt(delimiter.join(row)))
    flags = list(dict.fromkeys(line_flags))
    if len(row) != width:
        flags.append("csv_ragged_row")
    return Candidate(
        position=position,
        text=row[columns["text"]] if columns["text"] < len(row) else "",
        published=cell("published"),
        title=cell("title"),
        url=cell("url"),
        outlet=cell("source"),
        external_id=cell("id"),
        format="csv",
        flags=flags,
    )
