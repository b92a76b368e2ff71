"""Jobs the schedule and sensors launch: ingest first, then code the days it found.

Coding runs cover ranges of publication days in one run each; which days is only known once
raw_articles has read the files, so the two are separate jobs chained by a sensor.
"""

import dagster as dg

from pipelines.defs.partitions import publication_days

# Runs launched by `geoevents run` carry this tag: that command codes the days it ingests itself,
# so the ingest -> coding sensor leaves them alone.
CLI_RUN_TAG = ("launched_by", "geoevents run")

INGEST_ASSETS = ["raw_articles", "dim_country", "dim_actor", "dim_event_type"]
CODING_ASSETS = ["articles", "event_mentions", "events"]
FACT_ASSETS = ["fact_event", "dim_location", "dim_date", "analyst_views"]

ingest_job = dg.define_asset_job(
    "ingest",
    selection=dg.AssetSelection.assets(*INGEST_ASSETS),
    description="Read the configured source (or one inbox file) into the raw layer.",
)
code_days_job = dg.define_asset_job(
    "code_days",
    selection=dg.AssetSelection.assets(*CODING_ASSETS, *FACT_ASSETS),
    partitions_def=publication_days,
    description="Normalise and code a range of publication days, then rebuild the facts.",
)
