"""Drives a complete migration through the official Alibaba Cloud Python SDK against the
mms-emulator binary, calling every one of the 36 MMS operations.

Usage: lifecycle.py PORT ALGORITHM KEY_ID KEY_SECRET
ALGORITHM is "acs3" (the SDK's default ACS3-HMAC-SHA256) or "v2" (ROA HMAC-SHA1).

The emulator must run with crates/mms-emulator/fixtures/lifecycle.json, --no-demo, --speed 20 and
--fail-table sales.customers:DATA:1 --fail-table crm.contacts:DATA:1 (the contacts table is
big: its copy runs about a second, long enough to stop the job while it runs).

Every answer is read into the SDK's own response model, and the model written back
(to_map) must equal the JSON the emulator sent: a field the SDK does not know, or one it
reads differently, fails the run. Prints "ok <step>" per step and "operations: N" at the end;
exits non-zero on the first failure.
"""

import sys
import time
import traceback

from alibabacloud_maxcompute20220104 import models
from alibabacloud_maxcompute20220104.client import Client
from alibabacloud_tea_openapi import models as open_api_models

PORT, ALGORITHM, KEY_ID, KEY_SECRET = sys.argv[1:5]
# A guard against a hang, not a timing check: at the test's speed each wait takes milliseconds.
GIVE_UP_SECONDS = 60


def make_client():
    config = open_api_models.Config(
        access_key_id=KEY_ID,
        access_key_secret=KEY_SECRET,
        endpoint=f"127.0.0.1:{PORT}",
        protocol="http",
        connect_timeout=5000,
        read_timeout=10000,
    )
    if ALGORITHM == "v2":
        config.signature_algorithm = "v2"
    return Client(config)


class Recorder:
    """Keeps the raw JSON of every answer and the actions called."""

    def __init__(self, client):
        self.actions = set()
        self.last = None
        original = client.call_api

        def call_api(params, request, runtime):
            result = original(params, request, runtime)
            self.actions.add(params.action)
            self.last = (params.action, result.get("body"), result.get("headers", {}))
            return result

        client.call_api = call_api


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


client = make_client()
recorder = Recorder(client)


def call(method, *args):
    """Calls an SDK method; checks the model against the raw answer; returns the body model."""
    response = method(*args)
    action, raw, headers = recorder.last
    expect(response.status_code == 200, f"{action}: status {response.status_code}")
    body = response.body
    mapped = body.to_map()
    expect(mapped == raw, f"{action}: the SDK model reads\n{mapped}\nbut the answer was\n{raw}")
    header_id = {k.lower(): v for k, v in headers.items()}.get("x-acs-request-id")
    expect(body.request_id and body.request_id == header_id, f"{action}: request id")
    return body


def expect_error(method, args, status, code):
    try:
        method(*args)
    except Exception as e:  # the SDK raises ClientException subclasses
        got = (getattr(e, "status_code", None), getattr(e, "code", None))
        expect(got == (status, code), f"expected {status} {code}, got {got}: {e}")
        return str(getattr(e, "message", ""))
    raise AssertionError(f"expected {status} {code}, but the call succeeded")


def wait(what, read, done):
    started = time.monotonic()
    while True:
        value = read()
        if done(value):
            return value
        expect(time.monotonic() - started < GIVE_UP_SECONDS, f"{what} never ended: {value}")
        time.sleep(0.02)


def step(name):
    print(f"ok {name}", flush=True)


def async_task(source, task_id):
    body = wait(
        f"async task {task_id}",
        lambda: call(client.get_mms_async_task, source, str(task_id)).data,
        lambda t: t.status in ("DONE", "FAILED"),
    )
    expect(body.status == "DONE", f"async task {task_id}: {body.to_map()}")
    expect(body.running is False and body.progress == 100, f"{body.to_map()}")
    return body


def job_status(source, job_id, statuses):
    return wait(
        f"job {job_id}",
        lambda: call(client.get_mms_job, source, str(job_id)).data,
        lambda j: j.status in statuses and j.stopped is False,
    )


