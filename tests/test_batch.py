"""``lawbook batch``: the same answers as the CLI, record for record, on a
process pool and on a 2-worker Dask LocalCluster; nothing lost when a worker is
killed; a restart finishes without recomputing; failures are reported; another
rulebook is refused."""
from __future__ import annotations

import glob
import json
import os
import pickle
import shutil
import signal

import pytest
import yaml

from conftest import ROOT, run_cli

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from lawbook.batch import DaskExecutor, PoolExecutor, run  # noqa: E402
from lawbook.batch.store import read_journal, read_rows  # noqa: E402
from lawbook.errors import BadInput  # noqa: E402


@pytest.fixture(scope="module")
def accounts(tmp_path_factory):
    """30 real passages as JSON Lines, then an empty text and a malformed line."""
    d = tmp_path_factory.mktemp("acc")
    passages = [a["passage"] for p in sorted(glob.glob(str(ROOT / "corpus" / "accounts" / "*.yaml")))
                for a in yaml.safe_load(open(p, encoding="utf-8"))]
    path = d / "acc.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, t in enumerate(passages[:30]):
            fh.write(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) + "\n")
        fh.write('{"id": "empty", "text": ""}\n')
        fh.write("not json\n")
    return str(path)


@pytest.fixture(scope="module")
def expected(accounts):
    """What ``lawbook classify --format jsonl`` prints for the accounts, line by line."""
    rc, out, err = run_cli("classify", accounts, "--format", "jsonl")
    assert rc == 2 and "2 of 32" in err  # the two bad records are reported, in order
    lines = out.splitlines()
    assert len(lines) == 32
    return lines


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def _results(out):
    return [r["result"] for r in read_rows(out)]


def test_dask_output_equals_classify_jsonl(accounts, expected, client, tmp_path):
    m = run("classify", accounts, str(tmp_path / "out"), executor=DaskExecutor(None, client=client),
            partition_size=4, fmt="parquet")
    assert _results(str(tmp_path / "out")) == expected
    assert m["counts"] == {"records": 32, "errors": 2, "partitions": 8}
    workers = {e["worker"] for e in m["partitions"]}
    assert len(workers) == 2  # both worker processes did some of it
    rows = read_rows(str(tmp_path / "out"))
    assert [r["id"] for r in rows[:3]] == ["a0", "a1", "a2"]
    assert rows[30]["error"].endswith("text: missing or empty") and rows[31]["error"].startswith(accounts)


def test_sigkill_of_a_worker_loses_nothing(accounts, expected, client, tmp_path):
    pids = client.run(os.getpid)
    killed = []

    def kill_a_busy_worker(entry):
        if killed:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            killed.append(pids[busy[0]])
            os.kill(pids[busy[0]], signal.SIGKILL)

    out = str(tmp_path / "out")
    m = run("classify", accounts, out, executor=DaskExecutor(None, client=client), partition_size=2, fmt="jsonl",
            on_partition=kill_a_busy_worker)
    assert killed, "no worker was busy to kill"
    with pytest.raises(ProcessLookupError):
        os.kill(killed[0], 0)  # it is dead
    assert _results(out) == expected
    assert sorted(e["partition"] for e in m["partitions"]) == list(range(16))
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it, for the next tests


def test_restart_skips_finished_partitions(accounts, expected, tmp_path):
    out = str(tmp_path / "out")

    def stop_after_three(entry):
        if len(read_journal(out)) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run("classify", accounts, out, executor=PoolExecutor(2), partition_size=3, fmt="parquet",
            on_partition=stop_after_three)
    first = read_journal(out)
    assert len(first) == 3
    before = {i: os.stat(os.path.join(out, e["file"])).st_mtime_ns for i, e in first.items()}
    m = run("classify", accounts, out, executor=PoolExecutor(2), partition_size=3, fmt="parquet")
    assert m["this_run"]["partitions_skipped"] == 3 and m["this_run"]["partitions_computed"] == 8
    assert m["runs"] == 2 and m["status"] == "complete"
    for i, t in before.items():  # not rewritten
        assert os.stat(os.path.join(out, first[i]["file"])).st_mtime_ns == t
    assert {e["run"] for e in m["partitions"] if e["partition"] in first} == {1}
    assert _results(out) == expected


def test_failing_record_and_crashing_partition_are_reported(accounts, expected, tmp_path, monkeypatch):
    import lawbook.batch.runner as runner
    import lawbook.batch.work as work

    real_row, real_part = work._classify_row, runner.run_partition

    def flaky_row(job, rb, options):
        if job.get("id") == "a5":
            raise RuntimeError("boom")
        return real_row(job, rb, options)

    def crashing_partition(kind, spec, options, jobs, *encode):
        if any(j.get("id") == "a9" for j in pickle.loads(jobs)):  # this partition's worker always dies
            os._exit(9)
        return real_part(kind, spec, options, jobs, *encode)

    monkeypatch.setattr(work, "_classify_row", flaky_row)  # the pool forks: workers inherit the patches
    monkeypatch.setattr(runner, "run_partition", crashing_partition)
    out = str(tmp_path / "out")
    m = run("classify", accounts, out, executor=PoolExecutor(2), partition_size=4, fmt="jsonl")
    rows = read_rows(out)
    assert [r["row"] for r in rows] == list(range(32))  # every record, once
    assert rows[5]["error"].endswith("internal: RuntimeError: boom")
    crashed = [r for r in rows if r["error"] and "failed 3 times" in r["error"]]
    assert [r["id"] for r in crashed] == ["a8", "a9", "a10", "a11"]
    good = [r["result"] for r in rows if r["row"] not in (5, 8, 9, 10, 11)]
    assert good == [e for i, e in enumerate(expected) if i not in (5, 8, 9, 10, 11)]
    assert m["this_run"]["partitions_failed"] == 1 and m["this_run"]["retries"] >= 2
    assert m["counts"]["errors"] == 2 + 1 + 4


