from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "intercity.themes_app"
    label = "themes"
    verbose_name = "Themes"
