"""The real Stanza pipeline on the stand-in models, on sentences written for these tests."""

import datetime as dt

import pytest

from events.nlp.extract import ExtractionError, extract_article


def events_of(text, published, lexicon):
    day = dt.date.fromisoformat(published) if published else None
    result = extract_article(text, day, lexicon)
    return [(e.type, tuple(e.actors), e.date.isoformat() if e.date else None) for e in result.events]


@pytest.mark.parametrize(
    "published, text, expected",
    [
        ("2024-03-12", "أجرى الرئيس الفرنسي إيمانويل ماكرون أمس الاثنين اتصالا هاتفيا مع نظيره الأوكراني فولوديمير زيلينسكي.",
         ("call", ("FRA", "UKR"), "2024-03-11")),
        ("2024-10-02", "التقى وزير الخارجية التركي هاكان فيدان اليوم الأربعاء في أنقرة نظيره الإيراني عباس عراقجي.",
         ("meeting", ("IRN", "TUR"), "2024-10-02")),
        ("2024-06-20", "عقد الرئيس الروسي فلاديمير بوتين قمة مع الزعيم الكوري الشمالي كيم جونغ أون أول أمس الثلاثاء في بيونغ يانغ.",
         ("summit", ("PRK", "RUS"), "2024-06-18")),
        ("2024-11-07", "وبعث الرئيس المصري عبد الفتاح السيسي برقية تهنئة إلى الرئيس الأمريكي المنتخب دونالد ترامب أمس الأربعاء.",
         ("message", ("EGY", "USA"), "2024-11-06")),
        ("2024-09-10", "ووقعت مصر وتركيا اليوم الثلاثاء اتفاقية تعاون في مجال الطاقة بحضور الرئيسين.",
         ("agreement", ("EGY", "TUR"), "2024-09-10")),
        ("2025-04-13", "انطلقت في مسقط أمس السبت جولة أولى من المفاوضات غير المباشرة بين إيران والولايات المتحدة بشأن الملف النووي.",
         ("negotiation", ("IRN", "USA"), "2025-04-12")),
        ("2024-02-15", "وأكد وزير الخارجية الصيني وانغ يي يوم الثلاثاء أن بكين ترفض الضغوط التي تمارسها واشنطن.",
         ("statement", ("CHN", "USA"), "2024-02-13")),
    ],
)
def test_each_event_type_is_found_with_its_pair_and_date(lexicon, published, text, expected):
    assert expected in events_of(text, published, lexicon)


def test_state_visit_over_a_range_of_days_has_start_and_end(lexicon):
    result = extract_article(
        "يقوم الرئيس البرازيلي لولا دا سيلفا بزيارة دولة إلى الصين بين 12 و15 نيسان.", dt.date(2023, 4, 6), lexicon
    )
    visit = result.events[0]
    assert (visit.type, visit.actors) == ("visit", ["BRA", "CHN"])
    assert (visit.date, visit.date_end) == (dt.date(2023, 4, 12), dt.date(2023, 4, 15))


