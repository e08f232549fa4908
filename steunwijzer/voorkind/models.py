"""Read models of the visit booklet, the child pages and the help lines.

Filled by `sync.write_voorkind` inside the content load's transaction; the files in
content/bezoek/, content/voor-kinderen/ and content/hulp/ are the source of truth. References
to sources are slugs, checked when the files are loaded.
"""

from django.db import models
from django.urls import reverse


class BookletPage(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=80)
    when = models.JSONField(default=dict, blank=True)
    text = models.JSONField(default=dict)
    items = models.JSONField(default=list, blank=True)
    note = models.CharField(max_length=400)
    picture = models.CharField(max_length=40)
    lines = models.PositiveSmallIntegerField(default=0)
    drawing = models.BooleanField(default=False)
    sources = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.title


class VisitRule(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    text = models.CharField(max_length=300)
    when = models.JSONField(default=dict, blank=True)
    source = models.SlugField(max_length=80)
    checked = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.text


class ChildPage(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    title = models.CharField(max_length=80)
    summary = models.CharField(max_length=160)
    body = models.TextField()
    picture = models.CharField(max_length=40)
    helplines = models.JSONField(default=list, blank=True)
    sources = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("voorkind:child_page", args=[self.slug])


class HelpLine(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    name = models.CharField(max_length=80)
    number = models.CharField(max_length=20, blank=True)
    hours = models.CharField(max_length=120)
    audience = models.CharField(max_length=160)
    description = models.CharField(max_length=400)
    url = models.URLField(max_length=500, blank=True)
    urgent = models.BooleanField(default=False)
    source = models.SlugField(max_length=80)
    checked = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("voorkind:help") + f"#{self.slug}"

    @property
    def tel(self) -> str:
        """The number as a `tel:` URL dials it: digits only."""
        return "".join(c for c in self.number if c.isdigit())
