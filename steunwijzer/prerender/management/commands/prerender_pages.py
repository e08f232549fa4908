"""Render the content pages into this machine's folder (steunwijzer/prerender)."""

from django.core.management.base import BaseCommand

from steunwijzer.prerender.pages import prerender_if_stale, prerender_pages


class Command(BaseCommand):
    help = (
        "Pre-render the content pages. With --if-stale (server start, other machines after a "
        "load): only when this machine's folder is not of the database's content version."
    )

    def add_arguments(self, parser):
        parser.add_argument("--if-stale", action="store_true")

    def handle(self, *args, if_stale: bool, **options):
        report = prerender_if_stale() if if_stale else prerender_pages()
        self.stdout.write(str(report) if report else "Pre-rendered pages are up to date.")
