#!/usr/bin/env python3
"""Deterministic generator for the hand-made PII / credential evaluation set.

Writes set.txt next to this file.  Python 3 standard library only.
Seed: random.Random(4206).  Written blind (no detector, corpus or rule list
consulted), 2026-11-26.

Every checksum-bearing number is computed here:
  * payment cards: Luhn (labelled = valid, look-alikes = invalid);
  * IBAN: ISO 7064 mod-97 (labelled = valid, look-alikes = wrong check digits);
  * UK NINO: prefix/suffix allocation rules;
  * US SSN: area/group/serial rules.
"""
import base64
import datetime
import hashlib
import json
import os
import re
import string
import unicodedata

import random

R = random.Random(4206)
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')

# --------------------------------------------------------------------------
# span markup (private-use sentinels, serialised at the end)
# --------------------------------------------------------------------------
OPEN, MID, CLOSE = '\ue000', '\ue001', '\ue002'


def S(kind, text):
    assert kind in KINDS, kind
    assert text and not any(c in text for c in (OPEN, MID, CLOSE)), text
    return OPEN + kind + MID + text + CLOSE


def EM(x): return S('email', x)
def PH(x): return S('phone', x)
def CA(x): return S('card', x)
def IB(x): return S('iban', x)
def SS(x): return S('ssn', x)
def IP(x): return S('ip', x)
def NI(x): return S('nino', x)
def DB(x): return S('dob', x)
def SE(x): return S('secret', x)


FAMILIES = []


def family(name):
    FAMILIES.append({'name': name, 'samples': [], 'la': 0})


def add(*xs):
    for x in xs:
        x = x.strip()
        assert x, 'empty sample'
        FAMILIES[-1]['samples'].append(x)


def la(x):
    """Mark (and count) a planted, unlabelled look-alike item."""
    FAMILIES[-1]['la'] += 1
    return x


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
AL = string.ascii_letters + DIG
AL_ = AL + '-_'
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B64C = AL + '+/'
NL = '\n'


def rc(n, alpha=AL):
    return ''.join(R.choice(alpha) for _ in range(n))


def nd(n):
    return rc(n, DIG)


def nz(n):
    return R.choice('123456789') + nd(n - 1)


def pick(seq):
    return R.choice(seq)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.b64encode(b).decode()


def b64u(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def uuid4():
    h = rc(32, HEXL)
    h = h[:12] + '4' + h[13:16] + pick('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha1():
    return hashlib.sha1(rbytes(16)).hexdigest()


def sha256():
    return hashlib.sha256(rbytes(16)).hexdigest()


def md5():
    return hashlib.md5(rbytes(16)).hexdigest()


# --------------------------------------------------------------------------
# people, e-mail addresses
# --------------------------------------------------------------------------
FIRST = ['Aisha', 'Liam', 'Sofia', 'Mateo', 'Hannah', 'Kenji', 'Priya', 'Lukas',
         'Chloé', 'Oluwaseun', 'Ingrid', 'Tomasz', 'Fatima', 'Diego', 'Mei', 'Ravi',
         'Elena', 'Jonas', 'Amara', 'Seán', 'Yuki', 'Noah', 'Zeynep', 'Carlos',
         'Anneke', 'Dmitri', 'Leila', 'Marco', 'Siobhan', 'Ahmed', 'Beatriz',
         'Henrik', 'Nadia', 'Omar', 'Grace', 'Arjun', 'Camille', 'Pieter', 'Lucía',
         'Kwame', 'Agnieszka', 'Bjørn', 'Thandiwe', 'Rafael', 'Maeve', 'Hiroshi']
LAST = ['Okafor', 'Schmidt', 'Rossi', 'García', 'Tanaka', 'Patel', 'Nowak', 'Dubois',
        'Johansson', 'Murphy', 'Kowalski', 'Silva', 'Nguyen', 'Müller', 'Haddad',
        'Jensen', 'Fernández', 'Kim', 'Ivanova', "O'Brien", 'Yılmaz', 'van Dijk',
        'Costa', 'Andersson', 'Mensah', 'Sato', 'Moreau', 'Bianchi', 'Chen', 'Walsh',
        'Łukasiewicz', 'Achterberg', 'Ndlovu', 'Papadopoulos', 'Horvat', 'Lindqvist']
FEMALE = ['Aisha', 'Sofia', 'Hannah', 'Priya', 'Chloé', 'Ingrid', 'Fatima', 'Mei', 'Elena', 'Amara',
          'Zeynep', 'Anneke', 'Leila', 'Siobhan', 'Beatriz', 'Nadia', 'Grace', 'Camille', 'Lucía',
          'Agnieszka', 'Thandiwe', 'Maeve']
JA_NAMES = ['佐藤 健', '鈴木 由美', '高橋 翔太', '田中 さくら', '渡辺 大輔']
ZH_NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静']
KO_NAMES = ['김민준', '이서연', '박지훈', '최유나']

PERSONAL_DOMAINS = ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.com', 'icloud.com',
                    'gmx.de', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net',
                    'libero.it', 'virgilio.it', 'hotmail.es', 'uol.com.br', 'yahoo.co.jp',
                    'naver.com', 'qq.com', '163.com', 'yandex.ru', 'mail.ru', 'seznam.cz',
                    'wp.pl', 'o2.pl', 'protonmail.com', 'proton.me', 'fastmail.com',
                    'bigpond.com', 'xtra.co.nz', 'rediffmail.com', 'btinternet.com',
                    'ziggo.nl', 'telenet.be', 'bluewin.ch', 'live.com', 'me.com']

TRANS = {'ø': 'o', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'ı': 'i', 'æ': 'ae', 'đ': 'd'}


def slug(s):
    s = ''.join(TRANS.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c in LOW + DIG)


def person():
    return pick(FIRST), pick(LAST)


def email(first=None, last=None, domain=None, style=None):
    f = slug(first or pick(FIRST))
    l = slug(last or pick(LAST))
    styles = ['%s.%s' % (f, l), f[0] + l, '%s_%s%s' % (f, l, nd(2)), f + l,
              '%s.%s' % (f, l[0]), '%s.%s' % (f[0], l), '%s.%s%d' % (l, f, R.randint(70, 99)),
              '%s%d' % (f, R.randint(1960, 2004))]
    local = styles[style if style is not None else R.randrange(len(styles))]
    return local + '@' + (domain or pick(PERSONAL_DOMAINS))


def work_email(first, last, domain):
    f, l = slug(first), slug(last)
    return pick(['%s.%s' % (f, l), f[0] + l, f, '%s.%s' % (f[0], l), '%s%s' % (f, l[0])]) + '@' + domain


# --------------------------------------------------------------------------
# payment cards (Luhn)
# --------------------------------------------------------------------------
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = re.sub(r'\D', '', num)
    return len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


CARD_NETS = {
    'visa': (['4'], [16]),
    'visa19': (['4'], [19]),
    'mastercard': (['51', '52', '53', '54', '55'], [16]),
    'mastercard2': ([str(x) for x in range(2221, 2721)], [16]),
    'amex': (['34', '37'], [15]),
    'discover': (['6011', '65'] + [str(x) for x in range(644, 650)], [16]),
    'jcb': ([str(x) for x in range(3528, 3590)], [16]),
    'diners': (['36', '300', '301', '302', '303', '304', '305', '38'], [14]),
    'unionpay': (['62'], [16, 19]),
    'maestro': (['6759', '5018', '5020', '5038', '6304', '6761', '6763'], [16, 19]),
    'mir': (['2200', '2201', '2202', '2203', '2204'], [16]),
    'rupay': (['6070', '6080', '6521', '6522', '508'], [16]),
    'troy': (['9792'], [16]),
    'elo': (['636368', '504175', '636297', '650031'], [16]),
    'verve': (['506099', '507865', '650002'], [19]),
}


def card(net='visa', valid=True, length=None):
    prefixes, lengths = CARD_NETS[net]
    p = pick(prefixes)
    n = length or pick(lengths)
    body = p + nd(n - 1 - len(p))
    cd = luhn_digit(body)
    if not valid:
        cd = str((int(cd) + R.randint(1, 9)) % 10)
    num = body + cd
    assert luhn_ok(num) == valid
    return num


def not_luhn(num):
    """Return num with the last digit changed so that the Luhn check fails."""
    if luhn_ok(num):
        num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return num


def fmt_card(num, sep=' '):
    n = len(num)
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


# --------------------------------------------------------------------------
# IBAN (mod-97)
# --------------------------------------------------------------------------
IBAN_SPEC = {
    'DE': '18n', 'GB': '4a14n', 'FR': '23n', 'ES': '20n', 'IT': '1a22n', 'NL': '4a10n',
    'BE': '12n', 'CH': '17n', 'AT': '16n', 'PL': '24n', 'SE': '20n', 'NO': '11n',
    'DK': '14n', 'FI': '14n', 'IE': '4a14n', 'PT': '21n', 'LU': '16n', 'TR': '22n',
    'SA': '20n', 'AE': '19n', 'BR': '23n1a1c', 'RO': '4a16c', 'GR': '23n', 'CZ': '20n',
    'HU': '24n', 'MT': '4a23n',
}
BANK_CODES = {
    'GB': ['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL', 'RBOS', 'MONZ', 'SRLG'],
    'NL': ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'BUNQ', 'ASNB'],
    'IE': ['AIBK', 'BOFI', 'IPBS', 'ULSB'],
    'RO': ['BTRL', 'RNCB', 'BRDE', 'INGB'],
    'MT': ['MALT', 'VALL', 'APSB'],
}


def iban_check(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(ch, 36)) for ch in s))
    return '%02d' % (98 - n % 97)


