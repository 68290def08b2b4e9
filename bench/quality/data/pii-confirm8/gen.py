#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - generator for pii-c8, a hand-made blind evaluation set for a
PII / credential detector.

Python 3 standard library only.  Deterministic: every random choice comes
from one random.Random(8311) instance, used in a fixed order, and the output
is written as UTF-8 with '\n' line endings.  All values are synthetic.

    python3 gen.py          # writes set.txt next to this file
"""
import base64
import datetime
import ipaddress
import json
import os
import quopri
import re
import random
import textwrap
import unicodedata
import urllib.parse
import zlib

SEED = 8311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set.txt')

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')

# --------------------------------------------------------------------------
# sample builder
# --------------------------------------------------------------------------


class L:
    """A labelled value (kind, text exactly as it appears)."""
    __slots__ = ('kind', 'value')

    def __init__(self, kind, value):
        assert kind in KINDS, kind
        self.kind = kind
        self.value = value


class A:
    """A planted look-alike (unlabelled, only counted)."""
    __slots__ = ('typ', 'value')

    def __init__(self, typ, value):
        self.typ = typ
        self.value = value


FAMILIES = []          # [name, [samples], lookalike_count]
_CUR = None
TOKEN = re.compile(r'⟦(\w+)⟧')


def family(name):
    global _CUR
    _CUR = [name, [], 0]
    FAMILIES.append(_CUR)


def T(s):
    return textwrap.dedent(s).strip('\n')


def S(tpl, **f):
    """Fill template tpl; ⟦name⟧ is replaced by f[name].

    f values: L (labelled), A (look-alike), list of L/A/str pieces, or str."""
    segs = []            # (kind or None, text)
    looks = 0
    used = set()
    last = 0

    def put(v):
        nonlocal looks
        if isinstance(v, L):
            segs.append((v.kind, v.value))
        elif isinstance(v, A):
            looks += 1
            segs.append((None, v.value))
        elif isinstance(v, (list, tuple)):
            for x in v:
                put(x)
        else:
            segs.append((None, str(v)))

    for m in TOKEN.finditer(tpl):
        segs.append((None, tpl[last:m.start()]))
        used.add(m.group(1))
        put(f[m.group(1)])
        last = m.end()
    segs.append((None, tpl[last:]))
    unused = set(f) - used
    assert not unused, ('unused fields', unused, tpl[:60])
    # merge adjacent unlabelled pieces
    out = []
    for k, t in segs:
        if t == '':
            continue
        if k is None and out and out[-1][0] is None:
            out[-1] = (None, out[-1][1] + t)
        else:
            out.append((k, t))
    for k, t in out:
        if k is not None:
            assert t == t.strip(), ('span has outer whitespace', t)
            assert t, 'empty span'
    _CUR[1].append(out)
    _CUR[2] += looks


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
DIG = '0123456789'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
LO = UP.lower()
ALNUM = UP + LO + DIG
HEX = '0123456789abcdef'
B64 = ALNUM + '+/'
B64URL = ALNUM + '-_'


def rs(alphabet, n):
    return ''.join(R.choice(alphabet) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = {
    'en': (['Oliver', 'Emma', 'Liam', 'Sophie', 'Harry', 'Chloe', 'Jack', 'Amelia', 'Noah', 'Grace',
            'Ethan', 'Megan', 'Ryan', 'Hannah', 'Daniel', 'Lauren', 'Marcus', 'Priya', 'Tom', 'Rachel',
            'Declan', 'Imogen', 'Kwame', 'Bethany', 'Callum', 'Niamh'],
           ['Thompson', 'Walker', 'Bennett', 'Hughes', 'Clarke', 'Patel', 'Morrison', 'Fletcher', 'Reid',
            'Sullivan', 'Dawson', 'Harper', 'Whitaker', 'Lloyd', 'Gallagher', 'Brennan', 'Okafor', 'Nguyen',
            'Fitzgerald', 'Ashworth', 'Pemberton', 'Delaney', 'Mensah', 'Holloway']),
    'de': (['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Tobias', 'Katharina', 'Jan', 'Sabine',
            'Stefan', 'Julia', 'Matthias', 'Birgit', 'Florian', 'Jürgen', 'Ursula'],
           ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer',
            'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Weiß', 'Krüger']),
    'fr': (['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Théo', 'Léa', 'Nicolas', 'Julie', 'Antoine',
            'Élodie', 'Mathieu', 'Solène', 'Bastien'],
           ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy',
            'Moreau', 'Lefèvre', 'Girard', 'Fontaine', 'Rousseau']),
    'es': (['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Álvaro', 'Carmen', 'Javier', 'Elena', 'Diego',
            'Marta', 'Sergio', 'Nuria', 'Iñaki'],
           ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez',
            'Gómez', 'Ruiz', 'Jiménez', 'Moreno', 'Ibáñez', 'Castro']),
    'it': (['Giulia', 'Francesco', 'Chiara', 'Alessandro', 'Sara', 'Lorenzo', 'Martina', 'Matteo',
            'Federica', 'Davide'],
           ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino',
            'Greco']),
    'pt': (['João', 'Ana', 'Pedro', 'Beatriz', 'Rafael', 'Mariana', 'Lucas', 'Fernanda', 'Thiago', 'Camila'],
           ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Carvalho',
            'Ferreira']),
    'nl': (['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Fleur', 'Ruben', 'Eva'],
           ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong']),
    'pl': (['Jakub', 'Zofia', 'Kacper', 'Julia', 'Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna'],
           ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański']),
    'sv': (['Erik', 'Astrid', 'Lars', 'Ingrid', 'Oskar', 'Maja', 'Nils', 'Elsa'],
           ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Lindqvist', 'Bergström', 'Holm', 'Sandberg']),
    'tr': (['Emre', 'Elif', 'Mehmet', 'Zeynep', 'Burak', 'Ayşe', 'Can', 'Merve'],
           ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan']),
    'ru': (['Aleksei', 'Olga', 'Dmitry', 'Natalia', 'Sergei', 'Irina', 'Ivan', 'Yulia'],
           ['Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Sokolov', 'Popova', 'Volkov', 'Morozova']),
    'ja': (['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Sakura', 'Kenji', 'Yuki'],
           ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura']),
    'zh': (['Wei', 'Fang', 'Jie', 'Li', 'Hao', 'Xin', 'Yu', 'Ming'],
           ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao']),
    'in': (['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya'],
           ['Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Kapoor', 'Banerjee']),
    'ar': (['Omar', 'Layla', 'Yusuf', 'Fatima', 'Khalid', 'Noor', 'Hassan', 'Mariam'],
           ['Al-Mansouri', 'Haddad', 'Khoury', 'Nasser', 'Saleh', 'Farouk', 'Aziz', 'Rahman']),
    'ko': (['Minjun', 'Seoyeon', 'Jiho', 'Hayoon', 'Dohyun', 'Jiwoo'],
           ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang']),
    'ng': (['Chinedu', 'Ngozi', 'Tunde', 'Aisha', 'Emeka', 'Funmilayo'],
           ['Okonkwo', 'Adeyemi', 'Balogun', 'Eze', 'Ibrahim', 'Okoro']),
}
LOCS = list(NAMES)


class Person:
    def __init__(self, loc, first, last):
        self.loc, self.first, self.last = loc, first, last

    @property
    def full(self):
        return f'{self.first} {self.last}'


def person(loc=None):
    loc = loc or pick(LOCS)
    f, l = NAMES[loc]
    return Person(loc, pick(f), pick(l))


def fold(s):
    for a, b in (('ß', 'ss'), ('ł', 'l'), ('Ł', 'L'), ('ø', 'o'), ('ı', 'i'), ('æ', 'ae')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.co.uk', 'icloud.com', 'proton.me',
           'btinternet.com', 'aol.com', 'fastmail.com'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'mailbox.org'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
    'es': ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    'it': ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it', 'alice.it'],
    'pt': ['gmail.com', 'uol.com.br', 'bol.com.br', 'sapo.pt', 'terra.com.br'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hetnet.nl'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gazeta.pl'],
    'sv': ['telia.com', 'gmail.com', 'bredband.net', 'spray.se'],
    'tr': ['gmail.com', 'hotmail.com.tr', 'yandex.com.tr'],
    'ru': ['yandex.ru', 'mail.ru', 'rambler.ru', 'bk.ru'],
    'ja': ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
    'in': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    'ar': ['gmail.com', 'hotmail.com', 'outlook.sa'],
    'ko': ['naver.com', 'daum.net', 'kakao.com'],
    'ng': ['gmail.com', 'yahoo.com'],
}
CORP = ['brightwell-logistics.co.uk', 'hansen-bau.de', 'atelier-moreau.fr', 'nordlicht-energie.de',
        'kestrelpay.io', 'quantaview.com', 'mendoza-abogados.es', 'studio-ricci.it', 'vanderlinde.nl',
        'polarsoft.se', 'harbourline.com.au', 'tekton-systems.com', 'bluefinch.health', 'oakridge-dental.com',
        'saffron-hr.in', 'meridian-legal.co.uk', 'clearwater-analytics.net', 'fjordbyte.no', 'lumen-labs.ai',
        'cobaltrail.dev', 'greyhound-freight.ca', 'sakura-denki.co.jp', 'andes-mineria.cl', 'kairos-clinic.gr']


def local_part(p):
    f = re.sub(r'[^a-z]', '', fold(p.first).lower())
    l = re.sub(r'[^a-z]', '', fold(p.last).lower())
    pats = [f'{f}.{l}', f'{f}{l}', f'{f[0]}{l}', f'{f}_{l}', f'{f}.{l}{rs(DIG, 2)}', f'{l}.{f}',
            f'{f}{rs(DIG, 3)}', f'{f[0]}.{l}', f'{f}.{l}+{pick(["shop", "news", "work", "bank", "jobs"])}',
            f'{l}{f[0]}{rs(DIG, 2)}', f'{f}-{l}', f'{f}{R.randint(60, 99)}']
    return pick(pats)


def email(p=None, domain=None, corp=None):
    p = p or person()
    if domain is None:
        if corp is True or (corp is None and chance(0.35)):
            domain = pick(CORP)
        else:
            domain = pick(FREEMAIL.get(p.loc, FREEMAIL['en']))
    if domain == 'qq.com' and chance(0.6):
        return f'{R.randint(10000000, 2999999999)}@qq.com'
    return f'{local_part(p)}@{domain}'


def E(p=None, **kw):
    return L('email', email(p, **kw))


# --------------------------------------------------------------------------
# phones: per country, families of renderings that share one digit sequence.
# '#' any digit, 'N' 2-9, 'P' 1-9.  Renderings starting with + or 00 are
# international, the others national.
# --------------------------------------------------------------------------
PHONES = {
    'US': [['(N##) N##-####', 'N##-N##-####', 'N##.N##.####', '+1 N##-N##-####', '+1 (N##) N##-####',
            '1-N##-N##-####', '+1N##N######']],
    'CA': [['(416) N##-####', '416-N##-####', '+1 416 N##-####'], ['(604) N##-####', '604.N##.####', '+1-604-N##-####']],
    'GB': [['07P## ######', '+44 7P## ######', '+44 (0)7P## ######'], ['020 7### ####', '+44 20 7### ####', '+44 (0)20 7### ####', '(020) 7### ####'], ['020 8### ####', '+44 20 8### ####', '020 8###-####'],
           ['0161 N## ####', '+44 161 N## ####'], ['0131 N## ####', '+44 131 N## ####']],
    'DE': [['0151 ########', '+49 151 ########', '+49 (0)151 ########', '0151-########', '0049 151 ########'],
           ['030 N#######', '+49 30 N#######', '030/N#######', '(030) N#######'],
           ['089 N######-##', '+49 89 N######-##', '089/N######-##'], ['0172 #######', '+49 172 #######', '0172/#######']],
    'FR': [['06 ## ## ## ##', '+33 6 ## ## ## ##', '+33 (0)6 ## ## ## ##', '06.##.##.##.##', '0033 6 ## ## ## ##', '06########'],
           ['01 P# ## ## ##', '+33 1 P# ## ## ##', '01.P#.##.##.##'], ['04 P# ## ## ##', '+33 4 P# ## ## ##']],
    'ES': [['6## ### ###', '+34 6## ### ###', '+34 6## ## ## ##', '6##-###-###'], ['91 ### ## ##', '+34 91 ### ## ##', '91 ### ####'],
           ['93 ### ## ##', '+34 93 ### ## ##']],
    'IT': [['34# ### ####', '+39 34# ### ####', '+39 34########', '34#-#######'], ['02 #### ####', '+39 02 #### ####', '02-########'],
           ['06 ### ####', '+39 06 ### ####']],
    'NL': [['06-########', '06 ## ## ## ##', '+31 6 ########', '+31 (0)6 ## ## ## ##', '06 #### ####'],
           ['020 ### ####', '+31 20 ### ####', '020-#######']],
    'BE': [['047# ## ## ##', '+32 47# ## ## ##', '047#/##.##.##'], ['02 ### ## ##', '+32 2 ### ## ##', '02/###.##.##']],
    'CH': [['079 ### ## ##', '+41 79 ### ## ##', '+41 (0)79 ### ## ##'], ['044 ### ## ##', '+41 44 ### ## ##', '044 ### ## ##']],
    'AT': [['0664 #######', '+43 664 #######', '+43 (0)664 #######'], ['01 P######', '+43 1 P######', '01/P######']],
    'SE': [['070-### ## ##', '+46 70 ### ## ##', '070 ### ## ##', '+46 (0)70-### ## ##'], ['08-### ### ##', '+46 8 ### ### ##', '08 ### ### ##']],
    'NO': [['9## ## ###', '+47 9## ## ###', '+47 9#######'], ['22 ## ## ##', '+47 22 ## ## ##']],
    'DK': [['N# ## ## ##', '+45 N# ## ## ##', '+45 N#######']],
    'FI': [['040 ### ####', '+358 40 ### ####', '040-#######'], ['09 #### ###', '+358 9 #### ###']],
    'PL': [['5## ### ###', '+48 5## ### ###', '5##-###-###', '+48 5########'], ['22 ### ## ##', '+48 22 ### ## ##']],
    'CZ': [['60# ### ###', '+420 60# ### ###', '+420 60#######'], ['73# ### ###', '+420 73# ### ###']],
    'PT': [['91# ### ###', '+351 91# ### ###', '00351 91# ### ###'], ['21# ### ###', '+351 21# ### ###']],
    'IE': [['087 ### ####', '+353 87 ### ####', '(087) ### ####'], ['01 ### ####', '+353 1 ### ####']],
    'GR': [['69# ### ####', '+30 69# ### ####', '+30 69########'], ['210 ### ####', '+30 210 ### ####']],
    'HU': [['06 30 ### ####', '+36 30 ### ####', '06-30-###-####', '+36 30 #######'], ['06 1 ### ####', '+36 1 ### ####']],
    'RO': [['07## ### ###', '+40 7## ### ###', '+40 7########', '07##.###.###']],
    'TR': [['05## ### ## ##', '+90 5## ### ## ##', '0 (5##) ### ## ##', '+90 (5##) ### ## ##']],
    'RU': [['8 (9##) ###-##-##', '+7 (9##) ###-##-##', '+7 9## ###-##-##', '8-9##-###-##-##', '+79#########'],
           ['8 (495) ###-##-##', '+7 495 ###-##-##']],
    'UA': [['067 ### ## ##', '+380 67 ### ## ##', '+380 (67) ###-##-##']],
    'IL': [['05#-###-####', '+972 5#-###-####', '+972-5#-###-####'], ['03-###-####', '+972 3-###-####']],
    'AE': [['05# ### ####', '+971 5# ### ####', '+971 5########']],
    'SA': [['05# ### ####', '+966 5# ### ####']],
    'EG': [['01# #### ####', '+20 1# #### ####']],
    'MA': [['06##-######', '+212 6##-######', '06 ## ## ## ##', '+212 6 ## ## ## ##']],
    'NG': [['080# ### ####', '+234 80# ### ####', '+234 (0)80# ### ####']],
    'KE': [['07## ######', '+254 7## ######', '+254 7## ### ###']],
    'ZA': [['08# ### ####', '+27 8# ### ####', '08# ###-####'], ['021 ### ####', '+27 21 ### ####']],
    'IN': [['9#### #####', '+91 9#### #####', '+91-9#########', '09#########', '+91 9##-###-####'],
           ['022 N### ####', '+91 22 N### ####', '022-N#######']],
    'PK': [['03## #######', '+92 3## #######', '03##-#######']],
    'BD': [['01### ######', '+880 1### ######']],
    'CN': [['13# #### ####', '+86 13# #### ####', '+86 13#########', '13#-####-####'], ['010-N###-####', '+86 10 N### ####']],
    'HK': [['9### ####', '+852 9### ####', '+852-9###-####']],
    'TW': [['09##-###-###', '+886 9##-###-###', '+886 9## ### ###']],
    'JP': [['090-####-####', '+81 90-####-####', '+81 90 #### ####', '090(####)####'], ['03-####-####', '+81 3-####-####', '(03) ####-####']],
    'KR': [['010-####-####', '+82 10-####-####', '+82 10 #### ####', '010 #### ####'], ['02-###-####', '+82 2-###-####']],
    'SG': [['8### ####', '+65 8### ####', '+65 8#######']],
    'MY': [['012-### ####', '+60 12-### ####', '+6012-#######']],
    'TH': [['08#-###-####', '+66 8#-###-####', '+66 8# ### ####']],
    'VN': [['09# ### ## ##', '+84 9# ### ## ##', '09########']],
    'PH': [['09## ### ####', '+63 9## ### ####', '0 9## ### ####']],
    'ID': [['08##-####-####', '+62 8##-####-####', '+62 8## #### ####']],
    'AU': [['04## ### ###', '+61 4## ### ###', '04########', '+61 (0)4## ### ###'], ['(02) N### ####', '02 N### ####', '+61 2 N### ####']],
    'NZ': [['021 ### ####', '+64 21 ### ####', '021-###-####'], ['09-### ####', '+64 9 ### ####', '(09) ### ####']],
    'BR': [['(11) 9####-####', '11 9####-####', '+55 11 9####-####', '+55 (11) 9####-####', '+5511 9########'],
           ['(21) N###-####', '+55 21 N###-####']],
    'MX': [['55 #### ####', '+52 55 #### ####', '+52 1 55 #### ####', '(55) ####-####']],
    'AR': [['11 ####-####', '+54 9 11 ####-####', '011 15-####-####', '+54 11 ####-####']],
    'CL': [['9 #### ####', '+56 9 #### ####', '+569########']],
    'CO': [['3## ### ####', '+57 3## ### ####', '+57 3#########']],
    'PE': [['9## ### ###', '+51 9## ### ###']],
    'IR': [['091# ### ####', '+98 91# ### ####']],
}


def _classes(t):
    return [c for c in t if c in '#NP']


for _cc, _fams in PHONES.items():
    for _fam in _fams:
        for _t in _fam[1:]:
            assert _classes(_t) == _classes(_fam[0]), (_cc, _t)
        assert any(t.startswith(('+', '00')) for t in _fam), _cc
        assert any(not t.startswith(('+', '00')) for t in _fam), _cc


def phone(cc, mode=None, fam=None):
    fam = PHONES[cc][fam] if fam is not None else pick(PHONES[cc])
    while True:
        digs = [pick(DIG) if c == '#' else pick('23456789') if c == 'N' else pick('123456789')
                for c in _classes(fam[0])]
        # avoid the fictional 555-01xx block and 555 exchanges altogether
        if cc in ('US', 'CA') and ''.join(digs[-7:-4]) == '555':
            continue
        break
    choices = fam
    if mode == 'intl':
        choices = [t for t in fam if t.startswith(('+', '00'))]
    elif mode == 'nat':
        choices = [t for t in fam if not t.startswith(('+', '00'))]
    it = iter(digs)
    return ''.join(next(it) if c in '#NP' else c for c in pick(choices))


def P(cc, mode=None, fam=None):
    return L('phone', phone(cc, mode, fam))


# --------------------------------------------------------------------------
# payment cards
# --------------------------------------------------------------------------
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_NETS = {
    'visa': (['4'], [16, 16, 16, 13, 19]),
    'mastercard': (['51', '52', '53', '54', '55'] + [str(x) for x in range(2221, 2721, 37)], [16]),
    'amex': (['34', '37'], [15]),
    'discover': (['6011', '644', '645', '646', '647', '648', '649', '65'], [16, 19]),
    'diners': (['300', '301', '302', '303', '304', '305', '36', '38'], [14]),
    'jcb': ([str(x) for x in range(3528, 3590)], [16]),
    'unionpay': (['62'], [16, 19]),
    'maestro': (['6759', '5018', '5020', '5038', '6304', '6761', '6763'], [16, 19, 13]),
    'mir': (['2200', '2201', '2202', '2203', '2204'], [16]),
    'rupay': (['6521', '6522', '508', '607'], [16]),
    'elo': (['636368', '438935', '504175', '451416', '509048', '627780'], [16]),
    'hipercard': (['606282'], [16]),
    'troy': (['9792'], [16]),
    'verve': (['5061', '6500'], [19, 16]),
    'dankort': (['5019'], [16]),
}
NETS = list(CARD_NETS)


def card_number(net=None, n=None):
    net = net or pick(NETS)
    pres, lens = CARD_NETS[net]
    pre = pick(pres)
    n = n or pick(lens)
    body = pre + rs(DIG, n - len(pre) - 1)
    return body + luhn_digit(body)


def group_card(num, sep=' '):
    n = len(num)
    g = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3], 13: [4, 4, 5], 12: [4, 4, 4]}.get(n, [4, 4, 4, 4])
    out, i = [], 0
    for k in g:
        out.append(num[i:i + k])
        i += k
    return sep.join(out)


def card(net=None, sep=None, n=None):
    num = card_number(net, n)
    if sep is None:
        sep = pick([' ', ' ', ' ', '-', ''])
    return group_card(num, sep) if sep else num


def C(net=None, sep=None, n=None):
    return L('card', card(net, sep, n))


def break_luhn(num):
    d = int(num[-1])
    return num[:-1] + str((d + R.randint(1, 9)) % 10)


def card_bad(net=None, sep=' '):
    num = break_luhn(card_number(net))
    assert not luhn_ok(num)
    return group_card(num, sep) if sep else num


# --------------------------------------------------------------------------
# IBAN (ISO 13616)
# --------------------------------------------------------------------------
IBAN_SPEC = {
    'DE': '18n', 'FR': '10n11c2n', 'GB': '4a14n', 'ES': '20n', 'IT': '1a10n12c', 'NL': '4a10n',
    'BE': '12n', 'CH': '5n12c', 'AT': '16n', 'PL': '24n', 'PT': '21n', 'IE': '4a14n', 'SE': '20n',
    'NO': '11n', 'DK': '14n', 'FI': '14n', 'LU': '3n13c', 'CZ': '20n', 'SK': '20n', 'HU': '24n',
    'RO': '4a16c', 'GR': '7n16c', 'HR': '17n', 'SI': '15n', 'BG': '4a6n8c', 'LT': '16n', 'LV': '4a13c',
    'EE': '16n', 'TR': '5n1n16c', 'SA': '2n18c', 'AE': '3n16n', 'IL': '19n', 'MT': '4a5n18c',
    'CY': '8n16c', 'IS': '22n', 'LI': '5n12c', 'MC': '10n11c2n', 'RS': '18n', 'QA': '4a21c',
    'KW': '4a22c', 'JO': '4a4n18c', 'BH': '4a14c', 'PK': '4a16c', 'UA': '6n19c', 'EG': '25n',
    'BR': '8n5n10n1a1c', 'GE': '2a16n', 'AZ': '4a20c', 'AL': '8n16c', 'BA': '16n', 'ME': '18n',
}
IBAN_BANKS = {
    'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA', 'MONZ', 'SRLG', 'REVO', 'CLRB', 'TSBS', 'ABBY'],
    'NL': ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ', 'KNAB'],
    'IE': ['AIBK', 'BOFI', 'IPBS'], 'RO': ['BTRL', 'RNCB', 'BRDE', 'INGB'], 'BG': ['BNBG', 'UNCR', 'STSA'],
    'LV': ['HABA', 'UNLA', 'PARX'], 'MT': ['MALT', 'VALL'], 'QA': ['QNBA', 'DOHB'], 'KW': ['NBOK', 'CBKU'],
    'JO': ['ARAB', 'CBJO'], 'BH': ['NBOB', 'BBKU'], 'PK': ['HABB', 'MEZN', 'SCBL'], 'AZ': ['NABZ', 'AIIB'],
    'GE': ['TB', 'BG'],
}
IBAN_COUNTRIES = list(IBAN_SPEC)


def iban_num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))


def iban_check(cc, bban):
    return 98 - iban_num(bban + cc + '00') % 97


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc=None):
    cc = cc or pick(IBAN_COUNTRIES)
    parts = re.findall(r'(\d+)([nac])', IBAN_SPEC[cc])
    bban = ''
    for n, t in parts:
        n = int(n)
        if t == 'a' and bban == '' and cc in IBAN_BANKS and len(IBAN_BANKS[cc][0]) == n:
            bban += pick(IBAN_BANKS[cc])
            continue
        for _ in range(n):
            if t == 'n':
                bban += pick(DIG)
            elif t == 'a':
                bban += pick(UP)
            else:
                bban += pick(UP) if chance(0.12) else pick(DIG)
    if cc == 'BE':
        first = int(bban[:10])
        k = first % 97 or 97
        bban = bban[:10] + f'{k:02d}'
    if cc == 'TR':
        bban = bban[:5] + '0' + bban[6:]
    return f'{cc}{iban_check(cc, bban):02d}{bban}'


def fmt_iban(s, style=None):
    style = style or pick(['grp', 'grp', 'grp', 'run', 'lgrp', 'lrun'])
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return {'grp': g, 'run': s, 'lgrp': g.lower(), 'lrun': s.lower()}[style]


def I(cc=None, style=None):
    return L('iban', fmt_iban(iban(cc), style))


def iban_bad(cc=None, style='grp'):
    """Same check digits, one BBAN digit changed -> fails mod-97."""
    s = iban(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    while True:
        i = pick(pos)
        t = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        if not iban_ok(t):
            return fmt_iban(t, style)


# --------------------------------------------------------------------------
# US SSN, UK NINO
# --------------------------------------------------------------------------
SSN_KNOWN = {'078051120', '219099999', '123456789', '111111111', '333333333', '555555555', '777777777',
             '888888888', '987654320', '987654321'}


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f'{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}'
        if v not in SSN_KNOWN:
            return v


def ssn(style=None):
    v = ssn_digits()
    style = style or pick(['dash', 'dash', 'dash', 'space', 'run'])
    return {'dash': f'{v[:3]}-{v[3:5]}-{v[5:]}', 'space': f'{v[:3]} {v[3:5]} {v[5:]}', 'run': v}[style]


def SSN(style=None):
    return L('ssn', ssn(style))


def ssn_bad(rule=None):
    """Break exactly one SSN rule."""
    v = ssn_digits()
    rule = rule or pick(['area000', 'area666', 'area9', 'group00', 'serial0000'])
    a, g, s = v[:3], v[3:5], v[5:]
    if rule == 'area000':
        a = '000'
    elif rule == 'area666':
        a = '666'
    elif rule == 'area9':
        a = str(R.randint(900, 999))
        g = pick(['01', '02', '03', '11', '23', '35', '46', '48'])   # not an ITIN group
    elif rule == 'group00':
        g = '00'
    else:
        s = '0000'
    return f'{a}-{g}-{s}'


def itin():
    g = pick(list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
    return f'9{R.randint(0, 99):02d}-{g:02d}-{R.randint(1, 9999):04d}'


def ein():
    return f'{pick(["12", "20", "27", "35", "46", "52", "61", "74", "81", "94"])}-{rs(DIG, 7)}'


NINO1 = 'ABCEGHJKLMNOPRSTWXYZ'
NINO2 = 'ABCEGHJKLMNPRSTWXYZ'
NINO_BAD = {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}


def nino_parts():
    while True:
        p = pick(NINO1) + pick(NINO2)
        if p not in NINO_BAD and p not in ('AB', 'QQ'):
            return p, rs(DIG, 6), pick('ABCD')


def fmt_nino(p, d, s, style=None):
    style = style or pick(['sp', 'sp', 'run', 'run', 'lower'])
    if style == 'sp':
        return f'{p} {d[:2]} {d[2:4]} {d[4:]} {s}'
    if style == 'run':
        return f'{p}{d}{s}'
    if style == 'lower':
        return f'{p}{d}{s}'.lower()
    if style == 'dash':
        return f'{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}'
    return f'{p} {d} {s}'


def nino(style=None):
    return fmt_nino(*nino_parts(), style=style)


def NI(style=None):
    return L('nino', nino(style))


def nino_bad(rule=None, style='sp'):
    p, d, s = nino_parts()
    rule = rule or pick(['first', 'second', 'prefix', 'suffix'])
    if rule == 'first':
        p = pick('DFIQUV') + p[1]
    elif rule == 'second':
        p = p[0] + pick('DFIOQUV')
    elif rule == 'prefix':
        p = pick(sorted(NINO_BAD))
    else:
        s = pick('EFGHMNPXZ')
    return fmt_nino(p, d, s, style)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
def rdate(y0=1938, y1=2007):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'en3': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'de3': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'fr3': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
    'da': 'januar februar marts april maj juni juli august september oktober november december',
    'no': 'januar februar mars april mai juni juli august september oktober november desember',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince',
    'hu': 'január február március április május június július augusztus szeptember október november december',
    'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
    'hr': 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
    'ca': "de gener de febrer de març d'abril de maig de juny de juliol d'agost de setembre d'octubre de novembre de desembre",
}
MONTHS = {k: (v.split() if k != 'ca' else re.findall(r"(?:de |d')\S+", v)) for k, v in MONTHS.items()}
for _k, _v in MONTHS.items():
    assert len(_v) == 12, _k

SCRIPT_DIGITS = {
    'arab': '٠١٢٣٤٥٦٧٨٩', 'persian': '۰۱۲۳۴۵۶۷۸۹', 'deva': '०१२३४५६७८९', 'beng': '০১২৩৪৫৬৭৮৯',
    'thai': '๐๑๒๓๔๕๖๗๘๙', 'full': '０１２３４５６７８９', 'tamil': '௦௧௨௩௪௫௬௭௮௯', 'khmer': '០១២៣៤៥៦៧៨៩',
}


def to_script(s, script):
    tbl = SCRIPT_DIGITS[script]
    return ''.join(tbl[int(c)] if c in DIG else c for c in s)


def fdate(d, style):
    D, M, Y = d.day, d.month, d.year
    m = lambda k: MONTHS[k][M - 1]
    f = {
        'dmy/': f'{D:02d}/{M:02d}/{Y}', 'mdy/': f'{M:02d}/{D:02d}/{Y}', 'iso': d.isoformat(),
        'dmy.': f'{D:02d}.{M:02d}.{Y}', 'dmy-': f'{D:02d}-{M:02d}-{Y}', 'd.m.yy': f'{D}.{M}.{Y % 100:02d}',
        'ymd/': f'{Y}/{M:02d}/{D:02d}', 'ymd.': f'{Y}.{M:02d}.{D:02d}', 'compact': f'{Y}{M:02d}{D:02d}',
        'dmy/yy': f'{D:02d}/{M:02d}/{Y % 100:02d}', 'mdy/yy': f'{M}/{D}/{Y % 100:02d}', 'm/d/y': f'{M}/{D}/{Y}',
        'en': f'{D} {m("en")} {Y}', 'en_us': f'{m("en")} {D}, {Y}', 'en3': f'{D:02d}-{m("en3")}-{Y}',
        'en3b': f'{m("en3")} {D} {Y}', 'en3c': f'{D} {m("en3").upper()} {Y}',
        'en_ord': f'{D}{"th" if 11 <= D <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")} of {m("en")} {Y}',
        'de': f'{D}. {m("de")} {Y}', 'de3': f'{D}. {m("de3")} {Y}',
        'fr': f'{"1er" if D == 1 else D} {m("fr")} {Y}', 'fr3': f'{D} {m("fr3")} {Y}',
        'es': f'{D} de {m("es")} de {Y}', 'it': f'{D} {m("it")} {Y}', 'pt': f'{D} de {m("pt")} de {Y}',
        'nl': f'{D} {m("nl")} {Y}', 'pl': f'{D} {m("pl")} {Y} r.', 'sv': f'{D} {m("sv")} {Y}',
        'da': f'{D}. {m("da")} {Y}', 'no': f'{D}. {m("no")} {Y}', 'fi': f'{D}. {m("fi")} {Y}',
        'cs': f'{D}. {m("cs")} {Y}', 'hu': f'{Y}. {m("hu")} {D}.', 'ro': f'{D} {m("ro")} {Y}',
        'tr': f'{D} {m("tr")} {Y}', 'ru': f'{D} {m("ru")} {Y} г.', 'uk': f'{D} {m("uk")} {Y} р.',
        'el': f'{D} {m("el")} {Y}', 'id': f'{D} {m("id")} {Y}', 'ar': f'{D} {m("ar")} {Y}',
        'ar_digits': to_script(f'{D} {m("ar")} {Y}', 'arab'), 'he': f'{D} {m("he")} {Y}',
        'hi': f'{D} {m("hi")} {Y}', 'th': f'{D} {m("th")} {Y + 543}', 'hr': f'{D}. {m("hr")} {Y}.',
        'ca': f'{D} {m("ca")} de {Y}',
        'ja': f'{Y}年{M}月{D}日', 'zh': f'{Y}年{M}月{D}日', 'ko': f'{Y}년 {M}월 {D}일',
        'vi': f'ngày {D} tháng {M} năm {Y}', 'zh_roc': f'民國{Y - 1911}年{M}月{D}日',
        'fa_digits': to_script(f'{Y}/{M:02d}/{D:02d}', 'persian'),
    }
    if style == 'ja_era':
        if d >= datetime.date(1989, 1, 8):
            return f'平成{d.year - 1988}年{M}月{D}日' if d.year > 1989 else f'平成元年{M}月{D}日'
        return f'昭和{d.year - 1925}年{M}月{D}日'
    return f[style]


DATE_STYLES_NUM = ['dmy/', 'mdy/', 'iso', 'dmy.', 'dmy-', 'd.m.yy', 'ymd/', 'compact', 'dmy/yy', 'mdy/yy', 'm/d/y']


def DOB(style, y0=1938, y1=2007):
    return L('dob', fdate(rdate(y0, y1), style))


def ndate(style, y0=2019, y1=2026):
    """A non-birth date (look-alike)."""
    return A('date', fdate(rdate(y0, y1), style))


# --------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------
def ip4():
    while True:
        a = R.randint(2, 223)
        s = f'{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}'
        o = ipaddress.ip_address(s)
        if o.is_global and s not in ('1.1.1.1', '9.9.9.9') and a not in (8, 100, 169, 172, 192, 198, 203):
            return s


def ip6(style=None):
    pre = pick(['2a02', '2a01', '2a00', '2600', '2607', '2603', '2804', '2c0f', '2405', '2409', '2a03', '240e', '2400', '2001:67c'])
    groups = pre.split(':')
    while len(groups) < 8:
        groups.append(f'{R.randrange(0x10000):x}' if chance(0.7) else '0')
    if chance(0.5):
        for i in range(3, 6):
            groups[i] = '0'
    o = ipaddress.ip_address(':'.join(groups))
    assert o.is_global
    style = style or pick(['c', 'c', 'c', 'x'])
    return o.compressed if style == 'c' else o.exploded


def IP(v=4):
    return L('ip', ip4() if v == 4 else ip6())


def ipdoc():
    return pick([f'192.0.2.{R.randint(1, 254)}', f'198.51.100.{R.randint(1, 254)}', f'203.0.113.{R.randint(1, 254)}',
                 f'2001:db8::{R.randrange(0x10000):x}', f'2001:db8:{R.randrange(0x10000):x}::{R.randint(1, 99)}'])


# --------------------------------------------------------------------------
# credentials
# --------------------------------------------------------------------------
B62 = DIG + UP + LO


def b62(n):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or '0'


def gh_token(prefix='ghp_'):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, '0')


def jwt(payload=None, alg='HS256'):
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256':
        hdr['kid'] = rs(B64URL, 20)
    now = R.randint(1_735_000_000, 1_795_000_000)
    payload = payload or {'sub': str(R.randint(10 ** 6, 10 ** 9)), 'iat': now, 'exp': now + pick([900, 3600, 86400])}
    sig = b64u(rbytes(32 if alg == 'HS256' else 256))
    enc = lambda o: b64u(json.dumps(o, separators=(',', ':')).encode())
    return f'{enc(hdr)}.{enc(payload)}.{sig}'


def pem(kind='RSA PRIVATE KEY', nbytes=1190, prefix=b''):
    body = base64.b64encode(prefix + rbytes(nbytes - len(prefix))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f'-----BEGIN {kind}-----\n' + '\n'.join(lines) + f'\n-----END {kind}-----'


def pem_rsa(short=False):
    return pem('RSA PRIVATE KEY', 610 if short else 1190, bytes.fromhex('308204a40201000282010100'))


def pem_pkcs8():
    return pem('PRIVATE KEY', 1216, bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7'))


def pem_ec():
    return pem('EC PRIVATE KEY', 121, bytes.fromhex('30770201010420'))


def pem_openssh():
    return pem('OPENSSH PRIVATE KEY', 399, b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519')


WORDS = ['Sommer', 'Kaffee', 'Tiger', 'Blue', 'Falcon', 'Maple', 'Rocket', 'Luna', 'Pirate', 'Garden', 'Winter',
         'Mango', 'Nebula', 'Otter', 'Copper', 'Violet', 'Harbor', 'Sunset', 'Pixel', 'Thunder', 'Kiwi', 'Zebra',
         'Marmot', 'Basil', 'Orion', 'Fjord', 'Cactus', 'Papaya', 'Granit', 'Lotus']
LWORDS = ['correct', 'lantern', 'walnut', 'glacier', 'velvet', 'anchor', 'saffron', 'meadow', 'cobalt', 'ember',
          'thistle', 'quartz', 'harbor', 'pepper', 'falcon', 'juniper', 'ripple', 'tundra', 'orchid', 'mosaic']


def password(style=None):
    style = style or pick(['human', 'human2', 'random', 'phrase', 'leet', 'random'])
    if style == 'human':
        return f'{pick(WORDS)}{R.randint(1, 99)}{pick("!?#$%&*")}'
    if style == 'human2':
        return f'{pick(WORDS).lower()}_{pick(WORDS)}{R.randint(1970, 2024)}'
    if style == 'random':
        return rs(ALNUM + '!#%&*+-=?@^_', R.randint(14, 22))
    if style == 'phrase':
        return '-'.join(pick(LWORDS) for _ in range(4))
    w = pick(WORDS)
    w = w.replace('a', '@').replace('o', '0').replace('e', '3').replace('i', '1')
    return f'{w}{pick("!#$")}{R.randint(10, 999)}'


def SEC(v):
    return L('secret', v)


def aws_akid(prefix='AKIA'):
    return prefix + rs(UP + '234567', 16)


def aws_secret():
    return rs(ALNUM + '/+', 40)


def sk_gen(name):
    """Provider token generators."""
    g = {
        'aws_akid': lambda: aws_akid(),
        'aws_asia': lambda: aws_akid('ASIA'),
        'aws_secret': aws_secret,
        'gcp_api': lambda: 'AIza' + rs(B64URL, 35),
        'github': lambda: gh_token('ghp_'),
        'github_oauth': lambda: gh_token('gho_'),
        'github_app': lambda: gh_token('ghs_'),
        'github_fg': lambda: 'github_pat_11' + rs(UP + DIG, 20) + '_' + rs(ALNUM, 59),
        'gitlab': lambda: 'glpat-' + rs(B64URL, 20),
        'slack_bot': lambda: f'xoxb-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(ALNUM, 24)}',
        'slack_user': lambda: f'xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}',
        'slack_webhook': lambda: f'https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(ALNUM, 24)}',
        'discord_webhook': lambda: f'https://discord.com/api/webhooks/{R.randint(10 ** 17, 10 ** 19 - 1)}/{rs(B64URL, 68)}',
        'discord_bot': lambda: b64u(str(R.randint(10 ** 17, 10 ** 19 - 1)).encode()) + '.' + rs(B64URL, 6) + '.' + rs(B64URL, 38),
        'teams_webhook': lambda: (f'https://{pick(["northwind", "fabrikam", "contoso-eu", "tailspin"])}.webhook.office.com/webhookb2/'
                                  f'{uuid()}@{uuid()}/IncomingWebhook/{rs(HEX, 32)}/{uuid()}/V2{rs(B64URL, 40)}'),
        'stripe': lambda: 'sk_live_51' + rs(ALNUM, 96),
        'stripe_rk': lambda: 'rk_live_51' + rs(ALNUM, 96),
        'stripe_whsec': lambda: 'whsec_' + rs(ALNUM, 32),
        'twilio_token': lambda: rs(HEX, 32),
        'twilio_apikey': lambda: 'SK' + rs(HEX, 32),
        'sendgrid': lambda: 'SG.' + rs(B64URL, 22) + '.' + rs(B64URL, 43),
        'mailgun': lambda: 'key-' + rs(HEX, 32),
        'mailchimp': lambda: rs(HEX, 32) + '-us' + str(R.randint(2, 21)),
        'openai': lambda: 'sk-proj-' + rs(B64URL, 74) + 'T3BlbkFJ' + rs(B64URL, 74),
        'anthropic': lambda: 'sk-ant-api03-' + rs(B64URL, 93) + 'AA',
        'huggingface': lambda: 'hf_' + rs(UP + LO, 34),
        'npm': lambda: 'npm_' + rs(ALNUM, 36),
        'pypi': lambda: 'pypi-AgEIcHlwaS5vcmc' + rs(B64URL, 160),
        'dockerhub': lambda: 'dckr_pat_' + rs(B64URL, 27),
        'shopify': lambda: 'shpat_' + rs(HEX, 32),
        'square': lambda: 'EAAA' + rs(B64URL, 60),
        'braintree': lambda: f'access_token$production${rs(LO + DIG, 16)}${rs(HEX, 32)}',
        'digitalocean': lambda: 'dop_v1_' + rs(HEX, 64),
        'linear': lambda: 'lin_api_' + rs(ALNUM, 40),
        'notion': lambda: 'ntn_' + rs(DIG, 11) + rs(ALNUM, 35),
        'atlassian': lambda: 'ATATT3xFfGF0' + rs(B64URL, 170) + '=' + rs(HEX.upper(), 8),
        'newrelic': lambda: 'NRAK-' + rs(UP + DIG, 27),
        'telegram': lambda: f'{R.randint(10 ** 9, 8 * 10 ** 9)}:AA{rs(B64URL, 33)}',
        'google_refresh': lambda: '1//0' + pick('cdefg') + rs(B64URL, 99),
        'google_client_secret': lambda: 'GOCSPX-' + rs(B64URL, 28),
        'facebook': lambda: 'EAAG' + rs(ALNUM, 180),
        'twitter_bearer': lambda: 'AAAAAAAAAAAAAAAAAAAAA' + rs(ALNUM, 24) + '%3D' + rs(ALNUM, 50),
        'postman': lambda: f'PMAK-{rs(HEX, 24)}-{rs(HEX, 34)}',
        'vault': lambda: 'hvs.' + rs(B64URL, 90),
        'tfc': lambda: rs(ALNUM, 14) + '.atlasv1.' + rs(ALNUM, 67),
        'doppler': lambda: 'dp.pt.' + rs(ALNUM, 43),
        'pulumi': lambda: 'pul-' + rs(HEX, 40),
        'grafana': lambda: 'glsa_' + rs(ALNUM, 32) + '_' + rs(HEX, 8),
        'fcm': lambda: 'AAAA' + rs(ALNUM, 7) + ':APA91b' + rs(B64URL, 134),
        'okta': lambda: '00' + rs(B64URL, 40),
        'cloudflare': lambda: rs(B64URL, 40),
        'alibaba': lambda: 'LTAI5t' + rs(ALNUM, 18),
        'alibaba_secret': lambda: rs(ALNUM, 30),
        'tencent': lambda: 'AKID' + rs(ALNUM, 32),
        'databricks': lambda: 'dapi' + rs(HEX, 32),
        'azure_storage': lambda: b64(rbytes(64)),
        'azure_client_secret': lambda: rs(ALNUM, 3) + '8Q~' + rs(ALNUM + '_~.-', 34),
        'age': lambda: 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.upper(), 58),
        'sentry_auth': lambda: 'sntryu_' + rs(HEX, 64),
        'heroku': lambda: 'HRKU-' + rs(B64URL, 60),
        'pagerduty': lambda: 'u+' + rs(B64URL, 18),
        'circleci': lambda: 'CCIPAT_' + rs(ALNUM, 22) + '_' + rs(HEX, 40),
        'airtable': lambda: 'pat' + rs(ALNUM, 14) + '.' + rs(HEX, 64),
        'figma': lambda: 'figd_' + rs(B64URL, 40),
        'supabase': lambda: 'sbp_' + rs(HEX, 40),
        'planetscale': lambda: 'pscale_pw_' + rs(B64URL, 43),
        'replicate': lambda: 'r8_' + rs(ALNUM, 37),
        'groq': lambda: 'gsk_' + rs(ALNUM, 52),
        'mistral': lambda: rs(ALNUM, 32),
        'eth_privkey': lambda: '0x' + rs(HEX, 64),
        'jwt': lambda: jwt(),
        'google_access': lambda: 'ya29.a0' + rs(B64URL, 150),
        'firebase_refresh': lambda: 'AMf-vB' + rs(B64URL, 250),
        'session': lambda: rs(LO + DIG, 32),
        'jenkins': lambda: '11' + rs(HEX, 32),
        'hex32': lambda: rs(HEX, 32),
        'hex40': lambda: rs(HEX, 40),
    }
    return g[name]()


def K(name):
    return SEC(sk_gen(name))


def uuid():
    h = rs(HEX, 32)
    h = h[:12] + '4' + h[13:16] + pick('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def sha(n=64):
    return rs(HEX, n)


def aws_account():
    return str(R.randint(10 ** 11, 10 ** 12 - 1))


def ssh_pub(kind='ssh-ed25519'):
    if kind == 'ssh-ed25519':
        body = b64(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + rbytes(32))
    else:
        body = b64(b'\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00' + rbytes(256))
    return f'{kind} {body}'


# ==========================================================================
# families: chat carriers
# ==========================================================================
def sts():
    return A('timestamp', f'{R.randint(1_690_000_000, 1_790_000_000)}.{rs(DIG, 6)}')


def sid(p):
    return p + rs(UP + DIG, R.choice([8, 10]))


def e164(s):
    return '+' + re.sub(r'\D', '', s)


def fam_slack_export():
    family('slack_export')
    p = person('nl')
    e = email(p)
    S(T('''
    [
      {"type": "message", "user": "⟦u1⟧", "text": "welcome aboard <@⟦u2⟧> :tada:", "ts": "⟦t1⟧"},
      {"type": "message", "user": "⟦u2⟧", "text": "thanks all! for payroll my personal address is <mailto:⟦e1⟧|⟦e2⟧>", "ts": "1712566178.044367"}
    ]'''), u1=sid('U0'), u2=sid('U0'), t1=sts(), e1=L('email', e), e2=L('email', e))

    S(T('''
    {"type":"message","subtype":"bot_message","bot_id":"⟦bid⟧","text":"","attachments":[{"fallback":"New trial signup from Portugal (plan: Team)","color":"#36a64f"}],"ts":"⟦t⟧"}'''),
      bid=sid('B0'), t=sts())

    S(T('''
    Jonas Weber  10:42 AM
    can someone reset the staging db? creds are still postgres / ⟦pw⟧ lol
    Sabine Klein  10:44 AM
    :facepalm: please rotate that. and while you're at it the #alerts webhook is ⟦wh⟧ - it's been in the wiki since March
    Jonas Weber  10:45 AM
    on it'''), pw=SEC(password('human')), wh=K('slack_webhook'))

    p = phone('DE', 'intl')
    S(T('''
    Lea Hoffmann  3:12 PM
    Kundin hat angerufen, Rückruf bitte an <tel:⟦t1⟧|⟦t2⟧> – es geht um Bestellung ⟦ord⟧'''),
      t1=L('phone', e164(p)), t2=L('phone', p), ord=A('order-number', 'DE-' + rs(DIG, 8)))

    S(T('''
    [{"user":"⟦u⟧","text":"Customer called about order #⟦ord⟧ - the DOB she gave (⟦dob⟧) doesn't match the account, I didn't process the refund","ts":"⟦t⟧"}]'''),
      u=sid('U0'), ord=A('order-number', rs(DIG, 9)), dob=DOB('mdy/'), t=sts())

    S(T('''
    Marcus Reid  9:03 AM
    seeing credential stuffing from ⟦c⟧ since ~02:00 UTC, ~40k attempts. blocked at the WAF.'''), c=IP(6))

    S(T('''
    Chloe Walker  11:20 AM
    ```
    export GITHUB_TOKEN=⟦tok⟧
    gh release create v2.4.0 --notes-file CHANGELOG.md
    ```
    that's what I ran, it still says 403'''), tok=K('github'))

    S(T('''
    Declan Brennan  4:51 PM
    @hr new starter on Monday — NI number ⟦ni⟧, starts on the Leeds payroll. Passport check done.'''),
      ni=NI('sp'))

    S(T('''
    Oliver Hughes  2:02 PM
    book the Lisbon hotel on the team card pls: ⟦c⟧ exp 11/28, CVC on the back is 4 digits (it's the Amex)'''),
      c=C('amex', ' '))

    S(T('''
    reminder for #support-eu: don't paste customer emails, phone numbers or card numbers in here, even masked ones like ⟦m⟧. Use the ticket link instead (e.g. SUP-07582).'''),
      m=A('masked-card', '**** **** **** ' + rs(DIG, 4)))

    S(T('''
    {"channel":"⟦c⟧","user":"⟦u⟧","text":"huddle notes: Fatima Al-Mansouri (Dubai office) prefers WhatsApp, ⟦p1⟧","ts":"⟦t⟧","client_msg_id":"⟦cm⟧"}'''),
      c=sid('C0'), u=sid('U0'), p1=P('AE', 'intl'), t=sts(), cm=uuid())

    S(T('''
    Priya Patel  5:30 PM
    OOO until the 14th. Anything urgent → @marcus. I've set the Jira filter to ⟦f⟧ if you need my queue.'''),
      f=str(R.randint(10000, 99999)))


def fam_teams_chat():
    family('teams_chat')
    S(T('''
    [10:42] Müller, Anna
    Kannst du mir kurz die IBAN von Hansen Bau schicken? Die Rechnung ist überfällig.
    [10:43] Weber, Jonas
    klar: ⟦ib⟧
    [10:43] Weber, Jonas
    BIC ist ⟦bic⟧'''), ib=I('DE', 'grp'), bic=A('bic', pick(['COBADEFFXXX', 'DEUTDEDBHAM', 'GENODEF1S04', 'HYVEDEMMXXX'])))

    pp = person('en')
    S(T('''
    WEBVTT

    00:03:12.480 --> 00:03:17.220
    <v ⟦n⟧>So the best way to reach me after today is my personal mobile, ⟦ph⟧.</v>

    00:03:17.220 --> 00:03:21.900
    <v ⟦n⟧>Or email, ⟦em⟧.</v>'''),
      n=pp.full, ph=P('GB', 'nat'),
      em=L('email', f'{fold(pp.first).lower()} dot {fold(pp.last).lower()} at {pick(["gmail", "outlook", "icloud"])} dot com'))

    S(T('''
    [09:15] Dubois, Camille
    Le wifi du bureau de Lyon : SSID "LYON-STAFF", mot de passe ⟦pw⟧
    [09:16] Martin, Louis
    merci 🙏'''), pw=SEC(password('human2')))

    S(T('''
    {
      "type": "AdaptiveCard",
      "version": "1.5",
      "body": [
        {"type": "TextBlock", "text": "Escalation: callback requested", "weight": "Bolder"},
        {"type": "FactSet", "facts": [
          {"title": "Customer", "value": "⟦nm⟧"},
          {"title": "Phone", "value": "⟦ph⟧"},
          {"title": "Case", "value": "⟦cs⟧"}
        ]}
      ]
    }'''), nm=person('es').full, ph=P('ES', 'intl'), cs=A('case-number', rs(DIG, 8)))

    S(T('''
    <div><p>Hi team, quick one – I'll be on the road tomorrow, ping me on Teams if anything breaks.</p></div>'''))

    S(T('''
    [16:20] Leroy, Élodie
    salut ! mon mail perso c'est ⟦em⟧, pour le covoiturage de vendredi'''),
      em=E(person('fr'), corp=False))

    S(T('''
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Meeting ID: ⟦mid⟧
    Passcode: Xk7pQ2
    Or call in (audio only)
    ⟦ph⟧,,⟦cid⟧#   United Kingdom, London
    Phone Conference ID: ⟦cid2⟧#'''),
      mid=A('meeting-id', f'{rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 3)}'),
      ph=L('phone', phone('GB', 'intl', 1)), cid=A('conference-id', (cc := rs(DIG, 9))), cid2=A('conference-id', f'{cc[:3]} {cc[3:6]} {cc[6:]}'))

    S(T('''
    [11:02] Richter, Katharina
    Für die BU-Versicherung braucht HR noch dein Geburtsdatum – laut Formular geboren am ⟦d⟧?
    [11:05] Koch, Tobias
    ja passt. Und nicht vergessen: Freitag ist Birgits Geburtstagsfeier, ⟦d2⟧ ab 16 Uhr 🎂'''),
      d=DOB('dmy.'), d2=ndate('dmy.'))

    S(T('''
    [14:31] Patel, Priya
    here's the token I got from the dev portal, expires in an hour: ⟦j⟧
    [14:33] Nguyen, Ethan
    thx – next time DM it 😅'''), j=K('jwt'))

    S(T('''
    [08:57] Lindqvist, Nils
    RDP to ⟦ip⟧ works again. Netmask on the VPN side is ⟦nm⟧.'''),
      ip=IP(), nm=A('netmask', pick(['255.255.255.0', '255.255.240.0', '255.255.252.0'])))


def fam_discord_log():
    family('discord_log')
    S(T('''
    [21:04] gh0stcat: server's back up!! ip is ⟦ip⟧:25565, whitelist is off till midnight
    [21:05] m0ss: lets gooo
    [21:05] m0ss: version?
    [21:06] gh0stcat: ⟦v⟧'''), ip=IP(), v=A('version', pick(['1.20.4', '1.21.1', '1.19.2'])))

    S(T('''
    ==============================================================
    Guild: Pixel Forge
    Channel: bot-dev / #help
    ==============================================================

    [14-Mar-25 09:12 PM] nyx.dev
    my bot keeps going offline, here's my index.js

    [14-Mar-25 09:13 PM] nyx.dev
    ```js
    const client = new Client({ intents: [GatewayIntentBits.Guilds] });
    client.login("⟦tok⟧");
    ```

    [14-Mar-25 09:15 PM] Wumpus Helper
    you just posted your token, reset it in the developer portal NOW'''), tok=K('discord_bot'))

    S(T('''
    [2025-02-02 18:40] rook: for the uptime bot just POST to ⟦wh⟧ with {"content": "..."}'''), wh=K('discord_webhook'))

    S(T('''
    [19:22] lilac_moth: if anyone wants the pattern pdf dm me or email ⟦em⟧ ✨
    [19:23] kestrel: ty!!'''), em=E(person('en'), corp=False))

    S(T('''
    {"id": "⟦mid⟧", "type": "Default", "timestamp": "2025-01-18T22:14:09.311+00:00", "author": {"id": "⟦aid⟧", "name": "tundra", "discriminator": "0000"}, "content": "server moved to ipv6 only, connect to [⟦ip⟧]:7777", "attachments": []}'''),
      mid=A('snowflake', str(R.randint(10 ** 18, 2 * 10 ** 18))), aid=A('snowflake', '1' + rs(DIG, 17)), ip=IP(6))

    S(T('''
    [10:01] Boss Man: whoever needs the shared spotify login, DM me – not posting the password here again lol'''))

    S(T('''
    [23:48] vexx: bro my friend got hacked after clicking a "free nitro" link, the site asked for email+password and then a phone number
    [23:49] vexx: what do i do
    [23:51] mod-ayla: change password, enable 2FA, revoke sessions in Settings > Devices. never type your password into a site you reached from a DM link'''))

    S(T('''
    [17:30] Tunde: add me on WhatsApp for the match schedule ⟦ph⟧ (Lagos number)'''), ph=P('NG', 'intl'))

    S(T('''
    <@⟦u⟧> your ticket #4471 has been closed. Reason: duplicate of #4452. Join ID ⟦j⟧.'''),
      u=A('snowflake', '1' + rs(DIG, 17)), j=A('uuid', uuid()))


# ==========================================================================
# families: structured data carriers
# ==========================================================================
def sqlq(s):
    return s.replace("'", "''")


def fam_sql_dump():
    family('sql_dump')
    a, b = person('en'), person('in')
    S(T('''
    INSERT INTO `customers` (`id`, `first_name`, `last_name`, `email`, `dob`, `created_at`) VALUES
    (10452, '⟦f1⟧', '⟦l1⟧', '⟦e1⟧', '⟦d1⟧', '2024-11-02 09:14:55'),
    (10453, '⟦f2⟧', '⟦l2⟧', NULL, NULL, '2024-11-02 09:31:07');'''),
      f1=a.first, l1=sqlq(a.last), e1=E(a), d1=DOB('iso'), f2=b.first, l2=b.last)

    S(T('''
    --
    -- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: app
    --

    COPY public.users (id, email, password_hash, last_login_ip, created_at) FROM stdin;
    1041	⟦e1⟧	⟦h1⟧	\\N	2025-03-01 18:22:10.51+00
    \\.
    '''), e1=E(person('de')), h1=A('hash', '$2b$12$' + rs(ALNUM + './', 53)))

    S(T('''
    LOCK TABLES `contacts` WRITE;
    /*!40000 ALTER TABLE `contacts` DISABLE KEYS */;
    INSERT INTO `contacts` VALUES (77,'Siobhan O\\'Brien',NULL,'⟦ph⟧','Dublin','2023-06-14');
    /*!40000 ALTER TABLE `contacts` ENABLE KEYS */;
    UNLOCK TABLES;'''), ph=P('IE', 'intl'))

    S(T('''
    CREATE TABLE payout_accounts (
      vendor_id   integer PRIMARY KEY,
      holder      text NOT NULL,
      iban        varchar(34) NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
      bic         varchar(11)
    );
    INSERT INTO payout_accounts VALUES (301, 'Atelier Moreau SARL', '⟦i1⟧', '⟦b1⟧');'''),
      i1=I('FR', 'run'), b1=A('bic', 'BNPAFRPPXXX'))

    S(T('''
    -- fix for ticket HR-2211, run by dba on prod
    UPDATE employees SET ssn = '⟦s⟧', updated_by = 'jkim' WHERE employee_id = 40417;
    -- previous value was '⟦old⟧' (typo, area 000 is never issued)'''),
      s=SSN('dash'), old=A('ssn-invalid', ssn_bad('area000')))

    S(T('''
    sqlite> .dump cards
    PRAGMA foreign_keys=OFF;
    BEGIN TRANSACTION;
    CREATE TABLE cards(id INTEGER PRIMARY KEY, holder TEXT, pan TEXT, exp TEXT, last4 TEXT);
    INSERT INTO cards VALUES(1,'T. Nakamura','⟦c1⟧','08/27','⟦l1⟧');
    COMMIT;'''), c1=C('jcb', ''), l1=A('last4', rs(DIG, 4)))

    a = person('nl')
    S(T('''
    app=> SELECT id, email, phone FROM leads WHERE created_at > now() - interval '1 day';
      id  |             email              |      phone
    ------+--------------------------------+-----------------
     8812 | ⟦e1⟧ | ⟦p1⟧
    (1 row)
    '''), e1=E(a), p1=P('NL', 'intl'))

    S(T('''
    INSERT INTO api_credentials (tenant_id, provider, label, secret, created_at)
    VALUES (42, 'sendgrid', 'transactional', '⟦k2⟧', NOW());'''), k2=K('sendgrid'))

    p = person('de')
    S(T('''
    INSERT INTO KUNDEN (KDNR, NAME, GEBDAT, TELEFON)
    VALUES (⟦kd⟧, '⟦n⟧', TO_DATE('⟦d⟧', 'DD.MM.YYYY'), NULL);
    COMMIT;'''), kd=A('customer-number', rs(DIG, 7)), n=f'{p.last}, {p.first}', d=DOB('dmy.'))

    S(T('''
    CREATE TABLE users (
      id         bigserial PRIMARY KEY,
      email      citext UNIQUE NOT NULL DEFAULT '⟦e⟧',
      phone      text CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$'),
      api_key    char(40),
      birth_date date CHECK (birth_date > '1900-01-01')
    );
    COMMENT ON COLUMN users.api_key IS 'sha1 of the issued key, never the key itself';'''),
      e=A('placeholder-email', 'nobody@example.com'))

    S(T('''
    mysql> SELECT user, host, authentication_string FROM mysql.user WHERE user='app';
    +------+-----------+-------------------------------------------+
    | user | host      | authentication_string                     |
    +------+-----------+-------------------------------------------+
    | app  | %         | ⟦h⟧ |
    +------+-----------+-------------------------------------------+
    mysql> ALTER USER 'app'@'%' IDENTIFIED BY '⟦pw⟧';
    Query OK, 0 rows affected (0.01 sec)'''), h=A('hash', '*' + rs(HEX.upper(), 40)), pw=SEC(password('random')))


def fam_xml_soap():
    family('xml_soap')
    S(T('''
    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="urn:crm:customer:v2">
      <soapenv:Header>
        <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
          <wsse:UsernameToken>
            <wsse:Username>svc_crm_sync</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">⟦pw⟧</wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </soapenv:Header>
      <soapenv:Body>
        <cus:UpdateContact>
          <cus:CustomerId>⟦cid⟧</cus:CustomerId>
          <cus:Email>⟦e⟧</cus:Email>
        </cus:UpdateContact>
      </soapenv:Body>
    </soapenv:Envelope>'''), pw=SEC(password('random')), cid=rs(DIG, 8), e=E(person('it')))

    p = person('fr')
    S(T('''
    <?xml version="1.0" encoding="UTF-8"?>
    <Client id="C⟦cid⟧">
      <Nom>⟦ln⟧</Nom>
      <Prenom>⟦fn⟧</Prenom>
      <DateNaissance>⟦d⟧</DateNaissance>
      <DateCreation>⟦dc⟧</DateCreation>
    </Client>'''), cid=rs(DIG, 6), ln=p.last, fn=p.first, d=DOB('iso'), dc=ndate('iso'))

    S(T('''
    <CstmrCdtTrfInitn>
      <GrpHdr><MsgId>MSG-⟦mid⟧</MsgId><CreDtTm>2025-04-30T10:12:44</CreDtTm><NbOfTxs>1</NbOfTxs><CtrlSum>1840.00</CtrlSum></GrpHdr>
      <PmtInf>
        <Dbtr><Nm>Nordlicht Energie GmbH</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>⟦i1⟧</IBAN></Id></DbtrAcct>
        <DbtrAgt><FinInstnId><BIC>⟦b1⟧</BIC></FinInstnId></DbtrAgt>
        <CdtTrfTxInf>
          <Amt><InstdAmt Ccy="EUR">1840.00</InstdAmt></Amt>
          <Cdtr><Nm>Vanderlinde B.V.</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>⟦i2⟧</IBAN></Id></CdtrAcct>
          <RmtInf><Ustrd>Rechnung 2025-⟦inv⟧</Ustrd></RmtInf>
        </CdtTrfTxInf>
      </PmtInf>
    </CstmrCdtTrfInitn>'''), mid=rs(UP + DIG, 12), i1=I('DE', 'run'), b1=A('bic', 'MARKDEF1100'),
      i2=I('NL', 'run'), inv=rs(DIG, 4))

    S(T('''
    <resources>
        <string name="app_name">FieldNotes</string>
        <string name="google_maps_key" translatable="false">⟦k⟧</string>
        <string name="build_sha" translatable="false">⟦h⟧</string>
    </resources>'''), k=K('gcp_api'), h=sha(40))

    S(T('''
    <settings>
      <servers>
        <server>
          <id>nexus-snapshots</id>
          <username>deploy</username>
          <password>⟦ref⟧</password>
        </server>
      </servers>
    </settings>'''), ref=A('env-ref', '${env.NEXUS_PASSWORD}'))

    S(T('''
    <PaymentRequest>
      <MerchantRef>ORD⟦mr⟧</MerchantRef>
      <Card>
        <Number>⟦c⟧</Number>
        <Expiry>2028-02</Expiry>
        <Holder>KENJI TANAKA</Holder>
      </Card>
      <Amount currency="JPY">12800</Amount>
    </PaymentRequest>'''), mr=rs(DIG, 10), c=C('jcb', ''))

    S(T('''
    <EmployeeRecord>
      <Name>Rachel Sullivan</Name>
      <SSN>⟦s⟧</SSN>
      <EIN employer="true">⟦ein⟧</EIN>
      <HireDate>⟦hd⟧</HireDate>
    </EmployeeRecord>'''), s=SSN('run'), ein=A('ein', ein()), hd=ndate('iso'))

    S(T('''
    <!-- sample request from the integration guide; values are placeholders -->
    <GetAccount>
      <Email>⟦e⟧</Email>
      <Phone>⟦ph⟧</Phone>
      <ApiKey>⟦k⟧</ApiKey>
    </GetAccount>'''), e=A('placeholder-email', 'jane.doe@example.org'), ph=A('placeholder-phone', '+1 202-555-01' + rs(DIG, 2)),
      k=A('placeholder-secret', 'YOUR_API_KEY_HERE'))


def fam_hl7_fhir():
    family('hl7_fhir')
    d = rdate(1940, 2005)
    S(T('''
    MSH|^~\\&|EPIC|GENHOSP|LAB|GENHOSP|20250412083000||ADT^A01|⟦cid⟧|P|2.5.1
    PID|1||⟦mrn⟧^^^GENHOSP^MR||WHITAKER^GRACE^E||⟦dob⟧|F|||22 ELM ST^^SPRINGFIELD^IL^62704||⟦ph⟧|||S||⟦acct⟧|⟦ssn⟧
    PV1|1|I|4W^412^A|||||||MED||||||||V⟦visit⟧|||||||||||||||||||||||||20250412081500'''),
      cid=rs(DIG, 10), mrn=A('mrn', rs(DIG, 8)), dob=L('dob', d.strftime('%Y%m%d')), ph=P('US', 'nat'),
      acct=A('account-number', rs(DIG, 9)), ssn=SSN('dash'), visit=rs(DIG, 8))

    S(T('''
    {
      "resourceType": "Patient",
      "id": "⟦id⟧",
      "name": [{"family": "Okafor", "given": ["Chinedu"]}],
      "telecom": [
        {"system": "email", "value": "⟦e⟧"}
      ],
      "gender": "male",
      "birthDate": "⟦d⟧",
      "meta": {"lastUpdated": "2025-05-02T11:40:02Z", "versionId": "3"}
    }'''), id=A('uuid', uuid()), e=E(Person('ng', 'Chinedu', 'Okafor')), d=DOB('iso'))

    S(T('''
    MSH|^~\\&|LIS|NHS-TRUST|GP|B⟦ods⟧|20250310101500||ORU^R01|⟦cid⟧|P|2.4
    PID|||⟦nhs⟧^^^NHS||PEMBERTON^OLIVER||⟦dob⟧|M|||14 Wharf Rd^^LEEDS^^LS1 4BT^GBR
    OBX|1|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.3|N|||F|||20250310094500'''),
      ods=rs(DIG, 5), cid=rs(DIG, 9), nhs=A('nhs-number', f'{rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 4)}'),
      dob=DOB('compact'))

    S(T('''
    {"resourceType":"Bundle","type":"searchset","total":1,"entry":[{"resource":{"resourceType":"Patient","id":"⟦id⟧","name":[{"text":"María José Ibáñez"}],"telecom":[],"address":[{"city":"Valencia","country":"ES"}]}}]}'''),
      id=A('object-id', rs(HEX, 24)))

    S(T('''
    Q: in HL7 v2, which PID field holds the date of birth and which the SSN?
    A: PID-7 is Date/Time of Birth (format YYYYMMDD[HHMM]) and PID-19 is the SSN of the patient (deprecated in 2.7 in favour of PID-3 identifiers). PID-13 is the home phone, PID-14 business phone. OID ⟦oid⟧ is the SSN assigning authority.'''),
      oid=A('oid', '2.16.840.1.113883.4.1'))


def fam_markdown_table():
    family('markdown_table')
    a, b = person('en'), person('de')
    S(T('''
    ## On-call contacts (Q3)

    | Name | Role | Email | Phone |
    |------|------|-------|-------|
    | ⟦n1⟧ | SRE lead | ⟦e1⟧ | ⟦p1⟧ |
    | ⟦n2⟧ | DBA | ⟦e2⟧ | (pager only) |'''),
      n1=a.full, e1=E(a, corp=True), p1=P('GB', 'intl'), n2=b.full, e2=E(b, corp=True))

    S(T('''
    | host | public IP | owner | notes |
    |---|---|---|---|
    | edge-fra-1 | ⟦a⟧ | @marcus | nginx, certbot |
    | db-primary | — | @lukas | private only, netmask ⟦nm⟧ |
    | docs site | ⟦c⟧ | — | example address from the RFC, do not use |'''),
      a=IP(), nm=A('netmask', '255.255.255.128'), c=A('doc-ip', ipdoc()))

    S(T('''
    ### Starter paperwork – checklist

    | Item | Value | Done |
    | :--- | :--- | :---: |
    | Legal name | Callum Ashworth | ✅ |
    | Date of birth | ⟦d⟧ | ✅ |
    | National Insurance no. | ⟦ni⟧ | ✅ |
    | Start date | ⟦sd⟧ | ✅ |'''), d=DOB('en'), ni=NI(), sd=ndate('en'))

    S(T('''
    | Field | Format | Example |
    |-------|--------|---------|
    | `email` | RFC 5322 address | `⟦e⟧` |
    | `phone` | E.164 | `⟦p⟧` |
    | `iban` | ISO 13616, no spaces | `⟦i⟧` |
    | `card_last4` | 4 digits | `⟦l4⟧` |'''),
      e=A('placeholder-email', 'user@example.com'), p=A('placeholder-phone', '+1202555' + '01' + rs(DIG, 2)),
      i=A('doc-example-iban', 'GB82WEST12345698765432'), l4=A('last4', rs(DIG, 4)))

    a = person('it')
    S(T('''
    | Cliente | Città | Email | Cellulare |
    |---|---|---|---|
    | ⟦n1⟧ | Milano | ⟦e1⟧ | ⟦p1⟧ |'''),
      n1=a.full, e1=E(a), p1=P('IT', 'nat'))

    S(T('''
    | env | key | rotated |
    |-----|-----|---------|
    | dev | `⟦k1⟧` | 2025-01-10 |
    | prod | `⟦ref⟧` (from Vault) | — |'''), k1=K('anthropic'), ref=A('env-ref', '${OPENAI_API_KEY_PROD}'))

    S(T('''
    | Metric | Jan | Feb | Mar |
    |---|---:|---:|---:|
    | Tickets opened | 1 204 | 1 311 | 1 187 |
    | Avg. handle time (s) | 412 | 398 | 377 |
    | Refunds (EUR) | 18 420,55 | 16 002,10 | 19 880,00 |
    | App version | ⟦v1⟧ | 4.13.2 | ⟦v3⟧ |'''),
      v1=A('version', '4.12.0.118'), v3='4.14.0.124')


# ==========================================================================
# families: exports and documents
# ==========================================================================
def brk(s, sep=' ', nl='\n'):
    """Break a value at a middle separator with a line break."""
    idx = [i for i, c in enumerate(s) if c == sep]
    i = idx[len(idx) // 2]
    return s[:i] + nl + s[i + 1:]


def fam_csv_export():
    family('csv_export')
    rows = [person('de'), person('de')]
    S(T('''
    Kundennr;Name;E-Mail;Telefon;Geburtsdatum;IBAN;Umsatz 2024
    ⟦k1⟧;"⟦n1⟧";⟦e1⟧;"";⟦d1⟧;"";"1.204,50"
    ⟦k2⟧;"⟦n2⟧";"";"⟦p2⟧";"";"";"88,00"'''),
      k1=A('customer-number', rs(DIG, 6)), n1=f'{rows[0].last}, {rows[0].first}', e1=E(rows[0]), d1=DOB('dmy.'),
      k2=A('customer-number', rs(DIG, 6)), n2=f'{rows[1].last}, {rows[1].first}', p2=P('AT', 'nat'))

    S(T('''
    "id","name","email","notes"
    501,"Harper, Lauren ""Lo""",⟦e1⟧,"prefers text, cell ⟦p1⟧"
    502,"Nguyen, Tom",,"called twice, said ""don't email the work address"""'''),
      e1=E(Person('en', 'Lauren', 'Harper')), p1=P('US', 'nat'))

    S(T('''
    timestamp,user,src_ip,result,user_agent
    2025-05-03T02:11:09Z,admin,⟦a⟧,FAIL,"python-requests/2.31.0"'''),
      a=IP())

    S(T('''
    Email Address,First Name,Last Name,Birthday,MEMBER_RATING,OPTIN_TIME
    ⟦e⟧,Imogen,Delaney,⟦d⟧,3,"2024-09-12 18:03:44"'''),
      e=E(Person('en', 'Imogen', 'Delaney'), corp=False), d=DOB('mdy/'))

    S(T('''
    Nom;Prénom;Date d'échéance;Téléphone;Montant dû
    "⟦ln⟧";"⟦fn⟧";⟦d⟧;⟦p⟧;"42,90 €"'''), ln=pick(NAMES['fr'][1]).upper(), fn=pick(NAMES['fr'][0]), d=ndate('dmy/'), p=P('FR', 'nat'))

    S(T('''
    order_id,sku,qty,unit_price,tracking,shipped_at
    ⟦o1⟧,⟦s1⟧,2,19.99,1Z⟦t1⟧,2025-03-02
    ⟦o2⟧,AB-2201,1,249.00,⟦t2⟧,2025-03-04'''),
      o1=A('order-number', rs(DIG, 10)), s1=A('part-number', f'{rs(DIG, 3)}-{rs(DIG, 3)}-{rs(DIG, 4)}'), t1=rs(UP + DIG, 16),
      o2=A('order-number', rs(DIG, 10)), t2=A('tracking', rs(DIG, 12)))

    S(T('''
    phone,name,imported_from
    ⟦x1⟧,"Okoro, Ngozi",Excel
    ⟦x2⟧,"Balogun, Tunde",Excel
    (Excel turned the numbers into scientific notation, the originals are lost - can you recover them?)'''),
      x1=A('sci-number', '2.34803E+12'), x2=A('sci-number', '4.47712E+11'))

    S(T('''
    "Employee";"NI number";"Tax code";"Gross";"Period"
    "Bethany Lloyd";"⟦n1⟧";"1257L";"2.450,00";"M07"'''), n1=NI('run'))

    S(T('''
    Kontoinhaber\tIBAN\tBetrag\tVerwendungszweck
    Marie Fischer\t⟦i1⟧\t120,00\tMitgliedsbeitrag 2025'''), i1=I('CH', 'grp'))


def fam_pdf_extract():
    family('pdf_extract')
    S(T('''
    Nordlicht Energie GmbH · Hafenstraße 12 · 20457 Hamburg
    Rechnung Nr. ⟦inv⟧                                  Seite 1 von 2
    Rechnungsdatum: 04.04.2025
    Leistungs-
    zeitraum: 01.03.2025 – 31.03.2025
    Pos. Bezeichnung                Menge   Einzelpreis    Gesamt
    1    Wartungspauschale Wärme-   1       480,00         480,00
         pumpe (Typ WP-12)
    Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes
    Konto: Hamburger Sparkasse, IBAN ⟦ib⟧
    BIC HASPDEHHXXX · USt-IdNr. ⟦vat⟧'''), inv=A('invoice-number', '2025-' + rs(DIG, 5)),
      ib=L('iban', brk(fmt_iban(iban('DE'), 'grp'))), vat='DE' + rs(DIG, 9))

    S(T('''
    RELEVÉ DE COMPTE                                         Page 2/3
    Titulaire : M. Hugo Girard, client depuis le ⟦d⟧
    IBAN : ⟦ib⟧       BIC : ⟦bic⟧
    Date      Libellé                                Débit     Crédit
    ⟦d1⟧  PRLV SEPA FREE MOBILE                 19,99'''),
      d=ndate('dmy/', 2005, 2015), ib=I('FR', 'grp'), bic=A('bic', 'CMCIFRPP'), d1=ndate('dmy/'))

    p = person('de')
    S(T('''
    § 1 Vertragsparteien
    Zwischen der Vermieterin, Frau ⟦n⟧, geb. am ⟦d⟧, wohnhaft in
    München, Tel. ⟦ph⟧, und dem Mieter wird folgender Miet-
    vertrag geschlossen.
                                   – 3 –
    § 2 Mietsache'''), n=p.full, d=DOB('dmy.'), ph=L('phone', brk(phone('DE', 'intl'))))

    S(T('''
    PAYSLIP                                   Brightwell Logistics Ltd
    Employee: Bethany Lloyd          Payroll no: 00⟦pn⟧     Period: 07 (Oct)
    NI Number: ⟦ni⟧       Tax code: 1257L        NI category: A
    Gross pay ........................ 2,450.00
    Income tax ....................... 281.40
    National Insurance ............... 120.16
    Page 1 of 1'''), pn=rs(DIG, 4), ni=NI('sp'))

    p = person('pl')
    lp = local_part(p)
    S(T('''
    ⟦N⟧
    UX Designer · Kraków
    ⟦e⟧ | ⟦ph⟧
    EXPERIENCE
    2019–now   Senior Designer, Polarsoft — redesigned the on-
               boarding flow (conversion +18%)'''),
      N=p.full.upper(), e=L('email', f'{lp}@\ninteria.pl'), ph=P('PL', 'intl'))

    S(T('''
    Form 1099-NEC                     2024                  Copy B For Recipient
    PAYER'S TIN      RECIPIENT'S TIN
    ⟦ein⟧       ⟦ssn⟧
    RECIPIENT'S name: Marcus Holloway
    Account number (see instructions): ⟦acct⟧
    1 Nonemployee compensation $ 18,450.00'''), ein=A('ein', ein()), ssn=SSN('dash'), acct=A('account-number', rs(DIG, 10)))

    S(T('''
    CONFIDENTIAL – DISCHARGE SUMMARY                       Page 1 of 3
    Patient: GALLAGHER, Niamh        DOB: ⟦d⟧        MRN: ⟦mrn⟧
    Admitted: ⟦ad⟧    Discharged: 03/14/2025    Attending: Dr. R. Fitzgerald
    Diagnosis: community-acquired pneumo-
    nia, resolved. Follow-up with GP in 2 weeks.'''),
      d=DOB('mdy/'), mrn=rs(DIG, 8), ad=ndate('mdy/'))

    S(T('''
    FACTURA N.º ⟦inv⟧                         Página 1 de 1
    Mendoza Abogados S.L.P. – CIF B⟦cif⟧
    Forma de pago: transferencia a la cuenta
    ⟦ib⟧ (CaixaBank)
    Vencimiento: ⟦v⟧'''), inv='F' + rs(DIG, 6), cif=rs(DIG, 8), ib=I('ES', 'grp'), v=ndate('dmy/'))

    S(T('''
    Conﬁdential – for internal use only                                  12
    The regional ofﬁce can be reached via the switch-
    board; out of hours: ⟦ph2⟧.'''), ph2=L('phone', brk(phone('GB', 'nat'))))


def fam_ocr_scan():
    family('ocr_scan')
    pe = person('en')
    S(T('''
    REGISTRATlON F0RM - PLEASE USE BLOCK CAPlTALS
    Narne: ⟦n⟧
    D.O.B: ⟦d⟧
    Te1ephone: ⟦ph⟧
    E-rnail: ⟦e⟧
    5ignature: ____________   Date: ⟦sd⟧'''), n=pe.full.upper(), d=DOB('dmy/'), ph=P('GB', 'nat'), e=E(pe, corp=False),
      sd=ndate('dmy/'))

    S(T('''
    Narne / Surname  ⟦ln⟧
    Vornarne / Given names  ⟦fn⟧
    Geburtsdatum / Date of birth
    ⟦d⟧
    Gu1tig bis / Date of expiry
    ⟦ex⟧'''), ln=pick(NAMES['de'][1]).upper(), fn=pick(NAMES['de'][0]).upper(), d=DOB('dmy.'), ex=ndate('dmy.', 2027, 2034))

    S(T('''
    VISA
    ⟦c⟧
    VALlD THRU 09/27
    JOHN A SMlTH'''), c=C('visa', ' ', 16))

    S(T('''
    TESCO EXPRESS
    TEL ⟦ph⟧   VAT N0 GB ⟦vat⟧
    ll:42  14/03/25
    CARD: ⟦m⟧   AUTH: 0821 3Z
    MEAL DEAL              3.85
    T0TAL                  3.85'''), ph=P('GB', 'nat'), vat=f'{rs(DIG, 3)} {rs(DIG, 4)} {rs(DIG, 2)}',
      m=A('masked-card', '*' * 12 + rs(DIG, 4)))

    S(T('''
    a Emp1oyee's social security number     ⟦ssn⟧
    b Emp1oyer identification number (EIN)  ⟦ein⟧
    1 Wages, tips, other comp.   54 210.88
    c Emp1oyer's name, address, and ZlP code
      Tekton Systems Inc, 400 Market St, Denver CO'''), ssn=SSN('dash'), ein=A('ein', ein()))

    S(T('''
    P60 End of Year Certificate   Tax year to 5 Apri1 2025
    Nationa1 lnsurance number   ⟦ni⟧
    Emp1oyee's works/payroll number 0⟦pn⟧'''), ni=NI('sp'), pn=rs(DIG, 4))

    d = rdate(1960, 2000)
    mrz_d = d.strftime('%y%m%d')
    S(T('''
    PASSPORT  PASSEPORT
    Surname/Nom  FLETCHER
    Given names/Prénoms  GRACE ELIZABETH
    Date of birth/Date de naissance  ⟦d1⟧
    P<GBRFLETCHER<<GRACE<ELIZABETH<<<<<<<<<<<<<<
    ⟦pno⟧GBR⟦d2⟧⟦rest⟧'''),
      d1=L('dob', f'{d.day:02d} {MONTHS["en3"][d.month - 1].upper()} /{MONTHS["fr3"][d.month - 1].upper().rstrip(".")} {d.year % 100:02d}'),
      pno=rs(DIG, 10), d2=L('dob', mrz_d), rest=f'{rs(DIG, 1)}F{rs(DIG, 7)}<<<<<<<<<<<<<<0{rs(DIG, 1)}')

    S(T('''
    Überweisungsauftrag
    Empfanger: Sportverein B1au-Weiß e.V.
    lBAN: ⟦ib⟧
    Betrag: EUR 45,OO
    Verwendungszweck: Beitrag 2025'''), ib=I('DE', 'grp'))


