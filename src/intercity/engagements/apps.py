from django.apps import AppConfig


class EngagementsConfig(AppConfig):
    name = "intercity.engagements"
