from django.apps import AppConfig


class PlanConfig(AppConfig):
    name = "steunwijzer.plan"
    label = "plan"
    verbose_name = "Steunplan"

    def ready(self) -> None:
        from steunwijzer.content.sync import content_loaded

        from .sync import write_plan_content

        content_loaded.connect(write_plan_content, dispatch_uid="plan-content")
