"""The resources directory in Chromium: its words filter with and without JavaScript, the
child's own pages, and the grouped search results, each with axe."""

from urllib.parse import urlencode

from playwright.sync_api import expect


def cards(page):
    return page.locator("li.resource:visible")


def test_the_words_filter_works_without_javascript_and_passes_axe(
    browser, page, site, axe_violations
):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(site + "/hulpbronnen/")
    expect(cards(plain)).to_have_count(13)
    plain.get_by_label("Zoek op een woord").fill("boekenlijst")
    plain.get_by_role("button", name="Toon hulpbronnen").click()
    expect(plain).to_have_url(f"{site}/hulpbronnen/?zoek=boekenlijst&doelgroep=&soort=")
    expect(cards(plain)).to_have_count(1)
    expect(plain.get_by_role("status")).to_have_text("1 van de 13 hulpbronnen past bij je filter.")
    plain.get_by_label("Zoek op een woord").fill("xyzzy")
    plain.get_by_role("button", name="Toon hulpbronnen").click()
    expect(cards(plain)).to_have_count(0)
    expect(plain.get_by_text("Geen hulpbronnen gevonden voor ‘xyzzy’.")).to_be_visible()
    context.close()
    # axe needs JavaScript: it scans the same answers in a page that runs it.
    for words in ["boekenlijst", "xyzzy"]:
        page.goto(f"{site}/hulpbronnen/?zoek={words}")
        assert axe_violations(page) == ""


def test_typing_filters_the_cards_at_once_and_the_count_follows(page, site, axe_violations):
    page.goto(site + "/hulpbronnen/")
    field = page.get_by_label("Zoek op een woord")
    field.press_sequentially("expertisecentrum")
    expect(page.get_by_role("status")).to_contain_text(
        "van de 13 hulpbronnen passen bij je filter."
    )
    shown = cards(page).count()
    assert 1 < shown < 13
    # The server gives the same cards for the same words.
    server = page.context.new_page()
    server.goto(site + "/hulpbronnen/?zoek=expertisecentrum")
    assert sorted(
        server.locator("li.resource").evaluate_all("els => els.map(e => e.id)")
    ) == sorted(cards(page).evaluate_all("els => els.map(e => e.id)"))
    server.close()
    field.fill("xyzzy")
    expect(page.get_by_role("status")).to_have_text(
        "Geen van de 13 hulpbronnen past bij je filter."
    )
    expect(page.get_by_text("Geen hulpbronnen gevonden voor ‘xyzzy’.")).to_be_visible()
    expect(page.get_by_role("link", name="zoek op de hele site")).to_have_attribute(
        "href", "/zoeken/?q=xyzzy"
    )
    assert axe_violations(page) == ""
    field.fill("")
    expect(cards(page)).to_have_count(13)
    expect(page.get_by_role("status")).to_have_text("13 hulpbronnen.")


def test_the_child_section_leads_to_the_childs_own_pages(page, site):
    page.goto(site + "/hulpbronnen/")
    page.get_by_role("link", name="Voor het kind zelf").click()
    section = page.locator("section", has=page.get_by_role("heading", name="Voor het kind zelf"))
    expect(section.get_by_role("link", name="Voor kinderen", exact=True)).to_be_visible()
    expect(section.get_by_role("link", name="Bezoek voorbereiden")).to_be_visible()
    section.get_by_role("link", name="De Kindertelefoon").click()
    expect(page).to_have_url(f"{site}/hulp/#kindertelefoon")


def test_an_item_and_its_advice_are_one_search_result_and_pass_axe(page, site, axe_violations):
    page.goto(site + "/zoeken/?q=loyaliteit")
    expect(page.get_by_role("status")).to_have_text(
        "2 resultaten voor ‘loyaliteit’: 1 thema, 1 kennisitem."
    )
    result = page.locator("li.search-hit").first
    expect(result.get_by_role("heading")).to_have_text("Het kind is vaak loyaal aan beide ouders")
    expect(result.get_by_text("Ook als advies in het steunplan:")).to_be_visible()
    assert axe_violations(page) == ""


def test_typing_shows_the_cards_the_server_shows_for_any_script(page, site):
    """The browser folds and splits words as the server does, also outside Latin letters."""
    page.goto(site + "/hulpbronnen/")
    field = page.get_by_label("Zoek op een woord")
    server = page.context.new_page()
    for typed in ["тюрьма", "سجن", "Café boek boek", "ouders, kinderen"]:
        field.fill(typed)
        server.goto(site + "/hulpbronnen/?" + urlencode({"zoek": typed}))
        expected = sorted(server.locator("li.resource").evaluate_all("els => els.map(e => e.id)"))
        expect(page.get_by_role("status")).to_have_text(
            server.get_by_role("status").inner_text(), timeout=3000
        )
        assert sorted(cards(page).evaluate_all("els => els.map(e => e.id)")) == expected, typed
    server.close()
