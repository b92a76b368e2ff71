"""Asset checks: the warehouse invariants, as SQL in sql/checks/ that selects violations.

Blocking checks stop downstream assets (the analyst views) from materialising on bad data.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.paths import sql_text


def _violations(duckdb: DuckDBResource, name: str) -> dg.AssetCheckResult:
    sql = sql_text(f"checks/{name}.sql")
    with duckdb.get_connection() as con:
        rel = con.execute(sql)
        cols = [d[0] for d in rel.description]
        rows = rel.fetchall()
    sample = "\n".join(" | ".join(map(str, r)) for r in rows[:10])
    return dg.AssetCheckResult(
        passed=not rows,
        metadata={
            "violations": len(rows),
            "sample": dg.MetadataValue.md(f"`{' | '.join(cols)}`\n\n{sample}" if rows else "none"),
        },
    )


@dg.asset_check(
    asset="fact_event",
    blocking=True,
    description="Every key is unique: facts, mentions, article events, articles, sources.",
)
def unique_keys(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    return _violations(duckdb, "unique_keys")


@dg.asset_check(
    asset="fact_event", blocking=True, description="Every fact has a mention, every mention a fact."
)
def fact_event_has_mentions(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    return _violations(duckdb, "fact_event_has_mentions")


@dg.asset_check(asset="fact_event", blocking=True, description="Every foreign key resolves.")
def foreign_keys_resolve(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    return _violations(duckdb, "foreign_keys_resolve")


@dg.asset_check(
    asset="fact_event",
    blocking=True,
    description="Event types, statuses and CAMEO codes are in the taxonomy.",
)
def event_types_in_taxonomy(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    return _violations(duckdb, "event_types_in_taxonomy")


@dg.asset_check(
    asset="events",
    description="Actual events are not dated after publication + 1 day nor before 1900.",
)
def actual_event_dates_plausible(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    return _violations(duckdb, "actual_event_dates_plausible")
