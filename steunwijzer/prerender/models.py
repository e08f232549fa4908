"""The content version: one row, changed by every content load inside its transaction.

Each machine's folder of pre-rendered pages records the version it was rendered from; a
server only sends those files while they match this row (docs/performance.md).
"""

from django.db import models


class ContentVersion(models.Model):
    """The version of the content in the database (a single row, primary key 1)."""

    version = models.CharField(max_length=64)
    changed = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "inhoudsversie"
        verbose_name_plural = "inhoudsversies"

    def __str__(self) -> str:
        return self.version
