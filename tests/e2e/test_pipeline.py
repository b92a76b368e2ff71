"""End to end: every asset and check materialised in-process into a temporary DuckDB, on the
bundled sample corpus, then the warehouse queried the way an analyst would."""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.defs.jobs import CODING_ASSETS, FACT_ASSETS
from pipelines.defs.resources import build_resources
from pipelines.paths import SAMPLE_ARTICLES_DIR
from pipelines.runner import run_pipeline

TABLES = [
    "raw_article",
    "dim_article",
    "article_timex",
    "article_source",
    "article_event",
    "fact_event_mention",
    "fact_event",
    "dim_actor",
    "dim_country",
    "dim_event_type",
    "dim_location",
    "dim_date",
]


def _snapshot(path: str) -> dict:
    with duckdb.connect(path, read_only=True) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
        facts = con.execute("SELECT * FROM fact_event ORDER BY event_key").fetchall()
        mentions = con.execute("SELECT * FROM fact_event_mention ORDER BY mention_id").fetchall()
        articles = con.execute("SELECT * FROM dim_article ORDER BY article_id").fetchall()
        raw = con.execute("SELECT * FROM raw_article ORDER BY article_id").fetchall()
    return {
        "counts": counts,
        "facts": facts,
        "mentions": mentions,
        "articles": articles,
        "raw": raw,
    }


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("wh") / "geoevents.duckdb")
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(source=str(SAMPLE_ARTICLES_DIR), warehouse=path, instance=instance)
    return path, instance, summary


def test_run_succeeds_with_every_check_passing(pipeline):
    _, _, summary = pipeline
    assert summary["success"], summary
    assert len(summary["checks"]) >= 6
    assert set(summary["checks"].values()) == {"passed"}
    assert set(summary["events"]) == {"visit", "treaty", "sanctions"}


def test_every_input_is_accounted_for(pipeline):
    path, _, summary = pipeline
    inputs = len(list(SAMPLE_ARTICLES_DIR.glob("*.txt"))) + sum(
        1
        for p in SAMPLE_ARTICLES_DIR.glob("*.jsonl")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert summary["seen"] == inputs
    assert summary["seen"] == summary["loaded"] + summary["duplicates"] + summary["rejected"]
    with duckdb.connect(path, read_only=True) as con:
        sources, rejected, loaded = con.execute(
            "SELECT (SELECT count(*) FROM article_source), (SELECT count(*) FROM "
            "rejected_articles), (SELECT count(*) FROM dim_article)"
        ).fetchall()[0]
    assert sources + rejected == inputs
    assert loaded == summary["loaded"] >= 40


def test_warehouse_answers_analyst_queries(pipeline):
    path, _, _ = pipeline
    with duckdb.connect(path, read_only=True) as con:
        # the Putin-Kim treaty of 19 June 2024 is reported by several sample articles
        row = con.execute(
            "SELECT num_articles, event_date FROM fact_event WHERE event_type = 'treaty' "
            "AND status = 'actual' AND list_sort(parties) = ['PRK', 'RUS'] "
            "ORDER BY num_articles DESC LIMIT 1"
        ).fetchall()
        assert row and row[0][0] > 1 and row[0][1] == "2024-06-19"
        assert con.execute("SELECT count(*) FROM v_event_evidence").fetchall()[0][0] > 0
        assert con.execute("SELECT count(*) FROM v_sanctions_in_force").fetchall()[0][0] > 0
        # every fact traces back to a sentence of a loaded article
        orphans = con.execute(
            "SELECT count(*) FROM fact_event f WHERE NOT EXISTS (SELECT 1 FROM "
            "fact_event_mention m JOIN dim_article a USING (article_id) "
            "WHERE m.event_key = f.event_key)"
        ).fetchall()[0][0]
        assert orphans == 0


def test_rerun_is_idempotent(pipeline):
    path, instance, _ = pipeline
    before = _snapshot(path)
    assert run_pipeline(source=str(SAMPLE_ARTICLES_DIR), warehouse=path, instance=instance)[
        "success"
    ]
    assert _snapshot(path) == before


def test_partition_rerun_leaves_identical_rows(pipeline):
    path, instance, _ = pipeline
    before = _snapshot(path)
    result = dg.materialize(
        list(defs.assets) + list(defs.asset_checks),
        instance=instance,
        resources=build_resources(source=str(SAMPLE_ARTICLES_DIR), warehouse=path),
        selection=dg.AssetSelection.assets(*CODING_ASSETS, *FACT_ASSETS),
        partition_key="2024-06-19",
    )
    assert result.success
    assert _snapshot(path) == before


def test_warehouse_events_equal_what_extract_gives_for_each_article(pipeline):
    """The pipeline stores the temporal analysis and codes from it; `geoevents extract` does
    both at once. Both must give the same events, or the eval figures would not describe the
    warehouse."""
    from pipelines.extract import extract_record
    from pipelines.ingest import ingest

    path, _, _ = pipeline
    with duckdb.connect(path, read_only=True) as con:
        stored = con.execute(
            "SELECT article_id, event_type, status, source_actor, target_actor, event_date "
            "FROM article_event"
        ).fetchall()
    by_article: dict[str, list] = {}
    for aid, *event in stored:
        by_article.setdefault(aid, []).append(tuple(event))
    for row in ingest([SAMPLE_ARTICLES_DIR]).articles.itertuples():
        record = {"id": row.article_id, "text": row.text, "published": row.published}
        got = extract_record(record)["events"]
        expected = sorted(
            (e["type"], e["status"], e["source"], e["target"], e["date"]) for e in got
        )
        assert sorted(by_article.get(row.article_id, [])) == expected, row.external_id
