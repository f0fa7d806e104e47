"""Annotator.annotate_batch: many texts on all cores, results in input order."""

import threading
import time

import pytest

from article_annotator import AnnotatorError

TEXTS = [
    "Prime Minister Jane Harlow visited Paris on Tuesday.",
    "",
    "“We will rebuild,” said Mayor Tomás Ortega in Madrid.",
    "At least 12 people were killed in Baghdad, officials said.",
]


def test_results_come_back_in_input_order_equal_to_one_at_a_time(annotator):
    assert annotator.annotate_batch(TEXTS) == [annotator.annotate(t) for t in TEXTS]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_any_number_of_threads_gives_the_same_results(annotator, jobs):
    texts = TEXTS * 5
    assert annotator.annotate_batch(texts, jobs=jobs) == annotator.annotate_batch(texts)


def test_any_iterable_of_strings_is_accepted_and_offsets_apply_to_all(annotator):
    results = annotator.annotate_batch((t for t in TEXTS), offsets="utf16")
    assert [r["offsets"] for r in results] == ["utf16"] * len(TEXTS)
    assert annotator.annotate_batch([]) == []


def test_a_failing_text_raises_naming_the_first_failing_index(annotator):
    too_large = "a" * (16 * 1024 * 1024 + 1)
    with pytest.raises(AnnotatorError, match=r"^texts\[1\]: the text is 16\.8 MB"):
        annotator.annotate_batch(["Paris", too_large, "Madrid", too_large], jobs=2)


def test_with_errors_included_a_failing_text_holds_its_message_and_the_others_are_kept(annotator):
    too_large = "a" * (16 * 1024 * 1024 + 1)
    results = annotator.annotate_batch(["Paris", too_large, "Madrid"], errors="include")
    assert results[0] == annotator.annotate("Paris")
    assert list(results[1]) == ["error"] and "split it into parts" in results[1]["error"]
    assert results[2] == annotator.annotate("Madrid")


def test_a_non_string_is_a_type_error_naming_its_index(annotator):
    with pytest.raises(TypeError, match=r"texts\[1\] is not a str but int"):
        annotator.annotate_batch(["Paris", 3])


@pytest.mark.parametrize(
    "kwargs, message",
    [({"jobs": 0}, "jobs must be at least 1"), ({"errors": "ignore"}, 'unknown errors policy "ignore"')],
)
def test_bad_options_are_value_errors(annotator, kwargs, message):
    with pytest.raises(ValueError, match=message):
        annotator.annotate_batch(TEXTS, **kwargs)


def test_other_python_threads_run_while_a_batch_is_annotated(annotator):
    """The GIL is released: a Python thread keeps counting through the middle of the call.

    Holding the GIL, the call would block every other thread from its start to its end; the
    counter could only move in a few milliseconds around the edges, never in the middle half.
    The texts are long and name nothing, so annotating them, not building the result dicts
    (which needs the GIL), takes the time.
    """
    texts = ["the river ran on and on past the old mill " * 12_000] * 4
    span = {}
    ticks = []
    done = threading.Event()

    def batch():
        span["start"] = time.perf_counter()
        annotator.annotate_batch(texts, jobs=1)
        span["end"] = time.perf_counter()
        done.set()

    worker = threading.Thread(target=batch)
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    worker.join()
    length = span["end"] - span["start"]
    middle = [t for t in ticks if span["start"] + length / 4 < t < span["end"] - length / 4]
    assert length > 0.05, "the batch should take long enough to observe"
    assert len(middle) >= 5