def test_worker_with_another_rulebook_refuses(accounts, client, tmp_path, monkeypatch):
    import lawbook.rulebook as rbmod
    from lawbook.batch.work import RulebookMismatch

    real = rbmod.load(None)

    class Other:  # the driver's rulebook says another hash than the workers find
        sha256 = "0" * 64

        def stamp(self):
            return {"edition": real.edition, "sha256": self.sha256}

    monkeypatch.setattr(rbmod, "load", lambda path=None: Other())
    with pytest.raises(RulebookMismatch, match="refuses to run"):
        run("classify", accounts, str(tmp_path / "out"), executor=DaskExecutor(None, client=client),
            partition_size=8, fmt="jsonl")


def test_restart_under_another_rulebook_or_input_is_refused(accounts, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    out = str(tmp_path / "out")
    args = ("batch", "classify", accounts, "--out", out, "--format", "jsonl", "--rules", str(rules))
    assert run_cli(*args)[0] == 2  # two error rows
    manifest = json.load(open(os.path.join(out, "manifest.json")))
    assert manifest["counts"]["records"] == 32
    with open(rules / "EDITION", "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    rc, _, err = run_cli(*args)
    assert rc == 2 and "refusing to mix" in err and "rulebook" in err and len(err.strip().splitlines()) == 1
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "x", "text": "In 2012 he joined Hizb ut-Tahrir."}\n', encoding="utf-8")
    with pytest.raises(BadInput, match="input files"):
        run("classify", str(other), out, fmt="jsonl")


def test_screen_and_cite_rows_equal_the_cli(tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("Хизб ут-Тахрир\nIvan Petrov\n\nTalibn\nmembers of ISIS\n", encoding="utf-8")
    rc, out, _ = run_cli("screen", "--file", str(names), "--format", "json", "--as-of", "2020-06-01")
    assert rc == 2  # the empty line
    m = run("screen", str(names), str(tmp_path / "s"), options={"as_of": "2020-06-01"}, partition_size=2, fmt="jsonl")
    assert _results(str(tmp_path / "s")) == out.splitlines()
    assert m["counts"]["errors"] == 1
    doc = tmp_path / "report.txt"
    doc.write_text("In 2003 he was convicted under Article 164 of the Criminal Code; in 2016 under art. 174.\n",
                   encoding="utf-8")
    _, cli_out, _ = run_cli("cite", str(doc), "--format", "json")
    run("cite", str(doc), str(tmp_path / "c"), fmt="jsonl")
    rows = read_rows(str(tmp_path / "c"))
    assert [r["id"] for r in rows] == [str(doc)] and [r["result"] for r in rows] == cli_out.splitlines()
    assert json.loads(rows[0]["result"])["summary"]["citations"] == 2


def test_cli_on_a_local_dask_cluster_keeps_csv_ids(tmp_path):
    csv_in = tmp_path / "customers.csv"
    csv_in.write_text("id,name\nc1,Hizb ut-Tahrir\nc2,Ivan Petrov\nc3,Talibann\n", encoding="utf-8")
    rc, _, err = run_cli("batch", "screen", str(csv_in), "--out", str(tmp_path / "o"), "--dask", "local:2",
                         "--as-of", "2020-06-01", "--partition-size", "2")
    assert rc == 0, err
    rows = read_rows(str(tmp_path / "o"))
    assert [r["id"] for r in rows] == ["c1", "c2", "c3"]
    _, cli_out, _ = run_cli("screen", "--file", str(csv_in), "--format", "json", "--as-of", "2020-06-01")
    assert [r["result"] for r in rows] == cli_out.splitlines()
    assert json.loads(rows[0]["result"])["banned"] is True
    manifest = json.load(open(tmp_path / "o" / "manifest.json"))
    assert manifest["this_run"]["executor"] == "dask" and manifest["counts"]["partitions"] == 2


def test_cli_bad_input_is_one_line(tmp_path):
    rc, _, err = run_cli("batch", "classify", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o"))
    assert rc == 2 and err.startswith("error: ") and len(err.strip().splitlines()) == 1
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("x")
    (tmp_path / "n.txt").write_text("ISIS\n")
    rc, _, err = run_cli("batch", "screen", str(tmp_path / "n.txt"), "--out", str(tmp_path / "busy"))
    assert rc == 2 and "not a batch output directory" in err


def test_a_cite_record_may_say_when_its_text_was_written(tmp_path):
    recs = tmp_path / "reports.jsonl"
    recs.write_text('{"id": "old", "text": "He was convicted under Article 164.", "published": "2009-04"}\n'
                    '{"id": "new", "text": "He was convicted under Article 164.", "published": "2019"}\n'
                    '{"id": "none", "text": "He was convicted under Article 164."}\n'
                    '{"id": "bad", "text": "He was convicted under Article 164.", "published": "April 2009"}\n',
                    encoding="utf-8")
    m = run("cite", str(recs), str(tmp_path / "c"), fmt="jsonl")
    rows = {r["id"]: r for r in read_rows(str(tmp_path / "c"))}
    codes = {i: [c["code"] for c in json.loads(r["result"])["citations"]] for i, r in rows.items() if not r["error"]}
    assert codes == {"old": ["1997"], "new": [None], "none": [None]}
    assert "published" in rows["bad"]["error"] and m["counts"]["errors"] == 1
