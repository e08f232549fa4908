"""The warm-up renders a real PDF with the site's PDF stylesheet."""

from steunwijzer.core import warmup


def test_warm_up_renders_one_pdf_through_the_sites_renderer(monkeypatch):
    made = []
    real = warmup.render_pdf

    def keep(**kwargs):
        made.append(pdf := real(**kwargs))
        return pdf

    monkeypatch.setattr(warmup, "render_pdf", keep)
    assert warmup.warm_up() > 0
    assert len(made) == 1 and made[0].startswith(b"%PDF")
