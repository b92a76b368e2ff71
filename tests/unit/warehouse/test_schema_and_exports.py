"""The schema on an empty database, migrations that alter an existing one, and exports that
read back."""

from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pandas as pd
import pytest

from pipelines.paths import SQL_DIR
from pipelines.warehouse.exports import export_gdelt_tsv, export_parquet
from pipelines.warehouse.loaders import rebuild_facts
from pipelines.warehouse.migrations import apply_migrations, apply_views
from pipelines.warehouse.reference import load_reference, reference_frames

EXPECTED_TABLES = {
    "raw_article",
    "dim_article",
    "article_timex",
    "article_source",
    "rejected_articles",
    "article_event",
    "fact_event_mention",
    "fact_event",
    "dim_actor",
    "dim_country",
    "dim_location",
    "dim_date",
    "dim_event_type",
    "schema_migrations",
}


def test_schema_applies_to_an_empty_database_once():
    con = duckdb.connect()
    assert apply_migrations(con) == [1]
    assert apply_migrations(con) == []
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert tables >= EXPECTED_TABLES
    assert apply_views(con)  # the views compile against the schema


def test_a_new_numbered_migration_alters_an_existing_warehouse(tmp_path):
    schema = tmp_path / "schema"
    shutil.copytree(SQL_DIR / "schema", schema)
    path = str(tmp_path / "w.duckdb")
    with duckdb.connect(path) as con:
        apply_migrations(con, schema)
        con.execute("INSERT INTO dim_location VALUES ('k1', 'Pyongyang', 'PRK', 39.03, 125.75)")
    (schema / "002_location_admin1.sql").write_text(
        "ALTER TABLE dim_location ADD COLUMN admin1 VARCHAR;", encoding="utf-8"
    )
    with duckdb.connect(path) as con:
        assert apply_migrations(con, schema) == [2]
        row = con.execute("SELECT name, admin1 FROM dim_location").fetchall()
        assert row == [("Pyongyang", None)]
        versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()]
        assert sorted(versions) == [1, 2]


def test_a_failing_migration_leaves_the_warehouse_as_it_was(tmp_path):
    schema = tmp_path / "schema"
    shutil.copytree(SQL_DIR / "schema", schema)
    (schema / "002_broken.sql").write_text(
        "ALTER TABLE dim_location ADD COLUMN x INT; SELECT * FROM no_such_table;",
        encoding="utf-8",
    )
    con = duckdb.connect()
    with pytest.raises(duckdb.Error):
        apply_migrations(con, schema)
    columns = {r[0] for r in con.execute("DESCRIBE dim_location").fetchall()}
    assert "x" not in columns
    assert [v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()] == [1]


@pytest.fixture()
def warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    apply_migrations(con)
    load_reference(con, reference_frames())
    con.execute(
        "INSERT INTO dim_article (article_id, url, outlet, publication_date, body_start, "
        "content_hash, num_timexes, partition_date, ingested_at) VALUES "
        "('a1', 'https://wire.test/1', 'Wire', DATE '2024-06-19', 0, 'h1', 0, DATE '2024-06-19', "
        "TIMESTAMP '2024-06-19 08:00:00'), "
        "('a2', NULL, 'Other', DATE '2023-03-21', 0, 'h2', 0, DATE '2023-03-21', "
        "TIMESTAMP '2023-03-21 08:00:00')"
    )
    events = pd.DataFrame(
        {
            "article_event_id": ["e1", "e2"],
            "article_id": ["a1", "a2"],
            "event_type": ["treaty", "visit"],
            "status": ["actual", "actual"],
            "cameo": ["057", "042"],
            "source_actor": ["RUS", "CHN"],
            "target_actor": ["PRK", "RUS"],
            "parties": [["PRK", "RUS"], ["CHN", "RUS"]],
            "event_date": ["2024-06-19", None],
            "date_precision": ["day", "none"],
            "date_source": ["text", "none"],
            "location_name": ["Pyongyang", "Moscow"],
            "location_country": ["PRK", "RUS"],
            "confidence": [0.9, 0.8],
            "num_mentions": [1, 1],
            "evidence": ["They signed it.", "He arrived."],
            "evidence_start": [0, 0],
            "evidence_end": [15, 11],
            "partition_date": [date(2024, 6, 19), date(2023, 3, 21)],
        }
    )
    con.register("_e", events)
    con.execute(f"INSERT INTO article_event ({', '.join(events.columns)}) SELECT * FROM _e")
    con.execute(
        "INSERT INTO fact_event_mention (mention_id, article_id, article_event_id, "
        "sentence_index, start_offset, end_offset, evidence, event_type, status, cameo, "
        "source_actor, target_actor, parties, event_date, date_precision, date_source, "
        "confidence, coder_version, partition_date) SELECT 'm' || article_event_id, article_id, "
        "article_event_id, 0, evidence_start, evidence_end, evidence, event_type, status, cameo, "
        "source_actor, target_actor, parties, event_date, date_precision, date_source, "
        "confidence, 'test', partition_date FROM _e"
    )
    rebuild_facts(con, "test")
    return con


def test_parquet_export_reads_back_partitioned_by_year_and_month(warehouse, tmp_path):
    counts = export_parquet(warehouse, tmp_path / "out")
    assert counts["fact_event"] == 2
    files = f"{tmp_path}/out/fact_event/*/*/*.parquet"
    back = duckdb.sql(
        f"SELECT event_type, year, month FROM read_parquet('{files}', hive_partitioning = true) "
        "ORDER BY event_type"
    ).fetchall()
    assert back == [("treaty", 2024, 6), ("visit", 2023, 3)]
    assert (tmp_path / "out" / "fact_event" / "year=2024" / "month=6").is_dir()
    again = export_parquet(warehouse, tmp_path / "out")  # a re-export replaces, never doubles
    assert again == counts
    n = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{tmp_path}/out/fact_event/*/*/*.parquet')"
    ).fetchall()[0][0]
    assert n == 2


def test_gdelt_export_has_the_61_columns_of_the_event_table(warehouse, tmp_path):
    path = tmp_path / "events.tsv"
    assert export_gdelt_tsv(warehouse, path) == 2
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r) == 61 for r in rows)
    treaty = next(r for r in rows if r[26] == "057")
    assert treaty[1] == "20240619"  # SQLDATE
    assert treaty[5] == "RUS" and treaty[15] == "PRK"  # Actor1Code, Actor2Code
    assert treaty[28] == "05"  # EventRootCode
    assert treaty[60] == "https://wire.test/1"  # SOURCEURL
    assert int(treaty[0]) > 0  # GLOBALEVENTID from the stable event key
