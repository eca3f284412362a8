"""Arabic normalization shared by alias matching, trigger lexicons and content hashing."""

import re
import unicodedata

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
# Bidi marks and other format characters change nothing a reader sees but break matching.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\x00]")
_CHAR_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        # Persian/Urdu code points that Arabic pages often carry (see the seeds: رئیس, أکثر).
        "ی": "ي", "ک": "ك", "ۀ": "ه",
        # Arabic-Indic and Persian digits read as the digits they are.
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def normalize(text: str) -> str:
    """Fold the spelling variants Arabic news uses for one word into one form."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return text.translate(_CHAR_MAP)


def normalize_phrase(text: str) -> str:
    """Normalize and collapse spacing; the form aliases and lexicon entries are stored in."""
    return " ".join(normalize(text).split())


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


# Clitics written onto a word: conjunction, then preposition; "لل" is ل + ال with the alef dropped.
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def clitic_variants(token: str) -> list[str]:
    """The forms a normalized written token may stand for once its proclitics are removed.

    Stanza's mwt splits most clitics; this is the fallback for the words it leaves whole.
    """
    variants = [token]
    for prefix in _PROCLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            rest = token[len(prefix):]
            if rest.startswith("ل") and prefix.endswith("ل"):
                variants.append("ا" + rest)
            variants.append(rest)
    return variants
