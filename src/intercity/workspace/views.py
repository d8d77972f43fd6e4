"""The dashboard, and the two helpers every page of the site goes through: ``team_view`` (the one
permission check: a logged-in member of the team) and ``render_page`` (adds the navigation's
pending-review count)."""

from __future__ import annotations


from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from intercity.workspace import dashboard as queries
from intercity.workspace.services import home_place


def team_view(view):
    """Every page requires a login; applied to every view of every app (a test walks the URL
    patterns to make sure)."""
    view = login_required(view)
    view.team_view = True
    return view


def render_page(request, template: str, context: dict | None = None, *, status: int = 200):
    context = dict(context or {})
    if not request.htmx or request.htmx.boosted:
        context.setdefault("nav_pending", queries.pending_count())
    context.setdefault("tiles_url", settings.INTERCITY_TILES_URL)
    return render(request, template, context, status=status)


def htmx_or_page(request, page: str, fragment: str, context: dict):
    """One view, two templates: the fragment for htmx requests, the full page otherwise."""
    if request.htmx and not request.htmx.boosted:
        return render_page(request, fragment, context)
    return render_page(request, page, context)


@team_view
def dashboard(request):
    home = home_place()
    context = {"home": home, "nav_active": "dashboard"}
    if home is not None:
        context.update(queries.dashboard(home))
    return render_page(request, "workspace/dashboard.html", context)


