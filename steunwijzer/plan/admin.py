"""Read-only admin of the plan's content: the files in content/steunplan/ are canonical."""

from django.contrib import admin

from steunwijzer.content.admin import ReadOnlyAdmin

from .models import Advice, Rule


@admin.register(Advice)
class AdviceAdmin(ReadOnlyAdmin):
    list_display = ["title", "section", "basis"]
    list_filter = ["section"]
    search_fields = ["title", "body"]


@admin.register(Rule)
class RuleAdmin(ReadOnlyAdmin):
    list_display = ["slug", "priority", "reason"]
    search_fields = ["slug", "reason"]
