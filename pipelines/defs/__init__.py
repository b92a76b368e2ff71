"""Thin Dagster wiring: one module per stage; the logic lives in the domain packages."""
