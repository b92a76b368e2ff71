"""Reference dimensions from the seed CSVs: countries, actors and event types."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from pipelines.paths import ACTORS_DIR, SEEDS_DIR


def reference_frames(
    actors_dir: Path = ACTORS_DIR, seeds_dir: Path = SEEDS_DIR
) -> dict[str, pd.DataFrame]:
    """dim_country, dim_actor and dim_event_type as DataFrames, read from the seeds."""
    countries = pd.read_csv(actors_dir / "countries.csv", dtype=str, keep_default_na=False)
    orgs = pd.read_csv(actors_dir / "organisations.csv", dtype=str, keep_default_na=False)
    types = pd.read_csv(seeds_dir / "event_types.csv", dtype={"cameo": str, "cameo_root": str})
    dim_country = pd.DataFrame(
        {
            "country_code": countries.code,
            "name": countries.name,
            "region": countries.region.replace("", None),
            "capital": countries.capital.replace("", None),
            "latitude": pd.to_numeric(countries.latitude, errors="coerce"),
            "longitude": pd.to_numeric(countries.longitude, errors="coerce"),
        }
    )
    dim_actor = pd.concat(
        [
            pd.DataFrame(
                {
                    "actor_code": countries.code,
                    "name": countries.name,
                    "kind": "state",
                    "country_code": countries.code,
                }
            ),
            pd.DataFrame(
                {
                    "actor_code": orgs.code,
                    "name": orgs.name,
                    "kind": "organisation",
                    "country_code": None,
                }
            ),
        ],
        ignore_index=True,
    )
    dim_event_type = types[
        [
            "event_type",
            "status",
            "cameo",
            "cameo_name",
            "cameo_root",
            "quad_class",
            "goldstein",
            "plover_type",
            "plover_mode",
            "description",
        ]
    ]
    return {"dim_country": dim_country, "dim_actor": dim_actor, "dim_event_type": dim_event_type}


def load_reference(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]
) -> dict[str, int]:
    """Replace the reference dimensions in one transaction; returns row counts."""
    counts = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for table, df in frames.items():
            con.register("_ref", df)
            con.execute(f"DELETE FROM {table}")
            cols = ", ".join(df.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _ref")
            con.unregister("_ref")
            counts[table] = len(df)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return counts
