from django.shortcuts import get_object_or_404

from intercity.partnerships.models import Partnership
from intercity.workspace import dashboard as queries
from intercity.workspace.views import render_page, team_view


@team_view
def partnership_detail(request, pk: int):
    partnership = get_object_or_404(Partnership.objects.select_related("place_a", "place_b"), pk=pk)
    context = {"partnership": partnership, "nav_active": "partners", **queries.partnership_detail(partnership)}
    return render_page(request, "partnerships/partnership_detail.html", context)
