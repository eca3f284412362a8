"""The actor lexicon the extractor reads, built from the database once per process.

It is rebuilt when aliases, actors or offices change (their history tables record every
change), so an alias an editor adds is used by the next extraction.
"""

from events.models import Actor, Alias, Office
from events.nlp.actors import Lexicon, Tenure

_cache: dict[str, object] = {}


def _fingerprint() -> tuple:
    return (
        Alias.history.order_by("-history_id").values_list("history_id", flat=True).first(),
        Actor.history.order_by("-history_id").values_list("history_id", flat=True).first(),
        Office.history.order_by("-history_id").values_list("history_id", flat=True).first(),
        Alias.objects.count(),
    )


def current_lexicon() -> Lexicon:
    fingerprint = _fingerprint()
    if _cache.get("fingerprint") != fingerprint:
        aliases = Alias.objects.values_list("text", "actor__code", "actor__kind", "kind")
        home_state = dict(Actor.objects.filter(state__isnull=False).values_list("code", "state__code"))
        tenures = [
            Tenure(person, state, role, start, end)
            for person, state, role, start, end in Office.objects.values_list(
                "person__code", "state__code", "role", "start", "end"
            )
        ]
        _cache["lexicon"] = Lexicon.build(aliases, home_state, tenures)
        _cache["fingerprint"] = fingerprint
    return _cache["lexicon"]
