#!/usr/bin/env python3
"""Align a JSON Lines corpus on a Dask cluster, one `align --stream` process per partition.

    python3 examples/dask_align.py IN.jsonl OUT.jsonl [--scheduler ADDR] [--align CMD] [--pairs]

IN.jsonl holds one document a line, {"id", "text"} or {"id", "en", "zh"}; OUT.jsonl gets
one result line per document, as `align --stream` writes it (partitions in input order
here; a real pipeline may write them in any order); with --pairs, a line per pair with
both sides instead, as `align --stream -f jsonl` writes it. Without --scheduler a small local
cluster is started; with it, the cluster at ADDR (tcp://host:8786) does the work, and
every worker needs `align` installed. Exit code: 2 if a line was malformed, 1 if a
document has a finding at or above --fail-on (passed through to align), else 0.
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys


def align_command(given):
    """The align command as a list: --align, else `align` on PATH, else this repository's bin/align.js."""
    if given:
        return shlex.split(given)
    on_path = shutil.which("align")
    if on_path:
        return [on_path]
    here = os.path.dirname(os.path.abspath(__file__))
    return ["node", os.path.join(here, "..", "bin", "align.js")]


def align_partition(lines, command):
    """Pipes one partition's lines through `align --stream`; returns [(exit code, output text, stderr)]."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, check=False)
    return [(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))]


def main(argv=None):
    parser = argparse.ArgumentParser(description="Align a JSON Lines corpus with align --stream on a Dask cluster.")
    parser.add_argument("input", help="JSON Lines input: one document a line")
    parser.add_argument("output", help="JSON Lines output: one result line per document")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a local cluster)")
    parser.add_argument("--align", help="the align command (default: align on PATH, else this repository's bin/align.js)")
    parser.add_argument("--blocksize", default="1MB", help="bytes of input per partition (default 1MB)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--fail-on", default="error", choices=["error", "warning", "info", "never"])
    parser.add_argument("--pairs", action="store_true",
                        help="write a line per pair (align --stream -f jsonl); with --fail-on never only pairs are worked out")
    args = parser.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    command = align_command(args.align) + ["--stream", "--fail-on", args.fail_on] + (["-f", "jsonl"] if args.pairs else [])
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # Threads in one process start in about a second; the work happens in the align processes.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=False, dashboard_address=None)
        client = Client(cluster)
    try:
        lines = db.read_text(args.input, blocksize=args.blocksize, encoding="utf-8")
        parts = lines.map_partitions(align_partition, command).to_delayed()
        futures = client.compute(parts)
        code = 0
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            for future in futures:
                for returncode, text, stderr in future.result():
                    out.write(text)
                    if returncode not in (0, 1):
                        sys.stderr.write(stderr)
                    code = max(code, returncode)
        return code
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
