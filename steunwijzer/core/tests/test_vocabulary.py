"""One vocabulary: every public code list is spelled once, in steunwijzer/vocabulary.py.

The guard scans the Python source of every other module (tests and migrations aside) for a
literal list, tuple, set or dict (its keys) of three or more strings that are all codes of
one vocabulary list, and the templates and scripts for a run of such codes.
"""

import ast
import re
from pathlib import Path

import pytest
from django.template import Context, Template

from steunwijzer import vocabulary
from steunwijzer.vocabulary import CodeList

PACKAGE = Path(vocabulary.__file__).parent
SKIPPED_PARTS = {"tests", "migrations"}
STRING_LISTS = [c for c in vocabulary.ALL if all(isinstance(code, str) for code in c)]


def spelled_lists(source: str) -> list[tuple[int, str]]:
    """(line, list name) for each literal in `source` that spells a vocabulary list."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            elements = node.elts
        elif isinstance(node, ast.Dict):
            elements = [key for key in node.keys if key is not None]
        else:
            continue
        strings = [value for e in elements if (value := _code_of(e)) != ""]
        if len(strings) < 3 or not all(isinstance(s, str) for s in strings):
            continue
        for code_list in STRING_LISTS:
            if all(s in code_list for s in strings):
                found.append((node.lineno, code_list.name))
                break
    return sorted(found)


def _code_of(node: ast.expr) -> object:
    """The string a literal element spells: itself, or the first of a (code, label) pair.

    "" (an answer not given) is left out; anything else is returned as None.
    """
    if isinstance(node, ast.Tuple) and len(node.elts) == 2:
        node = node.elts[0]
    return node.value if isinstance(node, ast.Constant) else None


def python_modules() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.name != "vocabulary.py" and not SKIPPED_PARTS & set(path.parts)
    )


def web_files() -> list[Path]:
    return sorted([*PACKAGE.rglob("templates/**/*.html"), *PACKAGE.rglob("static/**/*.js")])


def test_the_guard_finds_a_code_list_spelled_outside_the_vocabulary():
    source = (
        'ROLES = frozenset({"school", "vrijwilliger", "justitie"})\n'
        'SECTORS = {"gezin": "Gezin", "familie": "Familie", "buurt": "Buurt"}\n'
        'PAIR = ("gezin", "familie")\n'
        'MIXED = ["gezin", "familie", "onbekend-woord"]\n'
        'AGES = {"": "niet ingevuld", "0-3": "0 tot 4", "4-7": "4 tot 8", "8-11": "8 tot 12"}\n'
        'CHOICES = [("kind", "Kind"), ("ouder", "Ouder"), ("school", "School")]\n'
    )
    assert spelled_lists(source) == [(1, "rol"), (2, "sector"), (5, "leeftijd"), (6, "doelgroep")]


@pytest.mark.parametrize("path", python_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_spells_a_code_list_of_the_vocabulary(path):
    found = spelled_lists(path.read_text(encoding="utf-8"))
    assert found == [], f"{path}: spell these with steunwijzer.vocabulary: {found}"


def quoted_code_runs(text: str) -> list[str]:
    """Runs of three or more quoted strings in a row that are all codes of one list."""
    runs = re.findall(r"""(?:["'][a-z0-9+-]+["']\s*[,:]?\s*){3,}""", text)
    hits = []
    for run in runs:
        codes = re.findall(r"""["']([a-z0-9+-]+)["']""", run)
        if any(all(code in c for code in codes) for c in STRING_LISTS):
            hits.append(run.strip())
    return hits


def test_the_web_guard_finds_a_run_of_codes():
    assert quoted_code_runs('const order = ["gezin", "familie", "vrienden"];') != []
    assert quoted_code_runs('<a class="role-link" href="x">') == []


@pytest.mark.parametrize("path", web_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_template_or_script_spells_a_code_list(path):
    assert quoted_code_runs(path.read_text(encoding="utf-8")) == []


def test_a_code_list_keeps_its_order_and_labels():
    sizes = CodeList("maat", (("s", "Klein"), ("m", "Middel"), ("l", "Groot")))
    assert sizes.codes == ("s", "m", "l")
    assert list(sizes) == ["s", "m", "l"] and len(sizes) == 3
    assert sizes.label("m") == "Middel"
    assert sizes.choices() == [("s", "Klein"), ("m", "Middel"), ("l", "Groot")]
    assert sizes.labels(["l", "s", "x"]) == ["Klein", "Groot"]
    assert "m" in sizes and "x" not in sizes
    with pytest.raises(KeyError):
        sizes.label("x")


def test_a_code_list_cannot_hold_a_code_twice():
    with pytest.raises(ValueError, match="twice"):
        CodeList("maat", (("s", "Klein"), ("s", "Ook klein")))


def test_every_list_has_a_unique_name_and_a_label_for_each_code():
    names = [code_list.name for code_list in vocabulary.ALL]
    assert len(names) == len(set(names))
    for code_list in vocabulary.ALL:
        assert len(code_list) >= 2 and all(label.strip() for _, label in code_list.entries)


def test_the_codes_of_the_public_contract_are_as_product_md_says():
    # The situation parameters of PRODUCT.md; a change here is a change of the contract.
    assert vocabulary.KNOWS.codes == ("ja", "deels", "nee", "onbekend")
    assert vocabulary.AGES.codes == ("0-3", "4-7", "8-11", "12-17", "18+")
    assert vocabulary.RINGS.codes == (1, 2, 3)


def test_templates_show_the_short_labels_through_the_tag():
    template = Template(
        '{% load vocabulary %}{{ "familie"|code_label:"sector" }}|{{ "x"|code_label:"sector" }}|'
        '{% code_list "steun" as support %}{% for code, label in support %}{{ code }} {% endfor %}'
    )
    text = template.render(Context())
    assert text == "Familie||praktisch gezelschap advies emotioneel "
