"""Upload formats: a .zip of .txt/.html/.json files, a .jsonl file, or a single .txt/.html file.

Every refusal raises UploadError with a message for the page; nothing is stored before the
whole upload has been read.
"""

import datetime as dt
import io
import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

MAX_MEMBERS = 5000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
TEXT_SUFFIXES = {".txt", ".html", ".htm", ".json"}


class UploadError(ValueError):
    pass


@dataclass
class ArticleInput:
    text: str
    name: str
    title: str = ""
    url: str = ""
    published: dt.date | None = None
    source: str = ""
    external_id: str = ""


@dataclass
class LineError:
    name: str
    message: str


def decode(data: bytes, name: str) -> str:
    """UTF-8, then UTF-16 with a BOM, then Windows Arabic (cp1256); else the file is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise UploadError(f"{name}: not UTF-8, UTF-16 or Windows-1256 text") from None
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        raise UploadError(f"{name}: not UTF-8, UTF-16 or Windows-1256 text")
    return text


def _parse_date(value, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise UploadError(f"{name}: `published` is not an ISO date: {value!r}") from None


def article_from_json(row, name: str) -> ArticleInput:
    if not isinstance(row, dict):
        raise UploadError(f"{name}: a JSON article must be an object")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UploadError(f"{name}: missing `text`")
    return ArticleInput(
        text=text, name=name, title=str(row.get("title") or ""), url=str(row.get("url") or ""),
        published=_parse_date(row.get("published"), name), source=str(row.get("source") or ""),
        external_id=str(row.get("id") or ""),
    )


def _single(name: str, data: bytes) -> ArticleInput:
    suffix = PurePosixPath(name).suffix.lower()
    if not data.strip():
        raise UploadError(f"{name}: empty file")
    text = decode(data, name)
    if suffix == ".json":
        try:
            row = json.loads(text)
        except json.JSONDecodeError as error:
            raise UploadError(f"{name}: not valid JSON ({error.msg})") from None
        return article_from_json(row, name)
    return ArticleInput(text=text, name=name)


def _jsonl(name: str, data: bytes) -> tuple[list[ArticleInput], list[LineError]]:
    articles, errors = [], []
    for number, line in enumerate(decode(data, name).splitlines(), 1):
        if not line.strip():
            continue
        try:
            articles.append(article_from_json(json.loads(line), f"{name}:{number}"))
        except json.JSONDecodeError as error:
            errors.append(LineError(f"{name}:{number}", f"not valid JSON ({error.msg})"))
        except UploadError as error:
            errors.append(LineError(f"{name}:{number}", str(error).split(": ", 1)[-1]))
    if not articles and not errors:
        raise UploadError(f"{name}: empty file")
    return articles, errors


def _zip(name: str, data: bytes) -> tuple[list[ArticleInput], list[LineError]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UploadError(f"{name}: not a readable zip archive") from None
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise UploadError(f"{name}: {len(members)} files; at most {MAX_MEMBERS} per archive")
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UploadError(f"{name}: unpacks to {total} bytes; the limit is {MAX_TOTAL_UNCOMPRESSED}")
    for member in members:
        path = PurePosixPath(member.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or member.filename.startswith("/") or ":" in path.parts[0]:
            raise UploadError(f"{name}: unsafe member name {member.filename!r}")
        if stat.S_ISLNK(member.external_attr >> 16):
            raise UploadError(f"{name}: {member.filename} is a symbolic link")
        if path.suffix.lower() in {".zip", ".gz", ".tar", ".7z", ".rar", ".bz2", ".xz"}:
            raise UploadError(f"{name}: nested archive {member.filename} is not accepted")
        if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
            raise UploadError(f"{name}: {member.filename} is compressed {member.file_size // member.compress_size}:1, a likely zip bomb")
    articles, errors = [], []
    for member in members:
        suffix = PurePosixPath(member.filename).suffix.lower()
        if suffix not in TEXT_SUFFIXES:
            errors.append(LineError(member.filename, "unsupported file type (use .txt, .html or .json)"))
            continue
        with archive.open(member) as handle:
            content = handle.read(member.file_size + 1)
        if len(content) > member.file_size:
            raise UploadError(f"{name}: {member.filename} is larger than its header says")
        try:
            articles.append(_single(member.filename, content))
        except UploadError as error:
            errors.append(LineError(member.filename, str(error).split(": ", 1)[-1]))
    return articles, errors


def read_upload(name: str, data: bytes) -> tuple[list[ArticleInput], list[LineError]]:
    """Articles in an upload, and the per-file or per-line problems that did not stop the rest."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".zip":
        return _zip(name, data)
    if suffix == ".jsonl":
        return _jsonl(name, data)
    if suffix in TEXT_SUFFIXES:
        return [_single(name, data)], []
    raise UploadError(f"{name}: unsupported file type (upload .zip, .jsonl, .txt, .html or .json)")