def iban_ok(ib):
    ib = re.sub(r'\s', '', ib).upper()
    s = ib[4:] + ib[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


def bban_for(cc):
    spec = IBAN_SPEC[cc]
    if cc == 'BE':
        x = nd(10)
        k = int(x) % 97 or 97
        return x + '%02d' % k
    out = ''
    for cnt, typ in re.findall(r'(\d+)([anc])', spec):
        cnt = int(cnt)
        if typ == 'a':
            if cnt == 4 and cc in BANK_CODES and not out:
                out += pick(BANK_CODES[cc])
            else:
                out += rc(cnt, UPP)
        elif typ == 'n':
            out += nd(cnt)
        else:
            out += rc(cnt, UPP + DIG)
    if cc == 'TR':
        out = out[:5] + '0' + out[6:]
    return out


def iban(cc, valid=True):
    b = bban_for(cc)
    cd = iban_check(cc, b)
    if not valid:
        bad = cd
        while bad == cd:
            bad = '%02d' % R.randint(2, 98)
        cd = bad
    ib = cc + cd + b
    assert iban_ok(ib) == valid, ib
    return ib


def fmt_iban(ib, sep=' ', lower=False):
    s = sep.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return s.lower() if lower else s


def bic():
    return rc(4, UPP) + pick(['DE', 'GB', 'FR', 'NL', 'IT', 'ES', 'BE', 'AT']) + rc(2, UPP + DIG) + pick(['', 'XXX'])


# --------------------------------------------------------------------------
# US SSN
# --------------------------------------------------------------------------
def ssn_parts(valid=True, mode=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    if not valid:
        mode = mode or pick(['000', '666', '9xx', 'g00', 's0000'])
        if mode == '000':
            a = 0
        elif mode == '666':
            a = 666
        elif mode == '9xx':
            a = R.randint(900, 999)
        elif mode == 'g00':
            g = 0
        else:
            s = 0
    return '%03d' % a, '%02d' % g, '%04d' % s


def ssn_valid(x):
    d = re.sub(r'\D', '', x)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ssn(valid=True, sep='-', mode=None):
    a, g, s = ssn_parts(valid, mode)
    out = sep.join([a, g, s])
    assert ssn_valid(out) == valid
    return out


# --------------------------------------------------------------------------
# UK National Insurance number
# --------------------------------------------------------------------------
NINO_FIRST = [c for c in UPP if c not in 'DFIQUV']
NINO_SECOND = [c for c in UPP if c not in 'DFIOQUV']
NINO_BAD_PREFIX = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']


def nino_valid(x):
    x = re.sub(r'\s', '', x).upper()
    m = re.fullmatch(r'([A-Z])([A-Z])(\d{6})([A-D])', x)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a in NINO_FIRST and b in NINO_SECOND and a + b not in NINO_BAD_PREFIX


def nino(valid=True, mode=None):
    while True:
        p = pick(NINO_FIRST) + pick(NINO_SECOND)
        if p not in NINO_BAD_PREFIX:
            break
    suf = pick('ABCD')
    if not valid:
        mode = mode or pick(['first', 'second', 'prefix', 'suffix'])
        if mode == 'first':
            p = pick('DFIQUV') + pick(NINO_SECOND)
        elif mode == 'second':
            p = pick(NINO_FIRST) + pick('DFIOQUV')
        elif mode == 'prefix':
            p = pick(NINO_BAD_PREFIX)
        else:
            suf = pick('EFGHJKMXYZ')
    out = p + nd(6) + suf
    assert nino_valid(out) == valid, out
    return out


def fmt_nino(n, style=0):
    if style == 0:
        return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 1:
        return n
    if style == 2:
        return '%s %s %s' % (n[:2], n[2:8], n[8])
    if style == 3:
        return n.lower()
    return '%s-%s-%s-%s-%s' % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


# --------------------------------------------------------------------------
# phone numbers: (subscriber-digit generator, patterns with X = digit)
# --------------------------------------------------------------------------
US_AREAS = ['212', '415', '312', '617', '303', '206', '512', '404', '702', '305', '713',
            '602', '919', '503', '612', '615', '801', '720', '646', '858']
CA_AREAS = ['416', '604', '514', '403', '613', '778', '647', '902', '780', '204']


def _nanp(areas):
    def g():
        while True:
            e = str(R.randint(201, 989))
            if e[1:] != '11' and e != '555':
                break
        return pick(areas) + e + nd(4)
    return g


def _gb_mobile():
    while True:
        s = '7' + pick('1234579') + nd(8)
        if not s.startswith('7700900'):
            return s


def _au_mobile():
    while True:
        s = '4' + nd(8)
        if not s.startswith('49157'):
            return s


PHONE_SPEC = {
    'US': (_nanp(US_AREAS), ['(XXX) XXX-XXXX', 'XXX-XXX-XXXX', '+1 XXX XXX XXXX', 'XXX.XXX.XXXX',
                             '+1-XXX-XXX-XXXX', '1 (XXX) XXX-XXXX', '+1XXXXXXXXXX']),
    'CA': (_nanp(CA_AREAS), ['(XXX) XXX-XXXX', '+1 XXX-XXX-XXXX', 'XXX XXX XXXX']),
    'GB': (_gb_mobile, ['0XXXX XXXXXX', '+44 XXXX XXXXXX', '+44 (0)XXXX XXX XXX', '0XXXX-XXX-XXX',
                        '+44XXXXXXXXXX']),
    'GB_L': (lambda: '20' + pick('38') + nd(7), ['020 XXXX XXXX', '+44 20 XXXX XXXX']),
    'DE': (lambda: pick(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176',
                         '177', '178', '179']) + nd(8),
           ['+49 XXX XXXXXXXX', '0XXX XXXXXXXX', '+49 (0)XXX XXXXXXXX', '0XXX-XXXXXXXX',
            '0049 XXX XXXX XXXX']),
    'DE_L': (lambda: pick(['30', '40', '89', '69', '221']) + nd(7),
             ['+49 XXXXXXXXX', '0XXXXXXXXX']),
    'FR': (lambda: pick('67') + nd(8), ['0X XX XX XX XX', '+33 X XX XX XX XX', '+33 (0)X XX XX XX XX',
                                        '0X.XX.XX.XX.XX', '0XXXXXXXXX']),
    'ES': (lambda: pick(['6' + nd(8), '7' + pick('1234') + nd(7)]), ['+34 XXX XXX XXX', 'XXX XX XX XX', 'XXXXXXXXX']),
    'IT': (lambda: '3' + pick('2345689') + nd(8), ['+39 XXX XXX XXXX', 'XXX XXXXXXX', 'XXX-XXX-XXXX']),
    'NL': (lambda: '6' + nd(8), ['+31 X XXXXXXXX', '0X-XXXXXXXX', '0X XXXX XXXX']),
    'BE': (lambda: '4' + pick('6789') + nd(7), ['+32 XXX XX XX XX', '0XXX XX XX XX', '0XXX/XX.XX.XX']),
    'CH': (lambda: '7' + pick('6789') + nd(7), ['+41 XX XXX XX XX', '0XX XXX XX XX']),
    'AT': (lambda: '6' + pick(['64', '60', '50', '76', '99']) + nd(7), ['+43 XXX XXXXXXX', '0XXX XXX XX XX']),
    'PL': (lambda: pick('5678') + nd(8), ['+48 XXX XXX XXX', 'XXX-XXX-XXX', 'XXX XXX XXX']),
    'SE': (lambda: '7' + pick('0236') + nd(7), ['+46 XX XXX XX XX', '0XX-XXX XX XX']),
    'NO': (lambda: pick('49') + nd(7), ['+47 XXX XX XXX', 'XXX XX XXX']),
    'DK': (lambda: pick('2345') + nd(7), ['+45 XX XX XX XX', 'XX XX XX XX']),
    'FI': (lambda: '4' + pick('0145') + nd(7), ['+358 XX XXX XXXX', '0XX XXX XXXX']),
    'IE': (lambda: '8' + pick('35679') + nz(7), ['+353 XX XXX XXXX', '0XX XXX XXXX']),
    'PT': (lambda: '9' + pick('1236') + nd(7), ['+351 XXX XXX XXX', 'XXX XXX XXX']),
    'BR': (lambda: pick(['11', '21', '31', '41', '51', '61', '71', '81', '85', '19']) + '9' + nd(8),
           ['+55 XX XXXXX-XXXX', '(XX) XXXXX-XXXX', '+55 (XX) XXXXX XXXX']),
    'MX': (lambda: pick(['55', '81', '33']) + nd(8), ['+52 XX XXXX XXXX', 'XX XXXX XXXX']),
    'AR': (lambda: '11' + nd(8), ['+54 9 XX XXXX-XXXX', '+549XXXXXXXXXX']),
    'IN': (lambda: pick('6789') + nd(9), ['+91 XXXXX XXXXX', '+91-XXXXXXXXXX', '0XXXXX XXXXX']),
    'CN': (lambda: '1' + pick('3589') + nd(9), ['+86 XXX XXXX XXXX', 'XXX-XXXX-XXXX', 'XXXXXXXXXXX']),
    'JP': (lambda: pick(['90', '80', '70']) + nd(8), ['0XX-XXXX-XXXX', '+81 XX-XXXX-XXXX', '+81 XX XXXX XXXX']),
    'KR': (lambda: '10' + pick('23456789') + nd(7), ['0XX-XXXX-XXXX', '+82 XX-XXXX-XXXX']),
    'AU': (_au_mobile, ['0XXX XXX XXX', '+61 XXX XXX XXX']),
    'NZ': (lambda: '2' + pick('17') + nd(7), ['+64 XX XXX XXXX', '0XX XXX XXXX']),
    'ZA': (lambda: pick(['82', '83', '72', '71', '84', '61', '76']) + nd(7), ['+27 XX XXX XXXX', '0XX XXX XXXX']),
    'NG': (lambda: pick(['803', '806', '813', '703', '805', '808', '906']) + nd(7),
           ['+234 XXX XXX XXXX', '0XXX XXX XXXX']),
    'KE': (lambda: '7' + pick('0129') + nd(7), ['+254 XXX XXXXXX', '0XXX XXX XXX']),
    'SG': (lambda: pick('89') + nd(7), ['+65 XXXX XXXX', 'XXXX XXXX']),
    'AE': (lambda: '5' + pick('024568') + nd(7), ['+971 XX XXX XXXX', '0XX XXX XXXX']),
    'TR': (lambda: '5' + pick('0345') + nd(8), ['+90 XXX XXX XX XX', '0XXX XXX XX XX']),
    'RU': (lambda: '9' + pick('01256') + nd(8), ['+7 XXX XXX-XX-XX', '8 (XXX) XXX-XX-XX', '+7 (XXX) XXX XX XX']),
    'IL': (lambda: '5' + pick('02458') + nd(7), ['+972 XX-XXX-XXXX', '0XX-XXX-XXXX']),
    'PH': (lambda: '9' + pick('12') + nd(8), ['+63 XXX XXX XXXX', '0XXX XXX XXXX']),
    'EG': (lambda: '1' + pick('0125') + nd(8), ['+20 XX XXXX XXXX', '0XX XXXX XXXX']),
    'SA': (lambda: '5' + pick('0345') + nd(7), ['+966 XX XXX XXXX', '0XX XXX XXXX']),
    'CZ': (lambda: pick('67') + pick('0237') + nd(7), ['+420 XXX XXX XXX', 'XXX XXX XXX']),
    'GR': (lambda: '69' + nd(8), ['+30 XXX XXX XXXX', 'XXX XXX XXXX']),
    'HU': (lambda: pick(['20', '30', '70']) + nd(7), ['+36 XX XXX XXXX', '06 XX XXX XXXX']),
    'VN': (lambda: '9' + nd(8), ['+84 XXX XXX XXX', '0XXX XXX XXX']),
    'ID': (lambda: '8' + pick('15') + nd(9), ['+62 XXX-XXXX-XXXX', '0XXX-XXXX-XXXX']),
    'PK': (lambda: '3' + pick('0134') + nd(8), ['+92 XXX XXXXXXX', '0XXX-XXXXXXX']),
    'IR': (lambda: '9' + pick('0123') + nd(8), ['0XXX XXX XXXX', '+98 XXX XXX XXXX']),
    'BD': (lambda: '1' + pick('3456789') + nd(8), ['+880 XXXX-XXXXXX', '0XXXX-XXXXXX']),
    'TH': (lambda: pick('689') + nd(8), ['0XX XXX XXXX', '+66 XX XXX XXXX']),
}


def ph(cc, i=None, sub=None):
    gen, pats = PHONE_SPEC[cc]
    sub = sub or gen()
    pat = pats[i] if i is not None else pick(pats)
    assert pat.count('X') == len(sub), (cc, pat, sub)
    it = iter(sub)
    return ''.join(next(it) if ch == 'X' else ch for ch in pat)


# --------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------
def ipv4():
    while True:
        a = R.randint(1, 223)
        if a not in (10, 100, 127, 169, 172, 192, 198, 203, 0):
            break
    return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6(compress=None):
    pre = pick(['2a02', '2a01', '2600', '2607', '2a00', '2c0f', '2404', '2401', '2003', '2a0a', '2806'])
    groups = [pre] + ['%x' % R.randint(0, 0xffff) for _ in range(7)]
    if compress is None:
        compress = R.random() < 0.6
    if compress:
        groups = groups[:4] + [''] + ['%x' % R.randint(1, 0xffff)]
        return ':'.join(groups[:4]) + '::' + groups[5]
    return ':'.join(groups)


def mac():
    return ':'.join('%02x' % R.randrange(256) for _ in range(6))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
           'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
           'octobre', 'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
           'octubre', 'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
           'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
           'outubro', 'novembro', 'dezembro'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
           'oktober', 'november', 'december'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
           'września', 'października', 'listopada', 'grudnia'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
           'октября', 'ноября', 'декабря'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim',
           'Kasım', 'Aralık'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
           'oktober', 'november', 'december'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
           'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου',
           'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'cs': ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září',
           'října', 'listopadu', 'prosince'],
}
DOW_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dob(y0=1942, y1=2006):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def other_date(y0=2019, y1=2026):
    return dob(y0, y1)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fdate(d, style):
    D, M, Y = d.day, d.month, d.year
    m = lambda lang: MONTHS[lang][M - 1]
    f = {
        'iso': '%04d-%02d-%02d' % (Y, M, D),
        'us': '%02d/%02d/%04d' % (M, D, Y),
        'us_short': '%d/%d/%02d' % (M, D, Y % 100),
        'uk': '%02d/%02d/%04d' % (D, M, Y),
        'eu_dot': '%02d.%02d.%04d' % (D, M, Y),
        'eu_dash': '%02d-%02d-%04d' % (D, M, Y),
        'dot_short': '%d.%d.%02d' % (D, M, Y % 100),
        'compact': '%04d%02d%02d' % (Y, M, D),
        'en_long': '%d %s %d' % (D, m('en'), Y),
        'en_us_long': '%s %d, %d' % (m('en'), D, Y),
        'en_ord': 'the %s of %s %d' % (ordinal(D), m('en'), Y),
        'en_dow': '%s, %d %s %d' % (DOW_EN[d.weekday()], D, m('en'), Y),
        'en_abbr': '%02d-%s-%d' % (D, m('en')[:3], Y),
        'en_abbr2': '%s %d %d' % (m('en')[:3], D, Y),
        'de': '%d. %s %d' % (D, m('de'), Y),
        'fr': '%d %s %d' % (D, m('fr'), Y) if D != 1 else '1er %s %d' % (m('fr'), Y),
        'es': '%d de %s de %d' % (D, m('es'), Y),
        'it': '%d %s %d' % (D, m('it'), Y),
        'pt': '%d de %s de %d' % (D, m('pt'), Y),
        'nl': '%d %s %d' % (D, m('nl'), Y),
        'pl': '%d %s %d r.' % (D, m('pl'), Y),
        'ru': '%d %s %d г.' % (D, m('ru'), Y),
        'tr': '%d %s %d' % (D, m('tr'), Y),
        'sv': '%d %s %d' % (D, m('sv'), Y),
        'fi': '%d. %s %d' % (D, m('fi'), Y),
        'el': '%d %s %d' % (D, m('el'), Y),
        'cs': '%d. %s %d' % (D, m('cs'), Y),
        'ja': '%d年%d月%d日' % (Y, M, D),
        'ko': '%d년 %d월 %d일' % (Y, M, D),
        'ja_era': None,
    }[style]
    return f


# --------------------------------------------------------------------------
# credentials
# --------------------------------------------------------------------------
COMMON_WORDS = ['Sunflower', 'Harbour', 'Maple', 'Falcon', 'Winter', 'Copper', 'Lagoon', 'Orchid',
                'Thunder', 'Biscuit', 'Pepper', 'Nimbus', 'Saffron', 'Juniper', 'Pumpkin', 'Cobalt']


def pw(kind=None):
    """Realistic human or generated passwords (no braces/backslashes/spaces)."""
    kind = kind if kind is not None else R.randrange(5)
    if kind == 0:
        return pick(COMMON_WORDS) + pick('!#$%&*?') + str(R.randint(1970, 2025))
    if kind == 1:
        return rc(R.randint(14, 22), AL + '!#%&*+-=?@^_~')
    if kind == 2:
        w = pick(COMMON_WORDS).lower()
        return w[0].upper() + w[1:].replace('o', '0').replace('a', '4') + pick('!$#') + nd(2)
    if kind == 3:
        return '-'.join(pick(['correct', 'lantern', 'meadow', 'violet', 'rocket', 'puzzle', 'cactus',
                               'velvet', 'harbor', 'quartz']) for _ in range(4))
    return rc(R.randint(10, 16), AL)


def pw_url():
    """Password safe to put in a URL userinfo (no @ / : ? #)."""
    return rc(R.randint(14, 24), AL + '-_.~!*')


def aws_akid(prefix='AKIA'):
    return prefix + rc(16, UPP + '234567')


def aws_secret():
    return rc(40, AL + '+/')


def gh(prefix='ghp_'):
    return prefix + rc(36, AL)


def gh_fine():
    return 'github_pat_' + rc(22, AL) + '_' + rc(59, AL)


def glpat():
    return 'glpat-' + rc(20, AL_)


def slack_bot():
    return 'xoxb-%s-%s-%s' % (nz(12), nz(13), rc(24, AL))


def slack_user():
    return 'xoxp-%s-%s-%s-%s' % (nz(12), nz(12), nz(13), rc(32, HEXL))


def slack_hook():
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rc(8, UPP + DIG), rc(10, UPP + DIG), rc(24, AL))


def stripe_sk(p='sk_live_'):
    return p + rc(R.choice([24, 99]), AL)


def openai_key():
    if R.random() < 0.5:
        return 'sk-proj-' + rc(74, AL_) + 'T3BlbkFJ' + rc(74, AL_)
    return 'sk-' + rc(20, AL) + 'T3BlbkFJ' + rc(20, AL)


def anthropic_key():
    return 'sk-ant-api03-' + rc(93, AL_) + 'AA'


def google_api():
    return 'AIza' + rc(35, AL_)


def gocspx():
    return 'GOCSPX-' + rc(28, AL_)


def sendgrid():
    return 'SG.' + rc(22, AL_) + '.' + rc(43, AL_)


def npm_tok():
    return 'npm_' + rc(36, AL)


def pypi_tok():
    return 'pypi-AgEIcHlwaS5vcmc' + rc(R.randint(60, 150), AL_)


def dockerhub():
    return 'dckr_pat_' + rc(27, AL_)


def hf_tok():
    return 'hf_' + rc(34, string.ascii_letters)


def shopify():
    return pick(['shpat_', 'shpss_', 'shpca_']) + rc(32, HEXL)


def do_tok():
    return 'dop_v1_' + rc(64, HEXL)


def discord_tok():
    return b64u(nz(18)) + '.' + rc(6, AL_) + '.' + rc(38, AL_)


def telegram_tok():
    return '%d:AA%s' % (R.randint(1000000000, 7999999999), rc(33, AL_))


def atlassian_tok():
    return 'ATATT3xFfGF0' + rc(170, AL_) + '=' + rc(8, HEXU)


def databricks_tok():
    return 'dapi' + rc(32, HEXL)


def vault_tok():
    return 'hvs.' + rc(R.randint(24, 92), AL_)


def postman_tok():
    return 'PMAK-' + rc(24, HEXL) + '-' + rc(34, HEXL)


def linear_tok():
    return 'lin_api_' + rc(40, AL)


def newrelic_tok():
    return 'NRAK-' + rc(27, UPP + DIG)


def grafana_tok():
    return 'glsa_' + rc(32, AL) + '_' + rc(8, HEXL)


def tfc_tok():
    return rc(14, AL) + '.atlasv1.' + rc(67, AL)


def notion_tok():
    return pick(['secret_' + rc(43, AL), 'ntn_' + nd(11) + rc(35, AL)])


def figma_tok():
    return 'figd_' + rc(40, AL_)


def mailchimp_tok():
    return rc(32, HEXL) + '-us' + str(R.randint(1, 21))


def mailgun_tok():
    return 'key-' + rc(32, HEXL)


