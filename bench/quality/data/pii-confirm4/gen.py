#!/usr/bin/env python3
"""Deterministic generator for the pii-c4 blind PII/secret evaluation set.

Writes set.txt next to this file.  Standard library only, fixed seed 4204,
no clock, no hash-order dependence: two runs give byte-identical output.

Markup: {{kind:text}} marks a labelled span; everything else is negative.
Escapes written to set.txt: \\n newline, \\t tab, \\uXXXX any character
(used for invisible / full-width / control characters and for backslash).
"""
import base64
import datetime
import json
import os
import random
import string
import unicodedata
import uuid

SEED = 4204
R = random.Random(SEED)
KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
DIG = '0123456789'
HEX = '0123456789abcdef'
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
AL = string.ascii_letters + DIG
B64 = AL + '+/'
B64U = AL + '-_'
ZW = '\u200b'      # zero-width space
ZWJ = '\u200d'     # zero-width joiner
WJ = '\u2060'      # word joiner
NBSP = '\u00a0'
SHY = '\u00ad'     # soft hyphen

LA = [0]           # look-alike counter for the current family


def la(x):
    """Mark (count) an unlabelled look-alike item; returns it unchanged."""
    LA[0] += 1
    return x


def L(kind, text):
    assert kind in KINDS, kind
    assert '{{' not in text and '}}' not in text and not text.endswith('}'), text
    return '{{%s:%s}}' % (kind, text)


def d(n):
    return ''.join(R.choice(DIG) for _ in range(n))


def dnz(n):
    return R.choice('123456789') + d(n - 1)


def rs(n, alpha=AL):
    return ''.join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def fw(s):
    """Full-width form of ASCII digits/letters/punctuation."""
    out = []
    for c in s:
        if '!' <= c <= '~':
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        else:
            out.append(c)
    return ''.join(out)


def uuid4():
    return str(uuid.UUID(bytes=rbytes(16), version=4))


# --------------------------------------------------------------------------
# people, domains, e-mail
# --------------------------------------------------------------------------
FIRST = ['Amara', 'Bastian', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi',
         'Ingrid', 'Jonas', 'Keisha', 'Luca', 'Mei', 'Nikhil', 'Olga', 'Pedro',
         'Quentin', 'Rosa', 'Sven', 'Tamsin', 'Umar', 'Valeria', 'Wen', 'Xavier',
         'Yusuf', 'Zofia', 'Aoife', 'Bram', 'Chidi', 'Dolores', 'Émile', 'Søren',
         'Priya', 'Mateus', 'Linnea', 'Kwame']
LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Petrov', 'Haddad', 'Tanaka', 'Kowalski',
        'Brennan', 'Achterberg', 'Santos', 'Nakamura', 'Fitzgerald', 'Oyelaran',
        'Delacroix', 'Varga', 'Rao', 'Zhao', 'Halvorsen', 'Castellano', 'Whitcombe',
        'Dunmore', 'Ferreira', 'Okonkwo', 'Marchetti', 'Eriksen', 'Quayle',
        'Thornbury', 'Vasquez']
DOMS = ['kestrel-mail.test', 'northwind-lab.example', 'bluefinch.example', 'orbitel.test',
        'harborview-clinic.example', 'quillstone.test', 'tallowmere.example',
        'corvid-analytics.test', 'fjordline-bank.example', 'pebblecart.test',
        'ironbark-logistics.example', 'sunmill.test', 'lumen-hr.example',
        'mail.brackenfold.example', 'glasswing.test', 'copperleaf-energy.example',
        'post.vintra.test']
FOLD = {'ø': 'o', 'æ': 'ae', 'ß': 'ss', 'å': 'a'}


def fold(s):
    s = ''.join(FOLD.get(c, c) for c in s.lower())
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def person():
    return R.choice(FIRST), R.choice(LAST)


def name():
    f, l = person()
    return f + ' ' + l


def mail(f=None, l=None, dom=None):
    if f is None:
        f, l = person()
    f, l = fold(f), fold(l)
    dom = dom or R.choice(DOMS)
    local = R.choice([f + '.' + l, f + l, f + '_' + l, f[0] + l, f + '.' + l[0],
                      f + str(R.randint(2, 98)), l + '.' + f])
    return local + '@' + dom


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
def tel(cc, st=None):
    c = R.choice
    if cc in ('us', 'ca'):
        area = c(['212', '312', '415', '503', '617', '702', '206', '303', '512', '919', '404', '614']
                 if cc == 'us' else ['604', '416', '514', '403', '613'])
        ex, ln = '555', '01%02d' % R.randint(0, 99)
        if R.random() < 0.35:
            ex, ln = str(R.randint(201, 989)), d(4)
        st = st or c(['paren', 'dash', 'dot', 'intl', 'intl_dash'])
        return {'paren': '(%s) %s-%s' % (area, ex, ln), 'dash': '%s-%s-%s' % (area, ex, ln),
                'dot': '%s.%s.%s' % (area, ex, ln), 'intl': '+1 %s %s %s' % (area, ex, ln),
                'intl_dash': '+1-%s-%s-%s' % (area, ex, ln), 'e164': '+1%s%s%s' % (area, ex, ln),
                'intl_paren': '+1 (%s) %s-%s' % (area, ex, ln),
                'tollfree': '1-800-555-01%02d' % R.randint(0, 99)}[st]
    if cc == 'uk':
        st = st or c(['london', 'london_intl', 'mobile', 'mobile_intl', 'manc', 'paren0'])
        x = '%03d' % R.randint(0, 999)
        return {'london': '020 7946 0' + x, 'london_intl': '+44 20 7946 0' + x,
                'mobile': '07700 900' + x, 'mobile_intl': '+44 7700 900' + x,
                'manc': '0161 496 0' + x, 'paren0': '+44 (0)20 7946 0' + x,
                'e164': '+4477009' + '00' + x}[st]
    if cc == 'de':
        st = st or c(['intl', 'nat', 'mob_intl', 'mob_nat', 'munich'])
        return {'intl': '+49 30 %s %s' % (d(4), d(4)), 'nat': '030 ' + d(8),
                'mob_intl': '+49 151 %s %s' % (d(4), d(4)), 'mob_nat': '0151 ' + d(8),
                'munich': '089 %s %s' % (d(3), d(4)), 'slash': '+49/30/' + d(7)}[st]
    if cc == 'fr':
        p = [d(2) for _ in range(4)]
        st = st or c(['nat', 'intl', 'dots'])
        lead = c(['1', '4', '6', '7'])
        return {'nat': '0%s %s' % (lead, ' '.join(p)), 'intl': '+33 %s %s' % (lead, ' '.join(p)),
                'dots': '0%s.%s' % (lead, '.'.join(p)), 'paren': '+33 (0)%s.%s' % (lead, '.'.join(p))}[st]
    if cc == 'nl':
        st = st or c(['mob_nat', 'mob_intl', 'ams'])
        return {'mob_nat': '06-' + d(8), 'mob_intl': '+31 6 ' + d(8),
                'ams': '020-%s %s' % (d(3), d(4))}[st]
    if cc == 'es':
        st = st or c(['mob', 'land'])
        return {'mob': '+34 6%s %s %s' % (d(2), d(3), d(3)), 'land': '91%s %s %s' % (d(1), d(3), d(3))}[st]
    if cc == 'it':
        st = st or c(['rome', 'mob', 'milan'])
        return {'rome': '+39 06 %s %s' % (d(4), d(4)), 'mob': '+39 34%s %s %s' % (d(1), d(3), d(4)),
                'milan': '02 %s %s' % (d(4), d(4))}[st]
    if cc == 'in':
        st = st or c(['intl', 'nat'])
        return {'intl': '+91 9%s %s' % (d(4), d(5)), 'nat': '09%s %s' % (d(4), d(5))}[st]
    if cc == 'au':
        st = st or c(['mob', 'mob_intl', 'syd', 'syd_intl'])
        return {'mob': '0491 570 1%02d' % R.randint(0, 99), 'mob_intl': '+61 491 570 1%02d' % R.randint(0, 99),
                'syd': '(02) 9%s %s' % (d(3), d(4)), 'syd_intl': '+61 2 9%s %s' % (d(3), d(4))}[st]
    if cc == 'jp':
        st = st or c(['tokyo', 'tokyo_intl', 'mob', 'mob_intl'])
        return {'tokyo': '03-%s-%s' % (d(4), d(4)), 'tokyo_intl': '+81 3-%s-%s' % (d(4), d(4)),
                'mob': '090-%s-%s' % (d(4), d(4)), 'mob_intl': '+81 90-%s-%s' % (d(4), d(4)),
                'osaka': '06-%s-%s' % (d(4), d(4))}[st]
    if cc == 'br':
        st = st or c(['intl', 'nat', 'rio'])
        return {'intl': '+55 11 9%s-%s' % (d(4), d(4)), 'nat': '(11) 9%s-%s' % (d(4), d(4)),
                'rio': '(21) 3%s-%s' % (d(3), d(4))}[st]
    if cc == 'ie':
        st = st or c(['mob_intl', 'mob', 'dub'])
        return {'mob_intl': '+353 87 %s %s' % (d(3), d(4)), 'mob': '087 %s %s' % (d(3), d(4)),
                'dub': '01 %s %s' % (d(3), d(4))}[st]
    if cc == 'za':
        st = st or c(['intl', 'nat', 'cpt'])
        return {'intl': '+27 82 %s %s' % (d(3), d(4)), 'nat': '082 %s %s' % (d(3), d(4)),
                'cpt': '021 %s %s' % (d(3), d(4))}[st]
    if cc == 'mx':
        st = st or c(['intl', 'nat'])
        return {'intl': '+52 55 %s %s' % (d(4), d(4)), 'nat': '55 %s %s' % (d(4), d(4))}[st]
    if cc == 'ch':
        st = st or c(['intl', 'nat', 'mob'])
        return {'intl': '+41 44 %s %s %s' % (d(3), d(2), d(2)), 'nat': '044 %s %s %s' % (d(3), d(2), d(2)),
                'mob': '+41 79 %s %s %s' % (d(3), d(2), d(2))}[st]
    if cc == 'pl':
        st = st or c(['mob', 'waw'])
        return {'mob': '+48 %s%s %s %s' % (c('5678'), d(2), d(3), d(3)), 'waw': '22 %s %s %s' % (d(3), d(2), d(2))}[st]
    if cc == 'se':
        st = st or c(['mob_intl', 'mob', 'sthlm'])
        return {'mob_intl': '+46 70 %s %s %s' % (d(3), d(2), d(2)), 'mob': '070-%s %s %s' % (d(3), d(2), d(2)),
                'sthlm': '08-%s %s %s' % (d(3), d(3), d(2))}[st]
    raise KeyError(cc)


# --------------------------------------------------------------------------
# cards (Luhn)
# --------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for x in DIG:
        if luhn_ok(body + x):
            return x


BRANDS = {'visa': (['4'], 16), 'visa13': (['4'], 13), 'mc': (['51', '52', '53', '54', '55'], 16),
          'mc2': (['2221', '2290', '2510', '2720'], 16), 'amex': (['34', '37'], 15),
          'disc': (['6011', '65', '644'], 16), 'jcb': (['3528', '3541', '3566', '3589'], 16),
          'diners': (['36', '38'], 14), 'up': (['62'], 16), 'up19': (['62'], 19),
          'maestro': (['6759', '5018'], 19)}


def card_num(brand='visa'):
    pre, n = BRANDS[brand]
    p = R.choice(pre)
    body = p + d(n - len(p) - 1)
    return body + luhn_digit(body)


def bad_card_num(brand='visa'):
    good = card_num(brand)
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def fmt_card(num, sep=' '):
    n = len(num)
    if n in (14, 15):
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 13:
        parts = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def card(brand='visa', sep=' '):
    return fmt_card(card_num(brand), sep)


def nonluhn(n, first=None):
    while True:
        s = (first or R.choice('123456789')) + d(n - 1 - (len(first) - 1 if first else 0))
        s = s[:n]
        if len(s) == n and not luhn_ok(s):
            return s


