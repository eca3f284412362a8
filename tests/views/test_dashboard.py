
import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client, researcher):
    client.force_login(researcher)
    return client


@pytest.fixture
def many_events():
    call_command("generate_events", "3000", verbosity=0)


def test_pair_page_uses_a_bounded_number_of_queries(reader, many_events, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        response = reader.get(reverse("pair", args=["CHN-USA"]))
    assert response.status_code == 200


def test_query_count_does_not_grow_with_the_table_page(reader, many_events, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        reader.get(reverse("pair", args=["CHN-USA"]) + "?page=2")


def test_overview_uses_a_bounded_number_of_queries(reader, many_events, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert reader.get(reverse("home")).status_code == 200


def test_a_busy_pair_is_aggregated_per_month_and_says_so(reader, settings):
    call_command("generate_events", "10000", verbosity=0)
    page = reader.get(reverse("pair", args=["CHN-USA"]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "counts per month" in page


def test_reversed_pair_url_redirects_keeping_filters(reader):
    response = reader.get(reverse("pair", args=["USA-CHN"]) + "?type=call")
    assert response.status_code == 302 and response.url == "/pairs/CHN-USA/?type=call"


def test_unknown_pair_is_a_404_not_a_500(reader):
    assert reader.get("/pairs/XXX-YYY/").status_code == 404
    assert reader.get("/pairs/USA/").status_code == 404


def test_filters_narrow_the_export(reader, many_events):
    response = reader.get(reverse("pair-export", args=["CHN-USA", "csv"]) + "?type=call&start=2020-01-01")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeffid,")
    rows = body.strip().splitlines()[1:]
    assert rows and all(",call," in row for row in rows)
    assert all(row.split(",")[1] >= "2020-01-01" for row in rows)


def test_compare_shows_several_pairs(reader, many_events):
    page = reader.get(reverse("compare") + "?pairs=USA-CHN,RUS-CHN").content.decode()
    assert "CHN–USA" in page and "CHN–RUS" in page


def test_health_answers_without_login(client):
    assert client.get(reverse("health")).content == b"ok"
