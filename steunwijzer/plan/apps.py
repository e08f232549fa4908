from django.apps import AppConfig


class PlanConfig(AppConfig):
    name = "steunwijzer.plan"
    label = "plan"
    verbose_name = "Steunplan"
