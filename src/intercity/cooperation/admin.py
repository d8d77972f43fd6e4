from django.contrib import admin

from intercity.cooperation.models import CooperationItem, Interest, JournalEntry


class JournalInline(admin.TabularInline):
    model = JournalEntry
    extra = 0


@admin.register(CooperationItem)
class CooperationItemAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "is_area", "due_date", "owner")
    list_filter = ("status", "is_area", "themes")
    search_fields = ("title", "description")
    filter_horizontal = ("parties", "themes")
    raw_id_fields = ("owner", "partnership", "engagement")
    inlines = [JournalInline]


@admin.register(Interest)
class InterestAdmin(admin.ModelAdmin):
    list_display = ("subject", "kind", "party", "counterpart", "status")
    list_filter = ("kind", "status", "themes")
    search_fields = ("subject", "description", "party__name")
    raw_id_fields = ("party", "counterpart")
    filter_horizontal = ("themes",)
