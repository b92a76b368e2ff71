"""The code location: every asset, check and resource, for the UI, the CLI and the tests."""

from __future__ import annotations

import dagster as dg

from pipelines.defs import checks, coding, ingest, normalize, warehouse
from pipelines.defs.resources import build_resources

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, normalize, coding, warehouse]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    resources=build_resources(),
)
