"""Check every link in the content files for rot; exit non-zero when one is broken."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from steunwijzer.content.linkcheck import check_urls
from steunwijzer.content.loading import ContentInvalid, read_valid_content


class Command(BaseCommand):
    help = (
        "Check that every URL of the resources and sources in the content files still "
        "answers. Makes network calls. Exit code 1 when a link is broken."
    )

    def add_arguments(self, parser):
        parser.add_argument("--path", type=Path, default=None, help="Content folder.")
        parser.add_argument("--timeout", type=float, default=10.0, help="Seconds per request.")

    def handle(self, *args, path: Path | None, timeout: float, **options):
        try:
            content = read_valid_content(path=path or settings.CONTENT_DIR)
        except ContentInvalid as invalid:
            raise CommandError(f"The content is not valid:\n{invalid}") from None
        owners = {r.url: f"resource {r.slug}" for r in content.resources}
        owners.update({s.url: f"source {s.slug}" for s in content.sources if s.url})
        results = check_urls(owners, timeout=timeout)
        for result in results:
            if not result.ok:
                self.stdout.write(f"BROKEN  {owners[result.url]}: {result.url} ({result.problem})")
            elif result.moved:
                self.stdout.write(
                    f"MOVED   {owners[result.url]}: {result.url} -> {result.final_url}"
                )
            else:
                self.stdout.write(f"ok      {owners[result.url]}: {result.url}")
        broken = [r for r in results if not r.ok]
        if broken:
            raise CommandError(f"{len(broken)} of {len(results)} links are broken.")
        self.stdout.write(self.style.SUCCESS(f"All {len(results)} links answer."))
