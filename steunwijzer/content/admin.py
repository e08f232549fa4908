"""Read-mostly admin: the files are canonical, so editors see what is loaded."""

from django.contrib import admin

from .models import Figure, Footnote, Item, Resource, Source, Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "order"]
    search_fields = ["title", "summary"]


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ["title", "theme", "kind", "verified"]
    list_filter = ["theme", "kind", "verified"]
    search_fields = ["title", "body"]


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["value", "unit", "label", "verified"]
    list_filter = ["verified"]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "type"]
    list_filter = ["type"]
    search_fields = ["title", "description"]


admin.site.register(Source)
admin.site.register(Footnote)
admin.site.site_header = "Steunwijzer redactie"
