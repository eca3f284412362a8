"""Event-type lexicon and the cues that make a mention hypothetical, negated or called off.

Forms are matched on the token with its clitics set aside (surface) and on Stanza's lemma;
both are normalized. Surface forms cover the common conjugations because the lemmatizer of
the stand-in models is right only about 86% of the time.
"""

import re

from events.nlp.normalize import normalize


def _forms(text: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in text.split())


SURFACE = {
    "meeting": _forms("""
        اجتمع اجتمعا اجتمعت يجتمع تجتمع يجتمعان اجتماع اجتماعا الاجتماع اجتماعات الاجتماعات اجتماعه اجتماعهما
        التقى التقيا التقت يلتقي تلتقي يلتقيان لقاء لقاءا اللقاء لقائه لقائها لقائهما لقاءات اللقاءات
        مباحثات المباحثات مباحثاته محادثات المحادثات محادثاته محادثاتهما بحث بحثا يبحث تبحث يبحثان
        استقبل استقبلت يستقبل تستقبل استقبال استقباله جلسة
    """),
    "summit": _forms("قمة القمة قمتها قمتهما قمم"),
    "visit": _forms("""
        زيارة الزيارة زيارته زيارتها زيارات زار زارت يزور تزور وصل وصلت وصوله وصولها
    """),
    "negotiation": _forms("مفاوضات المفاوضات التفاوض مشاورات المشاورات جولة الجولة جولات جولتين"),
    "call": _forms("""
        مكالمة المكالمة مكالمات محادثة المحادثة هاتفي هاتفيا هاتفية الهاتفي الهاتفية الهاتفيه اتصل اتصلت يتصل
    """),
    "statement": _forms("""
        قال قالت يقول تقول صرح صرحت تصريح تصريحات التصريحات أكد أكدت يؤكد تؤكد أعرب أعربت يعرب أعلن أعلنت
        أوضح أوضحت أضاف أضافت شدد شددت دعا دعت حذر حذرت انتقد انتقدت أدان أدانت ندد نددت رحب رحبت أشار أشارت
        أفاد أفادت ذكر ذكرت كتب كتبت بيان البيان بيانا
    """),
    "message": _forms("""
        رسالة الرسالة رسالته رسائل برقية البرقية برقيات تهنئة التهنئة تهنئته التهاني عزى يعزي تعزية التعزية تعازي
        يهنئ
    """),
    "agreement": _forms("""
        اتفاق الاتفاق اتفاقا اتفاقية الاتفاقية اتفاقيات الاتفاقيات مذكرة مذكرات معاهدة المعاهدة اتفقا اتفقت اتفق
        إعلان إعلانا الإعلان
    """),
}
LEMMAS = {
    "meeting": _forms("اجتمع اجتماع التقى لقاء مباحثة استقبل استقبال"),
    "summit": _forms("قمة"),
    "visit": _forms("زيارة زار"),
    "negotiation": _forms("مفاوضة تفاوض مشاورة"),
    "call": _forms("مكالمة هاتفي"),
    "statement": _forms("قال صرح تصريح أكد أعرب أعلن أوضح أضاف شدد دعا حذر انتقد أدان ندد رحب بيان"),
    "message": _forms("رسالة برقية تهنئة عزى تعزية"),
    "agreement": _forms("اتفاق اتفاقية معاهدة اتفق"),
}
# "هنأ" normalizes to "هنا" (here): congratulations are read on the unnormalized hamza form.
HAMZA_SURFACE = {"message": frozenset({"هنأ", "هنأت", "هنأه", "وهنأ", "وهنأت"})}

# "اتصال" is a call only when someone makes or receives it; "قنوات الاتصال" is not a call.
CALL_NOUNS = _forms("اتصال اتصالا الاتصال اتصالات الاتصالات اتصالاته")
CALL_VERBS = _forms("أجرى أجرت أجريا يجري تجري سيجري جرى تلقى تلقت يتلقى تلقيا")
# Signing turns "اتفاق" from a topic into an agreement.
SIGN_WORDS = _forms("وقع وقعا وقعت يوقع توقع توقيع التوقيع أبرم أبرما إبرام تبادل تبادلا وثائق شهدا")
AGREEMENT_VERBS = _forms("اتفقا اتفقت اتفق")
JOINT_WORDS = _forms("مشترك مشتركا المشترك")

# Cues in the few words before a trigger that make it not (yet) an event.
NEGATION_CUES = _forms("""
    لا لم لن ليس ليست يستبعد تستبعد ربما يمكن ممكن محتمل احتمال تأجيل أرجأ أرجأت
    إرجاء ألغى ألغت إلغاء رفض رفضت دون بدون عدم
""")
EVE_CUES = _forms("عشية قبيل")
DENIAL_CUES = _forms("نفى نفت ينفي تنفي نفي ونفى ونفت")
CONDITION_CUES = _forms("إذا لو")
DISCUSS_VERBS = _forms("بحث بحثا يبحث تبحث يبحثان")
# "لبحث ..." (in order to discuss) names a purpose, not an exchange.
PURPOSE_FORMS = _forms("لبحث لمناقشة")
# "كان من المقرر أن ..." (was to have): the plan, not the event.
CALLED_OFF = re.compile(r"(?:^|\s)و?كان\s+من\s+المقرر(?:\s|$)")
# Cues that make an event hypothetical rather than denied; a statement about one reports nothing.
HYPOTHETICAL_CUES = _forms("يستبعد تستبعد ربما يمكن ممكن محتمل احتمال إذا لو حال")
# "قد" is "may" before an imperfect verb and "had" before a perfect one (وكان قد وصل).
MAY_CUE = normalize("قد")
KANA_FORMS = _forms("كان كانت كانا وكان وكانت")
FUTURE_CUES = _forms("سوف المقبل المقبلة القادم القادمة غدا المرتقب المرتقبة يعتزم تعتزم يستعد تستعد يعتزمان")

TYPE_GROUP = {
    "meeting": "meet", "summit": "meet", "visit": "meet", "negotiation": "meet",
    "call": "call", "statement": "statement", "message": "message", "agreement": "agreement",
}
# Within the "meet" group, the most specific reading wins.
MEET_PRIORITY = ["visit", "summit", "negotiation", "meeting"]


# Past-tense forms of trigger verbs: read off the word when the tagger misses the verb.
PAST_FORMS = _forms("""
    قال قالت أكد أكدت أعرب أعربت أعلن أعلنت أوضح أوضحت أضاف أضافت صرح صرحت شدد شددت دعا دعت حذر حذرت
    التقى التقت التقيا اجتمع اجتمعت اجتمعا استقبل استقبلت زار زارت وصل وصلت عقد عقدت عقدا أجرى أجرت أجريا
    بحث بحثا وقع وقعت وقعا هنأ بعث بعثت تلقى تلقت
""")


def trigger_types(forms: list[str], lemma: str | None, raw: str) -> set[str]:
    """Event types a token may trigger, from the forms it may stand for, its lemma and its raw text."""
    found = {t for t, words in SURFACE.items() for form in forms if form in words}
    if lemma:
        found |= {t for t, words in LEMMAS.items() if lemma in words}
    found |= {t for t, words in HAMZA_SURFACE.items() if raw in words}
    return found
