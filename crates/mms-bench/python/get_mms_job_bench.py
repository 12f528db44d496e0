"""Times sequential GetMmsJob calls of the official Alibaba Cloud Python SDK against mms-emulator.

Usage: get_mms_job_bench.py PORT KEY_ID KEY_SECRET ALGORITHM CALLS WARMUP

ALGORITHM is "acs3" (the SDK's default, ACS3-HMAC-SHA256) or "roa" (signature_algorithm "v2",
ROA HMAC-SHA1). Prints one JSON line: calls, seconds, the process's CPU seconds (user + system,
time.process_time) spent on the timed calls, and the latencies in milliseconds.
Interpreter start and imports are not timed. Run by `mms-bench e2e` (crates/mms-bench).
"""

import json
import sys
import time

from alibabacloud_maxcompute20220104.client import Client
from alibabacloud_tea_openapi import models as open_api_models

PORT, KEY_ID, KEY_SECRET, ALGORITHM = sys.argv[1:5]
CALLS, WARMUP = int(sys.argv[5]), int(sys.argv[6])

config = open_api_models.Config(
    access_key_id=KEY_ID,
    access_key_secret=KEY_SECRET,
    endpoint=f"127.0.0.1:{PORT}",
    protocol="http",
    connect_timeout=5000,
    read_timeout=10000,
)
if ALGORITHM == "roa":
    config.signature_algorithm = "v2"
client = Client(config)

for _ in range(WARMUP):
    client.get_mms_job("2", "10")

latencies = []
cpu_started = time.process_time()
started = time.perf_counter()
for _ in range(CALLS):
    t = time.perf_counter()
    response = client.get_mms_job("2", "10")
    latencies.append((time.perf_counter() - t) * 1000.0)
    if response.body.data.id != 10:
        raise SystemExit(f"unexpected answer: {response.body}")
seconds = time.perf_counter() - started
cpu_seconds = time.process_time() - cpu_started
print(json.dumps({"calls": CALLS, "seconds": seconds, "cpu_seconds": cpu_seconds, "latencies_ms": latencies}))
