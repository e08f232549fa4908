"""Search by keyboard from the header, in Chromium, with axe on results and empty state."""

from playwright.sync_api import expect


def test_search_from_a_theme_page_header_by_keyboard_and_open_a_result(page, site, axe_violations):
    page.goto(site + "/thema/school/")
    field = page.get_by_role("searchbox", name="Zoek op de site")
    for _ in range(30):
        page.keyboard.press("Tab")
        if field.evaluate("el => el === document.activeElement"):
            break
    expect(field).to_be_focused()
    page.keyboard.type("bezoek gevangenis")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/zoeken/?q=bezoek+gevangenis")
    expect(page.get_by_role("heading", level=1)).to_have_text("Zoeken")
    assert axe_violations(page) == ""
    result = page.get_by_role("link", name="Bezoek aan de gevangenis", exact=True)
    result.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/thema/gebeurtenissen/#gevangenisbezoek")


def test_the_empty_state_passes_axe_and_offers_themes(page, site, axe_violations):
    page.goto(site + "/zoeken/?q=xyzzy")
    expect(page.get_by_role("heading", name="Niets gevonden voor ‘xyzzy’")).to_be_visible()
    expect(page.get_by_role("link", name="De rol van school")).to_be_visible()
    assert axe_violations(page) == ""
