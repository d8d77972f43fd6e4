from django.contrib import admin

from intercity.places.models import Place


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "name_ko", "kind", "country_code", "key", "population")
    list_filter = ("kind", "country_code")
    search_fields = ("name", "name_ko", "name_local", "key")
    raw_id_fields = ("parent",)
