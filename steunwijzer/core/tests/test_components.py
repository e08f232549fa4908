"""The shared components of `{% load components %}`: each renders the markup it promises."""

from dataclasses import dataclass

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.test.html import parse_html

from steunwijzer.content.forms import ResourceFilterForm
from steunwijzer.content.models import Resource, Source, Theme


def render(source: str, **context) -> str:
    return Template("{% load components %}" + source).render(Context(context))


def same_html(actual: str, expected: str) -> bool:
    """Equal as HTML: attribute order and whitespace between tags do not count."""
    return parse_html(actual) == parse_html(expected)


@dataclass(frozen=True)
class Line:
    message: str
    target: str = ""


# Error summary --------------------------------------------------------------------------


def test_the_error_summary_is_a_focusable_alert_with_a_heading_and_links_to_the_fields():
    errors = [Line("Vul een naam in.", "id_naam"), Line("Kies een ring.", "id_ring_0")]
    html = render('{% error_summary "Dat lukte niet" errors=errors %}', errors=errors)
    expected = """
      <div class="error-summary" role="alert" tabindex="-1">
        <h2 class="error-title">Dat lukte niet</h2>
        <ul>
          <li><a href="#id_naam">Vul een naam in.</a></li>
          <li><a href="#id_ring_0">Kies een ring.</a></li>
        </ul>
      </div>"""
    assert same_html(html, expected), html


def test_the_error_summary_links_each_field_error_of_a_form_to_its_field():
    form = ResourceFilterForm({"doelgroep": "xx", "soort": "film"})
    assert not form.is_valid()
    html = render('{% error_summary "Dit filter kennen we niet:" form=form %}', form=form)
    expected = f"""
      <div class="error-summary" role="alert" tabindex="-1">
        <h2 class="error-title">Dit filter kennen we niet:</h2>
        <ul>
          <li><a href="#{form["doelgroep"].id_for_label}">Kies een doelgroep uit de lijst.</a></li>
          <li><a href="#{form["soort"].id_for_label}">Kies een soort uit de lijst.</a></li>
        </ul>
      </div>"""
    assert same_html(html, expected), html
    assert 'href="#id_doelgroep"' in html  # the id the filter's <select> carries


def test_a_line_without_a_field_is_shown_without_a_link():
    html = render(
        '{% error_summary "Dit konden we niet gebruiken:" errors=problems %}',
        problems=[{"message": "De rol <b>xx</b> kennen we niet."}],
    )
    expected = """
      <div class="error-summary" role="alert" tabindex="-1">
        <h2 class="error-title">Dit konden we niet gebruiken:</h2>
        <ul><li>De rol &lt;b&gt;xx&lt;/b&gt; kennen we niet.</li></ul>
      </div>"""
    assert same_html(html, expected), html


def test_a_single_message_links_to_its_target_and_id_note_and_classes_are_kept():
    html = render(
        '{% error_summary "Er ontbreekt een antwoord" message="Kies een antwoord." target=name|add:"-1"'
        ' note="De kaart is niet veranderd." id="nk-fouten" classes="nk-errors" %}',
        name="rol",
    )
    expected = """
      <div class="error-summary nk-errors" role="alert" tabindex="-1" id="nk-fouten">
        <h2 class="error-title">Er ontbreekt een antwoord</h2>
        <ul><li><a href="#rol-1">Kies een antwoord.</a></li></ul>
        <p>De kaart is niet veranderd.</p>
      </div>"""
    assert same_html(html, expected), html


def test_without_errors_the_error_summary_renders_nothing():
    form = ResourceFilterForm({"doelgroep": "school"})
    assert form.is_valid()
    html = render(
        '{% error_summary "Dat lukte niet" errors=errors form=form %}', errors=[], form=form
    )
    assert html.strip() == ""


# Breadcrumbs ----------------------------------------------------------------------------


def test_breadcrumbs_are_a_named_nav_from_home_to_the_current_page():
    html = render(
        '{% breadcrumbs "Thema\'s" "/thema/" "Rouw" "/thema/rouw/" current=title %}',
        title="Wat je kunt doen",
    )
    expected = """
      <nav aria-label="Kruimelpad" class="breadcrumbs utrecht-breadcrumb-nav">
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        <li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link
          utrecht-breadcrumb-nav__link--first" href="/">Home</a></li>
        <li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link"
          href="/thema/">Thema's</a></li>
        <li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link"
          href="/thema/rouw/">Rouw</a></li>
        <li class="utrecht-breadcrumb-nav__item" aria-current="page">Wat je kunt doen</li>
      </ol></nav>"""
    assert same_html(html, expected), html


def test_breadcrumbs_of_a_page_just_below_home():
    html = render('{% breadcrumbs current="Voor leerkrachten" %}')
    expected = """
      <nav aria-label="Kruimelpad" class="breadcrumbs utrecht-breadcrumb-nav">
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        <li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link
          utrecht-breadcrumb-nav__link--first" href="/">Home</a></li>
        <li class="utrecht-breadcrumb-nav__item" aria-current="page">Voor leerkrachten</li>
      </ol></nav>"""
    assert same_html(html, expected), html


