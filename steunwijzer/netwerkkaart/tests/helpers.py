"""Driving the map page through Django's test client, as a browser without script would."""

import html
import json
import re

from django.test import Client

from steunwijzer.netwerkkaart.model import NetworkMap, load_map, map_to_json

MAP_URL = "/netwerkkaart/"


def state_of(response) -> str:
    """The map the page carries in its forms (the hidden field `kaart`)."""
    found = set(re.findall(r'name="kaart" value="([^"]*)"', response.content.decode()))
    assert len(found) == 1, "every form of the page carries the same map"
    return html.unescape(found.pop())


def map_of(response) -> NetworkMap:
    text = state_of(response)
    return load_map(text) if text else NetworkMap()


def press(client: Client, response_or_state, actie: str, **fields):
    """Press the button `actie` on the page, with the map of `response_or_state`."""
    state = response_or_state if isinstance(response_or_state, str) else state_of(response_or_state)
    data = {"kaart": state, "actie": actie}
    data.update({key.replace("__", "-"): value for key, value in fields.items()})
    return client.post(MAP_URL, data)


def add(client: Client, response_or_state, naam: str, sector: str = "gezin", ring: int = 1, **more):
    fields = {"persoon-naam": naam, "persoon-sector": sector, "persoon-ring": ring}
    fields.update({f"persoon-{key}": value for key, value in more.items()})
    return press(client, response_or_state, "toevoegen", **fields)


def build(client: Client, names: list[str]):
    """A page with one person per name, added through the form."""
    response = client.get(MAP_URL)
    for index, naam in enumerate(names):
        response = add(
            client,
            response,
            naam,
            sector=["gezin", "familie", "school", "vrienden"][index % 4],
            ring=1 + index % 3,
            relatie="positief",
            weet_van_detentie="on",
            steun=["emotioneel"],
            notitie=f"Notitie over {naam}",
        )
        assert response.status_code == 200, response.content.decode()[:2000]
    return response


def as_text(network: NetworkMap) -> str:
    return map_to_json(network)


def errors_of(response) -> list[str]:
    text = response.content.decode()
    summary = re.search(r'id="nk-fouten">(.*?)</div>', text, re.S)
    if not summary:
        return []
    return [
        html.unescape(re.sub(r"<[^>]+>", "", item))
        for item in re.findall(r"<li>(.*?)</li>", summary.group(1), re.S)
    ]


def file_of(network_or_text, name: str = "kaart.json"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = (
        network_or_text
        if isinstance(network_or_text, (str, bytes))
        else map_to_json(network_or_text)
    )
    raw = text.encode() if isinstance(text, str) else text
    return SimpleUploadedFile(name, raw, content_type="application/json")


def json_body(response) -> dict:
    return json.loads(response.content.decode("utf-8"))
