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
