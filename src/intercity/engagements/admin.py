from django.contrib import admin

from intercity.engagements.models import Engagement, Site, Track


class TrackInline(admin.TabularInline):
    model = Track
    extra = 0


@admin.register(Engagement)
class EngagementAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "host", "start", "end")
    list_filter = ("kind",)
    search_fields = ("title",)
    raw_id_fields = ("host", "partnership")
    filter_horizontal = ("visiting", "participants")
    inlines = [TrackInline]


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = ("name", "track")
    search_fields = ("name",)
