"""Annotator.annotate: one text in, one plain dict out, in the CLI's shape."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from article_annotator import Annotator, AnnotatorError

ROOT = Path(__file__).resolve().parents[2]

# Invented: an emoji flag (two code points, four UTF-16 units), curly quotes and an accent
# before the names, so each offset unit gives different numbers.
TEXT = "🇫🇷 “Émile Dupont,” said Prime Minister Jane Harlow in Paris on Tuesday."


def test_a_result_has_the_fields_of_a_cli_line_without_its_id(annotator):
    result = annotator.annotate("Prime Minister Jane Harlow visited Paris.")
    assert list(result) == ["offsets", "spans", "nested", "entities", "facts", "sentences"]
    assert result["offsets"] == "codepoints"
    json.dumps(result)  # plain dicts, lists, strings, numbers and None only


def test_spans_name_their_entities_and_absent_values_are_none(annotator):
    result = annotator.annotate("Prime Minister Jane Harlow visited Paris on Tuesday.")
    found = [(s["text"], s["label"]) for s in result["spans"]]
    assert found == [
        ("Prime Minister", "TITLE"),
        ("Jane Harlow", "PERSON"),
        ("Paris", "PLACE"),
        ("Tuesday", "DATE"),
    ]
    paris = next(e for e in result["entities"] if e["name"] == "Paris")
    assert paris["aliases"] == ["Paris"] and paris["first"] == 35
    assert result["spans"][3]["entity"] is None


def test_codepoint_offsets_are_python_string_indices(annotator):
    result = annotator.annotate(TEXT)
    assert result["spans"], "the invented text should have names"
    for span in result["spans"]:
        assert TEXT[span["start"] : span["end"]] == span["text"]
    paris = next(s for s in result["spans"] if s["text"] == "Paris")
    assert (paris["start"], paris["end"]) == (54, 59)


def test_utf16_and_byte_offsets_count_their_own_units(annotator):
    def paris(unit):
        s = next(s for s in annotator.annotate(TEXT, offsets=unit)["spans"] if s["text"] == "Paris")
        return s["start"], s["end"]

    # Paris is code point 54; each flag letter is 2 UTF-16 units (+2) and 4 bytes (+6), the
    # curly quotes 3 bytes each (+4) and É 2 bytes (+1).
    assert paris("utf16") == (56, 61)
    assert paris("bytes") == (65, 70)
    assert TEXT.encode()[65:70] == b"Paris"


def test_an_unknown_offset_unit_is_a_value_error_naming_the_units(annotator):
    with pytest.raises(ValueError, match="expected utf16, codepoints or bytes"):
        annotator.annotate("Paris", offsets="chars")


def test_a_custom_dictionary_adds_entities_whose_readings_win():
    custom = Annotator.with_dictionary("ORG\tHarlow Widgets\tHW\nPLACE\tQuillon\n")
    result = custom.annotate("HW opened a plant in Quillon.")
    assert [(s["text"], s["label"]) for s in result["spans"]] == [("HW", "ORG"), ("Quillon", "PLACE")]
    assert result["entities"][0]["name"] == "Harlow Widgets"


def test_a_custom_label_of_the_dictionary_names_its_spans_and_is_listed():
    custom = Annotator.with_dictionary("WEAPON\tKalashnikov\tAK-47\n")
    result = custom.annotate("🇫🇷 An “AK-47” was found.")
    weapon = next(s for s in result["spans"] if s["label"] == "WEAPON")
    assert (weapon["text"], weapon["start"], weapon["end"]) == ("AK-47", 7, 12)
    assert result["custom_labels"] == ["WEAPON"]
    assert "custom_labels" not in Annotator.with_dictionary("PLACE\tQuillon\n").annotate("Quillon")


def test_a_bad_dictionary_line_raises_with_the_cores_message():
    with pytest.raises(AnnotatorError) as caught:
        Annotator.with_dictionary("PLACE\tQuillon\nCity\tNowhere\n")
    assert str(caught.value).startswith('custom dictionary, line 2: unknown label "City"')
    assert isinstance(caught.value, ValueError)


def test_a_text_over_the_size_limit_raises_and_says_how_to_split_it(annotator):
    with pytest.raises(AnnotatorError, match=r"the text is 16\.8 MB.*split it into parts"):
        annotator.annotate("a" * (16 * 1024 * 1024 + 1))


def test_the_result_equals_the_cli_line_for_the_same_document(annotator, tmp_path):
    """The CLI (built by `cargo test`, or named by ANNOTATE_BIN) and Python agree exactly."""
    cli = Path(os.environ.get("ANNOTATE_BIN", ROOT / "target" / "debug" / "annotate"))
    if not cli.exists():
        pytest.skip(f"no annotate binary at {cli}: run `cargo build` or set ANNOTATE_BIN")
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"id": "d1", "text": TEXT}) + "\n", encoding="utf-8")
    out = subprocess.run(
        [cli, "--offsets", "codepoints", doc], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(out) == {"id": "d1", **annotator.annotate(TEXT)}


def test_annotate_json_is_the_same_result_serialised(annotator):
    line = annotator.annotate_json(TEXT, offsets="utf16")
    assert "\n" not in line and "Émile" in line  # one line, not ASCII-escaped
    assert json.loads(line) == annotator.annotate(TEXT, offsets="utf16")


def test_annotate_json_raises_like_annotate(annotator):
    with pytest.raises(AnnotatorError, match="split it into parts"):
        annotator.annotate_json("a" * (16 * 1024 * 1024 + 1))
