from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from intercity.partnerships.models import Partnership
from intercity.workspace import dashboard as queries
from intercity.workspace.views import render_page, team_view


@team_view
def partnership_detail(request, pk: int):
    partnership = get_object_or_404(Partnership.objects.select_related("place_a", "place_b"), pk=pk)
    context = {"partnership": partnership, "nav_active": "partners", **queries.partnership_detail(partnership)}
    return render_page(request, "partnerships/partnership_detail.html", context)


@team_view
@require_POST
def partnership_add_to_registry(request, pk: int):
    """A person confirms a tie known only from an imported network: it joins the team's record."""
    from intercity.audit.context import acting
    from intercity.partnerships.network import add_to_registry

    partnership = get_object_or_404(Partnership.objects.select_related("place_a", "place_b"), pk=pk)
    with acting(request.user, "web"):
        add_to_registry(partnership)
    messages.success(request, f"{partnership}: added to the registry.")
    return redirect(request.POST.get("next") if str(request.POST.get("next", "")).startswith("/") else reverse("workspace:dashboard") + "#reconcile")
