"""Look and lead (issue 12): every page reflows at 320 px with targets of at least 24 px,
the start actions show without scrolling, the header is one row on a wide screen."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from steunwijzer.core.tests.pages import public_pages

# WCAG 2.2 SC 2.5.8 as a script: the targets too small and too close to another target.
TARGET_SIZE = (Path(__file__).parent / "target_size.js").read_text(encoding="utf-8")


def test_every_public_page_reflows_at_320_px_with_targets_of_24_px(browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in public_pages():
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
        assert page.evaluate(TARGET_SIZE) == [], path
        assert page.locator('a[href="/hulp/"]').count() >= 1, path
    context.close()


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_the_start_actions_show_on_the_home_page_without_scrolling(browser, site, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site + "/")
    for name in [
        "Maak een steunplan",
        "Teken een netwerkkaart",
        "Bereid een bezoek voor",
        "Hulp nodig? Alle hulplijnen, ook voor kinderen",
    ]:
        link = page.get_by_role("link", name=name, exact=True)
        expect(link).to_be_in_viewport(ratio=1)
    assert page.evaluate("window.scrollY") == 0
    context.close()


@pytest.mark.parametrize("width,most", [(1280, 90), (390, 150)])
def test_the_header_is_one_row_on_a_wide_screen_and_compact_on_a_phone(browser, site, width, most):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site + "/thema/steunen/")
    height = page.locator(".site-header").bounding_box()["height"]
    assert height <= most, height
    search = page.get_by_role("search", name="Zoek op de site")
    if width >= 1200:
        expect(search).to_be_visible()
    else:
        expect(page.get_by_role("link", name="Zoeken", exact=True)).to_be_visible()
    context.close()


def test_the_menu_and_the_breadcrumbs_lead_to_the_themes(page, site, axe_violations):
    page.goto(site + "/cijfers/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thema's")
    for group in ["Begrijpen wat het kind meemaakt", "Situaties en fasen", "Wat je kunt doen"]:
        expect(page.get_by_role("heading", level=2, name=group)).to_be_visible()
    page.get_by_role("link", name="Schaamte en stigma").click()
    page.get_by_role("navigation", name="Kruimelpad").get_by_role("link", name="Thema's").click()
    assert page.url.endswith("/thema/")
    assert axe_violations(page) == ""


def test_a_reaction_tile_and_a_phase_open_on_the_home_page(page, site):
    page.goto(site + "/")
    tile = page.locator("details.tile").first
    tile.locator("summary").click()
    expect(tile.get_by_role("link", name="Meer in het thema", exact=False)).to_be_visible()
    phase = page.locator("details#fase-detentie")
    phase.locator("summary").click()
    expect(phase.get_by_role("listitem").first).to_be_visible()