# ==========================================================================
# families: calendar / contacts / directory
# ==========================================================================
def brk_at(s, i):
    return s[:i] + '\n ' + s[i:]


def fam_ics_invite():
    family('ics_invite')
    o, a = person('in'), person('en')
    S(T('''
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    DTSTART:20250415T090000Z
    DTEND:20250415T093000Z
    DTSTAMP:20250410T121507Z
    ORGANIZER;CN=⟦on⟧:mailto:⟦oe⟧
    UID:⟦uid⟧@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
     TRUE;CN=⟦an⟧;X-NUM-GUESTS=0:mailto:⟦ae⟧
    DESCRIPTION:Join with Google Meet: https://meet.google.com/kqz-vbnd-xrt\\nJoin by p
     hone\\n(US) ⟦ph⟧ PIN: ⟦pin⟧#\\nMore phone numbers: https://tel.meet/kqz-vbnd-xrt?pin=⟦pin2⟧
    SUMMARY:Quarterly vendor review
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR'''), on=o.full, oe=E(o, corp=True), uid=rs(LO + DIG, 26),
      an=a.full, ae=E(a, corp=True), ph=P('US', 'intl'),
      pin=A('conference-id', f'{(pn := rs(DIG, 9))[:3]} {pn[3:6]} {pn[6:]}'), pin2=pn + rs(DIG, 4))

    p = person('fr')
    loc = local_part(p) + '.candidature'
    S(T('''
    BEGIN:VEVENT
    UID:⟦uid⟧
    DTSTART;TZID=Europe/Paris:20250603T140000
    SUMMARY:Entretien – poste de comptable
    ATTENDEE;CN="⟦n⟧";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:⟦e⟧
    LOCATION:Atelier Moreau\\, 14 rue des Tanneurs\\, Lyon
    END:VEVENT'''), uid=A('uuid', uuid()), n=p.full, e=L('email', brk_at(loc + '@atelier-moreau.fr', 14)))

    S(T('''
    BEGIN:VEVENT
    DTSTART:20250722T083000
    DTEND:20250722T090000
    SUMMARY:Dr. Ferrari – controllo annuale
    DESCRIPTION:Paziente: Chiara Colombo\\, nata il ⟦d⟧\\nCodice prenotazione: ⟦code⟧\\nPer disdire chiamare ⟦ph⟧
    END:VEVENT'''), d=DOB('dmy/'), code=A('booking-code', rs(DIG, 8)), ph=P('IT', 'nat'))

    S(T('''
    BEGIN:VCALENDAR
    VERSION:2.0
    X-WR-CALNAME:Feiertage Bayern 2026
    BEGIN:VEVENT
    DTSTART;VALUE=DATE:⟦d1⟧
    SUMMARY:Heilige Drei Könige
    END:VEVENT
    BEGIN:VEVENT
    DTSTART;VALUE=DATE:⟦d3⟧
    SUMMARY:Geburtstag Oma (Party bei Tante Ursula)
    RRULE:FREQ=YEARLY
    END:VEVENT
    END:VCALENDAR'''), d1=A('date', '20260106'), d3=A('date', '2026' + rdate(2026, 2026).strftime('%m%d')))

    a = person('ja')
    S(T('''
    ORGANIZER;CN=⟦an⟧:mailto:⟦ae⟧
    ATTENDEE;CN=Room 4F-Kyoto;CUTYPE=RESOURCE:mailto:⟦re⟧
    DESCRIPTION:Dial-in details in Teams\\, access code ⟦ac⟧'''),
      an=a.full, ae=E(a, corp=True), re=A('placeholder-email', 'room-4f-kyoto@resource.example.com'),
      ac=A('conference-id', rs(DIG, 8)))

    S(T('''
    BEGIN:VEVENT
    SUMMARY:Anniversary dinner 💍
    DTSTART;VALUE=DATE:⟦d⟧
    DESCRIPTION:Table for 2 at Osteria Ricci, booking ref YAA0622.
    END:VEVENT'''), d=A('date', rdate(2025, 2026).strftime('%Y%m%d')))


