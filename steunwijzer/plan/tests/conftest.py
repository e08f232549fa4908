"""Fixtures of the support plan's tests: the real rules, read from the files without a database."""

import pytest
from django.conf import settings

from steunwijzer.load import load
from steunwijzer.plan.content import PlanContent
from steunwijzer.plan.questions import WizardTexts, from_texts, read_questions
from steunwijzer.plan.rules import Rules


@pytest.fixture(scope="session")
def real_plan_content() -> PlanContent:
    return load(path=settings.CONTENT_DIR, check=True).plan


@pytest.fixture(scope="session")
def real_rules(real_plan_content) -> Rules:
    return real_plan_content.as_rules()


@pytest.fixture(scope="session")
def wizard_texts() -> WizardTexts:
    """The wizard's texts of content/steunplan/vragen.yaml, read without a database."""
    texts, errors = read_questions(path=settings.CONTENT_DIR)
    assert errors == []
    return from_texts(texts)
