"""``lawbook batch classify|screen|cite``: whole archives on a process pool or Dask."""
from __future__ import annotations

import sys

import click

from ..errors import BadInput
from .common import rules_option


@click.command()
@click.argument("kind", type=click.Choice(["classify", "screen", "cite"]))
@click.argument("input_spec", metavar="INPUT")
@click.option("--out", "out", required=True, metavar="DIR", help="Output directory (partitions, journal, manifest).")
@click.option("--dask", "dask", default=None, metavar="ADDRESS|local[:N]",
              help="Run on Dask: the address of a running scheduler, or local[:N] for a local cluster of N workers.")
@click.option("--jobs", type=click.IntRange(1, 256), default=None,
              help="Without --dask: worker processes of the local pool (default 1).")
@click.option("--partition-size", "partition_size", type=click.IntRange(1, 10_000_000), default=None, metavar="RECORDS",
              help="Records per partition (default: classify 1000, screen 20000, cite 50).")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True,
              help="Format of the output partitions.")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD",
              help="classify: date of the acts for accounts that give none; cite: date of the events reported.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="screen: the ban lists as of this date (default: today).")
@click.option("--threshold", default=None, type=str, metavar="X", help="screen: score at or above which a match means banned.")
@click.option("--engine", type=click.Choice(["durable", "python"]), default=None, help="classify: the rule engine.")
@click.option("--html/--no-html", "html", default=None, help="cite: read documents as HTML (default: by name or content).")
@rules_option
def batch(kind, input_spec, out, dask, jobs, partition_size, fmt, date, as_of, threshold, engine, html, rules_path):
    """Classify accounts, screen names or find citations in whole archives.

    INPUT is a file, a directory or a glob of JSON Lines, CSV, text or Parquet
    files: classify reads {id, date, text} (or cases), screen {id, name} or a
    CSV with a name column (a text file: one name per line), cite {id, text}
    (a text or HTML file is one document whose id is its path). OUT gets one
    file per partition with id, error and result — the JSON the CLI prints for
    that record — and manifest.json. A run stopped half-way and started again
    with the same OUT finishes the partitions left; OUT written under another
    rulebook or other input is refused.

    \b
    Examples:
      lawbook batch classify accounts.jsonl --out runs/acc --jobs 2
      lawbook batch screen customers.csv --out runs/scr --as-of 2024-06-01 --dask local:2
      lawbook batch cite 'reports/*.html' --out runs/cite --dask tcp://10.0.0.5:8786
    """
    from ..batch import DaskExecutor, PoolExecutor, run

    if dask and jobs:
        raise BadInput("--dask and --jobs do not go together (the cluster has its workers)")
    if kind != "classify" and engine:
        raise BadInput("--engine is for batch classify")
    if kind != "screen" and (as_of or threshold):
        raise BadInput("--as-of and --threshold are for batch screen")
    if kind == "screen" and date:
        raise BadInput("--date is for batch classify and cite (screen takes --as-of)")
    if kind != "cite" and html is not None:
        raise BadInput("--html is for batch cite")
    if threshold is not None:
        import importlib

        threshold = importlib.import_module("lawbook.screening")._threshold(threshold)
    options = {"date": date, "as_of": as_of, "threshold": threshold, "engine": engine, "html": html}
    executor = DaskExecutor(dask) if dask else PoolExecutor(jobs or 1)
    try:
        m = run(kind, input_spec, out, executor=executor, partition_size=partition_size, fmt=fmt, options=options,
                rules_path=rules_path, progress=sys.stderr.isatty())
    finally:
        executor.close()
    t = m["this_run"]
    c = m["counts"]
    click.echo(f"{c['records']:,} record(s) in {c['partitions']} partition(s) in {out}: "
               f"{t['partitions_computed']} computed, {t['partitions_skipped']} already done, "
               f"{t['retries']} retried, {c['errors']} error row(s); {t['seconds']:.1f} s", err=True)
    if c["errors"]:
        click.echo(f"error: {c['errors']} of {c['records']} record(s) gave an error (each is an error row)", err=True)
        sys.exit(2)