@pytest.mark.parametrize(
    "published, text, date, precision",
    [
        # Past tense: the latest Wednesday on or before publication; "يعقد" (imperfect): the next one.
        ("2023-11-16", "والتقى بايدن نظيره الصيني يوم الأربعاء في سان فرانسيسكو.", "2023-11-15", "day"),
        ("2023-11-14", "ويعقد بايدن يوم الأربعاء لقاء مع نظيره الصيني في سان فرانسيسكو.", "2023-11-15", "day"),
        ("2024-05-16", "وأجرى بوتين مساء اليوم الخميس محادثات مع نظيره الصيني شي جين بينغ.", "2024-05-16", "day"),
        ("2024-05-14", "وكان بلينكن قد زار الصين في أبريل الماضي.", "2024-04-01", "month"),
        ("2024-05-14", "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي في سوتشي في أيلول 2023.", "2023-09-01", "month"),
        ("2024-05-14", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني في ١٠ آذار ٢٠٢٤.", "2024-03-10", "day"),
        ("2024-05-14", "واستقبل بوتين نظيره الصيني في موسكو في سبتمبر.", "2023-09-01", "month"),
        ("2024-05-14", "وأجرى بايدن مكالمة مع نظيره الصيني الأسبوع الماضي.", None, "day"),
    ],
)
def test_date_forms_resolve_against_publication(lexicon, published, text, date, precision):
    result = extract_article(text, dt.date.fromisoformat(published), lexicon)
    assert len(result.events) == 1
    event = result.events[0]
    assert (event.date.isoformat() if event.date else None, event.date_precision) == (date, precision)


def test_page_date_line_is_used_when_no_publication_date_is_given(lexicon):
    text = "تاريخ النشر: 19th, October 2023 GMT\nاستقبل الرئيس الروسي فلاديمير بوتين أمس نظيره الصيني شي جين بينغ في موسكو."
    assert ("summit", ("CHN", "RUS"), "2023-10-18") in events_of(text, None, lexicon)


def test_clitics_on_names_and_capitals_are_read(lexicon):
    found = events_of("وسيتوجه وبوتين لبكين في زيارة رسمية يلتقي خلالها نظيره الصيني يوم الخميس.", "2024-05-14", lexicon)
    assert found == [("visit", ("CHN", "RUS"), "2024-05-16")]


def test_counterpart_takes_the_state_of_its_adjective(lexicon):
    found = events_of("استقبل بوتين اليوم نظيره الإيراني في الكرملين.", "2023-12-07", lexicon)
    assert found == [("summit", ("IRN", "RUS"), "2023-12-07")]


@pytest.mark.parametrize(
    "text",
    [
        "نفى الكرملين أن يكون بوتين قد التقى ترامب في الأسبوع الماضي.",
        "وقال بيسكوف إن بوتين لا يستبعد لقاء زيلينسكي.",
        "وقد يلتقي بايدن نظيره الصيني في حال سمحت الظروف.",
        "وكان من المقرر أن يلتقي بايدن العاهل الأردني في عمان.",
    ],
)
def test_denied_hypothetical_and_called_off_mentions_are_not_events(lexicon, text):
    assert events_of(text, "2024-05-14", lexicon) == []


def test_announced_future_event_keeps_its_future_date(lexicon):
    found = events_of("ويلتقي الرئيس الصيني شي جين بينغ نظيره الفرنسي غدا الأربعاء في باريس.", "2024-05-07", lexicon)
    assert found == [("summit", ("CHN", "FRA"), "2024-05-08")]


def test_second_story_after_read_also_has_no_publication_date(lexicon):
    text = (
        "استقبل الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء نظيره الصيني شي جين بينغ في موسكو.\n\n"
        "إقرأ أيضاً:\n\n"
        "أجرى الرئيس الأمريكي جو بايدن أمس اتصالا هاتفيا مع نظيره الفرنسي إيمانويل ماكرون."
    )
    found = events_of(text, "2024-05-14", lexicon)
    assert ("summit", ("CHN", "RUS"), "2024-05-14") in found
    assert ("call", ("FRA", "USA"), None) in found


def test_page_furniture_is_removed_before_reading(lexicon):
    text = (
        "الرئيسية\nسياسة\nاقتصاد\n"
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم نظيره الصيني وانغ يي في فيينتيان.\n"
        "المصدر: وكالات\nكلمات دلالية: الصين، أمريكا\n"
        "مقالات مشابهة\nبوتين يلتقي أردوغان في أستانا"
    )
    result = extract_article(text, dt.date(2024, 7, 27), lexicon)
    assert [(e.type, e.actors) for e in result.events] == [("meeting", ["CHN", "USA"])]
    assert "كلمات" not in result.cleaned_text and "أردوغان" not in result.cleaned_text


def test_unknown_person_names_are_kept_for_editors(lexicon):
    result = extract_article(
        "التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو المبعوث الصيني الخاص لي هوي.", dt.date(2024, 5, 14), lexicon
    )
    assert [(e.type, e.actors) for e in result.events] == [("meeting", ["CHN", "RUS"])]
    assert [(name.text, name.label) for name in result.unknown_names] == [("لي هوي", "PER")]


@pytest.mark.parametrize("text, message", [("   ", "empty text"), ("Putin met Xi in Beijing.", "no Arabic text")])
def test_unreadable_articles_raise_a_clear_error(lexicon, text, message):
    with pytest.raises(ExtractionError, match=message):
        extract_article(text, None, lexicon)


def test_html_pages_go_through_the_body_extractor(lexicon):
    page = (
        "<html><head><meta charset='utf-8'><title>بوتين يستقبل شي</title></head><body>"
        "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/p'>سياسة</a></li></ul></nav>"
        "<article><h1>بوتين يستقبل شي في الكرملين</h1>"
        "<p>استقبل الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء في الكرملين نظيره الصيني شي جين بينغ، في مستهل زيارة دولة تستمر ثلاثة أيام.</p>"
        "<p>وبحث الرئيسان مع الوفدين التعاون في مجال الطاقة والتجارة بين البلدين.</p></article>"
        "<footer>جميع الحقوق محفوظة © 2023</footer></body></html>"
    )
    result = extract_article(page, dt.date(2023, 3, 21), lexicon)
    assert ("visit", ["CHN", "RUS"], dt.date(2023, 3, 21)) in [(e.type, e.actors, e.date) for e in result.events]
    assert "<p>" not in result.cleaned_text and "الرئيسية" not in result.cleaned_text


def test_joint_statement_of_coordinated_subjects_is_their_agreement(lexicon):
    found = events_of(
        "أعلنت المملكة العربية السعودية وإيران أمس الجمعة في بيان ثلاثي مشترك مع الصين الاتفاق على استئناف العلاقات.",
        "2023-03-11", lexicon,
    )
    assert ("agreement", ("IRN", "SAU"), "2023-03-10") in found


def test_a_long_title_ending_in_a_demonym_names_the_state(lexicon):
    found = events_of(
        "وعقدت اليوم في بكين مباحثات بين مستشار الأمن الوطني السعودي وأمين المجلس الأعلى للأمن القومي الإيراني.",
        "2023-03-10", lexicon,
    )
    assert [(t, pair) for t, pair, _ in found] == [("meeting", ("IRN", "SAU"))]