def fam_vcard():
    family('vcard')
    p = person('de')
    S(T('''
    BEGIN:VCARD
    VERSION:3.0
    N:⟦ln⟧;⟦fn⟧;;;
    FN:⟦fn⟧ ⟦ln⟧
    ORG:Hansen Bau GmbH;Bauleitung
    TEL;TYPE=CELL:⟦p1⟧
    EMAIL;TYPE=INTERNET,PREF:⟦e⟧
    BDAY:⟦d⟧
    ANNIVERSARY:⟦an⟧
    REV:2025-02-11T09:14:02Z
    END:VCARD'''), ln=p.last, fn=p.first, p1=P('DE', 'intl'), e=E(p, corp=True),
      d=DOB('iso'), an=A('date', rdate(2005, 2020).isoformat()))

    S(T('''
    BEGIN:VCARD
    VERSION:2.1
    N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Elif;;;
    FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Elif =C3=96zt=C3=BCrk
    TEL;CELL;PREF:⟦p1⟧
    END:VCARD'''), p1=P('TR', 'intl'))

    S(T('''
    BEGIN:VCARD
    VERSION:4.0
    FN:Solène Fontaine
    TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:⟦p1⟧
    BDAY:⟦d⟧
    GENDER:F
    UID:urn:uuid:⟦u⟧
    END:VCARD'''), p1=L('phone', '+33-6-' + '-'.join(rs(DIG, 2) for _ in range(4))), d=DOB('compact'),
      u=A('uuid', uuid()))

    a, b = person('ko'), person('zh')
    S(T('''
    BEGIN:VCARD
    VERSION:3.0
    FN:⟦an⟧
    TEL;TYPE=CELL:⟦pa⟧
    END:VCARD
    BEGIN:VCARD
    VERSION:3.0
    FN:⟦bn⟧
    EMAIL:⟦eb⟧
    NOTE:WeChat ID wxid_⟦wx⟧
    END:VCARD'''), an=a.full, pa=P('KR', 'nat'), bn=b.full, eb=E(b, domain='qq.com'), wx=rs(LO + DIG, 14))

    S(T('''
    BEGIN:VCARD
    VERSION:3.0
    FN:Kestrel Pay – Support
    ORG:Kestrel Pay Ltd
    EMAIL;TYPE=WORK:⟦e⟧
    URL:https://kestrelpay.io/help
    PHOTO;ENCODING=b;TYPE=PNG:⟦ph⟧
    END:VCARD'''), e=L('email', 'help@kestrelpay.io'), ph=A('base64-blob', b64(b'\x89PNG\r\n\x1a\n' + rbytes(60))))

    S(T('''
    BEGIN:VCARD
    VERSION:3.0
    FN:Dr. Aarav Sharma
    EMAIL:⟦e⟧
    X-ABLabel:Cardiology, Apollo Clinic
    END:VCARD'''), e=E(Person('in', 'Aarav', 'Sharma'), domain='apolloclinic-mumbai.in'))


