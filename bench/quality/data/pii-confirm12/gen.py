#!/usr/bin/env python3
"""Generate set.txt for the blind PII/credential evaluation set "pii-c12".

Standard library only; one random.Random(12617); every template below is
hand-written and used exactly once.  Run:  python3 gen.py  (writes set.txt).

Template mini-language (inside ordinary Python strings):
  ⟦code:arg~transform=NAME⟧  labelled span, value drawn from generator `code`
                             (kind given by LAB[code]); optional transform;
                             `=NAME` stores the emitted value, `=NAME!` stores
                             without emitting.
  ⟦$NAME⟧ / ⟦$NAME#a-b⟧      re-emit a stored value (or a slice) as a span
  ⟪code:arg~transform⟫       planted look-alike (unlabelled, counted)
  ⟪=literal text⟫            planted look-alike written literally (counted)
  ⟪$NAME#a-b⟫                slice of a stored value as a look-alike (counted)
"""
import base64
import random
import re
import sys
import unicodedata
import urllib.parse

R = random.Random(12617)

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pat(p):
    """d digit, N 2-9, X hex upper, x hex lower, A upper letter, a lower letter, c alnum."""
    out = []
    for ch in p:
        if ch == "d":
            out.append(R.choice(DIG))
        elif ch == "N":
            out.append(R.choice("23456789"))
        elif ch == "X":
            out.append(R.choice("0123456789ABCDEF"))
        elif ch == "x":
            out.append(R.choice(HEX))
        elif ch == "A":
            out.append(R.choice(UP))
        elif ch == "a":
            out.append(R.choice(LO))
        elif ch == "c":
            out.append(R.choice(UP + DIG))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def digits_of(s):
    return "".join(ch for ch in s if ch.isdigit())


CARD_RUN = re.compile(r"(?<![\w.+\-])(?<!\d[ \-])\d(?:[ \-]?\d){12,18}(?![\w])(?![ \-]\d)")


def has_luhn_run(v):
    for m in CARD_RUN.finditer(v):
        if luhn_ok(digits_of(m.group())):
            return True
    d = digits_of(v)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def not_luhn(fn):
    """Draw from fn until no card-shaped digit run (and not the whole digit string) passes Luhn."""
    while True:
        v = fn()
        if not has_luhn_run(v):
            return v


def iban_mod(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- names / e-mail
LOCALS = [
    "anna.schmidt", "j.moreau", "lucia.fernandez", "m.rossi", "piet.dejong", "k.nowak", "olga.ivanova",
    "ahmed.hassan", "yuki.tanaka", "minjun.kim", "wei.zhang", "nguyen.thi.lan", "somchai.p", "dewi.lestari",
    "erik.lindqvist", "ole.hansen", "aino.virtanen", "eszter.nagy", "tomas.novak", "eleni.papadopoulou",
    "noa.levi", "reza.karimi", "priya.sharma", "ayse.yilmaz", "joao.silva", "camila.rodrigues", "sean.obrien",
    "fatima.zahra", "chidi.okafor", "wanjiru.k", "thandiwe.m", "diego.lopez", "sophie.martin", "lukas.bauer",
    "marta.kowalska", "ivan.petrenko", "hana.suzuki", "jisoo.park", "li.na", "tran.minh", "jmiller", "sarah.connolly",
    "dkowalski", "rpatel", "mgarcia", "tnguyen", "alex.chen", "brian.okeefe", "emma.wilson", "noah.j",
    "kwame.asante", "ines.costa", "marek.horvath", "bjorn.e", "sanna.k", "arjun.nair", "mei.lin", "omar.farouk",
]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "gmx.de", "web.de",
            "t-online.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.jp", "naver.com", "qq.com", "163.com",
            "mail.ru", "yandex.ru", "ukr.net", "wp.pl", "seznam.cz", "freemail.hu", "bol.com.br", "uol.com.br",
            "gmail.com", "outlook.de", "hotmail.fr", "telenet.be", "ziggo.nl", "bluewin.ch", "live.se", "online.no"]
COMPANY = ["nordhafen-logistik.de", "atelier-moreau.fr", "grupo-solana.es", "studiolegale-ferri.it",
           "dejong-bouw.nl", "kancelaria-nowak.pl", "stroymontazh.ru", "alnoor-trading.ae", "tanaka-shoji.co.jp",
           "hanbit-soft.co.kr", "huaxin-tech.cn", "saigonfresh.vn", "siam-dental.co.th", "karyamandiri.co.id",
           "fjordline-consult.no", "helsinki-koulu.fi", "brightpath-health.com", "quillsoft.io", "tidewater-pm.com",
           "parkside-lettings.co.uk", "lakeview-school.org", "meridian-bank.com", "kestrel-analytics.ai",
           "ferrovia-tours.pt", "anatolia-tekstil.com.tr", "galil-med.co.il", "pars-pardaz.ir", "mumbai-freight.in",
           "clinique-saint-luc.be", "praxis-huber.at", "oakridge-hr.com", "cobalt-devops.net"]


def g_email(arg=""):
    if "@" in arg:
        local, dom = arg.split("@", 1)
        local = local or R.choice(LOCALS)
        dom = dom or R.choice(FREEMAIL)
        if dom == "co":
            dom = R.choice(COMPANY)
        return local + "@" + dom
    local = arg or R.choice(LOCALS)
    if R.random() < 0.3:
        local = local + str(R.randint(1, 99))
    return local + "@" + R.choice(FREEMAIL)


# ---------------------------------------------------------------- phones
PHONES = {
    "uk": ["+44 7N dd dddddd", "07N dd dddddd", "+44 20 3ddd dddd", "0161 8dd dddd"],
    "de": ["+49 15N dddddddd", "017N ddddddd", "+49 30 Nddddddd", "0N9 ddddddd"],
    "fr": ["+33 6 dd dd dd dd", "06 dd dd dd dd", "07 dd dd dd dd", "+33 1 4d dd dd dd"],
    "es": ["+34 6dd ddd ddd", "6dd dd dd dd", "+34 91N ddd ddd"],
    "it": ["+39 34N ddd dddd", "33N dddddddd", "+39 06 Nddd dddd"],
    "nl": ["+31 6 Nddddddd", "06-Nddddddd", "+31 20 Nddd ddd"],
    "be": ["+32 47N dd dd dd", "04NN dd dd dd"],
    "ch": ["+41 79 Ndd dd dd", "076 Ndd dd dd"],
    "at": ["+43 664 Nddddd", "0660 Nddddd"],
    "pl": ["+48 5Nd ddd ddd", "6Nd-ddd-ddd"],
    "cz": ["+420 60N ddd ddd", "7Nd ddd ddd"],
    "hu": ["+36 30 Ndd dddd", "06 20 Ndd dddd"],
    "pt": ["+351 91N ddd ddd", "96N ddd ddd"],
    "br": ["+55 11 9Nddd-dddd", "(21) 9Nddd-dddd", "+55 (31) 9Nddd-dddd"],
    "mx": ["+52 55 Nddd dddd", "+52 1 33 Nddd dddd"],
    "ar": ["+54 9 11 Nddd-dddd"],
    "ru": ["+7 9Nd ddd-dd-dd", "8 (9Nd) ddd-dd-dd", "+7 (495) Ndd-dd-dd"],
    "ua": ["+380 67 Ndd dd dd", "+380 (50) Ndd-dd-dd"],
    "tr": ["+90 53N ddd dd dd", "053N ddd dd dd"],
    "gr": ["+30 69N ddd dddd", "69N ddddddd"],
    "se": ["+46 70 Ndd dd dd", "070-Ndd dd dd"],
    "no": ["+47 4Nd dd ddd", "9Nd dd ddd"],
    "dk": ["+45 2N dd dd dd"],
    "fi": ["+358 40 Ndd dddd", "050 Ndd dddd"],
    "il": ["+972 5N-Ndd-dddd", "05N-Nddddddd"],
    "sa": ["+966 5N Ndd dddd", "05N Ndd dddd"],
    "ae": ["+971 5N Ndd dddd", "05N Nddddddd"],
    "eg": ["+20 10 Nddd dddd", "01N Nddd dddd"],
    "ir": ["+98 91N Ndd dddd", "091N Ndd dddd"],
    "in": ["+91 9Nddd dNddd", "+91-9Ndddddddd", "09Nddd dNddd"],
    "pk": ["+92 30N Nddddd"],
    "cn": ["+86 13N dddd dddd", "13Ndddddddd", "+86 10 Nddd dddd"],
    "hk": ["+852 9Ndd dddd"],
    "tw": ["+886 9Nd ddd ddd", "09Nd-ddd-ddd"],
    "jp": ["090-Nddd-dddd", "+81 80-Nddd-dddd", "03-Nddd-dddd", "080-Nddd-dddd"],
    "kr": ["010-Nddd-dddd", "+82 10-Nddd-dddd", "02-Nddd-dddd"],
    "vn": ["+84 9N ddd dddd", "09N ddd dddd", "+84 3N ddd dddd"],
    "th": ["+66 8N ddd dddd", "08N-ddd-dddd", "09N ddd dddd"],
    "id": ["+62 81N-dddd-dddd", "081N dddd dddd"],
    "ph": ["+63 91N ddd dddd", "091N ddd dddd"],
    "my": ["+60 1N-ddd dddd"],
    "sg": ["+65 9ddd Nddd", "+65 8ddd Nddd"],
    "ng": ["+234 80N ddd dddd", "080N ddd dddd"],
    "ke": ["+254 7Nd dddddd", "07Nd dddddd"],
    "za": ["+27 8N ddd dddd", "08N ddd dddd"],
    "au": ["+61 4Nd ddd ddd", "04Nd ddd ddd"],
}
US_AREAS = ["212", "213", "312", "415", "503", "617", "646", "702", "713", "718", "734", "801", "917", "929",
            "206", "303", "404", "512", "305", "470", "614", "971", "248", "608"]


def g_phone(arg="us"):
    cc, _, form = arg.partition("/")
    if cc in ("us", "ca"):
        a = R.choice(US_AREAS) if cc == "us" else R.choice(["416", "604", "514", "613", "403"])
        while True:
            e = str(R.randint(200, 999))
            if e != "555" and e[1:] != "11":
                break
        s = pat("dddd")
        forms = ["+1 ({a}) {e}-{s}", "({a}) {e}-{s}", "{a}-{e}-{s}", "+1 {a} {e} {s}", "{a}.{e}.{s}", "+1{a}{e}{s}"]
        f = forms[int(form)] if form else R.choice(forms)
        return f.format(a=a, e=e, s=s)
    forms = PHONES[cc]
    return pat(forms[int(form)] if form else R.choice(forms))


# ---------------------------------------------------------------- cards
CARD = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2367", "2720"], 16), "amex": (["34", "37"], 15),
    "disc": (["6011", "65", "644"], 16), "jcb": (["3528", "3540", "3566", "3589"], 16), "diners": (["36", "38"], 14),
    "up": (["62"], 16), "elo": (["636368", "506699", "509048"], 16), "up19": (["62"], 19), "maestro": (["6759", "5018", "5020"], 16), "mir": (["2200", "2202", "2204"], 16),
}
TESTCARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
             "6011111111111117", "5105105105105100", "4012888888881881"}


def card_raw(brand):
    pre, n = CARD[brand]
    p = R.choice(pre)
    body = p + rs(DIG, n - len(p) - 1)
    v = body + luhn_digit(body)
    assert v not in TESTCARDS
    return v


def fmt_card(num, brand):
    if len(num) == 15:
        return num[:4] + " " + num[4:10] + " " + num[10:]
    if len(num) == 14:
        return num[:4] + " " + num[4:10] + " " + num[10:]
    if len(num) == 19:
        return grp(num[:16]) + " " + num[16:]
    return grp(num)


def g_card(arg="visa"):
    brand = arg or "visa"
    return fmt_card(card_raw(brand), brand)


def l_badcard(arg="visa"):
    brand = arg or "visa"
    v = card_raw(brand)
    wrong = R.choice([c for c in DIG if c != v[-1]])
    return fmt_card(v[:-1] + wrong, brand)


def l_gift(arg=""):
    return not_luhn(lambda: pat("6dddddddddddddddd"[:16] if not arg else arg))


def l_mask(arg=""):
    last = rs(DIG, 4)
    forms = ["**** **** **** " + last, "•••• " + last, "XXXX-XXXX-XXXX-" + last, "ending in " + last,
             pat("4ddd") + " **** **** " + last, pat("5ddddd") + "******" + last]
    return forms[int(arg)] if arg else R.choice(forms)


# ---------------------------------------------------------------- IBAN
IBAN = {
    "DE": "dddddddddddddddddd", "FR": "dddddddddddddddddddddNN", "AT": "dddddddddddddddd", "CH": "ddddddddddddddddd",
    "ES": "dddddddddddddddddddd", "IT": "Addddddddddddddddddddddd"[:23], "NL": "@NL dddddddddd", "GB": "@GB dddddddddddddd",
    "IE": "@IE dddddddddddddd", "PL": "dddddddddddddddddddddddd", "PT": "ddddddddddddddddddddd",
    "SE": "dddddddddddddddddddd", "NO": "ddddddddddd", "DK": "dddddddddddddd", "FI": "dddddddddddddd",
    "LU": "dddddddddddddddd", "CZ": "dddddddddddddddddddd", "SK": "dddddddddddddddddddd",
    "HU": "dddddddddddddddddddddddd", "RO": "@RO dddddddddddddddd", "GR": "ddddddddddddddddddddddd",
    "TR": "ddddd0dddddddddddddddd", "SA": "dddddddddddddddddddd", "AE": "ddddddddddddddddddd",
    "BR": "dddddddddddddddddddddddC1", "HR": "ddddddddddddddddd", "SI": "ddddddddddddddd",
    "BG": "@BG dddddddddddddd", "LT": "dddddddddddddddd", "LV": "@LV ddddddddddddd", "EE": "dddddddddddddddd",
    "IL": "ddddddddddddddddddd", "UA": "ddddddddddddddddddddddddd", "MT": "@MT dddddddddddddddddddddd",
    "CY": "dddddddddddddddddddddddd",
}
BANKS = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ", "KNAB"], "GB": ["BARC", "LOYD", "HBUK", "NWBK", "MONZ", "SRLG"],
         "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"], "BG": ["UNCR", "STSA", "FINV"],
         "LV": ["HABA", "UNLA", "PARX"], "MT": ["MALT", "VALL"]}
SAMPLE_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332", "AT611904300234573201",
                "CH9300762011623852957", "IT60X0542811101000000123456"]


def iban_raw(cc):
    if cc == "BE":
        first = rs(DIG, 10)
        k = int(first) % 97 or 97
        bban = first + "%02d" % k
    else:
        p = IBAN[cc]
        if p.startswith("@"):
            bban = R.choice(BANKS[cc]) + pat(p.split(" ", 1)[1])
        else:
            bban = pat(p)
    chk = 98 - iban_mod(cc + "00" + bban)
    v = cc + "%02d" % chk + bban
    assert iban_mod(v) == 1
    return v


def g_iban(arg="DE"):
    return grp(iban_raw(arg or "DE"))


def l_badiban(arg="DE"):
    v = iban_raw(arg or "DE")
    idxs = [i for i in range(4, len(v)) if v[i].isdigit()]
    if arg == "BE":
        idxs = [i for i in idxs if i < 14]
    i = R.choice(idxs)
    v = v[:i] + R.choice([c for c in DIG if c != v[i]]) + v[i + 1:]
    assert iban_mod(v) != 1
    return grp(v)


# ---------------------------------------------------------------- SSN / ITIN / EIN
SSN_AVOID = {"078051120", "219099999", "123456789", "457555462", "111111111", "987654320"}


def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if v not in SSN_AVOID:
            return v


def g_ssn(arg=""):
    v = ssn_raw()
    return v[:3] + "-" + v[3:5] + "-" + v[5:]


def l_badssn(arg=""):
    v = ssn_raw()
    rule = arg or R.choice(["000", "666", "9xx", "g00", "s0000"])
    if rule == "000":
        v = "000" + v[3:]
    elif rule == "666":
        v = "666" + v[3:]
    elif rule == "9xx":
        v = str(R.randint(900, 999)) + "%02d" % R.choice([1, 12, 23, 34, 45, 67, 89, 93]) + v[5:]
    elif rule == "g00":
        v = v[:3] + "00" + v[5:]
    else:
        v = v[:5] + "0000"
    return v[:3] + "-" + v[3:5] + "-" + v[5:]


def l_itin(arg=""):
    g = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (R.randint(0, 99), g, R.randint(1, 9999))


def l_ein(arg=""):
    return "%02d-%07d" % (R.choice([12, 20, 27, 33, 45, 46, 52, 61, 77, 82, 84, 91, 94]), R.randint(1000000, 9999999))


# ---------------------------------------------------------------- NINO
NINO_F = "ABCEGHJKLMNOPRSTWXYZ"
NINO_S = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PRE = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_raw():
    while True:
        p = R.choice(NINO_F) + R.choice(NINO_S)
        if p not in NINO_BAD_PRE:
            return p + rs(DIG, 6) + R.choice("ABCD")


def fmt_nino(v, spaced=True):
    return v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8] if spaced else v


def g_nino(arg=""):
    return fmt_nino(nino_raw(), arg != "plain")


def l_badnino(arg=""):
    v = nino_raw()
    rule = arg or R.choice(["f", "s", "p", "x"])
    if rule == "f":
        v = R.choice("DFIQUV") + v[1:]
    elif rule == "s":
        v = v[0] + R.choice("DFIOQUV") + v[2:]
    elif rule == "p":
        v = R.choice(sorted(NINO_BAD_PRE)) + v[2:]
    else:
        v = v[:8] + R.choice("EFGHJKMPXZ")
    return fmt_nino(v, R.random() < 0.6)


# ---------------------------------------------------------------- IP
def ip4_public():
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 1, 8, 9):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ip4_private():
    k = R.choice(["10", "172", "192"])
    if k == "10":
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if k == "172":
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.choice([0, 1, 2, 10, 50, 88, 178]), R.randint(2, 254))


def ip6():
    pre = R.choice(["2a02:%s" % rs(HEX[1:], 1) + rs(HEX, 2), "2a01:%s" % rs(HEX, 3), "2600:1f18", "2604:a880",
                    "2a00:1450", "2406:da14", "2001:4860", "2a03:2880", "2804:14c", "240e:3b7"])
    groups = [rs(HEX, R.randint(1, 4)).lstrip("0") or "0" for _ in range(R.randint(3, 6))]
    if len(groups) < 6:
        return pre + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])
    return pre + ":" + ":".join(groups)


def g_ip(arg="pub"):
    if arg == "priv":
        return ip4_private()
    if arg == "6":
        return ip6()
    return ip4_public()


def l_docip(arg=""):
    if arg == "6":
        return "2001:db8:%s::%s" % (rs(HEX[1:], 1) + rs(HEX, 2), rs(HEX[1:], 1) + rs(HEX, 1))
    net = R.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, R.randint(1, 254))


def l_netmask(arg=""):
    return arg or R.choice(["255.255.255.0", "255.255.240.0", "255.255.0.0", "255.255.255.128", "255.255.252.0"])


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "vi": ["tháng %d" % i for i in range(1, 13)],
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def fmt_date(y, m, d, f):
    M = MONTHS
    if f == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if f == "dmy.":
        return "%02d.%02d.%04d" % (d, m, y)
    if f == "dmy/":
        return "%02d/%02d/%04d" % (d, m, y)
    if f == "dmy-":
        return "%02d-%02d-%04d" % (d, m, y)
    if f == "mdy/":
        return "%02d/%02d/%04d" % (m, d, y)
    if f == "d.m.y":
        return "%d.%d.%04d" % (d, m, y)
    if f == "ymd/":
        return "%04d/%02d/%02d" % (y, m, d)
    if f == "ymd.":
        return "%04d.%02d.%02d" % (y, m, d)
    if f == "hu":
        return "%04d. %02d. %02d." % (y, m, d)
    if f == "cs":
        return "%d. %d. %04d" % (d, m, y)
    if f == "en":
        return "%s %d, %04d" % (M["en"][m - 1], d, y)
    if f == "en-d":
        return "%d %s %04d" % (d, M["en"][m - 1], y)
    if f == "en-s":
        return "%02d-%s-%04d" % (d, M["en"][m - 1][:3].upper(), y)
    if f == "de":
        return "%d. %s %04d" % (d, M["de"][m - 1], y)
    if f in ("fr", "it", "nl", "pl", "tr", "id", "sv"):
        return "%d %s %04d" % (d, M[f][m - 1], y)
    if f in ("es", "pt"):
        return "%d de %s de %04d" % (d, M[f][m - 1], y)
    if f == "ru":
        return "%d %s %04d г." % (d, M["ru"][m - 1], y)
    if f == "uk":
        return "%d %s %04d р." % (d, M["uk"][m - 1], y)
    if f == "el":
        return "%d %s %04d" % (d, M["el"][m - 1], y)
    if f == "vi":
        return "ngày %d tháng %d năm %04d" % (d, m, y)
    if f == "th":
        return "%d %s %04d" % (d, M["th"][m - 1], y + 543)
    if f in ("ja", "zh"):
        return "%04d年%d月%d日" % (y, m, d)
    if f == "ja-era":
        if y >= 1989 and (y, m, d) >= (1989, 1, 8):
            return "平成%d年%d月%d日" % (y - 1988, m, d)
        return "昭和%d年%d月%d日" % (y - 1925, m, d)
    if f == "ko":
        return "%04d년 %d월 %d일" % (y, m, d)
    if f == "fa":
        jy, jm, jd = g2j(y, m, d)
        return "%04d/%02d/%02d" % (jy, jm, jd)
    if f == "ymd":
        return "%04d%02d%02d" % (y, m, d)
    raise ValueError(f)


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, MDAYS[m - 1])
    return y, m, d


