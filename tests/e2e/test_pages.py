"""Every public page in a real Chromium: axe finds nothing, nothing third-party loads."""

from urllib.parse import urlsplit

from playwright.sync_api import expect

from steunwijzer.core.tests.pages import public_pages


def test_every_public_page_passes_axe_and_stays_on_this_host(
    page, site, requested_hosts, axe_violations
):
    own_host = urlsplit(site).netloc
    for path in public_pages():
        response = page.goto(site + path)
        assert response.status == 200, path
        expect(page.locator("h1")).to_have_count(1)
        assert axe_violations(page) == "", f"axe on {path}:\n{axe_violations(page)}"
    assert requested_hosts == {own_host}


def test_the_404_page_passes_axe(page, site, axe_violations):
    response = page.goto(site + "/bestaat-niet/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet")
    assert axe_violations(page) == ""


def test_home_page_by_keyboard_skip_link_first_then_visible_focus(page, site):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Ga direct naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.keyboard.press("Tab")
    first_in_main = page.evaluate(
        "document.activeElement.closest('main') !== null && document.activeElement.tagName"
    )
    assert first_in_main == "A"
    for _ in range(12):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; })()"
        )
        assert outline[0] != "none" and outline[1] != "0px", outline


def test_every_link_on_the_home_page_is_reachable_by_tab(page, site):
    page.goto(site + "/")
    # Links inside a closed <details> (the home page's tiles) are reachable once it is opened;
    # each summary is a stop of its own.
    summaries = page.evaluate(
        "Array.from(document.querySelectorAll('details')).map(d => d.open = true).length"
    )
    # A link hidden at this width (the phone's "Zoeken" link) is no stop.
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('a[href]'))"
        ".map((a, i) => a.checkVisibility() ? i : -1).filter(i => i >= 0)"
    )
    links = len(shown)
    reached = set()
    for _ in range(links + summaries + 2):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate(
                "Array.from(document.querySelectorAll('a[href]')).indexOf(document.activeElement)"
            )
        )
    assert reached - {-1} == set(shown)


def test_resources_filter_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/hulpbronnen/")
    page.get_by_label("Soort").select_option("boek")
    page.get_by_role("button", name="Toon hulpbronnen").click()
    assert "soort=boek" in page.url
    expect(page.get_by_role("status")).to_contain_text("van")
    expect(page.get_by_role("link", name="Wis filter")).to_be_visible()
    context.close()


def test_a_phone_sized_screen_shows_the_page_without_horizontal_scrolling(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ["/", "/cijfers/", "/hulpbronnen/", "/thema/schaamte-en-stigma/"]:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    context.close()


def test_print_view_hides_navigation_and_writes_out_external_links(page, site):
    page.goto(site + "/thema/steunen/")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()
    expect(page.get_by_role("link", name="Ga direct naar de inhoud")).to_be_hidden()
    link = page.locator("main a[href^='http']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "http" in after
    assert page.pdf(format="A4").startswith(b"%PDF")


def test_an_editor_can_log_in_to_the_admin_and_read_the_content(page, site, django_user_model):
    django_user_model.objects.create_superuser(
        "redacteur", "r@example.invalid", "geheim-wachtwoord-42"
    )
    page.goto(site + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-42")
    page.get_by_role("button", name="Aanmelden").click()
    page.get_by_role("link", name="Items").first.click()
    expect(page.get_by_role("link", name="Zorg voor een vaste vertrouwenspersoon")).to_be_visible()
