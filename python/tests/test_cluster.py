"""article_annotator.cluster: a partitioned JSON Lines dataset annotated on a Dask cluster."""

import json
import subprocess
import sys

import pytest

from article_annotator import cluster

ARTICLES = [
    {"id": "a1", "text": "Prime Minister Jane Harlow visited Paris on Tuesday."},
    {"id": "a2", "text": "“We will rebuild,” said Mayor Tomás Ortega in Madrid. 🇪🇸"},
    {"id": "a3", "text": "At least 12 people were killed in Baghdad, officials said."},
    {"id": 4, "text": "The World Bank lent Kenya $2.5 billion."},
]


def lines(*docs, path="in.jsonl"):
    return [(json.dumps(d, ensure_ascii=False) if isinstance(d, dict) else d, path) for d in docs]


def annotated(*docs, **options):
    """annotate_lines over `docs`, each result parsed, with whether it failed."""
    return [(json.loads(r), failed) for r, failed in cluster.annotate_lines(lines(*docs), **options)]


def test_each_line_becomes_its_id_and_the_annotation_in_the_clis_order(annotator):
    results = annotated(*ARTICLES)
    assert results == [({"id": d["id"], **annotator.annotate(d["text"])}, False) for d in ARTICLES]
    assert list(results[0][0]) == ["id", "offsets", "spans", "nested", "entities", "facts", "sentences"]


def test_a_bad_line_becomes_an_error_with_its_file_and_line_and_the_rest_is_annotated():
    results, failed = zip(
        *annotated(ARTICLES[0], "", "{not json", {"id": "x"}, {"id": "y", "text": 5}, ARTICLES[1],
                   {"id": "z", "text": "a" * (16 * 1024 * 1024 + 1)})
    )
    assert [r["id"] for r in results] == ["a1", None, "x", "y", "a2", "z"]
    assert failed == (False, True, True, True, False, True)
    assert results[1]["source"] == "in.jsonl:3" and results[1]["error"].startswith("invalid JSON")
    assert (results[2]["source"], results[2]["error"]) == ("in.jsonl:4", 'missing "text"')
    assert (results[3]["source"], results[3]["error"]) == ("in.jsonl:5", '"text" is not a string')
    assert "spans" in results[4]
    assert results[5]["source"] == "in.jsonl:7" and "split it into parts" in results[5]["error"]


def test_a_dictionary_given_to_the_run_is_used_by_the_workers():
    [(result, _)] = annotated({"id": 1, "text": "Quillon is quiet."}, dictionary="PLACE\tQuillon\n")
    assert [s["text"] for s in result["spans"]] == ["Quillon"]


@pytest.fixture
def dataset(tmp_path):
    """Three partitions; the second holds one line that is not JSON."""
    source = tmp_path / "articles"
    source.mkdir()
    parts = [ARTICLES[:2], ARTICLES[2:3], ARTICLES[3:]]
    for i, part in enumerate(parts):
        body = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part)
        if i == 1:
            body += "{oops\n"
        (source / f"part-{i}.jsonl").write_text(body, encoding="utf-8")
    return source


def test_a_local_cluster_of_two_workers_writes_one_result_file_per_partition(
    dataset, tmp_path, annotator
):
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "article_annotator.cluster", str(dataset / "*.jsonl"), str(out),
         "--workers", "2"],
        capture_output=True, text=True, timeout=300,
    )
    # One document failed, so the exit status is 1, as with the CLI.
    assert run.returncode == 1, run.stderr
    assert "5 documents in 3 partitions, 1 failed" in run.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    written = [
        [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]
        for name in files
    ]
    expected = [{"id": d["id"], **annotator.annotate(d["text"])} for d in ARTICLES]
    assert written[0] == expected[:2]
    assert written[1][0] == expected[2]
    assert written[1][1]["source"].endswith("part-1.jsonl:2")
    assert written[2] == expected[3:]


def test_inputs_that_match_no_file_are_refused_before_any_cluster_starts(tmp_path, capsys):
    pattern = str(tmp_path / "missing" / "*.jsonl")
    assert cluster.main([pattern, str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.startswith("no input files match")
    assert not (tmp_path / "out").exists()


def test_partitions_are_the_input_files_in_sorted_order(dataset):
    names = [path.rsplit("/", 1)[1] for path in cluster.input_files(str(dataset / "*.jsonl"))]
    assert names == ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
