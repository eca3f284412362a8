"""Exports of exactly what the filters show: CSV for spreadsheets, PLOVER-style JSONL for coders."""

import csv
import io
import json

# PLOVER has no category for statements; they are exported under their own name.
PLOVER = {
    "meeting": ("CONSULT", "meet"), "summit": ("CONSULT", "meet"), "visit": ("CONSULT", "visit"),
    "call": ("CONSULT", "phone"), "message": ("CONSULT", "message"), "negotiation": ("CONSULT", "negotiate"),
    "agreement": ("AGREE", ""), "statement": ("STATEMENT", ""),
}
CSV_HEADER = ["id", "date", "date_end", "precision", "type", "initiator", "recipient", "location", "status",
              "confidence", "sources", "evidence"]


def _sides(event) -> tuple[str, str]:
    states = [p for p in event.participants.all() if p.actor.kind == "state"]
    initiator = next((p.actor.code for p in states if p.role == "initiator"), states[0].actor.code if states else "")
    recipient = next((p.actor.code for p in states if p.actor.code != initiator), "")
    return initiator, recipient


def csv_lines(events):
    """UTF-8 with a byte-order mark, so that Excel shows the Arabic."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    writer.writerow(CSV_HEADER)
    yield "\ufeff" + flush()
    for event in events:
        initiator, recipient = _sides(event)
        writer.writerow([
            event.pk, event.date or "", event.date_end or "", event.date_precision, event.type, initiator, recipient,
            event.location, event.status, f"{event.confidence:.2f}", event.source_count or 0, event.first_evidence or "",
        ])
        yield flush()


def plover_lines(events):
    for event in events:
        initiator, recipient = _sides(event)
        category, mode = PLOVER[event.type]
        first = event.mentions.all()[0] if event.mentions.all() else None
        source = first.article.source.name if first and first.article.source else ""
        row = {
            "id": f"newsdash-{event.pk}", "date": event.date.isoformat() if event.date else None,
            "actor": initiator, "recipient": recipient, "event": category, "mode": mode,
            "event_text": event.first_evidence or "", "source": source,
        }
        yield json.dumps(row, ensure_ascii=False) + "\n"
