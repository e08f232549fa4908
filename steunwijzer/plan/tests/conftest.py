"""Fixtures of the support plan's tests: the real rules, read from the files without a database."""

import pytest
from django.conf import settings

from steunwijzer.content.loading import load_content
from steunwijzer.plan import content as plan_content
from steunwijzer.plan.questions import WizardTexts, from_texts, read_questions
from steunwijzer.plan.rules import Rules, build_rules


@pytest.fixture(scope="session")
def real_plan_content() -> plan_content.PlanContent:
    content = load_content(path=settings.CONTENT_DIR, extensions=[plan_content])
    return content.extensions[plan_content.NAME]


@pytest.fixture(scope="session")
def real_rules(real_plan_content) -> Rules:
    return build_rules(advice=real_plan_content.advice, rules=real_plan_content.rules)


@pytest.fixture(scope="session")
def wizard_texts() -> WizardTexts:
    """The wizard's texts of content/steunplan/vragen.yaml, read without a database."""
    texts, errors = read_questions(path=settings.CONTENT_DIR)
    assert errors == []
    return from_texts(texts)
