"""Actor lexicon matching: aliases on normalized tokens, office holders on a date, counterparts.

The lexicon is plain data (built from the database by events.lexicon), so this module can be
tested and benchmarked without Django models.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from events.nlp.normalize import clitic_variants, normalize, normalize_phrase

# Words written onto a token that are not part of a name: conjunctions, prepositions, future سـ.
PROCLITIC_WORDS = {"و", "ف", "ب", "ل", "ك", "س", "لل"}
PRONOUN_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم", "كما", "ك", "ني"}

# A demonym names a state only after a word for a government, an official or an exchange
# ("الرئيس الصيني", "نظيره الروسي", "المحادثات الروسية الأمريكية"), not in "الحرب الروسية".
DEMONYM_HEADS = {normalize(w) for w in """
نظير نظيره نظيرها نظيرتها نظيريه نظرائه الرئيس رئيس الرئيسة رئيسة الزعيم زعيم الملك العاهل الأمير أمير العهد
الوزير وزير وزيرة الوزيرة وزارة الوزارة الخارجية الدفاع الخزانة الحكومة حكومة الرئاسة الجانب الجانبين الطرف
الوفد وفد السفير سفير السفارة المبعوث مبعوث الموفد المتحدث الناطق المسؤول مسؤول المسؤولين مسؤولين مسؤولون
الدبلوماسي الدبلوماسيين الدبلوماسية دبلوماسي الدبلوماسيون القيادة السلطات المستشار المستشارة الكرملين
القمة قمة المحادثات محادثات المباحثات مباحثات المفاوضات مفاوضات المشاورات مشاورات الاجتماع اجتماع اللقاء لقاء
الزيارة زيارة الاتصال اتصال البيان بيان الاتفاق اتفاق الاتفاقية اتفاقية نائب رئيس الوزراء الإدارة إدارة البلاط العاصمة مستشار أمين الأمين المجلس مجلس
""".split()}
COUNTERPART_WORDS = {normalize(w) for w in "نظير نظيرة نظيرته نظيره نظيرها نظيريه نظرائه".split()}

HEAD_ROLES = {"head_of_state", "head_of_government", "crown_prince"}

# Title words that name an office; with a demonym they name its holder ("وزير الخارجية الأمريكي").
OFFICE_TITLES = [
    ("foreign_minister", ["وزير الخارجية", "وزيرة الخارجية"]),
    ("head_of_government", ["رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة", "رئيس مجلس الوزراء", "المستشار", "المستشارة"]),
    ("crown_prince", ["ولي العهد"]),
    ("head_of_state", ["الرئيس", "الرئيسة", "رئيس", "رئيسة", "الملك", "العاهل", "أمير", "الأمير", "الزعيم"]),
]


@dataclass(frozen=True)
class ActorEntry:
    code: str
    kind: str  # state, person, organization
    alias_kind: str  # name, demonym, seat


@dataclass(frozen=True)
class Tenure:
    holder: str
    state: str
    role: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], list[ActorEntry]] = field(default_factory=dict)
    max_len: int = 1
    home_state: dict[str, str] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)

    @classmethod
    def build(cls, aliases, home_state: dict[str, str], tenures: list[Tenure]) -> "Lexicon":
        """aliases: (alias text, actor code, actor kind, alias kind) rows."""
        phrases: dict[tuple[str, ...], list[ActorEntry]] = defaultdict(list)
        for text, code, kind, alias_kind in aliases:
            key = tuple(normalize_phrase(text).split())
            if key:
                entry = ActorEntry(code, kind, alias_kind)
                if entry not in phrases[key]:
                    phrases[key].append(entry)
        tenure_index: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in tenures:
            tenure_index[tenure.holder].append(tenure)
        lexicon = cls(dict(phrases), max((len(k) for k in phrases), default=1), dict(home_state), list(tenures))
        lexicon._tenures_by_holder = dict(tenure_index)
        return lexicon

    def state_of(self, entry: ActorEntry, day: dt.date | None) -> str | None:
        """The state an actor stands for on a day: a person acts for the state of their office."""
        if entry.kind == "state":
            return entry.code
        if entry.kind == "organization":
            return None
        if day is not None:
            for tenure in self._tenures_by_holder.get(entry.code, []):
                if tenure.covers(day):
                    return tenure.state
        return self.home_state.get(entry.code)

    def roles_of(self, code: str, day: dt.date | None) -> set[str]:
        tenures = self._tenures_by_holder.get(code, [])
        return {t.role for t in tenures if day is None or t.covers(day)}

    def office_holder(self, state: str, role: str, day: dt.date) -> str | None:
        holders = [t for t in self.tenures if t.state == state and t.role == role and t.covers(day)]
        holders.sort(key=lambda t: t.start or dt.date.min, reverse=True)
        return holders[0].holder if holders else None

    def resolve_title(self, phrase: str, day: dt.date) -> tuple[str | None, str | None]:
        """'وزير الخارجية الأمريكي' on a day -> (person code, state code)."""
        words = normalize_phrase(phrase).split()
        state = None
        for length in range(min(self.max_len, len(words)), 0, -1):
            for entries in (self.phrases.get(tuple(words[-length:]), []),):
                states = [e.code for e in entries if e.kind == "state"]
                if states:
                    state, words = states[0], words[:-length]
                    break
            if state:
                break
        if not state:
            return None, None
        title = " ".join(words)
        for role, titles in OFFICE_TITLES:
            if title in {normalize_phrase(t) for t in titles}:
                return self.office_holder(state, role, day), state
        return None, state


@dataclass(frozen=True)
class TokenForms:
    """A written token and the forms it may stand for once clitics are set aside."""

    text: str
    norm: str
    core: str
    has_pronoun_suffix: bool

    @property
    def candidates(self) -> list[str]:
        seen, out = set(), []
        for form in (self.core, self.norm, *clitic_variants(self.norm)):
            if form and form not in seen:
                seen.add(form)
                out.append(form)
        return out


_PUNCTUATION = "،,.:;؛\"'«»()[]!?؟“”‘’…-–"


def token_forms(text: str, word_texts: list[str]) -> TokenForms:
    """Forms of a token; the stand-in tokenizer sometimes leaves a comma on the word ("السيسي،")."""
    words = [w for w in (normalize(w).strip(_PUNCTUATION) for w in word_texts) if w] or [normalize(text).strip(_PUNCTUATION)]
    has_suffix = len(words) > 1 and words[-1] in PRONOUN_SUFFIXES
    if has_suffix:
        words = words[:-1]
    while len(words) > 1 and words[0] in PROCLITIC_WORDS:
        words = words[1:]
    core = "".join(words)
    if core.startswith("ل") and not core.startswith("ال") and text and normalize(text).startswith("لل"):
        core = "ا" + core
    return TokenForms(text=text, norm=normalize(text).strip(_PUNCTUATION), core=core, has_pronoun_suffix=has_suffix)


@dataclass(frozen=True)
class ActorMention:
    entry: ActorEntry
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    counterpart: bool = False


def _is_head(token: TokenForms) -> bool:
    return token.core in DEMONYM_HEADS or token.norm in DEMONYM_HEADS


def _describes_an_official(tokens: list[TokenForms], index: int) -> bool:
    """The demonym at `index` ends a title: "الرئيس الصيني", "مستشار الأمن الوطني السعودي",
    "أمين المجلس الأعلى للأمن القومي الإيراني" — a head word, then only definite words."""
    for back in range(index - 1, max(-1, index - 5), -1):
        if _is_head(tokens[back]):
            return True
        if not tokens[back].norm.startswith(("ال", "لل", "بال")):
            return False
    return False


def find_actor_mentions(tokens: list[TokenForms], lexicon: Lexicon) -> list[ActorMention]:
    """Longest alias matches, left to right; demonyms only where they describe an official or exchange."""
    mentions: list[ActorMention] = []
    i = 0
    while i < len(tokens):
        match = None
        for length in range(min(lexicon.max_len, len(tokens) - i), 0, -1):
            rest = tuple(t.norm for t in tokens[i + 1 : i + length])
            for first in tokens[i].candidates:
                entries = lexicon.phrases.get((first, *rest))
                if entries:
                    match = (length, entries)
                    break
            if match:
                break
        if not match:
            i += 1
            continue
        length, entries = match
        text = " ".join(t.text for t in tokens[i : i + length])
        accepted = []
        for entry in entries:
            if entry.alias_kind == "demonym":
                previous = tokens[i - 1] if i > 0 else None
                chained = mentions and mentions[-1].end == i and mentions[-1].entry.alias_kind == "demonym"
                if not (chained or _describes_an_official(tokens, i)):
                    continue
                counterpart = bool(previous and previous.core in COUNTERPART_WORDS)
                accepted.append(ActorMention(entry, i, i + length, text, counterpart))
            else:
                accepted.append(ActorMention(entry, i, i + length, text))
        if accepted:
            mentions.append(accepted[0])
        i += length
    return mentions
