"""The support plan's content as loaded from content/steunplan/ (see docs/steunplan.md).

A read model like the knowledge base: `steunwijzer.load.load` replaces these rows inside its
transaction. References to knowledge items, resources and sources are slugs, checked when
the files are loaded; the pages join them by slug.
"""

from django.db import models

from steunwijzer.content.models import Item

from .rules import SECTIONS, Rules, build_rules


class AdviceQuerySet(models.QuerySet):
    def with_page(self) -> "AdviceQuerySet":
        """The advice that has a page of its own: it rests on a published knowledge item.

        The same condition as the page itself (`presentation.advice_item_page`, which 404s
        otherwise), for everything that links the page: search and the pre-rendered pages.
        """
        return self.filter(basis__in=Item.objects.published().values("slug"))


class Advice(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    section = models.CharField(max_length=20, choices=list(SECTIONS.items()))
    title = models.CharField(max_length=120)
    body = models.TextField()
    roles = models.JSONField(default=dict, blank=True)
    basis = models.SlugField(max_length=80)
    resources = models.JSONField(default=list, blank=True)
    sources = models.JSONField(default=list, blank=True)
    source_sections = models.JSONField(default=dict, blank=True)
    tags = models.JSONField(default=list, blank=True)
    child_pages = models.JSONField(default=list, blank=True)
    tools = models.JSONField(default=list, blank=True)

    objects = AdviceQuerySet.as_manager()

    class Meta:
        ordering = ["order"]
        verbose_name_plural = "advice"

    def __str__(self) -> str:
        return self.title


class RuleQuerySet(models.QuerySet):
    def as_rules(self) -> Rules:
        """All advice and rules as the pure domain objects `recommend` takes."""
        fields = [
            "slug",
            "section",
            "title",
            "body",
            "roles",
            "basis",
            "resources",
            "sources",
            "source_sections",
            "tags",
            "child_pages",
            "tools",
        ]
        return build_rules(advice=Advice.objects.values(*fields), rules=self.values())


class Rule(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    reason = models.CharField(max_length=200, blank=True)
    when = models.JSONField(default=dict, blank=True)
    unless = models.JSONField(default=dict, blank=True)
    advice = models.JSONField(default=list, blank=True)
    priority = models.PositiveSmallIntegerField(default=2)
    exclude_tags = models.JSONField(default=list, blank=True)

    objects = RuleQuerySet.as_manager()

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.slug
