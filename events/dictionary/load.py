"""Builds the shipped actor dictionary in the database; run by a data migration."""

import datetime as dt

import pycountry
from babel import Locale

from events.dictionary.people import ORGANIZATION_PEOPLE, ORGANIZATIONS, PEOPLE
from events.dictionary.states import AMBIGUOUS_SEATS, EXTRA, OBSERVER_STATES_ALPHA2, UN_MEMBERS_ALPHA2
from events.nlp.normalize import normalize_phrase


def demonym_forms(stem: str) -> list[str]:
    return [f"{stem}ي", f"{stem}ية", f"ال{stem}ي", f"ال{stem}ية"]


def derived_demonym_stem(arabic_name: str) -> str | None:
    """The nisba stem of a one-word country name: روسيا → روس, كندا → كند, اليابان → يابان."""
    if " " in arabic_name:
        return None
    stem = arabic_name.removeprefix("ال")
    if stem.endswith("يا"):
        return stem[:-2]
    if stem.endswith("ا"):
        return stem[:-1]
    return stem


AMBIGUOUS = {normalize_phrase(word) for word in AMBIGUOUS_SEATS}


def state_rows():
    arabic = Locale("ar").territories
    for alpha2 in UN_MEMBERS_ALPHA2 + OBSERVER_STATES_ALPHA2:
        country = pycountry.countries.get(alpha_2=alpha2)
        name_ar = arabic[alpha2].split(" (")[0]
        names, stems, seats = EXTRA.get(country.alpha_3, ([], None, []))
        if normalize_phrase(name_ar) in AMBIGUOUS and names:
            # CLDR's عُمان is also Amman: keep only the unambiguous long form.
            name_ar = names[0]
        if stems is None:
            stem = derived_demonym_stem(name_ar)
            stems = [stem] if stem else []
        aliases = [(name_ar, "name")] + [(n, "name") for n in names]
        aliases += [(form, "demonym") for stem in stems for form in demonym_forms(stem)]
        aliases += [(seat, "seat") for seat in seats if normalize_phrase(seat) not in AMBIGUOUS]
        yield country.alpha_3, getattr(country, "common_name", country.name), name_ar, aliases


def load_actor_dictionary(apps) -> None:
    Actor = apps.get_model("events", "Actor")
    Alias = apps.get_model("events", "Alias")
    Office = apps.get_model("events", "Office")

    def add_aliases(actor, aliases):
        seen = set()
        for text, kind in aliases:
            normalized = normalize_phrase(text)
            if normalized in seen:
                continue
            seen.add(normalized)
            Alias.objects.update_or_create(actor=actor, normalized=normalized, defaults={"text": text, "kind": kind})

    states = {}
    for code, name_en, name_ar, aliases in state_rows():
        actor, _ = Actor.objects.update_or_create(
            code=code, defaults={"kind": "state", "name_en": name_en, "name_ar": name_ar}
        )
        add_aliases(actor, aliases)
        states[code] = actor

    for code, name_en, aliases in ORGANIZATIONS:
        actor, _ = Actor.objects.update_or_create(
            code=code, defaults={"kind": "organization", "name_en": name_en, "name_ar": aliases[0]}
        )
        add_aliases(actor, [(a, "name") for a in aliases])

    for code, name_en, _organization, aliases in ORGANIZATION_PEOPLE:
        person, _ = Actor.objects.update_or_create(
            code=code, defaults={"kind": "person", "name_en": name_en, "name_ar": aliases[0], "state": None}
        )
        add_aliases(person, [(a, "name") for a in aliases])

    for code, name_en, state_code, aliases, offices in PEOPLE:
        state = states[state_code]
        person, _ = Actor.objects.update_or_create(
            code=code, defaults={"kind": "person", "name_en": name_en, "name_ar": aliases[0], "state": state}
        )
        add_aliases(person, [(a, "name") for a in aliases])
        for role, title, start, end in offices:
            Office.objects.update_or_create(
                person=person, state=state, role=role, start=dt.date.fromisoformat(start),
                defaults={"title": title, "end": dt.date.fromisoformat(end) if end else None},
            )
