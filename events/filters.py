"""The filters of a pair's timeline; the query string holds them all, so a URL is a permalink."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.db.models import Exists, OuterRef

from events.models import Actor, ActorKind, EventStatus, EventType, Mention, Participant, Source


class EventFilter(django_filters.FilterSet):
    start = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"),
                                      widget=forms.DateInput(attrs={"type": "date"}))
    end = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"),
                                    widget=forms.DateInput(attrs={"type": "date"}))
    type = django_filters.MultipleChoiceFilter(choices=EventType.choices, widget=forms.CheckboxSelectMultiple)
    verified = django_filters.BooleanFilter(method="filter_verified", label=_("Verified only"),
                                            widget=forms.CheckboxInput)
    source = django_filters.ModelChoiceFilter(queryset=Source.objects.all(), method="filter_source", label=_("Source"))
    person = django_filters.ModelChoiceFilter(
        queryset=Actor.objects.filter(kind=ActorKind.PERSON), method="filter_person", to_field_name="code",
        label=_("Person"),
    )
    q = django_filters.CharFilter(method="filter_text", label=_("Text"))

    def filter_verified(self, queryset, name, value):
        return queryset.filter(status=EventStatus.VERIFIED) if value else queryset

    def filter_source(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(event=OuterRef("pk"), article__source=value)))

    def filter_person(self, queryset, name, value):
        return queryset.filter(Exists(Participant.objects.filter(event=OuterRef("pk"), actor=value)))

    def filter_text(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(event=OuterRef("pk"), evidence__icontains=value)))
