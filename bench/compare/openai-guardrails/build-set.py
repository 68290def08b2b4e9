#!/usr/bin/env python3
"""Builds dataset.json: the labelled texts both sides of the PII/secret comparison run on.

PII: every presidio-research sentence (bench/quality/data), positive when it holds an e-mail, phone, card, IBAN,
US SSN or IP address (the types both detectors claim), negative otherwise (names, addresses, dates and other
numbers stay in: flagging them is a false positive). Secrets: the hand-written set below (fake but well-formed).
"""
import json, pathlib

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
SHARED = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}

SECRETS = [
    "Use the key AKIAIOSFODNN7EXAMPLE with the default region.",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "my token is ghp_4fT9kLm2Qx8Zr1Vb7Nc3Yd6Hs0Jw5Pe2Ua9K and it works",
    "export GITLAB_TOKEN=glpat-Xk9f2Lm7Qz3Vb8Nc1Ydw",
    "slack bot: xoxb-2048117653-4915730284-Zx8Lq2Vn7Kc4Mb1Yt6Hd9Rs3",
    "post to https://hooks.slack.com/services/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",
    "Stripe secret: sk_live_51Hx8Lq2Vn7Kc4Mb1Yt6Hd9Rs3Wq0Pz",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq98Xn2Lq4Vn7Kc4Mb1Yt6Hd9Rs3Wq0PzZx8Lq2Vn7Kc4Mb1\n-----END RSA PRIVATE KEY-----",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "DATABASE_URL=postgres://admin:S3cr3tPassw0rd@db.internal:5432/app",
    "Server=tcp:sql.example.net;Database=app;User Id=svc;Password=Qw9!xL2#vN7$kP4z;",
    "password: Xk9#fL2m$Qz7Vb8@Nc1Y",
    "the api_key is AIzaSyD8x9Lq2Vn7Kc4Mb1Yt6Hd9Rs3Wq0PzZx8",
    "client_secret=7f3e9a1c5b8d2e4f6a0b9c8d7e6f5a4b3c2d1e0f",
    "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Zx8Lq2Vn7Kc4Mb1Yt6Hd9Rs3Wq0PzZx8Lq2Vn7Kc4Mb1Yt6Hd9Rs3Wq0Pz==;EndpointSuffix=core.windows.net",
]
CLEAN = [
    "The build at commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 passed all 412 tests.",
    "Request id 6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9 took 182 ms.",
    "Set the timeout to 30 seconds and retry three times with exponential backoff.",
    "The password policy requires twelve characters, one digit and one symbol.",
    "Rotate your API key every 90 days from the settings page.",
    "Our token bucket refills at 100 requests per minute per client.",
    "Version 2.14.3 fixes the memory leak in the connection pool.",
    "The SHA-256 of the release archive is published next to the download link.",
    "Call the secrets manager at start-up instead of reading environment variables.",
    "Invoice 2024-117 covers 14 licences at 49.00 EUR each.",
    "Use `git log --oneline` to see the last commits on the branch.",
    "The private key never leaves the hardware security module.",
]

data = json.loads((root / "bench/quality/data/presidio-research/synth_dataset_v2.json").read_text())
rows = []
for r in data:
    kinds = sorted({s["entity_type"] for s in r["spans"]} & SHARED)
    rows.append({"set": "presidio", "text": r["full_text"], "positive": bool(kinds), "labels": kinds})
rows += [{"set": "secrets", "text": t, "positive": True, "labels": ["SECRET"]} for t in SECRETS]
rows += [{"set": "secrets", "text": t, "positive": False, "labels": []} for t in CLEAN]
(here / "dataset.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
print(f"dataset.json: {len(rows)} texts, {sum(r['positive'] for r in rows)} positive")
