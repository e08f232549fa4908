from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "steunwijzer.search"
    label = "search"
    verbose_name = "Zoeken"
