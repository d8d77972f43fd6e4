from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from intercity.cooperation.filters import CooperationFilter
from intercity.cooperation.forms import JournalForm
from intercity.cooperation.models import CooperationItem
from intercity.cooperation.services import add_journal_entry
from intercity.workspace import dashboard as queries
from intercity.workspace.views import htmx_or_page, render_page, team_view


@team_view
def item_list(request):
    flt = CooperationFilter(request.GET)
    items = list(flt.qs)
    return htmx_or_page(request, "cooperation/item_list.html", "cooperation/_item_table.html",
                        {"filter": flt, "items": items, "nav_active": "cooperation"})


def _item_context(item, form=None):
    queries.attach_evidence([item])
    return {"item": item, "form": form or JournalForm(item=item), "journal": item.journal.select_related("author"),
            "parties": list(item.parties.all()), "themes": list(item.themes.all()), "nav_active": "cooperation"}


@team_view
def item_detail(request, pk: int):
    item = get_object_or_404(CooperationItem.objects.select_related("owner", "engagement", "partnership"), pk=pk)
    return render_page(request, "cooperation/item_detail.html", _item_context(item))


@team_view
@require_POST
def item_journal(request, pk: int):
    item = get_object_or_404(CooperationItem, pk=pk)
    form = JournalForm(request.POST, item=item)
    if not form.is_valid():
        template = "cooperation/_journal.html" if request.htmx else "cooperation/item_detail.html"
        return render_page(request, template, _item_context(item, form))
    add_journal_entry(item, request.user, text=form.cleaned_data["text"], status=form.cleaned_data["status"])
    if request.htmx:
        item.refresh_from_db()
        return render_page(request, "cooperation/_journal.html", _item_context(item))
    messages.success(request, "Journal entry added.")
    return redirect(reverse("cooperation:item_detail", args=[item.pk]))