# --------------------------------------------------------------------------
# IBAN (mod 97) with national check digits where simple
# --------------------------------------------------------------------------
def _num36(s):
    return ''.join(str(int(ch, 36)) for ch in s)


def iban_ok(ib):
    s = ''.join(ib.split()).upper()
    return int(_num36(s[4:] + s[:4])) % 97 == 1


ODD_CIN = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def bban(cc):
    if cc == 'DE':
        return d(8) + d(10)
    if cc == 'GB':
        return R.choice(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + d(6) + d(8)
    if cc == 'IE':
        return R.choice(['AIBK', 'BOFI', 'IPBS']) + d(6) + d(8)
    if cc == 'FR':
        b, g, a = d(5), d(5), d(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        return b + g + a + '%02d' % key
    if cc == 'ES':
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            r = 11 - sum(int(ch) * w[i] for i, ch in enumerate(x)) % 11
            return 0 if r == 11 else (1 if r == 10 else r)
        b, g, a = d(4), d(4), d(10)
        return b + g + str(dc('00' + b + g)) + str(dc(a)) + a
    if cc == 'NL':
        bank = R.choice(['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB'])
        while True:
            a = d(9)
            s = sum(int(ch) * (10 - i) for i, ch in enumerate(a))
            x = (-s) % 11
            if x < 10:
                return bank + a + str(x)
    if cc == 'IT':
        rest = d(5) + d(5) + d(12)
        tot = 0
        for i, ch in enumerate(rest):
            v = int(ch)
            tot += ODD_CIN[v] if i % 2 == 0 else v
        return chr(65 + tot % 26) + rest
    if cc == 'BE':
        x = d(10)
        return x + '%02d' % (int(x) % 97 or 97)
    if cc == 'CH':
        return d(5) + d(12)
    if cc == 'AT':
        return d(5) + d(11)
    if cc == 'PL':
        return d(24)
    if cc == 'NO':
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            x = d(10)
            r = 11 - sum(int(ch) * w[i] for i, ch in enumerate(x)) % 11
            r = 0 if r == 11 else r
            if r < 10:
                return x + str(r)
    if cc == 'SE':
        return d(20)
    if cc == 'PT':
        x = d(19)
        return x + '%02d' % (98 - int(x + '00') % 97)
    if cc == 'DK':
        return d(14)
    if cc == 'LU':
        return d(3) + d(13)
    raise KeyError(cc)


def iban(cc, grouped=True):
    b = bban(cc)
    s = cc + '%02d' % (98 - int(_num36(b + cc + '00')) % 97) + b
    assert iban_ok(s)
    return group4(s) if grouped else s


def group4(s):
    s = ''.join(s.split())
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def bad_iban(cc, grouped=True, how=None):
    good = ''.join(iban(cc, False).split())
    how = how or R.choice(['check', 'typo'])
    while True:
        if how == 'check':
            s = good[:2] + '%02d' % ((int(good[2:4]) + R.randint(1, 90)) % 100) + good[4:]
        else:
            i = R.randrange(len(good) - 6, len(good))
            s = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
        if not iban_ok(s):
            return group4(s) if grouped else s


# --------------------------------------------------------------------------
# SSN, NINO
# --------------------------------------------------------------------------
def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)


def ssn(sep='-'):
    return sep.join(ssn_parts())


def bad_ssn(how=None, sep='-'):
    a, g, s = ssn_parts()
    how = how or R.choice(['area0', 'area666', 'area9', 'group0', 'serial0'])
    if how == 'area0':
        a = '000'
    elif how == 'area666':
        a = '666'
    elif how == 'area9':
        a = str(R.randint(900, 999))
    elif how == 'group0':
        g = '00'
    else:
        s = '0000'
    return sep.join((a, g, s))


def ssn_valid(x):
    x = ''.join(ch for ch in x if ch.isdigit())
    if len(x) != 9:
        return False
    a, g, s = int(x[:3]), int(x[3:5]), int(x[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'
NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
NINO_BAD_PRE = ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ')


def nino_parts():
    while True:
        p = R.choice(NINO_A) + R.choice(NINO_B)
        if p not in NINO_BAD_PRE:
            break
    return p, d(2), d(2), d(2), R.choice('ABCD')


def nino(style=None):
    p, a, b, c, s = nino_parts()
    style = style or R.choice(['spaced', 'compact', 'mid'])
    return {'spaced': '%s %s %s %s %s' % (p, a, b, c, s), 'compact': p + a + b + c + s,
            'mid': '%s %s%s%s %s' % (p, a, b, c, s)}[style]


# --------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------
def ip4(kind=None):
    kind = kind or R.choice(['private', 'doc', 'public', 'public'])
    if kind == 'private':
        k = R.randrange(3)
        if k == 0:
            return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if k == 1:
            return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
        return '192.168.%d.%d' % (R.randint(0, 20), R.randint(1, 254))
    if kind == 'doc':
        return R.choice(['192.0.2', '198.51.100', '203.0.113']) + '.%d' % R.randint(1, 254)
    return '%d.%d.%d.%d' % (R.choice([23, 31, 45, 62, 77, 81, 91, 103, 141, 151, 176, 185, 188, 212, 217]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def hx(n=4):
    return ('%x' % R.randrange(16 ** n))


def ip6(kind=None):
    kind = kind or R.choice(['doc', 'doc', 'link', 'ula', 'full'])
    if kind == 'doc':
        return '2001:db8:%s:%s::%s' % (hx(), hx(), hx())
    if kind == 'link':
        return 'fe80::%s:%s:%s:%s' % (hx(), hx(), hx(), hx())
    if kind == 'ula':
        return 'fd%s:%s:%s::%s' % (hx(2).zfill(2), hx(), hx(), hx())
    if kind == 'full':
        return '2001:0db8:' + ':'.join('%04x' % R.randrange(65536) for _ in range(6))
    raise KeyError(kind)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def rdate(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def fdate(dt, st=None):
    st = st or R.choice(['us', 'uk', 'iso', 'long', 'us_long', 'de', 'mon'])
    return {'us': '%02d/%02d/%d' % (dt.month, dt.day, dt.year),
            'uk': '%02d/%02d/%d' % (dt.day, dt.month, dt.year),
            'iso': dt.isoformat(),
            'long': '%d %s %d' % (dt.day, MONTHS[dt.month - 1], dt.year),
            'us_long': '%s %d, %d' % (MONTHS[dt.month - 1], dt.day, dt.year),
            'de': '%02d.%02d.%d' % (dt.day, dt.month, dt.year),
            'mon': '%02d-%s-%d' % (dt.day, MONTHS[dt.month - 1][:3], dt.year),
            'jp': '%d年%d月%d日' % (dt.year, dt.month, dt.day)}[st]


def dob(st=None):
    return fdate(rdate(1941, 2006), st)


def recent(st=None):
    return fdate(rdate(2019, 2026), st)


# --------------------------------------------------------------------------
# secrets (invented values in real provider shapes)
# --------------------------------------------------------------------------
WORDS = ['harbor', 'lantern', 'maple', 'otter', 'quarry', 'velvet', 'cobalt', 'thistle', 'ember',
         'falcon', 'juniper', 'pebble', 'saffron', 'tundra', 'walnut', 'zephyr', 'marble', 'rookery']
SYMS = '!#%&*-_+=?.'


def pw():
    k = R.randrange(4)
    if k == 0:
        core = [R.choice(UPP), R.choice(LOW), R.choice(DIG), R.choice(SYMS)] + [R.choice(AL + SYMS) for _ in range(R.randint(8, 12))]
        R.shuffle(core)
        return ''.join(core)
    if k == 1:
        return R.choice(WORDS).capitalize() + R.choice('!#%&*?') + R.choice(WORDS).capitalize() + d(2)
    if k == 2:
        return '-'.join(R.sample(WORDS, 3)) + '-' + d(2)
    return rs(R.randint(14, 20), AL)


def urlpw():
    return rs(R.randint(14, 22), AL)


def aws_id():
    return 'AKIA' + rs(16, UPP + '234567')


def aws_secret():
    return rs(40, B64)


def ghp():
    return 'ghp_' + rs(36)


def github_pat():
    return 'github_pat_11' + rs(20, UPP + DIG) + '_' + rs(59)


def glpat():
    return 'glpat-' + rs(20, AL + '-_')


def slack_bot():
    return 'xoxb-%s-%s-%s' % (dnz(12), dnz(13), rs(24))


def slack_hook():
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(8, UPP + DIG), rs(10, UPP + DIG), rs(24))


def discord_hook():
    return 'https://discord.com/api/webhooks/%s/%s' % (dnz(18), rs(68, B64U))


def stripe_sk(mode='live'):
    return 'sk_%s_51%s' % (mode, rs(R.choice([24, 40, 96])))


def stripe_rk():
    return 'rk_live_51' + rs(40)


def openai_key():
    return 'sk-proj-' + rs(48, AL + '-_') + 'T3BlbkFJ' + rs(24, AL + '-_')


def anthropic_key():
    return 'sk-ant-api03-' + rs(93, B64U) + 'AA'


def google_key():
    return 'AIza' + rs(35, B64U)


def sendgrid():
    return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U)


def npm_tok():
    return 'npm_' + rs(36)


def pypi_tok():
    return 'pypi-AgEIcHlwaS5vcmc' + rs(R.randint(60, 90), B64U)


def hf_tok():
    return 'hf_' + rs(34, string.ascii_letters)


def dop_tok():
    return 'dop_v1_' + rs(64, HEX)


def shopify_tok():
    return 'shpat_' + rs(32, HEX)


def telegram_tok():
    return '%s:AA%s' % (dnz(10), rs(33, B64U))


def mailgun_key():
    return 'key-' + rs(32, HEX)


def azure_conn():
    return ('DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s==;EndpointSuffix=core.windows.net'
            % (R.choice(['pebblecartprod', 'lumenhrdocs', 'sunmillbackup']), rs(86, B64)))


def pg_url():
    host = R.choice(['db.sunmill.test', 'pg-main.pebblecart.test', 'ledger-db.fjordline-bank.example'])
    return 'postgres://%s:%s@%s:5432/%s' % (R.choice(['app', 'billing_rw', 'svc_orders', 'reporting']),
                                             urlpw(), host, R.choice(['orders', 'billing', 'ledger', 'crm']))


def mongo_url():
    return 'mongodb+srv://%s:%s@cluster0.%s.mongo.quillstone.test/%s?retryWrites=true&w=majority' % (
        R.choice(['api', 'etl', 'admin']), urlpw(), rs(5, LOW + DIG), R.choice(['shop', 'events']))


def redis_url():
    return 'redis://:%s@cache-01.ironbark-logistics.example:6379/0' % urlpw()


def mysql_dsn():
    return '%s:%s@tcp(mysql.tallowmere.example:3306)/%s?parseTime=true' % (
        R.choice(['inventory', 'webapp']), urlpw(), R.choice(['stock', 'cms']))


def amqp_url():
    return 'amqp://worker:%s@mq.corvid-analytics.test:5672/%%2F' % urlpw()


def ado_conn():
    return ('Server=tcp:sql-prod.fjordline-bank.example,1433;Initial Catalog=Ledger;User ID=ledger_rw;'
            'Password=%s;Encrypt=True;' % pw().replace(';', '!'))


def jdbc_url():
    return 'jdbc:sqlserver://sql01.lumen-hr.example:1433;databaseName=hr;user=hr_app;password=%s' % urlpw()


def jwt(alg='HS256'):
    f, l = person()
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256':
        hdr['kid'] = rs(8, HEX)
    iat = 1735689600 + R.randint(0, 9000000)
    pl = {'sub': str(R.randint(10000, 999999)), 'name': fold(f).capitalize() + ' ' + l,
          'role': R.choice(['user', 'admin', 'support']), 'iat': iat, 'exp': iat + 3600}
    sig = b64u(rbytes(32 if alg == 'HS256' else 256))
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + \
        b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + sig


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def ec_key():
    der = (bytes.fromhex('30770201010420') + rbytes(32) +
           bytes.fromhex('a00a06082a8648ce3d030107a144034200') + b'\x04' + rbytes(64))
    return pem('EC PRIVATE KEY', der)


def rsa_key(nbytes=1190):
    der = bytes.fromhex('308204a40201000282010100') + rbytes(nbytes)
    return pem('RSA PRIVATE KEY', der)


def pkcs8_key(nbytes=600):
    der = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7') + rbytes(nbytes)
    return pem('PRIVATE KEY', der)


def openssh_key():
    der = b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + rbytes(230)
    return pem('OPENSSH PRIVATE KEY', der, 70)


def wg_key():
    return base64.b64encode(rbytes(32)).decode()


# --------------------------------------------------------------------------
# misc identifiers for look-alikes
# --------------------------------------------------------------------------
def isbn13():
    while True:
        body = '978' + d(9)
        ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(ck)
        if not luhn_ok(s):
            return s


def ean13():
    while True:
        body = R.choice(['40', '50', '76', '87']) + d(10)
        ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(ck)
        if not luhn_ok(s):
            return s


def nhs_number():
    while True:
        x = d(9)
        r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(x)) % 11
        r = 0 if r == 11 else r
        if r < 10:
            s = x + str(r)
            return '%s %s %s' % (s[:3], s[3:6], s[6:])


def aba():
    while True:
        x = R.choice(['0', '1', '2']) + d(7)
        for c in DIG:
            s = x + c
            v = [int(ch) for ch in s]
            if (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + v[2] + v[5] + v[8]) % 10 == 0:
                return s


def words_digits(s, sep=' ', group_sep=', '):
    W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    groups = s.split()
    return group_sep.join(sep.join(W[int(c)] for c in g) for g in groups)


# ==========================================================================
# families
# ==========================================================================
FAMILY_FUNCS = []


def family(fname):
    def deco(fn):
        FAMILY_FUNCS.append((fname, fn))
        return fn
    return deco


def E(*a, **k):
    return L('email', mail(*a, **k))


def P(cc, st=None):
    return L('phone', tel(cc, st))


def C(brand='visa', sep=' '):
    return L('card', card(brand, sep))


def I(cc, grouped=True):
    return L('iban', iban(cc, grouped))


def S(sep='-'):
    return L('ssn', ssn(sep))


def IP(kind=None):
    return L('ip', ip4(kind))


def IP6(kind=None):
    return L('ip', ip6(kind))


def N(style=None):
    return L('nino', nino(style))


def D(st=None):
    return L('dob', dob(st))


def K(v):
    return L('secret', v)


# ---------------------------------------------------------------- positives
@family('support-chat')
def f_support_chat():
    s = []
    s.append(f"Hi, I can't log in since the update. My account email is {E()} and you can call me back on {P('us')}.")
    s.append(f"Customer: hello?? my parcel never arrived\nAgent: Sorry about that! Which e-mail did you order with?\nCustomer: {E()}\nAgent: Thanks, checking now.")
    s.append(f"[14:02] Visitor: pls text me at {P('uk', 'mobile')} instead, the email keeps bouncing")
    s.append(f"Agent note: customer asked to change contact address from {E()} to {E()}. Identity confirmed via callback to {P('de', 'nat')}.")
    s.append(f"can u refund to the card i paid with? its {C('visa')}")
    s.append(f"Hola, mi correo es {E()} y mi móvil es el {P('es', 'mob')}. ¡Gracias!")
    s.append(f"Caller left callback number {P('de', 'mob_nat')}; prefers to be contacted in German after 4pm.")
    s.append(f"Ticket #{la(d(6))}: user {E()} says 2FA codes never arrive at {P('us', 'paren')}.")
    s.append(f"Hey, I got a mail saying someone signed in from {IP('public')} in a city I've never been to. Account is {E()}. Please lock it!")
    s.append(f"email: {E()}")
    s.append(f"Chat closed by visitor. Rating: 2/5. Comment: \"just call me on {P('au', 'mob')} i hate chat bots\"")
    s.append(f"My bank changed, the new IBAN for refunds is {I('NL')}. The old one can be deleted.")
    s.append(f"Order {la('ORD-2025-' + d(6))} — delivery contact {P('ie', 'mob')}, backup email {E()}")
    s.append(f"Agent (Mei): I've re-sent the reset link to {E()}, can you check your spam folder?\nUser: got it, thx")
    s.append(f"pls cancel my subscription, it's registered under {E()}. card ending {la(d(4))} must not be charged again")
    s.append(f"She's travelling until the 20th; reach her on WhatsApp {P('in', 'intl')} or the landline {P('uk', 'london')}.")
    s.append(f"WhatsApp from {P('br', 'intl')}: \"oi, preciso de ajuda com o meu pedido {la(d(6))}\"")
    s.append(f"Bonjour, pouvez-vous me rappeler au {P('fr', 'nat')} ? Mon adresse : {E()}")
    return s


@family('email-signatures')
def f_signatures():
    s = []
    s.append(f"--\nDolores Varga\nSenior Buyer, Pebblecart Ltd\nT: {P('uk', 'london')} | M: {P('uk', 'mobile')}\n{E('Dolores', 'Varga', 'pebblecart.test')}")
    a, b = mail('Farid', 'Haddad'), mail()
    s.append(f"From: Farid Haddad <{L('email', a)}>\nTo: {L('email', b)}\nSubject: Re: Q3 forecast\nDate: Tue, 4 Mar 2025 09:12:44 +0100")
    s.append(f"Reply-To: {E()}")
    s.append(f"Best regards,\nHiroshi Tanaka | Corvid Analytics\nTel. {P('jp', 'tokyo_intl')} · {E('Hiroshi', 'Tanaka', 'corvid-analytics.test')}")
    s.append(f"Mit freundlichen Grüßen\nJonas Achterberg\nTelefon: {P('de', 'munich')}\nE-Mail: {E('Jonas', 'Achterberg', 'copperleaf-energy.example')}")
    s.append(f"Cc: {E()}, {E()}")
    s.append(f"Sent from my phone. Call {P('us', 'dot')} if it's urgent — Tamsin")
    s.append(f"Cordialement,\nChloé Moreau — Service client\n{P('fr', 'intl')} / {E('Chloé', 'Moreau', 'quillstone.test')}")
    s.append(f"> On 12 Feb 2025, at 17:40, Priya Rao <{E('Priya', 'Rao')}> wrote:\n> Can you send the deck before Friday?")
    s.append(f"Return-Path: <{E()}>\nReceived: from mx2.quillstone.test ({IP('doc')}) by mail.kestrel-mail.test with ESMTPS id {la(rs(12, UPP + DIG))}")
    s.append(f"Saludos,\nValeria Santos\nCalle del Pez 14, Madrid\nTel: {P('es', 'land')}\n{E('Valeria', 'Santos', 'sunmill.test')}")
    s.append(f"Un saluto, Luca — {E('Luca', 'Marchetti')} — {P('it', 'mob')}")
    s.append(f"I'm out of office until Monday 10 March. For anything urgent please contact my colleague at {E()} or {P('nl', 'ams')}.")
    s.append(f"Bcc: {E()}\nX-Originating-IP: [{IP('public')}]\nX-Mailer: Glasswing Mail {la('5.2.0.14')}")
    return s


@family('hr-records')
def f_hr():
    s = []
    s.append(f"New hire checklist — Name: Keisha Brennan | SSN: {S()} | DOB: {D('us')} | Start date: {la(recent('us'))}")
    s.append(f"Employee {la('00' + d(3))} payroll update: please pay salary into {I('DE')} from next month on.")
    s.append(f"Emergency contact for Sven Lindqvist: partner (Linnea), {P('se', 'mob')}")
    s.append(f"W-4 received for Grace Okafor, SSN {S(' ')}, filing status single, no extra withholding.")
    s.append(f"HR note (confidential): Umar Haddad's date of birth is {D('long')}, so he becomes eligible for the early-retirement scheme this year.")
    s.append(f"Name,Employee ID,NI number,Date of birth\nTamsin Brennan,{la('E-' + d(5))},{N('compact')},{D('uk')}\nKwame Okonkwo,{la('E-' + d(5))},{N('compact')},{D('uk')}")
    s.append(f"Please finish the I-9 for Pedro Santos. SSN: {L('ssn', ''.join(ssn_parts()))}")
    s.append(f"Reference check for Aoife Fitzgerald (born {D('long')}); previously at Tallowmere Ltd {la('2016–2021')}.")
    s.append(f"Bank details for expense claims: IBAN {I('GB')}, account holder Ingrid Lindqvist.")
    s.append(f"Leaver form: Bram Achterberg, last working day {la(recent('long'))}. Forward the P45 to {E('Bram', 'Achterberg')}.")
    s.append(f"Payroll mix-up: we ran the March payslip with SSN {S()} but she says hers ends in {la(d(4))}. Please hold the filing.")
    s.append(f"Onboarding Mei Nakamura — geboren am {D('de')} — Gehaltskonto {I('AT')}")
    s.append(f'{{"employee": "Nikhil Rao", "ssn": "{S()}", "dob": "{D("iso")}", "manager_email": "{E()}"}}')
    s.append(f"Visa sponsorship pack for Chidi Oyelaran: DOB {D('uk')}, NI {N('spaced')}, mobile {P('uk', 'mobile_intl')}")
    s.append(f"Salary sacrifice set up — transfer to {I('IE')} monthly. Employee: Aoife Brennan, NINO {N('compact')}.")
    s.append(f"HR ticket {la('HR-' + d(4))}: please update home phone to {P('us', 'dot')} and remove the old one.")
    return s


@family('medical-notes')
def f_medical():
    s = []
    s.append(f"Pt: Rosa Delacroix, DOB {D('us')}. Presented with persistent cough x3 weeks. BP {la('128/82')}, SpO2 97%.")
    s.append(f"Referral letter\nPatient: Olga Petrov\nDate of birth: {D('long')}\nNHS no.: {la(nhs_number())}\nReason: suspected carpal tunnel, R hand.")
    s.append(f"Nurse callback requested — daughter on {P('uk', 'mobile')}. Patient born {D('uk')}, lives alone.")
    s.append(f"Appointment confirmation sent to {E()}: Dr. Varga, 14:30 on {la(recent('long'))}.")
    s.append(f"Allergy: penicillin (rash). Pt DOB {D('iso')}. Contact {P('ca', 'paren')}.")
    s.append(f"Patient (d.o.b. {D('de')}) reports dizziness since starting amlodipine {la('2.5 mg')}; review in 2 weeks.")
    s.append(f"Insurance claim: member SSN {S()}, birthdate {D('us')}, provider NPI {la(dnz(10))}.")
    s.append(f"Telehealth intake\nFull name: Wen Zhao\nDate of Birth: {D('us_long')}\nPhone: {P('us', 'paren')}\nEmail: {E('Wen', 'Zhao')}")
    s.append(f"Discharged {la(recent('iso'))}. Mother (born {D('long')}) will collect the prescriptions.")
    s.append(f"Lab result for patient #{la(d(7))} (DOB {D('mon')}): HbA1c 6.1 %, eGFR 74.")
    s.append(f"Maternity: baby girl born {L('dob', recent('long'))} at 03:42, 3.4 kg. Parents can be reached on {P('ie', 'mob_intl')}.")
    s.append(f"Physio notes — Sven L., NI {N('spaced')}, DOB {D('uk')}. Knee flexion improved to 110°.")
    s.append(f"Pharmacy: please ring the patient back on {P('fr', 'dots')} about the repeat prescription.")
    s.append(f"GP record transfer request. D.O.B. {D('uk')}; previous address 14 Kiln Lane, Sheffield {la('S3 8AB')}.")
    return s


@family('card-payments')
def f_cards():
    s = []
    s.append(f"Please charge my Visa {C('visa')}, exp {la('08/27')}, for the deposit.")
    s.append(f"Card number: {C('mc')}\nName on card: Elena Petrov\nCVV: {la(d(3))}")
    s.append(f"Amex {C('amex')}, billing ZIP {la('94110')}")
    s.append(f"I tried {C('disc', '-')} three times and it keeps getting declined??")
    s.append(f"Payment failed for card {C('jcb', '')} — issuer response 05 (do not honour).")
    s.append(f"POS log: PAN={L('card', card_num('visa'))} EXP={la('2709')} AMT=42.50 EUR TID={la(d(8))}")
    s.append(f"Corporate card for travel: {C('mc2')}, cardholder Quentin Moreau, limit €5,000.")
    s.append(f"Diners Club {C('diners')}")
    s.append(f"my new card is {C('up19')} can you update billing before the 1st")
    s.append(f"The old Visa is {C('visa13', '')} — a 13-digit one, is that still accepted?")
    s.append(f"Refund to original payment method {C('visa', '-')} processed; allow 5–10 business days.")
    s.append(f'{{"card_number": "{L("card", card_num("mc"))}", "exp_month": 11, "exp_year": 2028, "holder": "Yusuf Haddad"}}')
    s.append(f"Deposit paid with Mastercard {C('mc')}, receipt {la('R-' + d(5))}. Balance due on arrival.")
    s.append(f"sorry typo, the right number is {C('visa')} not the one I sent earlier")
    s.append(f"Fraud team: card {C('maestro')} reported stolen on {la(recent('uk'))}; block and reissue.")
    s.append(f"Booking guarantee: card {C('amex')}. It will only be charged for a no-show.")
    return s


@family('bank-transfers')
def f_iban():
    s = []
    s.append(f"Please transfer the deposit to IBAN {I('DE')}, BIC {la('KSTRDEFFXXX')}, reference {la('INV-' + d(5))}.")
    s.append(f"Rechnung noch offen? Unsere Bankverbindung: {I('DE', False)}")
    s.append(f"Virement à effectuer sur le compte {I('FR')} (titulaire : Quillstone SARL).")
    s.append(f"Transferencia a {I('ES')}, concepto: alquiler marzo.")
    s.append(f"Rent goes to {I('GB')}. If your bank asks, the sort code is {la(d(2) + '-' + d(2) + '-' + d(2))}.")
    s.append(f"Bonifico su {I('IT')} intestato a Sunmill S.r.l., causale fattura 112.")
    s.append(f"Graag overmaken naar {I('NL', False)} t.n.v. B. Achterberg.")
    s.append(f"Overschrijving naar {I('BE')} met mededeling +++{la(d(3) + '/' + d(4) + '/' + d(5))}+++")
    s.append(f"Zahlung an {I('CH')} (Betrag CHF 1'250.00, fällig 30 Tage netto).")
    s.append(f"Please update supplier master data: the old IBAN is removed, new IBAN {I('AT', False)}.")
    s.append(f"Przelew na konto {I('PL')}, tytuł: faktura {la('FV/2025/03/' + d(3))}")
    s.append(f"Payment run failed for beneficiary Fjordline AS, IBAN {I('NO', False)} — amount NOK 8 400.")
    s.append(f"Betala till {I('SE')} senast fredag.")
    s.append(f"Transferência para {I('PT')}, NIF do titular {la(d(9))}")
    s.append(f"iban: {I('DK', False)}")
    s.append(f"beneficiary;iban;amount\nIronbark Logistics GmbH;{I('DE', False)};1240.00\nSunmill Ltd;{I('IE', False)};310.50")
    s.append(f"My salary account is {I('LU')} — please stop using the old one.")
    s.append(f"Invoice {la('2025-' + d(4))} is payable within 30 days to {I('FR', False)}.")
    return s


@family('network-logs')
def f_netlogs():
    s = []
    s.append(f'{IP("public")} - - [12/Mar/2025:10:14:07 +0000] "GET /api/v2/orders HTTP/1.1" 200 512 "-" "curl/{la("8.4.0")}"')
    s.append(f"sshd[2213]: Failed password for invalid user admin from {IP('public')} port 51422 ssh2")
    s.append(f"kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP('public')} DST={IP('private')} PROTO=TCP SPT=44012 DPT=3389")
    s.append(f"upstream timed out (110: Connection timed out) while connecting to upstream, client: {IP6('doc')}, server: shop.pebblecart.test")
    s.append(f"The VPN gateway is at {IP('doc')}; internal DNS should point to {IP('private')}.")
    a = ip4('private')
    s.append(f"2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet {L('ip', a)}/24 scope global eth0\n    inet6 {IP6('link')}/64 scope link")
    s.append(f"Allowlist for the partner API: {IP('public')}, {IP('doc')}, {IP6('doc')}")
    s.append(f"X-Forwarded-For: {IP('public')}, {IP('private')}")
    v6 = ip6('ula')
    s.append(f"$ ping -6 {L('ip', v6)}\n64 bytes from {L('ip', v6)}: icmp_seq=1 ttl=64 time=0.412 ms")
    s.append(f"db-replica-2 ({IP('private')}) is lagging 37s behind the primary")
    s.append(f"Blocked login attempt from {IP('public')} (geo: NL) at {la('2025-02-11T03:14:55Z')}")
    s.append(f"location /admin {{ allow {IP('private')}; allow {IP('doc')}; deny all; }}")
    s.append(f"Host bastion\n  HostName {IP('doc')}\n  User ops\n  Port 2222")
    s.append(f"[WARN] 14 req/s from {IP6('full')}, rate limiting applied for 600s")
    s.append(f"On this box localhost resolves to {L('ip', '127.0.0.1')} and {L('ip', '::1')}.")
    s.append(f"DHCPACK on {IP('private')} to {la('3c:22:fb:91:0a:7e')} (kitchen-tablet) via eth1")
    s.append(f"default via {IP('private')} dev wg0 proto static metric 50")
    s.append(f"NAME      TYPE           CLUSTER-IP     EXTERNAL-IP     PORT(S)\ncheckout  LoadBalancer   {IP('private')}   {IP('doc')}   443:31204/TCP")
    return s


@family('config-files')
def f_config():
    s = []
    s.append(f".env (production)\nDATABASE_URL={K(pg_url())}\nSTRIPE_SECRET_KEY={K(stripe_sk())}\nDEBUG=false")
    s.append(f"[default]\naws_access_key_id = {K(aws_id())}\naws_secret_access_key = {K(aws_secret())}\nregion = eu-west-1")
    s.append(f"slack:\n  bot_token: {K(slack_bot())}\n  channel: '#deploys'")
    s.append(f"spring.datasource.url=jdbc:postgresql://db.lumen-hr.example:5432/hr\nspring.datasource.username=hr_app\nspring.datasource.password={K(pw())}")
    s.append(f"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD={K(urlpw())}\n      - REDIS_URL={K(redis_url())}")
    s.append(f"[smtp]\nhost = smtp.kestrel-mail.test\nuser = notifier\npass = {K(pw())}")
    s.append(f"SENDGRID_API_KEY={K(sendgrid())}")
    s.append(f"//registry.npmjs.org/:_authToken={K(npm_tok())}")
    s.append(f"[pypi]\n  username = __token__\n  password = {K(pypi_tok())}")
    s.append(f"OPENAI_API_KEY={K(openai_key())}")
    s.append(f"export ANTHROPIC_API_KEY=\"{K(anthropic_key())}\"")
    s.append(f"do_token = \"{K(dop_tok())}\"  # terraform.tfvars, DO NOT COMMIT")
    s.append(f"\"ConnectionStrings\": {{ \"Default\": \"{K(ado_conn())}\" }},")
    s.append(f"maps:\n  provider: google\n  api_key: {K(google_key())}")
    s.append(f"HF_TOKEN={K(hf_tok())}")
    s.append(f"SHOPIFY_ADMIN_TOKEN={K(shopify_tok())}\nSHOPIFY_STORE=pebblecart-dev")
    s.append(f"telegram:\n  bot_token: \"{K(telegram_tok())}\"\n  chat_id: {la('-100' + d(10))}")
    s.append(f"AZURE_STORAGE_CONNECTION_STRING=\"{K(azure_conn())}\"")
    return s


@family('code-and-ci')
def f_code():
    s = []
    s.append(f"stripe.api_key = \"{K(stripe_sk())}\"\ncharge = stripe.Charge.create(amount=2000, currency=\"eur\")")
    s.append(f"const octokit = new Octokit({{ auth: '{K(ghp())}' }});")
    s.append(f"curl -H \"Authorization: Bearer {K(jwt())}\" https://api.quillstone.test/v1/me")
    gl = 'https://oauth2:%s@gitlab.ironbark-logistics.example/platform/infra.git' % glpat()
    s.append(f"git remote set-url origin {K(gl)}")
    s.append(f"Run ./deploy.sh\n+ export MAILGUN_API_KEY={K(mailgun_key())}\n+ ./upload --env prod\nUploading 14 files...")
    s.append(f"psycopg2.OperationalError: connection to server failed: FATAL: password authentication failed\n  DSN was: {K(pg_url())}")
    s.append(f"Here's the key for the staging box, don't share it:\n{K(ec_key())}")
    s.append(f"requests.post(\"{K(slack_hook())}\", json={{\"text\": msg}})")
    s.append(f"db, err := sql.Open(\"mysql\", \"{K(mysql_dsn())}\")")
    s.append(f"The fine-grained token leaked in the workflow log: {K(github_pat())}")
    s.append(f"deploy key for the build user (ed25519):\n{K(openssh_key())}")
    s.append(f"mongoose.connect('{K(mongo_url())}');")
    s.append(f"- name: sync\n  run: aws s3 sync dist/ s3://pebblecart-assets\n  env:\n    AWS_SECRET_ACCESS_KEY: {K(aws_secret())}")
    s.append(f"Error 401 from webhook {K(discord_hook())}: Unknown Webhook")
    s.append(f"This is the RSA key that was committed as config/keys/legacy.pem, please rotate:\n{K(rsa_key())}")
    s.append(f"pika.exceptions.AMQPConnectionError: {K(amqp_url())} refused the connection")
    s.append(f"const token = \"{K(jwt('RS256'))}\"; // expires in 1h")
    s.append(f"headers = {{\"X-Api-Key\": \"{K('pcl_live_' + rs(32, LOW + DIG))}\"}}  # Pebblecart partner API")
    return s


@family('structured-records')
def f_records():
    s = []
    rows = '\n'.join('%d,%s,%s,%s' % (i + 1, name(), L('email', mail()), L('phone', tel(cc))) for i, cc in enumerate(['uk', 'us', 'de']))
    s.append("id,name,email,phone\n" + rows)
    s.append(f'{{"id": "{la(uuid4())}", "email": "{E()}", "phone": "{P("us", "e164")}", "last_login_ip": "{IP("public")}"}}')
    s.append(f"<customer id=\"{la(d(6))}\"><name>Zofia Kowalski</name><email>{E('Zofia', 'Kowalski')}</email><phone>{P('pl', 'mob')}</phone></customer>")
    s.append(f"INSERT INTO applicants (email, ssn, dob) VALUES ('{E()}', '{S()}', '{D('iso')}');")
    s.append(f"contacts:\n  - name: Mateus Ferreira\n    email: {E('Mateus', 'Ferreira')}\n    phone: \"{P('br', 'nat')}\"\n  - name: Linnea Eriksen\n    email: {E('Linnea', 'Eriksen')}")
    s.append(f'{{"level":"info","ts":"{la("2025-03-04T09:12:44.318Z")}","msg":"signup completed","email":"{E()}","client_ip":"{IP("public")}"}}')
    s.append(f"name\tnino\tdob\nOlga Petrov\t{N('compact')}\t{D('uk')}\nÉmile Dunmore\t{N('compact')}\t{D('uk')}")
    s.append(f"user_id={la(d(5))} email={E()} card={L('card', card_num('visa'))} amount=19.99 currency=USD")
    s.append(f'[{{"name": "Kwame Okonkwo", "tel": "{P("za", "intl")}"}}, {{"name": "Priya Rao", "tel": "{P("in", "intl")}"}}]')
    s.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:Grace Okafor\nTEL;TYPE=CELL:{P('us', 'intl')}\nEMAIL;TYPE=WORK:{E('Grace', 'Okafor')}\nEND:VCARD")
    s.append(f"| Name | Email | Phone |\n|---|---|---|\n| Zofia Kowalski | {E('Zofia', 'Kowalski')} | {P('pl', 'waw')} |\n| Søren Eriksen | {E('Søren', 'Eriksen')} | {P('se', 'sthlm')} |")
    s.append(f"GET /subscribe?email={E()}&phone={P('uk', 'e164')}&src=footer HTTP/1.1")
    s.append(f"dn: uid=mnakamura,ou=people,dc=corvid,dc=test\nmail: {E('Mei', 'Nakamura', 'corvid-analytics.test')}\ntelephoneNumber: {P('jp', 'osaka')}")
    s.append(f"txn_id,iban,amount\n{la(uuid4())},{I('NL', False)},120.00\n{la(uuid4())},{I('BE', False)},75.40")
    s.append(f'{{"event": "charge.succeeded", "customer_email": "{E()}", "card": {{"brand": "visa", "last4": "{la(d(4))}", "exp": "{la("04/29")}"}} }}')
    s.append(f"COPY staff (nino, dob, surname) FROM stdin;\n{N('compact')}\t{D('iso')}\tThornbury\n{N('compact')}\t{D('iso')}\tQuayle\n.")
    return s


@family('uk-nino-forms')
def f_nino():
    s = []
    s.append(f"National Insurance number: {N('spaced')}")
    s.append(f"Your NI number is {N('compact')}. Keep this letter somewhere safe.")
    s.append(f"P60 for tax year 2024 to 2025 — employee NINO {N('spaced')}, employer PAYE reference {la(d(3) + '/AB' + d(5))}")
    s.append(f"Can you check my NI? I think it's {N('compact')} but the pension letter shows something different")
    s.append(f"Universal Credit claim — NINO: {N('mid')} — DOB: {D('uk')} — mobile {P('uk', 'mobile')}")
    s.append(f"ni_number,surname\n{N('compact')},Brennan\n{N('compact')},Fitzgerald")
    s.append(f"Section 3 of the student finance form: National Insurance no. {N('mid')}")
    s.append(f"Hi, I start on Monday and payroll asked for my national insurance number, it's {N('spaced')}. Thanks, Tamsin")
    s.append(f"Pension transfer for member {N('compact')}, scheme reference {la('PSTR ' + d(8) + 'RX')}")
    s.append(f"Self assessment: UTR {la(d(5) + ' ' + d(5))} / NINO {N('spaced')}")
    s.append(f"Right to work check completed. Passport seen, NI {N('compact')}, date of birth {D('long')}.")
    s.append(f"HMRC letter ref {la('CFS/' + d(6))} about NINO {N('spaced')} — reply within 30 days.")
    return s


@family('world-phones')
def f_phones():
    s = []
    s.append(f"Tokyo office: {P('jp', 'tokyo')}, Osaka branch: {P('jp', 'mob_intl')}")
    s.append(f"Call our Berlin hotline on {P('de', 'intl')} (Mon–Fri 9–17 Uhr).")
    s.append(f"Numéro du standard : {P('fr', 'nat')}")
    s.append(f"Bel gerust: {P('nl', 'mob_nat')}")
    s.append(f"Sydney reception {P('au', 'syd')}; after hours {P('au', 'mob_intl')}")
    s.append(f"India support line {P('in', 'intl')}, available 24x7.")
    s.append(f"Tienda {la('#0' + d(3))} Ciudad de México: {P('mx', 'intl')}")
    s.append(f"Para dúvidas ligue {P('br', 'rio')} ou {P('br', 'nat')}")
    s.append(f"Dublin office {P('ie', 'dub')}")
    s.append(f"Cape Town branch: {P('za', 'cpt')}, Jo'burg: {P('za', 'intl')}")
    s.append(f"Zürich Empfang {P('ch', 'intl')}")
    s.append(f"Warszawa, tel. {P('pl', 'waw')}, kom. {P('pl', 'mob')}")
    s.append(f"US customers can call toll-free {P('us', 'tollfree')}.")
    s.append(f"Växel Stockholm {P('se', 'sthlm')}")
    s.append(f"Sede di Milano: {P('it', 'milan')}")
    s.append(f"Toronto {P('ca', 'intl_paren')}, fax {P('ca', 'dash')}")
    return s


# --------------------------------------------------------------- look-alikes
@family('reference-numbers')
def f_refs():
    s = []
    s.append(f"Your order #{la(d(7))} has shipped! Track it with UPS: {la('1Z' + rs(16, UPP + DIG))}")
    s.append(f"Reminder: invoice {la('INV-2025-' + d(5))} is 14 days overdue (amount due €1,240.00).")
    s.append(f"Booking reference {la(rs(6, UPP))}. Flight KS{la(d(3))} departs 06:55 from gate B{R.randint(10, 49)}.")
    s.append(f"DHL waybill {la(dnz(10))} — shipment picked up, in transit to hub.")
    s.append(f"Ticket {la('INC' + d(7))} escalated to L2 (priority 3).")
    usps = '9400 1' + d(3) + ' ' + ' '.join(d(4) for _ in range(3)) + ' ' + d(2)
    s.append(f"USPS tracking number: {la(usps)}")
    s.append(f"PO {la('4500' + d(6))} / GRN {la(d(8))} / vendor {la(d(6))} — three-way match failed on line 20.")
    s.append(f"Case number {la('2025-CV-' + d(5))} has been assigned to Judge Whitcombe.")
    s.append(f"Hotel confirmation {la(dnz(8))}, cancellation code {la(rs(8, UPP + DIG))}")
    s.append(f"Rental agreement no. {la(dnz(3) + '-' + d(3) + '-' + d(4))} — please bring it when returning the car.")
    s.append(f"Your parcel {la('JJD' + d(18))} will arrive tomorrow between 10:00 and 14:00.")
    s.append(f"Order {la(dnz(3) + '-' + d(7) + '-' + d(7))} was cancelled because the item is out of stock.")
    s.append(f"Claim {la('CLM-' + d(8))} on policy {la('PH/' + d(6) + '/' + d(2))} approved; payout in 5 working days.")
    s.append(f"Serial number: {la('SN' + rs(10, UPP + DIG))}  Part no. {la('PN-' + d(4) + '-' + d(3) + '-' + rs(2, UPP))}")
    s.append(f"RMA {la(d(9))} – return label attached, drop it at any post office.")
    s.append(f"Ref: {la(d(4) + ' ' + d(4) + ' ' + d(4))} (please quote this on all correspondence)")
    return s


@family('ids-and-hashes')
def f_ids():
    s = []
    s.append(f"commit {la(rs(40, HEX))}\nAuthor: Bastian Moreau <{E('Bastian', 'Moreau', 'glasswing.test')}>\nDate:   Wed Feb 5 10:22:13 2025 +0100\n\n    fix: retry on 429")
    s.append(f"request_id={la(uuid4())} status=504 duration_ms={la(str(R.randint(30000, 60000)))}")
    s.append(f"{la(rs(64, HEX))}  quillstone-cli-{la('2.4.1')}-linux-amd64.tar.gz")
    ib = isbn13()
    s.append(f"ISBN {la('-'.join((ib[:3], ib[3], ib[4:9], ib[9:12], ib[12])))}, paperback, 312 pages")
    s.append(f"MD5 (statement-march.pdf) = {la(rs(32, HEX))}")
    s.append(f"Pulled image registry.pebblecart.test/api@sha256:{la(rs(64, HEX))}")
    s.append(f"ETag: \"{la(rs(32, HEX))}\"")
    s.append(f"trace_id={la(rs(32, HEX))} span_id={la(rs(16, HEX))} sampled=1")
    s.append(f"Correlation-ID: {la(uuid4().upper())}")
    s.append(f"Merged PR #{la(d(4))} ({la(rs(7, HEX))}) into main.")
    s.append(f"EAN {la(ean13())} — 500 ml, case of 12")
    s.append(f"s3://lumen-hr-docs/uploads/2025/03/{la(uuid4())}.png")
    s.append(f"Checksum (CRC32): {la(rs(8, HEX).upper())}  SHA-1: {la(rs(40, HEX))}")
    s.append(f"Content ID {la('bafybei' + rs(52, LOW + '234567'))} pinned on 3 nodes.")
    return s


@family('dotted-numbers')
def f_dotted():
    s = []
    s.append(f"Upgrading from {la('2.4.1.0')} to {la('2.4.2.1')} fixes the memory leak in the exporter.")
    s.append(f"See section {la('4.2.1.3')} of the master services agreement for the termination terms.")
    s.append(f"Signature algorithm OID {la('1.2.840.113549.1.1.11')} (sha256WithRSAEncryption)")
    s.append(f"User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/{la('121.0.6167.85')} Safari/537.36")
    s.append(f"OS build {la('10.0.19045.3803')}, last patched on Tuesday")
    s.append(f"pip install quillstone-sdk=={la('3.12.0.post1')}")
    s.append(f"Clause {la('12.3.4.1')} applies only where the supplier is in breach.")
    s.append(f"snmpget -v2c -c public switch-3 {la('1.3.6.1.2.1.1.5.0')}")
    s.append(f"Firmware {la('v1.0.12.8')} is available for the GX-200 thermostat.")
    s.append(f"Table {la('3.1.2.4')} lists the coefficients for each region.")
    s.append(f"[assembly: AssemblyVersion(\"{la('4.0.0.0')}\")]\n[assembly: AssemblyFileVersion(\"{la('4.0.30319.42000')}\")]")
    s.append(f"LedgerDB {la('11.2.0.4')} reached end of support; plan the move to {la('19.3.0.0')}.")
    s.append(f"Follow step {la('3.2.10.1')} before restarting the controller.")
    s.append(f"\"dependencies\": {{ \"left-pad\": \"^{la('1.3.0')}\", \"glasswing-ui\": \"~{la('2.0.14')}\" }}")
    s.append(f"Python {la('3.12.1')}, node {la('20.11.0')}, kernel {la('6.5.0.21')}-generic")
    s.append(f"Mirror of dataset {la('2.8.1.7')} released under CC BY 4.0.")
    return s


@family('card-lookalikes')
def f_card_la():
    s = []
    s.append(f"The card number {la(fmt_card(bad_card_num('visa')))} was rejected as invalid — please re-check the digits.")
    s.append(f"Loyalty card {la(nonluhn(16, '6035'))} — 1,240 points available.")
    s.append(f"Paid with card ending in ****{la(d(4))} on 3 March.")
    s.append(f"Masked PAN: {la(card_num('visa')[:6] + '******' + d(4))}")
    s.append(f"Gift card code: {la('-'.join(rs(4, UPP + DIG) for _ in range(4)))}")
    s.append(f"Account number {la(fmt_card(nonluhn(16)))} (savings)")
    s.append(f"Membership no. {la(fmt_card(bad_card_num('mc'), '-'))}")
    s.append(f"Is {la(fmt_card(bad_card_num('amex')))} an Amex? The checkout says the number is wrong.")
    good = card_num('visa')
    i = R.randrange(4, 12)
    typo = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
    s.append(f"The card {L('card', fmt_card(good))} went through, but {la(fmt_card(typo))} (the one with the typo) didn't.")
    s.append(f"Voucher serial {la(nonluhn(17, '6'))}, valid until 31/12/2026")
    s.append(f"Library card {la(nonluhn(14, '2'))}")
    s.append(f"Reference {la(fmt_card(bad_card_num('disc')))} — transaction under review.")
    s.append(f"Card: XXXX-XXXX-XXXX-{la(d(4))}  Auth code: {la(rs(6, UPP + DIG))}")
    s.append(f"IMPORT BATCH {la(nonluhn(16, '5'))} completed with 0 errors")
    return s


@family('long-digit-runs')
def f_runs():
    s = []

    def embed(total, brand):
        c = card_num(brand)
        while True:
            pre = R.randint(1, total - len(c) - 1)
            run = d(pre) + c + d(total - len(c) - pre)
            if not luhn_ok(run):
                return run
    s.append(f"Barcode on the pallet label: {la(embed(24, 'visa'))}")
    s.append(f"Transfer reference {la(embed(26, 'mc'))} credited to your account.")
    s.append(f"created_at_ms={la(nonluhn(13, '17'))} updated_at_ms={la(nonluhn(13, '17'))}")
    s.append(f"Meter reading ID {la(embed(21, 'disc'))}")
    s.append(f"Tweet id {la(nonluhn(19, '18'))} was deleted.")
    s.append(f"Payment slip line: {la(embed(30, 'visa'))}")
    s.append(f"ACH trace number {la(nonluhn(15, '0'))}")
    s.append(f"Serial: {la(embed(20, 'mc'))}")
    s.append(f"π ≈ 3.{la('1415926535897932384626433832795')}")
    s.append(f"The counter overflowed at {la('18446744073709551615')} (2^64 − 1).")
    s.append(f"Statement ID {la(nonluhn(16, '90'))} – period 01.02.2025–28.02.2025")
    s.append(f"Shipping container seal no. {la(embed(22, 'amex'))}")
    return s


@family('ssn-lookalikes')
def f_ssn_la():
    s = []
    s.append(f"The form rejected SSN {la(bad_ssn('area0'))} — area numbers can't be 000.")
    s.append(f"ITIN {la(str(R.randint(900, 999)) + '-' + str(R.randint(70, 88)) + '-' + d(4))} is for tax filing only; it is not a Social Security number.")
    s.append(f"SSN on file: {la(bad_ssn('area666'))} (flagged by validation, please re-enter)")
    s.append(f"Part number {la(bad_ssn('group0'))} fits the 2019 model only.")
    s.append(f"Lot {la(bad_ssn('serial0'))} recalled — see notice.")
    s.append(f"SSN: {la(bad_ssn('area9', ''))}")
    s.append(f"Applicant SSN {S()} (the {la(bad_ssn('group0'))} on page 2 is a scanning error).")
    s.append(f"For ads and TV use only numbers like {la('987-65-432' + str(R.randint(0, 9)))}.")
    s.append(f"Shift pattern 12-05-2024 to {la('19-05-2024')}, room {la(d(3) + '-' + d(2))}")
    s.append(f"Docket {la('2024-11-0' + d(3))}")
    s.append(f"Ship to 400 Harbor Rd, Oakland CA {la('94607-' + d(4))}")
    s.append(f"Employer Identification Number (EIN): {la(d(2) + '-' + d(7))}")
    s.append(f"Test data only: SSN {la(bad_ssn('area9'))}, {la(bad_ssn('serial0'))}, {la(bad_ssn('area0'))}")
    s.append(f"Call ext. {la(d(3) + '-' + d(2))}, building {d(1)}, desk {la('00' + d(2))}.")
    return s


@family('non-birth-dates')
def f_dates():
    s = []
    s.append(f"Invoice date: {la(recent('uk'))}, payment due within 30 days.")
    s.append(f"Glasswing GmbH was founded on {la(fdate(rdate(1960, 1995), 'long'))} in Bremen.")
    s.append(f"Member since {la('%02d/%d' % (R.randint(1, 12), R.randint(2005, 2020)))}")
    s.append(f"Passport issued {la(recent('iso'))}, expires {la(fdate(rdate(2029, 2035), 'iso'))}.")
    s.append(f"Last login: Tue 04 Mar 2025 22:13:05 from {IP('private')}")
    s.append(f"The framework contract runs from {la('01.01.2024')} to {la('31.12.2026')}.")
    s.append(f"Name: Zofia Kowalski | DOB: {D('uk')} | Date of visit: {la(recent('uk'))} | Next review: {la(recent('uk'))}")
    s.append(f"Card expiry {la('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}")
    s.append(f"The original building permit, dated {la(fdate(rdate(1950, 1975), 'long'))}, is kept in the archive.")
    s.append(f"Date of death: {la(fdate(rdate(2001, 2022), 'long'))}. Estate administered by Dunmore & Quayle.")
    s.append(f"The project was born on {la(fdate(rdate(2014, 2019), 'us_long'))} at a weekend hackathon in Leeds.")
    s.append(f"Report generated {la('2025-03-04T09:12:44Z')} for period {la('2024-10-01')} – {la('2024-12-31')}")
    s.append(f"Wedding anniversary: {la(fdate(rdate(1985, 2015), 'long'))} — book the restaurant!")
    s.append(f"DOB field left blank. Application received {la(recent('iso'))}.")
    return s


@family('placeholder-keys')
def f_placeholders():
    s = []
    s.append(f"export OPENAI_API_KEY={la('<YOUR_API_KEY>')}")
    s.append(f"STRIPE_SECRET_KEY={la('sk_live_...')}")
    s.append(f"aws_secret_access_key = {la('REDACTED')}")
    s.append(f"token: {la('ghp_' + '*' * 36)}")
    s.append(f"Authorization: Bearer {la('*' * 28 + rs(4, AL))}")
    s.append(f"The key starts with sk-ant-api03- and ends in …{la(rs(4, AL))}, I can't see the rest in the console.")
    s.append(f"password: {la('changeme')}   # change this before deploying!")
    s.append(f"api_key: {la('x' * 32)}")
    s.append(f"aws_access_key_id = {la('AKIA' + 'X' * 16)}")
    s.append(f"SLACK_WEBHOOK_URL={la('https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX')}")
    s.append(f"DATABASE_URL={la('postgres://user:password@localhost:5432/mydb')}  # example from the README")
    s.append(f"[{la('REDACTED')}: 1 secret removed by the pre-commit hook]")
    s.append(f"SECRET_KEY = \"{la('your-secret-key-here')}\"")
    s.append(f"{la('-----BEGIN PRIVATE KEY-----')}\n...\n-----END PRIVATE KEY-----")
    s.append(f"token={la('eyJhbGciOi...')} (truncated in logs)")
    s.append(f"Live key: {la('sk_live_' + '•' * 12 + rs(4, AL))} (shown masked in the dashboard)")
    return s


@family('example-domain-emails')
def f_example_emails():
    s = []
    s.append(f"Set DEFAULT_FROM_EMAIL to {L('email', 'noreply@example.com')} in settings.py.")
    s.append(f"In the docs we use {L('email', 'alice@example.org')} and {L('email', 'bob@example.net')} as sample users.")
    s.append(f"Log in as {L('email', 'demo+trial@example.com')} to try the sandbox.")
    s.append(f"git config --global user.email \"{L('email', 'you@example.com')}\"")
    s.append(f"Contact {L('email', 'postmaster@tallowmere.example')} if bounces continue.")
    s.append(f"<a href=\"mailto:{L('email', 'info@pebblecart.test')}?subject=Help\">Email us</a>")
    s.append(f"assert user.email == '{L('email', 'test.user.42@example.com')}'")
    s.append(f"Follow {la('@example')} on social, or write to {L('email', 'hello@example.com')}.")
    s.append(f"EMAIL: {L('email', 'JANE.DOE@EXAMPLE.COM')}")
    s.append(f"Welcome aboard, {L('email', 'o.reilly@example.co.uk')}! Confirm your address to continue.")
    s.append(f"Visit {la('www.example.com')} or {la('example.org/help')} — no e-mail support.")
    s.append(f"Fixture users: {L('email', 'user1@test.example')}, {L('email', 'user2@test.example')}, {la('user3')} (no address)")
    return s


@family('iban-lookalikes')
def f_iban_la():
    s = []
    s.append(f"IBAN {la(bad_iban('DE', how='check'))} — our bank says the check digits don't match.")
    s.append(f"Account number {la(d(8))}, sort code {la(d(2) + '-' + d(2) + '-' + d(2))}")
    s.append(f"SWIFT/BIC: {la('QSTNGB2L')} / {la('KSTRDEFFXXX')}")
    s.append(f"Kontonummer {la(d(10))}, BLZ {la(d(8))}")
    good = iban('FR', False)
    i = R.randrange(8, 20)
    typo = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
    assert not iban_ok(typo)
    s.append(f"Use {L('iban', group4(good))} — the other one, {la(group4(typo))}, has a typo.")
    s.append(f"USt-IdNr. {la('DE' + d(9))}, Handelsregister HRB {la(d(5))}")
    s.append(f"ABA routing number {la(aba())}, account {la(d(10))}")
    s.append(f"IBAN: {la('XX00 0000 0000 0000 0000 00')} (template)")
    s.append(f"EORI number {la('GB' + d(12))}")
    s.append(f"Container {la(rs(3, UPP) + 'U' + d(7))} loaded on vessel at Rotterdam.")
    s.append(f"Rekening {la(bad_iban('NL', False, 'check'))} bestaat niet volgens de bank.")
    s.append(f"Postbank Giro {la(d(7))}, IBAN to follow.")
    return s


@family('amounts-coords-times')
def f_amounts():
    s = []
    s.append(f"Total: ${la('1,234,567.89')} (incl. {la('19.00')} % VAT)")
    s.append(f"Coordinates {la('52.520008, 13.404954')} — meet at the north entrance.")
    s.append(f"GPS: {la('40.7128° N, 74.0060° W')}")
    s.append(f"up {la('192')} days, 16:08, 3 users, load average: {la('0.12, 0.18, 0.21')}")
    s.append(f"Between {la('1998–2004')} the budget grew from 2.5M to 3.1M.")
    s.append(f"Price list: {la('19.99 / 24.99 / 129.00')}")
    s.append(f"epoch={la('17' + d(8))} epoch_ms={la(nonluhn(13, '17'))}")
    s.append(f"Scores: {la('10.5, 9.8, 10.0, 7.25')}")
    s.append(f"Display 16:9, {la('1920x1080')} or {la('3840×2160')}")
    s.append(f"lat,lon\n{la('-33.8688,151.2093')}\n{la('-37.8136,144.9631')}")
    s.append(f"Lap time {la('00:01:12.345')}, best {la('00:01:11.902')}")
    s.append(f"Stock: {la('1.250.000')} units, value {la('€3.480.250,00')}")
    s.append(f"Survey marker {la('127.04.08.13')} is shown on sheet 4 of the county map.")
    return s


@family('nino-lookalikes')
def f_nino_la():
    s = []
    p, a, b, c, _ = nino_parts()
    s.append(f"NINO {la('%s %s %s %s %s' % (p, a, b, c, R.choice('EFGHMXZ')))} was rejected: the suffix letter must be A–D.")
    s.append(f"Enter it like {la('QQ 12 34 56 C')} (that's the example format, not a real number).")
    s.append(f"Reference {la('D' + R.choice('ABCE') + ' ' + d(2) + ' ' + d(2) + ' ' + d(2) + ' A')} is not a valid NI number.")
    s.append(f"Postcode {la('SW1A 1AA')}, ref {la('KN' + d(6) + 'B')}")
    s.append(f"Reg. {la(rs(2, UPP) + d(2) + ' ' + rs(3, UPP))} — MOT due next month.")
    s.append(f"Product code {la('AB ' + d(2) + ' ' + d(2) + ' ' + d(2))} (no suffix)")
    s.append(f"{la('GB ' + d(2) + ' ' + d(2) + ' ' + d(2) + ' A')} is an administrative prefix and never issued.")
    s.append(f"Valid: {N('spaced')}. Invalid (prefix {la('BG')}): {la('BG' + d(6) + 'C')}.")
    s.append(f"Temporary reference {la('TN ' + d(2) + ' ' + d(2) + ' ' + d(2) + ' M')} used until the real NINO arrives.")
    s.append(f"Locker {la('ZZ ' + d(2) + ' ' + d(2) + ' ' + d(2) + ' D')} in the staff room.")
    return s


# ------------------------------------------------------------------ evasions
def obf_mail(e, at, dot, dot_local=True):
    local, dom = e.split('@')
    if dot_local:
        local = local.replace('.', dot)
    return local + at + dom.replace('.', dot)


@family('email-obfuscation')
def f_email_obf():
    s = []
    s.append(f"reach me at {L('email', obf_mail(mail(), ' [at] ', ' [dot] '))}")
    s.append(f"Contact: {L('email', obf_mail(mail(), ' (at) ', ' (dot) '))}")
    s.append(f"my email is {L('email', obf_mail(mail('Sven', 'Lindqvist'), ' at ', ' dot '))} if that helps")
    e = mail('Jonas', 'Achterberg', 'quillstone.test')
    s.append(f"write to {L('email', ' '.join(e))} (spaces so the spambots don't get it)")
    e = mail()
    s.append(f"<p>Questions? {L('email', e.replace('@', '&#64;'))}</p>")
    e = mail()
    s.append(f"<span>{L('email', ''.join('&#%d;' % ord(ch) for ch in e))}</span>")
    e = mail('Wen', 'Zhao', 'corvid-analytics.test')
    s.append(f"メール: {L('email', e.replace('@', '＠').replace('.', '．'))}")
    e = mail()
    s.append(f"email me: {L('email', e.replace('@', ZW + '@' + ZW))}")
    e = mail()
    s.append(f"here it is in base64 so the filter doesn't eat it: {L('email', base64.b64encode(e.encode()).decode())}")
    s.append(f"{L('email', obf_mail(mail('Luca', 'Marchetti', 'pebblecart.test'), ' AT ', ' DOT '))} — best way to reach me")
    e = mail()
    s.append(f"?contact={L('email', e.replace('@', '%40'))}&utm_source=forum")
    s.append(f"Send the CV to {L('email', obf_mail(mail('Nikhil', 'Rao', 'northwind-lab.example'), '<at>', '<dot>'))}, subject 'Data role'.")
    e = mail('Rosa', 'Delacroix', 'harborview-clinic.example')
    s.append(f"Dr Delacroix's address: {L('email', e.replace('@', ' @ ').replace('.', ' . '))}")
    s.append(f"e-mail → {L('email', obf_mail(mail(), ' -at- ', ' -dot- '))}")
    s.append(f"Ping {L('email', obf_mail(mail('Chidi', 'Oyelaran', 'quillstone.test'), '(at)', '(dot)'))} for the slides.")
    s.append(f"my old address is dead; use {L('email', 'q.moreau at sunmill dot test')}")
    e = mail()
    loc, dom = e.split('@')
    s.append(f"address: {L('email', loc + WJ + '@' + dom.replace('.', WJ + '.'))}")
    s.append(f"mail: {L('email', obf_mail(mail('Umar', 'Haddad', 'sunmill.test'), ' [at] ', '[.]', False))}")
    return s


@family('card-obfuscation')
def f_card_obf():
    s = []
    n = card_num('visa')
    s.append(f"card {L('card', fmt_card(n, '.'))} exp 09/28")
    n = card_num('mc')
    s.append(f"number is {L('card', fmt_card(n, '/'))}")
    n = card_num('visa')
    s.append(f"ok here goes: {L('card', words_digits(fmt_card(n)))}")
    n = card_num('mc')
    s.append(f"cc: {L('card', ZW.join(n))}")
    n = card_num('visa')
    s.append(f"カード番号 {L('card', fw(fmt_card(n)))}")
    g = fmt_card(card_num('disc')).split()
    s.append(f"the card is {L('card', g[0] + ' ' + g[1] + chr(10) + g[2] + ' ' + g[3])} thanks")
    n = card_num('visa')
    s.append(f"{L('card', ' '.join(n))} <- my card, plz book the room")
    n = card_num('amex')
    s.append(f"Amex: {L('card', fmt_card(n, '.'))}")
    n = card_num('mc')
    s.append(f"pay with {L('card', fmt_card(n, '_'))}")
    n = card_num('jcb')
    s.append(f"JCB {L('card', fmt_card(n, ' - '))}")
    n = card_num('visa')
    s.append(f"{L('card', fmt_card(n, ' | '))}")
    n = card_num('mc')
    s.append(f"Numéro de carte : {L('card', fmt_card(n, NBSP))}")
    n = card_num('visa')
    W = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
    s.append(f"ma carte : {L('card', ' '.join(W[int(ch)] for ch in n))}")
    g = fmt_card(card_num('visa')).split()
    W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    s.append(f"its {L('card', g[0] + ' ' + '-'.join(W[int(ch)] for ch in g[1]) + ' ' + g[2] + ' ' + g[3])} lol")
    n = card_num('disc')
    s.append(f"card no. {L('card', fmt_card(n, ' ' + ZW))}, cvc on the back")
    n = card_num('up')
    s.append(f"UnionPay {L('card', n[:8] + '*' + n[8:])} (ignore the star, keyboard glitch)")
    return s


@family('ssn-evasions')
def f_ssn_obf():
    s = []
    a, g, x = ssn_parts()
    s.append(f"social is {L('ssn', words_digits(a + ' ' + g + ' ' + x))}")
    s.append(f"SSN {L('ssn', '.'.join(ssn_parts()))}")
    s.append(f"ss# {L('ssn', '/'.join(ssn_parts()))}")
    s.append(f"my social: {L('ssn', '_'.join(ssn_parts()))}")
    a, g, x = ssn_parts()
    s.append(f"SSN is {L('ssn', ' '.join(a) + ' - ' + ' '.join(g) + ' - ' + ' '.join(x))}")
    s.append(f"社会保障番号 (SSN): {L('ssn', fw(ssn()))}")
    a, g, x = ssn_parts()
    s.append(f"SSN: {L('ssn', a + ZW + '-' + g + ZW + '-' + x)}")
    s.append(f"Social Security No. (no dashes) {L('ssn', ''.join(ssn_parts()))}")
    s.append(f"my social is {L('ssn', '–'.join(ssn_parts()))} don't tell anyone")
    a, g, x = ssn_parts()
    W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    s.append(f"ssn {L('ssn', ' '.join('-'.join(W[int(ch)] for ch in part) for part in (a, g, x)))}")
    a, g, x = ssn_parts()
    s.append(f"SSN in pieces so the bot doesn't mask it: {L('ssn', a + ' + ' + g + ' + ' + x)}")
    s.append(f"soc sec {L('ssn', ssn(' '))}")
    return s


@family('phone-evasions')
def f_phone_obf():
    s = []
    x = '%03d' % R.randint(0, 999)
    W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    wx = ' '.join(W[int(ch)] for ch in x)
    s.append(f"text me on {L('phone', 'oh seven seven double oh, nine double oh, ' + wx)}")
    p = tel('us', 'dash')
    s.append(f"call {L('phone', words_digits(p.replace('-', ' '), ' ', ' - '))} after 6")
    s.append(f"Tel.: {L('phone', tel('de', 'slash'))}")
    s.append(f"portable : {L('phone', ' '.join('0' + R.choice('67') + d(8)))}")
    p = tel('uk', 'mobile')
    s.append(f"mobile {L('phone', ZW.join(p))}")
    s.append(f"電話 {L('phone', fw(tel('jp', 'mob')))}")
    area = R.choice(['415', '206', '312'])
    s.append(f"my cell is {L('phone', '+1 ' + '-'.join(W[int(ch)] for ch in area) + ' 555 01' + d(2))}")
    s.append(f"reach me at {L('phone', tel('fr', 'paren'))}")
    s.append(f"whatsapp {L('phone', '+34 6' + d(2) + ' - ' + d(3) + ' - ' + d(3))}")
    s.append(f"Ring {L('phone', tel('uk', 'paren0'))} and ask for Tamsin.")
    p = tel('us', 'paren')
    s.append(f"number: {L('phone', p.replace('-', ' dash '))}")
    s.append(f"phone ~ {L('phone', '0491~570~1' + d(2))}")
    return s


def defang(ip, how):
    if how == 'sq':
        return ip.replace('.', '[.]')
    if how == 'last':
        i = ip.rfind('.')
        return ip[:i] + '[.]' + ip[i + 1:]
    if how == 'paren':
        return ip.replace('.', '(.)')
    if how == 'dot':
        return ip.replace('.', '[dot]')
    if how == 'space':
        return ip.replace('.', ' . ')
    if how == 'fw':
        return ip.replace('.', '．')
    raise KeyError(how)


@family('defanged-ips')
def f_defang():
    s = []
    s.append(f"C2 server observed at {L('ip', defang(ip4('public'), 'sq'))}")
    s.append(f"payload fetched from hxxp://{L('ip', defang(ip4('doc'), 'last'))}/update.bin")
    s.append(f"gateway {L('ip', defang(ip4('private'), 'paren'))}")
    s.append(f"Router admin page: {L('ip', defang('192.168.%d.254' % R.randint(0, 9), 'last'))}")
    s.append(f"IOC: {L('ip', '2001[:]db8[:]' + hx() + '[::]' + hx())}")
    s.append(f"source host {L('ip', defang(ip4('doc'), 'space'))}")
    s.append(f"beacon → {L('ip', defang(ip4('doc'), 'dot'))}")
    s.append(f"Blocklisted {L('ip', defang(ip4('public'), 'last'))} after 300 failed logins.")
    s.append(f"IOCs:\n- {L('ip', defang(ip4('public'), 'sq'))}\n- {L('ip', defang(ip4('public'), 'sq'))}\n- {la('evil-updates[.]test')}")
    s.append(f"サーバー {L('ip', defang(ip4('private'), 'fw'))}")
    s.append(f"proxy at {L('ip', defang(ip4('private'), 'sq'))}:8443")
    s.append(f"Link-local peer {L('ip', ip6('link'))}%eth0 keeps flapping.")
    s.append(f"hxxps://[{L('ip', ip6('doc'))}]:8443/login — phishing page")
    s.append(f"src={L('ip', defang(ip4('public'), 'paren'))} dst={L('ip', defang(ip4('private'), 'paren'))} action=deny")
    return s


@family('mangled-keys')
def f_mangled():
    s = []
    t = ghp()
    s.append(f"token (spaces added so the scanner won't flag it): {K(' '.join(t[i:i + 4] for i in range(0, len(t), 4)))}")
    s.append(f"aws key id in the ticket was typed lower-case: {K(aws_id().lower())}, secret {K(aws_secret())}")
    t = stripe_sk()
    i = 12
    s.append(f"STRIPE_KEY={K(t[:i] + ZW + t[i:])}")
    t = stripe_sk()
    s.append(f"key = {K(chr(34) + t[:11] + chr(34) + ' + ' + chr(34) + t[11:30] + chr(34) + ' + ' + chr(34) + t[30:] + chr(34))}")
    t = slack_bot()
    s.append(f"the bot token is {K(t[:30] + chr(10) + t[30:])} (sorry, phone wrapped it)")
    t = google_key()
    s.append(f"api_key = ({K(chr(34) + t[:20] + chr(34) + chr(10) + '           ' + chr(34) + t[20:] + chr(34))})")
    p1 = pw()
    s.append(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n  username: {la(base64.b64encode(b'orders_app').decode())}\n  password: {K(base64.b64encode(p1.encode()).decode())}")
    t = sendgrid()
    s.append(f"SG key: {K(t.replace('.', ' . '))}")
    t = jwt()
    a, b, c = t.split('.')
    s.append(f"session cookie:\n{K(a + '.' + chr(10) + b + '.' + chr(10) + c)}")
    k = openssh_key().split('\n')
    s.append(f"pasted from the wiki (newlines lost): {K(' '.join(k))}")
    t = stripe_sk()
    s.append(f"ＳＴＲＩＰＥ: {K(fw(t))}")
    s.append(f"DIGITALOCEAN_TOKEN={K(dop_tok().upper())}")
    t = anthropic_key()
    s.append(f"Hi team,\nhere is the key for the eval run:\n{K(t[:40] + chr(10) + t[40:80] + chr(10) + t[80:])}\nPlease don't forward.")
    t = aws_secret()
    s.append(f"echo {K(base64.b64encode(t.encode()).decode())} | base64 -d > ~/.aws/secret")
    p2 = urlpw()
    u = 'postgres%3A%2F%2Fapp%3A' + p2 + '%40db.sunmill.test%3A5432%2Forders'
    s.append(f"redirect_uri=...&dsn={K(u)}")
    t = ghp()
    js = "['" + t[:4] + "', '" + t[4:20] + "', '" + t[20:] + "'].join('')"
    s.append(f"const tok = {K(js)};")
    return s


@family('prose-passwords')
def f_prose_pw():
    s = []
    s.append(f"the admin password is {K(pw())}")
    s.append(f"pw: {K(pw())}")
    s.append(f"Login for the router: admin / {K(pw())}")
    s.append(f"Wifi password is {K(pw())} (case sensitive!)")
    s.append(f"I changed it to {K(pw())} so please use that from now on.")
    s.append(f"Your temporary password is {K(pw())} — you'll be asked to change it at first login.")
    s.append(f"Das Passwort für den Drucker lautet {K(pw())}")
    s.append(f"mot de passe : {K(pw())}")
    s.append(f"DB creds on staging are root / {K(pw())}, same as last year")
    s.append(f"user: ops\npass: {K(pw())}")
    s.append(f"psst, the VPN pre-shared key is {K(rs(24, AL))}")
    s.append(f"can you reset mine? the old one was {K(pw())} and it stopped working")
    s.append(f"The vault master passphrase is \"{K('-'.join(R.sample(WORDS, 4)))}\". Memorise it and delete this message.")
    s.append(f"Contraseña del portal: {K(pw())}")
    s.append(f"Logged in as svc_backup with password {K(pw())} and ran the restore.")
    s.append(f"Note to self — bank app PIN is not this, but the website password is {K(pw())}")
    return s


@family('unicode-tricks')
def f_unicode():
    s = []
    s.append(f"IBAN：{L('iban', fw(iban('DE')))}")
    p = nino('compact').lower()
    s.append(f"ni no {L('nino', p[:2] + ZW + p[2:])}")
    s.append(f"Tel {L('phone', tel('uk', 'london').replace(' ', NBSP))}")
    s.append(f"SSN {L('ssn', chr(0x2011).join(ssn_parts()))}")
    s.append(f"host {L('ip', '．'.join(fw(x) for x in ip4('private').split('.')))}")
    n = card_num('visa')
    s.append(f"card {L('card', SHY.join(fmt_card(n).split()))}")
    s.append(f"生年月日：{L('dob', dob('jp'))}")
    ib = iban('IT')
    s.append(f"IBAN {L('iban', ib[:14] + chr(10) + ib[15:])}")
    e = mail()
    s.append(f"email {L('email', e.replace('@', chr(0x202f) + '@' + chr(0x202f)))}")
    p, a, b, c, x = nino_parts()
    s.append(f"NI: {L('nino', '.'.join((p, a, b, c, x)))}")
    s.append(f"iban {L('iban', iban('ES').lower())}")
    AR = '٠١٢٣٤٥٦٧٨٩'
    p = '07700 900' + '%03d' % R.randint(0, 999)
    s.append(f"رقم الهاتف: {L('phone', ''.join(AR[int(ch)] if ch.isdigit() else ch for ch in p))}")
    s.append(f"Дата рождения: {D('de')}")
    return s


@family('assistant-transcripts')
def f_assistant():
    s = []
    s.append(f"User: can you turn this into a formal letter? My details: Amara Okafor, {E('Amara', 'Okafor')}, {P('uk', 'mobile')}\nAssistant: Of course. Here's a draft:")
    n = card_num('visa')
    s.append(f"User: the filter keeps blocking me. number is {L('card', words_digits(fmt_card(n)))}. book the hotel please")
    s.append(f"User: summarise this log line: 'auth ok for {E()} from {IP('public')}'")
    s.append(f"Assistant: I've drafted the reply to {E()}. I left your number {P('us', 'paren')} in the signature — should I remove it?")
    dsn = 'host=db.sunmill.test port=5432 dbname=billing user=billing_rw password=%s sslmode=require' % urlpw()
    s.append(f"User: why does this fail?\n```\nconn = psycopg2.connect(\"{K(dsn)}\")\n```")
    a, g, x = ssn_parts()
    s.append(f"User: fill in the form for me, my ssn is {L('ssn', ' '.join(a + g + x))}")
    s.append(f"User: rate my new password: {K(pw())}")
    s.append(f"User: translate to German: \"My date of birth is {D('long')} and I live in Leeds.\"")
    s.append(f"Tool result: {{\"ip\": \"{IP('public')}\", \"city\": \"Rotterdam\", \"asn\": \"AS{la(d(5))}\"}}")
    s.append(f"User: here's my key {K(openai_key())} — why do I get 429 errors?")
    s.append(f"User: is this IBAN valid? {I('CH', False)}\nAssistant: Yes, the check digits are correct.")
    s.append(f"Assistant: The P60 you uploaded shows the NI number {N('spaced')} and employer PAYE reference {la(d(3) + '/' + rs(2, UPP) + d(5))}.")
    e = mail()
    s.append(f"User: base64-decode this for me: {L('email', base64.b64encode(e.encode()).decode())}")
    p1 = pw()
    s.append(f"User: fix my code\n```python\nPASSWORD = \"{K(p1)}\"\nconn = connect(user=\"svc\", password=PASSWORD)\n```")
    return s


# ------------------------------------------------------------ hard negatives
@family('secret-names-no-value')
def f_names_only():
    s = []
    s.append(la("password = os.environ[\"DB_PASSWORD\"]"))
    s.append(la("token: $GITHUB_TOKEN"))
    s.append(la("def reset_password(user_id: int, new_password: str) -> None:"))
    s.append(la("{\"username\": \"\", \"password\": \"\", \"remember_me\": false}"))
    s.append(la("password: ********"))
    s.append(la("echo \"$REGISTRY_TOKEN\" | docker login registry.ironbark-logistics.example -u ci --password-stdin"))
    s.append(la("secret = secrets.token_urlsafe(32)"))
    s.append(la("api_key=None  # set via environment"))
    s.append(la("if not user.check_password(form.password.data):\n    abort(401)"))
    s.append(la("PASSWORD_MIN_LENGTH = 12\nPASSWORD_REQUIRE_SYMBOL = True"))
    s.append(la("Forgot your password? Click the link below to choose a new one."))
    s.append(la("Authorization: Bearer $ACCESS_TOKEN"))
    s.append(la("grep -rn \"api_key\" src/ | wc -l"))
    s.append(la("-- only bcrypt digests are stored, never the password itself\nALTER TABLE users ADD COLUMN password_digest VARCHAR(60) NOT NULL;"))
    s.append(la("kubectl create secret generic db-creds --from-literal=password=\"$DB_PASS\""))
    s.append(la("The token has expired. Please request a new token from the admin console."))
    return s


@family('doc-placeholders')
def f_doc_placeholders():
    s = []
    s.append(f"Replace {la('YOUR_TOKEN_HERE')} with the token from your dashboard.")
    s.append(f"curl -u {la('<username>:<password>')} https://api.sunmill.test/v1/reports")
    s.append(f"API_KEY={la('your-api-key')}")
    s.append(f"For local development set DB_PASSWORD={la('changeme')}; production values come from the vault.")
    s.append(f"client_secret: {la('<client-secret-from-portal>')}")
    s.append(f"Example header: Authorization: Token {la('0' * 40)}")
    s.append(f"Live secret keys have the form {la('sk_live_XXXXXXXXXXXXXXXXXXXXXXXX')}.")
    s.append(f"Connection string format: {la('mongodb://<user>:<pass>@<host>:27017/<db>')}")
    s.append(f"docker run -e POSTGRES_PASSWORD={la('<PASSWORD>')} postgres:16")
    s.append(f"A personal access token looks like {la('ghp_')} followed by 36 characters.")
    s.append(f"password = \"{la('%(DB_PASS)s')}\"  # interpolated from the environment at startup")
    s.append(f"Enter your password: {la('__________')}")
    s.append(f"Default login on first boot is {la('admin / admin')}; the setup wizard forces you to change it.")
    s.append(f"SECRET_KEY = '{la('django-insecure-REPLACE-ME')}'")
    return s


@family('not-emails')
def f_not_emails():
    s = []
    s.append(f"{la('deploy@localhost')}:~$ sudo systemctl restart checkout")
    s.append(f"{la('root@build-07')}:/srv# tail -f /var/log/syslog")
    s.append(f"git clone {la('git@git.ironbark-logistics.example')}:platform/infra.git")
    s.append(f"{la('@Override')}\npublic String toString() {{ return name; }}")
    s.append(f"Thanks {la('@mei_nakamura')} for the quick review!")
    s.append(f"npm install {la('@pebblecart/ui@3.2.1')}")
    s.append(f"{la('@media')} (max-width: 600px) {{ .sidebar {{ display: none; }} }}")
    s.append(f"logits = weights {la('@')} inputs + bias")
    s.append(f"ssh {la('ops@')}{IP('private')} -p 2222")
    s.append(f"Meet {la('@ 5pm @')} the usual place?")
    s.append(f"In the prompt `{la('user@host')}:~$` the part before the colon is the login and machine name.")
    s.append(f"{la('@everyone')} the build is green again 🎉")
    s.append(f"pip install \"quillstone-sdk {la('@ git+https://git.quillstone.test/sdk.git@v2.1')}\"")
    s.append(f"ssh-ed25519 {la('AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64))} {la('dmitri@thinkpad-x1')}")
    return s


@family('public-identifiers')
def f_public_ids():
    s = []
    s.append(f"Publishable key for checkout.js (safe to ship in the browser): {la('pk_live_51' + rs(40))}")
    acct = '4' + d(11)
    s.append(f"AWS account ID {la(acct)}, role {la('arn:aws:iam::' + acct + ':role/deploy')}")
    pub = pem('PUBLIC KEY', bytes.fromhex('3059301306072a8648ce3d020106082a8648ce3d03010703420004') + rbytes(64))
    s.append(f"Verification key for webhook signatures (public):\n{la(pub)}")
    s.append(f"Server certificate:\n{la(pem('CERTIFICATE', bytes.fromhex('308201') + rbytes(300)))}")
    s.append(f"OAuth client_id: {la('pebblecart-web-' + rs(12, HEX))} (public, used in the redirect URL)")
    s.append(f"GPG fingerprint: {la(' '.join(rs(4, HEX.upper()) for _ in range(10)))}")
    s.append(f"JWKS: {{\"kty\": \"RSA\", \"kid\": \"{la(rs(16, HEX))}\", \"use\": \"sig\", \"alg\": \"RS256\"}}")
    s.append(f"age recipient (public): {la('age1' + rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'))}")
    s.append(f"[Interface]\nPrivateKey = {K(wg_key())}\nAddress = {IP('private')}/24\n\n[Peer]\nPublicKey = {la(wg_key())}\nEndpoint = {IP('doc')}:51820")
    s.append(f"Maven coordinates com.quillstone:sdk-core:{la('4.1.0')}; Key ID {la(rs(16, HEX.upper()))} on the public keyserver.")
    s.append(f"Site key for the captcha widget: {la('6L' + rs(38, B64U))} (the secret key stays on the server)")
    s.append(f"Slack app ID {la('A0' + rs(9, UPP + DIG))}, team {la('T' + rs(8, UPP + DIG))}, channel {la('C' + rs(9, UPP + DIG))}")
    return s




def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\\':
            out.append('\\u005c')
        elif (o < 32 or o == 127 or 0xFF00 <= o <= 0xFFEF or
              unicodedata.category(ch) in ('Cc', 'Cf', 'Zl', 'Zp', 'Mn', 'Co') or
              (unicodedata.category(ch) == 'Zs' and ch != ' ')):
            assert o <= 0xFFFF
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return ''.join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = ['# pii-c4: blind, hand-made evaluation set for a PII and secrets detector.',
             '# Generated by gen.py (random.Random(4204), Python standard library only). Do not edit by hand.',
             '# One sample per line. {{kind:text}} = labelled span; everything else is negative.',
             '# Escapes: \\n newline, \\t tab, \\uXXXX any character. "# look-alikes: N" counts unlabelled look-alike items.',
             '']
    names = set()
    total = 0
    for fname, fn in FAMILY_FUNCS:
        LA[0] = 0
        samples = fn()
        assert fname not in names
        names.add(fname)
        lines.append('# family: ' + fname)
        lines.append('# look-alikes: %d' % LA[0])
        for s in samples:
            assert s == s.strip() and s, repr(s)
            e = esc(s)
            assert not e.startswith('#'), e
            lines.append(e)
            total += 1
        lines.append('')
    with open(os.path.join(here, 'set.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
    print('wrote %d samples in %d families' % (total, len(FAMILY_FUNCS)))


if __name__ == '__main__':
    main()
