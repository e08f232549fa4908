"""The shared components in a real Chromium, on the pages that use them, with axe."""

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    ("path", "status", "title", "line", "field"),
    [
        (
            "/hulpbronnen/?soort=film",
            400,
            "Dit filter kennen we niet:",
            "Kies een soort uit de lijst.",
            "Soort",
        ),
        (
            "/steunplan/?vraag=rol&ga=verder",
            200,
            "Er ontbreekt een antwoord",
            "Kies een antwoord om verder te gaan.",
            "Ik werk op school of in de kinderopvang",
        ),
    ],
)
def test_an_error_summary_is_an_alert_whose_line_takes_you_to_the_field(
    page, site, axe_violations, path, status, title, line, field
):
    response = page.goto(site + path)
    assert response.status == status
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading", level=2)).to_have_text(title)
    summary.get_by_role("link", name=line).click()
    expect(page.get_by_label(field, exact=True)).to_be_focused()
    assert axe_violations(page) == ""


def test_the_plan_address_error_lists_each_problem_and_passes_axe(page, site, axe_violations):
    response = page.goto(site + "/steunplan/advies/?rol=xx&leeftijd=8-11")
    assert response.status == 400
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading", level=2)).to_have_text("Dit konden we niet gebruiken:")
    expect(summary.get_by_role("listitem")).to_have_count(1)
    expect(summary.get_by_role("link")).to_have_count(0)
    assert axe_violations(page) == ""


def test_breadcrumbs_lead_home_and_mark_the_current_page(page, site, axe_violations):
    page.goto(site + "/thema/steunen/")
    crumbs = page.get_by_role("navigation", name="Kruimelpad")
    expect(crumbs.get_by_role("listitem")).to_have_count(3)
    expect(crumbs.locator("[aria-current=page]")).to_have_text(
        page.get_by_role("heading", level=1).inner_text()
    )
    crumbs.get_by_role("link", name="Thema's").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thema's")
    page.go_back()
    crumbs.get_by_role("link", name="Home").click()
    expect(page).to_have_url(site + "/")
    assert axe_violations(page) == ""
