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


# ---------------------------------------------------------------- the network: map and corrections

@team_view
def network_map(request):
    from intercity.workspace.services import home_place

    return render_page(request, "partnerships/network_map.html", {"nav_active": "network", "home": home_place()})


@team_view
def network_map_data(request):
    """The whole network as compact JSON (see docs/json-formats.md), with an ETag: a browser that has
    the current version gets a 304 instead of 26,000 lines again."""
    import json

    from django.http import HttpResponse, HttpResponseNotModified

    from intercity.partnerships.network import map_payload, map_version
    from intercity.workspace.services import home_place

    version = map_version()
    if request.headers.get("If-None-Match") == version:
        return HttpResponseNotModified()
    response = HttpResponse(json.dumps(map_payload(home_place()), separators=(",", ":"), ensure_ascii=False),
                            content_type="application/json")
    response["ETag"] = version
    response["Cache-Control"] = "private, no-cache"
    return response


def _alternatives(text: str) -> list[dict]:
    import re

    out = []
    for m in re.finditer(r"([^;]+?) \(([A-Z]{2})\) (\S+)", text or ""):
        out.append({"name": m.group(1).strip(), "country_code": m.group(2), "key": m.group(3)})
    return out


@team_view
def corrections(request):
    """Names of imported network data that a person should decide: choose a candidate, name
    another place, or skip. Decisions are stored as corrections and apply on every import."""
    from intercity.audit.context import acting
    from intercity.core.places import load_gazetteer
    from intercity.partnerships.models import PlaceCorrection
    from intercity.partnerships.network import save_correction, waiting_names
    from intercity.places.services import place_for

    error = ""
    if request.method == "POST":
        name, country = request.POST.get("name", "").strip(), request.POST.get("country", "").strip()
        choice, other = request.POST.get("choice", ""), request.POST.get("other", "").strip()
        gazetteer = load_gazetteer()
        ref = None
        if choice and choice != "skip":
            ref = gazetteer.get(choice)
        elif other:
            res = gazetteer.resolve(other, gazetteer.country_code(country) or None)
            ref = res.best if res.status == "resolved" else None
            if ref is None:
                error = f"“{other}” did not resolve to one place{' in ' + country if country else ''}; choose a candidate or write it more fully."
        if not name:
            error = "Which name? The form lost it; reload the page."
        elif not error and (ref is not None or choice == "skip"):
            with acting(request.user, "web"):
                save_correction(name, country, place_for(ref) if ref else None, note=f"by {request.user.get_username()} on the corrections page")
            messages.success(request, f"{name} ({country}): {'skipped' if ref is None else ref.name}. It applies from the next `intercity network import`.")
            return redirect(reverse("partnerships:corrections"))
        elif not error:
            error = "Choose a candidate, name another place, or skip."
        messages.error(request, error)
    rows = waiting_names()
    for row in rows:
        row["candidates"] = _alternatives(row.get("alternatives", ""))
        if row.get("geonameid_or_iso") and row.get("status") == "ambiguous" and row.get("place_name"):
            g = row["geonameid_or_iso"]
            key = f"gn:{g}" if g.isdigit() else (g if ":" in g else f"iso:{g}")
            lead = {"name": row["place_name"], "country_code": row["country_code"], "key": key}
            if not any(c["name"] == lead["name"] for c in row["candidates"]):
                row["candidates"].insert(0, lead)
    for row in rows:
        row["candidates"] = [c for c in row["candidates"] if c["key"]]
    done = PlaceCorrection.objects.select_related("place").order_by("-created")[:50]
    return render_page(request, "partnerships/corrections.html", {"rows": rows, "done": done, "nav_active": "network"})
