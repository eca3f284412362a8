import datetime as dt

import pytest

from events.models import Actor, Office
from events.nlp.actors import find_actor_mentions, token_forms


def forms(text):
    return [token_forms(word, [word]) for word in text.split()]


def test_alias_with_conjunction_and_bare_alias_reach_the_same_actor(lexicon):
    with_clitic = find_actor_mentions([token_forms("وبوتين", ["و", "بوتين"])], lexicon)
    bare = find_actor_mentions(forms("بوتين"), lexicon)
    assert [m.entry.code for m in with_clitic] == [m.entry.code for m in bare] == ["putin"]


def test_xi_spellings_reach_one_person(lexicon):
    for spelling in ("شي جين بينغ", "شي جينبينغ", "شي جين بينج"):
        assert [m.entry.code for m in find_actor_mentions(forms(spelling), lexicon)] == ["xi-jinping"]


def test_demonyms_and_capitals_point_to_states(lexicon):
    text = "قال الرئيس الصيني إن بكين والكرملين يتفقان"
    codes = [m.entry.code for m in find_actor_mentions(forms(text), lexicon)]
    assert codes == ["CHN", "CHN", "RUS"]


def test_demonym_outside_an_official_context_is_not_an_actor(lexicon):
    assert find_actor_mentions(forms("الحرب الروسية"), lexicon) == []


@pytest.mark.django_db
def test_us_foreign_minister_is_blinken_in_2024_and_rubio_in_2025(lexicon):
    assert lexicon.resolve_title("وزير الخارجية الأمريكي", dt.date(2024, 7, 27)) == ("blinken", "USA")
    assert lexicon.resolve_title("وزير الخارجية الأمريكي", dt.date(2025, 3, 1)) == ("rubio", "USA")
    usa = Actor.objects.get(code="USA")
    assert Office.objects.holder(state=usa, role="foreign_minister", on=dt.date(2024, 7, 27)).code == "blinken"
    assert Office.objects.holder(state=usa, role="foreign_minister", on=dt.date(2025, 3, 1)).code == "rubio"


@pytest.mark.django_db
def test_a_person_acts_for_the_state_of_their_office_on_the_day():
    blinken = Actor.objects.get(code="blinken")
    assert blinken.state_on(dt.date(2024, 7, 27)).code == "USA"


@pytest.mark.django_db
def test_dictionary_covers_every_un_member_and_the_people_in_the_seed_pages():
    assert Actor.objects.states().count() >= 193
    for name in ["جون كيربي", "بلينكن", "وانغ يي", "ميخائيل بوغدانوف", "تشاي جون", "ماريا زاخاروفا", "ديمتري بيسكوف", "وانغ وينبين"]:
        assert Actor.objects.matching_alias(name).exists(), name
