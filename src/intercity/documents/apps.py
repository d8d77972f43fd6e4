from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "intercity.documents"
