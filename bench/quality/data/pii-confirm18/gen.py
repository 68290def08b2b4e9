#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c18.

Standard library only. One random.Random(18263). Every template below is
hand-written and used exactly once. Placeholders ⟦gen args|mod|mod=key⟧ are
filled by the generators in this file; generators whose kind is None are
planted look-alikes and are counted automatically into `# look-alikes: N`.
Run:  python3 gen.py  (writes set.txt next to this file)
"""
import base64
import os
import re
import string
import unicodedata

import random

R = random.Random(18263)
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")

# ---------------------------------------------------------------- helpers
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B32 = UP + "234567"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n):
    return rs(DG, n)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in DG:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444",
              "4000056655665556", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "3530111333300000",
              "4012888888881881", "4000000000000002"}

BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "65"], 16), "jcb": (["3528", "3560", "3589"], 16),
    "up": (["62"], 16), "maestro": (["6759", "5018"], 16), "visa13": (["4"], 13), "up19": (["62"], 19),
}


def card_digits(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    pres, ln = BRANDS[brand]
    while True:
        p = R.choice(pres)
        s = luhn_complete(p + rd(ln - len(p) - 1))
        if s not in TEST_CARDS and len(set(s)) > 4:
            return s


def bad_card_digits(brand=None):
    s = card_digits(brand)
    last = int(s[-1])
    s = s[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(s)
    return s


def group_card(s, sep=" "):
    if len(s) == 15:
        parts = [s[:4], s[4:10], s[10:]]
    else:
        parts = [s[i:i + 4] for i in range(0, len(s), 4)]
    return sep.join(parts)


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in (s[4:] + s[:4]))
    return int(num) % 97 == 1


IBAN_SPEC = {
    "DE": "n18", "FR": "n10a11n2", "ES": "n20", "IT": "A1n10a12", "NL": "A4n10",
    "BE": "BE", "GB": "A4n14", "DK": "n14", "SE": "n20", "SK": "n20", "RS": "n18",
    "TR": "n5z1a16", "UA": "n6a19", "AT": "n16", "CH": "n5a12", "PL": "n24",
    "PT": "n21", "IE": "A4n14", "FI": "n14", "NO": "n11", "CZ": "n20", "HR": "n17",
    "SI": "n15", "LU": "n3a13", "MT": "A4n5a18", "LT": "n16", "CY": "n8a16", "RO": "A4a16",
}
BANK4 = {"RO": ["RNCB", "BTRL", "INGB"], "GB": ["BARC", "LOYD", "NWBK", "MIDL", "HBUK", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"],
         "IE": ["AIBK", "BOFI"], "MT": ["VALL", "MALT"]}


def bban_for(cc):
    spec = IBAN_SPEC[cc]
    if spec == "BE":
        body = rd(10)
        chk = int(body) % 97 or 97
        return body + "%02d" % chk
    out = ""
    for kind, n in re.findall(r"([nazA])(\d+)", spec):
        n = int(n)
        if kind == "n":
            out += rd(n)
        elif kind == "z":
            out += "0" * n
        elif kind == "a":
            out += rs(UP + DG + DG + DG, n) if cc in ("RO",) else rd(n)
        elif kind == "A":
            if n == 4:
                out += R.choice(BANK4[cc])
            else:
                out += rs(UP, n)
    return out


SAMPLE_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819",
                "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034"}


def iban_value(cc):
    while True:
        bb = bban_for(cc)
        s = cc + iban_check(cc, bb) + bb
        if s not in SAMPLE_IBANS:
            assert iban_ok(s)
            return s


def bad_iban_value(cc):
    s = iban_value(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    if cc == "BE":
        pos = [i for i in pos if i < 14]
    i = R.choice(pos)
    s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
    assert not iban_ok(s)
    return s


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


BAD_SSN = {"078051120", "219099999", "123456789", "457555462"}


def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if s not in BAD_SSN:
            return s


def bad_ssn_value():
    s = ssn_value()
    rule = R.choice(["000", "666", "9xx", "g00", "s0000"])
    if rule == "000":
        return "000" + s[3:]
    if rule == "666":
        return "666" + s[3:]
    if rule == "9xx":
        return str(R.randint(900, 999)) + s[3:]
    if rule == "g00":
        return s[:3] + "00" + s[5:]
    return s[:5] + "0000"


def fmt_ssn(s, sep="-"):
    return s[:3] + sep + s[3:5] + sep + s[5:]


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PFX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_value():
    while True:
        p = R.choice(NINO_A) + R.choice(NINO_B)
        if p not in NINO_BAD_PFX:
            return p + rd(6) + R.choice("ABCD")


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s)) and s[0] in NINO_A and s[1] in NINO_B \
        and s[:2] not in NINO_BAD_PFX


def bad_nino_value():
    s = nino_value()
    rule = R.choice(["first", "second", "prefix", "suffix"])
    if rule == "first":
        s = R.choice("DFIQUV") + s[1:]
    elif rule == "second":
        s = s[0] + R.choice("DFIOQUV") + s[2:]
    elif rule == "prefix":
        s = R.choice(sorted(NINO_BAD_PFX)) + s[2:]
    else:
        s = s[:8] + R.choice("EFGHJKMPXZ")
    assert not nino_ok(s)
    return s


def fmt_nino(s, sep=" "):
    return sep.join([s[:2], s[2:4], s[4:6], s[6:8], s[8]])


# ---------------------------------------------------------------- names, mail, phones
NAMES = {
    "en": ["james.okafor", "emily.harte", "d.mcallister", "sarah.lindqvist", "tom_beckett", "priya.raman", "kwame.mensah",
           "laura.fenwick", "jbrennan", "megan.ortiz"],
    "de": ["j.hoffmann", "katrin.weisz", "lukas.brandt", "m.schaefer", "anke.vogt", "timo.kessler"],
    "fr": ["c.dubois", "amelie.garnier", "yanis.benali", "m.lefevre", "sophie.marchand"],
    "es": ["lucia.herrera", "javier.montoya", "c.alvarez", "marta.quesada", "pablo.ibarra"],
    "it": ["giulia.ferri", "marco.esposito", "f.bellini", "chiara.russo"],
    "nl": ["s.vandijk", "pieter.bakker", "anouk.jansen", "m.dekker"],
    "ja": ["takahashi.yuki", "s.nakamura", "haruka_mori", "kenji.ito"],
    "zh": ["wang.lei", "zhangmin88", "liu.yang", "chen_jing"],
    "ru": ["a.smirnov", "olga.kuznetsova", "i.petrov", "n.volkova"],
    "uk": ["o.shevchenko", "iryna.kovalenko", "bohdan.melnyk", "t.bondarenko"],
    "tr": ["emre.yilmaz", "ayse.demir", "b.kaya", "zeynep.celik"],
    "hi": ["rahul.sharma", "ananya.iyer", "v.gupta", "neha.verma"],
    "ur": ["ali.raza", "ayesha.khan", "f.siddiqui", "usman.malik"],
    "sw": ["amina.wanjiru", "juma.otieno", "g.mwangi", "neema.mushi"],
    "tl": ["maria.santos", "jose.delacruz", "r.reyes", "angel.bautista"],
    "ms": ["nurul.aisyah", "ahmad.faizal", "s.rahman", "lim.weiling"],
    "da": ["mette.norgaard", "soren.holm", "k.lindberg", "frederik.moeller"],
    "sv": ["elin.lundgren", "oskar.berg", "a.nystrom", "johan.sjoberg"],
    "sk": ["peter.kovac", "zuzana.horvathova", "m.novak", "lucia.balazova"],
    "sr": ["milan.petrovic", "jelena.jovanovic", "n.nikolic", "dragana.ilic"],
    "pt": ["joao.ferreira", "ana.sousa"], "pl": ["k.nowak", "agnieszka.wrobel"],
}
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "protonmail.com", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["gmail.com", "telefonica.net", "hotmail.es"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "uk": ["ukr.net", "i.ua", "meta.ua"], "tr": ["yandex.com.tr", "hotmail.com.tr", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.in"], "ur": ["gmail.com", "yahoo.com", "outlook.com"],
    "sw": ["gmail.com", "yahoo.com", "safaricom.co.ke"], "tl": ["yahoo.com.ph", "gmail.com"],
    "ms": ["gmail.com", "yahoo.com.my", "tm.net.my"], "da": ["jubii.dk", "mail.dk", "gmail.com"],
    "sv": ["telia.com", "bredband.net", "gmail.com"], "sk": ["azet.sk", "centrum.sk", "zoznam.sk"],
    "sr": ["eunet.rs", "gmail.com", "mts.rs"], "pt": ["sapo.pt"], "pl": ["wp.pl", "onet.pl"],
}
CORP = ["nordhavn-logistik.dk", "kovacic-gradnja.rs", "helvetia-praxis.ch", "brightwell-hr.co.uk", "fincasol.es",
        "ostrava-energo.cz", "lumen-pharma.it", "tanaka-denki.co.jp", "sawa-health.co.ke", "baltic-freight.se",
        "kredyt-plus.pl", "mandala-tech.in", "ardent-payments.io", "vitalis-lab.de", "rijnmond-zorg.nl"]


def email_value(lang="en", corp=False):
    user = R.choice(NAMES.get(lang, NAMES["en"]))
    if R.random() < 0.3:
        user += str(R.randint(2, 99))
    dom = R.choice(CORP) if corp else R.choice(DOMAINS.get(lang, DOMAINS["en"]))
    return user + "@" + dom


def _pick(fmt):
    out = ""
    for ch in fmt:
        out += R.choice(DG) if ch == "X" else (R.choice("123456789") if ch == "N" else ch)
    return out


PHONE_FMT = {
    "us": ["+1 (NXX) NXX-XXXX", "(NXX) NXX-XXXX", "NXX.NXX.XXXX", "+1-NXX-NXX-XXXX"],
    "uk": ["+44 7XXX XXXXXX", "07XXX XXXXXX", "+44 20 7XXX XXXX"],
    "de": ["+49 151 XXXXXXXX", "0171 XXXXXXX", "+49 (0)30 XXXXXXXX", "0160/XXXXXXX"],
    "fr": ["+33 6 XX XX XX XX", "06 XX XX XX XX", "+33 (0)1 XX XX XX XX", "07.XX.XX.XX.XX"],
    "es": ["+34 6XX XXX XXX", "6XX XX XX XX", "+34 91 XXX XX XX"],
    "it": ["+39 3XX XXX XXXX", "3XX XXXXXXX", "+39 02 XXXX XXXX"],
    "nl": ["+31 6 XXXXXXXX", "06-XXXXXXXX", "+31 (0)20 XXX XXXX"],
    "ja": ["090-XXXX-XXXX", "080-XXXX-XXXX", "+81 90-XXXX-XXXX", "03-XXXX-XXXX"],
    "zh": ["138 XXXX XXXX", "+86 139 XXXX XXXX", "186-XXXX-XXXX", "(010) 6XXX XXXX"],
    "ru": ["+7 9XX XXX-XX-XX", "8 (9XX) XXX-XX-XX", "+7 (495) XXX-XX-XX"],
    "uk_ua": ["+380 67 XXX XX XX", "+380 (50) XXX-XX-XX", "097 XXX XX XX"],
    "tr": ["+90 5XX XXX XX XX", "0 (5XX) XXX XX XX", "05XX XXX XXXX"],
    "in": ["+91 9XXXX XXXXX", "+91-8XXXXXXXXX", "09XXXXXXXXX"],
    "pk": ["+92 3XX XXXXXXX", "03XX-XXXXXXX", "+92 (21) XXXX XXXX"],
    "ke": ["+254 7XX XXX XXX", "07XX XXX XXX", "+254 11X XXX XXX"],
    "ph": ["+63 9XX XXX XXXX", "09XX XXX XXXX", "(02) 8XXX XXXX"],
    "my": ["+60 1N-XXX XXXX", "01N-XXX XXXX", "+60 3-XXXX XXXX"],
    "dk": ["+45 NX XX XX XX", "NX XX XX XX"], "se": ["+46 7N XXX XX XX", "07N-XXX XX XX", "08-XXX XXX XX"],
    "sk": ["+421 9XX XXX XXX", "09XX XXX XXX"], "rs": ["+381 6N XXX XXXX", "06N/XXX-XXXX", "011 XXX XXXX"],
    "pt": ["+351 9NX XXX XXX"], "pl": ["+48 5NX XXX XXX"], "ch": ["+41 7N XXX XX XX"], "at": ["+43 66N XXXXXXX"],
}


def phone_value(cc="us", idx=None):
    fmts = PHONE_FMT[cc]
    f = fmts[idx] if idx is not None else R.choice(fmts)
    while True:
        v = _pick(f)
        if cc == "us" and re.search(r"\b555\b|555-01", v):
            continue
        return v


def ip4_value():
    while True:
        a = R.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 85, 88, 89, 91, 93, 94, 95, 103, 109, 114, 117, 121, 141,
                      151, 176, 178, 185, 188, 193, 194, 195, 197, 212, 213, 217, 41, 49, 58, 60, 61, 101, 102])
        v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return v


def ip6_value():
    pre = R.choice(["2a02", "2a01", "2001:4860", "2a00", "2607", "2400", "2c0f", "2a03", "2406"])
    groups = pre.split(":") + ["%x" % R.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
    if R.random() < 0.5:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"],
    "sr": ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
           "новембра", "децембра"],
    "srl": ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
            "novembra", "decembra"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
}


def ymd(lo=1938, hi=2006):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def date_fmt(y, m, d, fmt):
    if fmt == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if fmt == "dmy.":
        return "%02d.%02d.%04d" % (d, m, y)
    if fmt == "dmy/":
        return "%02d/%02d/%04d" % (d, m, y)
    if fmt == "mdy/":
        return "%02d/%02d/%04d" % (m, d, y)
    if fmt == "dmy-":
        return "%02d-%02d-%04d" % (d, m, y)
    if fmt == "ymd/":
        return "%04d/%02d/%02d" % (y, m, d)
    if fmt == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if fmt == "ja":
        return "%d年%d月%d日" % (y, m, d)
    if fmt == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    if fmt == "en":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if fmt == "enb":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if fmt == "de":
        return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
    if fmt in ("ru", "uk"):
        return "%d %s %d г." % (d, MONTHS[fmt][m - 1], y) if fmt == "ru" else "%d %s %d р." % (d, MONTHS[fmt][m - 1], y)
    if fmt == "sr":
        return "%d. %s %d." % (d, MONTHS["sr"][m - 1], y)
    if fmt == "srl":
        return "%d. %s %d." % (d, MONTHS["srl"][m - 1], y)
    if fmt == "sk":
        return "%d. %s %d" % (d, MONTHS["sk"][m - 1], y)
    if fmt in ("fr", "es", "it", "nl", "sv", "da", "tr", "ms", "sw", "hi"):
        if fmt == "es":
            return "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)
        if fmt == "da":
            return "%d. %s %d" % (d, MONTHS["da"][m - 1], y)
        return "%d %s %d" % (d, MONTHS[fmt][m - 1], y)
    if fmt == "tl":
        return "%s %d, %d" % (MONTHS["tl"][m - 1], d, y)
    if fmt == "hl7":
        return "%04d%02d%02d" % (y, m, d)
    raise KeyError(fmt)


# ---------------------------------------------------------------- secrets
def jwt_value(claims=None):
    def b64u(b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    hdr = b64u(b'{"alg":"HS256","typ":"JWT"}' if R.random() < 0.6 else b'{"alg":"RS256","kid":"' +
               rs(HEX, 8).encode() + b'","typ":"JWT"}')
    sub = claims or '{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (
        rd(8), 1760000000 + R.randint(0, 9999999), 1790000000 + R.randint(0, 999999),
        R.choice(["read write", "admin", "payments:refund", "user"]))
    return hdr + "." + b64u(sub.encode()) + "." + rs(AN + "-_", 43)


def pem_value(kind="rsa"):
    if kind == "rsa":
        hdr, body0 = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA"
    elif kind == "ec":
        hdr, body0 = "EC PRIVATE KEY", "MHcCAQEEI"
    elif kind == "ssh":
        hdr, body0 = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    else:
        hdr, body0 = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
    body = body0 + rs(B64, 64 - len(body0))
    lines = [body] + [rs(B64, 64) for _ in range(R.randint(2, 3))] + [rs(B64, R.randint(20, 40)) + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, "\n".join(lines), hdr)


WORDS_PW = ["Sommer", "Kaffee", "dragon", "Maple", "tigre", "Sakura", "Zvezda", "Istanbul", "Mombasa", "kopi",
            "Rødgrød", "Falken", "Oporto", "Luna", "Beograd", "pisica"]


def password_value():
    st = R.choice(["word", "rand", "rand", "phrase"])
    if st == "word":
        return R.choice(WORDS_PW) + R.choice(["!", "#", "$", "@", "*", "_"]) + rd(R.randint(2, 4)) + R.choice(["", "!", "?"])
    if st == "phrase":
        return "-".join(R.choice(["correct", "lamp", "otter", "vinyl", "quartz", "meadow", "rocket", "saffron",
                                  "tundra", "pixel"]) for _ in range(4)) + rd(1)
    return rs(AN + "!#%&*+-=?@^_", R.randint(12, 20))


def secret_value(t):
    if t == "aws_ak":
        return R.choice(["AKIA", "ASIA"]) + rs(B32, 16)
    if t == "aws_sk":
        return rs(AN + "+/", 40)
    if t == "ghp":
        return "ghp_" + rs(AN, 36)
    if t == "gho":
        return "gho_" + rs(AN, 36)
    if t == "ghpat":
        return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)
    if t == "glpat":
        return "glpat-" + rs(AN + "-_", 20)
    if t == "slack_bot":
        return "xoxb-" + rd(12) + "-" + rd(13) + "-" + rs(AN, 24)
    if t == "slack_user":
        return "xoxp-" + rd(12) + "-" + rd(12) + "-" + rd(13) + "-" + rs(HEX, 32)
    if t == "slack_hook":
        return "https://hooks.slack.com/services/T" + rs(UP + DG, 8) + "/B" + rs(UP + DG, 10) + "/" + rs(AN, 24)
    if t == "stripe_sk":
        return "sk_live_" + rs(AN, R.choice([24, 99]))
    if t == "stripe_rk":
        return "rk_live_" + rs(AN, 24)
    if t == "whsec":
        return "whsec_" + rs(AN, 32)
    if t == "google":
        return "AIza" + rs(AN + "-_", 35)
    if t == "openai":
        return "sk-proj-" + rs(AN + "-_", 48) + "T3BlbkFJ" + rs(AN + "-_", 48)
    if t == "anthropic":
        return "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"
    if t == "sendgrid":
        return "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)
    if t == "npm":
        return "npm_" + rs(AN, 36)
    if t == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 60)
    if t == "jwt":
        return jwt_value()
    if t == "pw":
        return password_value()
    if t in ("pem", "pem_ec", "pem_ssh", "pem_p8"):
        return pem_value({"pem": "rsa", "pem_ec": "ec", "pem_ssh": "ssh", "pem_p8": "p8"}[t])
    if t == "azure":
        return rs(AN + "+/", 86) + "=="
    if t == "telegram":
        return str(R.randint(1000000000, 7999999999)) + ":AA" + rs(AN + "-_", 33)
    if t == "hf":
        return "hf_" + rs(AN, 34)
    if t == "dckr":
        return "dckr_pat_" + rs(AN + "-_", 27)
    if t == "vault":
        return "hvs." + rs(AN + "-_", 24)
    if t == "hex32":
        return rs(HEX, 32)
    if t == "shpat":
        return "shpat_" + rs(HEX, 32)
    if t == "twilio_sk":
        return rs(HEX, 32)
    if t == "mailgun":
        return "key-" + rs(HEX, 32)
    if t == "age":
        return "AGE-SECRET-KEY-1" + rs(UP.replace("B", "").replace("I", "").replace("O", "") + "023456789", 58)
    if t == "square":
        return "sq0atp-" + rs(AN + "-_", 22)
    if t == "doppler":
        return "dp.st.prd." + rs(AN, 40)
    if t == "gcp_sa":
        return "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(B64, 32) + "\\n" + rs(B64, 64) + \
            "\\n" + rs(B64, 28) + "=\\n-----END PRIVATE KEY-----"
    if t == "basic":
        u = R.choice(["svc-billing", "admin", "etl_user", "jenkins"]) + ":" + password_value()
        return base64.b64encode(u.encode()).decode()
    if t == "bearer":
        return rs(AN, 40)
    if t == "hex40":
        return rs(HEX, 40)
    if t == "cisco7":
        return "%02d" % R.randint(0, 15) + rs("0123456789ABCDEF", 20)
    if t == "num8":
        return rd(8)
    if t == "wg":
        return rs(B64, 42) + R.choice("AEIMQUYcgkosw048") + "="
    if t == "pin":
        return rd(R.choice([4, 6]))
    raise KeyError(t)


# ---------------------------------------------------------------- obfuscations
AT_WORDS = {
    "en": (" [at] ", " [dot] "), "paren": ("(at)", "(dot)"), "brace": (" {at} ", " {dot} "),
    "es": (" arroba ", " punto "), "ru": (" собака ", " точка "), "uk": (" равлик ", " крапка "),
    "fr": (" arobase ", " point "), "de": (" (at) ", " (punkt) "), "tr": (" et ", " nokta "),
    "it": (" chiocciola ", " punto "), "nl": (" apenstaartje ", " punt "), "sv": (" snabel-a ", " punkt "),
    "da": (" snabel-a ", " punktum "), "ja": (" アット ", " ドット "), "zh": ("[艾特]", "[点]"),
    "sk": (" zavináč ", " bodka "), "sr": (" мајмунче ", " тачка "), "srl": (" majmunče ", " tačka "),
    "ms": (" di ", " titik "), "sw": (" (at) ", " nukta "), "tl": (" at ", " tuldok "), "hi": (" एट ", " डॉट "),
    "AT": (" AT ", " DOT "),
}
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
}
SCRIPT_ZERO = {"deva": 0x0966, "arab": 0x0660, "urdu": 0x06F0, "beng": 0x09E6, "thai": 0x0E50}


def to_fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def mod_apply(v, mod, kind):
    name, _, arg = mod.partition(":")
    if name == "at":
        a, d = AT_WORDS[arg or "en"]
        loc, _, dom = v.partition("@")
        return loc + a + dom.replace(".", d)
    if name == "atonly":
        a, _ = AT_WORDS[arg or "en"]
        return v.replace("@", a)
    if name == "sp":
        return " ".join(c for c in v if c not in " -./()")
    if name == "dash":
        ds = [c for c in v if c.isalnum()]
        n = int(arg or 3)
        return "-".join("".join(ds[i:i + n]) for i in range(0, len(ds), n))
    if name == "zw":
        ch = {"": "\u200b", "zwj": "\u200d", "zwnj": "\u200c", "wj": "\u2060", "shy": "\u00ad", "bom": "\ufeff",
              "lrm": "\u200e", "cgj": "\u034f"}[arg]
        pos = sorted(R.sample(range(1, len(v)), min(3, len(v) - 1)))
        out, last = "", 0
        for p in pos:
            out += v[last:p] + ch
            last = p
        return out + v[last:]
    if name == "nbsp":
        return v.replace(" ", "\u00a0")
    if name == "thin":
        return v.replace(" ", "\u2009")
    if name == "fw":
        return to_fw(v)
    if name == "fwd":
        return "".join(to_fw(c) if c.isdigit() else c for c in v)
    if name in SCRIPT_ZERO:
        z = SCRIPT_ZERO[name]
        return "".join(chr(z + int(c)) if c.isdigit() else c for c in v)
    if name == "w":
        words = DIGIT_WORDS[arg].split()
        return " ".join(words[int(c)] for c in v if c.isdigit())
    if name == "wg":  # words, keep grouping with commas
        words = DIGIT_WORDS[arg].split()
        groups = re.split(r"[ \-./()]+", v)
        return ", ".join(" ".join(words[int(c)] if c.isdigit() else c for c in g) for g in groups if g)
    if name == "b64":
        return base64.b64encode(v.encode()).decode()
    if name == "b64u":
        return base64.urlsafe_b64encode(v.encode()).decode().rstrip("=")
    if name == "pct":
        if arg == "all":
            return "".join("%%%02X" % b for b in v.encode())
        return "".join(c if (c.isalnum() or c in "-_.~") else "".join("%%%02X" % b for b in c.encode()) for c in v)
    if name == "html":
        if arg == "all":
            return "".join("&#%d;" % ord(c) for c in v)
        if arg == "hex":
            return "".join("&#x%x;" % ord(c) if not c.isalpha() else c for c in v)
        return v.replace("@", "&#64;").replace(".", "&#46;")
    if name == "ju":
        if arg == "all":
            return "".join("\\u%04x" % ord(c) for c in v)
        return v.replace("@", "\\u0040").replace("+", "\\u002b")
    if name == "qp":
        return v.replace("=", "=3D").replace("@", "=40")
    if name == "rev":
        return v[::-1]
    if name == "nl":
        cut = int(arg) if arg else len(v) // 2
        return v[:cut] + "\n" + v[cut:]
    if name == "upper":
        return v.upper()
    if name == "lower":
        return v.lower()
    if name == "nosp":
        return v.replace(" ", "").replace("-", "")
    if name == "dots":
        return ".".join(re.findall(r"\d+", v))
    raise KeyError(mod)


# ---------------------------------------------------------------- look-alike generators
def la(name, args):
    a = args[0] if args else ""
    if name == "order":
        return R.choice(["ORD-", "#", "PO-", "SO", "BST-", "CMD-", "ZAM/", "WO-"]) + rd(R.choice([6, 7, 8, 9]))
    if name == "inv":
        return R.choice(["INV-2026-", "RE-2026-", "FA2026/", "FV-", "FAT/2026/", "FAK-", "請求書No."]) + rd(R.choice([4, 5, 6]))
    if name == "ver":
        return "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 30)) + R.choice(["", "", "-rc.1", "-beta.2", "+build.%d" % R.randint(10, 999)])
    if name == "sha1":
        return rs(HEX, 40)
    if name == "short":
        return rs(HEX, 7)
    if name == "sha256":
        return rs(HEX, 64)
    if name == "md5":
        return rs(HEX, 32)
    if name == "uuid":
        h = rs(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])
    if name == "oid":  # mongo object id
        return rs(HEX, 24)
    if name == "trk":
        t = a or R.choice(["ups", "dhl", "upu", "usps", "gls"])
        if t == "ups":
            return "1Z" + rs(UP + DG, 6) + rd(10)
        if t == "dhl":
            return "JJD" + rd(18)
        if t == "upu":
            return R.choice(["LX", "RR", "CP", "EE"]) + rd(9) + R.choice(["CN", "DE", "NL", "TR", "SE"])
        if t == "usps":
            return "9400 1" + rd(3) + " " + " ".join(rd(4) for _ in range(4)) + " " + rd(2)
        return rd(11)
    if name == "imei":
        return luhn_complete(R.choice(["35", "86", "49", "01"]) + rd(12))
    if name == "iccid":
        return luhn_complete("89" + R.choice(["44", "49", "33", "34", "39", "31", "45", "46", "90", "38"]) + rd(15))
    if name == "imsi":
        return R.choice(["23410", "26201", "20801", "21407", "22201", "20404", "28601", "40445", "63902"]) + rd(10)
    if name == "mac":
        sep = a or ":"
        if sep == "cisco":
            h = rs(HEX, 12)
            return h[:4] + "." + h[4:8] + "." + h[8:]
        return sep.join(rs(HEX, 2) for _ in range(6)).upper() if R.random() < 0.5 else sep.join(rs(HEX, 2) for _ in range(6))
    if name == "bic":
        return R.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "INGBNL2A", "RABONL2U",
                         "NDEADKKK", "ESSESESS", "SUBASKBX", "TATRSKBX", "AIKBRS22", "TGBATRIS", "PBANUA2X",
                         "HSBCHKHH", "MBBEMYKL", "KCBLKENX", "BOPIPHMM", "SBININBB", "HABBPKKA", "BOTKJPJT",
                         "ICBKCNBJ", "SABRRUMM", "DABADKKK", "NWBKGB2L", "GIBASKBX", "BCITITMM"])
    if name == "sort":
        return "%02d-%02d-%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    if name == "aba":
        while True:
            d = rd(8)
            w = [3, 7, 1] * 3
            for c in DG:
                s = d + c
                if sum(int(x) * y for x, y in zip(s, w)) % 10 == 0:
                    return s
    if name == "isbn":
        b = "978" + R.choice(["3", "2", "84", "88", "90", "4", "7", "5", "91"])
        b += rd(12 - len(b))
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)) % 10) % 10
        s = b + str(chk)
        return s[:3] + "-" + s[3] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12]
    if name == "coord":
        return "%.5f, %.5f" % (R.uniform(-40, 65), R.uniform(-120, 140))
    if name == "ts":
        y, m, d = ymd(2024, 2026)
        st = a or R.choice(["iso", "epoch", "log"])
        if st == "epoch":
            return str(1700000000 + R.randint(0, 90000000))
        if st == "ms":
            return str(1700000000000 + R.randint(0, 90000000000))
        if st == "log":
            return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if name == "date":
        y, m, d = ymd(2023, 2026)
        return date_fmt(y, m, d, a or "iso")
    if name == "olddate":
        y, m, d = ymd(1950, 2010)
        return date_fmt(y, m, d, a or "iso")
    if name == "badcard":
        sep = args[1] if len(args) > 1 else " "
        d = bad_card_digits(a or None)
        return d if sep == "plain" else group_card(d, sep)
    if name == "serial":  # card-shaped serial / gift card that fails Luhn
        while True:
            s = R.choice(["6006", "7777", "6035", "9826", "5046"]) + rd(12)
            if not luhn_ok(s):
                return group_card(s, a or " ")
    if name == "badiban":
        return group4(bad_iban_value(a or "DE")) if (len(args) < 2) else bad_iban_value(a)
    if name == "badssn":
        return fmt_ssn(bad_ssn_value())
    if name == "badnino":
        return fmt_nino(bad_nino_value(), a if len(args) else " ") if a in ("", "-") else bad_nino_value()
    if name == "maskcard":
        last = rd(4)
        return R.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "4*** **** **** ", "•••• ", "************", "5412 75** **** "]) + last
    if name == "last4":
        return rd(4)
    if name == "maskiban":
        return a.upper() + rd(2) + " **** **** **** " + rd(2) + "%s" % rd(2)
    if name == "maskssn":
        return "***-**-" + rd(4)
    if name == "maskphone":
        return R.choice(["+49 *** ****", "+44 7*** ***", "+7 9** ***-**-", "+33 6 ** ** ** ", "******"]) + rd(2)
    if name == "maskemail":
        return R.choice(["j***@g***.com", "a****a@w**.de", "m***n@o*****.fr", "s*****@qq.com"])
    if name == "testcard":
        return R.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4242424242424242",
                         "4111-1111-1111-1111"])
    if name == "docip":
        return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))
    if name == "docip6":
        return "2001:db8:" + "%x" % R.randint(1, 0xffff) + "::" + "%x" % R.randint(1, 0xff)
    if name == "dns":
        return R.choice(["1.1.1.1", "9.9.9.9"])
    if name == "exemail":
        return R.choice(["jane.doe", "user", "test", "max.mustermann", "nombre.apellido", "info", "noreply"]) + "@" + R.choice(["example.com", "example.org", "example.net"])
    if name == "exphone":
        return R.choice(["555-01%02d", "(212) 555-01%02d", "+1 202 555 01%02d"]) % R.randint(0, 99)
    if name == "exaws":
        return "AKIAIOSFODNN7EXAMPLE"
    if name == "exawssk":
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    if name == "env":
        return "${" + (a or "DB_PASSWORD") + "}"
    if name == "tmpl":
        return "{{" + (a or "secret") + "}}"
    if name == "sshpub":
        return R.choice(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43),
                         "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 120)]) + " " + R.choice(["deploy@ci", "ops@bastion", "build-agent"])
    if name == "pubpem":
        return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 20) + "\n" + rs(B64, 64) + "\n" + rs(B64, 30) + "IDAQAB\n-----END PUBLIC KEY-----"
    if name == "cert":
        return "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + rs(B64, 44) + "\n" + rs(B64, 64) + "\n-----END CERTIFICATE-----"
    if name == "wgpub":
        return rs(B64, 42) + R.choice("AEIMQUYcgkosw048") + "="
    if name == "agepub":
        return "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    if name == "twsid":
        return "AC" + rs(HEX, 32)
    if name == "arn":
        return "arn:aws:" + R.choice(["iam::%s:role/%s" % (rd(12), R.choice(["ci-deploy", "lambda-exec", "ReadOnly"])),
                                      "s3:::%s" % R.choice(["prod-invoices-eu", "kyc-docs-archive", "cdr-export"]),
                                      "secretsmanager:eu-central-1:%s:secret:%s-%s" % (rd(12), R.choice(["db/prod", "psp/webhook"]), rs(AN, 6))])
    if name == "awsacct":
        return rd(12)
    if name == "ein":
        return "%02d-%07d" % (R.choice([12, 20, 27, 36, 45, 46, 47, 52, 61, 81, 84, 91, 94]), R.randint(1000000, 9999999))
    if name == "itin":
        return "9%02d-%d%d-%04d" % (R.randint(0, 99), R.choice([7, 8]), R.randint(0, 8), R.randint(1, 9999))
    if name == "asn1oid":
        return R.choice(["1.2.840.113549.1.1.11", "2.16.840.1.101.3.4.2.1", "1.3.6.1.4.1.311.60.2.1.3", "2.5.4.3", "1.2.840.10045.2.1"])
    if name == "netmask":
        return R.choice(["255.255.255.0", "255.255.255.252", "255.255.240.0", "0.0.0.255", "255.255.0.0", "255.255.255.248"])
    if name == "jwtio":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    if name == "ukiban":
        return R.choice(["GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00"])
    if name == "qqnino":
        return R.choice(["QQ 12 34 56 C", "QQ123456C"])
    if name == "ssnsample":
        return "123-45-6789"
    if name == "case":
        return R.choice(["Az. ", "RG n. ", "Case No. ", "Дело № ", "Sp. zn. ", "K-", "Exp. ", "Dossier n° "]) + "%d/%d" % (R.randint(100, 9999), R.randint(2023, 2026)) if not a else a + rd(6)
    if name == "ref":
        return (a or R.choice(["REF", "TKT", "CHG", "INC", "SR", "CASE", "CB", "PA", "RX", "LAB"])) + "-" + rd(R.choice([5, 6, 7, 8]))
    if name == "vin":
        return rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)
    if name == "pnr":
        return rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)
    if name == "npi":
        while True:
            b = R.choice("12") + rd(8)
            for c in DG:
                if luhn_ok("80840" + b + c):
                    return b + c
    if name == "mrn":
        return R.choice(["MRN ", "PID ", "Pat.-Nr. ", "No. dossier "]) + rd(R.choice([7, 8]))
    if name == "amount":
        return "%s%d.%02d" % (R.choice(["€", "$", "£", "CHF ", ""]), R.randint(5, 9999), R.randint(0, 99))
    if name == "hex":
        return rs(HEX, int(a or 16))
    if name == "num":
        return rd(int(a or 8))
    if name == "port":
        return str(R.choice([443, 8443, 5432, 3306, 6379, 9092, 27017, 5060, 161, 22]))
    if name == "cve":
        return "CVE-%d-%d" % (R.randint(2019, 2026), R.randint(1000, 49999))
    if name == "swiftref":
        return R.choice(["FT", "TRN", "REF"]) + rd(2) + rs(UP + DG, 10)
    if name == "sepaid":
        return "MSG-" + rd(8) + "-" + rs(UP + DG, 6)
    if name == "credid":
        return R.choice(["DE98ZZZ0", "NL24ZZZ", "FR72ZZZ", "IT42ZZZ"]) + rd(9)
    if name == "lot":
        return R.choice(["LOT ", "Ch.-B. ", "Lote ", "Partia "]) + rs(UP, 2) + rd(5)
    if name == "ndc":
        return "%05d-%04d-%02d" % (R.randint(1, 99999), R.randint(1, 9999), R.randint(1, 99))
    if name == "loinc":
        return "%d-%d" % (R.randint(1000, 99999), R.randint(0, 9))
    if name == "icd":
        return R.choice(["E11.9", "I10", "J45.909", "M54.5", "F32.1", "K21.9", "N39.0", "Z00.00", "E78.5"])
    if name == "plate":
        return R.choice(["B-MK 4127", "GE 84 KLM", "34 ABC 812", "BA-418XR", "BG 1234-AC", "KA 05 MN 2231", "AB 123 CD"])
    if name == "postal":
        return R.choice(["10115", "75011", "28013", "20121", "1012 AB", "SW1A 1AA", "150-0001", "100020", "101000", "01001", "34710", "110001", "00100", "1000", "50450", "2100", "114 55", "811 01", "11000"])
    if name == "maskdob":
        v = date_fmt(*ymd(), a or "iso")
        ch = R.choice("*X•")
        if R.random() < 0.3:  # keep the century, mask the rest
            return re.sub(r"\d", ch, v).replace(ch * 4, str(ymd()[0])[:2] + ch * 2, 1)
        return re.sub(r"\d", ch, v)
    if name == "maskph":
        v = phone_value(a or "us", int(args[1]) if len(args) > 1 else None)
        idx = [i for i, c in enumerate(v) if c.isdigit()]
        keep = set(idx[:3 if v.startswith("+") else 2] + idx[-3:])
        ch = R.choice("*x•")
        return "".join(c if (not c.isdigit() or i in keep) else ch for i, c in enumerate(v))
    if name == "maskib":
        v = group4(iban_value(a or "DE"))
        parts = v.split(" ")
        return " ".join([parts[0]] + ["****"] * (len(parts) - 3) + parts[-2:])
    if name == "maskem":
        v = email_value(a or "en", corp=len(args) > 1 and args[1] == "corp")
        loc, dom = v.split("@")
        return loc[0] + "*" * max(3, len(loc) - 2) + loc[-1] + "@" + dom
    if name == "lit":
        return " ".join(args)
    raise KeyError(name)


LABELLED = {
    "email": lambda a: email_value(a[0] if a else "en", corp=len(a) > 1 and a[1] == "corp"),
    "phone": lambda a: phone_value(a[0] if a else "us", int(a[1]) if len(a) > 1 else None),
    "card": lambda a: (group_card(card_digits(a[0] if a and a[0] != "-" else None), a[1] if len(a) > 1 else " ")
                       if not (len(a) > 1 and a[1] == "plain") else card_digits(a[0] if a[0] != "-" else None)),
    "iban": lambda a: (group4(iban_value(a[0] if a else "DE")) if not (len(a) > 1 and a[1] == "plain")
                       else iban_value(a[0])),
    "ssn": lambda a: fmt_ssn(ssn_value(), a[0] if a and a[0] != "plain" else ("" if a else "-")),
    "nino": lambda a: fmt_nino(nino_value(), " ") if not a else (nino_value() if a[0] == "plain" else fmt_nino(nino_value(), a[0])),
    "ip": lambda a: ip6_value() if a and a[0] == "6" else ip4_value(),
    "dob": lambda a: date_fmt(*ymd(), a[0] if a else "iso"),
    "secret": lambda a: secret_value(a[0] if a else "pw"),
}


# ---------------------------------------------------------------- template engine
PH = re.compile(r"⟦([^⟧]+)⟧")
STORE = {}


def fill(template):
    """Return (segments, lookalike_count). segments: list of (text, kind or None)."""
    segs, n_la, pos = [], 0, 0
    STORE.clear()
    for m in PH.finditer(template):
        if m.start() > pos:
            segs.append((template[pos:m.start()], None))
        pos = m.end()
        body = m.group(1)
        key = None
        km = re.match(r"^(.*)=([A-Za-z]\w*)$", body)
        if km and not body.startswith("~"):
            body, key = km.group(1), km.group(2)
        parts = body.split("|")
        head, mods = parts[0], parts[1:]
        if head.startswith("@"):
            kind, value = STORE[head[1:]]
        else:
            toks = [(" " if t == "_" else t) for t in head.split(" ")]
            name, args = toks[0], toks[1:]
            if name.startswith("~"):
                kind, value = None, head[1:]
            elif name.startswith("!"):  # hand-written labelled literal: ⟦!kind value⟧
                kind, value = name[1:], head.split(" ", 1)[1]
                assert kind in KINDS
            elif name in LABELLED:
                kind, value = name, LABELLED[name](args)
            else:
                kind, value = None, la(name, args)
        if key:
            STORE[key] = (kind, value)
        hide = False
        for md in mods:
            if md == "hide":
                hide = True
            elif md.startswith("piece:"):
                i, n = map(int, md[6:].split("/"))
                L = len(value)
                value = value[(i - 1) * L // n:i * L // n]
            else:
                value = mod_apply(value, md, kind)
        if hide:
            continue
        if kind is None:
            n_la += 1
            segs.append((value, kind))
        else:
            core = value.strip(" ")
            lead = value[:len(value) - len(value.lstrip(" "))]
            trail = value[len(value.rstrip(" ")):]
            if lead:
                segs.append((lead, None))
            segs.append((core, kind))
            if trail:
                segs.append((trail, None))
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs, n_la


INVIS_EXTRA = {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E}


def must_escape(c):
    o = ord(c)
    if c in "\n\t\\":
        return True
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"):
        return True
    if cat == "Zs" and c != " ":
        return True
    if o in INVIS_EXTRA or 0xFE00 <= o <= 0xFE0F:
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6 or o == 0x3000:
        return True
    return False


def esc_text(t):
    out = []
    for i, c in enumerate(t):
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c in "{}":
            prev = t[i - 1] if i > 0 else None
            nxt = t[i + 1] if i + 1 < len(t) else None
            if prev is None or nxt is None or prev in "{}" or nxt in "{}":
                out.append("\\u%04X" % ord(c))
            else:
                out.append(c)
        elif ord(c) > 0xFFFF:
            if unicodedata.category(c) in ("Cf", "Co", "Cn"):
                raise ValueError("non-BMP invisible %r" % c)
            out.append(c)
        elif must_escape(c):
            out.append("\\u%04X" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def serialize(segs):
    out = ""
    for text, kind in segs:
        if not text:
            continue
        e = esc_text(text)
        out += "{{%s:%s}}" % (kind, e) if kind else e
    if out.startswith("#"):
        out = "\\u0023" + out[1:]
    return out


def build(families):
    lines = ["# pii-c18 blind evaluation set. Generated by gen.py (seed 18263). Format: pii_format.md.",
             "# licence: written for the project (same licence as the repo)", ""]
    seen = set()
    for fam, templates in families:
        body, total = [], 0
        for t in templates:
            assert t not in seen, ("duplicate template", t[:60])
            seen.add(t)
            segs, n = fill(t)
            total += n
            body.append(serialize(segs))
        lines += ["# family: " + fam, "# look-alikes: %d" % total] + body + [""]
    return "\n".join(lines)


FAMILIES = []

FAMILIES += [
("public_tax_returns", [
"Einkommensteuererklärung 2025 – Anlage Kind\nSteuerpflichtige: Katrin Weiß, geb. am ⟦dob dmy.⟧\nIBAN für Erstattung: ⟦iban DE⟧\nFinanzamt-Aktenzeichen ⟦lit 21/815/40917⟧, Eingang ⟦date dmy.⟧\nRückfragen: ⟦phone de 1⟧",
"Déclaration des revenus 2025 – case 7UF\nDéclarant 1 né le ⟦maskdob dmy/⟧, courriel ⟦email fr⟧\nRemboursement sur ⟦badiban FR⟧ (BIC ⟦bic⟧)\nAccusé de réception n° ⟦num 13⟧ du ⟦date dmy/⟧",
"Form 1040 worksheet — Taxpayer SSN ⟦ssn⟧, spouse SSN ⟦ssn⟧. Employer EIN ⟦ein⟧ (box b). Preparer PTIN P⟦num 8⟧. Direct deposit routing ⟦aba⟧, account ⟦num 10⟧. Signed ⟦date mdy/⟧.",
"Self Assessment SA100 – Your National Insurance number: ⟦nino⟧ UTR ⟦num 10⟧. Tax year ended 5 April 2026. Agent ref ⟦ref SA⟧. Contact phone: ⟦maskph uk 0⟧",
"Dichiarazione 730/2026 — Contribuente nato il ⟦maskdob dmy/⟧ a Bergamo. Rimborso su IBAN ⟦maskib IT⟧. Protocollo telematico ⟦num 17⟧ del ⟦date dmy/⟧. PEC: ⟦maskem it⟧",
"Aangifte inkomstenbelasting 2025 – voorlopige aanslag ⟦num 9⟧.H.56 — teruggaaf op rekening ⟦badiban NL⟧. Geboortedatum toeslagpartner: ⟦dob dmy-⟧. Vragen? Bel ⟦maskph nl 1⟧.",
"Declaración de la Renta 2025 – Casilla 0475. Fecha de nacimiento del declarante: ⟦maskdob dmy/⟧. Cuenta para devolución ⟦iban ES⟧. Número de justificante ⟦num 13⟧, CSV ⟦lit ZKQ7WAT4M2PD9XJ3⟧. Teléfono móvil ⟦phone es 0⟧.",
"W-9 re-submission: TIN type = ITIN ⟦itin⟧ (not an SSN). Vendor EIN ⟦ein⟧. Previous form had masked SSN ⟦maskssn⟧. Reply to ⟦email en corp⟧.",
"Вх. № ⟦num 7⟧ от ⟦date dmy.⟧\nНалоговая декларация 3-НДФЛ. Дата рождения: ⟦maskdob dmy.⟧. ИНН ⟦num 12⟧. Телефон для связи ⟦maskph ru 0⟧, e-mail ⟦maskem ru⟧",
"Vergi beyannamesi — Mükellef doğum tarihi: ⟦maskdob dmy.⟧, T.C. iade hesabı ⟦maskib TR⟧. Tahakkuk fişi no ⟦num 10⟧, vade ⟦date dmy.⟧. Hatalı girilen hesap: ⟦badiban TR⟧",
"Skattedeklaration 2025 – Rättelse\nPersonnummer har maskerats: ⟦lit 19XXXXXX-XXXX⟧. Utbetalning till ⟦badiban SE⟧. Kontakt: ⟦email sv⟧ / ⟦maskph se 1⟧. Ärendenummer ⟦ref SKV⟧.",
"From: e-filing bot\nYour return was rejected: spouse SSN ⟦badssn⟧ failed validation (area/group rule). Please correct and resubmit by ⟦date mdy/⟧. Sample shown in the guide: ⟦ssnsample⟧.",
]),
("public_pension_statements", [
"Renteninformation 2026\nVersicherungsnummer ⟦lit 12 150482 W 027⟧ · Geburtsdatum ⟦dob dmy.⟧\nAuszahlung auf ⟦maskib DE⟧ ab ⟦date dmy.⟧\nHotline ⟦maskph de 2⟧",
"Relevé de carrière CNAV — assurée née le ⟦maskdob fr⟧, adresse de messagerie ⟦email fr|at:fr⟧. Date d'effet de la retraite : ⟦date fr⟧. Référence dossier ⟦ref CNAV⟧.",
"State Pension forecast for NI number ⟦nino _⟧ — date of birth ⟦maskdob enb⟧ — State Pension age reached on ⟦date enb⟧. Payments to sort code ⟦sort⟧ account ending ⟦last4⟧.",
"Social Security Statement (SSA-7005): Name on record Dolores Ruiz, SSN ⟦ssn⟧, born ⟦dob en⟧. Estimated benefit at full retirement age. Statement ID ⟦uuid⟧.",
"Pensioensoverzicht (UPO) 2025 – deelnemer geboren op ⟦maskdob nl⟧. Uitbetaling naar ⟦iban NL plain⟧. Pensioenregeling versie ⟦ver⟧, registratienummer ⟦num 9⟧.",
"Pensionsbesked: din allmänna pension betalas ut den ⟦date sv⟧. Född: ⟦maskdob sv⟧. Konto ⟦badiban SE⟧. Frågor: ⟦phone se 2⟧ eller ⟦exemail⟧.",
"Пенсійне посвідчення № ⟦num 10⟧ видано ⟦date dmy.⟧. Дата народження пенсіонера: ⟦maskdob uk⟧. Виплата на рахунок ⟦maskib UA⟧. Телефон: ⟦maskph uk_ua 0⟧",
"Rentevisning fra ATP: Født ⟦dob da⟧ · NemKonto ⟦badiban DK⟧ · telefon ⟦maskph dk 0⟧. Udskrevet ⟦date dmy-⟧, sagsnr. ⟦num 8⟧.",
"Dôchodkový výmer Sociálnej poisťovne – poberateľ narodený ⟦maskdob sk⟧, dôchodok sa poukazuje na účet ⟦maskib SK⟧. Číslo rozhodnutia ⟦num 10⟧ zo dňa ⟦date dmy.⟧.",
"Rešenje PIO fonda br. ⟦num 9⟧ – korisnik rođen ⟦maskdob srl⟧, isplata na račun ⟦iban RS⟧, kontakt ⟦maskph rs 0⟧. Datum rešenja ⟦date dmy.⟧",
"pension_export.csv\nmember_id,dob,iban,email,joined\n⟦num 8⟧,⟦dob iso⟧,⟦badiban IE plain⟧,⟦email en⟧,⟦date iso⟧\n⟦num 8⟧,⟦maskdob iso⟧,⟦maskib PT⟧,⟦email pt⟧,⟦date iso⟧",
]),
("public_welfare_applications", [
"Antrag auf Bürgergeld – Bedarfsgemeinschaft\n1. Antragsteller: geb. ⟦maskdob dmy.⟧, Tel. ⟦phone de 3⟧, E-Mail ⟦email de|at:de⟧\n2. Kind: geb. ⟦maskdob dmy.⟧\nKonto: ⟦badiban DE⟧\nKundennummer ⟦num 10⟧",
"Demande de RSA / prime d'activité – numéro allocataire CAF ⟦num 7⟧. Conjoint né le ⟦dob dmy/⟧. RIB : ⟦iban FR⟧. Joignable au ⟦phone fr 1|sp⟧.",
"Universal Credit claim notes: claimant NINO ⟦nino -⟧ verified via DWP; partner NINO ⟦badnino⟧ rejected (invalid). Journal msg from claimant: call me on ⟦maskph uk 1⟧ pls.",
"SNAP recertification — Household member 2 SSN: ⟦ssn⟧; DOB ⟦maskdob mdy/⟧. Case # ⟦num 9⟧. EBT card (not a bank card) ⟦serial⟧. Interview scheduled ⟦date mdy/⟧.",
"Solicitud de Ingreso Mínimo Vital – Expediente ⟦ref IMV⟧. Titular nacido el ⟦maskdob es⟧. Correo: ⟦email es|at:es⟧. Cuenta bancaria: ⟦maskib ES⟧.",
"Domanda Assegno di Inclusione – richiedente nata il ⟦dob it⟧; recapito ⟦maskph it 1⟧; ISEE protocollo INPS-ISEE-2026-⟦num 8⟧-00 del ⟦date dmy/⟧.",
"Aanvraag bijstand gemeente Rotterdam: aanvrager geb. ⟦maskdob dmy-⟧, telefoon ⟦phone nl 0⟧, mail ⟦email nl⟧. Zaaknummer ⟦num 8⟧, ingediend ⟦date dmy-⟧.",
"Ombi la msaada wa kijamii (TASAF): Mwombaji alizaliwa tarehe ⟦maskdob sw⟧. Namba ya simu ⟦maskph ke 0⟧. Barua pepe ⟦email sw⟧. Namba ya kaya ⟦num 9⟧.",
"Aplikasyon sa 4Ps / DSWD: Petsa ng kapanganakan: ⟦maskdob tl⟧. Numero ng telepono: ⟦maskph ph 0⟧. Household ID ⟦num 12⟧. Petsa ng pag-file: ⟦date tl⟧.",
"Permohonan Bantuan Sara Hidup: Tarikh lahir pemohon ⟦dob ms⟧, no. telefon ⟦maskph my 1⟧, e-mel ⟦exemail⟧. No. rujukan ⟦ref BSH⟧, tarikh ⟦date ms⟧.",
"सामाजिक सुरक्षा पेंशन आवेदन — आवेदक की जन्म तिथि: ⟦maskdob dmy/⟧। मोबाइल नंबर: ⟦phone in 0|deva⟧। आवेदन संख्या ⟦num 12⟧, दिनांक ⟦date dmy/⟧।",
"Заява на субсидію ЖКП: заявниця народилася ⟦maskdob uk⟧, контактний номер ⟦phone uk_ua 1⟧, ел. пошта ⟦email uk|at:uk⟧. Номер особового рахунку ⟦num 10⟧.",
]),
("public_court_filings", [
"IN THE CIRCUIT COURT OF COOK COUNTY\nCase No. ⟦lit 2025-L-008341⟧\nPetitioner's date of birth: ⟦maskdob mdy/⟧ (redaction required under Rule 138)\nSSN last four: ⟦last4⟧\nFiled ⟦date mdy/⟧",
"Landgericht Köln – Az. ⟦lit 28 O 117/25⟧. Klägerin, geboren am ⟦dob de⟧, vertreten durch RA Dr. Brandt (⟦email de corp⟧). Streitwert ⟦amount⟧. Verkündet am ⟦date de⟧.",
"Tribunal judiciaire de Lyon, RG n° ⟦lit 24/05512⟧. Le défendeur, né le ⟦maskdob fr⟧ à Vénissieux, joignable au ⟦maskph fr 0⟧. Audience du ⟦date fr⟧.",
"Juzgado de lo Social nº 4 de Sevilla — Autos ⟦lit 812/2025⟧. Demandante con fecha de nacimiento ⟦maskdob dmy/⟧ y cuenta para consignaciones ⟦badiban ES⟧. Señalamiento: ⟦date dmy/⟧.",
"Tribunale di Milano, sez. lavoro, RG ⟦lit 4471/2025⟧ – ricorrente nato il ⟦dob dmy/⟧; IBAN per il pagamento delle spese: ⟦maskib IT⟧ (BIC ⟦bic⟧).",
"Arbitrážny rozsudok, sp. zn. ⟦lit 3Cb/214/2025⟧ – žalovaný nar. ⟦maskdob dmy.⟧, trvale bytom Košice. Úhrada na účet ⟦badiban SK⟧ do ⟦date dmy.⟧.",
"Основни суд у Новом Саду, П. ⟦lit 1189/2025⟧ — тужилац рођен ⟦maskdob sr⟧, телефон ⟦maskph rs 2⟧. Рочиште заказано за ⟦date sr⟧.",
"PACER docket text: SEALED EXHIBIT 4 (bank records) — acct holder SSN ⟦ssn⟧; wire to ⟦iban GB⟧ via SWIFT ⟦bic⟧ on ⟦date iso⟧. Docket entry ⟦num 3⟧.",
"Rechtbank Amsterdam, zaaknummer C/13/⟦num 6⟧ / HA ZA 25-⟦num 3⟧. Eiseres geboren op ⟦maskdob nl⟧. Griffierecht voldaan ⟦date nl⟧.",
"地方裁判所 令和7年(ワ)第⟦num 4⟧号 — 原告 生年月日 ⟦dob ja⟧、連絡先 ⟦maskph ja 3⟧、メール ⟦email ja⟧。口頭弁論期日 ⟦date ja⟧。",
"Mahkeme esas no ⟦lit 2025/1432⟧ — davacı doğum tarihi ⟦maskdob tr⟧, vekili Av. Kaya (⟦email tr⟧). Duruşma tarihi ⟦date tr⟧.",
]),
("public_police_reports", [
"INCIDENT REPORT #⟦num 8⟧\nReporting party: DOB ⟦maskdob mdy/⟧, cell ⟦phone us 1⟧\nSuspect vehicle plate ⟦plate⟧, VIN ⟦vin⟧\nStolen card ending ⟦last4⟧ used at 14:22",
"Strafanzeige wegen Betrugs – Anzeigenerstatter geb. ⟦dob dmy.⟧. Täter forderte Überweisung auf ⟦maskib LT⟧. Vorgangsnummer ⟦num 10⟧/2025. Tatzeit ⟦ts log⟧.",
"Procès-verbal d'audition – Plaignante née le ⟦maskdob dmy/⟧. Le suspect a utilisé l'adresse ⟦email fr⟧ et le numéro ⟦maskph fr 3⟧. PV n° ⟦num 5⟧/2025.",
"Denuncia ante la Policía Nacional: víctima nacida el ⟦maskdob es⟧; le cargaron en la tarjeta ⟦card visa⟧ compras no reconocidas. IMEI del móvil robado ⟦imei⟧. Atestado ⟦num 6⟧/25.",
"Протокол принятия заявления: заявитель ⟦maskdob ru⟧ года рождения; мошенники звонили с номера ⟦maskph ru 1⟧ и просили перевести деньги на карту ⟦card up⟧. КУСП № ⟦num 5⟧ от ⟦date dmy.⟧.",
"Заява до поліції: потерпіла, дата народження ⟦dob dmy.⟧. Шахрай писав з ⟦exemail⟧ та номеру ⟦maskph uk_ua 2⟧. ЄРДР № ⟦num 17⟧.",
"Polis ihbar kaydı: şikayetçi doğum tarihi ⟦maskdob dmy.⟧; şüpheli IP ⟦ip⟧ üzerinden ⟦ts iso⟧ tarihinde giriş yapmış. Dosya ⟦num 7⟧.",
"Polisanmälan K⟦num 6⟧-25: Målsägande född ⟦maskdob iso⟧. Bedragaren ringde från ⟦phone se 0⟧ och bad om BankID-kod. Brottstid ⟦date iso⟧.",
"Crime ref ⟦lit 42/118734/25⟧ — witness DOB ⟦dob dmy/⟧, NI no. ⟦nino⟧, mobile ⟦maskph uk 0⟧. CCTV exported (hash ⟦sha256⟧).",
"FIR No. ⟦num 4⟧/2025 — शिकायतकर्ता की जन्मतिथि ⟦maskdob dmy-⟧। ठग ने UPI के लिए ⟦maskph in 1⟧ से कॉल किया। घटना दिनांक ⟦date dmy-⟧।",
"Taarifa ya polisi OB ⟦num 2⟧/⟦num 2⟧/2025: mlalamikaji alizaliwa ⟦maskdob dmy/⟧; namba ya M-Pesa iliyotumika na mtapeli ⟦phone ke 1⟧. IMEI ⟦imei⟧.",
]),
("public_voter_census_forms", [
"Voter registration update — Name: R. Alvarez; Date of birth: ⟦maskdob mdy/⟧; Last 4 SSN: ⟦last4⟧; Precinct 0412; Email (optional): ⟦maskem en⟧; Phone: ⟦maskph us 2⟧",
"UK electoral register ITR form: Date of birth ⟦dob dmy/⟧ · National Insurance number ⟦nino plain⟧ · Household reference ⟦num 16⟧",
"Census 2026 household questionnaire\nPerson 1 — born ⟦maskdob enb⟧\nPerson 2 — born ⟦maskdob enb⟧\nPerson 3 — moved in ⟦date enb⟧\nAccess code: ⟦lit 7H4K 2M9Q 1XPL⟧",
"Wählerverzeichnis – Briefwahlantrag: Geburtsdatum ⟦maskdob dmy.⟧, Wahlbezirk 0815, Wählernummer ⟦num 4⟧. Zusendung per E-Mail an ⟦email de⟧.",
"Recensement INSEE – bulletin individuel : date de naissance ⟦dob dmy/⟧, code d'accès ⟦num 10⟧, date de collecte ⟦date dmy/⟧.",
"Censimento permanente ISTAT – codice famiglia ⟦num 9⟧; componente 2 nata il ⟦maskdob dmy/⟧; cellulare ⟦maskph it 0⟧.",
"国勢調査 調査票: 世帯員1 生年月日 ⟦maskdob ja⟧ / 世帯員2 生年月日 ⟦dob ja⟧ / 調査区番号 ⟦num 6⟧ / 回答日 ⟦date ja⟧",
"人口普查登记表：出生日期 ⟦maskdob ja⟧，联系电话 ⟦maskph zh 0⟧，普查小区编码 ⟦num 12⟧，登记日期 ⟦date ja⟧。",
"Sensus penduduk: Tarikh lahir ⟦maskdob dmy/⟧, telefon rumah ⟦phone my 2⟧, nombor isi rumah ⟦num 8⟧.",
"Popis stanovništva – Obrazac P-1: datum rođenja ⟦maskdob dmy.⟧, kontakt telefon ⟦phone rs 1|sp⟧, šifra popisnog kruga ⟦num 7⟧.",
"Sčítanie obyvateľov – dátum narodenia ⟦dob dmy.⟧, e-mail ⟦email sk|at:sk⟧, kód domácnosti ⟦num 10⟧.",
]),
]

FAMILIES += [
("bank_swift_mt", [
"{1:F01DEUTDEFFAXXX0000123456}{2:I103BNPAFRPPXXXXN}{4:\n:20:⟦swiftref⟧\n:23B:CRED\n:32A:⟦lit 260314EUR18450,00⟧\n:50K:/⟦badiban DE plain⟧\nHOFFMANN LOGISTIK GMBH\n:57A:⟦bic⟧\n:59:/⟦maskib FR⟧\nSARL GARNIER ET FILS\n:71A:SHA\n-}",
":20:⟦swiftref⟧\n:21:NONREF\n:25:⟦lit DABADKKK/3100⟧\n:28C:⟦lit 00117/001⟧\n:60F:C⟦lit 260302DKK412000,00⟧\n:61:⟦lit 2603020302D1500,00NTRFNONREF⟧\n:86:Overfoersel til ⟦iban DK plain⟧ tlf ⟦maskph dk 1⟧\n:62F:C⟦lit 260302DKK410500,00⟧",
"MT199 free format from ⟦bic⟧: PLS BE ADVISED BENEFICIARY ACCOUNT ⟦badiban GB plain⟧ IS INVALID (CHECK DIGITS). CORRECT ACCOUNT PER CUSTOMER IS ⟦iban GB plain⟧. OUR REF ⟦swiftref⟧ UETR ⟦uuid⟧",
"pacs.008 repair queue — field 59 /⟦maskib NL⟧ name mismatch; 52A ⟦bic⟧; 56A ⟦bic⟧; UETR ⟦uuid⟧; analyst note: customer confirmed via ⟦maskph nl 1⟧ on ⟦date iso⟧",
"Ops: 50F line 4 is the ordering customer's date of birth.\n:50F:/⟦badiban CH plain⟧\n1/TANAKA KENJI\n2/BAHNHOFSTRASSE 12\n3/CH/ZUERICH\n4/⟦maskdob compact⟧\n:70:/INV/⟦inv⟧",
"Screening hit 0.87 on MT103 ⟦swiftref⟧: ordering customer DOB field 50F/4 = ⟦maskdob compact⟧ vs list entry born ⟦olddate compact⟧. Ordering account ⟦maskib AT⟧. False positive — closed by ops.",
"MT202COV :58A:⟦bic⟧ :52A:⟦bic⟧ :32A:⟦lit 260411USD250000,⟧ — cover only, no customer data. Sequence B :50K:/⟦iban PL plain⟧",
"SWIFT gpi tracker callback {\"uetr\":\"⟦uuid⟧\",\"status\":\"ACCC\",\"debtor_agent\":\"⟦bic⟧\",\"creditor_account\":\"⟦badiban ES plain⟧\",\"confirmed_at\":\"⟦ts iso⟧\"}",
"Ops chat: the MT940 for ⟦maskib SI⟧ came in twice, dupes ref ⟦swiftref⟧ and ⟦swiftref⟧. Test BIC in UAT is ⟦lit TESTDEFFXXX⟧, don't route prod there.",
"Нерозпізнаний платіж MT103: :59:/⟦badiban UA plain⟧ ОТРИМУВАЧ ФОП КОВАЛЕНКО; контакт ⟦maskph uk_ua 0⟧; :70:ОПЛАТА ЗГ. РАХ ⟦inv⟧",
]),
("bank_sepa_xml", [
"<CdtTrfTxInf><PmtId><EndToEndId>⟦sepaid⟧</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">1250.00</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>⟦bic⟧</BIC></FinInstnId></CdtrAgt><CdtrAcct><Id><IBAN>⟦iban BE plain⟧</IBAN></Id></CdtrAcct></CdtTrfTxInf>",
"<DrctDbtTxInf><MndtRltdInf><MndtId>⟦ref MNDT⟧</MndtId><DtOfSgntr>⟦date iso⟧</DtOfSgntr></MndtRltdInf><CdtrSchmeId>⟦credid⟧</CdtrSchmeId><DbtrAcct><Id><IBAN>⟦maskib DE⟧</IBAN></Id></DbtrAcct><Dbtr><CtctDtls><EmailAdr>⟦maskem de⟧</EmailAdr></CtctDtls></Dbtr></DrctDbtTxInf>",
"<GrpHdr><MsgId>⟦sepaid⟧</MsgId><CreDtTm>⟦ts iso⟧</CreDtTm><NbOfTxs>3</NbOfTxs></GrpHdr><!-- sample from the ISO guide: ⟦ukiban⟧ -->",
"<Dbtr><Nm>Lucía Herrera</Nm><PrvtId><DtAndPlcOfBirth><BirthDt>⟦dob iso⟧</BirthDt><CityOfBirth>Valencia</CityOfBirth></DtAndPlcOfBirth></PrvtId></Dbtr><DbtrAcct><Id><IBAN>⟦badiban ES plain⟧</IBAN></Id></DbtrAcct>",
"pain.002 reject reason AC01 (IncorrectAccountNumber) for ⟦badiban IT plain⟧; original EndToEndId ⟦sepaid⟧; resubmitted with ⟦iban IT plain⟧ at ⟦ts log⟧",
"camt.054 <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Van Dijk</Nm></Dbtr><DbtrAcct><Id><IBAN>⟦iban NL plain⟧</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>FACTUUR ⟦inv⟧ KLANT ⟦num 7⟧</Ustrd></RmtInf></TxDtls></NtryDtls>",
"Zahlungsdatei abgelehnt: Zeile 14 IBAN ⟦badiban AT plain⟧ Prüfziffer falsch. Zeile 15 IBAN ⟦iban AT plain⟧ ok. Gläubiger-ID ⟦credid⟧.",
"SEPA Instant (SCT Inst) webhook: {\"debtorIban\":\"⟦maskib FI⟧\",\"creditorIban\":\"⟦badiban LU plain⟧\",\"remittance\":\"⟦order⟧\",\"acceptanceDateTime\":\"⟦ts iso⟧\"}",
"Virement SEPA reçu – donneur d'ordre : M. Benali, IBAN ⟦maskib FR⟧, libellé « LOYER MARS – tel ⟦phone fr 0⟧ », référence ⟦sepaid⟧",
"Mandato SDD firmato il ⟦date dmy/⟧ – debitore nato il ⟦maskdob dmy/⟧ – conto di addebito ⟦iban IT⟧ – codice identificativo creditore ⟦credid⟧",
]),
("bank_loan_applications", [
"LOAN APPLICATION #⟦num 9⟧\nApplicant DOB: ⟦maskdob mdy/⟧\nSSN: ⟦ssn⟧\nCo-applicant SSN: ⟦ssn plain⟧\nEmployer phone: ⟦maskph us 0⟧\nRequested: $24,000 / 60 mo / APR 8.9%",
"Kreditantrag Ratenkredit: Geburtsdatum ⟦maskdob dmy.⟧ · Nettoeinkommen 3.240 € · Gehaltskonto ⟦badiban DE⟧ · SCHUFA-Auskunft vom ⟦date dmy.⟧ · Rückruf unter ⟦phone de 0|zw⟧",
"Demande de prêt immobilier – emprunteur né le ⟦dob dmy/⟧, co-emprunteuse née le ⟦maskdob dmy/⟧. Offre émise le ⟦date dmy/⟧. Contact : ⟦email fr⟧",
"Mortgage AIP – UK applicant NI ⟦nino⟧, DOB ⟦maskdob dmy/⟧, current account sort code ⟦sort⟧ a/c ⟦num 8⟧. Broker email ⟦exemail⟧.",
"Solicitud de préstamo: fecha de nacimiento ⟦dob dmy/⟧; domiciliación de nómina en ⟦maskib ES⟧; referencia ⟦ref PRE⟧. Simulación con TAE 7,45 % del ⟦date dmy/⟧.",
"Kreditná žiadosť – žiadateľ nar. ⟦maskdob dmy.⟧, mobil ⟦maskph sk 0⟧, účet ⟦badiban SK⟧. Číslo žiadosti ⟦num 10⟧.",
"Zahtev za kredit: datum rođenja ⟦maskdob dmy.⟧, tekući račun ⟦iban RS⟧, mobilni ⟦phone rs 1⟧, e-pošta ⟦email sr|at:srl⟧.",
"{\"application_id\":\"⟦uuid⟧\",\"applicant\":{\"dob\":\"⟦maskdob iso⟧\",\"ssn\":\"⟦ssn⟧\",\"phone\":\"⟦maskph us 3⟧\"},\"bureau_pull_at\":\"⟦ts iso⟧\",\"model\":\"risk-v⟦ver⟧\"}",
"Kredi başvurusu: doğum tarihi ⟦dob dmy.⟧, cep ⟦maskph tr 0⟧, maaş hesabı ⟦maskib TR⟧, başvuru no ⟦num 11⟧.",
"住宅ローン事前審査 申込人 生年月日 ⟦maskdob ja⟧ 携帯 ⟦phone ja 0|fwd⟧ 受付番号 ⟦num 10⟧",
]),
("bank_kyc_checklists", [
"KYC checklist – retail onboarding\n[x] ID document (passport ⟦lit C01X00T47⟧, expires ⟦date dmy/⟧)\n[x] Date of birth matches: ⟦maskdob dmy/⟧\n[x] Proof of address\n[ ] Source of funds\nReviewer: ⟦maskem en corp⟧",
"EDD memo: PEP screening negative; client born ⟦maskdob enb⟧; wallet funded from ⟦badiban MT⟧; device IP ⟦ip⟧ (VPN exit); case ⟦ref KYC⟧.",
"KYC-Prüfung: Legitimation per VideoIdent am ⟦date dmy.⟧, Ausweisnummer ⟦lit L01X00T47⟧, geb. ⟦dob dmy.⟧, Referenzkonto ⟦maskib DE⟧, Handy ⟦maskph de 0⟧.",
"Lista de verificación KYC: ✔ DNI ⟦lit 00000000T⟧ (documento de muestra, no real) ✔ fecha de nacimiento ⟦maskdob dmy/⟧ ✔ cuenta ⟦badiban ES⟧",
"KYC 체크리스트: 생년월일 ⟦maskdob ko⟧, 연락처 ⟦phone us 0⟧ (해외 거주), 이메일 ⟦email en⟧, 검토일 ⟦date ko⟧",
"客户尽职调查表：出生日期 ⟦dob ja⟧；手机 ⟦maskph zh 2⟧；邮箱 ⟦email zh|at:zh⟧；审核编号 ⟦ref CDD⟧",
"Проверка клиента (AML): дата рождения ⟦maskdob dmy.⟧, счёт ⟦iban UA plain⟧, тел. ⟦maskph ru 0⟧; источник средств — зарплата; риск: низкий.",
"KYC-tjekliste: født ⟦maskdob dmy-⟧, MitID verificeret ⟦date dmy-⟧, NemKonto ⟦maskib DK⟧, e-mail ⟦maskem da⟧",
"Senarai semak KYC: tarikh lahir ⟦maskdob dmy/⟧, telefon ⟦maskph my 0⟧, e-mel ⟦email ms⟧, akaun ⟦num 12⟧ (Maybank, bukan IBAN).",
"SAR draft: subject SSN ⟦ssn⟧, associated EIN ⟦ein⟧, wires to ⟦badiban CY⟧ totalling $412,000 between ⟦date mdy/⟧ and ⟦date mdy/⟧.",
]),
("bank_chargeback_disputes", [
"Chargeback CB-⟦num 8⟧ reason 10.4 (Other Fraud – Card Absent)\nCardholder PAN ⟦card visa⟧\nTxn ⟦ts iso⟧ ARN ⟦num 23⟧\nMerchant order ⟦order⟧\nCardholder email ⟦exemail⟧",
"Dispute evidence: shipped via UPS ⟦trk ups⟧ delivered ⟦date iso⟧; billing IP ⟦ip⟧ matches prior orders; card on file ⟦maskcard⟧.",
"Rückbuchung Lastschrift: Kunde widerspricht Einzug von Konto ⟦maskib DE⟧ (Mandat ⟦ref MNDT⟧). Rücklastschriftgebühr 3,00 €. Kunde erreichbar ⟦phone de 1⟧.",
"Contestation de paiement – carte ⟦card mc⟧ – opération du ⟦date dmy/⟧ – montant 219,90 € – le client affirme ne pas être l'auteur. Réf. ⟦ref CB⟧.",
"Contestazione addebito: carta ⟦card mc -⟧ scad. 09/28, transazione del ⟦date dmy/⟧. Il titolare chiede rimborso su IBAN ⟦iban IT⟧.",
"Disputa: el titular reporta el cargo en la tarjeta ⟦card amex⟧; número de autorización ⟦num 6⟧; tarjeta de prueba usada en sandbox ⟦testcard⟧ (ignorar).",
"Pre-arbitration note: issuer claims PAN ⟦badcard visa⟧ — fails Luhn, likely keying error on their side. Our record shows ⟦maskcard⟧. Case ⟦ref CB⟧.",
"Возврат платежа (чарджбэк): карта ⟦card up -⟧, операция ⟦date dmy.⟧, RRN ⟦num 12⟧, клиент: ⟦maskem ru⟧",
"İtiraz kaydı: kart ⟦card visa⟧, işlem tarihi ⟦date dmy.⟧, provizyon kodu ⟦num 6⟧, müşteri telefonu ⟦maskph tr 2⟧",
"Återkrav: kortinnehavaren bestrider köp med kort ⟦card visa plain⟧ den ⟦date iso⟧. Ärende ⟦ref CB⟧, kontakt ⟦email sv⟧.",
]),
]

FAMILIES += [
("telecom_number_porting", [
"PORT-IN REQUEST\nNumber to port: ⟦maskph us 0⟧\nLosing carrier account #: ⟦num 9⟧\nPort-out PIN: ⟦secret pin⟧\nAuthorized user DOB: ⟦dob mdy/⟧\nLOA signed ⟦date mdy/⟧",
"Rufnummernmitnahme: Rufnummer ⟦maskph de 0⟧ von Anbieter A zu B, Kundenkennwort ⟦secret pw⟧, Vertragsende ⟦date dmy.⟧, Kundennr. ⟦num 10⟧.",
"Demande de portabilité : numéro ⟦phone fr 0⟧, RIO ⟦lit 06 E 7Y3K2M 4XQ⟧, date de portage souhaitée ⟦date dmy/⟧.",
"Portabilidad: línea ⟦maskph es 0⟧, ICCID de la nueva SIM ⟦iccid⟧, titular con fecha de nacimiento ⟦maskdob dmy/⟧.",
"Nummerbehoud aanvraag: nummer ⟦maskph nl 0⟧, klantnummer oude provider ⟦num 9⟧, overstapdatum ⟦date dmy-⟧, contactmail ⟦maskem nl⟧",
"Перенесення номера: номер ⟦phone uk_ua 0⟧, новий ICCID ⟦iccid⟧, паспорт серії ⟦lit КВ 123456⟧ (зразок), дата заявки ⟦date dmy.⟧",
"Numara taşıma başvurusu: taşınacak hat ⟦maskph tr 0⟧, SIM seri no ⟦iccid⟧, başvuru tarihi ⟦date dmy.⟧, doğum tarihi ⟦maskdob dmy.⟧",
"MNP request (携帯番号ポータビリティ) 予約番号 ⟦num 10⟧ / 対象番号 ⟦maskph ja 0⟧ / 有効期限 ⟦date ja⟧",
"NPAC SOA log ⟦ts log⟧ SV create TN=⟦maskph us 2⟧ LRN=⟦num 10⟧ SPID=⟦num 4⟧ status=pending",
"Portering: nummer ⟦phone se 1⟧ flyttas ⟦date iso⟧. Abonnentens e-post ⟦email sv⟧. Ordernr ⟦order⟧.",
]),
("telecom_sim_swap", [
"SIM swap ticket ⟦ref SIM⟧\nMSISDN: ⟦maskph uk 0⟧\nOld ICCID: ⟦iccid⟧\nNew ICCID: ⟦iccid⟧\nIMSI: ⟦imsi⟧\nVerification: DOB ⟦dob dmy/⟧ ✓, account password ⟦secret pw⟧ ✓",
"FRAUD ALERT: eSIM transfer requested for ⟦maskph us 1⟧ from device IMEI ⟦imei⟧ at ⟦ts iso⟧, request IP ⟦docip⟧. Customer says not them.",
"SIM-Tausch: Kunde meldet Verlust, neue SIM ⟦iccid⟧, PUK ⟦secret num8⟧ (nicht weitergeben), Rufnummer ⟦maskph de 1⟧, Kundenkennwort lautete ⟦secret pw⟧.",
"Cambio de SIM solicitado en tienda: línea ⟦phone es 1⟧, DNI verificado, fecha de nacimiento ⟦maskdob dmy/⟧, IMEI nuevo terminal ⟦imei⟧.",
"Chat agente→cliente: per completare la sostituzione della SIM mi confermi la data di nascita? Cliente: ⟦maskdob dmy/⟧. Agente: grazie, nuova SIM ⟦iccid⟧ attiva su ⟦maskph it 0⟧.",
"Zamjena SIM kartice / Замена СИМ картице: број ⟦maskph rs 0⟧, нови ICCID ⟦iccid⟧, оператер потврдио ⟦date sr⟧.",
"eSIM QR activation code LPA:1$smdp.io$⟦!secret K2-3F5Z9X-Q7WM4T8R⟧ for ⟦phone pk 0⟧ — confirmation code ⟦secret pin⟧",
"Palit-SIM: Sabi ng customer nawala raw ang phone niya, numero ⟦maskph ph 1⟧, bagong SIM serial ⟦iccid⟧, birthday daw niya ay ⟦maskdob tl⟧.",
"Ombi la kubadilisha laini: namba ⟦maskph ke 1⟧, kitambulisho kimehakikiwa, IMEI mpya ⟦imei⟧, tarehe ⟦date dmy/⟧.",
"SIM-udskiftning: nummer ⟦maskph dk 0⟧, nyt SIM ⟦iccid⟧, MAC for hjemmerouter ⟦mac⟧ (ikke relevant).",
]),
("telecom_cdr_records", [
"cdr_2026-03-14.csv\ncall_id,a_number,b_number,start,duration,cell_id,imei\n⟦num 12⟧,⟦phone uk 0⟧,⟦maskph uk 1⟧,⟦ts iso⟧,214,⟦num 9⟧,⟦imei⟧",
"CDR|⟦ts epoch⟧|MO|A=⟦maskph de 0⟧|B=⟦maskph de 1⟧|DUR=00:03:12|IMSI=⟦imsi⟧|LAC=⟦num 5⟧",
"SMS-CDR {\"msisdn\":\"⟦phone in 0⟧\",\"dest\":\"⟦maskph in 1⟧\",\"smsc\":\"⟦maskph in 1⟧\",\"ts\":\"⟦ts iso⟧\",\"msg_ref\":\"⟦hex 8⟧\"}",
"Data session: APN internet, IMSI ⟦imsi⟧, MSISDN ⟦maskph ru 0⟧, assigned IPv6 ⟦ip 6⟧, bytes_up 18233, session ⟦uuid⟧",
"通話明細: 発信 ⟦phone ja 1⟧ → 着信 ⟦maskph ja 3⟧ ⟦ts log⟧ 通話時間 00:07:45 基地局 ⟦num 8⟧",
"话单记录：主叫 ⟦maskph zh 1⟧ 被叫 ⟦phone zh 3⟧ 时长 128秒 开始 ⟦ts log⟧ 基站 ⟦num 6⟧",
"Roaming TAP record: home IMSI ⟦imsi⟧, visited PLMN 20801, calling ⟦maskph fr 1⟧, called ⟦maskph it 2⟧, charge 0.48 SDR, file seq ⟦num 5⟧",
"lawful-intercept export (redacted): target ⟦maskphone⟧, associate ⟦maskph tr 2⟧, cell ⟦coord⟧, case ⟦ref LI⟧",
"Records ya simu: ⟦phone ke 0⟧ → ⟦maskph ke 2⟧, muda 00:01:55, ⟦ts iso⟧; ⟦maskph ke 0⟧ → ⟦exphone⟧ (namba ya majaribio)",
]),
("telecom_router_configs", [
"interface GigabitEthernet0/1\n description uplink-to-ISP\n ip address ⟦ip⟧ ⟦netmask⟧\n no shutdown\n!\nusername netadmin privilege 15 secret 0 ⟦secret pw⟧\nsnmp-server community ⟦secret pw⟧ RO",
"set system login user ops authentication plain-text-password-value \"⟦secret pw⟧\"\nset interfaces ge-0/0/0 unit 0 family inet address ⟦docip⟧/30\nset system name-server ⟦dns⟧",
"# /etc/wireguard/wg0.conf\n[Interface]\nPrivateKey = ⟦secret wg⟧\nAddress = ⟦docip⟧/24\n[Peer]\nPublicKey = ⟦wgpub⟧\nEndpoint = ⟦ip⟧:51820",
"router bgp 65010\n neighbor ⟦ip⟧ remote-as 3320\n neighbor ⟦docip⟧ password 7 ⟦secret cisco7⟧\n neighbor ⟦docip⟧ remote-as 64496\n network ⟦docip⟧ mask ⟦netmask⟧",
"/ip firewall filter add chain=input src-address=⟦ip⟧ action=accept comment=\"Heimbüro Jens\"\n/user set admin password=⟦secret pw⟧\n/interface ethernet set ether1 mac-address=⟦mac⟧",
"FortiGate# show user local\nedit \"vpn-helpdesk\"\n  set type password\n  set passwd ⟦secret pw⟧\n  set email-to \"⟦exemail⟧\"\nnext",
"Switch log: %SW_MATM-4-MACFLAP_NOTIF: Host ⟦mac cisco⟧ in vlan 20 is flapping between port Gi1/0/3 and port Gi1/0/7 (mgmt ⟦ip⟧)",
"pppoe: user=⟦maskem de⟧ password=⟦secret pw⟧ ; WAN IPv4 ⟦docip⟧ ; WAN IPv6 prefix ⟦ip 6⟧/56 ; firmware ⟦ver⟧",
"ONT-Konfiguration: Anschlusskennung ⟦num 12⟧, Zugangsnummer ⟦num 12⟧, Mitbenutzer 0001, Persönliches Kennwort ⟦secret num8⟧, Seriennummer ⟦lit ALCLB2C4F10E⟧",
"ip sla 10\n icmp-echo ⟦docip⟧ source-interface Gi0/0\n frequency 30\nntp server ⟦ip⟧\ncrypto isakmp key ⟦secret pw⟧ address ⟦docip⟧",
"RADIUS Access-Request: User-Name=⟦email en⟧ Calling-Station-Id=⟦mac -⟧ Framed-IP-Address=⟦ip⟧ NAS-Identifier=bras-03",
]),
]

FAMILIES += [
("health_pharmacy_refills", [
"Refill request via app\nPatient DOB: ⟦dob mdy/⟧\nRx #⟦num 7⟧ atorvastatin 20 mg, NDC ⟦ndc⟧\nPrescriber NPI ⟦npi⟧\nCallback: ⟦maskph us 0⟧\nLast fill ⟦date mdy/⟧",
"Rezept-Nachbestellung: Versicherte geb. ⟦maskdob dmy.⟧, PZN ⟦num 8⟧, Ch.-B. ⟦lot⟧, Abholung ab ⟦date dmy.⟧. Benachrichtigung per SMS an ⟦phone de 0⟧.",
"Renouvellement d'ordonnance : patiente née le ⟦maskdob dmy/⟧, lot ⟦lot⟧, péremption ⟦date dmy/⟧, mail ⟦maskem fr⟧",
"Receta electrónica – dispensación: paciente nacido el ⟦dob dmy/⟧, CIP ⟦lit BBBB000000000000⟧ (formato de ejemplo), lote ⟦lot⟧, caducidad ⟦date dmy/⟧",
"Ricetta ripetibile: assistito nato il ⟦maskdob dmy/⟧, NRE ⟦num 15⟧, farmacia avvisa al ⟦maskph it 0⟧ quando pronto.",
"Herhaalrecept: patiënt geboren ⟦maskdob dmy-⟧; medicatie metformine 500 mg; ophalen vanaf ⟦date dmy-⟧; bericht naar ⟦email nl⟧",
"処方箋リフィル: 患者 生年月日 ⟦maskdob ja⟧ / 薬局からの連絡先 ⟦maskph ja 3⟧ / 調剤日 ⟦date ja⟧ / ロット ⟦lot⟧",
"Refill WhatsApp ya duka la dawa: \"Habari, naomba kurudia dawa ya presha, nilizaliwa ⟦dob dmy/⟧, namba yangu ⟦phone ke 0⟧\"",
"Повторний рецепт: пацієнт ⟦maskdob dmy.⟧ р.н., номер рецепта ⟦lit 0000-A1B2-C3D4-E5F6⟧, телефон ⟦maskph uk_ua 2⟧",
"Pharmacy IVR transcript: \"please enter your date of birth\" — caller keyed ⟦maskdob compact⟧ — \"now enter the prescription number\" — ⟦num 7⟧",
"Recept förnyelse 1177: född ⟦maskdob iso⟧, uthämtning ⟦date iso⟧, avisering till ⟦maskph se 0⟧",
]),
("health_lab_results", [
"LAB REPORT\nPatient: DOB ⟦dob dmy/⟧ ⟦mrn⟧\nCollected: ⟦ts log⟧\nHbA1c 7.4 % (LOINC ⟦loinc⟧)\nLDL 3.1 mmol/L\nOrdering clinician: ⟦exemail⟧",
"Laborbefund – Einsender Praxis Dr. Vogt, Patientin geb. ⟦maskdob dmy.⟧, Auftragsnummer ⟦num 10⟧, Probeneingang ⟦date dmy.⟧, Rückfragen Labor ⟦maskph de 2⟧",
"Compte rendu d'analyses – patient né le ⟦maskdob dmy/⟧ – prélèvement du ⟦date dmy/⟧ – TSH 2,1 mUI/L – résultats envoyés à ⟦email fr|at:fr⟧",
"Referto di laboratorio: paziente nata il ⟦dob dmy/⟧, emocromo del ⟦date dmy/⟧, ID campione ⟦hex 12⟧",
"Лабораторное исследование № ⟦num 8⟧: пациент, дата рождения ⟦maskdob dmy.⟧, дата забора ⟦date dmy.⟧, ферритин 12 нг/мл. Результат отправлен на ⟦maskem ru⟧",
"Laboratuvar sonucu: hasta doğum tarihi ⟦maskdob dmy.⟧, numune ⟦num 10⟧, onay ⟦ts log⟧. SMS ile ⟦phone tr 0⟧ numarasına bildirildi.",
"检验报告单：出生日期 ⟦maskdob ja⟧ 样本号 ⟦num 10⟧ 采集时间 ⟦ts log⟧ 联系电话 ⟦maskph zh 0⟧",
"Výsledky laboratórneho vyšetrenia: pacientka nar. ⟦dob dmy.⟧, vzorka ⟦num 9⟧, odber ⟦date dmy.⟧",
"lab_results.tsv\npatient_dob\tsample_id\tcollected\tanalyte\tvalue\n⟦maskdob iso⟧\t⟦uuid⟧\t⟦ts iso⟧\tCRP\t4.2\n⟦maskdob iso⟧\t⟦uuid⟧\t⟦ts iso⟧\tCRP\t11.8",
"Portal message: \"Your results are ready. For security we never ask for your password. Your verification code is ⟦secret pin⟧ (expires in 10 min).\" Sent to ⟦maskph uk 0⟧",
]),
("health_insurance_preauth", [
"PRIOR AUTHORIZATION REQUEST\nMember ID: ⟦lit W⟧⟦num 9⟧\nMember DOB: ⟦dob mdy/⟧\nSubscriber SSN (legacy field): ⟦ssn⟧\nCPT 72148, ICD-10 ⟦icd⟧\nProvider NPI ⟦npi⟧ fax ⟦maskph us 0⟧",
"Kostenübernahmeantrag: Versichertennummer ⟦lit A123456780⟧ (Muster), geb. ⟦maskdob dmy.⟧, Diagnose ⟦icd⟧, Antrag vom ⟦date dmy.⟧, Rückruf ⟦phone de 1⟧",
"Demande d'entente préalable : assuré né le ⟦maskdob dmy/⟧, acte prévu le ⟦date dmy/⟧, code CIM ⟦icd⟧, réponse à ⟦email fr⟧",
"Autorización previa de la aseguradora: asegurado nacido el ⟦maskdob dmy/⟧, póliza ⟦num 10⟧, procedimiento programado ⟦date dmy/⟧",
"Pre-auth denial appeal (email)\nFrom: ⟦email en⟧\nRe: claim ⟦ref PA⟧ — my son (born ⟦dob enb⟧) needs the MRI, DOS ⟦date enb⟧. Please call ⟦maskph us 3⟧.",
"Goedkeuring vooraf zorgverzekeraar: verzekerde geboren ⟦maskdob dmy-⟧, polisnummer ⟦num 9⟧, behandeling vanaf ⟦date dmy-⟧",
"Förhandsbesked försäkring: född ⟦maskdob iso⟧, skadenummer ⟦num 8⟧, beslut ⟦date iso⟧, kontakt ⟦email sv⟧",
"PhilHealth pre-authorization: Petsa ng kapanganakan ng miyembro ⟦dob tl⟧, PIN ⟦lit 12-345678901-2⟧ (sample), contact ⟦maskph ph 0⟧",
"X12 278 snippet: NM1*IL*1*DOE*JANE****MI*⟦num 11⟧~DMG*D8*⟦maskdob compact⟧*F~ (DMG segment = member birth date) REF*EJ*⟦num 8⟧~DTP*472*D8*⟦date compact⟧~",
"Bima ya afya – idhini ya awali: mwanachama alizaliwa ⟦maskdob dmy/⟧, namba ya uanachama ⟦num 10⟧, simu ⟦maskph ke 1⟧",
]),
("health_hl7_messages", [
"MSH|^~\\&|LAB|HOSP|EHR|CLINIC|⟦date compact⟧1030||ORU^R01|⟦num 10⟧|P|2.5.1\nPID|1||⟦num 8⟧^^^HOSP^MR||OKAFOR^JAMES||⟦maskdob hl7⟧|M|||12 HIGH ST^^LEEDS||⟦phone uk 0⟧|||||⟦nino plain⟧\nOBX|1|NM|⟦loinc⟧^GLUCOSE||5.8|mmol/L",
"Inbound ADT, PID-7 = date of birth:\nPID|1||⟦num 7⟧^^^MAIN^MR||HERRERA^LUCIA^M||⟦dob hl7⟧|F|||CALLE MAYOR 4^^MADRID^^28013^ES||⟦maskph es 1⟧^PRN^PH~^NET^Internet^⟦exemail⟧",
"ADT^A04 received ⟦ts log⟧ — PID-7 (birth date) = ⟦maskdob hl7⟧, PID-19 (SSN) = ⟦ssn plain⟧, PV1-44 admit = ⟦date compact⟧",
"MSH|^~\\&|PHARM|STORE12|||⟦date compact⟧0915||RDS^O13|⟦num 9⟧|P|2.4\nPID|||⟦num 8⟧||ROSSI^CHIARA||⟦maskdob hl7⟧|F\nRXD|1|⟦ndc⟧|⟦date compact⟧|30",
"NK1|1|WANJIRU^AMINA|MTH|P.O. BOX 1200^^NAIROBI|⟦maskph ke 0⟧|||||||||||||⟦maskdob hl7⟧ (next-of-kin birth date)",
"Interface engine error: segment PID field 7 (date of birth) '⟦dob hl7⟧' OK; field 13 '⟦phone de 0⟧' truncated; field 19 '⟦maskssn⟧' masked by upstream. Message control id ⟦num 10⟧.",
"ORM^O01 OBR|1|⟦num 8⟧|⟦num 8⟧|⟦loinc⟧^LIPID PANEL|||⟦date compact⟧0800 — ordering provider ⟦npi⟧^BRENNAN^J",
"HL7 ACK from ⟦ip⟧:2575 MSA|AA|⟦num 10⟧ at ⟦ts iso⟧ (mllp, tls fingerprint ⟦sha256⟧)",
"PID|1||⟦num 9⟧^^^KLINIK^PI||SCHÄFER^MARTIN||⟦maskdob hl7⟧|M|||Hauptstr. 5^^Berlin^^10115^DE||⟦maskph de 1⟧|||||||⟦lit 65 170839 S 012⟧",
]),
("health_fhir_json", [
"{\"resourceType\":\"Patient\",\"id\":\"⟦uuid⟧\",\"birthDate\":\"⟦maskdob iso⟧\",\"telecom\":[{\"system\":\"phone\",\"value\":\"⟦maskph fr 0⟧\"},{\"system\":\"email\",\"value\":\"⟦maskem fr⟧\"}],\"meta\":{\"versionId\":\"3\",\"lastUpdated\":\"⟦ts iso⟧\"}}",
"{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"http://hl7.org/fhir/sid/us-ssn\",\"value\":\"⟦ssn⟧\"}],\"birthDate\":\"⟦dob iso⟧\",\"gender\":\"female\"}",
"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"⟦loinc⟧\"}]},\"subject\":{\"reference\":\"Patient/⟦uuid⟧\"},\"effectiveDateTime\":\"⟦ts iso⟧\",\"valueQuantity\":{\"value\":38.2,\"unit\":\"Cel\"}}",
"{\"resourceType\":\"RelatedPerson\",\"relationship\":[{\"text\":\"mother\"}],\"birthDate\":\"⟦maskdob iso⟧\",\"telecom\":[{\"system\":\"phone\",\"value\":\"⟦maskph nl 0⟧\"}]}",
"FHIR bulk export line: {\"resourceType\":\"Patient\",\"id\":\"p-⟦num 6⟧\",\"birthDate\":\"⟦maskdob iso⟧\",\"identifier\":[{\"system\":\"urn:oid:2.16.840.1.113883.2.1.4.1\",\"value\":\"⟦nino plain⟧\"}]}",
"curl -H \"Authorization: Bearer ⟦secret jwt⟧\" https://fhir.⟦lit vitalis-lab.de⟧/r4/Patient?birthdate=⟦maskdob iso⟧",
"{\"resourceType\":\"Coverage\",\"subscriberId\":\"⟦num 11⟧\",\"beneficiary\":{\"reference\":\"Patient/⟦oid⟧\"},\"period\":{\"start\":\"⟦date iso⟧\",\"end\":\"⟦date iso⟧\"},\"payor\":[{\"display\":\"AOK\"}]}",
"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"山田\",\"given\":[\"花子\"]}],\"birthDate\":\"⟦dob iso⟧\",\"telecom\":[{\"system\":\"phone\",\"value\":\"⟦phone ja 1⟧\"}],\"address\":[{\"postalCode\":\"⟦postal⟧\"}]}",
"SMART launch context: {\"patient\":\"⟦uuid⟧\",\"access_token\":\"⟦secret jwt⟧\",\"refresh_token\":\"⟦secret bearer⟧\",\"expires_in\":3600}",
"{\"resourceType\":\"Patient\",\"meta\":{\"tag\":[{\"code\":\"synthetic\"}]},\"telecom\":[{\"value\":\"⟦exphone⟧\"},{\"value\":\"⟦exemail⟧\"}]}",
]),
]

FAMILIES += [
("hr_payslips", [
"PAYSLIP — March 2026\nEmployee no. ⟦num 6⟧   NI number: ⟦nino⟧   Tax code 1257L\nPay date: ⟦date dmy/⟧\nNet pay £2,814.07 to sort code ⟦sort⟧ account ****⟦last4⟧",
"Entgeltabrechnung 03/2026 – Personalnr. ⟦num 5⟧ – Geburtsdatum ⟦maskdob dmy.⟧ – SV-Nummer ⟦lit 53 270587 K 114⟧ – Auszahlung auf ⟦badiban DE⟧ – Steuer-ID ⟦num 11⟧",
"Bulletin de paie – mars 2026 – salarié né le ⟦maskdob dmy/⟧ – virement sur ⟦maskib FR⟧ – date de paiement ⟦date dmy/⟧ – matricule ⟦num 6⟧",
"Nómina marzo 2026: trabajador nacido el ⟦dob dmy/⟧; IBAN ⟦badiban ES⟧; fecha de abono ⟦date dmy/⟧; n.º afiliación SS ⟦num 12⟧",
"Busta paga marzo 2026 — matricola ⟦num 6⟧ — data di nascita ⟦maskdob dmy/⟧ — accredito su ⟦maskib IT⟧ — ⟦date dmy/⟧",
"Loonstrook maart 2026 — personeelsnr ⟦num 6⟧ — geboortedatum ⟦maskdob dmy-⟧ — netto naar ⟦iban NL⟧",
"Lønseddel marts 2026 — medarbejder født ⟦maskdob dmy-⟧ — udbetalt til ⟦badiban DK⟧ — disponibel ⟦date dmy-⟧",
"Výplatná páska 03/2026 — zamestnanec nar. ⟦dob dmy.⟧ — mzda na účet ⟦maskib SK⟧ — výplatný termín ⟦date dmy.⟧",
"W-2 2025 copy B: Employee SSN ⟦ssn⟧, Employer EIN ⟦ein⟧, control number ⟦num 6⟧, wages $71,204.55",
"Maaş bordrosu Mart 2026: sicil ⟦num 6⟧, doğum tarihi ⟦maskdob dmy.⟧, IBAN ⟦badiban TR⟧, ödeme tarihi ⟦date dmy.⟧",
"payroll_run.json {\"run_id\":\"⟦uuid⟧\",\"employees\":[{\"id\":⟦num 5⟧,\"iban\":\"⟦iban PL plain⟧\",\"net\":6120.40},{\"id\":⟦num 5⟧,\"iban\":\"⟦badiban PL plain⟧\",\"net\":5890.00,\"error\":\"IBAN checksum\"}]}",
]),
("hr_onboarding_forms", [
"New hire onboarding — Section 1\nLegal name: Priya Raman\nDate of birth: ⟦maskdob mdy/⟧\nSSN: ⟦ssn⟧\nPersonal email: ⟦email hi⟧\nMobile: ⟦maskph us 1⟧\nStart date: ⟦date mdy/⟧",
"Personalfragebogen: Geburtsdatum ⟦dob dmy.⟧, private Handynummer ⟦maskph de 3⟧, Bankverbindung ⟦maskib DE⟧, Eintritt ⟦date dmy.⟧, Laptop-Seriennr. ⟦lit C02ZK1ABMD6T⟧",
"Fiche d'embauche : date de naissance ⟦maskdob dmy/⟧, téléphone ⟦maskph fr 1⟧, e-mail perso ⟦maskem fr⟧, RIB ⟦badiban FR⟧, badge n° ⟦num 8⟧",
"Welcome! Your temp password for the HR portal is ⟦secret pw⟧ — change it on first login. Username: ⟦email en corp⟧. Laptop asset tag ⟦num 6⟧.",
"入社手続き書類：生年月日 ⟦maskdob ja⟧、携帯電話 ⟦phone ja 0⟧、個人メール ⟦exemail⟧、入社日 ⟦date ja⟧、社員番号 ⟦num 7⟧",
"新员工入职登记：出生日期 ⟦maskdob ja⟧，手机 ⟦maskph zh 0⟧，邮箱 ⟦maskem zh⟧，入职日期 ⟦date ja⟧，工号 ⟦num 6⟧",
"Анкета нового сотрудника: дата рождения ⟦dob dmy.⟧, моб. ⟦maskph ru 0⟧, личная почта ⟦email ru⟧, табельный номер ⟦num 5⟧",
"İşe giriş formu: doğum tarihi ⟦maskdob dmy.⟧, cep telefonu ⟦phone tr 2⟧, e-posta ⟦email tr|at:tr⟧, işe başlama ⟦date dmy.⟧",
"Borang pekerja baharu: tarikh lahir ⟦maskdob dmy/⟧, no. telefon ⟦maskph my 0⟧, e-mel peribadi ⟦maskem ms⟧, tarikh mula ⟦date dmy/⟧",
"Nyanställd – personuppgifter: född ⟦maskdob iso⟧, mobil ⟦maskph se 1⟧, e-post ⟦email sv⟧, första arbetsdag ⟦date iso⟧",
"UK starter checklist: NI number ⟦nino⟧, DOB ⟦dob dmy/⟧, student loan plan 2, emergency contact ⟦maskph uk 1⟧",
"नई भर्ती फॉर्म: जन्म तिथि ⟦maskdob dmy/⟧, मोबाइल ⟦phone in 0⟧, ईमेल ⟦exemail⟧, कर्मचारी कोड ⟦num 6⟧, ज्वाइनिंग ⟦date dmy/⟧",
]),
("hr_background_checks", [
"Background check report ⟦ref BGC⟧\nSubject DOB: ⟦maskdob mdy/⟧\nSSN trace: ⟦ssn⟧ — issued AZ 1998-2000\nAlias SSN found: ⟦badssn⟧ (invalid, flagged)\nCounty criminal: clear\nCompleted ⟦date mdy/⟧",
"Verification of employment: candidate claims employment at Acme 2019–2023; HR contact ⟦maskem en corp⟧ / ⟦maskph us 2⟧; reference check on ⟦date iso⟧",
"Führungszeugnis beantragt am ⟦date dmy.⟧ – Bewerber geb. ⟦dob dmy.⟧ in Bremen – Belegart O – Rückfragen an ⟦email de corp⟧",
"Vérification d'antécédents : candidat né le ⟦maskdob dmy/⟧, extrait de casier judiciaire demandé le ⟦date dmy/⟧, référence ⟦num 10⟧",
"DBS check: applicant DOB ⟦maskdob dmy/⟧, NI ⟦nino plain⟧, certificate number ⟦num 12⟧ issued ⟦date dmy/⟧",
"Проверка кандидата: дата рождения ⟦maskdob dmy.⟧, ИНН ⟦num 12⟧, предыдущий работодатель, телефон ⟦maskph ru 2⟧",
"Provjera kandidata: rođen ⟦dob srl⟧, JMBG ⟦lit 0101990710006⟧ (primer iz uputstva), kontakt ⟦maskph rs 1⟧",
"Adjudication note: applicant wrote SSN as ⟦ssn .⟧ on the paper form and as ⟦ssn _⟧ online; both match the trace. Prior address history since ⟦date mdy/⟧.",
"Background verification (vendor API) {\"candidate_id\":\"⟦uuid⟧\",\"dob\":\"⟦maskdob iso⟧\",\"ssn_last4\":\"⟦last4⟧\",\"status\":\"clear\",\"completed_at\":\"⟦ts iso⟧\"}",
"Tarkistus / Bakgrundskontroll: född ⟦maskdob iso⟧, utdrag ur belastningsregistret beställt ⟦date iso⟧, ärende ⟦num 9⟧",
"Pagsusuri ng aplikante: NBI clearance no. ⟦num 12⟧, ipinanganak noong ⟦dob tl⟧, email ⟦maskem tl⟧",
]),
("ecom_checkout_logs", [
"⟦ts log⟧ INFO checkout.submit order=⟦order⟧ email=⟦email en⟧ ip=⟦docip⟧ ua=\"Mozilla/5.0\" cart_total=89.90",
"⟦ts log⟧ DEBUG payment.tokenize pan=⟦card visa plain⟧ exp=11/28 cvv=*** -> tok_⟦hex 24⟧   # PAN logged by mistake, see SEC-⟦num 4⟧",
"⟦ts log⟧ WARN fraud.velocity ip=⟦ip⟧ cards_tried=[⟦maskcard⟧, ⟦maskcard⟧] session=⟦uuid⟧",
"POST /api/checkout 200 {\"shipping\":{\"phone\":\"⟦phone de 0⟧\",\"email\":\"⟦exemail⟧\"},\"coupon\":\"SPRING-26\",\"items\":3}",
"[checkout] Zahlungsart Lastschrift, IBAN ⟦maskib AT⟧, Bestellung ⟦order⟧, Zeitstempel ⟦ts epoch⟧",
"2026/03/14 10:02:11 [error] upstream timeout while reading response, client: ⟦ip⟧, request: \"POST /checkout?email=⟦email fr|pct⟧ HTTP/2.0\"",
"checkout-svc | sandbox run: card=⟦testcard⟧ result=approved ; version=⟦ver⟧ ; build=⟦short⟧",
"注文確認ログ ⟦ts log⟧ 注文番号 ⟦order⟧ 購入者メール ⟦maskem ja⟧ 配送先電話 ⟦maskph ja 1⟧",
"订单日志 ⟦ts log⟧ 订单号 ⟦num 18⟧ 收货人手机 ⟦maskph zh 1⟧ 支付IP ⟦docip⟧",
"{\"event\":\"checkout_completed\",\"customer\":{\"email\":\"⟦email nl⟧\",\"phone\":\"⟦maskph nl 0⟧\"},\"order_id\":\"⟦order⟧\",\"ip\":\"⟦ip 6⟧\",\"ts\":⟦ts ms⟧}",
"⟦ts log⟧ ERROR avs_mismatch card=⟦card mc plain⟧ zip_given=⟦postal⟧ zip_expected=⟦postal⟧",
]),
("ecom_psp_webhooks", [
"POST /webhooks/stripe\nStripe-Signature: t=⟦ts epoch⟧,v1=⟦sha256⟧\n{\"type\":\"charge.succeeded\",\"data\":{\"object\":{\"id\":\"ch_⟦hex 24⟧\",\"billing_details\":{\"email\":\"⟦maskem en⟧\",\"phone\":\"⟦phone us 0⟧\"},\"payment_method_details\":{\"card\":{\"last4\":\"⟦last4⟧\"}}}}}",
"STRIPE_WEBHOOK_SECRET=⟦secret whsec⟧\nSTRIPE_SECRET_KEY=⟦secret stripe_sk⟧\nSTRIPE_TEST_KEY=⟦env STRIPE_TEST_KEY⟧",
"Adyen notification: {\"pspReference\":\"⟦num 16⟧\",\"merchantReference\":\"⟦order⟧\",\"additionalData\":{\"cardSummary\":\"⟦last4⟧\",\"shopperEmail\":\"⟦email de⟧\",\"shopperIP\":\"⟦ip⟧\"},\"eventCode\":\"AUTHORISATION\"}",
"Mollie webhook payload: id=tr_⟦hex 10⟧ ; consumerAccount=⟦iban NL plain⟧ ; consumerBic=⟦bic⟧ ; description=\"Bestelling ⟦order⟧\"",
"Razorpay webhook: {\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"contact\":\"⟦maskph in 1⟧\",\"email\":\"⟦exemail⟧\",\"vpa\":\"⟦lit success@razorpay⟧\"}}}}",
"PayPal IPN: payer_email=⟦email es|pct⟧&txn_id=⟦hex 17⟧&mc_gross=49.00&payment_date=⟦lit 09%3A14%3A02+Mar+14%2C+2026+PDT⟧",
"webhook signature mismatch: expected ⟦sha256⟧ got ⟦sha256⟧ (secret rotated? current secret ⟦secret whsec⟧)",
"iyzico callback: {\"paymentId\":\"⟦num 8⟧\",\"buyer\":{\"gsmNumber\":\"⟦maskph tr 0⟧\",\"email\":\"⟦maskem tr⟧\",\"ip\":\"⟦docip⟧\"},\"binNumber\":\"⟦num 6⟧\"}",
"M-Pesa C2B confirmation: {\"TransID\":\"⟦lit RKT4XH2P9Q⟧\",\"MSISDN\":\"⟦phone ke 0|nosp⟧\",\"BillRefNumber\":\"⟦inv⟧\",\"TransAmount\":\"1500.00\"}",
"Square webhook headers: x-square-hmacsha256-signature: ⟦hex 44⟧ ; Authorization: Bearer ⟦secret square⟧",
]),
("ecom_refund_tickets", [
"Refund ticket ⟦ref TKT⟧: Customer asks refund to original card ⟦maskcard⟧ for order ⟦order⟧. Reply-to: ⟦email en⟧. Tracking ⟦trk ups⟧ shows returned ⟦date iso⟧.",
"Hi, I want my money back. Card number is ⟦card visa -⟧, exp 04/29. My phone ⟦phone uk 0⟧. Order ⟦order⟧.",
"Rückerstattung bitte auf mein Konto ⟦iban DE|nl:12⟧ – Bestellnr. ⟦order⟧, Retourenlabel DHL ⟦trk dhl⟧",
"Remboursement demandé : commande ⟦order⟧, colis ⟦trk upu⟧, merci de rembourser sur ⟦badiban BE⟧, mon numéro ⟦maskph fr 1⟧",
"Reembolso: pedido ⟦order⟧, devolución recibida el ⟦date dmy/⟧, reembolsar a la tarjeta ⟦card mc⟧ o al IBAN ⟦iban ES|zw⟧",
"Rimborso: ordine ⟦order⟧ — codice reso ⟦pnr⟧ — IBAN del cliente ⟦iban IT|sp⟧ — email ⟦email it|at:it⟧",
"Terugbetaling: bestelling ⟦order⟧, klant ⟦email nl|at:nl⟧, rekening ⟦maskib NL⟧, pakket ⟦trk gls⟧",
"Возврат средств: заказ ⟦order⟧, карта получателя ⟦card up⟧, трек ⟦trk upu⟧, связь ⟦maskph ru 1⟧",
"Повернення коштів: замовлення ⟦order⟧, IBAN ⟦badiban UA⟧, тел. ⟦maskph uk_ua 1⟧, ТТН ⟦num 14⟧",
"Refund po: order ⟦order⟧, GCash number ko ⟦phone ph 1⟧, salamat! Gift card ⟦serial⟧ hindi gumagana.",
"İade talebi: sipariş ⟦order⟧, kart ⟦card visa⟧ son kullanma 07/27, kargo ⟦trk ups⟧",
]),
("ecom_fraud_review_notes", [
"Fraud review — order ⟦order⟧\n• billing email ⟦email en⟧ created 2 days ago\n• IP ⟦ip⟧ geolocates to different country than BIN\n• card ⟦card amex⟧ used on 4 accounts\n• device id ⟦uuid⟧\nDecision: decline",
"Betrugsprüfung: Lieferadresse Packstation, Telefonnummer ⟦maskph de 1⟧ auf Sperrliste, Kartennummer ⟦badcard mc⟧ (Luhn ungültig → Eingabefehler), Entscheidung: manuell prüfen",
"Note analyste fraude : même appareil ⟦hex 16⟧ que la commande ⟦order⟧, e-mail jetable ⟦email fr⟧, IP ⟦ip⟧. Carte ⟦maskcard⟧.",
"Revisión antifraude: la dirección IP ⟦ip⟧ coincide con 12 pedidos; teléfono ⟦maskph es 1⟧; tarjeta ⟦card disc⟧; decisión: bloquear.",
"Fraud queue note: customer phoned in from ⟦maskph us 0⟧ claiming to be account owner, failed KBA (last payment date given ⟦date mdy/⟧ did not match). Account ⟦num 9⟧ locked.",
"风控备注：同一设备 ⟦uuid⟧ 绑定 5 张卡，其中 ⟦card up⟧ 已被拒；注册邮箱 ⟦exemail⟧",
"Проверка на мошенничество: IP ⟦docip⟧, эмулятор Android, IMEI ⟦imei⟧, карта ⟦card visa⟧ — отклонено",
"Dolandırıcılık incelemesi: aynı IBAN ⟦maskib TR⟧ üç farklı hesapta; cihaz MAC ⟦mac⟧; karar: hesap askıya alındı",
"फ्रॉड रिव्यू: ग्राहक का ईमेल ⟦maskem hi⟧, आईपी ⟦ip⟧, कार्ड ⟦maskcard⟧, ऑर्डर ⟦order⟧ — संदिग्ध",
"Velocity rule FR-⟦num 3⟧ fired: BIN ⟦num 6⟧, 14 attempts, gift cards ⟦serial -⟧ and ⟦serial -⟧ drained; linked email ⟦email en⟧",
]),
]

FAMILIES += [
("dev_git_diffs_commits", [
"diff --git a/config/settings.py b/config/settings.py\nindex ⟦short⟧..⟦short⟧ 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@\n-AWS_ACCESS_KEY_ID = \"⟦exaws⟧\"\n+AWS_ACCESS_KEY_ID = \"⟦secret aws_ak⟧\"\n+AWS_SECRET_ACCESS_KEY = \"⟦secret aws_sk⟧\"",
"commit ⟦sha1⟧\nAuthor: Lukas Brandt <⟦maskem de corp⟧>\nDate:   Fri Mar 13 17:42:01 2026 +0100\n\n    Remove leaked token ⟦secret ghp⟧ from CI (rotated)",
"-  password: ⟦secret pw⟧\n+  password: ⟦env POSTGRES_PASSWORD⟧\n   host: db.internal\n   port: ⟦port⟧",
"git log --oneline\n⟦short⟧ fix(payments): mask PAN in logs\n⟦short⟧ chore: bump axios to ⟦ver⟧\n⟦short⟧ Merge pull request #⟦num 4⟧ from feature/sepa-export",
"Co-authored-by: Ayşe Demir <⟦email tr⟧>\nSigned-off-by: Emre Yılmaz <⟦exemail⟧>\nReviewed-on: https://gerrit.⟦lit ardent-payments.io⟧/c/⟦num 5⟧",
"+++ b/.env.production\n@@ -0,0 +1,4 @@\n+SENDGRID_API_KEY=⟦secret sendgrid⟧\n+SLACK_WEBHOOK_URL=⟦secret slack_hook⟧\n+SENTRY_DSN=https://⟦md5⟧@o⟦num 6⟧.ingest.sentry.io/⟦num 7⟧",
"Commit-Nachricht: \"Testdaten anonymisiert – echte IBAN ⟦iban DE plain⟧ durch ⟦ukiban⟧ ersetzt\" (Hash ⟦short⟧)",
"gitleaks report: rule=generic-api-key file=src/client.ts line=22 secret=\"⟦secret hex32⟧\" commit=⟦sha1⟧ author=⟦maskem en⟧",
"-const TELEGRAM_TOKEN = '⟦secret telegram⟧';\n+const TELEGRAM_TOKEN = process.env.TELEGRAM_TOKEN;",
"修正: 誤ってコミットしたキーを削除 (⟦secret google⟧) — 署名鍵 fingerprint ⟦sha256⟧",
"Signed-off-by: Oskar Berg <⟦email sv⟧>\ngpg: Signature made ⟦ts iso⟧ using RSA key ⟦hex 40⟧",
]),
("dev_package_manifests", [
"{\n  \"name\": \"@acme/checkout-widget\",\n  \"version\": \"⟦ver⟧\",\n  \"author\": \"Giulia Ferri <⟦maskem it⟧>\",\n  \"dependencies\": {\"react\": \"^⟦ver⟧\", \"stripe\": \"~⟦ver⟧\"}\n}",
"//registry.npmjs.org/:_authToken=⟦secret npm⟧\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=⟦env GITHUB_TOKEN⟧",
"[tool.poetry]\nname = \"kyc-pipeline\"\nversion = \"⟦ver⟧\"\nauthors = [\"Nurul Aisyah <⟦email ms⟧>\"]\n[[tool.poetry.source]]\nname = \"private\"\nurl = \"https://⟦lit pypi.internal.acme⟧/simple\"",
"# ~/.pypirc\n[pypi]\n  username = __token__\n  password = ⟦secret pypi⟧",
"<project>\n  <groupId>rs.kovacic</groupId>\n  <artifactId>obracun-plata</artifactId>\n  <version>⟦ver⟧</version>\n  <developers><developer><email>⟦exemail⟧</email></developer></developers>\n</project>",
"Cargo.toml\n[package]\nname = \"sepa-parse\"\nversion = \"⟦ver⟧\"\nauthors = [\"Pieter Bakker <⟦maskem nl⟧>\"]\nrepository = \"https://github.com/acme/sepa-parse\"",
"<settings><servers><server><id>nexus-releases</id><username>deploy</username><password>⟦secret pw⟧</password></server></servers></settings>",
"composer.json \"support\": {\"email\": \"⟦exemail⟧\"}, \"require\": {\"php\": \">=8.2\", \"guzzlehttp/guzzle\": \"^⟦ver⟧\"}",
"go.sum: github.com/stripe/stripe-go/v76 ⟦~v76.12.0⟧ h1:⟦wgpub⟧",
"gemspec: spec.email = [\"⟦email ja⟧\"]; spec.version = \"⟦ver⟧\"; spec.metadata[\"rubygems_mfa_required\"] = \"true\"",
]),
("dev_dockerfiles_helm", [
"FROM python:3.12-slim\nENV PIP_INDEX_URL=https://deploy:⟦secret pw⟧@nexus.internal/repository/pypi/simple\nENV APP_VERSION=⟦ver⟧\nRUN pip install -r requirements.txt",
"# values-prod.yaml\nimage:\n  tag: \"⟦ver⟧\"\n  digest: sha256:⟦sha256⟧\npostgresql:\n  auth:\n    username: app\n    password: \"⟦secret pw⟧\"\n    existingSecret: \"\"",
"ARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc   # build with --build-arg NPM_TOKEN=⟦secret npm⟧",
"apiVersion: v1\nkind: Secret\nmetadata:\n  name: psp-credentials\ntype: Opaque\ndata:\n  STRIPE_KEY: ⟦secret stripe_sk|b64⟧\n  WEBHOOK_SECRET: ⟦secret whsec|b64⟧",
"helm upgrade --install kyc ./chart --set db.password=⟦secret pw⟧ --set image.tag=⟦ver⟧ --set ingress.host=kyc.⟦lit example.org⟧",
"docker login -u ci-bot -p ⟦secret dckr⟧ registry-1.docker.io",
"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦secret pw⟧\n  app:\n    environment:\n      DATABASE_URL: postgres://app:⟦secret pw⟧@db:5432/app",
"# docker inspect (excerpt)\n\"Env\": [\"PATH=/usr/local/sbin:/usr/local/bin\", \"HF_TOKEN=⟦secret hf⟧\", \"MODEL_REV=⟦sha1⟧\"]",
"kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n{\"auths\":{\"ghcr.io\":{\"auth\":\"⟦secret basic⟧\"}}}",
"extraEnv:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef: {name: llm, key: openai}\n  - name: FALLBACK_KEY\n    value: \"⟦secret openai⟧\"",
]),
("dev_ansible_vault_decrypted", [
"$ ansible-vault view group_vars/prod/vault.yml\nVault password: \nvault_db_password: ⟦secret pw⟧\nvault_smtp_password: ⟦secret pw⟧\nvault_api_token: ⟦secret glpat⟧",
"$ ansible-vault decrypt host_vars/bastion.yml --output -\nansible_user: ops\nansible_become_pass: ⟦secret pw⟧\nadmin_email: ⟦maskem en corp⟧",
"$ANSIBLE_VAULT;1.1;AES256\n⟦hex 64⟧\n⟦hex 64⟧\n(encrypted — the decrypted view follows in the ticket)",
"vault_aws_access_key_id: ⟦secret aws_ak⟧\nvault_aws_secret_access_key: ⟦secret aws_sk⟧\nvault_aws_account: \"⟦awsacct⟧\"\nvault_role_arn: ⟦arn⟧",
"# decrypted for audit ⟦date iso⟧\nvault_tls_key: |\n  ⟦secret pem_ec⟧\nvault_tls_cert_fingerprint: ⟦sha1⟧",
"sops -d secrets.enc.yaml\nstripe:\n  secret_key: ⟦secret stripe_sk⟧\n  publishable_key_ref: ⟦tmpl stripe_pk⟧\nsops:\n  age:\n    - recipient: ⟦agepub⟧",
"# age identity file (decrypted backup)\n# created: ⟦ts iso⟧\n# public key: ⟦agepub⟧\n⟦secret age⟧",
"vault kv get -format=json secret/payments | jq .data.data\n{\"mailgun_key\":\"⟦secret mailgun⟧\",\"shopify_token\":\"⟦secret shpat⟧\"}",
"ldap_bind_dn: cn=svc-ansible,ou=services,dc=corp,dc=local\nldap_bind_pw: ⟦secret pw⟧\nntp_servers: [⟦ip⟧, ⟦dns⟧]",
"Ansible-Ausgabe (no_log vergessen): ok: [db01] => (item={'user': 'backup', 'password': '⟦secret pw⟧'})",
]),
("dev_jupyter_cells", [
"In [3]:\nimport openai\nclient = openai.OpenAI(api_key=\"⟦secret openai⟧\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)",
"In [7]:\ndf.head()\nOut[7]:\n   customer_id         email       dob\n0  ⟦num 6⟧  ⟦email de⟧  ⟦maskdob iso⟧\n1  ⟦num 6⟧  ⟦exemail⟧  ⟦maskdob iso⟧",
"In [12]:\nimport anthropic\nc = anthropic.Anthropic(api_key='⟦secret anthropic⟧')",
"In [2]:\n%env HF_TOKEN=⟦secret hf⟧\nfrom huggingface_hub import login; login()\n# model revision ⟦sha1⟧",
"In [5]:\nengine = create_engine(\"mysql+pymysql://analyst:⟦secret pw⟧@⟦docip⟧:3306/crm\")\npd.read_sql(\"select phone from contacts limit 3\", engine)\nOut[5]:\n  phone\n0 ⟦phone it 0⟧\n1 ⟦maskph it 1⟧\n2 ⟦exphone⟧",
"# Cell 4 — pseudonymisation check\nassert hash_email(\"⟦exemail⟧\") == \"⟦sha256⟧\"\nprint(uuid.uuid4())  # ⟦uuid⟧",
"In [9]:\ngmaps = googlemaps.Client(key=\"⟦secret google⟧\")\ngmaps.reverse_geocode((⟦coord⟧))",
"In [1]:\nimport os\nos.environ[\"AWS_ACCESS_KEY_ID\"] = \"⟦exaws⟧\"  # docs example\nos.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"⟦exawssk⟧\"",
"Out[14]: {'iban': '⟦iban NL plain⟧', 'valid': True, 'bank': 'ABN AMRO', 'bic': '⟦bic⟧'}",
"In [6]:\nwandb.login(key=\"⟦secret hex40⟧\")  # cell output: wandb: Currently logged in as: ⟦maskem en⟧",
]),
("dev_test_fixtures", [
"def test_luhn():\n    assert luhn(\"⟦testcard⟧\")\n    assert not luhn(\"⟦badcard visa⟧\")\n    assert luhn(\"⟦card mc plain⟧\")  # real card pasted from support ticket, remove!",
"fixtures/users.yaml\n- email: ⟦exemail⟧\n  phone: \"⟦exphone⟧\"\n  ssn: \"⟦ssnsample⟧\"\n- email: ⟦email en⟧\n  phone: \"⟦maskph us 1⟧\"",
"describe('iban', () => {\n  it('rejects bad checksum', () => expect(isValid('⟦badiban DE plain⟧')).toBe(false));\n  it('accepts sample', () => expect(isValid('⟦ukiban⟧')).toBe(true));\n});",
"@pytest.fixture\ndef nino_cases():\n    return [\"⟦qqnino⟧\", \"⟦badnino⟧\", \"⟦badnino⟧\", \"⟦nino plain⟧\"]  # last one is from a real payslip",
"const jwt = '⟦jwtio⟧'; // jwt.io demo token\nconst prodJwt = '⟦secret jwt⟧'; // TODO delete",
"INSERT INTO test_customers (email, ip) VALUES ('⟦exemail⟧', '⟦docip⟧'), ('⟦maskem es⟧', '⟦ip⟧');",
"func TestSSNValidation(t *testing.T) {\n\tbad := []string{\"⟦badssn⟧\", \"⟦badssn⟧\", \"⟦badssn⟧\"}\n\tgood := \"⟦ssn⟧\"\n}",
"tests/data/cards.csv\nnumber,expected\n⟦testcard⟧,valid\n⟦badcard amex plain⟧,invalid\n⟦serial⟧,invalid",
"factory :user do\n  email { \"user#{n}@example.com\" }\n  uuid { \"⟦uuid⟧\" }\n  api_key { \"⟦secret stripe_rk⟧\" }\nend",
"VCR cassette: request headers Authorization: \"Bearer <REDACTED>\"; response body {\"id\":\"⟦oid⟧\",\"ip\":\"⟦docip6⟧\"}",
]),
]

FAMILIES += [
("chat_group_chats", [
"[14:02] Jens: wer hat die Nummer vom Vermieter?\n[14:03] Anke: ⟦phone de 0|sp⟧\n[14:03] Anke: oder mail an ⟦email de|at:de⟧\n[14:05] Timo: danke! Geburtstagsparty am ⟦date dmy.⟧ steht 🎉",
"[12:41] Sofía: chicas el Bizum a este número ⟦phone es 1⟧ 🙏\n[12:42] Marta: y el IBAN para la transferencia? \n[12:44] Sofía: ⟦iban ES|nl:14⟧",
"Mamma: il codice del cancello è ⟦secret pin⟧ e la password del wifi è ⟦secret pw⟧ 😘\nLuca: grazie ma'",
"[Nhóm] 😂 Ali: bhai mera naya number ⟦phone pk 0⟧ save kar lo\nUsman: aur email? Ali: ⟦email ur|at:paren⟧",
"群聊记录\n小王: 我的微信绑定手机 ⟦phone zh 0|zw⟧\n小李: 发到我邮箱 ⟦email zh|at:zh⟧ 吧\n小王: 好的，订单号 ⟦num 19⟧",
"Olga: ребята, скиньте на карту ⟦card visa⟧ по 500₽ на подарок 🎁\nИгорь: скинул. Код подтверждения не присылайте никому!",
"LINEグループ: 幹事の連絡先は ⟦phone ja 0⟧ です。集金は ⟦date ja⟧ まで。",
"WhatsApp: Mama Juma: tuma ile pesa kwa namba hii ⟦phone ke 0|w:sw⟧ asante\nJuma: sawa mama, nitatuma kesho",
"Jelena: broj za dostavu je ⟦phone rs 1⟧, a lozinka za Netflix ⟦secret pw⟧ (ne delite dalje!)",
"Group 'Barkada 2009': Reunion sa ⟦date tl⟧! I-GCash n'yo ko sa ⟦phone ph 1|dash:4⟧ 🙌",
"Kumpulan keluarga: Adik, akaun Maybank abang ⟦num 12⟧ (bukan kad) — eh salah, nombor telefon abang ⟦phone my 1⟧",
"Discord #general: lol someone just posted their bot token ⟦secret telegram⟧ — mods pls delete. Also my old IP was ⟦docip⟧ not that it matters",
]),
("chat_forum_posts", [
"Re: Mein Konto wurde gesperrt – Hilfe!\nHallo zusammen, ich hab der Bank schon geschrieben (meine Mail: ⟦email de|at:AT⟧), Kontonummer ⟦iban DE|zw⟧, aber keine Antwort seit ⟦date dmy.⟧.",
"[Forum santé] Bonjour, je suis né le ⟦dob dmy/⟧ et je prends du lévothyrox depuis 2019, quelqu'un a eu le même souci ? Écrivez-moi : ⟦email fr|at:fr⟧",
"Reddit r/personalfinance: \"Bank asked me to confirm SSN ⟦ssn|zw⟧ over the phone, is that normal??\" (edit: removed, thanks mods)",
"Foro: Vendo bici, llamar al ⟦phone es 1|wg:es⟧. No contesto números ocultos.",
"Stack Overflow: My connection string is `Server=tcp:⟦lit myserver.database.windows.net⟧;User ID=sa;Password=⟦secret pw⟧;` and I still get error 18456. Version ⟦ver⟧.",
"Форум: продам iPhone, IMEI ⟦imei⟧, пишите в телегу или на почту ⟦email ru|at:ru⟧",
"Форум: шукаю попутників до Львова ⟦date dmy.⟧, мій номер ⟦phone uk_ua 2|dash:3⟧",
"Forum: Merhaba, kredi kartımdan ⟦maskcard⟧ izinsiz çekim oldu, bankaya ⟦phone tr 2⟧ numarasından ulaştım, ne yapmalıyım?",
"फोरम पोस्ट: मेरा पुराना नंबर बंद हो गया, नया नंबर ⟦phone in 0|deva⟧ है, कृपया अपडेट करें।",
"Fórum: Predám auto, VIN ⟦vin⟧, kontakt ⟦phone sk 1|sp⟧ alebo ⟦email sk⟧",
"GitHub issue comment: \"works for me with ⟦ver⟧. btw here's my debug log\" ... Authorization: token ⟦secret gho⟧ ...",
"Forumindlæg: Nogen der kender nummeret til kommunen? Jeg fik et brev dateret ⟦date dmy-⟧. Mit nummer er ⟦phone dk 1⟧.",
]),
("chat_dating_messages", [
"hey 😊 this app is so laggy, text me instead? ⟦phone us 1|zw:wj⟧",
"Match: ¿te paso mi insta? mejor mi número: ⟦phone es 1|hide=p⟧⟦@p|piece:1/2⟧ y el resto ⟦@p|piece:2/2⟧ jaja",
"Coucou ! Mon snap c'est ⟦lit lea.b_92⟧ (profil vérifié le ⟦date dmy/⟧) et mon 06 c'est ⟦phone fr 1|fwd⟧ 😉",
"Ich bin übrigens am ⟦dob de⟧ geboren, also Sternzeichen Fisch 🐟 und du? Unser erstes Date wäre dann am ⟦date de⟧ 😄",
"Hey! Schrijf me op ⟦email nl|at:paren⟧, de app verwijdert nummers 🙄",
"Ciao! Il mio numero è ⟦phone it 1|w:it⟧ — scrivimi lì",
"Привет) пиши в телегу, номер ⟦phone ru 0|w:ru⟧",
"Tinder: selam, instagram yerine numaramı vereyim ⟦phone tr 2|fw⟧",
"Bumble: Kumusta! Birthday ko ay ⟦dob tl⟧ haha, text mo ko sa ⟦phone ph 1|nbsp⟧",
"Hinge msg (match since ⟦date enb⟧): my email is ⟦email en|rev⟧ (reversed so the app doesn't block it lol)",
"Hej! Jag är född ⟦dob sv⟧, skriv till ⟦email sv|at:sv⟧ 🙂",
"Ahoj, volaj ⟦phone sk 1|zw:zwnj⟧, som voľná cez víkend",
]),
("chat_voice_note_transcripts", [
"[Voice note transcript, 0:42] \"Hi, it's Sarah from flat 3, my number is ⟦phone uk 1|w:en⟧, call me back when you can, it's about parcel ⟦trk upu⟧, thanks.\"",
"[Sprachnachricht] „Hallo, hier ist Katrin, meine Nummer ist ⟦phone de 1|w:de⟧, und geboren bin ich am ⟦dob de⟧, das braucht die Versicherung.“",
"[Transcription message vocal] « Bonjour, c'est Amélie, rappelez-moi au ⟦phone fr 1|wg:fr⟧, c'est pour la commande ⟦order⟧, merci. »",
"[Nota de voz] \"Oye, el número de la tarjeta es ⟦card visa|w:es⟧, caduca en marzo, el pedido es el ⟦order⟧, no se lo pases a nadie.\"",
"[Messaggio vocale] \"Ciao, sono Marco, segnati la mia email: ⟦email it|atonly:it⟧, grazie.\"",
"[Voice memo → text] \"my social is ⟦ssn|wg:en⟧ and date of birth ⟦dob en⟧, the agent needs it for the form\"",
"[Sesli mesaj] \"Abi numaram ⟦phone tr 2|w:tr⟧, akşam ara.\"",
"[वॉइस नोट] \"मेरा नंबर है ⟦phone in 0|w:hi⟧, शाम को कॉल करना।\"",
"[Ujumbe wa sauti] \"Habari, namba yangu ni ⟦phone ke 1|w:sw⟧, nipigie jioni, risiti ni ⟦lit QGH7TY2K1M⟧.\"",
"[Voice message] \"Kuya, ito number ko ⟦phone ph 1|w:tl⟧, text mo na lang ako.\"",
"[Mesej suara] \"Nombor saya ⟦phone my 1|w:ms⟧, terima kasih.\"",
"[Голосове → текст] \"Запиши мій номер: ⟦phone uk_ua 2⟧, і пошту ⟦email uk|at:uk⟧\"",
"[Röstmeddelande] \"Mitt nummer är ⟦phone se 1|w:sv⟧, ring ikväll. Mötet är flyttat till ⟦date sv⟧.\"",
]),
("agent_tool_calls", [
"{\"type\":\"tool_use\",\"name\":\"send_email\",\"input\":{\"to\":\"⟦exemail⟧\",\"cc\":\"⟦exemail⟧\",\"subject\":\"Your refund ⟦ref RF⟧\",\"body\":\"Hi, refund issued to card ending ⟦last4⟧.\"}}",
"{\"tool\":\"crm.lookup_customer\",\"arguments\":{\"phone\":\"⟦phone de 0⟧\"},\"result\":{\"customer_id\":\"⟦uuid⟧\",\"dob\":\"⟦maskdob iso⟧\",\"iban\":\"⟦maskib DE⟧\"}}",
"{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_⟦hex 24⟧\",\"type\":\"function\",\"function\":{\"name\":\"http_request\",\"arguments\":\"{\\\"url\\\":\\\"https://api.github.com/user\\\",\\\"headers\\\":{\\\"Authorization\\\":\\\"token ⟦secret ghp⟧\\\"}}\"}}]}",
"{\"tool\":\"irs_transcript.request\",\"args\":{\"taxpayer_ssn\":\"⟦ssn|html:hex⟧\",\"form\":\"1040\",\"tax_year\":2025},\"status\":\"queued\",\"job\":\"⟦uuid⟧\"}",
"Agent step 4 → run_shell({\"cmd\":\"psql postgresql://etl:⟦secret pw⟧@⟦ip⟧:5432/warehouse -c 'select count(*) from orders'\"}) → 184223",
"{\"name\":\"create_ticket\",\"input\":{\"priority\":\"high\",\"reporter\":\"⟦maskem fr⟧\",\"summary\":\"Carte ⟦card mc⟧ débitée deux fois\",\"tags\":[\"paiement\",\"⟦ver⟧\"]}}",
"tool_result: {\"stdout\":\"AWS_ACCESS_KEY_ID=⟦secret aws_ak⟧\\nAWS_SECRET_ACCESS_KEY=⟦secret aws_sk⟧\\nAWS_REGION=eu-west-1\",\"exit_code\":0}",
"{\"tool\":\"kyc.verify\",\"args\":{\"nino\":\"⟦nino plain⟧\",\"dob\":\"⟦maskdob iso⟧\"},\"result\":{\"match\":true,\"score\":0.97,\"trace_id\":\"⟦hex 32⟧\"}}",
"{\"function_call\":{\"name\":\"book_appointment\",\"arguments\":\"{\\\"patient_dob\\\":\\\"⟦dob iso⟧\\\",\\\"phone\\\":\\\"⟦phone es 0|ju:all⟧\\\",\\\"slot\\\":\\\"⟦ts iso⟧\\\"}\"}}",
"agent trace: calling get_weather(lat=⟦coord⟧) → 14°C; calling lookup_ip(\"⟦docip⟧\") → AS3320 Deutsche Telekom",
"{\"type\":\"tool_use\",\"name\":\"slack.post\",\"input\":{\"webhook\":\"⟦secret slack_hook⟧\",\"text\":\"Deploy ⟦short⟧ done\"}}",
"{\"tool\":\"translate\",\"input\":{\"text\":\"Mi número de seguro social es ⟦ssn=s⟧\",\"target\":\"en\"},\"output\":\"My social security number is ⟦@s⟧\"}",
]),
("agent_rag_chunks", [
"[retrieved chunk 3/8 | source: hr_policies.pdf p.12 | score 0.82]\n...for payroll questions contact ⟦email en corp⟧ or ⟦maskph uk 2⟧. Employees born before ⟦olddate enb⟧ keep the legacy pension scheme...",
"[chunk id ⟦uuid⟧ | confluence/Runbooks/DB-Failover]\nConnect with: psql \"host=⟦ip⟧ user=replicator password=⟦secret pw⟧ sslmode=require\"",
"[doc: Onboarding_DE.docx §4] Bitte tragen Sie Ihr Geburtsdatum (z. B. ⟦~01.01.1990⟧) und Ihre IBAN (z. B. ⟦ukiban⟧) ein.",
"[retrieved: support_macros.md] Template: \"Dear {name}, we refunded {amount} to card ending {last4}.\" Example filled: card ending ⟦last4⟧, amount ⟦amount⟧.",
"[chunk 5 | source: email_export.mbox] From: ⟦maskem es⟧ — Hola, adjunto mi DNI y mi fecha de nacimiento: ⟦maskdob dmy/⟧. Mi móvil ⟦maskph es 1⟧.",
"[retrieved | wiki/Tokens] Old CI token (revoked ⟦date iso⟧): ⟦secret glpat⟧. Use the vault path secret/ci/gitlab instead.",
"[检索片段 2] 客户投诉：银行卡 ⟦card up⟧ 被盗刷，联系电话 ⟦maskph zh 2⟧，投诉日期 ⟦date ja⟧。",
"[найденный фрагмент | источник: crm_notes.csv] клиент ⟦email ru⟧, тел. ⟦phone ru 2⟧, дата рождения ⟦maskdob dmy.⟧",
"[chunk 11 | rfc5737.txt] The blocks ⟦~192.0.2.0⟧/24 (TEST-NET-1), ⟦docip⟧ and ⟦docip⟧ are provided for use in documentation.",
"[kaynak: sss.html] Kart bilgilerinizi asla paylaşmayın. Örnek test kartı: ⟦testcard⟧. Destek: ⟦maskph tr 1⟧",
"[retrieved | legal/contract_scan.pdf p.3] ...the Seller's account IBAN ⟦badiban GB⟧, BIC ⟦bic⟧, VAT no. ⟦lit GB 123 4567 89⟧...",
]),
("agent_memory_stores", [
"memory.json\n{\"user_profile\":{\"name\":\"Emily\",\"birthday\":\"⟦maskdob iso⟧\",\"email\":\"⟦exemail⟧\",\"preferences\":{\"tone\":\"casual\"}},\"updated\":\"⟦ts iso⟧\"}",
"[memory] User mentioned their wife's phone number ⟦maskph us 0⟧ and asked me to remind them on ⟦date iso⟧ (anniversary).",
"- fact: user's date of birth is ⟦dob enb⟧\n- fact: user's home wifi password is ⟦secret pw⟧\n- fact: prefers metric units",
"Erinnerung gespeichert: Nutzer hat Steuer-ID ⟦num 11⟧ und IBAN ⟦iban DE|sp⟧ genannt, für die Steuererklärung am ⟦date dmy.⟧.",
"mémoire: l'utilisateur est né le ⟦maskdob fr⟧ et son adresse mail pro est ⟦maskem fr corp⟧",
"{\"namespace\":\"user:⟦uuid⟧\",\"key\":\"api_credentials\",\"value\":{\"openweather\":\"⟦secret hex32⟧\",\"github\":\"⟦secret ghpat⟧\"}}",
"記憶: ユーザーの誕生日は ⟦maskdob ja⟧、連絡先メールは ⟦email ja⟧",
"memoria: el usuario trabaja con la cuenta ⟦iban ES|dash:4⟧ y su teléfono es ⟦phone es 0⟧",
"Kumbukumbu: mtumiaji alizaliwa ⟦dob sw⟧, barua pepe yake ni ⟦email sw|at:sw⟧",
"memory_store.sqlite row: (⟦num 4⟧, 'ssn', '⟦ssn|b64⟧', '⟦ts iso⟧')  -- value stored base64-encoded",
"Vector store metadata: {\"doc_id\":\"⟦oid⟧\",\"embedding_model\":\"text-embedding-3-small\",\"sha\":\"⟦sha256⟧\",\"owner\":\"⟦maskem nl⟧\"}",
]),
]

FAMILIES += [
("mail_headers_raw", [
"Return-Path: <⟦email en⟧>\nReceived: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [⟦ip⟧])\n\tby mx.⟦lit brightwell-hr.co.uk⟧ with ESMTPS id ⟦hex 12⟧\nMessage-ID: <⟦uuid⟧@mail.gmail.com>\nDKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; b=⟦hex 40⟧",
"From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <⟦exemail⟧>\nTo: ⟦maskem de corp⟧\nSubject: =?UTF-8?Q?R=C3=BCckruf?=\nContent-Transfer-Encoding: quoted-printable\n\nBitte rufen Sie mich an: ⟦maskph de 1⟧ oder schreiben an ⟦email de|qp⟧",
"X-Originating-IP: [⟦docip⟧]\nX-Mailer: Microsoft Outlook 16.0\nReply-To: ⟦email fr⟧\nAuthentication-Results: spf=pass smtp.mailfrom=⟦maskem fr⟧",
"Received: from [⟦ip 6⟧] (port=51834 helo=laptop)\n\tby smtp.⟦lit kredyt-plus.pl⟧ with esmtpsa (TLS1.3) id ⟦hex 16⟧\n\t(envelope-from <⟦email pl⟧>); ⟦ts iso⟧",
"Delivered-To: ⟦exemail⟧\nSubject: =?ISO-2022-JP?B?⟦hex 20⟧?=\nX-Sender-IP: ⟦docip⟧\nList-Unsubscribe: <mailto:unsubscribe@⟦lit example.net⟧>",
"Bounce: 550 5.1.1 <⟦email sk|upper⟧>: Recipient address rejected: User unknown in virtual mailbox table (queue id ⟦hex 10⟧)",
"From: \"Служба поддержки\" <support@⟦lit example.org⟧>\nTo: ⟦maskem ru⟧\nX-Spam-Score: 7.4\nX-Phishing-Url: hxxp://⟦ip⟧/login",
"Authorization header in SMTP debug: AUTH PLAIN ⟦secret basic⟧\n235 2.7.0 Authentication successful",
"ARC-Seal: i=1; a=rsa-sha256; t=⟦ts epoch⟧; cv=none; d=outlook.com; b=⟦hex 60⟧\nFrom: ⟦email sv⟧",
"mailto:⟦email it|pct⟧?subject=Richiesta%20rimborso&body=IBAN%3A%20⟦iban IT|pct⟧",
]),
("dev_shell_history_env", [
"  501  export GITHUB_TOKEN=⟦secret ghp⟧\n  502  gh pr list --limit 5\n  503  curl -s https://ipinfo.io/⟦docip⟧\n  504  git checkout v⟦ver⟧",
"$ mysql -h ⟦ip⟧ -u root -p'⟦secret pw⟧' billing\nmysql: [Warning] Using a password on the command line interface can be insecure.",
".env\nDATABASE_URL=postgres://app_user:⟦secret pw⟧@db.internal:5432/app\nREDIS_URL=redis://:⟦secret pw⟧@cache:6379/0\nAPI_BASE=https://api.⟦lit example.com⟧\nAWS_ACCESS_KEY_ID=⟦exaws⟧",
"$ ssh -i ~/.ssh/id_ed25519 deploy@⟦ip⟧ 'sudo journalctl -u app --since ⟦date iso⟧'",
"$ cat ~/.ssh/id_ed25519\n⟦secret pem_ssh⟧\n$ cat ~/.ssh/id_ed25519.pub\n⟦sshpub⟧",
"export OPENAI_API_KEY=\"⟦secret openai⟧\"\nexport ANTHROPIC_API_KEY=\"${ANTHROPIC_API_KEY:-}\"\nexport DEBUG=1",
"C:\\Users\\ops> setx AZURE_STORAGE_KEY \"⟦secret azure⟧\"\nSUCCESS: Specified value was saved.",
"$ curl -u admin:⟦secret pw⟧ -X POST https://jenkins.internal/job/deploy/build\n$ curl -H 'PRIVATE-TOKEN: ⟦secret glpat⟧' https://gitlab.com/api/v4/projects",
"fish_history:\n- cmd: set -x VAULT_TOKEN ⟦secret vault⟧\n  when: ⟦ts epoch⟧\n- cmd: vault kv get secret/app",
"$ aws sts get-caller-identity\n{\"UserId\":\"AIDA⟦hex 16|upper⟧\",\"Account\":\"⟦awsacct⟧\",\"Arn\":\"⟦arn⟧\"}",
"$ doppler secrets download --token ⟦secret doppler⟧ --no-file --format env",
"$ ping -c1 ⟦dns⟧ && traceroute ⟦docip⟧ && arp -a | grep ⟦mac⟧",
]),
("dev_sql_dumps", [
"INSERT INTO customers (id, email, phone, dob) VALUES\n(⟦num 5⟧, '⟦maskem en⟧', '⟦maskph us 3⟧', '⟦maskdob iso⟧'),\n(⟦num 5⟧, '⟦email en⟧', '⟦maskph uk 0⟧', '⟦maskdob iso⟧');",
"UPDATE users SET password_hash = '$2b$12$⟦hex 53⟧' WHERE email = '⟦exemail⟧'; -- hash, not password",
"CREATE USER reporting WITH PASSWORD '⟦secret pw⟧';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;",
"COPY payments (id, iban, amount, created_at) FROM stdin;\n⟦num 6⟧\t⟦iban NL plain⟧\t120.00\t⟦ts log⟧\n⟦num 6⟧\t⟦maskib BE⟧\t75.50\t⟦ts log⟧\n\\.",
"SELECT * FROM patients WHERE birth_date = '⟦maskdob iso⟧' AND ssn = '⟦ssn⟧'; -- ticket ⟦ref INC⟧",
"mysql> select id, card_last4, token from cards limit 2;\n| ⟦num 4⟧ | ⟦last4⟧ | tok_⟦hex 24⟧ |\n| ⟦num 4⟧ | ⟦last4⟧ | tok_⟦hex 24⟧ |",
"INSERT INTO empleados (nombre, fecha_nacimiento, telefono) VALUES ('Javier Montoya', '⟦dob iso⟧', '⟦phone es 2⟧');",
"-- migration ⟦ts compact⟧ add column\nALTER TABLE orders ADD COLUMN client_ip inet; UPDATE orders SET client_ip = '⟦ip⟧' WHERE id = ⟦num 6⟧;",
"INSERT INTO клиенты (фио, дата_рождения, телефон, email) VALUES ('Петров И.', '⟦maskdob iso⟧', '⟦maskph ru 0⟧', '⟦maskem ru⟧');",
"INSERT INTO uk_staff (nino, start_date) VALUES ('⟦nino plain⟧', '⟦date iso⟧'), ('⟦badnino plain⟧', '⟦date iso⟧');",
"db.users.insertOne({_id: ObjectId(\"⟦oid⟧\"), email: \"⟦email tl⟧\", mobile: \"⟦maskph ph 0⟧\", createdAt: ISODate(\"⟦ts iso⟧\")})",
]),
("dev_stack_traces_logs", [
"Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    resp = stripe.Charge.create(api_key=\"⟦secret stripe_sk⟧\", amount=amt)\nstripe.error.CardError: Your card was declined. (card ⟦maskcard⟧)",
"java.sql.SQLException: Access denied for user 'app'@'⟦ip⟧' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)\n\tjdbc:mysql://db:3306/app?user=app&password=⟦secret pw⟧",
"ERROR 2026-03-14T09:12:44Z [mailer] SMTP 535 for user ⟦maskem en corp⟧ pass=⟦secret pw⟧ host=smtp.office365.com:587",
"panic: runtime error: invalid memory address\ngoroutine 1 [running]:\nmain.handler(0xc000⟦hex 6⟧)\n\t/src/main.go:42 +0x⟦hex 3⟧ request_id=⟦uuid⟧ client=⟦docip6⟧",
"nginx access: ⟦ip⟧ - - [14/Mar/2026:10:01:22 +0100] \"GET /reset?email=⟦email de|pct⟧&token=⟦secret hex32⟧ HTTP/1.1\" 200 512",
"Unhandled exception in SmsSender: Twilio 401 — AccountSid=⟦twsid⟧ AuthToken=⟦secret twilio_sk⟧ To=⟦maskph us 2⟧",
"WARN  [KafkaConsumer] failed to deserialize record at offset ⟦num 7⟧: {\"iban\":\"⟦badiban DE plain⟧\",\"amount\":\"12,00\"} — unexpected ','",
"[Sentry] ValueError: invalid literal for int() with base 10: '⟦phone fr 1⟧'  (user.email=⟦email fr⟧, release=⟦ver⟧)",
"E/AndroidRuntime: FATAL EXCEPTION: main  imei=⟦imei⟧  android_id=⟦hex 16⟧  user=⟦exemail⟧",
"k8s event: Back-off pulling image \"ghcr.io/acme/api@sha256:⟦sha256⟧\": 401 Unauthorized (token ⟦secret gho⟧ expired)",
"ОШИБКА: нарушение ограничения уникальности «users_email_key». ПОДРОБНОСТИ: Ключ \"(email)=(⟦maskem uk⟧)\" уже существует.",
]),
("ocr_scanned_documents", [
"[OCR page 1, conf 0.81]\nREPUBLIK ÖSTERREICH REISEPASS\nGeburtsdatum / Date of birth ⟦maskdob dmy.⟧\nAusstellungsdatum ⟦date dmy.⟧ Gültig bis ⟦date dmy.⟧\nP<AUTMUSTERFRAU<<MARIA<<<<<<<<<<<<<<<<<<<<<<",
"OCR: BANK STATEMENT ... IBAN: ⟦iban GB|nosp⟧ ... Sort code ⟦sort⟧ ... Statement date ⟦date enb⟧ ... Page 1 of 3",
"[OCR] Carte Vitale — N° ⟦lit 2 85 05 75 123 456 78⟧ — date de naissance : ⟦dob dmy/⟧",
"[OCR conf 0.64] SOCIAL SECURITY\n⟦ssn _⟧\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\nDOLORES RUIZ",
"[OCR] HMRC P60 End of Year Certificate — National Insurance number ⟦nino|nl:5⟧ — Employer PAYE reference ⟦lit 123/AB45678⟧",
"スキャン文書(OCR): 運転免許証 生年月日 ⟦maskdob ja⟧ 交付 ⟦date ja⟧ 番号 第⟦num 12⟧号",
"[OCR] Паспорт гражданина — Дата рождения ⟦maskdob dmy.⟧ — Дата выдачи ⟦date dmy.⟧ — Код подразделения ⟦lit 770-001⟧",
"[OCR] Nüfus cüzdanı — Doğum tarihi ⟦maskdob dmy.⟧ — Seri no ⟦lit A12B34567⟧ — Geçerlilik ⟦date dmy.⟧",
"[OCR, handwriting] Tel: ⟦phone it 1|zw:shy⟧  mail: ⟦email it|atonly:paren⟧  nato/a il ⟦dob dmy/⟧",
"[OCR cheque] Pay to the order of ... $1,240.00 ⑆⟦aba⟧⑆ ⟦num 10⟧⑈ ⟦num 4⟧ (MICR line: routing + account)",
"[OCR receipt] VISA ⟦maskcard⟧ AUTH ⟦num 6⟧ TERMINAL ⟦num 8⟧ ⟦ts log⟧ THANK YOU",
"[OCR] Osobná karta — Dátum narodenia ⟦maskdob dmy.⟧ — Platná do ⟦date dmy.⟧ — č. dokladu ⟦lit EA123456⟧",
]),
("invoices_contracts", [
"RECHNUNG ⟦inv⟧\nRechnungsdatum: ⟦date dmy.⟧  Leistungszeitraum: 03/2026\nBitte überweisen Sie 1.428,00 € auf ⟦maskib DE⟧ (BIC ⟦bic⟧)\nUSt-IdNr. ⟦lit DE123456789⟧",
"FACTURE N° ⟦inv⟧ – échéance ⟦date dmy/⟧ – IBAN : ⟦badiban FR⟧ – SIRET ⟦num 14⟧ – contact facturation ⟦email fr corp⟧",
"Contrato de arrendamiento: el arrendatario, nacido el ⟦maskdob es⟧, abonará la renta en la cuenta ⟦iban ES⟧ antes del día 5. Firmado en Madrid el ⟦date es⟧.",
"Fattura elettronica n. ⟦inv⟧ — data ⟦date dmy/⟧ — modalità MP05 bonifico — IBAN ⟦maskib IT⟧ — PEC ⟦maskem it⟧",
"Huurovereenkomst: huurder geboren op ⟦dob nl⟧; maandelijkse huur via ⟦badiban NL⟧; ingangsdatum ⟦date nl⟧",
"INVOICE ⟦inv⟧ | Due ⟦date enb⟧ | Pay by card: we accept Visa/MC — test payment made with ⟦testcard⟧ | Remit to ⟦maskib IE⟧",
"Faktura ⟦inv⟧, förfallodag ⟦date iso⟧, bankgiro ⟦lit 5050-1055⟧ (företagets), IBAN ⟦iban SE⟧",
"Фактура бр. ⟦inv⟧ — датум ⟦date dmy.⟧ — текући рачун ⟦badiban RS⟧ — ПИБ ⟦num 9⟧",
"Employment contract — the Employee (date of birth ⟦maskdob enb⟧, NI ⟦nino⟧) shall commence on ⟦date enb⟧ at a salary of £42,000.",
"Faktúra č. ⟦inv⟧, dátum splatnosti ⟦date dmy.⟧, variabilný symbol ⟦num 10⟧, IBAN ⟦maskib SK⟧",
"Fatura no ⟦inv⟧, düzenleme tarihi ⟦date dmy.⟧, IBAN ⟦badiban TR⟧, vergi no ⟦num 10⟧",
"請求書 ⟦inv⟧ 発行日 ⟦date ja⟧ 振込先 三井住友銀行 普通 ⟦num 7⟧ (国内口座) / 海外送金用 SWIFT ⟦bic⟧",
]),
("markdown_tables_csv", [
"| Name | Email | Phone | DOB |\n|---|---|---|---|\n| K. Weiß | ⟦email de⟧ | ⟦maskph de 0⟧ | ⟦maskdob dmy.⟧ |\n| J. Brennan | ⟦exemail⟧ | ⟦maskph uk 1⟧ | ⟦maskdob dmy/⟧ |",
"id;naam;iban;geboortedatum\n⟦num 4⟧;Jansen;⟦maskib NL⟧;⟦dob dmy-⟧\n⟦num 4⟧;Dekker;⟦badiban NL plain⟧;⟦maskdob dmy-⟧",
"| Host | IP | MAC | Firmware |\n|---|---|---|---|\n| edge-01 | ⟦ip⟧ | ⟦mac⟧ | ⟦ver⟧ |\n| edge-02 | ⟦docip⟧ | ⟦mac⟧ | ⟦ver⟧ |\n| lab | ⟦docip⟧ | ⟦mac⟧ | ⟦ver⟧ |",
"employee_id,ssn,hire_date\n⟦num 5⟧,⟦ssn⟧,⟦date iso⟧\n⟦num 5⟧,⟦maskssn⟧,⟦date iso⟧\n⟦num 5⟧,⟦ssn plain⟧,⟦date iso⟧",
"| Servicio | Clave |\n|---|---|\n| Wi-Fi oficina | ⟦secret pw⟧ |\n| Router admin | ⟦secret pw⟧ |\n| Impresora | (sin clave) |",
"название,телефон,email\nООО Ромашка,⟦phone ru 2⟧,⟦maskem ru⟧\nИП Коваль,⟦maskph uk_ua 0⟧,⟦email uk⟧",
"| 姓名 | 手机 | 邮箱 |\n|---|---|---|\n| 王磊 | ⟦maskph zh 0⟧ | ⟦maskem zh⟧ |\n| 陈静 | ⟦maskph zh 2⟧ | ⟦email zh⟧ |",
"tracking,carrier,shipped\n⟦trk ups⟧,UPS,⟦date iso⟧\n⟦trk usps⟧,USPS,⟦date iso⟧\n⟦trk upu⟧,PostNL,⟦date iso⟧",
"| SKU | ISBN | Price |\n|---|---|---|\n| BK-1 | ⟦isbn⟧ | 24.90 |\n| BK-2 | ⟦isbn⟧ | 18.00 |",
"device,imei,iccid,msisdn\nA54,⟦imei⟧,⟦iccid⟧,⟦phone dk 0⟧\nRedmi,⟦imei⟧,⟦iccid⟧,⟦maskph se 1⟧",
"| Mwanachama | Simu | Tarehe ya kuzaliwa |\n|---|---|---|\n| Neema | ⟦maskph ke 0⟧ | ⟦maskdob dmy/⟧ |\n| Juma | ⟦maskph ke 2⟧ | ⟦maskdob dmy/⟧ |",
]),
("support_tickets_multilingual", [
"Ticket #⟦num 6⟧ — \"Can't log in\"\nCustomer: my email is ⟦email en|at:en⟧ and I already reset my password to ⟦secret pw⟧ twice!! Order ⟦order⟧.",
"Ticket ⟦ref SR⟧: Kunde schreibt: „Meine Handynummer hat sich geändert, neu: ⟦phone de 0|fwd⟧. Alte: ⟦maskphone⟧.“",
"Ticket ⟦ref SR⟧ : « Je n'arrive pas à payer, ma carte ⟦card visa|nl:9⟧ est refusée » — navigateur Firefox ⟦ver⟧",
"Ticket ⟦ref SR⟧: \"No recibo el SMS de verificación en ⟦phone es 1|dash:3⟧\" — dispositivo IMEI ⟦imei⟧",
"サポート問い合わせ: ログインできません。登録メールは ⟦email ja|fw⟧ です。注文番号 ⟦order⟧",
"客服工单：用户反映银行卡 ⟦card up⟧ 扣款两次，手机号 ⟦phone zh 1|nbsp⟧，工单号 ⟦num 12⟧",
"Тикет ⟦ref SR⟧: не приходит код на почту ⟦email ru|zw⟧, версия приложения ⟦ver⟧",
"Destek talebi ⟦ref SR⟧: e-postam ⟦email tr|html⟧ (form kodu bozdu), telefon ⟦phone tr 0⟧",
"سپورٹ ٹکٹ ⟦ref SR⟧: میرا نمبر ⟦phone pk 1|urdu⟧ ہے اور ای میل ⟦exemail⟧ ہے، آرڈر ⟦order⟧",
"Tiketi ⟦ref SR⟧: Sijapokea pesa, namba yangu ⟦maskph ke 1⟧, muamala ⟦lit QCK8XH2P9A⟧",
"Tiket ⟦ref SR⟧: Hindi ako makapag-login, email ko ⟦email tl|at:tl⟧, petsa ng order ⟦date tl⟧",
"Tiket sokongan ⟦ref SR⟧: kad saya ⟦card mc|zw:zwj⟧ ditolak, sila hubungi ⟦maskph my 0⟧",
"Supportärende ⟦ref SR⟧: kan inte logga in, min e-post ⟦maskem sv⟧, BankID-fel ⟦hex 8⟧",
"Tiket ⟦ref SR⟧: Ne mogu da platim, kartica ⟦card visa|sp⟧, telefon ⟦maskph rs 0⟧",
]),
]

FAMILIES += [
("gov_uk_hmrc_dwp_letters", [
"HM Revenue & Customs\nYour National Insurance number is ⟦nino⟧. Keep this letter safe.\nDate of issue: ⟦date enb⟧\nReference: ⟦ref NIR⟧\nThe number shown in our leaflets (⟦qqnino⟧) is an example only.",
"DWP PIP review: claimant NINO ⟦nino -⟧; appointee NINO ⟦nino plain|lower⟧; assessment booked ⟦date enb⟧ at 10:30",
"Payroll import failed: row 12 NI number '⟦badnino⟧' — prefix not allowed; row 13 '⟦badnino plain⟧' — invalid suffix; row 14 '⟦nino plain⟧' OK",
"Hi, for the council tax reduction form I need my NI — it's ⟦nino|fw⟧ (copied from my phone, sorry for the weird font)",
"Student Finance England: NI number ⟦nino|nl:5⟧ provided; CRN ⟦num 11⟧; course start ⟦date enb⟧",
"P45 Part 1A — Employee's National Insurance number ⟦nino|zw⟧ — Leaving date ⟦date dmy/⟧ — PAYE ref ⟦lit 475/QZ21843⟧",
"Carers Allowance online claim (JSON): {\"nino\":\"⟦nino plain⟧\",\"caree_nino\":\"⟦nino plain⟧\",\"claim_start\":\"⟦date iso⟧\",\"bank_sort_code\":\"⟦sort⟧\"}",
"Ich arbeite seit ⟦date dmy.⟧ in London, meine britische Sozialversicherungsnummer (NINO) ist ⟦nino _⟧ – reicht das für die Rentenauskunft?",
"Trabajé en Manchester de 2015 a 2019, mi National Insurance era ⟦nino plain|lower⟧ y el empleador me dio un P60 con referencia ⟦lit 961/MB31057⟧.",
"Przez telefon z HMRC: numer NI ⟦nino⟧, podałem też stary błędny ⟦badnino⟧ z umowy.",
"HMRC callback note: caller read out NINO as ⟦nino plain|hide=n⟧⟦@n|piece:1/2⟧ … ⟦@n|piece:2/2⟧ (line dropped between parts), UTR ⟦num 10⟧",
]),
("payments_card_ops", [
"PCI DSS scan finding: file /var/log/app/debug.log contains unmasked PAN ⟦card visa plain⟧ (line ⟦num 4⟧) and ⟦card mc plain⟧ (line ⟦num 4⟧). Masked PANs like ⟦maskcard⟧ are compliant.",
"Tokenisation migration report: source PAN ⟦card amex⟧ → token ⟦num 16⟧ (format-preserving, fails Luhn by design); BIN table version ⟦ver⟧",
"Kundin am Telefon: „Die Kartennummer ist ⟦card visa|w:de⟧, gültig bis zehn achtundzwanzig.“ (Gespräch wird aufgezeichnet)",
"Carte bancaire saisie dans le champ commentaire : ⟦card mc|html:all⟧ — à purger (ticket ⟦ref SEC⟧)",
"callback URL captured by WAF: /pay/return?pan=⟦card visa plain|pct:all⟧&exp=0928&status=ok",
"Gift card support: card no. ⟦serial⟧ PIN ⟦secret pin⟧ shows balance 0. Customer's credit card on file ⟦maskcard⟧.",
"JCB 会員番号 ⟦card jcb|fwd⟧ 有効期限 09/29 — お客様がチャットに入力",
"银联卡号 ⟦card up19 plain⟧ 已冻结，流水号 ⟦num 20⟧",
"Card-on-file export (should have been encrypted):\ncustomer,pan,exp\n⟦num 6⟧,⟦card disc plain⟧,11/27\n⟦num 6⟧,⟦badcard visa plain⟧,02/26\n⟦num 6⟧,⟦card visa13 plain⟧,05/28",
"Kartica je ⟦card maestro -⟧, važi do 12/27 — pošaljite mi link za plaćanje na ⟦email sr⟧",
"Terminal receipt OCR: MASTERCARD ⟦maskcard⟧ APPROVED AID A0000000041010 ATC ⟦hex 4|upper⟧ TVR 0000008000",
"Karta: ⟦card mc|rev⟧ (customer typed it backwards to 'fool the filter'), expiry 03/29",
]),
("secrets_ci_cloud_consoles", [
"GitHub Actions log:\nRun aws configure set aws_access_key_id ⟦secret aws_ak⟧\nRun aws configure set aws_secret_access_key ***\nWarning: secret masked in log; the one above was passed as plain env var",
"{\n  \"type\": \"service_account\",\n  \"project_id\": \"kyc-prod-⟦num 6⟧\",\n  \"private_key_id\": \"⟦hex 40⟧\",\n  \"private_key\": \"⟦secret gcp_sa⟧\",\n  \"client_email\": \"⟦!email etl-runner@kyc-prod.iam.gserviceaccount.com⟧\",\n  \"client_id\": \"⟦num 21⟧\"\n}",
"DefaultEndpointsProtocol=https;AccountName=invoicesarchive;AccountKey=⟦secret azure⟧;EndpointSuffix=core.windows.net",
"Jenkins console: + curl -H \"Authorization: Bearer ⟦secret bearer⟧\" https://api.⟦lit internal.example.com⟧/deploy  (build #⟦num 4⟧, commit ⟦sha1⟧)",
"GitLab CI variables dump (debug): CI_JOB_TOKEN=[MASKED] DEPLOY_TOKEN=⟦secret glpat⟧ CI_COMMIT_SHA=⟦sha1⟧ CI_PIPELINE_ID=⟦num 9⟧",
"Slack alert bot config: token: ⟦secret slack_bot⟧\nchannel: C0⟦hex 8|upper⟧\nsigning_secret_ref: ⟦env SLACK_SIGNING_SECRET⟧",
"Konsolenausgabe: Vault-Token läuft ab: ⟦secret vault⟧ (TTL 768h), Lease-ID ⟦uuid⟧",
"Ключ API Яндекс/облака в логе: Authorization: Api-Key ⟦secret bearer⟧ ; folder_id ⟦hex 20⟧",
"Docker Hub: Zugriffstoken ⟦secret dckr⟧ für Benutzer ci-bot erstellt am ⟦date dmy.⟧",
"Heroku config:get DATABASE_URL → postgres://u⟦hex 12⟧:⟦secret hex40|lower⟧@ec2-⟦lit 34-250-1-1⟧.eu-west-1.compute.amazonaws.com:5432/d⟦hex 12⟧",
"Terraform plan output (sensitive leaked via local-exec): + environment = {\"DD_API_KEY\" = \"⟦secret hex32⟧\", \"DD_SITE\" = \"datadoghq.eu\"}",
"kubectl create secret generic llm --from-literal=ANTHROPIC_API_KEY=⟦secret anthropic⟧ --dry-run=client -o yaml",
"Basic auth in proxy log: Proxy-Authorization: Basic ⟦secret basic⟧ → upstream ⟦ip⟧:3128",
"Shopify app install: access token ⟦secret shpat⟧ stored for shop ⟦lit nordhavn.myshopify.com⟧; API version 2026-01",
"Hi team — Maria here. The SFTP password for the payroll drop is ⟦secret pw⟧ (changed ⟦date dmy/⟧). Host key fingerprint SHA256:⟦hex 43⟧",
]),
("hard_negatives_mixed", [
"Release notes ⟦ver⟧ (build ⟦short⟧, ⟦ts iso⟧): fixed IBAN validation for ⟦lit NL⟧ accounts; checksum example ⟦ukiban⟧; see ⟦cve⟧.",
"Shipment ⟦trk ups⟧ left the facility at ⟦ts log⟧ — coordinates ⟦coord⟧ — container ⟦lit MSKU 907032 3⟧ — seal ⟦num 8⟧",
"Support macro: \"Please never send your card number. We will only ever ask for the last four digits (e.g. ⟦last4⟧).\" Docs: call ⟦exphone⟧ or write to ⟦exemail⟧.",
"Firmware ⟦ver⟧ for router MAC ⟦mac⟧, serial ⟦lit S/N 2213AB0471⟧, IMEI ⟦imei⟧, default gateway ⟦docip⟧ netmask ⟦netmask⟧",
"X.509 dump: Signature Algorithm OID ⟦asn1oid⟧, key OID ⟦asn1oid⟧, serial ⟦hex 32⟧, not after ⟦date iso⟧, issuer CN=Ardent Issuing CA ⟦ver⟧\n⟦cert⟧",
"Ops handover: DNS resolvers ⟦dns⟧ and ⟦dns⟧ only; office uplink documented as ⟦docip⟧/29 (mask ⟦netmask⟧); AWS account ⟦awsacct⟧, role ⟦arn⟧; Twilio SID ⟦twsid⟧; deploy key ⟦sshpub⟧",
"Library checkout: ISBN ⟦isbn⟧ due ⟦date dmy/⟧; ISBN ⟦isbn⟧ due ⟦date dmy/⟧; reader card ⟦serial⟧",
]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    text = build(FAMILIES)
    with open(os.path.join(here, "set.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
