"""Documents per second of the Python API and of the Dask run, on 1 and 2 cores.

    .venv/bin/python python/benches/throughput.py --cores 1
    .venv/bin/python python/benches/throughput.py --cores 2   [--repeat 10] [--eval ../shared/eval]

The documents are every text of the shared evaluation sets (read from ``--eval``, never copied
into the repository), repeated ``--repeat`` times. ``--cores N`` pins the process, and so every
thread and every Dask worker it starts, to the first N cores before anything starts a thread. Prints one Markdown table; each figure is the
best of ``--runs`` runs, with the annotators already built (the Dask rows also give the first,
cold run: cluster start and one annotator build per worker included).
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from article_annotator import Annotator, cluster

ROOT = Path(__file__).resolve().parents[2]


def load(eval_dir: Path, repeat: int) -> list[dict]:
    docs = []
    for file in sorted(eval_dir.glob("*.jsonl")):
        with open(file, encoding="utf-8") as f:
            docs += [{"id": d["id"], "text": d["text"]} for d in map(json.loads, f)]
    if not docs:
        sys.exit(f"no *.jsonl documents in {eval_dir}")
    return [{"id": f"{d['id']}#{r}", "text": d["text"]} for r in range(repeat) for d in docs]


def best(runs: int, work, cpu_clock=time.process_time) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the fastest of `runs` runs of `work`.

    CPU time is printed beside wall time because this machine is shared: under load the wall
    time grows with other people's work, the CPU time per document much less.
    """
    times = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), cpu_clock()
        work()
        times.append((time.perf_counter() - start, cpu_clock() - cpu))
    return min(times)


def write_partitions(docs: list[dict], directory: Path, partitions: int) -> None:
    size = -(-len(docs) // partitions)
    for i in range(partitions):
        with open(directory / f"part-{i:03d}.jsonl", "w", encoding="utf-8") as f:
            for d in docs[i * size : (i + 1) * size]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


def dask_rows(docs, workers, partitions, runs):
    from dask.distributed import Client, LocalCluster

    work = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    try:
        write_partitions(docs, work, partitions)
        start = time.perf_counter()
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as lc, Client(lc):
            cold = cluster.run(str(work / "*.jsonl"), str(work / "out"))
            cold_total = time.perf_counter() - start
            assert cold.documents == len(docs) and cold.errors == 0

            def workers_cpu():  # the CPU time of every worker process, this one's included
                return sum(client.run(time.process_time).values()) + time.process_time()

            client = Client.current()
            warm = best(runs, lambda: cluster.run(str(work / "*.jsonl"), str(work / "out")), workers_cpu)
        return cold_total, warm
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--cores", type=int, help="pin to the first N cores (default: all)")
    args = parser.parse_args()
    if args.cores:
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[: args.cores]))

    docs = load(args.eval, args.repeat)
    texts = [d["text"] for d in docs]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    annotator = Annotator()
    rows = []

    def row(what, timing, note=""):
        seconds, cpu = timing
        rows.append((what, seconds, len(texts) / seconds, megabytes / seconds, len(texts) / cpu, note))

    row("`annotate`, one text at a time", best(args.runs, lambda: [annotator.annotate(t) for t in texts]))
    row("`annotate_batch` (a thread per core)", best(args.runs, lambda: annotator.annotate_batch(texts)))
    # A worker is a process with one thread: more workers than cores would only share them.
    for workers in range(1, min(2, len(os.sched_getaffinity(0))) + 1):
        cold, warm = dask_rows(docs, workers, args.partitions, args.runs)
        row(f"Dask, {workers} worker{'s' * (workers > 1)}", warm, f"first run with start-up {cold:.1f} s")

    print(
        f"{len(texts)} documents, {megabytes:.1f} MB, on {len(os.sched_getaffinity(0))} of "
        f"{os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}); best of {args.runs} runs\n"
    )
    print("| what | seconds | docs/s | MB/s | docs per CPU-second | note |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for what, seconds, dps, mbps, per_cpu, note in rows:
        print(f"| {what} | {seconds:.2f} | {dps:,.0f} | {mbps:.2f} | {per_cpu:,.0f} | {note} |")


if __name__ == "__main__":
    main()
