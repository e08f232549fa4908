"""The support plan in a real Chromium: the whole wizard by keyboard, with a change of answer,
axe on every step and on the plan, nothing from other hosts, print and phone views."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, expect


def tab_to(page: Page, target: Locator, *, limit: int = 40) -> None:
    """Press Tab until `target` has the keyboard focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {target}")


def expect_step(page: Page, number: int, total: int, question: str, axe) -> None:
    """The step's number and question in the heading and the title; axe finds nothing."""
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text(f"Stap {number} van {total}")
    expect(heading).to_contain_text(question)
    expect(page).to_have_title(re.compile(rf"^Stap {number} van {total}: "))
    assert axe(page) == "", f"axe on step {number}:\n{axe(page)}"


def choose(page: Page, label: str, *, arrows: int = 0) -> None:
    """Tab into a radio group, move with the arrow keys, and check with Space."""
    tab_to(page, page.get_by_role("radio").first)
    for _ in range(arrows):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.get_by_label(label)).to_be_checked()


def tick(page: Page, label: str) -> None:
    tab_to(page, page.get_by_label(label))
    page.keyboard.press("Space")
    expect(page.get_by_label(label)).to_be_checked()


def press_button(page: Page, name: str) -> None:
    tab_to(page, page.get_by_role("button", name=name, exact=True))
    page.keyboard.press("Enter")
    page.wait_for_load_state()


def test_the_whole_wizard_by_keyboard_with_a_change_reaches_a_safe_plan(
    page, site, requested_hosts, axe_violations
):
    page.goto(site + "/steunplan/")
    expect_step(page, 1, 10, "Wat is jouw rol?", axe_violations)
    expect(page.get_by_text("Steunwijzer bewaart niets.")).to_be_visible()
    press_button(page, "Volgende")
    expect(page.get_by_role("alert")).to_contain_text("Kies een antwoord om verder te gaan.")
    assert axe_violations(page) == ""
    choose(page, "Ik werk op school")
    press_button(page, "Volgende")

    expect_step(page, 2, 10, "Hoe oud is het kind?", axe_violations)
    choose(page, "8 tot 12 jaar", arrows=2)
    press_button(page, "Volgende")
    expect_step(page, 3, 10, "Welke ouder zit of zat in de gevangenis?", axe_violations)
    choose(page, "De vader")
    press_button(page, "Volgende")
    expect_step(page, 4, 10, "Hoe ver is het nu?", axe_violations)
    choose(page, "De ouder zit een straf uit in de gevangenis", arrows=2)
    press_button(page, "Volgende")
    expect_step(page, 5, 10, "Weet het kind wat er is gebeurd?", axe_violations)
    choose(page, "Dat weet ik niet", arrows=3)
    press_button(page, "Volgende")
    expect_step(page, 6, 10, "Heeft het kind iets meegemaakt", axe_violations)
    tick(page, "Het kind wordt gepest")

    press_button(page, "Vorige vraag")
    expect_step(page, 5, 10, "Weet het kind wat er is gebeurd?", axe_violations)
    expect(page.get_by_label("Dat weet ik niet")).to_be_checked()
    press_button(page, "Volgende")
    expect(page.get_by_label("Het kind wordt gepest")).to_be_checked()
    press_button(page, "Volgende")

    expect_step(page, 7, 10, "Hoe is het contact", axe_violations)
    choose(page, "Het kind heeft weinig contact met de ouder", arrows=1)
    press_button(page, "Volgende")
    expect_step(page, 8, 10, "Wat speelt er thuis?", axe_violations)
    press_button(page, "Volgende")
    expect_step(page, 9, 10, "Wat zie je aan het kind?", axe_violations)
    tick(page, "Het kind is stil of trekt zich terug")
    press_button(page, "Volgende")

    expect_step(page, 10, 10, "Controleer je antwoorden", axe_violations)
    expect(page.get_by_text("Het kind heeft weinig contact met de ouder")).to_be_visible()
    tab_to(
        page, page.get_by_role("link", name=re.compile("Wijzig je antwoord op ‘Hoe is het contact"))
    )
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect_step(page, 7, 10, "Hoe is het contact", axe_violations)
    expect(page.get_by_label("Het kind heeft weinig contact met de ouder")).to_be_checked()
    tab_to(page, page.get_by_label("Het kind heeft weinig contact met de ouder"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(
        page.get_by_label(re.compile("Contact is niet in het belang van het kind"))
    ).to_be_checked()
    press_button(page, "Opslaan")

    expect_step(page, 10, 10, "Controleer je antwoorden", axe_violations)
    expect(page.get_by_text("Contact is niet in het belang van het kind").first).to_be_visible()
    tab_to(page, page.get_by_role("link", name="Bekijk het steunplan"))
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    expect(page.get_by_role("heading", level=1)).to_have_text("Steunplan")
    assert "contact=niet-in-belang" in page.url and "gebeurtenis=pesten" in page.url
    expect(page.get_by_role("heading", name="Veiligheid gaat voor")).to_be_visible()
    expect(page.get_by_role("heading", name="Begin hiermee", exact=True)).to_be_visible()
    expect(
        page.get_by_role("heading", name=re.compile("Bespreek ze met de aandachtsfunctionaris"))
    ).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("Vraag Veilig Thuis"))).to_have_count(0)
    expect(page.get_by_role("heading", name=re.compile("Betrek de ouder"))).to_have_count(0)
    assert axe_violations(page) == ""
    assert requested_hosts == {urlsplit(site).netloc}