def fam_ldif():
    family('ldif')
    pw = password('human')
    S(T('''
    dn: uid=aschmidt,ou=people,dc=hansen-bau,dc=de
    objectClass: inetOrgPerson
    uid: aschmidt
    cn: Anna Schmidt
    mail: ⟦e⟧
    mobile: ⟦p2⟧
    userPassword:: ⟦pw⟧'''), e=L('email', 'anna.schmidt@hansen-bau.de'), p2=P('DE', 'intl'), pw=L('secret', b64(pw)))

    S(T('''
    # extended LDIF
    #
    # LDAPv3
    # base <ou=people,dc=fjordbyte,dc=no> with scope subtree
    # filter: (mail=*)
    #

    # astrid, people, fjordbyte.no
    dn: uid=astrid,ou=people,dc=fjordbyte,dc=no
    mail: ⟦e⟧
    userPassword:: ⟦h⟧
    description:: ⟦d⟧

    # search result
    search: 2
    result: 0 Success'''), e=L('email', 'astrid.holm@fjordbyte.no'),
      h=A('hash', b64('{SSHA}' + b64(rbytes(24)))), d=A('base64-blob', b64('Kontor i Tromsø, 3. etasje')))

    S(T('''
    dn: cn=svc-backup,ou=services,dc=polarsoft,dc=se
    changetype: modify
    replace: userPassword
    userPassword: ⟦pw⟧
    -
    replace: description
    description: rotated by IT on ⟦d⟧'''), pw=SEC(password('random')), d=ndate('iso'))

    S(T('''
    dn: uid=mrossi,ou=Utenti,dc=studio-ricci,dc=it
    givenName: Matteo
    sn: Rossi
    telephoneNumber: ⟦p⟧
    employeeNumber: 20⟦en⟧
    sshPublicKey: ⟦k⟧'''), p=P('IT', 'intl'), en=rs(DIG, 4), k=A('public-key', ssh_pub() + ' mrossi@laptop'))

    S(T('''
    dn: uid=ttanaka,ou=people,dc=sakura-denki,dc=co,dc=jp
    cn:: ⟦cn⟧
    mail: ⟦e⟧
    telephoneNumber: ⟦p⟧'''), cn=b64('田中 太郎'), e=L('email', 'taro.tanaka@sakura-denki.co.jp'), p=P('JP', 'intl'))


# ==========================================================================
# families: developer / ops carriers
# ==========================================================================
def gitdate():
    d = rdate(2023, 2025)
    return d.strftime('%a %b ') + f'{d.day} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {d.year} ' + pick(['+0100', '+0200', '-0500', '+0000', '+0530'])


def fam_git_log():
    family('git_log')
    a, b, c = person('en'), person('es'), person('sv')
    S(T('''
    commit ⟦h1⟧
    Author: ⟦an⟧ <⟦ae⟧>
    Date:   ⟦d1⟧

        fix(billing): round VAT per line, not per invoice

    commit ⟦h2⟧
    Merge: ⟦m1⟧ ⟦m2⟧
    Author: ⟦an⟧ <⟦ae2⟧>
    Date:   ⟦d2⟧

        Merge pull request #2231 from ⟦bh⟧/feature/sepa-export'''),
      h1=A('git-sha', sha(40)), an=a.full, ae=L('email', (ae := email(a, corp=True))), d1=gitdate(),
      h2=A('git-sha', sha(40)), m1=sha(7), m2=sha(7), ae2=L('email', ae), d2=gitdate(), bh=fold(b.first).lower() + rs(DIG, 2))

    S(T('''
    $ git shortlog -sne --since="6 months ago"
        12  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
         3  ⟦cn⟧ <⟦ce⟧>'''),
      cn='Astrid', ce=L('email', f'{R.randint(10 ** 7, 10 ** 8)}+astrid-h@users.noreply.github.com'))

    S(T('''
    commit ⟦h⟧
    Author: ⟦n⟧ <⟦e⟧>
    Date:   ⟦d⟧

        add local env for the demo

    diff --git a/.env b/.env
    new file mode 100644
    index 0000000..⟦ix⟧
    --- /dev/null
    +++ b/.env
    @@ -0,0 +1,4 @@
    +MAPBOX_STYLE=mapbox://styles/cobaltrail/demo
    +MAPBOX_SECRET_TOKEN=⟦sk⟧
    +S3_BUCKET=demo-uploads-⟦acct⟧'''),
      h=A('git-sha', sha(40)), n=b.full, e=E(b, corp=True), d=gitdate(), ix=sha(7),
      sk=SEC('sk.' + b64u(json.dumps({'u': 'cobaltrail', 'a': rs(LO + DIG, 25)}).encode()) + '.' + rs(B64URL, 22)), acct=A('aws-account-id', aws_account()))

    p, q = person('de'), person('fr')
    S(T('''
    net: phy: add support for the RTL8221B-VB-CG

    The -VB-CG variant reports a different PHY ID (⟦id⟧) but is otherwise
    register compatible.

    Signed-off-by: ⟦qn⟧ <⟦qe2⟧>'''),
      id=A('hex-id', '0x001cc84' + rs(HEX, 1)), qn=q.full, qe2=E(q, corp=False))

    S(T('''
    $ git config --list --show-origin
    file:/home/dev/.gitconfig	user.name=⟦n⟧
    file:/home/dev/.gitconfig	credential.helper=store
    file:.git/config	remote.origin.url=https://oauth2:⟦t⟧@gitlab.com/cobaltrail/platform/api.git
    file:.git/config	branch.main.remote=origin'''),
      n=c.full, t=K('gitlab'))

    S(T('''
    commit ⟦h⟧
    Author: Release Bot <release-bot>
    Date:   ⟦d⟧

        Revert "temp: hardcode stripe key for the demo"

        This reverts commit ⟦h2⟧. Key has been rolled in the dashboard.

    diff --git a/config/payments.rb b/config/payments.rb
    @@ -3,7 +3,7 @@ Rails.application.configure do
    -  config.stripe_secret = "⟦k⟧"
    +  config.stripe_secret = ENV.fetch("STRIPE_SECRET_KEY")'''),
      h=sha(40), d=gitdate(), h2=A('git-sha', sha(40)), k=K('stripe'))

    S(T('''
    From ⟦h⟧ Mon Sep 17 00:00:00 2001
    From: ⟦n⟧ <⟦e⟧>
    Date: Tue, 4 Mar 2025 16:02:11 +0900
    Subject: [PATCH v2 3/7] docs: fix typo in README

    ---
     README.md | 2 +-
     1 file changed, 1 insertion(+), 1 deletion(-)'''),
      h=A('git-sha', sha(40)), n='Yui Watanabe', e=L('email', 'yui.watanabe@sakura-denki.co.jp'))

    S(T('''
    $ git blame -L 40,42 src/notify.py
    ⟦h1⟧ (Marcus Reid 2024-11-02 10:41:17 +0100 40)     client = Client(account_sid, auth_token)
    ⟦h1⟧ (Marcus Reid 2024-11-02 10:41:17 +0100 41)     # account SID is not secret: ⟦sid⟧
    ⟦h2⟧ (Hannah Okafor 2025-01-19 08:03:55 +0000 42)     msg = client.messages.create(to=user.phone, from_=SENDER,'''),
      h1=sha(8), sid=A('twilio-sid', 'AC' + rs(HEX, 32)), h2=sha(8))


def fam_k8s_secret():
    family('k8s_secret')
    pw = password('random')
    S(T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: orders-db
      namespace: shop
    type: Opaque
    data:
      username: ⟦u⟧
      password: ⟦p⟧
      host: ⟦h⟧'''), u=A('base64-username', b64('orders_app')), p=SEC(b64(pw)), h=b64('orders-db.shop.svc.cluster.local'))

    dbpw = password('human2')
    S(T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: api-env
    stringData:
      DATABASE_URL: postgres://api:⟦p⟧@pg-primary.data.svc:5432/api?sslmode=require
      LOG_LEVEL: info'''), p=SEC(dbpw))

    auth = b64(f'ci-bot:{sk_gen("dockerhub")}')
    cfg = json.dumps({'auths': {'https://index.docker.io/v1/': {'auth': auth}}})
    S(T('''
    $ kubectl get secret regcred -o yaml
    apiVersion: v1
    data:
      .dockerconfigjson: ⟦d⟧
    kind: Secret
    metadata:
      creationTimestamp: "2025-02-14T09:31:22Z"
      name: regcred
      namespace: default
      resourceVersion: "⟦rv⟧"
      uid: ⟦uid⟧
    type: kubernetes.io/dockerconfigjson'''), d=SEC(b64(cfg)), rv=rs(DIG, 8), uid=uuid())

    S(T('''
    apiVersion: v1
    kind: Config
    clusters:
    - cluster:
        certificate-authority-data: ⟦ca⟧
        server: https://⟦ip⟧:6443
      name: prod-fra
    users:
    - name: ci-deployer
      user:
        token: ⟦tok⟧
    contexts:
    - context: {cluster: prod-fra, user: ci-deployer}
      name: prod'''), ca=A('certificate', b64('-----BEGIN CERTIFICATE-----\n' + b64(rbytes(90)) + '\n-----END CERTIFICATE-----\n')),
      ip=IP(), tok=SEC(jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci',
                            'kubernetes.io/serviceaccount/service-account.name': 'deployer', 'sub': 'system:serviceaccount:ci:deployer'}, 'RS256')))

    S(T('''
    # values.yaml
    postgresql:
      auth:
        username: app
        password: "⟦ref⟧"
        existingSecret: ""
    ingress:
      host: "⟦ref2⟧"'''), ref=A('template-ref', '{{ .Values.global.pgPassword }}'), ref2=A('template-ref', '{{ .Release.Name }}.internal'))

    key = pem_ec()
    S(T('''
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/tls
    metadata:
      name: shop-tls
    data:
      tls.crt: ⟦crt⟧
      tls.key: ⟦key⟧'''), crt=A('certificate', b64('-----BEGIN CERTIFICATE-----\n' + b64(rbytes(120)) + '\n-----END CERTIFICATE-----\n')),
      key=SEC(b64(key + '\n')))

    S(T('''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: payments
    spec:
      encryptedData:
        STRIPE_KEY: ⟦c1⟧
        WEBHOOK_SECRET: ⟦c2⟧
    # sealed with the cluster's public cert - safe to commit'''),
      c1=A('ciphertext', 'AgB' + rs(B64, 120)), c2=A('ciphertext', 'AgC' + rs(B64, 120)))


def fam_terraform():
    family('terraform')
    acct = aws_account()
    S(T('''
    Terraform will perform the following actions:

      # aws_db_instance.main will be created
      + resource "aws_db_instance" "main" {
          + allocated_storage    = 100
          + arn                  = (known after apply)
          + engine               = "postgres"
          + engine_version       = "16.4"
          + password             = (sensitive value)
          + username             = "app"
          + kms_key_id           = "⟦arn⟧"
        }

      # aws_ssm_parameter.legacy will be created
      + resource "aws_ssm_parameter" "legacy" {
          + name  = "/legacy/smtp_password"
          + type  = "String"
          + value = "⟦pw⟧"
        }

    Plan: 2 to add, 0 to change, 0 to destroy.'''),
      arn=A('arn', f'arn:aws:kms:eu-west-1:{acct}:key/{uuid()}'), pw=SEC(password('human2')))

    S(T('''
    {
      "version": 4,
      "terraform_version": "1.9.8",
      "serial": 41,
      "lineage": "⟦lin⟧",
      "resources": [
        {
          "mode": "managed",
          "type": "aws_iam_access_key",
          "name": "ci",
          "instances": [
            {
              "attributes": {
                "id": "⟦ak⟧",
                "secret": "⟦sk⟧",
                "status": "Active",
                "user": "ci-deployer",
                "create_date": "2025-01-07T10:22:41Z"
              }
            }
          ]
        }
      ]
    }'''), lin=A('uuid', uuid()), ak=K('aws_akid'), sk=K('aws_secret'))

    S(T('''
    $ terraform output -json
    {
      "db_endpoint": {"sensitive": false, "type": "string", "value": "app-db.c9xk2lq0abcd.eu-central-1.rds.amazonaws.com:5432"},
      "db_password": {"sensitive": true, "type": "string", "value": "⟦pw⟧"},
      "bastion_public_ip": {"sensitive": false, "type": "string", "value": "⟦ip⟧"}
    }'''), pw=SEC(password('random')), ip=IP())

    S(T('''
    # terraform.tfvars  (DO NOT COMMIT)
    cloudflare_api_token = "⟦cf⟧"
    admin_cidr           = "⟦cidr⟧"
    ssh_public_key       = "⟦pub⟧"'''), cf=K('cloudflare'), cidr=A('doc-ip', '198.51.100.0/24'), pub=A('public-key', ssh_pub()))

    S(T('''
    provider "aws" {
      region     = "us-east-1"
    }

    # copied from the AWS docs while testing - these are the documented example keys
    # access_key = "⟦ex1⟧"
    # secret_key = "⟦ex⟧"'''), ex1=A('doc-example-key', 'AKIAIOSFODNN7EXAMPLE'), ex=A('doc-example-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'))

    S(T('''
    aws_instance.web[0]: Creation complete after 32s [id=i-0⟦i1⟧]
    aws_eip.web: Creation complete after 2s [id=eipalloc-0⟦e1⟧]

    Apply complete! Resources: 2 added, 0 changed, 0 destroyed.

    Outputs:

    public_dns = "ec2-⟦dash⟧.eu-west-2.compute.amazonaws.com"
    public_ip  = "⟦ip⟧"'''), i1=rs(HEX, 16), e1=rs(HEX, 16), dash='-'.join((ipx := ip4()).split('.')), ip=L('ip', ipx))

    S(T('''
    provider "azurerm" {
      features {}
      subscription_id = "⟦sub⟧"
      tenant_id       = "⟦ten⟧"
      client_id       = "⟦cid⟧"
      client_secret   = "⟦cs⟧"
    }'''), sub=A('uuid', uuid()), ten=A('uuid', uuid()), cid=uuid(), cs=K('azure_client_secret'))


def fam_http_har():
    family('http_har')
    S(T('''
    POST /api/v1/session HTTP/1.1
    Host: app.kestrelpay.io
    User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0
    Content-Type: application/json
    Cookie: _ga=⟦ga⟧
    Content-Length: 71

    {"email":"⟦e⟧","password":"⟦pw⟧","remember":true}'''),
      ga=A('analytics-id', f'GA1.2.{rs(DIG, 10)}.{rs(DIG, 10)}'), e=E(person('en')), pw=SEC(password('human')))

    S(T('''
    {
      "request": {
        "method": "POST",
        "url": "https://api.vanderlinde.nl/v2/profile",
        "headers": [
          {"name": "authorization", "value": "Bearer ⟦j⟧"},
          {"name": "x-request-id", "value": "⟦rid⟧"}
        ],
        "postData": {"mimeType": "application/json", "text": "{\\"newsletter\\":true}"}
      },
      "response": {"status": 200}
    }'''), j=K('jwt'), rid=A('uuid', uuid()))

    user, pw = 'backup', password('random')
    S(T('''
    $ curl -v https://nas.fjordbyte.no/api/status -u backup:…
    *   Trying ⟦ip⟧:443...
    * Connected to nas.fjordbyte.no (⟦ip2⟧) port 443
    > GET /api/status HTTP/1.1
    > Host: nas.fjordbyte.no
    > Authorization: Basic ⟦b⟧
    > User-Agent: curl/8.5.0
    >
    < HTTP/1.1 200 OK
    < Server: nginx/1.24.0'''), ip=L('ip', (ipx := ip4())), ip2=L('ip', ipx), b=SEC(b64(f'{user}:{pw}')))

    S(T('''
    ⟦ip⟧ - - [12/May/2025:14:02:51 +0000] "GET /v1/forecast?lat=⟦lat⟧&lon=⟦lon⟧&appid=*** HTTP/1.1" 200 1843 "-" "okhttp/4.12.0"'''),
      ip=IP(), lat=A('coordinate', f'{R.uniform(35, 60):.4f}'), lon=f'{R.uniform(-10, 30):.4f}')

    S(T('''
    :method: GET
    :authority: api.lumen-labs.ai
    :path: /v1/models
    x-api-key: ⟦k⟧
    anthropic-version: 2023-06-01
    accept: application/json'''), k=K('anthropic'))

    S(T('''
    HTTP/1.1 200 OK
    Content-Type: application/json; charset=utf-8
    Cache-Control: no-store

    {"access_token":"⟦at⟧","expires_in":3599,"scope":"openid email https://www.googleapis.com/auth/drive.readonly","token_type":"Bearer"}'''),
      at=K('google_access'))

    u = email(person('de'))
    pw = password('human')
    S(T('''
    S: 220 mail.nordlicht-energie.de ESMTP Postfix
    C: EHLO laptop-jw
    S: 250-AUTH PLAIN LOGIN
    C: AUTH PLAIN ⟦ap⟧
    S: 235 2.7.0 Authentication successful
    C: MAIL FROM:<⟦f⟧>'''), ap=SEC(b64('\0' + u + '\0' + pw)), f=L('email', u))

    S(T('''
    Connected to ftp.harbourline.com.au.
    220 (vsFTPd 3.0.5)
    Name (ftp.harbourline.com.au:deploy): deploy
    331 Please specify the password.
    Password: ⟦pw⟧
    230 Login successful.'''), pw=SEC(password('human2')))

    S(T('''
    GET /export?format=csv HTTP/1.1
    Host: reports.quantaview.com
    Authorization: Bearer ⟦ref⟧
    X-Client-Version: ⟦v⟧
    Accept: text/csv
    (token elided by the proxy log; the real one is in Vault under kv/reports)'''),
      ref=A('placeholder-secret', '<redacted>'), v=A('version', '3.14.159'))


def fam_local_storage():
    family('local_storage')
    S(T('''
    Key	Value
    ajs_anonymous_id	"⟦aid⟧"
    auth_token	null
    theme	dark
    user	{"id":⟦uid⟧,"email":"⟦e⟧","plan":"pro"}'''),
      aid=A('uuid', uuid()), uid=rs(DIG, 6), e=E(person('sv')))

    S(T('''
    > JSON.stringify(localStorage)
    '{"persist:root":"{\\"auth\\":\\"{\\\\\\"token\\\\\\":\\\\\\"⟦t⟧\\\\\\",\\\\\\"refresh\\\\\\":\\\\\\"⟦r⟧\\\\\\"}\\",\\"_persist\\":\\"{\\\\\\"version\\\\\\":-1,\\\\\\"rehydrated\\\\\\":true}\\"}","i18nextLng":"de-DE"}\''''),
      t=K('jwt'), r=SEC(rs(HEX, 64)))

    fb_key = sk_gen('gcp_api')
    S(T('''
    sessionStorage
    firebase:authUser:⟦k1⟧:[DEFAULT]	{"uid":"⟦uid⟧","email":"⟦e⟧","emailVerified":true,"stsTokenManager":{"refreshToken":"⟦rt⟧","expirationTime":1747312100000}}'''),
      k1=SEC(fb_key), uid=rs(ALNUM, 28), e=E(person('pt')), rt=K('firebase_refresh'))

    S(T('''
    # Netscape HTTP Cookie File
    # https://curl.se/docs/http-cookies.html
    .quantaview.com	TRUE	/	TRUE	1767225600	qv_session	⟦s1⟧
    .quantaview.com	TRUE	/	FALSE	1767225600	_ga	⟦ga⟧'''),
      s1=K('session'), ga=A('analytics-id', f'GA1.1.{rs(DIG, 9)}.{rs(DIG, 10)}'))

    a = person('en')
    S(T('''
    name,url,username,password,note
    router,http://fritz.box/,admin,⟦p3⟧,"WLAN-Schlüssel steht auf dem Aufkleber"'''),
      p3=SEC(password('phrase')))

    S(T('''
    amplitude_unsent_⟦k⟧	[]
    device_id	⟦d⟧
    last_seen_version	⟦ver⟧
    onboarding_step	3'''), k=rs(HEX, 10), d=A('uuid', uuid()), ver=A('version', '2025.4.1'))

    S(T('''
    redux state › profile:
    {
      fullName: "Ayşe Demir",
      birthDate: "⟦d⟧",
      phone: "⟦p⟧",
      kycStatus: "approved",
      kycCompletedAt: "⟦kd⟧"
    }'''), d=DOB('iso'), p=P('TR', 'intl'), kd=ndate('iso'))


def fam_mobile_logs():
    family('mobile_logs')
    S(T('''
    03-14 10:22:31.118  4521  4600 D OkHttp  : --> POST https://api.kestrelpay.io/v3/transfers
    03-14 10:22:31.118  4521  4600 D OkHttp  : Content-Type: application/json
    03-14 10:22:31.119  4521  4600 D OkHttp  : Authorization: Bearer ⟦j⟧
    03-14 10:22:31.119  4521  4600 D OkHttp  : {"to_iban":"⟦ib⟧","amount":"250.00","currency":"EUR"}
    03-14 10:22:31.402  4521  4600 D OkHttp  : <-- 201 Created (283ms)'''), j=K('jwt'), ib=I('HR', 'run'))

    S(T('''
    05-02 08:14:55.906 12033 12033 E AndroidRuntime: FATAL EXCEPTION: main
    05-02 08:14:55.906 12033 12033 E AndroidRuntime: Process: com.fieldnotes.app, PID: 12033
    05-02 08:14:55.906 12033 12033 E AndroidRuntime: java.lang.RuntimeException: Unable to start activity ComponentInfo{com.fieldnotes.app/.ProfileActivity}: java.lang.IllegalStateException: bad extras Bundle[{email=⟦e⟧, uid=⟦u⟧}]'''),
      e=E(person('in')), u=rs(ALNUM, 20))

    S(T('''
    2025-03-14 10:22:31.123456+0100 Kestrel[1234:56789] [Auth] Keychain write ok, refresh_token=⟦rt⟧
    2025-03-14 10:22:31.130112+0100 Kestrel[1234:56789] [Net] GET https://api.kestrelpay.io/v3/me 200 (41ms)'''), rt=K('google_refresh'))

    S(T('''
    Incident Identifier: ⟦u1⟧
    CrashReporter Key:   ⟦ck⟧
    Hardware Model:      iPhone15,2
    Process:             FieldNotes [881]
    Version:             3.8.2 (⟦b⟧)
    OS Version:          iPhone OS 17.4.1 (21E237)
    Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
    Exception Subtype: KERN_INVALID_ADDRESS at 0x0000000⟦addr⟧'''),
      u1=A('uuid', uuid().upper()), ck=A('hash', sha(40)), b=A('version', '3.8.2.417'), addr=rs(HEX, 9))

    S(T('''
    I/flutter (14411): ── checkout payload ──
    I/flutter (14411): {card_number: ⟦c⟧, exp_month: 12, exp_year: 2027, cvc: ⟦cvc⟧}'''),
      c=C('mastercard', ''), cvc=rs(DIG, 3))

    S(T('''
    LOG  [api] login response {"user": {"email": "⟦e⟧", "dob": "⟦d⟧", "country": "BR"}}'''),
      e=E(person('pt')), d=DOB('iso'))

    S(T('''
    $ adb shell dumpsys wifi | grep -A3 "SSID"
      SSID: "Casa_Oliveira_5G" BSSID: ⟦mac⟧
      ID: 2 SSID: "Casa_Oliveira_5G" PROVIDER-NAME: null
      PSK: "⟦psk⟧"
      KeyMgmt: WPA_PSK'''), mac=A('mac-address', ':'.join(rs(HEX, 2) for _ in range(6))), psk=SEC(password('human2')))

    S(T('''
    04-11 19:02:44.551  1733  2011 I NetworkMonitor/103: PROBE_DNS connectivitycheck.gstatic.com 12ms OK
    04-11 19:02:44.712  1733  2011 D Tethering: Public IP changed to ⟦ip2⟧
    04-11 19:02:45.003  1733  2011 I DnsResolver: using private DNS resolver ⟦dns⟧'''),
      ip2=IP(6), dns=A('public-resolver', pick(['1.1.1.1', '9.9.9.9'])))

    S(T('''
    03-30 22:11:07.311  8890  8890 W SmsReceiver: OTP message from ⟦p⟧: "Your Kestrel code is ⟦otp⟧. Do not share it."'''),
      p=P('GB', 'intl'), otp=A('otp', rs(DIG, 6)))


