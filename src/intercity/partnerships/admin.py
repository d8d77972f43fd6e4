from django.contrib import admin

from intercity.partnerships.models import Partnership


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "status", "sequence", "since")
    list_filter = ("kind", "status")
    search_fields = ("name_as_written", "place_a__name", "place_b__name")
    raw_id_fields = ("place_a", "place_b")
