from django.contrib import admin

from intercity.themes_app.models import Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ("slug", "label_en", "label_ko", "sdgs")
    search_fields = ("slug", "label_en", "label_ko")
