from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "steunwijzer.core"
    label = "core"
    verbose_name = "Basis"
