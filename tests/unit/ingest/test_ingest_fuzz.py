"""Hypothesis-generated hostile input against every reader: random bytes under every extension,
random JSON values as JSON Lines and JSON, random text as text, CSV and feeds. Whatever comes
in, nothing escapes as an exception, the accounting balances, and no input ends up in the
catch-all `unreadable` (which would mean a reader crashed on data instead of judging it)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.ingest import IngestConfig, ingest

EXTENSIONS = [
    ".txt",
    ".jsonl",
    ".json",
    ".csv",
    ".tsv",
    ".rss",
    ".atom",
    ".xml",
    ".html",
    ".jsonl.gz",
    ".txt.gz",
    "",
]
CONFIG = IngestConfig(max_bytes=4000)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
records = st.dictionaries(
    st.sampled_from(["id", "text", "body", "published", "date", "url", "title", "source", "x"]),
    json_values | st.text(max_size=200),
    max_size=7,
)


def _check(files: dict[str, bytes]):
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        result = ingest(tmp, CONFIG)
    assert result.balanced
    traced = set(result.sources.source_file) | set(result.rejected.source_file)
    assert {Path(f).name for f in traced} == set(files), "every file leaves a trace"
    assert "unreadable" not in set(result.rejected.reason), result.rejected.to_dict("records")
    assert len(result.articles) == result.loaded
    assert result.articles.article_id.is_unique
    for text in result.articles.text:
        text.encode("utf-8")  # storable: no lone surrogates survive
    return result


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(EXTENSIONS))
def test_random_bytes_under_any_extension(data, extension):
    if extension.endswith(".gz") and data[:1] == b"\x00":
        data = gzip.compress(data, mtime=0)
    _check({f"input{extension}": data})


@FUZZ
@given(st.lists(records | json_values, max_size=8))
def test_random_json_lines(values):
    lines = [json.dumps(v) for v in values]
    result = _check({"records.jsonl": "\n".join(lines).encode("utf-8", "surrogatepass")})
    assert result.seen == max(len(lines), 1)  # one unit a line, or the empty file itself


@FUZZ
@given(json_values | st.lists(records, max_size=5))
def test_random_json_document(value):
    _check({"document.json": json.dumps(value).encode("utf-8", "surrogatepass")})


@FUZZ
@given(st.text(max_size=2000), st.sampled_from([".txt", ".csv", ".rss", ".html", ""]))
def test_random_text(text, extension):
    _check({f"input{extension}": text.encode("utf-8", "surrogatepass")})


@FUZZ
@given(st.lists(st.lists(st.text(max_size=30), max_size=5), max_size=6))
def test_random_csv_cells(rows):
    header = "id,title,published,text\n"
    body = "\n".join(",".join(json.dumps(c) for c in row) for row in rows)
    _check({"table.csv": (header + body).encode("utf-8", "surrogatepass")})


# Printable text: a feed or page with NUL bytes is binary, which another test covers.
printable = st.characters(blacklist_categories=("Cc", "Cs"))
item_text = st.text(printable, max_size=300)
esc = xml_escape


@FUZZ
@given(st.lists(st.tuples(st.text(printable, max_size=40), item_text, item_text), max_size=5))
def test_random_feed_items(items):
    body = "".join(
        f"<item><title>{esc(t)}</title><description>{esc(d)}</description>"
        f"<pubDate>{esc(p)}</pubDate></item>"
        for t, d, p in items
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"{body}</channel></rss>"
    )
    result = _check({"feed.rss": feed.encode("utf-8")})
    assert result.seen == max(len(items), 1)


@FUZZ
@given(st.lists(item_text, max_size=4), st.text(printable, max_size=30))
def test_random_html_pages(paragraphs, date):
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    page = (
        f'<html><head><meta property="article:published_time" content="{esc(date)}">'
        f"</head><body><article>{body}</article></body></html>"
    )
    result = _check({"page.html": page.encode("utf-8")})
    assert result.seen == 1


def test_seen_counts_every_unit_of_a_random_mix():
    """A deterministic mix, so the fuzz assertions are known to be able to fail."""
    files = {
        "a.jsonl": b'{"text": "one two three four five six seven eight"}\nnot json\n',
        "b.bin": bytes(range(256)),
        "c.txt": b"   ",
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        result = ingest(tmp, CONFIG)
    assert (result.seen, result.loaded, result.rejected_count) == (4, 1, 3)
    assert sorted(result.rejected.reason) == ["binary", "empty", "malformed_json"]
