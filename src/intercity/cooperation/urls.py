from django.urls import path

app_name = "cooperation"
urlpatterns: list = []
