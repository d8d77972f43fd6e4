"""The partner listing's one filter: serves the page, its htmx fragment and the CSV export."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from intercity.partnerships.models import Partnership, PartnershipKind
from intercity.partnerships.services import partnerships_of
from intercity.places.models import Place
from intercity.places.services import country_name

KIND_ORDER = {k: i for i, k in enumerate(PartnershipKind.values)}


@dataclass
class PartnerRow:
    partnership: Partnership
    partner: Place | None

    @property
    def name(self) -> str:
        return self.partner.name if self.partner else self.partnership.name_as_written

    @property
    def name_ko(self) -> str:
        return self.partner.name_ko if self.partner else ""

    @property
    def country_code(self) -> str:
        return self.partner.country_code if self.partner else ""

    @property
    def country(self) -> str:
        return country_name(self.country_code) if self.country_code else ""

    @property
    def needs_review(self) -> bool:
        return self.partner is None

    @property
    def url(self) -> str:
        return self.partner.get_absolute_url() if self.partner else self.partnership.get_absolute_url()

    def csv_row(self) -> list:
        p = self.partnership
        return [p.get_kind_display(), p.sequence or "", self.name, self.name_ko, self.country_code, self.country,
                p.since, p.get_status_display(), "yes" if self.needs_review else "", p.name_as_written,
                self.partner.lat if self.partner and self.partner.lat is not None else "",
                self.partner.lon if self.partner and self.partner.lon is not None else ""]


CSV_HEADER = ["kind", "list number", "partner", "partner (Korean)", "country code", "country", "since", "status",
              "needs review", "name as written", "lat", "lon"]


class PartnerFilterForm(forms.Form):
    kind = forms.ChoiceField(required=False, choices=[("", "All kinds"), *PartnershipKind.choices])
    country = forms.ChoiceField(required=False, choices=[("", "All countries")])
    q = forms.CharField(required=False, label="Search", max_length=100,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": "name, 이름, country…"}))


class PartnerFilter:
    """``PartnerFilter(request.GET, home).rows`` — the home city's partnerships, filtered."""

    def __init__(self, data, home: Place):
        self.home = home
        self.all_rows = sorted(
            (PartnerRow(p, p.partner_of(home)) for p in partnerships_of(home)),
            key=lambda r: (KIND_ORDER.get(r.partnership.kind, 99), r.partnership.sequence or 10**6, r.name.casefold()),
        )
        countries = sorted({(r.country_code, r.country) for r in self.all_rows if r.country_code}, key=lambda c: c[1])
        self.form = PartnerFilterForm(data or None)
        self.form.fields["country"].choices = [("", "All countries"), *countries]
        self.form.is_valid()
        self.params = getattr(self.form, "cleaned_data", {}) or {}

    @property
    def rows(self) -> list[PartnerRow]:
        kind, country = self.params.get("kind"), self.params.get("country")
        q = (self.params.get("q") or "").strip().casefold()
        rows = self.all_rows
        if kind:
            rows = [r for r in rows if r.partnership.kind == kind]
        if country:
            rows = [r for r in rows if r.country_code == country]
        if q:
            rows = [r for r in rows if q in " ".join(
                [r.name, r.name_ko, r.partnership.name_as_written, r.country, r.country_code,
                 r.partner.name_local if r.partner else ""]).casefold()]
        return rows

    @property
    def is_filtered(self) -> bool:
        return any(self.params.get(k) for k in ("kind", "country", "q"))
