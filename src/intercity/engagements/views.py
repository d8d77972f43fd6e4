from django.shortcuts import get_object_or_404

from intercity.engagements.models import Engagement
from intercity.workspace import dashboard as queries
from intercity.workspace.views import render_page, team_view


@team_view
def engagement_list(request):
    engagements = (Engagement.objects.select_related("host").prefetch_related("visiting", "tracks__sites")
                   .order_by("-start", "-id"))
    return render_page(request, "engagements/engagement_list.html", {"engagements": engagements, "nav_active": "engagements"})


@team_view
def engagement_detail(request, pk: int):
    engagement = get_object_or_404(Engagement.objects.select_related("host", "partnership"), pk=pk)
    context = {"engagement": engagement, "nav_active": "engagements", **queries.engagement_detail(engagement)}
    return render_page(request, "engagements/engagement_detail.html", context)
