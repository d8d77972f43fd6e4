from django.urls import path

from intercity.cooperation import views

app_name = "cooperation"
urlpatterns = [
    path("", views.item_list, name="item_list"),
    path("<int:pk>/", views.item_detail, name="item_detail"),
    path("<int:pk>/journal/", views.item_journal, name="item_journal"),
]
