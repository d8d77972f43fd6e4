from django.urls import path

from intercity.partnerships import views

app_name = "partnerships"
urlpatterns = [
    path("<int:pk>/", views.partnership_detail, name="partnership_detail"),
]
