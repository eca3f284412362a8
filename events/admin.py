from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from events.models import Actor, Alias, Article, Batch, Event, Mention, Office, Participant, Source, UnknownName


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    fields = ["text", "kind", "normalized"]
    readonly_fields = ["normalized"]


class OfficeInline(admin.TabularInline):
    model = Office
    fk_name = "person"
    extra = 0
    autocomplete_fields = ["state"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name_en", "name_ar", "kind", "state"]
    list_filter = ["kind"]
    search_fields = ["code", "name_en", "name_ar", "aliases__normalized"]
    autocomplete_fields = ["state"]
    inlines = [AliasInline, OfficeInline]


@admin.register(Alias)
class AliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "actor", "kind", "normalized"]
    list_filter = ["kind", "actor__kind"]
    search_fields = ["text", "normalized", "actor__name_en", "actor__code"]
    autocomplete_fields = ["actor"]
    readonly_fields = ["normalized"]


@admin.register(Office)
class OfficeAdmin(SimpleHistoryAdmin):
    list_display = ["person", "state", "role", "title", "start", "end"]
    list_filter = ["role", "state"]
    search_fields = ["person__name_en", "title", "state__code"]
    autocomplete_fields = ["person", "state"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created_at", "created_by", "duplicate_count"]
    search_fields = ["name"]
    readonly_fields = ["created_at", "created_by", "duplicate_count", "problems"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published", "state", "attempts", "extractor_version"]
    list_filter = ["state", "source", "extractor_version"]
    search_fields = ["title", "url", "external_id", "content_hash"]
    autocomplete_fields = ["batch", "source"]
    readonly_fields = ["content_hash", "original_text", "cleaned_text", "attempts", "extractor_version", "processed_at", "error"]


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ["actor"]


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    readonly_fields = ["article", "evidence", "start", "end"]
    can_delete = False


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["pk", "type", "date", "status", "confidence", "extractor_version"]
    list_filter = ["type", "status", "date_precision", "extractor_version"]
    search_fields = ["location", "mentions__evidence", "participants__actor__code"]
    readonly_fields = ["confidence", "extractor_version", "created_at", "updated_at", "version"]
    inlines = [ParticipantInline, MentionInline]


@admin.register(Participant)
class ParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["event", "actor", "role"]
    list_filter = ["role"]
    autocomplete_fields = ["event", "actor"]
    search_fields = ["actor__code", "actor__name_en"]


@admin.register(Mention)
class MentionAdmin(SimpleHistoryAdmin):
    list_display = ["event", "article", "start", "end"]
    search_fields = ["evidence"]
    readonly_fields = ["event", "article", "evidence", "start", "end"]


@admin.register(UnknownName)
class UnknownNameAdmin(admin.ModelAdmin):
    list_display = ["text", "label", "article"]
    list_filter = ["label"]
    search_fields = ["text", "normalized", "context"]
    readonly_fields = ["article", "context", "normalized"]
