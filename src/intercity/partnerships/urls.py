from django.urls import path

from intercity.partnerships import views

app_name = "partnerships"
urlpatterns = [
    path("<int:pk>/", views.partnership_detail, name="partnership_detail"),
    path("<int:pk>/add-to-registry/", views.partnership_add_to_registry, name="partnership_add_to_registry"),
]
