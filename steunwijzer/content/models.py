"""The knowledge base as loaded from the content files (see docs/content-format.md).

The files are canonical; these tables are a read model that `steunwijzer.load.load` replaces
atomically. Slugs are the stable keys.
"""

from django.db import models
from django.urls import reverse

from steunwijzer import vocabulary

ROLE_CHOICES = vocabulary.ROLES.choices()
AUDIENCE_CHOICES = vocabulary.AUDIENCES.choices()
RESOURCE_TYPE_CHOICES = vocabulary.RESOURCE_TYPES.choices()
PHASE_CHOICES = vocabulary.PHASES.choices()
ITEM_KIND_CHOICES = vocabulary.ITEM_KINDS.choices()
SOURCE_KIND_CHOICES = vocabulary.SOURCE_KINDS.choices()


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(verified=True)


class Source(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200)
    year = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20, choices=SOURCE_KIND_CHOICES)
    url = models.URLField(max_length=500, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["organisation", "title"]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.year}). {self.title}"

    def get_absolute_url(self) -> str:
        return f"{reverse('content:sources')}#bron-{self.slug}"


class Theme(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=80)
    order = models.IntegerField()
    summary = models.CharField(max_length=300)
    group = models.CharField(max_length=20, choices=vocabulary.THEME_GROUPS.choices())
    intro = models.TextField(blank=True)
    roles = models.JSONField(default=list)
    related = models.ManyToManyField("self", symmetrical=False, blank=True)
    tools = models.JSONField(default=list, blank=True)  # vocabulary.TOOLS, shown at the end

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:theme", kwargs={"slug": self.slug})


class Item(models.Model):
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="items")
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    title = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=ITEM_KIND_CHOICES)
    body = models.TextField()
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="items")
    section = models.CharField(max_length=200)
    resources = models.ManyToManyField("Resource", blank=True, related_name="items")
    verified = models.BooleanField(default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["theme__order", "order"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{self.theme.get_absolute_url()}#{self.slug}"


class Footnote(models.Model):
    number = models.PositiveSmallIntegerField(unique=True)
    text = models.TextField()

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}"


class Figure(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    label = models.CharField(max_length=200)
    value = models.CharField(max_length=40)
    low = models.FloatField()
    high = models.FloatField(null=True, blank=True)
    unit = models.CharField(max_length=60)
    period = models.CharField(max_length=120)
    definition = models.TextField()
    note = models.TextField(blank=True)
    chart = models.CharField(max_length=20, blank=True)
    footnotes = models.ManyToManyField(Footnote, blank=True)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="figures")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="figures")
    section = models.CharField(max_length=200)
    verified = models.BooleanField(default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return f"{self.value} {self.unit}"

    def get_absolute_url(self) -> str:
        return f"{reverse('content:figures')}#{self.slug}"


class ResourceQuerySet(models.QuerySet):
    def matching(self, *, audience: str = "", type: str = "") -> "ResourceQuerySet":
        """Resources for an audience and of a type; an empty value does not filter.

        Audiences are a JSON list, filtered in Python-free SQL on both backends by a
        plain substring of the quoted code, which is safe because codes are fixed slugs.
        """
        result = self
        if audience:
            result = result.filter(audiences__icontains=f'"{audience}"')
        if type:
            result = result.filter(type=type)
        return result


class Resource(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    order = models.IntegerField()
    title = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200)
    what = models.CharField(max_length=200, default="", help_text="What it is, one sentence.")
    for_whom = models.CharField(max_length=200, default="", help_text="Who it is for.")
    description = models.TextField(help_text="Why the source mentions it.")
    audiences = models.JSONField(default=list)
    phases = models.JSONField(default=list)
    type = models.CharField(max_length=20, choices=RESOURCE_TYPE_CHOICES)
    url = models.URLField(max_length=500)
    language = models.CharField(max_length=5, default="nl")
    themes = models.ManyToManyField(Theme, blank=True, related_name="resources")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="resources")
    section = models.CharField(max_length=200)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{reverse('content:resources')}#{self.slug}"

    def audience_labels(self) -> list[str]:
        return vocabulary.AUDIENCES.labels(self.audiences)

    def filter_text(self) -> str:
        """What the resources filter searches: the card's words, folded (no accents, lower
        case). The page's script filters on the same text, so both agree."""
        from steunwijzer.search.text import fold

        themes = [theme.title for theme in self.themes.all()]
        parts = [
            self.title,
            self.organisation,
            self.get_type_display(),
            self.what,
            self.for_whom,
            self.description,
            *self.audience_labels(),
            *self.phase_labels(),
            *themes,
            "Engelstalig" if self.language == "en" else "",
        ]
        return " ".join(fold(" ".join(parts)).split())

    def phase_labels(self) -> list[str]:
        return vocabulary.PHASES.labels(self.phases)


class Text(models.Model):
    """One text of the site that belongs to a fixed code or step, keyed like `rol.school.intro`.

    Written by the content load from content/rollen.yaml, content/steunplan/vragen.yaml and
    content/netwerkkaart/teksten.yaml (see `steunwijzer.content.texts`).
    """

    key = models.CharField(max_length=120, unique=True)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key
