import csv
import datetime as dt
import io
import json

import pytest
from django.contrib.auth.models import Group, User

from events.models import Actor, Article, Event, Mention, Participant, Source

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]

EVENTS = [
    ("summit", dt.date(2023, 11, 15), "عقد الرئيس الأمريكي جو بايدن قمة مع نظيره الصيني شي جين بينغ في سان فرانسيسكو."),
    ("call", dt.date(2024, 4, 2), "أجرى بايدن اتصالا هاتفيا مع نظيره الصيني شي جين بينغ."),
    ("meeting", dt.date(2024, 7, 27), "التقى بلينكن نظيره الصيني وانغ يي في فيينتيان."),
]


@pytest.fixture
def researcher_login(login):
    user = User.objects.create_user("reader", password="reader-pass-1")
    user.groups.add(Group.objects.get(name="researcher"))
    return lambda: login("reader", "reader-pass-1")


@pytest.fixture
def pair_events():
    usa, chn = Actor.objects.get(code="USA"), Actor.objects.get(code="CHN")
    source = Source.objects.create(name="وكالة الاختبار")
    made = []
    for kind, day, sentence in EVENTS:
        article = Article.objects.create(original_text=sentence, cleaned_text=sentence, published=day, source=source, state="done")
        event = Event.objects.create(type=kind, date=day, confidence=0.8)
        Participant.objects.create(event=event, actor=usa, role="initiator")
        Participant.objects.create(event=event, actor=chn, role="recipient")
        event.refresh_pair()
        Mention.objects.create(event=event, article=article, evidence=sentence, start=0, end=len(sentence))
        made.append(event)
    return made


def table_dates(page):
    return page.locator("#events-table tbody tr td:first-child").all_inner_texts()


def test_researcher_browses_filters_goes_back_opens_an_event_and_exports(researcher_login, pair_events, live_server):
    page = researcher_login()
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.click("table.data a:has-text(\"CHN–USA\")")
    page.wait_for_url("**/pairs/CHN-USA/")
    page.wait_for_selector("#timeline-chart .main-svg")
    assert len(table_dates(page)) == 3
    assert page.locator("#timeline-chart .point").count() == 3

    page.check("input[name=type][value=call]")
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 1")
    assert "type=call" in page.url
    page.wait_for_function("document.querySelectorAll('#timeline-chart .point').length === 1")
    assert len(table_dates(page)) == 1

    with page.expect_download() as csv_download:
        page.click("#export-csv")
    rows = list(csv.reader(io.StringIO(open(csv_download.value.path(), encoding="utf-8-sig").read())))
    assert rows[0][:5] == ["id", "date", "date_end", "precision", "type"]
    assert [(r[4], r[5], r[6]) for r in rows[1:]] == [("call", "USA", "CHN")]

    with page.expect_download() as jsonl_download:
        page.click("#export-jsonl")
    lines = [json.loads(line) for line in open(jsonl_download.value.path(), encoding="utf-8")]
    assert [(l["event"], l["mode"], l["actor"], l["recipient"]) for l in lines] == [("CONSULT", "phone", "USA", "CHN")]
    assert lines[0]["source"] == "وكالة الاختبار" and "اتصالا هاتفيا" in lines[0]["event_text"]

    page.go_back()
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 3")
    assert "type=call" not in page.url

    page.locator("#events-table tbody tr").first.locator("a").click()
    page.wait_for_url("**/events/*/")
    assert "سان فرانسيسكو" in page.locator("blockquote mark").inner_text()
