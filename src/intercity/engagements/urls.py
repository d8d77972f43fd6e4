from django.urls import path

from intercity.engagements import views

app_name = "engagements"
urlpatterns = [
    path("", views.engagement_list, name="engagement_list"),
    path("<int:pk>/", views.engagement_detail, name="engagement_detail"),
]
