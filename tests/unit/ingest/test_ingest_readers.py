"""Each reader on small inputs we write: what it loads, which fields it fills, and how it
rejects what it cannot read."""

from __future__ import annotations

import bz2
import gzip
import json
import os
from pathlib import Path

import pytest

from pipelines.ingest import IngestConfig, ingest, iter_ingest

STORY = (
    "Negotiators from the two governments resumed talks in Geneva on Monday over the release "
    "of detained fishermen, a spokesman for the foreign ministry said."
)
OTHER = (
    "The national statistics office reported on Friday that industrial output rose for a "
    "third consecutive month, led by car and machinery production."
)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_seed_format_with_and_without_leading_space(tmp_path):
    _write(tmp_path / "a.txt", f" date 2023-11-02 GENEVA: {STORY}")
    _write(tmp_path / "b.txt", f"date 2023-11-03\n{OTHER}")
    result = ingest(tmp_path)
    assert list(result.articles.published) == ["2023-11-02", "2023-11-03"]
    assert list(result.articles.external_id) == ["a", "b"]
    assert result.articles.text[1].startswith("date 2023-11-03\n")


def test_plain_text_has_no_date_and_is_not_rejected(tmp_path):
    result = ingest(_write(tmp_path / "note.txt", STORY))
    assert (result.loaded, result.rejected_count) == (1, 0)
    assert result.articles.published[0] is None
    assert result.articles["flags"][0] == ""


def test_jsonl_with_a_custom_field_map(tmp_path):
    path = _write(
        tmp_path / "export.ndjson",
        json.dumps({"uid": "u1", "story": STORY, "when": "2022-08-30", "site": "Gazette"}) + "\n",
    )
    config = IngestConfig(
        field_map={
            "text": ["story"],
            "published": ["when"],
            "id": ["uid"],
            "source": ["site"],
        }
    )
    row = ingest(path, config).articles.iloc[0]
    assert (row.external_id, row.published, row.outlet, row.text) == (
        "u1",
        "2022-08-30",
        "Gazette",
        STORY,
    )
    assert row.title is None and row.url is None  # defaults still apply to unmapped fields


def test_jsonl_fields_are_matched_ignoring_case_and_may_be_structured(tmp_path):
    record = {
        "Body": [STORY, "A second paragraph."],
        "PubDate": 1_700_000_000_000,
        "Source": {"id": "gz", "name": "The Gazette"},
        "GUID": 42,
    }
    row = ingest(_write(tmp_path / "r.jsonl", json.dumps(record))).articles.iloc[0]
    assert row.text == STORY + "\n\nA second paragraph."
    assert (row.published, row.outlet, row.external_id) == ("2023-11-14", "The Gazette", "42")


def test_malformed_lines_are_rejected_with_their_line_number(tmp_path):
    lines = [json.dumps({"text": STORY}), "{oops", "", json.dumps({"text": OTHER}), "null"]
    result = ingest(_write(tmp_path / "m.jsonl", "\n".join(lines)))
    assert result.loaded == 2
    assert list(zip(result.rejected.position, result.rejected.reason)) == [
        (2, "malformed_json"),
        (5, "not_an_object"),
    ]
    assert result.rejected.excerpt[0] == "{oops"


def test_json_document_forms(tmp_path):
    _write(tmp_path / "a.json", json.dumps({"status": "ok", "articles": [{"content": STORY}]}))
    _write(tmp_path / "b.json", json.dumps({"title": "Single", "text": OTHER}))
    _write(tmp_path / "c.json", json.dumps({"text": STORY + " Updated."}) + "\n" + "{bad\n")
    result = ingest(tmp_path)
    assert list(result.articles.format) == ["json", "json", "jsonl"]
    assert result.articles.external_id[1] == "b"  # one-article file: its stem
    assert list(result.rejected.reason) == ["malformed_json"]


def test_csv_tsv_and_semicolon_dialects(tmp_path):
    _write(tmp_path / "a.csv", f'Headline;Date;Content\nTalks;2021-05-04;"{STORY}"\n')
    _write(tmp_path / "b.tsv", f"title\tpublished\ttext\nOutput\t2021-05-07\t{OTHER}\n")
    result = ingest(tmp_path)
    assert list(result.articles.title) == ["Talks", "Output"]
    assert list(result.articles.published) == ["2021-05-04", "2021-05-07"]
    assert list(result.articles.format) == ["csv", "csv"]


def test_csv_header_only_and_ragged_rows(tmp_path):
    _write(tmp_path / "a.csv", "id,text\n")
    _write(tmp_path / "b.csv", f'id,text\nr1,"{STORY}",extra\n\n')
    result = ingest(tmp_path)
    assert list(result.rejected.reason) == ["empty"]
    assert result.articles["flags"][0] == "csv_ragged_row"


def test_csv_invalid_utf8_is_flagged_on_its_record_only(tmp_path):
    data = f'id,text\nr1,"{STORY}"\nr2,"caf\xe9 {OTHER}"\n'.encode("latin-1")
    result = ingest(_write(tmp_path / "t.csv", data))
    assert list(result.articles["flags"]) == ["", "invalid_utf8_replaced"]


