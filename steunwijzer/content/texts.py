"""The reader of the site's texts that belong to fixed codes and steps. Pure: no Django.

Reads the role intros (content/rollen.yaml), the wizard's questions and answers
(content/steunplan/vragen.yaml), the map's guidance prompts
(content/netwerkkaart/teksten.yaml) and the visit form's questions
(content/bezoek/vragen.yaml), each with its own pure reader, into one mapping of
flat keys to texts. `steunwijzer.content.textstore.write_texts` writes it to the `Text`
table inside the content load; the views read it back from there.
"""

from pathlib import Path

from steunwijzer.netwerkkaart.prompts import read_prompts
from steunwijzer.plan.questions import read_questions
from steunwijzer.voorkind.questions import read_visit_questions

from .loading import Content
from .roles import read_role_intros
from .schema import ContentError


def read_texts(*, path: Path, content: Content, errors: list[ContentError]) -> dict[str, str]:
    """Every text below content folder `path` by key; every problem goes to `errors`.

    `steunwijzer/load.py` calls it once the core content is valid (the map's prompts link
    to knowledge items).
    """
    texts: dict[str, str] = {}
    for found, problems in (
        read_role_intros(path=path),
        read_questions(path=path),
        read_prompts(path=path, content=content),
        read_visit_questions(path=path),
    ):
        texts |= found
        errors += problems
    return texts
