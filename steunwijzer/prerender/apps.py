from django.apps import AppConfig


class PrerenderConfig(AppConfig):
    name = "steunwijzer.prerender"
    label = "prerender"
    verbose_name = "Voorgerenderde pagina's"
