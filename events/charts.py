"""Plotly figures from querysets; the figure is JSON handed to the page through json_script."""

import html
from collections import defaultdict

import plotly.graph_objects as go
from django.db.models import Count
from django.db.models.functions import TruncMonth

from events.models import EventType

TYPE_COLOURS = {
    "meeting": "#1f77b4", "summit": "#d62728", "visit": "#2ca02c", "call": "#9467bd",
    "statement": "#8c564b", "message": "#e377c2", "agreement": "#ff7f0e", "negotiation": "#17becf",
}
# Above this many events one marker per event is unreadable: the chart shows monthly counts.
MAX_POINTS = 600
LANES = [t.label for t in EventType]


def _layout(figure: go.Figure, note: str | None = None) -> dict:
    figure.update_layout(
        height=380, margin={"l": 120, "r": 20, "t": 30 if note else 10, "b": 40}, showlegend=False,
        xaxis={"type": "date"}, yaxis={"categoryorder": "array", "categoryarray": LANES},
        title={"text": note, "font": {"size": 13}} if note else None,
    )
    return figure.to_plotly_json()


def _hover(event) -> str:
    participants = "، ".join(html.escape(p.actor.name_ar) for p in event.participants.all())
    evidence = html.escape(event.first_evidence or "")[:300]
    sources = event.source_count or 0
    return f"{event.date} · {html.escape(event.get_type_display())} · {sources}<br>{participants}<br>{evidence}"


def pair_timeline(events_queryset) -> tuple[dict, bool]:
    """(figure, aggregated): one lane per type, marker size by number of sources, or monthly counts."""
    dated = events_queryset.filter(date__isnull=False)
    figure = go.Figure()
    if dated.count() > MAX_POINTS:
        rows = (
            dated.annotate(month=TruncMonth("date")).values("month", "type")
            .annotate(n=Count("pk")).order_by("month")
        )
        lanes = defaultdict(list)
        for row in rows:
            lanes[row["type"]].append(row)
        for event_type, points in lanes.items():
            figure.add_trace(go.Scatter(
                x=[p["month"].isoformat() for p in points], y=[EventType(event_type).label] * len(points),
                mode="markers", marker={"size": [min(6 + p["n"], 40) for p in points], "color": TYPE_COLOURS[event_type]},
                hovertext=[f"{p['month']:%Y-%m} · {EventType(event_type).label}: {p['n']}" for p in points], hoverinfo="text",
            ))
        return _layout(figure, "Aggregated per month: too many events to show one by one"), True
    by_type = defaultdict(list)
    for event in dated.with_display_fields():
        by_type[event.type].append(event)
    for event_type, lane in by_type.items():
        figure.add_trace(go.Scatter(
            x=[e.date.isoformat() for e in lane], y=[EventType(event_type).label] * len(lane), mode="markers",
            name=EventType(event_type).label,
            marker={"size": [8 + 4 * min(e.source_count or 1, 6) for e in lane], "color": TYPE_COLOURS[event_type]},
            customdata=[e.pk for e in lane], hovertext=[_hover(e) for e in lane], hoverinfo="text",
        ))
    return _layout(figure), False


def compare(pairs: list[tuple[str, str]], querysets: list) -> dict:
    """Several pairs on one time axis: monthly event counts, one row per pair."""
    figure = go.Figure()
    for (first, second), queryset in zip(pairs, querysets):
        rows = (
            queryset.filter(date__isnull=False).annotate(month=TruncMonth("date")).values("month")
            .annotate(n=Count("pk")).order_by("month")
        )
        label = f"{first}–{second}"
        figure.add_trace(go.Scatter(
            x=[r["month"].isoformat() for r in rows], y=[label] * len(rows), mode="markers", name=label,
            marker={"size": [min(6 + r["n"] * 2, 40) for r in rows]},
            hovertext=[f"{label} {r['month']:%Y-%m}: {r['n']}" for r in rows], hoverinfo="text",
        ))
    figure.update_layout(height=120 + 60 * len(pairs), margin={"l": 90, "r": 20, "t": 10, "b": 40},
                         showlegend=False, xaxis={"type": "date"})
    return figure.to_plotly_json()


def pair_year_heatmap(summary: list[dict]) -> dict:
    """Pairs × years: how many events each pair has in each year."""
    rows = summary[:30]
    years = sorted({year for row in rows for year in row["years"]})
    figure = go.Figure(go.Heatmap(
        x=[str(y) for y in years], y=[f"{r['pair'][0]}–{r['pair'][1]}" for r in rows],
        z=[[row["years"].get(year, 0) for year in years] for row in rows], colorscale="Blues",
    ))
    figure.update_layout(height=120 + 22 * len(rows), margin={"l": 90, "r": 20, "t": 10, "b": 40},
                         yaxis={"autorange": "reversed"})
    return figure.to_plotly_json()
