"""articles: publication dates, datelines and temporal expressions."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.batch import normalise_articles
from pipelines.ingest import IngestResult


@dg.asset(group_name="normalize", kinds={"python", "pandas"}, code_version="1")
def articles(context: dg.AssetExecutionContext, raw_articles: IngestResult) -> pd.DataFrame:
    """Each distinct article with its publication date (and where it came from), dateline and
    TIMEX3 expressions resolved against the publication date."""
    df = normalise_articles(raw_articles.articles)
    context.add_output_metadata(
        {
            "num_rows": len(df),
            "with_publication_date": int(df.publication_date.notna().sum()),
            "with_dateline": int(df.dateline_place.notna().sum()),
            "timexes": int(df.timexes.map(len).sum()),
            "flagged": int((df.temporal_flags != "").sum()),
        }
    )
    return df
