"""Calls the mms-emulator with the official Alibaba Cloud Python SDK.

Usage: get_mms_job.py PORT KEY_ID KEY_SECRET STS_ID STS_SECRET STS_TOKEN

Prints one line per case ("ok <case>" or "FAIL <case>: <why>") and exits non-zero if any case
failed. Run by crates/mms-emulator/tests/python_sdk.rs against an in-process emulator.
"""

import sys
import traceback

from alibabacloud_maxcompute20220104.client import Client
from alibabacloud_tea_openapi import models as open_api_models
from darabonba.runtime import RuntimeOptions

PORT, KEY_ID, KEY_SECRET, STS_ID, STS_SECRET, STS_TOKEN = sys.argv[1:7]


def client(algorithm, key_id=KEY_ID, secret=KEY_SECRET, token=None):
    config = open_api_models.Config(
        access_key_id=key_id,
        access_key_secret=secret,
        security_token=token,
        endpoint=f"127.0.0.1:{PORT}",
        protocol="http",
        connect_timeout=5000,
        read_timeout=10000,
    )
    if algorithm == "v2":
        # ROA signature v1, HMAC-SHA1; the default (None) is ACS3-HMAC-SHA256.
        config.signature_algorithm = "v2"
    return Client(config)


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def check_documented_job(response):
    expect(response.status_code == 200, f"status {response.status_code}")
    body = response.body
    header_id = {k.lower(): v for k, v in response.headers.items()}.get("x-acs-request-id")
    expect(body.request_id and body.request_id == header_id,
           f"request id {body.request_id!r} in the body, {header_id!r} in the header")
    job = body.data
    for field, expected in [
        ("id", 10), ("name", "migrate_db_1"), ("source_id", 2), ("db_id", 23),
        ("source_name", "demo"), ("src_db_name", "mms_test"), ("dst_db_name", "mms_target"),
        ("status", "DOING"), ("type", "Tables"), ("task_num", 100), ("task_done", 100),
        ("stopped", True), ("create_time", "2024-12-17 15:44:17"), ("eta", ""),
    ]:
        actual = getattr(job, field)
        expect(actual == expected, f"data.{field} is {actual!r}, expected {expected!r}")
    config = job.config
    expect(config.partitions == [0], f"config.partitions {config.partitions!r}")
    expect(config.table_mapping == {"key": ""}, f"config.tableMapping {config.table_mapping!r}")
    expect(config.others == {"test": "test", "test2": 1}, f"config.others {config.others!r}")
    expect(config.enable_verification is True, "config.enableVerification")


def expect_error(call, status, code):
    try:
        call()
    except Exception as e:  # the SDK raises ClientException / ResponseException subclasses
        actual_code = getattr(e, "code", None)
        actual_status = getattr(e, "status_code", None)
        expect((actual_status, actual_code) == (status, code),
               f"expected {status} {code}, got {actual_status} {actual_code}: {e}")
        expect(getattr(e, "request_id", None), f"no request id in {e}")
        return e
    raise AssertionError(f"expected {status} {code}, but the call succeeded")


def call_with_query(c, query):
    """GetMmsJob through the generic call_api, with a query, to check the SDK's query encoding."""
    from alibabacloud_tea_openapi import utils_models
    params = utils_models.Params(
        action="GetMmsJob", version="2022-01-04", protocol="HTTPS",
        pathname="/api/v1/mms/datasources/2/jobs/10", method="GET", auth_type="AK",
        style="ROA", req_body_type="json", body_type="json",
    )
    request = utils_models.OpenApiRequest(query=query)
    return c.call_api(params, request, RuntimeOptions())


def case_signature_mismatch(algorithm):
    e = expect_error(lambda: client(algorithm, secret="wrong-secret").get_mms_job("2", "10"),
                     403, "SignatureDoesNotMatch")
    message = str(getattr(e, "message", ""))
    expect("server string to sign is:" in message, f"no string-to-sign in {message!r}")
    expect("wrong-secret" not in message and KEY_SECRET not in message, "secret in the message")


CASES = []
for algorithm, name in [(None, "acs3"), ("v2", "roa-v2")]:
    CASES += [
        (f"{name} get_mms_job('2','10') answers the documented job",
         lambda a=algorithm: check_documented_job(client(a).get_mms_job("2", "10"))),
        (f"{name} with an STS token answers the documented job",
         lambda a=algorithm: check_documented_job(
             client(a, STS_ID, STS_SECRET, STS_TOKEN).get_mms_job("2", "10"))),
        (f"{name} with a query of spaces, slashes, '+', '&', '=' and UTF-8 is verified",
         lambda a=algorithm: expect(call_with_query(client(a), {
             "name": "my job/1*~", "srcDbName": "库 db+x&y=z", "status": "",
             "sorter.status": "desc"})["statusCode"] == 200, "status")),
        (f"{name} wrong secret gets 403 SignatureDoesNotMatch",
         lambda a=algorithm: case_signature_mismatch(a)),
        (f"{name} wrong STS token gets 403 InvalidSecurityToken",
         lambda a=algorithm: expect_error(
             lambda: client(a, STS_ID, STS_SECRET, "not-the-token").get_mms_job("2", "10"),
             403, "InvalidSecurityToken")),
        (f"{name} unknown job gets 404 NoSuchMmsJob",
         lambda a=algorithm: expect_error(lambda: client(a).get_mms_job("2", "11"),
                                          404, "NoSuchMmsJob")),
        (f"{name} non-integer id gets 400 InvalidParameter",
         lambda a=algorithm: expect_error(lambda: client(a).get_mms_job("2", "x y/z"),
                                          400, "InvalidParameter")),
    ]

failures = 0
for name, case in CASES:
    try:
        case()
        print(f"ok {name}", flush=True)
    except Exception as e:  # report every case, then fail
        failures += 1
        print(f"FAIL {name}: {e}", flush=True)
        traceback.print_exc(file=sys.stderr)
sys.exit(1 if failures else 0)
