import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_interface_is_arabic_and_right_to_left_by_default(client, researcher):
    client.force_login(researcher)
    page = client.get(reverse("home")).content.decode()
    assert 'lang="ar" dir="rtl"' in page and "أزواج الدول" in page


def test_a_reader_can_switch_to_english_left_to_right(client, researcher):
    client.force_login(researcher)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("home")).content.decode()
    assert 'lang="en" dir="ltr"' in page and "State pairs" in page
