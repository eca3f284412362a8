from django import forms

from events.models import Event
from events.services import EDITABLE_FIELDS


class EventCorrectionForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(required=False, max_length=500)

    class Meta:
        model = Event
        fields = list(EDITABLE_FIELDS)
        widgets = {"date": forms.DateInput(attrs={"type": "date"}), "date_end": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance and not self.is_bound:
            self.initial["version"] = self.instance.version
        self.fields["status"].choices = [c for c in self.fields["status"].choices if c[0] != "merged"]

    def clean(self):
        data = super().clean()
        if data.get("date") and data.get("date_end") and data["date_end"] < data["date"]:
            self.add_error("date_end", "The end date is before the start date.")
        return data

    def changes(self) -> dict:
        return {field: self.cleaned_data[field] for field in EDITABLE_FIELDS if field in self.cleaned_data}


class UploadForm(forms.Form):
    file = forms.FileField(allow_empty_file=True, help_text=".zip of .txt/.html/.json files, a .jsonl file, or one .txt/.html file")
    source = forms.CharField(required=False, max_length=200, help_text="Source name for files that carry none")
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}),
                                help_text="Publication date for files that carry none")
