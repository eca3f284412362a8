"""Arabic date expressions -> (date, end date, precision), against a publication date.

dateparser misreads several forms news uses ("يوم الثلاثاء", ranges, doubled Egyptian and
Levantine month names, الماضي/المقبل); these rules read them on normalized text, where
Arabic-Indic digits are already ASCII. dateparser reads the free-form page date line.
"""

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "يوليوز": 7, "اغسطس": 8, "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12, "دجنبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "يوليو/تموز", "يناير كانون الثاني", "ديسمبر (كانون الأول)": one month written twice.
_MONTHX = rf"(?P<month>{_MONTH})(?:\s*[/(]?\s*(?:{_MONTH})\)?)?"
_QUAL = r"(?:\s+(?P<qual>الماضي|الماضيه|الفائت|الفائته|المنصرم|المقبل|المقبله|القادم|القادمه|الجاري|الحالي))?"
_YEAR = r"(?:\s*،?\s*(?:من\s+)?(?:عام\s+|العام\s+)?(?P<year>\d{4})|\s+من\s+(?P<yearrel>العام|السنه)\s+(?P<yearqual>الماضي|المقبل|الجاري|الحالي))?"
_B = r"(?<![\w])"
_E = r"(?![\w])"
_DAYPART = r"(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر|مطلع|نهايه)\s+)?"
_WEEKDAY = "|".join(WEEKDAYS)