def main():
    # Connect a source.
    items = call(
        client.list_mms_data_source_config_items,
        models.ListMmsDataSourceConfigItemsRequest(source_type="HIVE", lang="en_US"),
    ).data
    required = [i.key for i in items if i.required]
    expect(required == ["hive.metastore.uris"], f"required items {required}")
    created = call(
        client.create_mms_data_source,
        models.CreateMmsDataSourceRequest(
            name="warehouse",
            type="HIVE",
            networklink="vpc-test:cn-shanghai",
            config={"hive.metastore.uris": "thrift://hive:9083", "hive.password": "pw",
                    "dst.project": "mc_wh"},
        ),
    ).data
    source = str(created.data_source_id)
    listed = call(client.list_mms_data_sources, models.ListMmsDataSourcesRequest(name="ware")).data
    expect(listed.total == 1 and listed.object_list[0].status == "STOPPED", f"{listed.to_map()}")
    expect(listed.object_list[0].region == "cn-shanghai", "region from the network link")
    update = call(
        client.update_mms_data_source, source, models.UpdateMmsDataSourceRequest(action="START")
    ).data
    async_task(source, update.async_task_id)
    info = call(
        client.get_mms_data_source, source,
        models.GetMmsDataSourceRequest(with_config=True, lang="en_US"),
    ).data
    expect(info.status == "STARTED" and info.agent_is_online is True, f"{info.to_map()}")
    password = [c for c in info.config if c.key == "hive.password"][0]
    expect(password.value == "******" and password.type == "password", "masked password")
    step("a data source created and started")

    # Scan it.
    scan = call(
        client.create_mms_fetch_metadata_job, source, models.CreateMmsFetchMetadataJobRequest()
    ).data
    done = wait(
        "the scan",
        lambda: call(client.get_mms_fetch_metadata_job, source, str(scan.scan_id)).data,
        lambda s: s.status != "DOING",
    )
    expect(done.status == "DONE" and done.progress == 10000, f"{done.to_map()}")
    step("the catalog scanned")

    # Inventory and destinations.
    dbs = call(
        client.list_mms_dbs, source,
        models.ListMmsDbsRequest(sorter=models.ListMmsDbsRequestSorter(num_rows="asc")),
    ).data
    expect([d.name for d in dbs.object_list] == ["sales", "crm"], f"{dbs.to_map()}")
    sales_id = str(dbs.object_list[0].id)
    db = call(client.get_mms_db, source, sales_id).data
    expect(db.tables == 3 and db.partitions == 5, f"{db.to_map()}")
    call(client.update_mms_db, source, sales_id, models.UpdateMmsDbRequest(dst_name="sales"))
    tables = call(
        client.list_mms_tables, source,
        models.ListMmsTablesRequest(
            db_name="sales", status=["INIT"], has_partitions=True,
            sorter=models.ListMmsTablesRequestSorter(num_rows="desc"),
        ),
    ).data
    expect(tables.total == 1 and tables.object_list[0].name == "orders", f"{tables.to_map()}")
    orders = str(tables.object_list[0].id)
    call(client.update_mms_table, source, orders, models.UpdateMmsTableRequest(dst_name="orders_mc"))
    table = call(client.get_mms_table, source, orders).data
    expect(table.dst_name == "orders_mc" and table.dst_schema_name == "sales", f"{table.to_map()}")
    expect([c.name for c in table.schema.partitions] == ["ds"], "partition keys")
    count = call(
        client.update_mms_tables, source,
        models.UpdateMmsTablesRequest(db_name="sales", table_names=["customers", "products"],
                                      dst_project_name="mc_wh"),
    ).data
    expect(count == 2, f"{count} tables updated")
    parts = call(
        client.list_mms_partitions, source,
        models.ListMmsPartitionsRequest(
            table_name="orders", page_num=3, page_size=2, status=["INIT", "DONE"],
            sorter=models.ListMmsPartitionsRequestSorter(last_ddl_time="asc"),
        ),
    ).data
    expect((parts.total, parts.page_num, parts.page_size, len(parts.object_list)) == (5, 3, 2, 1),
           f"{parts.to_map()}")
    partition = call(client.get_mms_partition, source, str(parts.object_list[0].id)).data
    expect(partition.table_name == "orders" and partition.dst_table_name == "orders_mc",
           f"{partition.to_map()}")
    step("dbs, tables and partitions listed, destinations set")

    # A job: created by an async task, started, failing on the planned table.
    created = call(
        client.create_mms_job, source,
        models.CreateMmsJobRequest(name="nightly", src_db_name="sales", enable_verification=True,
                                   others={"note": "from the Python SDK", "retries": 1}),
    ).data
    job_id = async_task(source, created.async_task_id).object_id
    job = call(client.get_mms_job, source, str(job_id)).data
    expect((job.status, job.task_num, job.task_done, job.type) == ("INIT", 7, 0, "Database"),
           f"{job.to_map()}")
    expect(job.config.others == {"note": "from the Python SDK", "retries": 1}, "others kept")
    call(client.start_mms_job, source, str(job_id))
    tasks = call(
        client.list_mms_tasks, source,
        models.ListMmsTasksRequest(job_id=job_id, page_size=50,
                                   sorter=models.ListMmsTasksRequestSorter(start_time="asc")),
    ).data
    expect(tasks.total == 7, f"{tasks.to_map()}")
    job = job_status(source, job_id, ("FAILED",))
    expect(job.task_done == 6, f"{job.to_map()}")
    failed = call(
        client.list_mms_tasks, source, models.ListMmsTasksRequest(job_id=job_id, status="DATA_FAILED")
    ).data
    expect(failed.total == 1 and failed.object_list[0].src_table_name == "customers",
           f"{failed.to_map()}")
    task_id = str(failed.object_list[0].id)
    logs = call(client.list_mms_task_logs, source, task_id).data
    expect(logs[-1].status == "DATA_FAILED" and "Tunnel upload" in logs[-1].msg, f"{logs[-1].to_map()}")
    step("a planned failure read from the failed task's log")

    call(client.retry_mms_task, source, task_id, models.RetryMmsTaskRequest())
    task = call(client.get_mms_task, source, task_id).data
    expect(task.retried_times == 1, f"{task.to_map()}")
    job = job_status(source, job_id, ("DONE",))
    expect(job.task_done == 7, f"{job.to_map()}")
    step("the task retried, the job DONE")

    # A second job: stopped, started again, failed, retried as a whole.
    created = call(
        client.create_mms_job, source,
        models.CreateMmsJobRequest(name="crm", src_db_name="crm", tables=["leads", "contacts"]),
    ).data
    crm_id = str(async_task(source, created.async_task_id).object_id)
    call(client.start_mms_job, source, crm_id)
    call(client.stop_mms_job, source, crm_id)
    stopped = call(client.list_mms_jobs, source, models.ListMmsJobsRequest(stopped=1)).data
    expect(stopped.total == 1 and stopped.object_list[0].stopped is True, f"{stopped.to_map()}")
    call(client.start_mms_job, source, crm_id)
    job_status(source, crm_id, ("FAILED",))
    call(client.retry_mms_job, source, crm_id)
    job_status(source, crm_id, ("DONE",))
    step("a job stopped, started, failed and retried")

    # Timers.
    timer = call(
        client.create_mms_timer, source,
        models.CreateMmsTimerRequest(name="crm-daily", src_db_name="crm", tables=["leads"],
                                     schedule_type="Daily", value="02:00"),
    ).data
    timer_id = str(timer.timer_id)
    got = call(client.get_mms_timer, source, timer_id).data
    expect((got.schedule_type, got.value, got.config.tables) == ("Daily", "02:00", ["leads"]),
           f"{got.to_map()}")
    call(client.update_mms_timer, source, timer_id, models.UpdateMmsTimerRequest(stopped=True))
    paused = call(client.list_mms_timers, source, models.ListMmsTimersRequest(stopped=True)).data
    expect(paused.total == 1, f"{paused.to_map()}")
    call(client.trigger_mms_timer, source, timer_id, models.TriggerMmsTimerRequest())
    runs = call(client.list_mms_timer_logs, source, timer_id, models.ListMmsTimerLogsRequest()).data
    expect(runs.total == 1 and runs.object_list[0].status == "DONE", f"{runs.to_map()}")
    spawned = call(client.list_mms_jobs, source, models.ListMmsJobsRequest(timer_id=int(timer_id))).data
    expect(spawned.total == 1, f"{spawned.to_map()}")
    job_status(source, spawned.object_list[0].id, ("DONE",))
    call(client.delete_mms_timer, source, timer_id)
    expect_error(client.get_mms_timer, (source, timer_id), 404, "NoSuchMmsTimer")
    step("a timer created, paused, triggered, logged and deleted")

    # Clean up: 404 afterwards.
    call(client.delete_mms_job, source, str(job_id))
    expect_error(client.get_mms_job, (source, str(job_id)), 404, "NoSuchMmsJob")
    call(client.delete_mms_data_source, source)
    message = expect_error(client.get_mms_data_source, (source, models.GetMmsDataSourceRequest()),
                           404, "NoSuchMmsDataSource")
    expect(source in message, message)
    step("the job and the data source deleted")

    print(f"operations: {len(recorder.actions)}", flush=True)
    print(" ".join(sorted(recorder.actions)), flush=True)


try:
    main()
except Exception as e:  # report, then fail
    print(f"FAIL: {e}", flush=True)
    traceback.print_exc(file=sys.stderr)
    sys.exit(1)
