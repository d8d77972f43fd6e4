"""The JSON API under /api/v1/ (OpenAPI at /api/v1/openapi.json). Session authentication with CSRF;
every router is mounted here so permissions are decided in one place."""

from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(title="Intercity API", version="1", urls_namespace="api", auth=django_auth,
               description="Partner cities, engagements, cooperation items and the document review queue.")


def _mount():
    from intercity.documents.api import router as documents_router
    from intercity.places.api import router as places_router
    from intercity.workspace.api import router as workspace_router

    api.add_router("/", workspace_router)
    api.add_router("/places", places_router)
    api.add_router("/documents", documents_router)


_mount()
