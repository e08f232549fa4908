"""Validate the content files and load them into the database atomically."""

from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from steunwijzer.content.loading import ContentInvalid, load_content
from steunwijzer.content.sync import sync_content
from steunwijzer.prerender.pages import prerender_pages


class Command(BaseCommand):
    help = (
        "Validate the content files (docs/content-format.md) and load them into the "
        "database in one transaction. With --check, only validate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            type=Path,
            default=None,
            help="Folder with the content files (default: STEUNWIJZER_CONTENT_DIR or content/).",
        )
        parser.add_argument("--check", action="store_true", help="Validate only; write nothing.")

    def handle(self, *args, path: Path | None, check: bool, **options):
        folder = path or settings.CONTENT_DIR
        try:
            content = load_content(
                path=folder,
                extensions=[import_module(name) for name in settings.CONTENT_EXTENSIONS],
            )
        except ContentInvalid as invalid:
            for error in invalid.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(invalid.errors)} problem(s) in {folder}; the database was not changed."
            ) from None
        for label in content.unverified():
            self.stdout.write(f"unverified (not shown on the site): {label}")
        if check:
            self.stdout.write(self.style.SUCCESS(f"Content in {folder} is valid."))
            return
        with transaction.atomic():
            report = sync_content(content=content)
            pages = prerender_pages()  # last step of the load, inside its transaction
        self.stdout.write(self.style.SUCCESS(f"Loaded {report}."))
        self.stdout.write(f"{pages}.")
