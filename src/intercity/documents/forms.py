from django import forms
from django.conf import settings


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """One or more files; ``cleaned_data`` holds a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data] or [single(None, initial)]
        return [single(data, initial)]


class UploadForm(forms.Form):
    file = MultipleFileField(label="Documents", help_text="PDF, Word (DOCX), PowerPoint (PPTX), web page (HTML), e-mail (EML) or text; "
                                                          "several at once are read in the background")

    def clean_file(self):
        files = self.cleaned_data["file"]
        limit = settings.INTERCITY_MAX_UPLOAD_MB
        errors = []
        for f in files:
            if f.size > limit * 1024 * 1024:
                errors.append(f"{f.name}: larger than the {limit} MB limit ({f.size / 1024 / 1024:.1f} MB).")
            elif f.size == 0:
                errors.append(f"{f.name}: the file is empty.")
        if errors:
            raise forms.ValidationError(errors)
        return files


class AcceptAllForm(forms.Form):
    min_confidence = forms.FloatField(min_value=0.0, max_value=1.0, initial=0.8, label="Accept all at or above confidence")


_ISO_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$"


def _fields_for(fact_type: str) -> dict[str, forms.Field]:
    from intercity.cooperation.models import CooperationStatus, InterestKind
    from intercity.partnerships.models import PartnershipKind

    if fact_type == "partnership":
        return {"kind": forms.ChoiceField(choices=PartnershipKind.choices),
                "since": forms.RegexField(_ISO_DATE, required=False, max_length=10, help_text="year or ISO date"),
                "sequence": forms.IntegerField(required=False, min_value=1, max_value=9999, label="list number")}
    if fact_type == "engagement":
        return {"title": forms.CharField(max_length=300, required=False),
                "start": forms.RegexField(_ISO_DATE, required=False, max_length=10, help_text="ISO date"),
                "end": forms.RegexField(_ISO_DATE, required=False, max_length=10)}
    if fact_type in ("cooperation", "area"):
        return {"title": forms.CharField(max_length=300), "status": forms.ChoiceField(choices=CooperationStatus.choices),
                "description": forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))}
    if fact_type == "interest":
        return {"kind": forms.ChoiceField(choices=InterestKind.choices), "subject": forms.CharField(max_length=300)}
    if fact_type == "person":
        return {"name": forms.CharField(max_length=200), "role": forms.CharField(max_length=300, required=False),
                "organisation": forms.CharField(max_length=300, required=False)}
    return {}


class ProposalEditForm(forms.Form):
    """The fields a reviewer may correct before accepting a proposal, by fact type. Prefixed
    ``edit`` so they travel in the accept form beside the place choice."""

    def __init__(self, fact_type: str, payload: dict, *args, **kwargs):
        kwargs.setdefault("prefix", "edit")
        initial = {k: payload.get(k) for k in _fields_for(fact_type)}
        super().__init__(*args, initial=initial, **kwargs)
        self.fields.update(_fields_for(fact_type))

    def edits(self) -> dict:
        """Only the values that differ from the proposal (empty optional fields become None)."""
        out = {}
        for name in self.changed_data:
            value = self.cleaned_data.get(name)
            out[name] = value if value != "" else None
        return out
