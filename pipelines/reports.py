"""Small human-readable views of a batch: a Markdown preview and a PNG chart, used as Dagster
metadata so a run can be judged from the UI without opening the warehouse."""

from __future__ import annotations

import base64
import io

import pandas as pd


def events_preview_markdown(events: pd.DataFrame, limit: int = 15) -> str:
    """The newest events with their evidence sentences, as a Markdown table."""
    if events.empty:
        return "_no events_"
    cols = ["event_type", "status", "source_actor", "target_actor", "event_date", "evidence"]
    df = events.sort_values(["publication_date", "article_id"], ascending=False).head(limit)[cols]
    df = df.assign(evidence=df.evidence.str.replace("|", "/").str.replace("\n", " ").str[:160])
    lines = [
        "| " + " | ".join(cols) + " |",
        "|" + "---|" * len(cols),
    ]
    for row in df.itertuples(index=False):
        lines.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
    return "\n".join(lines)


def events_per_day_png(events: pd.DataFrame) -> bytes | None:
    """A stacked bar chart of events per type per publication day, as PNG bytes."""
    if events.empty or events.publication_date.isna().all():
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = pd.to_datetime(events.publication_date, errors="coerce")
    table = events.assign(day=days.dt.date).pivot_table(
        index="day", columns="event_type", values="article_event_id", aggfunc="count", fill_value=0
    )
    fig, ax = plt.subplots(figsize=(8, 3), dpi=80)
    table.plot(kind="bar", stacked=True, ax=ax, width=0.8)
    ax.set_xlabel("publication day")
    ax.set_ylabel("events")
    ax.set_title("Events per type per day")
    if len(table) > 20:
        step = max(1, len(table) // 20)
        for i, label in enumerate(ax.get_xticklabels()):
            label.set_visible(i % step == 0)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def png_markdown(png: bytes) -> str:
    """Embed PNG bytes in Markdown (the way Dagster's UI shows images as metadata)."""
    return f"![chart](data:image/png;base64,{base64.b64encode(png).decode()})"