def g_dob(arg="iso"):
    y, m, d = rand_date(1941, 2009)
    return fmt_date(y, m, d, arg or "iso")


def l_date(arg="iso"):
    y, m, d = rand_date(2018, 2026)
    return fmt_date(y, m, d, arg or "iso")


# ---------------------------------------------------------------- secrets
WORDS = ["Sommer", "Winter", "Malaga", "Bayern", "Schatzi", "Lisboa", "Dragon", "Monkey", "Soleil", "Bella",
         "Tigre", "Krakow", "Hamster", "Sakura", "Pingwin", "Kebab", "Fenerbahce", "Galatasaray", "Arsenal",
         "Liverpool", "Flamengo", "Moscow", "Mishka", "Chelsea", "Nutella", "Oslo", "Cappuccino", "Bangkok"]
PWSYM = "!#$%&*?@+-_.=~^"


def g_pw(arg=""):
    if arg == "strong":
        while True:
            v = rs(ALNUM + "!#$%&*?@+-_.=~^", R.randint(14, 22))
            if any(c in PWSYM for c in v) and any(c.isdigit() for c in v):
                return v
    if arg == "phrase":
        w = ["tiger", "lamp", "orbit", "velvet", "canyon", "mango", "pixel", "harbor", "quartz", "ember", "falcon",
             "meadow", "copper", "lagoon", "rocket", "saffron"]
        return "-".join(R.sample(w, 3)) + "-" + str(R.randint(10, 99))
    if arg == "pin":
        return rs(DIG, 6)
    w = R.choice(WORDS)
    form = R.randint(0, 3)
    if form == 0:
        return w + str(R.randint(1975, 2025)) + R.choice("!#$?*")
    if form == 1:
        return w.lower() + R.choice("@#_.") + str(R.randint(10, 999))
    if form == 2:
        return R.choice("!#$") + w + str(R.randint(1, 99)) + R.choice(LO)
    return w[:1].upper() + w[1:].lower().replace("a", "@").replace("o", "0") + str(R.randint(10, 99))


def pem(kind="rsa"):
    heads = {"rsa": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 9), "ec": ("EC PRIVATE KEY", "MHcCAQEEI", 3),
             "pk8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 8),
             "ssh": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", 7)}
    name, start, n = heads[kind]
    body = start + rs(B64, 64 * n - len(start) + R.randint(-20, 0))
    lines = [body[i:i + 64] if kind != "ssh" else body[i:i + 70] for i in range(0, len(body), 64 if kind != "ssh" else 70)]
    pad = "" if kind == "ssh" else R.choice(["", "=", "=="])
    return "-----BEGIN %s-----\n%s%s\n-----END %s-----" % (name, "\n".join(lines), pad, name)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def g_jwt(arg=""):
    alg = R.choice(["HS256", "RS256", "ES256"])
    h = b64url(('{"alg":"%s","typ":"JWT"}' % alg).encode())
    iat = R.randint(1700000000, 1790000000)
    claims = '{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (
        R.choice(["usr_" + rs(ALNUM, 10), str(R.randint(100000, 9999999)), rs(HEX, 24)]), iat, iat + 3600,
        R.choice(["read write", "admin", "openid profile email", "orders:read"]))
    sig = rs(B64U, 43 if alg == "HS256" else (86 if alg == "ES256" else 342))
    return h + "." + b64url(claims.encode()) + "." + sig


def g_secret(code, arg=""):
    if code == "aws":
        return R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16)
    if code == "awss":
        return rs(ALNUM + "+/", 40)
    if code == "ghp":
        return R.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rs(ALNUM, 36)
    if code == "ghpat":
        return "github_pat_11" + rs(UP + DIG, 21) + "_" + rs(ALNUM, 59)
    if code == "glpat":
        return "glpat-" + rs(ALNUM + "-_", 20)
    if code == "xox":
        t = arg or R.choice(["b", "p"])
        return "xox%s-%d-%d-%s" % (t, R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12), rs(ALNUM, 24))
    if code == "slackhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))
    if code == "stripe":
        return (arg or R.choice(["sk_live_", "rk_live_"])) + rs(ALNUM, R.choice([24, 99]))
    if code == "gapi":
        return "AIza" + rs(ALNUM + "-_", 35)
    if code == "oai":
        return "sk-proj-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    if code == "ant":
        return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"
    if code == "hf":
        return "hf_" + rs(ALNUM, 34)
    if code == "npm":
        return "npm_" + rs(ALNUM, 36)
    if code == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 60)
    if code == "sg":
        return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if code == "twtok":
        return rs(HEX, 32)
    if code == "mg":
        return "key-" + rs(HEX, 32)
    if code == "tg":
        return "%d:AA%s" % (R.randint(10 ** 9, 8 * 10 ** 9), rs(ALNUM + "-_", 33))
    if code == "discord":
        return "M" + rs(ALNUM, 25) + "." + rs(ALNUM + "-_", 6) + "." + rs(ALNUM + "-_", 38)
    if code == "shp":
        return R.choice(["shpat_", "shpss_"]) + rs(HEX, 32)
    if code == "dop":
        return "dop_v1_" + rs(HEX, 64)
    if code == "azkey":
        return rs(B64, 86) + "=="
    if code == "sas":
        return "sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T23:59:59Z&sig=" + urllib.parse.quote(rs(B64, 43) + "=", safe="")
    if code == "jwt":
        return g_jwt()
    if code == "pw":
        return g_pw(arg)
    if code == "pem":
        return pem(arg or "rsa")
    if code == "basic":
        user = arg or R.choice(["admin", "deploy", "svc-backup", "api", "jenkins"])
        return base64.b64encode((user + ":" + g_pw("strong")).encode()).decode()
    if code == "hex":
        return rs(HEX, int(arg or 32))
    if code == "key":
        return rs(ALNUM, int(arg or 32))
    if code == "gcpkey":
        return "GOCSPX-" + rs(ALNUM + "-_", 28)
    if code == "dd":
        return rs(HEX, 32)
    if code == "linear":
        return "lin_api_" + rs(ALNUM, 40)
    if code == "notion":
        return "secret_" + rs(ALNUM, 43)
    if code == "atlassian":
        return "ATATT3xFfGF0" + rs(ALNUM + "-_", 180) + "=" + rs(HEX.upper(), 8)
    if code == "okta":
        return "00" + rs(ALNUM + "-_", 40)
    if code == "vault":
        return "hvs." + rs(ALNUM + "-_", 90)
    if code == "doppler":
        return "dp.st." + rs(ALNUM, 43)
    raise ValueError(code)


SECRET_CODES = ["aws", "awss", "ghp", "ghpat", "glpat", "xox", "slackhook", "stripe", "gapi", "oai", "ant", "hf",
                "npm", "pypi", "sg", "twtok", "mg", "tg", "discord", "shp", "dop", "azkey", "sas", "jwt", "pw", "pem",
                "basic", "hex", "key", "gcpkey", "dd", "linear", "notion", "atlassian", "okta", "vault", "doppler"]


# ---------------------------------------------------------------- look-alike generators
def l_uuid(arg=""):
    v = "%s-%s-4%s-%s%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 3), R.choice("89ab"), rs(HEX, 3), rs(HEX, 12))
    return v.upper() if arg == "up" else v


def l_ver(arg=""):
    f = arg or R.choice(["3", "4", "v3", "pre"])
    if f == "3":
        return "%d.%d.%d" % (R.randint(0, 19), R.randint(0, 40), R.randint(0, 30))
    if f == "v3":
        return "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 20))
    if f == "4":
        return "%d.%d.%d.%d" % (R.randint(100, 131), 0, R.randint(4000, 6999), R.randint(10, 250))
    return "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4))


def l_ts(arg=""):
    y, m, d = rand_date(2023, 2026)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    f = arg or R.choice(["iso", "z", "log", "ms"])
    if f == "z":
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss)
    if f == "log":
        return "%02d-%02d %02d:%02d:%02d.%03d" % (m, d, hh, mm, ss, R.randint(0, 999))
    if f == "ms":
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03d+%02d:00" % (y, m, d, hh, mm, ss, R.randint(0, 999), R.choice([0, 1, 2, 9]))
    if f == "wa":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if f == "wa2":
        return "%02d/%02d/%04d" % (d, m, y)
    if f == "ics":
        return "%04d%02d%02dT%02d%02d00Z" % (y, m, d, hh, R.choice([0, 15, 30, 45]))
    if f == "epoch":
        return str(R.randint(1700000000, 1790000000))
    if f == "epochms":
        return not_luhn(lambda: str(R.randint(1700000000000, 1790000000000)))
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss)


def l_order(arg=""):
    f = arg or R.choice(["ord", "amz", "hash", "inv", "po"])
    if f == "ord":
        return "ORD-%d-%06d" % (R.randint(2023, 2026), R.randint(1, 999999))
    if f == "amz":
        return not_luhn(lambda: pat("NNd-ddddddd-ddddddd"))
    if f == "hash":
        return "#" + str(R.randint(100000, 9999999))
    if f == "inv":
        return "INV-%d-%05d" % (R.randint(2023, 2026), R.randint(1, 99999))
    if f == "po":
        return "PO%08d" % R.randint(1, 99999999)
    if f == "ali":
        return not_luhn(lambda: pat("8dddddddddddddddd"))
    if f == "shop":
        return "#%d" % R.randint(1001, 99999)
    return pat(f)


def l_track(arg=""):
    f = arg or R.choice(["ups", "dhl", "fedex", "usps", "s10"])
    if f == "ups":
        return "1Z" + rs(UP + DIG, 6) + R.choice(["03", "01", "02"]) + rs(DIG, 8)
    if f == "dhl":
        return pat("NNddddddddd")[:10]
    if f == "fedex":
        return pat("7dddddddddd") + str(R.randint(0, 9))
    if f == "usps":
        return "9400 " + grp(rs(DIG, 17), 4) + " " + rs(DIG, 1)
    if f == "s10":
        return R.choice(["RR", "LX", "CP", "EE", "RX"]) + rs(DIG, 9) + R.choice(["DE", "FR", "GB", "NL", "CN", "JP", "ES"])
    if f == "postnl":
        return "3S" + rs(UP, 4) + rs(DIG, 7)
    if f == "jp":
        return not_luhn(lambda: pat("dddd-dddd-dddd"))
    return pat(f)


def l_isbn(arg=""):
    while True:
        body = "978" + R.choice(["3", "2", "84", "88", "4", "7", "5", "1"])
        body += rs(DIG, 12 - len(body))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if not luhn_ok(v):
            return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:7], v[7:12], v[12])


def l_ean(arg=""):
    while True:
        body = R.choice(["400", "300", "500", "800", "840", "690", "450", "880"]) + rs(DIG, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if not luhn_ok(v):
            return v


def l_imei(arg=""):
    body = R.choice(["35", "86", "01", "99"]) + rs(DIG, 12)
    return body + luhn_digit(body)


def l_coord(arg=""):
    lat = R.uniform(-45, 65)
    lon = R.uniform(-120, 150)
    if arg == "geo":
        return "geo:%.6f,%.6f" % (lat, lon)
    return "%.5f, %.5f" % (lat, lon)


def l_hash(arg="sha256"):
    n = {"md5": 32, "sha1": 40, "sha256": 64, "short": 7, "sha512": 128}[arg or "sha256"]
    return rs(HEX, n)


def l_placeholder(arg=""):
    return arg


def l_555(arg=""):
    f = arg or R.choice(["us", "us2", "intl"])
    x = "%02d" % R.randint(0, 99)
    if f == "us":
        return "(%s) 555-01%s" % (R.choice(US_AREAS), x)
    if f == "us2":
        return "%s-555-01%s" % (R.choice(US_AREAS), x)
    return "+1 %s 555 01%s" % (R.choice(US_AREAS), x)


def l_exmail(arg=""):
    loc = arg or R.choice(["jane.doe", "john.smith", "user", "test", "noreply", "max.mustermann", "foo", "alice", "bob"])
    return loc + "@" + R.choice(["example.com", "example.org", "example.net"])


def l_sshpub(arg=""):
    t = arg or R.choice(["ed", "rsa"])
    if t == "ed":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(B64, 120) + "=="


def l_twsid(arg=""):
    return "AC" + rs(HEX, 32)


def l_arn(arg=""):
    acct = "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)
    return R.choice(["arn:aws:iam::%s:role/%s" % (acct, R.choice(["ci-deploy", "LambdaExec", "eks-node"])),
                     "arn:aws:s3:::%s-%s" % (R.choice(["prod-logs", "backups", "assets"]), rs(LO + DIG, 6)),
                     "arn:aws:sns:eu-west-1:%s:%s" % (acct, R.choice(["alerts", "orders"]))])


def l_acct(arg=""):
    return "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)


def l_bic(arg=""):
    return arg or R.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "RABONL2U", "BARCGB22", "NWBKGB2L",
                            "CAIXESBBXXX", "UNCRITMM", "PKOPPLPW", "BCITITMM", "GEBABEBB", "UBSWCHZH80A", "NDEAFIHH"])


def l_sort(arg=""):
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


def l_aba(arg=""):
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)


def l_oid(arg=""):
    return arg or R.choice(["1.2.840.113549.1.1.11", "2.5.4.3", "1.3.6.1.4.1.311.21.7", "1.2.840.10045.4.3.2",
                            "1.3.6.1.5.5.7.3.1"])


def l_objid(arg=""):
    pre = arg or ""
    if pre:
        return pre + rs(ALNUM, 24)
    return rs(HEX, 24)


def l_mac(arg=""):
    return ":".join(rs("0123456789ABCDEF", 2) for _ in range(6))


def l_vin(arg=""):
    return R.choice(["WVW", "WBA", "VF1", "ZFA", "JTD", "1HG", "KMH", "YV1"]) + rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 14)


def l_pubkey(arg=""):
    if arg == "cert":
        body = "MIIDdzCCAl+gAwIBAgIE" + rs(B64, 108)
        return "-----BEGIN CERTIFICATE-----\n" + body[:64] + "\n" + body[64:] + "\n-----END CERTIFICATE-----"
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 84)
    return "-----BEGIN PUBLIC KEY-----\n" + body[:64] + "\n" + body[64:] + "\n-----END PUBLIC KEY-----"


def l_age(arg=""):
    return "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)


def l_rand(arg="c8"):
    pre, _, p = arg.rpartition("|")
    return not_luhn(lambda: pre + pat(p))


JWT_DEMO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

LOOK = {
    "uuid": l_uuid, "ver": l_ver, "ts": l_ts, "ord": l_order, "trk": l_track, "isbn": l_isbn, "ean": l_ean,
    "imei": l_imei, "coord": l_coord, "hash": l_hash, "555": l_555, "exmail": l_exmail, "sshpub": l_sshpub,
    "twsid": l_twsid, "arn": l_arn, "acct": l_acct, "bic": l_bic, "sort": l_sort, "aba": l_aba, "oid": l_oid,
    "objid": l_objid, "mac": l_mac, "vin": l_vin, "pubkey": l_pubkey, "age": l_age, "rand": l_rand,
    "badcc": l_badcard, "gift": l_gift, "mask": l_mask, "badiban": l_badiban, "badssn": l_badssn, "itin": l_itin,
    "ein": l_ein, "badnino": l_badnino, "docip": l_docip, "netmask": l_netmask, "date": l_date,
    "sampleiban": lambda a="": grp(SAMPLE_IBANS[int(a)] if a else R.choice(SAMPLE_IBANS)),
    "testcc": lambda a="": grp(a or R.choice(["4242424242424242", "4111111111111111", "5555555555554444"])),
    "akiaex": lambda a="": "AKIAIOSFODNN7EXAMPLE", "jwtdemo": lambda a="": JWT_DEMO,
    "qq": lambda a="": "QQ 12 34 56 C" if a != "plain" else "QQ123456C",
    "ssnex": lambda a="": "123-45-6789" if a != "woolworth" else "078-05-1120",
    "resolver": lambda a="": a or R.choice(["1.1.1.1", "9.9.9.9"]),
}

LAB = {"email": "email", "phone": "phone", "card": "card", "iban": "iban", "ssn": "ssn", "ip": "ip", "nino": "nino",
       "dob": "dob"}
for _c in SECRET_CODES:
    LAB[_c] = "secret"


def gen_labelled(code, arg):
    if code == "email":
        return g_email(arg)
    if code == "phone":
        return g_phone(arg or "us")
    if code == "card":
        return g_card(arg)
    if code == "iban":
        return g_iban(arg)
    if code == "ssn":
        return g_ssn(arg)
    if code == "ip":
        return g_ip(arg or "pub")
    if code == "nino":
        return g_nino(arg)
    if code == "dob":
        return g_dob(arg)
    return g_secret(code, arg)


# ---------------------------------------------------------------- transforms (obfuscations)
ZW = "\u200b"
SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
}
SCRIPT_DIGITS = {"ar": 0x660, "fa": 0x6F0, "dev": 0x966, "bn": 0x9E6, "th": 0xE50, "fw": 0xFF10}
AT_WORDS = {"brkt": (" [at] ", " [dot] "), "paren": ("(at)", "(dot)"), "words": (" at ", " dot "),
            "ru": (" собака ", " точка "), "es": (" arroba ", " punto "), "de": "(at)|(punkt)", "fr": (" arobase ", " point "),
            "it": (" chiocciola ", " punto "), "zh": ("艾特", "点"), "ja": (" アットマーク ", " ドット "),
            "pl": (" małpa ", " kropka "), "curly": ("[@]", "[.]"), "tr": (" et ", " nokta ")}


def tr_at(v, style):
    a, d = AT_WORDS[style] if isinstance(AT_WORDS[style], tuple) else AT_WORDS[style].split("|")
    local, dom = v.split("@")
    return local + a + dom.replace(".", d)