def test_breadcrumbs_refuse_a_label_without_a_url():
    with pytest.raises(TemplateSyntaxError):
        render('{% breadcrumbs "Thema\'s" current="Rouw" %}')


# Source citation and resource card ------------------------------------------------------


@pytest.fixture
def source(db):
    return Source.objects.create(
        slug="component-bron",
        title="Een bron & meer",
        organisation="Stichting Voorbeeld",
        year=2024,
        kind="onderzoek",
    )


@pytest.fixture
def resource(source):
    theme = Theme.objects.create(slug="component-thema", title="Een thema", order=999)
    resource = Resource.objects.create(
        slug="component-hulp",
        order=999,
        title="Een gids",
        organisation="Stichting Voorbeeld",
        what="Een gids voor de klas.",
        for_whom="Leerkrachten.",
        description="Wat de bron erover zegt.",
        audiences=["school"],
        phases=["detentie"],
        type="boek",
        url="https://voorbeeld.nl/gids?a=1&b=2",
        language="en",
        source=source,
        section="Hulp voor school",
    )
    resource.themes.add(theme)
    return resource


CITATION = (
    '<p class="source">Bron: <a href="/bronnen/#bron-component-bron">Stichting Voorbeeld '
    "(2024), <cite>Een bron &amp; meer</cite></a>, onderdeel ‘Hulp voor school’.</p>"
)


def test_a_source_citation_names_the_source_links_to_it_and_names_the_section(resource):
    html = render("{% source_citation record %}", record=resource)
    assert same_html(html, CITATION), html


def test_a_resource_card_links_out_and_shows_kind_facts_and_source(resource):
    html = render("{% resource_card resource %}", resource=resource)
    expected = f"""
      <li class="resource" id="component-hulp">
        <h2 class="resource-title"><a href="https://voorbeeld.nl/gids?a=1&amp;b=2"
          rel="noopener noreferrer">Een gids<span class="visually-hidden"> (externe site)</span></a></h2>
        <p class="meta">{resource.get_type_display()} · Stichting Voorbeeld · Engelstalig</p>
        <p class="resource-what">Een gids voor de klas.</p>
        <dl class="facts">
          <dt>Voor wie</dt><dd>Leerkrachten.</dd>
          <dt>Waarom hier</dt><dd>Wat de bron erover zegt.</dd>
          <dt>Wanneer</dt><dd>{", ".join(resource.phase_labels())}</dd>
          <dt>Thema</dt><dd><a href="/thema/component-thema/">Een thema</a></dd>
        </dl>
        {CITATION}
      </li>"""
    assert same_html(html, expected), html


def test_a_filterable_resource_card_carries_its_folded_words(resource):
    html = render("{% resource_card resource filterable=True %}", resource=resource)
    assert 'data-filter-text="een gids stichting voorbeeld boek een gids voor de klas.' in html
    assert "leerkrachten." in html and "engelstalig" in html


def test_a_short_resource_card_has_its_heading_level_and_id_and_no_facts(resource):
    html = render(
        '{% resource_card resource level=3 id_prefix="hulpbron-" details=False %}',
        resource=resource,
    )
    expected = f"""
      <li class="resource" id="hulpbron-component-hulp">
        <h3 class="resource-title"><a href="https://voorbeeld.nl/gids?a=1&amp;b=2"
          rel="noopener noreferrer">Een gids<span class="visually-hidden"> (externe site)</span></a></h3>
        <p class="meta">{resource.get_type_display()} · Stichting Voorbeeld · Engelstalig</p>
        <p class="resource-what">Een gids voor de klas.</p>
        <p>Voor wie: Leerkrachten.</p>
      </li>"""
    assert same_html(html, expected), html


@pytest.mark.parametrize("level", [1, 7])
def test_a_resource_card_refuses_a_heading_level_outside_2_to_6(resource, level):
    with pytest.raises(TemplateSyntaxError):
        render("{% resource_card resource level=level %}", resource=resource, level=level)


# No copies ------------------------------------------------------------------------------

COMPONENT_MARKUP = {
    "error_summary": 'class="error-summary',
    "breadcrumbs": 'aria-label="Kruimelpad"',
    "source_citation": '<p class="source">Bron:',
    "resource_card": 'class="resource"',
}


@pytest.mark.parametrize("component", sorted(COMPONENT_MARKUP))
def test_no_template_copies_the_markup_of_a_component(component):
    """Pages use the tag; only the component's own template spells its markup."""
    from pathlib import Path

    import steunwijzer

    root = Path(steunwijzer.__file__).parent
    own = root / "core" / "templates" / "core" / "components" / f"{component}.html"
    assert COMPONENT_MARKUP[component] in own.read_text(encoding="utf-8")
    copies = [
        str(path.relative_to(root))
        for path in root.glob("*/templates/**/*.html")
        if path != own and COMPONENT_MARKUP[component] in path.read_text(encoding="utf-8")
    ]
    assert copies == []