def test_rss_and_atom(tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
    <item><title>Talks</title><link>https://desk.example/1</link>
    <pubDate>Sat, 01 Jun 2024 23:30:00 -0400</pubDate>
    <description>&lt;p&gt;{STORY}&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description></item>
    </channel></rss>"""
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom Desk</title><entry><title>Output</title><id>tag:desk,2024:2</id>
    <updated>2024-06-02T08:00:00Z</updated><summary>Short.</summary>
    <content type="html">&lt;p&gt;{OTHER}&lt;/p&gt;</content></entry></feed>"""
    _write(tmp_path / "a.rss", rss)
    _write(tmp_path / "b.xml", atom)  # .xml: sniffed
    result = ingest(tmp_path)
    first, second = result.articles.iloc[0], result.articles.iloc[1]
    assert (first.format, first.outlet, first.published, first.text) == (
        "rss",
        "Desk",
        "2024-06-01",
        STORY,
    )
    assert (second.format, second.external_id, second.text) == ("atom", "tag:desk,2024:2", OTHER)


def test_broken_feeds(tmp_path):
    truncated = f"<rss><channel><title>Desk</title><item><description>{STORY}</description>"
    _write(tmp_path / "a.rss", truncated + "</item><item><title>cut off</ti")
    _write(tmp_path / "b.rss", "<rss version='2.0'><channel><title>Desk</title></channel")
    result = ingest(tmp_path)
    assert result.articles["flags"][0] == "feed_malformed"  # recovered items still load
    got = list(zip((Path(p).name for p in result.rejected.source_file), result.rejected.reason))
    assert sorted(got) == [("a.rss", "empty"), ("b.rss", "feed_unparseable")]


def test_html_page_and_page_without_body(tmp_path):
    page = f"""<html><head><title>Talks resume</title>
    <meta name="date" content="2024-02-29"></head>
    <body><div class="menu">Home World Sport</div><article><p>{STORY}</p><p>{OTHER}</p>
    </article></body></html>"""
    _write(tmp_path / "page.htm", page)
    _write(tmp_path / "shell.html", "<html><head><title>Loading</title></head><body></body></html>")
    result = ingest(tmp_path)
    row = result.articles.iloc[0]
    assert (row.format, row.published, row.external_id) == ("html", "2024-02-29", "page")
    assert STORY in row.text and "Home World Sport" not in row.text
    assert list(zip(result.rejected.reason, result.rejected.excerpt)) == [
        ("html_no_body", "Loading")
    ]


def test_compressed_inputs(tmp_path):
    _write(tmp_path / "a.jsonl.gz", gzip.compress(json.dumps({"text": STORY}).encode()))
    _write(tmp_path / "b.txt.bz2", bz2.compress(OTHER.encode()))
    _write(tmp_path / "c.txt.gz", b"\x1f\x8b\x08\x00garbage that is no deflate stream")
    result = ingest(tmp_path)
    assert list(result.articles.format) == ["jsonl", "txt"]
    assert result.articles.external_id[1] == "b"
    assert list(result.rejected.reason) == ["corrupt_archive"]


def test_unknown_extensions_are_sniffed(tmp_path):
    _write(tmp_path / "a.dump", json.dumps({"text": STORY}))
    _write(tmp_path / "b", f"<html><body><article><p>{OTHER}</p></article></body></html>")
    _write(tmp_path / "c.bin", b"GIF89a\x01\x00\x01\x00")
    result = ingest(tmp_path)
    assert list(result.articles.format) == ["jsonl", "html"]
    assert list(result.rejected.reason) == ["binary"]


def test_size_cap_applies_to_every_format(tmp_path):
    long_text = STORY * 20
    _write(tmp_path / "a.txt", long_text)
    _write(
        tmp_path / "b.jsonl", json.dumps({"text": long_text}) + "\n" + json.dumps({"text": OTHER})
    )
    result = ingest(tmp_path, IngestConfig(max_bytes=1000))
    assert result.loaded == 1
    assert list(zip(result.rejected.position, result.rejected.reason)) == [
        (1, "too_large"),
        (1, "too_large"),
    ]


def test_control_characters_and_lone_surrogates_are_removed(tmp_path):
    line = '{"text": "' + STORY + ' \\u0000\\ud800end", "title": "T\\u0007"}'
    row = ingest(_write(tmp_path / "c.jsonl", line)).articles.iloc[0]
    assert row.text.endswith(" end") and row.title == "T"
    assert row["flags"] == "control_chars_removed"


def test_sources_list_folder_order_and_missing_path(tmp_path):
    _write(tmp_path / "z" / "b.txt", OTHER)
    _write(tmp_path / "z" / "a.txt", STORY)
    _write(tmp_path / "y.txt", STORY + " Later edition.")
    _write(tmp_path / ".git" / "HEAD", "ref: refs/heads/main")
    folder = ingest(tmp_path)
    names = [Path(p).relative_to(tmp_path).as_posix() for p in folder.articles.source_file]
    assert names == ["y.txt", "z/a.txt", "z/b.txt"]
    listed = ingest([tmp_path / "z" / "b.txt", str(tmp_path / "y.txt")])
    assert [Path(p).name for p in listed.articles.source_file] == ["b.txt", "y.txt"]
    with pytest.raises(FileNotFoundError, match=r"nowhere\.jsonl"):
        ingest([tmp_path / "y.txt", tmp_path / "nowhere.jsonl"])
    with pytest.raises(FileNotFoundError, match="gone"):
        iter_ingest(tmp_path / "gone")


def test_progress_bar_goes_to_stderr(tmp_path, capsys):
    _write(tmp_path / "a.txt", STORY)
    ingest(tmp_path, progress=True)
    captured = capsys.readouterr()
    assert "ingest" in captured.err and "1/1" in captured.err
    assert captured.out == ""
    ingest(tmp_path)
    assert capsys.readouterr().err == ""


def test_a_fifo_in_the_tree_is_rejected_not_read(tmp_path):
    _write(tmp_path / "a.txt", STORY)
    os.mkfifo(tmp_path / "b.txt")  # reading it would block the run forever
    result = ingest(tmp_path)
    assert (result.loaded, list(result.rejected.reason)) == (1, ["unreadable"])
