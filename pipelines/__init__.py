"""geoevents: news articles in, a DuckDB warehouse of geopolitical events out."""

__version__ = "0.1.0"
