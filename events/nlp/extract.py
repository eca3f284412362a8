"""One article in, dated and paired events out: cleaning, Stanza, actors, triggers, dates.

Pure functions over plain data: no database, no Django models.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from events.nlp import triggers as lex
from events.nlp.actors import HEAD_ROLES, ActorMention, Lexicon, TokenForms, find_actor_mentions, token_forms
from events.nlp.clean import clean_page
from events.nlp.dates import ResolvedDate, find_date_mentions, resolve
from events.nlp.normalize import has_arabic, normalize
from events.nlp.pipeline import full_pipeline_pretokenized, light_pipeline

EXTRACTOR_VERSION = "1.0"
# News articles run to tens of thousands of characters; far longer input is not an article.
MAX_ARTICLE_CHARS = 300_000
# Longer "sentences" are run-on text with no punctuation; cut them so Stanza stays linear.
MAX_SENTENCE_TOKENS = 120
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


class ExtractionError(ValueError):
    """The input cannot be read as an article; the message says why."""


@dataclass
class Participant:
    code: str
    kind: str
    state: str | None
    role: str  # initiator or recipient
    text: str


@dataclass
class Event:
    type: str
    actors: list[str]
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str
    location: str | None
    evidence: str
    start: int
    end: int
    confidence: float
    participants: list[Participant] = field(default_factory=list)
    explicit_date: bool = False

    def as_json(self) -> dict:
        return {
            "type": self.type,
            "actors": self.actors,
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "location": self.location,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class UnknownName:
    text: str
    label: str
    context: str


@dataclass
class ArticleResult:
    cleaned_text: str
    published: dt.date | None
    events: list[Event]
    unknown_names: list[UnknownName]


@dataclass
class _Sentence:
    story: int
    story_published: dt.date | None
    text: str
    start: int  # offset in the cleaned text
    paragraph: int
    tokens: list[str]
    forms: list[TokenForms]


def _light_sentences(story: int, story_text: str, offset: int, published: dt.date | None) -> list[_Sentence]:
    """Sentences of a story; each line is a paragraph, so no sentence runs across lines."""
    import stanza

    lines, line_starts, cursor = [], [], 0
    for paragraph, line in enumerate(story_text.split("\n")):
        if line.strip():
            lines.append((paragraph, line))
            line_starts.append(cursor)
        cursor += len(line) + 1
    docs = light_pipeline().bulk_process([stanza.Document([], text=line) for _, line in lines])
    sentences = []
    for (paragraph, line), line_start, doc in zip(lines, line_starts, docs):
        for sentence in doc.sentences:
            tokens = sentence.tokens
            for chunk_start in range(0, len(tokens), MAX_SENTENCE_TOKENS):
                chunk = tokens[chunk_start : chunk_start + MAX_SENTENCE_TOKENS]
                start, end = chunk[0].start_char, chunk[-1].end_char
                sentences.append(
                    _Sentence(
                        story=story,
                        story_published=published,
                        text=line[start:end],
                        start=offset + line_start + start,
                        paragraph=paragraph,
                        tokens=[t.text for t in chunk],
                        forms=[token_forms(t.text, [w.text for w in t.words]) for t in chunk],
                    )
                )
    return sentences


def _has_trigger_form(forms: list[TokenForms]) -> bool:
    for form in forms:
        if lex.trigger_types(form.candidates, None, _DIACRITICS.sub("", form.text)):
            return True
        if form.core in lex.CALL_NOUNS or form.core in lex.SIGN_WORDS:
            return True
    return False


def _states_in(mentions: list[ActorMention], lexicon: Lexicon, day: dt.date | None) -> set[str]:
    return {s for m in mentions if (s := lexicon.state_of(m.entry, day))}


def _normalized_positions(forms: list[TokenForms]) -> tuple[str, list[int]]:
    positions, parts, cursor = [], [], 0
    for form in forms:
        positions.append(cursor)
        parts.append(form.norm)
        cursor += len(form.norm) + 1
    return " ".join(parts), positions


def _token_at(positions: list[int], char: int) -> int:
    index = 0
    for i, position in enumerate(positions):
        if position <= char:
            index = i
    return index


_NOT_VERBS = {normalize(w) for w in "يوم يونيو يوليو يناير يمين يد يذكر".split()}


def _surface_tense(form: TokenForms) -> str | None:
    """Imperfect prefixes (يـ, سيـ) read off the written word, for verbs the tagger calls nouns."""
    core = form.core
    if core in _NOT_VERBS or len(core) < 4:
        return None
    if core[0] == "س" and core[1] in "يتن" and len(core) >= 5:
        return "future"
    if core[0] == "ي":
        return "future"
    return None


def _tense(words_by_token, trigger_index: int, forms: list[TokenForms]) -> str | None:
    """Future for سـ/سوف/announced events, past for perfect verbs; read from the verb nearest the trigger."""
    if any(f.norm in lex.FUTURE_CUES or f.core in lex.FUTURE_CUES for f in forms):
        if not any(f.norm in ("الماضي", "الماضيه", "امس") for f in forms):
            return "future"
    order = sorted(range(len(words_by_token)), key=lambda i: (abs(i - trigger_index) + (3 if i > trigger_index else 0), i))
    for index in order:
        if index <= trigger_index and forms[index].core in lex.PAST_FORMS:
            return "past"
        for word in words_by_token[index]:
            if word.upos not in ("VERB", "AUX"):
                continue
            feats = word.feats or ""
            token_text = normalize(forms[index].text)
            if token_text.startswith(("س", "وس", "فس")) and not normalize(word.lemma or "").startswith("س"):
                return "future"
            if "Aspect=Perf" in feats:
                return "past"
            if "Aspect=Imp" in feats:
                return "future"
        if index <= trigger_index and (tense := _surface_tense(forms[index])):
            return tense
    return None


def _negated(forms: list[TokenForms], words_by_token, trigger_index: int, clause: tuple[int, int] | None = None) -> bool:
    """Denied, hypothetical, conditional or called-off mentions are not events."""
    start = clause[0] if clause else max(0, trigger_index - 4)
    end = clause[1] if clause else trigger_index + 1
    before = " ".join(f.norm for f in forms[max(0, trigger_index - 10) : trigger_index])
    if lex.CALLED_OFF.search(before):
        return True
    for i in range(start, trigger_index):
        # "نفى الكرملين أن يكون بوتين التقى ...": a denial covers the rest of its clause.
        if forms[i].core in lex.DENIAL_CUES or forms[i].norm in lex.DENIAL_CUES:
            return True
    for i in range(max(start, trigger_index - 4), trigger_index):
        if forms[i].core in lex.NEGATION_CUES or forms[i].norm in lex.NEGATION_CUES:
            return True
        pluperfect = any(f.core in lex.KANA_FORMS for f in forms[max(0, i - 4) : i])
        if forms[i].norm == lex.MAY_CUE and i + 1 < len(forms) and not pluperfect:
            following = forms[i + 1]
            imperfect = any("Aspect=Imp" in (w.feats or "") for w in words_by_token[i + 1])
            if imperfect or (following.core[:1] in ("ي", "ت", "ن") and len(following.core) >= 4):
                return True
    # "... في حال سمحت الظروف", "إذا ...": the clause is a condition.
    for i in range(start, end):
        if forms[i].norm in lex.CONDITION_CUES or (forms[i].norm == "حال" and i > 0 and forms[i - 1].norm == "في"):
            return True
    return False


def _location(
    forms: list[TokenForms], ner_tags: list[str], mentions: list[ActorMention], clause, trigger: int, visit: bool
) -> str | None:
    """The place after "في" nearest to the trigger in its clause: a known seat or country, or an NER location."""
    seats = {m.start: m for m in mentions if m.entry.alias_kind in ("seat", "name")}
    # A visit takes place where the visitor goes: "إلى موسكو", "لبكين".
    markers = ("في", "الي") if visit else ("في",)
    places = []
    for i in range(clause[0], min(clause[1], len(forms) - 1)):
        if forms[i].norm not in markers:
            continue
        j = i + 1
        if j in seats:
            places.append((j, " ".join(forms[k].text for k in range(seats[j].start, seats[j].end))))
        elif ner_tags[j] in ("S-LOC", "B-LOC"):
            end = j
            while ner_tags[end] not in ("S-LOC", "E-LOC") and end + 1 < len(forms):
                end += 1
            places.append((j, " ".join(forms[k].text for k in range(j, end + 1))))
    return min(places, key=lambda p: abs(p[0] - trigger))[1].strip("،,.") if places else None


# Nouns for people that make "في X" read "the officials in X" rather than a place.
_PEOPLE_NOUNS = {normalize(w) for w in "المسؤولين مسؤولين المسؤولون كبار قادة القادة نظرائه نظرائهم السلطات الحكومة نظيره".split()}
_RECIPIENT_MARKERS = {"مع", "بين"}
# "الرئيسان", "الجانبين": the two sides the story is already about.
DUAL_REFERENCES = {normalize(w) for w in """
الرئيسان الرئيسين الزعيمان الزعيمين الجانبان الجانبين الطرفان الطرفين البلدان البلدين الوزيران الوزيرين بينهما
""".split()}


def _is_location_only(mention: ActorMention, forms: list[TokenForms], ner_tags: list[str]) -> bool:
    """A place after "في" ("في الدوحة", "في فيينتيان، لاوس") or in a dateline ("الرياض –") is where
    something happens, not a party to it."""
    if mention.entry.kind != "state":
        return False
    if mention.entry.alias_kind == "demonym":
        # "في العاصمة اللاوسية": a place described by its country's adjective.
        return mention.start >= 2 and forms[mention.start - 1].core == "العاصمه" and forms[mention.start - 2].norm == "في"
    if mention.start == 0 and mention.end < len(forms) and forms[mention.end].text in ("–", "-", "—"):
        return True
    if mention.start == 0:
        return False
    previous = forms[mention.start - 1]
    if previous.text.endswith(("،", ",")) and (
        ner_tags[mention.start - 1].endswith("LOC") or mention.start >= 2 and forms[mention.start - 2].norm == "في"
    ):
        return True
    if previous.norm != "في":
        return False
    return mention.start < 2 or forms[mention.start - 2].core not in _PEOPLE_NOUNS


def _marked_recipients(mentions: list[ActorMention], forms: list[TokenForms]) -> tuple[list[ActorMention], str | None]:
    """The sides named after "بين" (between), or after "مع" (with) with those joined to it by "و"."""
    for k, form in enumerate(forms):
        if form.norm not in _RECIPIENT_MARKERS:
            continue
        if form.norm == "بين":
            following = [m for m in mentions if k < m.start <= k + 12]
            if following:
                return following, "بين"
            continue
        following = [m for m in mentions if k < m.start <= k + 6]
        if not following:
            continue
        marked = [following[0]]
        for m in mentions:
            if m.start > marked[-1].start and m.start <= marked[-1].end + 3 and (
                forms[m.start].norm.startswith("و") or forms[m.start - 1].norm == "و"
            ):
                marked.append(m)
        return marked, "مع"
    return [], None


def _visit_parties(mentions: list[ActorMention], forms: list[TokenForms], trigger_index: int) -> list[ActorMention]:
    """"زيارة X لـ/إلى Y": the visitor right after the noun, the host after the preposition."""
    visitor = next((m for m in mentions if trigger_index < m.start <= trigger_index + 3), None)
    if visitor is None:
        return []
    for m in mentions:
        if m.start < visitor.end or m.start > visitor.end + 4:
            continue
        written = forms[m.start].norm
        if forms[m.start - 1].norm in ("الي", "ل") or (written.startswith("ل") and not written.startswith("ال")):
            return [visitor, m]
    return []


def _event_types(forms, words_by_token) -> list[tuple[str, int]]:
    """(type, token index) of every trigger in a sentence."""
    found = []
    cores = [f.core for f in forms]
    has_call_verb = any(c in lex.CALL_VERBS for c in cores)
    has_sign = any(c in lex.SIGN_WORDS for c in cores)
    has_agree_verb = any(c in lex.AGREEMENT_VERBS for c in cores)
    for i, form in enumerate(forms):
        lemma = None
        for word in words_by_token[i]:
            if word.upos in ("NOUN", "VERB", "ADJ", "PROPN"):
                lemma = normalize(_DIACRITICS.sub("", word.lemma or ""))
        types = lex.trigger_types(form.candidates, lemma, _DIACRITICS.sub("", form.text))
        if form.core in lex.DISCUSS_VERBS and not any(f.norm == "مع" for f in forms[i + 1 :]):
            # "بحث مع نظيره" reports a meeting; "بحثا خلاله ..." only what was discussed.
            types.discard("meeting")
        if form.norm in lex.PURPOSE_FORMS:
            types.clear()
        if "agreement" in types:
            if not (has_sign or has_agree_verb or form.core in lex.AGREEMENT_VERBS):
                types.discard("agreement")
        if ("statement" in types or "agreement" in types) and any(f.core in lex.JOINT_WORDS for f in forms[i + 1 : i + 3]):
            # "بيان (ثلاثي) مشترك", "إعلان مشترك": what the sides agreed to say together.
            types = {"agreement"}
        if form.core in lex.CALL_NOUNS and has_call_verb:
            types.add("call")
        for t in types:
            found.append((t, i))
    return found


def _lemma_confirms(words, event_type: str) -> bool:
    lemmas = {normalize(_DIACRITICS.sub("", w.lemma or "")) for w in words}
    return bool(lemmas & lex.LEMMAS.get(event_type, frozenset()))


def _confidence(*, lemma_confirms: bool, explicit_date: bool, named: int, sides_in_sentence: bool) -> float:
    """More signals, more trust: the lemmatizer agrees, the text dates it, people are named, both sides are in the sentence."""
    score = 0.4 + 0.15 * lemma_confirms + 0.15 * explicit_date + 0.05 * min(named, 2) + 0.15 * sides_in_sentence
    return round(min(score, 0.95), 2)


def _has_dual_reference(forms: list[TokenForms]) -> bool:
    return any(f.core in DUAL_REFERENCES or f.norm in DUAL_REFERENCES for f in forms)


_CLAUSE_OPENERS = {normalize(w) for w in "حيث فيما بينما حين عندما قبل بعد ثم وذلك حسبما كما".split()}
_BACKREFERENCE_OPENERS = {normalize(w) for w in "حين عندما يوم".split()}
_RELATIVE_PRONOUNS = {normalize(w) for w in "الذي التي اللذان اللتان الذين اللذين اللتين".split()}
_COMMAS = {"،", ",", "؛", ";"}
SUBJECT_WINDOW = 4
SPEAKER_WINDOW = 12
# "أكد أن الولايات المتحدة ...": after these the names belong to what was said, not to the speaker.
_COMPLEMENTIZERS = {normalize(w) for w in "أن إن أنه إنه بأن وأن بأنه".split()}


def _opens_clause(index: int, forms: list[TokenForms], words_by_token) -> bool:
    words = words_by_token[index]
    if forms[index].norm in _CLAUSE_OPENERS or forms[index].norm in _RELATIVE_PRONOUNS:
        return True
    # "و" + verb, or a bare verb after a comma.
    content = [w for w in words if w.upos not in ("CCONJ", "PUNCT")]
    joined = words[0].upos == "CCONJ" and len(words) > 1  # "وأكد", not "استضافتها" (verb + pronoun)
    return bool(content) and content[0].upos == "VERB" and (joined or forms[index - 1].text.endswith(tuple(_COMMAS)))


def _clauses(forms: list[TokenForms], words_by_token) -> list[tuple[int, int]]:
    """Token spans of a sentence's clauses: subordinators, relative pronouns and (و +) verbs open one.

    A comma alone does not: it also separates appositions ("بوغدانوف، والمبعوث الصيني تشاي جون").
    """
    starts = {0} | {i for i in range(1, len(forms)) if _opens_clause(i, forms, words_by_token)}
    ordered = sorted(starts)
    return [(s, e) for s, e in zip(ordered, ordered[1:] + [len(forms)]) if s < e]


def _clause_triggers(triggers, clause, forms, words_by_token) -> dict[str, tuple[str, int]]:
    """One trigger per event group in a clause, negated ones left out."""
    by_group: dict[str, tuple[str, int]] = {}
    for event_type, index in triggers:
        if not clause[0] <= index < clause[1] or _negated(forms, words_by_token, index, clause):
            continue
        if any(f.norm in lex.EVE_CUES for f in forms[max(0, index - 2) : index]):
            # "قال عشية لقائه ...": the meeting is only the time reference of what was said.
            continue
        group = lex.TYPE_GROUP[event_type]
        current = by_group.get(group)
        if current is None:
            by_group[group] = (event_type, index)
        elif group == "meet" and lex.MEET_PRIORITY.index(event_type) < lex.MEET_PRIORITY.index(current[0]):
            by_group[group] = (event_type, current[1])
    # "محادثات هاتفية": a call is the more specific reading of the same exchange.
    if "call" in by_group and "meet" in by_group and abs(by_group["call"][1] - by_group["meet"][1]) <= 2:
        del by_group["meet"]
    # A statement verb next to an exchange reports that exchange ("قال ... خلال لقائه").
    if "statement" in by_group and len(by_group) > 1:
        del by_group["statement"]
    return by_group


def _parties(mentions, clause, sentence_initiator, forms, words_by_token, index, event_type) -> list[ActorMention]:
    """Initiator first, then the other sides, for the trigger at `index` in `clause`."""
    # A statement's subject matter is its complement clause: the other side may come later in the sentence.
    end = len(forms) if event_type == "statement" else clause[1]
    inside = [m for m in mentions if clause[0] <= m.start < end]
    if event_type == "visit":
        visit = _visit_parties(inside, forms, index)
        if visit:
            return visit
    subject_tokens = {
        i for i in range(*clause) if any((w.deprel or "").startswith("nsubj") for w in words_by_token[i])
    }
    complement = next((k for k in range(index + 1, clause[1]) if forms[k].norm in _COMPLEMENTIZERS), clause[1])
    # A speaker's title can be long ("المتحدثة الرسمية باسم وزارة الخارجية الروسية ماريا زاخاروفا").
    window = SPEAKER_WINDOW if event_type == "statement" else SUBJECT_WINDOW
    near = [m for m in inside if m.start < index or m.start <= min(index + window, complement)]
    if event_type == "visit":
        # A capital or a place after إلى/لـ is where the visit goes, never the visitor.
        near = [m for m in near if m.entry.alias_kind != "seat" and forms[m.start - 1].norm not in ("الي", "ل")]
    if event_type == "statement" and not near and not (sentence_initiator and sentence_initiator.start < index):
        # "وأكد خلال حملته أنه ...": the speaker is not named in this sentence.
        return []
    subjects = [m for m in near if any(k in subject_tokens for k in range(m.start, m.end))]
    if forms[clause[0]].norm in _RELATIVE_PRONOUNS:
        # "..., الذي وصل إلى بكين": the relative clause's subject is the name just before it.
        antecedent = [m for m in mentions if m.end <= clause[0]][-1:]
        subjects = antecedent or subjects
    initiator = (subjects or near or ([sentence_initiator] if sentence_initiator else []))[:1]
    rest = [m for m in inside if m not in initiator]
    co_initiator = [
        m for m in rest[:1]
        if initiator and initiator[0].end <= m.start <= initiator[0].end + 1 and forms[m.start].norm.startswith("و")
    ]
    if event_type != "statement" and any(
        forms[k].core == "مع" and forms[k].has_pronoun_suffix for k in range(clause[0], clause[1])
    ):
        # "اتصال أجراه معه": "him" is the last other side named before this clause.
        before = [m for m in mentions if m.end <= clause[0] and m not in initiator]
        if before:
            return initiator + before[-1:]
    if sentence_initiator and initiator and not rest and sentence_initiator is not initiator[0]:
        # "..., حيث يستضيفه شي": the other side is the sentence's subject.
        rest = [sentence_initiator]
    if event_type != "statement":
        marked, marker = _marked_recipients(inside, forms)
        if marker == "بين" and len({m.entry.code if m.entry.kind == "state" else m.entry for m in marked}) >= 2:
            return marked
        if marked and any(m.entry.code != (initiator[0].entry.code if initiator else None) for m in marked):
            # "أعلنت السعودية وإيران ... مع الصين": both subjects stay, the "with" side joins them.
            rest = co_initiator + [m for m in marked if m not in initiator and m not in co_initiator]
    return initiator + rest


def _events_in_sentence(
    sentence: _Sentence, stanza_sentence, mentions: list[ActorMention], lexicon: Lexicon, fallback_for,
    context_pair: list[Participant] | None,
):
    """Events of one analysed sentence, clause by clause; returns them with the sentence's NER tags.

    `mentions` come from the light pass: the second pass keeps its tokens, so they still hold."""
    forms = sentence.forms
    words_by_token = [t.words for t in stanza_sentence.tokens]
    ner_tags = [t.ner for t in stanza_sentence.tokens]
    triggers = _event_types(forms, words_by_token)
    if not triggers:
        return [], ner_tags
    published = sentence.story_published
    parties_all = [m for m in mentions if not _is_location_only(m, forms, ner_tags) and lexicon.state_of(m.entry, published)]
    sentence_initiator = parties_all[0] if parties_all else None
    normalized, positions = _normalized_positions(forms)
    all_dates = find_date_mentions(normalized)
    clauses = _clauses(forms, words_by_token)
    trigger_clauses = {c for c in clauses if any(c[0] <= i < c[1] for _, i in triggers)}

    def dates_in(clause, include_reference=False):
        return [
            m for m in all_dates
            if clause[0] <= _token_at(positions, m.start) < clause[1] and (include_reference or not m.is_reference)
        ]

    # "صرح بأنه لا يستبعد لقاء ...": what is said is about an event that did not happen.
    reports_non_event = any(
        f.core in lex.HYPOTHETICAL_CUES or f.norm in lex.HYPOTHETICAL_CUES
        for t, i in triggers if t != "statement" for f in forms[max(0, i - 4) : i]
    )
    events = []
    earlier_clause_date = None
    for position, clause in enumerate(clauses):
        by_group = _clause_triggers(triggers, clause, forms, words_by_token)
        if reports_non_event:
            by_group.pop("statement", None)
        for group, (event_type, index) in by_group.items():
            tense = _tense(words_by_token, index, forms)
            candidates = sorted(dates_in(clause), key=lambda m: abs(_token_at(positions, m.start) - index))
            if not candidates and position > 0 and forms[clause[0]].norm in _BACKREFERENCE_OPENERS:
                # "منذ أكتوبر 2019، حين زار الرياض": the date the previous clause refers back to.
                candidates = dates_in(clauses[position - 1], include_reference=True)[-1:]
            if not candidates:
                candidates = [m for c in clauses if c not in trigger_clauses for m in dates_in(c)]
            resolved = next((r for m in candidates if (r := resolve(m, published, tense))), None)
            # "الأسبوع الماضي": the text names a time that fixes no day; no fallback may replace it.
            unresolvable = bool(candidates) and resolved is None
            if resolved is None and earlier_clause_date and tense != "future" and not unresolvable:
                # "وصل أمس إلى تل أبيب، التقى خلالها ...": one sentence, one time frame.
                resolved = earlier_clause_date
            day = resolved.date if resolved else published
            ordered = _parties(parties_all, clause, sentence_initiator, forms, words_by_token, index, event_type)
            participants: list[Participant] = []
            states: list[str] = []
            for m in ordered:
                state = lexicon.state_of(m.entry, day)
                role = "initiator" if not states or state == states[0] else "recipient"
                participants.append(Participant(m.entry.code, m.entry.kind, state, role, m.text))
                if state not in states:
                    states.append(state)
            sides_in_sentence = len(states) >= 2
            if not sides_in_sentence and context_pair and _has_dual_reference(forms):
                participants = list(context_pair)
                states = list(dict.fromkeys(p.state for p in participants))
            if len(states) < 2:
                continue
            if resolved is None and tense != "future" and not unresolvable:
                # Reported speech is dated by the report; other undated mentions retell a dated event.
                resolved = fallback_for(None if group == "statement" else tuple(sorted(states[:2])))
            if group == "meet" and event_type == "meeting":
                # Two heads of state or government meeting is a summit; "نظيره" of a head is a head too.
                heads = {p.state for p in participants if p.kind == "person" and lexicon.roles_of(p.code, day) & HEAD_ROLES}
                counterparts = {lexicon.state_of(m.entry, day) for m in ordered if m.counterpart}
                if len(heads | (counterparts if heads else set())) >= 2:
                    event_type = "summit"
            location = _location(forms, ner_tags, mentions, clause, index, event_type == "visit")
            named = sum(1 for p in participants if p.kind == "person")
            # A statement is one side speaking about one other side.
            for other in states[1 : 2 if group == "statement" else None]:
                events.append(
                    Event(
                        type=event_type,
                        actors=sorted([states[0], other]),
                        date=resolved.date if resolved else None,
                        date_end=resolved.date_end if resolved else None,
                        date_precision=resolved.precision if resolved else "day",
                        location=location,
                        evidence=sentence.text,
                        start=sentence.start,
                        end=sentence.start + len(sentence.text),
                        confidence=_confidence(
                            lemma_confirms=_lemma_confirms(words_by_token[index], event_type),
                            explicit_date=bool(resolved and resolved.explicit), named=named,
                            sides_in_sentence=sides_in_sentence,
                        ),
                        participants=[p for p in participants if p.state in (states[0], other)],
                        explicit_date=bool(resolved and resolved.explicit),
                    )
                )
            if resolved and resolved.explicit:
                earlier_clause_date = resolved
    return events, ner_tags


def _unknown_names(sentence: _Sentence, mentions: list[ActorMention], ner_tags: list[str]) -> list[UnknownName]:
    known = {i for m in mentions for i in range(m.start, m.end)}
    names, current = [], []
    for i, tag in enumerate(ner_tags):
        label = tag[2:] if len(tag) > 2 else ""
        if label in ("PER", "ORG") and i not in known:
            current.append(i)
            if tag.startswith(("S-", "E-")):
                text = " ".join(sentence.tokens[k] for k in current)
                if has_arabic(text):
                    names.append(UnknownName(text=text, label=label, context=sentence.text))
                current = []
        else:
            current = []
    return names


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (group, pair, date); an undated one is dropped when a dated one exists."""
    best: dict[tuple, Event] = {}
    for event in events:
        key = (lex.TYPE_GROUP[event.type], tuple(event.actors), event.date)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    dated = {(k[0], k[1]) for k in best if k[2] is not None}
    kept = [e for k, e in best.items() if k[2] is not None or (k[0], k[1]) not in dated]
    return sorted(kept, key=lambda e: e.start)


