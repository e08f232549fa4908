"""The backend's full-text structure: an FTS5 table on SQLite, a tsvector on PostgreSQL."""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)
POSTGRES_CREATE = [
    "ALTER TABLE search_document ADD COLUMN vector tsvector",
    "CREATE INDEX search_document_vector ON search_document USING gin (vector)",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        for statement in POSTGRES_CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE search_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX search_document_vector")
        schema_editor.execute("ALTER TABLE search_document DROP COLUMN vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
