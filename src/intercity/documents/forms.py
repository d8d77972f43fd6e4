from django import forms
from django.conf import settings


class UploadForm(forms.Form):
    file = forms.FileField(label="Document", help_text="PDF, Word (DOCX), PowerPoint (PPTX), web page (HTML), e-mail (EML) or text")

    def clean_file(self):
        f = self.cleaned_data["file"]
        limit = settings.INTERCITY_MAX_UPLOAD_MB
        if f.size > limit * 1024 * 1024:
            raise forms.ValidationError(f"{f.name}: larger than the {limit} MB limit ({f.size / 1024 / 1024:.1f} MB).")
        if f.size == 0:
            raise forms.ValidationError(f"{f.name}: the file is empty.")
        return f


class AcceptAllForm(forms.Form):
    min_confidence = forms.FloatField(min_value=0.0, max_value=1.0, initial=0.8, label="Accept all at or above confidence")
