"""Read-only admin: the content files are canonical, so editors see what is loaded.

Changes go through the files and `make content` (README, "Changing the content"); an edit
made here would be overwritten by the next load.
"""

from django.contrib import admin

from .models import Figure, Footnote, Item, Resource, Source, Theme


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Theme)
class ThemeAdmin(ReadOnlyAdmin):
    list_display = ["title", "slug", "order"]
    search_fields = ["title", "summary"]


@admin.register(Item)
class ItemAdmin(ReadOnlyAdmin):
    list_display = ["title", "theme", "kind", "verified"]
    list_filter = ["theme", "kind", "verified"]
    search_fields = ["title", "body"]


@admin.register(Figure)
class FigureAdmin(ReadOnlyAdmin):
    list_display = ["value", "unit", "label", "verified"]
    list_filter = ["verified"]


@admin.register(Resource)
class ResourceAdmin(ReadOnlyAdmin):
    list_display = ["title", "organisation", "type"]
    list_filter = ["type"]
    search_fields = ["title", "description"]


admin.site.register(Source, ReadOnlyAdmin)
admin.site.register(Footnote, ReadOnlyAdmin)
admin.site.site_header = "Steunwijzer redactie"
