from django.apps import AppConfig


class VoorKindConfig(AppConfig):
    name = "steunwijzer.voorkind"
    label = "voorkind"
    verbose_name = "Voor het kind: bezoekboekje, kinderpagina's en hulp"