PATTERNS = [
    ("range", re.compile(rf"{_B}(?:بين|من)\s+(?P<d1>\d{{1,2}})\s+(?:و|الي|حتي)\s*(?P<d2>\d{{1,2}})\s+{_MONTHX}{_QUAL}{_YEAR}{_E}")),
    ("range", re.compile(rf"{_B}(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+{_MONTHX}{_QUAL}{_YEAR}{_E}")),
    ("numeric", re.compile(rf"{_B}(?P<d1>\d{{1,2}})[/.](?P<m>\d{{1,2}})[/.](?P<year>\d{{4}}){_E}")),
    ("iso", re.compile(rf"{_B}(?P<year>\d{{4}})-(?P<m>\d{{2}})-(?P<d1>\d{{2}}){_E}")),
    ("daymonth", re.compile(rf"{_B}(?:يوم\s+)?(?P<d1>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_MONTHX}{_QUAL}{_YEAR}{_E}")),
    ("month", re.compile(rf"{_B}(?:شهر\s+)?{_MONTHX}{_QUAL}{_YEAR}{_E}")),
    ("dayofperiod", re.compile(rf"{_B}(?:يوم\s+)?(?P<d1>\d{{1,2}})\s+من\s+(?:هذا\s+)?الشهر(?:\s+(?P<qual>الجاري|الحالي|الماضي|المقبل))?{_E}")),
    ("relative", re.compile(rf"{_B}{_DAYPART}(?:يوم\s+)?(?P<rel>اول امس|امس الاول|امس|اليوم|غدا|غد|بعد غد|الليله)(?:\s+(?P<weekday>{_WEEKDAY}))?{_E}")),
    ("daysago", re.compile(rf"{_B}قبل\s+(?P<n>يومين|ثلاثه ايام|اربعه ايام|خمسه ايام){_E}")),
    ("weekday", re.compile(rf"{_B}(?:يوم\s+)?{_DAYPART}(?P<weekday>{_WEEKDAY}){_QUAL}{_E}")),
    ("period", re.compile(rf"{_B}(?P<unit>الاسبوع|الشهر|العام|السنه)\s+(?P<qual>الماضي|المقبل|القادم|الجاري|الحالي){_E}")),
    ("year", re.compile(rf"{_B}(?:في\s+)?(?:عام|العام|سنه)\s+(?P<year>\d{{4}}){_E}")),
]
# A date after these words is a reference point ("since 2016", "on the eve of"), not the event's date.
_REFERENCE_WORDS = re.compile(r"(?:(?:منذ|عشيه|قبل|بعد|حتي|خلال)\s*|منذ(?:\s+\S+){1,4}\s+في\s+)$")
_PAST_QUALS = {"الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم"}
_FUTURE_QUALS = {"المقبل", "المقبله", "القادم", "القادمه"}
_CURRENT_QUALS = {"الجاري", "الحالي"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str
    groups: dict
    is_reference: bool


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date | None
    date_end: dt.date | None
    precision: str
    # Whether the text itself fixes the date, as opposed to a fallback.
    explicit: bool


_MONTH_LEADERS = re.compile(r"(?:في|شهر|منذ|خلال|مطلع|اواخر|اوائل|منتصف|نهايه|بدايه)\s*$")


def _is_month_expression(text: str, start: int, matched: str, groups: dict) -> bool:
    """A bare month name is also a word (مارس "practised", اب "father"): demand some context."""
    doubled = len(re.findall(_MONTH, matched)) > 1
    return doubled or bool({"qual", "year", "yearrel"} & groups.keys()) or bool(_MONTH_LEADERS.search(text[:start]))


def find_date_mentions(text: str) -> list[DateMention]:
    """Date expressions in a normalized sentence, longest first, not overlapping."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            taken.append((start, end))
            groups = {k: v for k, v in match.groupdict().items() if v}
            if kind == "month" and not _is_month_expression(text, start, match.group(0), groups):
                continue
            reference = bool(_REFERENCE_WORDS.search(text[:start]))
            found.append(DateMention(start, end, kind, groups, reference))
    return sorted(found, key=lambda m: m.start)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_weekday(on_or_before: dt.date, weekday: int) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def _next_weekday(on_or_after: dt.date, weekday: int) -> dt.date:
    return on_or_after + dt.timedelta(days=(weekday - on_or_after.weekday()) % 7)


def _direction(qual: str | None, tense: str | None) -> str | None:
    if qual in _PAST_QUALS:
        return "past"
    if qual in _FUTURE_QUALS:
        return "future"
    if qual in _CURRENT_QUALS:
        return "current"
    return tense


def _year_of(groups: dict, published: dt.date | None) -> int | None:
    if "year" in groups:
        return int(groups["year"])
    if "yearrel" in groups and published:
        return published.year + {"الماضي": -1, "المقبل": 1}.get(groups["yearqual"], 0)
    return None


def _pick_year_for_day(month: int, day: int, published: dt.date, direction: str | None) -> dt.date | None:
    candidates = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, day))]
    if direction == "past":
        past = [d for d in candidates if d <= published]
        return max(past) if past else None
    if direction == "future":
        future = [d for d in candidates if d >= published]
        return min(future) if future else None
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def _pick_year_for_month(month: int, published: dt.date, direction: str | None) -> int:
    if direction == "future":
        return published.year if month >= published.month else published.year + 1
    if direction == "current":
        return published.year
    # "في سبتمبر": the latest such month not after publication.
    return published.year if month <= published.month else published.year - 1


def resolve(mention: DateMention, published: dt.date | None, tense: str | None) -> ResolvedDate | None:
    """The date a mention stands for, or None when the text and publication date do not fix it."""
    g, kind = mention.groups, mention.kind
    direction = _direction(g.get("qual"), tense)
    if kind in ("numeric", "iso"):
        day = _safe_date(int(g["year"]), int(g["m"]), int(g["d1"]))
        return ResolvedDate(day, None, "day", True) if day else None
    if kind in ("range", "daymonth"):
        month = MONTHS[g["month"]]
        year = _year_of(g, published)
        if year is not None:
            first = _safe_date(year, month, int(g["d1"]))
        elif published:
            # Tense readings are fragile; a day and month without a year is the one nearest publication
            # unless the text says الماضي/المقبل.
            first = _pick_year_for_day(month, int(g["d1"]), published, _direction(g.get("qual"), None))
        else:
            return None
        if first is None:
            return None
        last = _safe_date(first.year, month, int(g["d2"])) if kind == "range" else None
        return ResolvedDate(first, last, "day", True)
    if kind == "month":
        month = MONTHS[g["month"]]
        year = _year_of(g, published)
        if year is None:
            if not published:
                return None
            year = _pick_year_for_month(month, published, direction)
        return ResolvedDate(dt.date(year, month, 1), None, "month", True)
    if kind == "year":
        return ResolvedDate(dt.date(int(g["year"]), 1, 1), None, "year", True)
    if not published:
        return None
    if kind == "relative":
        offset = {"اول امس": -2, "امس الاول": -2, "امس": -1, "اليوم": 0, "الليله": 0, "غدا": 1, "غد": 1, "بعد غد": 2}[g["rel"]]
        return ResolvedDate(published + dt.timedelta(days=offset), None, "day", True)
    if kind == "daysago":
        days = {"يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4, "خمسه ايام": 5}[g["n"]]
        return ResolvedDate(published - dt.timedelta(days=days), None, "day", True)
    if kind == "dayofperiod":
        step = {"الماضي": -1, "المقبل": 1}.get(g.get("qual"), 0)
        month_index = published.year * 12 + published.month - 1 + step
        day = _safe_date(month_index // 12, month_index % 12 + 1, int(g["d1"]))
        return ResolvedDate(day, None, "day", True) if day else None
    if kind == "weekday":
        weekday = WEEKDAYS[g["weekday"]]
        if g.get("qual") in _PAST_QUALS:
            day = _latest_weekday(published - dt.timedelta(days=1), weekday)
        elif g.get("qual") in _FUTURE_QUALS:
            day = _next_weekday(published + dt.timedelta(days=1), weekday)
        elif direction == "future":
            day = _next_weekday(published, weekday)
        else:
            day = _latest_weekday(published, weekday)
        return ResolvedDate(day, None, "day", True)
    if kind == "period":
        unit, qual = g["unit"], g["qual"]
        step = -1 if qual in _PAST_QUALS else (1 if qual in _FUTURE_QUALS else 0)
        if unit == "الشهر":
            month_index = published.year * 12 + published.month - 1 + step
            return ResolvedDate(dt.date(month_index // 12, month_index % 12 + 1, 1), None, "month", True)
        if unit in ("العام", "السنه"):
            return ResolvedDate(dt.date(published.year + step, 1, 1), None, "year", True)
        # A week fixes no day, month or year with certainty.
        return None
    return None


def parse_page_date(text: str) -> dt.date | None:
    """A date line written in the page ("تاريخ النشر: 19th, October 2023 GMT")."""
    import dateparser

    from events.nlp.normalize import normalize

    mentions = [m for m in find_date_mentions(normalize(text)) if m.kind in ("numeric", "iso", "daymonth")]
    if mentions:
        resolved = resolve(mentions[0], None, None)
        if resolved:
            return resolved.date
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text).replace("GMT", "").strip(" ,")
    parsed = dateparser.parse(cleaned, languages=["en", "ar"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None
