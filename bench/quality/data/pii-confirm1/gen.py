#!/usr/bin/env python3
# gen.py - deterministic generator for the "pii-c1" blind evaluation set.
#
# Python 3 standard library only.  Run:   python3 gen.py
# Writes set.txt and README.md next to this file.  The only source of
# randomness is random.Random(4201); no clock, no hash-order dependence.
import base64
import ipaddress
import json
import os
import random
import re
import string
import struct
import unicodedata
import urllib.parse
import uuid

SEED = 4201
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")


# ------------------------------------------------------------------ spans
def S(kind, text):
    if kind not in KINDS:
        raise ValueError(kind)
    if "{" in text or "}" in text:
        raise ValueError("brace inside span: %r" % text)
    return "{{" + kind + ":" + text + "}}"


def E(t): return S("email", t)
def P(t): return S("phone", t)
def C(t): return S("card", t)
def IB(t): return S("iban", t)
def SN(t): return S("ssn", t)
def IP(t): return S("ip", t)
def NI(t): return S("nino", t)
def D(t): return S("dob", t)
def K(t): return S("secret", t)


FAMILIES = []


class Fam:
    """category: ordinary | look-alike | evasion | hard-negative | mixed"""

    def __init__(self, name, cat):
        self.name, self.cat, self.items = name, cat, []
        FAMILIES.append(self)

    def p(self, text):          # sample without a deliberate unlabelled decoy
        self.items.append((text, False))

    def d(self, text):          # sample that carries a deliberate look-alike decoy
        self.items.append((text, True))


# ------------------------------------------------------------------ random text
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64U = AN + "-_"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n):
    return rs(n, DG)


def nz(n):
    """n digits, first one 2-9 (subscriber numbers, serials)."""
    return str(R.randint(2, 9)) + dg(n - 1)


def hexs(n):
    return rs(n, HEX)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


FULLWIDTH_SPACE = "\u3000"


def fw(s):
    """ASCII -> full-width forms."""
    out = []
    for ch in s:
        if ch == " ":
            out.append(FULLWIDTH_SPACE)
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


DW = "zero one two three four five six seven eight nine".split()


def words(digits, sep=" ", oh=False):
    return sep.join(("oh" if (oh and c == "0") else DW[int(c)]) for c in digits)


# ------------------------------------------------------------------ people, domains
FIRST = ["Amara", "Björn", "Chiara", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ignacio", "Jun",
         "Kwame", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Siddharth", "Tamsin",
         "Ulla", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aoife", "Callum", "Inês", "Rhys",
         "Marisol", "Tobias", "Noor", "Declan", "Saanvi", "Kenji", "Lucía", "Zoë", "Søren", "Adebayo",
         "Maren", "Thiago", "Ewa", "Hamish", "Yara", "Bogdan", "Niamh", "Arjun", "Colette", "Émile"]
LAST = ["Okafor", "Lindqvist", "Bellandi", "Sokolov", "Yılmaz", "Haddad", "Pereira", "Tanaka", "Ruiz",
        "Park", "Mensah", "Farouk", "Álvarez", "Petrova", "Nyberg", "Raman", "Duval", "Moreau", "Iyer",
        "Pryce", "Kettunen", "Novak", "Zhou", "Castillo", "Demir", "Kowalska", "Byrne", "MacLeod",
        "Ferreira", "Ahmadi", "Whitlock", "Oyelaran", "Brennan", "Østergaard", "Vasquez", "Holm",
        "Achebe", "Lombardi", "Grünewald", "Nakamura", "Quinlan", "Sandoval", "Varga", "Dubois"]
DOMAINS = ["northwind-tools.example", "brightpath.test", "kestrel-logistics.example", "fernhill.example.org",
           "mailhaven.test", "quillandfig.example", "oakridge-clinic.example", "tidewater.example.net",
           "lumenforge.test", "harborview-hr.example", "bluefinch.example", "corvid-labs.test",
           "saltmarsh-bank.example", "pinecrest-school.test", "vantafield.example", "orchard-mail.test",
           "postbox.example", "example.com", "example.org"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s)
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "")


def email(first=None, last=None, domain=None, style=None):
    if first is None:
        first, last = person()
    f, l = ascii_name(first), ascii_name(last)
    domain = domain or R.choice(DOMAINS)
    style = style or R.choice(["f.l", "fl", "f_l", "first", "f.l2", "l.f", "flnum", "f+tag"])
    local = {
        "f.l": f + "." + l,
        "fl": f[0] + l,
        "f_l": f + "_" + l,
        "first": f,
        "f.l2": f + "." + l[0],
        "l.f": l + "." + f,
        "flnum": f + l[:3] + str(R.randint(2, 98)),
        "f+tag": f + "+" + R.choice(["orders", "news", "work", "bank", "shop"]),
    }[style]
    return local + "@" + domain


# ------------------------------------------------------------------ dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def rdate(y0, y1):
    return (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fdate(t, style):
    y, m, d = t
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "uk": "%02d/%02d/%04d" % (d, m, y),
        "us": "%02d/%02d/%04d" % (m, d, y),
        "dot": "%02d.%02d.%04d" % (d, m, y),
        "long": "%d %s %d" % (d, MONTHS[m - 1], y),
        "uslong": "%s %d, %d" % (MONTHS[m - 1], d, y),
        "short": "%d %s %d" % (d, MONTHS[m - 1][:3], y),
        "mdy_dash": "%02d-%02d-%04d" % (m, d, y),
        "ord": "%s %s %d" % (ordinal(d), MONTHS[m - 1], y),
        "usshort": "%d/%d/%02d" % (m, d, y % 100),
    }[style]


# ------------------------------------------------------------------ cards (Luhn)
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(brand="visa"):
    if brand == "visa":
        p, n = "4", 16
    elif brand == "visa13":
        p, n = "4", 13
    elif brand == "mc":
        p, n = R.choice(["51", "52", "53", "54", "55"]), 16
    elif brand == "mc2":
        p, n = str(R.randint(2221, 2720)), 16
    elif brand == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif brand == "disc":
        p, n = R.choice(["6011", "65"]), 16
    elif brand == "diners":
        p, n = "36", 14
    elif brand == "jcb":
        p, n = str(R.randint(3528, 3589)), 16
    elif brand == "unionpay19":
        p, n = "62", 19
    elif brand == "maestro":
        p, n = R.choice(["6759", "5018", "5020"]), 19
    else:
        raise ValueError(brand)
    return luhn_complete(p + dg(n - len(p) - 1))


def bad_check(num):
    """Same number with a wrong last digit (fails Luhn)."""
    last = (int(num[-1]) + R.randint(1, 9)) % 10
    out = num[:-1] + str(last)
    assert not luhn_ok(out)
    return out


def nonluhn(n, first=None):
    while True:
        s = (first if first is not None else str(R.randint(1, 9)))
        s = s + dg(n - len(s))
        if not luhn_ok(s):
            return s


def fmt_card(num, sep=" "):
    n = len(num)
    groups = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    assert i == n
    return sep.join(out)


# ------------------------------------------------------------------ IBAN (mod 97)
IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n",
             "BE": "12n", "CH": "5n12n", "AT": "16n", "PL": "24n", "IE": "4a14n", "PT": "21n", "SE": "20n",
             "NO": "11n", "DK": "14n", "FI": "14n", "LU": "3n13n", "AE": "3n16n", "CZ": "20n", "HU": "24n",
             "RO": "4a16n", "GR": "7n16n"}


def bban(cc):
    out = []
    for cnt, typ in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        out.append(rs(int(cnt), UP if typ == "a" else DG))
    return "".join(out)


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc):
    b = bban(cc)
    cd = 98 - iban_num(b + cc + "00") % 97
    out = "%s%02d%s" % (cc, cd, b)
    assert iban_ok(out)
    return out


def bad_iban(cc):
    good = iban(cc)
    while True:
        cd = R.randint(2, 98)
        out = "%s%02d%s" % (cc, cd, good[4:])
        if not iban_ok(out):
            return out


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def bic(cc):
    return rs(4, UP) + cc + rs(2, UP + DG) + R.choice(["", "XXX"])


# ------------------------------------------------------------------ SSN, NINO, NHS
def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def ssn(sep="-"):
    return sep.join(ssn_parts())


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def bad_ssn(mode):
    a, g, s = ssn_parts()
    if mode == "000":
        a = "000"
    elif mode == "666":
        a = "666"
    elif mode == "9xx":
        a = str(R.randint(900, 999))
    elif mode == "g00":
        g = "00"
    elif mode == "s0000":
        s = "0000"
    assert not ssn_ok(a, g, s)
    return a, g, s


NINO1 = "ABCEGHJKLMNPRSTWY"
NINO2 = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_parts():
    while True:
        pre = R.choice(NINO1) + R.choice(NINO2)
        if pre not in NINO_BAD_PREFIX:
            break
    return pre, dg(2), dg(2), dg(2), R.choice("ABCD")


def nino(style="spaced"):
    pre, a, b, c, suf = nino_parts()
    if style == "spaced":
        return "%s %s %s %s %s" % (pre, a, b, c, suf)
    return pre + a + b + c + suf


def nhs_no():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 9)
        tot = sum(x * (10 - i) for i, x in enumerate(d))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = "".join(map(str, d)) + str(chk)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


# ------------------------------------------------------------------ phones
US_AREAS = [212, 213, 303, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713, 718, 720, 808, 917, 971]
CA_AREAS = [416, 604, 514, 403, 613, 902]


def _nanp(area, style):
    ex, line = "555", "01%02d" % R.randint(0, 99)
    return {
        "paren": "(%d) %s-%s" % (area, ex, line),
        "dash": "%d-%s-%s" % (area, ex, line),
        "dot": "%d.%s.%s" % (area, ex, line),
        "intl": "+1 %d %s %s" % (area, ex, line),
        "intld": "+1-%d-%s-%s" % (area, ex, line),
        "intlp": "+1 (%d) %s-%s" % (area, ex, line),
        "one": "1-%d-%s-%s" % (area, ex, line),
        "e164": "+1%d%s%s" % (area, ex, line),
        "bare": "%d%s%s" % (area, ex, line),
    }[style]


def us_phone(style=None):
    return _nanp(R.choice(US_AREAS), style or R.choice(["paren", "dash", "dot", "intl"]))


def us_parts():
    return str(R.choice(US_AREAS)), "555", "01%02d" % R.randint(0, 99)


def ca_phone(style=None):
    return _nanp(R.choice(CA_AREAS), style or R.choice(["paren", "dash", "intld"]))


def uk_phone(style):
    n3 = "%03d" % R.randint(0, 999)
    return {"london": "020 7946 0" + n3, "intl_london": "+44 20 7946 0" + n3,
            "intl0": "+44 (0)20 7946 0" + n3, "mobile": "07700 900" + n3,
            "intl_mobile": "+44 7700 900" + n3, "leeds": "0113 496 0" + n3,
            "manc": "0161 496 0" + n3}[style]


def de_phone(style):
    if style == "intl":
        return "+49 30 %s %s" % (nz(4), dg(4))
    if style == "national":
        return "030 " + nz(8)
    if style == "munich":
        return "+49 (0)89 %s %s" % (nz(3), dg(4))
    if style == "mobile_national":
        return "0%s %s" % (R.choice(["151", "160", "171", "176"]), nz(8))
    if style == "mobile_intl":
        return "+49 %s %s" % (R.choice(["151", "160", "171", "176"]), nz(7))
    raise ValueError(style)


def _pairs(n):
    return " ".join(dg(2) for _ in range(n))


def fr_phone(style):
    if style == "landline":
        return "0%d %s" % (R.randint(1, 5), _pairs(4))
    if style == "landline_intl":
        return "+33 %d %s" % (R.randint(1, 5), _pairs(4))
    if style == "mobile":
        return "0%d %s" % (R.choice([6, 7]), _pairs(4))
    if style == "mobile_intl":
        return "+33 %d %s" % (R.choice([6, 7]), _pairs(4))
    raise ValueError(style)


def au_phone(style):
    if style == "mobile":
        return "04%s %s %s" % (dg(2), dg(3), dg(3))
    if style == "mobile_intl":
        return "+61 4%s %s %s" % (dg(2), dg(3), dg(3))
    if style == "landline":
        return "(02) 5550 " + dg(4)
    if style == "landline_intl":
        return "+61 2 5550 " + dg(4)
    raise ValueError(style)


def jp_phone(style):
    if style == "tokyo":
        return "03-%s-%s" % (nz(4), dg(4))
    if style == "intl":
        return "+81 3-%s-%s" % (nz(4), dg(4))
    if style == "mobile":
        return "090-%s-%s" % (nz(4), dg(4))
    if style == "mobile_intl":
        return "+81 90-%s-%s" % (nz(4), dg(4))
    raise ValueError(style)


def br_phone(style):
    if style == "intl":
        return "+55 11 9%s-%s" % (dg(4), dg(4))
    return "(11) 9%s-%s" % (dg(4), dg(4))


def nl_phone(style):
    if style == "landline":
        return "020 %s %s" % (nz(3), dg(4))
    if style == "landline_intl":
        return "+31 20 %s %s" % (nz(3), dg(4))
    if style == "mobile":
        return "06-" + nz(8)
    return "+31 6 " + nz(8)


def es_phone(style="mobile_intl"):
    if style == "mobile_intl":
        return "+34 6%s %s %s" % (dg(2), dg(3), dg(3))
    if style == "mobile":
        return "6%s %s %s" % (dg(2), dg(3), dg(3))
    return "91 %s %s %s" % (nz(3), dg(2), dg(2))


def it_phone(style):
    if style == "rome_intl":
        return "+39 06 %s %s" % (nz(4), dg(4))
    if style == "mobile":
        return "3%s %s %s" % (R.choice(["33", "47", "49", "20"]), nz(3), dg(4))
    return "+39 3%s %s %s" % (R.choice(["33", "47", "49", "20"]), nz(3), dg(4))


def ie_phone(style):
    if style == "mobile":
        return "08%s %s %s" % (R.choice("35679"), nz(3), dg(4))
    return "+353 1 %s %s" % (nz(3), dg(4))


def in_phone(style):
    if style == "intl":
        return "+91 9%s %s" % (dg(4), dg(5))
    return "9%s%s" % (dg(4), dg(5))


def mx_phone():
    return "+52 55 %s %s" % (nz(4), dg(4))


def za_phone(style):
    if style == "intl":
        return "+27 21 %s %s" % (nz(3), dg(4))
    return "082 %s %s" % (nz(3), dg(4))


def sg_phone():
    return "+65 %s%s %s" % (R.choice("689"), dg(3), dg(4))


def ng_phone():
    return "+234 803 %s %s" % (nz(3), dg(4))


def pl_phone():
    return "+48 %s%s %s %s" % (R.choice("5678"), dg(2), dg(3), dg(3))


def se_phone(style):
    if style == "mobile":
        return "070-%s %s %s" % (nz(3), dg(2), dg(2))
    return "+46 8 %s %s %s" % (nz(3), dg(2), dg(2))


def ch_phone():
    return "+41 44 %s %s %s" % (nz(3), dg(2), dg(2))


def kr_phone():
    return "+82 10-%s-%s" % (nz(4), dg(4))


