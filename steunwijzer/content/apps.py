from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "steunwijzer.content"
    label = "content"
    verbose_name = "Kennisbank"
