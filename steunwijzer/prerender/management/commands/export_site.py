"""Write the content pages and assets as a static site (steunwijzer/prerender/export.py)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from steunwijzer.prerender.export import export_site


class Command(BaseCommand):
    help = "Export the content pages and static assets to a folder for a static host or CDN."

    def add_arguments(self, parser):
        parser.add_argument("--to", type=Path, default=settings.BASE_DIR / "export")
        parser.add_argument(
            "--app-url",
            default=settings.APP_BASE_URL,
            help="Where the tools run (default: STEUNWIJZER_APP_URL).",
        )

    def handle(self, *args, to: Path, app_url: str, **options):
        if not app_url:
            raise CommandError("Set STEUNWIJZER_APP_URL (or --app-url): where the tools run.")
        try:
            pages = export_site(to=to, app=app_url)
        except ValueError as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"{pages} pages and the static assets written to {to}.")
