from django.apps import AppConfig


class NetwerkkaartConfig(AppConfig):
    name = "steunwijzer.netwerkkaart"
    label = "netwerkkaart"
    verbose_name = "Netwerkkaart"
