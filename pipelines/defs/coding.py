"""event_mentions and events: the coder over every normalised article of the days."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.batch import CODER_VERSION, code_articles
from pipelines.defs.partitions import partition_days, publication_days, single_run
from pipelines.defs.resources import WAREHOUSE_POOL
from pipelines.reports import events_per_day_png, events_preview_markdown, png_markdown
from pipelines.warehouse.loaders import (
    article_ids,
    insert_events,
    read_articles_for_coding,
    replace_days,
)

_SUMMARY_COLUMNS = [
    "article_event_id",
    "article_id",
    "event_type",
    "status",
    "source_actor",
    "target_actor",
    "event_date",
    "publication_date",
    "evidence",
]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "event_mentions",
            description="fact_event_mention: one row per sentence-level event with its evidence.",
            group_name="coding",
            kinds={"python", "duckdb"},
            deps=["articles"],
        ),
        dg.AssetSpec(
            "events",
            description="article_event: the distinct events of each article, mentions merged.",
            group_name="coding",
            kinds={"python", "duckdb"},
            deps=["articles"],
        ),
    ],
    partitions_def=publication_days,
    backfill_policy=single_run,
    pool=WAREHOUSE_POOL,
    code_version="1",
)
def coded_events(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
    """Code visits, treaties and sanctions in every article of the days."""
    days = partition_days(context)
    summaries: list[pd.DataFrame] = []

    def step(con, chunk: list[str]) -> int:
        mentions, events = code_articles(read_articles_for_coding(con, chunk))
        summaries.append(events[_SUMMARY_COLUMNS])
        return insert_events(con, mentions, events)

    with duckdb.get_connection() as con:
        ids = article_ids(con, days, table="dim_article")
        n_mentions = replace_days(con, days, ("fact_event_mention", "article_event"), ids, step)
    events = pd.concat(summaries, ignore_index=True) if summaries else pd.DataFrame()
    by_type = events.groupby(["event_type", "status"]).size().to_dict() if len(events) else {}
    events_meta: dict = {
        "num_rows": len(events),
        "coder_version": CODER_VERSION,
        "by_type_status": {f"{t}/{s}": int(n) for (t, s), n in by_type.items()},
        "preview": dg.MetadataValue.md(events_preview_markdown(events)),
    }
    chart = events_per_day_png(events)
    if chart:
        events_meta["events_per_day"] = dg.MetadataValue.md(png_markdown(chart))
    yield dg.MaterializeResult(
        asset_key="event_mentions",
        metadata={"num_rows": n_mentions, "coder_version": CODER_VERSION},
    )
    yield dg.MaterializeResult(asset_key="events", metadata=events_meta)
