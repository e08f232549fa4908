"""The visit booklet, the child pages and the help page in a real Chromium: the form by
keyboard and without JavaScript, axe on every page, print view, a phone's width."""

from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, expect


def tab_to(page: Page, target: Locator, *, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {target}")


def choose(page: Page, group: str, label: str, *, arrows: int) -> None:
    """Tab into the group's first radio, move with the arrow keys, check with Space."""
    tab_to(page, page.get_by_role("group", name=group).get_by_role("radio").first)
    for _ in range(arrows):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.get_by_label(label, exact=True)).to_be_checked()


def test_the_form_by_keyboard_gives_a_booklet_that_passes_axe(
    page, site, requested_hosts, axe_violations
):
    page.goto(site + "/bezoek/")
    assert axe_violations(page) == ""
    # Submitting with nothing chosen: an error summary whose links lead to the questions.
    tab_to(page, page.get_by_role("button", name="Maak het boekje"))
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Er ontbreekt een antwoord")
    assert axe_violations(page) == ""
    choose(page, "Hoe oud is het kind?", "12 tot 18 jaar", arrows=3)
    choose(page, "Bij wie gaat het kind op bezoek?", "Moeder", arrows=1)
    choose(page, "Wat voor bezoek is het?", "Gezinsbezoek: samen in een gezinsruimte", arrows=1)
    choose(page, "Is het de eerste keer?", "Ja, het is de eerste keer", arrows=0)
    tab_to(page, page.get_by_role("button", name="Maak het boekje"))
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn bezoekboekje")
    expect(page.get_by_role("heading", name="De gezinsruimte")).to_be_visible()
    expect(page.get_by_role("heading", name="Een tekening of brief voor mama")).to_be_visible()
    assert "vorm=gezinsbezoek" in page.url and "naam" not in page.url
    assert axe_violations(page) == "", axe_violations(page)
    assert requested_hosts == {urlsplit(site).netloc}


def test_the_form_works_without_javascript_also_for_no_booklet(browser, site, axe_violations):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/bezoek/?leeftijd=4-7&ouder=vader")
    expect(page.get_by_label("4 tot 8 jaar")).to_be_checked()
    page.get_by_label("Beeldbellen: praten via een scherm").check()
    page.get_by_label("Nee, het kind was er al eens").check()
    page.get_by_role("button", name="Maak het boekje").click()
    expect(page.get_by_role("heading", name="De uitnodiging")).to_be_visible()
    link = page.get_by_role("link", name="Download het boekje als pdf (A5)")
    assert link.get_attribute("href").startswith("/bezoek/boekje.pdf?leeftijd=4-7")
    page.get_by_role("link", name="Verander de antwoorden").click()
    page.get_by_label("Niet in het belang van het kind").check()
    page.get_by_role("button", name="Maak het boekje").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("We maken nu geen bezoekboekje")
    expect(page.get_by_role("link", name="0800-2000")).to_have_attribute("href", "tel:08002000")
    context.close()


def test_the_booklet_prints_one_page_per_sheet_without_the_site_around_it(page, site):
    page.goto(site + "/bezoek/boekje/?leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja")
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Download het boekje als pdf (A5)")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_role("heading", name="De balie")).to_be_visible()
    breaks = page.evaluate("getComputedStyle(document.querySelector('.booklet-page')).breakAfter")
    assert breaks == "page"


def test_child_pages_and_help_pass_axe_and_read_on_a_phone(browser, site, axe_violations):
    """At 360 px no page scrolls sideways; at 320 px nothing of ours is wider than the
    screen (the shared header's search form still is: issue 12, item 7)."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site + "/voor-kinderen/")
    links = page.locator("main .child-list a")
    expect(links).to_have_count(8)
    paths = [links.nth(n).get_attribute("href") for n in range(8)]
    booklet = "/bezoek/boekje/?leeftijd=4-7&ouder=beide&vorm=bezoek&eerste=ja"
    for path in ["/voor-kinderen/", *paths, "/hulp/", "/bezoek/", booklet]:
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
        assert axe_violations(page) == "", f"axe on {path}:\n{axe_violations(page)}"
        page.set_viewport_size({"width": 320, "height": 740})
        wide = page.evaluate(
            "Array.from(document.querySelectorAll('main *, .help-block *')).filter(e =>"
            " e.getBoundingClientRect().right > window.innerWidth + 0.5)"
            ".map(e => e.tagName + '.' + e.className)"
        )
        assert wide == [], (path, wide)
    page.goto(site + paths[0])
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.child p')).fontSize)"
    )
    assert size >= 19, size
    context.close()


def test_phone_numbers_never_break_and_the_help_block_leads_to_hulp(page, site):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(site + "/hulp/")
    for number in ["112", "0800-2000", "0800-0432"]:
        link = page.get_by_role("link", name=number, exact=True).first
        assert link.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
        box = link.bounding_box()
        assert box["height"] < 40, number  # one line
    page.goto(site + "/cijfers/")
    page.get_by_role("complementary", name="Hulp nodig?").get_by_role(
        "link", name="Alle hulplijnen, ook voor kinderen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hulp nodig?")


def test_the_bad_address_page_passes_axe(page, site, axe_violations):
    response = page.goto(site + "/bezoek/boekje/?leeftijd=8-11&leeftijd=4-7")
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("twee keer")
    assert axe_violations(page) == ""
