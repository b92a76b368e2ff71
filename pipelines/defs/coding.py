"""event_mentions and events: the coder over every normalised article."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.batch import CODER_VERSION, code_articles
from pipelines.reports import events_per_day_png, events_preview_markdown, png_markdown


@dg.multi_asset(
    group_name="coding",
    outs={
        "event_mentions": dg.AssetOut(
            kinds={"python", "pandas"},
            description="One row per sentence-level event: type, status, actors, date, evidence.",
        ),
        "events": dg.AssetOut(
            kinds={"python", "pandas"},
            description="The distinct events of each article, each with its mentions merged.",
        ),
    },
    code_version="1",
)
def coded_events(context: dg.AssetExecutionContext, articles: pd.DataFrame):
    """Code visits, treaties and sanctions in every article."""
    mentions, events = code_articles(articles)
    by_type = events.groupby(["event_type", "status"]).size().to_dict() if len(events) else {}
    chart = events_per_day_png(events)
    events_meta: dict = {
        "num_rows": len(events),
        "coder_version": CODER_VERSION,
        "by_type_status": {f"{t}/{s}": int(n) for (t, s), n in by_type.items()},
        "preview": dg.MetadataValue.md(events_preview_markdown(events)),
    }
    if chart:
        events_meta["events_per_day"] = dg.MetadataValue.md(png_markdown(chart))
    yield dg.Output(
        mentions,
        output_name="event_mentions",
        metadata={"num_rows": len(mentions), "coder_version": CODER_VERSION},
    )
    yield dg.Output(events, output_name="events", metadata=events_meta)
