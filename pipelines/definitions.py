"""The code location: every asset, check and resource, for the UI, the CLI and the tests."""

from __future__ import annotations

import dagster as dg

from pipelines.defs import checks, coding, ingest, normalize, warehouse
from pipelines.defs.jobs import code_days_job, ingest_job
from pipelines.defs.resources import build_resources
from pipelines.defs.schedules import daily_ingest
from pipelines.defs.sensors import code_new_days, inbox_sensor

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, normalize, coding, warehouse]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[ingest_job, code_days_job],
    schedules=[daily_ingest],
    sensors=[inbox_sensor, code_new_days],
    resources=build_resources(),
)
