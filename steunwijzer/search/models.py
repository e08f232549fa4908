"""The search index: one document per searchable thing, rebuilt with every content load.

The backend's full-text structure (an FTS5 table on SQLite, a tsvector column with a GIN
index on PostgreSQL) is created by migration 0002 and filled by `index.rebuild_index`.
"""

from django.db import models

from steunwijzer import vocabulary

KIND_LABELS = vocabulary.SEARCH_KINDS.as_dict()

# How a count of each kind reads in Dutch: (one, more), as in "1 thema", "3 thema's"; in the
# order of vocabulary.SEARCH_KINDS.
KIND_COUNTS = dict(
    zip(
        vocabulary.SEARCH_KINDS.codes,
        (
            ("thema", "thema's"),
            ("kennisitem", "kennisitems"),
            ("advies", "adviezen"),
            ("cijfer", "cijfers"),
            ("hulpbron", "hulpbronnen"),
            ("pagina voor kinderen", "pagina's voor kinderen"),
            ("hulplijn", "hulplijnen"),
        ),
        strict=True,
    )
)


class Document(models.Model):
    kind = models.CharField(max_length=20, choices=list(KIND_LABELS.items()))
    key = models.CharField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    body = models.TextField()
    url = models.CharField(max_length=300)
    context = models.CharField(max_length=200, blank=True)
    parent = models.CharField(
        max_length=120,
        blank=True,
        help_text="Key of the document this one is shown under (an advice under its item).",
    )
    title_stems = models.TextField(help_text="Stems of the title, space-separated.")
    body_stems = models.TextField(help_text="Stems of the body, space-separated.")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title


class Synonym(models.Model):
    """A word and the group of words that a search treats as the same."""

    group = models.PositiveIntegerField()
    word = models.CharField(max_length=60)

    class Meta:
        ordering = ["group", "word"]
        constraints = [models.UniqueConstraint(fields=["group", "word"], name="unique_synonym")]

    def __str__(self) -> str:
        return self.word