def fam_syslog():
    family('syslog')
    S(T('''
    May 12 03:14:07 web-fra-1 sshd[22113]: Failed password for invalid user admin from ⟦a⟧ port 52144 ssh2
    May 12 03:14:09 web-fra-1 sshd[22113]: Failed password for invalid user admin from ⟦a2⟧ port 52144 ssh2
    May 12 03:14:12 web-fra-1 sshd[22119]: Accepted publickey for deploy from ⟦b⟧ port 60112 ssh2: ED25519 SHA256:⟦fp⟧'''),
      a=L('ip', (x := ip4())), a2=L('ip', x), b=IP(), fp=A('key-fingerprint', rs(B64, 43)))

    S(T('''
    Jun  3 11:02:45 mx1 postfix/smtpd[3301]: 4Wq1Zx0KmKz9sWN: client=unknown[⟦ip2⟧], sasl_method=LOGIN
    Jun  3 11:02:45 mx1 postfix/qmgr[911]: 4Wq1Zx0KmKz9sWN: from=<⟦f⟧>, size=18231, nrcpt=1 (queue active)
    Jun  3 11:02:46 mx1 postfix/smtp[3305]: 4Wq1Zx0KmKz9sWN: to=<⟦t⟧>, relay=gmail-smtp-in.l.google.com, status=sent (250 2.0.0 OK)'''),
      ip2=IP(), f=E(person('fr'), corp=True), t=E(person(), domain='gmail.com'))

    S(T('''
    ⟦ip2⟧ - - [03/Apr/2025:17:21:12 +0200] "GET /newsletter/confirm?email=⟦e⟧&t=⟦t⟧ HTTP/2.0" 302 0 "https://mail.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"'''),
      ip2=IP(6), e=L('email', urllib.parse.quote(email(person('es')), safe='')), t=rs(HEX, 16))

    S(T('''
    2025-04-30 02:00:01,883 fail2ban.actions [712]: NOTICE [sshd] Ban ⟦a⟧'''),
      a=IP())

    S(T('''
    kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟦mac⟧ SRC=⟦src⟧ DST=⟦dst⟧ LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=54321 PROTO=TCP SPT=48213 DPT=3389 WINDOW=1024 RES=0x00 SYN URGP=0'''),
      mac=':'.join(rs(HEX, 2) for _ in range(14)), src=IP(), dst=A('doc-ip', '203.0.113.' + str(R.randint(2, 250))))

    S(T('''
    Apr 22 09:41:03 db-2 sudo:   jkoch : TTY=pts/1 ; PWD=/home/jkoch ; USER=root ; COMMAND=/usr/bin/mysql -u root -p⟦pw⟧ -e SHOW DATABASES'''),
      pw=SEC(password('human')))

    S(T('''
    Mar  9 20:15:32 mail dovecot: imap-login: Disconnected (auth failed, 3 attempts in 14 secs): user=<⟦u⟧>, method=PLAIN, TLS, session=<⟦s⟧>'''),
      u=E(person('it'), corp=True), s=rs(B64, 16))

    S(T('''
    <165>1 2025-05-11T22:14:15.003Z fw01.harbourline.com.au vpnd 4242 ID47 [meta sequenceId="⟦seq⟧"] user j.delaney connected from ⟦c⟧'''),
      seq=rs(DIG, 5), c=IP(6))

    S(T('''
    May 14 06:25:01 backup-1 CRON[30112]: (root) CMD (test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ))
    May 14 06:25:03 backup-1 systemd[1]: Started restic-backup.service - Restic backup (v⟦v⟧).
    May 14 06:41:57 backup-1 restic[30140]: snapshot ⟦snap⟧ saved, 1.204 GiB added, 00:16:52
    May 14 06:41:57 backup-1 kernel: [⟦up⟧] EXT4-fs (sdb1): mounted filesystem ⟦u⟧ r/w with ordered data mode'''),
      v=A('version', '0.17.3'), snap=A('hash', sha(8)), up=A('uptime', f'{R.randint(10 ** 5, 10 ** 6)}.{rs(DIG, 6)}'), u=A('uuid', uuid()))


def fam_ci_log():
    family('ci_log')
    S(T('''
    Run docker login -u ci-bot -p *** ghcr.io
    WARNING! Using --password via the CLI is insecure. Use --password-stdin.
    Login Succeeded
    Run echo "debug: $(echo -n "$REGISTRY_TOKEN" | base64)"
    debug: ⟦b⟧'''), b=SEC(b64(sk_gen('github'))))

    S(T('''
    $ printenv | sort
    CI_COMMIT_SHA=⟦sha⟧
    CI_JOB_TOKEN=[MASKED]
    CI_PROJECT_PATH=cobaltrail/platform/api
    DB_PASSWORD=[MASKED]
    HOME=/root'''), sha=A('git-sha', sha(40)))

    S(T('''
    > npm config set //registry.npmjs.org/:_authToken=⟦t⟧
    > npm publish --access public
    npm notice 📦  @cobaltrail/sdk@2.7.0
    npm notice === Tarball Details ===
    npm notice shasum:        ⟦sh⟧
    npm notice integrity:     sha512-⟦ig⟧'''), t=K('npm'), sh=A('hash', sha(40)), ig=A('hash', rs(B64, 30) + '[...]' + rs(B64, 8) + '=='))

    S(T('''
    [Pipeline] sh
    + curl -s -X POST -u admin:⟦t⟧ https://jenkins.tekton-systems.com/job/deploy-prod/buildWithParameters?TAG=v5.2.1
    [Pipeline] echo
    Triggered deploy-prod #1874'''), t=K('jenkins'))

    S(T('''
    Spin up environment
    Using environment variables from project settings and/or contexts:
      AWS_ACCESS_KEY_ID=⟦m1⟧
      AWS_SECRET_ACCESS_KEY=⟦m2⟧
      SLACK_WEBHOOK=⟦m3⟧
    Build-agent version ⟦v⟧'''), m1=A('masked', 'xxxxEXM4'), m2=A('masked', 'xxxx9kQz'), m3=A('masked', 'xxxxHx2A'),
      v='1.0.259245-a1b8a2c5')

    S(T('''
    Setting environment variables from repository settings
    $ export SLACK_WEBHOOK=[secure]
    $ export SONAR_TOKEN=[secure]
    $ export TZ=Europe/Berlin
    $ ./gradlew test --no-daemon
    BUILD SUCCESSFUL in 2m 14s'''))

    S(T('''
    ##[debug]Evaluating: format('{0}?{1}', variables['BLOB_URL'], variables['SAS'])
    ##[debug]Result: 'https://stfieldnotesprod.blob.core.windows.net/releases/app.aab?sv=2022-11-02&ss=b&srt=o&sp=rwl&se=2025-06-01T00:00:00Z&st=2025-05-01T00:00:00Z&spr=https&sig=⟦sig⟧'
    ##[warning]Secret variable SAS was not masked because it was transformed by format().'''),
      sig=SEC(urllib.parse.quote(b64(rbytes(32)), safe='')))

    S(T('''
    Step 4/9 : RUN pip install --no-cache-dir --extra-index-url https://ci:⟦t⟧@pypi.internal.clearwater-analytics.net/simple -r requirements.txt
     ---> Running in ⟦cid⟧
    Looking in indexes: https://pypi.org/simple, https://ci:****@pypi.internal.clearwater-analytics.net/simple'''),
      t=SEC(rs(ALNUM, 24)), cid=rs(HEX, 12))

    S(T('''
    Run terraform init
    Initializing the backend...
    Successfully configured the backend "remote"!
    Terraform has been successfully initialized!
    env:
      TF_TOKEN_app_terraform_io: ⟦t⟧
      TF_IN_AUTOMATION: true'''), t=K('tfc'))


