"""Annotate a partitioned JSON Lines dataset on a Dask cluster.

Each input file is one partition of ``{"id", "text"}`` lines (other fields are ignored). Every
partition becomes one output file of JSON lines in the shape of the ``annotate`` CLI,
``{"id", "offsets", "spans", "entities", "facts", "sentences"}``, in input order; a line that
cannot be annotated becomes ``{"id", "source": "FILE:LINE", "error": message}`` and the rest of
its partition is still annotated. ::

    python -m article_annotator.cluster 'articles/*.jsonl' out/ --workers 2
    python -m article_annotator.cluster 's3://bucket/articles/*.jsonl' s3://bucket/out/ \\
        --scheduler tcp://scheduler:8786

The inputs and the output directory may be any path or URL that fsspec reads (a local path,
``s3://`` or ``gs://`` with the matching fsspec package installed on every worker). With
``--scheduler`` the work runs on an existing ``dask.distributed`` cluster whose workers have this
package installed; without it, on a local cluster of ``--workers`` processes with one thread
each. Each worker process builds its annotator once and reuses it for every partition.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from . import Annotator, AnnotatorError

_annotators: dict[Optional[str], Annotator] = {}
_annotators_lock = threading.Lock()


def _annotator(dictionary: Optional[str]) -> Annotator:
    """The worker process's annotator for `dictionary`, built on first use.

    A module global, not a task argument: an annotator does not pickle, and building it costs
    a quarter of a second, which every partition would pay again.
    """
    with _annotators_lock:
        annotator = _annotators.get(dictionary)
        if annotator is None:
            annotator = Annotator() if dictionary is None else Annotator.with_dictionary(dictionary)
            _annotators[dictionary] = annotator
        return annotator


def annotate_lines(
    lines: Iterable[tuple[str, str]],
    offsets: str = "codepoints",
    dictionary: Optional[str] = None,
) -> Iterable[tuple[str, bool]]:
    """Annotates `(line, path)` pairs of one partition, yielding `(json, failed)` per non-blank
    input line: the JSON (without a newline) is ``{"id", "offsets", "spans", …}`` or, for a
    line that cannot be annotated, ``{"id", "source": "FILE:LINE", "error"}``.

    Line numbers count every line of the partition, blank ones included, so an error's
    ``source`` points at the line of the file it came from. One call per document on the
    task's own thread: Dask runs one task per worker thread and the core releases the GIL while
    it annotates, so a worker's threads are its parallelism (`annotate_batch` would start
    threads of its own on top of them). The core writes the JSON itself (`annotate_json`), which
    is cheaper than building dicts and serialising them again.
    """
    annotator = _annotator(dictionary)
    for number, (line, path) in enumerate(lines, start=1):
        if not line.strip():
            continue
        doc_id, text, error = _document(line)
        if error is None:
            try:
                annotation = annotator.annotate_json(text, offsets=offsets)
                # '{"offsets": …}' becomes '{"id": …, "offsets": …}', the CLI's order.
                yield f'{{"id":{json.dumps(doc_id, ensure_ascii=False)},{annotation[1:]}', False
                continue
            except AnnotatorError as e:
                error = str(e)
        record = {"id": doc_id, "source": f"{path}:{number}", "error": error}
        yield json.dumps(record, ensure_ascii=False), True


def _document(line: str) -> tuple[object, Optional[str], Optional[str]]:
    """(id, text, None) for a readable document; (id if any, None, why) otherwise."""
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as e:
        return None, None, f"invalid JSON: {e}"
    if not isinstance(doc, dict):
        return None, None, "not a JSON object"
    if "text" not in doc:
        return doc.get("id"), None, 'missing "text"'
    if not isinstance(doc["text"], str):
        return doc.get("id"), None, '"text" is not a string'
    return doc.get("id"), doc["text"], None


def annotate_partition_to_file(
    lines: Sequence[tuple[str, str]],
    output: str,
    offsets: str = "codepoints",
    dictionary: Optional[str] = None,
) -> tuple[int, int]:
    """Annotates one partition into the JSON Lines file `output`; returns (documents, errors)."""
    import fsspec

    documents = errors = 0
    with fsspec.open(output, "w", encoding="utf-8") as out:
        for result, failed in annotate_lines(lines, offsets, dictionary):
            documents += 1
            errors += failed
            out.write(result)
            out.write("\n")
    return documents, errors


@dataclass
class Summary:
    """What a run did."""

    partitions: int
    documents: int
    errors: int
    seconds: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def input_files(inputs: str | list[str]) -> list[str]:
    """The files `inputs` (paths, globs or URLs) name, sorted: partition i is file i.

    Raises FileNotFoundError when nothing matches, before any cluster work starts.
    """
    import fsspec

    fs, _, paths = fsspec.core.get_fs_token_paths(inputs, mode="rb")
    if not paths:
        raise FileNotFoundError(f"no input files match {inputs!r}")
    return [fs.unstrip_protocol(p) for p in sorted(paths)]


def run(
    inputs: str | list[str],
    output_dir: str,
    offsets: str = "codepoints",
    dictionary: Optional[str] = None,
) -> Summary:
    """Annotates every partition of `inputs` on the current Dask client (or scheduler) and
    writes ``output_dir/part-NNNNN.jsonl``, one file per input file, in input order."""
    import dask
    import dask.bag as db
    import fsspec

    # One partition per input file: the dataset's own partitioning, so that an error's line
    # number is the line of its file.
    bag = db.read_text(input_files(inputs), include_path=True, files_per_partition=1)
    parts = bag.to_delayed()
    fs, root = fsspec.core.url_to_fs(output_dir)
    fs.makedirs(root, exist_ok=True)
    outputs = [fs.unstrip_protocol(f"{root.rstrip('/')}/part-{i:05d}.jsonl") for i in range(len(parts))]
    tasks = [
        dask.delayed(annotate_partition_to_file)(part, out, offsets, dictionary)
        for part, out in zip(parts, outputs)
    ]
    start = time.perf_counter()
    counts = dask.compute(*tasks)
    seconds = time.perf_counter() - start
    return Summary(
        partitions=len(tasks),
        documents=sum(d for d, _ in counts),
        errors=sum(e for _, e in counts),
        seconds=seconds,
    )


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m article_annotator.cluster",
        description="Annotate a partitioned JSON Lines dataset ({\"id\", \"text\"} lines) on a "
        "Dask cluster; writes OUTPUT_DIR/part-NNNNN.jsonl, one file per input file.",
    )
    parser.add_argument("inputs", nargs="+", help="input files, globs or URLs (one partition each)")
    parser.add_argument("output_dir", help="directory (or URL) for the results")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://host:8786")
    where.add_argument(
        "--workers", type=int, default=2, help="worker processes of a local cluster (default 2)"
    )
    parser.add_argument(
        "--offsets", default="codepoints", choices=["codepoints", "utf16", "bytes"],
        help="unit of every offset in the output (default codepoints)",
    )
    parser.add_argument("--dictionary", help="custom dictionary TSV whose readings win")
    args = parser.parse_args(argv)

    dictionary = None
    if args.dictionary:
        with open(args.dictionary, encoding="utf-8") as f:
            dictionary = f.read()
        try:  # Fail here, once, with the bad line, rather than in every task.
            Annotator.with_dictionary(dictionary)
        except AnnotatorError as e:
            print(f"{args.dictionary}: {e}", file=sys.stderr)
            return 2

    inputs = args.inputs if len(args.inputs) > 1 else args.inputs[0]
    try:
        input_files(inputs)
    except FileNotFoundError as e:
        print(e, file=sys.stderr)
        return 2

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        summary = run(inputs, args.output_dir, args.offsets, dictionary)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(
        f"{summary.documents} documents in {summary.partitions} partitions, "
        f"{summary.errors} failed, {summary.seconds:.2f} s, {summary.docs_per_second:.0f} docs/s",
        file=sys.stderr,
    )
    return 1 if summary.errors else 0


if __name__ == "__main__":
    # Run from the imported module, not from `__main__`: Dask pickles functions of `__main__`
    # by value, globals and all, so each task would rebuild its annotator (and the lock
    # guarding them does not pickle); the package's own functions travel by name.
    from article_annotator.cluster import main as package_main

    sys.exit(package_main())
