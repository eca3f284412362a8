"""Page cleaning: from a noisy page (text or HTML) to the stories it carries.

News pages wrap the story in menus, headline lists, tag lines and share prompts, and
often append an unrelated second story after "اقرأ أيضا". The second story is kept as
its own text because its publication date is not the page's.
"""

import datetime as dt
import re
from dataclasses import dataclass

from events.nlp.normalize import has_arabic, normalize, strip_invisible

_READ_ALSO = re.compile(r"^\s*(اقرا|إقرا|اقرأ|إقرأ)\s+(ايضا|أيضا|أيضاً|ايضاً)\s*[:：]?\s*$")
# Lines that end the story body: after them come lists, comments and footers.
_END_MARKERS = (
    "مقالات مشابهه", "مقالات ذات صله", "اخبار ذات صله", "الاكثر قراءه", "الاكثر مشاهده", "شاهد ايضا",
    "التعليقات", "اضف تعليق", "اترك تعليقا", "اخترنا لك", "المزيد من الاخبار", "اخر الاخبار",
)
# Lines that are page furniture wherever they appear.
_NOISE_PREFIXES = (
    "المصدر", "كلمات دلاليه", "كلمات مفتاحيه", "الوسوم", "وسوم", "شارك الخبر", "شارك", "تابعونا", "تابعوا",
    "اقرا المزيد", "مشاركه", "تاريخ النشر", "اخر تحديث", "رابط مختصر", "طباعه", "حمل تطبيق",
)
_BULLET = re.compile(r"^\s*[•·▪●◦\-–*]\s*")
_SENTENCE_END = re.compile(r"[.!؟?:»\"”…]\s*$")
_PUBLISHED_LINE = re.compile(r"تاريخ النشر\s*[:：]?\s*(.+)$")
_MIN_WORDS_UNPUNCTUATED = 14


@dataclass(frozen=True)
class Story:
    text: str
    # Offset of this story in the cleaned text of the whole page.
    offset: int
    # The page's publication date applies to the main story only.
    is_main: bool


@dataclass(frozen=True)
class CleanPage:
    text: str
    stories: list[Story]
    published_in_page: dt.date | None


def html_to_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<p>" in head or "<div" in head


def _is_noise(line: str) -> bool:
    key = normalize(line).strip(" :：-–|")
    if not key or not has_arabic(key):
        return True
    if any(key.startswith(prefix) for prefix in _NOISE_PREFIXES):
        return True
    if _BULLET.match(line):
        return True
    # Headlines, menu items and captions: short lines with no sentence-final punctuation.
    return not _SENTENCE_END.search(line) and len(line.split()) < _MIN_WORDS_UNPUNCTUATED


def _is_end_marker(line: str) -> bool:
    key = normalize(line).strip(" :：-–|")
    return any(key == marker or key.startswith(marker + " ") for marker in _END_MARKERS)


def _body_lines(lines: list[str]) -> list[str]:
    body = []
    for line in lines:
        # Menus above the story repeat the same words ("الأكثر قراءة"); only below it do they end it.
        if _is_end_marker(line) and body:
            break
        if not _is_noise(line):
            body.append(line.strip())
    return body


def find_published_in_page(text: str) -> str | None:
    for line in text.splitlines():
        match = _PUBLISHED_LINE.search(strip_invisible(line))
        if match:
            return match.group(1).strip()
    return None


def clean_page(raw: str) -> CleanPage:
    from events.nlp.dates import parse_page_date

    raw = strip_invisible(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if looks_like_html(raw):
        raw = html_to_text(raw)
    published_text = find_published_in_page(raw)
    parts: list[list[str]] = [[]]
    for line in raw.split("\n"):
        if _READ_ALSO.match(normalize(line)):
            parts.append([])
        else:
            parts[-1].append(line)
    stories, chunks, offset = [], [], 0
    for index, lines in enumerate(parts):
        body = _body_lines(lines)
        if not body:
            continue
        text = "\n".join(body)
        if chunks:
            offset += 2
        stories.append(Story(text=text, offset=offset, is_main=index == 0))
        chunks.append(text)
        offset += len(text)
    return CleanPage(
        text="\n\n".join(chunks),
        stories=stories,
        published_in_page=parse_page_date(published_text) if published_text else None,
    )
