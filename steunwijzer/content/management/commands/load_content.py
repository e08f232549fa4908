"""Validate the content files and load them into the database atomically.

Everything a load does is in one function: `steunwijzer.load.load`.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from steunwijzer.content.loading import ContentInvalid
from steunwijzer.load import load


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
            loaded = load(path=folder, check=check)
        except ContentInvalid as invalid:
            for error in invalid.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(invalid.errors)} problem(s) in {folder}; the database was not changed."
            ) from None
        for label in loaded.content.unverified():
            self.stdout.write(f"unverified (not shown on the site): {label}")
        if loaded.report is None:
            self.stdout.write(self.style.SUCCESS(f"Content in {folder} is valid."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Loaded {loaded.report}."))
            self.stdout.write(f"{loaded.pages}.")