def tr(v, t):
    if not t:
        return v
    name, _, a = t.partition(":")
    if name in AT_WORDS:
        return tr_at(v, name)
    if name == "zw":
        i = len(v) // 2
        return v[:i] + (a and chr(int(a, 16)) or ZW) + v[i:]
    if name == "zw2":
        c = chr(int(a, 16)) if a else ZW
        k = len(v) // 3
        return v[:k] + c + v[k:2 * k] + c + v[2 * k:]
    if name == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in v)
    if name in SCRIPT_DIGITS:
        base = SCRIPT_DIGITS[name]
        return "".join(chr(base + int(c)) if c in DIG else c for c in v)
    if name == "pct":
        return urllib.parse.quote(v, safe="")
    if name == "pctall":
        return "".join("%%%02X" % b for b in v.encode())
    if name == "b64":
        return base64.b64encode(v.encode()).decode()
    if name == "ent":
        return v.replace("@", "&#64;").replace(".", "&#46;")
    if name == "entx":
        return "".join("&#x%x;" % ord(c) for c in v)
    if name == "ju":
        return v.replace("@", "\\u0040").replace("+", "\\u002b")
    if name == "qp":
        return v.replace("=", "=3D").replace("@", "=40")
    if name == "rev":
        return v[::-1]
    if name == "nl":
        i = int(a) if a else len(v) // 2
        return v[:i] + "\n" + v[i:]
    if name == "nosp":
        return re.sub(r"[ \-().]", "", v) if not v.startswith("+") else "+" + re.sub(r"[ \-().]", "", v[1:])
    if name == "dash":
        return v.replace(" ", "-")
    if name == "dots":
        return v.replace(" ", ".").replace("-", ".")
    if name == "sp":
        d = re.sub(r"[ \-]", "", v)
        n = int(a or 1)
        return " ".join(d[i:i + n] for i in range(0, len(d), n))
    if name == "nbsp":
        return v.replace(" ", "\u00a0")
    if name == "shy":
        i = len(v) // 2
        return v[:i] + "\u00ad" + v[i:]
    if name == "spell":
        words = SPELL[a or "en"]
        out = []
        for c in v:
            if c in DIG:
                out.append(words[int(c)])
            elif c == "+":
                out.append({"en": "plus", "es": "más", "de": "plus", "fr": "plus"}[a or "en"])
        return " ".join(out)
    if name == "spellx":
        return " ".join(SPELL["en"][int(c)] if c in DIG else c for c in v if c != " ")
    if name == "dashdig":
        plus = "+" if v.startswith("+") else ""
        return plus + "-".join(c for c in v.lstrip("+") if c != " ")
    if name == "defang":
        return v.replace(".", "[.]")
    if name == "defang2":
        return v.replace(".", "(.)")
    if name == "lower":
        return v.lower()
    if name == "upper":
        return v.upper()
    if name == "mailto":
        return v
    if name == "grp":
        return grp(re.sub(r"\s", "", v), int(a or 4))
    if name == "ocr":
        m = {"0": "O", "1": "l", "5": "S"}
        i = [k for k, c in enumerate(v) if c in m]
        if i:
            k = i[len(i) // 2]
            return v[:k] + m[v[k]] + v[k + 1:]
        return v
    raise ValueError(t)


def apply_tr(v, spec):
    for t in spec.split("~"):
        v = tr(v, t)
    return v


# ---------------------------------------------------------------- rendering
TOK = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")


def parse_spec(spec):
    if spec.startswith("rand:"):
        return "rand", spec[5:], "", None, False
    m = re.match(r"^([A-Za-z0-9_$]+)(?::([^~=]*))?((?:~[^~=]+)*)(?:=([A-Z0-9]+)(!)?)?$", spec)
    if not m:
        raise ValueError("bad spec " + spec)
    code, arg, trs, name, silent = m.groups()
    return code, arg or "", trs[1:] if trs else "", name, bool(silent)


def countable(v):
    """Short numbers and literals (ports, counters, 4-digit refs) are planted context, not look-alikes."""
    return 1 if sum(ch.isalnum() for ch in v) >= 6 else 0


def render(tpl, fam):
    """Return list of (kind or None, raw text) segments and the number of planted look-alikes."""
    segs, store, n_look = [], {}, 0
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append((None, tpl[pos:m.start()]))
        pos = m.end()
        lab, look = m.group(1), m.group(2)
        if look is not None:
            if look.startswith("="):
                n_look += countable(look[1:])
                segs.append((None, look[1:]))
                continue
            if look.startswith("$"):
                nm, _, sl = look[1:].partition("#")
                v = store[nm][1]
                a, _, b = sl.partition("-")
                segs.append((None, v[int(a) if a else 0:int(b) if b else len(v)]))
                continue
            code, arg, trs, name, silent = parse_spec(look)
            v = apply_tr(LOOK[code](arg) if arg else LOOK[code](), trs)
            n_look += countable(v) if code == "rand" else 1
            if name:
                store[name] = (None, v)
            segs.append((None, v))
            continue
        if lab.startswith("$"):
            nm, _, sl = lab[1:].partition("#")
            kind, v = store[nm]
            if sl:
                a, _, b = sl.partition("-")
                v = v[int(a) if a else 0:int(b) if b else len(v)]
            segs.append((kind, v))
            continue
        code, arg, trs, name, silent = parse_spec(lab)
        kind = LAB[code]
        v = apply_tr(gen_labelled(code, arg), trs)
        if kind in MASK_P and not trs and not name and fam not in NO_MASK and mask_turn(kind):
            # upstream systems often hand over contact data already masked: a look-alike, not a value
            segs.append((None, mask_value(kind, v)))
            n_look += 1
            continue
        if name:
            store[name] = (kind, v)
        if not silent:
            segs.append((kind, v))
    if pos < len(tpl):
        segs.append((None, tpl[pos:]))
    # merge adjacent unlabelled segments
    out = []
    for k, t in segs:
        if not t:
            continue
        if out and k is None and out[-1][0] is None:
            out[-1] = (None, out[-1][1] + t)
        else:
            out.append((k, t))
    return out, n_look


# Share of plain (untransformed) spans that are emitted pre-masked, as upstream CRMs, exports and logs do.
MASK_P = {"phone": 0.72, "email": 0.62, "ip": 0.7, "dob": 0.5, "iban": 0.75}
NO_MASK = {"voice_transcripts_en", "voice_transcripts_multi", "dotenv_files", "k8s_yaml_configs", "shell_history",
           "code_literals", "ci_git_logs", "stack_traces", "vcard_contacts", "calendar_invites_ics",
           "whatsapp_exports_ru_uk", "telegram_json_exports", "chat_zh", "chat_ja", "chat_ko", "sea_chat_vi_th_id",
           "turkish_greek_messages", "nordic_messages", "latam_chat_pt_es", "encoded_payloads", "urls_query_strings"}


MASK_SEEN = {}


def mask_turn(kind):
    """Deterministic quota: of the eligible spans of a kind, mask a share MASK_P[kind], evenly spread."""
    n = MASK_SEEN.get(kind, 0)
    MASK_SEEN[kind] = n + 1
    p = MASK_P[kind]
    return int((n + 1) * p + 0.5) > int(n * p + 0.5)


def mask_value(kind, v):
    ch = R.choice(["*", "*", "x", "X", "•"])
    if kind in ("email", "iban"):
        ch = R.choice(["*", "*", "•"])
    if kind == "phone":
        idx = [i for i, c in enumerate(v) if c.isdigit()]
        k = max(4, len(idx) - 4 - R.randint(2, 3))
        start = len(idx) - 4 - k if R.random() < 0.6 else max(0, len(idx) - 4 - k - 2)
        start = max(1 if v.startswith("+") else 0, start)
        hide = set(idx[start:start + k])
        return "".join(ch if i in hide else c for i, c in enumerate(v))
    if kind == "email":
        local, dom = v.split("@", 1)
        style = R.randint(0, 2)
        if style == 0:
            return local[0] + ch * 3 + "@" + dom
        if style == 1:
            return local[0] + ch * max(3, len(local) - 1) + "@" + dom
        return local[:2] + ch * 4 + "@" + dom[0] + ch * 3 + dom[dom.index("."):]
    if kind == "ip":
        if ":" in v:
            return ":".join(v.split(":")[:2]) + ":" + ":".join(["xxxx"] * 2) + "::"
        p = v.split(".")
        return ".".join(p[:2] + (["xxx", "xxx"] if ch in "xX" else [ch, ch]))
    if kind == "dob":
        m = re.search(r"\d{4}", v)
        keep = set(range(m.start(), m.end())) if m else set()
        return "".join(ch if (c.isdigit() and i not in keep) else c for i, c in enumerate(v))
    if kind == "iban":
        idx = [i for i, c in enumerate(v) if c.isalnum()]
        hide = set(idx[4:-4])
        return "".join(ch if i in hide else c for i, c in enumerate(v))
    raise ValueError(kind)


def esc_char(c):
    o = ord(c)
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if c == "\\":
        return "\\u005C"
    if o > 0xFFFF:
        raise ValueError("non-BMP character %r" % c)
    cat = unicodedata.category(c)
    if (cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn") or (cat == "Zs" and c != " ") or o == 0x34F
            or 0xFF00 <= o <= 0xFFEF or 0xFE00 <= o <= 0xFE0F or o == 0x3164 or o == 0x115F or o == 0x1160):
        return "\\u%04X" % o
    return c


def esc_text(t, before="", after=""):
    """Escape one segment; `before`/`after` are the serialized neighbours (span delimiters or text)."""
    out = []
    n = len(t)
    for i, c in enumerate(t):
        if c in "{}":
            p = t[i - 1] if i > 0 else before
            q = t[i + 1] if i < n - 1 else after
            if p in ("{", "}") or q in ("{", "}"):
                out.append("\\u%04X" % ord(c))
                continue
        out.append(esc_char(c))
    return "".join(out)


def serialize(segs):
    parts = []
    for i, (k, t) in enumerate(segs):
        if k is None:
            before = "}" if i > 0 and segs[i - 1][0] is not None else ""
            after = "{" if i + 1 < len(segs) and segs[i + 1][0] is not None else ""
            parts.append(esc_text(t, before, after))
        else:
            parts.append("{{%s:%s}}" % (k, esc_text(t, ":", "}")))
    line = "".join(parts)
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    return line


FAMILIES = []


def fam(name, *templates):
    FAMILIES.append((name, templates))


# =====================================================================================
# Families.  Each string is one hand-written template, used once.
# =====================================================================================

fam("agent_tool_output_json",
    '{"tool":"crm.lookup_customer","status":"ok","result":{"id":"⟪objid:cus_⟫","email":"⟦email⟧","phone":"⟦phone:us⟧","created":"⟪ts:z⟫"}}',
    'Tool result (read_file .env.production):\nDATABASE_URL=postgres://app:⟦pw:strong⟧@⟦ip:priv⟧:5432/orders\nSENTRY_RELEASE=⟪ver:3⟫\nREQUEST_ID=⟪uuid⟫',
    '[tool:http_get] 200 OK in 412ms\n{"ip":"⟦ip⟧","city":"Porto Alegre","loc":"⟪coord⟫","org":"AS28573 Claro S.A."}',
    'Observation: the search returned 2 matches.\n1. "Contact ⟦email:@co⟧ for escalations" (confluence page ⟪rand:dddddddd⟫)\n2. "Backup contact: ⟪exmail⟫ (placeholder, do not use)"',
    '{"role":"tool","name":"kubectl","content":"NAME          TYPE     DATA   AGE\\nstripe-creds  Opaque   1      12d\\nSTRIPE_KEY=⟦stripe:sk_live_⟧"}',
    'assistant → call get_ticket(⟪=TCK-48213⟫)\ntool ← {"requester":"⟦email:m.rossi@libero.it⟧","body":"Non riesco ad accedere, il mio numero è ⟦phone:it⟧","sla_due":"⟪ts:z⟫"}',
    'Tool `aws sts get-caller-identity` output:\n{"UserId":"AIDA⟪rand:AAAAAAAAAAAAAAAA⟫","Account":"⟪acct⟫","Arn":"⟪arn⟫"}\nCredentials used: aws_access_key_id=⟦aws⟧',
    '⟦ghp⟧ was found in the tool output of `git config --list` (remote.origin.url=https://github.com/acme/api.git); commit ⟪hash:sha1⟫ is clean.',
    '{"function_result":{"rows":[{"name":"Priya Sharma","mobile":"⟦phone:in⟧","pan_last4":"⟪rand:dddd⟫"},{"name":"Test User","mobile":"⟪555:us⟫"}]}}',
    'web_fetch → "...for API access use header X-Api-Key: ⟦key:40⟧ (rotated ⟪date:iso⟫). Docs build ⟪ver:v3⟫..."',
    '<tool_output name="ssh_exec" host="⟦ip⟧">\nLast login: Tue from ⟦ip⟧\nuptime: 41 days, load average 0.31\n</tool_output>',
    'The tool returned an error: 401 Unauthorized for token "⟪=${GITLAB_TOKEN}⟫"; fallback token glpat in vault path ⟪=secret/data/ci/gitlab⟫ is ⟦glpat⟧',
)

fam("jsonrpc_mcp_payloads",
    '{"jsonrpc":"2.0","id":⟪rand:ddd⟫,"method":"tools/call","params":{"name":"send_email","arguments":{"to":"⟦email:@co⟧","cc":"⟦email~zw⟧","subject":"Contrato ⟪ord:inv⟫"}}}',
    '{"jsonrpc":"2.0","id":"⟪uuid⟫","result":{"content":[{"type":"text","text":"Caller ID: ⟦phone:uk⟧ (verified)"}]}}',
    '{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"⟪rand:cccccccccccc⟫","progress":⟪rand:dd⟫,"total":100}}',
    '{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"clientInfo":{"name":"desk-agent","version":"⟪ver:3⟫"},"auth":{"bearer":"⟦jwt⟧"}}}',
    '{"jsonrpc":"2.0","id":12,"error":{"code":-32602,"message":"invalid phone \\"⟪555:us2⟫\\"; expected E.164 like ⟦phone:de/0~nosp⟧"}}',
    '{"jsonrpc":"2.0","id":31,"method":"tools/call","params":{"name":"db.query","arguments":{"dsn":"mysql://report:⟦pw⟧@db-replica-2:3306/sales","sql":"SELECT count(*) FROM orders"}}}',
    '{"jsonrpc":"2.0","id":44,"result":{"contacts":[{"n":"Ayşe Yılmaz","tel":"⟦phone:tr⟧","mail":"⟦email:ayse.yilmaz⟧"},{"n":"Demo","tel":"⟪555:intl⟫","mail":"⟪exmail:demo⟫"}]}}',
    '{"jsonrpc":"2.0","id":52,"method":"resources/read","params":{"uri":"file:///home/dev/.config/hub/token"}}\n{"jsonrpc":"2.0","id":52,"result":{"contents":[{"text":"⟦ghp⟧"}]}}',
    '{"jsonrpc":"2.0","id":60,"result":{"sha":"⟪hash:sha1⟫","tree":"⟪hash:sha1⟫","author":{"email":"⟦email:alex.chen@co⟧","date":"⟪ts:z⟫"}}}',
    '{"jsonrpc":"2.0","id":61,"method":"tools/call","params":{"name":"sms.send","arguments":{"to":"⟦phone:br⟧","body":"Pedido ⟪ord:hash⟫ enviado"}}}',
)

fam("calendar_invites_ics",
    'BEGIN:VEVENT\nUID:⟪uuid⟫@calendar.acme\nDTSTART:⟪ts:ics⟫\nORGANIZER;CN=Lukas Bauer:mailto:⟦email:lukas.bauer@co⟧\nATTENDEE;CN=Sophie Martin;RSVP=TRUE:mailto:⟦email:sophie.martin⟧\nSUMMARY:Q3 budget review\nEND:VEVENT',
    'BEGIN:VEVENT\nDTSTART;VALUE=DATE:⟪date:ymd⟫\nRRULE:FREQ=YEARLY\nSUMMARY:Geburtstag Oma Hilde 🎂\nDESCRIPTION:Anrufen unter ⟦phone:de/3⟧\nEND:VEVENT'.replace("🎂", "☺"),
    'Invitation: Entretien annuel @ ⟪date:fr⟫ 10:00 – 11:00 (CET)\nOrganisateur : ⟦email:j.moreau@co⟧\nRejoindre par téléphone : ⟦phone:fr/3⟧ (ID de conférence : ⟪rand:ddd ddd ddd⟫)',
    'LOCATION:Zoom https://us02web.zoom.us/j/⟪rand:ddddddddddd⟫?pwd=⟦key:32⟧\nDESCRIPTION:Meeting ID: ⟪rand:ddd dddd dddd⟫ / Dial by your location ⟦phone:us/0⟧',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="⟦email:tnguyen@co=T⟧";X-NUM-GUESTS=0:mailto:⟦$T⟧',
    'BEGIN:VEVENT\nSUMMARY:Birthday party – Mia turns 7!\nDTSTART:⟪ts:ics⟫\nDESCRIPTION:RSVP to Jen ⟦phone:us/2⟧ by ⟪date:en⟫\nEND:VEVENT',
    'BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:EMAIL\nATTENDEE:mailto:⟦email⟧\nEND:VALARM\nX-MS-OLK-CONFTYPE:0\nSEQUENCE:⟪rand:d⟫',
    'Convocatoria: Revisión médica anual\nFecha: ⟪date:es⟫\nPaciente: Diego López — fecha de nacimiento ⟦dob:dmy/⟧\nConfirmar al ⟦phone:es⟧',
    'DTSTAMP:⟪ts:ics⟫\nORGANIZER:mailto:⟪exmail:noreply⟫\nX-GOOGLE-CONFERENCE:https://meet.google.com/⟪rand:aaa-aaaa-aaa⟫\nCOMMENT:Backup dial-in ⟦phone:uk/2⟧ conference ID ⟪rand:dddddd⟫',
    'Tentative: 家長面談 ⟪date:ja⟫ 15:00\n主催者: ⟦email:hana.suzuki@co⟧\n連絡先：⟦phone:jp⟧',
)

fam("vcard_contacts",
    'BEGIN:VCARD\nVERSION:⟪=3.0⟫\nFN:Erik Lindqvist\nTEL;TYPE=CELL:⟦phone:se⟧\nEMAIL;TYPE=INTERNET:⟦email:erik.lindqvist⟧\nBDAY:⟦dob:iso⟧\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:4.0\nFN:小林 美咲\nTEL;TYPE=cell;VALUE=uri:tel:⟦phone:jp/1~nosp⟧\nBDAY:⟦dob:ymd⟧\nANNIVERSARY:⟪date:ymd⟫\nREV:⟪ts:z⟫\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:3.0\nN:Petrenko;Ivan;;;\nTEL;TYPE=WORK:⟦phone:ua⟧\nEMAIL:⟦email:ivan.petrenko@ukr.net⟧\nX-SOCIALPROFILE;type=telegram:@ivan_p\nEND:VCARD',
    'BEGIN:VCARD\nFN:Dra. Camila Rodrigues\nORG:Clínica Vida\nTEL;TYPE=WORK,VOICE:⟦phone:br/1⟧\nEMAIL:⟦email:camila.rodrigues@co⟧\nNOTE:Aniversário ⟦dob:dmy/⟧ (ligar de manhã)\nEND:VCARD',
    'BEGIN:VCARD\nFN:Reception Desk\nTEL:⟪555:us⟫\nEMAIL:⟪exmail:frontdesk⟫\nUID:urn:uuid:⟪uuid⟫\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Ahmed Hassan\nTEL;TYPE=CELL:⟦phone:eg⟧\nADR;TYPE=HOME:;;15 شارع التحرير;القاهرة;;11511;مصر\nBDAY;VALUE=date:⟦dob:iso⟧\nEND:VCARD',
    'BEGIN:VCARD\nFN:Nguyễn Thị Lan\nTEL;TYPE=CELL:⟦phone:vn⟧\nEMAIL:⟦email:nguyen.thi.lan⟧\nPHOTO;ENCODING=b;TYPE=JPEG:⟪=/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR⟫\nEND:VCARD',
    'BEGIN:VCARD\nN:Nowak;Katarzyna\nEMAIL;TYPE=WORK:⟦email:k.nowak@kancelaria-nowak.pl⟧\nTEL;TYPE=WORK:⟦phone:pl⟧\nGEO:⟪coord:geo⟫\nEND:VCARD',
    'BEGIN:VCARD\nFN:Olivia Grant\nTEL;TYPE=CELL:⟦phone:au⟧\nREV:⟪ts:z⟫\nKEY;TYPE=PGP:https://keys.openpgp.org/vks/v1/by-fingerprint/⟪hash:sha1~upper⟫\nEND:VCARD',
    'BEGIN:VCARD\nFN:박지수\nTEL;TYPE=CELL:⟦phone:kr⟧\nEMAIL:⟦email:jisoo.park@naver.com⟧\nBDAY:⟦dob:iso⟧\nEND:VCARD',
)

fam("shipping_labels",
    'DHL Paket — Empfänger: Lukas Bauer, Hafenstr. 12, 20457 Hamburg, Tel. ⟦phone:de⟧\nSendungsnummer: ⟪trk:dhl⟫  Gewicht: 2,4 kg  Routing: ⟪=2LDE20457+71000001⟫',
    'COLISSIMO  ⟪trk:s10⟫\nDestinataire : Mme Sophie Martin\n14 rue des Lilas, 69003 Lyon\nTél : ⟦phone:fr/1⟧  Poids : 1,10 kg',
    'SHIP TO: Brian O\'Keefe\n42 Harbour Rd, Cork T12 X70A\nPH: ⟦phone:uk/1⟧\nUPS GROUND  TRACKING #: ⟪trk:ups⟫\nREF1: ⟪ord:amz⟫',
    'MRW · Destinatario: Lucía Fernández · C/ Mayor 5, 3ºB, 28013 Madrid · Móvil ⟦phone:es/1⟧ · Bultos 1/1 · Albarán ⟪rand:dddddddddd⟫',
    'Spedizione BRT n. ⟪rand:dddddddddddddddddd⟫ — Dest.: Marco Rossi, Via Garibaldi 8, 10122 Torino — Cell. ⟦phone:it/1⟧ — Contrassegno: € 49,90',
    'PostNL ⟪trk:postnl⟫\nAan: P. de Jong\nKeizersgracht 221-H\n1016 DV Amsterdam\n⟦phone:nl/1⟧',
    'FedEx Intl Priority  TRK# ⟪trk:fedex⟫\nSHIPPER: Tanaka Shoji Co., Ltd. ⟦phone:jp/2⟧\nRECIPIENT: Emma Wilson, ⟦email:emma.wilson@quillsoft.io⟧\nHS code ⟪=8471.30⟫  EORI ⟪=GB123456789000⟫',
    '收件人：张伟  电话：⟦phone:cn/1⟧\n地址：上海市浦东新区世纪大道100号\n运单号：⟪rand:SF1ddddddddddd⟫  寄件人：顺丰速运（月结）',
    'USPS PRIORITY MAIL®\n⟪trk:usps⟫\nTO: J. Miller, 1840 Elm St Apt 3, Denver CO 80202\nCustomer phone on file: ⟦phone:us/2⟧',
    'Japan Post EMS ⟪trk:s10⟫\nお届け先：鈴木 花子 様\n〒150-0002 東京都渋谷区渋谷2-21-1\n電話：⟦phone:jp/3⟧\n品名：書籍 (ISBN ⟪isbn⟫)',
)

fam("bank_statements",
    'Kontoauszug Nr. 7/⟪rand:2024⟫ — IBAN ⟦iban:DE⟧ — BIC ⟪bic:COBADEFFXXX⟫\n⟪date:dmy.⟫  SEPA-Lastschrift  Stadtwerke München  Mandatsref. ⟪rand:MDT-dddddddd⟫  -84,20',
    'Date;Description;Amount;Balance\n⟪date:dmy/⟫;VIR SEPA RECU /DE Jean Moreau /IBAN ⟦iban:FR~nosp⟧;+1 250,00;3 482,19\n⟪date:dmy/⟫;CB CARREFOUR CARTE ⟪mask:1⟫;-63,40;3 418,79',
    'Afschrift ⟪rand:ddd⟫ — Rekeninghouder: P. de Jong — ⟦iban:NL⟧\nTegenrekening ⟦iban:NL~nosp⟧ omschrijving "huur ⟪date:nl⟫" kenmerk ⟪rand:dddd dddd dddd dddd⟫',
    'Extracto de cuenta ⟦iban:ES⟧\nTitular: Grupo Solana S.L.  CIF ⟪=B12345678⟫\nTRANSFERENCIA A ⟦iban:PT⟧ — Ref. ⟪ord:inv⟫ — 4.500,00 EUR',
    'STATEMENT PERIOD ⟪date:en-s⟫ - ⟪date:en-s⟫\nSort code ⟪sort⟫  Account ⟪rand:dddddddd⟫\nIBAN ⟦iban:GB⟧\nCARD PAYMENT TO TESCO STORES 3291 ON ⟪date:dmy/⟫ card ending ⟪rand:dddd⟫',
    'Relevé de compte — Belfius — ⟦iban:BE⟧ — Communication structurée +++⟪rand:ddd/dddd/ddddd⟫+++ — Solde: 1.204,55 EUR',
    'Monthly statement — Visa Signature ⟦card:visa⟧\nStatement closing date ⟪date:mdy/⟫ · Payment due ⟪date:mdy/⟫ · Minimum due $35.00',
    'Umsätze CSV\n"Buchungstag";"Auftraggeber";"IBAN";"Betrag"\n"⟪date:dmy.⟫";"Anna Schmidt";"⟦iban:AT~nosp⟧";"-750,00"\n"⟪date:dmy.⟫";"Versicherung";"⟪badiban:DE~nosp⟫";"-31,17"',
    'Kontoutdrag ⟦iban:SE⟧ — clearingnr ⟪rand:dddd⟫ — Swish till ⟦phone:se/1⟧ 450,00 kr',
    'Wyciąg z rachunku: ⟦iban:PL⟧ (PLN)\nPrzelew przychodzący od: Marek Horváth, ⟦iban:SK⟧, tytułem: faktura ⟪ord:inv⟫',
    'Statement line: "CHIPS CR ⟪rand:dddddd⟫ FROM ⟦iban:AE⟧ / SWIFT ⟪bic:BARCGB22⟫ / ABA ⟪aba⟫" — value date ⟪date:iso⟫',
    'Kontoauszug (Mastercard Gold)\nKartennummer ⟦card:mc⟧ · Abrechnung vom ⟪date:dmy.⟫ · Sample-IBAN in der Broschüre: ⟪sampleiban:1⟫',
)

fam("school_forms",
    'FICHA DE INSCRIPCIÓN 2025/26\nAlumno/a: Mateo García Ruiz\nFecha de nacimiento: ⟦dob:dmy/⟧\nTeléfono madre: ⟦phone:es⟧\nCorreo: ⟦email:mgarcia⟧\nNº expediente: ⟪rand:dddddd⟫',
    'Fiche de renseignements — Classe de CE2\nNom : Léa Moreau   Née le ⟦dob:fr⟧ à Lyon\nResponsable légal : ⟦phone:fr⟧ / ⟦email:j.moreau@orange.fr⟧\nDate de la rentrée : ⟪date:fr⟫',
    'Ficha de matrícula — Escola Estadual Machado de Assis\nNome: Gabriel Souza\nData de nascimento: ⟦dob:pt⟧\nRA: ⟪rand:ddd.ddd.ddd-d⟫\nCelular do responsável: ⟦phone:br/1⟧',
    'Student Emergency Card — Lakeview School\nStudent: Noah Johnson   DOB ⟦dob:mdy/⟧   Grade 4\nParent 1 cell ⟦phone:us⟧  Parent 2 cell ⟪555:us⟫\nStudent ID ⟪rand:dddddd⟫ · Allergy: peanuts',
    'Anmeldung Kita Sonnenschein\nKind: Emil Krüger, geb. ⟦dob:dmy.⟧\nBetreuungsbeginn: ⟪date:dmy.⟫\nNotfallkontakt: ⟦phone:de/1⟧ (Oma)',
    'Scheda iscrizione — Scuola primaria\nAlunno: Giulia Ferri\nData di nascita: ⟦dob:it⟧\nE-mail genitore: ⟦email:m.rossi⟧\nCodice meccanografico: ⟪=TOEE123456⟫',
    'Field trip permission slip\nReturn by ⟪date:en⟫.\nChild\'s birthday party on the trip day? no\nParent signature ____  Phone ⟦phone:ca⟧',
    'Inschrijfformulier basisschool\nGeboortedatum leerling: ⟦dob:nl⟧\nBSN: ⟪=123456782⟫ (voorbeeld)\nMobiel ouder: ⟦phone:nl⟧',
    '入学願書 — 氏名：佐藤 陽翔　生年月日：⟦dob:ja-era⟧　保護者連絡先：⟦phone:jp⟧　受験番号：⟪rand:dddd⟫',
    'Lakeview School Portal — reset password for ⟦email:@lakeview-school.org⟧ (student #⟪rand:dddddd⟫). Temporary password: ⟦pw⟧',
)

fam("tenancy_forms",
    'TENANCY APPLICATION\nFull name: Sean O\'Brien\nDate of birth: ⟦dob:dmy/⟧\nNational Insurance No.: ⟦nino⟧\nMobile: ⟦phone:uk⟧\nCurrent landlord ref: ⟪rand:PL-dddd⟫',
    'Mieterselbstauskunft\nName: Anna Schmidt  Geburtsdatum: ⟦dob:dmy.⟧\nKontoverbindung für Mietzahlung: ⟦iban:DE⟧\nTelefon: ⟦phone:de⟧\nMietbeginn: ⟪date:dmy.⟫',
    'Deposit protection certificate ⟪rand:DPS-dddddddd⟫\nTenant NI number ⟦nino:plain⟧ · Deposit £1,450.00 · Tenancy start ⟪date:en-d⟫',
    'Standing order: pay rent to Parkside Lettings, ⟦iban:GB⟧, ref ⟪rand:FLAT4B-|dddd⟫, monthly from ⟪date:dmy/⟫. Do not use the sample IBAN ⟪sampleiban:0⟫ printed in the guide.',
    'Guarantor form — Guarantor: Margaret Hughes, born ⟦dob:en-d⟧, NI ⟦nino⟧, tel ⟦phone:uk/3⟧. Applicant NI ⟪qq⟫ was entered as a test.',
    'Übergabeprotokoll Whg. 3.OG links — Zählerstand Strom ⟪rand:dddddd⟫ kWh, Zähler-Nr. ⟪rand:1ESY11dddddddd⟫ — Mieter erreichbar unter ⟦email:lukas.bauer⟧',
    'Rental application (US)\nApplicant SSN: ⟦ssn⟧\nPrevious address since ⟪date:mdy/⟫\nEmployer EIN (for verification): ⟪ein⟫\nCell: ⟦phone:us⟧',
    'Huurcontract — Verhuurder ontvangt huur op ⟦iban:NL⟧; huurder: mevr. Jansen, geboren ⟦dob:dmy-⟧; ingangsdatum ⟪date:dmy-⟫',
    'Right to rent check: share code ⟪rand:Wcc ccc ccc⟫, NI ⟦nino:plain⟧, checked on ⟪date:dmy/⟫ by agent ⟦email:@parkside-lettings.co.uk⟧',
    'Maintenance request #⟪rand:ddddd⟫ — Boiler not firing. Tenant mobile ⟦phone:uk/1⟧. Preferred slot: mornings, job ref ⟪rand:dddd⟫.',
    'Tenant ledger: NI ⟪badnino:p⟫ rejected by referencing (invalid prefix), resubmitted as ⟦nino⟧ on ⟪date:dmy/⟫',
)

fam("whatsapp_exports_ru_uk",
    '[⟪ts:wa=W⟫, 21:14:07] Ольга: Скинь номер мастера\n[⟪$W⟫, 21:15:32] Дима: ⟦phone:ru⟧, зовут Сергей, скажи что от меня',
    '[⟪ts:wa=W⟫, 09:02] Мама: Переведи мне на карту ⟦card:mir⟧ пожалуйста 5000\n[⟪$W⟫, 09:05] Я: ок, перевёл, номер операции ⟪rand:dddddddddd⟫',
    '‎[⟪ts:log⟫] Іван Петренко: моя пошта ⟦email:ivan.petrenko@ukr.net⟧, надішли туди договір\n‎[⟪ts:log⟫] Оксана: ‎<вкладення: IMG-⟪rand:2025dddd⟫-WA0012.jpg>',
    '[⟪ts:wa2⟫, 18:40] +7 ⟪=916 ··· ·· 21⟫: Добрый вечер! Это Анна из клиники, подтвердите запись. Наш номер для связи ⟦phone:ru/2⟧',
    '[22:10] Саша: номер карты ⟦card:visa~dash⟧, срок ⟪=08/27⟫, на имя ALEKSANDR K\n[22:11] Саша: CVV не пришлю, сам знаешь 😅'.replace("😅", ":)"),
    '[⟪ts:wa=W⟫, 20:01] Тарас: Мій новий номер ⟦phone:ua/1⟧ (старий ⟪=+380 67 XXX XX 04⟫ більше не працює)',
    'Экспорт чата WhatsApp с «ЖК Северный» — ⟪ts⟫\nПредседатель: реквизиты для взносов — карта ⟦card:mir~nosp⟧, получатель Наталья В.\nСосед 12кв: а номер договора ⟪rand:dd-dddd/dd⟫?',
    '[⟪ts:wa=W⟫, 14:44] Вадим: IP сервака ⟦ip⟧, пароль рут ⟦pw⟧ — не свети\n[⟪$W⟫, 14:45] Лена: 👍'.replace("👍", "ок"),
    '[⟪ts:wa=W⟫, 08:15] Бабушка: внучек позвони ⟦phone:ru/1~zw⟧',
    '[⟪ts:wa=W⟫, 16:20] Олег: сотрудник банка просил код из смс и номер ⟦card:mir⟧... это развод?\n[⟪$W⟫, 16:21] Ира: развод 100%, звони в банк по номеру с обратной стороны карты',
)

fam("telegram_json_exports",
    '{"id":⟪rand:dddddd⟫,"type":"message","date":"⟪ts:z⟫","from":"Reza Karimi","from_id":"user⟪rand:ddddddddd⟫","text":["شماره من ",{"type":"phone","text":"⟦phone:ir⟧"}]}',
    '{"id":⟪rand:dddddd⟫,"type":"message","from":"DevOps chat","text":"bot token for alerts: ⟦tg⟧ (don\'t paste in public)","reply_to_message_id":⟪rand:dddddd⟫}',
    '{"about":"Telegram Desktop export","personal_information":{"user_id":⟪rand:ddddddddd⟫,"first_name":"Омар","phone_number":"⟦phone:ru~nosp⟧","username":"omar_f"}}',
    '{"type":"message","date_unixtime":"⟪ts:epoch⟫","text":[{"type":"email","text":"⟦email:omar.farouk@co⟧"}," — пиши туда, в ЛС не отвечаю"]}',
    '{"type":"message","from":"Мария","text":"Карта для перевода: ⟦card:mir~nbsp⟧","text_entities":[{"type":"plain"}],"edited":"⟪ts:z⟫"}',
    '{"type":"service","action":"phone_call","duration_seconds":⟪rand:ddd⟫,"discard_reason":"hangup","actor_id":"user⟪rand:ddddddddd⟫"}',
    '{"type":"message","from":"علی","text":"ایمیل من: ⟦email:ali.rezaei@co~brkt⟧"}',
    '{"type":"message","from":"Ops","text":"new webhook secret = ⟦hex:64⟧; old one ⟪=<redacted>⟫ revoked"}',
    '{"type":"message","text":"🎁 Бонус! Введите номер карты на сайте bonus-bank.ru/⟪rand:cccccc⟫ до ⟪date:ru⟫"}'.replace("🎁", "!"),
    '{"type":"message","from":"Тимур","text":"моё ДР ⟦dob:ru⟧, приходите! Паспорт не нужен","date":"⟪ts:z⟫"}',
)

fam("voice_transcripts_en",
    'AGENT: Thank you for calling, can I have your callback number?\nCALLER: Yeah it\'s ⟦phone:us/2~spell⟧.\nAGENT: And the order number? CALLER: ⟪ord:hash⟫.',
    'CALLER: my card number is ⟦card:visa~spell⟧, expiry ⟪=oh eight twenty-seven⟫, and the billing zip ⟪rand:1dddd⟫.',
    'AGENT: For verification, date of birth please?\nCALLER: ⟦dob:en⟧. AGENT: Thanks, and the last four of your social? CALLER: ⟪rand:dddd⟫.',
    '[00:03:12] Customer: The social is ⟦ssn:~spell⟧.\n[00:03:30] Rep: got it, and the EIN for the business? Customer: ⟪ein⟫.',
    'speaker_1: you can email me at ⟦email:sarah.connolly@co~words⟧\nspeaker_2: connolly with two Ls? speaker_1: yes',
    '[voicemail ⟪ts⟫] Hi this is Dr. Patel\'s office calling for Kwame, please call us back at ⟦phone:us/1⟧, extension ⟪rand:ddd⟫. Your appointment is on ⟪date:en⟫.',
    'AGENT: I\'ll need the sixteen digits. CALLER: ⟦card:mc=M!⟧⟦$M#0-9⟧ ... hang on ... ⟦$M#10-⟧',
    'AGENT: National Insurance number? CALLER: ⟦nino:~spellx⟧. AGENT: Q-Q-one-two? CALLER: No, that\'s the example on the letter.',
    'transcript: "yeah the password is ⟦pw⟧ all one word capital first letter" — "ok I\'ll reset it, ticket ⟪rand:INC0|dddddd⟫"',
    'CALLER: born ⟦dob:en⟧, zip code ⟪rand:9dddd⟫. AGENT: and phone? CALLER: ⟦phone:us/2~spell⟧',
    'IVR: Please enter or say your account number followed by the pound key. CALLER: ⟪rand:dddddddddd⟫. IVR: You said ⟪rand:dddddddddd⟫. Transferring.',
    '(00:12) Agent: Can I get your social to pull the file? (00:15) Caller: ⟦ssn:=S!⟧⟦$S#0-3⟧ ... ⟦$S#4-6⟧ ... ⟦$S#7-11⟧ (00:21) Agent: and your date of birth? (00:23) Caller: ⟦dob:mdy/⟧',
)

fam("voice_transcripts_multi",
    'AGENTE: ¿Me confirma un teléfono de contacto?\nCLIENTE: Sí, es el ⟦phone:es/1~spell:es⟧.\nAGENTE: Perfecto, su pedido ⟪ord:ord⟫ sale mañana.',
    'Transcription messagerie : « Bonjour, c\'est Mme Martin, rappelez-moi au ⟦phone:fr/1~spell:fr⟧, merci. » — reçu le ⟪date:fr⟫ à 14h02',
    'Sprachnachricht (automatisch transkribiert): "Hallo, hier ist Jonas, meine neue Nummer ist ⟦phone:de/1~spell:de⟧, ruf mal zurück."',
    'OPERADORA: Fecha de nacimiento del titular. CLIENTE: ⟦dob:es⟧. OPERADORA: Gracias, y el número de póliza. CLIENTE: ⟪rand:PZ-|dddddddd⟫.',
    'Hotline-Mitschnitt ⟪ts⟫ — Kunde nennt Geburtsdatum ⟦dob:de⟧ und IBAN ⟦iban:DE~sp:2⟧; Vertragsnummer ⟪rand:dddddddd⟫',
    'CONSEILLER : Votre date de naissance ? CLIENTE : Je suis née le ⟦dob:fr⟧. CONSEILLER : Et le numéro de dossier ? CLIENTE : ⟪rand:dd-ddddd⟫.',
    'ATENDENTE: Qual o número do celular? CLIENTE: ⟦phone:br/1⟧, é WhatsApp também. ATENDENTE: Protocolo ⟪rand:dddddddddddd⟫.',
    'Operatore: mi detta l\'email? Cliente: ⟦email:m.rossi@libero.it~it⟧. Operatore: perfetto, la pratica è la ⟪rand:ddddd/dd⟫.',
    '坐席：请问您的手机号？客户：⟦phone:cn/1~sp:1⟧。坐席：好的，工单号⟪rand:dddddddddd⟫已创建。',
    'オペレーター：ご登録のお電話番号をお願いします。お客様：⟦phone:jp/0⟧です。オペレーター：会員番号⟪rand:dddddddd⟫で確認しました。',
)

fam("spreadsheet_paste_tsv",
    'Name\tEmail\tPhone\tDOB\nLucia Fernandez\t⟦email:lucia.fernandez⟧\t⟦phone:es⟧\t⟦dob:dmy/⟧\nTest Row\t⟪exmail:test⟫\t⟪555:us2⟫\t⟪=01/01/1900⟫',
    'emp_id\tname\tssn\thire_date\n⟪rand:E|ddddd⟫\tJ. Miller\t⟦ssn⟧\t⟪date:mdy/⟫\n⟪rand:E|ddddd⟫\tR. Patel\t⟦ssn⟧\t⟪date:mdy/⟫\n⟪rand:E|ddddd⟫\tD. Kowalski\t⟪ssnex⟫\t⟪date:mdy/⟫',
    'A\tB\tC\n1\tSKU\tQty\n2\t⟪ean⟫\t12\n3\t⟪ean⟫\t4\n4\tcontact:\t⟦email:@co⟧',
    'Staff\tNI number\tTax code\tStart\nHughes M\t⟦nino⟧\t⟪=1257L⟫\t⟪date:dmy/⟫\nSingh A\t⟦nino:plain⟧\t⟪=BR⟫\t⟪date:dmy/⟫',
    'order_id,customer_email,total,ip\n⟪ord:shop⟫,⟦email⟧,129.90,⟦ip⟧\n⟪ord:shop⟫,⟦email⟧,18.00,⟦ip:6⟧',
    '| Row | Patient | Geburtsdatum | Kasse |\n| 14 | Huber, Franz | ⟦dob:dmy.⟧ | AOK ⟪rand:dddddddd⟫ |\n| 15 | Leitner, Eva | ⟦dob:dmy.⟧ | — |',
    'Date\tDescription\tAmount\n⟪date:iso⟫\tRefund card ⟪mask:0⟫\t-42.00\n⟪date:iso⟫\tCard ⟦card:amex⟧ charge\t310.00\n⟪date:iso⟫\tGift card ⟪gift⟫\t50.00',
    'member\tbirthdate\tjoined\nmeiling\t⟦dob:iso⟧\t⟪date:iso⟫\nkwame\t⟦dob:iso⟧\t⟪date:iso⟫',
    '=HYPERLINK("mailto:⟦email:rpatel@co⟧","Email R. Patel")\t=TEXT(⟪rand:4dddd⟫,"dd/mm/yyyy")\t#REF!',
    'Host\tIP\tMask\tVLAN\nfw-edge-1\t⟦ip⟧\t⟪netmask⟫\t⟪rand:dd⟫\ncore-sw-2\t⟦ip:priv⟧\t⟪netmask:255.255.255.0⟫\t⟪rand:ddd⟫',
)

fam("android_logcat",
    '⟪ts:log⟫  4821  4907 I OkHttp  : --> POST https://api.shopkit.io/v2/login\n⟪ts:log⟫  4821  4907 I OkHttp  : {"email":"⟦email⟧","password":"⟦pw⟧","device":"⟪uuid⟫"}',
    '⟪ts:log⟫ 12044 12090 D FirebaseInstallations: fid=⟪rand:ccccccccccccccccccccccc⟫ project_number=⟪rand:dddddddddddd⟫',
    '⟪ts:log⟫  2210  2210 W TelephonyManager: getLine1Number returned ⟦phone:in/1⟧ for sub ⟪rand:d⟫; IMEI ⟪imei⟫',
    '⟪ts:log⟫  7311  7355 E NetworkClient: connect failed to ⟦ip⟧:443 after 3 retries (build ⟪ver:3⟫, versionCode ⟪rand:dddddd⟫)',
    '⟪ts:log⟫  9081  9081 D PaymentSheet: card=⟪mask:3⟫ brand=visa fingerprint=⟪rand:cccccccccccccccc⟫\n⟪ts:log⟫  9081  9081 V PaymentSheet: raw pan ⟦card:visa~nosp⟧ (DEBUG BUILD)',
    '⟪ts:log⟫  3302  3340 I AuthInterceptor: Authorization: Bearer ⟦jwt⟧',
    '⟪ts:log⟫  1500  1520 I wpa_supplicant: wlan0: CTRL-EVENT-CONNECTED - Connection to ⟪mac⟫ completed, ip=⟦ip:priv⟧ gw=⟦ip:priv⟧',
    '⟪ts:log⟫ 20991 21004 D MapsInit: Google Maps Android API key: ⟦gapi⟧ package=com.courier.app sha1=⟪hash:sha1~upper⟫',
    '⟪ts:log⟫  6677  6677 I chromium: [INFO:CONSOLE(1)] "Uncaught TypeError: Cannot read properties of undefined (reading \'email\')", source: https://m.shop.example/app.js?v=⟪ver:3⟫ (1)',
    '⟪ts:log⟫  4410  4433 D SmsRetriever: received from ⟦phone:ng⟧: "Your OTP expires at ⟪ts⟫. Ref ⟪rand:dddddd⟫"',
    '⟪ts:log⟫  1188  1201 I ActivityManager: Start proc ⟪rand:ddddd⟫:com.bank.mobile/u0a⟪rand:ddd⟫ for activity; user=⟦email:@meridian-bank.com⟧',
    '⟪ts:log⟫  5120  5161 W Sentry  : DSN misconfigured; using ⟪=https://public@sentry.example.com/1⟫ (release ⟪ver:pre⟫)',
)

fam("ios_app_logs",
    '⟪ts⟫ MyBank[3412:88120] [Networking] POST /v1/session 200 (client ip ⟦ip:6⟧, req ⟪uuid:up⟫)',
    'default\t⟪ts⟫\tKeychainWrapper\tstored refresh_token=⟦key:64⟧ for account ⟦email⟧',
    '⟪ts⟫ Courier[902:1120] <Notice>: push token ⟪hash:sha256⟫ registered (APNs sandbox)',
    'Crashed Thread: 0\nException Type: EXC_BAD_ACCESS (SIGSEGV)\nOS Version: iPhone OS ⟪ver:3⟫ (⟪rand:22Acc⟫)\nIncident Identifier: ⟪uuid:up⟫\nCrashReporterKey: ⟪hash:sha1⟫',
    '⟪ts⟫ HealthSync[550:7781] [Profile] dateOfBirth=⟦dob:iso⟧ biologicalSex=female lastSync=⟪ts:z⟫',
    '⟪ts⟫ Rides[221:3003] [Config] STRIPE_SECRET fallback=⟦stripe⟧ — this should never ship in the app bundle',
    '⟪ts⟫ Delivery[1402:19] [Geo] location ⟪coord⟫ accuracy 12m; driver phone ⟦phone:ae⟧',
    'error\t⟪ts⟫\tURLSession\tTask <⟪uuid:up⟫>.<1> finished with error [-1001] https://api.internal/users?email=⟦email~pct⟧&token=⟦hex:40⟧',
    '⟪ts⟫ Chat[777:1003] [Socket] connected to wss://⟦ip⟧:8443/ws (protocol ⟪ver:3⟫)',
    '⟪ts⟫ Wallet[3001:3011] [Apple Pay] DPAN ⟪mask:0⟫ provisioned, FPAN suffix ⟪rand:dddd⟫',
    '⟪ts⟫ Notes[312:400] [Sync] CKRecord ⟪rand:cccccccc-cccc⟫ conflict resolved; ETag ⟪hash:md5⟫',
)

fam("support_tickets_en",
    'Ticket #⟪rand:dddddd⟫ — Priority: High\nFrom: ⟦email:emma.wilson@quillsoft.io⟧\nI was double charged on card ⟦card:visa⟧ for order ⟪ord:ord⟫. Please refund the second charge.',
    'Hi team, the customer (⟦email⟧) says the card ending ⟪rand:dddd⟫ keeps getting declined. Gateway ref ⟪objid:ch_⟫. They tried ⟪testcc:4242424242424242⟫ in prod (??) which obviously fails.',
    'Subject: Can\'t log in\nBody: hey, my username is dkowalski and my password is ⟦pw⟧ — I know I shouldn\'t send it but I\'m locked out. Call me ⟦phone:us⟧.',
    'Zendesk note (internal): caller gave SSN ⟦ssn⟧ to verify; DO NOT store. Case ⟪rand:dddddddd⟫ linked to ⟪uuid⟫.',
    'Customer pasted their full card: ⟦card:amex⟧ exp ⟪=11/28⟫ — I\'ve masked it in the CRM as ⟪mask:2⟫. Reminder to all: never ask for the CVV.',
    'Refund failed for card ⟪badcc:visa⟫ (Luhn check failed — customer typo). Asked them to re-enter; new card ⟦card:disc⟧ went through. Txn ⟪objid:pi_⟫.',
    '#⟪rand:ddddd⟫ [Billing] User reports phishing SMS from ⟦phone:uk⟧ asking for NI number ⟦nino⟧ "to process tax rebate". Forwarded to abuse@.',
    'Escalation: enterprise admin ⟦email:@oakridge-hr.com⟧ lost 2FA. Backup codes on file: ⟪=[redacted]⟫. Verified via callback to ⟦phone:us/2⟧ on ⟪date:en⟫.',
    'Bug report v⟪ver:3⟫: signup form accepts ⟪exmail:a⟫ but rejects ⟦email:@co~upper⟧ (uppercase domain). Steps to reproduce attached.',
    'Customer chat: "my social is ⟦ssn:~nosp⟧ and dob ⟦dob:mdy/⟧ — why do you need this for a refund??" Agent: "we don\'t, please don\'t share it here."',
    'Hi, I got charged twice, transaction IDs ⟪rand:dddddddddddd⟫ and ⟪rand:dddddddddddd⟫. Card is a Mastercard ⟦card:mc~dash⟧. Thanks, Noah',
    'SLA breach on ⟪rand:INC|ddddddd⟫. Customer\'s alternate number ⟦phone:ca⟧. Their AWS account ⟪acct⟫ shows no incidents on ⟪date:iso⟫.',
)

fam("support_tickets_de_nl",
    'Betreff: Rückerstattung\nHallo, bitte überweisen Sie den Betrag auf mein Konto ⟦iban:DE⟧ (Kontoinhaber: Lukas Bauer). Bestellnummer ⟪ord:ord⟫.',
    'Ticket ⟪rand:ddddd⟫: Kundin ruft von ⟦phone:at⟧ an, neue IBAN ⟦iban:AT⟧, alte IBAN ⟪badiban:AT⟫ war falsch eingegeben (Prüfziffer stimmt nicht).',
    'Hoi, ik heb twee keer betaald voor bestelling ⟪ord:hash⟫. Kunnen jullie het terugstorten naar ⟦iban:NL⟧? Groet, Piet (⟦phone:nl⟧)',
    'Kundenmail: "Meine neue Handynummer lautet ⟦phone:de/1⟧, E-Mail bleibt ⟦email:anna.schmidt@web.de⟧." — Kundennummer ⟪rand:KD-|dddddd⟫',
    'Sehr geehrte Damen und Herren, anbei mein Login: Benutzer a.schmidt, Passwort ⟦pw⟧. Bitte Zugang prüfen. Version der App: ⟪ver:3⟫',
    'Melding ⟪rand:dddddd⟫ — klant meldt phishingmail van ⟪=servicedesk@ing-veilig.invalid⟫ met link naar https://ing-verificatie.⟪=example⟫/login. Klantnummer ⟪rand:ddddddd⟫.',
    'Ticket-Notiz: Rückruf unter ⟦phone:ch⟧ erbeten, bevorzugt nach 17 Uhr. Vertrag ⟪rand:CH-|dddddddd⟫, Gerät IMEI ⟪imei⟫.',
    'Beste, mijn zoon (geboren ⟦dob:dmy-⟧) staat nog niet ingeschreven. Mailadres: ⟦email:dejong@ziggo.nl⟧. Dossier ⟪rand:dddd-dd⟫.',
    'Lastschrift zurückgegeben, Grund MD06. Mandat ⟪rand:M|dddddddddd⟫, Gläubiger-ID ⟪=DE98ZZZ09999999999⟫, Konto des Kunden ⟦iban:DE~nosp⟧.',
    'Interne Notiz: Kunde nutzt Testdaten? Angegebene IBAN ⟪sampleiban:1⟫ ist die Muster-IBAN aus der Doku, Telefon ⟪=+49 30 123456789⟫ ebenfalls Platzhalter.',
)

fam("email_headers_mime",
    'Return-Path: <⟦email:j.moreau@atelier-moreau.fr⟧>\nReceived: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [⟦ip⟧])\nMessage-ID: <⟪rand:CAccccccccccccccccccccc⟫@mail.gmail.com>\nDate: ⟪=Tue, 4 Mar 2025 09:12:44 +0100⟫',
    'From: "Reza Karimi" <⟦email:reza.karimi@co⟧>\nTo: ⟦email⟧, ⟦email⟧\nX-Originating-IP: [⟦ip⟧]\nX-MS-Exchange-Organization-Network-Message-Id: ⟪uuid⟫',
    'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@quillsoft.io header.s=s1 header.b=⟪rand:cccccccc⟫;\n       spf=pass (domain of ⟦email:billing@quillsoft.io⟧ designates ⟦ip⟧ as permitted sender)',
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=brightpath-health.com; s=sel1;\n\tbh=⟪rand:ccccccccccccccccccccccccccccccccccccccccccc=⟫;\n\tb=⟪rand:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc⟫',
    'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nBitte antworten Sie an =\n⟦email:lukas.bauer@co~qp⟧ oder rufen Sie =\n⟦phone:de⟧ an.',
    'Received: from [⟦ip:priv⟧] (helo=laptop-ana) by smtp.parkside-lettings.co.uk with esmtpsa (TLS1.3) id ⟪rand:1cccccc-cccccc-cc⟫; ⟪=Wed, 12 Feb 2025 17:40:03 +0000⟫',
    'Reply-To: ⟦email:ayse.yilmaz@anatolia-tekstil.com.tr⟧\nIn-Reply-To: <⟪uuid⟫@anatolia-tekstil.com.tr>\nX-Mailer: Microsoft Outlook 16.0\nList-Unsubscribe: <mailto:⟪exmail:unsubscribe⟫?subject=⟪rand:cccccccc⟫>',
    '-----Original Message-----\nFrom: Marta Kowalska [mailto:⟦email:marta.kowalska@kancelaria-nowak.pl⟧]\nSent: ⟪date:en⟫ 10:21\nSubject: RE: Umowa najmu — mój nr tel. ⟦phone:pl⟧',
    'Delivery Status Notification (Failure)\nYour message to ⟦email:tran.minh@co⟧ couldn\'t be delivered.\nRemote server returned \'550 5.1.1 User unknown\' (⟦ip⟧)\nOriginal-Envelope-Id: ⟪hash:md5⟫',
    'X-Forwarded-For: ⟦ip⟧, ⟦ip:priv⟧\nX-Spam-Score: ⟪=2.7⟫\nX-Envelope-From: <⟦email:marek.horvath@co⟧>\nARC-Seal: i=1; a=rsa-sha256; t=⟪ts:epoch⟫; cv=none',
    'Subject: =?UTF-8?B?⟪=0JfQsNGP0LLQutCwINC90LAg0LLQvtC30LLRgNCw0YI=⟫?=\nFrom: =?UTF-8?Q?Ol=C3=A9na?= <⟦email:olga.ivanova@yandex.ru⟧>\nMIME-Version: 1.0',
)

fam("dotenv_files",
    '# .env.production\nNODE_ENV=production\nPORT=⟪rand:8ddd⟫\nSTRIPE_SECRET_KEY=⟦stripe:sk_live_⟧\nSTRIPE_PUBLISHABLE_KEY=⟪=pk_test_TYooMQauvdEDq54NiTphI7jx⟫\nSENTRY_RELEASE=⟪hash:sha1⟫',
    'AWS_ACCESS_KEY_ID=⟦aws⟧\nAWS_SECRET_ACCESS_KEY=⟦awss⟧\nAWS_REGION=eu-central-1\nAWS_ACCOUNT_ID=⟪acct⟫\n# example from docs: ⟪akiaex⟫',
    'OPENAI_API_KEY="⟦oai⟧"\nOPENAI_ORG=⟪rand:org-|cccccccccccccccccccccccc⟫\nMODEL=gpt-4o-mini\nMAX_TOKENS=⟪rand:dddd⟫',
    'ANTHROPIC_API_KEY=⟦ant⟧\nLOG_LEVEL=debug\nREQUEST_TIMEOUT_MS=⟪rand:ddddd⟫',
    'DB_HOST=⟦ip:priv⟧\nDB_USER=app_rw\nDB_PASSWORD=\'⟦pw:strong⟧\'\nDB_NAME=billing\nDB_PASSWORD_TEST=⟪=${DB_PASSWORD}⟫',
    'SLACK_WEBHOOK_URL=⟦slackhook⟧\nSLACK_CHANNEL_ID=⟪rand:C0|cccccccc⟫\nSLACK_SIGNING_SECRET=⟦hex:32⟧',
    'SENDGRID_API_KEY=⟦sg⟧\nMAIL_FROM=⟦email:no-reply@brightpath-health.com⟧\nMAIL_REPLY_TO=⟪exmail:support⟫',
    'TWILIO_ACCOUNT_SID=⟪twsid⟫\nTWILIO_AUTH_TOKEN=⟦twtok⟧\nTWILIO_FROM_NUMBER=⟦phone:us/5⟧',
    'HF_TOKEN=⟦hf⟧\nWANDB_PROJECT=llm-eval\nCUDA_VISIBLE_DEVICES=0,1\nTORCH_VERSION=⟪ver:3⟫',
    'GITHUB_TOKEN=⟦ghpat⟧\nNPM_TOKEN=⟦npm⟧\nCI_COMMIT_SHA=⟪hash:sha1⟫\nREGISTRY=ghcr.io/acme',
    'REDIS_URL=redis://default:⟦pw:strong⟧@⟦ip:priv⟧:6379/0\nCACHE_TTL=⟪rand:ddd⟫\nSESSION_SECRET=⟦key:48⟧',
    'SHOPIFY_ADMIN_TOKEN=⟦shp⟧\nSHOPIFY_STORE=acme-outdoor.myshopify.com\nAPI_VERSION=⟪=2024-10⟫\nWEBHOOK_ID=⟪rand:ddddddddddddd⟫',
    'JWT_SECRET=⟦key:64⟧\nJWT_EXPIRES_IN=⟪=15m⟫\nEXAMPLE_TOKEN=⟪jwtdemo⟫\nGOOGLE_CLIENT_ID=⟪rand:dddddddddddd-|cccccccccccccccccccccccccccccccc⟫.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=⟦gcpkey⟧',
    'DATADOG_API_KEY=⟦dd⟧\nDD_SITE=datadoghq.eu\nDD_ENV=prod\nDD_VERSION=⟪ver:v3⟫',
    'MAILGUN_API_KEY=⟦mg⟧\nMAILGUN_DOMAIN=mg.quillsoft.io\nPYPI_TOKEN=⟦pypi⟧',
)

fam("k8s_yaml_configs",
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\n  uid: ⟪uuid⟫\ntype: Opaque\ndata:\n  username: ⟪=YXBwX3J3⟫\n  password: ⟦pw:strong~b64⟧',
    'apiVersion: v1\nkind: Secret\nstringData:\n  DATABASE_URL: "postgresql://orders:⟦pw⟧@pg-primary.db.svc:5432/orders?sslmode=require"\n  SENTRY_DSN: ⟪=https://00000000000000000000000000000000@o0.ingest.sentry.io/0⟫',
    'spec:\n  containers:\n  - name: api\n    image: ghcr.io/acme/api@sha256:⟪hash:sha256⟫\n    env:\n    - name: DD_API_KEY\n      value: "⟦dd⟧"\n    - name: POD_IP\n      valueFrom: {fieldRef: {fieldPath: status.podIP}}',
    'docker-compose.yml:\nservices:\n  db:\n    image: postgres:⟪=16.3⟫\n    environment:\n      POSTGRES_PASSWORD: ⟦pw⟧\n      POSTGRES_USER: ${PG_USER}\n    ports: ["5432:5432"]',
    'data:\n  .dockerconfigjson: ⟦basic:ci-bot⟧\n# ^ base64 of user:password for ghcr.io — rotate!',
    'loadBalancerSourceRanges:\n  - ⟦ip⟧/32\n  - ⟦ip⟧/32\n  - ⟪docip⟫/32   # doc example\nclusterIP: ⟦ip:priv⟧\nsubnetMask: ⟪netmask⟫',
    'helm upgrade --install grafana grafana/grafana --version ⟪ver:3⟫ \\\n  --set adminPassword=⟦pw:strong⟧ \\\n  --set ingress.hosts[0]=grafana.int',
    'apiVersion: v1\nkind: ConfigMap\ndata:\n  application.yml: |\n    spring:\n      datasource:\n        url: jdbc:mysql://⟦ip:priv⟧:3306/crm\n        username: crm\n        password: ⟦pw⟧',
    'vault kv get -format=json secret/payments\n{"data":{"data":{"stripe_key":"⟦stripe:rk_live_⟧","webhook":"⟦key:32⟧"},"metadata":{"version":⟪rand:dd⟫,"created_time":"⟪ts:z⟫"}}}',
    'argocd:\n  repo: https://github.com/acme/deploy\n  token: ⟦ghp⟧\n  revision: ⟪hash:short⟫\n  sync_wave: ⟪rand:d⟫',
    'global:\n  imageRegistry: registry.gitlab.com/acme\n  imagePullSecret: ⟪={{ .Values.pullSecret }}⟫\ngitlab:\n  runnerToken: ⟦glpat⟧',
    'terraform.tfvars:\nproject_id = "acme-prod-⟪rand:dddddd⟫"\ndb_password = "⟦pw:phrase⟧"\nallowed_cidr = "⟦ip⟧/32"\nkms_key = "projects/acme/locations/eu/keyRings/main/cryptoKeys/⟪rand:key-|dd⟫"',
)

fam("shell_history",
    '  501  ssh -i ~/.ssh/id_ed25519 deploy@⟦ip⟧\n  502  scp backup.tar.gz deploy@⟦ip⟧:/srv/\n  503  git log --oneline -n 5 # ⟪hash:short⟫',
    '$ export GITHUB_TOKEN=⟦ghp⟧\n$ gh pr list --repo acme/web --limit ⟪rand:dd⟫',
    'curl -s -H "Authorization: Bearer ⟦key:40⟧" https://api.linear.app/graphql -d \'{"query":"{ viewer { id } }"}\'',
    'mysql -h ⟦ip:priv⟧ -u root -p\'⟦pw⟧\' -e "SHOW DATABASES;"\nhistory | grep mysql',
    'curl -u admin:⟦pw:strong⟧ -X POST http://⟦ip:priv⟧:8080/job/deploy/build?delay=0sec',
    'PGPASSWORD=⟦pw⟧ psql -h db.internal -U reporting -c "\\copy (select * from users) to users.csv csv"',
    'echo ⟦basic⟧ | base64 -d\n# -> admin:**** (do not commit)',
    'aws configure set aws_secret_access_key ⟦awss⟧ --profile prod\naws s3 ls s3://prod-logs-⟪rand:aaaaaa⟫ --profile prod',
    'docker login ghcr.io -u acme-ci -p ⟦ghp⟧\ndocker pull ghcr.io/acme/api:⟪ver:v3⟫',
    'ping -c 3 ⟪resolver⟫ && traceroute ⟦ip⟧ && dig @⟪resolver⟫ acme.com',
    'ssh-keygen -lf ~/.ssh/id_rsa.pub\n2048 SHA256:⟪rand:cccccccccccccccccccccccccccccccccccccccccc⟫ dev@laptop (RSA)\ncat ~/.ssh/id_ed25519.pub\n⟪sshpub:ed⟫ dev@laptop',
    'npm config set //registry.npmjs.org/:_authToken ⟦npm⟧\nnpm publish --tag ⟪ver:pre⟫',
)

fam("sql_dumps",
    "INSERT INTO customers (id, email, phone, created_at) VALUES\n(⟪rand:dddd⟫, '⟦email⟧', '⟦phone:uk⟧', '⟪ts⟫'),\n(⟪rand:dddd⟫, '⟪exmail⟫', '⟪555:us2⟫', '⟪ts⟫');",
    "UPDATE payment_methods SET pan = '⟦card:visa~nosp⟧', last4 = '⟪rand:dddd⟫', updated_at = NOW() WHERE customer_id = '⟪uuid⟫';",
    "-- MySQL dump 10.13  Distrib ⟪ver:3⟫\nINSERT INTO `employees` (id,last_name,first_name,ssn,birth_date,hire_date) VALUES (⟪rand:ddd⟫,'Miller','Jenna','⟦ssn⟧','⟦dob:iso⟧','⟪date:iso⟫');",
    "COPY public.users (id, email, password_hash) FROM stdin;\n⟪rand:ddd⟫\t⟦email⟧\t$2b$12$⟪rand:cccccccccccccccccccccccccccccccccccccccccccccccccccc⟫\n\\.",
    "SELECT * FROM leads WHERE phone LIKE '%⟪rand:dddd⟫' OR email = '⟦email:@co⟧' LIMIT 50; -- asked by ⟦email:dkowalski@co⟧",
    "ERROR:  duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(⟦email⟧) already exists.",
    "CREATE USER report_ro WITH PASSWORD '⟦pw:strong⟧' VALID UNTIL '⟪date:iso⟫';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;",
    "INSERT INTO cards (holder, number, exp) VALUES ('T. Nguyen', '⟦card:jcb~nosp⟧', '⟪=2027-09⟫'), ('QA', '⟪testcc:5555555555554444~nosp⟫', '⟪=2030-12⟫');",
    "db.patients.insertOne({ _id: ObjectId(\"⟪objid⟫\"), ssn: \"⟦ssn⟧\", mrn: \"⟪rand:MRN|ddddddd⟫\", tel: \"⟦phone:us⟧\" })",
    "-- audit\nSELECT login, last_ip FROM sessions WHERE last_ip IN ('⟦ip⟧', '⟦ip:6⟧', '⟪docip⟫');",
    "INSERT INTO tax_forms VALUES ('W-9', '⟪ein⟫', 'EIN'), ('W-9', '⟦ssn⟧', 'SSN'), ('W-7', '⟪itin⟫', 'ITIN');",
)

fam("stack_traces",
    'Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line 88, in charge\n    resp = stripe.Charge.create(api_key="⟦stripe:sk_live_⟧", amount=amount)\nstripe.error.CardError: Your card number is incorrect. (request ⟪rand:req_|cccccccccccccc⟫)',
    'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:⟪rand:ddd⟫)\n\tCaused by: url=jdbc:postgresql://⟦ip:priv⟧:5432/billing?user=billing&password=⟦pw⟧',
    'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 <⟦email:@co⟧>: Relay access denied\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, ...)\n   at Acme.Notify.Send() in C:\\build\\Notify.cs:line ⟪rand:ddd⟫',
    'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=⟪rand:0x|xxxxxx⟫]\ngoroutine ⟪rand:ddd⟫ [running]:\nmain.(*Client).Do(0xc000⟪rand:xxxxxx⟫)\n\t/app/client.go:⟪rand:dd⟫ +0x1a4',
    'Error: connect ECONNREFUSED ⟦ip⟧:6379\n    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:⟪rand:dddd⟫:16) {\n  errno: -111,\n  code: \'ECONNREFUSED\',\n  address: \'⟦ip⟧\'\n}',
    'ValidationError: 1 validation error for SignupRequest\nemail\n  value is not a valid email address: The part after the @-sign is not valid. [type=value_error, input_value=\'⟪exmail⟫@\']',
    'Exception in thread "main" com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Request ID: ⟪rand:cccccccccccccccc⟫) AccessKey=⟦aws⟧',
    'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.prod" (⟦ip:priv⟧), port 5432 failed\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url: postgresql+psycopg2://svc:⟦pw:strong⟧@db.prod/main',
    'Fatal error: Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user \'wp\'@\'⟦ip:priv⟧\' (using password: YES) in /var/www/html/wp-includes/class-wpdb.php:⟪rand:dddd⟫',
    'at processTicksAndRejections (node:internal/process/task_queues:95:5)\nUnhandledPromiseRejection: HTTPError: 401 for https://api.telegram.org/bot⟦tg⟧/sendMessage',
    'ActionView::Template::Error (undefined method `full_name\' for nil):\n  app/views/orders/show.html.erb:⟪rand:dd⟫\nParameters: {"order_id"=>"⟪ord:ord⟫", "email"=>"⟦email⟧", "phone"=>"⟦phone:au⟧"}',
)

fam("medical_records",
    'COMPTE RENDU DE CONSULTATION\nPatient : M. Julien Moreau, né le ⟦dob:dmy/⟧\nN° IPP : ⟪rand:dddddddd⟫\nDate de consultation : ⟪date:dmy/⟫\nTél. : ⟦phone:fr⟧',
    'Arztbrief — Pat.: Franz Huber, geb. am ⟦dob:dmy.⟧, Aufnahme am ⟪date:dmy.⟫, Entlassung am ⟪date:dmy.⟫. ICD-10: ⟪=I21.4⟫, ⟪=E11.9⟫.',
    'Referto — Paziente: Rossi Giulia, data di nascita ⟦dob:dmy/⟧, Tessera sanitaria ⟪rand:80380|ddddddddddddddd⟫ (scad. ⟪date:dmy/⟫). Recapito ⟦phone:it⟧.',
    'DISCHARGE SUMMARY\nMRN: ⟪rand:dddddddd⟫   DOB: ⟦dob:mdy/⟧   Admit: ⟪date:mdy/⟫\nAttending: Dr. R. Patel\nFollow-up: call ⟦phone:us⟧ within 7 days. Lot # of vaccine: ⟪rand:EL|dddd⟫',
    'Historia clínica — Paciente: Camila Rodrigues López; F. nac.: ⟦dob:dmy/⟧; NHC ⟪rand:dddddd⟫; alergias: penicilina; fecha de ingreso ⟪date:dmy/⟫',
    'Patiëntgegevens: geb. datum ⟦dob:dmy-⟧ · BSN ⟪=999999990⟫ (testnummer) · huisarts tel. ⟦phone:nl/2⟧',
    'Lab result ⟪rand:LR-|dddddddd⟫ · specimen collected ⟪ts⟫ · HbA1c ⟪=6.8⟫% · ref range 4.0–5.6 · patient born ⟦dob:en-d⟧',
    'Karta pacjenta: Marta Kowalska, data urodzenia: ⟦dob:dmy.⟧, PESEL ⟪=44051401359⟫ (przykład), tel. ⟦phone:pl/1⟧',
    'Prescription e-mail to pharmacy ⟦email:@brightpath-health.com⟧: Pt DOB ⟦dob:mdy/⟧, Rx #⟪rand:ddddddd⟫, NDC ⟪rand:ddddd-dddd-dd⟫, refill after ⟪date:mdy/⟫.',
    'Vaccination record — Name: Mei Lin — Date of birth: ⟦dob:en⟧ — Dose 2 given ⟪date:en⟫ — Batch ⟪rand:FAcdddd⟫',
    'NHS discharge letter: NHS No. ⟪rand:ddd ddd dddd⟫, DOB ⟦dob:dmy/⟧, NI ⟦nino⟧, GP surgery ⟦phone:uk/3⟧',
)

fam("hr_records_ja_ko_zh",
    '社員情報\n氏名：田中 優子\n生年月日：⟦dob:ja⟧\n入社日：⟪date:ja⟫\n携帯：⟦phone:jp⟧\nメール：⟦email:yuki.tanaka@tanaka-shoji.co.jp⟧',
    '履歴書\n生年月日　⟦dob:ja-era⟧生\n電話　⟦phone:jp/2⟧\n資格：TOEIC ⟪rand:8dd⟫点（⟪date:ja⟫取得）',
    '인사기록카드\n성명: 김민준\n생년월일: ⟦dob:ko⟧\n입사일: ⟪date:ko⟫\n연락처: ⟦phone:kr⟧\n이메일: ⟦email:minjun.kim@hanbit-soft.co.kr⟧',
    '员工档案：王芳，出生日期：⟦dob:zh⟧，入职日期：⟪date:zh⟫，手机：⟦phone:cn/1⟧，邮箱：⟦email:wei.zhang@huaxin-tech.cn⟧',
    '給与振込先変更届：みずほ銀行 渋谷支店 普通 ⟪rand:ddddddd⟫ ／ 社員番号 ⟪rand:Edddddd⟫ ／ 連絡先 ⟦phone:jp/3⟧',
    '연봉계약서 — 계약 기간: ⟪date:ko⟫ ~ ⟪date:ko⟫, 직원 전화 ⟦phone:kr/1⟧, 사번 ⟪rand:HB-|dddd⟫',
    '离职证明：兹证明张伟（生于⟦dob:zh⟧）自⟪date:zh⟫起在本公司任职。联系电话⟦phone:cn⟧。',
    'HR Slack: 「山本さんのメール ⟦email:@tanaka-shoji.co.jp~ja⟧ に年末調整の書類を送ってください」',
    '인사팀 공지: 테스트 계정 ⟪exmail:hr-test⟫ 삭제 예정, 문의는 ⟦email:jisoo.park@co⟧ 또는 ⟦phone:kr/2⟧',
    '员工花名册（节选）\n工号|姓名|手机\n⟪rand:dddddd⟫|李娜|⟦phone:cn/1~sp:1⟧\n⟪rand:dddddd⟫|测试|⟪=13800138000⟫',
    '在留カード番号 ⟪rand:AA|ddddddddAA⟫ の有効期限 ⟪date:ja⟫、本人連絡先 ⟦phone:jp⟧',
)

fam("invoices_it_es_pt",
    'FATTURA N. ⟪rand:dddd⟫/2025 del ⟪date:dmy/⟫\nCedente: Studio Legale Ferri — P.IVA ⟪=IT01234567890⟫\nPagamento tramite bonifico su IBAN ⟦iban:IT⟧\nScadenza: ⟪date:dmy/⟫',
    'FACTURA ⟪rand:F|2025-dddd⟫\nEmisor: Grupo Solana S.L.\nForma de pago: transferencia a ⟦iban:ES⟧\nContacto facturación: ⟦email:@grupo-solana.es⟧ · ⟦phone:es/2⟧',
    'Fatura n.º ⟪rand:FT |dddd/ddd⟫ — NIF ⟪=PT500000000⟫ — IBAN ⟦iban:PT⟧ — Referência MB ⟪rand:ddd ddd ddd⟫ — Vencimento ⟪date:pt⟫',
    'Nota de débito — pague via PIX chave ⟦email:@ferrovia-tours.pt⟧ ou transferência para ⟦iban:BR⟧; pedido ⟪ord:ord⟫',
    'Avviso di pagamento: IBAN errato ⟪badiban:IT⟫ (CIN non valido), utilizzare ⟦iban:IT~nosp⟧. Codice CUP ⟪rand:Adddcddddddddd⟫',
    'Factura rectificativa ⟪rand:R|ddddd⟫ · la tarjeta ⟪mask:1⟫ fue rechazada; se cobró en ⟦card:visa⟧ el ⟪date:dmy/⟫',
    'INVOICE ⟪ord:inv⟫\nBill to: Quillsoft Ltd · VAT ⟪=GB123456789⟫\nRemit to IBAN ⟦iban:IE⟧ · BIC ⟪bic:BOFIIE2D⟫\nQueries: ⟦email:accounts@co⟧',
    'Recibo: Cobro con tarjeta ⟦card:mc⟧ autorizado (cód. ⟪rand:dddddd⟫). ISBN del libro ⟪isbn⟫. Total 38,50 €.',
    'Factura ⟪rand:A|dddddddd⟫ — pago domiciliado en ⟦iban:ES~nosp⟧; mandato SEPA firmado el ⟪date:es⟫; ejemplo de IBAN en la guía: ⟪sampleiban:5⟫',
    'Rechnung (IT-Kunde) — bitte zahlen Sie auf ⟦iban:CH⟧, Referenz ⟪rand:RF|dd dddd dddd⟫, Fälligkeit ⟪date:dmy.⟫',
)

fam("contracts_nl_pl_pt",
    'HUUROVEREENKOMST\nOndergetekenden: de heer P. de Jong, geboren op ⟦dob:nl⟧ te Utrecht,\nhierna te noemen "huurder". De huur wordt voldaan op rekening ⟦iban:NL⟧ t.n.v. Verhuur B.V.',
    'UMOWA NAJMU zawarta w dniu ⟪date:pl⟫ w Krakowie pomiędzy: Marek Nowak, ur. ⟦dob:pl⟧, a najemcą. Czynsz płatny na rachunek ⟦iban:PL⟧.',
    'CONTRATO DE PRESTAÇÃO DE SERVIÇOS — Contratada: Ferrovia Tours Lda., NIPC ⟪=PT509999999⟫, IBAN ⟦iban:PT⟧, assinado em ⟪date:pt⟫.',
    'Arbeitsvertrag § 3 Vergütung: Zahlung auf das Konto ⟦iban:DE⟧. § 1 Beginn: ⟪date:dmy.⟫. Arbeitnehmer geb. ⟦dob:dmy.⟧.',
    'Koopovereenkomst — waarborgsom € 5.000 op derdengeldrekening ⟦iban:NL~nosp⟧; KvK ⟪rand:dddddddd⟫; transportdatum ⟪date:nl⟫',
    'Pełnomocnictwo — Ja, niżej podpisana Katarzyna Nowak, zam. ul. Długa 5, tel. ⟦phone:pl⟧, upoważniam… Nr dokumentu ⟪rand:AAAdddddd⟫',
    'Contrato de arrendamento: renda paga por transferência para ⟦iban:PT~nosp⟧ até ao dia 8; cláusula 7.ª — caução ⟪=2 (duas)⟫ rendas; data de nascimento do fiador: ⟦dob:pt⟧',
    'Aneks nr ⟪rand:d⟫ do umowy ⟪rand:dd/dddd⟫ z dnia ⟪date:dmy.⟫ — zmiana rachunku na ⟦iban:PL~nosp⟧',
    'Contrato (BR): LOCATÁRIO: Joana Lima, nascida em ⟦dob:pt⟧, CPF ⟪=000.000.000-00⟫, celular ⟦phone:br⟧, e-mail ⟦email:camila.rodrigues@uol.com.br⟧',
    'Umowa zlecenie ⟪ver:3⟫: zleceniobiorca ⟦email:marta.kowalska@wp.pl⟧, rachunek do wypłat ⟦iban:PL⟧; przykładowy IBAN z instrukcji ⟪badiban:PL⟫',
)

fam("ocr_scans",
    '[OCR p.1] BUNDESREPUBLIK DEUTSCHLAND  Antrag auf Kindergeld\nName des Kindes: Emil Krüger    Geburtsdatum: ⟦dob:dmy.⟧\nIBAN: ⟦iban:DE~nl:12⟧\nSteuer-ID: ⟪rand:dd ddd ddd ddd⟫',
    '[scan 0003.tif, conf 0.81]\nREPUBLIQUE FRANCAISE — ATTESTATION\nNé(e) le : ⟦dob:dmy/⟧ à MARSEILLE (13)\nN° allocataire ⟪rand:ddddddd⟫ · Délivrée le ⟪date:dmy/⟫',
    'OCR> Account holder: M. HUGHES  Sort code ⟪sort⟫  IBAN ⟦iban:GB~nl:14⟧  Date ⟪date:dmy/⟫',
    'OCR (receipt): TOTAL EUR 23,90\nVISA ⟪mask:0⟫\nAID ⟪=A0000000031010⟫  TID ⟪rand:dddddddd⟫\nAUTH ⟪rand:dddddd⟫  ⟪ts⟫',
    '[OCR] P<GBRHUGHES<<MARGARET<<<<<<<<<<<<<<<<<<<<<<\n⟪rand:ddddddddd⟫GBR⟪rand:ddddddd⟫F⟪rand:ddddddd⟫<<<<<<<<<<<<<<0⟪rand:d⟫\nNational Insurance: ⟦nino:~nl:5⟧',
    'scanned form p2/3: Telefon (mobil): ⟦phone:de~dashdig⟧  E-Mail: ⟦email:anna.schmidt@gmx.de~paren⟧',
    '[OCR low confidence] Payslip — NI No ⟦nino:plain⟧ — Tax period ⟪rand:dd⟫ — Employee no ⟪rand:dddddd⟫ — Pay date ⟪date:dmy/⟫',
    '[Tesseract 5] Card scan: ⟦card:visa~nl:9⟧ VALID THRU ⟪=09/28⟫ — card number on back sticker ⟪gift⟫',
    'OCR Personalausweis (Rückseite): IDD<<⟪rand:Lcccccccd⟫<<<<<<<<<<<<<<<\n⟪rand:ddddddd⟫<⟪rand:ddddddd⟫D<<<<<<<<<<<<<⟪rand:d⟫ — Geburtstag lt. Vorderseite ⟦dob:dmy.⟧',
    'Scanned W-2 (OCR): a Employee\'s social security number ⟦ssn:~nl:4⟧  b Employer identification number (EIN) ⟪ein⟫  c Control number ⟪rand:ddddd⟫',
)

fam("markdown_tables",
    '| Name | Role | Email | Phone |\n|---|---|---|---|\n| Sarah Connolly | PM | ⟦email:sarah.connolly@co⟧ | ⟦phone:uk⟧ |\n| Bot | n/a | ⟪exmail:bot⟫ | ⟪555:us⟫ |',
    '| Env | Host | IP | Notes |\n|-----|------|----|-------|\n| prod | api-1 | ⟦ip⟧ | behind LB |\n| docs | demo | ⟪docip⟫ | RFC 5737 |\n| dns | resolver | ⟪resolver⟫ | public |',
    '### Payroll check\n| Employee | NI number | SSN (US staff) |\n|---|---|---|\n| M. Hughes | ⟦nino⟧ | — |\n| J. Miller | — | ⟦ssn⟧ |\n| Example | ⟪qq⟫ | ⟪ssnex⟫ |',
    '| key | value |\n|---|---|\n| `STRIPE_KEY` | `⟦stripe:sk_live_⟧` |\n| `STRIPE_TEST` | `⟪=sk_test_4eC39HqLyjWDarjtT1zdp7dc⟫` |\n| `WEBHOOK_ID` | `⟪objid:we_⟫` |',
    '| Card | Brand | Status |\n|---|---|---|\n| ⟦card:amex⟧ | Amex | active |\n| ⟪badcc:mc⟫ | MC | invalid (Luhn) |\n| ⟪testcc:4111111111111111⟫ | Visa | test |',
    '**Release ⟪ver:v3⟫** — checksum `⟪hash:sha256⟫` — build ⟪rand:dddd⟫ — contact ⟦email:@cobalt-devops.net⟧',
    '| Kunde | IBAN | Betrag |\n|:--|:--|--:|\n| Bauer | ⟦iban:DE⟧ | 120,00 |\n| Muster | ⟪sampleiban:1⟫ | 0,00 |',
    '- [x] rotate `GITHUB_TOKEN` (old: `⟦ghp⟧`)\n- [ ] update runbook ⟪uuid⟫\n- [ ] move `${SLACK_WEBHOOK}` to vault',
    '| Datum | Termin | Kontakt |\n|---|---|---|\n| ⟪date:dmy.⟫ | Geburtstagsfeier Team | ⟦phone:de⟧ |\n| ⟪date:dmy.⟫ | Jubiläum | ⟦email:@nordhafen-logistik.de⟧ |',
    '| 項目 | 値 |\n|---|---|\n| 氏名 | 山田 太郎 |\n| 生年月日 | ⟦dob:ja⟧ |\n| 電話 | ⟦phone:jp⟧ |\n| 郵便番号 | 〒⟪rand:ddd-dddd⟫ |',
    '| id | nino | status |\n|---|---|---|\n| ⟪rand:dddd⟫ | ⟦nino:plain⟧ | verified |\n| ⟪rand:dddd⟫ | ⟪badnino:x⟫ | rejected |\n| ⟪rand:dddd⟫ | ⟪badnino:f⟫ | rejected |',
)

fam("code_literals",
    'const client = new Stripe("⟦stripe:sk_live_⟧", { apiVersion: "⟪=2024-06-20⟫" });',
    'AWS_KEY = "⟦aws⟧"  # TODO move to env\nAWS_SECRET = "⟦awss⟧"\nBUCKET = "prod-assets-⟪rand:aaaaaa⟫"',
    'db = psycopg2.connect(host="⟦ip:priv⟧", user="etl", password="⟦pw⟧", dbname="dwh")',
    'func TestSignup(t *testing.T) {\n\temail := "⟪exmail⟫"\n\tphone := "⟪555:us2⟫"\n\tcard := "⟪testcc:4242424242424242⟫"\n\tif !valid(email, phone, card) { t.Fatal("x") }\n}',
    'private static final String SLACK_HOOK = "⟦slackhook⟧";\nprivate static final String BUILD = "⟪ver:3⟫";',
    'headers = {"Authorization": f"Bearer ⟦hf⟧", "X-Request-Id": str(uuid4())}  # id like ⟪uuid⟫',
    'let admins = ["⟦email:alex.chen@quillsoft.io⟧", "⟦email:emma.wilson@quillsoft.io⟧"];  // ⟪hash:short⟫',
    'PRIVATE_KEY = """⟦pem:ec⟧"""\nPUBLIC_KEY = """⟪pubkey⟫"""',
    '// firebase config\nconst firebaseConfig = {\n  apiKey: "⟦gapi⟧",\n  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app",\n  appId: "1:⟪rand:dddddddddddd⟫:web:⟪hash:short⟫f00"\n};',
    'if (user.ssn === "⟪ssnex⟫") throw new Error("sample SSN not allowed"); // real one in fixture: ⟦ssn⟧',
    '$config[\'smtp_pass\'] = \'⟦pw⟧\';\n$config[\'smtp_user\'] = \'⟦email:@co⟧\';\n$config[\'smtp_port\'] = ⟪rand:ddd⟫;',
    'rsa_key = """⟦pem:rsa⟧"""\ncert_fingerprint = "⟪hash:sha256⟫"',
    'val discordToken = "⟦discord⟧"\nval guildId = ⟪rand:dddddddddddddddddd⟫L',
    'NOTION_TOKEN = os.getenv("NOTION_TOKEN", "⟦notion⟧")  # fallback, remove!\nDATABASE_ID = "⟪hash:md5⟫"',
    '# test fixtures\nVALID_NINO = "⟦nino:plain⟧"\nINVALID_NINOS = ["⟪badnino:p⟫", "⟪badnino:s⟫", "⟪qq:plain⟫"]',
)

fam("chat_zh",
    '老王：我的手机号是⟦phone:cn/1⟧，有事打我。\n小李：好的，订单号⟪rand:dddddddddddddddddd⟫我先记下。',
    '客服：请提供您的银行卡号以便退款。\n用户：⟦card:up⟧，开户行招商银行。\n客服：收到，退款单号⟪rand:TK|dddddddddd⟫。',
    '【群公告】报名请发邮件至⟦email:hr@huaxin-tech.cn⟧，截止日期⟪date:zh⟫。不要发到⟪exmail:test⟫。',
    '用户：服务器IP是⟦ip⟧，root密码⟦pw⟧，帮我看一下\n运维：收到。请改密码！',
    '朋友圈截图文字：生日快乐🎂 我的生日是⟦dob:zh⟧，欢迎来玩！'.replace("🎂", "！"),
    '客户：我的邮箱是⟦email:li.na@qq.com~zh⟧（防爬虫写法）',
    '医院挂号：患者 刘洋，出生日期 ⟦dob:iso⟧，就诊日期 ⟪date:iso⟫，联系电话 ⟦phone:cn/1~fw⟧',
    '物流：顺丰单号⟪rand:SF|ddddddddddddd⟫，收件人手机尾号⟪rand:dddd⟫，请勿泄露完整号码。',
    '同事：新的测试账号 ⟪exmail:qa01⟫ / 密码 ⟪=<见密码库>⟫；生产的 key 是「⟦key:32⟧」别外传',
    '微信转账备注：房租。对方账户：⟦iban:DE⟧（德国房东），汇率⟪=7.83⟫。',
    '客服工单：用户来电⟦phone:hk⟧，反映卡号⟦card:up19⟧被盗刷，已冻结。',
)

fam("chat_ja",
    '田中：来週の打ち合わせ、⟦email:yuki.tanaka@co⟧まで資料送ってください！',
    '鈴木：携帯変わりました→⟦phone:jp⟧　LINEは同じです',
    '佐藤：カード番号⟦card:jcb⟧で決済お願いします（有効期限⟪=12/29⟫）',
    '高橋：サーバーのIPは「⟦ip⟧」、ポートは⟪rand:dddd⟫です。',
    'お問い合わせ番号⟪rand:dddd-dddd-dddd⟫について、担当 ⟦email:hana.suzuki@yahoo.co.jp~ja⟧ までご連絡ください。',
    '山田：誕生日会は⟪date:ja⟫です！（幹事：⟦phone:jp/3⟧）',
    '伊藤：社内Wiki のAPIキー⟦key:40⟧、チャットに貼らないでくださいね…',
    '渡辺：電話番号は⟦phone:jp/0~fw⟧です（全角で失礼します）',
    '中村：このメールアドレス⟪exmail:taro⟫はサンプルです。本物は⟦email:@tanaka-shoji.co.jp~fw⟧。',
    'システム通知：ログイン試行 ⟦ip:6⟧ から（⟪ts⟫）。心当たりがない場合はパスワードを変更してください。',
)

fam("chat_ko",
    '민준: 내 번호 ⟦phone:kr⟧ 로 연락줘',
    '지수: 이메일은 ⟦email:jisoo.park@naver.com⟧ 이에요. 회사 메일(⟪exmail:jisoo⟫)은 테스트용!',
    '고객센터: 생년월일 6자리가 아닌 전체를 입력해 주세요 → 고객: ⟦dob:ko⟧',
    '수진: 카드 ⟦card:mc⟧ 로 결제했는데 승인번호 ⟪rand:dddddddd⟫ 이 안 떠요',
    '관리자: 서버 ⟦ip⟧ 접속 비번 ⟦pw⟧ 공유합니다 (오늘만)',
    '현우: 생일파티 ⟪date:ko⟫ 저녁 7시! 장소 문의 ⟦phone:kr/1⟧',
    '택배 알림: 운송장번호 ⟪rand:dddd-dddd-dddd⟫, 수령인 연락처 ⟦phone:kr~dots⟧',
    '은영: 계좌 말고 이메일로 받을게요 ⟦email:@hanbit-soft.co.kr⟧',
    '[카톡 내보내기] ⟪date:ko⟫ 오후 3:21, 아빠 : 엄마 생일 ⟦dob:ko⟧ 맞지?',
    '개발자: GitHub 토큰 ⟦ghp⟧ 만료됐어요. 새 커밋 ⟪hash:short⟫ 확인 부탁',
)

fam("forms_arabic",
    'استمارة تسجيل\nالاسم: أحمد حسن\nتاريخ الميلاد: ⟦dob:dmy/~ar⟧\nرقم الجوال: ⟦phone:sa~ar⟧\nالبريد الإلكتروني: ⟦email:ahmed.hassan⟧',
    'تحويل بنكي إلى الآيبان ⟦iban:SA⟧ — رقم المرجع ⟪rand:dddddddd⟫ — التاريخ ⟪date:dmy/⟫',
    'طلب توظيف — المتقدم: عمر فاروق، تاريخ الميلاد ⟦dob:iso⟧، رقم الهوية ⟪rand:1dddddddd⟫، الهاتف ⟦phone:eg⟧',
    'فاتورة رقم ⟪ord:inv⟫ — الرجاء الدفع إلى ⟦iban:AE⟧ قبل ⟪date:dmy/⟫. للاستفسار: ⟦phone:ae/1~ar⟧',
    'تنبيه أمني: تم تسجيل الدخول من ⟦ip⟧ في ⟪ts⟫. إذا لم تكن أنت فغيّر كلمة المرور.',
    'العميل: رقم البطاقة ⟦card:visa~ar⟧ والعنوان جدة، حي الروضة',
    'عزيزي العميل، رمز التتبع ⟪trk:s10⟫، هاتف المندوب ⟦phone:sa/1⟧',
    'سجل المريض: الاسم فاطمة الزهراء — تاريخ الميلاد ⟦dob:dmy-⟧ — تاريخ الدخول ⟪date:dmy-⟫',
    'للتواصل: ⟦email:omar.farouk@gmail.com~ent⟧ (مكتوب بترميز HTML في صفحة الموقع)',
    'رقم الهاتف الخاص بالعمل ⟦phone:eg/1⟧، ورقم الفاكس ⟪=+20 2 0000 0000⟫ غير مستخدم',
)

fam("forms_hebrew_persian",
    'טופס הרשמה — שם: נועה לוי; תאריך לידה: ⟦dob:d.m.y⟧; נייד: ⟦phone:il⟧; דוא"ל: ⟦email:noa.levi@co⟧',
    'העברה בנקאית לחשבון ⟦iban:IL⟧, אסמכתא ⟪rand:ddddddd⟫, תאריך ערך ⟪date:dmy/⟫',
    'היי, המספר החדש שלי ⟦phone:il/1⟧ (הישן ⟪=050-0000000⟫ לא פעיל)',
    'فرم ثبت‌نام — نام: رضا کریمی — تاریخ تولد: ⟦dob:fa~fa⟧ — تلفن همراه: ⟦phone:ir/1~fa⟧',
    'رسید پرداخت: شماره کارت ⟪mask:4⟫ — شماره پیگیری ⟪rand:dddddd⟫ — تاریخ ⟪date:iso~fa⟫',
    'תיק רפואי: נולד/ה ב-⟦dob:dmy/⟧, תאריך ביקור ⟪date:dmy/⟫, טלפון לחזרה ⟦phone:il⟧',
    'آدرس سرور ⟦ip⟧ است؛ رمز عبور ⟦pw⟧ — لطفاً در گروه نفرستید.',
    'מייל לחשבוניות: ⟦email:@galil-med.co.il⟧ · ח.פ. ⟪rand:51dddddd d⟫ · תאריך לידה של בעל המניות: ⟦dob:dmy.⟧',
    'کارت به کارت: ⟪rand:6037 99dd dddd dddd⟫ (شماره نمونه از سایت بانک، معتبر نیست)',
)

fam("india_forms_hi",
    'आवेदन पत्र\nनाम: प्रिया शर्मा\nजन्म तिथि: ⟦dob:dmy/⟧\nमोबाइल: ⟦phone:in⟧\nईमेल: ⟦email:priya.sharma⟧',
    'KYC form — Name: Arjun Nair — DOB ⟦dob:dmy-⟧ — PAN ⟪rand:AAAAAddddA⟫ — Mobile ⟦phone:in/1⟧ — Aadhaar ⟪=XXXX XXXX 4821⟫',
    'नमस्ते, मेरा नंबर ⟦phone:in~dev⟧ है, कृपया कॉल करें।',
    'रेलवे आरक्षण: PNR ⟪rand:dddddddddd⟫, यात्री जन्म तिथि ⟦dob:dmy/~dev⟧, संपर्क ⟦phone:in⟧',
    'UPI ID ⟪=rahul.v@okaxis⟫ se payment karo, ya phir mera number ⟦phone:in/1⟧ pe GPay — ref ⟪rand:dddddddddddd⟫',
    'Insurance claim: policyholder born ⟦dob:en-d⟧, claim no. ⟪rand:CLM/dddd/dddddd⟫, email ⟦email:arjun.nair@co⟧',
    'पासवर्ड रीसेट: आपका अस्थायी पासवर्ड ⟦pw⟧ है। इसे किसी से साझा न करें। अनुरोध आईडी ⟪uuid⟫',
    'Bank SMS: A/c XX⟪rand:dddd⟫ debited INR 2,499.00 on ⟪date:en-s⟫ to VPA ⟪=merchant@ybl⟫. Not you? Call ⟦phone:in/1⟧',
    'Hostel admission: student DOB ⟦dob:dmy/⟧, guardian ⟦phone:in⟧, guardian email ⟦email:rpatel@rediffmail.com⟧',
)

fam("sea_chat_vi_th_id",
    'Chị Lan ơi, số em là ⟦phone:vn⟧, email ⟦email:nguyen.thi.lan@gmail.com⟧ nha!',
    'Phiếu đăng ký — Họ tên: Trần Minh — Ngày sinh: ⟦dob:vi⟧ — SĐT: ⟦phone:vn/1⟧ — Mã hồ sơ ⟪rand:HS-|dddddd⟫',
    'ใบสมัครงาน ชื่อ สมชาย ใจดี วันเกิด ⟦dob:th⟧ โทร ⟦phone:th/1⟧ อีเมล ⟦email:somchai.p@co⟧',
    'สวัสดีครับ เบอร์ใหม่ผม ⟦phone:th~th⟧ ครับ',
    'Halo kak, nomor WA saya ⟦phone:id⟧ ya. Resi JNE ⟪rand:CGK|dddddddddddd⟫',
    'Formulir pendaftaran: Nama Dewi Lestari, tanggal lahir ⟦dob:id⟧, email ⟦email:dewi.lestari@co⟧, NIK ⟪=3171xxxxxxxxxxxx⟫',
    'Kak, transfer ke rekening BCA ⟪rand:dddddddddd⟫ a.n. Karya Mandiri ya, konfirmasi lewat chat ini aja',
    'Gửi anh, mật khẩu wifi văn phòng là ⟦pw⟧, IP máy in ⟦ip:priv⟧',
    'กรุณาโอนเงินและแจ้งสลิปที่ ⟦email:billing@siam-dental.co.th⟧ หมายเลขคำสั่งซื้อ ⟪ord:ord⟫ วันที่ ⟪date:th⟫',
    'Pasien: Budi Santoso, lahir ⟦dob:dmy/⟧, kontrol ulang ⟪date:dmy/⟫, HP ⟦phone:id/1⟧',
)

fam("cee_forms_pl_cz_hu",
    'Formularz zgłoszeniowy: Imię i nazwisko: Katarzyna Nowak; Data urodzenia: ⟦dob:dmy.⟧; Telefon: ⟦phone:pl⟧; E-mail: ⟦email:k.nowak@wp.pl⟧',
    'Přihláška: Tomáš Novák, datum narození ⟦dob:cs⟧, tel. ⟦phone:cz⟧, číslo účtu ⟦iban:CZ⟧',
    'Jelentkezési lap — Név: Nagy Eszter — Születési dátum: ⟦dob:hu⟧ — Telefon: ⟦phone:hu⟧ — E-mail: ⟦email:eszter.nagy@freemail.hu⟧',
    'Przelew na konto ⟦iban:PL~nosp⟧ tytułem "czynsz ⟪date:pl⟫"; NIP odbiorcy ⟪=123-456-32-18⟫',
    'Faktura č. ⟪rand:FV|2025dddd⟫, variabilní symbol ⟪rand:dddddddddd⟫, účet ⟦iban:CZ~nosp⟧, splatnost ⟪date:cs⟫',
    'Számla: ⟪rand:ddddddd-ddddd⟫ — fizetés a ⟦iban:HU⟧ számlára, határidő ⟪date:hu⟫',
    'Zgłoszenie reklamacyjne ⟪rand:RK/dddd/dd⟫ — klient ur. ⟦dob:pl⟧, kontakt ⟦phone:pl/1⟧',
    'Hibajegy: a ⟦ip⟧ címről ⟪rand:ddd⟫ sikertelen bejelentkezés, felhasználó ⟦email:marek.horvath@co⟧',
    'Wniosek o kartę: numer karty ⟦card:visa⟧, PIN wysłany osobno, numer klienta ⟪rand:dddddddd⟫',
)

fam("turkish_greek_messages",
    'Merhaba, numaram ⟦phone:tr⟧, e-posta adresim ⟦email:ayse.yilmaz@co⟧. Sipariş no: ⟪ord:ord⟫',
    'Başvuru formu — Ad Soyad: Mehmet Demir — Doğum tarihi: ⟦dob:dmy.⟧ — Telefon: ⟦phone:tr/1⟧',
    'Kira ödemesi için IBAN: ⟦iban:TR⟧ (Alıcı: Anatolia Tekstil). Açıklamaya daire no ⟪rand:dd⟫ yazınız.',
    'Fatura ⟪ord:inv⟫ — ödeme ⟦iban:TR~nosp⟧ hesabına, vade ⟪date:tr⟫; örnek IBAN ⟪badiban:TR⟫ kullanmayın',
    'Αίτηση — Ονοματεπώνυμο: Ελένη Παπαδοπούλου — Ημερομηνία γέννησης: ⟦dob:el⟧ — ΑΦΜ ⟪rand:ddddddddd⟫',
    'Πληρωμή στο ⟦iban:GR⟧, αιτιολογία: ενοίκιο ⟪date:el⟫',
    'Doğum günü partisi ⟪date:tr⟫ cumartesi! Katılım için ⟦phone:tr/1⟧ arayın.',
    'Müşteri: kart numaram ⟦card:mc~sp:4⟧ ama işlem ⟪rand:dddddddd⟫ reddedildi',
    'Σύνδεση από ⟦ip⟧ στις ⟪ts⟫ — αν δεν ήσουν εσύ, άλλαξε τον κωδικό ⟪=******⟫',
    'Hasta kaydı: doğum tarihi ⟦dob:tr⟧, muayene tarihi ⟪date:tr⟫, iletişim ⟦email:@anatolia-tekstil.com.tr⟧',
)

fam("nordic_messages",
    'Hej! Mitt nya nummer är ⟦phone:se⟧. Betala hyran till ⟦iban:SE⟧ senast ⟪date:sv⟫.',
    'Faktura ⟪ord:inv⟫ — Bankgiro ⟪rand:ddd-dddd⟫ — IBAN ⟦iban:SE~nosp⟧ — OCR-nummer ⟪rand:ddddddddddd⟫',
    'Hei, kontonummeret mitt er ⟪rand:dddd.dd.ddddd⟫ (IBAN ⟦iban:NO⟧), ring meg på ⟦phone:no⟧',
    'Kære kunde, vi har registreret din konto ⟦iban:DK⟧. Spørgsmål? Ring ⟦phone:dk⟧',
    'Moi, numeroni on ⟦phone:fi⟧ ja sähköposti ⟦email:aino.virtanen@co⟧. Tilinumero ⟦iban:FI⟧',
    'Personnummer skickas inte här; födelsedatum räcker: ⟦dob:iso⟧. Ärende ⟪rand:dddddd⟫',
    'Syntymäaika ⟦dob:d.m.y⟧, asiakasnumero ⟪rand:dddddddd⟫, yhteydenotto ⟦phone:fi/1⟧',
    'Påminnelse: jubileumsfest ⟪date:sv⟫, svara till ⟦email:sanna.k@live.se⟧',
    'Fødselsdato: ⟦dob:dmy.⟧ · Kundenr. ⟪rand:dddddd⟫ · oprettet ⟪date:dmy.⟫',
)

fam("security_incident_reports",
    'IOC list (defanged):\n- C2: ⟦ip~defang⟧:8443\n- Staging: hxxp://⟦ip~defang⟧/loader.bin\n- Sample SHA256: ⟪hash:sha256⟫\n- Doc example (ignore): ⟪docip⟫',
    'Incident ⟪rand:IR-|2025-ddd⟫: phishing from ⟦email:billing-update@co~brkt⟧ spoofing our CFO; reply-to ⟦email~brkt⟧. Mail server ⟦ip~defang2⟧.',
    'SIEM alert: 57 failed SSH logins from ⟦ip⟧ (AS14061) to bastion ⟦ip:priv⟧ between ⟪ts:z⟫ and ⟪ts:z⟫',
    'Firewall rule change: allow ⟦ip⟧/32 → ⟦ip:priv⟧:5432; deny ⟪docip⟫/24 (test). Netmask ⟪netmask⟫ on VLAN ⟪rand:ddd⟫.',
    'Leaked credential found on paste site: user ⟦email:@meridian-bank.com⟧ / pass ⟦pw⟧. Hash of paste: ⟪hash:md5⟫.',
    'CVE-⟪rand:2025-ddddd⟫ exploitation attempts observed from ⟦ip:6⟧ and ⟦ip⟧; WAF rule ⟪rand:9ddddd⟫ triggered.',
    'Suspicious login: IP ⟦ip~defang⟧ geolocated to ⟪coord⟫, user agent Chrome/⟪ver:4⟫. Resolver queried: ⟪resolver:1.1.1.1⟫',
    'YARA hit in /tmp/.x/config: aws_access_key_id = ⟦aws⟧, region us-east-1, beacon ⟦ip⟧',
    'Threat intel: actor uses mailbox ⟦email:@co~paren⟧ and Telegram bot ⟦tg⟧ for exfil. Bot ID ⟪rand:ddddddddd⟫ (public).',
    'Pentest finding F-⟪rand:dd⟫: default credentials admin/⟦pw⟧ on printer at ⟦ip:priv⟧ (firmware ⟪ver:3⟫)',
    'DFIR timeline\n⟪ts:z⟫ RDP logon from ⟦ip⟧ user svc_backup\n⟪ts:z⟫ rclone.exe copy to mega: account ⟦email⟧\n⟪ts:z⟫ logs cleared (EventID 1102)',
)

fam("urls_query_strings",
    'https://app.quillsoft.io/invite/accept?email=⟦email~pct⟧&token=⟦key:40⟧&utm_source=newsletter',
    'GET /api/v1/users/search?phone=⟦phone:us/0~pct⟧&limit=20 HTTP/1.1\nHost: crm.internal\nX-Request-ID: ⟪uuid⟫',
    'https://wa.me/⟦phone:br/0~nosp⟧?text=Ol%C3%A1%2C%20tenho%20interesse',
    'Redirecting to https://login.example-sso.com/callback?code=⟪rand:cccccccccccccccc⟫&state=⟪hash:md5⟫#access_token=⟦jwt⟧',
    '<a href="mailto:⟦email:@co⟧?subject=Rechnung%20⟪ord:inv⟫">Kontakt</a> · <a href="tel:⟦phone:de/0~nosp⟧">Anrufen</a>',
    'https://maps.google.com/?q=⟪coord⟫&z=15 — shared by ⟦email⟧',
    'webhook: POST https://hooks.zapier.com/hooks/catch/⟪rand:ddddddd⟫/⟪rand:cccccc⟫/ body=name%3DAnna%26iban%3D⟦iban:DE~nosp~pct⟧',
    'Referer: https://shop.acme.com/checkout?cc=⟦card:visa~nosp⟧&exp=0928 (legacy form leaked PAN in query string!)',
    'https://www.facebook.com/sharer.php?u=https%3A%2F%2Fblog.acme.com%2Fpost%2F⟪rand:ddddd⟫&ref=⟪hash:short⟫',
    'sftp://backup:⟦pw⟧@⟦ip⟧:22/var/backups — mounted ⟪ts⟫',
    'https://api.mapbox.com/styles/v1/acme?access_token=⟦key:48⟧&v=⟪ver:3⟫',
    'intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;S.browser_fallback_url=https%3A%2F%2Facme.com%2F%3Fref%3D⟦email~pctall⟧;end',
)

fam("encoded_payloads",
    'X-User-Email: ⟦email~b64⟧\nX-Trace: ⟪hash:sha1⟫\nX-Forwarded-Proto: https',
    'Authorization: Basic ⟦basic:admin⟧\nUser-Agent: curl/⟪ver:3⟫',
    '{"event":"lead.created","data":"⟦email~b64⟧","sig":"⟪hash:sha256⟫","ts":⟪ts:epoch⟫}',
    'Cookie: session=⟦key:64⟧; _ga=GA1.2.⟪rand:dddddddddd⟫.⟪ts:epoch⟫; theme=dark',
    'data:text/plain;base64,⟦phone:uk~nosp~b64⟧',
    'email=%22⟦email~pct⟧%22&phone=⟦phone:fr~pct⟧&consent=true',
    '"contact":"\\u0041nna" is fine; the real field is "email":"⟦email:anna.k@co~ju⟧"',
    'SAMLResponse excerpt: <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">⟦email:@co⟧</saml:NameID> <ds:DigestValue>⟪rand:cccccccccccccccccccccccccccc=⟫</ds:DigestValue>',
    'Kafka message key=⟪uuid⟫ value={"card":"⟦card:visa~nosp~b64⟧","amount":1999}',
    'Authorization: Bearer ⟦jwt⟧\nX-Api-Version: ⟪=2024-10-01⟫',
    'password reset link: https://auth.acme.com/reset?u=⟦email~b64⟧&t=⟪hash:sha256⟫',
    'ENV dump (base64): DB_PASS=⟦pw:strong~b64⟧ BUILD=⟪hash:short⟫',
)

fam("xml_soap",
    '<soapenv:Envelope><soapenv:Body><ns:CreateCustomer><ns:Email>⟦email⟧</ns:Email><ns:SSN>⟦ssn⟧</ns:SSN><ns:RequestId>⟪uuid⟫</ns:RequestId></ns:CreateCustomer></soapenv:Body></soapenv:Envelope>',
    '<PaymentRequest><Card><Number>⟦card:visa~nosp⟧</Number><Expiry>⟪=2028-04⟫</Expiry></Card><MerchantRef>⟪ord:ord⟫</MerchantRef></PaymentRequest>',
    '<wsse:Security><wsse:UsernameToken><wsse:Username>svc_claims</wsse:Username><wsse:Password Type="PasswordText">⟦pw:strong⟧</wsse:Password></wsse:UsernameToken></wsse:Security>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CdtTrfTxInf><CdtrAcct><Id><IBAN>⟦iban:FR~nosp⟧</IBAN></Id></CdtrAcct><CdtrAgt><FinInstnId><BIC>⟪bic:BNPAFRPP⟫</BIC></FinInstnId></CdtrAgt></CdtTrfTxInf></Document>',
    '<Patient><Name>Julia Weber</Name><BirthDate>⟦dob:iso⟧</BirthDate><AdmitDate>⟪date:iso⟫</AdmitDate><Phone>⟦phone:ch⟧</Phone></Patient>',
    '<Employee id="⟪rand:ddddd⟫"><TaxId type="SSN">⟦ssn⟧</TaxId><TaxId type="EIN">⟪ein⟫</TaxId></Employee>',
    '<?xml version="1.0"?><config><smtp host="⟦ip:priv⟧" user="mailer" password="⟦pw⟧"/><version>⟪ver:3⟫</version></config>',
    '<Transaction><Pan>⟪mask:5⟫</Pan><Token>⟪rand:tok_|cccccccccccccccccccc⟫</Token><Amount>12.00</Amount></Transaction>',
    '<ContactPoint system="phone" value="⟦phone:uk/0⟧"/><ContactPoint system="email" value="⟦email:@co⟧"/><Identifier value="⟪uuid⟫"/>',
    '<ns2:CardHolder><ns2:Pan>⟦card:amex~nosp⟧</ns2:Pan><ns2:Ssn>⟦ssn⟧</ns2:Ssn></ns2:CardHolder>',
    '<appSettings><add key="ApiKey" value="⟦key:32⟧"/><add key="ApiKeyExample" value="⟪=YOUR_API_KEY_HERE⟫"/></appSettings>',
)

fam("ci_git_logs",
    'commit ⟪hash:sha1⟫\nAuthor: Alex Chen <⟦email:alex.chen@quillsoft.io⟧>\nDate:   ⟪=Mon Mar 3 14:22:01 2025 +0100⟫\n\n    fix: remove hardcoded key ⟦ghp⟧',
    '##[group]Run actions/checkout@v4\n  token: ***\n##[endgroup]\nWarning: echo of secret detected: ⟦npm⟧ (masked in future runs)',
    'Step 7/12 : RUN pip install -r requirements.txt --extra-index-url https://__token__:⟦pypi⟧@pypi.acme.internal/simple',
    '[Pipeline] sh\n+ curl -sSf -X POST ⟦slackhook⟧ -d \'{"text":"Deploy ⟪ver:v3⟫ done"}\'',
    'Merge pull request #⟪rand:dddd⟫ from acme/renovate/lodash-⟪ver:3⟫\n\n    chore(deps): bump lodash from ⟪ver:3⟫ to ⟪ver:3⟫ (lockfile integrity ⟪hash:sha1⟫)',
    'gitleaks: Finding: aws_secret_access_key = ⟦awss⟧\nRuleID: aws-secret  Commit: ⟪hash:sha1⟫  Author: ⟦email:dkowalski@co⟧',
    'Runner ⟪rand:dddddd⟫ on ⟦ip⟧ registered with token ⟦glpat⟧ (tags: docker, eu)',
    'Signed-off-by: Marek Horváth <⟦email:marek.horvath@co⟧>\nReviewed-by: ⟪exmail:reviewer⟫\nChange-Id: I⟪hash:sha1⟫',
    'error: failed to push some refs to \'https://oauth2:⟦glpat⟧@gitlab.com/acme/infra.git\'',
    'Step 3/9 : ENV DO_TOKEN=⟦dop⟧\n ---> Running in ⟪hash:short⟫⟪rand:xxxxx⟫',
    'Downloading https://registry.npmjs.org/left-pad/-/left-pad-⟪ver:3⟫.tgz (integrity sha512-⟪rand:cccccccccccccccccccccccccccccccccccccccccccccccc==⟫)',
    'TF plan: ~ aws_db_instance.main\n    password = (sensitive value)\n    endpoint = "⟦ip:priv⟧:5432"\n  # var.db_password was "⟦pw:phrase⟧" in tfvars committed at ⟪hash:short⟫',
)

fam("hard_negatives_release_notes",
    'Release ⟪ver:v3⟫ (⟪date:iso⟫)\n- bump openssl to ⟪ver:3⟫\n- fix crash on Android ⟪ver:3⟫ (build ⟪rand:ddddddd⟫)\n- docker image sha256:⟪hash:sha256⟫',
    'Order ⟪ord:amz⟫ shipped via ⟪trk:ups⟫; return label ⟪trk:usps⟫; gift card ⟪gift⟫ applied.',
    'ISBN ⟪isbn⟫ · EAN ⟪ean⟫ · ASIN ⟪rand:B0cccccccc⟫ · Lot ⟪rand:L|dddddd⟫ · Exp ⟪date:iso⟫',
    'Server time ⟪ts:z⟫ (epoch ⟪ts:epoch⟫, ms ⟪ts:epochms⟫) · request ⟪uuid⟫ · trace ⟪hash:sha1⟫',
    'Bank routing (ABA) ⟪aba⟫ · sort code ⟪sort⟫ · BIC ⟪bic⟫ · Twilio SID ⟪twsid⟫ · AWS account ⟪acct⟫',
    'Docs example values: email ⟪exmail⟫, phone ⟪555:us⟫, card ⟪testcc⟫, SSN ⟪ssnex⟫, NINO ⟪qq⟫, IBAN ⟪sampleiban⟫, key ⟪akiaex⟫',
    'Device: IMEI ⟪imei⟫, MAC ⟪mac⟫, serial ⟪rand:F2Lcccccccccc⟫, firmware ⟪ver:4⟫, OID ⟪oid⟫',
    'Invalid test data used by the validator suite: card ⟪badcc:visa⟫, card ⟪badcc:amex⟫, IBAN ⟪badiban:DE⟫, IBAN ⟪badiban:FR⟫, SSN ⟪badssn:000⟫, SSN ⟪badssn:666⟫, NINO ⟪badnino:f⟫',
    'Coordinates ⟪coord⟫ → ⟪coord⟫; VIN ⟪vin⟫; plate ⟪rand:AA-dddd⟫; flight LH ⟪rand:ddd⟫ departs ⟪ts⟫',
    'Config reference: token: ⟪=${API_TOKEN}⟫, password: ⟪={{ vault "db/password" }}⟫, key: ⟪=<YOUR_KEY>⟫, secret: ⟪=xxxxxxxxxxxxxxxx⟫',
    'age recipient ⟪age⟫ · ssh host key ⟪sshpub:ed⟫ · ARN ⟪arn⟫ · Mongo _id ⟪objid⟫',
    'Public cert attached:\n⟪pubkey:cert⟫\nFingerprint SHA1 ⟪hash:sha1~upper⟫',
    'Prices: €1.234,56 · ₹12,34,567 · ¥⟪rand:ddd,ddd⟫ · invoice ⟪ord:inv⟫ due ⟪date:en⟫ · PO ⟪ord:po⟫ · ticket ⟪rand:JIRA-|dddd⟫',
    'The ITIN ⟪itin⟫ and EIN ⟪ein⟫ on this W-9 are not SSNs; the SSN field was left blank; invalid SSN ⟪badssn:g00⟫ rejected.',
)

fam("uk_payroll_hmrc",
    'P60 End of Year Certificate\nEmployee: Margaret Hughes\nNational Insurance number: ⟦nino⟧\nEmployer PAYE reference: ⟪rand:123/A|ddddd⟫\nTax year to 5 April 2025',
    'Starter checklist: NI number ⟦nino:plain⟧, date of birth ⟦dob:dmy/⟧, student loan plan ⟪=2⟫, start date ⟪date:dmy/⟫',
    'Payroll import CSV\nemp_no,ni_number,tax_code,bank_sort,bank_acct\n⟪rand:dddd⟫,⟦nino:plain⟧,1257L,⟪sort⟫,⟪rand:dddddddd⟫\n⟪rand:dddd⟫,⟦nino:plain⟧,BR,⟪sort⟫,⟪rand:dddddddd⟫',
    'HMRC letter ref ⟪rand:ddd/dddd/ddddd⟫: your NI number ⟦nino⟧ has been matched. Example on leaflet: ⟪qq⟫.',
    'Hi HR, my NINO is ⟦nino:~lower⟧ (sorry, lowercase) and my new IBAN is ⟦iban:GB⟧',
    'Payslip — NI No: ⟦nino⟧ · NI category ⟪=A⟫ · Pay period ⟪date:dmy/⟫ · Net pay £2,431.18',
    'Universal Credit journal: claimant born ⟦dob:en-d⟧, NINO ⟦nino:~nbsp⟧, appointment ⟪date:en-d⟫',
    'P45 part 1A: Employee NI ⟦nino⟧ · Leaving date ⟪date:dmy/⟫ · Works number ⟪rand:dddd⟫',
    'Self Assessment UTR ⟪rand:ddddd ddddd⟫, NI ⟦nino:~zw⟧, agent ref ⟪rand:A|ddddd⟫',
    'Pension auto-enrolment: member ⟦nino⟧, scheme ref ⟪rand:PSTR|dddddddd⟫, email ⟦email:@oakridge-hr.com⟧',
    'Validation errors: NI ⟪badnino:s⟫ (invalid 2nd letter), NI ⟪badnino:x⟫ (suffix), NI ⟪badnino:p⟫ (prefix). Valid: ⟦nino⟧.',
    'Employee record: Tel ⟦phone:uk⟧, NI ⟦nino:~fw⟧ (entered via Japanese keyboard), DOB ⟦dob:dmy/⟧',
)

fam("us_tax_benefits",
    'Form W-4 (⟪rand:2025⟫) Step 1: (a) First name Jenna  Last name Miller  (b) Social security number ⟦ssn⟧',
    '1099-NEC — PAYER\'S TIN ⟪ein⟫ — RECIPIENT\'S TIN ⟦ssn⟧ — Account number ⟪rand:dddddddd⟫',
    'Medicaid application: Applicant SSN ⟦ssn:~nosp⟧, DOB ⟦dob:mdy/⟧, household size 3, phone ⟦phone:us⟧',
    'Dependents: 1) Liam, SSN ⟦ssn⟧; 2) Ava, ITIN ⟪itin⟫ (not an SSN); 3) example ⟪ssnex:woolworth⟫ from the old wallet card',
    'SSA letter: We received your request for a replacement card for number ⟦ssn:~sp:3⟧',
    'Payroll exception: SSN ⟪badssn:9xx⟫ failed validation (area 9xx), SSN ⟪badssn:s0000⟫ failed (serial 0000); corrected: ⟦ssn⟧',
    'FAFSA: student SSN ⟦ssn⟧, parent SSN ⟦ssn⟧, submitted ⟪date:mdy/⟫, confirmation ⟪rand:F|ddddddddd⟫',
    'Chat: "hey what\'s your social again for the lease?" "⟦ssn:~dots⟧" "thx"',
    'IRS Form 8821: Taxpayer identification number ⟦ssn⟧; Designee CAF No. ⟪rand:dddd-ddddd⟫; tax years ⟪=2022-2024⟫',
    'Unemployment claim ⟪rand:UI-|ddddddd⟫: claimant SSN ⟦ssn:~zw⟧, last employer EIN ⟪ein⟫, benefit year begins ⟪date:mdy/⟫',
    'W-2 box a: ⟦ssn⟧ | box b: ⟪ein⟫ | box 1: 64,210.00 | box d control: ⟪rand:ddddd⟫',
    'Credit report request — SSN ⟦ssn⟧ — DOB ⟦dob:mdy/⟧ — previous address since ⟪date:mdy/⟫',
)

fam("crm_csv_export",
    'id,first_name,last_name,email,phone,created\n⟪rand:ddddd⟫,Lucía,Fernández,⟦email:lucia.fernandez⟧,⟦phone:es⟧,⟪ts⟫',
    '"contact_id";"email";"mobile";"opt_in"\n"⟪uuid⟫";"⟦email:@co⟧";"⟦phone:de/0⟧";"true"\n"⟪uuid⟫";"⟪exmail⟫";"⟪555:intl⟫";"false"',
    'Export HubSpot — ⟦email:sophie.martin⟧, ⟦phone:fr⟧, lifecycle=lead, owner ⟪rand:dddddddd⟫',
    'Salesforce Lead ⟪rand:00Q|ccccccccccccccc⟫ | Email: ⟦email:kwame.asante@co⟧ | Phone: ⟦phone:ng⟧ | Rating: Hot',
    'duplicate check: ⟦email:emma.wilson@quillsoft.io=E⟧ vs ⟦email:EMMA.WILSON@QUILLSOFT.IO⟧ — merged into ⟪objid⟫',
    'Bounce list (⟪date:iso⟫): ⟦email⟧; ⟦email⟧; ⟪=MAILER-DAEMON⟫',
    'customer_notes: "prefers WhatsApp ⟦phone:pt⟧, don\'t call ⟦phone:pt/1⟧ after 8pm"',
    'Import error row ⟪rand:ddd⟫: phone "⟪=+44 20 7946 0000⟫" flagged as Ofcom drama number; email "⟪exmail:a.b⟫" flagged as example domain',
    'lead.json: {"email":"⟦email:thandiwe.m@co⟧","phone":"⟦phone:za/1⟧","ip":"⟦ip⟧","consent_ts":"⟪ts:z⟫"}',
)

fam("latam_chat_pt_es",
    'Oi! Meu zap é ⟦phone:br⟧, me chama lá. Pedido ⟪ord:ord⟫ ainda não chegou.',
    'Cliente: o número do cartão é ⟦card:mc⟧, validade ⟪=05/29⟫. Atendente: por segurança não informe o CVV.',
    'Hola, mi cel es ⟦phone:mx⟧ y mi correo ⟦email:diego.lopez@co~es⟧',
    'Pagué con la tarjeta ⟦card:visa~dash⟧ pero el cargo ⟪rand:dddddddd⟫ aparece dos veces',
    'Chave PIX: ⟦phone:br/0~nosp⟧ (celular) — ou e-mail ⟦email:joao.silva@gmail.com⟧',
    'Comprobante: tarjeta ⟪mask:2⟫, autorización ⟪rand:dddddd⟫, fecha ⟪date:dmy/⟫',
    'Mi número es ⟦phone:ar⟧ — el de atención al cliente no contesta nunca',
    'Atenção: boleto ⟪rand:ddddd.ddddd ddddd.dddddd ddddd.dddddd d dddddddddddddd⟫ vence ⟪date:dmy/⟫',
    'Por favor cobrar en mi tarjeta débito ⟦card:maestro⟧; la anterior ⟪badcc:visa⟫ tenía un error',
    'Cliente nascido em ⟦dob:pt⟧ solicita segunda via do cartão ⟦card:elo⟧',
)


# =====================================================================================
def main(path="set.txt"):
    lines = ["# pii-c12 blind evaluation set (written without reference data). Generated by gen.py, seed 12617.",
             "# Format: see pii_format.md. Regenerate: python3 gen.py", ""]
    seen = set()
    for name, tpls in FAMILIES:
        body, n_look = [], 0
        for t in tpls:
            if t in seen:
                raise SystemExit("template reused in " + name)
            seen.add(t)
            segs, n = render(t, name)
            n_look += n
            body.append(serialize(segs))
        lines.append("# family: " + name)
        lines.append("# look-alikes: %d" % n_look)
        lines.extend(body)
        lines.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    print("wrote %s: %d families, %d samples" % (path, len(FAMILIES), sum(len(t) for _, t in FAMILIES)))


if __name__ == "__main__":
    main(*(sys.argv[1:2]))
