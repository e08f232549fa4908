"""The public pages every guard test and browser test visits."""

from steunwijzer.content.models import ROLE_CHOICES

FIXED_PAGES = [
    "/",
    "/cijfers/",
    "/hulpbronnen/",
    "/hulpbronnen/?doelgroep=school",
    "/hulpbronnen/?doelgroep=kind&soort=boek",
    "/bronnen/",
    "/over/",
    "/privacy/",
    "/toegankelijkheid/",
    "/steunplan/",
    "/steunplan/?rol=school&stap=gebeurtenis",
    "/steunplan/?rol=school&leeftijd=8-11&stap=overzicht",
    "/steunplan/advies/?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten",
    "/steunplan/advies/?rol=verzorger&contact=niet-in-belang&thuis=onrust-voor-detentie",
    "/netwerkkaart/",
    "/zoeken/",
    "/zoeken/?q=rouw",
    "/zoeken/?q=papa+in+de+bajes",
    "/zoeken/?q=xyzzy",
    "/bezoek/",
    "/bezoek/?leeftijd=4-7&ouder=moeder",
    "/bezoek/boekje/?leeftijd=8-11",
    "/bezoek/boekje/?leeftijd=0-3&ouder=beide&vorm=gezinsbezoek&eerste=ja&contact=geen",
    "/bezoek/boekje/?leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja",
    "/bezoek/boekje/?leeftijd=12-17&ouder=anders&vorm=beeldbellen&eerste=nee",
    "/bezoek/boekje/?leeftijd=4-7&ouder=moeder&vorm=bezoek&eerste=ja&contact=niet-in-belang",
    "/voor-kinderen/",
    "/hulp/",
]


def public_pages() -> list[str]:
    """Every public HTML page: the fixed ones, each theme and each role page."""
    from steunwijzer.content.models import Theme
    from steunwijzer.voorkind.models import ChildPage

    themes = [theme.get_absolute_url() for theme in Theme.objects.all()]
    roles = [f"/voor/{code}/" for code, _ in ROLE_CHOICES]
    child_pages = [page.get_absolute_url() for page in ChildPage.objects.all()]
    return [*FIXED_PAGES, *themes, *roles, *child_pages]
