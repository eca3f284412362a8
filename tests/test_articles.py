import pytest
from django.db import IntegrityError

from events.ingest.services import DuplicateArticle, article_create
from events.models import Article


@pytest.mark.django_db
def test_an_article_with_the_same_content_is_refused():
    first = article_create(text="التقى بوتين   شي في بكين.")
    with pytest.raises(DuplicateArticle) as refused:
        article_create(text="التقى بوتين شي في بكين.")
    assert refused.value.existing == first
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_the_database_itself_refuses_a_second_copy():
    Article.objects.create(original_text="نص الخبر.")
    with pytest.raises(IntegrityError):
        Article.objects.create(original_text="نص  الخبر.")
