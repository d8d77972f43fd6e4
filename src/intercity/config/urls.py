from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from intercity.config.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/v1/", api.urls),
    path("places/", include("intercity.places.urls")),
    path("partnerships/", include("intercity.partnerships.urls")),
    path("engagements/", include("intercity.engagements.urls")),
    path("cooperation/", include("intercity.cooperation.urls")),
    path("documents/", include("intercity.documents.urls")),
    path("", include("intercity.workspace.urls")),
]
