"""`geoevents extract`: JSONL in, contract JSONL out, in parallel chunks for large inputs.

Bad lines never stop the batch: a line that is not a JSON object still yields an output line
(same position, an `error` field) so that every input is accounted for.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from typing import IO

from pipelines.extract import extract_record

CHUNK = 256


def _parse_line(line: str, lineno: int, name: str) -> dict | str:
    """A record, or an error message naming the file and line."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"{name}:{lineno}: not JSON ({exc.msg})"
    if not isinstance(rec, dict):
        return f"{name}:{lineno}: not a JSON object"
    if not isinstance(rec.get("text", ""), str):
        return f"{name}:{lineno}: 'text' is not a string"
    return rec


def _extract_chunk(chunk: list[tuple[int, dict | str]]) -> tuple[list[str], int]:
    """The output lines of a chunk and how many of them report an error."""
    lines, errors = [], 0
    for lineno, rec in chunk:
        if isinstance(rec, str):
            out = {"id": None, "line": lineno, "error": rec, "events": [], "timexes": []}
        else:
            try:
                out = extract_record(rec)
            except Exception as exc:  # one bad article must not lose the batch
                out = {"id": rec.get("id"), "line": lineno, "error": repr(exc), "events": []}
        errors += "error" in out
        lines.append(json.dumps(out, ensure_ascii=False))
    return lines, errors


def _chunks(src: IO[str], name: str) -> Iterator[list[tuple[int, dict | str]]]:
    chunk: list[tuple[int, dict | str]] = []
    for lineno, line in enumerate(src, 1):
        if not line.strip():
            continue
        chunk.append((lineno, _parse_line(line, lineno, name)))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(chunks: Iterable[list], workers: int) -> Iterator[tuple[list[str], int]]:
    if workers <= 1:
        yield from map(_extract_chunk, chunks)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract_chunk, chunks, chunksize=1)


def run_extract(input_path: str, output_path: str, workers: int | None = None) -> dict:
    """Extract every line of `input_path` into `output_path` ('-' for stdin/stdout)."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    n = errors = 0
    with ExitStack() as stack:
        src = (
            sys.stdin
            if input_path == "-"
            else stack.enter_context(open(input_path, encoding="utf-8", errors="replace"))
        )
        dst = (
            sys.stdout
            if output_path == "-"
            else stack.enter_context(open(output_path, "w", encoding="utf-8"))
        )
        for lines, chunk_errors in _results(_chunks(src, input_path), workers):
            n += len(lines)
            errors += chunk_errors
            dst.writelines(line + "\n" for line in lines)
        dst.flush()
    return {"records": n, "errors": errors}
