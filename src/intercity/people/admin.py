from django.contrib import admin

from intercity.people.models import Organisation, Person


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    search_fields = ("name",)
    raw_id_fields = ("place",)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "role", "organisation")
    search_fields = ("name", "role", "portfolio")
