from events.nlp.actors import token_forms
from events.nlp.normalize import clitic_variants, normalize, normalize_phrase


def test_spelling_variants_of_one_name_normalize_alike():
    assert normalize_phrase("أنتوني  بلينكن") == normalize_phrase("انتوني بلينكن")
    assert normalize("الرئيسة") == normalize("الرئيسه")
    assert normalize("مصطفى") == normalize("مصطفي")
    assert normalize("بُوتِين") == normalize("بوتـــين") == "بوتين"


def test_arabic_indic_digits_become_ascii():
    assert normalize("١١ أكتوبر ٢٠٢٣") == "11 اكتوبر 2023"


def test_bidi_controls_and_nul_are_dropped():
    assert normalize("\u202bبوتين\u202c\x00") == "بوتين"


def test_clitics_are_set_aside():
    assert "بوتين" in clitic_variants(normalize("وبوتين"))
    assert "الصين" in clitic_variants(normalize("للصين"))
    assert token_forms("لبكين", ["ل", "بكين"]).core == "بكين"
    assert token_forms("نظيره", ["نظير", "ه"]).has_pronoun_suffix


def test_trailing_punctuation_does_not_hide_a_name():
    assert token_forms("السيسي،", ["السيسي،"]).core == "السيسي"
