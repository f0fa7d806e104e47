import pytest

from article_annotator import Annotator


@pytest.fixture(scope="session")
def annotator():
    """One annotator over the default gazetteer for the whole session: it takes a while to build."""
    return Annotator()
