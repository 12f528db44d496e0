"""Obtains credentials from the emulated STS and ECS metadata service with the official Alibaba
Cloud credentials library (alibabacloud-credentials, pinned in requirements.txt), then calls the
MMS emulator with them through the official MMS SDK.

Usage: credentials_client.py MMS_PORT STS_URL METADATA_V2_URL METADATA_V1_URL KEY_ID KEY_SECRET
       ROLE_ARN OIDC_PROVIDER_ARN OIDC_TOKEN_FILE

The library is pointed at loopback with its own settings: `sts_endpoint` (a URL with scheme is
used as is) for STS, and `HttpOptions(proxy=...)` for the metadata service, whose address
(100.100.100.200) the library hard-codes: the request for http://100.100.100.200/... goes to the
emulator acting as the HTTP proxy, and nothing leaves loopback.

Prints one line per case ("ok <case> <access key id>" or "FAIL <case>: <why>") and exits
non-zero if any case failed. Run by crates/mms-emulator/tests/python_credentials.rs.
"""

import sys
import traceback

from alibabacloud_credentials.exceptions import CredentialException
from alibabacloud_credentials.http import HttpOptions
from alibabacloud_credentials.provider import (
    EcsRamRoleCredentialsProvider,
    OIDCRoleArnCredentialsProvider,
    RamRoleArnCredentialsProvider,
    StaticSTSCredentialsProvider,
)
from alibabacloud_maxcompute20220104.client import Client
from alibabacloud_tea_openapi import models as open_api_models

(MMS_PORT, STS_URL, METADATA_V2, METADATA_V1, KEY_ID, KEY_SECRET, ROLE_ARN, OIDC_PROVIDER_ARN,
 OIDC_TOKEN_FILE) = sys.argv[1:10]


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def mms_accepts(credentials):
    """GetMmsJob with the credentials, through the official MMS SDK (ACS3, token sent)."""
    config = open_api_models.Config(
        access_key_id=credentials.get_access_key_id(),
        access_key_secret=credentials.get_access_key_secret(),
        security_token=credentials.get_security_token(),
        endpoint=f"127.0.0.1:{MMS_PORT}",
        protocol="http",
    )
    response = Client(config).get_mms_job("2", "10")
    expect(response.status_code == 200, f"MMS answered {response.status_code}")
    expect(response.body.data.id == 10, "the documented job")


def sts_credentials(credentials, provider_name):
    expect(credentials.get_access_key_id().startswith("STS."), credentials.get_access_key_id())
    expect(credentials.get_security_token(), "a security token")
    expect(credentials.get_expiration() > 0, "an expiration")
    expect(credentials.get_provider_name() == provider_name, credentials.get_provider_name())
    return credentials


def ram_role_arn(**extra):
    return RamRoleArnCredentialsProvider(
        access_key_id=KEY_ID, access_key_secret=KEY_SECRET, role_arn=ROLE_ARN,
        role_session_name="python-credentials", sts_endpoint=STS_URL, **extra)


FIRST = {}


def case_ram_role_arn():
    credentials = sts_credentials(ram_role_arn(duration_seconds=900).get_credentials(),
                                  "ram_role_arn/static_ak")
    mms_accepts(credentials)
    FIRST["credentials"] = credentials
    return credentials


def case_ram_role_arn_policy_with_spaces():
    # The library signs a space as '+' (quote_plus): the emulator accepts that form too.
    policy = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "odps:*", "Resource": "*"}]}'
    credentials = ram_role_arn(policy=policy, external_id="ext-id_2024.v1").get_credentials()
    return sts_credentials(credentials, "ram_role_arn/static_ak")


def case_ram_role_arn_from_sts_credentials():
    source = FIRST["credentials"]
    provider = RamRoleArnCredentialsProvider(
        credentials_provider=StaticSTSCredentialsProvider(
            access_key_id=source.get_access_key_id(),
            access_key_secret=source.get_access_key_secret(),
            security_token=source.get_security_token()),
        role_arn=ROLE_ARN, role_session_name="python-chained", sts_endpoint=STS_URL)
    credentials = sts_credentials(provider.get_credentials(), "ram_role_arn/static_sts")
    mms_accepts(credentials)
    return credentials


def case_ram_role_arn_wrong_secret():
    provider = RamRoleArnCredentialsProvider(
        access_key_id=KEY_ID, access_key_secret="not-the-secret", role_arn=ROLE_ARN,
        sts_endpoint=STS_URL)
    try:
        provider.get_credentials()
    except CredentialException as e:
        expect("http_code: 400" in str(e) and "SignatureDoesNotMatch" in str(e), str(e))
        return None
    raise AssertionError("a wrong secret was accepted")


def case_oidc():
    provider = OIDCRoleArnCredentialsProvider(
        role_arn=ROLE_ARN, oidc_provider_arn=OIDC_PROVIDER_ARN,
        oidc_token_file_path=OIDC_TOKEN_FILE, role_session_name="python-rrsa",
        sts_endpoint=STS_URL)
    credentials = sts_credentials(provider.get_credentials(), "oidc_role_arn")
    mms_accepts(credentials)
    return credentials


def ecs(proxy, **extra):
    return EcsRamRoleCredentialsProvider(
        http_options=HttpOptions(proxy=proxy), async_update_enabled=False, **extra)


def case_ecs_imdsv2():
    credentials = sts_credentials(ecs(METADATA_V2).get_credentials(), "ecs_ram_role")
    mms_accepts(credentials)
    return credentials


def case_ecs_imdsv1_fallback():
    return sts_credentials(ecs(METADATA_V1).get_credentials(), "ecs_ram_role")


def case_ecs_imdsv1_disabled():
    try:
        ecs(METADATA_V1, disable_imds_v1=True).get_credentials()
    except Exception:  # the library raises whatever the transport raised
        return None
    raise AssertionError("credentials without an IMDSv2 token although IMDSv1 is disabled")


CASES = [
    ("ram_role_arn from an AccessKey, signed GET", case_ram_role_arn),
    ("ram_role_arn with a policy holding spaces and an external id",
     case_ram_role_arn_policy_with_spaces),
    ("ram_role_arn from STS credentials, token sent", case_ram_role_arn_from_sts_credentials),
    ("ram_role_arn with a wrong secret is refused", case_ram_role_arn_wrong_secret),
    ("oidc_role_arn (RRSA) from a token file", case_oidc),
    ("ecs_ram_role with an IMDSv2 token, role discovered", case_ecs_imdsv2),
    ("ecs_ram_role falls back to IMDSv1 when the token endpoint is down",
     case_ecs_imdsv1_fallback),
    ("ecs_ram_role with IMDSv1 disabled fails when the token endpoint is down",
     case_ecs_imdsv1_disabled),
]

failures = 0
for name, case in CASES:
    try:
        credentials = case()
        key = credentials.get_access_key_id() if credentials else "-"
        print(f"ok {name} {key}", flush=True)
    except Exception as e:  # report every case, then fail
        failures += 1
        print(f"FAIL {name}: {e}", flush=True)
        traceback.print_exc(file=sys.stderr)
sys.exit(1 if failures else 0)
