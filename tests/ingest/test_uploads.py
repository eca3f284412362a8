"""Bad uploads get a clear message on the page and leave nothing behind."""

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from events.models import Article, Batch

ARTICLE = "استقبل الرئيس الروسي فلاديمير بوتين اليوم نظيره الصيني شي جين بينغ في موسكو."


@pytest.fixture
def admin_client(client, admin_user_role):
    client.force_login(admin_user_role)
    return client


def post(client, name, data: bytes, **fields):
    return client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), **fields})


def zip_of(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def assert_refused(response, message):
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Batch.objects.count() == 0 and Article.objects.count() == 0


def test_a_zip_of_articles_becomes_a_batch_with_defaults(admin_client):
    data = zip_of({
        "a.txt": ARTICLE.encode(),
        "b.html": f"<html><body><p>{ARTICLE.replace('موسكو', 'بكين')}</p></body></html>".encode(),
        "c.json": json.dumps({"text": ARTICLE.replace("اليوم", "أمس"), "published": "2024-05-15"}).encode(),
    })
    response = post(admin_client, "batch.zip", data, source="وكالة تجريبية", published="2024-05-16")
    batch = Batch.objects.get()
    assert response.status_code == 302 and response.url == reverse("batch", args=[batch.pk])
    assert batch.articles.count() == 3
    assert sorted(str(a.published) for a in batch.articles.all()) == ["2024-05-15", "2024-05-16", "2024-05-16"]
    assert {a.source.name for a in batch.articles.all()} == {"وكالة تجريبية"}


def test_the_same_article_again_is_reported_as_duplicate(admin_client):
    post(admin_client, "one.txt", ARTICLE.encode())
    post(admin_client, "again.txt", ("  " + ARTICLE + "\n").encode())
    second = Batch.objects.order_by("pk").last()
    assert second.duplicate_count == 1 and second.articles.count() == 0
    assert Article.objects.count() == 1
    page = admin_client.get(reverse("batch", args=[second.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Duplicates" in page


@override_settings(UPLOAD_MAX_BYTES=1000)
def test_a_file_over_the_size_limit_is_refused_while_streaming(admin_client):
    assert_refused(post(admin_client, "big.txt", ARTICLE.encode() * 50), "larger than the upload limit")


def test_a_zip_bomb_is_refused(admin_client):
    assert_refused(post(admin_client, "bomb.zip", zip_of({"a.txt": b"0" * 5_000_000})), "likely zip bomb")


@pytest.mark.parametrize("member", ["../evil.txt", "/etc/evil.txt"])
def test_path_traversal_and_absolute_member_names_are_refused(admin_client, member):
    assert_refused(post(admin_client, "t.zip", zip_of({member: ARTICLE.encode()})), "unsafe member name")


def test_nested_archives_are_refused(admin_client):
    assert_refused(post(admin_client, "n.zip", zip_of({"inner.zip": zip_of({"a.txt": ARTICLE.encode()})})), "nested archive")


def test_symlinks_in_an_archive_are_refused(admin_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, "/etc/passwd")
    assert_refused(post(admin_client, "s.zip", buffer.getvalue()), "symbolic link")


def test_text_encodings_are_tried_in_order(admin_client):
    post(admin_client, "utf16.txt", ARTICLE.encode("utf-16"))
    post(admin_client, "cp1256.txt", ARTICLE.replace("اليوم", "أمس").encode("cp1256"))
    assert sorted(a.original_text for a in Article.objects.all()) == sorted([ARTICLE, ARTICLE.replace("اليوم", "أمس")])


def test_undecodable_text_is_refused(admin_client):
    assert_refused(post(admin_client, "bad.txt", b"caf\xe9 cr\xe8me br\xfbl\xe9e " * 20), "not UTF-8, UTF-16 or Windows-1256")


def test_an_empty_file_is_refused(admin_client):
    assert_refused(post(admin_client, "empty.txt", b""), "empty")


def test_malformed_json_lines_are_reported_and_the_rest_kept(admin_client):
    lines = [json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False), "{broken", json.dumps({"id": "x"})]
    post(admin_client, "lines.jsonl", "\n".join(lines).encode())
    batch = Batch.objects.get()
    assert batch.articles.count() == 1
    assert [p["name"] for p in batch.problems] == ["lines.jsonl:2", "lines.jsonl:3"]
    page = admin_client.get(reverse("batch", args=[batch.pk])).content.decode()
    assert "not valid JSON" in page and "missing `text`" in page


def test_unsupported_file_types_are_refused(admin_client):
    assert_refused(post(admin_client, "article.pdf", b"%PDF-1.4"), "unsupported file type")


def test_a_non_admin_posting_to_the_upload_url_gets_403(client, researcher):
    client.force_login(researcher)
    response = post(client, "a.txt", ARTICLE.encode())
    assert response.status_code == 403 and Article.objects.count() == 0
