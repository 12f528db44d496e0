"""Sends every call of a plan with the official Alibaba Cloud Python SDK, once per run.

Usage: wire_equivalence.py PLAN.json

The plan (written by tests/wire_equivalence.rs):

    {"accessKeyId": "...", "accessKeySecret": "...",
     "runs":  [{"name": "ACS3", "port": 1234, "signatureAlgorithm": null}, ...],
     "calls": [{"action": "ListMmsTables", "method": "list_mms_tables",
                "pathIds": ["2"], "request": {"dbName": "...", "sorter": {...}}}, ...]}

`request` holds the request model's fields by their wire names (as `from_map` reads them); the
SDK itself turns them into path, query and body. Each run builds one client against the capture
server of that run and sends every call in order. Prints one line per call and exits non-zero
if any call failed.
"""

import inspect
import json
import sys
import traceback

from alibabacloud_maxcompute20220104 import models
from alibabacloud_maxcompute20220104.client import Client
from alibabacloud_tea_openapi import models as open_api_models
from darabonba.runtime import RuntimeOptions


def client(plan, run):
    config = open_api_models.Config(
        access_key_id=plan["accessKeyId"],
        access_key_secret=plan["accessKeySecret"],
        endpoint=f"127.0.0.1:{run['port']}",
        protocol="http",
        connect_timeout=5000,
        read_timeout=10000,
    )
    # None keeps the SDK's default, ACS3-HMAC-SHA256; "v2" selects ROA HMAC-SHA1.
    config.signature_algorithm = run["signatureAlgorithm"]
    return Client(config)


def send(sdk, call):
    method = getattr(sdk, call["method"] + "_with_options")
    args = list(call["pathIds"])
    parameters = inspect.signature(method).parameters
    if "request" in parameters or "tmp_req" in parameters:
        model = getattr(models, call["action"] + "Request")()
        args.append(model.from_map(call.get("request") or {}))
    elif call.get("request"):
        raise AssertionError(f"{call['method']} takes no request, but the plan gives one")
    args += [{}, RuntimeOptions()]
    response = method(*args)
    if response.status_code != 200:
        raise AssertionError(f"status {response.status_code}")
    if not response.body.request_id:
        raise AssertionError("no requestId in the decoded answer")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    failures = 0
    for run in plan["runs"]:
        sdk = client(plan, run)
        for call in plan["calls"]:
            try:
                send(sdk, call)
                print(f"ok {run['name']} {call['action']}", flush=True)
            except Exception as e:  # report every call, then fail
                failures += 1
                print(f"FAIL {run['name']} {call['action']}: {e!r}", flush=True)
                traceback.print_exc(file=sys.stderr)
    sys.exit(1 if failures else 0)


main()
