from django.contrib import admin

from intercity.documents.models import Claim, Document, Evidence, ExtractionRun, Proposal


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "format", "language", "created")
    search_fields = ("title", "source_name")
    exclude = ("text",)
    readonly_fields = ("sha256", "stored_file", "size")


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ("summary", "fact_type", "status", "needs_person", "confidence", "document")
    list_filter = ("fact_type", "status", "needs_person")


admin.site.register(ExtractionRun)
admin.site.register(Evidence)
admin.site.register(Claim)
