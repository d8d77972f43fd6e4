from django.urls import path

from intercity.partnerships import views

app_name = "partnerships"
urlpatterns = [
    path("network/", views.network_map, name="network_map"),
    path("network/map.json", views.network_map_data, name="network_map_data"),
    path("network/corrections/", views.corrections, name="corrections"),
    path("<int:pk>/", views.partnership_detail, name="partnership_detail"),
    path("<int:pk>/add-to-registry/", views.partnership_add_to_registry, name="partnership_add_to_registry"),
]
