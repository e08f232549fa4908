from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "steunwijzer.search"
    label = "search"
    verbose_name = "Zoeken"

    def ready(self) -> None:
        from steunwijzer.content.sync import content_loaded, content_ready

        from .index import on_content_loaded, on_content_ready

        content_loaded.connect(on_content_loaded, dispatch_uid="search-synonyms")
        content_ready.connect(on_content_ready, dispatch_uid="search-index")