def fam_jupyter():
    family('jupyter')
    S(T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import openai\\n",
        "client = openai.OpenAI(api_key=\\"⟦k⟧\\")\\n",
        "resp = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=msgs)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }'''), k=K('openai'))

    a, b = person('en'), person('de')
    S(T('''
      "outputs": [
        {
         "data": {
          "text/plain": [
           "   customer_id                    email            phone  churn_score\\n",
           "0        10021  ⟦e1⟧  ⟦p1⟧         0.82"
          ]
         },
         "execution_count": 12,
         "output_type": "execute_result"
        }
      ],'''), e1=E(a), p1=P('US', 'nat'))

    S(T('''
    In [7]: df = pd.read_sql("SELECT * FROM orders", "postgresql://analyst:⟦pw⟧@warehouse.clearwater-analytics.net:5432/dw")
    In [8]: df.shape
    Out[8]: (1204432, 17)'''), pw=SEC(password('human2')))

    S(T('''
    {
     "cell_type": "markdown",
     "source": [
      "## Data dictionary\\n",
      "* `email` – hashed with SHA-256 before export, e.g. `⟦h⟧`\\n",
      "* `dob` – bucketed to year only (e.g. 1987)\\n",
      "* `ip` – truncated to /24, e.g. `⟦ip⟧`"
     ]
    }'''), h=A('hash', sha(64)), ip=A('doc-ip', '203.0.113.0'))

    S(T('''
    !curl -s -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user | jq .login
    "mariana-costa"'''))

    S(T('''
    "source": [
     "HF_TOKEN = \\"⟦t⟧\\"  # TODO move to secrets before sharing\\n",
     "from huggingface_hub import login\\n",
     "login(HF_TOKEN)"
    ]'''), t=K('huggingface'))


def fam_tool_calls():
    family('tool_calls')
    p = person('en')
    S(T('''
    {"role": "assistant", "tool_calls": [{"id": "call_⟦cid⟧", "type": "function", "function": {"name": "crm_lookup", "arguments": "{\\"email\\": \\"⟦e⟧\\"}"}}]}
    {"role": "tool", "tool_call_id": "call_⟦cid2⟧", "content": "{\\"name\\": \\"⟦n⟧\\", \\"phone\\": \\"⟦p⟧\\", \\"tier\\": \\"gold\\"}"}'''),
      cid=(cid := rs(ALNUM, 24)), cid2=cid, e=E(p), n=p.full, p=P('US', 'intl'))

    S(T('''
    <tool_use name="send_sms">
    {"to": "⟦p⟧", "body": "Hi Ngozi, your appointment is confirmed for ⟦d⟧ at 10:30. Reply STOP to opt out."}
    </tool_use>
    <tool_result>{"status": "queued", "sid": "⟦sid⟧"}</tool_result>'''),
      p=P('NG', 'intl'), d=ndate('en'), sid=A('twilio-sid', 'SM' + rs(HEX, 32)))

    S(T('''
    {
      "type": "tool_use",
      "id": "toolu_⟦tid⟧",
      "name": "payments.refund",
      "input": {"card_number": "⟦c⟧", "amount_cents": 4599, "reason": "duplicate charge"}
    }'''), tid=rs(ALNUM, 24), c=C('visa', ''))

    S(T('''
    Tool result (kyc_verify):
    {
      "applicant": {"first_name": "Marcus", "last_name": "Holloway", "ssn": "⟦s⟧", "date_of_birth": "⟦d⟧"},
      "match": "PARTIAL",
      "reasons": ["address_mismatch"],
      "request_id": "⟦rid⟧"
    }'''), s=SSN('dash'), d=DOB('iso'), rid=uuid())

    S(T('''
    assistant → tool http_get({"url": "https://api.kestrelpay.io/v1/accounts", "headers": {"Authorization": "Bearer ⟦k⟧"}})
    tool → assistant: 200 OK [{"id": "acct_⟦a⟧", "iban": "⟦ib⟧", "currency": "EUR"}]'''),
      k=K('stripe'), a=rs(ALNUM, 16), ib=I('LU', 'run'))

    S(T('''
    {"tool":"web_search","arguments":{"query":"what is the format of a UK national insurance number","max_results":5}}
    {"tool_result":[{"title":"National Insurance number - GOV.UK","snippet":"It's on your payslip, P60 or letters about tax, pensions and benefits. It looks like ⟦ex⟧."}]}'''),
      ex=A('doc-example-nino', 'QQ 12 34 56 C'))

    S(T('''
    [agent:planner → agent:executor]
    Task: file the expense. Use the corporate card on file and email the receipt to finance.
    Context: card=⟦c⟧ (exp 04/28), receipt_to=finance, cost_center=CC-⟦cc⟧
    [agent:executor → agent:planner]
    Done. Confirmation ⟦conf⟧.'''), c=C('amex', ' '), cc=rs(DIG, 4),
      conf=rs(UP + DIG, 10))

    S(T('''
    function_call: update_contact
    arguments: {"contact_id": ⟦cid⟧, "fields": {"mobile": "⟦p⟧", "ip_last_login": "⟦ip⟧"}}
    result: {"ok": true, "updated_at": "⟦ts⟧"}'''),
      cid=str(R.randint(10 ** 6, 10 ** 7 - 1)), p=P('AU', 'intl'), ip=IP(), ts='2025-05-19T08:22:11Z')

    S(T('''
    {"name": "read_file", "arguments": {"path": "/srv/app/.env"}}
    {"content": "APP_ENV=production\\nMAILGUN_API_KEY=⟦mg⟧\\nMAILGUN_DOMAIN=mg.oakridge-dental.com\\n"}'''),
      mg=K('mailgun'))

    S(T('''
    tool: calendar.create_event
    args: {"title": "Passport renewal – Sophie", "date": "⟦d⟧", "notes": "bring old passport, photo; Sophie born ⟦b⟧ in Leeds"}'''),
      d=ndate('iso'), b=DOB('iso', 2010, 2016))

    S(T('''
    {"role":"tool","name":"bank_lookup","content":"{\\"bic\\":\\"⟦bic⟧\\",\\"bank\\":\\"ING Bank N.V.\\",\\"sort_code\\":null,\\"routing\\":null,\\"iban_example\\":\\"⟦ex⟧\\"}"}'''),
      bic=A('bic', 'INGBNL2A'), ex=A('doc-example-iban', 'NL91ABNA0417164300'))

    S(T('''
    <function_results>
    <result><name>get_user</name><output>{"login": "tundra", "email": "⟦e⟧", "twofa": true, "created": "⟦c⟧"}</output></result>
    </function_results>'''), e=E(person('ko')), c=A('timestamp', '2019-08-02T11:04:55Z'))


# ==========================================================================
# families: mail, support prose, phones, bank details, cards
# ==========================================================================
def fam_email_thread():
    family('email_thread')
    a, b = person('en'), person('de')
    S(T('''
    ---------- Forwarded message ---------
    From: ⟦an⟧ <⟦ae⟧>
    Date: Thu, 6 Mar 2025 at 09:14
    Subject: Re: site visit Hamburg
    To: ⟦bn⟧

    Hi ⟦bf⟧, Thursday works. If the gate is locked call me on ⟦ap⟧.

    Best,
    ⟦an⟧
    Meridian Legal LLP'''),
      an=a.full, ae=E(a, corp=True), bn=b.full, bf=b.first, ap=P('GB', 'nat'))

    S(T('''
    From: Katharina Richter
    Sent: Tuesday, 11 February 2025 16:03
    To: Florian Wolf
    Subject: AW: Angebot Wärmepumpe

    Sehr geehrter Herr Wolf,
    anbei das Angebot. Für Rückfragen erreichen Sie mich in der Zentrale unter ⟦z⟧, Durchwahl 12.

    Mit freundlichen Grüßen
    Katharina Richter'''), z=P('DE', 'nat', 2))

    S(T('''
    Cordialement,

    Camille Dubois
    Responsable RH – Atelier Moreau
    Tél. : ⟦p⟧ poste 3021'''), p=P('FR', 'nat'))

    S(T('''
    Un saludo,
    Javier Ruiz · Mendoza Abogados
    Fijo: ⟦f⟧ ext. 204
    Aviso legal: este mensaje y sus anexos son confidenciales.'''), f=P('ES', 'nat'))

    S(T('''
    株式会社さくら電気
    営業部　田中 太郎
    TEL: ⟦t⟧（内線 123）'''), t=P('JP', 'nat', 1))

    S(T('''
    Return-Path: <⟦rp⟧>
    Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [⟦ip⟧])
            by mx1.quantaview.com (Postfix) with ESMTPS id 4Wq1Zx0KmKz9sWN
            for <sales>; Mon, 12 May 2025 08:14:03 +0000 (UTC)
    DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; h=to:subject:message-id:date:from; bh=⟦bh⟧; b=⟦sig⟧
    Message-ID: <⟦mid⟧@mail.gmail.com>'''),
      rp=E(person('en'), domain='gmail.com'), ip=IP(), bh=A('dkim', rs(B64, 43) + '='),
      sig=A('dkim', rs(B64, 120)), mid=A('message-id', 'CA' + rs(ALNUM, 40)))

    S(T('''
    Hi, I got this from our supplier today, is it legit?

    "Dear customer, due to an audit our bank details have changed. Please pay all open invoices to our new account: ⟦ib⟧ (Revolut). Do not use the old account anymore. Regards, Accounts team"'''),
      ib=I('LT', 'grp'))

    S(T('''
    Atenciosamente,
    Fernanda Souza
    Coordenadora de Compras
    Tel.: ⟦t⟧ ramal 4021'''), t=P('BR', 'nat'))

    S(T('''
    С уважением,
    Ольга Петрова
    тел.: ⟦t⟧, доб. 214'''), t=L('phone', phone('RU', 'intl')))

    S(T('''
    On Fri, 9 May 2025 at 17:40, Harper Whitaker wrote:
    > Thanks for the quick turnaround. One thing: the invoice still shows
    > my old mobile, the new one is ⟦p⟧.
    >
    > Cheers'''), p=P('AU', 'nat'))


def fam_support_chat():
    family('support_chat')
    S(T('''
    Hi, I can't log in to my account anymore. The email on it is ⟦e⟧, but the reset code never arrives. What should I do?'''),
      e=E(person('en'), corp=False))

    S(T('''
    my card ending in ⟦l4⟧ got charged twice for the same order (#⟦o⟧). Actually wait the full number is ⟦c⟧ if that helps, can you write me a complaint email to the shop?'''),
      l4=A('last4', (cn := card('mastercard', ' '))[-4:]), o=A('order-number', rs(DIG, 8)), c=L('card', cn))

    S(T('''
    Kannst du mir einen Brief an meine Bank formulieren? Ich möchte den Dauerauftrag ändern. Meine IBAN: ⟦ib⟧, Kundennummer ⟦k⟧.'''),
      ib=I('DE', 'grp'), k=A('customer-number', rs(DIG, 10)))

    S(T('''
    I'm filling in a visa application and it wants my date of birth as DD/MM/YYYY. I was born on the ⟦d⟧ — how do I write that?'''),
      d=DOB('en_ord'))

    S(T('''
    quick question, my son's social is ⟦s⟧ – the school form has boxes for 9 digits without dashes, so do I just write all of them in a row?'''),
      s=SSN('dash'))

    S(T('''
    Translate to German please: "Please call me back at ⟦p⟧, I am available after 5 pm."'''),
      p=P('CH', 'intl'))

    S(T('''
    why does the checkout keep saying "card declined"? I'm typing ⟦c⟧, expiry 03/27, the 3 digits on the back. There's money on it!'''),
      c=C('visa', ''))

    S(T('''
    my router's admin password is ⟦pw⟧ (I know, I know). how do I change the wifi name on a TP-Link Archer?'''),
      pw=SEC(password('human')))

    S(T('''
    I made the mistake of entering my number ⟦p⟧ on a sweepstakes site and now I get 10 spam calls a day. Can I do anything about it in India?'''),
      p=P('IN', 'nat'))

    S(T('''
    Write a short professional bio for the conference program: Ana Costa, born ⟦d⟧ in Porto, data engineer at Lumen Labs since 2019, talks about streaming pipelines.'''),
      d=DOB('en'))

    S(T('''
    Is it safe to send my IBAN by email to my landlord? It starts with DE and has 22 characters. My friend says someone could take money out with only that.'''))

    S(T('''
    Here is what ipconfig /all shows, the VPN doesn't connect:
       IPv4 Address. . . . . . . . . . . : (private, not shown)
       Subnet Mask . . . . . . . . . . . : ⟦nm⟧
       DNS Servers . . . . . . . . . . . : ⟦dns⟧
    and whatismyip says my public address is ⟦ip⟧.'''), nm=A('netmask', '255.255.255.0'), dns=A('public-resolver', '1.1.1.1'), ip=IP())

    S(T('''
    Peux-tu écrire au service des impôts pour moi ? Mon mail c'est ⟦e⟧, et dis-leur que je préfère être contacté par écrit.'''),
      e=E(person('fr'), corp=False))


def fam_phone_directory():
    family('phone_directory')
    S(T('''
    Regional support hotlines
    🇩🇪 Deutschland: ⟦de⟧
    🇦🇹 Österreich, 🇨🇭 Schweiz: siehe Deutschland
    Hours: Mon–Fri 08:00–18:00 CET'''), de=P('DE', 'intl'))

    S(T('''
    [12/03/25, 21:04:11] ~ Kavya: my number changed, new one ⟦in⟧
    [12/03/25, 21:05:40] ~ Omar: saved 👍
    [12/03/25, 21:07:02] ~ Mariam: Cairo office: ⟦eg⟧'''),
      **{'in': P('IN', 'nat'), 'eg': P('EG', 'intl')})

    S(T('''
    Our offices
    Lisbon – ⟦pt⟧ · Athens – ⟦gr⟧ · all other EU offices via the Dublin switchboard'''),
      pt=P('PT', 'intl'), gr=P('GR', 'intl'))

    S(T('''
    Kontakty oddziałów:
    Warszawa: ⟦pl⟧ wew. 15
    Budapest: ⟦hu⟧'''), pl=P('PL', 'nat'), hu=P('HU', 'nat'))

    S(T('''
    Nordic team – direct lines
    Oslo ⟦no⟧ | Helsinki ⟦fi⟧'''),
      no=P('NO', 'intl'), fi=P('FI', 'intl'))

    S(T('''
    APAC escalation list (24/7):
    - Singapore NOC: ⟦sg⟧
    - Taipei: ⟦tw⟧'''), sg=P('SG', 'intl'), tw=P('TW', 'nat'))

    S(T('''
    Field engineers (SEA):
    Kuala Lumpur  ⟦my⟧
    Manila        ⟦ph⟧'''), my=P('MY', 'nat'), ph=P('PH', 'intl'))

    S(T('''
    LATAM distributors
    • Ciudad de México: ⟦mx⟧
    • Buenos Aires: ⟦ar⟧
    • Bogotá: ⟦co⟧'''), mx=P('MX', 'intl'), ar=P('AR', 'nat'), co=P('CO', 'nat'))

    S(T('''
    Africa & South Asia partners: Nairobi ⟦ke⟧, Karachi ⟦pk⟧.'''),
      ke=P('KE', 'intl'), pk=P('PK', 'nat'))

    S(T('''
    North America: Toronto ⟦ca⟧ ext. 4410'''),
      ca=P('CA', 'nat', 0))

    S(T('''
    Oceania: Auckland ⟦nz⟧ (Sydney office closed)'''),
      nz=P('NZ', 'nat'))

    S(T('''
    Notfallkontakte Baustelle Linz:
    Polier Huber: ⟦at⟧
    Bauherr (Israel, bitte WhatsApp): ⟦il⟧'''), at=P('AT', 'nat'), il=P('IL', 'intl'))

    S(T('''
    Pour toute urgence en Belgique : ⟦be⟧. Au Maroc : ⟦ma⟧.'''),
      be=P('BE', 'nat'), ma=P('MA', 'intl'))

    S(T('''
    Phone-shaped things in this doc that are NOT phone numbers: part no. ⟦pn⟧, order ⟦on⟧, the fictional ⟦fic⟧ from the TV script, and build ⟦bn⟧.'''),
      pn=A('part-number', f'{rs(DIG, 3)}-{rs(DIG, 3)}-{rs(DIG, 4)}'), on=A('order-number', f'{rs(DIG, 3)} {rs(DIG, 4)} {rs(DIG, 4)}'),
      fic=A('placeholder-phone', '(212) 555-01' + rs(DIG, 2)), bn=A('version', f'{rs(DIG, 4)}.{rs(DIG, 3)}.{rs(DIG, 4)}'))


def fam_bank_details():
    family('bank_details')
    S(T('''
    Bankverbindung:
    Kontoinhaber: Sportverein Blau-Weiß e.V.
    IBAN: ⟦ib⟧
    BIC: ⟦bic⟧
    Verwendungszweck: Mitgliedsnummer + Name'''), ib=I('DE', 'grp'), bic=A('bic', 'GENODEM1GLS'))

    S(T('''
    Coordonnées bancaires pour le virement de la caution :
    Titulaire : SCI Les Tilleuls
    IBAN ⟦ib⟧ – BIC ⟦bic⟧
    Merci d'indiquer la référence LOC-⟦ref⟧.'''), ib=I('FR', 'grp'), bic=A('bic', 'AGRIFRPP882'), ref=rs(DIG, 5))

    S(T('''
    Datos bancarios para la devolución: titular Lucía Moreno, cuenta ⟦ib⟧ (no uséis la antigua ⟦old⟧, está cancelada).'''),
      ib=I('ES', 'grp'), old=A('iban-badcheck', iban_bad('ES', 'grp')))

    S(T('''
    please send the deposit to my Revolut: ⟦ib⟧ (Lithuanian IBAN, it's normal) and my UK account for the rest: sort code ⟦sc⟧, account ⟦acc⟧'''),
      ib=I('LT', 'run'), sc=A('sort-code', f'{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}'), acc=A('account-number', rs(DIG, 8)))

    S(T('''
    Wire instructions (USD):
    Beneficiary: Tekton Systems Inc
    ABA routing: ⟦aba⟧
    Account: ⟦acc⟧
    For EUR payments use our Irish account ⟦ib⟧'''), aba=A('aba-routing', '0' + rs(DIG, 8)), acc=A('account-number', rs(DIG, 10)), ib=I('IE', 'grp'))

    S(T('''
    Gentile cliente, per il rimborso ci serve l'IBAN completo. Lei ci ha scritto ⟦ib⟧ – confermi che è intestato a lei?'''),
      ib=I('IT', 'lgrp'))

    S(T('''
    :20:⟦ref⟧
    :23B:CRED
    :32A:250512EUR18400,00
    :50K:/⟦ib1⟧
    NORDLICHT ENERGIE GMBH
    :57A:DNBANOKKXXX
    :59:/⟦ib2⟧
    FJORDBYTE AS
    :71A:SHA'''), ref=rs(UP + DIG, 16), ib1=I('DE', 'run'), ib2=I('NO', 'run'))

    S(T('''
    Betaalgegevens: IBAN ⟦ib⟧ t.n.v. Fleur de Jong. Graag vóór ⟦d⟧ overmaken.'''), ib=I('NL', 'grp'), d=ndate('dmy-'))

    S(T('''
    Zahlungsempfänger: Kairos Clinic (Athen) – IBAN ⟦gr⟧'''), gr=I('GR', 'grp'))

    S(T('''
    Dane do przelewu: ⟦pl⟧
    Tytułem: faktura FV/⟦inv⟧/2025'''), pl=I('PL', 'grp'), inv=rs(DIG, 3))

    S(T('''
    iban from the vendor master that failed import (lowercase + no spaces, can you normalise?):
    ⟦a⟧'''), a=I('AT', 'lrun'))

    S(T('''
    Bankovní spojení: ⟦cz⟧ (Fio banka)'''), cz=I('CZ', 'grp'))

    S(T('''
    Nordic & Baltic subsidiaries – payroll accounts
    SE: ⟦se⟧
    FI: ⟦fi⟧
    EE: ⟦ee⟧'''), se=I('SE', 'grp'), fi=I('FI', 'grp'), ee=I('EE', 'grp'))

    S(T('''
    For Gulf suppliers: Qatar ⟦qa⟧ · Saudi: ask procurement'''),
      qa=I('QA', 'grp'))

    S(T('''
    Hesap bilgileri: ⟦tr⟧ (Ziraat). Pix (Brasil): chave e-mail ⟦e⟧.'''),
      tr=I('TR', 'grp'), e=E(person('pt'), corp=False))

    S(T('''
    Payment to our Belgian entity: ⟦be⟧ (KBC, BIC ⟦bic⟧).'''),
      be=I('BE', 'grp'), bic=A('bic', 'KREDBEBB'))


def gift_card():
    b = '6' + rs(DIG, 15)
    b = break_luhn(b[:-1] + luhn_digit(b[:-1]))
    return group_card(b, ' ')


def mc2():
    b = str(R.randint(2221, 2720)) + rs(DIG, 11)
    return b + luhn_digit(b)


def fam_card_payments():
    family('card_payments')
    S(T('''
    Card number: ⟦c⟧
    Expiry: 07/28   CVV: ⟦cvv⟧
    Name on card: OLIVER THOMPSON'''), c=C('visa', ' ', 16), cvv=rs(DIG, 3))

    S(T('''
    pls update the company Amex on the AWS account: ⟦c⟧, exp 11/27, CID ⟦cid⟧. The old one (⟦m⟧) was cancelled.'''),
      c=C('amex', ' '), cid=rs(DIG, 4), m=A('masked-card', '3782 ****** ' + rs(DIG, 5)))

    S(T('''
    Номер карты: ⟦c⟧
    Срок действия: 09/27
    Платёжная система: Мир'''), c=C('mir', ' '))

    S(T('''
    Cartão: ⟦c⟧ (Elo) validade 02/29 — e o Hipercard da empresa: ⟦c2⟧'''), c=C('elo', ' '), c2=C('hipercard', ''))

    S(T('''
    卡号：⟦c⟧ 有效期：08/27（银联）'''), c=C('unionpay', ''))

    S(T('''
    Stripe test mode cheatsheet: ⟦t1⟧ (Visa, succeeds), ⟦t2⟧ (Mastercard), ⟦t3⟧ (declined). Use any future date and any CVC.'''),
      t1=A('test-card', '4242 4242 4242 4242'), t2=A('test-card', '5555 5555 5555 4444'), t3=A('test-card', '4000 0000 0000 0002'))

    S(T('''
    Kartennummer ⟦c⟧ (Maestro), gültig bis 05/26.'''), c=C('maestro', ' ', 19))

    S(T('''
    Discover ⟦c1⟧ / Diners ⟦c2⟧ - which of these will a Japanese ryokan accept?'''),
      c1=C('discover', '-', 16), c2=C('diners', '-'))

    S(T('''
    RuPay card: ⟦c⟧, valid thru 12/29. Troy kartım: ⟦c2⟧.'''), c=C('rupay', ' '), c2=C('troy', ' '))

    S(T('''
    Dankort ⟦c⟧ udløber 06/27. Mastercard (ny serie): ⟦c2⟧'''),
      c=C('dankort', ' '), c2=L('card', group_card(mc2(), ' ')))

    S(T('''
    Receipt
    VISA CREDIT ⟦m⟧
    AID: A0000000031010
    PAN SEQ: 01   AUTH CODE: ⟦ac⟧
    BIN ⟦bin⟧ · contactless'''), m=A('masked-card', '************' + rs(DIG, 4)),
      ac=rs(UP + DIG, 6), bin=A('bin', '4' + rs(DIG, 5)))

    S(T('''
    i keep getting "invalid card" for ⟦c⟧, is that even a valid number? Verve says 19 digits is normal.'''),
      c=C('verve', ' ', 19))

    S(T('''
    Gift card: ⟦g⟧  PIN: ⟦pin⟧  (balance $50) — and the hotel charged my Visa ending ⟦l4⟧'''),
      g=A('gift-card', gift_card()), pin=A('pin', rs(DIG, 4)), l4=A('last4', rs(DIG, 4)))


# ==========================================================================
# families: dates of birth
# ==========================================================================
def fam_dob_multilingual():
    family('dob_multilingual')
    S(T('''
    PATIENT REGISTRATION
    Surname: Pemberton        Forename(s): Imogen Clare
    Date of birth (DD/MM/YYYY): ⟦d⟧      Today's date: ⟦t⟧
    NHS number (if known): ⟦nhs⟧'''), d=DOB('dmy/'), t=ndate('dmy/'), nhs=A('nhs-number', f'{rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 4)}'))

    S(T('''
    Hi! I'm applying for a library card for my daughter. She just started kindergarten on ⟦t⟧ and her birthday party is on ⟦t2⟧. Do I need her birth certificate?'''),
      t=ndate('en_us', 2024, 2025), t2=ndate('en_us', 2025, 2026))

    S(T('''
    Antrag auf Ausstellung eines Führerscheins
    Familienname: Krüger   Vorname: Jürgen
    Geburtsdatum: ⟦d⟧   Geburtsort: Bremen'''), d=DOB('de'))

    S(T('''
    Je soussigné Bastien Rousseau, né le ⟦d⟧ à Clermont-Ferrand, atteste sur l'honneur que les informations ci-dessus sont exactes. Fait à Lyon, le ⟦t⟧.'''),
      d=DOB('fr'), t=fdate(rdate(2019, 2025), 'fr'))

    S(T('''
    SOLICITUD DE ALTA
    Nombre: Nuria Castro Ibáñez
    Fecha de nacimiento: ⟦d⟧
    Nacionalidad: española'''), d=DOB('es'))

    S(T('''
    Il sottoscritto Lorenzo Greco, nato a Bari il ⟦d⟧, residente in via Sparano 14, chiede il rinnovo della carta d'identità scaduta il ⟦t⟧.'''),
      d=DOB('it'), t=fdate(rdate(2019, 2025), 'dmy/'))

    S(T('''
    Nome completo: Thiago Almeida
    Data de nascimento: ⟦d⟧
    Naturalidade: Recife/PE'''), d=DOB('pt'))

    S(T('''
    Geboortedatum: ⟦d⟧ · Geboorteplaats: Utrecht'''), d=DOB('nl'))

    S(T('''
    Imię i nazwisko: Agnieszka Zielińska, urodzona ⟦d⟧ w Gdańsku.'''), d=DOB('pl'))

    S(T('''
    Personuppgifter
    Namn: Ingrid Bergström
    Födelsedatum: ⟦d⟧'''), d=DOB('sv'))

    S(T('''
    Vi holder fødselsdagsfest for Lars den ⟦t⟧ kl. 18 – husk gave! Han bliver 40.'''), t=ndate('da'))

    S(T('''
    Søknaden mottatt ⟦t⟧. Behandlingstid ca. 6 uker.'''), t=ndate('dmy.'))

    S(T('''
    Hakemus saapunut: ⟦t⟧
    Päätös annettu: ⟦t2⟧'''), t=ndate('d.m.yy'), t2=ndate('fi'))

    S(T('''
    Jméno: Tomáš Dvořák, datum narození: ⟦d⟧, trvalé bydliště Brno.'''), d=DOB('cs'))

    S(T('''
    Név: Kovács Eszter · Születési idő: ⟦d⟧ · Anyja neve: Nagy Mária'''), d=DOB('hu'))

    S(T('''
    Data emiterii: ⟦t⟧, valabil până la ⟦t2⟧.'''), t=ndate('dmy.'), t2=ndate('ro', 2027, 2033))

    S(T('''
    Ad Soyad: Zeynep Arslan
    Doğum Tarihi: ⟦d⟧
    Doğum Yeri: İzmir'''), d=DOB('tr'))

    S(T('''
    Фамилия, имя: Смирнов Дмитрий
    Дата рождения: ⟦d⟧
    Место рождения: г. Казань'''), d=DOB('ru'))

    S(T('''
    Я, Коваленко Олена, ⟦d⟧ року народження, прошу надати відпустку з ⟦t⟧.'''), d=L('dob', fdate(rdate(), 'uk').replace(' р.', '')), t=fdate(rdate(2019, 2025), 'dmy.'))

    S(T('''
    Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος
    Ημερομηνία γέννησης: ⟦d⟧'''), d=DOB('el'))

    S(T('''
    Tanggal pendaftaran: ⟦t⟧, berlaku sampai ⟦t2⟧.'''), t=ndate('id'), t2=ndate('id', 2027, 2030))

    S(T('''
    الاسم: ليلى حداد
    تاريخ الميلاد: ⟦d⟧
    تاريخ التقديم: ⟦t⟧'''), d=DOB('ar_digits'), t=A('date', fdate(rdate(2024, 2025), 'ar')))

    S(T('''
    תאריך הגשה: ⟦t⟧ · יום הולדת שמח לנועה! 🎉'''), t=ndate('dmy.'))

    S(T('''
    नाम: अर्जुन मेहता
    जन्म तिथि: ⟦d⟧'''), d=DOB('hi'))

    S(T('''
    ชื่อ-สกุล: สมชาย ใจดี
    วันเกิด: ⟦d⟧
    วันที่ออกบัตร: ⟦t⟧'''), d=DOB('th'), t=A('date', fdate(rdate(2023, 2025), 'th')))

    S(T('''
    Họ và tên: Nguyễn Văn An, sinh ⟦d⟧ tại Hà Nội.'''), d=DOB('vi'))

    S(T('''
    氏名：山本 健二
    生年月日：⟦d⟧
    入社日：⟦t⟧'''), d=DOB('ja_era'), t=fdate(rdate(2019, 2025), 'ja'))

    d = rdate(1985, 2000)
    age = 2025 - d.year - ((d.month, d.day) > (4, 1))
    S(T('''
    履歴書
    氏名 佐藤 葵
    生年月日 ⟦d⟧生（満⟦age⟧歳）
    2025年4月1日現在'''), d=L('dob', fdate(d, 'ja')), age=str(age))

    S(T('''
    姓名：王芳
    出生日期：⟦d⟧'''), d=DOB('zh'))

    S(T('''
    申請人：陳怡君　申請日期：⟦t⟧'''), t=A('date', f'民國{R.randint(112, 114)}年{R.randint(1, 12)}月{R.randint(1, 28)}日'))

    S(T('''
    성명: 박지호
    생년월일: ⟦d⟧'''), d=DOB('ko'))

    S(T('''
    Datum izdavanja: ⟦t⟧'''), t=ndate('hr'))

    S(T('''
    Data de la sol·licitud: ⟦t⟧'''), t=ndate('ca'))

    S(T('''
    نام: سارا احمدی — تاریخ تولد (میلادی): ⟦d⟧'''), d=DOB('fa_digits'))

    S(T('''
    DOB ⟦d⟧ · DOD ⟦dd⟧ · Interred ⟦t⟧, Glasnevin Cemetery (family history notes)'''),
      d=DOB('en3c', 1890 + 30, 1935), dd=A('date', fdate((dod := rdate(1990, 2015)), 'en3c')),
      t=fdate(dod + datetime.timedelta(days=R.randint(4, 9)), 'en3c'))


def fam_records_json():
    family('records_json')
    S(T('''
    {
      "id": "⟦id⟧",
      "givenName": "Beatriz",
      "familyName": "Carvalho",
      "birthDate": "⟦d⟧",
      "email": "⟦e⟧",
      "createdAt": "2024-02-11T08:12:44.120Z"
    }'''), id=uuid(), d=DOB('iso'), e=E(Person('pt', 'Beatriz', 'Carvalho')))

    S(T('''
    {"nom": "Fontaine", "prenom": "Solène", "date_naissance": "⟦d⟧", "date_inscription": "⟦t⟧"}'''),
      d=DOB('dmy/'), t=fdate(rdate(2019, 2025), 'dmy/'))

    S(T('''
    - nombre: Diego Jiménez
      fecha_nac: ⟦d⟧
      fecha_alta: ⟦t⟧
      movil: "⟦p⟧"'''), d=DOB('iso'), t=fdate(rdate(2019, 2025), 'iso'), p=P('ES', 'nat'))

    S(T('''
    {"Personalnummer": 4⟦pn⟧, "Eintrittsdatum": "⟦t⟧", "Steuer-ID": "⟦tid⟧"}'''),
      pn=rs(DIG, 4), t=ndate('dmy.'), tid=A('tax-id', rs(DIG, 11)))

    S(T('''
    {"codice_fiscale": "⟦cf⟧", "luogo_nascita": "Torino", "email": "⟦e⟧"}'''),
      cf=A('tax-id', rs(UP, 6) + rs(DIG, 2) + pick(UP) + rs(DIG, 2) + pick(UP) + rs(DIG, 3) + pick(UP)), e=E(person('it')))

    S(T('''
    {"dataNascimento": "⟦d⟧", "cep": "⟦cep⟧"}'''),
      d=DOB('dmy/'), cep=f'{rs(DIG, 5)}-{rs(DIG, 3)}')

    d = rdate(1970, 2000)
    ms = int(datetime.datetime(d.year, d.month, d.day, tzinfo=datetime.timezone.utc).timestamp() * 1000)
    S(T('''
    {"userId": ⟦u⟧, "bday": ⟦d⟧, "lastLogin": ⟦ll⟧, "locale": "en_GB"}'''),
      u=rs(DIG, 8), d=L('dob', str(ms)), ll=A('timestamp', str(R.randint(1_740_000_000_000, 1_760_000_000_000))))

    S(T('''
    {"入社日": "⟦t⟧", "部署": "営業部"}'''), t=ndate('ymd/'))

    S(T('''
    {"fodselsdato": "⟦d⟧", "kommune": "Bergen"}'''), d=DOB('dmy.'))

    S(T('''
    {"event": "signup", "dob_verified": false, "birth_year_bucket": "1980-1989", "expiry_date": "⟦e⟧", "issue_date": "⟦i⟧", "anniversary": "⟦a⟧"}'''),
      e=ndate('iso', 2027, 2033), i=ndate('iso', 2017, 2023), a=ndate('iso', 2000, 2020))


# ==========================================================================
# families: credentials
# ==========================================================================
def fam_config_files():
    family('config_files')
    S(T('''
    APP_NAME=Fieldnotes
    APP_ENV=production
    APP_DEBUG=false
    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_DATABASE=fieldnotes
    DB_USERNAME=fieldnotes
    DB_PASSWORD=⟦db⟧
    MAIL_MAILER=smtp
    STRIPE_KEY=⟦pk⟧'''), db=SEC(password('random')),
      pk=A('publishable-key', 'pk_live_51' + rs(ALNUM, 96)))

    S(T('''
    [default]
    aws_access_key_id = ⟦a1⟧
    aws_secret_access_key = ⟦s1⟧
    region = eu-west-1
    role_arn = ⟦arn⟧'''), a1=K('aws_akid'), s1=K('aws_secret'),
      arn=A('arn', f'arn:aws:iam::{aws_account()}:role/OrganizationAccountAccessRole'))

    S(T('''
    spring.datasource.url=jdbc:postgresql://pg.internal:5432/orders
    spring.datasource.username=orders
    spring.datasource.password=⟦p⟧
    spring.mail.host=smtp.office365.com
    spring.mail.username=⟦u⟧
    management.endpoints.web.exposure.include=health,info'''),
      p=SEC(password('human2')), u=L('email', 'noreply@greyhound-freight.ca'))

    S(T('''
    SECRET_KEY = "django-insecure-⟦sk⟧"
    DEBUG = False
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "⟦ph⟧")'''),
      sk=SEC(rs(LO + DIG + '!@#$%^&*(-_=+)', 50)), ph=A('placeholder-secret', 'changeme'))

    S(T('''
    {
      "ConnectionStrings": {
        "Storage": "DefaultEndpointsProtocol=https;AccountName=stfieldnotes;AccountKey=⟦ak⟧;EndpointSuffix=core.windows.net"
      },
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": "⟦tid⟧",
        "ClientId": "⟦cid⟧"
      }
    }'''), ak=K('azure_storage'), tid=A('uuid', uuid()), cid=uuid())

    S(T('''
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: app
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
      minio:
        image: minio/minio
        environment:
          MINIO_ROOT_USER: admin
          MINIO_ROOT_PASSWORD: ⟦ref⟧'''), ref=A('env-ref', '${MINIO_ROOT_PASSWORD:?set me}'))

    S(T('''
    # ~/.pypirc
    [distutils]
    index-servers = pypi

    [pypi]
    username = __token__
    password = ⟦t⟧'''), t=K('pypi'))

    S(T('''
    define( 'DB_NAME', 'wp_harbourline' );
    define( 'DB_USER', 'wp_admin' );
    define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
    define( 'DB_HOST', 'localhost' );'''))

    S(T('''
    machine api.heroku.com
      login ⟦e⟧
      password ⟦t⟧'''), e=E(person('en'), corp=False), t=K('heroku'))

    S(T('''
    [r2]
    type = s3
    provider = Cloudflare
    secret_access_key = ⟦s⟧
    endpoint = https://⟦acc⟧.r2.cloudflarestorage.com'''), s=SEC(rs(HEX, 64)), acc=A('account-id', rs(HEX, 32)))

    S(T('''
    [bot]
    telegram_token = "⟦tg⟧"
    admin_chat_id = -100⟦cid⟧

    [llm]
    provider = "groq"
    model = "llama-3.1-70b-versatile"'''), tg=K('telegram'), cid=rs(DIG, 10))

    pk = pem_pkcs8()
    S(T('''
    {
      "type": "service_account",
      "project_id": "fieldnotes-prod",
      "private_key_id": "⟦kid⟧",
      "private_key": "⟦pk⟧\\n",
      "client_email": "⟦ce⟧",
      "token_uri": "https://oauth2.googleapis.com/token"
    }'''), kid=rs(HEX, 40), pk=SEC(pk.replace('\n', '\\n')), ce=A('service-account', 'uploader@fieldnotes-prod.iam.gserviceaccount.com'))

    S(T('''
    # Zugangsdaten für das Monitoring (nicht ins Wiki kopieren!)
    grafana:
      url: https://grafana.nordlicht-energie.de
      service_account_token: ⟦g⟧'''), g=K('grafana'))

    S(T('''
    # .env.example – copy to .env and fill in
    OPENAI_API_KEY=sk-...
    DATABASE_URL=postgres://user:password@localhost:5432/app
    SLACK_BOT_TOKEN=xoxb-your-token
    JWT_SECRET=⟦ph⟧
    SENTRY_DSN=⟦ref⟧'''), ph=A('placeholder-secret', '<generate with openssl rand -hex 32>'), ref=A('env-ref', '${SENTRY_DSN}'))

    S(T('''
    # ~/.config/rclone/rclone.conf was fine, but ~/.s3cfg still has the old Alibaba key:
    access_key = ⟦ak⟧
    secret_key = ⟦sk⟧
    host_base = oss-eu-central-1.aliyuncs.com'''), ak=K('alibaba'), sk=K('alibaba_secret'))


def fam_shell_history():
    family('shell_history')
    S(T('''
      501  ssh deploy@⟦ip⟧
      502  mysql -h db.internal -u root -p'⟦p1⟧' shop < dump.sql
      503  history | grep mysql'''), ip=IP(), p1=SEC(password('human')))

    S(T('''
    PS C:\\Users\\jwagner> $pw = ConvertTo-SecureString "⟦pw⟧" -AsPlainText -Force
    PS C:\\Users\\jwagner> New-LocalUser -Name "svc_backup" -Password $pw'''), pw=SEC(password('leet')))

    S(T('''
    $ psql "postgresql://reporting:⟦p⟧@db.clearwater-analytics.net:5432/analytics?sslmode=require" -c '\\dt'
    psql: error: connection to server at "db.clearwater-analytics.net", port 5432 failed: timeout expired'''),
      p=SEC(password('human2')))

    S(T('''
    docker run -d --name mongo -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD_FILE=/run/secrets/mongo mongo:7'''))

    S(T('''
    $ aws sts get-caller-identity --profile ci
    {
        "UserId": "⟦uid⟧",
        "Account": "⟦acct⟧",
        "Arn": "⟦arn⟧"
    }'''), uid=A('aws-user-id', 'AIDA' + rs(UP + '234567', 17)),
      acct=A('aws-account-id', (ac := aws_account())), arn=A('arn', f'arn:aws:iam::{ac}:user/ci'))

    S(T('''
    : 1714032112:0;openssl enc -aes-256-cbc -pbkdf2 -in secrets.tar -out secrets.tar.enc -pass pass:⟦p⟧
    : 1714032251:0;redis-cli -h cache.internal -a ⟦p3⟧ FLUSHALL'''),
      p=SEC(password('phrase')), p3=SEC(password('random')))

    S(T('''
    kubectl create secret generic smtp --from-literal=username=mailer --from-literal=password=⟦p2⟧'''),
      p2=SEC(password('human2')))

    S(T('''
    C:\\> net user backupadmin * /add
    Type a password for the user:
    C:\\> net localgroup administrators backupadmin /add'''))

    S(T('''
    $ export REPLICATE_API_TOKEN=⟦rp⟧
    $ export ANTHROPIC_API_KEY="${ANTHROPIC_API_KEY:-}"
    $ python finetune.py --push-to-hub'''), rp=K('replicate'))

    S(T('''
    $ gh auth status
    github.com
      ✓ Logged in to github.com account mcosta (keyring)
      - Active account: true
      - Git operations protocol: https
      - Token: gho_************************************
      - Token scopes: 'gist', 'read:org', 'repo', 'workflow'
    $ gh auth token
    ⟦t⟧'''), t=K('github_oauth'))


def fam_private_keys():
    family('private_keys')
    S(T('''
    here's the deploy key from the old server, can you tell me what format it is?

    ⟦k⟧'''), k=SEC(pem_openssh()))

    S(T('''
    ⟦k⟧
    ⟦c⟧'''), k=SEC(pem_rsa(short=True)), c=A('certificate', '-----BEGIN CERTIFICATE-----\n' + '\n'.join(rs(B64, 64) for _ in range(5)) + '\n' + rs(B64, 28) + '==\n-----END CERTIFICATE-----'))

    S(T('''
    openssl ec -in key.pem -text -noout fails with "unable to load Private Key". file contents:
    ⟦k⟧'''), k=SEC(pem_ec()))

    armor = '\n'.join(rs(B64, 64) for _ in range(8)) + '\n' + rs(B64, 40) + '\n=' + rs(B64, 4)
    S(T('''
    -----BEGIN PGP PUBLIC KEY BLOCK-----

    mDMEZ⟦pub⟧
    =⟦c1⟧
    -----END PGP PUBLIC KEY BLOCK-----
    ⟦k⟧'''), pub=A('public-key', rs(B64, 60)), c1=rs(B64, 4),
      k=SEC('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBG' + armor + '\n-----END PGP PRIVATE KEY BLOCK-----'))

    S(T('''
    PuTTY-User-Key-File-3: ssh-ed25519
    Encryption: none
    Comment: eddsa-key-20250112
    Public-Lines: 2
    ⟦pub⟧
    Private-Lines: 1
    ⟦priv⟧
    Private-MAC: ⟦mac⟧'''), pub=A('public-key', 'AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(B64, 39) + '\n' + rs(B64, 8)),
      priv=SEC('AAAAI' + rs(B64, 43)), mac=A('hash', sha(64)))

    S(T('''
    # created: 2025-03-02T10:11:55+01:00
    # public key: ⟦pub⟧
    ⟦k⟧'''), pub=A('age-recipient', 'age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)), k=K('age'))

    S(T('''
    Which of these two should I paste into GitHub's "Deploy keys" page?
    (a) ⟦pub⟧
    (b) -----BEGIN PUBLIC KEY-----
    ⟦p2⟧
    -----END PUBLIC KEY-----'''), pub=A('public-key', ssh_pub('ssh-rsa') + ' deploy@ci'), p2=A('public-key', '\n'.join(rs(B64, 64) for _ in range(3)) + '\n' + rs(B64, 20) + '=='))

    S(T('''
    const wallet = new ethers.Wallet("⟦k⟧", provider); // test wallet with real funds, oops'''), k=K('eth_privkey'))

    S(T('''
    PRIVATE KEY (PKCS#8, pasted from Vault UI):
    ⟦k⟧'''), k=SEC(pem_pkcs8()))


def fam_webhooks_connstrings():
    family('webhooks_connstrings')
    S(T('''
    Slack alerting is wired via an incoming webhook: ⟦w⟧ – channel #prod-alerts.'''), w=K('slack_webhook'))

    S(T('''
    curl -H "Content-Type: application/json" -d '{"content":"deploy finished ✅"}' ⟦w⟧'''), w=K('discord_webhook'))

    S(T('''
    $body = @{ text = "Backup failed on $env:COMPUTERNAME" } | ConvertTo-Json
    Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $body -Uri "⟦w⟧"'''), w=K('teams_webhook'))

    S(T('''
    MONGO_URL=mongodb+srv://app:⟦p1⟧@prod.x7k2q.mongodb.net/app?retryWrites=true
    RABBIT_URL=amqps://worker:⟦p2⟧@rabbit.internal:5671/%2F'''),
      p1=SEC(password('random')), p2=SEC(password('human2')))

    S(T('''
    jdbc:sqlserver://sql01.polarsoft.se:1433;databaseName=Lon;user=lonsvc;password=⟦p⟧;encrypt=true;trustServerCertificate=false'''),
      p=SEC(password('random')))

    S(T('''
    Endpoint=sb://fieldnotes-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦k⟧'''),
      k=SEC(b64(rbytes(32))))

    S(T('''
    Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql-report.polarsoft.se,1433;Authentication=ActiveDirectoryMsi;Encrypt=yes;'''))

    S(T('''
    snowflake://etl_user:⟦p⟧@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=ETL_WH&role=TRANSFORMER'''),
      p=SEC(urllib.parse.quote(password('random'), safe='')))

    S(T('''
    Sentry DSN for the browser bundle (public by design): https://⟦k⟧@o⟦o⟧.ingest.sentry.io/⟦p⟧
    Sentry auth token for source-map upload (secret): ⟦t⟧'''),
      k=A('sentry-public-key', rs(HEX, 32)), o=str(R.randint(10 ** 5, 10 ** 6)), p=str(R.randint(10 ** 6, 10 ** 7)), t=K('sentry_auth'))

    S(T('''
    Our Redis Cloud connection string goes in the Vercel env settings, not in the repo – the password part must never be committed.'''))


def fam_passwords_prose():
    family('passwords_prose')
    S(T('''
    The guest wifi is "Harbour-Guest" and the password is ⟦p⟧ – it changes every Monday.'''), p=SEC(password('human')))

    S(T('''
    Das Passwort für den Router ist ⟦p⟧, der Benutzername einfach admin.'''), p=SEC(password('human2')))

    S(T('''
    Le mot de passe du compte Netflix familial : ⟦p⟧ (ne le change pas stp 🙏)'''), p=SEC(password('human')))

    S(T('''
    La contraseña del portal de proveedores es ⟦p⟧ y el usuario es el CIF de la empresa.'''), p=SEC(password('random')))

    S(T('''
    A senha do Wi-Fi da casa de praia é ⟦p⟧, tá no verso da caixa também.'''), p=SEC(password('phrase')))

    S(T('''
    La password di root sul NAS è ⟦p⟧, poi la cambio.'''), p=SEC(password('leet')))

    S(T('''
    Het wachtwoord van de gedeelde mailbox heb ik gisteren gewijzigd; je krijgt het nieuwe via Bitwarden.'''))

    S(T('''
    Hasło do konta firmowego na Allegro: ⟦p⟧ – login to nasz adres biurowy.'''), p=SEC(password('human2')))

    S(T('''
    Lösenordet till styrelsens Dropbox har bytts – fråga Maja, det står inte här av säkerhetsskäl.'''))

    S(T('''
    社内VPNのパスワードは ⟦p⟧ です。ユーザー名は社員番号です。'''), p=SEC(password('random')))

    S(T('''
    服务器root密码是 ⟦p⟧，别外传。'''), p=SEC(password('human')))

    S(T('''
    공유 계정 비밀번호는 ⟦p⟧ 입니다.'''), p=SEC(password('leet')))

    S(T('''
    Пароль от админки: ⟦p⟧, логин admin.'''), p=SEC(password('human2')))

    S(T('''
    Muhasebe programının şifresini değiştirdim, yenisini yüz yüze söylerim.'''))

    S(T('''
    my bank PIN is not something I'd share, but my online banking password is ⟦p⟧ – can you tell me if that's strong enough?'''),
      p=SEC(password('human')))

    S(T('''
    user: can you generate a strong password for my email?
    assistant: Sure – here's one: ⟦p⟧. Store it in a password manager rather than reusing it.'''), p=SEC(rs(ALNUM + '!#%&*+-=?@^_', 20)))

    S(T('''
    Recovery code for GitHub (keep safe, the other 15 are in the safe): ⟦c1⟧'''), c1=SEC(f'{rs(HEX, 5)}-{rs(HEX, 5)}'))

    S(T('''
    TOTP seed for the shared ops account: ⟦s⟧ (scan as text in the authenticator app)'''), s=SEC(rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)))

    S(T('''
    Salasana on ⟦p⟧ ja käyttäjätunnus sama kuin ennen.'''), p=SEC(password('human')))


def fam_code_review():
    family('code_review')
    S(T('''
    Can you review this? It works locally.

    ```python
    import requests

    API_KEY = "⟦k⟧"
    resp = requests.get("https://api.mistral.ai/v1/models", headers={"Authorization": f"Bearer {API_KEY}"})
    print(resp.json())
    ```'''), k=K('mistral'))

    S(T('''
    ```js
    // test/fixtures/users.js
    module.exports = [
      { email: "⟦e1⟧", password: "⟦p1⟧" },
      { email: "⟦e2⟧", card: "⟦c⟧" },
    ];
    ```
    these are just fixtures so it's fine to commit, right?'''),
      e1=A('placeholder-email', 'alice@example.com'), p1=A('placeholder-secret', 'password123'), e2=A('placeholder-email', 'bob@example.org'),
      c=A('test-card', '4111 1111 1111 1111'))

    S(T('''
    diff --git a/src/notify/sms.go b/src/notify/sms.go
    @@ -12,8 +12,8 @@ import (
     const (
    -	twilioSID   = "⟦sid⟧"
    -	twilioToken = "⟦tok⟧"
    +	twilioSID   = os.Getenv("TWILIO_ACCOUNT_SID")
    +	twilioToken = os.Getenv("TWILIO_AUTH_TOKEN")
     )'''), sid=A('twilio-sid', 'AC' + rs(HEX, 32)), tok=K('twilio_token'))

    S(T('''
    Traceback (most recent call last):
      File "/app/worker.py", line 88, in send_invoice
        smtp.login(cfg.user, cfg.password)
      File "/usr/lib/python3.12/smtplib.py", line 750, in login
        raise last_exception
    smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials ⟦id⟧ - gsmtp')
    cfg = Config(user='⟦u⟧', password='⟦p⟧')'''),
      id=rs(ALNUM, 20), u=E(person('en'), domain='gmail.com'), p=SEC(rs(LO, 16)))

    S(T('''
    ```ruby
    Shopify::Session.new(domain: "cobaltrail-store.myshopify.com", token: "⟦t⟧", api_version: "2025-01")
    ```'''), t=K('shopify'))

    S(T('''
    ```yaml
    # .github/workflows/deploy.yml
    env:
      DIGITALOCEAN_ACCESS_TOKEN: ⟦do⟧
      LINEAR_API_KEY: ${{ secrets.LINEAR_API_KEY }}
    ```
    why does the linter complain about line 3 but not line 4?'''), do=K('digitalocean'))

    S(T('''
    ```php
    $client = new \\GuzzleHttp\\Client(['base_uri' => 'https://api.sendgrid.com/v3/']);
    $client->post('mail/send', ['headers' => ['Authorization' => 'Bearer ' . getenv('SENDGRID_API_KEY')], 'json' => $payload]);
    ```
    is reading the key from the environment enough, or should it come from a secrets manager?'''))

    S(T('''
    ```kotlin
    object Secrets {
        const val POSTMAN = "⟦pm⟧"
        const val BUILD = "⟦b⟧"   // commit sha, not secret
    }
    ```'''), pm=K('postman'), b=A('git-sha', sha(40)))

    S(T('''
    ```go
    func TestParseJWT(t *testing.T) {
        // from jwt.io, public example
        tok := "⟦jt⟧"
        claims, err := Parse(tok)
        ...
    }
    ```'''), jt=A('doc-example-jwt', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'))

    S(T('''
    Review comment on PR #412: `okta_token = "⟦ok⟧"` in settings_local.py – please revoke in the Okta admin console and use the env var.'''),
      ok=K('okta'))


# ==========================================================================
# families: evasions
# ==========================================================================
DIGIT_WORDS = {
    'en': 'zero one two three four five six seven eight nine',
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun',
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf',
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'it': 'zero uno due tre quattro cinque sei sette otto nove',
    'pt': 'zero um dois três quatro cinco seis sete oito nove',
    'nl': 'nul een twee drie vier vijf zes zeven acht negen',
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
    'ru': 'ноль один два три четыре пять шесть семь восемь девять',
    'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz',
}
DIGIT_WORDS = {k: v.split() for k, v in DIGIT_WORDS.items()}
NATO = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike',
        'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu']
KANJI = '〇一二三四五六七八九'


def spell(s, lang='en', gsep=', ', wsep=' ', plus='plus', dot=None, nato=False, double=False):
    """Spell a value digit by digit; separators become gsep."""
    words = DIGIT_WORDS[lang]
    groups, cur = [], []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if double and i + 1 < len(s) and s[i + 1] == c and (i + 2 >= len(s) or s[i + 2] != c):
                cur.append('double ' + words[int(c)])
                i += 2
                continue
            cur.append(words[int(c)])
        elif c.isalpha():
            cur.append(NATO[ord(c.upper()) - 65] if nato else c)
        elif c == '+':
            cur.append(plus)
        elif c == '.' and dot:
            if cur:
                groups.append(wsep.join(cur))
            groups.append(dot)
            cur = []
        else:
            if cur:
                groups.append(wsep.join(cur))
            cur = []
        i += 1
    if cur:
        groups.append(wsep.join(cur))
    out = ''
    for g in groups:
        if not out:
            out = g
        elif dot and (g == dot or out.endswith(dot)):
            out += ' ' + g
        else:
            out += gsep + g
    return out


def fam_evasion_spelled():
    family('evasion_spelled')
    S(T('''
    can't type numbers on this keyboard lol, call me at ⟦p⟧ after 6'''), p=L('phone', spell(phone('US', 'nat'), 'en', double=True)))

    S(T('''
    Meine Handynummer (bitte nicht weitergeben): ⟦p⟧'''), p=L('phone', spell(phone('DE', 'nat'), 'de')))

    S(T('''
    Rappelle-moi au ⟦p⟧, c'est mon nouveau portable.'''), p=L('phone', spell(phone('FR', 'nat', 0), 'fr', gsep=' - ')))

    S(T('''
    Te paso el número de la tarjeta por aquí para que no lo detecte el filtro: ⟦c⟧. Caduca en 10/27.'''),
      c=L('card', spell(card('visa', ' ', 16), 'es')))



    S(T('''
    for the background check form: my social is ⟦s⟧'''), s=L('ssn', spell(ssn('dash'), 'en', wsep='-')))

    S(T('''
    Reading my NI number over the phone: ⟦n⟧'''), n=L('nino', spell(nino('run'), 'en', nato=True)))

    S(T('''
    server IP for the whitelist, spelled out because the chat eats links: ⟦ip⟧'''), ip=L('ip', spell(ip4(), 'en', gsep=' ', dot='dot')))

    S(T('''
    Mój numer: ⟦p⟧, dzwoń po 17.'''), p=L('phone', spell(phone('PL', 'nat'), 'pl')))



    S(T('''
    我的手机号是⟦p⟧，加微信也行。'''), p=L('phone', ''.join(KANJI[int(c)] if c.isdigit() else '' for c in phone('CN', 'nat'))))

    S(T('''
    Мой номер: ⟦p⟧, звони вечером.'''), p=L('phone', spell(phone('RU', 'nat'), 'ru')))

    S(T('''
    Numara: ⟦p⟧ (WhatsApp'tan da yazabilirsin)'''), p=L('phone', spell(phone('TR', 'nat'), 'tr')))

    num = card('mastercard', ' ')
    g = num.split(' ')
    S(T('''
    I'll split it so the bot doesn't flag it: the first half is ⟦a⟧, and the second half is ⟦b⟧. Expiry twelve twenty-eight.'''),
      a=L('card', f'{g[0]} {g[1]}'), b=L('card', f'{g[2]} {g[3]}'))

    ph = phone('US', 'nat')
    dg = re.sub(r'\D', '', ph)[-10:]
    S(T('''
    area code ⟦a⟧, then ⟦b⟧, and the last four are ⟦c⟧'''), a=L('phone', dg[:3]), b=L('phone', dg[3:6]), c=L('phone', dg[6:]))

    k = sk_gen('stripe')
    S(T('''
    the key is long so I'll paste it in two messages. part 1: ⟦a⟧
    part 2: ⟦b⟧'''), a=L('secret', k[:52]), b=L('secret', k[52:]))

    ib = iban('PT')
    S(T('''
    O IBAN é ⟦a⟧ e depois ⟦b⟧ (dividi em dois para caber na mensagem).'''), a=L('iban', fmt_iban(ib[:12], 'grp')), b=L('iban', fmt_iban(ib[12:], 'grp')))


def fam_evasion_encoded():
    family('evasion_encoded')
    e = email(person('de'))
    S(T('''
    https://news.nordlicht-energie.de/unsubscribe?u=⟦e⟧&list=⟦l⟧'''), e=L('email', urllib.parse.quote(e, safe='')), l=A('hex-id', rs(HEX, 10)))

    e = email(person('en'))
    S(T('''
    What does this decode to? It was in a phishing link: ⟦e⟧'''), e=L('email', ''.join('%%%02X' % b for b in e.encode())))

    ee = email(person('fr'))
    S(T('''
    someone left this in the page source: <a href="mailto:⟦e1⟧">⟦e2⟧</a>'''),
      e1=L('email', ''.join(f'&#{ord(c)};' for c in ee)), e2=L('email', ee.replace('@', '&#64;').replace('.', '&#46;')))

    e = email(Person('it', 'Federica', 'Marino'))
    S(T('''
    {"contact": {"name": "Federica Marino", "email": "⟦e⟧", "phone": "⟦p⟧"}}'''),
      e=L('email', e.replace('@', '\\u0040').replace('.', '\\u002e')), p=L('phone', ''.join('\\u%04x' % ord(c) for c in phone('IT', 'intl'))))

    ib = fmt_iban(iban('DE'), 'grp')
    S(T('''
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: quoted-printable

    Hallo Herr Schr=C3=B6der,
    bitte =C3=BCberweisen Sie die Kaution auf folgendes Konto: ⟦ib⟧ (Spark=
    asse K=C3=B6ln-Bonn).
    Mit freundlichen Gr=C3=BC=C3=9Fen'''), ib=L('iban', ib[:19] + '=\n' + ib[19:]))

    S(T('''
    From: =?UTF-8?Q?J=C3=BCrgen_Kr=C3=BCger?= <⟦e⟧>
    Subject: =?UTF-8?B?⟦subj⟧?='''), e=L('email', 'j.krueger@' + pick(FREEMAIL['de'])), subj=A('base64-blob', b64('Rückruf wegen Vertrag')))

    S(T('''
    decode this base64 pls, a "customer" sent it: ⟦b⟧'''), b=L('email', b64(email(person('en')))))

    S(T('''
    GET /track?p=⟦b⟧&src=sms HTTP/1.1'''), b=L('phone', b64(phone('DE', 'intl'))))

    S(T('''
    {"username": "backup", "password": "⟦p⟧"}'''), p=L('secret', ''.join('\\u%04x' % ord(c) for c in password('human'))))

    ph = phone('GB', 'intl')
    S(T('''
    <td class="phone">⟦p⟧</td> – the newsletter template escapes everything, is that why the number shows like this in the source?'''),
      p=L('phone', ''.join(f'&#{ord(c)};' for c in ph)))

    S(T('''
    POST /oauth/token
    grant_type=authorization_code&client_id=⟦cid⟧&client_secret=⟦cs⟧&code=⟦code⟧'''),
      cid=A('oauth-client-id', rs(DIG, 12) + '-' + rs(LO + DIG, 32) + '.apps.googleusercontent.com'),
      cs=L('secret', urllib.parse.quote(sk_gen('google_client_secret') + '/+', safe='')), code=A('auth-code', '4%2F0' + rs(B64URL, 40)))

    e = email(person('es'))
    S(T('''
    redirect=https%3A%2F%2Fshop.example%2Fconfirm%3Femail%3D⟦e⟧'''), e=L('email', urllib.parse.quote(urllib.parse.quote(e, safe=''), safe='')))

    S(T('''
    Kontakt: ⟦e⟧ (IDN-Domain, im Mailprogramm als müller-fenster.de angezeigt)'''), e=L('email', 'info@xn--mller-fenster-jlb.de'))

    S(T('''
    "iban_b64": "⟦b⟧"'''), b=L('iban', b64(iban('SI'))))

    S(T('''
    Content-Transfer-Encoding: quoted-printable

    Mobil: ⟦p⟧ =E2=80=93 erreichbar ab 8 Uhr'''), p=L('phone', (lambda x: x[:9] + '=\n' + x[9:])(phone('DE', 'intl'))))


def fam_evasion_unicode():
    family('evasion_unicode')
    S(T('''
    رقمي الجديد ⟦p⟧ (واتساب)'''), p=L('phone', to_script(phone('AE', 'nat'), 'arab')))

    S(T('''
    شماره من ⟦p⟧ است، لطفاً پیامک بدهید.'''), p=L('phone', to_script(phone('IR', 'nat'), 'persian')))

    S(T('''
    मेरा नंबर ⟦p⟧ है, शाम को कॉल करें।'''), p=L('phone', to_script(phone('IN', 'nat'), 'deva')))

    S(T('''
    আমার নম্বর ⟦p⟧'''), p=L('phone', to_script(phone('BD', 'nat'), 'beng')))

    S(T('''
    เบอร์โทร ⟦p⟧ ค่ะ'''), p=L('phone', to_script(phone('TH', 'nat'), 'thai')))

    S(T('''
    カード番号：⟦c⟧'''), c=L('card', to_script(card('jcb', ' '), 'full')))

    S(T('''
    メール：⟦e⟧'''), e=L('email', ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in email(person('ja'), domain='docomo.ne.jp'))))

    e = email(person('en'))
    i = e.index('@')
    S(T('''
    contact: ⟦e⟧'''), e=L('email', e[:2] + '\u200b' + e[2:i] + '\u200b@\u200c' + e[i + 1:]))

    ib = fmt_iban(iban('FR'), 'grp')
    S(T('''
    IBAN : ⟦ib⟧'''), ib=L('iban', ib.replace(' ', '\u00ad ', 3)))

    S(T('''
    reversed so the spam filter doesn't catch it: ⟦e⟧'''), e=L('email', email(person('en'), corp=False)[::-1]))

    S(T('''
    token backwards (read right to left): ⟦k⟧'''), k=L('secret', sk_gen('github')[::-1]))

    S(T('''
    card: ⟦c1⟧ / backup card: ⟦c2⟧ / IBAN: ⟦ib⟧'''),
      c1=L('card', card('visa', '·', 16)), c2=L('card', card('mastercard', '_')), ib=L('iban', fmt_iban(iban('BE'), 'grp').replace(' ', '.')))

    S(T('''
    Tel.: ⟦p⟧'''), p=L('phone', phone('FR', 'intl').replace(' ', '\u00a0')))

    S(T('''
    SSN: ⟦s⟧ · NINO: ⟦n⟧'''), s=L('ssn', (lambda v: f'{v[:3]}.{v[3:5]}.{v[5:]}')(ssn('run'))),
      n=L('nino', fmt_nino(*nino_parts(), style='dash')))

    S(T('''
    טלפון: ⟦p⟧'''), p=L('phone', '\u200e' + phone('IL', 'intl').replace(' ', '\u200e ', 1)))

    S(T('''
    𝗺𝘆 𝗻𝘂𝗺𝗯𝗲𝗿: ⟦p⟧'''), p=L('phone', ''.join(chr(0x1D7EC + int(c)) if c.isdigit() else c for c in phone('GB', 'nat'))))

    e = email(person('de'))
    S(T('''
    E-Mail: ⟦e⟧'''), e=L('email', e.replace('@', '\u034f@\u2060')))

    S(T('''
    my card is ⟦c⟧ (typed on my phone with the fancy keyboard)'''), c=L('card', '\u2060'.join(card('visa', '', 16))))

    S(T('''
    IP: ⟦ip⟧ (defanged for the ticket)'''), ip=L('ip', ip4().replace('.', '[.]')))

    S(T('''
    hxxp://⟦ip⟧/payload.bin was contacted from the workstation'''), ip=L('ip', (lambda q: q[0] + '[.]' + q[1] + '(.)' + q[2] + '(.)' + q[3])(ip4().split('.'))))


def obf(e, at, dot, all_dots=True):
    loc, dom = e.split('@')
    if all_dots:
        loc = loc.replace('.', dot)
    return loc + at + dom.replace('.', dot)


def fam_evasion_email_obfuscation():
    family('evasion_email_obfuscation')
    S(T('''
    Contact: ⟦e⟧'''), e=L('email', obf(email(person('en')), ' [at] ', ' [dot] ')))

    S(T('''
    write me at ⟦e⟧ (no spam pls)'''), e=L('email', obf(email(person('en'), corp=False), ' at ', ' dot ')))

    S(T('''
    Impressum – Kontakt: ⟦e⟧'''), e=L('email', obf(email(person('de'), corp=True), ' (at) ', ' (punkt) ')))

    S(T('''
    Schreib mir: ⟦e⟧'''), e=L('email', obf(email(person('de')), '[ät]', '.', False)))

    S(T('''
    Pour me joindre : ⟦e⟧'''), e=L('email', obf(email(person('fr')), ' arobase ', ' point ')))

    S(T('''
    Escríbeme a ⟦e⟧'''), e=L('email', obf(email(person('es')), ' arroba ', ' punto ')))

    S(T('''
    Scrivimi: ⟦e⟧'''), e=L('email', obf(email(person('it')), ' chiocciola ', ' punto ')))

    S(T('''
    Пишите на ⟦e⟧'''), e=L('email', obf(email(person('ru'), domain='mail.ru'), ' собака ', ' точка ')))

    S(T('''
    Mój mail: ⟦e⟧'''), e=L('email', obf(email(person('pl')), ' małpa ', ' kropka ')))

    S(T('''
    Mail me op ⟦e⟧'''), e=L('email', obf(email(person('nl')), ' apenstaartje ', ' punt ')))

    S(T('''
    Maila mig på ⟦e⟧'''), e=L('email', obf(email(person('sv')), ' snabel-a ', ' punkt ')))

    S(T('''
    連絡先：⟦e⟧'''), e=L('email', obf(email(person('ja'), domain='yahoo.co.jp'), 'アットマーク', 'ドット')))



    S(T('''
    reach me: ⟦e⟧'''), e=L('email', obf(email(person('en'), corp=True), '{at}', '{dot}')))

    S(T('''
    CONTACT ⟦e⟧'''), e=L('email', obf(email(person('en')).upper(), ' AT ', ' DOT ')))



    ee = email(person('en'))
    S(T('''
    my email is ⟦e⟧'''), e=L('email', ' '.join(ee)))

    S(T('''
    Kontakt: ⟦e⟧ (zavináč = @)'''), e=L('email', obf('jana.dvorakova@seznam.cz', ' zavináč ', ' tečka ')))

    S(T('''
    Email: ⟦e⟧'''), e=L('email', obf('maria.papadopoulou@' + pick(['gmail.com', 'otenet.gr']), ' παπάκι ', ' τελεία ')))

    S(T('''
    Note: addresses like "name [at] example [dot] com" in our docs are placeholders, e.g. ⟦p⟧ – the real contact form is on the website.'''),
      p=A('placeholder-email', 'support [at] example [dot] org'))


# ==========================================================================
# families: look-alikes, broken checksums, hard negatives
# ==========================================================================
def luhn_make(body):
    return body + luhn_digit(body)


def rf_ref():
    ref = rs(DIG, R.randint(9, 15))
    return f'RF{98 - iban_num(ref + "RF00") % 97:02d}{ref}'


def isbn13():
    b = pick(['978', '979']) + rs(DIG, 9)
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b)) % 10) % 10
    s = b + str(c)
    return f'{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}'


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = pick([0, 1, 2, 3])
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return ''.join(map(str, dd))


