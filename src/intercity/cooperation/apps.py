from django.apps import AppConfig


class CooperationConfig(AppConfig):
    name = "intercity.cooperation"