def extract_article(text: str, published: dt.date | None, lexicon: Lexicon) -> ArticleResult:
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("empty text")
    text = text.replace("\x00", "")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ExtractionError(f"text is {len(text):,} characters; articles longer than {MAX_ARTICLE_CHARS:,} are refused")
    if not has_arabic(text):
        raise ExtractionError("no Arabic text")
    page = clean_page(text)
    if not page.stories:
        raise ExtractionError("no article body left after removing page furniture")
    published = published or page.published_in_page
    sentences: list[_Sentence] = []
    for index, story in enumerate(page.stories):
        sentences += _light_sentences(index, story.text, story.offset, published if story.is_main else None)
    candidates = []
    for sentence in sentences:
        mentions = find_actor_mentions(sentence.forms, lexicon)
        parties = len(_states_in(mentions, lexicon, sentence.story_published))
        if (parties >= 2 or _has_dual_reference(sentence.forms)) and _has_trigger_form(sentence.forms):
            candidates.append((sentence, mentions))
    analysed = full_pipeline_pretokenized()([s.tokens for s, _ in candidates]).sentences if candidates else []
    events, unknown = [], []
    # Undated mentions take the date of the last dated event of the same pair in the story
    # (usually the same event told again), else the story's publication date.
    pair_dates: dict[tuple[int, tuple[str, ...]], ResolvedDate] = {}
    last_pair: dict[int, list[Participant]] = {}
    for (sentence, mentions), stanza_sentence in zip(candidates, analysed):

        def fallback_for(pair, sentence=sentence):
            known = pair_dates.get((sentence.story, pair))
            if known:
                return ResolvedDate(known.date, known.date_end, known.precision, False)
            if sentence.story_published:
                return ResolvedDate(sentence.story_published, None, "day", False)
            return None

        found, ner_tags = _events_in_sentence(
            sentence, stanza_sentence, mentions, lexicon, fallback_for, last_pair.get(sentence.story)
        )
        events += found
        for event in found:
            if event.explicit_date and event.date_precision == "day":
                pair_dates[(sentence.story, tuple(event.actors))] = ResolvedDate(event.date, event.date_end, "day", True)
        if found:
            last_pair[sentence.story] = found[-1].participants
        unknown += _unknown_names(sentence, mentions, ner_tags)
    return ArticleResult(cleaned_text=page.text, published=published, events=_dedupe(events), unknown_names=unknown)