def test_the_wizard_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/steunplan/")
    page.get_by_label("Ik ben de ouder thuis, pleegouder of een andere verzorger").check()
    page.get_by_role("button", name="Volgende").click()
    page.get_by_role("button", name="Sla deze vraag over").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welke ouder")
    for _ in range(7):
        page.get_by_role("button", name="Volgende").click()
    page.get_by_role("link", name="Bekijk het steunplan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Steunplan")
    expect(page.get_by_role("button", name="Print dit plan")).to_be_hidden()
    expect(page.get_by_role("link", name="Download als pdf")).to_be_visible()
    context.close()


def test_the_plan_prints_without_its_controls_and_offers_a_print_button(page, site):
    page.goto(site + "/steunplan/advies/?rol=school&leeftijd=8-11&gebeurtenis=bezoek")
    print_button = page.get_by_role("button", name="Print dit plan")
    expect(print_button).to_be_visible()
    page.emulate_media(media="print")
    expect(print_button).to_be_hidden()
    expect(page.get_by_role("link", name="Antwoorden wijzigen")).to_be_hidden()
    expect(page.get_by_role("navigation", name="In dit plan")).to_be_hidden()
    expect(page.get_by_role("heading", name="Begin hiermee", exact=True)).to_be_visible()
    assert page.pdf(format="A4").startswith(b"%PDF")


def test_the_plan_and_a_step_fit_a_phone_screen(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in [
        "/steunplan/?rol=school&stap=fase",
        "/steunplan/?rol=school&leeftijd=8-11&stap=overzicht",
        "/steunplan/advies/?rol=verzorger&contact=niet-in-belang&thuis=onrust-voor-detentie",
    ]:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    context.close()


def test_the_page_for_a_bad_address_passes_axe_and_leads_back(page, site, axe_violations):
    response = page.goto(site + "/steunplan/advies/?rol=school&kleur=rood")
    assert response.status == 400
    assert axe_violations(page) == ""
    page.get_by_role("link", name="Ga verder met de antwoorden die wel kloppen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Controleer je antwoorden")


def test_an_advice_opens_on_its_own_page_from_the_plan_and_prints_without_navigation(
    page, site, axe_violations
):
    page.goto(site + "/steunplan/advies/?rol=verzorger&leeftijd=12-17&ouder=anders")
    page.locator("#deel-elk-kind > summary").click()  # it holds for every child: folded
    item = page.locator("#advies-vertrouwenspersoon")
    expect(item.get_by_role("link", name="Met wie kun je praten?")).to_be_visible()
    item.get_by_text("Waarom en bron").click()
    item.get_by_role("link", name="Dit advies op een eigen pagina").click()
    expect(page).to_have_url(re.compile(r"/steunplan/advies/vertrouwenspersoon/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Zorg voor een vaste vertrouwenspersoon"
    )
    crumbs = page.get_by_role("navigation", name="Kruimelpad")
    expect(crumbs.get_by_role("link", name="Steunplan")).to_be_visible()
    expect(page.get_by_role("link", name="Met wie kun je praten?")).to_be_visible()
    expect(page.get_by_role("button", name="Print dit advies")).to_be_visible()
    # Each role's text is folded under its heading; a reader opens their own.
    school = page.get_by_text("Dat kun jij zijn, of een collega.")
    expect(school).to_be_hidden()
    page.get_by_role("heading", name="Voor scholen").click()
    expect(school).to_be_visible()
    assert axe_violations(page) == ""
    # Printing opens every role's text (the print script, on beforeprint).
    page.locator("details.advice-role").first.evaluate("d => d.open = false")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.advice-role:not([open])").count() == 0
    page.emulate_media(media="print")
    expect(crumbs).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()
    expect(page.get_by_role("button", name="Print dit advies")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
