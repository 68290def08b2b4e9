#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - deterministic generator for the blind PII / secrets evaluation set "pii-c1".

    python3 gen.py            # writes set.txt next to this file
    python3 gen.py --stats    # same, and prints planted look-alike counts per family

Standard library only. Fixed seed (SEED = 4201), one random.Random instance, no clock,
no hash() of anything, no iteration over sets: two runs give byte-identical output.

Every number with a checksum is computed here: cards pass Luhn when labelled `card`
and are made to fail Luhn when they are look-alikes; IBANs get a real mod-97 check
(or a deliberately wrong one); SSNs follow the area/group/serial rules (or break them).
"""
import base64
import json
import os
import random
import sys
import unicodedata

SEED = 4201
R = random.Random(SEED)
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")


# --------------------------------------------------------------------------- spans
def L(kind, text):
    if kind not in KINDS:
        raise ValueError(kind)
    if "{" in text or "}" in text:
        raise ValueError("brace inside span: %r" % text)
    return "{{%s:%s}}" % (kind, text)


def E(t): return L("email", t)
def P(t): return L("phone", t)
def C(t): return L("card", t)
def IB(t): return L("iban", t)
def S(t): return L("ssn", t)
def IP(t): return L("ip", t)
def NI(t): return L("nino", t)
def D(t): return L("dob", t)
def K(t): return L("secret", t)


LOOKALIKES = {}
_CUR = [None]


def la(x):
    """Mark a planted look-alike value. Only counted (for the README); set.txt is unchanged."""
    LOOKALIKES[_CUR[0]] = LOOKALIKES.get(_CUR[0], 0) + 1
    return x


FAMILIES = []


def family(name, group):
    def deco(fn):
        FAMILIES.append((name, group, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- random primitives
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n):
    return rs(DIG, n)


def nzd(n):
    return R.choice("123456789") + dg(n - 1)


def pick(seq):
    return R.choice(seq)


# --------------------------------------------------------------------------- people
FIRST = ["Maria", "Tomasz", "Aisha", "Kenji", "Lucía", "Oliver", "Priya", "Dmitri", "Fatima", "Liam",
         "Chloé", "Mateus", "Ingrid", "Samuel", "Nadia", "Hiroshi", "Grace", "Rafael", "Yusuf", "Elena",
         "Owen", "Sofia", "Arjun", "Beatriz", "Niamh", "Kwame", "Marta", "Jonas", "Leila", "Callum",
         "Zoë", "Anders", "Imani", "Pedro", "Hannah", "Wei", "Olumide", "Saoirse", "Rohan", "Katarzyna"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Fernández", "Whitcombe", "Raghunathan", "Volkov",
        "Haddad", "O'Brien", "Kowalski", "Schreiber", "Nakamura", "Mensah", "Costa", "Brennan",
        "Delacroix", "Ivanova", "Achterberg", "Quigley", "Petrov", "Salazar", "Hargreaves", "Obi",
        "Lindgren", "Novak", "Fairbanks", "Castellano", "Adeyemi", "Thorne", "Müller", "Duarte"]
DOMAINS = ["brightwell.example", "fennickhale.test", "quorrahealth.example", "mail.northpine.test",
           "larkspur-dental.example", "orbitfreight.test", "kestrelbank.example", "tidewater.test",
           "hollowayhr.example", "copperleaf.example", "saltmarsh.test", "vantis-labs.example",
           "mailbox.test", "inbox.example", "postbox.example", "ridgeline-school.example"]
WEBMAIL = ["mailbox.test", "inbox.example", "postbox.example", "letterbox.test"]


def fold(s):
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if c.isascii() and c.isalnum()).lower()


def person():
    return pick(FIRST), pick(LAST)


def fl():
    f, l = person()
    return f, l, f + " " + l


def em(first, last, domain=None, style=None):
    f, l = fold(first), fold(last)
    domain = domain or pick(DOMAINS)
    if style is None:
        style = R.randrange(7)
    local = [f + "." + l, f[0] + l, f + "_" + l, f + dg(2), l + "." + f[0],
             f + "+" + pick(["orders", "news", "work", "shop"]), f + "-" + l][style]
    return local + "@" + domain


# --------------------------------------------------------------------------- phones
def _npa():
    return pick("23456789") + pick("0123456789") + pick("023456789")


def ph(country, style=None):
    c = country
    if c == "us":
        a, b, x = _npa(), pick("23456789") + dg(2), dg(4)
        fm = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s",
              "+1-%s-%s-%s", "%s %s %s"]
        s = R.randrange(len(fm)) if style is None else style
        return fm[s] % (a, b, x)
    if c == "uk":
        fm = [lambda: "+44 7700 900" + dg(3), lambda: "07700 900" + dg(3), lambda: "020 7946 0" + dg(3),
              lambda: "+44 20 7946 0" + dg(3), lambda: "0161 496 0" + dg(3), lambda: "+44 (0)113 496 0" + dg(3)]
    elif c == "de":
        fm = [lambda: "+49 30 " + dg(4) + " " + dg(4), lambda: "030 " + nzd(8),
              lambda: "+49 151 " + dg(8), lambda: "0151 " + dg(4) + " " + dg(4),
              lambda: "+49 (0)89 " + nzd(3) + " " + dg(4)]
    elif c == "fr":
        fm = [lambda: "+33 6 " + " ".join(dg(2) for _ in range(4)), lambda: "06 " + " ".join(dg(2) for _ in range(4)),
              lambda: "01 " + " ".join(dg(2) for _ in range(4)), lambda: "+33 (0)1 " + " ".join(dg(2) for _ in range(4)),
              lambda: "07." + ".".join(dg(2) for _ in range(4))]
    elif c == "es":
        fm = [lambda: "+34 6" + dg(2) + " " + dg(3) + " " + dg(3), lambda: "91" + dg(1) + " " + dg(3) + " " + dg(3)]
    elif c == "it":
        fm = [lambda: "+39 3" + dg(2) + " " + dg(3) + " " + dg(4), lambda: "06 " + dg(4) + " " + dg(4)]
    elif c == "nl":
        fm = [lambda: "+31 6 " + dg(4) + " " + dg(4), lambda: "06-" + dg(8), lambda: "020 " + nzd(3) + " " + dg(4)]
    elif c == "in":
        fm = [lambda: "+91 9" + dg(4) + " " + dg(5), lambda: "+91-98" + dg(3) + "-" + dg(5), lambda: "098" + dg(2) + " " + dg(5)]
    elif c == "au":
        fm = [lambda: "+61 4" + dg(2) + " " + dg(3) + " " + dg(3), lambda: "04" + dg(2) + " " + dg(3) + " " + dg(3),
              lambda: "(02) 9" + dg(3) + " " + dg(4)]
    elif c == "jp":
        fm = [lambda: "+81 3-" + dg(4) + "-" + dg(4), lambda: "090-" + dg(4) + "-" + dg(4), lambda: "03-" + dg(4) + "-" + dg(4)]
    elif c == "br":
        fm = [lambda: "+55 11 9" + dg(4) + "-" + dg(4), lambda: "(21) 9" + dg(4) + "-" + dg(4)]
    elif c == "za":
        fm = [lambda: "+27 82 " + dg(3) + " " + dg(4), lambda: "082 " + dg(3) + " " + dg(4)]
    elif c == "sg":
        fm = [lambda: "+65 9" + dg(3) + " " + dg(4), lambda: "+65 6" + dg(3) + " " + dg(4)]
    elif c == "mx":
        fm = [lambda: "+52 55 " + dg(4) + " " + dg(4), lambda: "+52 1 33 " + dg(4) + " " + dg(4)]
    elif c == "ie":
        fm = [lambda: "+353 87 " + dg(3) + " " + dg(4), lambda: "087 " + dg(3) + " " + dg(4), lambda: "(01) " + nzd(3) + " " + dg(4)]
    elif c == "ng":
        fm = [lambda: "+234 803 " + dg(3) + " " + dg(4), lambda: "0803 " + dg(3) + " " + dg(4)]
    elif c == "ch":
        fm = [lambda: "+41 79 " + dg(3) + " " + dg(2) + " " + dg(2), lambda: "044 " + nzd(3) + " " + dg(2) + " " + dg(2)]
    elif c == "pl":
        fm = [lambda: "+48 6" + dg(2) + " " + dg(3) + " " + dg(3), lambda: "+48 22 " + dg(3) + " " + dg(2) + " " + dg(2)]
    elif c == "se":
        fm = [lambda: "+46 70 " + dg(3) + " " + dg(2) + " " + dg(2), lambda: "070-" + dg(3) + " " + dg(2) + " " + dg(2)]
    elif c == "kr":
        fm = [lambda: "+82 10-" + dg(4) + "-" + dg(4), lambda: "010-" + dg(4) + "-" + dg(4)]
    elif c == "ca":
        fm = [lambda: "+1 416 " + pick("2345") + dg(2) + " " + dg(4), lambda: "(604) " + pick("5678") + dg(2) + "-" + dg(4)]
    else:
        raise ValueError(c)
    s = R.randrange(len(fm)) if style is None else style
    return fm[s]()


# --------------------------------------------------------------------------- cards (Luhn)
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


BRANDS = {
    "visa": (["4"], 16), "visa13": (["4"], 13), "mc": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16),
    "diners": (["36"], 14), "unionpay": (["62"], 19), "maestro": (["6759"], 19), "mc2": (["2223", "2500"], 16),
}


def card(brand="visa"):
    prefixes, n = BRANDS[brand]
    p = pick(prefixes)
    body = p + dg(n - len(p) - 1)
    c = body + luhn_digit(body)
    assert luhn_ok(c) and len(c) == n
    return c


def bad_card(brand="visa"):
    c = card(brand)
    last = (int(c[-1]) + R.randint(1, 9)) % 10
    b = c[:-1] + str(last)
    assert not luhn_ok(b)
    return b


def group_card(num, sep=" "):
    n = len(num)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3], 13: [4, 3, 3, 3]}.get(n, [4] * (n // 4))
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


# --------------------------------------------------------------------------- IBAN (mod 97)
IBAN_SPEC = {
    "DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
    "BE": "3n7n2n", "CH": "5n12n", "AT": "5n11n", "PL": "8n16n", "IE": "4a6n8n", "SE": "3n16n1n",
    "PT": "4n4n11n2n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n", "LU": "3n13c", "AE": "3n16n",
    "SA": "2n18c", "GR": "3n4n16c", "CZ": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "LT": "5n11n",
}
BANK_CODES = {"GB": ["NWBK", "MIDL", "BARC", "LOYD"], "NL": ["ABNA", "RABO", "INGB", "TRIO"],
              "IE": ["AIBK", "BOFI"], "RO": ["RNCB", "BTRL"]}


def _mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return _mod97(s[4:] + s[:4]) == 1


def iban(cc):
    spec = IBAN_SPEC[cc]
    bban, num = "", ""
    first_alpha = True
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        if ch == "n":
            bban += dg(n)
        elif ch == "a":
            if first_alpha and cc in BANK_CODES and n == 4:
                bban += pick(BANK_CODES[cc])
            else:
                bban += rs(UP, n)
            first_alpha = False
        else:
            bban += rs(UP + DIG * 3, n)
    check = "%02d" % (98 - _mod97(bban + cc + "00"))
    out = cc + check + bban
    assert iban_ok(out)
    return out


def bad_iban(cc):
    good = iban(cc)
    chk = int(good[2:4])
    new = chk
    while new == chk:
        new = R.randint(2, 98)
    b = good[:2] + "%02d" % new + good[4:]
    assert not iban_ok(b)
    return b


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------- SSN / NINO
def ssn_parts():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return area, R.randint(1, 99), R.randint(1, 9999)


def ssn(sep="-"):
    a, g, s = ssn_parts()
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def bad_ssn(kind, sep="-"):
    a, g, s = ssn_parts()
    if kind == "area000":
        a = 0
    elif kind == "area666":
        a = 666
    elif kind == "area9":
        a = R.randint(900, 999)
    elif kind == "group00":
        g = 0
    elif kind == "serial0000":
        s = 0
    else:
        raise ValueError(kind)
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino(spaced=None):
    while True:
        p = pick(NINO_FIRST) + pick(NINO_SECOND)
        if p not in NINO_BAD_PREFIX:
            break
    n = dg(6)
    s = pick("ABCD")
    if spaced is None:
        spaced = R.random() < 0.5
    if spaced:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)
    return p + n + s


# --------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def rdate(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fdate(t, style):
    y, m, d = t
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "mdy":
        return "%02d/%02d/%04d" % (m, d, y)
    if style == "dot":
        return "%02d.%02d.%04d" % (d, m, y)
    if style == "long":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "uslong":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == "short":
        return "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y)
    if style == "dash":
        return "%02d-%02d-%04d" % (d, m, y)
    raise ValueError(style)


def dob(style, y0=1938, y1=2007):
    return fdate(rdate(y0, y1), style)


# --------------------------------------------------------------------------- IPs
def ip4_priv():
    k = R.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))


def ip4_pub():
    k = R.randrange(4)
    if k == 0:
        return "203.0.113.%d" % R.randint(1, 254)
    if k == 1:
        return "198.51.100.%d" % R.randint(1, 254)
    if k == 2:
        return "192.0.2.%d" % R.randint(1, 254)
    return "%d.%d.%d.%d" % (pick([31, 46, 77, 81, 91, 141, 185, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip6(style=None):
    def grp():
        return "%x" % R.randint(1, 0xffff)
    s = R.randrange(4) if style is None else style
    if s == 0:
        return "2001:db8:%s:%s::%s" % (grp(), grp(), grp())
    if s == 1:
        return "fe80::%s:%s:%s:%s" % (grp(), grp(), grp(), grp())
    if s == 2:
        return "2001:0db8:" + ":".join("%04x" % R.randint(0, 0xffff) for _ in range(6))
    return "2a02:%s:%s:%s:%s::%s" % (grp(), grp(), grp(), grp(), grp())


# --------------------------------------------------------------------------- secrets
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def aws_id():
    return "AKIA" + rs(UP + "234567", 16)


def aws_secret():
    return rs(B64, 40)


def gh_pat():
    return "ghp_" + rs(ALNUM, 36)


def gh_fine():
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def gitlab():
    return "glpat-" + rs(ALNUM + "-_", 20)


def stripe_sk():
    return "sk_live_" + rs(ALNUM, 99)


def stripe_rk():
    return "rk_live_" + rs(ALNUM, 24)


def slack_bot():
    return "xoxb-" + nzd(11) + "-" + nzd(13) + "-" + rs(ALNUM, 24)


def slack_user():
    return "xoxp-" + nzd(11) + "-" + nzd(12) + "-" + nzd(13) + "-" + rs(HEX, 32)


def slack_hook():
    return "https://hooks.slack.com/services/T" + rs(UP + DIG, 8) + "/B" + rs(UP + DIG, 10) + "/" + rs(ALNUM, 24)


def discord_hook():
    return "https://discord.com/api/webhooks/" + nzd(19) + "/" + rs(B64URL, 68)


def google_key():
    return "AIzaSy" + rs(B64URL, 33)


def openai_key():
    return "sk-proj-" + rs(B64URL, 48) + "T3BlbkFJ" + rs(B64URL, 48)


def anthropic_key():
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def twilio_sid():
    return "AC" + rs(HEX, 32)


def twilio_token():
    return rs(HEX, 32)


def sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def npm_tok():
    return "npm_" + rs(ALNUM, 36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 70)


def hf_tok():
    return "hf_" + rs(UP + LO, 34)


def shopify():
    return "shpat_" + rs(HEX, 32)


def mailgun():
    return "key-" + rs(HEX, 32)


def telegram():
    return nzd(10) + ":AA" + rs(B64URL, 33)


def square():
    return "sq0atp-" + rs(B64URL, 22)


def digitalocean():
    return "dop_v1_" + rs(HEX, 64)


def vault():
    return "hvs." + rs(ALNUM + "_-", 90)


def docker_pat():
    return "dckr_pat_" + rs(B64URL, 27)


def azure_conn(account):
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s==;EndpointSuffix=core.windows.net"
            % (account, rs(B64, 86)))


def jwt(claims, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(B64URL, 43 if alg.startswith("HS") else 86)


def pem(label, raw, width=64):
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def ec_key():
    raw = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + rbytes(32) + \
        bytes([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]) + rbytes(64)
    return pem("EC PRIVATE KEY", raw)


def openssh_key():
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33" + \
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(160)
    return pem("OPENSSH PRIVATE KEY", raw, 70)


def rsa_key():
    raw = bytes([0x30, 0x82, 0x01, 0x3b, 0x02, 0x01, 0x00, 0x02, 0x41, 0x00]) + rbytes(300)
    return pem("RSA PRIVATE KEY", raw)


def pkcs8_key():
    raw = bytes([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]) + rbytes(32)
    return pem("PRIVATE KEY", raw)


WORDS = ["Harbor", "Maple", "Copper", "Falcon", "Orchid", "Tundra", "Velvet", "Quarry", "Lantern", "Meadow"]


def password(style=None):
    s = R.randrange(5) if style is None else style
    if s == 0:
        return pick(WORDS) + pick("!#$%&*") + dg(4)
    if s == 1:
        return rs(ALNUM + "!#%&*", 16)
    if s == 2:
        return pick(WORDS).lower() + "-" + pick(WORDS).lower() + "-" + pick(WORDS).lower() + dg(2)
    if s == 3:
        return pick(WORDS) + dg(2) + pick(WORDS) + pick("!?")
    return rs(ALNUM, 12) + pick("$%&") + rs(ALNUM, 3)


def url_pw():
    return pick(WORDS) + dg(2) + rs(ALNUM, 8)


# =========================================================================== POSITIVE FAMILIES
@family("support-chat", "positive")
def f_support_chat():
    o = []
    f, l, n = fl()
    o.append(f"Customer: hi, my parcel still hasn't arrived. You can call me back on {P(ph('us'))} or email {E(em(f, l))}")
    c = card("visa")
    o.append(f"Agent (Dana): To verify, could you read me the long number on the card?\nCustomer: {C(group_card(c))} expiry 08/27\nAgent (Dana): thank you, that matches the one ending {c[-4:]}.")
    f, l, n = fl()
    o.append(f"[09:14] {f}: I changed my login email to {E(em(f, l, style=0))} last week but receipts still go to {E(em(f, l, pick(WEBMAIL), style=3))}")
    f, l, n = fl()
    o.append(f"Chat transcript #{dg(6)}\nVisitor: locked out of my account :( username {fold(f)}{dg(2)}\nBot: I can help with that. What's the mobile number on the account?\nVisitor: {P(ph('uk', 0))}")
    f, l, n = fl()
    o.append(f"Hola, soy {f}. Mi número es {P(ph('es'))} y mi correo {E(em(f, l))}. ¡Gracias!")
    o.append(f"Agent: For security can I take your date of birth?\nCustomer: {D(dob('dmy'))}\nAgent: And the first part of your postcode?\nCustomer: LS6")
    o.append(f"pls refund to the amex {C(group_card(card('amex')))} not the visa, thx")
    f, l, n = fl()
    o.append(f"Ticket #{dg(5)} - caller {n} rang from {P(ph('uk', 4))} about a duplicate charge of £{R.randint(20, 99)}.{dg(2)}. Asked for a callback after 3pm.")
    o.append(f"hey it's me again lol. new number: {P(ph('au', 1))}. old one was {P(ph('au', 0))} but i lost that phone at the beach")
    f, l, n = fl()
    o.append(f"Customer wrote: \"Please update my billing address to 14 Rue des Lilas, 69003 Lyon and my phone to {P(ph('fr', 1))}.\"")
    o.append(f"Agent notes: verified caller via SSN last 4 ({la(dg(4))}) and DOB {D(dob('mdy'))}. Customer requests a replacement debit card, old one cut up.")
    f, l, n = fl()
    f2, l2, n2 = fl()
    o.append(f"Customer: my account is under {E(em(f, l, pick(WEBMAIL)))} - can you also add my partner {n2} ({E(em(f2, l2, pick(WEBMAIL), style=3))}) as an authorised user?")
    f, l, n = fl()
    o.append(f"お客様: 電話番号は {P(ph('jp', 1))} です。メールは {E(em(f, l, style=1))} にお願いします。")
    o.append(f"Live chat 17:42 | Visitor: card got declined twice, number is {C(group_card(card('mc'), '-'))} | Agent: I'm sorry about that - please don't share full card numbers in chat, I'll send a secure link.")
    f, l, n = fl()
    o.append(f"Caller gave a callback number of {P(ph('ca'))} and asked us to send the form to {E(em(f, l))}; ID check passed (DOB {D(dob('iso'))}).")
    f, l, n = fl()
    o.append(f"WhatsApp from customer: Hi this is {f}, booking ref {la('K7PQ2M')}. Can u call me on {P(ph('ng', 1))}? Reception said the room isn't ready")
    return o


@family("email-signatures", "positive")
def f_signatures():
    o = []
    f, l, n = fl()
    o.append(f"Best regards,\n{n}\nSenior Account Manager | Brightwell Logistics\nT: {P(ph('uk', 3))} | M: {P(ph('uk', 0))}\n{E(em(f, l, 'brightwell.example', 0))}")
    f, l, n = fl()
    o.append(f"--\n{n}\nRadiology Scheduling, Quorra Health\nDirect: {P(ph('us', 0))}   Fax: {P(ph('us', 0))}\n{E(em(f, l, 'quorrahealth.example', 1))}")
    f, l, n = fl()
    o.append(f"Cheers,\n{f}\n\nSent from my phone. Reach me on {P(ph('au', 0))} while I'm travelling.")
    f, l, n = fl()
    o.append(f"Mit freundlichen Grüßen\n{n}\nVertrieb DACH\nTel.: {P(ph('de', 0))}\nE-Mail: {E(em(f, l, 'fennickhale.test', 0))}\nFennick & Hale GmbH · Torstraße 12 · 10119 Berlin")
    f, l, n = fl()
    o.append(f"Cordialement,\n{n}\nResponsable RH\n{P(ph('fr', 3))} / {E(em(f, l, 'saltmarsh.test', 0))}")
    f, l, n = fl()
    o.append(f"{n} | Partner\nHolloway HR Advisory\n{E(em(f, l, 'hollowayhr.example', 1))} · {P(ph('ie', 2))}\nThis e-mail and any attachments are confidential and intended solely for the addressee.")
    f, l, n = fl()
    o.append(f"Thanks!\n- {f}\n(she/her)\n{E(em(f, l, 'copperleaf.example', 0))}\nOffice hours Tue-Thu, 10-4")
    f, l, n = fl()
    o.append(f"Met vriendelijke groet,\n\n{n}\nT {P(ph('nl', 0))}\nE {E(em(f, l, 'tidewater.test', 6))}")
    f, l, n = fl()
    o.append(f"Saludos,\n{n}\nCoordinadora de eventos\nMóvil: {P(ph('es', 0))}")
    f, l, n = fl()
    o.append(f"Regards, {n} - Tidewater Marine Insurance - claims desk {P(ph('sg', 1))} - {E(em(f, l, 'tidewater.test', 4))} - Ref. {la('CLM-2291-B')}")
    f, l, n = fl()
    o.append(f"Dr {n}\nGeneral Practitioner\nLarkspur Dental & Family Clinic\nPh {P(ph('au', 2))} | {E(em(f, l, 'larkspur-dental.example', 1))}")
    f, l, n = fl()
    o.append(f"Kind regards\n\n{n}\nFinance Team\nDDI: {P(ph('uk', 2))}\nAccounts payable: {E('accounts.payable@orbitfreight.test')}")
    f, l, n = fl()
    o.append(f"--\n{f}\nhttps://vantis-labs.example/team/{fold(f)}\n{E(em(f, l, 'vantis-labs.example', 3))} · {P(ph('in', 0))}")
    f, l, n = fl()
    o.append(f"Obrigado,\n{n}\nGerente de contas\nCel.: {P(ph('br', 0))} | {E(em(f, l, 'kestrelbank.example', 0))}")
    return o


@family("web-form-submissions", "positive")
def f_forms():
    o = []
    f, l, n = fl()
    o.append(f"New contact form submission\nName: {n}\nEmail: {E(em(f, l))}\nPhone: {P(ph('us', 1))}\nMessage: Do you deliver to PO boxes?")
    f, l, n = fl()
    o.append(f"POST /signup first_name={fold(f)}&last_name={fold(l)}&email={E(fold(f) + '.' + fold(l) + '%40' + pick(WEBMAIL))}&plan=pro&ref=spring25")
    f, l, n = fl()
    o.append(f"Application form - page 2\nFull legal name: {n}\nDate of birth: {D(dob('dmy'))}\nNational Insurance number: {NI(nino(True))}\nMobile: {P(ph('uk', 1))}")
    f, l, n = fl()
    o.append(f"Registration | {n} | {E(em(f, l))} | {P(ph('de', 2))} | newsletter: yes | submitted 2025-03-02 10:14 UTC")
    f, l, n = fl()
    o.append(f"Shipping address:\n{n}\n221 Kestrel Way, Apt 4B\nPortland, OR 97205\nUSA\nPhone: {P(ph('us', 2))}")
    f, l, n = fl()
    o.append(f"Patient portal sign-up: email {E(em(f, l, pick(WEBMAIL)))}, DOB {D(dob('mdy'))}, phone {P(ph('us', 4))}, preferred contact: text")
    f, l, n = fl()
    o.append(json.dumps({"form": "quote_request", "name": n, "email": E(em(f, l)), "phone": P(ph('it', 0)), "consent": True}, ensure_ascii=False))
    f, l, n = fl()
    o.append(f"Volunteer sign-up: {n} / {E(em(f, l, pick(WEBMAIL), 3))} / available Saturdays / emergency contact {P(ph('ie', 1))} (mother)")
    f, l, n = fl()
    o.append(f"Formulaire d'inscription\nNom : {l}\nPrénom : {f}\nNé(e) le : {D(dob('dmy'))}\nTél : {P(ph('fr', 4))}\nCourriel : {E(em(f, l))}")
    f, l, n = fl()
    o.append(f"Loan pre-qualification\nApplicant: {n}\nSSN: {S(ssn())}\nDOB: {D(dob('mdy', 1960, 2000))}\nAnnual income: $84,000\nEmployer: Copperleaf Analytics")
    f, l, n = fl()
    o.append(f"Gym membership - {n}, member since 2019, birthday {D(dob('long', 1970, 2004))}, locker 112, emergency contact on file")
    f, l, n = fl()
    o.append(f"Contact us > Support request\nEmail address*: {E(em(f, l))}\nOrder number: {la('WB-' + dg(7))}\nDescribe the issue: the lid arrived cracked")
    f, l, n = fl()
    o.append(f"RSVP from {n} <{E(em(f, l, pick(WEBMAIL), 0))}>: attending, +1 guest, vegetarian")
    f, l, n = fl()
    o.append(f"kyc_step=2 full_name='{n}' date_of_birth='{D(dob('iso'))}' phone='{P(ph('sg', 0))}' id_doc='passport' status=pending_review")
    return o


@family("hr-onboarding-notes", "positive")
def f_hr():
    o = []
    f, l, n = fl()
    o.append(f"New starter checklist - {n}\nStart date: 3 Feb 2025\nNI number: {NI(nino())}\nDOB: {D(dob('dmy', 1965, 2004))}\nBank: {IB(g4(iban('GB')))}")
    f, l, n = fl()
    o.append(f"Payroll update for {n}: please change the salary account to {IB(g4(iban('DE')))} from the next cycle. Old account closed.")
    f, l, n = fl()
    o.append(f"I-9 / W-4 received for {n}. SSN {S(ssn())}, DOB {D(dob('mdy', 1965, 2004))}. Filed in HRIS, originals shredded.")
    f, l, n = fl()
    o.append(f"Hi HR, my NI number is {NI(nino(False))} - sorry it wasn't on the form. {f}")
    rows = []
    for _ in range(3):
        f, l, n = fl()
        rows.append(f"E10{dg(3)},{n},{D(dob('iso', 1965, 2004))},{S(ssn())},2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}")
    o.append("employee_id,name,dob,ssn,hire_date\n" + "\n".join(rows))
    f, l, n = fl()
    o.append(f"Background check request: candidate {n}, born {D(dob('long', 1965, 2004))}, SSN ending {la(dg(4))}, consent signed 12/02.")
    f, l, n = fl()
    f2, l2, n2 = fl()
    o.append(f"Emergency contact for {f}: {f2} {l} (spouse), {P(ph('uk', 1))}, lives at same address")
    f, l, n = fl()
    o.append(f"Expense reimbursement to {IB(iban('NL'))} (account holder {n}), total €312.40, approved by line manager")
    f, l, n = fl()
    o.append(f"Contractor {n}, Lisbon - invoices paid monthly to {IB(g4(iban('PT')))}, NIF on file.")
    o.append(f"Please note my new address and phone: 7 Hazel Close, Leeds LS6 2QT, {P(ph('uk', 4))}. National insurance {NI(nino(True))}.")
    f, l, n = fl()
    o.append(f"Offer letter generated for {n} (date of birth {D(dob('dot', 1965, 2004))}), salary CHF 104,000 p.a., salary account {IB(g4(iban('CH')))}")
    f, l, n = fl()
    o.append(f"HR ticket #{dg(5)}: employee says the date of birth in Workday is off by one day. Correct DOB is {D(dob('dmy', 1965, 2004))}; passport copy attached.")
    f, l, n = fl()
    o.append(f"Pension auto-enrolment: {n}, NINO {NI(nino(False))}, salary sacrifice 5%, opt-out window ends 30 June.")
    f, l, n = fl()
    o.append(f"{n};{IB(iban('ES'))};EUR;2.450,00;nomina marzo")
    f, l, n = fl()
    o.append(f"Tax form W-9 for vendor {n} (sole proprietor) - TIN/SSN: {S(ssn(' '))}")
    f, l, n = fl()
    o.append(f"Leaver: {n}. Final pay to {IB(g4(iban('IE')))}. Laptop serial {la('C02FK3QJMD6R')} to be returned by courier.")
    f, l, n = fl()
    f2, l2, n2 = fl()
    o.append(f"From: {n2} <{E(em(f2, l2, 'hollowayhr.example', 0))}>\nTo: {E('payroll@hollowayhr.example')}\nSubject: RE: new starter - {n}\n\nHi both,\n\nFilling the gaps from the form: {f}'s date of birth is {D(dob('long', 1975, 2003))}, NI number {NI(nino(True))}, personal mobile {P(ph('uk', 0))} and personal email {E(em(f, l, pick(WEBMAIL), 3))}.\nSalary should go to {IB(g4(iban('GB')))} (her own account, not the joint one).\n\nStart date stays Monday 3 March; desk 4.12, badge photo booked for 09:30.\n\nThanks,\n{f2}\n\n> On 24 Feb, Payroll wrote:\n> We still need DOB, NINO and bank details before the 25th cut-off.")
    return o


@family("medical-intake-notes", "positive")
def f_medical():
    o = []
    f, l, n = fl()
    o.append(f"Pt: {n}, DOB {D(dob('mdy'))}, presents with 3-day hx of productive cough, afebrile. Contact {P(ph('us', 0))}.")
    f, l, n = fl()
    o.append(f"Referral letter\nRe: {n} (DOB: {D(dob('dmy'))}, NHS no. {la('943 476 ' + dg(4))})\nDear colleague, thank you for seeing this patient regarding recurrent migraines.")
    o.append(f"Triage note 02:40 - 68 y/o male, born {D(dob('iso', 1955, 1958))}, BP 150/95, HR 102, SpO2 94%. Wife's mobile {P(ph('uk', 1))}.")
    f, l, n = fl()
    o.append(f"Appointment reminder sent to {E(em(f, l, pick(WEBMAIL)))} for 14 Apr 2025 09:30 (Dr Achterberg). Pt DOB {D(dob('short'))}.")
    f, l, n = fl()
    o.append(f"Lab requisition: patient {n} | D.O.B. {D(dob('mdy'))} | MRN {la('00' + dg(6))} | tests: CBC, CMP, HbA1c | fasting: Y")
    o.append(f"Insurance: member ID {la('QHP' + dg(9))}, group 4410; subscriber SSN {S(ssn())}; subscriber DOB {D(dob('mdy'))}")
    f, l, n = fl()
    o.append(f"Dental recall: {n}, date of birth {D(dob('long'))}, last cleaning 2024-08-19, mobile {P(ph('au', 1))}")
    f, l, n = fl()
    o.append(f"Pharmacy callback: {f} {l[0]}. requests refill of lisinopril 10 mg, 90 days; call {P(ph('ca', 1))}.")
    f, l, n = fl()
    o.append(f"Discharge summary excerpt: \"Mrs {l} (born {D(dob('long', 1938, 1950))}) was admitted on 02/01/2025 and discharged on 06/01/2025 after an uncomplicated recovery.\"")
    o.append(f"Physio intake (UK): NI no. {NI(nino(True))} for the work-injury claim; GP surgery tel {P(ph('uk', 5))}.")
    f, l, n = fl()
    o.append(f"Vaccination record - {n} - date of birth: {D(dob('dot'))} - dose 2 given 11.10.2024 - batch {la('FK8891')}")
    f, l, n = fl()
    o.append(f"Self-referral form: preferred name {f}; pronouns they/them; email {E(em(f, l, pick(WEBMAIL), 3))}; OK to leave voicemail on {P(ph('ie', 1))}? yes")
    f, l, n = fl()
    o.append(f"Paediatric note: infant {f} {l}, DOB {D(dob('mdy', 2023, 2024))}, weight 6.1 kg, feeding well. Mother's phone {P(ph('us', 1))}.")
    o.append(f"Telehealth session: patient joined from {IP(ip4_pub())}; identity confirmed with DOB {D(dob('iso'))} and home postcode.")
    return o


@family("payment-records", "positive")
def f_payments():
    o = []
    o.append(f"txn_id,card_number,exp,amount\nT{dg(8)},{C(card('visa'))},11/26,49.99\nT{dg(8)},{C(card('mc'))},03/27,12.00\nT{dg(8)},{C(card('amex'))},07/28,310.45")
    f, l, n = fl()
    o.append(json.dumps({"customer": n, "pan": C(card("visa")), "expiry": "09/28", "cvv": la(dg(3)), "amount": 129.0}, ensure_ascii=False))
    o.append(f"Refund processed to card {C(group_card(card('amex')))}; reference {la('RF-' + dg(6))}. Allow 5-10 working days.")
    f, l, n = fl()
    o.append(f"SEPA transfer\nBeneficiary: {n}\nIBAN: {IB(g4(iban('FR')))}\nBIC: {la('BNPAFRPPXXX')}\nAmount: EUR 1,240.00\nReference: INV-2025-0147")
    o.append(f"Please pay invoice 3318 to IBAN {IB(iban('BE'))} (Copperleaf BV) before the 15th.")
    o.append(f"2025-02-11T08:21:44Z WARN payment-svc raw PAN in debug output: pan={C(card('discover'))} merchant={la('MID' + dg(9))} - ticket SEC-{dg(4)} opened")
    f, l, n = fl()
    o.append(f"Direct debit mandate - debtor {n} - {IB(g4(iban('AT')))} - creditor ID {la('AT12ZZZ00000012345')} - signed Vienna, 4 March 2025")
    o.append(f"Diners card on file: {C(group_card(card('diners')))}, exp 2027-05")
    o.append(f"Bank details for the deposit:\nAccount name: Saltmarsh Holiday Lets Ltd\nSort code: {la('40-' + dg(2) + '-' + dg(2))}\nAccount no: {la(dg(8))}\nIBAN: {IB(iban('GB'))}")
    o.append(f"paid with JCB {C(group_card(card('jcb'), '-'))} at the Osaka store, ¥18,400")
    o.append(f"Customer paid with UnionPay {C(group_card(card('unionpay')))}; receipt emailed.")
    o.append(f"Chargeback CB-{dg(7)}: cardholder disputes $212.50 on {C(card('visa'))} (unformatted, as received from the acquirer).")
    f, l, n = fl()
    o.append(f"Graag het bedrag overmaken naar {IB(g4(iban('NL')))} t.n.v. {n}, o.v.v. factuurnummer {la('2025-' + dg(4))}.")
    o.append(f"Wire instructions (UAE)\nBeneficiary: Orbit Freight FZE\nIBAN: {IB(iban('AE'))}\nSWIFT: {la('EBILAEAD')}")
    o.append(f"Faktura od dostawcy: rachunek {IB(g4(iban('PL')))}, termin płatności 14 dni.")
    o.append(f"mastercard {C(card('mc2'))} declined (insufficient funds), retry scheduled 2025-03-04")
    return o


@family("international-phones", "positive")
def f_phones():
    o = []
    o.append(f"Our Dublin office has moved; the new switchboard is {P(ph('ie', 2))}.")
    o.append(f"Call the Zürich desk on {P(ph('ch', 0))} between 08:00 and 17:00 CET.")
    o.append(f"Bitte rufen Sie mich unter {P(ph('de', 3))} zurück, ich bin ab 14 Uhr erreichbar.")
    o.append(f"WhatsApp me: {P(ph('in', 1))}")
    o.append(f"Para dudas, llamar al {P(ph('es', 1))} (horario de oficina).")
    o.append(f"Il numero del referente è {P(ph('it', 0))}, chiedere di Marco.")
    o.append(f"Kontakt: {P(ph('se', 1))}")
    o.append(f"Numer do biura: {P(ph('pl', 1))}, wew. 12")
    o.append(f"携帯: {P(ph('jp', 1))} / 会社: {P(ph('jp', 2))}")
    o.append(f"Driver's mobile {P(ph('za', 1))} - he'll message when he's 10 min away.")
    o.append(f"Hotline Singapore: {P(ph('sg', 1))}; Malaysian customers please use the web form.")
    o.append(f"Teléfono de la sucursal CDMX: {P(ph('mx', 0))}")
    f, l, n = fl()
    o.append(f"Landlord: Mr {l}, {P(ph('uk', 2))} (evenings only)")
    o.append(f"Sales (NA): {P(ph('us', 0))} | EMEA: {P(ph('uk', 3))} | APAC: {P(ph('au', 0))}")
    o.append(f"Lagos contact {P(ph('ng', 0))}, backup {P(ph('ng', 1))}")
    o.append(f"Seoul team lead - {P(ph('kr', 0))}")
    o.append(f"Call me at {P(ph('us', 2))} - if no answer try {P(ph('us', 5))}")
    o.append(f"Bel ons op {P(ph('nl', 2))} of mail naar {E('info@tidewater.test')}")
    return o


@family("iban-invoices", "positive")
def f_iban():
    o = []
    o.append(f"INVOICE 2025-0412\nVantis Labs SARL · 8 rue Martel, 75010 Paris\nPayment within 30 days to IBAN {IB(g4(iban('FR')))} · BIC {la('AGRIFRPP882')}")
    o.append(f"Bankverbindung: Sparkasse Musterstadt\nIBAN: {IB(g4(iban('DE')))}\nBIC: {la('SSKMDEMMXXX')}\nVerwendungszweck: Kundennr. {la(dg(6))}")
    o.append(f"Pagamento tramite bonifico su IBAN {IB(iban('IT'))} intestato a Castellano Forniture S.r.l.")
    o.append(f"Rechnung Nr. 88213 - zahlbar binnen 14 Tagen auf {IB(iban('AT'))}.")
    o.append(f"Kontonummer / IBAN: {IB(g4(iban('CH')))}\nMWST-Nr.: {la('CHE-' + dg(3) + '.' + dg(3) + '.' + dg(3))} MWST")
    o.append(f"Betalingsgegevens: {IB(g4(iban('BE')))} - mededeling {la('+++090/' + dg(4) + '/' + dg(5) + '+++')}")
    o.append(f"Betal venligst til konto {IB(g4(iban('DK')))} senest 1. april.")
    o.append(f"Tilinumero: {IB(g4(iban('FI')))}, viitenumero {la(dg(8))}")
    o.append(f"Depositum på 12 000 kr settes inn på {IB(iban('NO'))}.")
    o.append(f"Číslo účtu: {la(dg(10) + '/2010')}, IBAN {IB(g4(iban('CZ')))}")
    o.append(f"Please remit to our Luxembourg account {IB(g4(iban('LU')))} quoting PO {la('PO-' + dg(5))}.")
    o.append(f"Beneficiary IBAN: {IB(iban('SA'))} (Riyadh branch)")
    o.append(f"Λογαριασμός πληρωμής: {IB(g4(iban('GR')))}")
    o.append(f"Utalás: {IB(g4(iban('HU')))} - közlemény: SZLA-2025/118")
    o.append(f"Cont beneficiar: {IB(g4(iban('RO')))}, Banca Transilvania")
    o.append(f"Sąskaita: {IB(iban('LT'))} / Bankgiro SE: {IB(g4(iban('SE')))}")
    return o


@family("server-logs", "positive")
def f_logs():
    o = []
    o.append(f"{IP(ip4_pub())} - - [11/Feb/2025:08:21:44 +0000] \"GET /api/v2/orders?page=3 HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"")
    o.append(f"Feb 11 03:12:09 bastion sshd[21877]: Failed password for invalid user admin from {IP(ip4_pub())} port 52144 ssh2")
    o.append(f"Error: connect ECONNREFUSED {IP(ip4_priv())}:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)")
    o.append(f"2025/02/11 09:14:02 [info] 1123#1123: *88 client [{IP(ip6(0))}]:443 closed keepalive connection")
    o.append(f"kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP(ip4_pub())} DST={IP(ip4_priv())} LEN=60 TTL=52 PROTO=TCP SPT=51514 DPT=22 WINDOW=64240")
    o.append(f"X-Forwarded-For: {IP(ip4_pub())}, {IP(ip4_priv())}, {IP(ip4_priv())}")
    o.append(f"NAME                         READY   STATUS    IP             NODE\ncheckout-7d9f8c6b5-x2kqp     1/1     Running   {IP(ip4_priv())}     worker-3")
    o.append(f"dhcpd: DHCPACK on {IP('192.168.1.' + str(R.randint(20, 200)))} to 3c:22:fb:91:0e:4d (Pixel-7) via eth0")
    o.append(f"An account failed to log on.\nAccount Name: svc_backup\nFailure Reason: Unknown user name or bad password.\nSource Network Address: {IP(ip4_pub())}\nSource Port: 49822")
    o.append(json.dumps({"ts": "2025-02-11T09:00:01.512Z", "level": "info", "msg": "login ok", "user_id": 84121,
                         "remote_addr": IP(ip4_pub()), "ua": "okhttp/4.12.0"}))
    a6 = ip6(1)
    o.append(f"$ ping6 -c1 {IP(a6)}\n64 bytes from {IP(a6)}: icmp_seq=1 ttl=64 time=0.412 ms")
    o.append(f"7  {IP(ip4_pub())}  23.881 ms  24.102 ms  23.977 ms")
    o.append(f"Allow-list updated: added {IP(ip4_pub())} (office VPN egress) and {IP(ip4_pub())} (CI runner). Old entry removed.")
    o.append(f"$ dig +short api.orbitfreight.test\n{IP(ip4_pub())}\n{IP(ip4_pub())}\n$ dig +short AAAA api.orbitfreight.test\n{IP(ip6(2))}")
    o.append(f"[Tue Feb 11 10:02:17.114 2025] [authz_core:error] [pid 4412] [client {IP(ip4_pub())}:61322] AH01630: client denied by server configuration: /var/www/admin")
    f, l, n = fl()
    o.append(f"Suspicious sign-in for {E(em(f, l, pick(WEBMAIL)))} from {IP(ip6(3))} (Lisbon, PT) at 04:12 UTC. Was this you?")
    return o


@family("config-files-secrets", "positive")
def f_config():
    o = []
    o.append(f"$ cat .env\nDATABASE_URL={K('postgres://app:' + url_pw() + '@db.copperleaf.example:5432/app')}\nSTRIPE_SECRET_KEY={K(stripe_sk())}\nDEBUG=false")
    o.append(f"[default]\naws_access_key_id = {K(aws_id())}\naws_secret_access_key = {K(aws_secret())}\nregion = eu-west-1")
    o.append(f"slack:\n  bot_token: {K(slack_bot())}\n  channel: \"#deploys\"\n  notify_on: [failure, recovery]")
    o.append(f"OPENAI_API_KEY={K(openai_key())}")
    o.append(f"settings.toml:\n[llm]\nprovider = \"anthropic\"\napi_key = \"{K(anthropic_key())}\"\nmax_tokens = 1024")
    o.append(f"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=orders\n      - POSTGRES_PASSWORD={K(password(0))}\n      - POSTGRES_DB=orders")
    o.append(f"//registry.npmjs.org/:_authToken={K(npm_tok())}")
    o.append(f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {K(pypi_tok())}")
    o.append(f"HF_TOKEN={K(hf_tok())}  # read-only, used by the nightly eval job")
    o.append(f"mailgun:\n  domain: mg.copperleaf.example\n  api_key: {K(mailgun())}")
    o.append(f"SENDGRID_API_KEY='{K(sendgrid())}'")
    o.append(json.dumps({"Logging": {"LogLevel": {"Default": "Warning"}},
                         "ConnectionStrings": {"Blob": K(azure_conn("tidewaterdocs"))}}, indent=1))
    o.append(f"$ cat ~/.git-credentials\n{K('https://deploy-bot:' + gh_pat() + '@github.com')}")
    o.append(f"TELEGRAM_BOT_TOKEN={K(telegram())}\nTELEGRAM_CHAT_ID={la('-100' + dg(10))}")
    o.append(f"square:\n  environment: production\n  application_id: {la('sq0idp-' + rs(B64URL, 22))}\n  access_token: {K(square())}")
    o.append(f"export DIGITALOCEAN_TOKEN={K(digitalocean())}")
    o.append(f"VAULT_ADDR=https://vault.orbitfreight.test:8200\nVAULT_TOKEN={K(vault())}")
    o.append(f"[shopify]\nstore = \"copperleaf-outdoors\"\nadmin_api_token = \"{K(shopify())}\"\napi_version = \"2025-01\"")
    o.append(f"$ cat /etc/ssl/private/api.orbitfreight.test.key\n{K(pkcs8_key())}\n$ ls -l /etc/ssl/private")
    return o


@family("code-snippet-secrets", "positive")
def f_code():
    o = []
    o.append(f"from openai import OpenAI\nclient = OpenAI(api_key=\"{K(openai_key())}\")\nresp = client.responses.create(model=\"gpt-4.1\", input=\"ping\")")
    o.append(f"const stripe = require('stripe')('{K(stripe_rk())}');")
    tok = jwt({"sub": "svc-reporting", "iss": "auth.orbitfreight.test", "iat": 1739260800, "exp": 1739347200, "scope": "shipments:read"})
    o.append(f"curl -s -H \"Authorization: Bearer {K(tok)}\" https://api.orbitfreight.test/v1/shipments?status=open")
    o.append("func newClient() *github.Client {\n    token := \"" + K(gh_fine()) + "\"\n    return github.NewClient(nil).WithAuthToken(token)\n}")
    o.append("r = requests.get(url, headers={\"PRIVATE-TOKEN\": \"" + K(gitlab()) + "\"}, timeout=10)")
    o.append(f"mysql -h db-replica.saltmarsh.test -u reporting -p'{K(password(3))}' bookings < monthly.sql")
    o.append(f"export GOOGLE_MAPS_API_KEY={K(google_key())}")
    o.append(f"String accountSid = \"{la(twilio_sid())}\";\nString authToken = \"{K(twilio_token())}\";\nTwilio.init(accountSid, authToken);")
    o.append(f"git clone {K('https://oauth2:' + gitlab() + '@gitlab.copperleaf.example/platform/infra.git')}")
    o.append(f"SIGNING_KEY = \"\"\"{K(ec_key())}\"\"\"")
    o.append(f"var conn = new SqlConnection(\"{K('Server=tcp:sql-prod.copperleaf.example,1433;Database=billing;User ID=billing_app;Password=' + password(4) + ';Encrypt=True;')}\");")
    o.append(f"client = Slack::Web::Client.new(token: '{K(slack_user())}')")
    o.append(f"$mg = Mailgun::create('{K(mailgun())}', 'https://api.eu.mailgun.net');")
    o.append(f"echo \"{K(docker_pat())}\" | docker login -u ci-bot --password-stdin registry.vantis-labs.example")
    o.append(f"kubectl create secret generic pg-creds --from-literal=username=orders --from-literal=password='{K(password(1))}'")
    o.append(f"POST /v1/messages HTTP/1.1\nHost: llm-gateway.vantis-labs.example\nx-api-key: {K(anthropic_key())}\ncontent-type: application/json")
    o.append(f"ssh keeps saying 'invalid format' for the deploy key, this is the whole file (id_rsa):\n\n{K(rsa_key())}\n\nperms are 600, owner is deploy. what am I missing?")
    return o


@family("chatbot-transcripts", "positive")
def f_chatbot():
    o = []
    f, l, n = fl()
    o.append(f"User: can you make this nicer? \"Hi Tom, send the contract to {E(em(f, l))} and ring me on {P(ph('uk', 1))} if anything's unclear.\"\nAssistant: Of course! Here's a friendlier version:")
    o.append(f"User: why does boto3 say InvalidClientTokenId?? my config has aws_secret_access_key={K(aws_secret())}\nAssistant: Before anything else, please deactivate that key - it is now in this chat.")
    o.append(f"User: my social is {S(ssn())} and the form asks for it twice, which box is for the spouse?")
    f, l, n = fl()
    o.append(f"User: summarise this note for the handover: {n}, DOB {D(dob('dmy'))}, NI {NI(nino(True))}, reports left knee pain after a fall on 2 Jan.")
    o.append(f"User: translate to German please: \"My IBAN is {IB(g4(iban('GB')))}, please use it for the refund.\"")
    f, l, n = fl()
    o.append(f"Assistant: I found your booking. The confirmation went to {E(em(f, l, pick(WEBMAIL)))}. Is {P(ph('us', 0))} still the best number to reach you?")
    o.append(f"User: server is {IP(ip4_pub())}, ssh works but https times out. nginx is listening, ufw says 443 allowed. ideas?")
    o.append("User: fix this json pls {\"name\": \"Jo\", \"email\": \"" + E(em("Jo", "Fairbanks")) + "\", \"card\": \"" + C(card("visa")) + "\",}")
    o.append(f"User: I pasted my whole .env into the last message by mistake, it had GITHUB_TOKEN={K(gh_pat())} in it - should I delete the chat?")
    o.append(f"User: whois {IP(ip6(0))}?\nAssistant: That address is in the range reserved for documentation, so it has no real owner.")
    f, l, n = fl()
    o.append(f"User: write me a cover letter. Details: {n}, {E(em(f, l, pick(WEBMAIL), 0))}, {P(ph('uk', 0))}, born {D(dob('long', 1985, 2002))}, applying for junior data analyst.")
    f, l, n = fl()
    f2, l2, n2 = fl()
    o.append(f"User: test my regex against: {E(em(f, l))}, {E(em(f2, l2, style=5))}, {la('not-an-email@')}, {la('@handle')}, {la('a@b')}")
    o.append(f"User: the customer's card {C(group_card(card('mc')))} got charged twice for order {la('#' + dg(6))}, draft an apology email")
    o.append(f"[bot] Please confirm your mobile number.\n[user] {P(ph('in', 0))}\n[bot] Thanks! We've sent a code by SMS.")
    o.append(f"User: why won't this key load? ssh-add says 'error in libcrypto'\n{K(openssh_key())}\nAssistant: Don't worry about the error for a moment - this is a private key, so treat it as compromised and generate a new pair.")
    return o


@family("connection-strings-and-webhooks", "positive")
def f_conn():
    o = []
    o.append(f"primary: {K('postgresql://orders_rw:' + url_pw() + '@pg-primary.orbitfreight.test:5432/orders?sslmode=require')}")
    o.append(f"MONGO_URI=\"{K('mongodb+srv://analytics:' + url_pw() + '@cluster0.k3x9q.mongo.copperleaf.example/reporting?retryWrites=true&w=majority')}\"")
    o.append(f"REDIS_URL={K('redis://:' + url_pw() + '@cache-01.tidewater.test:6379/0')}")
    o.append(f"celery broker -> {K('amqp://billing:' + url_pw() + '@rabbit.internal.example:5672/billing')}")
    o.append(f"<add name=\"HR\" connectionString=\"{K('Server=sql01.vantis-labs.example;Database=HR;User Id=hr_reader;Password=' + url_pw() + ';')}\" />")
    o.append(f"Alerts are posted to {K(slack_hook())} - ping #sre if they stop.")
    o.append(f"Discord webhook for the build bot: {K(discord_hook())}")
    o.append(f"spring.datasource.url={K('jdbc:mysql://db.saltmarsh.test:3306/bookings?user=app&password=' + url_pw())}")
    teams = ("https://kestrelbank.webhook.office.com/webhookb2/" + uuid4() + "@" + uuid4()
             + "/IncomingWebhook/" + rs(HEX, 32) + "/" + uuid4())
    o.append(f"Teams channel connector URL (do not share): {K(teams)}")
    o.append(f"MAIL_URL={K('smtp://alerts%40copperleaf.example:' + url_pw() + '@smtp.copperleaf.example:587')}")
    o.append(f"lftp {K('ftp://upload:' + url_pw() + '@files.fennickhale.test/incoming/')} -e 'mirror -R ./out; quit'")
    o.append(f"AZURE_STORAGE_CONNECTION_STRING=\"{K(azure_conn('quorrascans'))}\"")
    o.append(f"ELASTICSEARCH_URL={K('https://elastic:' + url_pw() + '@es.quorrahealth.example:9200')}")
    o.append(f"Zap trigger: POST {K('https://hooks.orbitfreight.test/ingest/v1?token=' + rs(ALNUM, 40))} with the order payload")
    return o


# =========================================================================== LOOK-ALIKE FAMILIES
def nonluhn(n, first=None):
    """n digits (optionally starting with `first`) that FAIL the Luhn check."""
    while True:
        s = (first if first else pick("123456789")) + dg(n - 1)
        if not luhn_ok(s):
            return s


def run_with_card(total):
    """A digit run of `total` (>19) digits that contains a Luhn-valid 16-digit stretch."""
    c = card(pick(["visa", "mc", "discover"]))
    left = R.randint(2, total - 16 - 2)
    s = dg(left) + c + dg(total - 16 - left)
    assert len(s) == total and c in s
    return s


def isbn13():
    while True:
        body = "978" + pick("01") + dg(8)
        tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
        full = body + str((10 - tot % 10) % 10)
        if not luhn_ok(full):
            return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def imei():
    body = pick(["35", "86", "49"]) + dg(12)
    return body + luhn_digit(body)


def aba():
    b = pick(["02", "03", "06", "07", "11", "12", "21", "26", "31"]) + dg(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    t = sum(int(ch) * w[i] for i, ch in enumerate(b))
    return b + str((10 - t % 10) % 10)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:])


@family("order-tracking-booking-numbers", "look-alike")
def f_orders():
    o = []
    on = nonluhn(17)
    o.append(f"Your order #{la(on[:3] + '-' + on[3:10] + '-' + on[10:])} has shipped and should arrive Thursday.")
    o.append(f"UPS tracking: {la('1Z' + rs(UP + DIG, 6) + dg(10))} (signature required)")
    o.append(f"USPS: {la(' '.join([dg(4) for _ in range(5)]) + ' ' + dg(2))} - In transit, arriving late")
    o.append(f"Booking reference {la(rs(UP, 2) + dg(1) + rs(UP, 3))}, flight BA 0283 on 14MAR, seat 32K, bag drop closes 60 min before departure.")
    o.append(f"Incident {la('INC0' + dg(6))} has been assigned to Service Desk - Tier 2.")
    o.append(f"Royal Mail Tracked 24: {la(rs(UP, 2) + dg(9) + 'GB')}")
    et = nonluhn(13, "1")
    o.append(f"PNR {la(rs(UP, 6))} / e-ticket {la(et[:3] + '-' + et[3:])} / fare basis KLXSGB")
    o.append(f"Invoice {la('INV-2025-00' + dg(4))} due 2025-04-30 - amount due €1,980.00 - thank you for your business")
    o.append(f"FedEx tracking number {la(dg(12))}, ship date Feb 10")
    o.append(f"Hotel confirmation number {la(nzd(9))} for 2 nights (check-in 15:00).")
    o.append(f"Case {la('5003X00002' + rs(ALNUM, 5))} updated by support: awaiting customer reply")
    o.append(f"Return authorisation {la('RMA-' + dg(6) + '-B')}; unit serial {la(dg(4) + '-' + dg(4) + '-' + dg(4))}")
    on = nonluhn(16, "7")
    o.append(f"Order {la(on)} placed 03/02/2025 - 2 items - paid by PayPal")
    on = nonluhn(16, "3")
    o.append(f"Receipt no. {la(' '.join(on[i:i + 4] for i in range(0, 16, 4)))}\nThank you for dining with us! Table 12, server: Ana")
    return o


@family("card-lookalikes", "look-alike")
def f_card_la():
    o = []
    b = bad_card("visa")
    o.append(f"Gift card number: {la(group_card(b))}  PIN: {la(dg(4))}  balance $25.00")
    o.append(f"QA note: {la(bad_card('mc'))} should be rejected by the checkout form (checksum fails).")
    o.append(f"Payment reference: {la(run_with_card(22))}")
    o.append(f"Device IMEI {la(imei())}, model Pixel 7, warranty until 2026")
    o.append(f"ISBN {la(isbn13())} (paperback, 2nd edition)")
    o.append(f"Your card **** **** **** {la(dg(4))} was charged $18.00 at Saltmarsh Cafe.")
    o.append(f"Savings account {la(nonluhn(16, '0'))} - interest rate 3.10% AER")
    o.append(f"Auth code {la(nonluhn(16, '5'))} approved; settlement batch {la(dg(6))}")
    ly = nonluhn(19, '9')
    o.append(f"Loyalty card {la(' '.join([ly[i:i + 4] for i in range(0, 19, 4)]))} - 1,240 points")
    o.append(f"batch_id={la(run_with_card(24))} status=SETTLED")
    c = card("visa")
    bd = bad_card("visa")
    o.append(f"Card on file: {C(group_card(c))}. The other number you gave us, {la(group_card(bd))}, fails validation - maybe a typo?")
    o.append(f"created_at_ms: {la(nonluhn(13, '1'))}")
    o.append(f"EAN {la(nonluhn(13, '4'))} - Schokolade 100 g - 1,49 €")
    o.append(f"BIN {la('4' + dg(5))} and last four {la(dg(4))} match the disputed transaction; full PAN not stored.")
    c = card_with(lambda x: not luhn_ok(x[:-1]), "visa")
    o.append(f"Card: {la(group_card(c)[:-1])} - looks like the last digit was cut off in the scan")
    o.append(f"Two cards were added: {C(group_card(card('mc'), '-'))} (valid) and {la(group_card(bad_card('amex'), '-'))} (checksum error)")
    return o


@family("ssn-lookalikes", "look-alike")
def f_ssn_la():
    o = []
    o.append(f"SSN: {la(bad_ssn('area000'))} (clearly a dummy value from the test fixture)")
    o.append(f"ITIN {la('9' + dg(2) + '-7' + dg(1) + '-' + dg(4))} issued for the non-resident spouse")
    o.append(f"Staging DB seeded with SSN {la(bad_ssn('area666'))} for every record.")
    f, l, n = fl()
    o.append(f"Employee {n}: SSN {S(ssn())} (the legacy system shows {la(bad_ssn('group00'))}, which cannot be valid)")
    o.append(f"Routing number: {la(aba())}  Account: {la(dg(10))}")
    o.append(f"Ship to: 1400 Harbor Blvd, Portland OR {la('97205-' + dg(4))}")
    o.append(f"Part no. {la(ssn())} - hex bolt M8 x 40, zinc plated, box of 100")
    o.append(f"The validator rejected {la(bad_ssn('area9'))} because numbers starting with 9 are not issued as SSNs.")
    o.append(f"Ref {la(bad_ssn('serial0000'))} - please quote this on all correspondence")
    o.append(f"EIN: {la(dg(2) + '-' + dg(7))} (Copperleaf Analytics LLC)")
    mb = "ACDEFGHJKMNPQRTUVWXY"
    o.append(f"Medicare MBI: {la('1' + rs(mb, 1) + rs(mb + DIG, 1) + dg(1) + '-' + rs(mb, 1) + rs(mb + DIG, 1) + dg(1) + '-' + rs(mb, 2) + dg(2))}")
    o.append(f"SSN {S(ssn(''))} verified against SSA records on 02/11/2025.")
    o.append(f"case number {la(dg(3) + '-' + dg(2) + '-' + dg(5))} (docket)")
    o.append(f"The SSN field on the upload says {la(ssn()[:-1])} - one digit short, please ask the applicant to resend.")
    return o


@family("dotted-numbers", "look-alike")
def f_dotted():
    o = []
    o.append(f"Upgraded nginx from {la('1.24.0')} to {la('1.25.3')} and openssl to {la('3.0.13')} on all edge nodes.")
    o.append(f"Firmware {la('2.4.17.203')} fixes the Wi-Fi drop issue; please update before the 1st.")
    o.append(f"Certificate policy OID {la('1.3.6.1.4.1.311.21.8')} not recognised by the validator.")
    o.append(f"See section {la('4.2.1.3')} of the master services agreement for liability caps.")
    o.append(f"Environment: Python {la('3.11.7')}, pip {la('24.0')}, setuptools {la('69.0.3')}")
    o.append(f"OS build {la('10.0.19045.3803')} (22H2)")
    o.append(f"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{la('120.0.6099.109')} Safari/537.36")
    o.append(f"App {la('2.3.1.4')} is running on {IP(ip4_priv())}, port 8080.")
    o.append(f"Clause {la('12.3.4.1')} (Termination for convenience) was struck out by their counsel.")
    o.append(f"snmpwalk output: {la('iso.3.6.1.2.1.1.3.0')} = Timeticks: (8819201) 1 day, 0:29:52.01")
    o.append(f"version: \"{la('1.2.3.4')}\"\nbuild: 517")
    o.append(f"ICD-10 {la('S83.242A')}; CPT {la('29881')}; Dewey {la('641.5945')}")
    o.append(f"Figures {la('1.1.1.1')} through {la('1.1.1.4')} show the pilot results.")
    o.append(f"Ubuntu {la('22.04.4')} LTS, kernel {la('6.5.0-27')}-generic")
    o.append(f"Add this to /etc/hosts: {IP('127.0.0.1')} api.local.test")
    o.append(f"Requires libvips >= {la('8.14.2')} and node {la('20.11.1')}; tested on {la('18.19.0')} too.")
    return o


@family("dates-not-dob", "look-alike")
def f_dates():
    o = []
    o.append(f"Contract signed {la('12 March 2024')}, effective {la('1 April 2024')}, renewal on {la('31 March 2026')}.")
    o.append(f"Patient DOB {D(dob('dmy'))}; admitted {la('03/01/2025')}, discharged {la('07/01/2025')}.")
    o.append(f"Date of death: {la(fdate(rdate(2015, 2023), 'dmy'))}. Probate granted 2024.")
    o.append(f"Copperleaf was founded on {la('4 July 1976')} in a garage in Tacoma.")
    o.append(f"Passport issued {la('2018-06-14')}, expires {la('2028-06-13')}")
    o.append(f"The Treaty of Rome was signed on {la('25 March 1957')}.")
    o.append(f"Party for Sam's 40th on Saturday {la('14 June 2025')} - bring a dish!")
    f, l, n = fl()
    o.append(f"{f} was born in {la('1987')} and joined us in 2019.")
    o.append(f"ts={la('2025-02-11T08:21:44Z')} level=warn msg=\"retrying\" attempt=3")
    o.append(f"Garantie gültig bis {la('31.12.2026')}")
    o.append(f"Delivery window: {la('03/04/2025')}-{la('05/04/2025')}, 8am-6pm")
    o.append(f"Employee start date {la('2019-09-01')}, date of birth {D(dob('iso', 1965, 2000))}, probation ended {la('2020-03-01')}")
    o.append(f"The baby is due on {la('18 August 2025')}; parental leave starts two weeks before.")
    o.append(f"Fiscal year {la('FY2025')} closes {la('30/06/2025')}; Q3 figures due {la('15 May')}.")
    return o


@family("hashes-and-identifiers", "look-alike")
def f_hashes():
    o = []
    f, l, n = fl()
    o.append(f"commit {la(rs(HEX, 40))}\nAuthor: {n} <{E(em(f, l, 'copperleaf.example', 0))}>\nDate:   Tue Feb 11 10:02:17 2025 +0000\n\n    fix: retry on 503")
    o.append(f"request_id={la(uuid4())} status=500 duration_ms=812")
    o.append(f"{la(rs(HEX, 64))}  release-2.4.1.tar.gz")
    o.append(f"ETag: \"{la(rs(HEX, 32))}\"")
    o.append(f"image: registry.vantis-labs.example/api@sha256:{la(rs(HEX, 64))}")
    o.append(f"Merge pull request #4412 from copperleaf/fix-timeout ({la(rs(HEX, 7))})")
    o.append(f"traceparent: 00-{la(rs(HEX, 32))}-{la(rs(HEX, 16))}-01")
    o.append(f"\"integrity\": \"sha512-{la(rs(B64, 86) + '==')}\"")
    o.append(f"Stripe customer {la('cus_' + rs(ALNUM, 14))}, payment intent {la('pi_' + rs(ALNUM, 24))}, charge succeeded")
    o.append(f"Role ARN: {la('arn:aws:iam::' + dg(12) + ':role/deploy-prod')}")
    o.append(f"Add this public key to authorized_keys:\n{la('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(B64, 43))} ci@build-runner")
    o.append(f"Key fingerprint = {la(' '.join(rs('0123456789ABCDEF', 4) for _ in range(10)))}")
    o.append(f"Uploaded to s3://quorra-scans/2025/02/{la(uuid4())}.pdf")
    o.append(f"Donations: {la('bc1q' + rs('023456789acdefghjklmnpqrstuvwxyz', 38))}")
    return o


@family("money-coordinates-measurements", "look-alike")
def f_money():
    o = []
    o.append(f"Meet at the fountain: {la('51.5072, -0.1276')}")
    o.append(f"GPS {la('40.7128° N, 74.0060° W')}, altitude 10 m")
    o.append(f"Total due: {la('$1,234,567.89')} (incl. tax)")
    o.append(f"Revenue grew from {la('€12.4m')} to {la('€15.1m')} (+21.8%) year on year.")
    o.append(f"Dimensions {la('120.5 x 80.2 x 45.0')} cm, weight 12.35 kg")
    o.append(f"https://maps.example/?lat={la('48.858370')}&lon={la('2.294481')}&z=17")
    o.append(f"Closing balance: {la('4,532,118.40')} USD as of 31/01")
    o.append(f"Population {la('8,799,800')} (2021 census), area 1,572 km²")
    o.append(f"Account balance £{la('12,345.67')}; arranged overdraft £1,500")
    o.append(f"Trig point elevation {la('1,234.5')} m; grid ref {la('SK 1234 5678')}")
    o.append(f"La facture s'élève à {la('1 234 567,89')} €")
    o.append(f"Sensor temps: {la('21.3, 22.8, 19.4, 18.0')} °C; humidity 48%")
    return o


@family("iban-and-bank-lookalikes", "look-alike")
def f_iban_la():
    o = []
    o.append(f"IBAN from the old letterhead (fails validation): {la(g4(bad_iban('DE')))}")
    o.append(f"SWIFT/BIC: {la('KESTGB2L')} - intermediary bank {la('CHASUS33XXX')}")
    o.append(f"Sort code {la('20-' + dg(2) + '-' + dg(2))}, account {la(dg(8))}")
    o.append(f"ABA {la(aba())}, checking {la(dg(10))}")
    o.append(f"VAT reg. no. {la('GB' + dg(9))}, company no. {la('0' + dg(7))}")
    good = iban("FR")
    o.append(f"Correct IBAN: {IB(g4(good))} - the one printed on invoice 4471 ({la(g4(bad_iban('FR')))}) has a typo.")
    o.append(f"Gläubiger-ID {la('DE98ZZZ0' + dg(10))}, Mandatsreferenz {la('MR-' + dg(6))}")
    o.append(f"IBAN format for Germany: {la('DEkk bbbb bbbb cccc cccc cc')} (22 characters)")
    o.append(f"ISIN {la('XS' + dg(9) + str(R.randint(0, 9)))}, nominal EUR 500,000")
    o.append(f"Bankleitzahl {la(dg(3) + ' ' + dg(3) + ' ' + dg(2))}, Konto {la(dg(10))}")
    o.append(f"Customer account {la(dg(4) + '-' + dg(4) + '-' + dg(4))} (not a bank account - loyalty programme)")
    o.append(f"Wrong: {la(bad_iban('NL'))} / right: {IB(iban('NL'))}")
    return o


@family("phone-lookalikes", "look-alike")
def f_phone_la():
    o = []
    o.append(f"Order {la('2025-0311-' + dg(4))} shipped in 2 boxes.")
    o.append(f"Cited as: Brennan, O. (2019). Harbor Economics. ISBN {la(isbn13())}.")
    o.append(f"backup_{la('20250211_081244')}.tar.gz")
    o.append(f"Worked there {la('1998-2004')} and again {la('2011-2019')}.")
    o.append(f"Serial {la(dg(4) + '-' + dg(4) + '-' + dg(3))}, made in Poland")
    o.append(f"Room 305, ext. {la(dg(4))}, building C")
    o.append(f"Join Zoom Meeting - Meeting ID: {la(nzd(3) + ' ' + dg(4) + ' ' + dg(4))}  Passcode: {la(dg(6))}")
    o.append(f"Grid: {la('+44.1234')}, {la('-73.5678')} (decimal degrees)")
    o.append(f"This week's numbers: {la('07 12 23 34 41 45')}, bonus 09")
    o.append(f"Bus 415 departs {la('07:45')}, {la('08:15')} and {la('08:45')} from stop {la(dg(5))}.")
    o.append(f"Flight UA {la(dg(4))} on 2025-03-14 08:35, gate B{dg(2)}")
    o.append(f"Call {P(ph('uk', 2))} quoting reference {la(dg(4) + ' ' + dg(4) + ' ' + dg(3))}")
    o.append(f"Batch {la(dg(3) + '.' + dg(3) + '.' + dg(4))} (lot number, see label)")
    o.append(f"SKU {la(dg(3) + '-' + dg(3) + '-' + dg(3))} / EAN {la(nonluhn(13, '5'))}")
    return o


@family("example-domain-emails", "look-alike")
def f_example():
    o = []
    o.append(f"In the docs we use {E('jane.doe@example.com')} as the sample sender address.")
    o.append(f"From: {E('noreply@example.org')}\nSubject: Your password was changed")
    o.append(f"Test fixtures: {E('alice@example.net')}, {E('bob@example.net')}, {E('carol+filter@example.net')}")
    o.append(f"Email address (e.g. {E('you@example.com')})")
    o.append(f"<a href=\"mailto:{E('sales@example.com')}?subject=Quote\">Contact sales</a>")
    o.append(f"CC: {E('first.last+tag@sub.example.co.uk')}")
    o.append(f"Envío confirmado a {E('josé.garcía@example.es')}")
    o.append(f"Anything sent {la('@example.com')} is dropped by the filter; use a real domain.")
    o.append(f"Block rule: {la('*@example.org')} -> quarantine")
    o.append(f"Bounce from {E('mailer-daemon@mx1.example.net')}: 550 5.1.1 user unknown ({E('old.address@example.net')})")
    o.append(f"assert validate_email(\"{E('user@example.com')}\") is True\nassert validate_email(\"{la('user@')}\") is False")
    o.append(f"Reply-To: \"Support\" <{E('support@example.test')}>")
    return o


@family("masked-and-placeholder-secrets", "look-alike")
def f_masked():
    o = []
    o.append(f"OPENAI_API_KEY={la('sk-...')}")
    o.append(f"api_key: {la('<YOUR_API_KEY>')}")
    o.append(f"aws_access_key_id = {la('AKIAIOSFODNN7EXAMPLE')}\naws_secret_access_key = {la('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}")
    o.append(f"token: {la('ghp_' + '*' * 36)}")
    o.append(f"Stripe key ending {la('…4f2a')} was revoked ({la('sk_live_…4f2a')}).")
    o.append(f"password: {la('********')}")
    o.append(f"DATABASE_URL={la('postgres://user:password@localhost:5432/mydb')}")
    o.append(f"Authorization: Bearer {la('<token>')}")
    o.append(f"STRIPE_SECRET_KEY={la('sk_test_' + 'x' * 24)}")
    o.append(f"\"client_secret\": \"{la('REDACTED')}\"")
    o.append(f"Publishable key (safe for the browser): {la('pk_live_' + rs(ALNUM, 99))}")
    o.append(f"SENTRY_DSN={la('https://' + rs(HEX, 32) + '@o' + dg(6) + '.ingest.sentry.example/' + dg(7))}")
    o.append(f"SLACK_WEBHOOK_URL={la('https://hooks.slack.com/services/XXXX/XXXX/XXXXXXXX')}")
    o.append("JWT header decodes to {\"alg\":\"RS256\"}: " + la("eyJhbGciOiJSUzI1NiJ9"))
    o.append(f"private_key: |\n  {la('-----BEGIN PRIVATE KEY-----')}\n  ...\n  {la('-----END PRIVATE KEY-----')}")
    o.append(f"New key: {K(stripe_sk())} (old one {la('sk_live_…' + rs(ALNUM, 4))} revoked)")
    return o


@family("nino-lookalikes", "look-alike")
def f_nino_la():
    o = []
    o.append(f"Example NI number from the guidance: {la('QQ 12 34 56 C')}")
    o.append(f"NI: {la('AB ' + dg(2) + ' ' + dg(2) + ' ' + dg(2) + ' E')} (rejected - suffix must be A to D)")
    o.append(f"Form returned: {la('GB' + dg(6) + 'A')} is not a valid NI number prefix.")
    o.append(f"Reference {la('DF' + dg(6) + 'A')} on the council tax bill")
    o.append(f"Postcode {la('SW1A 2AA')}, vehicle reg {la('AB12 CDE')}")
    o.append(f"NINO {NI(nino(True))} - not the temporary number {la('TN 01 01 80 M')} that was on the old payslip")
    o.append(f"Passport number {la(dg(9))}, issued by HMPO")
    o.append(f"Student ID {la(rs(UP, 2) + dg(6))}, library card {la(dg(10))}")
    o.append(f"UTR {la(dg(5) + ' ' + dg(5))} - self assessment due 31 January")
    o.append(f"Payslip: NI number {NI(nino(False))}, tax code {la('1257L')}, NI category A")
    return o


# =========================================================================== EVASION FAMILIES
ZW = "\u200b"
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def words(s, oh=False, sep=" "):
    return sep.join(("oh" if (ch == "0" and oh) else DW[int(ch)]) for ch in s if ch.isdigit())


def words_double(s):
    """Spoken UK style: 'oh seven seven double oh ...'."""
    ds = [ch for ch in s if ch.isdigit()]
    out, i = [], 0
    while i < len(ds):
        w = "oh" if ds[i] == "0" else DW[int(ds[i])]
        if i + 1 < len(ds) and ds[i + 1] == ds[i]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


FW_MAP = {"@": "\uff20", ".": "\uff0e", "-": "\uff0d", "+": "\uff0b", "(": "\uff08", ")": "\uff09"}


def fw(s, letters=False):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(chr(0xFF10 + int(ch)))
        elif ch in FW_MAP:
            out.append(FW_MAP[ch])
        elif letters and ch.isascii() and ch.isalpha():
            out.append(chr(ord(ch) - 0x21 + 0xFF01))
        else:
            out.append(ch)
    return "".join(out)


def ob(addr, at, dot, local_dot=True):
    loc, dom = addr.split("@")
    if local_dot:
        loc = loc.replace(".", dot)
    return loc + at + dom.replace(".", dot)


def card_with(pred=None, brand="visa"):
    while True:
        c = card(brand)
        if pred is None or pred(c):
            return c


@family("obfuscated-emails", "evasion")
def f_obf_email():
    o = []
    f, l, n = fl()
    o.append(f"Reach me at {E(ob(em(f, l, style=0), ' [at] ', ' [dot] '))} - no spam please")
    f, l, n = fl()
    o.append(f"Kontakt: {E(ob(em(f, l, style=1), '(at)', '(dot)'))}")
    f, l, n = fl()
    o.append(f"write to {E(ob(em(f, l, pick(WEBMAIL), 3), ' at ', ' dot '))}, I check it daily")
    f, l, n = fl()
    o.append(f"my email, spelled out so the bot doesn't eat it: {E(' '.join(em(f, l, pick(WEBMAIL), 3)))}")
    f, l, n = fl()
    o.append(f"<p>Questions? Contact {E(ob(em(f, l, style=0), '&#64;', '&#46;', local_dot=False))}</p>")
    f, l, n = fl()
    o.append(f"メール: {E(em(f, l, style=1).replace('@', FW_MAP['@']))}")
    f, l, n = fl()
    o.append(f"Email: {E(em(f, l, pick(WEBMAIL), 0).replace('@', ZW + '@' + ZW))}")
    f, l, n = fl()
    o.append(f"Send CVs to {E(ob(em(f, l, 'hollowayhr.example', 4), ' AT ', ' DOT '))} (subject line: Application - Warehouse Lead)")
    f, l, n = fl()
    o.append(f"email me: {E(ob(em(f, l, pick(WEBMAIL), 2), ' @ ', ' . ', local_dot=False))}")
    f, l, n = fl()
    o.append(f"you can email {E(ob(em(f, l, pick(WEBMAIL), 0), ' at ', ' dot '))} if that's easier than Teams")
    f, l, n = fl()
    o.append(f"Yhteystiedot: {E(em(f, l, 'tidewater.test', 0).replace('@', '(a)'))}")
    f, l, n = fl()
    a = em(f, l, "copperleaf.example", 0)
    o.append(f"<a href=\"mailto:{E(''.join('&#x%x;' % ord(ch) for ch in a))}\">email us</a>")
    f, l, n = fl()
    o.append(f"IOC - phishing sender: {E(ob(em(f, l, 'kestrel-bank-secure.test', 0), '[@]', '[.]'))}")
    f, l, n = fl()
    o.append(f"Invoices to {E(fold(f) + '+invoices (at) copperleaf.example')} please, not to me directly.")
    f, l, n = fl()
    o.append(f"連絡先：{E(em(f, l, pick(WEBMAIL), 0).replace('@', FW_MAP['@']).replace('.', chr(0x3002)))}")
    o.append(f"Emails here are {la('firstname.lastname at kestrelbank dot example')} - ask reception if unsure.")
    f, l, n = fl()
    a = em(f, l, "larkspur-dental.example", 1)
    loc, dom = a.split("@")
    o.append(f"Contact: {E(loc + '@' + dom[:5] + chr(0xad) + dom[5:])}")
    f, l, n = fl()
    o.append(f"mi correo es {E(ob(em(f, l, pick(WEBMAIL), 3), ' arroba ', ' punto '))}, escríbeme cuando quieras")
    f, l, n = fl()
    o.append(f"PGP key for {E(ob(em(f, l, 'vantis-labs.example', 0), '<at>', '<dot>'))} available on request.")
    f, l, n = fl()
    o.append(f"E-mail: {E(ob(em(f, l, pick(WEBMAIL), 1), ' ' + FW_MAP['@'] + ' ', ' ' + FW_MAP['.'] + ' '))}")
    return o


@family("obfuscated-cards", "evasion")
def f_obf_card():
    o = []
    c = card("visa")
    o.append(f"card {C(group_card(c, '.'))} exp 04/27")
    c = card("mc")
    o.append(f"cc: {C(group_card(c, '/'))}")
    c = card("visa")
    o.append(f"ok reading it out: {C(words(c))}")
    c = card("discover")
    o.append(f"number is {C(group_card(c, ZW))} - copied it from the app")
    c = card("jcb")
    o.append(f"カード番号：{C(fw(group_card(c)))}")
    c = card("visa")
    g = group_card(c).split(" ")
    o.append(f"card is {C(g[0] + ' ' + g[1] + chr(10) + g[2] + ' ' + g[3])} sorry my phone split it")
    c = card("mc")
    g = group_card(c).split(" ")
    o.append(f"Card: {C(g[0] + '-' + g[1] + ' ' + g[2] + '.' + g[3])}")
    c = card("visa")
    o.append(f"here u go {C(' '.join(c))}")
    c = card("mc2")
    o.append(f"pan_{C(group_card(c, '_'))}.png uploaded to the ticket")
    c = card("amex")
    o.append(f"Amex {C(group_card(c, chr(0xa0)))}, CID on the front")
    c = card_with(lambda x: "0" in x[1:], "visa")
    o.append(f"card: {C(group_card(c).replace('0', 'O'))} (typed it from the photo, hope it's readable)")
    c = card("discover")
    o.append(f"Kartennummer {C(group_card(c, chr(0x2013)))}, gültig bis 05/28")
    b = bad_card("visa")
    o.append(f"Obviously fake: {la(group_card(b, '.'))} - the checksum doesn't even work")
    c = card("visa")
    g = group_card(c).split(" ")
    o.append(f"first bit's {C(g[0] + ' ' + words(g[1]) + ' ' + g[2] + ' ' + g[3])} i think")
    c = card("mc")
    g = group_card(c).split(" ")
    o.append(f"Card number (read back): {C(', '.join(words(x) for x in g))}.")
    c = card("visa")
    o.append(f"GET /pay?cc={C(group_card(c, '%20'))}&exp=0927 HTTP/1.1")
    c = card("mc")
    o.append(f"paste: {C(' '.join('`' + x + '`' for x in group_card(c).split(' ')))}")
    c = card("visa")
    o.append(f"| Card | {C(group_card(c, ' | '))} |")
    return o


@family("phones-and-ssns-in-words", "evasion")
def f_words():
    o = []
    p = ph("uk", 1)
    o.append(f"call me on {P(words_double(p))} after six")
    s = ssn()
    o.append(f"my ssn is {S(words(s[:3]) + ' dash ' + words(s[4:6]) + ' dash ' + words(s[7:]))}")
    p = ph("us", 1)
    o.append(f"text me at {P(words(p[:3]) + ', ' + words(p[4:7]) + ', ' + words(p[8:]))}")
    o.append(f"SSN {S(ssn('.'))} (as written on the scanned form)")
    o.append(f"Social security no. {S(ssn('/'))}")
    o.append(f"soc sec {S(ssn(chr(0x2013)))}, please update the file")
    p = ph("uk", 2)
    o.append(f"Phone: {P(' '.join(ch for ch in p if ch.isdigit()))}")
    p = ph("uk", 4)
    d = "".join(ch for ch in p if ch.isdigit())
    o.append(f"ring {P(words(d[:4], oh=True) + ', ' + d[4:7] + ' ' + words(d[7:], oh=True))} and ask for Priya")
    s = ssn()
    o.append(f"ssn = {S(' '.join(s))}")
    p = ph("uk", 0)
    o.append(f"my number's {P('plus ' + words(p[1:3]) + ' ' + words(p[4:]))}")
    s = ssn()
    o.append(f"SSN: {S(s[:7] + chr(10) + s[7:])}")
    o.append(f"the number they gave, {la(words(bad_ssn('area9')))}, can't be a real SSN - nothing starts with nine hundred")
    p = ph("us", 6)
    o.append(f"<a href=\"tel:{P('+' + ''.join(ch for ch in p if ch.isdigit()))}\">Call us</a>")
    p = ph("uk", 2)
    d = "".join(ch for ch in p if ch.isdigit())
    o.append(f"Tel {P(' '.join(d[:3]) + ' - ' + ' '.join(d[3:7]) + ' - ' + ' '.join(d[7:]))}")
    o.append(f"SSN#{S(ssn(''))}")
    p = ph("au", 1)
    o.append(f"mob: {P(words_double(p))}")
    p = ph("us", 1)
    o.append(f"Phone ~ {P(p.replace('-', '~'))} ~ leave a message")
    p = ph("uk", 1)
    o.append(f"whatsapp {P(p.replace(' ', '_'))}")
    return o


@family("defanged-ips", "evasion")
def f_defang():
    o = []
    o.append(f"C2 callback observed to {IP(ip4_pub().replace('.', '[.]'))} on port 8443")
    a = ip4_pub()
    o.append(f"Payload pulled from hxxp://{IP(a[:a.rindex('.')] + '[.]' + a[a.rindex('.') + 1:])}/update.bin")
    o.append(f"IOC list:\n- {IP(ip4_pub().replace('.', '[.]'))}\n- {IP(ip4_pub().replace('.', '[.]'))}\n- {la('hxxps://login-kestrelbank[.]test/verify')}")
    o.append(f"Router admin page: {IP(ip4_priv().replace('.', '(.)'))}")
    o.append(f"the printer is on {IP(ip4_priv().replace('.', ' dot '))}")
    o.append(f"Beacon to {IP(ip6(0).replace(':', '[:]'))} every 300 s")
    o.append(f"Source: {IP(ip4_priv().replace('.', ' . '))}")
    a = ip4_pub()
    o.append(f"Blocked {IP(a.replace('.', '[dot]'))} at the edge after 4k failed logins")
    o.append(f"the box is at {IP('ten dot ' + words(str(R.randint(1, 99))) + ' dot ' + words(str(R.randint(1, 9))) + ' dot ' + words(str(R.randint(10, 99))))}")
    o.append(f"Download hxxps://update[.]vantis-labs[.]example/{la('1.4.2')}/setup.exe - do NOT run it")
    parts = [R.randint(1, 254) for _ in range(4)]
    o.append(f"IP address: {IP('192.168.%03d.%03d' % (parts[0], parts[1]))} (leading zeros as the appliance prints them)")
    o.append(f"SRC_IP={IP(ip4_pub().replace('.', '[.]'))} DST_PORT=3389 ACTION=deny")
    return o


@family("split-and-mangled-keys", "evasion")
def f_mangled():
    o = []
    k = aws_id()
    o.append(f"access key: {K(' '.join(k[i:i + 4] for i in range(0, 20, 4)))}")
    k = gh_pat()
    o.append(f"token (wrapped by my mail client):\n{K(k[:20] + chr(10) + k[20:])}\n-- sent from mobile")
    k = aws_id()
    o.append(f"aws key id is {K(k.lower())} (sorry, caps lock was off)")
    k = stripe_sk()
    o.append(f"STRIPE_KEY={K(k[:30] + ZW + k[30:])}")
    k = stripe_rk()
    o.append(f"key = {K(chr(34) + k[:8] + chr(34) + ' + ' + chr(34) + k[8:20] + chr(34) + ' + ' + chr(34) + k[20:] + chr(34))}")
    pk = ec_key()
    o.append(f"signing key (flattened): {K(pk.replace(chr(10), ' '))}")
    t = jwt({"sub": "u_" + dg(6), "role": "admin", "iat": 1739260800})
    h, p_, s_ = t.split(".")
    o.append(f"Bearer\n{K(h + '.' + chr(10) + p_ + '.' + chr(10) + s_)}")
    o.append(f"use this for the bot: `{K(slack_bot())}`")
    k = openai_key()
    o.append(f"OPENAI key: {K(' '.join(k[i:i + 8] for i in range(0, len(k), 8)))}")
    k = gh_pat()
    o.append(f"GITHUB TOKEN: {K(k.upper())}")
    k = google_key()
    o.append(f"maps:\n  api_key: >-\n    {K(k[:20] + chr(10) + '    ' + k[20:])}\n  region: eu")
    k = twilio_token()
    o.append(f"TWILIO_AUTH = {K('(' + chr(34) + k[:16] + chr(34) + ' ' + chr(34) + k[16:] + chr(34) + ')')}")
    k = sendgrid()
    a_, b_, c_ = k.split(".")
    o.append(f"sendgrid: {K(a_ + '.' + b_ + chr(10) + '.' + c_)}")
    k = gitlab()
    o.append(f"glab auth login --token {K(k[:6] + ' ' + k[6:])}")
    o.append(f"```\n{K(anthropic_key())}\n```\n^ that's the prod key, rotate after the demo")
    k = aws_id()
    o.append(f"the access key is {K('AKIA followed by ' + k[4:])}")
    k = npm_tok()
    o.append(f"NPM_TOKEN={K(k[:10] + chr(0x200d) + k[10:])}")
    k = digitalocean()
    o.append(f"Here is the DO token you asked for:\n\n{K(k[:32] + chr(10) + k[32:])}\n\nPlease store it in the vault, not in Slack.")
    return o


@family("passwords-in-prose", "evasion")
def f_pw_prose():
    o = []
    o.append(f"fyi the admin password is {K(password(0))} until we set up SSO")
    o.append(f"pw: {K(password(4))}")
    o.append(f"Guest wifi: CopperleafGuest / pass: {K(password(2))}")
    f, l, n = fl()
    o.append(f"Login for the shared mailbox is {E('finance@copperleaf.example')} and the password is {K(password(3))}")
    o.append(f"Your new temporary password is {K(password(1))}. You'll be asked to change it at first sign-in.")
    o.append(f"Username: jdoe\nPassword: {K(password(0))}")
    o.append(f"I reset it to {K(password(3))} - don't tell IT lol")
    o.append(f"passwd for root on staging = {K(password(4))}")
    o.append(f"Identifiant : c.moreau / Mot de passe : {K(password(0))}")
    o.append(f"Das Passwort für den Drucker-Admin lautet {K(password(3))}.")
    o.append(f"la contraseña del router es {K(password(4))}")
    o.append(f"Passphrase for the release signing key: {K(password(2))}")
    o.append(f"ssh root@{IP(ip4_priv())} (password {K(password(0))})")
    o.append(f"vpn creds -> user ops, pw {K(password(4))}")
    o.append(f"Password hint: {la('name of first pet + year')}")
    o.append("Password must be at least 12 characters and include a number and a symbol.")
    o.append(f"DB password? it's {K(password(3))} (same as last year, I know, I know...)")
    o.append(f"Zugangsdaten: Benutzer m.schreiber, Kennwort {K(password(1))}")
    return o


@family("unicode-tricks", "evasion")
def f_unicode():
    o = []
    o.append(f"電話：{P(fw(ph('uk', 0)))}")
    o.append(f"Card: {C(fw(group_card(card('visa'))))}")
    s = ssn()
    o.append(f"SSN {S(s[:3] + ZW + s[3:])}")
    ib = g4(iban("DE"))
    o.append(f"IBAN: {IB(ib[:9] + ZW + ib[9:])}")
    p = "".join(ch for ch in ph("uk", 1) if ch.isdigit() or ch == " ")
    o.append(f"رقم الهاتف: {P(''.join(chr(0x0660 + int(ch)) if ch.isdigit() else ch for ch in p))}")
    o.append(f"gateway ip {IP(fw(ip4_priv()))}")
    o.append(f"Konto: {IB(g4(iban('AT'), chr(0xa0)))}")
    f, l, n = fl()
    a = em(f, l, pick(WEBMAIL), 0)
    o.append(f"mail {E(a.replace('a', chr(0x0430), 1))}")
    ni = nino(False)
    o.append(f"NI: {NI(ni[:2] + chr(0x200d) + ni[2:])}")
    k = gh_pat()
    o.append(f"token={K(k[:12] + chr(0xad) + k[12:])}")
    p = ph("us", 1)
    o.append(f"call {P(p[:3] + chr(0x200f) + p[3:])}")
    f, l, n = fl()
    a = em(f, l, "saltmarsh.test", 0)
    o.append(f"reply-to: {E(a.replace('@', chr(0x2060) + '@'))}")
    t = rdate(1960, 2000)
    o.append(f"生年月日：{D(fw('%d年%d月%d日' % t))}")
    o.append(f"PAN {C(group_card(card('mc'), chr(0x2009)))}")
    a6 = ip6(0)
    o.append(f"peer {IP(a6.replace('::', ':' + ZW + ':'))} flapping")
    f, l, n = fl()
    o.append(f"Kontakt: {E(fw(em(f, l, 'copperleaf.example', 0), letters=True))}")
    return o


@family("encoded-values", "evasion")
def f_encoded():
    o = []
    f, l, n = fl()
    a = em(f, l, pick(WEBMAIL), 0)
    o.append(f"contact (base64, decode it yourself): {E(base64.b64encode(a.encode()).decode())}")
    cred = "svc-reports:" + url_pw()
    o.append(f"Authorization: Basic {K(base64.b64encode(cred.encode()).decode())}")
    f, l, n = fl()
    o.append(f"GET /unsubscribe?email={E(em(f, l, pick(WEBMAIL), 0).replace('@', '%40'))}&list=weekly HTTP/1.1")
    pw = password(1)
    o.append(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n  username: b3JkZXJz\n  password: {K(base64.b64encode(pw.encode()).decode())}")
    f, l, n = fl()
    o.append(f"Reply-To: {E(em(f, l, 'copperleaf.example', 0).replace('@', '=40'))}  (quoted-printable, from the raw .eml)")
    o.append(f"callback={P(ph('uk', 0).replace('+', '%2B').replace(' ', '%20'))}&lang=en")
    cred = "admin:" + password(3)
    o.append(f"curl -H 'Authorization: Basic {K(base64.b64encode(cred.encode()).decode())}' https://grafana.orbitfreight.test/api/dashboards")
    f, l, n = fl()
    a = em(f, l, "vantis-labs.example", 0)
    o.append(f"user_hint={E(base64.b64encode(a.encode()).decode())} # b64 of the login email")
    return o


@family("obfuscated-ibans-ninos", "evasion")
def f_obf_iban():
    o = []
    o.append(f"IBAN: {IB(g4(iban('DE'), '.'))}")
    o.append(f"iban {IB(g4(iban('GB')).lower())} (lower case as I typed it)")
    ib = g4(iban("FR")).split(" ")
    o.append(f"Bank details:\n{IB(' '.join(ib[:3]) + chr(10) + ' '.join(ib[3:]))}\nThanks!")
    o.append(f"IBAN {IB(g4(iban('GB'), '-'))}")
    ni = nino(False)
    o.append(f"ni no: {NI('-'.join([ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()]))}")
    ni = nino(False)
    o.append(f"NINO {NI('.'.join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]))}")
    ni = nino(False)
    o.append(f"my national insurance is {NI(ni[0] + ' ' + ni[1] + ' ' + words(ni[2:8]) + ' ' + ni[8])}")
    ib = g4(iban("NL")).split(" ")
    o.append(f"Rekening: {IB(' '.join(ib[:2]) + ' / ' + ' '.join(ib[2:]))}")
    ni = nino(True)
    o.append(f"NI number: {NI(ni[:5] + chr(10) + ni[6:])}")
    ib = iban("IT")
    o.append(f"IBAN (senza spazi, diviso in due messaggi incollati): {IB(ib[:14] + ' ' + ib[14:])}")
    return o


# =========================================================================== HARD NEGATIVES
@family("code-without-values", "hard-negative")
def f_code_neg():
    o = []
    o.append("password = os.environ[\"DB_PASSWORD\"]")
    o.append("def login(username: str, password: str) -> Token:\n    ...")
    o.append("const token = await getToken(req.headers.authorization);")
    o.append("if (!apiKey) throw new Error(\"API key missing: set STRIPE_SECRET_KEY\");")
    o.append("SECRET_KEY = env(\"DJANGO_SECRET_KEY\")")
    o.append("database:\n  user: app\n  password: ${DB_PASSWORD}\n  host: ${DB_HOST:-localhost}")
    o.append("provider \"aws\" {\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}")
    o.append("TOKEN=$(vault kv get -field=token secret/ci/github)")
    o.append(f"{la('@app.route')}(\"/reset-password\", methods=[\"POST\"])\ndef reset_password():")
    o.append("passwordField.setError(\"Password must contain at least one digit\");")
    o.append("SELECT email, phone, ssn, date_of_birth FROM customers WHERE id = $1;")
    o.append("private static final String TOKEN_HEADER = \"X-Auth-Token\";")
    o.append("hashed = bcrypt.hashpw(password.encode(\"utf-8\"), bcrypt.gensalt(rounds=12))")
    o.append("export API_KEY=\nexport API_SECRET=")
    o.append("public String getPassword() { return this.password; }")
    o.append("user.email = form.cleaned_data[\"email\"]\nuser.phone = form.cleaned_data.get(\"phone\", \"\")")
    o.append("grep -rn \"BEGIN RSA PRIVATE KEY\" . --include=*.pem")
    o.append("assert len(api_key) == 51, \"unexpected key length\"")
    return o


@family("doc-placeholders", "hard-negative")
def f_docs():
    o = []
    o.append(f"Replace {la('YOUR_API_KEY')} with the key from your dashboard, then restart the worker.")
    o.append(f"export OPENAI_API_KEY={la('<your key here>')}")
    o.append(f"Set `password: {la('changeme')}` for the first boot and change it before going to production.")
    o.append(f"Default login is {la('admin / admin')} - you will be forced to change it on first login.")
    o.append("Personal access tokens look like `ghp_` followed by 36 alphanumeric characters.")
    o.append(f"Connection string format: `{la('postgres://USER:PASSWORD@HOST:PORT/DBNAME')}`")
    o.append("Secret keys start with sk_live_ (never share them); publishable keys start with pk_live_.")
    o.append(f"Enter your 16-digit card number (e.g. {la('XXXX XXXX XXXX XXXX')}).")
    o.append(f"Phone: {la('+CC NNN NNN NNNN')} (international format, no leading zero)")
    o.append(f"SSN format: {la('XXX-XX-XXXX')}")
    o.append(f"Use {la('firstname.lastname@<your-domain>')} as your login name.")
    o.append(f"Set the header to `Authorization: Bearer {la('<access_token>')}`.")
    o.append(f"ssh-keygen -t ed25519 -C \"{E('your_email@example.com')}\"")
    o.append(f"Slack's own sample URL: {la('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')}")
    o.append(f"AWS_SECRET_ACCESS_KEY={la('********')}  # set in CI settings, never commit")
    return o


@family("shell-prompts-and-handles", "hard-negative")
def f_shell():
    o = []
    o.append(f"{la('user@localhost')}:~$ ls -la")
    o.append(f"{la('root@web-01')}:/var/log# tail -f syslog")
    o.append(f"git remote add origin {la('git@github.com')}:copperleaf/infra.git")
    o.append(f"$ ssh deploy@{IP(ip4_priv())}\nLast login: Tue Feb 11 08:02:11 2025")
    o.append(f"{la('@maria.okafor')} can you review before 5?")
    o.append(f"npm i {la('@types/node')} {la('@copperleaf/ui@2.3.1')}")
    o.append(f"Follow us {la('@CopperleafHQ')} for service updates")
    o.append(f"scp backup.tar.gz {la('ops@bastion.tidewater.test')}:/srv/backups/")
    o.append(f"[{la('admin@MikroTik')}] > /ip address print")
    o.append(f"docker pull {la('nginx@sha256:' + rs(HEX, 64))}")
    o.append(f"mysql> GRANT SELECT ON shop.* TO {la(chr(39) + 'report' + chr(39) + '@' + chr(39) + '10.0.%' + chr(39))};")
    o.append(f"{la('postgres@db-primary')}:~$ psql -d orders")
    o.append(f"{la('@everyone')} standup in 5, same link as yesterday")
    o.append(f"{la('kenji@MacBook-Pro')} ~ % brew upgrade")
    return o


@family("security-discussion", "hard-negative")
def f_secdisc():
    o = []
    o.append("Never paste API keys into chat; rotate any key that leaks, even briefly.")
    o.append("We found 3 hard-coded passwords in the repo; all have been rotated and purged from history.")
    o.append("The SSN column is now encrypted at rest (AES-256-GCM) and masked in the admin UI.")
    o.append(f"Secret scanning flagged a token in commit {la(rs(HEX, 7))}; it was revoked within 4 minutes.")
    o.append("Password policy: minimum 14 characters, no reuse of the last 5 passwords, MFA required for admins.")
    o.append(f"Card numbers must be tokenised before logging; only the last four (e.g. {la('4242')}) may be stored.")
    o.append("Do we really need full date of birth? Product says year of birth is enough for the age check.")
    o.append("Rotate the Stripe key before Friday - the old one was shared in #general by mistake.")
    o.append(f"Reminder: IBANs in exports must be masked like {la('DE** **** **** **** **34 56')}.")
    o.append(f"The leaked JWT has been added to the deny-list (jti {la(uuid4())}).")
    return o


# =========================================================================== output
def encode(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            raise ValueError("literal backslash in sample: %r" % s)
        elif o < 32 or o == 127:
            raise ValueError("control character in sample: %r" % s)
        elif o > 126 and (unicodedata.category(ch)[0] in "CZ" or 0xFF00 <= o <= 0xFFEF or 0x0400 <= o <= 0x04FF):
            if o > 0xFFFF:
                raise ValueError("non-BMP character")
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    line = "".join(out)
    if line.startswith("#") or not line.strip() or line != line.strip():
        raise ValueError("sample would be read as a comment/blank or has outer whitespace: %r" % line)
    if "{{{" in line or "}}}" in line:
        raise ValueError("ambiguous braces: %r" % line)
    return line


def build():
    lines = ["# pii-c1 blind evaluation set for a PII / secrets detector.",
             "# Generated by gen.py (seed 4201, Python standard library only). Do not edit by hand.",
             "# One sample per line. Labelled spans use double braces: kind, colon, text.",
             "# Kinds: email phone card iban ssn ip nino dob secret. Everything else is a negative.",
             ""]
    for name, group, fn in FAMILIES:
        _CUR[0] = name
        samples = fn()
        lines.append("# family: " + name)
        lines.append("# group: " + group)
        for s in samples:
            lines.append(encode(s))
        lines.append("")
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    text = build()
    with open(os.path.join(here, "set.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    if "--stats" in sys.argv:
        for name, group, _ in FAMILIES:
            print("%s\t%s\t%d" % (name, group, LOOKALIKES.get(name, 0)))


if __name__ == "__main__":
    main()
