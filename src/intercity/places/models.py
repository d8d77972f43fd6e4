from django.db import models
from django.urls import reverse

from intercity.core.places.types import PlaceRef


class PlaceKind(models.TextChoices):
    CITY = "city", "City"
    DISTRICT = "district", "District"
    REGION = "region", "Region"
    COUNTRY = "country", "Country"


class Place(models.Model):
    """A place resolved to the gazetteer (GeoNames id / ISO 3166-2 / country code), or a district
    created inside a resolved city when the gazetteer lacks it."""

    key = models.CharField(max_length=200, unique=True, help_text="gn:<geonameid>, iso:<ISO 3166-2>, cc:<alpha-2> or district:<city key>/<name>")
    kind = models.CharField(max_length=10, choices=PlaceKind.choices)
    name = models.CharField(max_length=200, db_index=True)
    name_ko = models.CharField("name (Korean)", max_length=200, blank=True)
    name_local = models.CharField("name (local language)", max_length=200, blank=True)
    country_code = models.CharField(max_length=2, db_index=True)
    geonameid = models.BigIntegerField(null=True, blank=True)
    iso_3166_2 = models.CharField("ISO 3166-2", max_length=10, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    population = models.BigIntegerField(default=0)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="districts")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.country_code})" if self.kind != "country" else self.name

    def get_absolute_url(self):
        return reverse("places:place_detail", args=[self.pk])

    @property
    def country_name(self) -> str:
        from intercity.places.services import country_name

        return country_name(self.country_code)

    @property
    def gazetteer_source(self) -> str:
        """Where the place comes from, in words ("GeoNames", "geoBoundaries" …)."""
        prefix = self.key.split(":", 1)[0]
        if prefix == "area":
            if self.key.startswith("area:gb-"):
                return "geoBoundaries"
            if self.key.startswith("area:pc-"):
                return "GeoNames postal codes (placed at its district)"
            return "Countries States Cities Database"
        return {"gn": "GeoNames", "iso": "ISO 3166-2", "cc": "ISO 3166-1", "district": "district of a gazetteer city"}.get(
            prefix, prefix)

    def to_ref(self) -> PlaceRef:
        return PlaceRef(
            name=self.name, kind=self.kind, country_code=self.country_code, geonameid=self.geonameid,
            iso_3166_2=self.iso_3166_2 or None, lat=self.lat, lon=self.lon, population=self.population,
            name_ko=self.name_ko, name_local=self.name_local,
            parent_key=self.parent.key if self.parent_id else "",
            area_id=self.key[5:] if self.key.startswith("area:") else "",
        )

    def to_json(self) -> dict:
        return self.to_ref().to_json()
