import datetime as dt

import pytest
from django.contrib.auth.models import Group, User

from events.models import Actor, Alias, Article, Event, EventStatus, Mention, Participant, UnknownName

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]


@pytest.fixture
def editor_login(login):
    for name in ("ed1", "ed2"):
        user = User.objects.create_user(name, password=f"{name}-pass-9")
        user.groups.add(Group.objects.get(name="editor"))
    return lambda name="ed1": login(name, f"{name}-pass-9")


def make_event(kind, day, sentence, confidence=0.5):
    usa, chn = Actor.objects.get(code="USA"), Actor.objects.get(code="CHN")
    article = Article.objects.create(original_text=sentence, cleaned_text=sentence, published=day, state="done")
    event = Event.objects.create(type=kind, date=day, confidence=confidence)
    Participant.objects.create(event=event, actor=usa, role="initiator")
    Participant.objects.create(event=event, actor=chn, role="recipient")
    event.refresh_pair()
    Mention.objects.create(event=event, article=article, evidence=sentence, start=0, end=len(sentence))
    return event


def test_inline_edit_saves_without_reload_and_shows_in_history(editor_login, live_server):
    event = make_event("meeting", dt.date(2024, 7, 27), "التقى بلينكن نظيره الصيني وانغ يي في فيينتيان.")
    page = editor_login()
    page.goto(f"{live_server.url}/events/{event.pk}/")
    page.evaluate("window.notReloaded = true")
    page.select_option(".correction-form select[name=type]", "summit")
    page.fill(".correction-form input[name=location]", "فيينتيان")
    page.fill(".correction-form input[name=comment]", "قمة على هامش آسيان")
    page.click(".correction-form button[type=submit]")
    page.wait_for_selector(".correction .saved")
    assert page.evaluate("window.notReloaded") is True
    event.refresh_from_db()
    assert (event.type, event.location) == ("summit", "فيينتيان")
    page.reload()
    assert "ed1" in page.locator("#history").inner_text()


def test_invalid_input_rerenders_the_form_with_the_error(editor_login, live_server):
    event = make_event("meeting", dt.date(2024, 7, 27), "التقى بلينكن نظيره الصيني.")
    page = editor_login()
    page.goto(f"{live_server.url}/events/{event.pk}/")
    page.fill(".correction-form input[name=date_end]", "2024-07-01")
    page.click(".correction-form button[type=submit]")
    page.wait_for_selector(".correction .errorlist")
    assert Event.objects.get(pk=event.pk).date_end is None


def test_review_queue_verifies_and_rejects_with_the_keyboard(editor_login, live_server):
    low = make_event("call", dt.date(2024, 4, 2), "أجرى بايدن اتصالا هاتفيا مع شي.", confidence=0.3)
    high = make_event("summit", dt.date(2023, 11, 15), "عقد بايدن قمة مع شي.", confidence=0.9)
    page = editor_login()
    page.goto(f"{live_server.url}/review/")
    assert page.locator(".review-row").first.get_attribute("id") == f"review-{low.pk}"
    page.wait_for_function(f"document.activeElement.id === 'review-{low.pk}'")
    page.keyboard.press("v")
    page.wait_for_function(f"document.querySelector('#review-{low.pk}').dataset.status === 'verified'")
    page.wait_for_function(f"document.activeElement.id === 'review-{high.pk}'")
    page.keyboard.press("r")
    page.wait_for_function(f"document.querySelector('#review-{high.pk}').dataset.status === 'rejected'")
    assert Event.objects.get(pk=low.pk).status == EventStatus.VERIFIED
    assert Event.objects.get(pk=high.pk).status == EventStatus.REJECTED


def test_merge_moves_mentions_and_the_old_url_redirects(editor_login, live_server):
    first = make_event("summit", dt.date(2023, 11, 15), "عقد بايدن قمة مع شي في سان فرانسيسكو.")
    second = make_event("meeting", dt.date(2023, 11, 15), "التقى بايدن شي في كاليفورنيا.")
    page = editor_login()
    page.goto(f"{live_server.url}/events/{second.pk}/")
    page.fill("#merge-into", str(first.pk))
    page.click("#merge button[type=submit]")
    page.wait_for_url(f"**/events/{first.pk}/")
    assert page.locator(".mentions > li").count() == 2
    page.goto(f"{live_server.url}/events/{second.pk}/")
    assert page.url.endswith(f"/events/{first.pk}/")


def test_mapping_an_unknown_name_to_an_actor(editor_login, live_server):
    article = Article.objects.create(original_text="نص", cleaned_text="نص", state="done")
    UnknownName.objects.create(text="لي هوي", label="PER", article=article, context="التقى لافروف المبعوث الصيني لي هوي.")
    page = editor_login()
    page.goto(f"{live_server.url}/unknown-names/")
    assert "لي هوي" in page.locator("#unknown-names").inner_text()
    page.fill(".map-form input[name=actor]", "CHN")
    page.uncheck(".map-form input[name=reprocess]")
    page.click(".map-form button[value=map]")
    page.wait_for_selector(".saved")
    assert Alias.objects.filter(actor__code="CHN", text="لي هوي").exists()
    assert "لي هوي" not in page.locator("#unknown-names").inner_text()


def test_second_editor_is_told_what_the_first_changed(editor_login, live_server):
    event = make_event("meeting", dt.date(2024, 7, 27), "التقى بلينكن نظيره الصيني وانغ يي.")
    first, second = editor_login("ed1"), editor_login("ed2")
    for page in (first, second):
        page.goto(f"{live_server.url}/events/{event.pk}/")
    first.select_option(".correction-form select[name=type]", "summit")
    first.click(".correction-form button[type=submit]")
    first.wait_for_selector(".correction .saved")
    second.fill(".correction-form input[name=location]", "بكين")
    second.click(".correction-form button[type=submit]")
    second.wait_for_selector(".conflict")
    assert "type" in second.locator(".conflict").inner_text() and "summit" in second.locator(".conflict").inner_text()
    event.refresh_from_db()
    assert (event.type, event.location) == ("summit", "")


def test_inline_edit_from_the_pair_table(editor_login, live_server):
    event = make_event("meeting", dt.date(2024, 7, 27), "التقى بلينكن نظيره الصيني وانغ يي في فيينتيان.")
    page = editor_login()
    page.goto(f"{live_server.url}/pairs/CHN-USA/")
    page.click(f"#status-{event.pk} .edit-inline")
    page.wait_for_selector(f"#edit-slot-{event.pk} .correction-form")
    page.fill(f"#edit-slot-{event.pk} input[name=date]", "2024-07-26")
    page.click(f"#edit-slot-{event.pk} .correction-form button[type=submit]")
    page.wait_for_selector(f"#edit-slot-{event.pk} .saved")
    assert Event.objects.get(pk=event.pk).date == dt.date(2024, 7, 26)
