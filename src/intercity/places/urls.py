from django.urls import path

from intercity.places import views

app_name = "places"
urlpatterns = [
    path("partners/", views.partner_list, name="partner_list"),
    path("partners.csv", views.partner_csv, name="partner_csv"),
    path("<int:pk>/", views.place_detail, name="place_detail"),
]
