"""Schema migrations: numbered SQL files in sql/schema, applied once each, in order.

A change of columns ships as a new numbered file (ALTER TABLE ...), so an existing warehouse is
migrated instead of failing on the next load.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from pipelines.paths import SQL_DIR

_NUMBERED = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def migration_files(schema_dir: Path = SQL_DIR / "schema") -> list[tuple[int, Path]]:
    """The numbered migrations, in order."""
    found = []
    for path in schema_dir.iterdir():
        m = _NUMBERED.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    return sorted(found)


def apply_migrations(
    con: duckdb.DuckDBPyConnection, schema_dir: Path = SQL_DIR / "schema"
) -> list[int]:
    """Apply the migrations this database has not seen; returns the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, path in migration_files(schema_dir):
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, now()::TIMESTAMP)",
                [version, path.name],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def apply_views(con: duckdb.DuckDBPyConnection, views_dir: Path = SQL_DIR / "views") -> list[str]:
    """(Re)create the analyst views; each file holds `CREATE OR REPLACE VIEW ...`."""
    names = []
    for path in sorted(views_dir.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
        names.append(path.stem)
    return names
