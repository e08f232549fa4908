from django.apps import AppConfig


class VoorKindConfig(AppConfig):
    name = "steunwijzer.voorkind"
    label = "voorkind"
    verbose_name = "Voor het kind: bezoekboekje, kinderpagina's en hulp"

    def ready(self) -> None:
        # Today's hook; the integrator's explicit load function replaces it (docs/bezoek.md).
        from steunwijzer.content.sync import content_loaded

        from .sync import on_content_loaded

        content_loaded.connect(on_content_loaded, dispatch_uid="voorkind-content")
