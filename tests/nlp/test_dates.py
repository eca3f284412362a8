"""Date expressions against a publication date (pure rules, no Stanza)."""

import datetime as dt

import pytest

from events.nlp.dates import find_date_mentions, parse_page_date, resolve
from events.nlp.normalize import normalize

THURSDAY = dt.date(2024, 5, 16)


def read(text, tense="past", published=THURSDAY):
    mentions = [m for m in find_date_mentions(normalize(text)) if not m.is_reference]
    resolved = resolve(mentions[0], published, tense) if mentions else None
    return (resolved.date, resolved.date_end, resolved.precision) if resolved else None


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        ("اليوم الخميس", "past", (THURSDAY, None, "day")),
        ("أمس", "past", (dt.date(2024, 5, 15), None, "day")),
        ("أول أمس", "past", (dt.date(2024, 5, 14), None, "day")),
        ("أمس الأول", "past", (dt.date(2024, 5, 14), None, "day")),
        ("قبل يومين", "past", (dt.date(2024, 5, 14), None, "day")),
        ("يوم الثلاثاء", "past", (dt.date(2024, 5, 14), None, "day")),
        ("يوم الثلاثاء", "future", (dt.date(2024, 5, 21), None, "day")),
        ("السبت الماضي", "future", (dt.date(2024, 5, 11), None, "day")),
        ("الجمعة المقبلة", "past", (dt.date(2024, 5, 17), None, "day")),
        ("مساء اليوم الخميس", "past", (THURSDAY, None, "day")),
        ("بين 20 و22 مارس", "future", (dt.date(2024, 3, 20), dt.date(2024, 3, 22), "day")),
        ("في سبتمبر", "past", (dt.date(2023, 9, 1), None, "month")),
        ("في يوليو/تموز الماضي", "past", (dt.date(2023, 7, 1), None, "month")),
        ("في كانون الثاني 2021", "past", (dt.date(2021, 1, 1), None, "month")),
        ("يناير كانون الثاني 2021", "past", (dt.date(2021, 1, 1), None, "month")),
        ("في ١١ أكتوبر/تشرين الأول الماضي", "past", (dt.date(2023, 10, 11), None, "day")),
        ("أكتوبر/تشرين الأول من العام الماضي", "past", (dt.date(2023, 10, 1), None, "month")),
        ("الشهر الماضي", "past", (dt.date(2024, 4, 1), None, "month")),
        ("يوم 12 من الشهر الجاري", "past", (dt.date(2024, 5, 12), None, "day")),
        ("في عام 2019", "past", (dt.date(2019, 1, 1), None, "year")),
        ("19/10/2023", "past", (dt.date(2023, 10, 19), None, "day")),
    ],
)
def test_date_expressions(text, tense, expected):
    assert read(text, tense) == expected


def test_a_week_fixes_no_day():
    assert read("الأسبوع الماضي") is None


def test_relative_dates_need_a_publication_date():
    assert read("أمس", published=None) is None
    assert read("19 أكتوبر 2023", published=None) == (dt.date(2023, 10, 19), None, "day")


def test_since_marks_a_reference_point_not_the_event_date():
    assert read("منذ عام 2016") is None


def test_month_names_need_context_to_be_dates():
    assert find_date_mentions(normalize("مارس الضغط على الحكومة")) == []


def test_page_date_line():
    assert parse_page_date("19th, October 2023 GMT") == dt.date(2023, 10, 19)