def ae_phone():
    return "+971 50 %s %s" % (nz(3), dg(4))


# ------------------------------------------------------------------ IP addresses
PUB_FIRST = [23, 31, 37, 45, 52, 62, 77, 81, 89, 91, 104, 109, 131, 145, 151, 176, 185, 193, 212, 217]


def ip4(kind="doc"):
    if kind == "doc":
        return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(1, 254))
    if kind == "priv10":
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == "priv192":
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if kind == "priv172":
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if kind == "pub":
        return "%d.%d.%d.%d" % (R.choice(PUB_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    raise ValueError(kind)


def _h():
    return "%x" % R.randint(1, 0xFFFF)


def ip6(kind="doc"):
    if kind == "doc":
        out = "2001:db8:%s:%s::%s" % (_h(), _h(), _h())
    elif kind == "docfull":
        out = "2001:0db8:" + ":".join("%04x" % R.randint(0, 0xFFFF) for _ in range(6))
    elif kind == "ll":
        out = "fe80::%s:%s:%s:%s" % (_h(), _h(), _h(), _h())
    elif kind == "ula":
        out = "fd%02x:%s:%s::%s" % (R.randint(0, 255), _h(), _h(), _h())
    elif kind == "full":
        out = "2a0%d:%s" % (R.randint(1, 9), ":".join(_h() for _ in range(7)))
    else:
        raise ValueError(kind)
    ipaddress.IPv6Address(out)
    return out


# ------------------------------------------------------------------ secrets
def gh_pat():
    return "ghp_" + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def gitlab_pat():
    return "glpat-" + rs(20, B64U)


def slack_bot():
    return "xoxb-%s-%s-%s" % (nz(12), nz(13), rs(24))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24))


def discord_webhook():
    return "https://discord.com/api/webhooks/%s/%s" % (nz(19), rs(68, B64U))


def stripe_sk(mode="live"):
    return "sk_%s_51%s" % (mode, rs(96))


def stripe_rk():
    return "rk_live_51" + rs(96)


def stripe_pk():
    return "pk_live_51" + rs(96)


def openai_key():
    return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key():
    return "sk-ant-api03-" + rs(93, B64U) + "AA"


def google_key():
    return "AIza" + rs(35, B64U)


def aws_id():
    return "AKIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "/+")


def twilio_sid():
    return "AC" + hexs(32)


def sendgrid_key():
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def npm_token():
    return "npm_" + rs(36)


def pypi_token():
    return "pypi-AgEIcHlwaS5vcmc" + rs(70, B64U)


def mailgun_key():
    return "key-" + hexs(32)


def hf_token():
    return "hf_" + rs(34, UP + LO)


def shopify_token():
    return "shpat_" + hexs(32)


def do_token():
    return "dop_v1_" + hexs(64)


def telegram_token():
    return "%s:AA%s" % (nz(10), rs(33, B64U))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(alg="HS256", claims=None):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64u(rbytes(32 if alg == "HS256" else 256))
    return head + "." + body + "." + sig


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def pem_ec():
    der = (bytes.fromhex("307702010104") + b"\x20" + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107")
           + bytes.fromhex("a14403420004") + rbytes(64))
    assert len(der) == 121
    return "-----BEGIN EC PRIVATE KEY-----\n" + wrap(base64.b64encode(der).decode()) + "\n-----END EC PRIVATE KEY-----"


