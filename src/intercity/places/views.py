import csv

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode

from intercity.places.filters import CSV_HEADER, PartnerFilter
from intercity.places.models import Place
from intercity.workspace import dashboard as queries
from intercity.workspace.services import home_place
from intercity.workspace.views import htmx_or_page, render_page, team_view


def _no_home(request):
    return render_page(request, "workspace/dashboard.html", {"home": None}, status=200)


@team_view
def partner_list(request):
    home = home_place()
    if home is None:
        return _no_home(request)
    flt = PartnerFilter(request.GET, home)
    query = urlencode({k: v for k, v in flt.params.items() if v})
    context = {"filter": flt, "rows": flt.rows, "total": len(flt.all_rows), "query": query, "nav_active": "partners"}
    return htmx_or_page(request, "places/partner_list.html", "places/_partner_table.html", context)


@team_view
def partner_csv(request):
    home = home_place()
    if home is None:
        return _no_home(request)
    flt = PartnerFilter(request.GET, home)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="partners-{home.name.lower().replace(" ", "-")}.csv"'
    response.write("\ufeff")  # a BOM so spreadsheet programs read Hangul as UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for row in flt.rows:
        writer.writerow(row.csv_row())
    return response


@team_view
def place_detail(request, pk: int):
    place = get_object_or_404(Place.objects.select_related("parent"), pk=pk)
    home = home_place()
    context = {"place": place, "is_home": home is not None and home.pk == place.pk,
               "nav_active": "partners", **queries.place_profile(place, home)}
    return render_page(request, "places/place_detail.html", context)
