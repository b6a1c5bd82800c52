"""``lawbook batch``: classify, screen and cite whole archives on a local
process pool or a Dask cluster, with the same per-record JSON as the CLI.

- :mod:`lawbook.batch.inputs`: INPUT's files, their records, partitions and checksums;
- :mod:`lawbook.batch.work`: what a worker does with a partition (rulebook checked by hash);
- :mod:`lawbook.batch.store`: partition files written atomically, the journal, the manifest;
- :mod:`lawbook.batch.runner`: executors (pool, Dask), retries, restart, progress.

See docs/batch.md and docs/decisions/0011-batch-on-dask.md.
"""
from .runner import DaskExecutor, PoolExecutor, run

__all__ = ["run", "PoolExecutor", "DaskExecutor"]
