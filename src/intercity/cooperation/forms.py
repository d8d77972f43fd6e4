from django import forms

from intercity.cooperation.models import CooperationStatus


class JournalForm(forms.Form):
    text = forms.CharField(label="What happened", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    status = forms.ChoiceField(label="Status", choices=CooperationStatus.choices)

    def __init__(self, *args, item=None, **kwargs):
        super().__init__(*args, **kwargs)
        if item is not None and not self.is_bound:
            self.initial["status"] = item.status
        self.item = item

    def clean(self):
        data = super().clean()
        if not data.get("text", "").strip() and self.item is not None and data.get("status") == self.item.status:
            raise forms.ValidationError("Write what happened, or change the status.")
        return data