def square_tok():
    return 'EAAA' + rc(60, AL_)


def braintree_tok():
    return 'access_token$production$' + rc(16, LOW + DIG) + '$' + rc(32, HEXL)


def age_key():
    return 'AGE-SECRET-KEY-1' + rc(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')


def azure_client_secret():
    return rc(3, AL) + pick(DIG) + 'Q~' + rc(34, AL + '-_.~')


def azure_storage_key():
    return b64(rbytes(64))


def sentry_tok():
    return 'sntrys_' + b64u(json.dumps({'iat': R.randint(1700000000, 1760000000), 'url': 'https://sentry.io',
                                          'org': 'kestrel'})) + '_' + rc(43, AL)


def supabase_pat():
    return 'sbp_' + rc(40, HEXL)


def pscale_pw():
    return 'pscale_pw_' + rc(43, AL_)


def doppler_tok():
    return 'dp.pt.' + rc(43, AL)


def replicate_tok():
    return 'r8_' + rc(37, AL)


def groq_tok():
    return 'gsk_' + rc(52, AL)


def pulumi_tok():
    return 'pul-' + rc(40, HEXL)


def rubygems_tok():
    return 'rubygems_' + rc(48, HEXL)


def netlify_tok():
    return 'nfp_' + rc(36, AL)


def fcm_key():
    return 'AAAA' + rc(7, AL_) + ':APA91b' + rc(134, AL_)


def django_secret():
    return 'django-insecure-' + rc(50, LOW + DIG + '!@#$%^&*(-_=+)') if R.random() < 0.3 else rc(50, LOW + DIG + '!@#$%^&*(-_=+)')


def basic(user, password):
    return b64('%s:%s' % (user, password))


def jwt(payload=None, alg='HS256'):
    header = {'alg': alg, 'typ': 'JWT'}
    if payload is None:
        iat = R.randint(1700000000, 1770000000)
        payload = {'sub': nz(8), 'iat': iat, 'exp': iat + pick([900, 3600, 86400]),
                   'scope': pick(['read', 'read write', 'admin'])}
    sig = b64u(rbytes(256 if alg.startswith('RS') else 32))
    return b64u(json.dumps(header, separators=(',', ':'))) + '.' + \
        b64u(json.dumps(payload, separators=(',', ':'))) + '.' + sig


PEM_START = {
    'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
    'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
    'EC PRIVATE KEY': 'MHcCAQEEI',
    'ENCRYPTED PRIVATE KEY': 'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI',
    'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    'PUBLIC KEY': 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA',
    'CERTIFICATE': 'MIIDdzCCAl+gAwIBAgIE',
}


def pem(label, lines=None, indent='', sep='\n'):
    lines = lines or R.randint(5, 9)
    body = PEM_START[label] + rc(64 * lines - len(PEM_START[label]) - 20, B64C)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] += '=' if len(rows[-1]) % 4 == 3 else ''
    out = ['-----BEGIN %s-----' % label] + rows + ['-----END %s-----' % label]
    return sep.join((indent + r) if k else r for k, r in enumerate(out))


def pgp_private():
    rows = ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', 'lQdGBG' + rc(58, B64C)]
    rows += [rc(64, B64C) for _ in range(R.randint(4, 7))]
    rows += ['=' + rc(4, B64C), '-----END PGP PRIVATE KEY BLOCK-----']
    return '\n'.join(rows)


# --------------------------------------------------------------------------
# look-alike identifiers
# --------------------------------------------------------------------------
def isbn13():
    body = pick(['978', '979']) + nd(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    cd = str((10 - s % 10) % 10)
    d = body + cd
    return '%s-%s-%s-%s-%s' % (d[:3], d[3], d[4:7], d[7:12], d[12])


def ean13():
    body = nz(12)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def imei():
    body = '35' + nd(12)
    return body + luhn_digit(body)


def ups():
    return '1Z' + rc(6, UPP + DIG) + nd(10)


def order_no():
    return pick(['#', 'ORD-', 'SO-', '']) + nd(R.randint(6, 9))


def ts():
    d = other_date(2023, 2026)
    return '%sT%02d:%02d:%02d.%03dZ' % (d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                        R.randint(0, 999))


def ver4_ipvalid():
    return '%d.%d.%d.%d' % (R.randint(1, 24), R.randint(0, 12), R.randint(0, 40), R.randint(0, 250))


def msgid():
    return '%s@mail.gmail.com' % ('CA' + rc(2, UPP) + '=' + rc(38, AL + '+_-'))


def coords():
    return '%.5f, %.5f' % (R.uniform(-60, 70), R.uniform(-170, 170))


# --------------------------------------------------------------------------
# digit spelling / script substitution for evasions
# --------------------------------------------------------------------------
EN_DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
DE_DIG = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
ES_DIG = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
IT_DIG = ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove']
FR_U = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
        'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf']
FR_T = {2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante'}
EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
            'eighteen', 'nineteen']
EN_TENS = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy', 8: 'eighty',
           9: 'ninety'}
EN_ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
          'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
          'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third',
          'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
          'twenty-ninth', 'thirtieth', 'thirty-first']


def fr_pair(n):
    if n < 20:
        return FR_U[n]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_T[t] + ('' if u == 0 else (' et un' if u == 1 else '-' + FR_U[u]))
    if n < 80:
        return 'soixante et onze' if n == 71 else 'soixante-' + FR_U[n - 60]
    return 'quatre-vingts' if n == 80 else 'quatre-vingt-' + FR_U[n - 80]


