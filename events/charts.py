"""Plotly figures from querysets; the figure is JSON handed to the page through json_script."""

import html

import plotly.graph_objects as go

from events.models import EventType

TYPE_COLOURS = {
    "meeting": "#1f77b4", "summit": "#d62728", "visit": "#2ca02c", "call": "#9467bd",
    "statement": "#8c564b", "message": "#e377c2", "agreement": "#ff7f0e", "negotiation": "#17becf",
}


def _hover(event) -> str:
    participants = "، ".join(html.escape(p.actor.name_ar) for p in event.participants.all())
    evidence = html.escape(event.first_evidence or "")[:300]
    return f"{event.date or '?'} · {event.get_type_display()}<br>{participants}<br>{evidence}"


def pair_timeline(events) -> dict:
    """One lane per event type; marker size grows with the number of sources."""
    figure = go.Figure()
    for event_type in EventType.values:
        lane = [e for e in events if e.type == event_type and e.date]
        if not lane:
            continue
        figure.add_trace(
            go.Scatter(
                x=[e.date.isoformat() for e in lane],
                y=[EventType(event_type).label] * len(lane),
                mode="markers",
                name=EventType(event_type).label,
                marker={"size": [8 + 4 * min(e.source_count, 6) for e in lane], "color": TYPE_COLOURS[event_type]},
                customdata=[e.pk for e in lane],
                hovertext=[_hover(e) for e in lane],
                hoverinfo="text",
            )
        )
    figure.update_layout(
        height=360, margin={"l": 110, "r": 20, "t": 20, "b": 40}, showlegend=False,
        xaxis={"type": "date"}, yaxis={"categoryorder": "array", "categoryarray": [t.label for t in EventType]},
    )
    return figure.to_plotly_json()