def imei():
    s = luhn_make('35' + rs(DIG, 12))
    return f'{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}'


def siret():
    s = luhn_make(rs(DIG, 13))
    return f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}'


def sin_ca():
    s = luhn_make(pick('1234567') + rs(DIG, 7))
    return f'{s[:3]} {s[3:6]} {s[6:]}'


def fam_lookalike_identifiers():
    family('lookalike_identifiers')
    S(T('''
    In the AWS docs the example credentials are ⟦a⟧ / ⟦b⟧ – never real. Our account ID is ⟦acct⟧ and the role is ⟦arn⟧.'''),
      a=A('doc-example-key', 'AKIAIOSFODNN7EXAMPLE'), b=A('doc-example-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
      acct=A('aws-account-id', (ac := aws_account())), arn=A('arn', f'arn:aws:iam::{ac}:role/github-actions-deploy'))

    S(T('''
    $ docker inspect --format '{{.Id}} {{index .RepoDigests 0}}' api:latest
    sha256:⟦id⟧ ghcr.io/cobaltrail/api@sha256:⟦dg⟧'''), id=A('hash', sha(64)), dg=A('hash', sha(64)))

    S(T('''
    request_id=⟦u1⟧ trace_id=⟦t⟧ span_id=⟦s⟧ tenant=⟦u2⟧ user_id=⟦oid⟧'''),
      u1=A('uuid', uuid()), t=rs(HEX, 32), s=rs(HEX, 16), u2=uuid(), oid=rs(HEX, 24))

    S(T('''
    Stripe publishable key (safe in the frontend): ⟦pk⟧
    Google OAuth client ID (public): ⟦cid⟧
    Twilio Account SID (identifier, not a secret): ⟦sid⟧'''),
      pk=A('publishable-key', 'pk_live_51' + rs(ALNUM, 96)), cid=A('oauth-client-id', rs(DIG, 12) + '-' + rs(LO + DIG, 32) + '.apps.googleusercontent.com'),
      sid=A('twilio-sid', 'AC' + rs(HEX, 32)))

    S(T('''
    Form field placeholders: Email [⟦e⟧]  Phone [⟦p⟧]  Card [⟦c⟧]  SSN [⟦s⟧]  IBAN [⟦i⟧]'''),
      e=A('placeholder-email', 'you@example.com'), p=A('placeholder-phone', '+1 (202) 555-01' + rs(DIG, 2)),
      c=A('placeholder-card', '1234 5678 9012 3456'), s=A('placeholder-ssn', '123-45-6789'), i=A('doc-example-iban', 'DE89 3704 0044 0532 0130 00'))

    S(T('''
    The jwt.io default token is ⟦j⟧ – handy for testing parsers, it's signed with the string "your-256-bit-secret".'''),
      j=A('doc-example-jwt', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'))

    S(T('''
    Documentation ranges: use ⟦a⟧, ⟦b⟧ or ⟦c⟧ for IPv4 examples and ⟦d⟧ for IPv6. Public resolvers ⟦r1⟧ and ⟦r2⟧ are fine to mention.'''),
      a=A('doc-ip', '192.0.2.0/24'), b=A('doc-ip', '198.51.100.7'), c=A('doc-ip', '203.0.113.254'), d=A('doc-ip', '2001:db8::1'),
      r1=A('public-resolver', '1.1.1.1'), r2=A('public-resolver', '9.9.9.9'))

    S(T('''
    env:
      DB_PASSWORD: ${DB_PASSWORD}
      API_TOKEN: "{{ secrets.API_TOKEN }}"
      SLACK_WEBHOOK: ⟦r⟧
      SMTP_PASS: ⟦x⟧'''), r=A('env-ref', '$(cat /run/secrets/slack_webhook)'), x=A('masked', 'xxxxxxxxxxxx'))

    S(T('''
    ssh-keygen -lf ~/.ssh/id_ed25519.pub
    256 SHA256:⟦fp⟧ mcosta@laptop (ED25519)
    cat ~/.ssh/id_ed25519.pub
    ⟦pub⟧'''), fp=rs(B64, 43), pub=A('public-key', ssh_pub() + ' mcosta@laptop'))

    S(T('''
    Bank identifiers from the payment file – none of these are account numbers: BIC ⟦b1⟧, BIC ⟦b2⟧, sort code ⟦sc⟧, ABA ⟦ab⟧, creditor reference ⟦rf⟧.'''),
      b1=A('bic', 'DEUTDEFF'), b2='BARCGB22', sc=A('sort-code', f'{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}'), ab=A('aba-routing', aba()),
      rf=A('creditor-reference', rf_ref()))

    S(T('''
    DKIM record: v=DKIM1; k=rsa; p=⟦p⟧'''), p=A('public-key', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(B64, 150) + 'IDAQAB'))

    S(T('''
    git rev-parse HEAD → ⟦h⟧, tag v⟦v⟧ points to ⟦h2⟧. npm integrity sha512-⟦i⟧'''),
      h=A('git-sha', sha(40)), v='3.2.0', h2=sha(40), i=A('hash', rs(B64, 86) + '=='))

    S(T('''
    Masked in the CRM export: email ⟦e⟧, phone ⟦p⟧, card ⟦c⟧, SSN ⟦s⟧, IBAN ⟦i⟧'''),
      e=A('masked', 'j***@g****.com'), p=A('masked', '+44 ***** ***' + rs(DIG, 3)), c=A('masked-card', '5413 33** **** ' + rs(DIG, 4)),
      s=A('masked', 'XXX-XX-' + rs(DIG, 4)), i=A('masked', 'DE** **** **** **** **' + rs(DIG, 2) + ' ' + rs(DIG, 2)))

    S(T('''
    Slack IDs aren't secrets: team ⟦t⟧, channel ⟦c⟧, user ⟦u⟧, app ⟦a⟧. The signing secret lives in Vault.'''),
      t=A('object-id', 'T0' + rs(UP + DIG, 8)), c='C0' + rs(UP + DIG, 8), u=A('object-id', 'U0' + rs(UP + DIG, 8)),
      a='A0' + rs(UP + DIG, 8))

    S(T('''
    The UK HMRC example NI number ⟦n⟧ and the Social Security Administration's note that ⟦s⟧ was never valid (the "Woolworth wallet" SSN) come up in every training.'''),
      n=A('doc-example-nino', 'QQ 12 34 56 C'), s=A('doc-example-ssn', '078-05-1120'))

    S(T('''
    certificate serial ⟦sn⟧, SHA-1 thumbprint ⟦tp⟧, subject CN=api.quantaview.com, issuer R11'''),
      sn=':'.join(rs(HEX, 2) for _ in range(16)), tp=A('hash', sha(40).upper()))

    S(T('''
    Firebase project number ⟦pn⟧, app ID ⟦aid⟧, measurement ID ⟦mid⟧'''),
      pn=rs(DIG, 12), aid=A('object-id', f'1:{rs(DIG, 12)}:web:{rs(HEX, 22)}'), mid='G-' + rs(UP + DIG, 10))

    S(T('''
    test phone numbers for our QA: ⟦a⟧, ⟦b⟧ (fictional 555 range) and the UK drama range ⟦c⟧'''),
      a=A('placeholder-phone', '(202) 555-01' + rs(DIG, 2)), b=A('placeholder-phone', '+1-312-555-01' + rs(DIG, 2)), c=A('placeholder-phone', '07700 900' + rs(DIG, 3)))

    S(T('''
    Template: "Dear {{customer_name}}, your code {{otp}} expires in 10 minutes. Questions? {{support_email}}" – variables: ⟦v⟧'''),
      v=A('template-ref', '{{secret}}'))


def fam_lookalike_numbers():
    family('lookalike_numbers')
    S(T('''
    Windows 11 build ⟦b⟧, Office ⟦o⟧, Chrome ⟦c⟧, firmware ⟦f⟧'''),
      b=A('version', f'10.0.{R.randint(22000, 26100)}.{R.randint(1000, 4999)}'), o=f'16.0.{R.randint(10000, 18999)}.{R.randint(20000, 20999)}',
      c=A('version', f'{R.randint(120, 138)}.0.{R.randint(6000, 7200)}.{R.randint(50, 200)}'), f=A('version', f'{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 99)}'))

    S(T('''
    SNMP walk: ⟦o1⟧ = STRING: "edge-fra-1", ⟦o2⟧ = Timeticks: (123456700) 14 days'''),
      o1=A('oid', '1.3.6.1.2.1.1.5.0'), o2=A('oid', '1.3.6.1.2.1.1.3.0'))

    S(T('''
    subnet mask ⟦a⟧, wildcard ⟦b⟧, CIDR /20 = ⟦c⟧, default route via the gateway (private range, not shown)'''),
      a=A('netmask', '255.255.240.0'), b=A('netmask', '0.0.15.255'), c='255.255.240.0')

    S(T('''
    Your order ⟦o⟧ has shipped! Tracking: ⟦t⟧ (DHL). Invoice ⟦i⟧, customer no. ⟦k⟧.'''),
      o=A('order-number', f'{rs(DIG, 3)}-{rs(DIG, 7)}-{rs(DIG, 7)}'), t=A('tracking', f'JJD{rs(DIG, 18)}'), i=A('invoice-number', f'INV-{rs(DIG, 4)}-{rs(DIG, 5)}'),
      k=rs(DIG, 8))

    S(T('''
    Books to order: ISBN ⟦a⟧ and ISBN ⟦b⟧ (hardcover).'''), a=A('isbn', isbn13()), b=A('isbn', isbn13()))

    S(T('''
    Meet at ⟦lat⟧, ⟦lon⟧ (the north gate). Elevation 412 m.'''), lat=A('coordinate', f'{R.uniform(40, 55):.6f}'), lon=A('coordinate', f'{R.uniform(-5, 20):.6f}'))

    S(T('''
    created_at=⟦a⟧ updated_at=⟦b⟧ ttl=86400 epoch_ms=⟦c⟧'''),
      a=A('timestamp', str(R.randint(1_600_000_000, 1_760_000_000))), b=str(R.randint(1_600_000_000, 1_760_000_000)),
      c=A('timestamp', str(R.randint(1_600_000_000_000, 1_760_000_000_000))))

    S(T('''
    Replacement part: filter cartridge ⟦p1⟧, gasket ⟦p2⟧, valve ⟦p3⟧ – fits models 2019–2023.'''),
      p1=A('part-number', f'{rs(DIG, 3)}-{rs(DIG, 3)}-{rs(DIG, 4)}'), p2=A('part-number', f'{rs(DIG, 4)} {rs(DIG, 3)} {rs(DIG, 3)}'),
      p3=f'0{rs(DIG, 3)}-{rs(DIG, 6)}')

    S(T('''
    Device info: IMEI ⟦i⟧, serial ⟦s⟧, MAC ⟦m⟧'''), i=A('imei', imei()), s=rs(UP + DIG, 12), m=A('mac-address', ':'.join(rs(HEX, 2) for _ in range(6)).upper()))

    S(T('''
    Société Atelier Moreau – SIRET ⟦s⟧ – TVA ⟦t⟧ – RCS Lyon'''), s=A('siret', siret()), t=A('vat-id', 'FR' + rs(DIG, 11)))

    S(T('''
    Total: 1 234 567,89 EUR · Units: 4 512 300 · Ratio 3.14159 · Batch ⟦b⟧'''), b=A('batch', f'{rs(DIG, 4)}-{rs(DIG, 4)}-{rs(DIG, 4)}'))

    S(T('''
    CAS ⟦c⟧, UN ⟦u⟧, EC ⟦e⟧ – see SDS section 14.'''), c=A('cas-number', f'{R.randint(50, 99999)}-{rs(DIG, 2)}-{rs(DIG, 1)}'),
      u=rs(DIG, 4), e=f'{rs(DIG, 3)}-{rs(DIG, 3)}-{rs(DIG, 1)}')

    S(T('''
    Flight ⟦f⟧ departs ⟦d⟧ 07:45, gate B12, e-ticket ⟦t⟧.'''), f=pick(['LH', 'BA', 'AF', 'KL']) + str(R.randint(100, 2999)), d=ndate('iso'),
      t=A('ticket-number', f'{rs(DIG, 3)}-{rs(DIG, 10)}'))

    S(T('''
    Release notes ⟦v1⟧ → ⟦v2⟧: fixed crash on startup, bumped OpenSSL to ⟦v3⟧.'''),
      v1=A('version', '2.14.0.3'), v2=A('version', '2.14.1.0'), v3='3.0.15')

    S(T('''
    Canadian SIN format is three groups of three digits with a Luhn check; e.g. the tax slip shows ⟦s⟧ for the employee. (SIN isn't an SSN.)'''),
      s=A('sin', sin_ca()))

    S(T('''
    Meter reading ⟦m⟧ on ⟦d⟧; contract ⟦c⟧; MPAN ⟦mp⟧'''), m=f'{R.randint(10000, 99999)}.{rs(DIG, 1)}', d=ndate('dmy/'),
      c=rs(DIG, 10), mp=A('mpan', f'{rs(DIG, 2)} {rs(DIG, 4)} {rs(DIG, 4)} {rs(DIG, 3)}'))

    S(T('''
    Match report: 3–1 at 45+2′, attendance 48 212. Ticket ⟦t⟧, seat ⟦s⟧, valid ⟦d⟧.'''),
      t=A('ticket-number', f'{rs(DIG, 4)} {rs(DIG, 4)} {rs(DIG, 4)}'), s=f'Block {R.randint(100, 140)} / Row {R.randint(1, 40)} / Seat {R.randint(1, 30)}',
      d=ndate('dmy.'))

    S(T('''
    Swiss AHV number format is 756.XXXX.XXXX.XX; ours on the payslip reads ⟦a⟧. Dutch BSN on the letter: ⟦b⟧.'''),
      a=A('national-id', f'756.{rs(DIG, 4)}.{rs(DIG, 4)}.{rs(DIG, 2)}'), b=A('national-id', rs(DIG, 9)))

    S(T('''
    PO box ⟦pb⟧, ZIP ⟦z⟧-⟦z4⟧, building ⟦b⟧, room 4.12.3'''), pb=rs(DIG, 4), z=A('postal-code', rs(DIG, 5)), z4=A('postal-code', rs(DIG, 4)),
      b=f'{R.randint(1, 9)}.{R.randint(1, 9)}')

    S(T('''
    Legal refs: Regulation (EU) 2016/679, Art. 4(1); ISO/IEC 27001:2022 A.5.34; RFC 5322 §3.4.1; section 1.2.3.4 of the SOW.'''))

    S(T('''
    Kontoauszug vom ⟦d1⟧ bis ⟦d2⟧, Auszug Nr. ⟦n⟧, Mandatsreferenz ⟦m⟧, Gläubiger-ID ⟦g⟧'''),
      d1=A('date', fdate((ka := rdate(2024, 2025)), 'dmy.')), d2=A('date', fdate(ka + datetime.timedelta(days=R.randint(28, 31)), 'dmy.')),
      n=rs(DIG, 3), m=rs(UP + DIG, 14), g=A('creditor-id', 'DE98ZZZ0' + rs(DIG, 10)))

    S(T('''
    Passport no. ⟦p⟧ · Driving licence ⟦dl⟧ · Visa control no. ⟦v⟧'''),
      p=A('passport-number', rs(UP, 2) + rs(DIG, 7)), dl=A('licence-number', rs(UP, 5) + rs(DIG, 6) + rs(UP, 2) + rs(DIG, 1) + rs(UP, 2)),
      v=A('visa-number', rs(DIG, 8)))


def fam_invalid_checksums():
    family('invalid_checksums')
    S(T('''
    is this a real card number? ⟦c⟧ – the shop says it's invalid'''), c=A('luhn-fail', card_bad('visa', ' ')))

    S(T('''
    Kartennummer ⟦c⟧ wird abgelehnt („ungültige Kartennummer“). Tippfehler?'''), c=A('luhn-fail', card_bad('mastercard', '-')))

    S(T('''
    Amex ⟦c⟧ – the form won't accept it'''), c=A('luhn-fail', card_bad('amex', ' ')))

    S(T('''
    Validation log:
    card ⟦a⟧ -> LUHN_FAIL
    card ⟦b⟧ -> LUHN_FAIL
    card ⟦c⟧ -> LUHN_FAIL'''), a=A('luhn-fail', card_bad('discover', '')), b=A('luhn-fail', card_bad('jcb', '')), c=A('luhn-fail', card_bad('unionpay', '')))

    S(T('''
    Serial number of the router (on the sticker): ⟦s⟧'''), s=A('card-shaped-serial', gift_card().replace(' ', '')))

    S(T('''
    IBAN ⟦i⟧ – the bank says the check digits don't match. I think I mistyped one digit.'''), i=A('iban-badcheck', iban_bad('DE')))

    S(T('''
    Rejected by SEPA validation (MOD97): ⟦a⟧, ⟦b⟧'''), a=A('iban-badcheck', iban_bad('FR', 'run')), b=A('iban-badcheck', iban_bad('IT', 'run')))

    S(T('''
    L'IBAN ⟦i⟧ non viene accettato dall'home banking.'''), i=A('iban-badcheck', iban_bad('ES', 'grp')))

    S(T('''
    Data-quality report – invalid SSNs:
    ⟦a⟧ (area 000)
    ⟦b⟧ (area 666)
    ⟦c⟧ (area 9xx)
    ⟦d⟧ (group 00)
    ⟦e⟧ (serial 0000)'''), a=A('ssn-invalid', ssn_bad('area000')), b=A('ssn-invalid', ssn_bad('area666')), c=A('ssn-invalid', ssn_bad('area9')),
      d=A('ssn-invalid', ssn_bad('group00')), e=A('ssn-invalid', ssn_bad('serial0000')))

    S(T('''
    NI numbers that failed the HMRC format check: ⟦a⟧, ⟦b⟧, ⟦c⟧, ⟦d⟧'''),
      a=A('nino-invalid', nino_bad('first')), b=A('nino-invalid', nino_bad('second')), c=A('nino-invalid', nino_bad('prefix')), d=A('nino-invalid', nino_bad('suffix')))

    S(T('''
    Gift card ⟦g⟧ – balance check says "number not recognised".'''), g=A('gift-card', gift_card()))

    S(T('''
    The ITIN ⟦i⟧ and our EIN ⟦e⟧ go on the W-7 / W-9 – neither is an SSN.'''), i=A('itin', itin()), e=A('ein', ein()))

    S(T('''
    payment declined: card ⟦c⟧ failed Luhn (client-side). Customer retried with ⟦c2⟧ – also failed.'''),
      c=A('luhn-fail', card_bad('visa', '')), c2=A('luhn-fail', card_bad('maestro', ' ')))

    S(T('''
    Loyalty card no. ⟦l⟧ (not a payment card)'''), l=A('card-shaped-serial', gift_card().replace(' ', '-')))

    S(T('''
    NINO on the form: ⟦n⟧ – HMRC says suffix must be A–D.'''), n=A('nino-invalid', nino_bad('suffix', 'run')))

    S(T('''
    SSN ⟦s⟧ was flagged by E-Verify as "never issued" (group 00).'''), s=A('ssn-invalid', ssn_bad('group00')))

    S(T('''
    konto ⟦i⟧ – bank odrzuca, suma kontrolna się nie zgadza'''), i=A('iban-badcheck', iban_bad('PL', 'grp')))


def fam_hard_negatives():
    family('hard_negatives')
    for txt in [
        "What counts as personal data under GDPR? Is an IP address personal data, and what about a hashed email address?",
        "Write a regex that matches US Social Security numbers in the format three digits, dash, two digits, dash, four digits, but rejects area numbers 000, 666 and 900-999.",
        "How do I rotate an AWS access key without downtime? We have one key per service and they are stored in Secrets Manager.",
        "Our privacy policy says we keep phone numbers for 24 months. Can you rewrite the retention section in plain English?",
        "Explain how the Luhn algorithm works, step by step, and why it catches single-digit typos but not all transpositions.",
        "Can you explain the structure of an IBAN? Two letters for the country, two check digits, then the domestic account number – how are the check digits computed?",
        "Never send your password, PIN or one-time code to anyone, including our staff. We will never ask for them by phone or email.",
        "Is a date of birth alone enough to identify someone? What if it is combined with a postcode and gender?",
        "Draft a Slack message reminding the team not to paste API keys, tokens or customer data into public channels.",
        "What's the difference between an API key, an OAuth access token and a refresh token? When should each be rotated?",
        "Como faço para remover meu número de telefone de listas de telemarketing no Brasil?",
        "Wie lange darf ein Arbeitgeber die Steuer-ID und die Sozialversicherungsnummer nach dem Austritt speichern?",
        "¿Qué datos personales puede pedir un hotel al hacer el check-in en España?",
        "Quelles sont les obligations de la CNIL concernant la conservation des adresses IP dans les journaux ?",
        "Give me a checklist for a data protection impact assessment covering emails, phone numbers, payment cards and health data.",
        "Our DLP tool flags every 16-digit number as a credit card. How can we reduce false positives on order numbers and tracking codes?",
        "How should a password manager generate strong passwords? Length vs. character classes vs. passphrases.",
        "Summarise PCI DSS requirement 3: what may be stored after authorisation (PAN, expiry, name) and what never (CVV, PIN block)?",
        "The NI number format is two prefix letters, six digits and a suffix letter from A to D; temporary reference numbers start with TN and are not valid.",
        "How do I mask card numbers in logs so that only the first six and last four digits remain?",
        "Write a unit test that asserts that our logger never prints the Authorization header.",
        "Is it legal to record the caller's phone number in a support tool without consent in the UK?",
        "In SQL, how do I add a CHECK constraint so that an email column must contain exactly one @?",
        "Why do some sites ask for my birthday but not the year? Is that still personal data?",
    ]:
        S(txt)

    S(T('''
    Checklist for redaction – replace with tokens:
    - email → ⟦t1⟧
    - phone → ⟦t2⟧
    - card → ⟦t3⟧
    - SSN → ⟦t4⟧'''), t1=A('template-ref', '[EMAIL]'), t2=A('template-ref', '[PHONE]'), t3=A('masked-card', '[CARD ****' + rs(DIG, 4) + ']'), t4=A('masked', '***-**-****'))

    S(T('''
    pattern = re.compile(r"⟦p⟧")  # matches IPv4 like 10.0.0.1 but not 999.1.1.1'''),
      p=A('regex', r'\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b'))


# ==========================================================================
# families: HR / payroll / travel records
# ==========================================================================
def fam_hr_us_records():
    family('hr_us_records')
    S(T('''
    Form I-9, Section 1
    Last Name: Holloway   First Name: Marcus   Middle Initial: J
    Date of Birth (mm/dd/yyyy): ⟦d⟧
    U.S. Social Security Number: ⟦s⟧
    Employee's E-mail Address: ⟦e⟧
    Employee's Telephone Number: ⟦p⟧'''), d=DOB('mdy/'), s=SSN('dash'), e=E(Person('en', 'Marcus', 'Holloway'), corp=False), p=P('US', 'nat'))

    S(T('''
    Hi HR, adding my daughter to the dental plan. Her SSN is ⟦s⟧ and she was born ⟦d⟧. Plan ID DEN-⟦pid⟧.'''),
      s=SSN('dash'), d=DOB('mdy/', 2008, 2015), pid=rs(DIG, 6))

    S(T('''
    employee_id,name,ssn,hire_date,state
    2⟦i1⟧,"Dawson, Ryan",⟦s1⟧,⟦h1⟧,TX
    2⟦i2⟧,"Nguyen, Tom",⟦s2⟧,⟦h2⟧,WA
    2⟦i3⟧,"Reid, Grace",⟦s3⟧,⟦h3⟧,NY'''),
      i1=rs(DIG, 4), s1=SSN('run'), h1=fdate(rdate(2015, 2025), 'iso'), i2=rs(DIG, 4), s2=SSN('run'), h2=fdate(rdate(2015, 2025), 'iso'),
      i3=rs(DIG, 4), s3=SSN('dash'), h3=ndate('iso'))

    S(T('''
    Background check authorization
    Full legal name: Lauren Ashworth
    Other names used: Lauren Pemberton
    SSN: ⟦s⟧     DOB: ⟦d⟧
    Driver's license # ⟦dl⟧ (state: OH)'''), s=SSN('space'), d=DOB('mdy/'), dl=rs(UP, 2) + rs(DIG, 6))

    S(T('''
    W-4 (2025) – Step 1: (a) First name and middle initial: Ethan R.  Last name: Fletcher  (b) Social security number ⟦s⟧
    Employer identification number (EIN): ⟦ein⟧   First date of employment: ⟦fd⟧'''), s=SSN('dash'), ein=A('ein', ein()), fd=ndate('mdy/'))

    S(T('''
    Can you check my tax form before I send it? Name: Grace Harper, SSN ⟦s⟧, spouse SSN ⟦s2⟧, dependent ITIN ⟦it⟧, employer EIN ⟦ein⟧.'''),
      s=SSN('dash'), s2=SSN('dash'), it=A('itin', itin()), ein=A('ein', ein()))

    S(T('''
    {"employee": {"name": "Kwame Mensah", "ssn_last4": "⟦l4⟧", "ssn": "⟦s⟧", "work_phone": "⟦p⟧"}}'''),
      l4=A('last4', rs(DIG, 4)), s=SSN('run'), p=P('US', 'intl'))

    S(T('''
    Payroll ticket #⟦t⟧: direct deposit for ⟦s⟧ bounced, routing ⟦r⟧, account ending ⟦l4⟧. Please confirm with the employee.'''),
      t=rs(DIG, 5), s=SSN('dash'), r=A('aba-routing', aba()), l4=A('last4', rs(DIG, 4)))

    S(T('''
    Medicare form: Patient: Harold Brennan · Medicare Beneficiary Identifier ⟦mbi⟧ · SSN (for the old HICN) ⟦s⟧'''),
      mbi=A('medicare-id', f'{R.randint(1, 9)}{pick("ACDEFGHJKMNPQRTUVWXY")}{pick("ACDEFGHJKMNPQRTUVWXY" + DIG)}{rs(DIG, 1)}-{pick("ACDEFGHJKMNPQRTUVWXY")}{pick("ACDEFGHJKMNPQRTUVWXY" + DIG)}{rs(DIG, 1)}-{pick("ACDEFGHJKMNPQRTUVWXY")}{pick("ACDEFGHJKMNPQRTUVWXY")}{rs(DIG, 2)}'),
      s=SSN('dash'))

    S(T('''
    Note to self: mom's social ⟦s⟧, her bank's fraud line ⟦p⟧, claim reference ⟦c⟧'''),
      s=SSN('space'), p=P('US', 'intl'), c=rs(UP, 3) + rs(DIG, 7))

    S(T('''
    Our vendor form asks for "TIN". For a sole proprietor that can be the SSN (⟦s⟧) or an EIN (⟦e⟧). Which one should I give them?'''),
      s=SSN('dash'), e=A('ein', ein()))

    S(T('''
    SELECT name, ssn FROM applicants WHERE ssn LIKE '9%';  -- returns ITINs like ⟦i1⟧ and ⟦i2⟧, which we must not treat as SSNs'''),
      i1=A('itin', itin()), i2=A('itin', itin()))

    S(T('''
    FAFSA worksheet: Student SSN ⟦s1⟧ · Parent 1 SSN ⟦s2⟧ · Parent 2 SSN ⟦s3⟧ (enter without dashes on the web form)'''),
      s1=SSN('dash'), s2=SSN('dash'), s3=SSN('run'))

    S(T('''
    Re: 1095-C correction – the covered individual on line 17 should be ⟦s⟧, not ⟦bad⟧ (that one has group 00 and was rejected).'''),
      s=SSN('dash'), bad=A('ssn-invalid', ssn_bad('group00')))


def fam_uk_payroll():
    family('uk_payroll')
    S(T('''
    HM Revenue & Customs
    Your National Insurance number: ⟦n⟧
    Your Unique Taxpayer Reference (UTR): ⟦utr⟧
    Please quote these in all correspondence.'''), n=NI('sp'), utr=A('utr', f'{rs(DIG, 5)} {rs(DIG, 5)}'))

    S(T('''
    P45 Part 1A
    Employer PAYE reference ⟦paye⟧
    Employee's National Insurance number ⟦n⟧
    Surname: Gallagher   First name(s): Niamh
    Leaving date ⟦ld⟧
    Tax code at leaving date 1257L'''), paye=A('paye-ref', f'{rs(DIG, 3)}/{rs(UP, 2)}{rs(DIG, 5)}'), n=NI('run'), ld=ndate('dmy/'))

    S(T('''
    Starter checklist
    Your full name: Callum Reid
    Date of birth: ⟦d⟧
    National Insurance number (if known): ⟦n⟧
    Home phone: ⟦p⟧'''), d=DOB('dmy/'), n=NI('sp'), p=P('GB', 'nat'))

    S(T('''
    Employee,NINO,Tax code,Pension %,Sort code
    B. Lloyd,⟦n1⟧,1257L,5,⟦sc1⟧
    D. Brennan,⟦n2⟧,K475,5,⟦sc2⟧
    I. Pemberton,⟦n3⟧,BR,3,⟦sc3⟧'''), n1=NI('run'), sc1=A('sort-code', f'{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}'),
      n2=NI('run'), sc2=f'{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}', n3=NI('lower'), sc3=f'{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}')

    nn = nino_parts()
    S(T('''
    hi, I'm applying for Universal Credit and the form says my NI number is wrong. I typed ⟦n⟧. It's on my payslip as ⟦n2⟧ – same thing right?'''),
      n=L('nino', fmt_nino(*nn, style='lower')), n2=L('nino', fmt_nino(*nn, style='sp')))

    S(T('''
    Pension auto-enrolment file:
    "forename","surname","ni_number","dob","email"
    "Bethany","Lloyd","⟦n⟧","⟦d⟧","⟦e⟧"'''), n=NI('run'), d=DOB('iso'), e=E(Person('en', 'Bethany', 'Lloyd'), corp=False))

    S(T('''
    Right to work check verified on ⟦d⟧. Employee NI no. ⟦n⟧. Temporary reference used before the NINO was issued: ⟦trn⟧.'''),
      d=ndate('dmy/'), n=NI(), trn=A('trn', f'{rs(DIG, 2)} {pick(UP)}{rs(DIG, 1)} {rs(DIG, 2)} {rs(DIG, 2)}'))

    S(T('''
    Dear Mr Okafor, your State Pension forecast (NI number ⟦n⟧) is attached. If you have questions call us on ⟦p⟧.'''),
      n=NI('sp'), p=P('GB', 'nat'))

    S(T('''
    Payslip query – emp no 00⟦e⟧, NINO ⟦n⟧, NI category A, NI letter changed to M by mistake?'''), e=rs(DIG, 4), n=NI('run'))

    S(T('''
    National Insurance: ⟦n⟧ · Passport ⟦p⟧ · Visa BRP ⟦b⟧'''),
      n=NI('sp'), p=A('passport-number', rs(DIG, 9)), b=A('brp', rs(UP, 2) + rs(DIG, 7)))

    S(T('''
    For the mortgage application I need: payslips, P60, and my NI number (⟦n⟧). My wife's is ⟦n2⟧.'''), n=NI(), n2=NI())

    S(T('''
    Self Assessment login: Government Gateway user ID ⟦g⟧ – the password is ⟦pw⟧ (I'll change it after). NINO ⟦n⟧.'''),
      g=A('account-id', f'{rs(DIG, 4)} {rs(DIG, 4)} {rs(DIG, 4)}'), pw=SEC(password('human')), n=NI('sp'))

    S(T('''
    Childcare account: Parent NINO ⟦n1⟧, partner NINO ⟦n2⟧. Both need to reconfirm every 3 months.'''), n1=NI('run'), n2=NI('sp'))

    S(T('''
    CIS verification for subcontractor Delaney Roofing: UTR ⟦utr⟧, NINO ⟦n⟧ – returned "match, 20% deduction".'''),
      utr=A('utr', rs(DIG, 10)), n=NI('run'))


def fam_travel_booking():
    family('travel_booking')
    S(T('''
    Passenger manifest – flight BA⟦fl⟧ ⟦fd⟧
    1. MR THOMAS HUGHES   DOB ⟦d1⟧   PAX TYPE ADT   PPT ⟦p1⟧
    2. MISS LILY HUGHES   DOB ⟦d3⟧   PAX TYPE CHD   PPT ⟦p3⟧
    Booking ref ⟦pnr⟧, contact ⟦ph⟧ / ⟦e⟧'''),
      fl=str(R.randint(100, 999)), fd=ndate('en3c'), d1=DOB('en3c', 1975, 1990), p1=A('passport-number', rs(DIG, 9)),
      d3=DOB('en3c', 2014, 2019), p3=rs(DIG, 9),
      pnr=rs(UP.replace('O', '').replace('I', ''), 6), ph=P('GB', 'intl'), e=E(person('en'), corp=False))

    S(T('''
    Reserva confirmada ⟦loc⟧. Huésped: Carmen Ruiz, fecha de nacimiento ⟦d⟧, DNI ⟦dni⟧, teléfono ⟦p⟧. Check-in ⟦ci⟧.'''),
      loc=rs(UP + DIG, 8), d=DOB('dmy/'), dni=A('national-id', rs(DIG, 8) + pick(UP)), p=P('ES', 'intl'), ci=ndate('dmy/'))

    S(T('''
    APIS data: SURNAME/GIVEN: TANAKA/KENJI · NATIONALITY JPN · DATE OF BIRTH ⟦d⟧ · SEX M · DOC P ⟦p⟧ EXP ⟦x⟧'''),
      d=DOB('compact'), p=A('passport-number', 'T' + rs(UP, 1) + rs(DIG, 7)), x=ndate('compact', 2027, 2034))

    S(T('''
    Hotel guest registration (Italia): Cognome: Greco · Nome: Martina · Documento: CI ⟦ci⟧ rilasciato il ⟦r⟧'''),
      ci='CA' + rs(DIG, 5) + rs(UP, 2), r=ndate('dmy/'))

    S(T('''
    Frequent flyer ⟦ff⟧ · e-ticket ⟦et⟧ · paid with ⟦c⟧ (exp 01/29)'''),
      ff=rs(DIG, 9), et=A('ticket-number', f'{rs(DIG, 3)}-{rs(DIG, 10)}'), c=C('amex', ' '))

    S(T('''
    Can you fill in the ESTA for me? Name: Sophie Clarke, born ⟦d⟧ in Manchester, passport ⟦p⟧, email ⟦e⟧.'''),
      d=DOB('en'), p=rs(DIG, 9), e=E(Person('en', 'Sophie', 'Clarke'), corp=False))


# --------------------------------------------------------------------------
# serialisation (format: see README.md)
# --------------------------------------------------------------------------
INVIS_EXTRA = {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E, 0x2800}


def must_escape(c):
    o = ord(c)
    if c == '\\':
        return True
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn'):
        return True
    if cat == 'Zs' and c != ' ':
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE:
        return True
    if o in INVIS_EXTRA or 0xFE00 <= o <= 0xFE0F:
        return True
    return False


def esc(t, before_span=False, span=False):
    out = []
    n = len(t)
    for i, c in enumerate(t):
        if c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif must_escape(c):
            assert ord(c) <= 0xFFFF, hex(ord(c))
            out.append('\\u%04X' % ord(c))
        elif c in '{}' and ((i > 0 and t[i - 1] == c) or (i + 1 < n and t[i + 1] == c)
                            or (c == '{' and i == n - 1 and before_span)
                            or (c == '}' and i == n - 1 and span)
                            or (c == '}' and i == 0)):
            out.append('\\u%04X' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def serialize(segs):
    parts = []
    for i, (k, t) in enumerate(segs):
        if k is None:
            nxt = i + 1 < len(segs) and segs[i + 1][0] is not None
            parts.append(esc(t, before_span=nxt))
        else:
            parts.append('{{' + k + ':' + esc(t, span=True) + '}}')
    line = ''.join(parts)
    if line.startswith('#'):
        line = '\\u0023' + line[1:]
    assert line.strip(), 'empty sample'
    return line


def main():
    funcs = [(n, f) for n, f in list(globals().items()) if n.startswith('fam_') and callable(f)]
    for _, f in funcs:
        f()
    lines = ['# pii-c8 - hand-made blind evaluation set for a PII / credential detector',
             '# written blind on 2026-11-27; generated by gen.py with random.Random(8311); all values synthetic',
             '# format and labelling conventions: see README.md',
             '']
    for name, samples, looks in FAMILIES:
        R.shuffle(samples)
        lines.append(f'# family: {name}')
        lines.append(f'# look-alikes: {looks}')
        for segs in samples:
            lines.append(serialize(segs))
        lines.append('')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
    n = sum(len(s) for _, s, _ in FAMILIES)
    print(f'wrote {OUT}: {len(FAMILIES)} families, {n} samples')


if __name__ == '__main__':
    main()