def en_num(n):
    if n < 10:
        return EN_DIG[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ('' if u == 0 else '-' + EN_DIG[u])


def en_year(y):
    if 2000 <= y < 2010:
        return 'two thousand' + ('' if y == 2000 else ' and ' + EN_DIG[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return en_num(hi) + ' hundred'
    return en_num(hi) + ' ' + (('oh-' + EN_DIG[lo]) if lo < 10 else en_num(lo))


def spell(s, words, sep=' ', group_sep=', '):
    """Spell each digit; non-digit separators become group_sep."""
    out, cur = [], []
    for ch in s:
        if ch.isdigit():
            cur.append(words[int(ch)])
        elif cur:
            out.append(sep.join(cur))
            cur = []
    if cur:
        out.append(sep.join(cur))
    return group_sep.join(out)


SCRIPTS = {
    'arabic': '٠١٢٣٤٥٦٧٨٩', 'persian': '۰۱۲۳۴۵۶۷۸۹', 'devanagari': '०१२३४५६७८९',
    'bengali': '০১২৩৪৫৬৭৮৯', 'thai': '๐๑๒๓๔๕๖๗๘๙', 'fullwidth': '０１２３４５６７８９',
    'kanji': '〇一二三四五六七八九',
}


def script_digits(s, script):
    return s.translate(str.maketrans(DIG, SCRIPTS[script]))


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == ' ':
            out.append('\u3000')
        elif 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return ''.join(out)


def pct_all(s):
    return ''.join('%%%02X' % ord(c) if not c.isalnum() else c for c in s)


def html_dec(s, only='@.'):
    return ''.join('&#%d;' % ord(c) if c in only else c for c in s)


def html_hex_all(s):
    return ''.join('&#x%X;' % ord(c) for c in s)


def interleave(s, ch, every=1, only_digits=False):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and (i + 1) % every == 0 and (not only_digits or c.isdigit()):
            out.append(ch)
    return ''.join(out)


# ==========================================================================
# FAMILIES
# ==========================================================================

# 1 ------------------------------------------------------------------------
family('support_chat_en')
f, l = person()
add(f"Customer: hi, I can't get into my account. It's registered to {EM(email(f, l))} and the mobile on file should be {PH(ph('US'))}.")
add(f"Agent: Thanks! Before I can make changes I need to verify you. What's your date of birth?\nCustomer: {DB(fdate(dob(), 'en_us_long'))}\nAgent: Perfect, thank you.")
add(f"Customer: I was charged twice for order {la(order_no())}, the card ending {la(nd(4))} shows two pending payments of $84.20")
add(f"Customer: ok here it is {CA(fmt_card(card('visa')))} exp 11/27, please just refund to that one")
add(f"Agent: I've issued a temporary password: {SE(pw(1))}\nIt expires in 24 hours and you'll be asked to change it on first login.")
add("Customer: is there a way to change the phone number on my account myself, or do I have to call you?")
add(f"Agent: Your case number is {la('CS-' + nd(7))}. Please keep it for your records, no need to reply to this message.")
add("Agent: Just a reminder that we will never ask for your full card number, your password or a one-time code in this chat.")
f2, l2 = person()
add(f"Customer: the account is actually in my mother's name, {f2} {l2}, email {EM(email(f2, l2))}, DOB {DB(fdate(dob(1940, 1960), 'us'))}")
add(f"Customer: UPS says {la(ups())} was delivered but nothing's on my porch")
add(f"Customer: if it helps with the lockout, I'm connecting from {IP(ipv4())} at home and from the office VPN during the day")
add(f"Agent: Error {la('0x80070005')} just means the installer lacked permissions; please try build {la('4.18.2301.6')} instead.")
add(f"Customer: my login is {EM(email())} and the password is {SE(pw(0))}, can you just check it works? I'm in a hurry")

# 2 ------------------------------------------------------------------------
family('email_signatures')
f, l = person()
add(f"Best regards,\n{f} {l}\nSenior Account Manager | Harbourline Freight Ltd\nM: {PH(ph('GB', 0))}\nE: {EM(work_email(f, l, 'harbourline-freight.co.uk'))}\nRegistered in England and Wales No. {la(nd(8))}")
f, l = person()
add(f"Mit freundlichen Grüßen\n\n{f} {l}\nLeitung Einkauf\nNordwind Energie GmbH\nMobil: {PH(ph('DE', 1))}\n{EM(work_email(f, l, 'nordwind-energie.de'))}\nUSt-IdNr.: {la('DE' + nd(9))} | Amtsgericht Hamburg HRB {la(nd(6))}")
f, l = person()
add(f"Cordialement,\n{f} {l}\nResponsable RH, Maison Lefèvre\nTél. : {PH(ph('FR', 0))}\n{EM(work_email(f, l, 'maison-lefevre.fr'))}\nSIRET {la(nd(3) + ' ' + nd(3) + ' ' + nd(3) + ' ' + nd(5))}")
f, l = pick(FEMALE), pick(LAST)
add(f"Saludos,\n{f} {l} | Directora Comercial\nMóvil {PH(ph('ES', 0))}\nCIF {la('B' + nd(8))}")
f, l = person()
add(f"--\n{f} {l}\nFounder, Kestrel Analytics\n{PH(ph('US', 1))} (cell)\n{EM(work_email(f, l, 'kestrel-analytics.io'))}\nSent from my iPhone")
f, l = person()
add("Met vriendelijke groet,\n\nTeam Klantenservice\nBereikbaar op werkdagen van 9.00 tot 17.00 uur via de chat in de app.")
f, l = person()
add(f"Cordiali saluti\n{f} {l}\nUfficio Acquisti, Bianchi Meccanica S.r.l.\nP.IVA {la(nd(11))}\n{EM(work_email(f, l, 'bianchimeccanica.it'))}")
f, l = person()
add(f"Cheers,\n{f}\n\n{f} {l} | Project Lead\nm {PH(ph('AU', 0))}\nABN {la(nd(2) + ' ' + nd(3) + ' ' + nd(3) + ' ' + nd(3))}")
add(f"よろしくお願いいたします。\n{pick(JA_NAMES)}\n株式会社サクラ精機 営業部\n携帯: {PH(ph('JP', 0))}\nMail: {EM(email(pick(['Kenji', 'Yuki', 'Hiroshi']), pick(['Tanaka', 'Sato']), 'sakura-seiki.co.jp', 0))}")
f, l = person()
add(f"Thanks & Regards,\n{f} {l}\nMobile: {PH(ph('IN', 0))} (WhatsApp same)\nGSTIN {la('27' + rc(5, UPP) + nd(4) + rc(1, UPP) + '1Z' + rc(1, UPP + DIG))}")
f, l = person()
f, l = person()
add("Kind regards,\nThe Accounts Team\nPlease do not reply to this automated message. Office hours Mon–Fri 09:00–17:30 (GMT).")
f, l = person()
f, l = person()

# 3 ------------------------------------------------------------------------
family('email_headers')
f, l = person()
f2, l2 = person()
add(f"From: {f} {l} <{EM(email(f, l))}>\nTo: {EM(email(f2, l2))}\nSubject: Re: contract draft v3\nDate: Tue, 14 May 2024 09:12:44 +0200\nMessage-ID: <{la(msgid())}>")
add(f"Received: from mail-ej1-f45.google.com (mail-ej1-f45.google.com [{IP(ipv4())}]) by mx.brightpath-hr.com with ESMTPS id {la(rc(12, UPP + DIG))}; Mon, 3 Jun 2024 17:40:02 +0000")
add(f"X-Originating-IP: [{IP(ipv4())}]\nX-Mailer: {la('Microsoft Outlook 16.0.17328.20162')}\nX-MS-Exchange-Organization-SCL: 1")
add(f"Return-Path: <{EM(email())}>\nX-Spam-Score: -0.1")
f, l = person()
add(f'Reply-To: "{f} {l}" <{EM(email(f, l))}>\nIn-Reply-To: <{la(msgid())}>\nReferences: <{la(msgid())}>')
add(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kestrel-analytics.io; s=sel1; h=from:to:subject:date; bh={la(b64(rbytes(32)))}; b={la(b64(rbytes(96)))}")
add(f"Authentication-Results: mx.tidewater-dental.com; spf=pass smtp.mailfrom={EM(email(domain='gmx.de'))}; dkim=pass header.d=gmx.de; dmarc=pass")
add(f"From: =?UTF-8?B?{b64('Zoë Müller-Lüdenscheidt')}?= <{EM(email('Zoe', 'Muller', 'web.de'))}>\nSubject: =?UTF-8?Q?Ihre_Anfrage_vom_12.03.?=")
add(f"Received: from [{IP(ipv6(True))}] (port=51234 helo=[{IP(ipv6(False))}]) by smtp.fastmail.com with esmtpsa; Thu, 11 Apr 2024 06:02:19 -0400")
add("To: undisclosed-recipients:;\nSubject: Your statement for March is ready\nX-Priority: 3\nContent-Type: text/html; charset=UTF-8")
add(f"From {EM(email())} Sat Jan  6 10:14:02 2024\nX-Mozilla-Status: {la('0001')}\nX-Mozilla-Status2: {la('00800000')}")

# 4 ------------------------------------------------------------------------
family('crm_export_csv')
rows = []
for _ in range(1):
    f, l = person()
    rows.append(f"{la(nz(6))},{f},{l},{EM(email(f, l))},{PH(ph(pick(['US', 'GB', 'IE'])))},{DB(fdate(dob(), 'iso'))},{IP(ipv4())}")
add('customer_id,first_name,last_name,email,phone,date_of_birth,signup_ip\n' + '\n'.join(rows))
rows = []
for _ in range(1):
    f, l = person()
    rows.append(f"{la(nd(7))};{f};{l};{EM(email(f, l, pick(['gmx.de', 'web.de', 't-online.de'])))};{PH(ph('DE', 1))};{DB(fdate(dob(), 'eu_dot'))}")
add('Kundennr;Vorname;Nachname;E-Mail;Telefon;Geburtsdatum\n' + '\n'.join(rows))
f, l = person()
add(f'"Record ID","First Name","Last Name","Email","Phone Number","Create Date","Lifecycle Stage"\n"{la(nz(11))}","{f}","{l}","{EM(email(f, l))}","{PH(ph("US", 2))}","{la("2024-02-19 14:03")}","lead"')
f, l = person()
add(f"Email Address\tFirst Name\tLast Name\tMEMBER_RATING\tOPTIN_TIME\tOPTIN_IP\n{EM(email(f, l))}\t{f}\t{l}\t2\t{la('2023-11-08 21:17:44')}\t{IP(ipv4())}")
rows = []
for _ in range(1):
    f, l = person()
    rows.append(f"{f} {l}|{EM(email(f, l))}|{PH(ph(pick(['FR', 'BE', 'CH'])))}")
add('nom|email|tel\n' + '\n'.join(rows))
f, l = person()
add(f"report_date,region,new_leads,conversion_rate\n{la('2024-05-31')},EMEA,412,3.9%\n{la('2024-05-31')},APAC,288,4.4%")
rows = []
for _ in range(2):
    f, l = person()
    rows.append(f"{la('EMP' + nd(5))},{l},{f},{NI(fmt_nino(nino(), 1))},{DB(fdate(dob(1960, 2003), 'uk'))}")
add('emp_no,surname,forename,ni_number,dob\n' + '\n'.join(rows))
f, l = person()
add(f"sku,description,qty,unit_price,warehouse\n{la('TX-' + nd(4) + '-' + nd(3))},Cable tie 200mm (100 pk),40,{la('3.49')},LHR2\n{la('TX-' + nd(4) + '-' + nd(3))},Heat-shrink kit,12,{la('11.90')},LHR2")
rows = []
for _ in range(1):
    f, l = person()
    rows.append(f"{f},{l},{EM(email(f, l, pick(['yahoo.com', 'icloud.com'])))},{SS(ssn())},{DB(fdate(dob(), 'us'))}")
add('first,last,email,ssn,birthdate\n' + '\n'.join(rows))
f, l = person()
add(f'"Nombre","Correo","Móvil","Fecha de nacimiento"\n"{f} {l}","{EM(email(f, l, "hotmail.es"))}","{PH(ph("ES", 0))}","{DB(fdate(dob(), "uk"))}"')
add(f"order_id,created,amount,currency,status\n{la(nd(9))},{la('2024-05-04T10:22:19Z')},129.00,EUR,paid\n{la(nd(9))},{la('2024-05-04T10:29:55Z')},18.50,EUR,refunded")

# 5 ------------------------------------------------------------------------
family('json_api_payloads')
add(f'{{"id":"{la(uuid4())}","email":"{EM(email())}","phone":"{PH(ph("GB", 4))}","created_at":"{la(ts())}","marketing_opt_in":false}}')
f, l = person()
add('{"status":"ok","items":[],"next_cursor":null,"took_ms":12}')
c = card('mastercard2')
add(f'{{"payment_method": {{"type": "card", "card": {{"number": "{CA(c)}", "exp_month": 4, "exp_year": 2028}}}}, "amount": 4999, "currency": "gbp"}}')
add(f'{{"access_token":"{SE(jwt())}","token_type":"Bearer","expires_in":3600,"refresh_token":"{SE(rc(64, AL_))}","scope":"read write"}}')
add(f'{{"event":"login","ip":"{IP(ipv4())}","user_agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","ts":{la(str(R.randint(1700000000, 1760000000)))}}}')
f, l = person()
add(f'{{"beneficiary": {{"name": "{f} {l}", "iban": "{IB(iban("NL"))}", "bic": "{la(bic())}"}}, "reference": "{la("INV-" + nd(6))}"}}')
add(f'{{"applicant":{{"ssn":"{SS(ssn())}","dob":"{DB(fdate(dob(), "us"))}","email":"{EM(email())}"}},"product":"personal_loan"}}')
add(f'{{"version": "{la(ver4_ipvalid())}", "build": "{la(sha1()[:12])}", "channel": "stable"}}')
add(f'{{"lat": {la("%.4f" % R.uniform(35, 60))}, "lng": {la("%.4f" % R.uniform(-10, 30))}, "accuracy_m": 12, "provider": "fused"}}')
add('{"error":"invalid_grant","error_description":"Refresh token expired or revoked","status":400}')
f, l = person()
add(f'{{"query":"mutation UpdateContact($email: String!, $phone: String) {{ updateContact(email: $email, phone: $phone) {{ id }} }}","variables":{{"email":"{EM(email(f, l))}","phone":"{PH(ph("DE", 0))}"}}}}')
add(f'{{"order": {{"number": "{la(nd(3) + "-" + nd(7) + "-" + nd(7))}", "total": "1.249,00 €", "tracking": "{la(nd(10))}", "carrier": "DHL"}}}}')
add(f'{{"employee":{{"id":{la(nz(6))},"nino":"{NI(fmt_nino(nino(), 1))}","start_date":"{la("2024-09-02")}"}}}}')

# 6 ------------------------------------------------------------------------
family('web_access_logs')
add(f'{IP(ipv4())} - - [12/Mar/2024:14:22:07 +0000] "GET /account/settings HTTP/2.0" 200 5123 "https://shop.brightwell.co.uk/login" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{la("122.0.0.0")} Safari/537.36"')
e = email()
add(f'{IP(ipv4())} - - [12/Mar/2024:14:22:09 +0000] "GET /api/v1/users/lookup?email={EM(e.replace("@", "%40"))} HTTP/1.1" 200 612 "-" "okhttp/4.12.0"')
add(f'{IP(ipv4())} - - [02/Apr/2024:08:01:55 +0200] "GET /password/reset?token={SE(rc(43, AL_))} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/{la("17.4.1")} Safari/605.1.15"')
add(f'{IP(ipv6())} - frank [10/Oct/2023:13:55:36 -0700] "POST /login HTTP/1.1" 302 - "https://portal.lumen-bank.nl/" "Mozilla/5.0 (X11; Linux x86_64; rv:{la("124.0")}) Gecko/20100101 Firefox/124.0"')
add(f'CF-Connecting-IP: {IP(ipv4())}\nCF-Ray: {la(rc(16, HEXL) + "-FRA")}\nCF-IPCountry: DE')
add(f'{la("::1")} - - [18/May/2024:03:11:42 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/{la("1.29")}"')
add(f'{IP(ipv4())} - - [21/Jun/2024:19:45:03 +0100] "POST /wp-login.php HTTP/1.1" 200 3921 "-" "python-requests/2.31.0" log={EM(email())}&pwd={SE(pw(4))}')
add(f'{IP(ipv6(False))} - - [21/Jun/2024:19:45:10 +0100] "GET /static/app.{la(rc(8, HEXL))}.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0 (Android 14; Mobile) Chrome/{la("124.0.0.0")} Mobile"')
add(f'{IP(ipv4())} - - [01/Jul/2024:00:00:01 +0000] "GET /unsubscribe?u={EM(email())}&c={la(nd(6))} HTTP/1.1" 200 1402 "-" "Mozilla/5.0"')

# 7 ------------------------------------------------------------------------
family('app_logs_stacktraces')
add(f"2024-05-02 11:04:31,882 ERROR [payment-worker-3] c.k.billing.ChargeService - Charge failed for customer={EM(email())} card={CA(card('visa'))} amount=149.00 EUR reason=do_not_honor")
add(f'Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.crm-hub.io/v2/contacts?api_key={SE(rc(32, HEXL))}&limit=100')
add(f"java.sql.SQLException: Access denied for user 'root'@'{IP(ipv4())}' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:{la('130')})")
add(f"DEBUG:urllib3.connectionpool: send: b'POST /oauth/token HTTP/1.1\\r\\nHost: auth.kestrel-analytics.io\\r\\nAuthorization: Basic {SE(basic('svc-reporting', pw(4)))}\\r\\n'")
add(f'Exception in thread "main" java.lang.IllegalArgumentException: Invalid phone number: {PH(ph("DE", 0))} for region AT\n\tat com.acme.crm.PhoneValidator.validate(PhoneValidator.java:42)\n\tat com.acme.crm.ContactService.save(ContactService.java:118)')
add(f'level=error ts=2024-04-01T10:00:03.114Z caller=notify.go:527 msg="Error sending alert" err="Post \\"{SE(slack_hook())}\\": context deadline exceeded"')
add(f"Sentry event {la(rc(32, HEXL))}: KeyError: 'date_of_birth' while serialising Patient(id={la(nz(6))})")
add(f"2024-06-18 02:11:45 WARN  AuthFilter - Rejected expired JWT from {IP(ipv4())}: {SE(jwt())}")
add(f"Error: Invalid login: 535-5.7.8 Username and Password not accepted for {EM(email(domain='gmail.com'))}\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:{la('798')}:19)")
add(f"[2024-01-09 16:42:10] production.ERROR: Invalid API Key provided: {la('sk_live_' + '*' * 20 + rc(4, AL))} {{\"exception\":\"[object] (Stripe\\\\Exception\\\\AuthenticationException(code: 0)\"}}")
add(f"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc={la('0x' + rc(7, HEXL))}]\n\ngoroutine 42 [running]:\nmain.(*Server).handle(0xc000124000)")
add(f"psycopg2.OperationalError: connection to server at \"pg-eu-1.lumen-bank.nl\" ({IP(ipv4())}), port 5432 failed: FATAL:  password authentication failed for user \"ledger_rw\"")

# 8 ------------------------------------------------------------------------
family('dotenv_configs')
add(f"APP_ENV=production\nPORT=8080\nDATABASE_URL=postgres://app_user:{SE(pw_url())}@db.kestrel-analytics.io:5432/app\nREDIS_URL=redis://cache:6379/0\nSTRIPE_SECRET_KEY={SE(stripe_sk())}\nSENTRY_ENVIRONMENT=production")
add(f"OPENAI_API_KEY={SE(openai_key())}\nOPENAI_MODEL=gpt-4o-mini\nMAX_TOKENS=2048")
add(f"AWS_ACCESS_KEY_ID={la('your-access-key-id')}\nAWS_SECRET_ACCESS_KEY={la('your-secret-access-key')}\nAWS_REGION=eu-west-1")
add(f"MAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME={EM('postmaster@mg.tidewater-dental.com')}\nMAIL_PASSWORD={SE(rc(32, HEXL) + '-' + rc(8, HEXL) + '-' + rc(8, HEXL))}")
add(f"SECRET_KEY='{SE(django_secret())}'\nDEBUG=False\nALLOWED_HOSTS=.pinecrest-realty.ca")
add(f"ANTHROPIC_API_KEY={la('${ANTHROPIC_API_KEY}')}\nGITHUB_TOKEN={la('${{ secrets.GITHUB_TOKEN }}')}\nLOG_LEVEL=info")
add(f"TWILIO_ACCOUNT_SID={la('AC' + rc(32, HEXL))}\nTWILIO_AUTH_TOKEN={SE(rc(32, HEXL))}\nTWILIO_MESSAGING_SERVICE={la('MG' + rc(32, HEXL))}")
add(f"NEXT_PUBLIC_SUPABASE_URL=https://{la(rc(20, LOW))}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={SE(jwt({'iss': 'supabase', 'role': 'service_role', 'iat': 1712000000, 'exp': 2027576000}))}")
add("DB_HOST=db\nDB_USER=postgres\nDB_PASSWORD=\n# leave DB_PASSWORD empty locally; CI injects it from the vault")
add(f"SENDGRID_API_KEY={SE(sendgrid())}\nFROM_EMAIL={EM(email(domain='solara-clinic.com', style=0))}\nFROM_NAME=\"Solara Clinic\"")
add(f"APP_NAME=Laravel\nAPP_KEY=base64:{SE(b64(rbytes(32)))}\nAPP_DEBUG=false\nAPP_URL=https://crm.quillon-legal.ie")

# 9 ------------------------------------------------------------------------
family('yaml_ini_configs')
add(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: billing\ntype: Opaque\ndata:\n  username: {la(b64('billing_app'))}\n  password: {SE(b64(pw(1)))}")
add(f'services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: {SE(pw(2))}\n    ports:\n      - "5432:5432"')
add(f"- name: Publish package\n  env:\n    NODE_AUTH_TOKEN: {la('${{ secrets.NPM_TOKEN }}')}\n  run: npm publish --access public")
add(f"spring:\n  datasource:\n    url: jdbc:mysql://{IP(ipv4())}:3306/orders\n    username: orders_svc\n    password: {SE(pw(0))}\n  mail:\n    username: {EM(email(domain='gmail.com'))}\n    password: {SE(' '.join(rc(4, LOW) for _ in range(4)))}")
add(f"db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  {la(rc(64, DIG + 'abcdef'))}\n  {rc(64, DIG + 'abcdef')}")
add(f"image:\n  repository: ghcr.io/kestrel/api\n  tag: {la('2.14.3')}\nexternalSecrets:\n  enabled: true\n  secretStoreRef: vault-backend")
add(f"variables:\n  DOCKER_AUTH_CONFIG: '{{\"auths\":{{\"registry.gitlab.com\":{{\"auth\":\"{SE(b64('ci-bot:' + glpat()))}\"}}}}}}'")
add(f"receivers:\n- name: slack-oncall\n  slack_configs:\n  - api_url: {SE(slack_hook())}\n    channel: '#alerts-prod'\n    send_resolved: true")
add(f"password: ENC[AES256_GCM,data:{la(b64(rbytes(12)))},iv:{b64(rbytes(32))},tag:{b64(rbytes(16))},type:str]\nsops:\n  kms:\n  - arn: arn:aws:kms:eu-west-1:{la(nd(12))}:key/{la(uuid4())}")
cid = nz(12) + '-' + rc(32, LOW + DIG) + '.apps.googleusercontent.com'
add(f'[gdrive]\ntype = drive\nclient_id = {la(cid)}\nclient_secret = {SE(gocspx())}\ntoken = {{"access_token":"{SE("ya29." + rc(150, AL_))}","token_type":"Bearer","expiry":"2024-06-01T12:00:00Z"}}')
add(f"machine api.heroku.com\n  login {EM(email())}\n  password {SE(uuid4())}")

# 10 -----------------------------------------------------------------------
family('source_code')
add(f'import stripe\nstripe.api_key = "{SE(stripe_sk())}"\n\ndef charge(amount_cents, customer_id):\n    return stripe.PaymentIntent.create(amount=amount_cents, currency="eur", customer=customer_id)')
add(f'const client = new OpenAI({{ apiKey: "{SE(openai_key())}" }});\nconst res = await client.responses.create({{ model: "gpt-4o", input: prompt }});')
add(f'cfg := aws.Config{{\n\tRegion: "us-east-1",\n\tCredentials: credentials.NewStaticCredentialsProvider("{SE(aws_akid())}", "{SE(aws_secret())}", ""),\n}}')
add(f"$mail->Username = '{EM(email(domain='gmail.com'))}';\n$mail->Password = '{SE(pw(2))}';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;")
add(f'client = Octokit::Client.new(access_token: "{SE(gh())}")\nclient.auto_paginate = true')
add(f'var conn = new SqlConnection("Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password={SE(pw(4))};Encrypt=True;");')
add(f'let token = "{SE(discord_tok())}"; // bot token, regenerate if leaked\nclient.login(token).await?;')
add('api_key = os.environ["OPENAI_API_KEY"]\nif not api_key:\n    raise RuntimeError("OPENAI_API_KEY is not set; export it or add it to .env")')
add(f'EXPECTED_SHA256 = "{la(sha256())}"\nRELEASE_COMMIT = "{la(sha1())}"\nBUILD_ID = "{la(uuid4())}"')
add(r'SSN_RE = re.compile(r"^(?!000|666|9\d{2})\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")' + '\nEMAIL_RE = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", re.I)')
add(f'def test_luhn():\n    assert luhn_ok("{la("4242424242424242")}")\n    assert not luhn_ok("{la(not_luhn(card("visa")))}")')
add(f"ENV NPM_TOKEN={SE(npm_tok())}\nRUN echo \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > .npmrc && npm ci --omit=dev")
add(f'const firebaseConfig = {{\n  apiKey: "{SE(google_api())}",\n  authDomain: "kestrel-prod.firebaseapp.com",\n  projectId: "kestrel-prod",\n  appId: "{la("1:" + nz(12) + ":web:" + rc(22, HEXL))}"\n}};')

# 11 -----------------------------------------------------------------------
family('shell_history')
add(f'  501  curl -s -H "Authorization: Bearer {SE(linear_tok())}" -H "Content-Type: application/json" https://api.linear.app/graphql -d @query.json')
add(f"mysql -h {IP(ipv4())} -u root -p{SE(rc(14, AL))} shop_prod < dump_2024-05-01.sql")
add(f"export AWS_ACCESS_KEY_ID={SE(aws_akid())}\nexport AWS_SECRET_ACCESS_KEY={SE(aws_secret())}\naws s3 ls s3://backups-eu-2024/ --recursive | tail")
add(f"git clone https://mhaddad:{SE(gh())}@github.com/kestrel-analytics/pipeline.git")
add("ls -la ~/.ssh\nchmod 600 ~/.ssh/id_ed25519\nssh-add -l\nssh-add -D")
add(f"docker login registry.gitlab.com -u ci-bot -p {SE(glpat())}")
add(f"$ git log --oneline -3\n{la(rc(7, HEXL))} fix: handle empty IBAN field\n{la(rc(7, HEXL))} chore: bump version to {la('3.4.1')}\n{la(rc(7, HEXL))} feat: mask SSN in CSV exports")
add(f'psql "postgresql://reporting:{SE(pw_url())}@{IP(ipv4())}:5432/analytics?sslmode=require" -c "select count(*) from orders"')
add(f"curl -u {EM(email(domain='kestrel-analytics.io', style=0))}:{SE(atlassian_tok())} https://kestrel.atlassian.net/rest/api/3/myself")
add(f"docker pull ghcr.io/kestrel/api@sha256:{la(sha256())}\ndocker run --rm -p 8080:8080 ghcr.io/kestrel/api")
add(f'echo "{SE(vault_tok())}" | vault login -\nvault kv get secret/prod/db')
add("history | grep -i password\n  812  history | grep -i password")

# 12 -----------------------------------------------------------------------
family('connection_strings')
add(f"mongodb+srv://app:{SE(pw_url())}@cluster0.{la(rc(5, LOW + DIG))}.mongodb.net/shop?retryWrites=true&w=majority")
add(f"Server=sql01.corp.harbourline-freight.co.uk;Database=HR;User Id=sa;Password={SE(pw(4))};TrustServerCertificate=True")
add(f"DefaultEndpointsProtocol=https;AccountName=stcrmexports;AccountKey={SE(azure_storage_key())};EndpointSuffix=core.windows.net")
add(f"REDIS_URL=redis://:{SE(rc(32, AL))}@{IP(ipv4())}:6379/2")
add(f"jdbc:postgresql://{IP(ipv4())}:5432/claims?user=claims_rw&password={SE(pw_url())}&ssl=true")
add(f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:erp-db.nordwind-energie.de,1433;Uid=erp_reader;Pwd={SE(pw(1).replace(';', ''))};Encrypt=yes;")
add(f"sqlplus scott/{SE(rc(12, AL))}@//ora-prod.pinecrest-realty.ca:1521/ORCLPDB1")
e = email(domain='gmail.com')
add(f"ALERT_SMTP=smtps://{EM(e.replace('@', '%40'))}:{SE(rc(16, LOW))}@smtp.gmail.com:465")
add(f"DATABASE_URL={la('postgres://USER:PASSWORD@HOST:5432/DBNAME')}  # template, copy to .env and fill in")
add(f"mysql://root:{la('${MYSQL_ROOT_PASSWORD}')}@db:3306/app")
add(f"Data Source=reports.quillon-legal.ie;Initial Catalog=Billing;User ID=rpt;Password={la('*****')};")
add(f"ES_URL=https://elastic:{SE(rc(24, AL))}@{la(rc(32, HEXL))}.eu-west-1.aws.found.io:9243")

# 13 -----------------------------------------------------------------------
family('private_keys_jwt')
add(f"Here's the deploy key for the staging box, don't lose it:\n{SE(pem('RSA PRIVATE KEY'))}")
add(f"$ cat ~/.ssh/id_ed25519\n{SE(pem('OPENSSH PRIVATE KEY', 4))}")
add(SE(pem('EC PRIVATE KEY', 3)))
add(f"tls:\n  key: |\n    {SE(pem('PRIVATE KEY', 6, indent='    '))}")
add(f"please import this into your keyring:\n\n{SE(pgp_private())}")
add(f"{la(pem('PUBLIC KEY', 6))}")
add(f"{la(pem('CERTIFICATE', 7))}\nsubject=CN=api.kestrel-analytics.io")
f, l = person()
add(f"{la('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rc(43, B64C) + ' ' + slug(f) + '@thinkpad')}")
add(f"ED25519 key fingerprint is {la('SHA256:' + rc(43, B64C))}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
add(f"Authorization: Bearer {SE(jwt(alg='RS256'))}")
add(f"Cookie: session={SE(jwt())}; theme=dark; _ga={la('GA1.2.' + nz(10) + '.' + nz(10))}")
add("A JWT has three base64url parts separated by dots: header, payload and signature. Anyone can decode the payload, so never log the full token.")
add(f"{SE(pem('ENCRYPTED PRIVATE KEY', 5))}\n(passphrase is in 1Password under 'signing key')")

# 14 -----------------------------------------------------------------------
family('cloud_keys')
add(f"[default]\naws_access_key_id = {SE(aws_akid())}\naws_secret_access_key = {SE(aws_secret())}\nregion = eu-central-1")
add(f'{{"Credentials": {{"AccessKeyId": "{SE(aws_akid("ASIA"))}", "SecretAccessKey": "{SE(aws_secret())}", "SessionToken": "{SE("IQoJb3JpZ2luX2VjE" + rc(280, B64C))}", "Expiration": "{la(ts())}"}}}}')
add(f"Resources:\n  Role: arn:aws:iam::{la(nd(12))}:role/LambdaExec\n  Bucket: arn:aws:s3:::invoices-{la(nd(12))}-eu")
gpem = pem('PRIVATE KEY', 6, sep='\\n') + '\\n'
add(f'{{"type": "service_account", "project_id": "billing-prod-4821", "private_key_id": "{la(rc(40, HEXL))}", "private_key": "{SE(gpem)}", "client_email": "{EM("etl-runner@billing-prod-4821.iam.gserviceaccount.com")}", "client_id": "{la(nz(21))}"}}')
add(f"az login --service-principal -u {la(uuid4())} -p {SE(azure_client_secret())} --tenant {la(uuid4())}")
add(f"https://stexports.blob.core.windows.net/reports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-31T23:59:59Z&spr=https&sig={SE(pct_all(b64(rbytes(32))))}")
add(f"AccessKeyId: {SE('LTAI' + rc(20, AL))}\nAccessKeySecret: {SE(rc(30, AL))}\nRegion: cn-hangzhou")
add(f"Maps key for the staging site: {SE(google_api())} (HTTP referrer restricted to *.kestrel-analytics.io)")
add("Reminder from the cloud team: rotate IAM access keys every 90 days and prefer short-lived role credentials over long-lived user keys.")
add(f'upload complete: s3://invoices-eu/2024/05/INV-{la(nd(6))}.pdf ETag: "{la(md5())}" VersionId: {la(rc(32, AL))}')

# 15 -----------------------------------------------------------------------
family('saas_tokens')
add(f"new fine-grained PAT for the release bot: {SE(gh_fine())} (expires in 30 days)")
add(f'curl --header "PRIVATE-TOKEN: {SE(glpat())}" "https://gitlab.com/api/v4/projects/{la(nd(8))}/pipelines"')
add(f'app = App(token="{SE(slack_bot())}", signing_secret="{SE(rc(32, HEXL))}")')
add(f'client = anthropic.Anthropic(api_key="{SE(anthropic_key())}")')
add(f"[pypi]\n  username = __token__\n  password = {SE(pypi_tok())}")
add(f"echo {SE(dockerhub())} | docker login -u kestrelci --password-stdin")
add(f"huggingface-cli login --token {SE(hf_tok())}")
add(f"X-Shopify-Access-Token: {SE(shopify())}\nX-Shopify-Shop-Domain: aurora-ceramics.myshopify.com")
add(f"TELEGRAM_BOT_TOKEN={SE(telegram_tok())}\nTELEGRAM_CHAT_ID={la('-100' + nz(10))}")
add(f"databricks configure --token\nHost: https://adb-{la(nz(16))}.7.azuredatabricks.net\nToken: {SE(databricks_tok())}")
add(f'credentials "app.terraform.io" {{\n  token = "{SE(tfc_tok())}"\n}}')
add(f"notion = Client(auth=\"{SE(notion_tok())}\")")
add(f"$ cat ~/.config/sops/age/keys.txt\n# created: 2024-05-01T10:00:00Z\n# public key: {la('age1' + rc(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'))}\n{SE(age_key())}")
add(f"SENTRY_AUTH_TOKEN={SE(sentry_tok())}\nSENTRY_ORG=kestrel")
add(f"Paste your token here, e.g. {la('ghp_' + 'x' * 36)}. Slack tokens look like {la('xoxb-your-bot-token')}.")
add(f"FCM legacy server key (deprecated, still works for now): {SE(fcm_key())}")

# 16 -----------------------------------------------------------------------
family('passwords_in_prose')
add(f"The guest Wi-Fi is 'Harbourline-Guest' and the password is {SE(pick(COMMON_WORDS) + pick(COMMON_WORDS) + nd(2))}")
add(f"Shared inbox login: {EM(email(domain='solara-clinic.com', style=0))} / {SE(pw(0))}. Please don't change it, the night shift uses it too.")
add(f"Hi! Das WLAN-Passwort lautet {SE(pw(2))} – bitte nicht weitergeben.")
add(f"Le mot de passe provisoire est {SE(pw(1))}, pensez à le changer à la première connexion.")
add(f"Tu contraseña temporal es: {SE(pw(4))}")
add(f"パスワードは {SE(pw(4))} です。ログイン後に必ず変更してください。")
add(f"Пароль от админки: {SE(pw(2))}, логин admin")
add(f"la password del router è {SE(pw(0))} (maiuscole comprese)")
add(f"My Netflix login is just my email plus {SE(pw(0))}, feel free to use it while you're staying here")
add(f"Passwords must be at least 12 characters and include a number. Avoid obvious choices like {la('Password123')} or {la('Qwerty!2024')}.")
add(f"username: jsmith\npassword: {la('********')}\n(masked by the password manager export)")
add("Reset your password here: https://id.kestrel-analytics.io/reset (the link is valid for 30 minutes).")
add(f"sudo password on the jump host is {SE(pw(3))} btw, same as the BIOS one")

# 17 -----------------------------------------------------------------------
family('hr_onboarding_forms')
f, l = person()
add(f"NEW STARTER FORM\nFull name: {f} {l}\nDate of birth: {DB(fdate(dob(1965, 2004), 'uk'))}\nNational Insurance number: {NI(fmt_nino(nino(), 0))}\nMobile: {PH(ph('GB', 0))}\nStart date: {la('01/07/2024')}\nEmployee no.: {la('E' + nd(5))}")
f, l = person()
add(f"Employee: {f} {l}\nSSN: {SS(ssn())}\nDOB: {DB(fdate(dob(1965, 2004), 'us'))}\nFiling status: Single\nAnnual salary: {la('$82,500')}")
f, l = person()
add(f"Personalfragebogen\nName, Vorname: {l}, {f}\nGeburtsdatum: {DB(fdate(dob(1965, 2004), 'eu_dot'))}\nIBAN: {IB(fmt_iban(iban('DE')))}\nKrankenkasse: TK\nEintrittsdatum: {la('01.10.2024')}")
f, l = person()
add(f"Fiche salarié\nNom : {l.upper()}\nPrénom : {f}\nDate de naissance : {DB(fdate(dob(1965, 2004), 'uk'))}\nIBAN : {IB(fmt_iban(iban('FR')))}")
f, l = person()
add(f"Personeelsformulier\nGeboortedatum: {DB(fdate(dob(1965, 2004), 'eu_dash'))}\nIBAN: {IB(fmt_iban(iban('NL')))}\nPersoneelsnummer: {la(nd(6))}")
f, l = pick(FEMALE), pick(LAST)
add(f"Emergency contact: {f} {l} (sister), {PH(ph('IE', 1))}, available evenings")
add(f"Please update the bank details for employee {la('#' + nd(4))} to {IB(fmt_iban(iban('GB')))} from the next pay run ({la('28 June 2024')}).")
add("Reminder: upload your P45 and proof of right to work before your start date. Please do not email your NI number; use the secure HR portal instead.")
add(f"hey, can you resend my payslip? my NI is {NI(fmt_nino(nino(), 2))} and I moved to {EM(email())} last month")
f, l = person()
add(f"Candidate {f} {l}, born {DB(fdate(dob(1970, 2000), 'en_long'))}, was employed with us from March 2019 to May 2023 as a warehouse supervisor.")
f, l = person()
add(f"Dependent: {f} {l}, relationship: child, DOB {DB(fdate(dob(2008, 2020), 'us'))}, SSN {SS(ssn())}")
add(f"Modulo assunzione – cellulare {PH(ph('IT', 0))}, IBAN {IB(fmt_iban(iban('IT')))}")
add("Formularz osobowy: prosimy nie wpisywać numeru PESEL ani numeru konta w polu 'Uwagi'.")

# 18 -----------------------------------------------------------------------
family('medical_intake')
f, l = person()
add(f"PATIENT INTAKE\nName: {f} {l}\nDOB: {DB(fdate(dob(), 'us'))}\nPhone: {PH(ph('US', 0))}\nAllergies: penicillin\nBP {la('128/84')}  HR 72\nNext appointment: {la('06/14/2024 10:30')}")
f, l = pick(FEMALE), pick(LAST)
add(f"Re: Mrs {f} {l}, d.o.b. {DB(fdate(dob(1935, 1960), 'uk'))}\nThank you for seeing this lady with worsening exertional dyspnoea.")
f, l = pick(FEMALE), pick(LAST)
add(f"Patientin: {l}, {f}, geb. {DB(fdate(dob(), 'eu_dot'))}, Tel. {PH(ph('DE', 1))}\nDiagnose: J45.9, Verordnung: Salbutamol 100 µg")
f, l = person()
add(f"Paciente: {f} {l}\nFecha de nac.: {DB(fdate(dob(), 'uk'))}\nMotivo de consulta: dolor lumbar de {la('3')} semanas")
add(f"Specimen ID {la('SP-' + nd(8))} collected {la('2024-03-11 08:42')}\nHbA1c 6.1 % (ref 4.0–5.6)\nLDL 3.4 mmol/L")
add(f"Patient: hi doctor, I was born on {DB(fdate(dob(), 'en_ord'))} and the pharmacy says my prescription is under someone else's birthday")
f, l = person()
add(f"Carnet de vaccination – né le {DB(fdate(dob(), 'fr'))} – rappel DTP prévu le {la('15/09/2024')}")
add(f"患者氏名：{pick(JA_NAMES)}\n生年月日：{DB(fdate(dob(), 'ja'))}\n電話番号：{PH(ph('JP', 0))}\n受診日：{la('2024年5月13日')}")
add(f"Insurance subscriber SSN: {SS(ssn())} (required by the payer for claims over $500)")
add("HIPAA reminder: do not put patient names, dates of birth or phone numbers in e-mail subject lines or calendar invites.")
f, l = person()
add("Telehealth note: patient seen by video, consent recorded, observations self-reported, follow-up in two weeks.")
add(f"Ward round 14/05: bed {la('12B')}, obs stable, NEWS2 {la('1')}, plan discharge {la('16/05')}")

# 19 -----------------------------------------------------------------------
family('invoices_payments')
add(f"INVOICE {la('INV-2024-' + nd(5))}\nDate: {la('05/04/2024')}\nDue: {la('05/05/2024')}\nAmount due: EUR {la('2.480,00')}\nPlease pay by bank transfer to IBAN {IB(fmt_iban(iban('DE')))} (BIC {la(bic())})")
add(f"Rechnung Nr. {la('RE-' + nd(6))} – Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto: {IB(fmt_iban(iban('AT')))}")
add(f"Facture n° {la('F' + nd(6))} – IBAN : {IB(fmt_iban(iban('FR')))} – Échéance : {la('30/06/2024')} – Montant TTC : 1 180,00 €")
add(f"Payment received, thank you!\nCard: **** **** **** {la(nd(4))}\nAuth code: {la(rc(6, UPP + DIG))}\nAmount: £{la('64.99')}")
add(f"Remittance advice: PO {la('PO-' + nd(6))}, amount £{la('1,249.00')}, paid to {IB(iban('GB'))} on {la('12/06/2024')}")
add(f"Order confirmation #{la(nd(3) + '-' + nd(7) + '-' + nd(7))}\nItems: 2\nOrder total: $63.17")
add(f"Fattura n. {la(nd(3) + '/2024')} del {la('15/03/2024')} – pagamento con bonifico su IBAN {IB(fmt_iban(iban('IT')))}")
ogm = nd(10)
ogm += '%02d' % (int(ogm) % 97 or 97)
add(f"Factuur {la(nd(7))}: gelieve te betalen op {IB(fmt_iban(iban('BE')))} met gestructureerde mededeling +++{la(ogm[:3] + '/' + ogm[3:7] + '/' + ogm[7:])}+++")
add(f"Konto / Zahlbar an\n{IB(fmt_iban(iban('CH')))}\nAurora Keramik GmbH\nReferenz\n{la(nd(2) + ' ' + ' '.join(nd(5) for _ in range(5)))}")
add(f"Booking note: deposit taken by phone on {CA(fmt_card(card('amex')))}, guarantee only, do not charge before arrival.")
add(f"Your subscription renewal failed for the card {CA(fmt_card(card('mastercard'), '-'))}. Please update your billing details within 7 days.")
add("Prices shown exclude VAT at 20%. Payment terms: 30 days net. Late payments incur interest at 8% above the Bank of England base rate.")

# 20 -----------------------------------------------------------------------
family('iban_transfers')
add(f"Can you send the rent to {IB(fmt_iban(iban('IE')))}? Reference 'Flat 3 May'.")
add(f"Skicka pengarna till {IB(fmt_iban(iban('SE')))} så fort du kan, tack!")
add(f"Przelew proszę na konto {IB(fmt_iban(iban('PL')))} tytułem: zwrot kaucji")
add(f"IBAN {IB(iban('PT'))} – NIF do titular segue em anexo")
add(f"Havale için IBAN: {IB(fmt_iban(iban('TR')))} (alıcı: annem)")
add(f"رقم الآيبان: {IB(iban('SA'))}")
add(f"Please wire the AED amount to {IB(fmt_iban(iban('AE')))}, the name on the account is my husband's.")
add(f"Se preferir transferência internacional, o IBAN é {IB(fmt_iban(iban('BR')))}")
add(f"Cont pentru plată: {IB(fmt_iban(iban('RO')))}")
add(f"{IB(iban('NL').lower())} — is this right? I copied it from the banking app")
add(f"Merci de verser la caution sur le compte {IB(fmt_iban(iban('LU')))}")
add(f"Číslo účtu (IBAN): {IB(fmt_iban(iban('CZ')))}")
add("Does the IBAN have to include the spaces, or can I type it all in one go?")
add(f"Konto til husleje: {IB(fmt_iban(iban('DK')))}")

# 21 -----------------------------------------------------------------------
family('cards_all_networks')
add(f"Discover {CA(fmt_card(card('discover')))} exp 03/29, name on card {' '.join(person())}")
add(f"JCBカード番号：{CA(fmt_card(card('jcb'), '-'))}")
add(f"Diners Club {CA(fmt_card(card('diners')))}")
add(f"银联卡号 {CA(fmt_card(card('unionpay', length=19)))}")
add(f"Номер карты Мир: {CA(fmt_card(card('mir')))}")
add(f"My RuPay card {CA(fmt_card(card('rupay')))} is linked to UPI but the payment keeps failing")
add(f"Troy kart numaram {CA(fmt_card(card('troy')))}, son kullanma 08/27")
add(f"Cartão Elo: {CA(fmt_card(card('elo')))}")
add(f"Maestro {CA(fmt_card(card('maestro', length=19)))} (Debit)")
add(f"Amex {CA(card('amex'))} – business card, charge the conference fee to this one")
add(f"Verve card {CA(card('verve'))}")
add(f"Visa ending {la(nd(4))}, Mastercard ending {la(nd(4))} – which one do you want to keep on file?")
add(f"IMEI: {la(imei())} – screen replacement, customer device, passcode removed")
add(f"Gift card no. {la(not_luhn('6' + nd(18)))}, PIN scratched off")
add(f"Mastercard {CA(fmt_card(card('mastercard2'), ' '))} expiring 12/26, CVC on the back")

# 22 -----------------------------------------------------------------------
family('us_ssn_tax')
add(f"Form W-9, Part I – Taxpayer Identification Number\nSocial security number: {SS(ssn())}\nEmployer identification number: ____")
add(f"My social is {SS(ssn(sep=' '))} and I need the 1099 corrected before I file")
add(f"SSN: {SS(ssn(sep=''))}   DOB: {DB(fdate(dob(), 'us'))}")
add(f"Background check consent – applicant SSN {SS(ssn())}, phone {PH(ph('US', 1))}")
add(f"Last 4 of SSN: {la(nd(4))}")
add(f"EIN {la(nd(2) + '-' + nd(7))} (business), not my personal number")
add(f"Mortgage application: borrower SSN {SS(ssn())}; co-borrower SSN {SS(ssn())}")
add(f"hey, the daycare form wants our SSNs – mine is {SS(ssn())} and Jake's is {SS(ssn())}")
add(f"Tax return 2023: primary taxpayer SSN {SS(ssn())}; spouse SSN {SS(ssn())}; refund routing number {la(nd(9))}")
add("The IRS will never call, text or e-mail you to ask for your Social Security number.")
add(f"Número de Seguro Social: {SS(ssn())}")
add(f"Form I-9, Section 1: U.S. Social Security Number {SS(ssn())}; Date of Birth {DB(fdate(dob(), 'us'))}; Employee's E-mail {EM(email())}; Telephone {PH(ph('US', 0))}")
add(f"Ship to: 1420 Alder St, Apt 4B, Portland OR {la('97205-' + nd(4))}")
add(f"Claim number {la(nd(3) + '-' + nd(2) + '-' + nd(5))} – please quote it when you call")
add(f"ssn={SS(ssn(sep=''))}&dob={DB(fdate(dob(), 'iso'))}&state=TX")

# 23 -----------------------------------------------------------------------
family('uk_nino_payroll')
add(f"P60 End of Year Certificate\nNational Insurance number {NI(fmt_nino(nino(), 0))}\nFinal tax code {la('1257L')}\nEmployer PAYE reference {la(nd(3) + '/' + rc(2, UPP) + nd(5))}")
add(f"my NI number is {NI(fmt_nino(nino(), 3))}")
add(f"Your National Insurance number {NI(fmt_nino(nino(), 1))} has been verified. You can now continue your claim.")
add(f"Student loan plan 2 – NI no. {NI(fmt_nino(nino(), 2))}")
add(f"HMRC ref {la('CH' + nd(6))} regarding NINO {NI(fmt_nino(nino(), 0))}: underpayment of £{la('412.60')}")
add(f"Rhif Yswiriant Gwladol: {NI(fmt_nino(nino(), 0))}")
f, l = person()
add(f"Pension auto-enrolment: member {f} {l}, NI {NI(fmt_nino(nino(), 1))}, DOB {DB(fdate(dob(1960, 2004), 'uk'))}")
add(f"Right to work share code: {la(rc(3, UPP + DIG) + ' ' + rc(3, UPP + DIG) + ' ' + rc(3, UPP + DIG))}")
add("Please do not send NI numbers over Teams – use the payroll upload form.")
add("Class 1 NI contributions are charged at 8% on earnings between £12,570 and £50,270 a year.")
add(f"Vehicle reg {la(rc(2, UPP) + nd(2) + ' ' + rc(3, UPP))}, postcode {la(pick(['M14', 'LS6', 'B15', 'G12']) + ' ' + nd(1) + rc(2, 'ABDEFGHJLNPQRSTUWXYZ'))}")
add(f"Can you check this for me: NI {NI(fmt_nino(nino(), 0))}, tax code {la('BR')}, I think I've been on an emergency code since April")
add(f"ni_number,surname,gross_pay\n{NI(fmt_nino(nino(), 1))},{pick(LAST)},{la('2,431.17')}\n{NI(fmt_nino(nino(), 1))},{pick(LAST)},{la('1,980.00')}")
add(f"Hi, I started last week and payroll says they don't have my NI number. It's {NI(fmt_nino(nino(), 0))}, sorry!")
add(f"Universal Credit journal, 14 May: claimant confirmed NI {NI(fmt_nino(nino(), 2))} and new bank details over the phone.")
add(f"N.I. No: {NI(fmt_nino(nino(), 1))}    Tax Office: {la('475')}    Period: {la('M06')}")
add(f"Applicant NINO: {NI(fmt_nino(nino(), 0))}\nApplicant mobile: {PH(ph('GB', 1))}")

# 24 -----------------------------------------------------------------------
family('dob_many_languages')
add(f"Geboren am {DB(fdate(dob(), 'de'))} in Graz, ledig, österreichische Staatsbürgerin.")
add(f"Né le {DB(fdate(dob(), 'fr'))} à Lyon (69), de nationalité française.")
add(f"Fecha de nacimiento: {DB(fdate(dob(), 'es'))}. Fecha de expedición del documento: {la(fdate(other_date(), 'es'))}.")
add(f"Nata il {DB(fdate(dob(), 'it'))} a Napoli, residente a Milano.")
add(f"Data de nascimento: {DB(fdate(dob(), 'uk'))} – Validade do documento: {la(fdate(other_date(2026, 2034), 'uk'))}")
add(f"Дата рождения: {DB(fdate(dob(), 'ru'))}")
add(f"Doğum tarihi: {DB(fdate(dob(), 'tr'))}")
add(f"Född: {DB(fdate(dob(), 'iso'))}, personnummer finns i bilagan")
add(f"出生日期：{DB(fdate(dob(), 'ja'))}")
add(f"생년월일: {DB(fdate(dob(), 'ko'))}")
add(f"تاريخ الميلاد: {DB(fdate(dob(), 'uk'))}")
add(f"जन्म तिथि: {DB(fdate(dob(), 'eu_dash'))}")
add(f"Syntymäaika: {DB(fdate(dob(), 'fi'))}")
add(f"Ημερομηνία γέννησης: {DB(fdate(dob(), 'el'))}")
add(f"Datum narození: {DB(fdate(dob(), 'cs'))}")
add(f"She was born on {DB(fdate(dob(), 'en_dow'))}, at 4:12 in the morning.")
add(f"Date of issue: {la(fdate(other_date(), 'en_long'))}\nDate of expiry: {la(fdate(other_date(2027, 2034), 'en_long'))}")
add(f"Company founded {la(fdate(dob(1950, 2010), 'en_us_long'))}; incorporated in Delaware.")

# 25 -----------------------------------------------------------------------
family('phones_international')
add(f"BEGIN:VCARD\nVERSION:3.0\nFN:{pick(KO_NAMES)}\nTEL;TYPE=CELL:{PH(ph('KR', 1))}\nEMAIL:{EM(email(domain='naver.com'))}\nEND:VCARD")
add(f'<a href="tel:{PH("+65" + PHONE_SPEC["SG"][0]())}">Call me</a> or drop a line on WhatsApp')
add(f"WhatsApp me on {PH(ph('KE', 0))} when you land, I'll pick you up at arrivals")
add(f"Call log\n{la('2024-03-02 18:22')}  outgoing  {PH(ph('NG', 0))}  00:04:31")
add(f"Mi número es {PH(ph('MX', 0))}, márcame después de las 6")
add(f"Mi cel: {PH(ph('AR', 0))} (solo WhatsApp)")
add(f"Můj telefon: {PH(ph('CZ', 0))}")
add(f"Handy: {PH(ph('AT', 1))}, Festnetz lieber nicht")
add(f"Ring meg på {PH(ph('NO', 0))} etter kl. 16")
add(f"Ligue para {PH(ph('PT', 0))} se houver problemas com a entrega")
add(f"SĐT liên hệ: {PH(ph('VN', 1))}")
add(f"txt me on {PH(ph('NZ', 1))} if the ferry's late")
add(f"هاتفي {PH(ph('EG', 0))}")
add(f"Mobile: {PH(ph('PH', 1))}; Viber same number")
add(f"Part no. {la('0800-' + nd(4) + '-' + nd(2))} – do not confuse with the freephone line")
add(f"Conference call PIN {la(nd(4) + ' ' + nd(4) + ' ' + nd(2) + '#')}")

# 26 -----------------------------------------------------------------------
family('chat_multilingual')
f, l = person()
add(f"Hola, soy {f}. Mi correo es {EM(email(f, l, 'hotmail.es'))} y mi móvil {PH(ph('ES', 0))}. ¿Me podéis llamar mañana por la mañana?")
add(f"Hallo, könnt ihr mir die Rechnung an {EM(email(domain='gmx.de'))} schicken? Meine Kundennummer ist {la(nd(8))}.")
add(f"Bonjour, voici mon numéro : {PH(ph('FR', 0))}. Rappelez-moi après 18 h, s'il vous plaît.")
add("Oi, vocês entregam no sábado? Preciso do pedido até segunda sem falta.")
add(f"Hoi, mijn IBAN is {IB(fmt_iban(iban('NL')))}, kun je het geld voor de kaartjes overmaken?")
add(f"Merhaba, telefonum {PH(ph('TR', 1))}, akşam 7'den sonra arayabilirsin")
add(f"Привет! Мой телефон {PH(ph('RU', 0))}, звони после шести")
add(f"こんにちは。メールアドレスは {EM(email(domain='yahoo.co.jp'))} です。")
add(f"你好，我的手机号是{PH(ph('CN', 1))}，邮箱是{EM(email(domain='qq.com'))}。")
add(f"안녕하세요, 제 번호는 {PH(ph('KR', 0))}이고 이메일은 {EM(email(domain='naver.com'))}입니다.")
add(f"مرحبا، رقم هاتفي {PH(ph('AE', 0))}، اتصل بي بعد الساعة الخامسة")
add(f"नमस्ते, मेरा नंबर {PH(ph('IN', 0))} है, शाम को कॉल करना।")
add(f"היי, המספר שלי {PH(ph('IL', 1))}, תתקשר בערב")
add("Hallo, ich habe meine Zugangsdaten vergessen. Könnt ihr mir einen Link zum Zurücksetzen schicken?")

# 27 -----------------------------------------------------------------------
family('ip_network_ops')
add(f"Mar 12 03:14:07 web01 sshd[21844]: Failed password for invalid user admin from {IP(ipv4())} port 52144 ssh2")
add(f"2024-03-12 03:14:09,112 fail2ban.actions [1123]: NOTICE [sshd] Ban {IP(ipv4())}")
add(f"New sign-in to your account from {IP(ipv4())} (Frankfurt, DE) on {la('2024-05-11 22:41 UTC')}. Wasn't you? Secure your account.")
add(f"$ curl ifconfig.me\n{IP(ipv4())}")
add(f"inet6 {IP(ipv6(False))}/64 scope global dynamic mngtmpaddr\n   valid_lft 86121sec preferred_lft 14121sec")
add(f"Device MAC {la(mac())} associated with AP-3F-EAST, RSSI -61 dBm")
add(f"snmpwalk -v2c -c public core-sw1 {la('1.3.6.1.2.1.1.5.0')}")
add(f"Section {la('4.2.1.3')} of the runbook: block the offending address at the WAF, then open a ticket.")
add(f"Firmware {la(ver4_ipvalid())} installed on edge-sw-02; reboot scheduled for Sunday.")
add(f"Pinging {IP(ipv4())} with 32 bytes of data:\nRequest timed out.\nRequest timed out.")
add(f"Suspicious logins from {IP(ipv4())} and {IP(ipv4())} within 3 minutes – account locked, user notified.")
add(f"X-Forwarded-For: {IP(ipv4())}, {IP(ipv6())}")
add(f"The build agent image is {la('ubuntu-22.04.4')} with kernel {la('6.5.0-1018-azure')}; timeout set to {la('00:30:00')}.")

# 28 -----------------------------------------------------------------------
family('evasion_separators')
c = card('visa')
add(f"card is {CA(fmt_card(c, '-'))} thx")
c = card('mastercard')
add(f"num: {CA(fmt_card(c, '.'))}")
c = card('visa')
add(f"{CA(' '.join(c))}  <- spaced out so the bot doesn't eat it")
c = card('discover')
add(f"card {CA(c[:4] + ' ' + c[4:8] + '  /  ' + c[8:12] + ' _ ' + c[12:])}")
g = PHONE_SPEC['GB'][0]()
add(f"ring me: {PH('+44 (0) ' + g[:4] + '-' + g[4:7] + '-' + g[7:])}")
g = PHONE_SPEC['US'][0]()
add(f"tel {PH(' '.join(g))}")
g = PHONE_SPEC['DE'][0]()
add(f"Handy: {PH('+49.' + g[:3] + '.' + g[3:7] + '.' + g[7:])}")
g = PHONE_SPEC['FR'][0]()
add(f"tél : {PH('0' + g[0] + '/' + '/'.join(g[i:i + 2] for i in range(1, 9, 2)))}")
e = email()
loc, dom = e.split('@')
add(f"mail me at {EM(loc + ' @ ' + dom.replace('.', ' . '))}")
add(f"IBAN {IB(fmt_iban(iban('DE'), '-'))}")
add(f"acct {IB(fmt_iban(iban('GB'), '/'))}")
a, g_, s_ = ssn_parts()
add(f"ssn {SS(a + ' - ' + g_ + ' - ' + s_)}")
a, g_, s_ = ssn_parts()
a, g_, s_ = ssn_parts()
add(f"SSN {SS(' '.join(a + g_ + s_))}")
add(f"NI: {NI(' '.join(nino()))}")
add(f"NINO {NI(fmt_nino(nino(), 4))}")
t = gh()
add(f"token (split so the scanner ignores it): {SE(' '.join(t[i:i + 6] for i in range(0, len(t), 6)))}")
add(f"IOC list: {IP(ipv4().replace('.', '[.]'))} and {IP(ipv4().replace('.', '[.]'))} (C2, seen 03:12 UTC)")
add(f"born {DB(fdate(dob(), 'eu_dot').replace('.', ' . '))}")
k = aws_akid()

# 29 -----------------------------------------------------------------------
family('evasion_words_for_digits')
EN_OH = ['oh'] + EN_DIG[1:]
g = '0' + PHONE_SPEC['GB'][0]()
add(f"my number is {PH(spell(g[:5] + ' ' + g[5:8] + ' ' + g[8:], EN_OH))}, text don't call")
c = card('visa')
add(f"ok the card is {CA(spell(fmt_card(c), EN_DIG))}")
add(f"SSN {SS(spell(ssn(), EN_DIG, group_sep=' dash '))}")
g = PHONE_SPEC['US'][0]()
add(f"call {PH(spell(g[:3], EN_DIG) + ', ' + g[3:6] + ', ' + en_num(int(g[6:8])) + ' ' + en_num(int(g[8:10])))}")
g = '0' + PHONE_SPEC['DE'][0]()
add(f"Meine Handynummer: {PH(spell(g[:4] + ' ' + g[4:], DE_DIG))}")
g = '0' + PHONE_SPEC['FR'][0]()
add(f"Mon portable : {PH(', '.join(fr_pair(int(g[i:i + 2])) if g[i] != '0' else 'zéro ' + FR_U[int(g[i + 1])] for i in range(0, 10, 2)))}")
g = PHONE_SPEC['ES'][0]()
add(f"Apunta: {PH(spell(g[:3] + ' ' + g[3:6] + ' ' + g[6:], ES_DIG))}")
g = PHONE_SPEC['IT'][0]()
add(f"il mio cellulare è {PH(spell(g[:3] + ' ' + g[3:], IT_DIG))}")
add(f"電話は {PH(script_digits(ph('JP', 0), 'kanji'))} までお願いします")
add(f"手机 {PH(script_digits(ph('CN', 0)[4:], 'kanji'))}")
n = nino()
add(f"NI number: {NI(n[0] + ' ' + n[1] + ', ' + spell(n[2:8], EN_DIG) + ', ' + n[8])}")
d = dob()
add(f"I was born on the {DB(EN_ORD[d.day - 1] + ' of ' + MONTHS['en'][d.month - 1] + ', ' + en_year(d.year))}")
c = card('mastercard')
add(f"card {CA(c[:4] + ' ' + spell(c[4:8], EN_DIG) + ' ' + c[8:12] + ' ' + spell(c[12:], EN_DIG))}")
ib = iban('IE')
add(f"IBAN is {IB(' '.join(ch if ch.isalpha() else EN_DIG[int(ch)] for ch in ib))}")
a, g_, s_ = ssn_parts()
add(f"social is {SS(a + ' ' + spell(g_, EN_DIG) + ' ' + s_)}")

# 30 -----------------------------------------------------------------------
family('evasion_other_scripts')
add(f"رقمي {PH(script_digits(ph('SA', 1), 'arabic'))} واتساب")
add(f"شماره من {PH(script_digits(ph('IR', 0), 'persian'))} است")
add(f"मेरा नंबर {PH(script_digits(ph('IN', 0), 'devanagari'))} है")
add(f"আমার নম্বর {PH(script_digits(ph('BD', 0), 'bengali'))}")
add(f"เบอร์โทร {PH(script_digits(ph('TH', 0), 'thai'))} ค่ะ")
add(f"カード番号：{CA(fullwidth(fmt_card(card('jcb'))))}")
add(f"メール：{EM(fullwidth(email()))}")
s = ssn()
add(f"SSN {SS(''.join(chr(0x1D7CE + int(ch)) if ch.isdigit() else ch for ch in s))}")
CYR_E = '\u0415'
add(f"IBAN: {IB(fmt_iban(iban('DE')).replace('E', CYR_E, 1))}")
CYR_O = '\u043e'
e = email(domain='gmail.com')
add(f"почта {EM(e.replace('.com', '.c' + CYR_O + 'm'))}")
add(f"رقم البطاقة {CA(script_digits(fmt_card(card('visa')), 'arabic'))}")
add(f"जन्म तिथि: {DB(script_digits(fdate(dob(), 'uk'), 'devanagari'))}")
add(f"ＮＩ number {NI(fullwidth(fmt_nino(nino(), 0)))}")
add(f"IBAN {IB('SA' + script_digits(iban('SA')[2:], 'arabic'))}")
CYR_A = '\u0410'
add(f"access key {SE(CYR_A + aws_akid()[1:])}")
add(f"電話番号：{PH(fullwidth(ph('JP', 0)))}")

# 31 -----------------------------------------------------------------------
family('evasion_encodings')
e = email()
add(f"https://click.mailer-eu.net/c?u={EM(pct_all(e))}&cid={la(nd(6))}")
g = ph('GB', 4)
add(f'<a href="tel:{PH(g.replace("+", "%2B"))}">Call</a>')
add(f"here's my contact, base64 so the filter doesn't strip it: {EM(b64(email()))}")
add(f"card field (b64): {CA(b64(card('mastercard')))}")
add(f'data="{SS(b64(json.dumps({"ssn": ssn()})))}"')
add(f"contact: {EM(html_dec(email()))}")
add(f"<span class=\"tel\">{PH(html_hex_all(ph('FR', 1)))}</span>")
BS = '\\'
e = email()
add(f'{{"email":"{EM(e.replace("@", BS + "u0040"))}","verified":true}}')
add(f"Content-Transfer-Encoding: quoted-printable\n\nPlease reply to {EM(email().replace('@', '=40'))} instead of this address.")
add(f"GET /pay?iban={IB(fmt_iban(iban('DE')).replace(' ', '%20'))}&amount=120")
add(f"password (base64): {SE(b64(pw(0)))}")
idn = 'brückner-bau.de'.encode('idna').decode()
add(f"Kontakt: {EM('k.brueckner@' + idn)}")
add(f"?phone={PH(pct_all(ph('DE', 0)))}&optin=1")
add(f"ni={NI(b64(nino()))}&src=form-v2")
add(f"dob=%22{DB(fdate(dob(), 'iso'))}%22&name=redacted")

# 32 -----------------------------------------------------------------------
family('evasion_invisible_chars')
ZW, WJ, SHY, NBSP, NNBSP = '\u200b', '\u2060', '\u00ad', '\u00a0', '\u202f'
ZWNJ, ZWJ, BOM, THIN, RLO, PDF = '\u200c', '\u200d', '\ufeff', '\u2009', '\u202e', '\u202c'
e = email()
i = e.index('@') + 3
add(f"email me: {EM(e[:i] + ZW + e[i:])}")
add(f"Handy {PH(ph('DE', 0).replace(' ', SHY))}")
add(f"card {CA(fmt_card(card('visa'), NBSP))}")
add(f"number: {CA(interleave(card('mastercard'), ZWJ, 1))}")
add(f"IBAN {IB(fmt_iban(iban('FR'), NNBSP))}")
add(f"SSN {SS(ssn(sep=WJ))}")
add(f"NI {NI(interleave(nino(), ZWNJ, 2))}")
t = gh()
add(f"token: {SE(t[:10] + ZW + t[10:20] + ZW + t[20:])}")
k = aws_akid()
add(f"key id {SE(k[:8] + BOM + k[8:])}, secret is in the vault")
e = email()
add(f"contact {EM(RLO + e[::-1] + PDF)}")
add(f"DOB: {DB(fdate(dob(), 'uk').replace('/', THIN + '/' + THIN))}")
ip4 = ipv4()
add(f"source {IP(ip4.replace('.', ZW + '.', 1))}")
e = email()
add(f"{EM(e.replace('.', SHY + '.'))}")
add(f"Thanks{ZW} for{NBSP}the update,{WJ} see you tomorrow at 10{NNBSP}am")
add(f"tel{ZW}:{NBSP}{PH(ph('NL', 0))}")

# 33 -----------------------------------------------------------------------
family('evasion_split_pieces')
g = fmt_card(card('visa'))
add(f"my card number is {CA(g[:9] + NL + g[10:])}")
g = fmt_card(card('mastercard'))
add(f"[10:02] me: first half {CA(g[:9])}\n[10:02] me: second half {CA(g[10:])}\n[10:03] me: expiry next msg")
parts = fmt_iban(iban('DE')).split(' ')
add(f"IBAN: {IB(' '.join(parts[:3]) + NL + ' '.join(parts[3:]))}")
g = ph('GB', 0)
add(f"call me on {PH(g[:5])}, the rest is {PH(g[6:])}")
t = gh()
add(f'part1 = "{SE(t[:20])}"\npart2 = "{SE(t[20:])}"\nTOKEN = part1 + part2')
k = aws_secret()

e = email()
j = e.index('.', e.index('@')) + 1
add(f"Email: {EM(e[:j] + NL + e[j:])}")
s = ssn()
add(f"SSN first five {SS(s[:6])}... last four I'll text you: {SS(s[7:])}")
n = nino()
add(f"NI number\n{NI(n[:2] + NL + n[2:8] + NL + n[8])}")
ip4 = ipv4()
q = ip4.index('.', ip4.index('.') + 1) + 1
add(f"the address is {IP(ip4[:q] + NL + ip4[q:])}")
g = ph('US', 1)
add(f"area code {PH(g[:3])}\nnumber {PH(g[4:])}")
key = pem('RSA PRIVATE KEY', 6).split('\n')
add(f"msg 1/2:\n{SE(NL.join(key[:4]))}\nmsg 2/2:\n{SE(NL.join(key[4:]))}")
d = dob()
add(f"Date of birth\n{DB(str(d.day) + NL + MONTHS['en'][d.month - 1] + NL + str(d.year))}")

# 34 -----------------------------------------------------------------------
family('evasion_obfuscated_email')


def obf(e, at, dot, local_dot=None):
    loc, dom = e.split('@')
    if local_dot is not None:
        loc = loc.replace('.', local_dot)
    return loc + at + dom.replace('.', dot)


add(f"reach me at {EM(obf(email(style=0), ' [at] ', ' [dot] '))}")
add(f"Contact: {EM(obf(email(style=0), '(at)', '(dot)'))}")
add(f"my email is {EM(obf(email(style=0), ' at ', ' dot ', ' dot '))}")
add(f"{EM(obf(email(style=1), ' AT ', ' DOT '))} – no spam pls")
add(f"Escríbeme a {EM(obf(email(style=0, domain='gmail.com'), ' arroba ', ' punto '))}")
add(f"Schreib an {EM(obf(email(style=0, domain='gmx.de'), ' Klammeraffe ', ' Punkt '))}")
add(f"Mon adresse : {EM(obf(email(style=0, domain='orange.fr'), ' arobase ', ' point '))}")
add(f"Scrivimi: {EM(obf(email(style=0, domain='libero.it'), ' chiocciola ', ' punto '))}")
add(f"Pisz na {EM(obf(email(style=0, domain='wp.pl'), ' małpa ', ' kropka '))}")
add(f"Пиши на {EM(obf(email(style=0, domain='mail.ru'), ' собака ', ' точка '))}")
add(f"{EM(obf(email(), '@', '(.)'))}")
add(f"{EM(obf(email(style=2), ' <at> ', ' <dot> '))}")
add(f"follow me {la('@' + slug(pick(FIRST)) + '_' + nd(2))} on insta, and the fix is in {la('lodash@4.17.21')}")
add(f"assets: {la('logo@2x.png')}, {la('icon@3x.png')}; remote: {la('git@github.com:kestrel/app.git')}")

# 35 -----------------------------------------------------------------------
family('lookalike_identifiers')
add(f"Order #{la(nd(3) + '-' + nd(7) + '-' + nd(7))} shipped via UPS {la(ups())}")
add(f"Invoice {la('INV-2024-' + nd(6))}, PO {la(nd(10))}, cost centre {la(nd(4))}")
add(f"ISBN {la(isbn13())} (paperback), ISBN {la(isbn13())} (e-book)")
add(f"trace_id={la(rc(32, HEXL))} span_id={la(rc(16, HEXL))} parent={la(rc(16, HEXL))}")
add(f"{la(sha256())}  release-2.4.1.tar.gz")
add(f"Meet at {la(coords())} – the car park behind the church")
add(f"Price: $1,234.56 (was $1,499.99), save {la('17.7%')}; ships in 3–5 days")
add(f"Version {la(ver4_ipvalid())} released on {la('2024-03-12')}")
add(f"Serial: {la(nd(3) + '-' + nd(3) + '-' + nd(4) + '-KX')}")
add(f"Flight LH {la(nd(4))} departs 14:35 from gate B44, seat 23A, booking ref {la(rc(6, UPP))}")
add(f"Tracking number: {la(' '.join(nd(4) for _ in range(5)) + ' ' + nd(2))}")
add(f"EAN {la(ean13())}, SKU {la(rc(3, UPP) + '-' + nd(5))}")
add(f"Meter reading {la(not_luhn(nd(16)))} (register 2, kWh)")
add(f"Transaction ID {la(fmt_card(not_luhn('5' + nd(15))))}")
add(f"Unix time {la(str(R.randint(1700000000, 1770000000)))}, i.e. {la(ts())}")
add(f"VIN {la('WVWZZZ' + rc(11, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'))}, engine no. {la(rc(3, UPP) + nd(6))}")
add(f"Docker image {la('sha256:' + sha256())}; semver {la('2.0.0-rc.1+build.' + nd(3))}")

# 36 -----------------------------------------------------------------------
family('lookalike_invalid_checksums')
add(f"Payment failed: card number {la(fmt_card(card('visa', valid=False)))} did not pass validation")
add(f"card: {la(card('mastercard', valid=False))}")
add(f"Amex {la(fmt_card(card('amex', valid=False)))} – bank says the number doesn't exist")
add(f"IBAN: {la(fmt_iban(iban('DE', valid=False)))} (checksum error reported by the bank)")
add(f"acct {la(iban('GB', valid=False))}")
add(f"IBAN {la(fmt_iban(iban('FR', valid=False)))}")
add(f"Rekening: {la(fmt_iban(iban('NL', valid=False)))}")
add(f"NI number: {la(fmt_nino(nino(False, 'first'), 0))}")
add(f"NINO {la(fmt_nino(nino(False, 'second'), 1))}")
add(f"National Insurance no. {la(fmt_nino(nino(False, 'prefix'), 0))}")
add(f"NI {la(fmt_nino(nino(False, 'suffix'), 0))}")
add(f"temporary reference {la('TN' + nd(2) + nd(2) + nd(2) + pick('MF'))} used until HMRC issues a number")
add(f"SSN: {la(ssn(False, mode='000'))}")
add(f"SSN {la(ssn(False, mode='666'))}")
add(f"ssn {la(ssn(False, mode='9xx'))}")
add(f"Social Security No. {la(ssn(False, mode='g00'))}")
add(f"SSN: {la(ssn(False, mode='s0000'))}")

# 37 -----------------------------------------------------------------------
family('placeholders_examples')
assert iban_ok('GB82WEST12345698765432') and iban_ok('DE89370400440532013000')
assert luhn_ok('4242424242424242') and luhn_ok('4111111111111111') and luhn_ok('5555555555554444')
add(f"Example: {la('jane.doe@example.com')} – replace with your own address.")
add(f"Use test card {la('4242 4242 4242 4242')} with any future expiry date and any CVC.")
add(f"Sandbox cards: Visa {la('4111 1111 1111 1111')}, Mastercard {la('5555 5555 5555 4444')}")
add(f"aws configure\nAWS Access Key ID [None]: {la('AKIAIOSFODNN7EXAMPLE')}\nAWS Secret Access Key [None]: {la('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}")
add(f"In the film he gives his number as {la('(212) 555-0143')}.")
add(f"Sample UK mobile for screenshots: {la('07700 900461')}")
add(f"e.g. National Insurance number {la('QQ 12 34 56 C')}")
add(f"Format: {la('XXX-XX-XXXX')}, e.g. {la('123-45-6789')}")
add(f"IBAN example from the documentation: {la('GB82 WEST 1234 5698 7654 32')}; German example {la('DE89 3704 0044 0532 0130 00')}")
add(f'stripe.api_key = "{la("sk_live_" + "x" * 24)}"  # replace with your key')
add(f"curl -H 'Authorization: Bearer {la('<YOUR_API_KEY>')}' https://api.kestrel-analytics.io/v1/me")
add(f"Date of birth: {la('DD/MM/YYYY')}")
add(f"server listens on {la('0.0.0.0')}:8080; health check on {la('127.0.0.1')}:9000; netmask {la('255.255.255.0')}")
add(f"{la('-----BEGIN RSA PRIVATE KEY-----')}\n...\n{la('-----END RSA PRIVATE KEY-----')}")
add(f"Contact {la('user@example.org')} or {la('admin@example.net')} for test accounts.")
add(f"Fictional numbers for drama: {la('020 7946 0123')}, {la('0491 570 156')}")

# 38 -----------------------------------------------------------------------
family('hard_negatives_about_pii')
add("What's the difference between an IBAN and a SWIFT/BIC code? My bank only gave me a sort code and an account number.")
add("Can you explain how the Luhn algorithm validates a credit card number?")
add("Please redact all e-mail addresses, phone numbers and dates of birth before sharing the export with the vendor.")
add("Our DLP policy blocks messages that contain API keys. If you need to share a credential, use the password manager's share link.")
add("A UK National Insurance number is two letters, six digits and a final letter from A to D.")
add("Under GDPR Article 9, health data is a special category of personal data and needs an explicit legal basis.")
add("Rotate any secret that has been committed to git, even if you force-push over it afterwards.")
add("How should I store passwords? Use a slow hash such as Argon2id or bcrypt with a per-user salt, never plain SHA-256.")
add("The phone field should accept E.164 numbers: a plus sign, the country code, then at most fifteen digits in total.")
add("Ich habe meine Kreditkartennummer versehentlich in den Chat kopiert – wie lösche ich die Nachricht?")
add("¿Es seguro enviar mi número de la Seguridad Social por correo electrónico?")
add("Ne partagez jamais votre mot de passe, même avec le support technique.")
add("Validating e-mail addresses with a regex is notoriously hard; RFC 5322 even allows quoted local parts.")
add("I forgot my password again 🙃 and the reset e-mail never arrives. Any ideas?")
add("My date of birth is wrong on my profile. How do I get it corrected?")
add("パスワードやクレジットカード番号をチャットに書き込まないでください。")

# 39 -----------------------------------------------------------------------
family('tickets_issue_tracker')
f, l = person()
add(f"[PAY-{la(nd(4))}] Refund fails for some customers\nReporter: {f} {l}\nSteps: log in as {EM(email())}, open order {la(order_no())}, click Refund\nActual: HTTP 500, trace id {la(rc(32, HEXL))}")
add(f"**Bug**\nWhen I run `./deploy.sh` I get:\n```\nError: authentication required: token {SE(gh())} is expired or revoked\n```")
f, l = person()
add(f"Customer {f} {l} ({PH(ph('GB', 0))}) says the app crashes on Android {la('14')}, build {la('7.2.0.1193')}")
add(f"Ticket #{la(nd(7))} – Requester: {EM(email())} – Priority: High\nCustomer attached a screenshot showing the full card number {CA(fmt_card(card('visa')))}; please delete the attachment.")
f = pick(FIRST)
add(f"{la('@' + slug(f))} can you check the webhook? it's still pointing at {SE(slack_hook())}")
add(f"INC{la(nd(7))}: brute force from {IP(ipv4())} and {IP(ipv4())}; affected account {EM(email())}")
add(f"Bug: profile shows date of birth {DB(fdate(dob(), 'iso'))} but the customer says it should be {DB(fdate(dob(), 'eu_dot'))}")
add(f"Bug: the DOB field accepts impossible dates such as {la('2031-02-30')}")
add(f"ENG-{la(nd(4))}: upgrade lodash to {la('4.17.21')} and axios to {la('1.6.8')}")
f, l = person()
add(f"QA: regression suite passed on staging (build {la('7.2.1.88')}); no customer data used, all fixtures are synthetic.")
add(f"Pentest finding F-07: hard-coded credential in the Android app (res/values/strings.xml): {SE(google_api())}")
add(f"Support macro: 'Please reply with your order number (for example {la('#100-2200-330')}) and we'll look into it.'")
add(f"Closed as duplicate of {la('#' + nd(4))}. Commit {la(rc(40, HEXL))} fixes it.")

# 40 -----------------------------------------------------------------------
family('letters_documents')
f, l = person()
add(f"RENTAL APPLICATION\nApplicant: {f} {l}\nDate of birth: {DB(fdate(dob(), 'us'))}\nSSN: {SS(ssn())}\nCurrent phone: {PH(ph('US', 0))}\nEmail: {EM(email(f, l))}\nMonthly income: {la('$6,200')}")
f, l = person()
add(f"To whom it may concern,\n\nI am pleased to recommend {f} {l} (born {DB(fdate(dob(1975, 2000), 'en_long'))}), who worked in our accounts team for four years. I can be reached on {PH(ph('GB', 1))} if you need anything further.")
add(f"Claim ref {la('CLM-' + nd(8))}: policyholder DOB {DB(fdate(dob(), 'uk'))}, contact {EM(email())}; date of incident {la('02/03/2024')}")
f, l = person()
add(f"This Agreement is made on {la('1 March 2024')} between Nordwind Energie GmbH and {f} {l}, born {DB(fdate(dob(), 'de'))}, payments to account {IB(fmt_iban(iban('DE')))}.")
f, l = person()
add("Dear resident, the water supply will be interrupted on Tuesday between 9am and 1pm for maintenance work. We apologise for any inconvenience.")
f, l = pick(FEMALE), pick(LAST)
add(f"Je soussignée {f} {l}, née le {DB(fdate(dob(), 'fr'))} à Bordeaux, donne procuration à mon frère pour retirer le colis n° {la(nd(13))}.")
f, l = person()
add(f"Hiermit bevollmächtige ich {f} {l}, geb. am {DB(fdate(dob(), 'eu_dot'))}, mich bei der Wohnungsübergabe am {la('15.08.2024')} zu vertreten.")
f, l = person()
add(f"{f.upper()} {l.upper()}\n{PH(ph('IE', 1))} · linkedin.com/in/{slug(f)}-{slug(l)}\n\nPROFILE\nData analyst with 6 years' experience in retail forecasting.")
f, l = person()
add(f"{f} {l}, born {DB(fdate(dob(1925, 1945), 'en_us_long'))} in Cork, died peacefully at home on {la('April 2, 2024')}, surrounded by family.")
add(f"Minutes of the board meeting held on {la('14 March 2024')}. Present: the Chair, the CFO and two non-executive directors. Resolved: to approve the FY{la('2023')} accounts.")
f, l = person()
add(f"Dear {f},\nYour new NI number is {NI(fmt_nino(nino(), 0))} and your payroll ID is {la(nd(6))}. Please keep this letter safe.\nHR Services")
add(f"Bank reference: the account {IB(fmt_iban(iban('CH')))} has been held with us since {la('2011')} and has been conducted satisfactorily.")


# ==========================================================================
# serialisation
# ==========================================================================
def needs_escape(c):
    o = ord(c)
    if c == '\\':
        return True
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Co', 'Cs', 'Cn', 'Zl', 'Zp'):
        return True
    if cat == 'Zs' and c != ' ':
        return True
    if 0xFF00 <= o <= 0xFFEF:          # full-width and half-width forms
        return True
    if 0xFE00 <= o <= 0xFE0F or o in (0x034F, 0x115F, 0x1160, 0x3164, 0x2800, 0xFFA0):
        return True                    # variation selectors, invisible fillers
    return False


def esc_char(c):
    if c == '\n':
        return '\\n'
    if c == '\t':
        return '\\t'
    if needs_escape(c):
        o = ord(c)
        assert o <= 0xFFFF, 'non-BMP invisible character cannot be escaped: %r' % c
        return '\\u%04X' % o
    return c


def serialise(sample):
    # tokens: ('m', marker) or ('c', char)
    toks = []
    for part in re.split('(%s[a-z]+%s|%s)' % (OPEN, MID, CLOSE), sample):
        if not part:
            continue
        if part.startswith(OPEN):
            toks.append(('m', '{{' + part[1:-1] + ':'))
        elif part == CLOSE:
            toks.append(('m', '}}'))
        else:
            assert OPEN not in part and MID not in part, repr(part)
            toks.extend(('c', ch) for ch in part)
    out = []
    for i, (t, v) in enumerate(toks):
        if t == 'm':
            out.append(v)
            continue
        prev = out[-1][-1] if out else ''
        nxt = toks[i + 1][1][0] if i + 1 < len(toks) else ''
        if v in '{}' and (prev == v or nxt == v):
            out.append('\\u%04X' % ord(v))
        else:
            out.append(esc_char(v))
    line = ''.join(out)
    if line.startswith('#'):
        line = '\\u0023' + line[1:]
    assert line.strip() == line, 'leading/trailing whitespace: %r' % line
    return line


def main():
    out = ['# PII / credential detector evaluation set (hand-made, written blind).',
           '# Generated by gen.py, random.Random(4206), 2026-11-26. Licence: written for the project.',
           '# One sample per line; {{kind:text}} marks a labelled span; everything else is negative.',
           '# Escapes: backslash-n newline, backslash-t tab, backslash-uXXXX any BMP character (the backslash itself is backslash-u005C).',
           '']
    for fam in FAMILIES:
        out.append('# family: %s' % fam['name'])
        out.append('# look-alikes: %d' % fam['la'])
        for smp in fam['samples']:
            out.append(serialise(smp))
        out.append('')
    with open(os.path.join(HERE, 'set.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))
    n = sum(len(f['samples']) for f in FAMILIES)
    print('wrote set.txt: %d families, %d samples' % (len(FAMILIES), n))


if __name__ == '__main__':
    main()
