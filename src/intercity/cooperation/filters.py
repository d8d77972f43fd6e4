"""The cooperation listing's one filter (page and htmx fragment)."""

from __future__ import annotations

from django import forms
from django.db.models import Q

from intercity.cooperation.models import OPEN_STATUSES, CooperationItem, CooperationStatus
from intercity.themes_app.models import Theme

STATUS_CHOICES = [("open", "Open"), ("", "All"), *CooperationStatus.choices]


class CooperationFilterForm(forms.Form):
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES)
    theme = forms.ModelChoiceField(required=False, queryset=Theme.objects.none(), empty_label="All themes", to_field_name="slug")
    q = forms.CharField(required=False, max_length=100, widget=forms.TextInput(attrs={"type": "search", "placeholder": "title, partner…"}))


class CooperationFilter:
    def __init__(self, data):
        data = data.copy() if data else {}
        if "status" not in data:
            data["status"] = "open"
        self.form = CooperationFilterForm(data)
        self.form.fields["theme"].queryset = Theme.objects.filter(cooperationitem__isnull=False).distinct()
        self.form.is_valid()
        self.params = getattr(self.form, "cleaned_data", {}) or {}

    @property
    def qs(self):
        qs = CooperationItem.objects.prefetch_related("parties", "themes").order_by("is_area", "sequence", "title")
        status = self.params.get("status")
        if status == "open":
            qs = qs.filter(status__in=OPEN_STATUSES)
        elif status:
            qs = qs.filter(status=status)
        if self.params.get("theme"):
            qs = qs.filter(themes=self.params["theme"])
        q = (self.params.get("q") or "").strip()
        if q:
            qs = qs.filter(Q(title__icontains=q) | Q(description__icontains=q) | Q(parties__name__icontains=q)
                           | Q(parties__name_ko__icontains=q))
        return qs.distinct()
