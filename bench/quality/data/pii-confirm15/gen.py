#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set "pii-c15".

Standard library only.  One random.Random(15377) drives every choice, so two
runs write a byte-identical set.txt.  Every template below is hand-written and
used exactly once (one template = one sample).

Run:  python3 gen.py      (writes set.txt next to this file)
      python3 check.py    (validates it)

Template mini-language (placeholders between U+27E6 and U+27E7):
  [[gen(args)#tag|tf|tf]]   labelled value; kind comes from the generator
  [[~gen(args)#tag|tf]]     generated look-alike (unlabelled, counted)
  [[=text]]                 literal look-alike (unlabelled, counted)
  [[!kind=text]]            literal labelled value
  [[%gen(args)#tag|tf]]     generated neutral text (unlabelled, not counted)
(with the real delimiters instead of [[ ]]).  A #tag re-uses the raw value of an
earlier placeholder with the same tag in the same sample; |tf applies an
obfuscation (b64, url, spell(lang), spoken, zw, fw, at(lang), digits(script), nl, ...).
The "# look-alikes: N" line of a family is the number of ~ and = placeholders in
its templates, i.e. the items planted by hand.
"""
import base64
import datetime
import hashlib
import os
import random
import re
import string
import sys
import unicodedata
import urllib.parse

R = random.Random(15377)
OPEN, CLOSE = "\u27e6", "\u27e7"
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_check(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(n) % 97)


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
              "3530111333300000", "4012888888881881", "5200828282828210", "6011000990139424", "4000000000000002", "4000000000009995"}
SAMPLE_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819",
                "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332"}


def ssn_ok(a, g, s):
    if a in (0, 666) or a >= 900 or g == 0 or s == 0:
        return False
    if (a, g, s) in ((78, 5, 1120), (219, 9, 9999), (123, 45, 6789)):
        return False
    return True


NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIOQUV")
NINO_BADPFX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(p, suffix):
    return (p[0] not in NINO_BAD1 and p[1] not in NINO_BAD2 and p not in NINO_BADPFX
            and suffix in "ABCD")


# ---------------------------------------------------------------- name pools
NAMES = {
    "gen": ["james.porter", "olivia.grant", "m.okafor", "sarah_lindqvist", "dkowalczyk", "tom.hennessy",
            "priya.raman", "lucas.moreau", "aiko.tanaka", "hannah.weber", "rkhan", "ethan.brooks",
            "sofia.marin", "jmcallister", "n.adeyemi", "leah.rosen", "carlos.vidal", "emma.fournier"],
    "br": ["ana.souza", "joao.pereira", "mariana.lima", "thiago_rocha", "bia.carvalho", "fernanda.alves",
           "pedro.henrique", "lucas.ferreira", "camila.ribeiro"],
    "id": ["budi.santoso", "siti.rahma", "dewi_lestari", "agus.wijaya", "putri.ayu", "rizky.pratama",
           "nurul.hidayah", "andi.saputra"],
    "vn": ["nguyen.thuha", "tran.minhduc", "le.thanhtam", "phamquanghuy", "hoang.lan", "vu.ngoc.anh"],
    "th": ["somchai.k", "nattaya.s", "kittipong.w", "pimchanok.j", "anan.thong", "supaporn.r"],
    "pl": ["k.nowak", "anna.wisniewska", "tomasz.wojcik", "m.kaminski", "ola.lewandowska", "piotr.zielinski"],
    "ro": ["andrei.popescu", "ioana.ionescu", "mihai.dumitru", "elena.stan", "cristi.georgescu"],
    "gr": ["giorgos.papadopoulos", "maria.nikolaou", "k.georgiou", "eleni.dimitriou", "nikos.vlachos"],
    "il": ["yossi.cohen", "noa.levi", "a.mizrahi", "tamar.peretz", "avi.biton"],
    "ir": ["reza.ahmadi", "sara.hosseini", "m.karimi", "niloofar.rezaei", "ali.moradi"],
    "pk": ["ahmed.raza", "ayesha.malik", "usman.tariq", "fatima.sheikh", "bilal.qureshi"],
    "bd": ["rahim.uddin", "nusrat.jahan", "tanvir.hasan", "farhana.akter", "sabbir.ahmed"],
    "ng": ["tunde.adebayo", "aisha.bello", "chinedu.okeke", "funmi.adeyemi", "musa.abubakar", "yusuf.garba",
           "halima.sani", "kemi.ogunleye"],
    "za": ["thandiwe.nkosi", "sipho.dlamini", "lindiwe.zulu", "bongani.mthembu", "nomsa.khumalo"],
    "pe": ["rosa.quispe", "juan.mamani", "luz.huaman", "wilber.condori", "yeni.ccori"],
    "de": ["jonas.becker", "lena.schmitt", "f.hoffmann", "katrin.wolf", "moritz.schulz"],
    "fr": ["camille.durand", "julien.leroy", "manon.petit", "h.girard"],
    "es": ["lucia.garcia", "javier.moreno", "marta.ruiz", "d.navarro"],
    "jp": ["yuki.sato", "haruto.suzuki", "mei.takahashi", "k.watanabe"],
    "tr": ["mehmet.yilmaz", "elif.kaya", "burak.demir"],
}
DOMAINS = {
    "gen": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me", "icloud.com", "fastmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com", "telkom.net"],
    "vn": ["gmail.com", "yahoo.com.vn", "fpt.vn", "vnn.vn"],
    "th": ["gmail.com", "hotmail.co.th", "yahoo.co.th"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "ro": ["yahoo.ro", "gmail.com", "rdslink.ro"],
    "gr": ["gmail.com", "otenet.gr", "yahoo.gr"],
    "il": ["gmail.com", "walla.co.il", "012.net.il"],
    "ir": ["gmail.com", "yahoo.com", "chmail.ir"],
    "pk": ["gmail.com", "yahoo.com", "hotmail.com"],
    "bd": ["gmail.com", "yahoo.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za"],
    "pe": ["gmail.com", "hotmail.com", "yahoo.es"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "jp": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
}


def g_email(ctx, a, raw):
    if raw is None:
        reg = a[0] if a and a[0] in NAMES else "gen"
        local = R.choice(NAMES[reg])
        if R.random() < 0.45:
            local += str(R.randint(1, 99) if R.random() < 0.6 else R.randint(1970, 2005))
        if a and len(a) > 1:
            dom = a[1]
        elif a and a[0] not in NAMES:
            dom = a[0]
        else:
            dom = R.choice(DOMAINS[reg])
        raw = local + "@" + dom
    return raw, raw


# ---------------------------------------------------------------- phones
US_AREAS = [212, 213, 312, 415, 617, 713, 206, 305, 404, 512, 602, 646, 702, 718, 773, 818, 917, 929,
            303, 347, 469, 503, 615, 619, 651, 678, 720, 774, 832, 857]


def nd(n, first="0123456789"):
    return R.choice(first) + rs(DIG, n - 1)


def phone_digits(cc):
    """return (country code, national significant number, grouping pattern national, prefix)"""
    if cc == "us":
        while True:
            ex = R.randint(201, 989)
            if ex != 555 and ex % 100 != 11:
                break
        return "1", "%d%03d%s" % (R.choice(US_AREAS), ex, rs(DIG, 4))
    if cc == "uk":
        while True:
            n = "7" + R.choice("1234579") + rs(DIG, 8)
            if not n.startswith("7700900"):
                return "44", n
    if cc == "uk_land":
        while True:
            n = "20" + R.choice("378") + rs(DIG, 7)
            if not n.startswith("207946"):
                return "44", n
    table = {
        "de": ("49", lambda: R.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177"]) + rs(DIG, 7 + R.randint(0, 1))),
        "de_land": ("49", lambda: R.choice(["30", "40", "89", "221", "69", "711"]) + nd(7, "23456789")),
        "fr": ("33", lambda: R.choice("67") + rs(DIG, 8)),
        "br": ("55", lambda: R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"]) + "9" + nd(8, "6789")),
        "id": ("62", lambda: "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "55", "56", "57", "77", "78", "95", "96", "97", "81", "82", "38"]) + rs(DIG, R.choice([7, 8, 8]))),
        "vn": ("84", lambda: R.choice(["91", "94", "98", "97", "96", "90", "93", "35", "36", "37", "38", "39", "70", "77", "79", "81", "83", "86"]) + rs(DIG, 7)),
        "th": ("66", lambda: R.choice("689") + R.choice("0123456789") + rs(DIG, 7)),
        "pl": ("48", lambda: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + rs(DIG, 7)),
        "ro": ("40", lambda: "7" + R.choice(["20", "21", "22", "23", "24", "26", "28", "29", "30", "31", "40", "44", "45", "46", "47", "49", "50", "51", "52", "53", "54", "55", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88"]) + rs(DIG, 6)),
        "gr": ("30", lambda: "69" + R.choice("3456789") + rs(DIG, 7)),
        "il": ("972", lambda: "5" + R.choice("0234578") + rs(DIG, 7)),
        "ir": ("98", lambda: "9" + R.choice(["12", "13", "15", "17", "19", "01", "02", "03", "35", "36", "37", "38", "39"]) + rs(DIG, 7)),
        "pk": ("92", lambda: "3" + R.choice(["00", "01", "03", "05", "07", "08", "11", "12", "13", "21", "22", "33", "45", "46"]) + rs(DIG, 7)),
        "bd": ("880", lambda: "1" + R.choice("3456789") + rs(DIG, 8)),
        "ng": ("234", lambda: R.choice(["803", "806", "813", "816", "703", "706", "803", "805", "807", "815", "905", "802", "808", "812", "701", "902", "809", "817", "818", "909"]) + rs(DIG, 7)),
        "za": ("27", lambda: R.choice(["60", "61", "62", "63", "64", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"]) + rs(DIG, 7)),
        "pe": ("51", lambda: "9" + rs(DIG, 8)),
        "in": ("91", lambda: R.choice("6789") + rs(DIG, 9)),
        "jp": ("81", lambda: R.choice(["80", "90", "70"]) + nd(8, "123456789")),
        "es": ("34", lambda: R.choice("67") + rs(DIG, 8)),
        "it": ("39", lambda: "3" + R.choice(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "68", "80", "88", "89", "91", "92"]) + rs(DIG, 7)),
        "nl": ("31", lambda: "6" + nd(8, "1234")),
        "tr": ("90", lambda: "5" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "42", "43", "44", "45", "46", "49", "51", "52", "53", "54", "55", "59"]) + rs(DIG, 7)),
        "ke": ("254", lambda: "7" + R.choice(["01", "02", "10", "11", "12", "13", "20", "21", "22", "23", "40", "41", "42", "90", "91", "92", "93"]) + rs(DIG, 6)),
        "mx": ("52", lambda: R.choice(["55", "33", "81"]) + rs(DIG, 8)),
        "au": ("61", lambda: "4" + R.choice("0123456789") + rs(DIG, 7)),
        "ru": ("7", lambda: "9" + R.choice(["16", "03", "05", "15", "25", "26", "85", "99", "62", "77"]) + rs(DIG, 7)),
        "cn": ("86", lambda: "1" + R.choice(["38", "39", "36", "58", "59", "86", "88", "37", "50", "51", "52", "87"]) + rs(DIG, 8)),
        "kr": ("82", lambda: "10" + nd(8, "23456789")),
        "ca": ("1", None),
    }
    if cc == "ca":
        return "1", "%d%03d%s" % (R.choice([416, 604, 514, 403, 613, 647, 778]), R.randint(201, 989) if True else 0, rs(DIG, 4))
    c, f = table[cc]
    return c, f()


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def fmt_phone(cc, code, n, style):
    base = cc.split("_")[0]
    if style == "e164":
        return "+" + code + n
    if style == "digits":
        return n if base in ("us", "ca") else "0" + n
    intl = style == "intl"
    if base in ("us", "ca"):
        if intl:
            return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if base == "uk":
        if n.startswith("7"):
            return ("+44 " + n[:4] + " " + n[4:]) if intl else ("0" + n[:4] + " " + n[4:])
        return ("+44 " + grp(n, [2, 4, 4])) if intl else ("0" + grp(n, [2, 4, 4]))
    nat_sizes = {"de": [3, 8], "fr": [1, 2, 2, 2, 2], "br": [2, 5, 4], "id": [3, 4, 4], "vn": [3, 3, 3],
                 "th": [2, 3, 4], "pl": [3, 3, 3], "ro": [3, 3, 3], "gr": [3, 3, 4], "il": [2, 3, 4],
                 "ir": [3, 3, 4], "pk": [3, 7], "bd": [4, 6], "ng": [3, 3, 4], "za": [2, 3, 4],
                 "pe": [3, 3, 3], "in": [5, 5], "jp": [2, 4, 4], "es": [3, 3, 3], "it": [3, 3, 4],
                 "nl": [1, 8], "tr": [3, 3, 2, 2], "ke": [3, 3, 3], "mx": [2, 4, 4], "au": [3, 3, 3],
                 "ru": [3, 3, 2, 2], "cn": [3, 4, 4], "kr": [2, 4, 4]}[base]
    if base == "de" and cc == "de_land":
        nat_sizes = [len(n) - 7 if len(n) - 7 in (2, 3) else 3, 8]
    body = grp(n, nat_sizes, " ")
    if intl:
        return "+" + code + " " + body
    trunk = {"pl": "", "pe": "", "in": "0", "es": "", "it": "", "ru": "8 ", "cn": "", "mx": "", "ke": "0",
             "gr": "", "br": ""}.get(base, "0")
    if base == "br":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if base in ("pk", "bd", "il", "jp", "kr"):
        body = grp(n, nat_sizes, "-")
    return trunk + body


def g_phone(ctx, a, raw):
    cc = a[0] if a else "us"
    style = a[1] if len(a) > 1 else R.choice(["intl", "nat", "nat"])
    if raw is None:
        raw = phone_digits(cc)
    code, n = raw
    return raw, fmt_phone(cc, code, n, style)


# ---------------------------------------------------------------- cards
def card_number(brand):
    while True:
        if brand == "visa":
            body = "4" + rs(DIG, 14)
        elif brand == "mc":
            body = (str(R.randint(51, 55)) + rs(DIG, 13)) if R.random() < 0.7 else (str(R.randint(2221, 2720)) + rs(DIG, 11))
        elif brand == "amex":
            body = R.choice(["34", "37"]) + rs(DIG, 12)
        elif brand == "disc":
            body = "6011" + rs(DIG, 11)
        elif brand == "jcb":
            body = str(R.randint(3528, 3589)) + rs(DIG, 11)
        elif brand == "cup":
            body = "62" + R.choice(["2", "4", "5", "6", "8"]) + rs(DIG, 12)
        elif brand == "cup19":
            body = "62" + rs(DIG, 16)
        elif brand == "diners":
            body = "36" + rs(DIG, 11)
        elif brand == "maestro":
            body = R.choice(["6759", "6761", "5018", "5020"]) + rs(DIG, 11)
        elif brand == "elo":
            body = R.choice(["636368", "438935", "504175", "451416"]) + rs(DIG, 9)
        elif brand == "mir":
            body = "220" + R.choice("01234") + rs(DIG, 11)
        elif brand == "rupay":
            body = R.choice(["6521", "6522", "6080", "6081"]) + rs(DIG, 11)
        elif brand == "troy":
            body = "9792" + rs(DIG, 11)
        else:
            raise ValueError(brand)
        n = body + luhn_digit(body)
        if n not in TEST_CARDS:
            return n


def fmt_card(n, style):
    if style == "plain":
        return n
    sep = {"spaced": " ", "dashed": "-"}.get(style, " ")
    if len(n) == 15:
        return grp(n, [4, 6, 5], sep)
    if len(n) == 14:
        return grp(n, [4, 6, 4], sep)
    return grp(n, [4, 4, 4, 4, 3], sep)


def g_card(ctx, a, raw):
    brand = a[0] if a else "visa"
    style = a[1] if len(a) > 1 else R.choice(["plain", "spaced", "spaced", "dashed"])
    if raw is None:
        raw = card_number(brand)
    return raw, fmt_card(raw, style)


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {"DE": "18n", "FR": "23n", "GB": "4a14n", "NL": "4a10n", "BE": "12n", "ES": "20n", "IT": "1a22n",
             "PL": "24n", "RO": "4a16n", "GR": "23n", "PT": "21n", "TR": "22n", "IL": "19n", "AT": "16n",
             "CH": "17n", "SE": "20n", "NO": "11n", "IE": "4a14n", "BR": "23n1a1a", "PK": "4a16n",
             "SA": "20n", "AE": "19n", "FI": "14n", "DK": "14n", "LT": "16n", "HU": "24n", "CZ": "20n",
             "UA": "25n", "LU": "16n", "HR": "17n", "BG": "4a14n", "EG": "25n", "QA": "4a21n", "JO": "4a22n"}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "REVO", "SRLG"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"],
         "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"],
         "PK": ["HABB", "MEZN", "UNIL", "ALFH", "SCBL"], "BG": ["UNCR", "BPBI", "FINV"], "QA": ["QNBA", "DOHB"], "JO": ["ARAB", "CBJO"]}


def bban_for(cc):
    spec = IBAN_SPEC[cc]
    out = ""
    for num, t in re.findall(r"(\d+)([an])", spec):
        k = int(num)
        if t == "n":
            out += rs(DIG, k)
        elif k == 4 and cc in BANKS and not out:
            out += R.choice(BANKS[cc])
        else:
            out += rs(UP, k)
    if cc == "BE":
        first = out[:10]
        c = int(first) % 97 or 97
        out = first + "%02d" % c
    if cc == "TR":
        out = out[:5] + "0" + out[6:]
    if cc == "BR":
        out = out[:23] + "C1"
    return out


def iban_number(cc):
    while True:
        b = bban_for(cc)
        s = cc + iban_check(cc, b) + b
        if s not in SAMPLE_IBANS:
            return s


def fmt_iban(s, style):
    if style == "plain":
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def g_iban(ctx, a, raw):
    cc = (a[0] if a else "DE").upper()
    style = a[1] if len(a) > 1 else R.choice(["plain", "print", "print"])
    if raw is None:
        raw = iban_number(cc)
    return raw, fmt_iban(raw, style)


# ---------------------------------------------------------------- SSN / NINO
def ssn_number():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if ssn_ok(a, g, s):
            return "%03d%02d%04d" % (a, g, s)


def g_ssn(ctx, a, raw):
    style = a[0] if a else "dash"
    if raw is None:
        raw = ssn_number()
    if style == "plain":
        return raw, raw
    sep = {"dash": "-", "space": " ", "dot": "."}[style]
    return raw, raw[:3] + sep + raw[3:5] + sep + raw[5:]


def nino_number():
    while True:
        p = R.choice(UP) + R.choice(UP)
        suf = R.choice("ABCD")
        if nino_ok(p, suf):
            return p + rs(DIG, 6) + suf


def g_nino(ctx, a, raw):
    style = a[0] if a else R.choice(["sp", "plain"])
    if raw is None:
        raw = nino_number()
    if style == "plain":
        return raw, raw
    if style == "lower":
        return raw, raw.lower()
    return raw, "%s %s %s %s %s" % (raw[:2], raw[2:4], raw[4:6], raw[6:8], raw[8])


# ---------------------------------------------------------------- IP
V4_FIRST = [23, 31, 37, 41, 45, 46, 62, 77, 78, 81, 82, 85, 86, 89, 91, 93, 94, 95, 102, 103, 105, 109,
            112, 113, 114, 116, 117, 118, 121, 122, 124, 125, 139, 141, 151, 154, 171, 175, 176, 177, 178,
            179, 180, 182, 183, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 200, 201, 212,
            213, 217]


def g_ip(ctx, a, raw):
    v = a[0] if a else "v4"
    if raw is None:
        if v == "v6":
            pre = R.choice(["2a02", "2a01", "2603", "2600", "2409", "2405", "2804", "2c0f", "2a00", "2406", "2001:4860"])
            parts = pre.split(":")
            while len(parts) < 8:
                parts.append("%x" % R.randint(0, 0xffff))
            if parts[:2] == ["2001", "db8"]:
                parts[1] = "470"
            raw = ":".join(parts)
        else:
            while True:
                o = [R.choice(V4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
                s = ".".join(map(str, o))
                if s not in ("1.1.1.1", "9.9.9.9", "8.8.8.8"):
                    raw = s
                    break
    text = raw
    if v == "v6" and len(a) > 1 and a[1] == "short":
        p = raw.split(":")
        text = ":".join(p[:3]) + "::" + ":".join(p[6:])
    return raw, text


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split(),
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "yo": "Ṣẹ́rẹ́ Èrèlè Ẹrẹ̀nà Ìgbé Ẹ̀bibi Òkúdu Agẹmọ Ògún Owewe Ọ̀wàrà Bélú Ọ̀pẹ̀".split(),
    "ha": "Janairu Faburairu Maris Afirilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba".split(),
    "zu": "Januwari Februwari Mashi Ephreli Meyi Juni Julayi Agasti Septhemba Okthoba Novemba Disemba".split(),
    "qu": "qhapaq_raymi uchuy_puquy hatun_puquy pawqar_waray ayriwa aymuray inti_raymi anta_situwa qhapaq_situwa uma_raymi aya_marqay kapaq_raymi".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
SCRIPT_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "bn": "০১২৩৪৫৬৭৮৯", "th": "๐๑๒๓๔๕๖๗๘๙",
                 "hi": "०१२३४५६७८९", "fw": "０１２３４５６７８９"}


def to_jalali(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + days // 31
        jd = 1 + days % 31
    else:
        jm = 7 + (days - 186) // 30
        jd = 1 + (days - 186) % 30
    return jy, jm, jd


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    if f == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if f == "dmy":
        return "%02d/%02d/%04d" % (dd, m, y)
    if f == "dmy1":
        return "%d/%d/%04d" % (dd, m, y)
    if f == "mdy":
        return "%02d/%02d/%04d" % (m, dd, y)
    if f == "dot":
        return "%02d.%02d.%04d" % (dd, m, y)
    if f == "dash":
        return "%02d-%02d-%04d" % (dd, m, y)
    if f == "ymd":
        return "%04d/%02d/%02d" % (y, m, dd)
    if f == "ymd_dot":
        return "%04d.%02d.%02d" % (y, m, dd)
    if f == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if f == "us_long":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y)
    if f == "en_long":
        return "%d %s %d" % (dd, MONTHS["en"][m - 1], y)
    if f == "mon":
        return "%02d %s %d" % (dd, MONTHS["en"][m - 1][:3].upper(), y)
    if f == "mon_dash":
        return "%02d-%s-%d" % (dd, MONTHS["en"][m - 1][:3].upper(), y)
    if f == "ja":
        return "%d年%d月%d日" % (y, m, dd)
    if f == "ja_era":
        if y >= 1989:
            return "平成%d年%d月%d日" % (y - 1988, m, dd) if y > 1989 else "平成元年%d月%d日" % (m, dd)
        return "昭和%d年%d月%d日" % (y - 1925, m, dd)
    if f == "kr":
        return "%d년 %d월 %d일" % (y, m, dd)
    if f == "vi":
        return "ngày %d tháng %d năm %d" % (dd, m, y)
    if f == "th":
        return "%d %s %d" % (dd, MONTHS["th"][m - 1], y + 543)
    if f == "th_num":
        return "%02d/%02d/%d" % (dd, m, y + 543)
    if f == "fa":
        jy, jm, jd = to_jalali(y, m, dd)
        s = "%04d/%02d/%02d" % (jy, jm, jd)
        return s.translate(str.maketrans(DIG, SCRIPT_DIGITS["fa"]))
    if f == "fa_long":
        jy, jm, jd = to_jalali(y, m, dd)
        return ("%d %s %d" % (jd, FA_MONTHS[jm - 1], jy)).translate(str.maketrans(DIG, SCRIPT_DIGITS["fa"]))
    if f == "fa_lat":
        jy, jm, jd = to_jalali(y, m, dd)
        return "%04d/%02d/%02d" % (jy, jm, jd)
    if f == "bn":
        return ("%d %s %d" % (dd, MONTHS["bn"][m - 1], y)).translate(str.maketrans(DIG, SCRIPT_DIGITS["bn"]))
    if f == "he":
        return "%d %s %d" % (dd, MONTHS["he"][m - 1], y)
    if f == "de":
        return "%d. %s %d" % (dd, MONTHS["de"][m - 1], y)
    if f == "es":
        return "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y)
    if f == "pt":
        return "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y)
    if f == "ru":
        return "%d %s %d г." % (dd, MONTHS["ru"][m - 1], y)
    if f == "yo":
        return "ọjọ́ %d oṣù %s, %d" % (dd, MONTHS["yo"][m - 1], y)
    if f == "qu":
        return "%d %s killa, %d" % (dd, MONTHS["qu"][m - 1].replace("_", " "), y)
    if f in MONTHS:
        return "%d %s %d" % (dd, MONTHS[f][m - 1], y)
    if f == "mrz":
        return "%02d%02d%02d" % (y % 100, m, dd)
    raise ValueError(f)


def rand_date(lo, hi):
    a = datetime.date(lo, 1, 1).toordinal()
    b = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def g_dob(ctx, a, raw):
    f = a[0] if a else "iso"
    rng = a[1] if len(a) > 1 else "adult"
    if raw is None:
        raw = {"adult": lambda: rand_date(1948, 2003), "child": lambda: rand_date(2009, 2019),
               "old": lambda: rand_date(1930, 1955), "young": lambda: rand_date(1995, 2006)}[rng]()
    return raw, fmt_date(raw, f)


def g_date(ctx, a, raw):
    """a non-birth date (neutral or look-alike)"""
    f = a[0] if a else "iso"
    if raw is None:
        raw = rand_date(2019, 2026) if not (len(a) > 1 and a[1] == "future") else rand_date(2027, 2035)
    return raw, fmt_date(raw, f)


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Saudade", "Rahasia", "Kochanie", "Matahari",
            "Bintang", "Mamaia", "Thalassa", "Shalom", "Golestan", "Pakistan", "Dhaka", "Lagos", "Kano",
            "Ubuntu", "Inti", "Cusco", "Flamengo", "Corinthians", "Warszawa", "Hanoi", "Sawasdee", "Olympos",
            "Tehran", "Lahore", "Ilorin", "Soweto", "Arequipa", "Bandung", "Legia", "Dinamo", "Panathinaikos"]


def g_pw(ctx, a, raw):
    style = a[0] if a else R.choice(["word", "rand", "phrase"])
    if raw is None:
        if style == "word":
            raw = R.choice(PW_WORDS) + R.choice(["", "@", "_", "#"]) + str(R.randint(1, 2025)) + R.choice(["!", "", "$", "*", "!!"])
            if R.random() < 0.3:
                raw = raw.replace("a", "@", 1).replace("o", "0", 1)
        elif style == "phrase":
            raw = "-".join(R.choice(["copper", "lantern", "mango", "river", "velvet", "orbit", "tiger", "cactus",
                                     "harbor", "pepper", "glacier", "violin", "saffron", "quartz"]) for _ in range(4)) + str(R.randint(0, 99))
        elif style == "safe":
            raw = rs(ALNUM, R.randint(10, 16)) + R.choice("_-.!*") + rs(ALNUM, R.randint(3, 6))
        elif style == "pin":
            raw = rs(DIG, R.choice([4, 6]))
        else:
            raw = rs(ALNUM + "!#%&*+-=?@^_", R.randint(14, 24))
    return raw, raw


def pem_body(nbytes):
    b = base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def jwt_token(claims=None):
    hdr = {"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if claims is None:
        claims = {"sub": str(R.randint(10000, 9999999)), "iat": R.randint(1700000000, 1790000000),
                  "exp": R.randint(1790000000, 1800000000), "scope": R.choice(["read write", "admin", "orders:read"])}

    def enc(o):
        import json
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))).decode().rstrip("=")
    return enc(hdr) + "." + enc(claims) + "." + sig


def g_secret(ctx, a, raw):
    t = a[0] if a else "gh"
    if raw is not None:
        return raw, raw
    if t == "akid":
        raw = R.choice(["AKIA", "ASIA"]) + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif t == "aws":
        raw = rs(ALNUM + "+/", 40)
    elif t == "gh":
        raw = "ghp_" + rs(ALNUM, 36)
    elif t == "gho":
        raw = "gho_" + rs(ALNUM, 36)
    elif t == "ghs":
        raw = "ghs_" + rs(ALNUM, 36)
    elif t == "ghfg":
        raw = "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)
    elif t == "glpat":
        raw = "glpat-" + rs(ALNUM + "-_", 20)
    elif t == "xoxb":
        raw = "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 12, 10 ** 13), rs(ALNUM, 24))
    elif t == "xoxp":
        raw = "xoxp-%d-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 12, 10 ** 13), rs(HEX, 32))
    elif t == "slackhook":
        raw = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))
    elif t == "stripe":
        raw = "sk_live_" + rs(ALNUM, R.choice([24, 99]))
    elif t == "rk":
        raw = "rk_live_" + rs(ALNUM, 24)
    elif t == "whsec":
        raw = "whsec_" + rs(ALNUM, 32)
    elif t == "gapi":
        raw = "AIza" + rs(ALNUM + "-_", 35)
    elif t == "openai":
        raw = "sk-proj-" + rs(ALNUM + "-_", 120) + "T3BlbkFJ" + rs(ALNUM + "-_", 20)
    elif t == "anthropic":
        raw = "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"
    elif t == "sendgrid":
        raw = "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)
    elif t == "twilio":
        raw = rs(HEX, 32)
    elif t == "npm":
        raw = "npm_" + rs(ALNUM, 36)
    elif t == "pypi":
        raw = "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 140)
    elif t == "jwt":
        raw = jwt_token()
    elif t == "azure":
        raw = base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
    elif t == "discord":
        raw = base64.b64encode(str(R.randint(10 ** 17, 10 ** 18)).encode()).decode().rstrip("=") + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)
    elif t == "telegram":
        raw = "%d:%s" % (R.randint(10 ** 9, 8 * 10 ** 9), "AA" + rs(B64URL, 33))
    elif t == "mailgun":
        raw = "key-" + rs(HEX, 32)
    elif t == "shopify":
        raw = "shpat_" + rs(HEX, 32)
    elif t == "do":
        raw = "dop_v1_" + rs(HEX, 64)
    elif t == "hf":
        raw = "hf_" + rs(ALNUM, 34)
    elif t == "dd":
        raw = rs(HEX, 32)
    elif t == "django":
        raw = "django-insecure-" + rs(LO + DIG + "!@#$%^&*(-_=+)", 50)
    elif t == "hex32":
        raw = rs(HEX, 32)
    elif t == "hex64":
        raw = rs(HEX, 64)
    elif t == "square":
        raw = "EAAA" + rs(ALNUM + "-_", 60)
    elif t == "braintree":
        raw = "access_token$production$%s$%s" % (rs(LO + DIG, 16), rs(HEX, 32))
    elif t == "age":
        raw = "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
    elif t == "vault":
        raw = "hvs." + rs(ALNUM + "_-", 90)
    elif t == "tfc":
        raw = rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)
    elif t == "linear":
        raw = "lin_api_" + rs(ALNUM, 40)
    elif t == "mapbox":
        raw = "sk.eyJ1Ijoi" + rs(B64URL, 60) + "." + rs(B64URL, 22)
    elif t == "gcp_pk":
        raw = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(pem_body(1190)) + "\\n-----END PRIVATE KEY-----\\n"
    elif t in ("pem_rsa", "pem_ec", "pem_openssh", "pem_pkcs8"):
        label = {"pem_rsa": "RSA PRIVATE KEY", "pem_ec": "EC PRIVATE KEY", "pem_openssh": "OPENSSH PRIVATE KEY",
                 "pem_pkcs8": "PRIVATE KEY"}[t]
        n = {"pem_rsa": 1190, "pem_ec": 121, "pem_openssh": 380, "pem_pkcs8": 1216}[t]
        body = pem_body(n)
        if len(a) > 1 and a[1] == "short":
            body = body[:2] + ["..."]
        raw = "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(body), label)
    elif t == "cookie":
        raw = rs(ALNUM, 32)
    elif t == "sess":
        raw = "s%3A" + rs(ALNUM + "-_", 32) + "." + rs(ALNUM + "%", 43)
    elif t == "oauth":
        raw = "ya29." + rs(ALNUM + "-_", 150)
    elif t == "b64pw":
        raw = base64.b64encode(g_pw(ctx, ["word"], None)[0].encode()).decode()
    else:
        raise ValueError(t)
    return raw, raw


def g_basic(ctx, a, raw):
    """Basic auth token: base64(user:password)"""
    if raw is None:
        user = a[0] if a else R.choice(["admin", "deploy", "ci-bot", "svc_reports", "api"])
        raw = base64.b64encode((user + ":" + g_pw(ctx, [], None)[0]).encode()).decode()
    return raw, raw


# ---------------------------------------------------------------- look-alike generators
def _no_card_run(s):
    for m in re.finditer(r"\d{13,19}", s):
        if luhn_ok(m.group()):
            return False
    return True


def reroll(f):
    for _ in range(200):
        v = f()
        if _no_card_run(v):
            return v
    raise RuntimeError("reroll")


def bad_luhn(n):
    last = int(n[-1])
    return n[:-1] + str((last + R.randint(1, 9)) % 10)


def la(ctx, name, a):
    A = a + [None] * 4
    if name == "uuid":
        return "%s-%s-4%s-%s%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 3), R.choice("89ab"), rs(HEX, 3), rs(HEX, 12))
    if name == "sha":
        return reroll(lambda: rs(HEX, 40))
    if name == "sha7":
        return rs(HEX, 7)
    if name == "sha256":
        return reroll(lambda: rs(HEX, 64))
    if name == "md5":
        return reroll(lambda: rs(HEX, 32))
    if name == "digest":
        return "sha256:" + reroll(lambda: rs(HEX, 64))
    if name == "integrity":
        return "sha512-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
    if name == "order":
        p = A[0] or R.choice(["ORD", "SO", "PO", "INV"])
        return reroll(lambda: "%s-%d-%s" % (p, R.randint(2021, 2026), rs(DIG, R.choice([5, 6, 7]))))
    if name == "num":
        k = int(A[0] or 8)
        return reroll(lambda: nd(k, "123456789"))
    if name == "pnr":
        return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if name == "eticket":
        return reroll(lambda: R.choice(["176", "157", "125", "016", "220", "057", "235", "618", "738", "126", "081"]) + rs(DIG, 10))
    if name == "track":
        t = A[0] or "ups"
        if t == "ups":
            return "1Z" + rs(UP + DIG, 6) + rs(DIG, 10)
        if t == "usps":
            return "9400" + rs(DIG, 18)
        if t == "dhl":
            return reroll(lambda: rs(DIG, 10))
        if t == "fedex":
            return reroll(lambda: rs(DIG, 12))
        if t == "jne":
            return "JP" + rs(DIG, 10) if R.random() < 0.5 else "CGK" + rs(UP, 2) + rs(DIG, 8)
        if t == "jnt":
            return "JX" + rs(DIG, 10)
        if t == "spx":
            return "SPXID0" + rs(DIG, 11)
        if t == "ghn":
            return "GHN" + rs(UP + DIG, 8)
        if t == "kerry":
            return "KEX" + rs(DIG, 9)
        if t == "flash":
            return "TH" + rs(DIG, 10) + rs(UP, 1)
        if t == "inpost":
            return reroll(lambda: "6" + rs(DIG, 23))
        if t == "fan":
            return reroll(lambda: rs(DIG, 12))
        if t == "upu":
            return R.choice(["RR", "LX", "EE", "CP", "RB"]) + rs(DIG, 9) + (A[1] or R.choice(["PL", "RO", "GR", "BR", "TH", "VN", "CN"]))
        if t == "postnl":
            return "3S" + rs(UP, 4) + rs(DIG, 9)
        if t == "royal":
            return rs(UP, 2) + rs(DIG, 9) + "GB"
        if t == "glovo":
            return "GLV-" + rs(UP + DIG, 8)
    if name == "ver":
        return "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 30))
    if name == "ver4":
        return "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(300, 30000), R.randint(1, 5000))
    if name == "epoch":
        return str(R.randint(1700000000, 1790000000))
    if name == "epochms":
        return reroll(lambda: str(R.randint(1700000000000, 1790000000000)))
    if name == "ts":
        d = rand_date(2024, 2026)
        return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    if name == "date":
        return g_date(ctx, a, None)[1]
    if name == "reqid":
        return rs(HEX, 16)
    if name == "build":
        return str(R.randint(1000, 99999))
    if name == "badcard":
        n = card_number(A[0] or "visa")
        return fmt_card(bad_luhn(n), A[1] or "spaced")
    if name == "gift":
        k = int(A[0] or 16)
        return fmt_card(reroll(lambda: rs(DIG, k)), A[1] or "plain")
    if name == "masked":
        n = card_number(A[0] or "visa")
        st = A[1] or "stars"
        if st == "stars":
            return "**** **** **** " + n[-4:]
        if st == "x":
            return "XXXX-XXXX-XXXX-" + n[-4:]
        if st == "bin":
            return n[:6] + "******" + n[-4:]
        if st == "dots":
            return "•••• " + n[-4:]
        return "ending " + n[-4:]
    if name == "badiban":
        s = iban_number((A[0] or "DE").upper())
        while True:
            i = R.randrange(4, len(s))
            if s[i].isdigit():
                t = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
                if not iban_ok(t):
                    break
        return fmt_iban(t, A[1] or "print")
    if name == "maskiban":
        s = iban_number((A[0] or "DE").upper())
        return s[:4] + " **** **** **** " + s[-4:] if len(s) > 18 else s[:4] + " **** " + s[-4:]
    if name == "isbn":
        def mk():
            b = "978" + R.choice("01234") + rs(DIG, 8)
            c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
            return b + str(c)
        v = reroll(mk)
        return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12]) if A[0] == "h" else v
    if name == "coord":
        return "%.6f, %.6f" % (R.uniform(-40, 55), R.uniform(-80, 120))
    if name == "twsid":
        return "AC" + rs(HEX, 32)
    if name == "awsacct":
        return reroll(lambda: nd(12, "123456789"))
    if name == "arn":
        return "arn:aws:iam::%s:role/%s" % (nd(12, "123456789"), R.choice(["ci-deployer", "lambda-exec", "eks-node", "backup-ops"]))
    if name == "sshpub":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43)
    if name == "sortcode":
        return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))
    if name == "aba":
        while True:
            d = R.choice(["0", "1", "2", "3"]) + rs(DIG, 7)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(x) * y for x, y in zip(d, w))
            c = (10 - s % 10) % 10
            return d + str(c)
    if name == "bic":
        return rs(UP, 4) + (A[0] or rs(UP, 2)) + rs(UP + DIG, 2) + (R.choice(["", "XXX"]))
    if name == "ein":
        return "%02d-%07d" % (R.choice([12, 20, 27, 33, 45, 46, 47, 81, 82, 84, 88, 91, 94, 95]), R.randint(0, 9999999))
    if name == "itin":
        return "9%02d-%d%d-%04d" % (R.randint(0, 99), R.choice([7, 8]), R.randint(0, 9), R.randint(1, 9999))
    if name == "badssn":
        rule = A[0] or R.choice(["area0", "area666", "area9", "group", "serial"])
        g, s = R.randint(1, 99), R.randint(1, 9999)
        a_ = {"area0": 0, "area666": 666, "area9": R.randint(900, 999)}.get(rule, R.randint(1, 665))
        if rule == "group":
            g = 0
        if rule == "serial":
            s = 0
        return "%03d-%02d-%04d" % (a_, g, s)
    if name == "badnino":
        rule = A[0] or R.choice(["first", "second", "pfx", "suffix"])
        while True:
            p = [R.choice(UP), R.choice(UP)]
            suf = R.choice("ABCD")
            if rule == "first":
                p[0] = R.choice("DFIQUV")
            elif rule == "second":
                p[1] = R.choice("DFIOQUV")
            elif rule == "pfx":
                p = list(R.choice(["BG", "GB", "KN", "NK", "NT", "TN"]))
            else:
                suf = R.choice("EFGHXZ")
            p = "".join(p)
            # break exactly one rule
            broken = [p[0] in NINO_BAD1, p[1] in NINO_BAD2, p in NINO_BADPFX, suf not in "ABCD"]
            if sum(broken) == 1:
                d = rs(DIG, 6)
                return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf) if A[1] != "plain" else p + d + suf
    if name == "docip":
        return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))
    if name == "docip6":
        return "2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    if name == "mac":
        return ":".join(rs(HEX, 2) for _ in range(6))
    if name == "pklive":
        return "pk_live_" + rs(ALNUM, 24)
    if name == "stripeobj":
        return R.choice(["cus_", "pi_", "ch_", "sub_", "in_", "price_"]) + rs(ALNUM, 14)
    if name == "gclient":
        return "%s-%s.apps.googleusercontent.com" % (nd(12, "123456789"), rs(LO + DIG, 32))
    if name == "recaptcha":
        return "6L" + rs(ALNUM + "-_", 38)
    if name == "passport":
        return rs(UP, R.choice([1, 2])) + rs(DIG, 7)
    if name == "vat":
        cc = A[0] or "DE"
        return cc + rs(DIG, {"DE": 9, "FR": 11, "NL": 9, "PL": 10, "RO": 8, "IT": 11, "EL": 9, "PT": 9, "ES": 9}.get(cc, 9))
    if name == "hexcolor":
        return "#" + rs(HEX, 6)
    if name == "podname":
        return "%s-%s-%s" % (A[0] or "api", rs("bcdfghjklmnpqrstvwxz2456789", 10), rs("bcdfghjklmnpqrstvwxz2456789", 5))
    if name == "imo":
        return "IMO " + rs(DIG, 7)
    if name == "b64noise":
        return base64.b64encode(bytes(R.getrandbits(8) for _ in range(int(A[0] or 24)))).decode()
    if name == "fakejwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    if name == "phone555":
        return R.choice(["(%d) 555-01%02d", "%d-555-01%02d", "+1 %d 555 01%02d"]) % (R.choice(US_AREAS), R.randint(0, 99))
    if name == "exemail":
        return R.choice(["jane.doe", "user", "test.user", "john.smith", "name", "you", "admin", "support"]) + "@" + R.choice(["example.com", "example.org", "example.net"])
    if name == "testcard":
        return fmt_card(R.choice(["4242424242424242", "4111111111111111", "5555555555554444"]), A[0] or R.choice(["plain", "spaced"]))
    if name == "employee":
        return (A[0] or "EMP") + rs(DIG, 6)
    if name == "mrn":
        return reroll(lambda: (A[0] or "MRN") + "-" + rs(DIG, 8))
    if name == "policy":
        return (A[0] or "POL") + "-" + rs(UP, 2) + rs(DIG, 8)
    if name == "plate":
        return rs(UP, 2) + " " + rs(DIG, 4) + " " + rs(UP, 2)
    if name == "zip":
        return rs(DIG, int(A[0] or 5))
    if name == "amount":
        return "%d.%02d" % (R.randint(5, 4999), R.randint(0, 99))
    raise ValueError("look-alike generator " + name)


# ---------------------------------------------------------------- MRZ (look-alike lines)
def mrz_cd(s):
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        t += v * w[i % 3]
    return str(t % 10)


def mrz_td3(country, surname, given, docno, nat, dob, sex, exp):
    l1 = ("P<" + country + surname.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<"))
    l1 = (l1 + "<" * 44)[:44]
    dn = (docno + "<" * 9)[:9]
    db = fmt_date(dob, "mrz")
    ex = fmt_date(exp, "mrz")
    pn = "<" * 14
    l2 = dn + mrz_cd(dn) + nat + db + mrz_cd(db) + sex + ex + mrz_cd(ex) + pn + mrz_cd(pn)
    comp = dn + mrz_cd(dn) + db + mrz_cd(db) + ex + mrz_cd(ex) + pn + mrz_cd(pn)
    l2 += mrz_cd(comp)
    return l1, l2


def mrz_td1(country, docno, dob, sex, exp, nat, surname, given):
    dn = (docno + "<" * 9)[:9]
    l1 = ("I<" + country + dn + mrz_cd(dn) + "<" * 15)[:30]
    db = fmt_date(dob, "mrz")
    ex = fmt_date(exp, "mrz")
    l2 = db + mrz_cd(db) + sex + ex + mrz_cd(ex) + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = (l2 + mrz_cd(comp))[:30]
    l3 = (surname.upper() + "<<" + given.upper().replace(" ", "<") + "<" * 30)[:30]
    return l1, l2, l3


def g_mrz(ctx, a, raw):
    """look-alike: MRZ lines; uses the date tagged by a[1] (the printed birth date)"""
    typ = a[0]
    dob = ctx["tags"][a[1]][0]
    country = a[2]
    sur, giv = a[3], a[4]
    sex = a[5] if len(a) > 5 else "F"
    exp = rand_date(2027, 2034)
    docno = rs(UP, 2) + rs(DIG, 7) if country not in ("USA", "IDN") else rs(DIG, 9)
    if typ == "td3":
        l1, l2 = mrz_td3(country, sur, giv, docno, country, dob, sex, exp)
        return None, l1 + "\n" + l2
    l1, l2, l3 = mrz_td1(country, docno, dob, sex, exp, country, sur, giv)
    return None, l1 + "\n" + l2 + "\n" + l3


# ---------------------------------------------------------------- transforms
SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه".split(),
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو".split(),
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়".split(),
    "yo": "odo ookan eeji eeta eerin aarun eefa eeje eejo eesan".split(),
    "ha": "sifili daya biyu uku hudu biyar shida bakwai takwas tara".split(),
    "zu": "iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye".split(),
    "qu": "ch'usaq huk iskay kimsa tawa pichqa suqta qanchis pusaq isqun".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
}
AT_WORDS = {"en": (" [at] ", " [dot] "), "en2": (" (at) ", " (dot) "), "en3": (" at ", " dot "),
            "pt": (" arroba ", " ponto "), "es": (" arroba ", " punto "), "id": (" (et) ", " (titik) "),
            "vi": (" a còng ", " chấm "), "th": (" แอท ", " ดอท "), "pl": (" małpa ", " kropka "),
            "ro": (" (at) ", " punct "), "el": (" παπάκι ", " τελεία "), "he": (" שטרודל ", " נקודה "),
            "fa": (" ات ", " دات "), "ur": (" ایٹ ", " ڈاٹ "), "bn": (" অ্যাট ", " ডট "), "de": (" (ät) ", " (punkt) "),
            "fr": (" arobase ", " point "), "brk": ("[@]", "[.]"), "brace": ("{at}", "{dot}"), "yo": (" [at] ", " [dọ́ọ̀tì] ")}


def tf_apply(name, arg, s):
    if name == "b64":
        return base64.b64encode(s.encode()).decode()
    if name == "b64url":
        return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    if name == "url":
        return urllib.parse.quote(s, safe="")
    if name == "urlplus":
        return urllib.parse.quote_plus(s)
    if name == "rev":
        return s[::-1]
    if name == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)
    if name == "zw":
        ch = {"zwsp": "\u200b", "zwj": "\u200d", "zwnj": "\u200c", "wj": "\u2060", "shy": "\u00ad"}[arg or "zwsp"]
        pos = sorted(R.sample(range(1, len(s)), min(3, len(s) - 1)))
        out, last = "", 0
        for p in pos:
            out += s[last:p] + ch
            last = p
        return out + s[last:]
    if name == "nbsp":
        return s.replace(" ", "\u00a0")
    if name == "nl":
        k = int(arg) if arg else len(s) // 2
        return s[:k] + "\n" + s[k:]
    if name == "at":
        at, dot = AT_WORDS[arg or "en"]
        loc, dom = s.split("@")
        return loc + at + dom.replace(".", dot)
    if name == "atonly":
        at, dot = AT_WORDS[arg or "en"]
        return s.replace("@", at)
    if name == "html":
        return "".join("&#%d;" % ord(c) if (c in "@." or (arg == "all")) else c for c in s)
    if name == "jsonu":
        return "".join("\\u%04x" % ord(c) if c in "@." or arg == "all" else c for c in s)
    if name == "qp":
        return "".join("=%02X" % ord(c) if c in "@=" or arg == "all" else c for c in s)
    if name == "digits":
        return s.translate(str.maketrans(DIG, SCRIPT_DIGITS[arg]))
    if name == "spell":
        words = SPELL[arg or "en"]
        out = [words[int(c)] if c.isdigit() else ("plus" if c == "+" else (c.upper() if c.isalpha() else None)) for c in s]
        return " ".join(w for w in out if w)
    if name == "spoken":
        return spoken_en(s)
    if name == "sep":
        d = [c for c in s if c.isalnum()]
        return (arg or " ").join(d)
    if name == "dots":
        return ".".join(s[i:i + 3] for i in range(0, len(s), 3))
    if name == "lower":
        return s.lower()
    if name == "upper":
        return s.upper()
    if name == "nospace":
        return s.replace(" ", "").replace("-", "")
    if name == "hyph":
        return s.replace(" ", "-")
    if name == "json":
        return s.replace("\n", "\\n")
    raise ValueError(name)


def spoken_en(s):
    """read digits aloud: groups kept, 'oh' for zero, double/triple for runs"""
    names = SPELL["en"][:]
    groups = re.split(r"[\s\-().]+", s.replace("+", "plus "))
    out = []
    for g in groups:
        if not g:
            continue
        if g == "plus":
            out.append("plus")
            continue
        words, i = [], 0
        while i < len(g):
            c = g[i]
            j = i
            while j < len(g) and g[j] == c:
                j += 1
            run = j - i
            w = "oh" if c == "0" and R.random() < 0.7 else names[int(c)]
            if run == 2:
                words.append("double " + w)
            elif run == 3:
                words.append("triple " + w)
            else:
                words.extend([w] * run)
            i = j
        out.append(" ".join(words))
    return ", ".join(out)


# ---------------------------------------------------------------- rendering
GENS = {"email": ("email", g_email), "phone": ("phone", g_phone), "card": ("card", g_card),
        "iban": ("iban", g_iban), "ssn": ("ssn", g_ssn), "nino": ("nino", g_nino), "ip": ("ip", g_ip),
        "dob": ("dob", g_dob), "secret": ("secret", g_secret), "pw": ("secret", g_pw),
        "basic": ("secret", g_basic), "date": (None, g_date), "mrz": (None, g_mrz)}

PH = re.compile(OPEN + "(.*?)" + CLOSE, re.S)


def parse_spec(spec):
    m = re.match(r"^([~%]?)(\w+)(?:\((.*?)\))?(?:#(\w+))?((?:\|[\w]+(?:\([^)]*\))?)*)$", spec, re.S)
    if not m:
        raise ValueError("bad spec " + spec)
    mode, gen, args, tag, tfs = m.groups()
    args = [x.strip() for x in args.split(",")] if args else []
    tfl = re.findall(r"\|(\w+)(?:\(([^)]*)\))?", tfs or "")
    return mode, gen, args, tag, tfl


def render(tpl):
    """returns list of (text, kind_or_None) segments and look-alike count"""
    ctx = {"tags": {}}
    segs, n_la = [], 0
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        pos = m.end()
        spec = m.group(1)
        if spec.startswith("="):
            segs.append((spec[1:], None))
            n_la += 1
            continue
        if spec.startswith("!"):
            k, t = spec[1:].split("=", 1)
            assert k in KINDS, k
            segs.append((t, k))
            continue
        mode, gen, args, tag, tfl = parse_spec(spec)
        if mode == "~" and gen not in GENS:
            text = la(ctx, gen, args)
            kind = None
        else:
            kind, fn = GENS[gen]
            raw = ctx["tags"][tag][0] if tag and tag in ctx["tags"] else None
            raw, text = fn(ctx, args, raw)
            if tag:
                ctx["tags"][tag] = (raw, text)
            if mode in ("~", "%"):
                kind = None
        for name, arg in tfl:
            text = tf_apply(name, arg, text)
        if mode == "~":
            n_la += 1
        segs.append((text, kind))
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    # merge neighbouring negative segments
    out = []
    for t, k in segs:
        if t == "":
            continue
        if out and k is None and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, k))
    return out, n_la


def must_escape(c):
    o = ord(c)
    if c in "\n\t":
        return False
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cs", "Cn") and c != " ":
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE or o == 0x3000:
        return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E):
        return True
    return False


def esc_text(t, edge_left, edge_right):
    out = []
    for i, c in enumerate(t):
        if c == "\\":
            out.append("\\u005C")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c in "{}":
            prev_b = (i > 0 and t[i - 1] in "{}") or (i == 0 and edge_left)
            next_b = (i + 1 < len(t) and t[i + 1] in "{}") or (i == len(t) - 1 and edge_right)
            out.append(("\\u%04X" % ord(c)) if (prev_b or next_b) else c)
        elif must_escape(c):
            out.append("\\u%04X" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def serialise(segs):
    parts = []
    for i, (t, k) in enumerate(segs):
        # a brace at a segment edge is escaped (it could touch a span delimiter)
        e = esc_text(t, True, True)
        parts.append("{{%s:%s}}" % (k, e) if k else e)
    line = "".join(parts)
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    return line


# ================================================================ families
FAMILIES = []

FAMILIES.append(("dating_app_chat", [
    "¡hola! hicimos match ayer 😊 casi no uso esta app, mejor escríbeme al ⟦phone(mx,nat)⟧",
    "Oi, tudo bem? Prefiro conversar pelo zap: ⟦phone(br,nat)|sep(.)⟧ (não manda foto pelo app, tá bugado)",
    "instagram ko @⟦=lena.runs.far⟧ pero magulo DMs ko, number ko ⟦phone(uk,nat)|spell(en)⟧ kung hindi ka bot haha",
    "Aplikasinya blokir nomor, jadi: sembilan satu tujuh… bercanda. Kirim email aja → ⟦email(gen)|at(en)⟧ 🙈",
    "Match #⟦~num(9)⟧ — you both liked hiking! Say hi to Dani before the match expires on ⟦~date(dmy)⟧.",
    "sou de Curitiba, nasci em ⟦dob(pt,young)⟧ então sim, sou mais nova kkk. meu email: ⟦email(br)|atonly(pt)⟧",
    "Profile verified ✔ Your selfie check passed. (Match ID: ⟦~uuid⟧, build ⟦~ver⟧)",
    "son deneme, uygulama engellemeden: ⟦phone(tr,nat)|nospace|sep(-)⟧",
    "wa aku ⟦phone(id,intl)|nospace⟧… eh salah, itu nomor kantor. yang bener ⟦phone(id,nat)⟧",
    "Premium verlängert: Beleg ⟦~order(GP)⟧, belastet auf Karte ⟦~masked(visa,dots)⟧. Fragen? ⟦=support@example.com⟧",
    "pondo para sa date haha, eto card ko pang-book ng table ⟦card(visa,spaced)⟧ exp 09/28",
    "Ele disse que nasceu no dia ⟦!dob=12 de março de 1998⟧?? a foto é de 2015 com certeza 😂",
]))

FAMILIES.append(("marketplace_chat", [
    "Dzień dobry, czy rower jeszcze aktualny? Proszę o kontakt: ⟦phone(pl,nat)⟧, mogę odebrać jutro.",
    "Sprzedane! Przelew na konto ⟦iban(PL,print)⟧, tytuł: ogłoszenie ⟦~num(10)⟧. Paczkomat, nr przesyłki ⟦~track(inpost)⟧.",
    "Bună, mai e valabil frigiderul? Sunați-mă la ⟦phone(ro,nat)⟧ după ora 18.",
    "Plata prin transfer în contul ⟦iban(RO,plain)⟧ (Banca Transilvania). Codul anunțului: ⟦~order(OLX)⟧.",
    "BUYER: can u send the item first? i paid already, ref ⟦~order(PP)⟧. pls send tracking to ⟦email(ng)⟧",
    "Watch out — scammer asked me to 'verify' with my card ⟦card(mc,spaced)⟧ and the 3-digit code. Reported listing #⟦~num(9)⟧.",
    "Preço final R$ 1.250, aceito PIX: chave ⟦email(br)⟧ ou celular ⟦phone(br,intl)⟧",
    "Item: iPhone 13 128GB, IMEI hidden, serial ⟦=F2LXK8Q9N72J⟧, battery 87%. Contact via app only. Also selling textbook ISBN ⟦~isbn⟧.",
    "Hi, I'm in Durban, can collect Saturday. WhatsApp ⟦phone(za,intl)⟧. Your ad ID ⟦~num(10)⟧ right?",
    "Ogłoszenie ⟦~num(9)⟧ wyróżnione do ⟦~date(dot)⟧. Faktura VAT nr FV/⟦=2025/11/0834⟧ wysłana na ⟦email(pl)⟧.",
    "Gift card for sale, unused ⟦~gift(16,spaced)⟧, PIN under the scratch. 80% of face value.",
]))

FAMILIES.append(("travel_booking", [
    "Booking confirmed ✈ PNR ⟦~pnr⟧ | E-ticket ⟦~eticket⟧ | Passenger: MS AYU LESTARI | DOB ⟦dob(mon)⟧ | Mobile ⟦phone(id,intl)⟧",
    "Bonjour, je dois corriger le nom sur la réservation ⟦~pnr⟧, mon nom est mal orthographié. Contact : ⟦email(fr)⟧ ou ⟦phone(fr,intl)⟧.",
    "Hotelreservierung Nr. ⟦~num(10)⟧ — Anreise ⟦~date(de)⟧, Gast-E-Mail ⟦email(de)⟧, hinterlegte Karte ⟦~masked(mc,x)⟧",
    "Xin chào, tôi đặt vé mã ⟦~pnr⟧, số hộ chiếu ⟦~passport⟧, ngày sinh ⟦dob(vi)⟧. Vui lòng gọi ⟦phone(vn,nat)⟧.",
    "Koltuk 23A · Uçuş TK1988 · Kapı B14 · Biniş 06:40 · Sıra 117 · Mil kart no ⟦=TK 482 339 170⟧",
    "Car rental voucher ⟦~order(RC)⟧. Driver born ⟦dob(en_long)⟧, licence no. ⟦=KOWAL802118DJ9AB⟧. Deposit authorised on ⟦card(amex,spaced)⟧.",
    "Il tuo host Airbnb ha condiviso il suo numero: ⟦phone(it,intl)⟧. Codice prenotazione ⟦=HMXQ8R2N4T⟧. Il codice della porta è nell'app.",
    "El reembolso del billete ⟦~eticket⟧ se abonará en la tarjeta terminada en ⟦=7731⟧ en 10 días hábiles. Ref. ⟦~reqid⟧.",
    "ข้อมูลผู้โดยสาร: นายกิตติพงษ์ วงศ์ใหญ่ วันเกิด ⟦dob(th)⟧ โทร ⟦phone(th,nat)⟧ รหัสการจอง ⟦~pnr⟧",
    "Visa application: place of birth Lagos, phone ⟦phone(ng,intl)⟧, email ⟦email(ng)⟧, application ID ⟦=VFS/LOS/2025/118203⟧",
    "Trip ID ⟦~uuid⟧ · 2 adults · Total €1,284.60 · paid with card ⟦card(disc,spaced)⟧ (3-D Secure ⟦=ACS-0042-8812⟧)",
]))

FAMILIES.append(("delivery_app_chat", [
    "Kak, saya kurirnya ya, paket ⟦~track(jnt)⟧ udah di depan pagar. Nomor saya ⟦phone(id,nat)⟧ kalau susah cari rumahnya.",
    "Driver GoFood: Pesanan ⟦~order(F)⟧ sudah diambil, estimasi 15 menit. Total Rp 87.000 (bayar tunai).",
    "Anh ơi em shipper GHN, đơn ⟦~track(ghn)⟧ giao lúc 3h chiều nhé, gọi em số ⟦phone(vn,nat)|nospace⟧",
    "ไรเดอร์: ถึงหน้าคอนโดแล้วครับ ลูกค้าโทรกลับ ⟦phone(th,nat)⟧ ด้วยครับ ออเดอร์ ⟦~track(flash)⟧",
    "Je bestelling #⟦~num(8)⟧ is onderweg. Volgen: ⟦~track(ups)⟧. Hulp nodig? Antwoord op dit bericht, bel niet naar ⟦~phone555⟧.",
    "Note du livreur : laisser devant la porte, interphone ⟦=B12⟧, appeler le ⟦phone(fr,nat)⟧ si fermé. Commande ⟦~order(CHW)⟧.",
    "Pedido iFood ⟦~num(6)⟧ — entregador João, moto placa ⟦=QRT-4F82⟧. Contato do cliente mascarado: (11) 9****-**21.",
    "Siparişim gelmedi, uygulama kartımdan iki kez çekti ⟦card(visa,plain)⟧ — referanslar ⟦~stripeobj⟧ ve ⟦~stripeobj⟧",
    "Kurir Shopee Xpress ⟦~track(spx)⟧ — penerima: Bu Siti, alamat Jl. Melati No. 12, RT 03/RW 05, telp ⟦phone(id,nat)|spell(id)⟧",
    "Glovo: your rider Marek is 3 min away (⟦~coord⟧). Order ⟦~track(glovo)⟧, tip 5 zł.",
    "Wolt: potwierdź, że numer na koncie kończy się na ⟦=88⟧ — wyślemy link na ⟦email(pl)⟧.",
]))

FAMILIES.append(("voice_assistant_transcripts", [
    "[asr] usuario: oye asistente, llama a mamá al ⟦phone(mx,nat)|spell(es)⟧ [conf 0.88]",
    "[asr] user: add a contact named Priya, number ⟦phone(in,intl)|spoken⟧, and email ⟦email(gen)|at(en3)⟧",
    "[asr] user: remind me that my social is ⟦ssn|spoken⟧ uh no wait don't save that [intent=create_reminder]",
    "[asr] user: pay the electric bill with the card ending ⟦=four four two one⟧ [intent=pay_bill, slot.last4=⟦=4421⟧]",
    "[asr] user: what's the weather in ⟦=five five one oh one⟧ [slot.zip=⟦=55101⟧]",
    "[asr] user: set the thermostat to seventy two and play track number ⟦=one one two three four⟧",
    "[asr] user: my card number is ⟦card(visa,spaced)|spoken⟧ expiry oh nine twenty seven",
    "[asr] Nutzer: stell einen Timer auf fünfundzwanzig Minuten [slot.duration=PT25M] [session ⟦~uuid⟧]",
    "[asr] user: fill the tax form, my social security number is ⟦ssn(plain)|spoken⟧",
    "[asr] user: my birthday is ⟦!dob=march fourth nineteen ninety one⟧, add it to my profile [slot.dob=⟦!dob=1991-03-04⟧]",
    "[asr] user: what's my flight status for ⟦=U A nine two one⟧ [slot.flight=UA921]",
    "[asr] utilisateur : mon adresse c'est ⟦email(fr)|at(fr)⟧, avec un point entre le prénom et le nom",
]))

FAMILIES.append(("call_centre_transcripts", [
    "Agent: Can I take the long number on the card? Caller: Yeah it's ⟦card(mc,spaced)|spoken⟧. Agent: And the expiry? Caller: Oh three, twenty eight.",
    "Agent: And a contact number? Caller: ⟦phone(uk,nat)|spoken⟧. Agent: Lovely, and your postcode is double-checked, thank you.",
    "Agent: For security, your date of birth please? Caller: ⟦!dob=the ninth of November, nineteen eighty-four⟧. Agent: And the last four of your social? Caller: The whole thing is ⟦ssn(plain)|spell(en)⟧. Agent: Thank you Mr Hale.",
    "Agent: Your reference is ⟦=A as in alpha, seven, seven, K as in kilo, nine⟧, please quote it next time. Caller: Got it.",
    "Caller: My national insurance number is ⟦nino(sp)|lower⟧. Agent: I'll just repeat that back… yes, matches our records.",
    "Agente: ¿Me confirma su número de teléfono? Cliente: ⟦phone(es,nat)|spell(es)⟧. Agente: Perfecto, y el número de pedido es el ⟦~num(8)⟧.",
    "Atendente: vou ler o número do protocolo: ⟦=um, um, quatro, sete, zero, zero, três⟧. Cliente: ⟦=1147003⟧, certo.",
    "Caller: the social is ⟦ssn(space)⟧. Agent: I'll need just the last four, please don't read the full number. [redaction failed]",
    "Atendente: o senhor pode me passar o CPF? [omitido] E o e-mail cadastrado? Cliente: ⟦email(br)|at(pt)⟧.",
    "Agent: The IBAN you gave me was ⟦iban(GB,print)|spell(en)⟧, is that right? Caller: yes.",
    "Agent: thank you for calling, your survey code is ⟦=4 8 2 2 9⟧ and the call ID is ⟦~uuid⟧.",
    "Nota de calidad: el agente pidió al cliente deletrear la contraseña en voz alta — dijo ⟦pw(word)⟧. Capacitación programada para el ⟦~date(dmy)⟧.",
]))

FAMILIES.append(("ocr_receipts_screenshots", [
    "SUPERMERCADO BOA VISTA LTDA\nCNPJ ⟦=12.345.678/0001-95⟧\nCUPOM FISCAL ⟦~num(6)⟧\nCARTAO CREDITO ⟦~masked(elo,bin)⟧\nTOTAL R$ 187,43\nAUT ⟦=084412⟧",
    "TESCO Store 2871\nVISA DEBIT ⟦~masked(visa,stars)⟧\nCONTACTLESS\nAID A0000000031010\nAUTH CODE 55R1T2\nTOTAL £23.87",
    "[ocr p1] INVOICE No. INV-2O25-00I84 (sic)  Bill to: Rana Hossain, {email}\nPhone: ⟦phone(bd,nat)⟧".replace("{email}", "⟦email(bd)⟧"),
    "[screenshot.png → ocr] Transfer successful ✅\nTo: ANDREI POPESCU\nIBAN: ⟦iban(RO,print)⟧\nAmount: 1.450,00 RON\nRef: ⟦~num(12)⟧",
    "[ocr] Kvittering / Receipt  Terminal ⟦=TID 88213004⟧  Kort ⟦~masked(mc,stars)⟧  Ref. ⟦~num(12)⟧  Beløp NOK 349,00",
    "[ocr of chat screenshot] 10:42 ✓✓ ok send to this card pls ⟦card(visa,spaced)|nl(9)⟧ name on card R. QUISPE",
    "[ocr] 7-ELEVEN #11820  ใบเสร็จ  TAX ID ⟦=0107542000011⟧  POS#03  รวม 129.00 บาท  TrueMoney ⟦~masked(visa,x)⟧",
    "[ocr] HOÁ ĐƠN GTGT  Mẫu số 01GTKT0/001  Ký hiệu AA/25E  Số ⟦=0001482⟧  MST ⟦=0312345678⟧  Tổng cộng 1.250.000 đ",
    "[ocr, baja confianza] Tarjeta Nº: ⟦card(amex,spaced)⟧  Vence O8/27  Socio desde 2019  ⟦=Ref# 00O4-l23⟧",
    "[ocr] GIFT CARD  ⟦~gift(16,spaced)⟧  PIN: ****  Balance $50.00  Valid thru ⟦~date(mdy,future)⟧",
    "[ocr] BOARDING PASS  ⟦~pnr⟧  ZONE 3  SEQ 042  ⟦=M1NGUYEN/THIHA       E⟧⟦~pnr⟧ ⟦=SGNHANVJ 0123⟧",
    "[ocr] Bank slip — Beneficiary acct ⟦iban(PK,print)⟧  Depositor CNIC ⟦=35202-1234567-1⟧  Mobile ⟦phone(pk,nat)⟧",
]))

FAMILIES.append(("passport_mrz_id_documents", [
    "[passport ocr] Surname / Nom: NOWAK  Given names: ANNA MARIA  Date of birth / Date de naissance: ⟦dob(mon)#d⟧  Sex: F\n⟦~mrz(td3,d,POL,NOWAK,ANNA MARIA,F)⟧",
    "[ocr] PAȘAPORT / PASSPORT  Nume: POPESCU  Prenume: ION  Data nașterii: ⟦dob(dot)#d⟧\n⟦~mrz(td3,d,ROU,POPESCU,ION,M)⟧",
    "[ocr] ΔΙΑΒΑΤΗΡΙΟ  Επώνυμο: PAPADOPOULOU  Ημερομηνία γέννησης / Date of birth: ⟦dob(mon)#d⟧\n⟦~mrz(td3,d,GRC,PAPADOPOULOU,ELENI,F)⟧",
    "[ocr] REPÚBLICA FEDERATIVA DO BRASIL  Data de nascimento: ⟦dob(dmy)#d⟧  Naturalidade: RECIFE/PE\n⟦~mrz(td3,d,BRA,SILVA,MARIANA,F)⟧",
    "[ocr] CĂN CƯỚC CÔNG DÂN  Số: ⟦=079190012345⟧  Ngày sinh / Date of birth: ⟦dob(dmy)#d⟧\n⟦~mrz(td1,d,VNM,NGUYEN,THI HA,F)⟧",
    "[ocr] FEDERAL REPUBLIC OF NIGERIA  Date of Birth: ⟦dob(mon)#d⟧  Place of Birth: IBADAN\n⟦~mrz(td3,d,NGA,ADEBAYO,OLUWASEUN,M)⟧",
    "[ocr] Identity card sample shown at the border page: SPECIMEN  ⟦=I<UTOD231458907<<<<<<<<<<<<<<<⟧ (ICAO Doc 9303 example)",
    "[ocr] تاریخ تولد: ⟦dob(fa)#d⟧  شماره گذرنامه: ⟦~passport⟧\n⟦~mrz(td3,d,IRN,AHMADI,REZA,M)⟧",
    "[ocr] Daftar periksa perpanjangan paspor: foto 35x45mm, paspor lama no. ⟦~passport⟧, tanggal terbit ⟦~date(dmy)⟧, berlaku s/d ⟦~date(dmy,future)⟧, bukti bayar ⟦~order(PSP)⟧, notifikasi ke ⟦email(id)|zw⟧",
    "[ocr] REPUBLIC OF SOUTH AFRICA  Identity No ⟦=8001015009086⟧ (specimen)  Date of Birth ⟦dob(en_long)#d⟧\n⟦~mrz(td3,d,ZAF,NKOSI,THANDIWE,F)⟧",
]))

FAMILIES.append(("driving_licences", [
    "[ocr] DRIVING LICENCE  1. MORGAN  2. SARAH JANE  3. ⟦dob(dot)⟧ UNITED KINGDOM  4a. ⟦~date(dot)⟧  5. ⟦=MORGA753116SM9IJ⟧",
    "[ocr] CALIFORNIA DRIVER LICENSE  DL ⟦=D4471820⟧  EXP ⟦~date(mdy,future)⟧  LN DELACRUZ  FN MARIA  DOB ⟦dob(mdy)⟧  CLASS C",
    "[ocr] FÜHRERSCHEIN  1. BECKER  2. JONAS  3. ⟦dob(dot)⟧ HAMBURG  4a. ⟦~date(dot)⟧  4b. ⟦~date(dot,future)⟧  5. ⟦=B072RRE2I55⟧",
    "[ocr] ใบอนุญาตขับรถยนต์ส่วนบุคคล  เลขที่ ⟦=64001234⟧  เกิดวันที่ ⟦dob(th)⟧  ออกให้วันที่ ⟦~date(th)⟧",
    "[ocr] CARTEIRA NACIONAL DE HABILITAÇÃO  Nº REGISTRO ⟦=04512398871⟧  DATA NASCIMENTO ⟦dob(dmy)⟧  VALIDADE ⟦~date(dmy,future)⟧  1ª HABILITAÇÃO ⟦~date(dmy)⟧",
    "[ocr] SURAT IZIN MENGEMUDI  No. ⟦=1234-5678-000123⟧  Tempat/Tgl. Lahir: SURABAYA, ⟦dob(dash)⟧  Berlaku s/d ⟦~date(dash,future)⟧",
    "Verhuurbalie: rijbewijs klant ⟦=SMITH709152J99AB⟧ online gecontroleerd bij DVLA (ref. ⟦=DVLA-55812⟧). Bon verstuurd naar ⟦email(gen,ziggo.nl)⟧.",
]))

FAMILIES.append(("ci_logs", [
    "2025-06-03T10:14:22.118Z ##[group]Run actions/checkout@v4\nwith: token: *** fetch-depth: 0\nHEAD is now at ⟦~sha7⟧ fix: retry flaky test (#⟦=4821⟧)",
    "+ git clone https://x-access-token:⟦secret(ghs)⟧@github.com/acme-payments/ledger.git\nCloning into 'ledger'...\nremote: Enumerating objects: 18342, done.",
    "Step 7/12 : RUN npm config set //registry.npmjs.org/:_authToken=⟦secret(npm)⟧ && npm ci\n ---> Running in ⟦~sha7⟧",
    "[pipeline #⟦~build⟧] job 'deploy-prod' (runner ⟦=gitlab-runner 16.11.1⟧)\n$ echo \"CI_JOB_TOKEN=$CI_JOB_TOKEN\"\nCI_JOB_TOKEN=[MASKED]\n$ kubectl rollout status deploy/api",
    "Run aws configure set aws_access_key_id ⟦secret(akid)⟧\nRun aws configure set aws_secret_access_key ⟦secret(aws)⟧\nupload: dist/app.js to s3://static-prod-eu/app.js",
    "pushing image registry.gitlab.com/acme/api:⟦~sha7⟧\n⟦~sha7⟧: Pushed\nlatest: digest: ⟦~digest⟧ size: 2417",
    "Error: HTTP 401 from https://api.example.com/v2/deploy (request id ⟦~reqid⟧) — token ⟦=${{ secrets.DEPLOY_TOKEN }}⟧ is not set for forks",
    "WARN  deprecated inflight@1.0.6: This module is not supported\nadded 1244 packages in 38s\nnpm notice New minor version of npm available! ⟦=10.2.4⟧ -> ⟦=10.8.1⟧",
    "curl -sf -H \"Authorization: Bearer ⟦secret(glpat)⟧\" \"https://gitlab.com/api/v4/projects/⟦=48213377⟧/trigger/pipeline\" -F ref=main",
    "##[debug]Evaluating: secrets.SLACK_WEBHOOK\n##[debug]Result: '⟦secret(slackhook)⟧'\n##[debug]..Evaluating Index: (debug logging left on)",
    "Jenkins build #⟦~build⟧ (started by ⟦email(gen,acme.io)⟧) · docker login -u deploy -p ⟦pw(rand)⟧ registry.internal.acme.io\nWARNING! Using --password via the CLI is insecure.",
    "test_payment_flow PASSED (card=⟦~testcard(plain)⟧, stripe key=sk_test_⟦=4eC39HqLyjWDarjtT1zdp7dc⟧)\n=== 312 passed, 4 skipped in 81.22s ===",
]))

FAMILIES.append(("kubernetes_manifests_secrets", [
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: payments\ntype: Opaque\ndata:\n  username: ⟦=cG9zdGdyZXM=⟧\n  password: ⟦pw(word)|b64⟧",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\nstringData:\n  STRIPE_SECRET_KEY: ⟦secret(stripe)⟧\n  STRIPE_PUBLISHABLE_KEY: ⟦~pklive⟧",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  uid: ⟦~uuid⟧\n  resourceVersion: \"⟦=48213977⟧\"\nspec:\n  template:\n    spec:\n      containers:\n      - image: ghcr.io/acme/web@⟦~digest⟧",
    "$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n{\"auths\":{\"registry.acme.io\":{\"username\":\"robot$ci\",\"auth\":\"⟦basic(robot$ci)⟧\"}}}",
    "$ kubectl get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d\n⟦pw(rand)⟧",
    "env:\n- name: DATABASE_URL\n  value: postgres://app:⟦pw(safe)⟧@pg-primary.db.svc.cluster.local:5432/app?sslmode=require\n- name: LOG_LEVEL\n  value: info",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-wildcard\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ⟦~b64noise(60)⟧...\n  tls.key: ⟦secret(pem_rsa,short)|b64⟧",
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  FEATURE_FLAGS: \"checkout_v2,new_search\"\n  API_BASE: https://api.example.com\n  BUILD_SHA: ⟦~sha⟧\n  ALERT_EMAIL: ⟦email(gen,acme.io)⟧",
    "helm upgrade --install redis bitnami/redis --set auth.password=⟦pw(rand)⟧ --version ⟦=19.0.2⟧ -n cache",
    "Events:\n  Warning  Failed  12s  kubelet  Failed to pull image \"acme/worker@⟦~digest⟧\": pod ⟦~podname(worker)⟧ node ip-10-x",
    "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n  - secretKey: api-token\n    remoteRef:\n      key: prod/payments/api-token   # value lives in Vault, not here\n      version: \"⟦=7⟧\"",
]))

FAMILIES.append(("terraform_state_and_iac", [
    '{"version": 4, "terraform_version": "⟦=1.7.5⟧", "serial": 112, "lineage": "⟦~uuid⟧", "resources": [{"type": "aws_db_instance", "instances": [{"attributes": {"password": "⟦pw(rand)⟧", "arn": "⟦~arn⟧"}}]}]}',
    '"attributes": {"id": "⟦~awsacct⟧", "access_key": "⟦secret(akid)⟧", "secret": "⟦secret(aws)⟧", "user": "ci-deployer", "status": "Active"}',
    'resource "github_actions_secret" "npm" {\n  repository      = "web"\n  secret_name     = "NPM_TOKEN"\n  plaintext_value = "⟦secret(npm)⟧"\n}',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = ⟦=var.db_password_from_vault⟧\n}',
    'provider "azurerm" {\n  features {}\n  subscription_id = "⟦~uuid⟧"\n  tenant_id       = "⟦~uuid⟧"\n  client_secret   = "⟦pw(rand)⟧"\n}',
    '"outputs": {"lb_public_ip": {"value": "⟦ip(v4)⟧", "type": "string"}, "vpc_id": {"value": "⟦=vpc-0a1b2c3d4e5f67890⟧", "type": "string"}}',
    '# terraform plan\n  ~ resource "aws_instance" "bastion" {\n      ~ public_ip = "⟦ip(v4)⟧" -> (known after apply)\n        ami       = "⟦=ami-0c55b159cbfafe1f0⟧"\n    }',
    'resource "google_service_account_key" "ci" {}\n# exported: "private_key": "⟦secret(gcp_pk)⟧"',
    'backend "s3" {\n  bucket = "tfstate-⟦~awsacct⟧"\n  key    = "prod/network.tfstate"\n  region = "eu-central-1"\n  dynamodb_table = "tf-locks"\n}',
    'module "dns" {\n  source  = "terraform-aws-modules/route53/aws"\n  version = "⟦=2.11.1⟧"\n  records = [{ name = "vpn", type = "A", ttl = 300, records = ["⟦ip(v4)⟧"] }]\n}',
    'Error: creating IAM Role (⟦~arn⟧): EntityAlreadyExists (caller ⟦email(de,acme-cloud.de)⟧)\n  RequestID: ⟦~uuid⟧',
]))

FAMILIES.append(("postman_collections", [
    '{"info": {"_postman_id": "⟦~uuid⟧", "name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "⟦secret(jwt)⟧", "type": "string"}]}}',
    '{"key": "x-api-key", "value": "⟦secret(sendgrid)⟧", "type": "text"}, {"key": "X-Request-Id", "value": "⟦~uuid⟧", "type": "text"}',
    '{"name": "Create customer", "request": {"method": "POST", "body": {"mode": "raw", "raw": "{\\"email\\": \\"⟦email(de)⟧\\", \\"phone\\": \\"⟦phone(de,e164)⟧\\", \\"ssn\\": \\"⟦ssn⟧\\"}"}}}',
    '"variable": [{"key": "baseUrl", "value": "https://sandbox.api.example.com"}, {"key": "apiKey", "value": "⟦=\u007b\u007bapiKey\u007d\u007d⟧"}, {"key": "adminEmail", "value": "⟦email(id)|jsonu⟧"}, {"key": "version", "value": "⟦=v2.14.0⟧"}]',
    '{"auth": {"type": "basic", "basic": [{"key": "username", "value": "svc_reports"}, {"key": "password", "value": "⟦pw(word)⟧"}]}}',
    '{"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "⟦secret(gapi)⟧"}, {"key": "key", "value": "key"}, {"key": "in", "value": "query"}]}}',
    'pm.environment.set("access_token", "⟦secret(oauth)⟧"); // TODO remove before exporting',
    '{"id": "⟦~uuid⟧", "name": "Twilio SMS", "values": [{"key": "account_sid", "value": "⟦~twsid⟧"}, {"key": "auth_token", "value": "⟦secret(twilio)⟧"}]}',
    '{"request": {"url": "https://api.example.com/v1/orders/⟦~order(ORD)⟧?expand=items", "header": [{"key": "If-None-Match", "value": "W/\\"⟦~md5⟧\\""}]}}',
    'newman run collection.json -e prod.postman_environment.json --env-var "SHOPIFY_TOKEN=⟦secret(shopify)⟧" --reporters cli,junit',
]))

FAMILIES.append(("har_files", [
    '{"name": "Authorization", "value": "Bearer ⟦secret(jwt)⟧"}, {"name": "X-Client-Version", "value": "⟦=4.18.2⟧"}',
    '{"name": "Cookie", "value": "_ga=GA1.2.⟦=1248731102.1717412345⟧; sessionid=⟦secret(cookie)⟧; last_login=⟦email(fr)|url⟧; theme=dark"}',
    '"postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=⟦email(pl)|url⟧&password=⟦pw(word)|url⟧&remember=1"}',
    '{"request": {"method": "GET", "url": "https://maps.googleapis.com/maps/api/geocode/json?latlng=⟦=52.229675,21.012230⟧&key=⟦secret(gapi)⟧"}}',
    '{"serverIPAddress": "⟦ip(v4)⟧", "connection": "443", "startedDateTime": "⟦~ts⟧", "time": 182.4}',
    '{"name": "set-cookie", "value": "connect.sid=⟦secret(sess)⟧; Path=/; HttpOnly; Secure; SameSite=Lax"}',
    '{"name": "etag", "value": "\\"⟦~sha⟧\\""}, {"name": "x-amz-request-id", "value": "⟦=4Q2B7C9R1XKT8Z3M⟧"}, {"name": "x-amz-cf-id", "value": "⟦~b64noise(42)⟧"}',
    '"postData": {"mimeType": "application/json", "text": "{\\"cardNumber\\":\\"⟦card(visa,plain)⟧\\",\\"cvc\\":\\"***\\",\\"zip\\":\\"⟦~zip⟧\\"}"}',
    '{"url": "https://api.example.com/graphql", "queryString": [], "headers": [{"name": "x-forwarded-for", "value": "⟦ip(v4)⟧, ⟦ip(v6)⟧"}]}',
    '{"name": "Authorization", "value": "Basic ⟦basic(admin)⟧"}',
    '{"request": {"url": "https://www.google.com/recaptcha/api2/anchor?k=⟦~recaptcha⟧&co=⟦=aHR0cHM6Ly9zaG9wLmV4YW1wbGUuY29tOjQ0Mw..⟧&v=⟦=pCoGBhjs9s8EhFOHJFe8cqis⟧"}}',
]))

FAMILIES.append(("crash_dumps_stack_traces", [
    "Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    resp = stripe.Charge.create(api_key=\"⟦secret(stripe)⟧\", amount=amt)\nstripe.error.CardError: Your card was declined. (request ⟦=req_8Kq2XbV0Zc1a9L⟧)",
    "java.sql.SQLException: Access denied for user 'report'@'⟦ip(v4)⟧' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)\n\tat com.acme.ReportJob.run(ReportJob.java:57)",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=⟦=0x4a8f2c⟧]\ngoroutine 1 [running]:\nmain.(*Server).handle(0xc000124000)\n\t/src/server.go:211 +0x2c",
    "Unhandled exception: ValidationError: customer ⟦email(gen)⟧ failed KYC (dob=⟦dob(iso)⟧, ssn=⟦ssn(plain)⟧)\n    at validate (/srv/kyc/index.js:42:11)",
    "*** Terminating app due to uncaught exception 'NSInvalidArgumentException'\nThread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libobjc.A.dylib  ⟦=0x00000001a2c3e4f0⟧ objc_exception_throw + 56\nBinary Images: ⟦~uuid⟧",
    "Exception in thread \"main\" redis.clients.jedis.exceptions.JedisDataException: WRONGPASS invalid username-password pair\n  config: redis://default:⟦pw(safe)⟧@cache.internal:6379/0",
    "ERROR 2025-03-11 02:14:07,118 [worker-3] sentry_sdk: Event dropped: payload too large (event_id=⟦~md5⟧)\nDSN host o⟦=450112⟧.ingest.sentry.io",
    "Fatal error: Uncaught PDOException: SQLSTATE[HY000] [1045] in /var/www/config.php:12\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', '⟦pw(word)⟧');",
    "minidump: Crash reason EXCEPTION_ACCESS_VIOLATION_READ, address ⟦=0x000000000000002c⟧, module app.exe ⟦=10.0.19045.3803⟧, build ⟦~sha⟧",
    "[ANR] com.example.delivery pid=⟦=18422⟧ user phone=⟦phone(in,e164)⟧ last_location=⟦~coord⟧",
    "KeyError: 'iban'\nlocals: {'row': {'name': 'Joost de Vries', 'iban': None, 'alt_iban': '⟦iban(NL,plain)⟧', 'bic': '⟦~bic(NL)⟧'}}",
]))

FAMILIES.append(("git_diffs", [
    "diff --git a/.env b/.env\nindex ⟦~sha7⟧..⟦~sha7⟧ 100644\n--- a/.env\n+++ b/.env\n@@ -1,3 +1,3 @@\n-OPENAI_API_KEY=\n+OPENAI_API_KEY=⟦secret(openai)⟧\n LOG_LEVEL=debug",
    "commit ⟦~sha⟧\nAuthor: Marta Ruiz <⟦email(es)⟧>\nDate:   Tue Apr 8 16:02:11 2025 +0200\n\n    chore: bump deps to ⟦=v3.2.1⟧",
    "-  password: \"⟦pw(word)⟧\"\n+  password: ⟦=${DB_PASSWORD}⟧\n   host: db.internal\n   port: 5432",
    "diff --git a/config/settings.py b/config/settings.py\n@@ -12,7 +12,7 @@ DEBUG = False\n-SECRET_KEY = '⟦secret(django)⟧'\n+SECRET_KEY = os.environ['SECRET_KEY']",
    "+ssh_authorized_keys:\n+  - ⟦~sshpub⟧ deploy@bastion\n+users:\n+  - name: ops",
    "Merge: ⟦~sha7⟧ ⟦~sha7⟧\nAuthor: dependabot[bot] <⟦=dependabot[bot]@users.noreply.example.com⟧>\n\n    Bump lodash from ⟦=4.17.20⟧ to ⟦=4.17.21⟧",
    "diff --git a/deploy/id_ed25519 b/deploy/id_ed25519\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/id_ed25519\n@@ -0,0 +1,7 @@\n+⟦secret(pem_openssh)⟧",
    "@@ -3,4 +3,4 @@ test('formats card', () => {\n-  expect(mask('⟦~testcard(plain)⟧')).toBe('•••• 4242');\n+  expect(mask(CARD)).toBe('•••• 4242');",
    "-const SLACK_URL = '⟦secret(slackhook)⟧';\n+const SLACK_URL = process.env.SLACK_URL;",
    "git log --format='%h %an <%ae>' -3\n⟦~sha7⟧ Kofi Mensah <⟦!email=kofi@kofimensah.dev⟧>\n⟦~sha7⟧ Kofi Mensah <⟦=kofi@users.noreply.example.com⟧>\n⟦~sha7⟧ renovate[bot] <⟦=bot@renovateapp.example.org⟧>",
    "diff --git a/fixtures/users.json b/fixtures/users.json\n+  {\"id\": ⟦=1042⟧, \"email\": \"⟦email(tr)⟧\", \"phone\": \"⟦phone(tr,intl)⟧\", \"dob\": \"⟦dob(iso)⟧\", \"ssn\": \"⟦ssn(plain)⟧\"}",
]))

FAMILIES.append(("password_manager_exports", [
    "name,url,username,password,note\nGmail,https://accounts.google.com,⟦email(gen)⟧,⟦pw(rand)⟧,\nNetflix,https://netflix.com,⟦email(gen)⟧,⟦pw(word)⟧,shared with family",
    "folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\n,,login,Allegro,,,https://allegro.pl,⟦email(pl)⟧,⟦pw(word)⟧,",
    "\"Title\",\"Url\",\"Username\",\"Password\",\"OTPAuth\"\n\"Bank BCA\",\"https://ibank.klikbca.com\",\"BUDISAN1987\",\"⟦pw(word)⟧\",\"otpauth://totp/BCA?secret=⟦secret(b64pw)|upper⟧\"",
    '{"items": [{"type": 1, "name": "AWS root", "login": {"username": "⟦email(gen)⟧", "password": "⟦pw(rand)⟧", "uris": [{"uri": "https://console.aws.amazon.com"}]}, "id": "⟦~uuid⟧", "revisionDate": "⟦~ts⟧"}]}',
    "name,url,username,password\nWi-Fi casa,,,⟦pw(phrase)⟧\nRoteador,http://roteador.local,admin,⟦pw(word)⟧",
    '{"type": 3, "name": "Visa Nubank", "card": {"cardholderName": "Fernanda Alves", "number": "⟦card(visa,plain)⟧", "expMonth": "7", "expYear": "2029", "code": "⟦=***⟧"}}',
    '{"type": 4, "name": "Me", "identity": {"firstName": "Chinedu", "email": "⟦email(ng)⟧", "phone": "⟦phone(ng,intl)⟧", "ssn": "⟦ssn⟧", "passportNumber": "⟦~passport⟧"}}',
    "KeePass XML: <Entry><UUID>⟦~b64noise(16)⟧</UUID><String><Key>Password</Key><Value ProtectInMemory=\"True\">⟦pw(rand)⟧</Value></String></Entry>",
    "Ghi chú bảo mật: \"Mã khôi phục\" — đã in ra giấy, cất trong két (tạo lại ngày ⟦~date(dmy)⟧); ID kho ⟦~uuid⟧",
    "name,url,username,password\nSteam,https://store.steampowered.com,kittipong_w,⟦pw(word)⟧\nLINE,https://line.me,⟦phone(th,intl)|nospace⟧,⟦pw(rand)⟧",
]))

FAMILIES.append(("browser_exports", [
    "Chrome autofill export:\nname_full,email_address,phone_home_whole_number,address_home_city\nMihai Dumitru,⟦email(ro)⟧,⟦phone(ro,e164)⟧,Cluj-Napoca",
    "Métodos de pago guardados (Edge): Tarjeta ⟦~masked(visa,stars)⟧ · caduca 04/2028 · alias \"trabajo\" · código postal ⟦~zip⟧",
    "cookies.txt (Netscape format)\n.shop.example.com\tTRUE\t/\tTRUE\t⟦~epoch⟧\tauth_token\t⟦secret(jwt)⟧\n.shop.example.com\tTRUE\t/\tFALSE\t⟦~epoch⟧\t_gid\t⟦=GA1.2.398172.1712003300⟧",
    "Firefox logins.json: {\"hostname\": \"https://mail.onet.pl\", \"encryptedUsername\": \"⟦~b64noise(48)⟧\", \"encryptedPassword\": \"⟦~b64noise(48)⟧\", \"guid\": \"\u007b⟦~uuid⟧\u007d\"}",
    "Safari AutoFill contact card: Phone (mobile) ⟦phone(fr,nat)⟧ · E-mail ⟦email(fr)⟧ · Birthday ⟦dob(fr)⟧",
    "chrome://history export: https://www.google.com/search?q=⟦email(gen)|url⟧+password+reset · visited ⟦~ts⟧",
    "Local Storage (leveldb dump) key: \"persist:root\" value: {\"auth\":\"\u007b\\\"refreshToken\\\":\\\"⟦secret(oauth)⟧\\\"\u007d\",\"_persist\":\"\u007b\\\"version\\\":-1\u007d\"}",
    "Bookmarks.html: <DT><A HREF=\"https://ibank.example.org/login?user=test\" ADD_DATE=\"⟦~epoch⟧\">Bank</A> · <A HREF=\"https://wa.me/⟦phone(ng,e164)|nospace⟧\">Mama</A>",
    "Extension storage: {\"settings\": {\"apiKey\": \"⟦secret(openai)⟧\", \"model\": \"gpt-4o-mini\", \"installId\": \"⟦~uuid⟧\"}}",
    "Autofill profile (Samsung Internet): 이름 김민지 · 생년월일 ⟦dob(kr)⟧ · 휴대폰 ⟦phone(kr,nat)⟧",
]))

FAMILIES.append(("school_forms", [
    "ENROLMENT FORM 2025/26\nPupil: Amara Okafor  Date of birth: ⟦dob(dmy,child)⟧  Year group: 4\nParent/carer phone: ⟦phone(uk,nat)⟧  Email: ⟦email(ng)⟧",
    "FICHA DE MATRÍCULA — Aluno(a): Lucas Ferreira  Data de nascimento: ⟦dob(dmy,child)⟧  Matrícula nº ⟦=2025-0457⟧  Celular: ⟦phone(br,nat)⟧",
    "Formulir Pendaftaran Siswa Baru — Nama: Rizky Pratama, Tanggal lahir: ⟦dob(id,child)⟧, NISN ⟦=0091234567⟧, HP orang tua: ⟦phone(id,nat)⟧",
    "Karta zgłoszenia dziecka do przedszkola: data urodzenia ⟦dob(dot,child)⟧, PESEL ⟦=18230512345⟧ (wzór), telefon matki ⟦phone(pl,nat)⟧",
    "Permission slip — field trip on ⟦~date(us_long)⟧. Student birthday party at lunch is on ⟦~date(mdy)⟧! Emergency contact: ⟦phone(us,nat)⟧",
    "Öğrenci no ⟦~employee(STU)⟧ · Sınıf 7B · Dolap 214 · Kütüphane kartı ⟦=2900012345⟧ · Gecikmiş kitap: ISBN ⟦~isbn(h)⟧",
    "University application: SSN (US applicants only) ⟦ssn⟧ · ITIN ⟦~itin⟧ (for parent) · Application ⟦=UCAS 123-456-7890⟧",
    "Đơn xin nhập học — Họ tên: Trần Minh Đức, Ngày sinh: ⟦dob(vi,child)⟧, SĐT phụ huynh: ⟦phone(vn,nat)⟧, Mã học sinh: ⟦=HS2025-0412⟧",
]))

FAMILIES.append(("insurance_forms", [
    "CLAIM FORM\nPolicy No: ⟦~policy(MTR)⟧  Claim ref: ⟦~order(CLM)⟧\nPolicyholder DOB: ⟦dob(dmy)⟧  Date of incident: ⟦~date(dmy)⟧\nPayout account: ⟦iban(GB,print)⟧",
    "Proposta de seguro auto — Segurado: Thiago Rocha, CNH ⟦=02650306461⟧, chassi ⟦=9BWZZZ377VT004251⟧, celular ⟦phone(br,nat)⟧",
    "Member ID ⟦=XEH 884 21 7733⟧ · Group ⟦=0045821⟧ · RxBIN ⟦=610014⟧ · RxPCN ⟦=MEDDPRIME⟧ · Plan year ⟦~date(mdy)⟧",
    "Designación de beneficiario: Nombre Luz Huamán · Parentesco: hija · Fecha de nacimiento ⟦dob(dmy,young)⟧ · SSN ⟦ssn⟧ · Porcentaje 50%",
    "Certificado de seguro viagem ⟦~policy(TRV)⟧ para ⟦email(br)⟧, válido de ⟦~date(dmy)⟧ a ⟦~date(dmy,future)⟧. Assistência 24h: ⟦=+44 20 7946 0123⟧ (número de exemplo no modelo).",
    "Φόρμα αποζημίωσης: ΑΦΜ ⟦=123456789⟧, IBAN ⟦iban(GR,print)⟧, κινητό ⟦phone(gr,intl)⟧",
    "Life policy medical questionnaire — applicant born ⟦dob(us_long)⟧, NI number ⟦nino(sp)⟧, GP surgery tel ⟦phone(uk_land,nat)⟧",
    "EIN for employer group plan: ⟦~ein⟧ · NAIC code ⟦=60054⟧ · policy effective ⟦~date(mdy)⟧ · reference SSN on file: ⟦=XXX-XX-1934⟧",
]))

FAMILIES.append(("hr_records", [
    "employee_id,full_name,ni_number,date_of_birth,start_date,sort_code,account\n⟦~employee(E)⟧,Rebecca Holt,⟦nino(plain)⟧,⟦dob(iso)⟧,⟦~date(iso)⟧,⟦~sortcode⟧,⟦=41930577⟧",
    "New starter checklist ✔ P45 received ✔ NI number ⟦nino(sp)⟧ ✔ Right-to-work check ref ⟦=RTW-2025-0412⟧ ✔ Emergency contact ⟦phone(uk,nat)⟧",
    "Payroll exception: NI number ⟦~badnino(suffix)⟧ rejected by HMRC (invalid suffix) for employee ⟦~employee(E)⟧; temporary reference ⟦=TRN-0048812⟧ used until corrected to ⟦nino(sp)⟧.",
    "W-4 / I-9 packet: SSN ⟦ssn⟧, DOB ⟦dob(mdy)⟧, E-Verify case ⟦=2025112814273RC⟧, hire date ⟦~date(mdy)⟧",
    "Ficha do colaborador: CPF [mascarado], PIS ⟦=120.4567.890-1⟧, conta salário ⟦iban(BR,print)⟧",
    "Η αξιολόγηση απόδοσης ορίστηκε για ⟦~date(el)⟧. Επέτειος πρόσληψης: 5 χρόνια στις ⟦~date(el)⟧. Προϊστάμενος: Δ. Οκόγιε (εσωτ. ⟦=4417⟧).",
    "Offboarding: revoke laptop ⟦=SN C02XK1ABJG5J⟧, badge ⟦=0004418822⟧, personal email for P60: ⟦email(gen)⟧, NI ⟦nino(sp)⟧",
    "Angajat: Ioana Ionescu, IBAN salariu ⟦iban(RO,print)⟧, telefon ⟦phone(ro,intl)⟧",
    "Leave request #⟦~num(6)⟧: maternity leave from ⟦~date(dmy)⟧, expected due date ⟦~date(dmy)⟧ (not a birth date of the employee). Employee SSN ⟦ssn|zw⟧.",
    "Pension opt-out form — NINO ⟦nino(plain)|lower⟧, scheme ref ⟦=PS-00412-A⟧, scheme joined ⟦~date(dot)⟧",
]))

FAMILIES.append(("medical_records", [
    "PATIENT: HOFFMANN, Katrin  MRN ⟦~mrn⟧  DOB ⟦dob(dot)⟧  Admitted ⟦~date(dot)⟧  Ward 4B\nDx: community-acquired pneumonia, ICD-10 ⟦=J18.9⟧",
    "Discharge summary — Pt born ⟦dob(mdy,old)⟧, SSN ⟦ssn⟧, NPI of attending ⟦=1245319599⟧, follow-up ⟦~date(mdy)⟧",
    "Prontuário: Paciente Maria das Graças, nasc. ⟦dob(dmy,old)⟧, Cartão SUS ⟦=898 0012 3456 7890⟧, tel. ⟦phone(br,nat)⟧",
    "Laborbefund: HbA1c 7,2 % (Ref. 4,0–5,6), LDL 3,4 mmol/l, Proben-ID ⟦=LAB-25-0441287⟧, entnommen ⟦~ts⟧",
    "Rekam medis: Tn. Agus Wijaya, No. BPJS ⟦=0001234567890⟧, alergi penisilin. Kontak keluarga: ⟦phone(id,nat)⟧",
    "NHS number ⟦=943 476 5919⟧ · Patient DOB ⟦dob(en_long)⟧ · NI ⟦nino(sp)⟧ · Next of kin ⟦phone(uk,nat)⟧",
    "Prescription: Amoxicillin 500 mg TID x7d · Rx # ⟦~num(7)⟧ · DEA ⟦=BM1234563⟧ · patient SSN ⟦ssn(dot)⟧ · Pharmacy fax ⟦~phone555⟧",
    "Hồ sơ bệnh án: BN Lê Thanh Tâm, BHYT ⟦=DN4790123456789⟧, SĐT người nhà ⟦phone(vn,nat)⟧",
    "Nota de teleconsulta: la paciente envió fotos desde ⟦email(es)⟧ con IP ⟦ip(v4)⟧; NI ⟦nino(plain)⟧ (vive en Reino Unido); consulta ⟦~uuid⟧",
    "Vaccination certificate: UVCI ⟦=URN:UVCI:01:GR:ABCD12345678#K⟧ · dose 3/3 · date ⟦~date(iso)⟧",
]))

FAMILIES.append(("invoices_and_payments", [
    "RECHNUNG Nr. ⟦~order(RE)⟧\nLeistungsdatum: ⟦~date(dot)⟧\nBitte überweisen Sie 1.190,00 EUR auf ⟦iban(DE,print)⟧, BIC ⟦~bic(DE)⟧\nUSt-IdNr. ⟦~vat(DE)⟧",
    "FACTURE n° ⟦~num(7)⟧ — Montant TTC 2 340,00 € — RIB : ⟦iban(FR,print)⟧ — Ouvrage ISBN ⟦~isbn(h)⟧ — SIRET ⟦=732 829 320 00074⟧",
    "FATTURA ⟦=2025/0412⟧ — Pagamento a 30 gg su IBAN ⟦iban(IT,print)⟧ — P.IVA ⟦~vat(IT)⟧",
    "Invoice INV-⟦~num(6)⟧ — Pay by bank transfer: sort code ⟦~sortcode⟧, account ⟦=31926819⟧ or IBAN ⟦iban(GB,plain)⟧",
    "Factuur ⟦~order(F)⟧ — Gelieve te betalen op ⟦iban(BE,print)⟧ met gestructureerde mededeling ⟦=+++090/9337/55493+++⟧",
    "Proforma: Wire to ⟦iban(AE,print)⟧ (Emirates NBD), SWIFT ⟦~bic(AE)⟧, amount USD 12,400.00, PO ⟦~order(PO)⟧",
    "Betalingsadvies: 3 facturen betaald, totaal € 4.812,10, van rekening ⟦~maskiban(NL)⟧, batch ⟦~uuid⟧",
    "Fatura nº FT ⟦=2025A1/1042⟧ — NIF ⟦=501 964 843⟧ — pagamento por transferência: ⟦iban(PT,print)⟧",
    "Faktura VAT ⟦=FV/412/2025⟧ · NIP ⟦~vat(PL)⟧ · Rachunek: ⟦iban(PL,print)⟧ · Termin płatności ⟦~date(dot)⟧",
    "Nur Beispiel aus der Doku: IBAN ⟦=GB82 WEST 1234 5698 7654 32⟧ / ⟦=DE89 3704 0044 0532 0130 00⟧ — bitte durch eigene Daten ersetzen.",
    "Pagamento non riuscito: carta ⟦~badcard(visa,spaced)⟧ rifiutata (numero non valido). Riprova. Rif. ⟦~stripeobj⟧",
    "Ödeme bilgileri: IBAN ⟦iban(TR,print)⟧, alıcı: Elif Kaya, açıklama: fatura ⟦~num(8)⟧",
]))

FAMILIES.append(("contracts_legal", [
    "CONTRATO DE LOCAÇÃO — LOCATÁRIO: Pedro Henrique, brasileiro, nascido em ⟦dob(pt)⟧, e-mail ⟦email(br)⟧, telefone ⟦phone(br,intl)⟧. Vigência a partir de ⟦~date(dmy)⟧.",
    "CONTRACT DE ÎNCHIRIERE nr. ⟦=114/2025⟧ — Chiriaș: Elena Stan, cont ⟦iban(RO,print)⟧. Data semnării: ⟦~date(dot)⟧.",
    "Employment agreement dated ⟦~date(en_long)⟧ between Acme Ltd (company no. ⟦=09876543⟧) and Daniel Okoro (NI ⟦nino(sp)⟧).",
    "This Agreement is made on ⟦~date(us_long)⟧ (the \"Effective Date\"). Notices: ⟦email(gen,harbourline-logistics.co.uk)⟧. Governing law: England and Wales. Clause ⟦=14.2(b)⟧.",
    "Συμβόλαιο μίσθωσης: Μισθωτής Νίκος Βλάχος, γεννηθείς ⟦dob(el)⟧, τηλ. ⟦phone(gr,nat)⟧, ΑΦΜ ⟦=099999999⟧.",
    "Geheimhaltungsvereinbarung per DocuSign unterschrieben — Umschlag ⟦~uuid⟧, Unterzeichnerin ⟦email(es)⟧ von ⟦ip(v4)⟧ um ⟦~ts⟧.",
    "Societatea a fost înființată la ⟦~date(ro)⟧; sediul social în str. Cheiului 12. Capital social ⟦=1.000⟧ lei, împărțit în ⟦=100⟧ părți sociale.",
    "Instructions de séquestre : verser le dépôt sur ⟦iban(CH,print)⟧ à la signature ; réf. séquestre ⟦~order(ESC)⟧.",
]))

FAMILIES.append(("email_headers_and_bodies", [
    "Return-Path: <⟦email(de)⟧>\nReceived: from mail-out.web.de (mout.web.de [⟦ip(v4)⟧]) by mx.example.net\nMessage-ID: <⟦~uuid⟧@web.de>",
    "From: \"Nguyen Thu Ha\" <⟦email(vn)⟧>\nTo: ⟦email(gen)⟧\nSubject: Re: hợp đồng thuê nhà\nX-Originating-IP: [⟦ip(v4)⟧]",
    "DKIM-Signature: v=1; a=rsa-sha256; d=mailer.example.com; s=s1; bh=⟦~b64noise(32)⟧; b=⟦~b64noise(96)⟧",
    "Received: from [⟦ip(v6)⟧] by smtp.gmail.com with ESMTPSA id ⟦=a640c23a62f3a-ac3f1b2c9d8sm4412817866b⟧",
    "Content-Transfer-Encoding: quoted-printable\n\nPlease reply to ⟦email(fr)|qp⟧ =E2=80=94 merci!",
    "Cześć, przesyłam dane klienta: ⟦email(gen)⟧, komórka ⟦phone(au,nat)⟧, NI ⟦nino(sp)|zw⟧. Zgłoszenie ⟦~order(TKT)⟧.\n\n-----Wiadomość oryginalna-----\nOd: ⟦=no-reply@example.com⟧",
    "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=⟦email(gen,kontor-lindner.de)⟧; dmarc=pass header.from=kontor-lindner.de",
    "List-Unsubscribe: <mailto:unsubscribe+⟦~md5⟧@list.example.org>, <https://list.example.org/u/⟦~uuid⟧>",
    "Enviado do meu iPhone\n\nEm ⟦~date(pt)⟧, às 09:14, Olivia Grant <⟦!email=olivia.grant@proton.me⟧> escreveu:\n> Pode me mandar o IBAN de novo?\n\n⟦iban(IE,print)⟧",
    "X-Mailer: ⟦=Microsoft Outlook 16.0⟧\nX-MS-Exchange-Organization-Network-Message-Id: ⟦~uuid⟧\nX-Sender-IP: ⟦ip(v4)⟧",
    "Subject: =?UTF-8?B?⟦=0JfQsNC60LDQtyDQvtGC0L/RgNCw0LLQu9C10L0=⟧?=\nReply-To: ⟦email(gen,yandex.ru)|upper⟧",
]))

FAMILIES.append(("shell_history", [
    "  501  export GITHUB_TOKEN=⟦secret(gh)⟧\n  502  git config --global user.email ⟦email(gen)⟧\n  503  gh repo clone acme/infra\n  504  cd infra && git checkout ⟦~sha7⟧",
    "mysql -h db-prod.internal -u root -p'⟦pw(word)⟧' -e 'SHOW PROCESSLIST'",
    "ssh -i ~/.ssh/id_ed25519 ubuntu@⟦ip(v4)⟧ -p 2222",
    "curl -u admin:⟦pw(safe)⟧ https://jenkins.internal/job/deploy/build?token=⟦secret(hex32)⟧",
    "psql \"postgresql://analytics:⟦pw(safe)⟧@⟦ip(v4)⟧:5432/warehouse\"",
    "docker run -e POSTGRES_PASSWORD=⟦=${PGPASS}⟧ -p 5432:5432 postgres:⟦=16.2⟧",
    "openssl rand -hex 32  # → ⟦secret(hex64)⟧ (pasted into vault later)",
    "history | grep ssh\n  88  ssh root@⟦ip(v6)⟧\n  91  ssh-keygen -lf ~/.ssh/id_rsa.pub  # ⟦=SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8⟧",
    "export HF_TOKEN=⟦secret(hf)⟧; huggingface-cli download gpt2 --revision ⟦~sha⟧",
    "echo ⟦basic(deploy)⟧ | base64 -d   # deploy creds for staging",
    "ping -c 3 ⟦=1.1.1.1⟧ && dig @⟦=9.9.9.9⟧ example.com && traceroute ⟦ip(v4)⟧",
    "az storage blob upload --account-name acmeprod --account-key ⟦secret(azure)⟧ -c backups -f db.sql.gz",
]))

FAMILIES.append(("sql_dumps", [
    "INSERT INTO customers (id, name, email, phone, dob) VALUES (⟦=10482⟧, 'Yusuf Garba', '⟦email(ng)⟧', '⟦phone(ng,intl)⟧', '⟦dob(iso)⟧');",
    "INSERT INTO payment_methods VALUES (⟦=771⟧, 'visa', '⟦card(visa,plain)⟧', '12/27', NOW());",
    "UPDATE users SET password_hash = '⟦=$2b$12$KIXq8e1tZ5m2w9wQ7rUHuOq8n3x7Q0fVf1ZGk2bQ5cQJ8m6q6a1Wm⟧' WHERE id = ⟦=88⟧;",
    "CREATE USER reporting WITH PASSWORD '⟦pw(word)⟧';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;",
    "SELECT * FROM orders WHERE order_no = '⟦~order(SO)⟧' AND created_at > '⟦~ts⟧';",
    "COPY employees (emp_no, ni_number, birth_date) FROM stdin;\n⟦~employee(E)⟧\t⟦nino(plain)⟧\t⟦dob(iso)⟧\n\\.",
    "-- test data, do not use in prod\nINSERT INTO users (email, ssn) VALUES ('⟦~exemail⟧', '⟦=123-45-6789⟧');",
    "INSERT INTO `clientes` VALUES (⟦=3⟧,'Rosa Quispe','⟦email(pe)⟧','⟦phone(pe,nat)⟧','⟦ssn⟧');",
    "ALTER ROLE app_rw PASSWORD 'md5⟦~md5⟧';  -- md5-hashed, legacy",
    "INSERT INTO login_events (user_id, ip, ua, at) VALUES (⟦=5521⟧, '⟦ip(v4)⟧', 'Mozilla/5.0', '⟦~ts⟧'), (⟦=5521⟧, '⟦ip(v6)⟧', 'okhttp/⟦=4.12.0⟧', '⟦~ts⟧');",
    "INSERT INTO api_keys (owner, key, created) VALUES ('billing', '⟦secret(stripe)⟧', '⟦~date(iso)⟧');",
]))

FAMILIES.append(("env_and_config_files", [
    "# .env.production\nDATABASE_URL=mysql://shop:⟦pw(safe)⟧@db.internal:3306/shop\nREDIS_URL=redis://cache:6379\nSENTRY_RELEASE=⟦~sha⟧",
    "ANTHROPIC_API_KEY=⟦secret(anthropic)⟧\nMODEL=claude-3-haiku\nMAX_TOKENS=1024",
    "[default]\naws_access_key_id = ⟦secret(akid)⟧\naws_secret_access_key = ⟦secret(aws)⟧\nregion = ap-southeast-1",
    "# sample config — copy to .env\nAWS_ACCESS_KEY_ID=⟦=AKIAIOSFODNN7EXAMPLE⟧\nAWS_SECRET_ACCESS_KEY=⟦=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟧",
    "spring:\n  datasource:\n    url: jdbc:postgresql://pg:5432/core\n    username: core\n    password: ⟦pw(word)⟧\n  mail:\n    username: ⟦email(gen,acme-mail.io)⟧",
    "TELEGRAM_BOT_TOKEN=⟦secret(telegram)⟧\nADMIN_CHAT_ID=⟦=-1001823344556⟧",
    "machine api.heroku.com\n  login ⟦email(gen)⟧\n  password ⟦secret(hex32)⟧",
    "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql01;Database=Crm;User Id=crm_app;Password=⟦pw(safe)⟧;\" />\n</connectionStrings>",
    "DISCORD_TOKEN=⟦secret(discord)⟧\nGUILD_ID=⟦=1123456789012345678⟧\nAPP_VERSION=⟦~ver⟧",
    "//registry.npmjs.org/:_authToken=⟦=${NPM_TOKEN}⟧\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=⟦secret(gh)⟧",
    "MAILGUN_API_KEY=⟦secret(mailgun)⟧\nMAILGUN_DOMAIN=mg.acme-mail.io\nMAIL_FROM=⟦=no-reply@example.com⟧",
    "vault:\n  addr: https://vault.internal:8200\n  token: ⟦secret(vault)⟧\n  namespace: admin/payments",
]))

FAMILIES.append(("server_and_app_logs", [
    "⟦ip(v4)⟧ - - [12/Mar/2025:10:22:31 +0000] \"GET /api/v2/orders/⟦~order(ORD)⟧ HTTP/1.1\" 200 1843 \"-\" \"Mozilla/5.0\"",
    "⟦ip(v6)⟧ - - [12/Mar/2025:10:22:35 +0000] \"POST /login HTTP/2.0\" 302 0 \"https://shop.example.com/\" \"okhttp/4.9.3\"",
    "level=info ts=⟦~ts⟧ caller=server.go:88 msg=\"request\" method=GET path=/healthz status=200 dur=1.2ms trace_id=⟦~md5⟧",
    "2025-03-12 10:23:01 WARN  AuthService - failed login for ⟦email(pl)⟧ from ⟦ip(v4)⟧ (attempt 3/5)",
    "2025-03-12 10:23:09 DEBUG PaymentGateway - request body: {\"pan\":\"⟦card(mc,plain)⟧\",\"exp\":\"0928\",\"amount\":4999}",
    "Mar 12 10:24:17 bastion sshd[2281]: Accepted publickey for deploy from ⟦ip(v4)⟧ port 51822 ssh2: ED25519 ⟦=SHA256:Xq2k7lLrV8r0p1mJ8bq9WZ0sGf3hT6uYx4cN5aE1dQk⟧",
    "Mar 12 10:24:19 bastion sshd[2290]: Invalid user admin from ⟦ip(v4)⟧ port 40112",
    "{\"level\":\"error\",\"msg\":\"sms send failed\",\"to\":\"⟦phone(ke,e164)⟧\",\"provider\":\"twilio\",\"sid\":\"⟦~twsid⟧\",\"code\":21211}",
    "INFO  gunicorn.access: ⟦docip⟧".replace("⟦docip⟧", "⟦~docip⟧") + " \"GET /docs HTTP/1.1\" 200 — example from the runbook",
    "kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟦ip(v4)⟧ DST=⟦ip(v4)⟧ LEN=40 TTL=241 PROTO=TCP SPT=53118 DPT=23",
    "2025-03-12T10:25:44Z audit user=⟦email(gen)⟧ action=export_csv rows=18211 client_ip=⟦ip(v4)⟧ ua_version=⟦~ver4⟧",
    "WARN net mask ⟦=255.255.255.0⟧ mtu ⟦=1500⟧ dns ⟦=1.1.1.1⟧ — interface eth1 up (fw ⟦=4.19.0.12⟧)",
]))

FAMILIES.append(("code_literals", [
    "const stripe = require('stripe')('⟦secret(stripe)⟧'); // TODO: move to env before launch",
    "API_KEY = \"⟦secret(gapi)⟧\"  # Maps JS key, restricted by referrer? (it is not)\nMAP_ID = \"⟦=8e0a97af9386fef⟧\"",
    "private static final String PRIVATE_KEY = \"⟦secret(pem_ec)|json⟧\";",
    "client = OpenAI(api_key=\"⟦secret(openai)⟧\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=msgs, seed=⟦=15377⟧)",
    "def test_luhn():\n    assert is_valid('⟦~testcard(plain)⟧')\n    assert not is_valid('⟦~badcard(visa,plain)⟧')",
    "let webhookUrl = URL(string: \"⟦secret(slackhook)⟧\")!",
    "val uuid = UUID.fromString(\"⟦~uuid⟧\")  // installation id, not a secret",
    "# config.rb\nconfig.action_mailer.smtp_settings = { user_name: '⟦email(gen,acme-mail.io)⟧', password: '⟦pw(word)⟧', address: 'smtp.sendgrid.net' }",
    "var mapboxToken = '⟦secret(mapbox)⟧'; // secret sk. token — should have been pk.",
    "String recaptchaSiteKey = \"⟦~recaptcha⟧\"; // public site key, fine to ship",
    "firebaseConfig = {\n  apiKey: \"⟦secret(gapi)⟧\",\n  projectId: \"acme-prod-⟦=4a1f2⟧\",\n  appId: \"1:⟦=812345678901⟧:web:⟦=3c2b1a0f9e8d7c6b⟧\"\n};",
    "email_re = re.compile(r'^[\\w.+-]+@[\\w-]+\\.[\\w.]+$')  # e.g. ⟦~exemail⟧",
]))

FAMILIES.append(("support_tickets", [
    "Tiket #⟦~num(6)⟧ — Pelanggan: \"Saya tidak bisa login, email saya ⟦email(id)⟧ dan password sudah saya reset jadi ⟦pw(word)⟧ tapi tetap gagal\"",
    "Billet #⟦~num(6)⟧ — Veuillez mettre à jour mon numéro : ⟦phone(ca,nat)⟧, l'ancien ⟦=(416) 555-0199⟧ est hors service.",
    "Chào shop, tôi bị trừ tiền hai lần cho đơn ⟦~order(ORD)⟧. Thẻ: ⟦~masked(visa,x)⟧. Mã giao dịch ⟦~reqid⟧ và ⟦~reqid⟧.",
    "Interne Notiz: Kunde hat die komplette Karte ⟦card(disc,dashed)⟧ im Chat vorgelesen — gemäß PCI-Richtlinie ⟦=PCI-DSS 3.4⟧ schwärzen.",
    "Respuesta del agente: nunca le pediremos su contraseña. Su caso es ⟦=CAS-02199-W3K8Z9⟧ y su número de cuenta ⟦~num(10)⟧.",
    "Klant stuurde screenshot: 'Je verificatielink is verlopen' — gebruikers-id ⟦~uuid⟧, app-versie ⟦~ver⟧ (build ⟦~build⟧).",
    "Zendesk macro: Hello ⟦={{ticket.requester.first_name}}⟧, your refund of ⟦={{ticket.custom_field_360}}⟧ is on its way.",
    "Reporte de error: el formulario de registro rechaza ⟦email(id)⟧ por el punto antes de la @ — navegador ⟦=Chrome 124.0.6367.91⟧",
    "Kunden vill ha fakturorna till ekonomi: ⟦email(gen,lindqvist-bygg.se)|at(brk)⟧ (skrev så för att slippa spam)",
    "Tatizo: mteja hapokei SMS ya OTP kwenye ⟦phone(ke,intl)⟧; mtandao Safaricom; ombi ⟦~uuid⟧.",
    "I need my data deleted (GDPR). Name: Jonas Becker, NI number ⟦nino(plain)⟧, email ⟦email(de)⟧. Please confirm.",
]))

FAMILIES.append(("markdown_tables", [
    "| Nome | E-mail | Telefone |\n|---|---|---|\n| Ana Souza | ⟦email(br)⟧ | ⟦phone(br,nat)⟧ |\n| Exemplo | ⟦~exemail⟧ | ⟦~phone555⟧ |",
    "| Service | Key | Rotated |\n|---|---|---|\n| SendGrid | `⟦secret(sendgrid)⟧` | ⟦~date(iso)⟧ |\n| Datadog | `⟦secret(dd)⟧` | ⟦~date(iso)⟧ |",
    "| Host | IP | Role |\n|---|---|---|\n| edge-1 | ⟦ip(v4)⟧ | LB |\n| edge-2 | ⟦ip(v4)⟧ | LB |\n| docs | ⟦~docip⟧ | example |",
    "| Version | Date | Remarques |\n|---|---|---|\n| ⟦=2.4.1⟧ | ⟦~date(iso)⟧ | correctif |\n| ⟦=2.4.0⟧ | ⟦~date(iso)⟧ | publication |",
    "| Mitarbeiter | Geburtsdatum | IBAN |\n|---|---|---|\n| K. Wolf | ⟦dob(dot)⟧ | ⟦iban(DE,print)⟧ |",
    "| Seguimiento | Transportista | Estado |\n|---|---|---|\n| ⟦~track(dhl)⟧ | DHL | entregado |\n| ⟦~track(royal)⟧ | Royal Mail | en tránsito |\n| ⟦~track(usps)⟧ | USPS | etiqueta creada |",
    "| Pracownik | PESEL | Telefon |\n|---|---|---|\n| Piotr Zieliński | *********** | ⟦phone(pl,nat)⟧ |",
    "| Test card | Brand | Result |\n|---|---|---|\n| ⟦=4242 4242 4242 4242⟧ | Visa | success |\n| ⟦=5555 5555 5555 4444⟧ | Mastercard | success |\n| ⟦=4000 0000 0000 0002⟧ | Visa | declined |",
    "| Employee | NINO | DOB |\n|---|---|---|\n| R. Patel | ⟦nino(sp)⟧ | ⟦dob(dmy)⟧ |\n| S. Achterberg | ⟦nino(plain)⟧ | — |\n| example | ⟦=QQ 12 34 56 C⟧ | — |",
    "| Commit | Author | Message |\n|---|---|---|\n| ⟦~sha7⟧ | ci-bot | bump ⟦=v1.9.3⟧ |\n| ⟦~sha7⟧ | mkaminski | fix typo |",
]))

FAMILIES.append(("us_tax_and_payroll", [
    "Form W-2 Box a Employee's SSN: ⟦ssn⟧  Box b EIN: ⟦~ein⟧  Box 1 Wages: 58,211.40",
    "1099-NEC — Recipient TIN: ⟦ssn⟧ — Payer TIN: ⟦~ein⟧ — Recipient e-mail ⟦email(gen)⟧ — Account no. ⟦~num(8)⟧",
    "W-7 application approved, ITIN issued: ⟦~itin⟧ (not an SSN). Spouse SSN: ⟦ssn(plain)⟧",
    "Direct deposit: routing ⟦~aba⟧, account ⟦=000123456789⟧, employee SSN last 4: ⟦=6021⟧",
    "Dependent: Mia Delacruz, DOB ⟦dob(mdy,child)⟧, SSN ⟦ssn⟧, relationship: daughter",
    "IRS notice CP2000 dated ⟦~date(us_long)⟧ — taxpayer SSN ⟦ssn(space)⟧ — tax year 2023",
    "Payroll import error row 18: SSN ⟦~badssn(area9)⟧ invalid (area 900–999); row 22: SSN ⟦~badssn(group)⟧ invalid (group 00).",
    "State withholding form: SSN ⟦ssn(plain)|sep(-)⟧ · filing status: single · allowances 1",
    "Sample W-9 (instructions): SSN ⟦=123-45-6789⟧, EIN ⟦=12-3456789⟧ — replace with your numbers.",
    "TurboTax chat: 'my social is ⟦ssn|spell(en)⟧, why is e-file rejected?'",
]))

FAMILIES.append(("invalid_checksums", [
    "Card declined — the number ⟦~badcard(visa,spaced)⟧ fails validation (check digit). Customer retyped as ⟦card(visa,spaced)⟧ and it went through.",
    "Importwarnung: IBAN ⟦~badiban(DE,print)⟧ hat eine ungültige Prüfziffer; bitte beim Kontoinhaber nachfragen.",
    "Carte cadeau ⟦~gift(16,spaced)⟧ et carte de fidélité ⟦~gift(19,plain)⟧ scannées à la caisse 3.",
    "Numeri di serie sul bancale: ⟦~gift(16,dashed)⟧, ⟦~gift(16,dashed)⟧, ⟦~gift(16,dashed)⟧",
    "NI number ⟦~badnino(first)⟧ rejected: first letter not allowed. Also ⟦~badnino(pfx)⟧ (administrative prefix).",
    "SSN validation failed: ⟦~badssn(area666)⟧ (area 666), ⟦~badssn(serial)⟧ (serial 0000), ⟦~badssn(area0)⟧ (area 000). Corrected record: ⟦ssn⟧.",
    "Salah ketik: pelanggan menulis ⟦~badiban(NL,plain)⟧, IBAN yang benar di mandat adalah ⟦iban(NL,plain)⟧.",
    "Amex ⟦~badcard(amex,spaced)⟧ afgekeurd door de Luhn-controle; Mastercard ⟦~badcard(mc,dashed)⟧ ook.",
    "Błędny numer konta: ⟦~badiban(PL,print)⟧ — suma kontrolna się nie zgadza. Poprawny: ⟦iban(PL,print)⟧",
    "IBAN greșit ⟦~badiban(RO,plain)⟧ (cifră de control invalidă). Vă rugăm reverificați.",
    "Tarjeta rechazada: ⟦~badcard(visa,dashed)⟧ (número inválido). Referencia ⟦~num(9)⟧.",
    "Second letter check: ⟦~badnino(second)⟧ is not a valid NINO; ⟦~badnino(suffix,plain)⟧ neither (suffix). The employee's real one is ⟦nino(sp)⟧.",
    "Discover ⟦~badcard(disc,plain)⟧ / JCB ⟦~badcard(jcb,spaced)⟧ / UnionPay ⟦~badcard(cup,spaced)⟧ all failed Luhn in the fraud screen.",
    "Belgian transfer bounced: ⟦~badiban(BE,print)⟧ (national check OK? no — mod 97 fails). Re-sent to ⟦iban(BE,print)⟧.",
]))

FAMILIES.append(("placeholders_and_documentation", [
    "Para testar pagamentos use ⟦=4242 4242 4242 4242⟧, qualquer validade futura e qualquer CVC. Recibos vão para ⟦~exemail⟧.",
    "Example request:\ncurl https://api.example.com/v1/users -H 'Authorization: Bearer ⟦=YOUR_API_KEY⟧' -d email=⟦~exemail⟧",
    "In the docs we use ⟦=AKIAIOSFODNN7EXAMPLE⟧ as the access key id and ⟦~docip⟧ as the server address.",
    "JWT debugger sample: ⟦~fakejwt⟧",
    "Llámenos al ⟦~phone555⟧ (número ficticio usado en nuestras capturas de pantalla).",
    "Your NI number looks like ⟦=QQ 12 34 56 C⟧ — it's on your payslip or P60.",
    "IPv6 docs prefix ⟦~docip6⟧, IPv4 docs range ⟦=198.51.100.0/24⟧, and public resolvers ⟦=1.1.1.1⟧ / ⟦=9.9.9.9⟧.",
    "password: ⟦=********⟧\napi_key: ⟦=<redacted>⟧\ntoken: ⟦=${{ secrets.TOKEN }}⟧",
    "Template: Dear ⟦={{first_name}}⟧, your account ⟦={{account_id}}⟧ will renew on ⟦={{renewal_date}}⟧.",
    "SSN format: XXX-XX-XXXX (e.g. ⟦=123-45-6789⟧). Never share your full SSN by email.",
    "Set STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx in your environment (placeholder).".replace("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "⟦=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx⟧"),
    "Formato IBAN: ⟦=ES91 2100 0418 4502 0005 1332⟧ (ejemplo oficial) — no lo uses para pagos reales.",
    "OID ⟦=1.3.6.1.4.1.311.60.2.1.3⟧, build ⟦~ver4⟧, and netmask ⟦=255.255.240.0⟧ are not IP addresses of anyone.",
    "ssh key fingerprint: ⟦~sshpub⟧ (public — safe to paste)",
]))

FAMILIES.append(("messages_portuguese", [
    "Oi Bia! Me passa teu e-mail? O meu é ⟦email(br)|at(pt)⟧ (escrevi assim pro bot do grupo não apagar)",
    "Segue o número do cartão pra você fazer a reserva: ⟦card(elo,spaced)⟧, validade 11/28. Depois me devolve no PIX.",
    "Olá, sou brasileira morando em Boston, meu SSN é ⟦ssn⟧ e preciso declarar o imposto, alguém ajuda?",
    "Pessoal, o token do bot do Telegram vazou no print: ⟦secret(telegram)⟧ — já revoguei, relaxa.",
    "Transferência para Portugal: IBAN ⟦iban(PT,print)⟧, titular Joana Matos. NIF ⟦=245 123 450⟧.",
    "Rastreio dos Correios: ⟦~track(upu,BR)⟧ — postado em ⟦~date(dmy)⟧. Protocolo de atendimento ⟦~num(12)⟧.",
    "Meu zap mudou: ⟦phone(br,nat)|zw⟧ (o antigo era o fixo da firma, ramal ⟦=2207⟧)",
    "Aniversário da empresa dia ⟦~date(dmy)⟧ 🎉 e a festa de aniversário do Pedro é ⟦~date(dmy)⟧, mas ele nasceu em ⟦dob(dmy)⟧ mesmo.",
    "A senha do wi-fi da pousada é ⟦pw(word)⟧ e o código da reserva ⟦~pnr⟧.",
    "CNPJ ⟦=11.222.333/0001-81⟧, versão do app ⟦~ver⟧, pedido ⟦~order(PED)⟧ — nada disso é dado pessoal, só pra registrar.",
    "Manda pro meu e-mail do trabalho: ⟦email(br,clinica-sao-lucas.com.br)|fw⟧",
]))

FAMILIES.append(("messages_indonesian", [
    "Min, transfer ke rekening BCA aja ya, atau kartu kredit saya ⟦card(visa,spaced)⟧ bisa? Exp 03/27.",
    "Bro ini API key Google Maps buat project skripsi: ⟦secret(gapi)⟧, jangan disebar ya 🙏",
    "Nomor WA saya ⟦phone(id,nat)|spell(id)⟧ (ditulis huruf biar ga kena filter)",
    "Email saya ⟦email(id)|at(id)⟧, tolong kirim invoice ke situ.",
    "No. resi JNE ⟦~track(jne)⟧, ongkir Rp 18.000, estimasi 2-3 hari. Kode booking tiket kereta ⟦~pnr⟧.",
    "Halo kak, saya TKI di London, NI number saya ⟦nino(sp)⟧ tapi gaji belum masuk, bisa bantu?",
    "Password server staging: ⟦pw(word)⟧ — IP-nya ⟦ip(v4)⟧, user root. Jangan diubah dulu.",
    "NPWP ⟦=09.254.294.3-407.000⟧, NIB ⟦=9120001234567⟧, versi aplikasi ⟦~ver⟧. Data perusahaan, bukan pribadi.",
    "Tanggal lahir: ⟦dob(id)⟧, tempat lahir Medan. Tanggal pernikahan ⟦~date(id)⟧.",
    "Kak ini token GitHub dari mas Andi: ⟦secret(ghfg)⟧, buat deploy CI.",
    "Nomor VA pembayaran ⟦=8808 0812 3456 7890⟧ (virtual account, bukan kartu), berlaku sampai ⟦~date(dash)⟧.",
]))

FAMILIES.append(("messages_vietnamese", [
    "Em gửi anh số thẻ để đặt phòng: ⟦card(jcb,spaced)⟧, hết hạn 10/27 nhé.",
    "Số điện thoại mới của chị là ⟦phone(vn,nat)|spell(vi)⟧, lưu lại giúp em.",
    "Email công ty: ⟦email(vn)|at(vi)⟧ — gửi báo giá trước thứ Sáu.",
    "Anh ơi key AWS của dự án: ⟦secret(akid)⟧ / ⟦secret(aws)⟧, em để tạm đây, mai xoá.",
    "Mã vận đơn ⟦~track(ghn)⟧, mã đơn hàng Shopee ⟦=250412ABCD9XYZ⟧, phí ship 30.000đ.",
    "Tài khoản Vietcombank ⟦=0071000123451⟧ (số tài khoản nội địa), chi nhánh Hà Nội. Mã giao dịch ⟦~num(12)⟧.",
    "Mật khẩu wifi quán: ⟦pw(word)⟧ 😄",
    "Chị ấy sinh ngày ⟦dob(vi)⟧ tại Huế. Ngày cưới: ⟦~date(vi)⟧.",
    "Server lỗi rồi, IP ⟦ip(v4)⟧ không ping được, log ở build ⟦~build⟧ commit ⟦~sha7⟧.",
    "Em làm ở Mỹ, SSN ⟦ssn(plain)⟧, cần khai thuế, ai biết chỉ em với.",
    "SĐT: ⟦phone(vn,intl)|fw⟧ (gõ bằng bàn phím full-width cho khỏi bị chặn)",
]))

FAMILIES.append(("messages_thai", [
    "เบอร์โทรใหม่ของพี่คือ ⟦phone(th,nat)|digits(th)⟧ นะคะ",
    "อีเมลผม ⟦email(th)|at(th)⟧ ส่งสลิปมาทางนี้ได้เลยครับ",
    "บัตรเครดิต ⟦card(visa,spaced)⟧ หมดอายุ 08/28 จองโรงแรมให้หน่อย",
    "โค้ดส่วนลด ⟦=SAVE50TH⟧ เลขพัสดุ ⟦~track(kerry)⟧ ถึงพรุ่งนี้",
    "token LINE Notify ของระบบ: ⟦secret(hex32)⟧ อย่าเอาไปโพสต์นะ",
    "เกิดวันที่ ⟦dob(th_num)⟧ ที่เชียงใหม่ วันที่ออกบัตร ⟦~date(th_num)⟧",
    "รหัสผ่านเน็ตบ้าน ⟦pw(word)⟧ เลขบัญชีกสิกร ⟦=123-4-56789-0⟧ (เลขที่บัญชีในประเทศ)",
    "เซิร์ฟเวอร์ ⟦ip(v4)⟧ ล่มอีกแล้ว เวอร์ชัน ⟦~ver⟧",
    "ทำงานที่อังกฤษ เลข NI ⟦nino(plain)⟧ ครับ ใช้ยื่นภาษี",
    "พร้อมเพย์ ⟦phone(th,nat)⟧ ชื่อบัญชี นางสาวสุภาพร (ยอด ⟦~amount⟧ บาท)",
]))

FAMILIES.append(("messages_polish", [
    "Hej, mój mail to ⟦email(pl)|at(pl)⟧, prześlij umowę do podpisu.",
    "Numer karty do rezerwacji: ⟦card(mc,dashed)⟧, ważna do 06/29.",
    "Pracuję w Anglii, mój National Insurance to ⟦nino(sp)⟧, pracodawca twierdzi że zły.",
    "Token do Slacka z bota: ⟦secret(xoxb)⟧ — zmieniłem już, nie panikujcie.",
    "Telefon do mnie: ⟦phone(pl,nat)|spell(pl)⟧",
    "Kod rabatowy ⟦=LATO-2025-15⟧ działa tylko do niedzieli, a faktura ma numer ⟦=FV/2025/07/113⟧.",
    "Przesyłka InPost ⟦~track(inpost)⟧, paczkomat KRA01M, zamówienie ⟦~order(ALG)⟧.",
    "Mieszkam teraz w Chicago, SSN ⟦ssn(space)⟧ — data ważności zielonej karty ⟦~date(mdy,future)⟧.",
    "Hasło do VPN firmowego: ⟦pw(rand)⟧ (zmień po pierwszym logowaniu)",
    "Adres IP z logów: ⟦ip(v6)⟧ — wygląda na Orange. Wersja klienta ⟦~ver⟧.",
    "KRS ⟦=0000123456⟧, REGON ⟦=123456785⟧, NIP firmy ⟦~vat(PL)⟧ — dane spółki.",
]))

FAMILIES.append(("messages_romanian", [
    "Salut, emailul meu e ⟦email(ro)|at(ro)⟧, trimite-mi oferta acolo.",
    "Lucrez în UK, numărul meu de asigurare ⟦nino(sp)⟧, iar angajatorul cere și data nașterii: ⟦dob(ro)⟧.",
    "Cardul pentru plată: ⟦card(mc,spaced)|nbsp⟧, expiră 02/28.",
    "Număr de telefon: ⟦phone(ro,nat)|zw(wj)⟧ (sună după 17)",
    "AWB Fan Courier ⟦~track(fan)⟧, comanda eMAG ⟦~num(9)⟧, CUI firmă ⟦~vat(RO)⟧.",
    "Parola de la contul Netflix comun: ⟦pw(word)⟧ — nu o schimbați!",
    "Cheia Stripe de producție a ajuns în canalul #general: ⟦secret(rk)⟧. Am revocat-o.",
    "Ziua firmei e pe ⟦~date(ro)⟧, iar petrecerea de ziua lui Andrei pe ⟦~date(dot)⟧.",
    "IP-ul de la care s-a logat: ⟦ip(v4)⟧, versiunea aplicației ⟦~ver⟧, sesiune ⟦~uuid⟧.",
    "Trimit banii în contul ⟦iban(RO,print)|nl(14)⟧ mâine dimineață.",
]))

FAMILIES.append(("messages_greek", [
    "Το κινητό μου είναι ⟦phone(gr,nat)|spell(el)⟧, πάρε με μετά τις 6.",
    "Στείλε μου email στο ⟦email(gr)|at(el)⟧ με τα έγγραφα.",
    "Ο αριθμός της κάρτας: ⟦card(visa,dashed)⟧, λήγει 05/27.",
    "Δουλεύω στο Λονδίνο, National Insurance ⟦nino(plain)⟧.",
    "Ο κωδικός του Wi-Fi στο γραφείο: ⟦pw(word)⟧",
    "Κωδικός κράτησης ⟦~pnr⟧, πτήση A3 ⟦=602⟧, θέση ⟦=14C⟧, αριθμός εισιτηρίου ⟦~eticket⟧.",
    "Ημερομηνία γέννησης: ⟦dob(el)⟧ — Ημερομηνία λήξης διαβατηρίου: ⟦~date(dot,future)⟧.",
    "Το GitLab token του CI: ⟦secret(glpat)⟧ (το έβαλα κατά λάθος στο README)",
    "ΑΦΜ εταιρείας ⟦~vat(EL)⟧, ΓΕΜΗ ⟦=123456701000⟧, έκδοση λογισμικού ⟦~ver⟧.",
    "Email backup: ⟦email(gr)|html⟧ (από το HTML της φόρμας)",
]))

FAMILIES.append(("messages_hebrew", [
    "היי, המספר שלי ⟦phone(il,nat)⟧, תתקשר אחרי שש.",
    "המייל שלי ⟦email(il)|at(he)⟧ — תשלח לשם את החוזה.",
    "מספר הכרטיס להזמנה: ⟦card(amex,spaced)⟧ תוקף 09/27",
    "הסיסמה לוויפי במשרד: ⟦pw(word)⟧",
    "תאריך לידה: ⟦dob(he)⟧, מקום לידה חיפה. תאריך הנפקת דרכון: ⟦~date(dot)⟧",
    "קוד הזמנה ⟦~pnr⟧, מספר משלוח ⟦~track(upu,IL)⟧, גרסה ⟦~ver⟧",
    "הטוקן של OpenAI דלף בצ'אט: ⟦secret(openai)⟧ — כבר ביטלתי.",
    "חשבון בנק להעברה מחו\"ל: ⟦iban(IL,print)⟧",
    "מספר טלפון: ⟦phone(il,intl)|rev⟧ (כתבתי הפוך בגלל כיוון הטקסט 🙃)",
    "ח.פ. ⟦=515123456⟧ ותעודת עוסק מורשה — פרטי החברה בלבד.",
]))

FAMILIES.append(("messages_persian", [
    "سلام، شماره من ⟦phone(ir,nat)|digits(fa)⟧ هست، لطفاً تماس بگیرید.",
    "ایمیل من: ⟦email(ir)|at(fa)⟧",
    "شماره کارت برای خرید بلیط: ⟦card(visa,spaced)|digits(fa)⟧",
    "شماره تأمین اجتماعی آمریکا (SSN): ⟦ssn⟧",
    "رمز وای‌فای خونه: ⟦pw(word)⟧",
    "کد رهگیری مرسوله ⟦~num(20)⟧، شماره سفارش ⟦~order(DK)⟧، نسخه برنامه ⟦~ver⟧",
    "توکن ربات تلگرام: ⟦secret(telegram)⟧ — لطفاً جایی منتشر نکنید.",
    "آی‌پی سرور: ⟦ip(v4)⟧ و نسخه ⟦~ver4⟧",
    "کارت خارجی برای پرداخت اشتراک: ⟦card(mc,spaced)⟧",
    "تاریخ ازدواج ما ⟦~date(fa)⟧ بود و تولدم ⟦dob(fa)⟧.",
]))

FAMILIES.append(("messages_urdu", [
    "السلام علیکم، میرا نمبر ⟦phone(pk,nat)⟧ ہے، واٹس ایپ پر رابطہ کریں۔",
    "میری ای میل ⟦email(pk)|at(ur)⟧ ہے۔",
    "میں برمنگھم میں کام کرتا ہوں، میرا نیشنل انشورنس نمبر ⟦nino(sp)⟧ ہے۔",
    "کارڈ نمبر: ⟦card(mc,spaced)⟧ میعاد 04/28 — ٹکٹ بک کر دیں۔",
    "تاریخ پیدائش: ⟦dob(ur)⟧، جائے پیدائش: لاہور",
    "ٹریکنگ نمبر ⟦~track(dhl)⟧، آرڈر ⟦~order(DRZ)⟧",
    "سرور کا پاس ورڈ ⟦pw(word)⟧ ہے، کسی کو مت بتانا۔",
    "بینک اکاؤنٹ (IBAN): ⟦iban(PK,print)⟧",
    "این ٹی این ⟦=1234567-8⟧ کمپنی کا ہے، ذاتی نہیں۔ ورژن ⟦~ver⟧",
    "فون: ⟦phone(pk,intl)|spell(ur)⟧",
]))

FAMILIES.append(("messages_bengali", [
    "আমার নম্বর ⟦phone(bd,nat)|digits(bn)⟧, বিকাশে টাকা পাঠাও।",
    "আমার ইমেইল ⟦email(bd)|at(bn)⟧",
    "লন্ডনে কাজ করি, আমার এনআই নম্বর ⟦nino(plain)⟧",
    "কার্ড নম্বর ⟦card(visa,spaced)⟧, মেয়াদ ০৭/২৮",
    "জন্ম তারিখ: ⟦dob(bn)⟧, জন্মস্থান: সিলেট",
    "পার্সেল ট্র্যাকিং ⟦~track(upu,BD)⟧, অর্ডার আইডি ⟦~num(10)⟧",
    "ওয়াইফাই পাসওয়ার্ড: ⟦pw(word)⟧",
    "সার্ভারের আইপি ⟦ip(v4)⟧, অ্যাপ ভার্সন ⟦~ver⟧",
    "গিটহাব টোকেন: ⟦secret(gh)⟧ — এটা ভুল করে পোস্ট হয়েছে",
    "বিয়ের তারিখ ⟦~date(iso)⟧, ট্রেড লাইসেন্স নং ⟦=TRAD/DNCC/012345/2022⟧",
]))

FAMILIES.append(("messages_yoruba", [
    "Ẹ káàárọ̀, nọ́mbà fóònù mi ni ⟦phone(ng,nat)⟧, ẹ pè mí lálẹ́.",
    "Ímeèlì mi ni ⟦email(ng)|at(yo)⟧, ẹ fi ìwé náà ránṣẹ́ síbẹ̀.",
    "Mo ń ṣiṣẹ́ ní London, nọ́mbà NI mi ni ⟦nino(sp)⟧.",
    "Nọ́mbà káàdì mi: ⟦card(mc,spaced)⟧, ó máa parí ní 01/29.",
    "Wọ́n bí mi ní ⟦dob(yo)⟧ ní ìlú Ìbàdàn.",
    "Nọ́mbà ìtọpinpin ẹrù: ⟦~track(dhl)⟧, nọ́mbà ìbéèrè ⟦~order(JUM)⟧.",
    "Ọ̀rọ̀ aṣínà Wi-Fi ilé: ⟦pw(word)⟧",
    "Fóònù mi: ⟦phone(ng,nat)|spell(yo)⟧",
    "Ọjọ́ ìgbéyàwó wa jẹ́ ⟦~date(dmy)⟧; ọjọ́ ìbí mi kọ́ nìyẹn.",
    "Àkọọ́lẹ̀ báńkì: ⟦=0123456789⟧ (NUBAN, GTBank) — BVN kò ní í ṣe pẹ̀lú rẹ̀. Ẹ̀yà app ⟦~ver⟧",
]))

FAMILIES.append(("messages_hausa", [
    "Sannu, ga lambar wayata: ⟦phone(ng,intl)⟧, ka kira ni da yamma.",
    "Imel dina shine ⟦email(ng)|atonly(en)⟧",
    "An haife ni a ranar ⟦dob(ha)⟧ a Kano.",
    "Lambar katina: ⟦card(visa,spaced)⟧, zai ƙare 12/27.",
    "Kalmar sirri ta Wi-Fi: ⟦pw(word)⟧",
    "Lambar bin diddigin kaya ⟦~track(upu,NG)⟧, lambar oda ⟦~num(9)⟧.",
    "Ina aiki a Birtaniya, lambar NI dina ⟦nino(plain)⟧.",
    "Wayata: ⟦phone(ng,nat)|spell(ha)⟧",
    "Ranar bikin aure: ⟦~date(ha)⟧. Sigar manhaja ⟦~ver⟧.",
    "Token na bot: ⟦secret(discord)⟧ — kada ka raba shi.",
]))

FAMILIES.append(("messages_zulu", [
    "Sawubona, inombolo yami ithi ⟦phone(za,nat)⟧, ngishayele kusihlwa.",
    "I-imeyili yami ithi ⟦email(za)|at(en2)⟧",
    "Ngazalwa ngomhlaka ⟦dob(zu)⟧ eThekwini.",
    "Inombolo yekhadi: ⟦card(visa,spaced)⟧, liphelelwa yisikhathi ngo-03/28.",
    "Iphasiwedi ye-Wi-Fi: ⟦pw(word)⟧",
    "Inombolo yokulandelela iphakethe ⟦~track(upu,ZA)⟧, i-oda ⟦~order(TKL)⟧.",
    "Ngisebenza e-UK, inombolo yami ye-NI ⟦nino(sp)⟧.",
    "Ucingo: ⟦phone(za,intl)|spell(zu)⟧",
    "Usuku lomshado ⟦~date(zu)⟧. Inguqulo ye-app ⟦~ver⟧.",
    "Ikheli le-IP leseva: ⟦ip(v4)⟧, ukwakhiwa ⟦~build⟧.",
]))

FAMILIES.append(("messages_quechua", [
    "Allinllachu! Kayqa celularniymi: ⟦phone(pe,nat)⟧, tutaykuqta waqyaykuway.",
    "Correoyqa kaymi: ⟦email(pe)|atonly(es)⟧",
    "Paqarirqani ⟦dob(qu)⟧ p'unchawpi, Qusqu llaqtapi.",
    "Tarjetaypa yupaynin: ⟦card(visa,spaced)⟧, tukukun 06/28.",
    "Wi-Fi pakasqa simin: ⟦pw(word)⟧",
    "Envío yupay ⟦~track(upu,PE)⟧, pedido ⟦~num(8)⟧.",
    "Celularniy: ⟦phone(pe,nat)|spell(qu)⟧",
    "Casarakuy p'unchaw ⟦~date(dmy)⟧ karqan; manam paqarisqay p'unchawchu.",
    "Yachay wasipi DNI ⟦=45678912⟧ (rikch'anachiy), versión ⟦~ver⟧.",
    "Qullqi apachinapaq cuenta: ⟦iban(ES,print)⟧ (Españapi llamk'aq wawqiypa)",
]))

FAMILIES.append(("messages_east_asian", [
    "携帯番号は ⟦phone(jp,nat)|fw⟧ です。メールは ⟦email(jp)⟧ までお願いします。",
    "生年月日：⟦dob(ja_era)⟧　会員番号：⟦~num(10)⟧　有効期限：⟦~date(ja)⟧",
    "カード番号 ⟦card(jcb,spaced)|fw⟧ で予約しました。",
    "我的手机号是 ⟦phone(cn,nat)⟧，邮箱 ⟦email(gen,qq.com)⟧，快递单号 ⟦=SF1402938475612⟧。",
    "我的信用卡号 ⟦card(cup19,spaced)⟧，有效期 08/29，护照号码 ⟦~passport⟧。",
    "生日派对是 ⟦~date(ymd)⟧，身份证号不方便发。服务器 IP ⟦ip(v4)⟧，版本 ⟦~ver⟧。",
    "휴대폰 번호: ⟦phone(kr,nat)⟧, 이메일: ⟦email(gen,naver.com)⟧",
    "주문번호 ⟦~num(14)⟧ · 운송장 번호 ⟦~track(fedex)⟧ · 결제 카드 ⟦~masked(mc,bin)⟧",
    "APIキーを誤ってSlackに貼りました: ⟦secret(anthropic)⟧ 失効済みです。",
    "パスワードは ⟦pw(rand)⟧ です（後で変更してください）",
]))

FAMILIES.append(("messages_romance_germanic", [
    "Hola, mi correo es ⟦email(es)|at(es)⟧ y mi móvil ⟦phone(es,nat)⟧.",
    "Fecha de nacimiento: ⟦dob(es)⟧ — fecha de caducidad del DNI: ⟦~date(dmy,future)⟧.",
    "Bonjour, voici mon numéro : ⟦phone(fr,nat)|sep(.)⟧ et mon e-mail ⟦email(fr)|at(fr)⟧.",
    "Né le ⟦dob(fr)⟧ à Lyon. Date d'embauche : ⟦~date(dmy)⟧.",
    "Hallo, meine Handynummer ist ⟦phone(de,nat)⟧, E-Mail ⟦email(de)|at(de)⟧.",
    "Ciao, il mio IBAN è ⟦iban(IT,print)⟧, il cellulare ⟦phone(it,intl)⟧.",
    "Hoi, mijn telefoonnummer is ⟦phone(nl,nat)⟧ en mijn e-mail ⟦email(gen,ziggo.nl)⟧.",
    "Mi número de seguro social (EE. UU.) es ⟦ssn|spell(es)⟧, y el router tiene número de serie ⟦=ZTEGC8A1B2C3⟧",
]))

FAMILIES.append(("messages_turkish_russian_arabic", [
    "Merhaba, telefonum ⟦phone(tr,nat)⟧, e-postam ⟦email(tr)⟧.",
    "Doğum tarihi: ⟦dob(tr)⟧ — Kargo takip no ⟦~num(12)⟧, sipariş ⟦~order(TY)⟧.",
    "Привет, мой номер ⟦phone(ru,intl)⟧, почта ⟦email(gen,mail.ru)⟧.",
    "Пароль от сервера: ⟦pw(rand)⟧, IP ⟦ip(v4)⟧, версия ⟦~ver⟧.",
    "مرحبا، رقم هاتفي ⟦phone(ae,intl)|digits(ar)⟧".replace("phone(ae,intl)", "phone(in,intl)"),
    "تاريخ الميلاد: ⟦dob(dmy)|digits(ar)⟧ — رقم الطلب ⟦~num(9)⟧",
    "البريد الإلكتروني: ⟦email(gen,outlook.sa)⟧ — الآيبان ⟦iban(SA,print)⟧",
    "Kart numaram ⟦card(troy,spaced)⟧, son kullanma 09/27.",
    "Номер карты ⟦card(mir,spaced)⟧, срок 11/28 — для брони отеля.",
]))


# ---------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    lines = ["# pii-c15: blind PII / credential evaluation set (written from general knowledge)",
             "# generated by gen.py with random.Random(15377); format: pii_format.md", ""]
    for fam, tpls in FAMILIES:
        rendered = []
        for t in tpls:
            assert t not in seen, "template used twice: " + t[:60]
            seen.add(t)
            rendered.append(render(t))
        lines.append("# family: " + fam)
        lines.append("# look-alikes: %d" % sum(n for _, n in rendered))
        for segs, _ in rendered:
            lines.append(serialise(segs))
        lines.append("")
    with open(os.path.join(here, "set.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
