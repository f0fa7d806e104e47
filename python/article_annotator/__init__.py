"""People, places, organisations, dates, numbers and facts in news text.

The article annotator's Rust core for Python::

    from article_annotator import Annotator

    annotator = Annotator()                        # the default gazetteer, built once
    result = annotator.annotate("The US embassy in Baghdad said on Tuesday…")
    [(s["text"], s["label"]) for s in result["spans"]]
    results = annotator.annotate_batch(texts)      # all cores, the GIL released

A result is a plain dict in the shape of one line of the ``annotate`` CLI without its ``id``:
``offsets``, ``spans``, ``entities``, ``facts`` and ``sentences``. Offsets count code points by
default, so ``text[span["start"]:span["end"]] == span["text"]``.
"""

from ._core import Annotator, AnnotatorError

__all__ = ["Annotator", "AnnotatorError"]