def pem_ed25519_pkcs8():
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(32)
    return "-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der).decode() + "\n-----END PRIVATE KEY-----"


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(comment="deploy@ci"):
    pub = rbytes(32)
    seed = rbytes(32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    chk = rbytes(4)
    priv = chk + chk + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"") + struct.pack(">I", 1)
            + _sshstr(pubblob) + _sshstr(priv))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(base64.b64encode(blob).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def ssh_pub_ed25519(comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(rbytes(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def pem_rsa():
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap(base64.b64encode(der).decode()) + "\n-----END RSA PRIVATE KEY-----"


def pem_public_ec():
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    return "-----BEGIN PUBLIC KEY-----\n" + wrap(base64.b64encode(der).decode()) + "\n-----END PUBLIC KEY-----"


def pem_cert():
    der = bytes.fromhex("308201") + rbytes(230)
    return "-----BEGIN CERTIFICATE-----\n" + wrap(base64.b64encode(der).decode()) + "\n-----END CERTIFICATE-----"


PW_WORDS = ["Marigold", "Falcon", "Copper", "Harbor", "Juniper", "Velvet", "Orbit", "Quartz", "Saffron",
            "Tundra", "Nimbus", "Cobalt", "Lantern", "Pepper", "Willow", "Ember", "Gecko", "Mistral"]
PW_SYM = "!#$%^&*-_=+?."


def password(style=None):
    style = style or R.choice(["word", "rand", "two", "leet"])
    if style == "word":
        return R.choice(PW_WORDS) + R.choice("!#$%&*?") + dg(4)
    if style == "rand":
        while True:
            s = rs(16, AN + PW_SYM)
            if any(c in DG for c in s) and any(c in PW_SYM for c in s):
                return s
    if style == "two":
        return R.choice(PW_WORDS) + R.choice("-_.") + R.choice(PW_WORDS).lower() + dg(2)
    if style == "leet":
        w = R.choice(PW_WORDS).replace("o", "0").replace("e", "3").replace("a", "4")
        return w + R.choice("!#$%&*") + dg(3)
    if style == "url":        # safe inside a URL userinfo
        return R.choice(PW_WORDS) + rs(10) + dg(2)
    if style == "phrase":
        ws = ["maple", "orbit", "quarry", "fizz", "lantern", "violet", "cobble", "tundra", "pickle", "ferry",
              "hazel", "sprocket", "glacier", "mango", "thistle"]
        return "-".join(R.sample(ws, 4))
    raise ValueError(style)


# ------------------------------------------------------------------ other identifiers (decoys)
def amazon_order():
    s = nonluhn(17)
    return "%s-%s-%s" % (s[:3], s[3:10], s[10:])


def ups_tracking():
    return "1Z" + rs(3, UP + DG) + rs(3, UP + DG) + dg(2) + dg(8)


def usps_tracking():
    return grp4("9400" + dg(18))


def serial_no():
    return rs(2, UP) + dg(2) + rs(1, UP) + dg(5) + rs(2, UP + DG)


def isbn13():
    while True:
        body = "978" + str(R.randint(0, 1)) + dg(8)
        tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        chk = (10 - tot % 10) % 10
        s = body + str(chk)
        if not luhn_ok(s):
            return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def ean13():
    while True:
        body = str(R.randint(4, 9)) + dg(11)
        tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        s = body + str((10 - tot % 10) % 10)
        if not luhn_ok(s):
            return s


def sha1():
    return hexs(40)


def sha256():
    return hexs(64)


def md5():
    return hexs(32)


# ====================================================================== ORDINARY POSITIVES
# ---------------------------------------------------------------------- support-chat
f = Fam("support-chat", "ordinary")
a, b = person()
f.p(f"Hi, I ordered a stand mixer on the 3rd and it still hasn't shown up. You can reach me at {E(email(a, b))} or {P(us_phone('paren'))}. Thanks, {a}")
f.p(f"hey can someone call me back on {P(uk_phone('mobile'))}?? been on hold 40 mins already")
a, b = person()
f.d(f"Customer: order {amazon_order()} never arrived, my email is {E(email(a, b))}\nAgent: Thanks {a}, I can see it. Is {P(us_phone('dash'))} still the best number for the courier?")
a, b = person()
f.p(f"Agent (Marisol): I've changed the contact address on your account to {E(email(a, b))} as requested, {a}. A confirmation link was sent there and expires in 24 hours.")
f.d(f"[14:02] visitor: pls cancel my subscription, it's under {E(email())}\n[14:03] bot: I can help with that! Please confirm the last 4 digits of the card on file.\n[14:03] visitor: {R.randint(1000, 9999)}")
a, b = person()
f.p(f"Bonjour, je n'arrive plus à me connecter à mon espace client. Vous pouvez me joindre au {P(fr_phone('mobile'))} ou par mail : {E(email(a, b, style='f.l'))}. Cordialement, {a} {b}")
f.d(f"Ticket #{nz(6)} - caller asked for a callback on {P(us_phone('dot'))} after 5pm ET; prefers SMS.")
f.p(f"Could you send the corrected invoice to {E('accounts@' + R.choice(DOMAINS[:12]))} instead of my personal address ({E(email())})? Our finance team needs it for the audit.")
f.p(f"The app keeps saying 'sign-in blocked from {IP(ip4('pub'))}' but that's literally my home connection. Can you unblock it?")
f.p(f"Rückruf bitte unter {P(de_phone('national'))}, ich bin ab 15 Uhr erreichbar. Gruß, {person()[0]}")
f.p(f"I was charged twice on my card {C(fmt_card(card('visa')))} for the same order, can one of them be refunded please")
f.p(f"G'day, mobile's {P(au_phone('mobile'))} if the courier needs to ring, the buzzer at unit 4 is broken")
f.d(f"My tracking number is {ups_tracking()} and it says delivered but nothing's here. Email me at {E(email())} when you know more.")
a, b = person()
f.p(f"Hola, les escribo porque no me llegó el reembolso. Mi correo es {E(email(a, b))} y mi teléfono {P(es_phone('mobile_intl'))}. Gracias.")

# ---------------------------------------------------------------------- email-signatures
f = Fam("email-signatures", "ordinary")
a, b = person()
f.p(f"--\n{a} {b}\nSenior Account Manager | Northwind Tools\nT: {P(us_phone('intlp'))} | M: {P(us_phone('intl'))}\n{E(email(a, b, 'northwind-tools.example', 'f.l'))}")
a, b = person()
f.d(f"Mit freundlichen Grüßen\n{a} {b}\nKestrel Logistik GmbH · Amtsgericht Berlin HRB {nz(6)} B\nTel. {P(de_phone('intl'))}\nFax {P(de_phone('intl'))}\n{E(email(a, b, 'kestrel-logistics.example', 'f.l'))}")
a, b = person()
f.d(f"Kind regards,\n{a} {b} | Payroll Officer\nHarborview HR Ltd, registered in England and Wales no. {nz(8)}, VAT GB {nz(3)} {dg(4)} {dg(2)}\nDirect: {P(uk_phone('intl_london'))}")
a, b = person()
f.p(f"{a} {b}\nQuill & Fig Studio\n{E(email(a, b, 'quillandfig.example', 'first'))} · {P(uk_phone('mobile'))}")
a, b = person()
f.p(f"Sent from my phone, sorry for typos. Call me on {P(us_phone('dash'))} if it's urgent. {a}")
a, b = person()
f.d(f"On Tue, 5 Mar 2024 at 09:14, {a} {b} <{E(email(a, b))}> wrote:\n> Can we move the quarterly review to Thursday?")
a, b = person()
f.p(f"{b} {a}\nLumenforge K.K. 東京オフィス\nTEL: {P(jp_phone('tokyo'))}  携帯: {P(jp_phone('mobile'))}\nMail: {E(email(a, b, 'lumenforge.test', 'f.l'))}")
a, b = person()
f.p(f"Cheers,\n{a}\n\n{a} {b}, Dispatcher\nTidewater Freight | {P(au_phone('landline_intl'))}\n{E(email(a, b, 'tidewater.example.net'))}")
a, b = person()
f.p(f"Cordialement,\n{a} {b}\nResponsable clientèle\nTél. : {P(fr_phone('landline'))} / Port. : {P(fr_phone('mobile_intl'))}")
a, b = person()
f.d(f"{a} {b} | Corvid Labs | she/her\n{E(email(a, b, 'corvid-labs.test', 'fl'))} | cell {P(us_phone('dot'))}\nThis e-mail and any attachments are confidential. Ref: CL-{nz(4)}-{dg(3)}")
a, b = person()
f.p(f"Saludos cordiales,\n{a} {b}\nTel. {P(mx_phone())}\n{E(email(a, b, 'vantafield.example'))}")
a, b = person()
f.p(f"Met vriendelijke groet,\n{a} {b}\nBluefinch B.V.\nT {P(nl_phone('landline'))} | M {P(nl_phone('mobile'))}")

# ---------------------------------------------------------------------- web-forms
f = Fam("web-forms", "ordinary")
a, b = person()
f.p(f"New contact form submission\nName: {a} {b}\nEmail: {E(email(a, b))}\nPhone: {P(us_phone('paren'))}\nMessage: Do you deliver to PO boxes?")
a, b = person()
f.p(f"Rental application - applicant: {a} {b}; date of birth: {D(fdate(rdate(1960, 2002), 'us'))}; contact: {E(email(a, b))} / {P(us_phone('dash'))}; previous landlord: {P(us_phone('paren'))}")
a, b = person()
f.p(f"POST /subscribe body: name={ascii_name(a)}+{ascii_name(b)}&email={E(email(a, b).replace('@', '%40'))}&phone={P(us_phone('bare'))}&newsletter=1&consent=on")
a, b = person()
f.d(f"Job application #{nz(5)}\nFull name: {a} {b}\nDOB: {D(fdate(rdate(1975, 2004), 'uk'))}\nMobile: {P(uk_phone('mobile'))}\nEmail: {E(email(a, b))}\nAvailable from: {fdate(rdate(2026, 2027), 'uk')}")
a, b = person()
f.d(f"Newsletter sign-up: {E(email(a, b))} (source: footer form, IP {IP(ip4('pub'))}, submitted 2025-02-11T08:41:07Z)")
a, b = person()
f.p(f"Patient portal registration\nFirst name: {a}\nLast name: {b}\nBirth date: {D(fdate(rdate(1950, 1990), 'iso'))}\nPreferred phone: {P(us_phone('dash'))}")
a, b = person()
f.p(f"Formulaire de contact | Nom : {b} | Prénom : {a} | Courriel : {E(email(a, b))} | Téléphone : {P(fr_phone('landline'))} | Objet : demande de devis")
a, b = person()
f.p(f"Gym membership form\nMember: {a} {b}\nD.O.B. {D(fdate(rdate(1985, 2007), 'dot'))}\nEmergency contact: {person()[0]} (mother), {P(de_phone('mobile_national'))}")
a, b = person()
f.d(f"Warranty registration: serial {serial_no()}, purchased {fdate(rdate(2024, 2025), 'us')}, owner e-mail {E(email(a, b))}")
a, b = person()
f.p(f"Volunteer sign-up sheet, row 14: {a} {b}, {E(email(a, b))}, {P(ca_phone())}, weekends only")
a, b = person()
f.p(f"Event RSVP ✔ {a} {b} + 1 guest · dietary: vegetarian · {E(email(a, b))} · {P(ie_phone('mobile'))}")
a, b = person()
f.p(f"Insurance quote request: main driver {a} {b}, born {D(fdate(rdate(1940, 1970), 'long'))}, licence held 30+ years, contact {P(uk_phone('intl_mobile'))}")

# ---------------------------------------------------------------------- cards-plain
f = Fam("cards-plain", "ordinary")
f.d(f"Card number: {C(fmt_card(card('visa')))}   Exp: {R.randint(1, 12):02d}/{R.randint(26, 30)}   CVV: {dg(3)}")
f.p(f"my amex is {C(fmt_card(card('amex')))} if that helps, the other card got blocked")
f.p('{"event":"charge.failed","pan":"' + C(card('mc')) + '","reason":"insufficient_funds","retry":false}')
a, b = person()
f.p(f"Hi, please take the deposit from {C(fmt_card(card('mc2'), '-'))}, name on card {a} {b}. Thanks!")
f.d(f"ORDER NOTES: phone order, customer read out card {C(card('disc'))} exp {R.randint(1, 12):02d}/{R.randint(27, 31)}, billing ZIP {nz(5)}")
a, b = person()
f.p(f"Diners Club {C(fmt_card(card('diners')))} - corporate travel card issued to {a} {b}")
f.p(f"JCBカード番号：{C(fmt_card(card('jcb')))}　有効期限：{R.randint(1, 12):02d}/{R.randint(27, 30)}")
f.p(f"UnionPay {C(fmt_card(card('unionpay19')))} (yes it's 19 digits, your form only lets me type 16)")
f.d(f"2025-03-02 11:14:09 WARN payment-svc: raw PAN logged by legacy adapter: {C(card('visa'))} (merchant_id={nz(9)})")
f.p(f"can u put it on the visa {C(fmt_card(card('visa')))} same as last time")
f.p(f"Maestro {C(fmt_card(card('maestro')))} valid thru {R.randint(1, 12):02d}/{R.randint(26, 29)}")
a, b = person()
f.p(f"card_number,expiry,holder\n{C(card('mc'))},{R.randint(1, 12):02d}/{R.randint(27, 30)},{a} {b}")
f.p(f"Please update the card on file to {C(fmt_card(card('visa13')))}, it's an old 13-digit Visa from my credit union")
f.d(f"Two cards on the account: {C(fmt_card(card('visa')))} (primary) and one ending in {dg(4)} (expired).")

# ---------------------------------------------------------------------- iban-bank-details
f = Fam("iban-bank-details", "ordinary")
f.d(f"Please transfer the deposit to IBAN {IB(grp4(iban('DE')))}, BIC {bic('DE')}, reference INV-{nz(6)}.")
a, b = person()
f.p(f"Rekeningnummer voor de terugbetaling: {IB(iban('NL'))} t.n.v. {a} {b}")
f.p(f"Hi HR, my salary account has changed. New IBAN: {IB(grp4(iban('GB')))} (same account name). Please update before the 25th.")
f.p(f"<CdtTrfTxInf><CdtrAcct><Id><IBAN>{IB(iban('FR'))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>")
a, b = person()
f.p(f"IBAN: {IB(grp4(iban('ES')))}\nTitular: {a} {b}")
a, b = person()
f.p(f"Coordinate bancarie per il bonifico: {IB(grp4(iban('IT')))} intestato a {a} {b}")
f.p(f"Bankverbindung: {IB(grp4(iban('AT')))} - bitte bis Monatsende überweisen, danke!")
f.p(f"supplier_id;name;iban\n{nz(5)};Pinecrest Supplies;{IB(iban('BE'))}")
f.d(f"Wire details: beneficiary Bankhaus Adler AG, IBAN {IB(grp4(iban('CH')))}, SWIFT {bic('CH')}, amount CHF 12,400.00")
f.p(f"Proszę o przelew na rachunek {IB(grp4(iban('PL')))}. Dziękuję!")
f.p(f"Refund request: customer IBAN {IB(iban('IE'))}, amount EUR 84.20, reason: duplicate payment")
f.p(f"Conta para o reembolso: {IB(grp4(iban('PT')))}")
f.d(f"Utbetaling til konto {IB(grp4(iban('NO')))}, KID {nz(10)}")
f.d(f"Faktura {nz(7)}, forfaldsdato {fdate(rdate(2025, 2026), 'dot')}, betales til {IB(grp4(iban('DK')))}")
f.p(f"Payee: Saltmarsh Trading FZE, IBAN {IB(iban('AE'))}, SWIFT {bic('AE')}")

# ---------------------------------------------------------------------- ssn-hr-records
f = Fam("ssn-hr-records", "ordinary")
a, b = person()
f.d(f"Employee: {a} {b}\nSSN: {SN(ssn())}\nStart date: {fdate(rdate(2019, 2025), 'us')}\nDept: Logistics")
a, b = person()
f.p(f"W-4 received for {a} {b} (SSN {SN(ssn(' '))}); filing status single, no extra withholding.")
f.p(f"ssn={SN(''.join(ssn_parts()))}&dob={D(fdate(rdate(1955, 2000), 'iso'))}&state=OH&consent=true")
f.p(f"Can you double-check my social? It should be {SN(ssn())}, the portal shows two digits swapped.")
a, b = person()
f.p(f"Background check authorization. Applicant SSN: {SN(''.join(ssn_parts()))}. Signed: {a} {b}")
a, b = person()
f.p(f"HR note: {a}'s Social Security number on file ({SN(ssn())}) doesn't match the W-2, asked them to bring the card in.")
a, b = person()
f.p(f"| {b}, {a} | {SN(ssn())} | Payroll | FT | exempt |")
f.p(f"SOCIAL SECURITY NO.: {SN(ssn(' '))}      DATE OF BIRTH: {D(fdate(rdate(1950, 1999), 'us'))}")
a, b = person()
f.p(f"Beneficiary: {a} {b} (spouse), SSN {SN(ssn())}, DOB {D(fdate(rdate(1960, 1995), 'us'))}, 100%")
f.d(f"I-9 verification: List B = driver's license {rs(1, UP)}{nz(7)}, List C = Social Security card, no. {SN(ssn())}. Verified by HR on {fdate(rdate(2024, 2025), 'us')}.")
f.p('{"employee_id": "E' + nz(5) + '", "ssn": "' + SN(ssn()) + '", "status": "active"}')
f.p(f"per our call - SSN is {SN(ssn())}. please don't forward this email")

# ---------------------------------------------------------------------- nino-payroll
f = Fam("nino-payroll", "ordinary")
f.p(f"National Insurance number: {NI(nino('spaced'))}")
a, b = person()
f.d(f"New starter checklist: {a} {b}, NI no. {NI(nino('compact'))}, tax code 1257L, P45 received, bank details pending")
f.p(f"Hi, my NI number is {NI(nino('spaced'))}, I think payroll still has my old one from the temp agency.")
a, b = person()
f.d(f"employee,nino,start_date\n{a} {b},{NI(nino('compact'))},2025-04-06")
a, b = person()
f.p(f"Dear {a} {b}, please quote your National Insurance number {NI(nino('spaced'))} on all correspondence with this office.")
f.p(f"NINO: {NI(nino('compact').lower())}")
f.d(f"P60 End of Year Certificate | Employee's NI number {NI(nino('spaced'))} | Employer PAYE reference {nz(3)}/{rs(2, UP)}{nz(5)}")
a, b = person()
f.p(f"Universal Credit claim: claimant {a} {b}, NINo {NI(nino('compact'))}, date of birth {D(fdate(rdate(1970, 2003), 'uk'))}")
f.p(f"her NI number's {NI(nino('spaced'))} i think, copying it off the letter")
a, b = person()
f.p(f"SURNAME|FORENAME|NINO|DOB|SEX\n{ascii_name(b).upper()}|{ascii_name(a).upper()}|{NI(nino('compact'))}|{D(fdate(rdate(1960, 2004), 'iso'))}|F")
a, b = person()
f.p(f"Ref {NI(nino('spaced'))} / {a} {b} - student loan plan 2, deduct from May")

# ---------------------------------------------------------------------- server-logs-ip
f = Fam("server-logs-ip", "ordinary")
f.d(f'{IP(ip4("pub"))} - - [12/Mar/2025:06:25:14 +0000] "GET /api/v2/orders?page=3 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"')
f.p(f"Mar 12 06:31:02 bastion sshd[{nz(5)}]: Failed password for invalid user admin from {IP(ip4('pub'))} port {R.randint(1024, 65535)} ssh2")
f.d(f"Mar 12 06:31:09 bastion sshd[{nz(5)}]: Accepted publickey for deploy from {IP(ip4('priv10'))} port {R.randint(1024, 65535)} ssh2: ED25519 SHA256:{rs(43, AN + '+/')}")
f.p(f"X-Forwarded-For: {IP(ip4('pub'))}, {IP(ip4('priv10'))}")
f.p(f"2025/03/12 07:02:45 [error] 2291#2291: *88 upstream timed out while connecting to upstream, client: {IP(ip6('doc'))}, server: shop.northwind-tools.example, upstream: \"http://{IP(ip4('priv172'))}:8080/\"")
f.p(f"kernel: [UFW BLOCK] IN=eth0 OUT= MAC= SRC={IP(ip4('pub'))} DST={IP(ip4('doc'))} LEN=60 TOS=0x00 TTL=49 PROTO=TCP SPT={R.randint(1024, 65535)} DPT=22 SYN")
o3 = R.randint(0, 254)
f.p(f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n    inet {IP('192.168.%d.%d' % (o3, R.randint(2, 250)))}/24 brd {IP('192.168.%d.255' % o3)} scope global eth0\n    inet6 {IP(ip6('ll'))}/64 scope link")
f.p(f"login ok user_id={nz(5)} ip={IP(ip4('pub'))} geo=DE asn=AS{nz(5)} mfa=totp")
f.p(f"curl: (7) Failed to connect to [{IP(ip6('doc'))}]:443 after 3012 ms: Connection refused")
x = ip4('pub')
f.p(f"$ ping -c 1 {IP(x)}\nPING {IP(x)} ({IP(x)}): 56 data bytes\n64 bytes from {IP(x)}: icmp_seq=0 ttl=57 time=12.4 ms")
f.p(f"cf-connecting-ip: {IP(ip6('full'))}")
f.d(f"WARN rate limit exceeded for {IP(ip4('pub'))} (req_id={uuid4()}), returning 429")
f.p(f"Security alert: new sign-in to your account from IP address {IP(ip4('pub'))} (Lyon, France). If this wasn't you, secure your account now.")
f.p(f"Server listening on http://{IP('127.0.0.1')}:3000 and http://[{IP('::1')}]:3000 (press CTRL+C to quit)")

# ---------------------------------------------------------------------- medical-dob
f = Fam("medical-dob", "ordinary")
a, b = person()
f.d(f"Pt: {a} {b}   DOB: {D(fdate(rdate(1945, 1980), 'us'))}   MRN: {nz(8)}\nSeen {fdate(rdate(2025, 2025), 'us')} for follow-up of hypertension. BP 142/88, HR 76. Continue lisinopril 10 mg.")
a, b = person()
f.d(f"Re: {a} {b}, d.o.b. {D(fdate(rdate(1950, 1965), 'uk'))}, NHS no. {nhs_no()}\nThank you for seeing this pleasant gentleman with a 3-month history of exertional chest tightness.")
a, b = person()
f.d(f"DISCHARGE SUMMARY\nName: {a} {b}\nDate of Birth: {D(fdate(rdate(1938, 1960), 'long'))}\nAdmitted: {fdate(rdate(2025, 2025), 'long')}\nDischarged: {fdate(rdate(2025, 2025), 'long')}\nDiagnosis: community-acquired pneumonia")
a, b = person()
f.d(f"Vaccination record. Child: {a} {b}, born {D(fdate(rdate(2019, 2023), 'uk'))}. MMR dose 1 given {fdate(rdate(2024, 2025), 'uk')}, batch {rs(2, UP)}{nz(4)}.")
a, b = person()
f.p(f"ALLERGY ALERT - {b.upper()}, {a} (born {D(fdate(rdate(1960, 1990), 'iso'))}): penicillin, anaphylaxis")
a, b = person()
f.p(f"Nota clínica: paciente {a} {b}, fecha de nacimiento {D(fdate(rdate(1950, 1990), 'uk'))}, acude por dolor lumbar de 2 semanas de evolución.")
a, b = person()
f.p(f"Lab requisition | {ascii_name(b).upper()}, {ascii_name(a).upper()} | DOB {D(fdate(rdate(1950, 2000), 'mdy_dash'))} | Sex F | Fasting: Y | Panel: CMP, lipid")
f.p(f"Telehealth intake: patient states her date of birth is {D(fdate(rdate(1960, 2000), 'uslong'))}; identity verified against photo ID.")
f.d(f"Geburtsdatum: {D(fdate(rdate(1950, 1995), 'dot'))}, Versichertennummer {rs(1, UP)}{nz(9)}, Kasse: AOK-Musterland")
a, b = person()
a2 = person()[0]
f.p(f"Mother: {a} {b} (DOB {D(fdate(rdate(1985, 1998), 'us'))}). Baby girl {a2} {b}, born {D(fdate(rdate(2025, 2025), 'us'))} at 03:12, 3.4 kg, Apgar 8/9.")
f.d(f"Follow-up booked for {fdate(rdate(2026, 2026), 'long')} at 10:30. A reminder will be texted to {P(uk_phone('mobile'))} two days before.")
a, b = person()
f.d(f"Medical certificate of cause of death (draft): deceased {a} {b}, born {D(fdate(rdate(1930, 1950), 'long'))}, died {fdate(rdate(2025, 2025), 'long')}, aged over 70.")

# ---------------------------------------------------------------------- csv-json-records
f = Fam("csv-json-records", "ordinary")
rows = []
for _ in range(2):
    a, b = person()
    rows.append(f"{a},{b},{E(email(a, b))},{P(us_phone('dash'))}")
f.p("first_name,last_name,email,phone\n" + "\n".join(rows))
a, b = person()
f.p('{"id": ' + nz(6) + ', "name": "' + a + ' ' + b + '", "email": "' + E(email(a, b)) + '", "phone": "' + P(uk_phone('intl_mobile')) + '", "marketing_opt_in": false}')
a, b = person()
f.d('{"ts":"2025-04-02T10:11:12.345Z","level":"info","msg":"user created","user":"' + E(email(a, b)) + '","remote_addr":"' + IP(ip4('pub')) + '","trace_id":"' + hexs(32) + '"}')
a, b = person()
f.p(f"- name: {a} {b}\n  email: {E(email(a, b))}\n  phone: \"{P(de_phone('mobile_intl'))}\"\n  date_of_birth: {D(fdate(rdate(1970, 2000), 'iso'))}")
a, b = person()
f.p(f"INSERT INTO customers (full_name, email, phone) VALUES ('{a} {b}', '{E(email(a, b))}', '{P(us_phone('paren'))}');")
a, b = person()
c2 = person()
f.p(f"name\temail\tphone\n{a} {b}\t{E(email(a, b))}\t{P(fr_phone('mobile_intl'))}\n{c2[0]} {c2[1]}\t{E(email(*c2))}\t{P(fr_phone('landline'))}")
a, b = person()
f.p(f"<customer id=\"{nz(5)}\"><name>{a} {b}</name><email>{E(email(a, b))}</email><iban>{IB(iban('DE'))}</iban></customer>")
a, b = person()
f.d(f"order_id,customer_email,total,currency,created\n{nz(7)},{E(email(a, b))},129.95,EUR,2025-01-17 14:22:05")
a, b = person()
f.p(f"[{{\"emp\": \"{b}\", \"ssn\": \"{SN(ssn())}\", \"dob\": \"{D(fdate(rdate(1960, 2000), 'iso'))}\"}}]")
a, b = person()
f.p(f"{b.upper()};{a};{IB(iban('FR'))};{E(email(a, b))};{P(fr_phone('mobile'))}")
a, b = person()
uid = nz(4)
f.d(f"mysql> SELECT id, email, last_login_ip FROM users WHERE id = {uid};\n| {uid} | {E(email(a, b))} | {IP(ip4('pub'))} |\n1 row in set (0.00 sec)")
a, b = person()
f.p(f"patient_id: {nz(7)}\nname: {a} {b}\ndob: {D(fdate(rdate(1940, 2010), 'iso'))}\nnino: {NI(nino('compact'))}\nphone: {P(uk_phone('intl_london'))}")

# ---------------------------------------------------------------------- config-secrets
f = Fam("config-secrets", "ordinary")
f.p(f"cat .env.production\nNODE_ENV=production\nPORT=8080\nSTRIPE_SECRET_KEY={K(stripe_sk())}\nLOG_LEVEL=warn")
f.p(f"[default]\naws_access_key_id = {K(aws_id())}\naws_secret_access_key = {K(aws_secret())}\nregion = eu-west-1")
f.p(f"//registry.npmjs.org/:_authToken={K(npm_token())}\nalways-auth=true")
f.p(f"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD={K(password('rand'))}")
pw = password('word')
f.p(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: {base64.b64encode(b'app').decode()}\n  password: {K(base64.b64encode(pw.encode()).decode())}")
f.p(f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {K(pypi_token())}")
f.p(f"datadog_api_key = \"{K(hexs(32))}\"\ndatadog_site    = \"datadoghq.eu\"")
f.p(f"spring.datasource.url=jdbc:postgresql://db.internal:5432/orders\nspring.datasource.username=orders_svc\nspring.datasource.password={K(password('leet'))}")
f.p(f"{K('https://' + 'ci-bot:' + gh_pat() + '@github.com')}")
f.p(f"SECRET_KEY = '{K('django-insecure-' + rs(50, LO + DG + '!#$%^&*(-_=+)'))}'\nDEBUG = False")
f.p(f"define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '{K(password('rand'))}' );")
f.p(f"SENDGRID_API_KEY={K(sendgrid_key())}\nMAIL_FROM={E('no-reply@brightpath.test')}")
f.p(f"slack:\n  channel: \"#deploys\"\n  bot_token: {K(slack_bot())}")
f.p(f"HF_TOKEN={K(hf_token())}\nHF_HOME=/mnt/cache/hf")
f.p(f"machine api.corvid-labs.test\n  login ci-runner\n  password {K(password('rand'))}")
f.p(f"variables:\n  GITLAB_TOKEN: \"{K(gitlab_pat())}\"\n  DOCKER_DRIVER: overlay2")

# ---------------------------------------------------------------------- code-secrets
f = Fam("code-secrets", "ordinary")
f.p(f"from anthropic import Anthropic\n\nclient = Anthropic(api_key=\"{K(anthropic_key())}\")")
f.p(f"const stripe = require('stripe')('{K(stripe_sk())}');")
f.p(f"curl -s -H \"Authorization: Bearer {K(gh_pat())}\" https://api.github.com/user/repos")
f.d(f"client := twilio.NewRestClientWithParams(twilio.ClientParams{{\n    Username: \"{twilio_sid()}\",\n    Password: \"{K(hexs(32))}\",\n}})")
f.p(f"props.put(\"mail.smtp.user\", \"alerts\");\nprops.put(\"mail.smtp.password\", \"{K(password('word'))}\");")
f.p(f"$mg = Mailgun::create('{K(mailgun_key())}');")
f.p(f"export TELEGRAM_BOT_TOKEN={K(telegram_token())}\npython bot.py")
f.p(f"r = requests.post(url, auth=(\"api\", \"{K(mailgun_key())}\"), data=payload)")
f.p(f"headers = {{\"X-Api-Key\": \"{K(rs(40))}\", \"Content-Type\": \"application/json\"}}")
f.p(f"provider \"digitalocean\" {{\n  token = \"{K(do_token())}\"\n}}")
f.p(f"-OPENAI_API_KEY = os.environ['OPENAI_API_KEY']\n+OPENAI_API_KEY = '{K(openai_key())}'  # TODO remove before merge")
f.p(f"os.environ['GOOGLE_API_KEY'] = '{K(google_key())}'\nmodel = genai.GenerativeModel('gemini-pro')")
f.d(f"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.lumenforge.test/v1/jobs?api_key={K(rs(32))}&page=2 (request id {uuid4()})")
f.p(f"ShopifyAPI::Session.temp(domain: 'quillandfig.myshopify.com', token: '{K(shopify_token())}', api_version: '2024-10') do")

# ---------------------------------------------------------------------- keys-and-jwt
f = Fam("keys-and-jwt", "ordinary")
f.p(f"is this the right format for the service account key? it keeps failing\n{K(pem_ec())}")
f.p(f"ssh_key: |\n  {K(pem_ed25519_pkcs8().replace(chr(10), chr(10) + '  '))}")
f.p(f"cat ~/.ssh/id_ed25519\n{K(openssh_ed25519('deploy@ci-runner-3'))}")
f.p(f"Authorization: Bearer {K(jwt('HS256', {'sub': nz(7), 'name': ' '.join(person()), 'iat': 1735689600 + R.randint(0, 9999999)}))}")
f.p(f"Set-Cookie: session={K(jwt('HS256', {'uid': R.randint(1000, 99999), 'role': 'admin', 'exp': 1767225600 + R.randint(0, 999999)}))}; Path=/; HttpOnly; Secure")
f.p('{"access_token": "' + K(jwt('RS256', {'iss': 'https://auth.corvid-labs.test/', 'sub': 'auth0|' + hexs(24), 'aud': 'orders-api', 'exp': 1767225600 + R.randint(0, 999999)})) + '", "token_type": "Bearer", "expires_in": 86400}')
f.p(f"Here's the old signing key from the wiki, we should rotate it:\n{K(pem_rsa())}")
f.p("key.pem (passphrase is in the team vault):\n" + K("-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + wrap(base64.b64encode(bytes.fromhex("308201") + rbytes(180)).decode()) + "\n-----END ENCRYPTED PRIVATE KEY-----"))
f.p(f"id_token={K(jwt('HS256', {'email_verified': True, 'sub': hexs(16), 'iat': 1735689600 + R.randint(0, 9999999)}))}&state={hexs(16)}")

# ---------------------------------------------------------------------- connection-strings-webhooks
f = Fam("connection-strings-webhooks", "ordinary")
f.p(f"DATABASE_URL={K('postgres://orders_app:' + password('url') + '@db-primary.internal.northwind-tools.example:5432/orders?sslmode=require')}")
f.p(f"mysql -h {IP(ip4('priv10'))} -u root -p'{K(password('word'))}' inventory < dump.sql")
f.p(f"MONGO_URI=\"{K('mongodb+srv://analytics:' + password('url') + '@cluster0.' + rs(5, LO + DG) + '.mongodb.net/reports?retryWrites=true&w=majority')}\"")
f.p(f"CELERY_BROKER_URL = '{K('redis://:' + rs(32) + '@cache.bluefinch.example:6379/0')}'")
f.p(f"amqp connection: {K('amqps://billing:' + password('url') + '@mq.tidewater.example.net:5671/prod')}")
f.p(f"jdbc url: {K('jdbc:sqlserver://sql01.corvid-labs.test:1433;databaseName=Payroll;user=sa;password=' + password('word') + ';encrypt=true')}")
f.p(f"\"ConnectionStrings\": {{ \"Default\": \"{K('Server=tcp:fernhill-sql.example.org,1433;Database=crm;User ID=crm_admin;Password=' + password('rand') + ';Encrypt=True;')}\" }},")
f.p(f"AZURE_STORAGE_CONNECTION_STRING={K('DefaultEndpointsProtocol=https;AccountName=quillfigassets;AccountKey=' + base64.b64encode(rbytes(64)).decode() + ';EndpointSuffix=core.windows.net')}")
f.p(f"Posting build alerts to {K(slack_webhook())} (channel #ci-alerts)")
f.p(f"discord webhook for the raid bot: {K(discord_webhook())}")
f.p(f"Incoming webhook for the Teams channel: {K('https://corvidlabs.webhook.office.com/webhookb2/' + uuid4() + '@' + uuid4() + '/IncomingWebhook/' + hexs(32) + '/' + uuid4())}")
f.p(f"smtp_url: {K('smtps://postmaster%40mailhaven.test:' + password('url') + '@smtp.mailhaven.test:465')}")

# ---------------------------------------------------------------------- intl-phones
f = Fam("intl-phones", "ordinary")
f.p(f"Our Berlin office: {P(de_phone('intl'))} (Mon-Fri 9-17 CET)")
f.p(f"Appelez le standard au {P(fr_phone('landline'))} ou depuis l'étranger au {P(fr_phone('landline_intl'))}.")
f.p(f"Ring the Sydney desk on {P(au_phone('landline'))}, or {P(au_phone('mobile_intl'))} after hours")
f.p(f"मेरा नंबर {P(in_phone('intl'))} है, WhatsApp पर भी मिल जाऊँगा")
f.p(f"お問い合わせ：{P(jp_phone('intl'))}（平日10時〜18時）")
f.p(f"Fala comigo no {P(br_phone('national'))}, de preferência por WhatsApp")
f.p(f"Bel me gerust op {P(nl_phone('mobile'))} of op kantoor {P(nl_phone('landline_intl'))}")
f.p(f"Per informazioni chiamare il {P(it_phone('rome_intl'))} oppure il cellulare {P(it_phone('mobile'))}")
f.p(f"Dublin support line: {P(ie_phone('intl'))}")
f.p(f"Lagos team lead: {P(ng_phone())}; Cape Town: {P(za_phone('intl'))}")
f.p(f"Singapore hotline {P(sg_phone())} / Seoul {P(kr_phone())}")
f.p(f"Zadzwoń: {P(pl_phone())}")
f.p(f"Ring mig på {P(se_phone('mobile'))} så löser vi det")
f.p(f"Zurich reception {P(ch_phone())}, Dubai {P(ae_phone())}")
f.p(f"Toll-free (US/Canada): {P(_nanp(800, 'one'))}; Toronto: {P(ca_phone('paren'))}; London: {P(uk_phone('intl0'))}")

# ---------------------------------------------------------------------- chatbot-transcripts
f = Fam("chatbot-transcripts", "ordinary")
a, b = person()
ph = uk_phone('mobile')
f.p(f"User: can you write a polite email to my landlord? my name is {a} {b} and my number is {P(ph)}\nAssistant: Of course! Here's a draft:\n\nDear Mr. Whitlock,\n...\nBest regards,\n{a} {b}\n{P(ph)}")
a, b = person()
em, ph = email(a, b), us_phone('dash')
f.p(f"User: fix the typo in this: \"Contact: {E(em)}, Phoen: {P(ph)}\"\nAssistant: Contact: {E(em)}, Phone: {P(ph)}")
f.p(f"User: is {C(fmt_card(card('mc')))} a valid card number? I found it on a receipt\nAssistant: I can't help verify card numbers that belong to someone else.")
a, b = person()
f.p(f"User: Summarise this note for me: \"{a} {b}, DOB {D(fdate(rdate(1950, 1985), 'uk'))}, NI {NI(nino('spaced'))}, presenting with migraine\"\nAssistant: A patient presenting with migraine (personal identifiers omitted).")
f.p(f"User: why does my python script fail with 403? I'm using key {K(openai_legacy())}\nAssistant: A 403 usually means the key lacks access to that model. Also, please revoke that key now, since it has been shared in this chat.")
a, b = person()
ib = grp4(iban('GB'))
f.d(f"User: translate to German: \"Please wire the balance to {IB(ib)} by 30 June.\"\nAssistant: \"Bitte überweisen Sie den Restbetrag bis zum 30. Juni auf {IB(ib)}.\"")
f.p(f"> me: what's the ssh command again\n> bot: ssh -i ~/.ssh/id_ed25519 ubuntu@{IP(ip4('pub'))}\n> me: thx")
a, b = person()
f.p(f"User: draft a reply, my SSN is {SN(ssn())} and they keep saying it doesn't match\nAssistant: I'd avoid putting your SSN in an email. Here's a draft that asks them to call you instead.")
a, b = person()
f.p(f"[user] my wifi router is at {IP(ip4('priv192'))} and the admin password is {K(password('word'))}, how do I change the DNS?\n[assistant] Log in to the router's web page, then look for the DNS settings under WAN or Internet.")
a, b = person()
f.p(f"User: book a table for 4 under {a}, phone {P(de_phone('mobile_national'))}, email {E(email(a, b))}\nBot: Done! Confirmation sent.")

# ====================================================================== LOOK-ALIKES
# ---------------------------------------------------------------------- order-tracking-numbers
f = Fam("order-tracking-numbers", "look-alike")
f.d(f"Your order #{amazon_order()} has shipped! Track it with USPS: {usps_tracking()}")
f.d(f"Booking reference: {rs(6, UP + DG)} · Flight KX {nz(4)} · Seat 14C · Departs 07:45 from gate B{R.randint(1, 40)}")
a, b = person()
f.d(f"Ticket INC{dg(7)} raised by {a} {b}, assigned to Network Ops, priority P2")
f.d(f"FedEx tracking number: {nz(4)} {dg(4)} {dg(4)}")
f.d(f"Invoice INV-2025-{dg(5)} is due on 30/04/2025. Please quote PO number {nz(10)} on remittance.")
f.d(f"RMA {nz(3)}-{dg(5)}: replacement approved. Call {P(us_phone('paren'))} to schedule the pickup.")
f.d(f"UPS {ups_tracking()} - out for delivery, expected by 8pm")
f.d(f"Your confirmation code is {rs(8, UP + DG)}. Show it at the front desk together with your ID.")
f.d(f"Order no. {nonluhn(16)} · 3 items · total $84.17")
f.d(f"Air waybill {nz(3)}-{dg(8)}, 2 pcs, 14.5 kg, consignee ref {rs(3, UP)}{nz(6)}")
f.d(f"Claim number CLM-{nz(9)} has been received. We'll reply to {E(email())} within 5 working days.")
f.d(f"DHL parcel JJD{nonluhn(18, '0')} is waiting at the service point, pickup code {nz(6)}")
f.d(f"Reservation {nz(4)}-{dg(4)}-{dg(2)} confirmed: 2 guests, 3 nights, check-in from 15:00")
f.d(f"Case #{nz(8)}: customer says the router reboots every night. Callback on {P(uk_phone('london'))}.")
f.d(f"Transaction ref: {rs(4, UP)}{nz(12)} | Amount: 1,250.00 GBP | Status: SETTLED")

# ---------------------------------------------------------------------- luhn-lookalikes
f = Fam("luhn-lookalikes", "look-alike")
f.d(f"the card {fmt_card(bad_check(card('visa')))} keeps getting declined, I've checked the numbers three times (bank says it's not a valid number)")
f.d(f"Transaction ID: {nonluhn(16)}")
f.d(f"Payment reference {nz(3)}{card('visa')}{dg(4)}")
f.d(f"Gift card number: {fmt_card(nonluhn(16, '6'))}   PIN: {dg(4)}")
f.d(f"Loyalty member no. {fmt_card(nonluhn(16, '5'), '-')}")
f.d(f"FASTER PAYMENT REF {card('mc')}{dg(6)} 14.03.2025 -42.50")
f.d(f"Barcode (EAN-13): {ean13()}")
f.d(f"Serial number {fmt_card(nonluhn(16, '3'))} - keep this for warranty claims")
f.d(f"ACH trace number {nonluhn(15, '0')}")
f.d(f"Visa ending {dg(4)}, auth code {rs(6, UP + DG)}, acquirer reference {fmt_card(nonluhn(16, '7'))}")
v = card('mc')
f.d(f"Sorry, typo in my last message. The right number is {C(fmt_card(v))}, not {fmt_card(bad_check(v))}.")
s16 = "2025" + "0314" + dg(8)
while luhn_ok(s16):
    s16 = "2025" + "0314" + dg(8)
f.d(f"Order {grp4(s16, '-')} received")
f.d(f"event_time_ms={nonluhn(13, '17')}")
f.d(f"Membership ID {fmt_card('4' + dg(11))} (12 digits, printed on the back of your card)")
f.d(f"Card: **** **** **** {dg(4)}  (Visa, exp {R.randint(1, 12):02d}/{R.randint(26, 30)})")
f.d(f"Subscriber ID {card('amex')}{card('visa')[:6]}")

# ---------------------------------------------------------------------- invalid-ssns
f = Fam("invalid-ssns", "look-alike")
f.d(f"SSN: {'-'.join(bad_ssn('000'))} (rejected by E-Verify, area 000 is never issued)")
f.d(f"The form kept rejecting {'-'.join(bad_ssn('666'))}; apparently no SSN can start with 666.")
f.d(f"ITIN: 9{dg(2)}-{R.randint(70, 88)}-{nz(4)}")
f.d(f"ssn_fixture = '{'-'.join(bad_ssn('g00'))}'  # group 00 is never assigned")
f.d(f"Employee SSN: {'-'.join(bad_ssn('s0000'))} <- dummy value migrated from the old HR system")
f.d(f"Applicant SSN {' '.join(bad_ssn('9xx'))} flagged: area numbers 900-999 are not valid SSNs.")
f.d(f"Canadian SIN: {nz(3)} {dg(3)} {dg(3)}")
f.d(f"Employee ID {nz(3)}-{dg(2)}-{dg(3)} (badge reissued)")
f.d(f"ABA routing {'0' + nz(8)}, account {nz(10)}")
f.d(f"Part {nz(3)}-{dg(2)}-{dg(5)} is back-ordered until June.")
f.d(f"Correct SSN is {SN(ssn())}. The one printed on the 1099 ({'-'.join(bad_ssn('g00'))}) is a typo.")
f.d(f"EIN {nz(2)}-{dg(7)} (employer, not personal)")
f.d(f"call 000-{dg(2)}-{nz(4)}? that's what the scam text said, it isn't even a real number")

# ---------------------------------------------------------------------- dotted-numbers
f = Fam("dotted-numbers", "look-alike")
f.d("Firmware version 2.4.10.8 is now available for your router. Release notes: fixes Wi-Fi drops on 5 GHz.")
f.d("Microsoft Windows [Version 10.0.19045.4651]\n(c) Microsoft Corporation. All rights reserved.")
f.d("OID 1.3.6.1.4.1.311.21.8 identifies the certificate template extension.")
f.d("snmpwalk -v2c -c monitoring sw-core-02 1.3.6.1.2.1.2.2.1.10")
f.d("See section 4.2.1.3 of the employee handbook for the overtime rules.")
f.d("pip install requests==2.32.3 urllib3==2.2.2 certifi==2024.8.30")
f.d("Google Chrome 126.0.6478.127 (Official Build) (64-bit)")
f.d("LDAP attribute 2.5.4.3 (commonName) is missing from the certificate subject.")
f.d(f"Updated the app to 3.1.4.1 and now it can't reach the API at {IP(ip4('doc'))}")
f.d("Clause 12.3.4.5 supersedes the wording agreed in the 2019 framework.")
f.d("[assembly: AssemblyVersion(\"4.0.0.0\")]\n[assembly: AssemblyFileVersion(\"4.8.4161.0\")]")
f.d("node v20.11.1, npm 10.2.4, pnpm 9.1.0")
f.d("Table 1.2.3.4 lists the reference values for each lab.")
f.d("Linux build-07 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux")
f.d("Build 1.12.0.143 has been promoted to the beta ring.")
f.d(f"SNMP trap 1.3.6.1.6.3.1.1.5.3 (linkDown) from {IP(ip4('priv10'))}, ifIndex 10")

# ---------------------------------------------------------------------- hashes-and-ids
f = Fam("hashes-and-ids", "look-alike")
a, b = person()
f.d(f"commit {sha1()}\nAuthor: {a} {b} <{E(email(a, b, 'corvid-labs.test', 'f.l'))}>\nDate:   Tue Mar 11 09:42:17 2025 +0100\n\n    Fix off-by-one in pagination")
f.d(f"{sha256()}  ubuntu-24.04.1-live-server-amd64.iso")
f.d(f"request_id={uuid4()} trace_id={hexs(32)} span_id={hexs(16)}")
f.d(f"MD5 (report_q3.pdf) = {md5()}")
f.d(f"image: registry.corvid-labs.test/billing-api@sha256:{sha256()}")
f.d(f"\"integrity\": \"sha512-{base64.b64encode(rbytes(64)).decode()}\",")
f.d(f"Twilio Account SID: {twilio_sid()} (fine to share, the auth token lives in Vault)")
f.d(f"AWS account ID {nz(12)}; role ARN arn:aws:iam::{nz(12)}:role/deploy-readonly")
f.d(f"Publishable key (client-side, safe to expose): {stripe_pk()}")
f.d(f"GPG key fingerprint: {' '.join(hexs(4).upper() for _ in range(10))}")
f.d(f"~/.ssh/authorized_keys:\n{ssh_pub_ed25519('priya@laptop-2024')}")
f.d(f"Server certificate:\n{pem_cert()}")
f.d(f"Public key for verifying webhook signatures:\n{pem_public_ec()}")
f.d(f"OAuth client ID: {nz(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com")
f.d(f"git log --oneline -3\n{hexs(7)} Bump version to 2.8.1\n{hexs(7)} Merge pull request #{nz(4)} from corvid-labs/fix-retry\n{hexs(7)} Add retry jitter")

# ---------------------------------------------------------------------- non-birth-dates
f = Fam("non-birth-dates", "look-alike")
d1, d2 = sorted([rdate(2025, 2025), rdate(2025, 2025)])
f.d(f"Invoice date: {fdate(d1, 'uk')}   Due date: {fdate(d2, 'uk')}")
f.d(f"Your appointment is on {fdate(rdate(2026, 2026), 'uslong')} at 2:15 PM with Dr. Haddad.")
f.d(f"Hire date {fdate(rdate(2020, 2024), 'us')}; probation ended {fdate(rdate(2024, 2025), 'us')}")
f.d(f"Passport no. {rs(2, UP)}{nz(7)}, issued {fdate(rdate(2018, 2022), 'short')}, expires {fdate(rdate(2028, 2032), 'short')}")
f.d(f"Date of incident: {fdate(rdate(2025, 2025), 'iso')}. Reported by the night shift supervisor.")
f.d("Copyright © 1998–2025 Fernhill Press. All rights reserved.")
f.d(f"Happy work anniversary! You joined us on {fdate(rdate(2015, 2020), 'long')}.")
f.d(f"Lease term: {fdate(rdate(2025, 2025), 'uk')} to {fdate(rdate(2026, 2026), 'uk')}, rent payable monthly in advance")
a, b = person()
f.d(f"Born in 1987, {a} moved to Leeds in 2009 and joined the practice in 2014.")
f.d("Date of birth must be entered as YYYY-MM-DD, e.g. 2000-01-31.")
a, b = person()
f.d(f"Patient DOB {D(fdate(rdate(1950, 1990), 'us'))}; last visit {fdate(rdate(2025, 2025), 'us')}; next colonoscopy due {fdate(rdate(2030, 2032), 'us')}")
f.d(f"{a}'s birthday party is on {fdate(rdate(2026, 2026), 'uslong')}, bring snacks!")
f.d("Sprint 14 runs 2025-03-03 -> 2025-03-14; release freeze 2025-03-12.")
f.d(f"Company incorporated on {fdate(rdate(2001, 2015), 'long')}, company number {nz(8)}.")

# ---------------------------------------------------------------------- iban-lookalikes
f = Fam("iban-lookalikes", "look-alike")
f.d(f"IBAN {grp4(bad_iban('DE'))} - the bank says the check digits are wrong, can you resend?")
f.d(f"Sort code {nz(2)}-{dg(2)}-{dg(2)}, account number {nz(8)}")
f.d(f"Routing (ABA) 0{nz(8)} · Account {nz(10)} · Checking")
f.d(f"BIC/SWIFT: {bic('FR')}")
f.d("IBAN: DE00 0000 0000 0000 0000 00 (format example, replace with yours)")
f.d(f"Internal ref {bad_iban('GB')}")
f.d(f"Please pay to account {nz(8)} at Saltmarsh Bank, branch {nz(4)}")
f.d(f"VAT ID DE{nz(9)}")
good = iban('NL')
f.d(f"IBAN {grp4(good)[:-5]}... (rest cut off in the screenshot)")
good = iban('FR')
i = 10
while True:
    bad = good[:i] + good[i + 1] + good[i] + good[i + 2:]
    if bad != good and not iban_ok(bad):
        break
    i += 1
f.d(f"Correct IBAN: {IB(grp4(good))} (the earlier one, {grp4(bad)}, had two digits swapped)")
f.d(f"Masked IBAN: DE{dg(2)} **** **** **** **{dg(2)} {dg(2)}")
f.d(f"SEPA mandate reference MNDT-{nz(8)}-{rs(4, UP)}")

# ---------------------------------------------------------------------- placeholder-masked-keys
f = Fam("placeholder-masked-keys", "look-alike")
f.d("OPENAI_API_KEY=sk-...")
f.d("curl https://api.lumenforge.test/v1/models -H 'Authorization: Bearer <YOUR_API_KEY>'")
f.d("password: REDACTED")
f.d(f"stripe key: sk_live_{'*' * 24}{rs(4)}")
f.d(f"Your API key ending in {hexs(4)} was revoked on 2025-03-02 after 90 days of inactivity.")
f.d("aws_secret_access_key = ****************************************")
f.d("GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
f.d("bot_token: ${SLACK_BOT_TOKEN}")
f.d("{\"api_key\": \"[REDACTED]\", \"model\": \"gpt-4o\"}")
f.d(f"key=AIza{'•' * 35}")
f.d("Found credentials in the crash log: user=svc_backup password=*** (masked by the logger)")
f.d("DB_PASSWORD=changeme  # default from the docker image, set your own before deploying!")
f.d(f"Key: sk-ant-api03-...{rs(4)} (only the last 4 characters are shown)")
f.d("Server=sql01;Database=crm;User Id=crm_admin;Password=********;")
f.d("export HF_TOKEN=hf_your_token_here")
f.d(f"Access key ID {aws_id()[:4]}…{rs(4, UP + DG)} is active; the secret is shown only once, when the key is created.")

# ---------------------------------------------------------------------- amounts-coords-timestamps
f = Fam("amounts-coords-timestamps", "look-alike")
f.d("Total due: $1,240,513.07 (USD), payable within 30 days")
f.d("Saldo disponible: € 12.345.678,90")
f.d("Meet at 51.5072, -0.1276 (by the fountain) at 14:30")
f.d(f"created_at: {1700000000 + R.randint(0, 99999999)}")
f.d("2025-03-21T14:05:33.123456+00:00 INFO job finished in 00:12:45.118")
f.d(f"ts_ns={nonluhn(19, '17')}")
f.d("ZIP+4: 94107-1024")
f.d("Population: 8,336,817 (2023 estimate)")
f.d("GPS: 40°44'54.3\"N 73°59'08.5\"W")
f.d("Kwota przelewu: 1 250 000,00 PLN")
f.d("Temperature log (°C): 21.4, 21.9, 22.3, 22.0, 21.7")
f.d("Lap times 1:02:33.45 / 0:15:12.10 / 0:14:58.92")
f.d("lat=-33.8688&lng=151.2093&accuracy=12")
f.d("Video: 1920x1080, 59.94 fps, 8000 kbps, duration 01:23:45")

# ---------------------------------------------------------------------- example-domain-emails
f = Fam("example-domain-emails", "look-alike")
f.p(f"To test the sign-up flow, register with {E('user@example.com')} and any 8-character password.")
f.p(f"git config --global user.email \"{E('you@example.com')}\"")
f.p(f"Example: {E('alice@example.org')} sends a message to {E('bob@example.net')}, who replies-all.")
f.p(f"assert is_valid_email(\"{E('test.user+tag@sub.example.test')}\")")
f.p(f"From: Northwind Notifications <{E('noreply@example.com')}>")
f.p(f"contact = \"{E('jane.doe@example.com')}\"  # sample data, not a real person")
f.p(f"Per RFC 2606, documentation should use addresses like {E('admin@test.example')}.")
f.p(f"EMAIL_HOST_USER={E('mailer@lumenforge.test')}")
f.p(f"Fixtures use {E('john.smith@example.invalid')} so nothing is ever delivered.")
f.p(f"<input type=\"email\" name=\"email\" placeholder=\"{E('name@company.com')}\">")
a, b = person()
f.p(f"Staff addresses follow the pattern {E('firstname.lastname@quillandfig.example')}, e.g. mine is {E(email(a, b, 'quillandfig.example', 'f.l'))}.")

# ---------------------------------------------------------------------- nino-lookalikes
f = Fam("nino-lookalikes", "look-alike")
f.d("Format: two letters, six digits, then a letter, e.g. QQ 12 34 56 C.")
pre, x1, x2, x3, _ = nino_parts()
f.d(f"NI number {pre} {x1} {x2} {x3} E was rejected; the final letter can only be A to D.")
pre, x1, x2, x3, suf = nino_parts()
f.d(f"Reference D{pre[1]}{x1}{x2}{x3}{suf} (not an NI number, our internal dossier code)")
f.d(f"Temporary reference TN {dg(2)} {dg(2)} {dg(2)} {R.choice('MF')} was used before the real number arrived.")
f.d(f"NHS number: {nhs_no()}")
f.d(f"Vehicle registration {rs(2, UP)}{dg(2)} {rs(3, UP)}, MOT due in April")
f.d(f"Tax code 1257L, payroll ID {rs(2, UP)}{nz(6)}")
f.d(f"UTR: {nz(5)} {dg(5)}")
pre, x1, x2, x3, suf = nino_parts()
f.d(f"Correct NI number is {NI(f'{pre} {x1} {x2} {x3} {suf}')}; I typed GB {x1} {x2} {x3} {suf} by mistake on the form.")
f.d(f"Passport number {nz(9)}, nationality GBR")

# ---------------------------------------------------------------------- isbn-part-serials
f = Fam("isbn-part-serials", "look-alike")
f.d(f"ISBN {isbn13()} (paperback, 2nd edition)")
f.d(f"P/N 555-{nz(4)}-{dg(2)}, rev C, qty 40")
f.d(f"S/N: {serial_no()} · Model: DCS-7050SX3 · HW rev 2")
f.d(f"Lot {nz(4)}-{dg(3)}-{dg(2)}, best before 2027-06")
f.d("HS code 8471.30.0100 (portable computers)")
f.d(f"CAS No. {nz(4)}-{dg(2)}-{R.randint(0, 9)}")
f.d(f"doi:10.{nz(4)}/{rs(3, LO)}.{nz(4)}.{dg(5)}")
f.d(f"US Patent 9,{nz(3)},{dg(3)} B2")
f.d("Form 1040-SR, Schedule 8812, line 28")
f.d(f"Part numbers: {nz(3)}-{nz(3)}-{dg(4)} (gasket), {nz(3)}-{nz(3)}-{dg(4)} (housing)")
f.d(f"Catalogue no. {nz(2)}.{dg(3)}.{dg(2)}, colour: slate")
f.d(f"ASIN: B0{rs(8, UP + DG)}")

# ====================================================================== EVASIONS
ZWSP, ZWNJ, ZWJ, WJ, SHY, NBSP, THIN = "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u00a0", "\u2009"


def zw_insert(s, n=2, ch=ZWSP):
    pos = sorted(R.sample(range(1, len(s)), n))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(ch)
        last = p
    out.append(s[last:])
    return "".join(out)


def at_dot(addr, at, dot):
    local, dom = addr.split("@")
    return local.replace(".", dot) + at + dom.replace(".", dot)


# ---------------------------------------------------------------------- email-obfuscation
f = Fam("email-obfuscation", "evasion")
f.p(f"you can write to me at {E(at_dot(email(style='f.l'), ' [at] ', ' [dot] '))} (no spam please)")
f.p(f"Kontakt: {E(at_dot(email(style='fl'), '(at)', '(dot)'))}")
f.p(f"email me - {E(at_dot(email(style='f_l'), ' at ', ' dot '))} - thanks!!")
f.p(f"my address is {E(' '.join(email(style='first')))}")
f.p(f"<p>Questions? Mail {E(email().replace('@', '&#64;'))}</p>")
f.p(f"<a href=\"mailto:{E(email(style='f.l').replace('@', '&#x40;').replace('.', '&#46;'))}\">Write to us</a>")
f.p(f"連絡先：{E(email(style='first').replace('@', '＠'))}")
f.p(f"reach me at {E(zw_insert(email(style='f.l'), 3))} any time")
f.p(f"Email (base64, so the scrapers don't get it): {E(base64.b64encode(email().encode()).decode())}")
f.p(f"Send CVs to {E(at_dot(email(style='first', domain='harborview-hr.example'), ' AT ', ' DOT '))}")
f.p(f"{E(at_dot(email(style='f.l'), '<at>', '<dot>'))} is my work one")
f.p(f"Mailto link in the PDF: mailto:{E(email().replace('@', '%40'))}?subject=Refund")
e = email(style='f.l')
loc, dom = e.split('@')
f.p(f"write to {E(loc + ' @ ' + dom.replace('.', ' . '))}")
f.p(f"my email is {E('wen dot zhou at corvid hyphen labs dot test')}")
f.p(f"pls cc {E(at_dot(email(style='fl'), '[at]', '[dot]'))}")
e = email(style='f.l', domain='kestrel-logistics.example')
f.p(f"Contact the shipping desk:\n{E(e[:e.index('@') + 9] + chr(10) + e[e.index('@') + 9:])}")
f.p(f"it's {E(at_dot(email(style='first'), ' (at) ', ' (.) '))}, lowercase")
f.p(f"EMAIL: {E(email(style='f.l').upper())}")
e = email(style='f_l')
f.p(f"メール：{E(e.split('@')[0] + '@' + e.split('@')[1].replace('.', '。'))}")
f.p(f"ping me on {E(at_dot(email(style='l.f'), ' @ ', ' [.] '))} if the link breaks")

# ---------------------------------------------------------------------- card-obfuscation
f = Fam("card-obfuscation", "evasion")
f.p(f"card: {C(fmt_card(card('visa'), '.'))}")
f.p(f"here you go {C(fmt_card(card('mc'), '/'))} exp next March")
f.p(f"ok the number is {C(words(card('visa')))}")
v = card('visa')
f.p(f"reading it off the card: {C(', '.join(words(v[i:i + 4]) for i in range(0, 16, 4)))}")
f.p(f"new card {C(zw_insert(fmt_card(card('mc2')), 2))}")
f.p(f"カード：{C(fw(fmt_card(card('jcb'))))}")
v = card('visa')
f.p(f"card no.\n{C(fmt_card(v[:8]) + chr(10) + fmt_card(v[8:]))}\nexp 11/28")
f.p(f"{C(' '.join(card('disc')))} <- discover")
f.p(f"cc={C(fmt_card(card('visa'), '_'))}")
v = card('mc')
f.p(f"Mastercard {C(v[:4] + '-' + v[4:8] + ' ' + v[8:12] + '.' + v[12:])}")
v = card('visa')
f.p(f"card {C(fmt_card(v).replace('1', 'l').replace('0', 'O'))} (copied from a photo)")
f.p(f"amex: {C(fmt_card(card('amex'), ' - '))}")
v = card('visa')
f.p(f"the card is {C(' '.join(v[i:i + 2] for i in range(0, 16, 2)))}")
v = card('mc')
f.p(f"{C(v[:4] + ' ' + v[4:8] + ' ' + words(v[8:12]) + ' ' + v[12:])} - sorry, voice typing")
f.p(f"card number | {C(fmt_card(card('visa'), ' | '))} |")

# ---------------------------------------------------------------------- ssn-phone-words
f = Fam("ssn-phone-words", "evasion")
a_, g_, s_ = ssn_parts()
f.p(f"my social is {SN(words(a_) + ', ' + words(g_) + ', ' + words(s_))}")
a_, g_, s_ = ssn_parts()
f.p(f"SSN {SN(a_ + '.' + g_ + '.' + s_)}")
a_, g_, s_ = ssn_parts()
f.p(f"ss# {SN(a_ + ' / ' + g_ + ' / ' + s_)}")
a_, g_, s_ = ssn_parts()
f.p(f"SSN: {SN(' '.join(a_) + ' - ' + ' '.join(g_) + ' - ' + ' '.join(s_))}")
a_, g_, s_ = ssn_parts()
f.p(f"social security # {SN(a_ + '_' + g_ + '_' + s_)}")
a_, g_, s_ = ssn_parts()
f.p(f"ssn is {SN(a_ + ' ' + words(g_) + ' ' + s_)} (dictated over the phone)")
ar, ex, ln = us_parts()
f.p(f"call me at {P(words(ar) + ', ' + words(ex) + ', ' + words(ln, oh=True))}")
ar, ex, ln = us_parts()
f.p(f"my cell is {P('(' + ar + ') five five five - ' + ln)}")
ar, ex, ln = us_parts()
f.p(f"text {P((ar + '-' + ex + '-' + ln).replace('1', 'I').replace('0', 'O'))}")
n3 = "%03d" % R.randint(0, 999)
f.p(f"ring {P(' '.join('07700900' + n3))} after 6")
f.p(f"phone: {P(uk_phone('intl_london').replace(' ', '~'))}")
ar, ex, ln = us_parts()
f.p(f"num is {P(ar + '/' + ex + '/' + ln)}")
n3 = "%03d" % R.randint(0, 999)
f.p(f"whatsapp me: {P('plus four four ' + words('7700900' + n3))}")
f.p(f"Tel. {P('+49 (0) 30–' + nz(4) + '–' + dg(4))}")

# ---------------------------------------------------------------------- defanged-ips
f = Fam("defanged-ips", "evasion")
f.p(f"C2 beacon observed to {IP(ip4('pub').replace('.', '[.]'))} over 443/tcp")
x = ip4('doc')
f.p(f"Payload was fetched from hxxp://{IP(x[:x.rindex('.')] + '[.]' + x[x.rindex('.') + 1:])}/drop.bin")
f.p(f"IOC list:\n- {IP(ip4('pub').replace('.', '[.]'))}\n- {IP(ip4('pub').replace('.', '[.]'))}\n- hxxps://files-drop[.]test/x.zip")
f.p(f"blocked {IP(ip4('priv192').replace('.', '(.)'))} at the firewall")
f.p(f"attacker IP: {IP(ip4('pub').replace('.', ' dot '))}")
f.p(f"src={IP(ip4('pub').replace('.', '[dot]'))} dst={IP(ip4('priv10').replace('.', '[dot]'))}")
f.p(f"the box is at {IP(ip4('priv10').replace('.', ' . '))}")
f.p(f"Suspicious login from {IP(ip6('doc').replace(':', '[:]'))}")
x = ip4('priv192').split('.')
f.p(f"set the static IP to {IP('.'.join('%03d' % int(o) for o in x))}")
x = ip4('pub').split('.')
f.p(f"phishing kit hosted on {IP(x[0] + '[.]' + x[1] + '[.]' + x[2] + '.' + x[3])}, reported to the host")
f.p(f"TI feed: {IP(ip4('pub').replace('.', '[.]'))}:8080 (Cobalt Strike team server)")
f.p(f"scan came from {IP(ip4('doc').replace('.', '[.]', 1))} (only the first dot defanged)")

# ---------------------------------------------------------------------- mangled-keys
f = Fam("mangled-keys", "evasion")
t = gh_pat()
f.p(f"token: {K(' '.join(t[i:i + 8] for i in range(0, len(t), 8)))}")
t = openai_key()
f.p(f"here's the key, it wrapped in my terminal:\n{K(t[:60] + chr(10) + t[60:120] + chr(10) + t[120:])}")
f.p(f"my aws key id is {K(aws_id().lower())} and the secret is in the doc")
t = slack_bot()
f.p(f"SLACK_TOKEN={K(zw_insert(t, 1))}")
t = stripe_sk()
f.p(f"const key = {K(chr(34) + t[:20] + chr(34) + ' + ' + chr(34) + t[20:] + chr(34))};")
u = ' '.join(person()).split()[0].lower()
pw = password('word')
f.p(f"Authorization: Basic {K(base64.b64encode((u + ':' + pw).encode()).decode())}")
f.p(f"DATABASE_URL={K('postgres://app:' + urllib.parse.quote(password('word') + '@' + dg(2), safe='') + '@db.fernhill.example.org:5432/app')}")
t = google_key()
f.p(f"api_key: >-\n  {K(t[:20] + chr(10) + '  ' + t[20:])}")
f.p(f"{K(pem_ec().replace(chr(10), ' '))}")
t = jwt('HS256', {'sub': nz(6), 'scope': 'admin', 'exp': 1767225600 + R.randint(0, 999999)})
f.p(f"token (split so Slack doesn't unfurl it):\n{K(t.replace('.', '.' + chr(10)))}")
t = hf_token()
f.p(f"hf token is {K(t[:3] + ' ' + t[3:])} (remove the space)")
t = sendgrid_key()
f.p(f"key = ({K(chr(39) + t[:25] + chr(39) + chr(10) + '       ' + chr(39) + t[25:] + chr(39))})")
t = npm_token()
f.p(f"NPM_TOKEN={K(t.upper())}")
t = anthropic_key()
f.p(f"`{K(zw_insert(t, 2, ZWNJ))}`")
t = gh_fine()
f.p(f"gh pat: {K(t.replace('_', ' _ '))}")

# ---------------------------------------------------------------------- passwords-in-prose
f = Fam("passwords-in-prose", "evasion")
f.p(f"the admin password is {K(password('word'))}, please change it after the demo")
f.p(f"pw: {K(password('rand'))}")
a, b = person()
f.p(f"login is {ascii_name(a)}.{ascii_name(b)} / {K(password('two'))}")
f.p(f"Guest Wi-Fi: network Fernhill-Guest, password {K(password('two'))}")
f.p(f"Your temporary password is {K(password('rand'))}. You will be asked to choose a new one when you first sign in.")
f.p(f"I reset it to {K(password('leet'))} lol, don't tell anyone")
f.p(f"router creds are admin / {K(password('word'))}")
f.p(f"Passwort für den Server: {K(password('rand'))}")
f.p(f"mot de passe : {K(password('leet'))}")
f.p(f"contraseña del correo: {K(password('two'))}")
f.p(f"the passphrase for the ssh key is {K(password('phrase'))}")
f.p(f"ticket says pass={K(password('rand'))} - someone please rotate this")
f.p(f"The vault master password is {K(password('phrase'))}. Do NOT paste this in Slack.")
a, b = person()
f.p(f"Username: {ascii_name(a)}{ascii_name(b)[0]}\nPassword: {K(password('word'))}")
f.p(f"root pw on web-03 changed to {K(password('rand'))} at 14:10, updated the wiki")
f.p(f"SMTP relay creds: user postmaster, pass {K(password('word'))}")

# ---------------------------------------------------------------------- unicode-tricks
f = Fam("unicode-tricks", "evasion")
f.p(f"电话：{P(fw(uk_phone('intl_london')))}")
f.p(f"SSN {SN(zw_insert(ssn(), 2))}")
e = email(style='f.l')
f.p(f"email: {E(e[:3] + SHY + e[3:])}")
f.p(f"IBAN {IB(grp4(iban('DE'), NBSP))}")
f.p(f"card {C(fmt_card(card('visa'), THIN))}")
f.p(f"カード番号 {C(fw(card('mc')))}")
f.p(f"サーバー：{IP(fw(ip4('priv192')))}")
f.p(f"NI: {NI(zw_insert(nino('compact'), 2, ZWJ))}")
f.p(f"OPENAI_API_KEY={K(zw_insert(openai_key(), 1))}")
e = email(style='fl')
f.p(f"mail: {E(e.replace('@', ZWNJ + '@' + ZWNJ))}")
f.p(f"phone {P(us_phone('dash').replace('-', chr(0x2011)))}")
y = rdate(1955, 2000)
f.p(f"生年月日：{D(fw(str(y[0])) + '年' + fw(str(y[1])) + '月' + fw(str(y[2])) + '日')}")
f.p(f"NINO {NI(fw(nino('spaced')))}")
f.p(f"token={K(zw_insert(gh_pat(), 2, WJ))}")

# ---------------------------------------------------------------------- iban-evasions
f = Fam("iban-evasions", "evasion")
f.p(f"iban {IB(grp4(iban('DE')).lower())}")
f.p(f"IBAN: {IB(grp4(iban('GB'), '-'))}")
f.p(f"IBAN {IB(grp4(iban('FR'), '.'))}")
x = grp4(iban('ES'))
f.p(f"my IBAN is {IB(x[:14] + chr(10) + x[15:])}")
x = iban('NL')
f.p(f"rek.nr {IB(x[:2] + ' ' + x[2:4] + ' ' + x[4:8] + ' ' + ' '.join(x[8:]))}")
f.p(f"IBAN {IB(' '.join(iban('BE')))}")
x = iban('IT')
f.p(f"IBAN: {IB(x[:2] + ' ' + x[2:4] + ' ' + x[4] + ' ' + x[5:10] + ' ' + x[10:15] + ' ' + x[15:])} (formato cartaceo)")
x = iban('AT')
f.p(f"Konto: {IB(x[:4] + '/' + x[4:9] + '/' + x[9:])}")

# ---------------------------------------------------------------------- nino-dob-evasions
f = Fam("nino-dob-evasions", "evasion")
pre, x1, x2, x3, suf = nino_parts()
f.p(f"NI number {NI(pre + '-' + x1 + '-' + x2 + '-' + x3 + '-' + suf)}")
pre, x1, x2, x3, suf = nino_parts()
f.p(f"ni no {NI((pre + ' ' + x1 + x2 + x3 + ' ' + suf).lower())}")
pre, x1, x2, x3, suf = nino_parts()
f.p(f"NINO: {NI(pre + '/' + x1 + x2 + x3 + '/' + suf)}")
pre, x1, x2, x3, suf = nino_parts()
f.p(f"national insurance {NI(' '.join(pre + x1 + x2 + x3 + suf))}")
y = rdate(1950, 1999)
f.p(f"I was born on the {D(ordinal(y[2]) + ' of ' + MONTHS[y[1] - 1] + ', ' + str(y[0]))}")
y = rdate(1960, 1999)
f.p(f"DOB {D('%d %s %s' % (y[2], MONTHS[y[1] - 1][:3], chr(39) + str(y[0])[2:]))}")
y = rdate(1950, 1999)
f.p(f"Data urodzenia: {D('%d %s %d' % (y[2], ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][y[1] - 1], y[0]))}")
y = rdate(1950, 1999)
f.p(f"date of birth: {D('%02d — %02d — %04d' % (y[2], y[1], y[0]))}")

# ---------------------------------------------------------------------- spelled-and-multilingual
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n):
    if n < 20:
        return FR_UNITS[n]
    t, u = divmod(n, 10)
    if t <= 6:
        return FR_TENS[t] + ("-et-un" if u == 1 else ("-" + FR_UNITS[u] if u else ""))
    if t == 7:
        return "soixante" + ("-et-onze" if u == 1 else "-" + FR_UNITS[10 + u])
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_UNITS[u]
    return "quatre-vingt-" + FR_UNITS[10 + u]


DE_DIG = "null eins zwei drei vier fünf sechs sieben acht neun".split()
ES_DIG = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
KEYCAP = "\ufe0f\u20e3"
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
          "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
EN_TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def en_2(n):
    if n < 10:
        return "oh " + DW[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + DW[u] if u else "")


f = Fam("spelled-and-multilingual", "evasion")
e = email(style='f.l')
loc, dom = e.split('@')
f.p(f"Meine E-Mail: {E(loc.replace('.', ' punkt ') + ' ät ' + dom.replace('.', ' punkt '))}")
e = email(style='f.l')
loc, dom = e.split('@')
f.p(f"Écrivez-moi : {E(loc.replace('.', ' point ') + ' arobase ' + dom.replace('.', ' point '))}")
e = email(style='first')
loc, dom = e.split('@')
f.p(f"mi correo es {E(loc + ' arroba ' + dom.replace('.', ' punto ').replace('-', ' guion '))}")
e = email(style='f.l')
loc, dom = e.split('@')
f.p(f"mój mail: {E(loc.replace('.', ' kropka ') + ' małpa ' + dom.replace('.', ' kropka '))}")
y = rdate(1950, 1999)
f.p(f"She was born on the {D(EN_ORD[y[2] - 1] + ' of ' + MONTHS[y[1] - 1] + ', nineteen ' + en_2(y[0] % 100))}.")
y = rdate(1940, 1999)
f.p(f"Obituary draft: Colette Dubois (b. {D(fdate(y, 'iso'))}, d. 2025-10-02) was a founding member of the choir.")
x = ip4('priv192').split('.')
f.p(f"the printer is on {IP(' dot '.join(words(o) for o in x))}")
ar, ex, ln = us_parts()
f.p(f"call {P(''.join(c + KEYCAP for c in ar) + ' ' + ''.join(c + KEYCAP for c in ex) + ' ' + ''.join(c + KEYCAP for c in ln))} 📞")
ar, ex, ln = us_parts()
f.p(f"number's {P(words(ar) + ' dot ' + words(ex) + ' dot ' + words(ln))}")
pre, x1, x2, x3, suf = nino_parts()
f.p(f"my NI is {NI(pre + ' ' + words(x1 + x2 + x3) + ' ' + suf)}")
pw = password('word')
spelled = ", ".join(("capital " + c) if c.isupper() else (DW[int(c)] if c.isdigit() else c) for c in pw[:-5]) + ", " + {"!": "exclamation mark", "#": "hash", "$": "dollar sign", "%": "percent", "&": "ampersand", "*": "asterisk", "?": "question mark"}[pw[-5]] + ", " + ", ".join(DW[int(c)] for c in pw[-4:])
f.p(f"ok the password, letter by letter: {K(spelled)}")
v = card('visa')
f.p(f"Kartennummer: {C(' '.join(DE_DIG[int(c)] for c in v))}")
a_, g_, s_ = ssn_parts()
f.p(f"mi número de seguro social es {SN(' '.join(ES_DIG[int(c)] for c in a_) + ', ' + ' '.join(ES_DIG[int(c)] for c in g_) + ', ' + ' '.join(ES_DIG[int(c)] for c in s_))}")
pairs = ["0" + str(R.choice([6, 7]))] + [dg(2) for _ in range(4)]
f.p(f"mon portable : {P(', '.join(fr_num(int(p)) if p[0] != '0' else 'zéro ' + FR_UNITS[int(p[1])] for p in pairs))}")
f.p(f"iban (copied from the app): {IB(iban('GB').lower())}")
n4 = "%04d" % R.randint(0, 999)
f.p(f"ring the Manchester office on {P('0161 496' + chr(10) + n4)}")

# ====================================================================== HARD NEGATIVES
# ---------------------------------------------------------------------- secret-names-no-value
f = Fam("secret-names-no-value", "hard-negative")
f.d("password = os.environ['DB_PASSWORD']")
f.d("def reset_password(user_id: int, new_password: str) -> None:\n    \"\"\"Hash and store the new password.\"\"\"")
f.d("if (!token) {\n  throw new Error('token is required');\n}")
f.d("<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required>")
f.d("api_key: str = Field(..., description=\"Your Lumenforge API key\")")
f.d("Forgot your password? We'll send a reset link to the email address on file.")
f.d("{\"token_type\": \"Bearer\", \"expires_in\": 3600, \"scope\": \"read:orders write:orders\"}")
f.d("SECRET_KEY = get_secret('django/secret-key')")
f.d("export GITHUB_TOKEN=$(gh auth token)")
f.d("const apiKey = process.env.STRIPE_SECRET_KEY;\nif (!apiKey) process.exit(1);")
f.d("kubectl create secret generic db-creds --from-literal=password=\"$DB_PASS\"")
f.d("Error: invalid_grant (refresh token expired). Please sign in again.")
f.d("password_min_length: 12\npassword_require_symbol: true\ntoken_ttl_seconds: 900")
f.d("@param apiToken the token returned by POST /auth/login")
f.d("PASSWORD_FIELD = 'password'  # name of the form field, not an actual password")
f.d("ALTER TABLE users ADD COLUMN password_hash VARCHAR(255) NOT NULL;")

# ---------------------------------------------------------------------- doc-placeholders
f = Fam("doc-placeholders", "hard-negative")
f.d("1. Copy .env.example to .env\n2. Set STRIPE_SECRET_KEY=sk_live_... (you'll find it in the dashboard)\n3. Run npm start")
f.d("DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME")
f.d("password: changeme   # change this before deploying!")
f.d("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
f.d("mongodb+srv://<username>:<password>@cluster0.mongodb.example/?retryWrites=true")
f.d("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = <your-secret-access-key>")
f.d("SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
f.d("api_key = 'your-api-key-here'")
f.d("Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=   (that's base64 of username:password, use your own)")
f.d("-----BEGIN PRIVATE KEY-----\n...paste your key here...\n-----END PRIVATE KEY-----")
f.d("export ANTHROPIC_API_KEY=\"sk-ant-...\"")
f.d("jdbc:mysql://localhost:3306/shop?user=root&password=")

# ---------------------------------------------------------------------- email-syntax-lookalikes
f = Fam("email-syntax-lookalikes", "hard-negative")
f.d("deploy@web-01:~$ sudo systemctl restart nginx")
f.d("[root@localhost ~]# tail -f /var/log/messages")
f.d("git clone git@git.corvid-labs.test:platform/billing-api.git")
f.d(f"ssh ops@{IP(ip4('doc'))} -p 2222")
f.d("npm install @babel/core@7.24.0 lodash@4.17.21 --save-dev")
f.d("@Override\npublic String toString() {\n    return name;\n}")
f.d("@media (max-width: 600px) { .nav { display: none; } }")
f.d("thanks @priya-raman and @kenji.t for the review!")
f.d("Enter your e-mail address in the form name@domain.")
f.d("Follow us @QuillAndFigStudio for launch news")
f.d("backup@nas-02:/volume1/backups$ ls -lh")
f.d("psql postgresql://reporting@localhost/analytics_dev")
f.d("@app.route('/users/<int:user_id>', methods=['GET'])")
f.d("pip install 'mylib @ git+https://git.corvid-labs.test/tools/mylib.git@v1.4.2'")

# ---------------------------------------------------------------------- pii-free-talk
f = Fam("pii-free-talk", "hard-negative")
f.d("Please never paste your full card number into this chat; we only ever need the last four digits.")
f.d("What's the format of a UK National Insurance number? Two letters, six digits and a final letter, right?")
f.d("The SSN field is optional for applicants who live outside the US.")
f.d("Our IBAN validator rejects lowercase letters. Is that correct, or should it normalise them first?")
f.d("Enter your date of birth (DD/MM/YYYY):")
f.d("Phone: (___) ___-____   Email: ______________   Card: ____ ____ ____ ____")
f.d("How do I rotate an API key without downtime if two services share it?")
f.d("Is an IP address personal data under GDPR? Our DPO says yes when it can be linked to a person.")

# ====================================================================== MIXED DOCUMENTS
f = Fam("mixed-documents", "mixed")
a, b = person()
c, d_ = person()
f.d(f"INCIDENT REPORT IR-2025-0117\nReported: 2025-03-14 09:12 UTC by {a} {b} ({E(email(a, b, 'corvid-labs.test', 'f.l'))})\nSummary: a restricted API key for the billing service was committed to a public repository.\nLeaked value: {K(stripe_rk())}\nFirst fetched by: {IP(ip4('pub'))} (scanner), {IP(ip6('doc'))}\nAffected commit: {sha1()}\nActions: key revoked 09:40 UTC; on-call engineer {c} {d_} ({P(us_phone('intl'))}) paged.")
a, b = person()
h = person()[0]
f.d(f"Subject: Welcome aboard, {a}!\n\nHi {a},\n\nWe're thrilled you're joining Brightpath. To finish onboarding, please confirm the details we have on file:\n- Legal name: {a} {b}\n- Date of birth: {D(fdate(rdate(1975, 2002), 'uslong'))}\n- SSN: {SN(ssn())}\n- Personal email: {E(email(a, b, 'orchard-mail.test'))}\n- Mobile: {P(us_phone('paren'))}\n- Direct deposit: routing 0{nz(8)}, account ending {dg(4)}\n\nYour start date is {fdate(rdate(2026, 2026), 'uslong')} and your employee ID is E-{nz(5)}.\n\nThanks,\n{h} (People Team)")
a, b = person()
f.d(f"Ticket #{nz(5)} \"Double charge\"\n[Customer] I was billed twice for order {amazon_order()}. Card used: {C(fmt_card(card('visa')))}. Call me on {P(uk_phone('intl_mobile'))} if needed.\n[Agent] Sorry about that! I've refunded transaction {nonluhn(16)}; it should show in 3-5 working days.\n[Customer] thanks. also please change my email to {E(email(a, b))}")
f.d(f"From the README:\n\n## Configuration\n\nCopy `.env.example` to `.env` and fill in:\n\n    SENDGRID_API_KEY=SG.xxxxx\n    DATABASE_URL=postgres://user:pass@localhost:5432/app\n\nFor local testing the team currently shares this key (rotated monthly):\n\n    SENDGRID_API_KEY={K(sendgrid_key())}")
a, b = person()
f.d(f"PATIENT REGISTRATION\nSurname: {b}    Forename(s): {a}\nDate of birth: {D(fdate(rdate(1945, 2005), 'uk'))}\nNHS number: {nhs_no()}\nNI number: {NI(nino('spaced'))}\nTel (home): {P(uk_phone('leeds'))}    Mobile: {P(uk_phone('mobile'))}\nEmail: {E(email(a, b))}\nPrevious GP: Dr Brennan, registered {fdate(rdate(2010, 2020), 'uk')}")
a, b = person()
f.d(f"SEPA Credit Transfer - Confirmation\nOrdering party: {a} {b}, IBAN {IB(grp4(iban('DE')))}\nBeneficiary: Fernhill Press Ltd, IBAN {IB(grp4(iban('IE')))}, BIC {bic('IE')}\nAmount: EUR 2,450.00    Execution date: {fdate(rdate(2025, 2025), 'dot')}\nEnd-to-end ID: E2E{nonluhn(14)}\nRemittance info: Invoice 2025-0412")
f.d(f"diff --git a/config/settings.py b/config/settings.py\nindex {hexs(7)}..{hexs(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@ STORAGES = dict(\n-AWS_SECRET_ACCESS_KEY = \"{K(aws_secret())}\"\n+AWS_SECRET_ACCESS_KEY = os.environ[\"AWS_SECRET_ACCESS_KEY\"]\n AWS_STORAGE_BUCKET_NAME = \"quillfig-media\"")
a, b = person()
c, d_ = person()
n1, n2 = person()
f.d(f"[09:02] {a}: morning! is the vpn down again?\n[09:03] {c}: yeah, use the backup gateway {IP(ip4('pub'))} for now\n[09:05] {a}: works. btw the new contractor's details: {n1} {n2}, {E(email(n1, n2))}, {P(nl_phone('mobile_intl'))}\n[09:06] {c}: 👍 staging db pw is {K(password('two'))} if she needs it\n[09:07] {a}: pls don't post passwords in here 😬")


# ====================================================================== OUTPUT
def enc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            raise ValueError("literal backslash in sample: %r" % text)
        elif o < 32 or o == 127:
            raise ValueError("control character in sample: %r" % text)
        elif o > 126 and (unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Me")
                          or 0xFF00 <= o <= 0xFFEF or 0xFE00 <= o <= 0xFE0F
                          or o in (0x3000, 0x034F, 0x2010, 0x2011, 0x2012, 0x2212)):
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


SPAN_RE = re.compile(r"\{\{([a-z]+):(.*?)\}\}", re.S)


def spans_of(text):
    return [(m.group(1), m.group(2)) for m in SPAN_RE.finditer(text)]


def main():
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names)), "duplicate family name"
    lines = ["# pii-c1: blind PII / secrets evaluation set. Generated by gen.py (seed 4201); do not edit by hand.",
             "# Span syntax {{kind:text}}; escapes \\n \\t \\uXXXX. See README.md for the labelling conventions.",
             ""]
    stats = []
    for fam in FAMILIES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fam.name), fam.name
        lines.append("# family: " + fam.name)
        lines.append("# category: " + fam.cat)
        counts = {k: 0 for k in KINDS}
        decoys = 0
        for text, decoy in fam.items:
            if not text.strip() or text.startswith("#"):
                raise ValueError("sample would be read as blank/comment: %r" % text)
            rest = SPAN_RE.sub("", text)
            if "{{" in rest or "}}" in rest:
                raise ValueError("stray braces: %r" % text)
            for kind, val in spans_of(text):
                if kind not in KINDS:
                    raise ValueError(kind)
                counts[kind] += 1
            decoys += 1 if decoy else 0
            lines.append(enc(text))
        lines.append("")
        stats.append((fam.name, fam.cat, len(fam.items), decoys, counts))
    with open(os.path.join(HERE, "set.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    write_readme(stats)


README_HEAD = """# pii-c1 - blind evaluation set for a PII and secrets detector

`set.txt` is a small, hand-made evaluation set for a detector that finds personal data and
credentials in text sent to or from an AI assistant. It has {n_samples} samples in {n_fam} families
with {n_spans} labelled spans. Every value in it is invented: names are drawn from a fixed list,
personal and company domains are `.example` / `.test` / `example.com`-style or made-up companies,
phone numbers use fictional ranges (US 555-01xx, UK Ofcom drama ranges) or random digits, and card
numbers, IBANs, SSNs, NINOs, IP addresses, keys and tokens are randomly generated. Real provider
host names (for example `hooks.slack.com`, `discord.com`, `api.github.com`, `mongodb.net`,
`core.windows.net`) appear only where the credential format needs them; the secrets in them are
random.

## File format

* One sample per line. `# family: <name>` starts a family; other `#` lines (including the
  `# category: ...` line after each family header) and blank lines are ignored.
* `{{{{kind:text}}}}` marks a labelled span. Kinds: `email`, `phone`, `card`, `iban`, `ssn`, `ip`,
  `nino`, `dob`, `secret`. Anything outside a span is a negative: reporting it is a false positive.
* Escapes inside a line: `\\n` newline, `\\t` tab, `\\uXXXX` any character (used for every
  invisible or confusable character: zero-width characters, word joiner, soft hyphen, no-break and
  thin spaces, non-breaking hyphen, variation selectors and the keycap mark, and all full-width
  forms including the ideographic space). No sample contains a literal backslash, so every
  backslash starts an escape. Other non-ASCII text (accented names, Japanese, Hindi, emoji) is
  written as raw UTF-8. Span offsets are meant to be computed on the
  decoded text.
* A literal `{{{{` or `}}}}` never occurs outside span markers, and span values never contain `{{` or `}}`.

## Regenerating

    python3 gen.py      # rewrites set.txt and README.md next to gen.py
    python3 check.py    # parses set.txt, validates spans and checksums (obfuscated spans are
                        # normalised and re-checked too), scans unlabelled text for Luhn-valid
                        # runs / valid SSNs / valid IBANs, compares the README counts, and re-runs
                        # gen.py in a temporary folder to confirm byte-identical output

`gen.py` uses only the Python 3 standard library and one random source, `random.Random(4201)`. It
reads no clock, no environment and no files, and does not depend on dict/set hash ordering, so two
runs give byte-identical output. Checksummed numbers are computed by the generator: Luhn for cards
(valid in positives; a wrong check digit, or a longer/shorter run of digits, in look-alikes), mod-97
for IBANs (valid in positives; altered check digits, swapped digits or truncation in look-alikes),
SSN structure (area 001-899 except 666, group 01-99, serial 0001-9999 in positives; area 000/666/9xx,
group 00 or serial 0000 in look-alikes). Any 13-19-digit run that appears unlabelled is generated
to fail Luhn; ISBN-13 and EAN-13 decoys carry their own valid check digit and are also forced to
fail Luhn. NHS numbers carry a valid mod-11 check.

## Mix

| category | families | samples | share |
|---|---:|---:|---:|
{mix_rows}

"ordinary" = realistic positives (support chats, signatures, forms, logs, records, configs, code);
"look-alike" = unlabelled values that resemble a kind (sometimes next to a real labelled value);
"evasion" = values obfuscated so that a human still reads them (every one is labelled);
"hard-negative" = secret and e-mail traps with nothing to find (one `ssh ops@<ip>` line has a labelled IP);
"mixed" = longer multi-line documents mixing several kinds and decoys.

## Families

`decoys` = samples that contain at least one deliberate unlabelled look-alike or trap.

| family | category | samples | decoys | email | phone | card | iban | ssn | ip | nino | dob | secret |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{fam_rows}

Samples with no span at all: {n_empty}.
"""

README_TAIL = """
## Labelling conventions

General: label the value only (no field names, quotes, ports or prefix lengths), but label the
*whole* written form of an obfuscated value, including inserted spaces, separators, words,
zero-width characters and line breaks.

* **email** - every syntactically complete address with a dotted domain is labelled, including
  role/no-reply addresses and reserved documentation domains (`example.com`, `.test`, `.example`,
  and `.invalid`). Obfuscated forms (`[at]`, `(dot)`, ` at `, spaced letters, HTML entities,
  `%40`, full-width `＠`, ideographic `。`, zero-width characters, upper case, base64 of the
  address, an address broken across a line, `@`/`.` spelled in German, French, Spanish or
  Polish: `ät`/`punkt`, `arobase`/`point`, `arroba`/`punto`, `małpa`/`kropka`) are labelled as
  written. **Not** e-mail: `user@host` without a dotted domain (shell prompts such as
  `deploy@web-01:~$`, `root@localhost`, `reporting@localhost` in a URL), SSH targets and remotes (`git@git.corvid-labs.test:org/repo.git`,
  `ssh ops@<ip>`), package/version pins (`lodash@4.17.21`, `mylib.git@v1.4.2`), image digests
  (`api@sha256:...`), decorators, CSS at-rules, @mentions and `name@domain` format hints.
  Convention for the brief's `user@localhost`: not an e-mail address.
* **phone** - any country's common written format, including the `+CC`, a `(0)` trunk marker and
  bare digits after a phone field. Evasions (digit words, French two-digit words, `oh` for zero,
  `I`/`O` for 1/0, keycap emoji digits, `~` or `/` separators, non-breaking hyphens, full-width
  digits, a number broken across a line) are labelled as written. Fax and toll-free numbers are
  labelled as phones. UK NHS numbers (3-3-4 digits) and part numbers that happen to look like
  3-3-4 are not phones.
* **card** - 13-19 digits passing Luhn, written whole, grouped by spaces/hyphens or (evasions)
  by dots, slashes, underscores, bars, thin spaces, zero-width characters, full-width digits,
  words, letter-for-digit substitutions (`l`/`O`) or a line break. Expiry dates, CVVs, "ending in
  1234", masked numbers, Luhn-invalid numbers (including a customer's mistyped card) and
  Luhn-valid stretches inside longer digit runs are not cards.
* **iban** - whole IBAN with valid mod-97 check, grouped or not (also lower case, hyphens, dots,
  slashes, NBSP, split across a line). BIC/SWIFT codes, UK sort code + account number, US routing
  + account, VAT IDs, masked or truncated IBANs and IBANs with wrong check digits are not labelled.
* **ssn** - valid structure only, 3-2-4 with hyphens or spaces, or 9 bare digits right after an SSN
  label (`ssn=`, `Applicant SSN:`); evasions with words, dots, slashes, underscores, spaced
  digits or zero-width characters are labelled. ITINs (9xx), EINs, Canadian SINs and structurally
  invalid numbers are neither SSN nor phone.
* **ip** - every syntactically valid IPv4/IPv6 address, including loopback, private,
  link-local and documentation ranges, written plainly or defanged (`[.]`, `(.)`, `[dot]`,
  ` dot `, spaced dots, `[:]`, zero-padded octets, full-width digits). The port, the `/24` or
  `/64` prefix length and the brackets around IPv6 are not part of the span. Version numbers,
  build numbers, OIDs, section/table/clause numbers, coordinates and similar dotted numbers are
  not addresses, even when they are valid dotted quads (`2.4.10.8`, `4.0.0.0`, `1.2.3.4`).
* **nino** - two-letter prefix without D, F, I, Q, U, V (second letter also not O) and not BG,
  GB, KN, NK, NT, TN, ZZ; six digits; suffix A-D; spaced, compact, lower case, hyphenated, slashed
  or with zero-width/full-width characters. `QQ 12 34 56 C` (documentation), TN/GB/D prefixes and
  E suffixes are not labelled.
* **dob** - a full date (day, month, year) that the text states is someone's date of birth,
  including a newborn's birth date and the birth date of a deceased person, in any written form
  (numeric, words, ordinal, Roman-numeral month, apostrophe year, full-width, `b. <date>` in an
  obituary). Year-only births ("born in 1987"), birthday-party dates, format examples
  ("e.g. 2000-01-31") and all other dates (appointments, hire, expiry, invoice, death, incorporation) are not `dob`.
* **secret** - provider keys and tokens (Stripe secret/restricted, OpenAI, Anthropic, Google,
  GitHub, GitLab, Slack, npm, PyPI, SendGrid, Mailgun, Hugging Face, Shopify, DigitalOcean,
  Telegram, Datadog, Twilio auth token, AWS secret access key), passwords given as such (prose,
  config, URL), whole private-key blocks (PEM, OpenSSH, encrypted PKCS#8, also a PEM flattened
  onto one line), whole connection strings, whole URLs with an embedded password, whole webhook
  URLs that carry their secret (Slack, Discord, Teams), JWTs, HTTP Basic credentials (base64),
  base64 values in a Kubernetes `Secret`, a password spelled out letter by letter. AWS access key
  IDs (`AKIA...`) are labelled as secrets (they are half of a credential pair and not documented
  as public). For an API URL that carries `?api_key=...` only the key value is labelled. A key split into quoted string halves is labelled
  from the first quote to the last quote.
  **Not** secrets: placeholders (`sk-...`, `<YOUR_API_KEY>`, `xxxx`, `REDACTED`, `[REDACTED]`,
  `changeme` in a "change this" comment, `your-api-key-here`, `${SLACK_BOT_TOKEN}`, the AWS
  documentation key `AKIAIOSFODNN7EXAMPLE`, base64 of `username:password`, all-zero/all-X Slack
  webhook), masked or truncated values, empty passwords, and public identifiers (Twilio Account
  SID, Stripe publishable key, AWS account IDs/ARNs, Google OAuth client IDs, SSH public keys,
  certificates, PEM public keys, GPG fingerprints, commit SHAs, checksums, npm integrity hashes,
  image digests, UUIDs/request IDs).

## Judgement calls (less certain)

* `.invalid` and `name@company.com` placeholders are labelled as e-mail because the brief says
  example-style addresses are still e-mail addresses, although `.invalid` can never be delivered.
* `AKIA...` access key IDs are labelled as secrets; the AWS documentation example
  `AKIAIOSFODNN7EXAMPLE` is not.
* The Stripe publishable key (`pk_live_...`) and the Twilio Account SID are treated as public
  identifiers (unlabelled).
* URL-encoded values (`jun.park%40...`, a password with `%21`) are labelled as written.
* A fax number is labelled `phone`.
* Interface and broadcast addresses in `ip addr` output are labelled; netmasks are avoided.
* A 19-digit UnionPay and a 19-digit Maestro number, and one 13-digit Visa, are labelled cards.
* A Canadian SIN and a UK NHS number are unlabelled because there is no kind for them, although
  they are personal data.
* Japanese DOB `１９８７年３月１４日`-style dates with full-width digits are labelled as dob.
* The birth date of a deceased person (death certificate, obituary `b. 1964-12-20`) is labelled
  dob; the date of death is not.
* Heavily spelled forms (card digits in German words, an SSN in Spanish words, a password read
  out letter by letter, an IP in English digit words, keycap-emoji phone digits) are labelled,
  on the reading that a human still recovers the value.
* Placeholder-looking connection strings in setup instructions (`postgres://user:pass@localhost...`,
  `postgres://USER:PASSWORD@HOST...`) are not secrets.
* Only the password is labelled in `login is name / password` and `router creds are admin / ...`;
  user names are not labelled.

## Provenance

Written blind on 2026-11-26 from general knowledge only: no repository, public dataset, PII
corpus, web page, other evaluation set or secret-scanner rule list was consulted. Generated
deterministically by `gen.py` with `random.Random(4201)` using only the Python 3 standard library.
"""


def write_readme(stats):
    tot = {k: 0 for k in KINDS}
    n_samples = sum(s[2] for s in stats)
    n_decoys = sum(s[3] for s in stats)
    rows = []
    for name, cat, n, dec, counts in stats:
        for k in KINDS:
            tot[k] += counts[k]
        rows.append("| %s | %s | %d | %d | %s |" % (name, cat, n, dec, " | ".join(str(counts[k]) for k in KINDS)))
    rows.append("| **total** | | **%d** | **%d** | %s |" % (n_samples, n_decoys, " | ".join("**%d**" % tot[k] for k in KINDS)))
    cats = ["ordinary", "look-alike", "evasion", "hard-negative", "mixed"]
    mix = []
    for c in cats:
        fams = [s for s in stats if s[1] == c]
        n = sum(s[2] for s in fams)
        mix.append("| %s | %d | %d | %.0f %% |" % (c, len(fams), n, 100.0 * n / n_samples))
    n_empty = 0
    for fam in FAMILIES:
        for text, _ in fam.items:
            if not spans_of(text):
                n_empty += 1
    head = README_HEAD.format(n_samples=n_samples, n_fam=len(stats), n_spans=sum(tot.values()),
                              mix_rows="\n".join(mix), fam_rows="\n".join(rows), n_empty=n_empty)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + reflow(README_TAIL))


def reflow(md, width=100):
    """Re-wrap the prose/bullet part of the README (no tables or code blocks in it)."""
    import textwrap
    out = []
    for block in md.split("\n\n"):
        lines = block.split("\n")
        items, cur = [], None
        for ln in lines:
            if ln.startswith("## ") or ln == "":
                items.append(("raw", ln))
                cur = None
            elif ln.startswith("* "):
                cur = ["bullet", ln[2:]]
                items.append(cur)
            elif cur is not None and cur[0] in ("bullet", "para"):
                cur[1] += " " + ln.strip()
            else:
                cur = ["para", ln]
                items.append(cur)
        text = []
        for kind, body in items:
            if kind == "raw":
                text.append(body)
            elif kind == "bullet":
                text.append(textwrap.fill(body, width, initial_indent="* ", subsequent_indent="  ",
                                          break_long_words=False, break_on_hyphens=False))
            else:
                text.append(textwrap.fill(body, width, break_long_words=False, break_on_hyphens=False))
        out.append("\n".join(text))
    return "\n\n".join(out)


if __name__ == "__main__":
    main()
