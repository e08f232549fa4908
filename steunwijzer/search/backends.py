"""Full-text retrieval per database: FTS5 on SQLite, `dutch` text search on PostgreSQL.

Both get the same input: folded words, only [0-9a-z], so nothing a visitor typed can be
read as query syntax. Both return (document id, rank) with a higher rank better and
titles weighing more than bodies.
"""

from typing import Protocol

from django.db.backends.base.base import BaseDatabaseWrapper

from .query import Query

TITLE_WEIGHT = 5.0
CANDIDATES = 200


class Backend(Protocol):
    def rebuild(self, documents: list) -> None: ...

    def candidates(self, query: Query) -> list[int]: ...


class SQLiteBackend:
    """An FTS5 table of stems (our Python stemmer) with bm25 ranking."""

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection

    def rebuild(self, documents: list) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
                [(d.id, d.title_stems, d.body_stems) for d in documents],
            )

    def candidates(self, query: Query) -> list[int]:
        stems = sorted(query.wanted)
        if not stems:
            return []
        match = " OR ".join(f'"{stem}"' for stem in stems)
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM search_fts "
                "WHERE search_fts MATCH %s ORDER BY bm25(search_fts, %s, 1.0) LIMIT %s",
                [match, TITLE_WEIGHT, CANDIDATES],
            )
            return [row[0] for row in cursor.fetchall()]


class PostgresBackend:
    """A weighted tsvector column (title A, body B) in the `dutch` configuration."""

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection

    def rebuild(self, documents: list) -> None:
        from .text import fold

        with self.connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE search_document SET vector = "
                "setweight(to_tsvector('dutch', %s), 'A') || "
                "setweight(to_tsvector('dutch', %s), 'B') WHERE id = %s",
                [(fold(d.title), fold(d.body), d.id) for d in documents],
            )

    def candidates(self, query: Query) -> list[int]:
        words = sorted({word for term in query.terms for word in term.words})
        if not words:
            return []
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM search_document, "
                "to_tsquery('dutch', %s) AS q WHERE vector @@ q "
                "ORDER BY ts_rank(%s::real[], vector, q) DESC, id LIMIT %s",
                [" | ".join(words), [0.1, 0.2, 1.0 / TITLE_WEIGHT, 1.0], CANDIDATES],
            )
            return [row[0] for row in cursor.fetchall()]


def for_connection(connection: BaseDatabaseWrapper) -> Backend:
    if connection.vendor == "postgresql":
        return PostgresBackend(connection)
    return SQLiteBackend(connection)
