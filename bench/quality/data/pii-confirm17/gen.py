#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c17.

Standard library only. One random.Random(17591). Every template below is hand-written and
rendered exactly once. Run:  python3 gen.py   -> writes set.txt next to this file.
"""
import base64, hashlib, json, os, re, string, unicodedata, urllib.parse

import random
R = random.Random(17591)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG
B64 = UP + LO + DIG + '+/'
B64U = UP + LO + DIG + '-_'
HEX = '0123456789abcdef'


def rs(n, alpha=ALNUM):
    return ''.join(R.choice(alpha) for _ in range(n))


def dn(n):
    return ''.join(R.choice(DIG) for _ in range(n))


def pat(p):
    """X any digit, N 1-9, A upper letter, a lower letter, H hex, C upper alnum; other chars literal."""
    out = []
    for ch in p:
        if ch == 'X': out.append(R.choice(DIG))
        elif ch == 'N': out.append(R.choice('123456789'))
        elif ch == 'A': out.append(R.choice(UP))
        elif ch == 'a': out.append(R.choice(LO))
        elif ch == 'H': out.append(R.choice(HEX))
        elif ch == 'C': out.append(R.choice(UP + DIG))
        else: out.append(ch)
    return ''.join(out)

# ---------------------------------------------------------------- checksums

def luhn_ok(s):
    ds = [int(c) for c in s][::-1]
    t = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_mod(s):
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    return iban_mod(s) == 1

CARD_TEST = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556',
             '378282246310005', '371449635398431', '6011111111111117', '3530111333300000',
             '5105105105105100', '4012888888881881', '4222222222222', '6011000990139424'}

CARD_BRANDS = [('visa', ['4'], 16), ('visa', ['4'], 16), ('mc', ['51', '52', '53', '54', '55', '2221', '2367', '2720'], 16),
               ('mc', ['53', '54'], 16), ('amex', ['34', '37'], 15), ('disc', ['6011', '65'], 16),
               ('jcb', ['3528', '3541', '3569', '3589'], 16), ('unionpay', ['62'], 16), ('visa', ['4'], 16)]


def card_digits(brand=None):
    while True:
        b = R.choice([x for x in CARD_BRANDS if brand is None or x[0] == brand])
        pre = R.choice(b[1])
        body = pre + dn(b[2] - len(pre) - 1)
        s = body + luhn_digit(body)
        if s not in CARD_TEST and len(set(s)) > 4:
            return s


def card_fmt(s, style):
    if style == 'plain':
        return s
    sep = {'sp': ' ', 'dash': '-', 'dot': '.'}.get(style, ' ')
    if len(s) == 15:
        parts = [s[:4], s[4:10], s[10:]]
    else:
        parts = [s[i:i + 4] for i in range(0, len(s), 4)]
    return sep.join(parts)


def bad_card_digits(brand=None):
    s = card_digits(brand)
    last = s[-1]
    while True:
        c = R.choice(DIG)
        if c != last and not luhn_ok(s[:-1] + c):
            return s[:-1] + c

# IBAN specs: n digit, a upper letter, c upper alnum
IBAN_SPEC = {
    'PL': 'n' * 24, 'PT': 'n' * 21, 'GR': 'n' * 23, 'RO': 'aaaa' + 'c' * 16, 'CZ': 'n' * 20,
    'HU': 'n' * 24, 'FI': 'n' * 14, 'NO': 'n' * 11, 'DE': 'n' * 18, 'FR': 'n' * 23, 'ES': 'n' * 20,
    'BE': 'n' * 12, 'NL': 'aaaa' + 'n' * 10, 'IL': 'n' * 19, 'SA': 'nn' + 'c' * 18, 'AE': 'n' * 19,
    'TR': 'n' * 5 + '0' + 'c' * 16, 'BR': 'n' * 23 + 'a' + 'c', 'GB': 'aaaa' + 'n' * 14, 'IT': 'a' + 'n' * 10 + 'c' * 12,
    'SE': 'n' * 20, 'IR': 'n' * 22, 'AT': 'n' * 16, 'CH': 'n' * 5 + 'c' * 12, 'DK': 'n' * 14, 'IE': 'aaaa' + 'n' * 14,
    'EG': 'n' * 25, 'JO': 'aaaa' + 'n' * 4 + 'c' * 18, 'QA': 'aaaa' + 'c' * 21, 'LT': 'n' * 16, 'SK': 'n' * 20,
}
BANKS = {'RO': ['BTRL', 'RNCB', 'BRDE', 'INGB', 'RZBR'], 'NL': ['INGB', 'RABO', 'ABNA', 'TRIO', 'BUNQ'],
         'GB': ['BARC', 'HBUK', 'LOYD', 'NWBK', 'MONZ'], 'IE': ['AIBK', 'BOFI'], 'JO': ['ARAB', 'HBHO'], 'QA': ['QNBA', 'DOHB']}


def _bban(cc):
    spec = IBAN_SPEC[cc]
    out = []
    for ch in spec:
        if ch == 'n': out.append(R.choice(DIG))
        elif ch == 'a': out.append(R.choice(UP))
        elif ch == 'c': out.append(R.choice(UP + DIG) if R.random() < 0.3 else R.choice(DIG))
        else: out.append(ch)
    b = ''.join(out)
    if cc in BANKS:
        bk = R.choice(BANKS[cc]); b = bk + b[4:]
    if cc == 'BE':
        n10 = b[:10]; k = int(n10) % 97 or 97; b = n10 + '%02d' % k
    if cc == 'FR':
        bank, br, acc = int(b[:5]), int(b[5:10]), int(b[10:21])
        key = 97 - ((89 * bank + 15 * br + 3 * acc) % 97)
        b = b[:21] + '%02d' % key
    if cc == 'GB':
        pass
    return b


def iban_raw(cc):
    while True:
        b = _bban(cc)
        chk = 98 - iban_mod(cc + '00' + b)
        s = cc + '%02d' % chk + b
        if iban_ok(s) and s not in IBAN_SAMPLES:
            return s

IBAN_SAMPLES = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606',
                'NL91ABNA0417164300', 'BE68539007547034', 'GB29NWBK60161331926819', 'ES9121000418450200051332'}


def iban_fmt(s, style):
    if style == 'plain': return s
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def bad_iban_raw(cc):
    s = iban_raw(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    i = R.choice(pos)
    c = R.choice([d for d in DIG if d != s[i]])
    t = s[:i] + c + s[i + 1:]
    assert not iban_ok(t)
    return t

SSN_BAD = {'078051120', '219099999', '123456789', '111111111', '333333333', '457555462'}


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def ssn_raw():
    while True:
        a = R.randrange(1, 900)
        if a == 666: continue
        g = R.randrange(1, 100); s = R.randrange(1, 10000)
        t = '%03d%02d%04d' % (a, g, s)
        if t not in SSN_BAD and len(set(t)) > 3:
            return t


def bad_ssn_raw():
    t = ssn_raw()
    rule = R.choice(['a000', 'a666', 'a9', 'g00', 's0000'])
    if rule == 'a000': t = '000' + t[3:]
    elif rule == 'a666': t = '666' + t[3:]
    elif rule == 'a9': t = '9' + dn(2) + t[3:]
    elif rule == 'g00': t = t[:3] + '00' + t[5:]
    else: t = t[:5] + '0000'
    assert not ssn_ok(t[:3], t[3:5], t[5:])
    return t


def ssn_fmt(t, style):
    if style == 'plain': return t
    sep = {'sp': ' ', 'dash': '-', 'dot': '.'}.get(style, '-')
    return t[:3] + sep + t[3:5] + sep + t[5:]

NINO_F = 'ABCEGHJKLMNOPRSTWXYZ'
NINO_S = 'ABCEGHJKLMNPRSTWXYZ'
NINO_X = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def nino_ok(s):
    s = s.replace(' ', '')
    return (len(s) == 9 and s[0] in NINO_F and s[1] in NINO_S and s[:2] not in NINO_X and s[2:8].isdigit()
            and s[8] in 'ABCD')


def nino_raw():
    while True:
        p = R.choice(NINO_F) + R.choice(NINO_S)
        if p in NINO_X: continue
        t = p + dn(6) + R.choice('ABCD')
        if nino_ok(t) and t != 'QQ123456C':
            return t


def bad_nino_raw():
    t = nino_raw()
    rule = R.choice(['f', 's', 'x', 'suf'])
    if rule == 'f': t = R.choice('DFIQUV') + t[1:]
    elif rule == 's': t = t[0] + R.choice('DFIOQUV') + t[2:]
    elif rule == 'x': t = R.choice(sorted(NINO_X)) + t[2:]
    else: t = t[:8] + R.choice('EFGHJKMPZ')
    assert not nino_ok(t)
    return t


def nino_fmt(t, style):
    if style == 'plain': return t
    return '%s %s %s %s %s' % (t[:2], t[2:4], t[4:6], t[6:8], t[8])

# ---------------------------------------------------------------- look-alike helpers

VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    wmi = R.choice(['WVW', 'WBA', 'VF1', 'TMB', 'ZFA', 'YV1', 'JTD', 'KMH', 'VSS', 'UU1', 'TRU', 'SJN', 'WDD', 'VF3', 'SAL', 'KNA'])
    s = wmi + ''.join(R.choice(al) for _ in range(5)) + '0' + R.choice('KLMNPRS') + R.choice(UP.replace('I', '').replace('O', '').replace('Q', '')) + dn(6)
    t = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(s, VIN_W)) % 11
    return s[:8] + ('X' if t == 10 else str(t)) + s[9:]


def iso6346():
    owner = R.choice(['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'TGH', 'CAI', 'TCL', 'SEG', 'EVE']) + 'U'
    num = dn(6)
    vals = {}
    v = 10
    for ch in UP:
        if v % 11 == 0: v += 1
        vals[ch] = v; v += 1
    s = owner + num
    t = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s)) % 11 % 10
    return s + str(t)


def imei():
    while True:
        body = R.choice(['35', '86', '01', '35', '99']) + dn(12)
        s = body + luhn_digit(body)
        if not card_brand_ok(s):
            return s


def card_brand_ok(s):
    n = len(s)
    if s[0] == '4' and n in (13, 16, 19): return True
    if n == 16 and (51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720): return True
    if n == 15 and s[:2] in ('34', '37'): return True
    if n in (16, 19) and (s[:4] == '6011' or s[:2] == '65' or 644 <= int(s[:3]) <= 649): return True
    if 16 <= n <= 19 and 3528 <= int(s[:4]) <= 3589: return True
    if 16 <= n <= 19 and s[:2] == '62': return True
    if 14 <= n <= 19 and s[:2] in ('36', '38', '39', '30'): return True
    if 12 <= n <= 19 and s[:2] in ('50', '56', '57', '58', '63', '67'): return True
    return False


def no_card(n, first=None):
    """digit string of length n that is not a Luhn-valid card number"""
    while True:
        s = (first or '') + dn(n - len(first or ''))
        if not (luhn_ok(s) and card_brand_ok(s)):
            return s


def isbn13():
    body = R.choice(['978', '979']) + R.choice(['83', '80', '972', '963', '85', '89', '606', '615', '951', '82', '602', '616', '964', '984']) 
    body = body + dn(12 - len(body))
    t = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(t)


def isbn_fmt(s):
    return s[:3] + '-' + s[3:5] + '-' + s[5:9] + '-' + s[9:12] + '-' + s[12]


def aba():
    while True:
        b = R.choice(['0', '1', '2', '3']) + dn(7)
        for c in DIG:
            s = b + c
            w = [3, 7, 1] * 3
            if sum(int(x) * y for x, y in zip(s, w)) % 10 == 0:
                return s


def uuid4():
    h = rs(32, HEX)
    h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

# ---------------------------------------------------------------- names and e-mail

NAMES = {
    'en': (['James', 'Olivia', 'Liam', 'Grace', 'Ethan', 'Chloe', 'Marcus', 'Hannah'], ['Whitaker', 'Doyle', 'Barnes', 'Fletcher', 'Osei', 'Murray', 'Kaplan', 'Reeves']),
    'pt': (['João', 'Inês', 'Rafael', 'Beatriz', 'Tiago', 'Mariana', 'Luís', 'Leonor'], ['Conceição', 'Ferreira', 'Araújo', 'Gonçalves', 'Magalhães', 'Sousa', 'Brandão', 'Lima']),
    'pl': (['Łukasz', 'Agnieszka', 'Paweł', 'Małgorzata', 'Krzysztof', 'Zofia', 'Michał', 'Joanna'], ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Wójcik', 'Szymańska', 'Dąbrowski', 'Lewandowska', 'Kamiński']),
    'ro': (['Andrei', 'Ioana', 'Mihai', 'Elena', 'Ștefan', 'Cristina', 'Radu', 'Alexandra'], ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantin', 'Munteanu', 'Țurcanu', 'Georgescu']),
    'cs': (['Jiří', 'Tereza', 'Tomáš', 'Kateřina', 'Ondřej', 'Lucie', 'Petr', 'Markéta'], ['Novák', 'Dvořáková', 'Černý', 'Procházková', 'Kučera', 'Veselá', 'Horák', 'Němcová']),
    'hu': (['Bence', 'Zsófia', 'Gergő', 'Réka', 'Ádám', 'Eszter', 'Levente', 'Noémi'], ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár']),
    'fi': (['Mikko', 'Aino', 'Juha', 'Sanna', 'Eetu', 'Hanna', 'Ville', 'Kaisa'], ['Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Koskinen', 'Heikkinen', 'Järvinen', 'Lehtonen']),
    'no': (['Sindre', 'Ingrid', 'Håkon', 'Solveig', 'Eirik', 'Ragnhild', 'Øystein', 'Marte'], ['Hansen', 'Johansen', 'Bjørnstad', 'Solberg', 'Haugen', 'Lie', 'Strøm', 'Dahl']),
    'id': (['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu'], ['Santoso', 'Wijaya', 'Pratama', 'Hidayat', 'Saputra', 'Lestari', 'Nugroho', 'Kurniawan']),
    'vi': (['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu', 'Hoàng Đức', 'Võ Thị'], ['Anh', 'Hương', 'Tuấn', 'Hà', 'Long', 'Lan']),
    'de': (['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie'], ['Müller', 'Schäfer', 'Becker', 'Hoffmann', 'Krüger', 'Weiß']),
    'fr': (['Théo', 'Camille', 'Hugo', 'Léa', 'Mathis', 'Chloé'], ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fournier', 'Bonnet']),
    'es': (['Alejandro', 'Lucía', 'Javier', 'Carmen', 'Sergio', 'Marta'], ['García', 'Martínez', 'Sánchez', 'Núñez', 'Ortega', 'Peña']),
    'it': (['Matteo', 'Giulia', 'Lorenzo', 'Chiara', 'Davide', 'Sara'], ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci']),
    'tr': (['Emre', 'Zeynep', 'Burak', 'Elif', 'Mert', 'Ayşe'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk']),
    'sv': (['Oskar', 'Elsa', 'Viktor', 'Maja'], ['Lindqvist', 'Andersson', 'Sjöberg', 'Nyström']),
    'nl': (['Daan', 'Sanne', 'Bram', 'Fleur'], ['de Vries', 'Jansen', 'van Dijk', 'Bakker']),
}
# non-Latin scripts: (native, latin)
NAMES_NL = {
    'el': ([('Γιώργος', 'giorgos'), ('Μαρία', 'maria'), ('Νίκος', 'nikos'), ('Ελένη', 'eleni'), ('Δημήτρης', 'dimitris'), ('Κατερίνα', 'katerina')],
           [('Παπαδόπουλος', 'papadopoulos'), ('Οικονόμου', 'oikonomou'), ('Γεωργίου', 'georgiou'), ('Καραγιάννη', 'karagianni'), ('Βλάχος', 'vlachos')]),
    'he': ([('נועה', 'noa'), ('איתי', 'itay'), ('שירה', 'shira'), ('יונתן', 'yonatan'), ('מיכל', 'michal'), ('עומר', 'omer')],
           [('כהן', 'cohen'), ('לוי', 'levi'), ('מזרחי', 'mizrahi'), ('פרץ', 'peretz'), ('אברהם', 'avraham'), ('שפירא', 'shapira')]),
    'fa': ([('علی', 'ali'), ('زهرا', 'zahra'), ('محمدرضا', 'mohammadreza'), ('فاطمه', 'fatemeh'), ('امیر', 'amir'), ('نگار', 'negar')],
           [('رضایی', 'rezaei'), ('محمدی', 'mohammadi'), ('حسینی', 'hosseini'), ('کریمی', 'karimi'), ('احمدی', 'ahmadi'), ('جعفری', 'jafari')]),
    'th': ([('สมชาย', 'somchai'), ('สุภาพร', 'supaporn'), ('ณัฐพล', 'nattapon'), ('ปิยะนุช', 'piyanuch'), ('วีระ', 'weera')],
           [('ศรีสุข', 'srisuk'), ('วงศ์ใหญ่', 'wongyai'), ('แสงทอง', 'saengthong'), ('บุญมา', 'boonma'), ('จันทร์เพ็ญ', 'chanpen')]),
    'bn': ([('রাহুল', 'rahul'), ('তানজিলা', 'tanjila'), ('আরিফ', 'arif'), ('সুমাইয়া', 'sumaiya'), ('মেহেদী', 'mehedi'), ('নুসরাত', 'nusrat')],
           [('হোসেন', 'hossain'), ('চৌধুরী', 'chowdhury'), ('রহমান', 'rahman'), ('ইসলাম', 'islam'), ('দাস', 'das'), ('আক্তার', 'akter')]),
    'ko': ([('민준', 'minjun'), ('서연', 'seoyeon'), ('지훈', 'jihoon'), ('하은', 'haeun'), ('도윤', 'doyun'), ('수빈', 'subin')],
           [('김', 'kim'), ('이', 'lee'), ('박', 'park'), ('최', 'choi'), ('정', 'jung'), ('강', 'kang')]),
    'ar': ([('محمد', 'mohammed'), ('فاطمة', 'fatima'), ('خالد', 'khaled'), ('نورة', 'noura'), ('يوسف', 'youssef'), ('ليلى', 'layla')],
           [('العتيبي', 'alotaibi'), ('الحربي', 'alharbi'), ('منصور', 'mansour'), ('حداد', 'haddad'), ('الشمري', 'alshammari'), ('عبدالله', 'abdullah')]),
    'ja': ([('翔太', 'shota'), ('美咲', 'misaki'), ('健一', 'kenichi'), ('陽菜', 'hina')], [('佐藤', 'sato'), ('鈴木', 'suzuki'), ('高橋', 'takahashi'), ('田中', 'tanaka')]),
    'zh': ([('伟', 'wei'), ('静', 'jing'), ('磊', 'lei'), ('芳', 'fang')], [('王', 'wang'), ('李', 'li'), ('张', 'zhang'), ('刘', 'liu')]),
    'ru': ([('Алексей', 'aleksei'), ('Ольга', 'olga'), ('Дмитрий', 'dmitry'), ('Анна', 'anna')], [('Смирнов', 'smirnov'), ('Кузнецова', 'kuznetsova'), ('Попов', 'popov'), ('Волкова', 'volkova')]),
    'uk': ([('Олександр', 'oleksandr'), ('Ірина', 'iryna'), ('Тарас', 'taras'), ('Оксана', 'oksana')], [('Шевченко', 'shevchenko'), ('Бондаренко', 'bondarenko'), ('Ткаченко', 'tkachenko'), ('Мельник', 'melnyk')]),
    'hi': ([('राहुल', 'rahul'), ('प्रिया', 'priya'), ('अमित', 'amit'), ('नेहा', 'neha')], [('शर्मा', 'sharma'), ('वर्मा', 'verma'), ('गुप्ता', 'gupta'), ('सिंह', 'singh')]),
}
DOMAINS = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'proton.me', 'btinternet.com', 'comcast.net'],
    'pt': ['sapo.pt', 'gmail.com', 'uol.com.br', 'hotmail.com', 'bol.com.br', 'outlook.pt'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gmail.com', 'op.pl'],
    'ro': ['yahoo.ro', 'gmail.com', 'rdslink.ro'], 'cs': ['seznam.cz', 'email.cz', 'centrum.cz', 'post.cz'],
    'hu': ['freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu'], 'fi': ['luukku.com', 'gmail.com', 'elisanet.fi', 'kolumbus.fi'],
    'no': ['online.no', 'gmail.com', 'hotmail.no'], 'id': ['yahoo.co.id', 'gmail.com'], 'vi': ['gmail.com', 'yahoo.com.vn'],
    'el': ['otenet.gr', 'yahoo.gr', 'gmail.com'], 'he': ['walla.co.il', 'gmail.com', 'bezeqint.net'], 'fa': ['yahoo.com', 'chmail.ir', 'gmail.com'],
    'th': ['hotmail.com', 'gmail.com'], 'bn': ['gmail.com', 'yahoo.com'], 'ko': ['naver.com', 'daum.net', 'kakao.com'],
    'ar': ['gmail.com', 'hotmail.com', 'outlook.sa'], 'de': ['gmx.de', 'web.de', 't-online.de'], 'fr': ['orange.fr', 'free.fr', 'laposte.net'],
    'es': ['telefonica.net', 'gmail.com'], 'it': ['libero.it', 'tiscali.it'], 'tr': ['hotmail.com.tr', 'gmail.com'], 'ja': ['docomo.ne.jp', 'yahoo.co.jp'],
    'zh': ['qq.com', '163.com'], 'ru': ['mail.ru', 'yandex.ru'], 'uk': ['ukr.net', 'i.ua'], 'hi': ['rediffmail.com', 'gmail.com'],
    'sv': ['telia.com', 'gmail.com'], 'nl': ['ziggo.nl', 'kpnmail.nl'],
}


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D').replace('ß', 'ss').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).replace(' ', '').replace("'", '')


class Ctx:
    def __init__(self):
        self.person = None
        self.vars = {}


def make_name(lang):
    if lang in NAMES:
        f, l = NAMES[lang]
        fn, ln = R.choice(f), R.choice(l)
        if lang == 'vi':
            return (fn + ' ' + ln, ascii_fold(ln).lower(), ascii_fold(fn.split()[0]).lower())
        return (fn + ' ' + ln, ascii_fold(fn).lower(), ascii_fold(ln).lower())
    f, l = NAMES_NL[lang]
    a, b = R.choice(f), R.choice(l)
    if lang in ('ko', 'ja', 'zh'):
        return (b[0] + a[0] if lang != 'ja' else b[0] + ' ' + a[0], a[1], b[1])
    return (a[0] + ' ' + b[0], a[1], b[1])


def make_email(ctx, lang, corp=None):
    if ctx.person is None or ctx.person[3]:
        nm = make_name(lang)
        first, last = nm[1], nm[2]
    else:
        first, last = ctx.person[1], ctx.person[2]
        ctx.person = ctx.person[:3] + (True,)
    style = R.randrange(7)
    if style == 0: lp = first + '.' + last
    elif style == 1: lp = first[0] + '.' + last
    elif style == 2: lp = first + last + dn(2)
    elif style == 3: lp = first + '_' + last
    elif style == 4: lp = last + '.' + first[0]
    elif style == 5: lp = first + '.' + last + dn(1)
    else: lp = first[0] + last
    dom = corp or R.choice(DOMAINS.get(lang, DOMAINS['en']))
    return lp + '@' + dom

# ---------------------------------------------------------------- phones

PHONES = {
    'pl': ['+48 5NX XXX XXX', '5NX-XXX-XXX', '+48 6NX XXX XXX', '(+48) 7NX XXX XXX', '+48 22 NXX XX XX'],
    'pt': ['+351 91X XXX XXX', '+351 93X XXX XXX', '96X XXX XXX', '+351 21N XXX XXX'],
    'br': ['+55 11 9NXXX-XXXX', '(21) 9NXXX-XXXX', '+55 (31) 9NXXX-XXXX'],
    'el': ['+30 69N XXX XXXX', '69N XXX XXXX', '+30 210 NXX XXXX'],
    'he': ['+972 5N-XXX-XXXX', '05N-XXX-XXXX', '+972-3-NXX-XXXX'],
    'fa': ['+98 91N XXX XXXX', '091N XXX XXXX', '0912-XXX-XXXX', '+98 21 NXXX XXXX'],
    'vi': ['+84 9N XXX XX XX', '09N XXX XXXX', '+84 3N XXX XXXX', '08N.XXX.XXXX'],
    'th': ['+66 8N XXX XXXX', '08N-XXX-XXXX', '+66 9N XXX XXXX', '06N XXX XXXX'],
    'id': ['+62 812-XXXX-XXXX', '0813-XXXX-XXXX', '+62 857 XXXX XXXX', '0878XXXXXXXX'],
    'bn': ['+880 171N-XXXXXX', '01NXX-XXXXXX', '+880 191N XXXXXX', '01N XXXX XXXX'],
    'ro': ['+40 72N XXX XXX', '07NX XXX XXX', '+40 74N XXX XXX', '021 NXX XX XX'],
    'cs': ['+420 60N XXX XXX', '+420 77N XXX XXX', '73N XXX XXX', '+420 2NX XXX XXX'],
    'hu': ['+36 20 NXX XXXX', '+36 30 NXX XXXX', '06 70 NXX XXXX', '+36 1 NXX XXXX'],
    'fi': ['+358 40 NXX XXXX', '040 NXX XXXX', '+358 50 NXXXXXX', '044-NXX XXXX'],
    'no': ['+47 4NX XX XXX', '+47 9NX XX XXX', '4NX XX XXX', '9NXXXXXX'],
    'ko': ['+82 10-NXXX-XXXX', '010-NXXX-XXXX', '010 NXXX XXXX', '02-NXX-XXXX'],
    'ar': ['+966 5N XXX XXXX', '05N XXX XXXX', '+971 5N XXX XXXX', '+20 10 NXXX XXXX', '+962 7N XXX XXXX'],
    'us': ['+1 (NXX) NXX-XXXX', '(NXX) NXX-XXXX', 'NXX.NXX.XXXX', '+1 NXX-NXX-XXXX', 'NXX-NXX-XXXX'],
    'gb': ['+44 7NXX XXXXXX', '07NXX XXXXXX', '+44 20 NXXX XXXX', '07NXX XXX XXX', '0161 NXX XXXX'],
    'en': ['+1 (NXX) NXX-XXXX', '(NXX) NXX-XXXX', 'NXX.NXX.XXXX', '+44 7NXX XXXXXX', '07NXX XXXXXX', '+1 NXX-NXX-XXXX', '+61 4NX XXX XXX'],
    'de': ['+49 15N XXXXXXXX', '+49 17N XXXXXXX', '0151 XXXXXXXX', '+49 30 NXXXXXXX'],
    'fr': ['+33 6 XX XX XX XX', '06 XX XX XX XX', '+33 7 XX XX XX XX', '01 NX XX XX XX'],
    'es': ['+34 6NX XX XX XX', '6NX XXX XXX', '+34 91 NXX XX XX'],
    'it': ['+39 3NX XXX XXXX', '3NX XXX XXXX'],
    'tr': ['+90 5NX XXX XX XX', '05NX XXX XX XX'],
    'ja': ['090-NXXX-XXXX', '+81 80-NXXX-XXXX', '03-NXXX-XXXX'],
    'zh': ['+86 13N XXXX XXXX', '138XXXXXXXX', '+86 15N-XXXX-XXXX'],
    'ru': ['+7 9NX XXX-XX-XX', '8 (9NX) XXX-XX-XX'], 'uk': ['+380 6N XXX XX XX', '+380 9N XXX XXXX', '09N XXX XX XX'],
    'hi': ['+91 9NXXX XXXXX', '+91 7NXXX-XXXXX', '09NXXXXXXXX'],
    'sv': ['+46 70 NXX XX XX', '070-NXX XX XX'], 'nl': ['+31 6 NXXX XXXX', '06-NXXXXXXX'],
}


def make_phone(cc):
    while True:
        p = pat(R.choice(PHONES[cc]))
        d = re.sub(r'\D', '', p)
        if '555' in d[:7] or len(set(d)) < 4:
            continue
        if cc in ('en', 'us') and ('-555-' in p or ' 555-' in p or '.555.' in p):
            continue
        return p

# ---------------------------------------------------------------- IP

def make_ipv4():
    while True:
        a = R.choice([31, 37, 45, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 68, 71, 73, 98, 99, 107, 113, 115, 116, 117, 118, 171, 180, 182, 183, 202, 203, 210, 211, 220, 222, 41, 102, 105, 197, 5, 2, 37, 51, 52, 54, 34, 35, 104, 142, 157, 161, 164])
        ip = '%d.%d.%d.%d' % (a, R.randrange(0, 256), R.randrange(0, 256), R.randrange(1, 255))
        if ip.startswith(('203.0.113.', '198.51.100.', '192.0.2.')):
            continue
        return ip


def make_ipv6():
    p = R.choice(['2a02:', '2a01:', '2600:', '2001:4860:', '2a00:', '2401:', '2405:', '2a0d:', '2804:', '2c0f:', '2409:'])
    n = 8 - p.count(':')
    groups = ['%x' % R.randrange(0x100, 0xffff) for _ in range(n)]
    s = p + ':'.join(groups)
    if R.random() < 0.5:
        # compress a middle run
        parts = s.split(':')
        parts = parts[:4] + [''] + parts[6:]
        s = ':'.join(parts)
    return s

# ---------------------------------------------------------------- dates of birth / other dates

MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου'.split(),
    'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'.split(),
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince'.split(),
    'hu': 'január február március április május június július augusztus szeptember október november december'.split(),
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(),
    'no': 'januar februar mars april mai juni juli august september oktober november desember'.split(),
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(),
    'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(),
    'bn': 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর'.split(),
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(),
    'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
}
SCRIPT_DIGITS = {'fa': '۰۱۲۳۴۵۶۷۸۹', 'ar': '٠١٢٣٤٥٦٧٨٩', 'bn': '০১২৩৪৫৬৭৮৯', 'th': '๐๑๒๓๔๕๖๗๘๙', 'hi': '०१२३४५६७८९'}


def to_script(s, lang):
    t = SCRIPT_DIGITS[lang]
    return ''.join(t[int(c)] if c.isdigit() else c for c in s)


def make_date(fmt, y0=1950, y1=2008):
    y = R.randrange(y0, y1 + 1); m = R.randrange(1, 13); d = R.randrange(1, 29)
    if fmt == 'dmy.': return '%02d.%02d.%d' % (d, m, y)
    if fmt == 'dmy/': return '%02d/%02d/%d' % (d, m, y)
    if fmt == 'dmy-': return '%02d-%02d-%d' % (d, m, y)
    if fmt == 'mdy/': return '%02d/%02d/%d' % (m, d, y)
    if fmt == 'iso': return '%d-%02d-%02d' % (y, m, d)
    if fmt == 'ymd.': return '%d.%02d.%02d.' % (y, m, d)
    if fmt == 'ymd/': return '%d/%02d/%02d' % (y, m, d)
    if fmt == 'amad': return '%02d%s%02d' % (d, MONTHS['en'][m - 1][:3].upper(), y % 100)
    if fmt == 'ko': return '%d년 %d월 %d일' % (y, m, d)
    if fmt == 'ja': return '%d年%d月%d日' % (y, m, d)
    if fmt == 'th': return '%d %s %d' % (d, MONTHS['th'][m - 1], y + 543)
    if fmt == 'thnum': return '%02d/%02d/%d' % (d, m, y + 543)
    if fmt == 'fa':  # Solar Hijri approximation, Persian digits
        return to_script('%d/%02d/%02d' % (y - 621, m, d), 'fa')
    if fmt == 'bn': return to_script('%02d-%02d-%d' % (d, m, y), 'bn')
    if fmt == 'arnum': return to_script('%02d/%02d/%d' % (d, m, y), 'ar')
    if fmt == 'en': return '%s %d, %d' % (MONTHS['en'][m - 1], d, y)
    if fmt == 'en2': return '%d %s %d' % (d, MONTHS['en'][m - 1], y)
    if fmt in ('pt', 'es'): return '%d de %s de %d' % (d, MONTHS[fmt][m - 1], y)
    if fmt == 'vi': return 'ngày %d tháng %d năm %d' % (d, m, y)
    if fmt == 'hu': return '%d. %s %d.' % (y, MONTHS['hu'][m - 1], d)
    if fmt in ('fi', 'no', 'cs'): return '%d. %s %d' % (d, MONTHS[fmt][m - 1], y)
    if fmt == 'fr' and d == 1: return '1er %s %d' % (MONTHS['fr'][m - 1], y)
    if fmt in MONTHS: return '%d %s %d' % (d, MONTHS[fmt][m - 1], y)
    raise ValueError(fmt)

# ---------------------------------------------------------------- secrets

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def jwt():
    hdr = R.choice([{'alg': 'HS256', 'typ': 'JWT'}, {'alg': 'RS256', 'typ': 'JWT', 'kid': rs(8, HEX)}, {'alg': 'ES256', 'typ': 'JWT'}])
    now = 1760000000 + R.randrange(0, 9000000)
    pl = {'sub': R.choice([uuid4(), 'usr_' + rs(10), str(R.randrange(10000, 999999))]), 'iat': now, 'exp': now + R.choice([900, 3600, 86400])}
    if R.random() < 0.5: pl['scope'] = R.choice(['read write', 'payouts:read', 'driver', 'admin'])
    if R.random() < 0.4: pl['iss'] = R.choice(['https://auth.rydeo.app', 'https://sso.kampus-online.pl', 'https://id.hostelio.com'])
    h = b64u(json.dumps(hdr, separators=(',', ':')).encode())
    p = b64u(json.dumps(pl, separators=(',', ':')).encode())
    sig = b64u(rbytes(32 if hdr['alg'] == 'HS256' else 64))
    return h + '.' + p + '.' + sig


def pem(kind='RSA'):
    if kind == 'OPENSSH':
        body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + base64.b64encode(rbytes(180)).decode()
        hdr, ftr = '-----BEGIN OPENSSH PRIVATE KEY-----', '-----END OPENSSH PRIVATE KEY-----'
    elif kind == 'EC':
        body = 'MHcCAQEEI' + base64.b64encode(rbytes(84)).decode()
        hdr, ftr = '-----BEGIN EC PRIVATE KEY-----', '-----END EC PRIVATE KEY-----'
    elif kind == 'PKCS8':
        body = 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' + base64.b64encode(rbytes(96)).decode()
        hdr, ftr = '-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----'
    else:
        body = 'MIIEowIBAAKCAQEA' + base64.b64encode(rbytes(270)).decode()
        hdr, ftr = '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----'
    body = body.rstrip('=')
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return hdr + '\n' + '\n'.join(lines) + '\n' + ftr

PW_WORDS = ['Sol', 'Lato', 'Kawa', 'Praia', 'Thalassa', 'Nordlys', 'Talvi', 'Duna', 'Hoa', 'Kopi', 'Bahar', 'Sakura', 'Tigre', 'Orzel', 'Fjord', 'Kala', 'Mango', 'Lua', 'Bora', 'Zima']


def password(style=None):
    st = style if style is not None else R.randrange(4)
    if st == 0:
        return R.choice(PW_WORDS) + R.choice(PW_WORDS).lower() + dn(R.choice([2, 4])) + R.choice('!#$%&*?@')
    if st == 1:
        return rs(R.randrange(14, 22), ALNUM + '!#%&*+-=?^_~')
    if st == 2:
        return rs(24, ALNUM)
    return R.choice(PW_WORDS) + '-' + R.choice(PW_WORDS).lower() + '-' + R.choice(PW_WORDS).lower() + '-' + dn(2)


def secret(kind):
    k = kind
    if k == 'aws_id': return R.choice(['AKIA', 'ASIA']) + rs(16, UP + '234567')
    if k == 'aws_secret': return rs(40, ALNUM + '+/')
    if k == 'gh': return 'ghp_' + rs(36)
    if k == 'gh_fine': return 'github_pat_11' + rs(20, UP + DIG) + '_' + rs(59)
    if k == 'ghs': return 'ghs_' + rs(36)
    if k == 'glpat': return 'glpat-' + rs(20, ALNUM + '-_')
    if k == 'glrunner': return 'glrt-' + rs(20, ALNUM + '-_')
    if k == 'slack_bot': return 'xoxb-' + dn(12) + '-' + dn(13) + '-' + rs(24)
    if k == 'slack_user': return 'xoxp-' + dn(12) + '-' + dn(12) + '-' + dn(13) + '-' + rs(32, HEX)
    if k == 'slack_hook': return 'https://hooks.slack.com/services/T' + rs(10, UP + DIG) + '/B' + rs(10, UP + DIG) + '/' + rs(24)
    if k == 'discord_hook': return 'https://discord.com/api/webhooks/' + dn(19) + '/' + rs(68, ALNUM + '-_')
    if k == 'teams_hook': return 'https://' + R.choice(['contoso', 'flotea', 'imobilia']) + '.webhook.office.com/webhookb2/' + uuid4() + '@' + uuid4() + '/IncomingWebhook/' + rs(32, HEX) + '/' + uuid4() + '/V2' + rs(40, ALNUM + '-_')
    if k == 'gchat_hook': return 'https://chat.googleapis.com/v1/spaces/AAAA' + rs(7, ALNUM + '-_') + '/messages?key=AIzaSy' + rs(33, ALNUM + '-_') + '&token=' + rs(43, ALNUM + '-_') + '%3D'
    if k == 'stripe': return R.choice(['sk_live_', 'rk_live_']) + '51' + rs(R.choice([22, 96]))
    if k == 'stripe_wh': return 'whsec_' + rs(32)
    if k == 'google': return 'AIza' + R.choice(['Sy', 'Sy', 'Sz']) + rs(33, ALNUM + '-_')
    if k == 'openai': return 'sk-proj-' + rs(58, ALNUM + '-_') + 'T3BlbkFJ' + rs(58, ALNUM + '-_')
    if k == 'anthropic': return 'sk-ant-api03-' + rs(93, ALNUM + '-_') + 'AA'
    if k == 'sendgrid': return 'SG.' + rs(22, ALNUM + '-_') + '.' + rs(43, ALNUM + '-_')
    if k == 'twilio_token': return rs(32, HEX)
    if k == 'mailgun': return 'key-' + rs(32, HEX)
    if k == 'npm': return 'npm_' + rs(36)
    if k == 'pypi': return 'pypi-AgEIcHlwaS5vcmc' + rs(60, ALNUM + '-_')
    if k == 'jwt': return jwt()
    if k == 'pem': return pem(R.choice(['RSA', 'EC', 'OPENSSH', 'PKCS8']))
    if k == 'pem_rsa': return pem('RSA')
    if k == 'pem_ssh': return pem('OPENSSH')
    if k == 'pem_p8': return pem('PKCS8')
    if k == 'pw': return password()
    if k == 'pw0': return password(0)
    if k == 'pw1': return password(1)
    if k == 'pw2': return password(2)
    if k == 'pw3': return password(3)
    if k == 'azure_key': return base64.b64encode(rbytes(64)).decode()
    if k == 'azure_sig': return urllib.parse.quote(base64.b64encode(rbytes(32)).decode(), safe='')
    if k == 'telegram': return dn(10) + ':AA' + rs(33, ALNUM + '-_')
    if k == 'datadog': return rs(32, HEX)
    if k == 'newrelic': return 'NRAK-' + rs(27, UP + DIG)
    if k == 'vault': return 'hvs.' + rs(90, ALNUM + '-_')
    if k == 'shopify': return 'shpat_' + rs(32, HEX)
    if k == 'mapbox': return 'sk.eyJ1Ijoi' + rs(40, ALNUM) + '.' + rs(22, ALNUM + '-_')
    if k == 'square': return 'EAAA' + rs(60, ALNUM + '-_')
    if k == 'braintree': return 'access_token$production$' + rs(16, LO + DIG) + '$' + rs(32, HEX)
    if k == 'fcm': return 'AAAA' + rs(7, ALNUM + '-_') + ':APA91b' + rs(134, ALNUM + '-_')
    if k == 'age': return 'AGE-SECRET-KEY-1' + rs(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')
    if k == 'hf': return 'hf_' + rs(34)
    if k == 'doppler': return 'dp.st.prd.' + rs(40)
    if k == 'heroku': return 'HRKU-' + uuid4()
    if k == 'do': return 'dop_v1_' + rs(64, HEX)
    if k == 'linear': return 'lin_api_' + rs(40)
    if k == 'atlassian': return 'ATATT3xFfGF0' + rs(180, ALNUM + '-_')[:170] + '=' + rs(8, HEX.upper())
    if k == 'expo': return rs(40, ALNUM + '_-')
    if k == 'gcp_sa_key': return '-----BEGIN PRIVATE KEY-----\\n' + 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + base64.b64encode(rbytes(60)).decode() + '\\n-----END PRIVATE KEY-----\\n'
    if k == 'hex64': return rs(64, HEX)
    if k == 'hex40': return rs(40, HEX)
    if k == 'b64_32': return base64.b64encode(rbytes(32)).decode()
    if k == 'tok': return rs(32)
    if k == 'oauth_refresh': return '1//0' + rs(100, ALNUM + '-_')
    if k == 'ms_client_secret': return rs(3, ALNUM) + '8Q~' + rs(34, ALNUM + '-_.~')
    if k == 'sentry': return 'sntrys_eyJpYXQiOjE3' + rs(60, ALNUM) + '_' + rs(43, ALNUM + '+/')
    if k == 'gocspx': return 'GOCSPX-' + rs(28, ALNUM + '-_')
    if k == 'django': return 'django-insecure-' + rs(50, LO + DIG + '!@#%^&*(-_=+)')
    if k == 'rabbit': return rs(18)
    raise ValueError(kind)

# ---------------------------------------------------------------- look-alikes


def lookalike(kind, arg):
    k = kind
    if k == 'uuid': return uuid4()
    if k == 'sha256': return rs(64, HEX)
    if k == 'sha1': return rs(40, HEX)
    if k == 'gitsha': return rs(R.choice([7, 8, 12]), HEX)
    if k == 'md5': return rs(32, HEX)
    if k == 'digest': return 'sha256:' + rs(64, HEX)
    if k == 'bcrypt': return '$2b$12$' + rs(53, ALNUM + './')
    if k == 'objid': return rs(24, HEX)
    if k == 'card_bad': return card_fmt(bad_card_digits(), arg or R.choice(['sp', 'plain', 'dash']))
    if k == 'mask': return R.choice(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• •••• •••• ', '************', 'xxxx xxxx xxxx ']) + dn(4)
    if k == 'bin_mask': return card_digits()[:6] + '******' + dn(4)
    if k == 'last4': return dn(4)
    if k == 'testcard': return R.choice(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4242424242424242', '4111-1111-1111-1111'])
    if k == 'giftcard': return card_fmt(no_card(16, R.choice(['60', '77', '81', '98'])), 'sp')
    if k == 'iban_bad': return iban_fmt(bad_iban_raw(arg or R.choice(['DE', 'PL', 'PT', 'RO'])), R.choice(['sp', 'plain']))
    if k == 'iban_sample': return R.choice(['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'GB29NWBK60161331926819', 'NL91ABNA0417164300'])
    if k == 'ssn_bad': return ssn_fmt(bad_ssn_raw(), arg or 'dash')
    if k == 'ssn_sample': return R.choice(['123-45-6789', '078-05-1120', '219-09-9999'])
    if k == 'itin': return '9%s-%s-%s' % (dn(2), R.choice(['70', '71', '78', '80', '88', '92']), dn(4))
    if k == 'ein': return '%s-%s' % (R.choice(['12', '27', '45', '81', '94']), dn(7))
    if k == 'nino_bad': return nino_fmt(bad_nino_raw(), arg or R.choice(['sp', 'plain']))
    if k == 'nino_sample': return 'QQ 12 34 56 C'
    if k == 'vin': return vin()
    if k == 'container': return iso6346()
    if k == 'imei': return imei()
    if k == 'isbn': return isbn_fmt(isbn13())
    if k == 'aba': return aba()
    if k == 'pnr': return rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    if k == 'eticket': return R.choice(['074', '220', '125', '057', '047', '080', '050', '114', '738', '217', '126', '281', '064', '105', '180', '065', '176', '157']) + (arg or '-') + no_card(10, '2')
    if k == 'order': return (arg or 'ORD') + '-' + R.choice(['2024', '2025', '2026']) + '-' + dn(6)
    if k == 'policy': return (arg or 'POL') + '/' + dn(2) + '/' + dn(7)
    if k == 'ups': return '1Z' + rs(6, UP + DIG) + dn(10)
    if k == 'track': return R.choice(['JJD', 'RR', 'CX', 'LX']) + dn(R.choice([9, 11, 18])) + R.choice(['', 'PL', 'DE', 'CN'])
    if k == 'ts': return '2026-0%d-%02dT%02d:%02d:%02d.%03dZ' % (R.randrange(1, 10), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))
    if k == 'epoch': return str(R.randrange(1760000000, 1790000000))
    if k == 'epoch_ms': return str(R.randrange(1760000000000, 1790000000000))
    if k == 'ver': return '%d.%d.%d' % (R.randrange(0, 12), R.randrange(0, 40), R.randrange(0, 30))
    if k == 'ver4': return '%d.%d.%d.%d' % (R.randrange(1, 20), R.randrange(0, 20), R.randrange(0, 30), R.randrange(0, 250))
    if k == 'coords': return '%.5f, %.5f' % (R.uniform(-40, 65), R.uniform(-80, 140))
    if k == 'mac': return ':'.join('%02X' % R.randrange(256) for _ in range(6))
    if k == 'ex_email': return R.choice(['user', 'jane.doe', 'test', 'no-reply', 'admin', 'you']) + '@' + R.choice(['example.com', 'example.org', 'example.net'])
    if k == 'doc_ip': return R.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randrange(1, 255))
    if k == 'doc_ip6': return '2001:db8::' + '%x' % R.randrange(1, 0xffff)
    if k == 'fake_phone': return pat(R.choice(['+1 (NXX) 555-01XX', 'NXX-555-01XX', '+1 NXX 555 01XX']))
    if k == 'date': return make_date(arg or 'iso', 2019, 2027)
    if k == 'plate': return pat(R.choice(['WA AAAXX', 'BAA-XXXX', 'XAA XXXX', 'B-XX-AAA', 'EL-XXXXX', 'AAA-XXX', 'XX가 XXXX']))
    if k == 'imo': return 'IMO 9' + dn(6)
    if k == 'hs': return '%s.%s.%s' % (dn(4), dn(2), dn(2))
    if k == 'mrn': return '26' + R.choice(['PL', 'RO', 'CZ', 'HU', 'FI', 'NO', 'PT', 'GR']) + rs(14, UP + DIG)
    if k == 'eori': return R.choice(['PL', 'RO', 'CZ', 'HU', 'FI', 'PT', 'GR', 'DE']) + dn(12) + '00000'[:R.choice([0, 3, 5])]
    if k == 'bic': return R.choice(['BPKOPLPW', 'BCOMPTPL', 'ETHNGRAA', 'BTRLRO22', 'KOMBCZPP', 'OTPVHUHB', 'NDEAFIHH', 'DNBANOKK', 'BREXPLPW', 'INGBROBU', 'CGDIPTPL', 'RZBRROBU'])
    if k == 'sortcode': return '%s-%s-%s' % (dn(2), dn(2), dn(2))
    if k == 'aws_acct': return dn(12)
    if k == 'arn': return 'arn:aws:iam::' + dn(12) + ':role/' + R.choice(['ci-deploy', 'fleet-ingest', 'payout-worker'])
    if k == 'twilio_sid': return 'AC' + rs(32, HEX)
    if k == 'age_pub': return 'age1' + rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
    if k == 'sshpub': return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, ALNUM + '+/') + ' ' + R.choice(['ci@runner', 'deploy@build-01', 'ana@laptop'])
    if k == 'oid': return '1.3.6.1.4.1.' + str(R.randrange(1000, 60000)) + '.' + str(R.randrange(1, 20))
    if k == 'netmask': return R.choice(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.248.0'])
    if k == 'resolver': return R.choice(['1.1.1.1', '9.9.9.9'])
    if k == 'akia_ex': return 'AKIAIOSFODNN7EXAMPLE'
    if k == 'ref': return '${' + (arg or 'DB_PASSWORD') + '}'
    if k == 'num': return dn(int(arg or 8))
    if k == 'nocard': return no_card(int(arg or 16))
    if k == 'email_mask':
        lp = R.choice(['a', 'k', 'm', 'j', 'p', 's', 'n', 'd'])
        return lp + '*' * R.randrange(3, 7) + '@' + R.choice(['gmail.com', 'wp.pl', 'seznam.cz', 'yahoo.com', 'naver.com', 'sapo.pt', 'freemail.hu'])
    if k == 'phone_mask' and arg: return arg + '** *** ' + dn(3)
    if k == 'phone_mask': return R.choice(['+48 *** *** ', '+44 7*** ***', '+351 9** *** ', '+30 69* *** ', '*** *** *']) + dn(3)
    if k == 'lit': return arg
    raise ValueError(kind)

# ---------------------------------------------------------------- obfuscation transforms

AT_STYLES = {
    'en': (' [at] ', ' [dot] '), 'paren': ('(at)', '(dot)'), 'word': (' at ', ' dot '), 'brk': ('[@]', '[.]'), 'curly': ('{at}', '{dot}'),
    'pl': (' małpa ', ' kropka '), 'pt': (' arroba ', ' ponto '), 'cs': (' zavináč ', ' tečka '), 'hu': ('(kukac)', '(pont)'),
    'ro': (' (at) ', ' punct '), 'fi': (' ät ', ' piste '), 'no': (' krøllalfa ', ' punktum '), 'ko': (' 골뱅이 ', ' 점 '),
    'ar': (' آت ', ' نقطة '), 'he': (' שטרודל ', ' נקודה '), 'fa': (' اَت ', ' دات '), 'id': (' et ', ' titik '), 'vi': (' a còng ', ' chấm '),
    'th': (' แอท ', ' จุด '), 'el': (' παπάκι ', ' τελεία '), 'bn': (' অ্যাট ', ' ডট '), 'de': (' (ät) ', ' (punkt) '), 'tr': (' et ', ' nokta '),
}
SPELL = {
    'en': 'zero one two three four five six seven eight nine plus',
    'pt': 'zero um dois três quatro cinco seis sete oito nove mais',
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć plus',
    'el': 'μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα συν',
    'ro': 'zero unu doi trei patru cinci șase șapte opt nouă plus',
    'cs': 'nula jedna dva tři čtyři pět šest sedm osm devět plus',
    'hu': 'nulla egy kettő három négy öt hat hét nyolc kilenc plusz',
    'fi': 'nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän plus',
    'no': 'null en to tre fire fem seks sju åtte ni pluss',
    'id': 'nol satu dua tiga empat lima enam tujuh delapan sembilan plus',
    'vi': 'không một hai ba bốn năm sáu bảy tám chín cộng',
    'th': 'ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า บวก',
    'ko': '공 일 이 삼 사 오 육 칠 팔 구 플러스',
    'ar': 'صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة زائد',
    'he': 'אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע פלוס',
    'fa': 'صفر یک دو سه چهار پنج شش هفت هشت نه به‌علاوه',
    'bn': 'শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় প্লাস',
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun plus',
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve más',
    'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz artı',
}
ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff']
SPACES = ['\u00a0', '\u202f', '\u2009', '\u2007']


def spell(v, lang, mix=False):
    w = SPELL[lang].split()
    groups, cur = [], []
    for ch in v:
        if ch.isdigit(): cur.append(ch)
        elif ch == '+': cur.append('+')
        else:
            if cur: groups.append(cur); cur = []
    if cur: groups.append(cur)
    out = []
    for gi, g in enumerate(groups):
        if mix and gi % 2 == 1:
            out.append(''.join(g))
        else:
            out.append(' '.join(w[10] if c == '+' else w[int(c)] for c in g))
    return ', '.join(out)


def apply_t(v, t, arg):
    if t == 'b64': return base64.b64encode(v.encode()).decode()
    if t == 'basic': return base64.b64encode((arg + ':' + v).encode()).decode()
    if t == 'url': return urllib.parse.quote(v, safe='')
    if t == 'urlall': return ''.join('%%%02X' % b for b in v.encode())
    if t == 'at':
        a, d = AT_STYLES[arg or 'en']
        lp, dom = v.split('@', 1)
        return lp + a + dom.replace('.', d)
    if t == 'atonly':
        a, d = AT_STYLES[arg or 'en']
        return v.replace('@', a)
    if t == 'zw':
        s = list(v)
        for _ in range(int(arg or 2)):
            s.insert(R.randrange(1, len(s)), R.choice(ZW))
        return ''.join(s)
    if t == 'fw': return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in v)
    if t == 'fwd': return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
    if t == 'nbsp': return ''.join(R.choice(SPACES) if c == ' ' else c for c in v)
    if t == 'script': return to_script(v, arg)
    if t == 'spell': return spell(v, arg)
    if t == 'mix': return spell(v, arg, mix=True)
    if t == 'nl':
        sp = [i for i, c in enumerate(v) if c in ' -']
        if sp:
            i = sp[len(sp) // 2]
            return v[:i] + '\n' + v[i + 1:]
        i = len(v) // 2
        return v[:i] + '\n' + v[i:]
    if t == 'rev': return v[::-1]
    if t == 'html': return v.replace('@', '&#64;').replace('.', '&#46;')
    if t == 'htmlall': return ''.join('&#%d;' % ord(c) for c in v)
    if t == 'jsonu': return v.replace('@', '\\u0040').replace('.', '\\u002e')
    if t == 'qp':
        s = v.replace('=', '=3D').replace('@', '=40')
        i = len(s) // 2
        return s[:i] + '=\n' + s[i:]
    if t == 'dash': return v.replace(' ', '-')
    if t == 'dots': return v.replace(' ', '.').replace('-', '.')
    if t == 'spaced': return ' '.join(c for c in v.replace(' ', '').replace('-', ''))
    if t == 'nosep': return re.sub(r'[ \-.()]', '', v)
    if t == 'lower': return v.lower()
    if t == 'upper': return v.upper()
    if t == 'slash': return v.replace(' ', ' / ')
    raise ValueError(t)

# ---------------------------------------------------------------- template engine

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
TOK = re.compile('⟨([^⟩]*)⟩')


def unesc(s):
    def rep(m):
        e = m.group(0)
        if e == '\\n': return '\n'
        if e == '\\t': return '\t'
        if e == '\\\\': return '\\'
        return chr(int(e[2:], 16))
    return re.sub(r'\\(?:n|t|\\|u[0-9A-Fa-f]{4})', rep, s)


def gen_value(kind, args, ctx, lang):
    a = args + [None] * 3
    if kind == 'email': return make_email(ctx, a[0] or lang, a[1])
    if kind == 'phone': return make_phone(a[0] or lang)
    if kind == 'card': return card_fmt(card_digits(a[0] if a[0] not in (None, 'any') else None), a[1] or R.choice(['sp', 'plain', 'sp']))
    if kind == 'iban': return iban_fmt(iban_raw(a[0]), a[1] or R.choice(['sp', 'plain']))
    if kind == 'ssn': return ssn_fmt(ssn_raw(), a[0] or 'dash')
    if kind == 'nino': return nino_fmt(nino_raw(), a[0] or R.choice(['sp', 'plain']))
    if kind == 'ip': return make_ipv6() if a[0] == '6' else make_ipv4()
    if kind == 'dob': return make_date(a[0] or 'iso', int(a[1]) if a[1] else 1950, int(a[2]) if a[2] else 2008)
    if kind == 'secret': return secret(a[0] or 'pw')
    raise ValueError(kind)


def render(tpl, lang):
    """returns (segments, n_lookalikes); segments = [(text, kind_or_None)]"""
    ctx = Ctx()
    segs, nla, pos = [], 0, 0
    tpl = unesc(tpl)
    for m in TOK.finditer(tpl):
        if m.start() > pos: segs.append((tpl[pos:m.start()], None))
        pos = m.end()
        body = m.group(1)
        if body.startswith('='):
            segs.append((body[1:], None)); nla += 1; continue
        if body.startswith('L:'):
            k, _, txt = body[2:].partition('=')
            assert k in KINDS
            segs.append((txt, k)); continue
        if body.startswith('~'):
            k, _, arg = body[1:].partition(':')
            segs.append((lookalike(k, arg or None), None)); nla += 1; continue
        if body.startswith('name'):
            hd, *tr = body.split('|')
            _, _, lg = hd.partition(':')
            nm = make_name(lg or lang)
            ctx.person = nm + (False,)
            segs.append((nm[0].upper() if 'upper' in tr else nm[0], None)); continue
        if body == 'nm':
            segs.append((ctx.person[0], None)); continue
        parts = body.split('|')
        head, trans = parts[0], parts[1:]
        store = None
        if '>' in head:
            head, store = head.split('>')
        if head.startswith('$'):
            kind, v = ctx.vars[head[1:]]
        else:
            hp = head.split(':')
            kind, args = hp[0], hp[1:]
            assert kind in KINDS, body
            v = gen_value(kind, args, ctx, lang)
        if store:
            ctx.vars[store] = (kind, v)
        out = [(v, kind)]
        for t in trans:
            tn, _, ta = t.partition('=')
            if tn == 'split':
                val = out[-1][0]
                sp = [i for i, c in enumerate(val) if c == ' ']
                i = sp[len(sp) // 2] if sp else len(val) // 2
                a, b = val[:i].strip(), val[i:].strip()
                out = out[:-1] + [(a, kind), (ta, None), (b, kind)]
            elif tn == 'raw':  # emit unlabelled (used for values that are shown as look-alikes only)
                out = [(x, None) for x, _ in out]
            else:
                out = [(apply_t(x, tn, ta or None) if k else x, k) for x, k in out]
        segs.extend(out)
    if pos < len(tpl): segs.append((tpl[pos:], None))
    return segs, nla

# ---------------------------------------------------------------- output escaping


def must_escape(c):
    o = ord(c)
    if c in '\n\t\\': return True
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs'): return True
    if cat == 'Zs' and c != ' ': return True
    if 0xFF00 <= o <= 0xFFEF: return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164, 0x2800, 0x180E) or 0xFE00 <= o <= 0xFE0F: return True
    return False


def esc_char(c):
    if c == '\n': return '\\n'
    if c == '\t': return '\\t'
    return '\\u%04X' % ord(c)


def emit(segs):
    # merge adjacent unlabelled segments
    m = []
    for t, k in segs:
        if not t: continue
        if m and k is None and m[-1][1] is None:
            m[-1] = (m[-1][0] + t, None)
        else:
            m.append((t, k))
    out = []
    for si, (t, k) in enumerate(m):
        prev_brace = si > 0 and (m[si - 1][1] is not None or m[si - 1][0].endswith(('{', '}')))
        next_brace = si + 1 < len(m) and (m[si + 1][1] is not None or m[si + 1][0].startswith(('{', '}')))
        if k is not None:
            prev_brace = False  # preceded by ':'
            next_brace = True   # followed by '}}'
        buf = []
        for i, c in enumerate(t):
            if must_escape(c) or c == '\\':
                buf.append(esc_char(c)); continue
            if c in '{}':
                left = t[i - 1] if i > 0 else None
                right = t[i + 1] if i + 1 < len(t) else None
                adj = (left in ('{', '}')) or (right in ('{', '}')) or (i == 0 and prev_brace) or (i == len(t) - 1 and next_brace)
                if adj:
                    buf.append(esc_char(c)); continue
            buf.append(c)
        s = ''.join(buf)
        out.append('{{%s:%s}}' % (k, s) if k else s)
    line = ''.join(out)
    if line.startswith('#'):
        line = '\\u0023' + line[1:]
    return line

FAMILIES = []


def FAM(name, block):
    items = []
    for ln in block.strip('\n').split('\n'):
        if not ln.strip() or ln.startswith('//'): continue
        lang, _, tpl = ln.partition('|')
        items.append((lang.strip(), tpl.strip(' ')))
    FAMILIES.append((name, items))

FAM('airline_pnr_eticket', r'''
en|BOOKING CONFIRMED\nRecord locator: ⟨~pnr⟩   E-ticket: ⟨~eticket⟩\nPassenger: MR ⟨name:en⟩  ADT\nContact: ⟨email⟩ / ⟨~phone_mask:+44 7⟩\nFlight BA0852 LHR-WAW 14MAR seat 23C, fare basis ⟨=KLOWGB2⟩
pl|Dzień dobry, zmiana rezerwacji ⟨~pnr⟩ — pasażerka ⟨name:pl⟩, nr biletu ⟨~eticket:⟩. Proszę o kontakt pod ⟨phone:pl⟩, nie na stary numer z karty lojalnościowej ⟨=Miles&More 992004718332651⟩.
pt|Olá ⟨name:pt⟩, o seu bilhete eletrónico n.º ⟨~eticket⟩ (reserva ⟨~pnr⟩) foi emitido. Enviámos o recibo para ⟨email⟩. Pagamento com cartão terminado em ⟨~last4⟩ — valor 412,80 EUR.
el|Κράτηση ⟨~pnr⟩ / Αριθμός εισιτηρίου ⟨~eticket⟩\nΕπιβάτης: ⟨name:el⟩, ημερομηνία γέννησης ⟨dob:dmy/⟩\nΚινητό: ⟨phone:el⟩\nΠτήση A3 612 ATH-SKG, αναχώρηση ⟨~date:dmy/⟩ 07:40
he|שלום, אני צריכה לעדכן את הדרכון בהזמנה ⟨~pnr⟩. שם: ⟨name:he⟩, תאריך לידה ⟨dob:dmy.⟩, טלפון ⟨phone:he⟩. מספר הכרטיס שלי ⟨~eticket⟩.
en|SSR DOCS YY HK1/P/GBR/⟨=533218870⟩/GBR/⟨dob:amad⟩/M/⟨~date:amad⟩/⟨name:en|upper⟩\nOSI YY CTCE ⟨email|upper⟩\nOSI YY CTCM ⟨phone:en|nosep⟩
id|Halo kak, kode booking saya ⟨~pnr⟩, nomor tiket ⟨~eticket⟩. Tolong refund ke rekening, konfirmasi ke email ⟨email|at=id⟩ ya, atau WA ⟨phone:id⟩. Terima kasih 🙏
ko|[항공권 발권 안내] 예약번호 ⟨~pnr⟩ / 전자항공권 ⟨~eticket⟩\n탑승객: ⟨name:ko⟩ 님\n연락처 ⟨phone:ko⟩\n수하물 태그 ⟨=KE 180412⟩
vi|Vé điện tử số ⟨~eticket⟩, mã đặt chỗ ⟨~pnr⟩. Hành khách ⟨name:vi⟩, sinh ngày ⟨dob:dmy/⟩. Liên hệ: ⟨phone:vi⟩ — thanh toán thẻ ⟨card:visa:sp⟩.
ar|تم إصدار تذكرتك رقم ⟨~eticket⟩، رمز الحجز ⟨~pnr⟩. المسافر: ⟨name:ar⟩، تاريخ الميلاد ⟨dob:dmy/⟩. للتواصل: ⟨phone:ar⟩
en|Irregular ops note: pax on PNR ⟨~pnr⟩ rebooked onto LO282, new ticket ⟨~eticket⟩ (conjunction ⟨~eticket⟩). Compensation claim to be paid via IBAN ⟨iban:PL:sp⟩ — pax emailed from ⟨email:pl⟩.
''')

FAM('hotel_folio', r'''
en|GUEST FOLIO  No. ⟨=F-204719⟩   Room 1412\nGuest: ⟨name:en⟩\nArrival ⟨=12 March 2026⟩  Departure ⟨=15 March 2026⟩\nCard on file: ⟨~mask⟩  Auth code ⟨=08412Z⟩\nLoyalty # ⟨=HH 883 917 204⟩\nEmail: ⟨email⟩
pt|Check-in antecipado — hóspede ⟨name:pt⟩, quarto 305. Documento: passaporte CA⟨=882714⟩. Garantia com cartão ⟨card:mc:sp⟩ validade 09/28.
cs|Dobrý den, posílám údaje pro rezervaci č. ⟨~order:RES⟩: ⟨name:cs⟩, tel. ⟨phone:cs⟩, e-mail ⟨email⟩. Platba převodem, pokud možno na CZ účet — vaše IBAN v potvrzení nesedí (⟨~iban_bad:CZ⟩?).
th|เรียน คุณ⟨name:th⟩ ยืนยันการจองห้องพัก หมายเลข ⟨~order:BKK⟩ เช็คอิน ⟨~date:th⟩ กรุณาติดต่อ ⟨phone:th⟩ หากต้องการรถรับส่ง
hu|Vendégkártya — név: ⟨name:hu⟩; születési dátum: ⟨dob:ymd.⟩; állampolgárság: HU; IFA-mentesség: nem; szoba: 218; telefon: ⟨phone:hu⟩
fi|Hei! Lasku huoneesta 507 (folio ⟨=64120-3⟩) pitäisi lähettää osoitteeseen ⟨email⟩. Maksoin kortilla, jonka numero päättyy ⟨~last4⟩, mutta veloitus tuli kahdesti.
no|Gjest: ⟨name:no⟩\nAnkomst: ⟨~date:dmy.⟩\nMobil: ⟨phone:no⟩\nForhåndsbetalt via Vipps, ref ⟨=VP-7741092⟩
fa|سلام، برای رزرو هتل در اصفهان اطلاعات من: ⟨name:fa⟩، تاریخ تولد ⟨dob:fa⟩، موبایل ⟨phone:fa|script=fa⟩. کد رزرو ⟨~order:ISF⟩.
en|Night audit exception: folio 88213 posted twice to card ⟨card:amex:sp⟩ — guest requested reversal at the front desk; PMS terminal 10.4.7 build ⟨=10.4.7.118⟩.
ro|Bună ziua, atașez factura pentru camera 12 (sejur ⟨=03.04.2026⟩ – ⟨=06.04.2026⟩). Vă rog să o emiteți pe firmă, CUI ⟨=RO38112647⟩, și să returnați garanția în contul ⟨iban:RO:sp⟩.
''')

FAM('car_rental_agreement', r'''
en|RENTAL AGREEMENT RA# ⟨~num:10⟩\nRenter: ⟨name:en⟩   Age: 34\nDL: ⟨=D412-7718-2290⟩ (exp ⟨~date:mdy/⟩)\nVehicle: Toyota RAV4 VIN ⟨~vin⟩  Plate ⟨~plate⟩\nPhone ⟨phone:us⟩\nDeposit card ⟨card:visa:sp⟩
pl|Umowa najmu nr ⟨~order:UN⟩ — najemca ⟨name:pl⟩, ur. ⟨dob:dmy.⟩, prawo jazdy ⟨=00412/19/1465⟩. Pojazd Skoda Octavia, VIN ⟨~vin⟩, przebieg przy wydaniu 48 213 km. Kaucja blokowana na karcie ⟨card:mc:dash⟩.
el|Ενοικίαση αυτοκινήτου — Οδηγός: ⟨name:el⟩, γεν. ⟨dob:el⟩, τηλ. ⟨phone:el⟩. Αρ. πινακίδας ⟨~plate⟩, VIN ⟨~vin⟩. Ζημιά στον πίσω προφυλακτήρα κατά την επιστροφή.
ro|Contract închiriere ⟨~order:CI⟩: șofer secundar ⟨name:ro⟩, e-mail ⟨email|at=ro⟩. Autoturism Dacia Duster, serie șasiu ⟨~vin⟩.
en|Damage claim follow-up for rental ⟨~order:RA⟩: the customer disputes the €650 charge. Reach him on ⟨phone:de⟩. Toll transponder ID ⟨=0417-2291-8830⟩ logged 3 crossings.
id|Sewa mobil Avanza 3 hari, atas nama ⟨name:id⟩. SIM A ⟨=1204-8807-000312⟩. Transfer DP ke rekening kami, bukti kirim ke ⟨phone:id⟩.
tr|Kiralama sözleşmesi: ⟨name:tr⟩, doğum tarihi ⟨dob:dmy.⟩, ehliyet no ⟨=K8821043⟩. Araç plakası ⟨=34 ABC 812⟩, şase no ⟨~vin⟩. İletişim ⟨phone:tr⟩.
cs|Předávací protokol: vozidlo ⟨~vin⟩, SPZ ⟨=1AB 2345⟩, stav paliva 3/4. Nájemce ⟨name:cs⟩ (nar. ⟨dob:cs⟩), kauce 15 000 Kč zablokována na kartě končící ⟨~last4⟩.
he|הסכם השכרה ⟨~order:IL⟩ — נהג: ⟨name:he⟩, נולד ב-⟨dob:dmy/⟩, רישיון ⟨=8820146⟩. כרטיס לפיקדון: ⟨card:visa:dash⟩. רכב: יונדאי i20, שלדה ⟨~vin⟩.
en|Kiosk log 2026-03-02 06:14 pickup LIS: scanned licence, renter email ⟨email:pt⟩, card BIN ⟨~bin_mask⟩ declined, second card ⟨card:any:plain⟩ approved (auth ⟨=A71F0C⟩).
''')

FAM('student_records', r'''
en|STUDENT RECORD\nName: ⟨name:en⟩\nStudent ID: ⟨=S00482175⟩\nGrade: 11\nSSN: ⟨ssn:dash⟩\nGuardian phone: ⟨phone:us⟩\nEnrolled: ⟨~date:mdy/⟩
pl|Karta ucznia — ⟨name:pl⟩, klasa 3b, PESEL ⟨=08271204518⟩, rodzic: ⟨phone:pl⟩, e-dziennik login ⟨email|at=pl⟩.
pt|Ficha de matrícula: aluno ⟨name:pt⟩, data de nascimento ⟨dob:dmy/:2003:2007⟩, n.º de estudante ⟨=A2024-0913⟩. Encarregado de educação: ⟨phone:pt⟩.
hu|Hallgatói adatlap | Neptun-kód: ⟨=QX7K2B⟩ | Név: ⟨name:hu⟩ | Születési idő: ⟨dob:hu:2000:2006⟩ | E-mail: ⟨~email_mask⟩ | Tankör: 14
ko|학적부 조회 결과\n학번: ⟨=2021104382⟩\n성명: ⟨name:ko⟩\n생년월일: ⟨dob:iso:2001:2006⟩\n휴대전화: ⟨phone:ko⟩
en|"student_id","full_name","dob","email","ssn_last4","gpa"\n"⟨=U7710238⟩","⟨name:en⟩","⟨dob:iso:1999:2006⟩","⟨~email_mask⟩","⟨=4402⟩","3.41"
bn|শিক্ষার্থীর তথ্য: নাম ⟨name:bn⟩, রোল ⟨=২১০৪৫⟩, জন্ম তারিখ ⟨dob:bn:2002:2007⟩, অভিভাবকের মোবাইল ⟨phone:bn|script=bn⟩, রেজিস্ট্রেশন নং ⟨=1510284713⟩
fi|Opiskelijarekisteri: ⟨name:fi⟩, syntymäaika ⟨dob:dmy.:1998:2006⟩, opiskelijanumero ⟨=014582736⟩, opintopisteet 142. Huom: henkilötunnus on poistettu näkymästä.
ro|Foaie matricolă — student ⟨name:ro⟩, număr matricol ⟨=MAT 22/4471⟩, media 8,72.
en|Transcript request #⟨~num:6⟩: please mail a certified copy to the alumnus at ⟨email⟩; identity verified with the last four of SSN (⟨~last4⟩). ISBN of the catalogue ⟨~isbn⟩ cited in the footer.
ar|سجل الطالب: ⟨name:ar⟩، الرقم الجامعي ⟨=٤٤٢١٠٨٧٣⟩، تاريخ الميلاد ⟨dob:arnum:2001:2006⟩، الجوال ⟨phone:ar⟩
''')

FAM('exam_registrations', r'''
en|IELTS registration — candidate ⟨name:en⟩, candidate no. ⟨=004417⟩, centre GB112, date of birth ⟨dob:en2⟩, test date ⟨~date:en2⟩, ID passport ⟨=549106712⟩, email ⟨email⟩.
pl|Zgłoszenie na egzamin maturalny: ⟨name:pl⟩, ur. ⟨dob:dmy.:2007:2008⟩ w Lublinie, kod zdającego ⟨=MAT-2026-0418⟩, telefon ⟨phone:pl⟩. Opłata na konto ⟨iban:PL:sp⟩.
el|Δήλωση συμμετοχής στις Πανελλαδικές: ⟨name:el⟩, ημ/νία γέννησης ⟨dob:dmy/:2007:2008⟩, κωδικός υποψηφίου ⟨=40218833⟩, email ⟨email⟩, κινητό ⟨phone:el|nosep⟩
vi|Đăng ký thi IELTS: họ tên ⟨name:vi⟩, ngày sinh ⟨dob:vi:1996:2006⟩, số CCCD ⟨=001203018842⟩, số báo danh ⟨=HN-0884⟩, email ⟨email:vi⟩
en|{"exam":"AWS-SAA-C03","candidate":{"name":"⟨name:en⟩","email":"⟨email⟩","country":"PL"},"voucher":"⟨=AWSVCH-8K2Q-77TM⟩","center":"Pearson VUE 71184"}
cs|Přihláška k maturitě — ⟨name:cs⟩, e-mail ⟨email|at=cs⟩. Rodné číslo doplníme osobně. Variabilní symbol platby ⟨=2026041187⟩.
th|ใบสมัครสอบ TGAT: ชื่อ ⟨name:th⟩ วันเกิด ⟨dob:th:2007:2008⟩ เลขที่นั่งสอบ ⟨=6601-2215⟩ โทร ⟨phone:th⟩
id|Pendaftaran UTBK: nama ⟨name:id⟩, NISN ⟨=0078812354⟩, HP ⟨phone:id|nosep⟩. Nomor peserta ⟨=4-26-01-004218⟩.
no|Oppmelding privatisteksamen: ⟨name:no⟩, kandidatnr. ⟨=1042⟩, e-post ⟨email|at=no⟩. Fag: REA3056, eksamensdato ⟨~date:dmy.⟩.
tr|YKS başvurusu: ⟨name:tr⟩, aday numarası ⟨=26114872⟩. Sınav ücreti dekontu ektedir.
''')

FAM('school_trip_consent', r'''
en|Year 8 trip to Krakow — consent form\nStudent: ⟨name:en⟩ (born ⟨dob:en2:2012:2013⟩)\nParent mobile: ⟨phone:gb⟩\nEHIC: ⟨=80826 0000 0412 8837 2⟩\nAllergies: peanuts
pl|Wycieczka do Zakopanego 12–14.05 — zgoda rodzica. Dziecko: ⟨name:pl⟩, data ur. ⟨dob:dmy.:2012:2015⟩. Kontakt awaryjny: ⟨phone:pl⟩ (mama). Wpłata 640 zł na rachunek szkoły ⟨iban:PL:sp⟩.
pt|Visita de estudo a Coimbra: autorizo o meu educando ⟨name:pt⟩, nascido a ⟨dob:dmy/:2011:2014⟩, a participar. Contacto: ⟨phone:pt⟩. Cartão de Cidadão ⟨=14825531 2 ZX9⟩.
ro|Excursie școlară Sibiu — tabel participanți:\n1. ⟨name:ro⟩, clasa a VII-a, telefon părinte ⟨phone:ro⟩\n2. ⟨name:ro⟩, clasa a VII-a, telefon părinte ⟨~phone_mask:+40 7⟩
fi|Leirikoulu Kolille: oppilaan ⟨name:fi⟩ huoltaja ⟨phone:fi⟩. Kela-kortin numero ei tarvita. Maksu 120 € tilille ⟨iban:FI:sp⟩, viite ⟨=10 42286⟩.
ko|수학여행 참가 동의서 — 학생 ⟨name:ko⟩ (생년월일 ⟨dob:ko:2009:2010⟩, 출발일 ⟨~date:ko⟩), 보호자 연락처 ⟨phone:ko⟩
en|Reminder: the trip balance (£180) is due by ⟨~date:en2⟩. Pay by bank transfer, sort code ⟨~sortcode⟩, ref TRIP-8C. Do not send card numbers by email — last year someone sent ⟨~testcard⟩ as a "test".
hu|Osztálykirándulás Egerbe — szülői nyilatkozat. Tanuló: ⟨name:hu⟩, TAJ: ⟨=044 712 385⟩, szülő tel.: ⟨phone:hu⟩
he|טיול שנתי לגליל: אישור הורים. שם התלמידה: ⟨name:he⟩, כיתה ח׳2, טלפון הורה: ⟨phone:he⟩, אימייל: ⟨email:he⟩
en|Chaperone roster (do not forward):\n| Chaperone | Mobile | Email |\n|---|---|---|\n| ⟨name:en⟩ | ⟨phone:gb⟩ | ⟨email⟩ |\n| ⟨name:en⟩ | ⟨~phone_mask:+44 7⟩ | ⟨~email_mask⟩ |
''')

FAM('insurance_claims', r'''
en|FNOL — Claim ⟨~policy:CLM⟩\nPolicy: ⟨~policy:AUT⟩\nInsured: ⟨name:en⟩\nSSN: ⟨ssn:dash⟩\nLoss date: ⟨~date:mdy/⟩\nVehicle VIN: ⟨~vin⟩\nCallback: ⟨phone:us⟩
pl|Zgłoszenie szkody nr ⟨~policy:SZK⟩ z polisy OC ⟨~policy:OC⟩. Poszkodowany: ⟨name:pl⟩, tel. ⟨phone:pl|nbsp⟩. Odszkodowanie proszę przelać na ⟨iban:PL:plain⟩. Nr rej. sprawcy ⟨=WX 4821K⟩.
pt|Participação de sinistro — apólice ⟨~policy:AP⟩, tomador ⟨name:pt⟩, NIF ⟨=254187930⟩. IBAN para indemnização: ⟨iban:PT:sp⟩. Fotografias enviadas pela app.
el|Αναγγελία ζημιάς: αρ. συμβολαίου ⟨~policy:ΣΥΜ⟩, ασφαλισμένος ⟨name:el⟩. Λογαριασμός πληρωμής ⟨iban:GR:sp⟩.
en|Re: claim ⟨~policy:HO⟩ water damage\n\nHi, my SSN is ⟨ssn:sp⟩ if you need it for the 1099. Please send the check to my new address. My wife's cell is ⟨phone:us⟩. Thanks, ⟨name:en⟩
ro|Dosar daună ⟨~policy:RCA⟩ — păgubit ⟨name:ro⟩, CNP ⟨=1850412400118⟩, cont IBAN ⟨iban:RO:sp⟩, e-mail ⟨email:ro⟩. Număr înmatriculare ⟨=B 123 XYZ⟩.
hu|Kárbejelentés — kötvényszám ⟨~policy:KGFB⟩, károsult ⟨name:hu⟩, bankszámla ⟨iban:HU:sp⟩, telefon ⟨phone:hu⟩. A baleset helyszíne: ⟨~coords⟩.
ar|مطالبة تأمين رقم ⟨~policy:CL⟩ — المؤمَّن له: ⟨name:ar⟩، الآيبان ⟨iban:SA:sp⟩، الجوال ⟨phone:ar⟩. رقم الهيكل ⟨~vin⟩.
en|Claimant portal audit: login from ⟨ip⟩ for claim ⟨~policy:CLM⟩, password reset sent to ⟨email⟩, session ⟨~uuid⟩, UA Chrome/⟨=124.0.6367.91⟩
no|Skademelding: polise ⟨~policy:NO⟩, forsikringstaker ⟨name:no⟩, kontonummer for utbetaling ⟨iban:NO:plain⟩ (norsk konto ⟨=1503.45.12007⟩ er stengt). Tlf ⟨phone:no⟩.
''')

FAM('adjuster_notes', r'''
en|Adjuster note 03/11: spoke w/ insured ⟨name:en⟩ at ⟨phone:us⟩. Confirmed SSN ⟨ssn:dash⟩ for ISO ClaimSearch. Recorded statement ref ⟨=RS-44812⟩. Recommend reserve $12,400. Next diary ⟨~date:mdy/⟩.
en|Field notes (handwritten, OCR):\nInsd: ⟨name:en⟩   ph ⟨phone:us|nosep⟩\nSSN ⟨ssn:dash|nl⟩\nRoof hail dmg, est. 2x sq. Contractor lic # ⟨=CGC1520771⟩
pl|Notatka likwidatora: oględziny pojazdu ⟨~vin⟩ u klienta ⟨name:pl⟩. Klient podał numer konta ⟨iban:PL:sp|nl⟩ oraz e-mail ⟨email⟩. Wycena wg Audatex ⟨=AX-2026-88172⟩.
cs|Poznámka likvidátora: pojištěná ⟨name:cs⟩ nahlásila krádež kola. Faktura ⟨~order:FV⟩, číslo rámu ⟨=WTU201X8841⟩. Plnění zaslat na ⟨iban:CZ:sp⟩.
en|Subrogation memo: third party carrier ⟨=Allianz UK⟩, their insured ⟨name:en⟩, NI number ⟨nino:sp⟩, claimant's solicitor email ⟨email:en:lawfirm.co.uk⟩. Our ref ⟨~policy:SUB⟩.
fi|Korvauskäsittelijän muistiinpano: vahinkoilmoitus ⟨~policy:VAH⟩, asiakas ⟨name:fi⟩ soitti numerosta ⟨phone:fi⟩. Tilinumero korvaukselle ⟨iban:FI:sp⟩. Valokuvien EXIF-koordinaatit ⟨~coords⟩.
he|הערות שמאי: תביעה ⟨~policy:TB⟩, המבוטח ⟨name:he⟩, ח-ן להעברה ⟨iban:IL:sp⟩. אימייל: ⟨email:he⟩. מספר שלדה ⟨~vin⟩.
en|Fraud SIU flag: same device ⟨~imei⟩ used on 3 claims; callback numbers ⟨phone:us⟩, ⟨phone:us⟩; claimant provided SSN ⟨~ssn_bad⟩ (invalid) and later ⟨ssn:dash⟩.
tr|Eksper notu: hasar dosyası ⟨~policy:HSR⟩, sigortalı ⟨name:tr⟩, IBAN ⟨iban:TR:sp⟩. Araç şasi ⟨~vin⟩, motor no ⟨=K9K8721034⟩.
''')

FAM('tenancy_applications', r'''
en|TENANCY APPLICATION — 14 Albert Road, Flat 2\nApplicant: ⟨name:en⟩\nNational Insurance No: ⟨nino:sp⟩\nCurrent landlord ref: ⟨phone:gb⟩\nEmployer: NHS Trust, payroll no. ⟨=448120⟩\nDeposit scheme ref ⟨=DPS-7718-22⟩
pl|Aplikacja na mieszkanie w Londynie — wnioskodawca ⟨name:pl⟩, numer NIN ⟨nino:sp⟩, pracodawca Amazon LCY2, tel. ⟨phone:gb⟩. Kaucja 5 tygodni.
ro|Formular închiriere (Birmingham): ⟨name:ro⟩, National Insurance ⟨nino:plain⟩, născut la ⟨dob:dmy/⟩, contact ⟨phone:gb⟩. Referință angajator atașată.
en|Referencing result: APPROVED\nApplicant: ⟨name:en⟩  NINO: ⟨nino:plain|lower⟩\nIncome check: pass (£38,500)\nRight to rent share code: ⟨=W4K 9TZ 2M8⟩\nGuarantor: not required
pt|Candidatura ao arrendamento T2 em Lisboa: ⟨name:pt⟩, NIF ⟨=231884069⟩, IBAN para caução ⟨iban:PT:sp⟩, telemóvel ⟨phone:pt⟩. Recibos de vencimento em anexo.
hu|Bérleti jelentkezés: ⟨name:hu⟩, adóazonosító ⟨=8412763051⟩, bankszámla ⟨iban:HU:plain⟩, e-mail ⟨email|at=hu⟩. Kaució: 2 havi bérleti díj.
en|Letting agent chat: "Can you send me your NI number so we can run the credit check?" — "sure it's ⟨nino:sp|split=, sorry, ⟩" — "thanks, and your current address postcode?" — "⟨=E14 9GS⟩"
bn|লন্ডনে বাসা ভাড়ার আবেদন: নাম ⟨name:bn⟩, ন্যাশনাল ইন্স্যুরেন্স নম্বর ⟨nino:sp⟩, মোবাইল ⟨phone:gb⟩
en|Holding deposit receipt HD-⟨~num:6⟩: £450 received from ⟨name:en⟩ by card ⟨~mask⟩. Tenancy start ⟨~date:en2⟩. Note: sample NINO ⟨~nino_sample⟩ on the form template must be replaced.
no|Leiesøknad: ⟨name:no⟩, fødselsnummer oppgis ikke, kontonummer for depositum ⟨iban:NO:sp⟩, mobil ⟨phone:no⟩
ko|임대차 계약 신청서 — 임차인 ⟨name:ko⟩, 연락처 ⟨phone:ko⟩, 이메일 ⟨email|at=ko⟩, 보증금 입금 계좌 ⟨=110-482-771920⟩ (신한)
''')

FAM('mortgage_files', r'''
en|URLA Section 1a\nBorrower: ⟨name:en⟩\nSSN: ⟨ssn:dash⟩\nDate of Birth: ⟨dob:mdy/⟩\nCell: ⟨phone:us⟩\nEmail: ⟨email⟩\nLoan #: ⟨~num:10⟩  MERS MIN: ⟨=1001234-5678901234-5⟩
en|Co-borrower SSN ⟨ssn:dash⟩, primary ⟨ssn:plain⟩; employer EIN ⟨~ein⟩ (not a SSN). Appraisal order ⟨~order:APR⟩, routing number for escrow ⟨~aba⟩.
pl|Wniosek kredytowy hipoteczny: ⟨name:pl⟩, rachunek do spłaty ⟨iban:PL:sp⟩, dochód 14 200 zł netto, księga wieczysta ⟨=WA1M/00412877/3⟩.
cs|Hypoteční úvěr — žadatel ⟨name:cs⟩, účet pro čerpání ⟨iban:CZ:sp⟩, LV ⟨=4412⟩ k.ú. Vinohrady, e-mail ⟨email⟩, tel. ⟨phone:cs⟩.
pt|Processo de crédito habitação n.º ⟨~num:9⟩: proponente ⟨name:pt⟩, IBAN ⟨iban:PT:plain⟩, caderneta predial ⟨=U-04418⟩, taxa Euribor 6M + 0,85%.
en|Underwriting condition: provide 2 months statements for account ending ⟨~last4⟩; borrower ⟨name:en⟩ (SSN ⟨ssn:dash|fwd⟩ in OCR'd W-2) — large deposit $8,200 on ⟨~date:mdy/⟩.
ro|Dosar credit ipotecar: solicitant ⟨name:ro⟩, cont curent ⟨iban:RO:sp⟩, număr cadastral ⟨=204418⟩, telefon ⟨phone:ro⟩. Evaluare ANEVAR ⟨~order:EV⟩.
de|Baufinanzierung Antrag ⟨~order:BF⟩: Darlehensnehmer ⟨name:de⟩, Konto ⟨iban:DE:sp⟩, Grundbuch Blatt ⟨=8821⟩
el|Στεγαστικό δάνειο — αιτών ⟨name:el⟩, ΑΦΜ ⟨=048812739⟩, IBAN ⟨iban:GR:plain⟩, κινητό ⟨phone:el⟩. ΚΑΕΚ ⟨=050418803008⟩.
en|Closing disclosure e-delivery log: sent to ⟨email⟩ from LOS ⟨=v22.4.1⟩; opened from IP ⟨ip⟩; wire instructions verified by phone ⟨phone:us⟩ — NEVER accept changed wire info by email.
sv|Bolåneansökan: ⟨name:sv⟩, kontonummer ⟨iban:SE:sp⟩, fastighetsbeteckning ⟨=Solna Råsunda 4:12⟩, e-post ⟨email:sv⟩
''')

FAM('vehicle_registrations', r'''
en|V5C change of keeper: new keeper ⟨name:en⟩, document ref ⟨=4471 2280 391⟩, VIN ⟨~vin⟩, registration ⟨=LK19 XRT⟩. Keeper notified by post.
pl|Dowód rejestracyjny: nr rej. ⟨~plate⟩, VIN ⟨~vin⟩, właściciel ⟨name:pl⟩, PESEL ⟨=85041204551⟩, data pierwszej rejestracji ⟨~date:dmy.⟩.
fi|Rekisteriote: rekisteritunnus ⟨=ABC-123⟩, valmistenumero ⟨~vin⟩, omistaja ⟨name:fi⟩, puhelin ⟨phone:fi⟩. Katsastus ⟨~date:dmy.⟩.
id|STNK: Nopol ⟨=B 1234 KJT⟩, No. Rangka ⟨~vin⟩, No. Mesin ⟨=1NZ-X812043⟩, pemilik ⟨name:id⟩, HP ⟨phone:id⟩
th|ทะเบียนรถ ⟨=กข 4821 กรุงเทพมหานคร⟩ เลขตัวถัง ⟨~vin⟩ ผู้ถือกรรมสิทธิ์ ⟨name:th⟩ โทร ⟨phone:th⟩
ko|자동차등록증: 차량번호 ⟨=12가 3456⟩, 차대번호 ⟨~vin⟩, 소유자 ⟨name:ko⟩, 연락처 ⟨phone:ko⟩
en|DVLA lookup API response: {"registrationNumber":"⟨=WP18 KXA⟩","make":"FORD","vin":"⟨~vin⟩","co2Emissions":118,"taxDueDate":"⟨~date:iso⟩"}
fa|سند خودرو: پلاک ⟨=۱۲ ب ۳۴۵ ایران ۶۶⟩، شماره شاسی ⟨~vin⟩، مالک ⟨name:fa⟩، تلفن همراه ⟨phone:fa⟩
vi|Giấy đăng ký xe: biển số ⟨=51G-123.45⟩, số khung ⟨~vin⟩, chủ xe ⟨name:vi⟩, SĐT ⟨phone:vi⟩
cs|Technický průkaz: VIN ⟨~vin⟩, RZ ⟨=5A8 1234⟩, provozovatel ⟨name:cs⟩, kontakt ⟨email⟩. STK platná do ⟨~date:dmy.⟩.
''')

FAM('fleet_telematics', r'''
en|2026-03-14T06:12:09Z INFO ingest device=⟨~imei⟩ vin=⟨~vin⟩ lat,lon=⟨~coords⟩ speed=64 fw=⟨~ver⟩
en|{"event":"harsh_brake","imei":"⟨~imei⟩","driver":{"name":"⟨name:en⟩","phone":"⟨phone:en⟩"},"ts":⟨~epoch_ms⟩,"gps":[⟨~coords⟩]}
pl|[ALERT] Pojazd ⟨~plate⟩ opuścił geostrefę Magazyn Stryków. Kierowca ⟨name:pl⟩, tel. ⟨phone:pl⟩. Tracker IMEI ⟨~imei⟩, SIM ICCID ⟨=8948031012345678901⟩.
en|modem AT log: AT+CGSN -> ⟨~imei⟩ | AT+CIMI -> ⟨=260061234567890⟩ | APN internet.t-mobile | MQTT broker ⟨ip⟩:8883 user fleet pass ⟨secret:pw2⟩
ro|Raport zilnic flotă: camion ⟨=CJ 22 TRK⟩ (VIN ⟨~vin⟩), șofer ⟨name:ro⟩ ⟨phone:ro⟩, consum 31,4 l/100 km, tahograf card ⟨=RO00000012345601⟩.
hu|Flottakövető riasztás: ⟨=ABC-123⟩ rendszámú jármű 132 km/h-val haladt (⟨~coords⟩). Sofőr: ⟨name:hu⟩, ⟨phone:hu⟩. Eszköz: ⟨~imei⟩.
en|telematics-gw[2291]: TLS handshake failed from ⟨ip:6⟩ (cert CN=dev-⟨~imei⟩), retry in 30s; gateway version ⟨~ver4⟩
no|Flåtelogg: bil ⟨=EL 12345⟩, sjåfør ⟨name:no⟩ (⟨phone:no⟩), ladestopp Circle K Gardermoen, ladeøkt ⟨~uuid⟩, 42 kWh.
en|SELECT imei, driver_email, last_ip FROM devices WHERE fleet_id=88;\n⟨~imei⟩ | ⟨email:en:dispatchco.com⟩ | ⟨ip⟩\n⟨~imei⟩ | ⟨email:es⟩ | ⟨ip⟩
tr|Araç takip: plaka ⟨=06 FLT 442⟩, IMEI ⟨~imei⟩, sürücü ⟨name:tr⟩, son konum ⟨~coords⟩, GSM ⟨phone:tr⟩
''')

FAM('customs_declarations', r'''
en|CUSTOMS DECLARATION (CN23)\nSender: ⟨name:en⟩, ⟨phone:us⟩\nContents: 2x phone case, HS ⟨~hs⟩, value USD 18.00\nTracking ⟨~track⟩\nMRN ⟨~mrn⟩\nEORI ⟨~eori⟩
pl|Zgłoszenie celne SAD: MRN ⟨~mrn⟩, eksporter EORI ⟨~eori⟩, kontener ⟨~container⟩, kod CN ⟨~hs⟩. Agencja celna — kontakt ⟨phone:pl⟩.
el|Τελωνειακή διασάφηση: MRN ⟨~mrn⟩, παραλήπτης ⟨name:el⟩, δασμολογική κλάση ⟨~hs⟩, B/L ⟨=MEDUXY412883⟩
en|Broker email: "Pls pay duty £42.17 for parcel ⟨~ups⟩. Importer ⟨name:en⟩, NI ⟨nino:sp⟩ needed for private import." Container ⟨~container⟩ on vessel ⟨~imo⟩.
no|Tolldeklarasjon: avsender ⟨name:no⟩, mottaker org.nr ⟨=918 442 771⟩, varenummer ⟨~hs⟩, sporingsnummer ⟨~track⟩, tollkredit konto ⟨iban:NO:sp⟩
ar|بيان جمركي: رقم البيان ⟨=2026/418823⟩، المستورد ⟨name:ar⟩، الحاوية ⟨~container⟩، البند الجمركي ⟨~hs⟩، الجوال ⟨phone:ar⟩، الآيبان ⟨iban:AE:sp⟩
vi|Tờ khai hải quan số ⟨=305418872210⟩, người nhập khẩu ⟨name:vi⟩, mã HS ⟨~hs⟩, container ⟨~container⟩, email ⟨email:vi⟩
ro|Declarație vamală: MRN ⟨~mrn⟩, destinatar ⟨name:ro⟩, cod EORI ⟨~eori⟩, AWB ⟨=235-88127740⟩, telefon ⟨phone:ro⟩
en|ICS2 filing error: HouseConsignment ⟨~uuid⟩ rejected — consignee email "⟨email:de|at=de⟩" invalid format; AWB ⟨=057-44128830⟩; commodity ⟨~hs⟩
fi|Tulliselvitys: MRN ⟨~mrn⟩, vastaanottaja ⟨name:fi⟩, ⟨phone:fi⟩, tullinimike ⟨~hs⟩, EORI ⟨~eori⟩, kontti ⟨~container⟩
''')

FAM('driver_onboarding', r'''
en|Driver application #⟨~num:7⟩\nLegal name: ⟨name:en⟩\nSSN: ⟨ssn:dash⟩\nDL state/number: CA / ⟨=Y4418203⟩\nVehicle: 2019 Prius, VIN ⟨~vin⟩\nBackground check: Checkr candidate ⟨~objid⟩
en|onboarding-svc WARN pii_in_log=true payload={"ssn":"⟨ssn:plain⟩","tin_type":"SSN","ein":null,"itin":"⟨~itin⟩"} request_id=⟨~uuid⟩
pt|Cadastro de motorista parceiro: ⟨name:pt⟩, CNH ⟨=04418827710⟩, placa ⟨=RIO2A18⟩, Renavam ⟨=01288741203⟩, chave Pix (e-mail) ⟨email:pt:gmail.com⟩.
pl|Rejestracja kuriera (UK): ⟨name:pl⟩, National Insurance ⟨nino:sp⟩, share code ⟨=R8X 2TL 9QW⟩, rower elektryczny, numer telefonu do aplikacji w nowym formacie ⟨phone:gb⟩.
ro|Înregistrare curier în Marea Britanie — ⟨name:ro⟩, NINO ⟨nino:plain⟩, cont pentru plăți: sort code ⟨~sortcode⟩, account ⟨=41288730⟩.
en|Support macro sent to driver: "We couldn't verify SSN ⟨~ssn_bad⟩ — that number cannot be issued by the SSA. Please re-enter it exactly as on your card." Driver replied: "sorry typo, it's ⟨ssn:dash⟩"
vi|Đăng ký tài xế (Mỹ): họ tên ⟨name:vi⟩, số An sinh xã hội ⟨ssn:dash⟩, bằng lái ⟨=D8812047⟩, biển số xe ⟨=8XYZ123⟩.
ko|배달 파트너 등록(영국): 이름 ⟨name:ko⟩, NI 번호 ⟨nino:sp⟩, 비자 만료일 ⟨~date:ko⟩
en|Background check vendor payload: candidate_id=⟨~objid⟩ ssn_trace=⟨ssn:dash⟩ report_url=https://reports.vendor.example.org/r/⟨~uuid⟩
es|Alta de repartidor en Reino Unido: ⟨name:es⟩, número de la Seguridad Social británica ⟨nino:sp|nbsp⟩, teléfono ⟨phone:es⟩.
id|Pendaftaran mitra driver (US): nama ⟨name:id⟩, SSN ⟨ssn:sp⟩, plat nomor ⟨=7ABC123⟩.
''')

FAM('seller_payouts', r'''
en|Payout ⟨~order:po⟩ FAILED: destination card ⟨card:visa:plain⟩ declined (do_not_honor). Seller ⟨email⟩. Retry scheduled ⟨~ts⟩.
pl|Sprzedawca ⟨name:pl⟩ zmienił konto do wypłat z ⟨~iban_bad:PL⟩ (odrzucone — błędna suma kontrolna) na ⟨iban:PL:sp⟩. Zmiana potwierdzona SMS na ⟨phone:pl⟩.
en|{"payout_id":"po_⟨=1PkT84GZ2eZvKYlo0sX2RzQq⟩","amount":184220,"currency":"eur","destination":{"type":"card","last4":"⟨~last4⟩","brand":"visa"},"statement_descriptor":"MARKETPLACE"}
id|Penarikan saldo toko: rekening BCA ⟨=8720418833⟩ a.n. ⟨name:id⟩, kartu debit ⟨card:mc:sp⟩. Nomor transaksi ⟨~order:WD⟩.
th|ร้านค้า ⟨name:th⟩ ขอถอนเงินเข้าบัตร ⟨card:visa:dash⟩ ยอด 12,480 บาท เลขอ้างอิง ⟨~order:TH⟩
hu|Kifizetés: eladó ⟨name:hu⟩, kártya ⟨card:mc:sp|nbsp⟩, összeg 48 200 Ft, tranzakció ⟨~uuid⟩.
en|Seller KYC: SSN ⟨ssn:dash⟩ matched; EIN ⟨~ein⟩ for LLC; bank routing ⟨~aba⟩ account ⟨=000123884412⟩; instant payouts to debit card ⟨~mask⟩.
tr|Satıcı hakediş raporu: ⟨name:tr⟩, kart ⟨card:any:sp⟩, kesinti %12, fatura no ⟨~order:FTR⟩, IBAN doğrulaması beklemede.
ar|طلب سحب أرباح البائع: البطاقة ⟨card:visa:sp⟩، المبلغ ٢٣٠٠ ريال، رقم العملية ⟨~order:WD⟩، رقم الهاتف ⟨phone:ar⟩
en|Payouts CSV\nseller_id,payout_method,card_number,expiry,amount\n⟨~objid⟩,card,⟨card:visa:plain⟩,04/29,312.40\n⟨~objid⟩,card,⟨~mask⟩,11/27,88.00\n⟨~objid⟩,card,⟨~bin_mask⟩,02/30,1204.18
bn|বিক্রেতার পেমেন্ট: কার্ড নম্বর ⟨card:visa:sp|script=bn⟩, পরিমাণ ৳৪৫,০০০, অর্ডার ⟨~order:BD⟩
''')

FAM('voice_assistant_transcripts', r'''
en|[ASR] user: "hey assistant call mum on ⟨phone:en|spell=en⟩" assistant: "Calling Mum." (conf 0.91, utterance ⟨~uuid⟩)
en|[ASR] user: "add my card ⟨card:visa:sp|mix=en⟩ expiring oh four twenty nine" assistant: "I can't store cards by voice, please use the app."
pl|[ASR pl-PL] użytkownik: "zadzwoń do Kasi ⟨phone:pl|spell=pl⟩" asystent: "Dzwonię do Kasi." czas: 2.4 s
pt|[ASR pt-PT] utilizador: "envia mensagem para ⟨phone:pt|mix=pt⟩ a dizer que chego às oito" assistente: "Mensagem enviada."
el|[ASR el-GR] χρήστης: "κάλεσε τον πελάτη στο ⟨phone:el|spell=el⟩" βοηθός: "Καλώ τώρα."
ko|[음성인식] 사용자: "⟨phone:ko|spell=ko⟩로 전화 걸어 줘" 비서: "전화를 겁니다." 신뢰도 0.87
fi|[ASR fi-FI] käyttäjä: "soita numeroon ⟨phone:fi|spell=fi⟩" avustaja: "Soitan." versio ⟨~ver⟩
en|[ASR] user: "what's the weather in Lisbon" assistant: "It's 18 degrees." device_id=⟨~uuid⟩ fw ⟨~ver⟩ serial ⟨=G0K1-28Q4-4471⟩
ar|[التعرف على الكلام] المستخدم: "اتصل بالرقم ⟨phone:ar|spell=ar⟩" المساعد: "جارٍ الاتصال."
id|[ASR id-ID] pengguna: "kirim WA ke ⟨phone:id|spell=id⟩ bilang aku telat" asisten: "Pesan terkirim."
hu|[ASR hu-HU] felhasználó: "hívd fel a ⟨phone:hu|mix=hu⟩ számot" asszisztens: "Hívás indítása."
''')

FAM('call_center_transcripts', r'''
en|Agent: Can I take the long card number please?\nCaller: Yeah it's ⟨card:visa:sp|split=… hang on … ⟩\nAgent: And the expiry?\nCaller: oh three twenty eight.\nAgent: Thanks. Ticket ⟨~order:CS⟩.
en|Agent: For security, can you confirm your social?\nCaller: ⟨ssn:dash|spell=en⟩.\nAgent: And date of birth?\nCaller: ⟨dob:en⟩.\nAgent: Great, you're verified.
pl|Konsultant: Proszę podać numer karty.\nKlient: ⟨card:mc:sp|spell=pl⟩.\nKonsultant: Dziękuję, zgłoszenie reklamacyjne ⟨~order:RK⟩ zostało przyjęte.
pt|Operador: Qual é o seu IBAN para o reembolso?\nCliente: PT50... espere, ⟨iban:PT:sp⟩.\nOperador: Obrigado, o reembolso sai em 5 dias úteis. Referência ⟨~order:RB⟩.
cs|Operátor: Můžete mi zopakovat telefon?\nZákazník: ⟨phone:cs|spell=cs⟩.\nOperátor: Děkuji, číslo objednávky je ⟨~order:OBJ⟩.
en|Agent: And your National Insurance number?\nCaller: ⟨nino:sp|split=… er … ⟩\nAgent: Thank you, I've updated your record. Case ⟨~order:HMRC⟩.
ro|Operator: Numărul de card, vă rog.\nClient: ⟨card:visa:sp|mix=ro⟩.\nOperator: Mulțumesc. Codul CVV nu mi-l spuneți.
he|נציג: מה מספר הכרטיס?\nלקוח: ⟨card:visa:sp|spell=he⟩\nנציג: תודה, מספר פנייה ⟨~order:IL⟩
en|QA scorecard: call ⟨~uuid⟩, agent read back full card ⟨card:mc:dash⟩ on a recorded line (breach of PCI script); customer callback ⟨phone:en⟩. Redaction job ⟨~order:RED⟩ pending.
tr|Temsilci: Kart numaranız?\nMüşteri: ⟨card:any:sp|spell=tr⟩.\nTemsilci: Teşekkürler, talep numarası ⟨~order:TR⟩.
de|Agent: Die Kartennummer bitte.\nKunde: ⟨card:visa:sp|mix=de⟩.\nAgent: Danke. Ihre Vorgangsnummer ist ⟨~order:VG⟩.
''')

FAM('terraform_state', r'''
en|"resources": [{"type": "aws_db_instance", "name": "payouts", "instances": [{"attributes": {"username": "payouts_admin", "password": "⟨secret:pw1⟩", "endpoint": "payouts.c8x2k1.eu-west-1.rds.amazonaws.com:5432", "arn": "⟨~arn⟩"}}]}]
en|"aws_iam_access_key.ci": {"attributes": {"id": "⟨secret:aws_id⟩", "secret": "⟨secret:aws_secret⟩", "user": "ci-deployer", "status": "Active", "create_date": "⟨~ts⟩"}}
en|# terraform.tfstate (serial 412, lineage ⟨~uuid⟩)\n"random_password.redis": {"result": "⟨secret:pw1⟩", "length": 24, "special": true}\n"output.redis_host": "⟨ip⟩"
pl|Ktoś wrzucił terraform.tfstate do repo 😱 — w środku jest "azurerm_storage_account.primary_access_key": "⟨secret:azure_key⟩". Rotujcie klucz, proszę. Commit ⟨~gitsha⟩.
en|"google_service_account_key.loader": {"private_key": "⟨secret:gcp_sa_key|b64⟩", "public_key_type": "TYPE_X509_PEM_FILE", "key_algorithm": "KEY_ALG_RSA_2048", "name": "projects/fleet-prod/serviceAccounts/⟨~num:21⟩/keys/⟨~sha1⟩"}
en|terraform plan output:\n  # github_actions_secret.npm will be updated in-place\n  ~ plaintext_value = (sensitive value)\n  ~ encrypted_value = "⟨~sha256⟩"\n  + repository      = "mobile-app"\nPlan: 0 to add, 1 to change, 0 to destroy.
pt|Atenção: o output "db_connection" não está marcado como sensitive e aparece no log do CI: postgresql://app_user:⟨secret:pw0⟩@⟨ip⟩:5432/reservas — já abri o ticket ⟨~order:SEC⟩.
en|"cloudflare_api_token.dns": {"value": "⟨secret:expo⟩"}, "cloudflare_zone_id": "⟨~md5⟩", "account_id": "⟨~md5⟩"
en|"tls_private_key.bastion": {"algorithm": "ED25519", "private_key_openssh": "⟨secret:pem_ssh|jsonu⟩", "public_key_openssh": "⟨~sshpub⟩"}
cs|Upozornění z auditu: v S3 bucketu leží starý stav s klíčem "datadog_api_key": "⟨secret:datadog⟩" (app key ⟨~md5⟩ je jen identifikátor?). Prosím zkontrolovat.
en|"vault_generic_secret.stripe": {"data_json": "{\\"secret_key\\":\\"⟨secret:stripe⟩\\",\\"webhook_secret\\":\\"⟨secret:stripe_wh⟩\\"}", "path": "kv/payments/stripe"}
ko|tfstate 검토 결과: "aws_instance.web" 의 public_ip "⟨ip⟩" 및 user_data 안에 DB 비밀번호 "⟨secret:pw0⟩" 가 평문으로 남아 있음.
''')

FAM('kubernetes_secrets_decoded', r'''
en|$ kubectl get secret payouts-db -o yaml\napiVersion: v1\nkind: Secret\ndata:\n  DB_USER: cGF5b3V0cw==\n  DB_PASSWORD: ⟨secret:pw1>p|b64⟩\n$ echo ⟨$p|b64⟩ | base64 -d\n⟨$p⟩
en|$ kubectl get secret stripe -o jsonpath='{.data.api-key}' | base64 --decode\n⟨secret:stripe⟩
en|kind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ⟨secret:gh>g|b64⟩\n# decoded -> {"auths":{"ghcr.io":{"auth":"⟨$g|basic=ci-bot⟩"}}}
pl|Podgląd sekretu w Lens (zdekodowany):\nSMTP_HOST = smtp.sendgrid.net\nSMTP_USER = apikey\nSMTP_PASS = ⟨secret:sendgrid⟩\nOstatnia zmiana: ⟨~ts⟩
en|stringData:\n  REDIS_URL: redis://default:⟨secret:pw2⟩@redis-master.cache.svc.cluster.local:6379/0\n  SENTRY_ENV: production\n  IMAGE: ghcr.io/acme/api@⟨~digest⟩
vi|Mình decode secret "oauth-google" ra được: client_id = ⟨=804412773021-k2lq8abc.apps.googleusercontent.com⟩, client_secret = ⟨secret:gocspx⟩. Có cần rotate không anh?
en|k9s> secrets/tls-wildcard (decoded)\ntls.crt: -----BEGIN CERTIFICATE-----\\nMIIDdzCCAl+gAwIBAgIU⟨=Q3k2bWxkZz09⟩...\\n-----END CERTIFICATE-----\ntls.key: ⟨secret:pem_rsa⟩
ro|Secretul "rabbitmq-auth" decodat: username=orders, password=⟨secret:rabbit⟩. UID pod ⟨~uuid⟩.
en|helm get values payouts -n prod\nimage:\n  tag: ⟨~ver⟩\nenv:\n  OPENAI_API_KEY: ⟨secret:openai⟩\n  LOG_LEVEL: info\n  SAMPLE_KEY: ⟨~akia_ex⟩
fi|Sealed-secretin purku epäonnistui, joten tässä alkuperäinen (ÄLÄ jaa): ANTHROPIC_API_KEY=⟨secret:anthropic⟩
en|argocd app manifests fleet | grep -A2 Secret\n  data:\n    MAPBOX_TOKEN: ⟨secret:mapbox|b64⟩\n    AGE_RECIPIENT: ⟨~age_pub⟩
hu|A "vault-unseal" titok dekódolva: root token ⟨secret:vault⟩ — ezt azonnal vissza kell vonni! Lease ID ⟨~uuid⟩.
''')

FAM('ci_cd_variables', r'''
en|# .github/workflows/release.yml\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ⟨=${{ secrets.NPM_TOKEN }}⟩\n      # TODO remove hardcoded fallback\n          NPM_TOKEN_FALLBACK: ⟨secret:npm⟩
en|GitLab CI job log (masked variables failed to mask, value too short for masking):\n$ curl -H "PRIVATE-TOKEN: ⟨secret:glpat⟩" https://gitlab.com/api/v4/projects/4412/releases
pl|Zmienne CI/CD w projekcie "rezerwacje" (eksport z UI):\nKey: DEPLOY_SSH_KEY Value: ⟨secret:pem_ssh⟩ Protected: yes Masked: no
en|circleci env export:\nexport AWS_ACCESS_KEY_ID="⟨secret:aws_id⟩"\nexport AWS_SECRET_ACCESS_KEY="⟨secret:aws_secret⟩"\nexport AWS_DEFAULT_REGION="eu-central-1"\nexport CIRCLE_BUILD_NUM="⟨~num:5⟩"
en|Jenkins credentials.xml fragment:\n<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>⟨~uuid⟩</id>\n  <username>deploy</username>\n  <password>⟨secret:pw1⟩</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
pt|No pipeline do Bitbucket ficou: PYPI_TOKEN=⟨secret:pypi⟩ — o commit ⟨~gitsha⟩ já foi para o main, precisamos revogar.
en|- name: Notify\n  run: curl -X POST -d '{"text":"deploy ok"}' ⟨secret:slack_hook⟩\n  if: ${{ success() }}
en|buildkite agent config: token="⟨secret:hex64⟩" tags="queue=mobile,os=macos" build-path="/var/lib/buildkite/builds"  # runner ip ⟨ip⟩
el|Μεταβλητές του Azure DevOps pipeline: SONAR_TOKEN = ⟨secret:hex40⟩ (δεν είναι secret στο UI!), BUILD_ID = ⟨~num:6⟩, ARTIFACT = app-⟨~ver⟩.apk
en|drone.yml:\n  environment:\n    DOCKER_PASSWORD:\n      from_secret: docker_password\n    HF_TOKEN: ⟨secret:hf⟩\n    GIT_SHA: ⟨~sha1⟩
he|במשתני ה-CI של הפרויקט מצאתי GH_TOKEN=⟨secret:gh_fine⟩ שמוגדר כ-unprotected. תבטלו אותו ותיצרו חדש.
en|GitLab runner registration: gitlab-runner register --url https://gitlab.acme.io --token ⟨secret:glrunner⟩ --executor docker --description "build-⟨~num:3⟩"
''')

FAM('mobile_app_configs', r'''
en|google-services.json\n{"project_info":{"project_number":"⟨~num:12⟩","project_id":"rydeo-prod"},"client":[{"api_key":[{"current_key":"⟨secret:google⟩"}],"client_info":{"mobilesdk_app_id":"1:⟨~num:12⟩:android:⟨~md5⟩"}}]}
en|<!-- AndroidManifest.xml -->\n<meta-data android:name="com.google.android.geo.API_KEY" android:value="⟨secret:google⟩"/>\n<meta-data android:name="io.sentry.dsn" android:value="⟨=https://public@sentry.example.com/1⟩"/>
en|// Info.plist\n<key>FacebookClientToken</key>\n<string>⟨secret:hex40⟩</string>\n<key>CFBundleVersion</key>\n<string>⟨~ver⟩</string>
pl|W zdekompilowanym APK (jadx) w klasie ApiConfig: private static final String STRIPE_SECRET = "⟨secret:stripe⟩"; — klucz tajny w aplikacji mobilnej to błąd krytyczny.
en|app.config.ts\nexport default { extra: { eas: { projectId: "⟨~uuid⟩" }, mapboxDownloadsToken: "⟨secret:mapbox⟩", sentryAuthToken: "⟨secret:sentry⟩" } }
id|File .env di repo aplikasi Flutter: FCM_SERVER_KEY=⟨secret:fcm⟩\nAPP_VERSION=⟨~ver⟩+⟨~num:3⟩
en|AuthKey_⟨=7QK4M2X9LA⟩.p8 (App Store Connect API, key id ⟨=7QK4M2X9LA⟩, issuer ⟨~uuid⟩):\n⟨secret:pem_p8⟩
th|ไฟล์ config.json ในแอป: {"twilio_sid": "⟨~twilio_sid⟩", "twilio_auth_token": "⟨secret:twilio_token⟩", "build": "⟨~ver⟩"}
en|fastlane/Appfile + .env.default:\nMATCH_PASSWORD=⟨secret:pw3⟩\nFASTLANE_USER=⟨email:en:rydeo.app⟩\nAPPLE_TEAM_ID=⟨=8QJ4X2L9TR⟩
ko|앱 번들(main.jsbundle)에서 하드코딩된 키 발견: "kakaoRestKey":"⟨secret:hex40⟩" — 버전 ⟨~ver⟩
en|gradle.properties\nRELEASE_STORE_PASSWORD=⟨secret:pw0⟩\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD=⟨~ref:RELEASE_STORE_PASSWORD⟩\norg.gradle.jvmargs=-Xmx4g
''')

FAM('webhook_urls_with_tokens', r'''
en|Slack alert integration: ⟨secret:slack_hook⟩ (channel #payouts-alerts)
pl|Hej, tu jest webhook do kanału #rezerwacje, wklejcie go do Zapiera: ⟨secret:slack_hook⟩
en|discord_notify.py: WEBHOOK = "⟨secret:discord_hook⟩"\nrequests.post(WEBHOOK, json={"content": f"Order {order_id} shipped"})
pt|Configuração do alerta do Grafana → Teams: ⟨secret:teams_hook⟩
en|Google Chat space "on-call": ⟨secret:gchat_hook⟩
no|Webhook for Telegram-boten: https://api.telegram.org/bot⟨secret:telegram⟩/sendMessage?chat_id=⟨=-1001844127733⟩
en|Stripe dashboard > Webhooks > endpoint https://api.marketly.io/hooks/stripe signing secret: ⟨secret:stripe_wh⟩ (event ⟨=evt_1PkQ9xLk2⟩)
ro|Am găsit în Confluence un URL de webhook Slack vechi: ⟨secret:slack_hook|nl⟩ — e încă activ?
en|README, step 3: paste your incoming webhook, e.g. ⟨=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX⟩, into SLACK_WEBHOOK_URL (never commit the real one).
ar|رابط ويب هوك ديسكورد الخاص بقناة الطلبات: ⟨secret:discord_hook⟩ لا تشاركه خارج الفريق
en|GitHub webhook settings: payload URL https://ci.acme.io/github-webhook/ content type json, secret ⟨secret:hex40⟩, delivery ⟨~uuid⟩
''')

FAM('ai_agent_traces', r'''
en|{"type":"tool_call","name":"send_email","arguments":{"to":"⟨email⟩","cc":[],"subject":"Your refund","body":"Refund ref ⟨~order:RF⟩ issued to card ending ⟨~last4⟩."},"call_id":"call_⟨=Xk2Q8mZ4Lw9P⟩"}
en|{"role":"tool","tool_call_id":"toolu_⟨=01HkQ2bX9r⟩","content":"{\\"customer\\":{\\"id\\":\\"cus_⟨=Q8kLm2P⟩\\",\\"email\\":\\"⟨email|jsonu⟩\\",\\"last_login_ip\\":\\"⟨ip⟩\\"}}"}
pl|[agent] Krok 3/5: wywołuję narzędzie lookup_invoice(nip="⟨=5213874410⟩", email="⟨email⟩") → znaleziono 2 faktury: ⟨~order:FV⟩, ⟨~order:FV⟩.
en|Thought: The user pasted an API key; I must not echo it back.\nAction: redact_and_store\nAction Input: {"secret": "⟨secret:openai⟩", "reason": "user pasted in chat"}
en|function_call: create_payout({"seller_id": "⟨~objid⟩", "iban": "⟨iban:DE:plain⟩", "amount_cents": 48210, "idempotency_key": "⟨~uuid⟩"})
pt|[trace] ferramenta buscar_reserva(codigo="⟨~pnr⟩") → {"passageiro":"⟨name:pt⟩","contato":"⟨~email_mask⟩","bilhete":"⟨~eticket⟩"} — latência 412 ms
ko|[에이전트 로그] tool=db.query sql="SELECT email FROM users WHERE id=⟨~num:6⟩" result=[{"email":"⟨email:ko⟩"}] tokens=1,284 model=⟨=gpt-4o-2024-08-06⟩
en|{"tool":"http_request","args":{"method":"GET","url":"https://api.github.com/user","headers":{"Authorization":"Bearer ⟨secret:gh⟩","X-Request-Id":"⟨~uuid⟩"}}}
fa|[ردیابی عامل] ابزار lookup_customer با ورودی {"national_id":"⟨=۰۰۱۲۳۴۵۶۷۸⟩","email":"⟨email:fa|at=fa⟩"} فراخوانی شد؛ نتیجه: یافت نشد.
en|span: agent.run  attrs: {"gen_ai.request.model":"claude-sonnet-4","tool.name":"ssh_exec","tool.args.host":"⟨ip⟩","tool.args.cmd":"cat /etc/os-release","trace_id":"⟨~md5⟩"}
bn|[এজেন্ট] টুল কল: verify_otp(phone="⟨phone:bn⟩", otp="⟨=৪৮২১৯০⟩") → ব্যর্থ, আবার চেষ্টা করুন
en|{"type":"function_call_output","output":"Found user: ⟨name:en⟩ <⟨~email_mask⟩>, SSN on file ⟨~mask⟩ (masked). Address verified."}
''')

FAM('rag_retrieved_chunks', r'''
en|[chunk 3/8 | source: hr_handbook_v4.pdf p.12 | score 0.82] "...payroll questions go to ⟨email:en:peoplehub.io⟩. Do not send your SSN by email; use the portal. Example format: ⟨~ssn_sample⟩..."
pl|[fragment 2 | źródło: regulamin_wynajmu.docx | 0,77] "...kaucję zwracamy na rachunek ⟨~iban_sample⟩ (przykładowy numer, podaj własny)..."
en|<retrieved doc_id="⟨~uuid⟩" score="0.91">Incident 2025-11: leaked key ⟨secret:aws_id⟩ was revoked; example key in docs is ⟨~akia_ex⟩.</retrieved>
ro|[context] "Pentru rambursare, trimiteți datele la ⟨email:ro:suport-clienti.ro⟩ sau sunați la linia verde ⟨L:phone=0800 800 800⟩." (document ⟨~sha1⟩, pag. 4)
en|Retrieved from wiki/Onboarding.md (chunk 14): "VPN gateway: ⟨ip⟩, DNS: ⟨~resolver⟩, docs test net ⟨~doc_ip⟩. Ask the #it-help channel for access."
th|[ชิ้นส่วนที่ 5 จาก คู่มือพนักงาน.pdf] "ติดต่อฝ่ายบุคคลที่ ⟨email:th⟩ หมายเลขภายใน ⟨=2214⟩ เวอร์ชันเอกสาร ⟨~ver⟩"
hu|[találat #2, forrás: ugyfelszolgalat_faq.html] "Kártyaszámot soha ne küldjön e-mailben! Teszteléshez használja a ⟨~testcard⟩ számot."
en|{"chunk_id":"⟨~objid⟩","text":"Connection: mongodb+srv://reporting:⟨secret:pw2⟩@cluster0.q8xk2.mongodb.net/crm","metadata":{"repo":"bi-scripts","path":"etl/load.py","commit":"⟨~gitsha⟩"}}
id|[konteks 1] "Nomor rekening perusahaan: BCA ⟨=0418827733⟩ a.n. PT Maju Jaya. Untuk konfirmasi kirim bukti lewat menu Pesanan." skor 0.74
en|[chunk 9 | tickets/2024/8812.txt] "customer says card ⟨card:amex:sp⟩ charged twice, refund to same card; callback requested" score=0.69
el|[απόσπασμα 1, πηγή: πολιτική_απορρήτου.pdf] "Υπεύθυνος προστασίας δεδομένων: ⟨email:el:dpo-hellas.gr⟩. Έκδοση ⟨~ver⟩, ISBN ⟨~isbn⟩."
''')

FAM('crm_exports', r'''
en|Id,First Name,Last Name,Email,Phone,Lead Source,Created\n⟨=00Q5e00000Hk2LmEAJ⟩,⟨name:en⟩,,⟨email⟩,,Webinar,⟨~ts⟩\n⟨=00Q5e00000Hk2LnEAJ⟩,⟨name:en⟩,,⟨~email_mask⟩,,Trade show,⟨~ts⟩
pt|"id_contacto";"nome";"email";"consentimento_rgpd";"origem"\n"⟨~num:6⟩";"⟨name:pt⟩";"⟨email⟩";"sim";"newsletter"\n"⟨~num:6⟩";"⟨name:pt⟩";"⟨~email_mask⟩";"não";"feira"
pl|id\timię i nazwisko\te-mail\tsegment\tLTV\n⟨~num:5⟩\t⟨name:pl⟩\t⟨email⟩\tVIP\t12 480,00\n⟨~num:5⟩\t⟨name:pl⟩\t⟨~email_mask⟩\tnowy\t0,00
en|HubSpot contact merge log: kept ⟨~num:11⟩ (⟨~email_mask⟩), merged ⟨~num:11⟩; duplicate IP ⟨ip⟩ on form submissions; placeholder contact ⟨~ex_email⟩ skipped
cs|Export z CRM (Pipedrive): Organizace: Stavby Morava s.r.o., IČO ⟨=27441188⟩, Kontakt: ⟨name:cs⟩, ⟨email:cs:stavbymorava.cz⟩, Fáze: Nabídka odeslána, Hodnota: 1 240 000 Kč
fi|asiakasnumero;nimi;sähköposti;markkinointilupa\n⟨~num:7⟩;⟨name:fi⟩;⟨email⟩;kyllä\n⟨~num:7⟩;⟨name:fi⟩;(poistettu);ei
ar|تصدير العملاء: الاسم ⟨name:ar⟩ | البريد ⟨email⟩ | رقم العميل ⟨~num:8⟩ | آخر طلب ⟨~order:SA⟩ | الشريحة: ذهبي
en|Zendesk user export (JSON lines)\n{"id":⟨~num:13⟩,"name":"⟨name:en⟩","email":"⟨email⟩","external_id":"⟨~uuid⟩","tags":["vip"]}
no|CRM-notat: kunden ⟨name:no⟩ vil ha fakturaen sendt til ⟨email:no:regnskap-bergen.no⟩ i stedet for privat e-post. Kundenr ⟨~num:6⟩, org.nr ⟨=998 224 117⟩.
bn|গ্রাহক তালিকা (CRM থেকে): নাম ⟨name:bn⟩ — ইমেইল ⟨email⟩ — গ্রাহক আইডি ⟨~num:7⟩ — শেষ ক্রয় ⟨~date:bn⟩
''')

FAM('marketing_lists', r'''
en|Mailchimp bounce report — campaign ⟨~md5⟩\nhard_bounce: ⟨email⟩ (550 5.1.1 user unknown)\nsoft_bounce: ⟨~email_mask⟩ (452 4.2.2 mailbox full)\nunsubscribe: ⟨~ex_email⟩ (test)
vi|Danh sách khách hàng đăng ký nhận khuyến mãi: ⟨email⟩, ⟨~email_mask⟩, ⟨email|at=vi⟩ — mã chiến dịch ⟨=TET2026-VN⟩
pl|Lista mailingowa (eksport z GetResponse): ⟨email⟩; ⟨~email_mask⟩; zgoda RODO: tak; kampania ⟨=WIOSNA-26⟩; UTM ⟨=utm_source=fb&utm_campaign=wiosna⟩
en|Suppression list (SHA-256 hashed, safe to share): ⟨~sha256⟩, ⟨~sha256⟩, ⟨~sha256⟩ — plus one unhashed by mistake: ⟨email⟩
ro|Rezultate formular concurs: câștigător ⟨name:ro⟩, ⟨email|zw⟩, cod premiu ⟨=PREM-8821⟩. Ceilalți participanți au fost anonimizați.
tr|Kampanya listesi: ⟨email⟩ ; ⟨~email_mask⟩ ; SMS izni yok. Segment kodu ⟨=TR-YAZ-26⟩, kupon ⟨=YAZ25-KX8Q⟩.
en|UTM-tagged link in newsletter: https://shop.acme-outdoor.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring&mc_eid=⟨~md5⟩&email=⟨email|url⟩
he|רשימת תפוצה לאירוע: ⟨email⟩, ⟨~email_mask⟩, ⟨~email_mask⟩ — קוד קופון ⟨=SPRING26⟩
fa|فهرست مشترکین خبرنامه: ⟨email:fa⟩ ، ⟨~email_mask⟩ — کد کمپین ⟨=NOWRUZ-1405⟩
th|รายชื่อผู้สมัครรับข่าวสาร: ⟨email⟩ / ⟨~email_mask⟩ คูปอง ⟨=SONGKRAN26⟩
''')

FAM('dotenv_files', r'''
en|# .env.production\nDATABASE_URL=postgres://booking:⟨secret:pw1⟩@db-primary.internal:5432/booking\nREDIS_URL=redis://cache.internal:6379\nAPP_VERSION=⟨~ver⟩
en|STRIPE_SECRET_KEY=⟨secret:stripe⟩\nSTRIPE_PUBLISHABLE_KEY=⟨=pk_live_REPLACE_ME⟩\nSTRIPE_WEBHOOK_SECRET=⟨~ref:STRIPE_WEBHOOK_SECRET⟩
pl|# .env — NIE COMMITOWAĆ\nPRZELEWY24_CRC=⟨secret:hex40⟩\nSMTP_PASSWORD=⟨secret:pw0⟩\nMERCHANT_ID=⟨~num:6⟩
en|SENDGRID_API_KEY=⟨secret:sendgrid⟩\nMAIL_FROM=⟨~ex_email⟩\nSENTRY_RELEASE=⟨~gitsha⟩
pt|# variáveis do ambiente de homologação\nJWT_SECRET=⟨secret:b64_32⟩\nMAPS_KEY=⟨secret:google⟩\nBUILD=⟨~num:4⟩
en|ANTHROPIC_API_KEY=⟨secret:anthropic⟩\nOPENAI_API_KEY=⟨=sk-...redacted...⟩\nLANGSMITH_PROJECT=support-bot-⟨~ver⟩
ro|# .env local (nu e secret, e de test)\nDB_PASSWORD=⟨secret:pw3⟩\nDB_HOST=localhost\n# ↑ de fapt e parola de producție, schimbați-o
en|MAILGUN_API_KEY=⟨secret:mailgun⟩\nMAILGUN_DOMAIN=mg.acme-outdoor.com
cs|SHOPIFY_ADMIN_TOKEN=⟨secret:shopify⟩\nSHOPIFY_STORE=obchod-cz.myshopify.com\nAPI_VERSION=2025-01
en|DOPPLER_TOKEN=⟨secret:doppler⟩\nNODE_ENV=production\nPORT=8080\nTRUST_PROXY=⟨~resolver⟩
''')

FAM('shell_history', r'''
en|  512  mysql -u root -p'⟨secret:pw0⟩' -h ⟨ip⟩ billing\n  513  history -c
en|  88  export GITHUB_TOKEN=⟨secret:gh⟩\n  89  gh release create v⟨~ver⟩ --notes "fix"\n  90  unset GITHUB_TOKEN
en|$ curl -u admin:⟨secret:pw1⟩ https://jenkins.acme.io/job/deploy/build?token=⟨secret:tok⟩
pl|# historia z serwera bastion (zrzut do zgłoszenia ⟨~order:INC⟩)\n 201  ssh deploy@⟨ip⟩\n 202  sudo journalctl -u nginx --since "2 hours ago"\n 203  sudo cat /etc/shadow | grep deploy
en|$ docker login -u ci-bot -p ⟨secret:gh⟩ ghcr.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded
en|$ aws configure set aws_secret_access_key ⟨secret:aws_secret⟩ --profile legacy\n$ aws sts get-caller-identity --profile legacy\n{"UserId": "AIDA⟨=Q2XKM8P4L7ZT0⟩", "Account": "⟨~aws_acct⟩", "Arn": "⟨~arn⟩"}
hu|Ezt találtam a .bash_history-ban: psql "postgresql://riport:⟨secret:pw2⟩@⟨ip⟩/dwh?sslmode=require" — ki adta ki ezt a gépet?
en|$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:⟨=Xq9kR2mV8pL4tN7wZ1cB6yH3fJ5dS0aE2gU8iO4nM6k⟩ ana@laptop (ED25519)
en|$ echo "⟨secret:pw1>q⟩" | openssl enc -aes-256-cbc -pbkdf2 -pass stdin -in backup.tar -out backup.tar.enc
ko|터미널 기록 공유드립니다: redis-cli -h ⟨ip⟩ -a ⟨secret:pw2⟩ INFO replication → role:master, connected_slaves:1
en|  1021  git clone https://oauth2:⟨secret:glpat⟩@gitlab.com/acme/fleet-api.git\n  1022  cd fleet-api && git log -1 --format=%H\n⟨~sha1⟩
''')

FAM('sql_dumps', r'''
en|INSERT INTO customers (id, email, ssn, created_at) VALUES\n(⟨~num:5⟩, '⟨email⟩', '⟨ssn:dash⟩', '⟨~ts⟩'),\n(⟨~num:5⟩, '⟨~ex_email⟩', '⟨~ssn_sample⟩', '⟨~ts⟩');
en|UPDATE employees SET ni_number = '⟨nino:plain⟩', updated_by = 'hr_sync' WHERE employee_id = ⟨~num:6⟩; -- ticket ⟨~order:HR⟩
pl|-- zrzut tabeli klienci (środowisko testowe?!)\nINSERT INTO klienci VALUES (⟨~num:4⟩,'⟨name:pl⟩','⟨~num:11⟩','⟨card:visa:plain⟩','12/28');
en|mysql> SELECT user, host, authentication_string FROM mysql.user;\n| app    | %         | *⟨=A4B6157319038724E3560894F7F932C8886EBFCF⟩ |\n| backup | ⟨ip⟩ | *⟨=2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19⟩ |
en|CREATE USER reporting WITH PASSWORD '⟨secret:pw1⟩';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
pt|-- migração 0042: remover coluna cpf em texto plano\nSELECT id, cpf FROM clientes LIMIT 2;\n⟨~num:4⟩ | ⟨=529.982.247-25⟩\n⟨~num:4⟩ | ⟨=111.444.777-35⟩
en|COPY payouts (seller_id, iban, amount) FROM stdin;\n⟨~objid⟩\t⟨~iban_bad:DE⟩\t120.00\n⟨~objid⟩\t⟨~iban_bad:NL⟩\t88.50\n\.
en|psql:restore.sql:88: ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(⟨email⟩) already exists.
ro|-- interogare pentru audit GDPR\nSELECT * FROM clienti WHERE cnp = '⟨=2960315123456⟩' OR email = '⟨~ex_email⟩';
en|INSERT INTO audit_log (actor_ip, action, ts) VALUES ('⟨ip⟩', 'LOGIN_OK', ⟨~epoch⟩), ('⟨ip:6⟩', 'LOGIN_FAIL', ⟨~epoch⟩);
''')

FAM('application_logs', r'''
en|2026-03-01T12:44:10.118Z ERROR auth-svc login failed user=⟨email⟩ ip=⟨ip⟩ reason=bad_password attempts=5 trace=⟨~md5⟩
en|⟨ip⟩ - - [01/Mar/2026:12:44:10 +0000] "GET /api/v2/orders/⟨~uuid⟩ HTTP/1.1" 200 1832 "-" "okhttp/⟨~ver⟩"
pl|[2026-02-14 08:12:55] WARN płatność odrzucona: karta ⟨~mask⟩, kwota 249,00 PLN, klient_id=⟨~num:7⟩, bramka=Przelewy24 v⟨~ver⟩
en|nginx: ⟨ip⟩ - - [02/Mar/2026:03:11:42 +0000] "POST /wp-login.php HTTP/1.1" 403 153 "-" "Mozilla/5.0"
en|DEBUG http.client send: b'POST /v1/charges HTTP/1.1\\r\\nAuthorization: Bearer ⟨secret:stripe⟩\\r\\nIdempotency-Key: ⟨~uuid⟩\\r\\n'
fi|2026-03-03 14:02:11 INFO kirjautuminen onnistui käyttäjä=⟨email:fi⟩ osoitteesta ⟨ip:6⟩ istunto=⟨~sha256⟩
en|Mar  4 09:14:22 bastion sshd[18812]: Accepted publickey for deploy from ⟨ip⟩ port 51822 ssh2: ED25519 SHA256:⟨=kQ9x2Lm8vP4rT7yN1bC6hJ3fD5sW0aZ2eU8iO4nR6gY⟩
cs|2026-01-19 22:10:03 CHYBA platební brána: neplatné číslo karty ⟨~card_bad:sp⟩ (Luhn), objednávka ⟨~order:OBJ⟩, IP ⟨ip⟩
en|{"level":"warn","msg":"retrying webhook","url":"https://partner.example.net/hook","attempt":3,"resp_ms":5012,"build":"⟨~ver4⟩","host":"⟨~doc_ip⟩"}
ro|[2026-02-02 10:00:01] INFO trimis SMS OTP către ⟨=+40 7XX XXX 481⟩ (mascat), cod expiră în 300 s, request ⟨~uuid⟩
en|kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟨~mac⟩ SRC=⟨~doc_ip⟩ DST=⟨~doc_ip⟩ LEN=60 TTL=49 PROTO=TCP SPT=44182 DPT=23
''')

FAM('stack_traces', r'''
en|Traceback (most recent call last):\n  File "/app/payouts/worker.py", line 88, in run\n    conn = psycopg2.connect("host=db.prod user=payouts password=⟨secret:pw1⟩ dbname=payouts")\npsycopg2.OperationalError: could not connect to server: Connection timed out
en|java.lang.IllegalStateException: Invalid card number ⟨~card_bad:plain⟩ for merchant ⟨~num:8⟩\n\tat com.acme.pay.CardValidator.validate(CardValidator.java:42)\n\tat com.acme.pay.ChargeService.charge(ChargeService.java:118)
pl|Wyjątek w module rezerwacji (wersja ⟨~ver⟩):\norg.hibernate.exception.ConstraintViolationException: Duplicate entry '⟨email⟩' for key 'uk_email'\n\tat pl.hotel.booking.GuestRepository.save(GuestRepository.java:77)
en|Error: Request failed with status code 401\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\n  config: { headers: { Authorization: 'Bearer ⟨secret:jwt⟩' }, url: 'https://api.rydeo.app/v1/drivers/⟨~uuid⟩' }
en|panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4f2a1c]\ngoroutine 412 [running]:\nmain.(*Telemetry).Flush(0xc0001a2000)\n\t/src/telemetry.go:88 +0x3c  imei=⟨~imei⟩
pt|Erro ao enviar e-mail de confirmação: smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted') — user=reservas pass=⟨secret:pw0⟩ (log do worker ⟨~uuid⟩)
en|ValueError: IBAN checksum mismatch for '⟨~iban_bad:PT⟩' (expected 97-mod == 1)\n  File "kyc/validators.py", line 31, in check_iban
ko|예외 발생: com.kakao.pay.ApiException: 401 Unauthorized (admin key ⟨secret:hex40⟩) at PaymentClient.java:54, 버전 ⟨~ver⟩
en|  File "/usr/lib/python3.11/site-packages/redis/connection.py", line 712, in connect\nredis.exceptions.AuthenticationError: invalid username-password pair (url=redis://:⟨secret:pw2⟩@⟨ip⟩:6379/2)
en|Unhandled rejection: SequelizeUniqueConstraintError: Validation error\n  fields: { ssn: '⟨ssn:dash⟩' }\n  parent: error: duplicate key value violates unique constraint "patients_ssn_key"
''')

FAM('email_headers', r'''
en|Received: from mail-ed1-f54.google.com (mail-ed1-f54.google.com [⟨ip⟩])\n        by mx.acme-outdoor.com with ESMTPS id ⟨=4TqK2x0LmZz3⟩\n        for <⟨L:email=orders@acme-outdoor.com⟩>; Mon, 2 Mar 2026 09:14:22 +0000
en|Return-Path: <⟨email⟩>\nMessage-ID: <⟨~uuid⟩@mail.gmail.com>\nDKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; s=20230601; b=⟨=Xk2Qm9Lp4Rt7Yn1Bc6Hj3Fd5Sw0Az2Eu8Io4Nr6Gy==⟩
pl|Od: ⟨name:pl⟩ <⟨email⟩>\nDo: ⟨email:pl:firma-logistyczna.pl⟩\nData: pon., 2 mar 2026 10:02\nTemat: CV — kierowca kat. C+E\nX-Mailer: Microsoft Outlook 16.0
en|Authentication-Results: mx.google.com;\n       spf=pass (google.com: domain of ⟨L:email=bounce@mailer.airline.com⟩ designates ⟨ip⟩ as permitted sender) smtp.mailfrom=⟨L:email=bounce@mailer.airline.com⟩\nARC-Seal: i=1; a=rsa-sha256; t=⟨~epoch⟩; cv=none
de|Von: ⟨email:de⟩\nAn: Buchhaltung\nBetreff: Rechnung ⟨~order:RE⟩\nX-Spam-Score: 0.4
en|Received: from [⟨ip:6⟩] (port=51442 helo=laptop.local)\n	by smtp.fastmail.com with esmtpsa (TLS1.3) id ⟨=1tRk2Q-0004Xz-8L⟩\nX-ME-Sender: <xms:⟨=Kq2xZ8mL⟩>
ro|De la: ⟨email:ro⟩\nCătre: Contabilitate\nSubiect: Fw: extras de cont
en|List-Unsubscribe: <https://hotelchain.com/u/⟨~uuid⟩>\nList-Id: <offers.hotelchain.com>\nPrecedence: bulk\nX-Campaign: ⟨~md5⟩
he|מאת: ⟨name:he⟩ <⟨email:he⟩>\nאל: תמיכה\nנושא: בעיה בחיוב\nReceived: from ⟨ip⟩ by mx.bezeqint.net
en|X-Forwarded-For: ⟨ip⟩, ⟨~doc_ip⟩\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/⟨=124.0.6367.91⟩
''')

FAM('chat_messages', r'''
en|hey can you log into the vendor portal for me? user is ops, pw is ⟨secret:pw0⟩ — don't share it lol
pl|Kasia: wyślesz mi swój numer karty do rezerwacji noclegu? \nMarek: jasne: ⟨card:visa:sp|zw⟩, ważna do 07/29, CVV podam telefonicznie
pt|Amor, o PIN do cartão é o mesmo de sempre. O número é ⟨card:mc:sp|dash⟩ se precisares para a farmácia online 💊
id|Bro, password wifi kantor ⟨secret:pw0⟩ ya. Jangan disebar ke grup. IP printer ⟨ip⟩ kalau mau nge-print.
el|Ρε φίλε, το API key για το staging είναι ⟨secret:google⟩ — μην το βάλεις στο git πάλι 🙈
vi|Anh ơi em gửi số thẻ để thanh toán hội nghị: ⟨card:visa:sp|fwd⟩ hạn 09/28 nha
he|תשלח לי את ה-SSN שלך בשביל הטופס של ה-IRS? — ⟨ssn:dash|fw⟩ (הקלדתי בטלפון, מקווה שיצא טוב)
th|รหัสผ่าน Netflix บ้านเราคือ ⟨secret:pw3⟩ นะ อย่าบอกใคร
ro|Salut! Contul de test pentru aplicație: user demo, parola ⟨secret:pw0⟩. Versiunea ⟨~ver⟩ e pe TestFlight.
en|[#infra] @channel rotated the prod key, new one is ⟨secret:aws_id⟩ / ⟨secret:aws_secret⟩ until vault is back. (old: ⟨~akia_ex⟩ lol no that's the docs one)
fa|سلام، رمز وای‌فای دفتر عوض شد: ⟨secret:pw0⟩ — آی‌پی سرور ⟨ip⟩
bn|ভাই, আমার এনআইডি লাগবে না, শুধু কার্ড নম্বর দিলাম: ⟨card:visa:sp|script=bn⟩ — মেয়াদ ১১/২৮
''')

FAM('hr_records', r'''
en|EMPLOYEE MASTER DATA\nEmployee no: ⟨=E-10482⟩\nName: ⟨name:en⟩\nNI number: ⟨nino:sp⟩\nDate of birth: ⟨dob:en2⟩\nStart date: ⟨~date:en2⟩\nTax code: ⟨=1257L⟩
en|New hire I-9 checklist: SSN ⟨ssn:dash⟩ verified in E-Verify (case ⟨=2026061123456AB⟩); EIN of employer ⟨~ein⟩; ITIN not applicable. Manager ⟨name:en⟩.
pl|Kartoteka pracownika: ⟨name:pl⟩, stanowisko magazynier, oddział Wrocław, nr ewidencyjny ⟨=P-04418⟩, data zatrudnienia ⟨~date:dmy.⟩, badania okresowe do ⟨~date:dmy.⟩.
hu|Munkavállalói adatlap (UK leányvállalat): ⟨name:hu⟩, National Insurance szám ⟨nino:sp|nbsp⟩, munkakör: raktáros, belépés ⟨~date:ymd.⟩
en|Offboarding ticket: revoke badge ⟨=0x4F21A9⟩, disable account, final payslip to personal email ⟨email⟩. NI ⟨nino:plain⟩ for P45.
cs|Osobní spis: ⟨name:cs⟩, narozen(a) ⟨dob:dmy.⟩, osobní číslo ⟨=1044⟩, zdravotní pojišťovna 111, nástup ⟨~date:dmy.⟩.
fi|Henkilöstötiedot: ⟨name:fi⟩, työsuhde alkanut ⟨~date:dmy.⟩, palkkaryhmä B2, esihenkilö ⟨name:fi⟩.
en|Performance review (confidential): ⟨name:en⟩ — rating 4/5. Note: employee's SSN ⟨ssn:sp⟩ was pasted in the comments field by mistake; HRIS ticket ⟨~order:HRIS⟩ to purge.
ar|ملف الموظف (فرع لندن): الاسم ⟨name:ar⟩، رقم التأمين الوطني ⟨nino:sp⟩، تاريخ الميلاد ⟨dob:arnum⟩
en|Background: "My NI is ⟨nino:sp|lower⟩ and my old employer's PAYE ref is ⟨=120/AB45678⟩" — from candidate portal message ⟨~uuid⟩
pt|Ficha do colaborador (filial de Manchester): ⟨name:pt⟩, número de National Insurance ⟨nino:plain⟩, data de admissão ⟨~date:dmy/⟩, NIF português ⟨=268441720⟩
''')

FAM('medical_records', r'''
en|DISCHARGE SUMMARY\nPatient: ⟨name:en⟩   MRN: ⟨=00482719⟩\nDOB: ⟨dob:mdy/⟩   SSN: ⟨ssn:dash⟩\nAdmitted: ⟨=02/27/2026⟩  Discharged: ⟨=03/04/2026⟩\nDx: J18.9 community-acquired pneumonia
en|NHS referral: patient ⟨name:en⟩, NHS no. ⟨=943 476 5919⟩, born ⟨dob:en2⟩, NI ⟨nino:sp⟩ (for statutory sick pay form). GP practice code ⟨=M85063⟩.
pl|Karta informacyjna leczenia szpitalnego: pacjent ⟨name:pl⟩, data urodzenia ⟨dob:dmy.⟩, nr księgi głównej ⟨=2026/00418⟩, rozpoznanie ICD-10 ⟨=K35.8⟩.
ro|Bilet de externare: pacient ⟨name:ro⟩, data nașterii ⟨dob:dmy.⟩, nr. foaie observație ⟨=FO 4471/2026⟩, diagnostic ⟨=E11.9⟩, data internării ⟨~date:dmy.⟩
el|Ιατρικό ιστορικό: ασθενής ⟨name:el⟩, ΑΜΚΑ ⟨=12058512345⟩, ημερομηνία επίσκεψης ⟨~date:dmy/⟩, συνταγή ⟨=2604181234567⟩
th|ประวัติผู้ป่วย: ชื่อ ⟨name:th⟩ วันเกิด ⟨dob:thnum⟩ HN ⟨=64-018834⟩ วันที่รับไว้ ⟨~date:thnum⟩ แพ้ยา penicillin
fa|پرونده پزشکی: بیمار ⟨name:fa⟩، تاریخ تولد ⟨dob:fa⟩، شماره پرونده ⟨=۴۴۱۲۸⟩، تاریخ پذیرش ⟨~date:fa⟩
bn|রোগীর তথ্য: নাম ⟨name:bn⟩, জন্ম তারিখ ⟨dob:bn⟩, ভর্তির তারিখ ⟨~date:bn⟩, ওয়ার্ড ৪, বেড ১২
en|HL7 ADT^A04\nPID|1||⟨=00482719⟩^^^HOSP^MR||⟨name:en|upper⟩||⟨dob:iso|nosep⟩|F|||||||||||⟨ssn:plain⟩\nPV1|1|O|CLINIC^^^^^||||⟨=1588667638⟩
ko|진료기록: 환자 ⟨name:ko⟩, 등록번호 ⟨=00418823⟩, 내원일 ⟨~date:iso⟩
en|Pharmacy note: Rx ⟨=RX-2026-44128⟩ for patient born ⟨dob:mdy/⟩; insurance member ID ⟨=XQW884127730⟩, BIN ⟨=610014⟩, PCN ⟨=MEDDPRIME⟩.
''')

FAM('payroll_exports', r'''
en|employee_id\tname\tni_number\ttax_code\tgross\n⟨~num:5⟩\t⟨name:en⟩\t⟨nino:plain⟩\t1257L\t2,841.50\n⟨~num:5⟩\t⟨name:en⟩\t⟨nino:plain⟩\tBR\t1,120.00
en|emp_id,ssn,state,fed_wh,pay_date\n⟨~num:4⟩,⟨ssn:dash⟩,CA,412.18,⟨~date:iso⟩\n⟨~num:4⟩,⟨~ssn_bad⟩,TX,0.00,⟨~date:iso⟩
pl|Lista płac — oddział UK (plik z biura rachunkowego):\n⟨name:pl⟩;⟨nino:sp⟩;wynagrodzenie 2 310,00 GBP;kod podatkowy 1257L
ro|Stat de plată — filiala Londra: ⟨name:ro⟩ | NINO ⟨nino:sp⟩ | ore: 168 | brut £2.120
en|W-2 batch error report: record 14 rejected — SSN ⟨~ssn_bad⟩ (group 00). Record 15 OK — SSN ⟨ssn:dash⟩, EIN ⟨~ein⟩.
pt|Folha de pagamento (filial EUA): colaborador ⟨name:pt⟩, SSN ⟨ssn:dash⟩, data de pagamento ⟨~date:dmy/⟩, valor líquido US$ 3.104,22
''')

FAM('invoices', r'''
en|INVOICE ⟨~order:INV⟩\nBill to: Fjordline Logistics AS, org.nr 918 442 771\nVAT ⟨=GB 123 4567 89⟩\nPay to: BIC ⟨~bic⟩, sort code ⟨~sortcode⟩\nPO: ⟨~order:PO⟩\nTotal due: £4,812.00
pl|FAKTURA VAT nr ⟨=FV/2026/03/0412⟩\nSprzedawca: Trans-Pol Sp. z o.o., NIP ⟨=7792418830⟩\nNabywca: ⟨name:pl⟩\nTermin płatności: ⟨~date:dmy.⟩\nBIC ⟨~bic⟩
de|Rechnung ⟨~order:RE⟩ — bitte überweisen Sie den Betrag auf unser Konto bei der Sparkasse, BIC ⟨~bic⟩. USt-IdNr. ⟨=DE298817742⟩. Kundennummer ⟨~num:6⟩.
cs|Faktura ⟨=2026004418⟩ — dodavatel Stavby Morava s.r.o., IČO ⟨=27441188⟩, DIČ ⟨=CZ27441188⟩, variabilní symbol ⟨=2026004418⟩, splatnost ⟨~date:dmy.⟩
en|Payment receipt — Paid with ⟨~mask⟩ (Visa) · Auth ⟨=048812⟩ · Terminal ⟨=T4418⟩ · Ref ⟨~order:RCP⟩ · Amount €128.40
hu|Számla sorszáma ⟨=SZ-2026/00418⟩, eladó adószáma ⟨=24418827-2-41⟩, vevő ⟨name:hu⟩, fizetési határidő ⟨~date:ymd.⟩, összesen 184 200 Ft
id|INVOICE ⟨=INV/2026/III/0418⟩ — PT Maju Jaya, NPWP ⟨=01.234.567.8-901.000⟩, jatuh tempo ⟨~date:dmy-⟩, total Rp 12.480.000
vi|Hóa đơn GTGT số ⟨=0004182⟩, ký hiệu ⟨=1C26TAA⟩, MST bên bán ⟨=0312441882⟩, người mua ⟨name:vi⟩, tổng tiền 4.820.000 đ
fi|Lasku ⟨=2026-0418⟩, viitenumero ⟨=RF18 0000 0000 0004 418⟩, eräpäivä ⟨~date:dmy.⟩, Y-tunnus ⟨=2441882-7⟩, yhteensä 412,80 €
en|Vendor master change request: vendor ⟨~num:6⟩ asks to change remit-to bank from ⟨~iban_bad:GB⟩ to ⟨iban:GB:sp⟩ — call back on number in master file only (fraud check).
''')

FAM('contracts', r'''
en|THIS ASSURED SHORTHOLD TENANCY AGREEMENT is made on ⟨~date:en2⟩ between the Landlord and ⟨name:en⟩ (the "Tenant"), National Insurance number ⟨nino:sp⟩, born ⟨dob:en2⟩.
pl|UMOWA ZLECENIA nr ⟨=UZ/2026/041⟩ zawarta w dniu ⟨~date:dmy.⟩ pomiędzy Zleceniodawcą a ⟨name:pl⟩, PESEL ⟨=92071814567⟩, zwanym dalej Zleceniobiorcą. Wynagrodzenie płatne na rachunek wskazany w załączniku nr 2.
pt|CONTRATO DE PRESTAÇÃO DE SERVIÇOS — Cláusula 7.ª: os pagamentos serão efetuados por transferência; o prestador ⟨name:pt⟩ declara ter nascido em ⟨dob:pt⟩ e ser residente fiscal em Portugal (NIF ⟨=245118830⟩).
el|ΣΥΜΒΑΣΗ ΜΙΣΘΩΣΗΣ ΑΚΙΝΗΤΟΥ: Ο μισθωτής ⟨name:el⟩, γεννηθείς ⟨dob:el⟩, κάτοχος ΑΔΤ ⟨=ΑΚ 441882⟩, μισθώνει το διαμέρισμα από ⟨~date:dmy/⟩ για 3 έτη.
en|Employment contract, Schedule 1: Employee SSN ⟨ssn:dash⟩; Effective Date ⟨~date:en⟩; Company founded ⟨~date:en⟩; Employee's date of birth ⟨dob:en⟩.
ro|CONTRACT DE VÂNZARE-CUMPĂRARE auto: vânzător ⟨name:ro⟩, CNP ⟨=1790418400112⟩; cumpărător ⟨name:ro⟩; autovehicul serie șasiu ⟨~vin⟩, preț 7.500 EUR.
no|LEIEKONTRAKT for bolig — leietaker: ⟨name:no⟩, født ⟨dob:no⟩; leieperiode fra ⟨~date:dmy.⟩; depositum på egen konto i DNB (BIC ⟨~bic⟩).
he|הסכם שכירות: השוכר ⟨name:he⟩, ת.ז. ⟨=039441882⟩, תאריך לידה ⟨dob:dmy/⟩, תקופת השכירות מ-⟨~date:dmy/⟩.
''')

FAM('ocr_scans', r'''
en|[OCR page 1, conf 0.71]\nSOCIAL SECURITY\n⟨ssn:dash⟩\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n⟨name:en|upper⟩\nSIGNATURE
en|[OCR] HM Revenue & Customs  National Insurance number  ⟨nino:sp|nl⟩  Please keep this letter safe. Ref ⟨=NIC/4418⟩
pl|[OCR skan dowodu] RZECZPOSPOLITA POLSKA DOWÓD OSOBISTY ⟨name:pl|upper⟩ DATA URODZENIA ⟨dob:dmy.⟩ NUMER DOWODU ⟨=ABC 441882⟩ DATA WAŻNOŚCI ⟨~date:dmy.⟩
pt|[OCR] CARTÃO DE CIDADÃO — Apelido(s) Nome(s) ⟨name:pt|upper⟩ Data de nascimento ⟨dob:dmy/|nbsp⟩ N.º documento ⟨=14825531 2 ZX9⟩ Validade ⟨~date:dmy/⟩
en|[OCR bank statement] IBAN: ⟨iban:IE:sp|nl⟩  BIC: ⟨~bic⟩  Statement period 01 Jan 2026 – 31 Jan 2026, account ⟨=41882773⟩
hu|[OCR] MAGYARORSZÁG SZEMÉLYAZONOSÍTÓ IGAZOLVÁNY ⟨name:hu|upper⟩ SZÜLETÉSI IDŐ ⟨dob:ymd.⟩ OKMÁNYAZONOSÍTÓ ⟨=123456AB⟩
en|[OCR receipt] VISA ************⟨~last4⟩ APPROVED AUTH ⟨=09412C⟩ TID ⟨=88412031⟩ 14:22 TOTAL 41.80
vi|[OCR CCCD] CĂN CƯỚC CÔNG DÂN Số ⟨=001203018842⟩ Họ và tên ⟨name:vi|upper⟩ Ngày sinh ⟨dob:dmy/⟩ Có giá trị đến ⟨~date:dmy/⟩
fi|[OCR] Passi / Pass  Sukunimi / Efternamn ⟨name:fi|upper⟩  Syntymäaika ⟨dob:dmy.⟩  Passin numero ⟨=XP4418827⟩
en|[OCR credit card front, low confidence]\n⟨card:visa:sp|nl⟩\nVALID THRU ⟨=08/29⟩\n⟨name:en|upper⟩
''')

FAM('markdown_tables', r'''
en|| Service | Host | Port | Password |\n|---|---|---|---|\n| postgres | ⟨ip⟩ | 5432 | ⟨secret:pw1⟩ |\n| redis | ⟨ip⟩ | 6379 | ⟨=`${REDIS_PASSWORD}`⟩ |\n| grafana | grafana.internal | 3000 | see 1Password |
pl|| Kierowca | Telefon | Nr prawa jazdy |\n|---|---|---|\n| ⟨name:pl⟩ | ⟨~fake_phone⟩ | ⟨=04418/19/1465⟩ |\n| ⟨name:pl⟩ | ⟨phone:pl⟩ | ⟨=00213/21/0612⟩ |
en|| Test card | Brand | Result |\n|---|---|---|\n| ⟨~testcard⟩ | Visa | success |\n| ⟨~testcard⟩ | Mastercard | success |\n| ⟨~card_bad:sp⟩ | Visa | invalid_number |
ko|| 이름 | 학번 | 생년월일 |\n|---|---|---|\n| ⟨name:ko⟩ | ⟨=2022104471⟩ | ⟨dob:iso⟩ |\n| ⟨name:ko⟩ | ⟨=2022104472⟩ | (미제출) |
en|| Env | API key | Notes |\n|---|---|---|\n| prod | ⟨secret:sendgrid⟩ | rotate Q2 |\n| docs | ⟨=`SG.xxxxxxxx.yyyyyyyy`⟩ | placeholder |
cs|| Položka | Verze | Hash |\n|---|---|---|\n| mobilní aplikace | ⟨~ver⟩ | ⟨~sha256⟩ |\n| backend | ⟨~ver⟩ | ⟨~gitsha⟩ |
en|| Server | IPv4 | IPv6 |\n|---|---|---|\n| edge-1 | ⟨ip⟩ | ⟨ip:6⟩ |\n| test | ⟨~doc_ip⟩ | ⟨~doc_ip6⟩ |
no|| Gjest | Rom | Ankomst | Betalt med |\n|---|---|---|---|\n| ⟨name:no⟩ | 204 | ⟨~date:dmy.⟩ | ⟨~mask⟩ |\n| ⟨name:no⟩ | 311 | ⟨~date:dmy.⟩ | ⟨~mask⟩ |
''')

FAM('code_literals', r'''
en|const stripe = require('stripe')('⟨secret:stripe⟩'); // TODO move to env before release ⟨~ver⟩
en|# settings.py\nSECRET_KEY = "⟨secret:django⟩"\nDEBUG = False\nALLOWED_HOSTS = ["api.hostelio.com"]
en|def test_luhn():\n    assert luhn_valid("⟨=4242424242424242⟩")\n    assert not luhn_valid("⟨~card_bad:plain⟩")\n    assert luhn_valid("⟨~testcard⟩".replace(" ", ""))
pt|// configuração antiga — remover\nprivate static final String SENHA_BANCO = "⟨secret:pw0⟩";\nprivate static final String VERSAO = "⟨~ver⟩";
en|client = OpenAI(api_key="⟨secret:openai⟩")  # ⟨~uuid⟩ run id
en|var conn = new SqlConnection("Server=tcp:sql-fleet.database.windows.net,1433;Database=Fleet;User ID=fleet_rw;Password=⟨secret:pw1⟩;Encrypt=True;");
pl|// klucz do API kurierskiego (sandbox? chyba nie)\n$apiKey = '⟨secret:hex40⟩';\n$trackingNo = '⟨~track⟩';
en|let key = "-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE⟨=q2XkR8mL4vP7tN1wZ6bC3yH5fJ0dS2aE8gU4iO6nM⟩\\n-----END PUBLIC KEY-----"; // public, safe to ship
el|# Δοκιμαστικά δεδομένα — ΟΧΙ πραγματικά\nTEST_EMAIL = "⟨~ex_email⟩"\nTEST_IBAN = "⟨~iban_sample⟩"\nTEST_AWS = "⟨~akia_ex⟩"
en|headers = {"Authorization": "Basic ⟨secret:pw1|basic=api⟩", "User-Agent": "fleet-sync/⟨~ver⟩"}
''')

FAM('yaml_xml_configs', r'''
en|spring:\n  datasource:\n    url: jdbc:postgresql://db-claims.internal:5432/claims\n    username: claims_app\n    password: ⟨secret:pw1⟩\n  version: ⟨~ver⟩
en|<connectionStrings>\n  <add name="Default" connectionString="Data Source=sql01;Initial Catalog=Hotel;User Id=pms;Password=⟨secret:pw0⟩;" />\n</connectionStrings>
en|smtp:\n  host: smtp.office365.com\n  port: 587\n  user: ⟨L:email=noreply-bookings@hostelio.com⟩\n  pass: ⟨secret:pw3⟩
ro|# config.yaml — integrare curier\ncurier:\n  api_key: ⟨secret:tok⟩\n  client_id: ⟨~num:6⟩\n  endpoint: https://api.curier-rapid.ro/v2
en|<settings>\n  <server><id>nexus-releases</id><username>deployer</username><password>⟨secret:pw1⟩</password></server>\n</settings>
en|datadog:\n  apiKey: ⟨secret:datadog⟩\n  appKey: ⟨~ref:DD_APP_KEY⟩\n  site: datadoghq.eu\n  tags: ["env:prod","ver:⟨~ver⟩"]
fi|# docker-compose.yml (testiympäristö)\n    environment:\n      POSTGRES_PASSWORD: ⟨secret:pw2⟩\n      PGADMIN_DEFAULT_EMAIL: ⟨~ex_email⟩
en|<?xml version="1.0"?>\n<saml:Assertion ID="_⟨~md5⟩" IssueInstant="⟨~ts⟩"><saml:Subject><saml:NameID>⟨email⟩</saml:NameID></saml:Subject></saml:Assertion>
''')

FAM('invalid_checksums', r'''
en|Card validation test log: ⟨~card_bad:sp⟩ → FAIL (Luhn), ⟨~card_bad:plain⟩ → FAIL (Luhn), ⟨~card_bad:dash⟩ → FAIL (Luhn). No valid PANs in this batch.
pl|Walidator IBAN odrzucił: ⟨~iban_bad:PL⟩, ⟨~iban_bad:PL⟩ — suma kontrolna się nie zgadza, proszę poprosić klienta o ponowne przesłanie numeru.
en|SSN format check results: ⟨~ssn_bad⟩ (invalid), ⟨~ssn_bad⟩ (invalid), ⟨~ssn_bad:sp⟩ (invalid) — none will be submitted to the SSA.
en|HMRC NINO validation: ⟨~nino_bad⟩ rejected; ⟨~nino_bad⟩ rejected; ⟨~nino_bad⟩ rejected — prefixes or suffix not allowed.
de|Fehlerhafte IBANs aus dem Import (Prüfziffer falsch): ⟨~iban_bad:DE⟩; ⟨~iban_bad:AT⟩; ⟨~iban_bad:CH⟩
pt|Cartões recusados no checkout por número inválido: ⟨~card_bad:sp⟩, ⟨~card_bad:sp⟩. Cartão-presente (não é cartão bancário): ⟨~giftcard⟩
ro|Număr IBAN greșit introdus de client: ⟨~iban_bad:RO⟩ (cifra de control nu corespunde). Corect ar fi fost ceva de forma ⟨~iban_sample⟩.
en|Gift card ⟨~giftcard⟩ balance $25.00 · Loyalty card ⟨~giftcard⟩ · Serial ⟨~nocard:16⟩
hu|Érvénytelen bankkártyaszám a rendelésnél: ⟨~card_bad:sp⟩ — a rendszer elutasította. Rendelésszám ⟨~order:HU⟩.
en|ITIN ⟨~itin⟩ and EIN ⟨~ein⟩ accepted as TIN; SSN field left blank. Invalid SSN attempt logged: ⟨~ssn_bad⟩.
cs|Zamítnuté platby (neplatné číslo karty): ⟨~card_bad:plain⟩, ⟨~card_bad:plain⟩; IBAN ⟨~iban_bad:CZ⟩ neprošel kontrolou.
fi|Tilinumerotarkistus epäonnistui: ⟨~iban_bad:FI⟩ — tarkista numero. Korttinumero ⟨~card_bad:sp⟩ ei läpäissyt Luhn-tarkistusta.
el|Μη έγκυρο IBAN στη φόρμα επιστροφής: ⟨~iban_bad:GR⟩. Μη έγκυρη κάρτα: ⟨~card_bad:sp⟩.
tr|Geçersiz IBAN: ⟨~iban_bad:TR⟩ — kontrol basamağı hatalı. Geçersiz kart: ⟨~card_bad:dash⟩.
''')

FAM('placeholders_and_docs', r'''
en|Example request:\ncurl https://api.example.com/v1/users -H "Authorization: Bearer ⟨=<YOUR_TOKEN>⟩" -d email=⟨~ex_email⟩
en|AWS docs: aws configure → AWS Access Key ID [None]: ⟨~akia_ex⟩ / AWS Secret Access Key [None]: ⟨=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟩
en|For testing, call ⟨~fake_phone⟩ or ⟨~fake_phone⟩; these numbers are reserved for fiction and never ring.
pl|Przykładowy numer NINO w instrukcji: ⟨~nino_sample⟩. Przykładowy SSN: ⟨~ssn_sample⟩. Proszę wpisać własne dane.
en|Firewall docs: allow from ⟨~doc_ip⟩/32 and ⟨~doc_ip⟩, deny ⟨~doc_ip6⟩/64; upstream DNS ⟨~resolver⟩ and ⟨=9.9.9.9⟩.
pt|Modelo de e-mail: "Caro(a) {nome}, a sua reserva {codigo} está confirmada. Responda para ⟨~ex_email⟩." Cartão de teste: ⟨~testcard⟩.
en|.env.example\nDATABASE_URL=⟨=postgres://user:password@localhost:5432/app⟩\nSTRIPE_SECRET_KEY=⟨=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX⟩\nJWT_SECRET=⟨=changeme-in-production⟩\nSLACK_WEBHOOK_URL=⟨~ref:SLACK_WEBHOOK_URL⟩
ko|예시 데이터입니다: 이메일 ⟨~ex_email⟩, 전화 ⟨~fake_phone⟩, 카드 ⟨~testcard⟩ (실제 정보 아님)
en|Helm values template: password: "⟨={{ .Values.db.password }}⟩", apiKey: "⟨={{ secret \"openai\" }}⟩", host: ⟨~doc_ip⟩
id|Contoh pengisian formulir: email ⟨~ex_email⟩, kartu ⟨~mask⟩, IBAN ⟨~iban_sample⟩ — ganti dengan data asli Anda.
en|RFC 3849 / 5737 reminder for the docs team: use ⟨~doc_ip6⟩ and ⟨~doc_ip⟩ in screenshots, not real customer addresses.
ar|نموذج توضيحي: البريد ⟨~ex_email⟩ والبطاقة ⟨~testcard⟩ — لا تستخدم بيانات حقيقية في العروض التقديمية.
he|מסמך הדרכה: הזינו את הכרטיס ⟨~testcard⟩ בסביבת הבדיקות; המספר ⟨~mask⟩ מוצג בקבלה.
en|GitHub Actions: token: ⟨=${{ secrets.GITHUB_TOKEN }}⟩ · the JWT on jwt.io (⟨=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c⟩) is a demo.
''')

FAM('public_identifiers', r'''
en|Release notes ⟨~ver⟩: image ghcr.io/acme/fleet-api@⟨~digest⟩, commit ⟨~sha1⟩, SBOM checksum ⟨~sha256⟩.
en|~/.ssh/authorized_keys:\n⟨~sshpub⟩\n⟨~sshpub⟩
en|IAM: role ⟨~arn⟩ in account ⟨~aws_acct⟩ assumed by ⟨~arn⟩; Twilio Account SID ⟨~twilio_sid⟩ (public identifier).
pl|Odbiorca age do szyfrowania backupów: ⟨~age_pub⟩ — klucz prywatny trzymamy w sejfie, nie w repo.
en|-----BEGIN CERTIFICATE-----\nMIIB⟨=kTCCATegAwIBAgIUQ2x8mL4vP7tN1wZ6bC3yH5fJ0dQwCgYIKoZIzj0EAwIw⟩\n-----END CERTIFICATE-----\nSHA-256 fingerprint ⟨~sha256⟩
en|Bank details for refunds: BIC ⟨~bic⟩, sort code ⟨~sortcode⟩, ABA routing ⟨~aba⟩ (these identify the bank, not the customer).
cs|Kontrolní součty souborů: faktura.pdf MD5 ⟨~md5⟩, smlouva.pdf SHA-1 ⟨~sha1⟩, OID podpisu ⟨~oid⟩
en|MongoDB: { "_id": ObjectId("⟨~objid⟩"), "orderId": "⟨~uuid⟩", "status": "shipped", "tracking": "⟨~ups⟩" }
ko|배포 정보: 버전 ⟨~ver⟩, 빌드 ⟨~num:6⟩, 이미지 다이제스트 ⟨~digest⟩, 서브넷 마스크 ⟨~netmask⟩
en|DKIM DNS record: selector1._domainkey TXT "v=DKIM1; k=rsa; p=⟨=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq2XkR8mL4vP7tN1wZ6bC3yH5fJ0dS2aE8gU4iO6nM⟩"
vi|Mã băm mật khẩu trong DB (bcrypt, không phải mật khẩu): ⟨~bcrypt⟩ — user_id ⟨~uuid⟩
en|Network plan: VLAN 40 netmask ⟨~netmask⟩, gateway docs ⟨~doc_ip⟩, SNMP OID ⟨~oid⟩, MAC ⟨~mac⟩, ISBN of the manual ⟨~isbn⟩.
''')

FAM('encoded_values', r'''
en|GET /track?u=⟨email|url⟩&utm=⟨~md5⟩ HTTP/1.1\nHost: links.hotelchain.com
en|Authorization: Basic ⟨secret:pw1|basic=svc-reports⟩\nX-Request-ID: ⟨~uuid⟩
pl|Parametr z logu przekierowania: redirect_uri=https%3A%2F%2Fkonto.bank.pl%2Fcb&login_hint=⟨email|urlall⟩&state=⟨~md5⟩
en|Content-Transfer-Encoding: quoted-printable\n\nPlease reach me at ⟨email|qp⟩ or on my mobile.\n
en|<a href="mailto:⟨email|htmlall⟩">Contact the concierge</a> <!-- obfuscated against scrapers -->
pt|Payload do webhook (base64): ⟨card:visa:plain|b64⟩ — campo "pan" em claro depois de decodificar, isso viola o PCI!
ro|Cookie: session=⟨~sha256⟩; remember_email=⟨email|b64⟩; lang=ro
en|{"event":"signup","props":{"email":"⟨email|jsonu⟩","plan":"pro","ref":"⟨~uuid⟩"}}
ko|QR 코드 디코딩 결과: WIFI:T:WPA;S:Office-5G;P:⟨secret:pw0⟩;; (게스트용 아님)
en|otpauth://totp/Acme:ops?secret=⟨secret:tok|upper⟩&issuer=Acme&digits=6 (TOTP seed from the QR backup)
he|המספר שהלקוח שלח הפוך (כדי "להסתיר"): ⟨card:mc:plain|rev⟩ — זה עדיין מספר כרטיס מלא.
en|X-Amz-Credential=⟨secret:aws_id⟩%2F20260302%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=⟨~sha256⟩&X-Amz-Date=20260302T091422Z
th|ลูกค้าพิมพ์อีเมลแบบนี้เพื่อกันบอท: ⟨email|at=th⟩ ช่วยบันทึกลงระบบด้วย
fi|Asiakas kirjoitti sähköpostinsa muodossa ⟨email|at=brk⟩ ja puhelinnumeron ⟨phone:fi|spaced⟩.
''')

FAM('web_forms', r'''
en|POST /apply HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nfirst=⟨name:en⟩&dob=⟨dob:iso⟩&ssn=⟨ssn:plain⟩&email=⟨email|url⟩&consent=on
pl|Formularz kontaktowy — imię: ⟨name:pl⟩ | e-mail: ⟨~email_mask⟩ | wiadomość: "Proszę o fakturę do zamówienia ⟨~order:ZAM⟩, NIP ⟨=5213874410⟩"
en|multipart/form-data; boundary=----WebKitFormBoundary⟨=7MA4YWxkTrZu0gW⟩\n------\nContent-Disposition: form-data; name="nino"\n\n⟨nino:sp⟩\n------\nContent-Disposition: form-data; name="birth_date"\n\n⟨dob:dmy/⟩
id|Formulir pendaftaran member: Nama ⟨name:id⟩, Tanggal lahir ⟨dob:dmy/⟩, Tanggal daftar ⟨~date:dmy/⟩
ar|نموذج التسجيل: الاسم ⟨name:ar⟩ — تاريخ الميلاد ⟨dob:ar⟩ — تاريخ التسجيل ⟨~date:dmy/⟩
en|Form validation errors: {"email":"⟨=jane.doe@example⟩ is not a valid address","card_number":"⟨~card_bad:plain⟩ failed Luhn","postcode":"required"}
no|Skjema: navn ⟨name:no⟩, fødselsdato ⟨dob:dmy.⟩, «Bursdagsfest for barnet» dato ⟨~date:dmy.⟩
tr|Başvuru formu: Ad Soyad ⟨name:tr⟩, E-posta ⟨email⟩, Başvuru tarihi ⟨~date:dmy.⟩
en|hidden fields leaked in page source: <input type="hidden" name="recaptcha_secret" value="⟨secret:tok⟩"><input type="hidden" name="build" value="⟨~ver⟩">
th|แบบฟอร์มสมัครสมาชิก: ชื่อ ⟨name:th⟩ วันเกิด ⟨dob:th⟩ วันที่สมัคร ⟨~date:th⟩
''')

FAM('support_tickets', r'''
en|Ticket #⟨~num:6⟩ — "I was charged twice for order ⟨~order:ORD⟩. My card is ⟨card:amex:sp⟩. Please refund ASAP." Priority: high
pl|Zgłoszenie ⟨~order:ZG⟩: Klient twierdzi, że nie dostał zwrotu na kartę ⟨~mask⟩. W załączniku potwierdzenie przelewu ⟨=ELIXIR 0418827⟩.
pt|Pedido de suporte: "Não consigo entrar na app, a minha senha é ⟨secret:pw0⟩ e dá erro." — Agente: por favor nunca partilhe a senha!
el|Αίτημα υποστήριξης ⟨~order:ΑΙΤ⟩: ο πελάτης ζητά διαγραφή λογαριασμού (GDPR), email λογαριασμού ⟨email⟩, τελευταία σύνδεση από ⟨ip⟩.
en|Jira SEC-⟨~num:4⟩: leaked token ⟨secret:slack_bot⟩ found in public gist; revoked at ⟨~ts⟩. Related: ⟨~uuid⟩
cs|Požadavek ⟨~order:HD⟩: zákazník poslal číslo karty v chatu (⟨card:visa:sp⟩) — agent zprávu smazal, eskalováno na PCI tým.
id|Tiket ⟨~order:CS⟩: pelanggan minta ganti nomor HP, nomor lama ⟨~fake_phone⟩ (contoh di formulir) — nomor baru dikirim via telepon.
hu|Hibajegy ⟨~order:HJ⟩: a felhasználó ⟨email⟩ nem kapja meg a jelszó-visszaállító levelet. Levélküldő verzió ⟨~ver⟩.
en|Zendesk macro "Never share": "For your security we've removed the card number you sent (⟨~bin_mask⟩). Use the secure link instead."
vi|Yêu cầu hỗ trợ ⟨~order:VN⟩: khách hàng gửi ảnh thẻ tín dụng, số thẻ ⟨card:mc:sp⟩ — đã xóa ảnh, đề nghị khóa thẻ.
ko|문의 ⟨~order:KR⟩: 고객이 비밀번호를 채팅에 입력함 → ⟨secret:pw0⟩ (즉시 초기화 조치)
fa|تیکت ⟨~order:IR⟩: کاربر می‌گوید شماره کارت ⟨card:visa:sp|script=fa⟩ را اشتباهی در چت فرستاده است.
''')

FAM('marketplace_chats', r'''
pl|Kupujący: czy mogę zapłacić przelewem poza OLX? \nSprzedający: nie, tylko przez OLX Przesyłki. Numer ogłoszenia ⟨~num:9⟩, paczkomat ⟨=WAW41M⟩.
en|Buyer: can you just text me the tracking? Seller: sure, it's ⟨~ups⟩. Order ⟨~order:ETSY⟩, shipped ⟨~date:en2⟩.
pt|Comprador: manda o teu Pix? Vendedor: a chave é o meu CPF, não, melhor o e-mail ⟨email:pt:gmail.com⟩. Pedido ⟨~order:ML⟩.
ro|Cumpărător: îmi dai datele de card să-ți trimit banii? — Vânzător: nu, nu se cer niciodată datele cardului pentru a primi bani! Anunț ⟨~num:9⟩.
id|Pembeli: kak, nomor resinya? Penjual: ⟨=JP4418827730⟩ ya, J&T. Pesanan ⟨~order:TKP⟩.
vi|Người mua: shop gửi mã vận đơn giúp em. Người bán: ⟨=SPXVN0418827730⟩ nha, đơn ⟨~order:SHP⟩.
th|ผู้ซื้อ: ขอเลขพัสดุด้วยค่ะ ผู้ขาย: ⟨=TH0418827730A⟩ ค่ะ คำสั่งซื้อ ⟨~order:LZD⟩
en|Scam attempt flagged: "Hi, to receive payment please confirm your card ⟨card:visa:sp⟩ and the 3-digit code" — sent by buyer ⟨~objid⟩ from ⟨ip⟩
hu|Vevő: a csomagautomata kódja ⟨=Q8K2-4471⟩? Eladó: igen, a hirdetés azonosító ⟨~num:8⟩.
ar|المشتري: هل يمكنني الدفع عند الاستلام؟ البائع: نعم، رقم الطلب ⟨~order:HR⟩ ورقم التتبع ⟨~track⟩.
bn|ক্রেতা: ভাই, বিকাশ নম্বর দেন। বিক্রেতা: মার্চেন্ট পেমেন্ট করুন, অর্ডার ⟨~order:DRZ⟩, ট্র্যাকিং ⟨~track⟩
''')

FAM('real_estate_listings', r'''
pl|Ogłoszenie: 3 pokoje, Kraków Podgórze, 72 m², 899 000 zł, nr oferty ⟨=KRA-0418-827⟩, księga wieczysta ⟨=KR1P/00441882/7⟩, agent: ⟨name:pl⟩.
pt|Anúncio T3 Porto, 185.000 €, certificado energético ⟨=SCE0000418827730⟩, referência ⟨=IMO-4418⟩, coordenadas ⟨~coords⟩.
el|Αγγελία: διαμέρισμα 84 τ.μ., Θεσσαλονίκη, 145.000 €, ΚΑΕΚ ⟨=190418827003⟩, κωδικός αγγελίας ⟨~num:8⟩.
en|Viewing feedback log: property ⟨=REF 44182⟩, viewer ⟨name:en⟩, offer £412,000, solicitor ⟨email:en:conveyancing.co.uk⟩. Chain-free.
ro|Anunț: apartament 2 camere, Cluj, 118.000 €, ID anunț ⟨~num:9⟩, număr cadastral ⟨=331804⟩, agent ⟨name:ro⟩.
fi|Myynti-ilmoitus: kaksio, Tampere, 189 000 €, kohdenumero ⟨=660418⟩, kiinteistötunnus ⟨=837-418-27-3⟩.
no|Annonse: 3-roms i Oslo, prisantydning 5 900 000 kr, FINN-kode ⟨=441882773⟩, gnr/bnr ⟨=208/418⟩.
hu|Hirdetés: 2 szobás lakás Budapest XI., 64,9 M Ft, hirdetéskód ⟨=HA-0418827⟩, helyrajzi szám ⟨=4418/27/A/12⟩.
id|Dijual rumah Depok, LT 120 / LB 90, Rp 1,4 M, SHM no ⟨=04418/Depok⟩, kode listing ⟨~num:7⟩.
cs|Inzerát: byt 2+kk, Praha 4, 6 490 000 Kč, ID zakázky ⟨=N04418⟩, list vlastnictví ⟨=8827⟩, PENB třída C.
''')

FAM('loyalty_and_bookings', r'''
en|Loyalty statement: member ⟨=1048827730⟩ (Gold), points 48,210, last stay ⟨~date:en2⟩ at Lisbon Marquês, promo ⟨=STAY4X⟩.
pl|Karta Miles&More ⟨=992004418827730⟩ — status Frequent Traveller, saldo 41 882 mil, ważność mil do ⟨~date:dmy.⟩.
ko|마일리지 적립 안내: 회원번호 ⟨=KE114418827⟩, 적립 마일 1,284, 탑승일 ⟨~date:ko⟩, 항공편 KE0905
tr|Miles&Smiles üyelik no ⟨=TK441882773⟩, uçuş TK1982 ⟨~date:dmy.⟩, kazanılan mil 1.482.
he|מועדון הנוסע המתמיד: מספר חבר ⟨=40441882⟩, נקודות 12,480, טיסה אחרונה ⟨~date:dmy/⟩
fa|باشگاه مشتریان هتل: شماره عضویت ⟨=۴۴۱۸۸۲۷⟩، امتیاز ۱۲۴۸، آخرین اقامت ⟨~date:fa⟩
bn|লয়্যালটি কার্ড নং ⟨=৪৪১৮৮২৭৭৩০⟩, পয়েন্ট ১২৪৮, সর্বশেষ বুকিং ⟨~order:BD⟩
en|Booking.com extranet: reservation ⟨~num:10⟩, guest message: "I'll arrive late, my number is ⟨phone:en⟩". Virtual card ⟨~mask⟩ activates on ⟨~date:en2⟩.
''')

FAM('numeric_lookalikes', r'''
en|Device inventory: iPhone 15, IMEI ⟨~imei⟩, IMEI2 ⟨~imei⟩, serial ⟨=F2LXK8Q4N7⟩, MAC ⟨~mac⟩
pl|Książka w bibliotece szkolnej: ISBN ⟨~isbn⟩, sygnatura ⟨=II-4418⟩, wypożyczenie do ⟨~date:dmy.⟩
en|Shipment: container ⟨~container⟩, seal ⟨=ML-4418827⟩, vessel ⟨~imo⟩, ETA ⟨~ts⟩, HS ⟨~hs⟩
pt|Fatura-recibo n.º ⟨=FR 2026/4418⟩, ATCUD ⟨=JJ4K8M2Q-4418⟩, NIF do adquirente ⟨=999999990⟩, data ⟨~date:dmy/⟩
en|Build ⟨~ver4⟩ (commit ⟨~gitsha⟩) published at ⟨~epoch⟩; checksum ⟨~sha256⟩
ko|주문번호 ⟨=20260302-0418827⟩, 송장번호 ⟨=6418-8277-3041⟩, 결제 승인번호 ⟨=30418827⟩
el|Αρ. πρωτοκόλλου ⟨=44182/2026⟩, ΑΔΑ ⟨=Ψ4Κ8Ω-Λ2Μ⟩, αρ. παραστατικού ⟨~order:ΤΠΥ⟩
en|GPS fix ⟨~coords⟩ alt 118 m, HDOP 0.9, sats 11, time ⟨~epoch_ms⟩
th|เลขที่ใบกำกับภาษี ⟨=IV2026-041882⟩ เลขประจำตัวผู้เสียภาษีของบริษัท ⟨=0105544188273⟩ วันที่ ⟨~date:thnum⟩
fi|Tilausnumero ⟨~order:TIL⟩, seurantakoodi ⟨~track⟩, noutopiste ⟨=4418⟩, viite ⟨=RF71 4418 8277 3⟩
no|KID-nummer ⟨=0041882773041⟩, forfallsdato ⟨~date:dmy.⟩, beløp 1 248,00 kr, fakturanr. ⟨~num:7⟩
ar|رقم الشحنة ⟨~track⟩، رقم الفاتورة ⟨~order:INV⟩، الرقم الضريبي للشركة ⟨=300441882700003⟩
''')


def main():
    seen = set()
    lines = []
    stats = {}
    for name, items in FAMILIES:
        rendered = []
        nla = 0
        for lang, tpl in items:
            assert tpl not in seen, ('duplicate template', tpl[:60])
            seen.add(tpl)
            segs, n = render(tpl, lang)
            nla += n
            rendered.append(emit(segs))
            stats[lang] = stats.get(lang, 0) + 1
        lines.append('# family: %s' % name)
        lines.append('# look-alikes: %d' % nla)
        lines.extend(rendered)
        lines.append('')
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'set.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))
    print('samples by main language: ' + ' '.join('%s=%d' % (k, stats[k]) for k in sorted(stats, key=lambda x: (-stats[x], x))))


if __name__ == '__main__':
    main()
