#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c19.
Standard library only; one random.Random(19477). Writes set.txt next to this file."""
import base64, os, random, re, string, unicodedata, urllib.parse

R = random.Random(19477)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
def dig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))
def nz(n):
    return R.choice('123456789') + dig(n - 1)
def alnum(n, chars=string.ascii_letters + string.digits):
    return ''.join(R.choice(chars) for _ in range(n))
def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def up(n):
    return ''.join(R.choice(string.ascii_uppercase) for _ in range(n))

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0
def luhn_digit(body):
    for c in '0123456789':
        if luhn_ok(body + c): return c
def nonluhn(n, first=None):
    while True:
        s = (first or nz(1)) + dig(n - 1) if first is None else first + dig(n - len(first))
        if not luhn_ok(s): return s

TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '378282246310005']

def card_number():
    kind = R.choice(['visa', 'visa', 'mc', 'mc', 'amex', 'elo', 'disc'])
    if kind == 'visa': body = '4' + dig(14)
    elif kind == 'mc': body = R.choice(['51', '52', '53', '54', '55', '2221', '2720']) ; body = body + dig(15 - len(body))
    elif kind == 'amex': body = R.choice(['34', '37']) + dig(12)
    elif kind == 'elo': body = R.choice(['636368', '504175', '509066']) + dig(9)
    else: body = '6011' + dig(11)
    n = body + luhn_digit(body)
    if n in TEST_CARDS or n.startswith('4242') or n.startswith('41111') or n.startswith('55555'): return card_number()
    return n
def group_card(n, sep=' '):
    if len(n) == 15: return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

# IBAN
IBAN_FMT = {'AD': 'n8c12', 'BE': 'n12', 'BG': 'a4n6c8', 'BR': 'n23a1c1', 'CR': 'n18', 'DE': 'n18', 'EE': 'n16',
            'ES': 'n20', 'FR': 'n10c11n2', 'GB': 'a4n14', 'GR': 'n7c16', 'HR': 'n17', 'IL': 'n19', 'IS': 'n22',
            'IT': 'a1n10c12', 'LT': 'n16', 'NL': 'a4n10', 'RO': 'a4c16', 'PT': 'n21', 'DO': 'a4n20', 'SE': 'n20'}
IBAN_LEN = {k: 4 + sum(int(x) for x in re.findall(r'\d+', v)) for k, v in IBAN_FMT.items()}
def iban_mod(s):
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97
def bban(cc):
    out = ''
    for t, n in re.findall(r'([nac])(\d+)', IBAN_FMT[cc]):
        n = int(n)
        if t == 'n': out += dig(n)
        elif t == 'a': out += up(n)
        else: out += ''.join(R.choice(string.ascii_uppercase + string.digits * 2) for _ in range(n))
    if cc == 'BE':
        b = out[:10]; c = int(b) % 97 or 97
        out = b + '%02d' % c
    if cc == 'CR': out = '0' + out[1:]
    if cc == 'GB': out = R.choice(['BARC', 'LOYD', 'HBUK', 'NWBK', 'MIDL']) + out[4:]
    return out
def make_iban(cc):
    b = bban(cc)
    chk = 98 - iban_mod(cc + '00' + b)
    return cc + '%02d' % chk + b
def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
SAMPLE_IBANS = ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
                'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456']
def bad_iban(cc):
    s = make_iban(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    i = R.choice(pos)
    s = s[:i] + R.choice([c for c in '0123456789' if c != s[i]]) + s[i + 1:]
    assert iban_mod(s) != 1
    return s

# SSN
SSN_BAD = {'078051120', '219099999', '123456789', '457555462'}
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        s = '%03d%02d%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
        if s not in SSN_BAD: return s
def fmt_ssn(s, sep='-'):
    return s[:3] + sep + s[3:5] + sep + s[5:]
def bad_ssn():
    s = ssn(); r = R.randrange(4)
    if r == 0: s = '000' + s[3:]
    elif r == 1: s = '666' + s[3:]
    elif r == 2: s = str(R.randint(900, 999)) + s[3:]
    elif r == 3: s = s[:3] + '00' + s[5:]
    return fmt_ssn(s)

# NINO
N1 = [c for c in string.ascii_uppercase if c not in 'DFIQUV']
N2 = [c for c in string.ascii_uppercase if c not in 'DFIOQUV']
NBAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
def nino_raw():
    while True:
        p = R.choice(N1) + R.choice(N2)
        if p not in NBAD: return p + dig(6) + R.choice('ABCD')
def fmt_nino(n, sp=True):
    return ' '.join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]) if sp else n
def bad_nino():
    n = nino_raw(); r = R.randrange(4)
    if r == 0: n = R.choice('DFIQUV') + n[1:]
    elif r == 1: n = n[0] + R.choice('DFIOQUV') + n[2:]
    elif r == 2: n = R.choice(sorted(NBAD - {'ZZ'})) + n[2:]
    else: n = n[:-1] + R.choice('EFGHJKMPXZ')
    return fmt_nino(n)

# ---------------------------------------------------------------- value pools
FIRST = ['ana', 'joao', 'mariana', 'lucas', 'camila', 'diego', 'valentina', 'mateo', 'giulia', 'marco', 'jordi', 'montse',
         'eleni', 'nikos', 'ioana', 'andrei', 'petar', 'desislava', 'ivana', 'tomislav', 'ruta', 'mantas', 'kadri', 'mart',
         'sigrun', 'gunnar', 'noa', 'yossi', 'abebe', 'selam', 'karthik', 'priya', 'srinivas', 'lakshmi', 'sachin', 'sneha',
         'sokha', 'dara', 'maricel', 'jomar', 'thandiwe', 'sipho', 'emily', 'owen', 'grace', 'liam', 'fatima', 'kwame']
LAST = ['souza', 'oliveira', 'ramirez', 'gutierrez', 'rossi', 'bianchi', 'puig', 'ferrer', 'papadopoulou', 'georgiou',
        'popescu', 'ionescu', 'petrov', 'dimitrova', 'horvat', 'babic', 'kazlauskaite', 'petrauskas', 'tamm', 'saar',
        'jonsdottir', 'olafsson', 'levi', 'mizrahi', 'tesfaye', 'bekele', 'raman', 'iyer', 'reddy', 'naidu', 'patil',
        'kulkarni', 'chan', 'sok', 'dela.cruz', 'santos', 'dlamini', 'nkosi', 'walsh', 'hughes', 'okafor', 'mensah']
DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'hotmail.com', 'libero.it', 'tiscali.it', 'abv.bg',
           'gmx.net', 'inbox.lt', 'hot.ee', 'simnet.is', 'walla.co.il', 'ethionet.et', 'rediffmail.com', 'yahoo.co.in',
           'protonmail.com', 'icloud.com', 'mweb.co.za', 'yahoo.com.ph', 't-com.hr', 'yahoo.gr', 'telkomsa.net', 'mail.bg',
           'prodigy.net.mx', 'fibertel.com.ar', 'xtec.cat', 'otenet.gr', 'zoho.com', 'fastmail.fm', 'posteo.de']
BIZ = ['sorrisoperfeito.com.br', 'clinicaveterinariaboa.com.br', 'mudanzaslaprisa.mx', 'studiodentisticobianchi.it',
       'aguasdelnorte.com.ar', 'tutorplus.co.za', 'hotelcostabrava.cat', 'parkhaus-nord.de', 'sportklub-hajduk.hr',
       'vetkliinik.ee', 'gym-titan.ro', 'fitness-varna.bg', 'kirkjan.is', 'beitknesset.org.il', 'bridgeschool.in',
       'mitrphap.com.kh', 'kapitbahay.ph', 'ubuntufund.org.za', 'acme-print.co.uk', 'nightowl-hotel.com', 'rideshare-help.io',
       'storage4u.co.uk', 'parroquiasanjose.org.mx', 'abebeprint.et', 'meterwise.it', 'edp-clientes.pt', 'glavna.hr']
def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(5)
    loc = [f + '.' + l, f + l[:3] + str(R.randint(1, 99)), f[0] + l, f + '_' + l + str(R.randint(70, 99)), f][style]
    dom = R.choice(BIZ) if style == 4 or R.random() < .25 else R.choice(DOMAINS)
    return loc + '@' + dom
def ex_email():
    return R.choice(FIRST) + R.choice(['', '.test', '+demo']) + '@' + R.choice(['example.com', 'example.org', 'example.net'])

PHONE = {
    'br': ['+55 {a} 9{4}-{4}', '({a}) 9{4}-{4}', '+55{a}9{8}'], 'mx': ['+52 55 {4} {4}', '55 {4} {4}', '+52 33 {4}-{4}'],
    'ar': ['+54 9 11 {4}-{4}', '011 15-{4}-{4}'], 'co': ['+57 3{2} {3} {4}', '3{2} {3} {4}'], 'cl': ['+56 9 {4} {4}'],
    'pe': ['+51 9{2} {3} {3}'], 'it': ['+39 3{2} {3} {4}', '3{2} {7}', '+39 06 {4} {4}'], 'es': ['+34 6{2} {2} {2} {2}', '6{2} {3} {3}', '+34 93 {3} {2} {2}'],
    'gr': ['+30 69{1} {3} {4}', '69{1}{7}', '210 {3} {4}'], 'ro': ['+40 7{2} {3} {3}', '07{2} {3} {3}', '+40 21 {3} {4}'],
    'bg': ['+359 88 {3} {4}', '0888 {3} {3}', '+359 2 {3} {4}'], 'hr': ['+385 9{1} {3} {4}', '09{1} {3} {4}', '+385 1 {4} {3}'],
    'lt': ['+370 6{2} {5}', '8 6{2} {5}'], 'ee': ['+372 5{3} {4}', '5{3} {4}'], 'is': ['+354 8{2} {4}', '5{2}-{4}', '+354 6{2} {4}'],
    'il': ['+972 5{1}-{3}-{4}', '05{1}-{3}-{4}', '+972-3-{3}-{4}'], 'et': ['+251 9{2} {3} {3}', '09{2} {3} {3}', '+251 11 {3} {4}'],
    'in': ['+91 9{4} {5}', '+91-8{3}-{3}-{3}', '09{4}{5}', '+91 40 {4} {4}'], 'kh': ['+855 1{1} {3} {3}', '01{1} {3} {3}', '+855 9{1} {3} {3}'],
    'ph': ['+63 9{2} {3} {4}', '09{2} {3} {4}', '(02) 8{3} {4}'], 'za': ['+27 8{1} {3} {4}', '08{1} {3} {4}', '+27 11 {3} {4}'],
    'us': ['({us}) {us3}-{4}', '{us}-{us3}-{4}', '+1 {us} {us3} {4}'], 'uk': ['+44 7{3} {6}', '07{3} {3} {3}', '+44 20 {4} {4}'],
    'pt': ['+351 9{2} {3} {3}', '9{2} {3} {3}'], 'de': ['+49 151 {4}{4}', '0171 {7}'],
}
def phone(cc):
    f = R.choice(PHONE[cc])
    def rep(m):
        t = m.group(1)
        if t == 'a': return R.choice(['11', '21', '31', '41', '51', '61', '71', '81', '85'])
        if t == 'us': return str(R.randint(2, 9)) + dig(1) + str(R.randint(0, 9)) if False else R.choice(['212', '415', '312', '617', '713', '305', '206', '503', '404', '720'])
        if t == 'us3':
            while True:
                x = str(R.randint(2, 9)) + dig(2)
                if x != '555': return x
        return dig(int(t))
    return re.sub(r'\{(\w+)\}', rep, f)

MONTHS = {
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'ca': 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
    'en': 'January February March April May June July August September October November December',
    'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
    'hr': 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
    'bg': 'януари февруари март април май юни юли август септември октомври ноември декември',
    'is': 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
    'fil': 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre',
}
def ymd(lo=1938, hi=2019):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
def fmt_date(style, y=None, m=None, d=None, lo=1938, hi=2019):
    if y is None: y, m, d = ymd(lo, hi)
    if style == 'dmy.': return '%02d.%02d.%d' % (d, m, y)
    if style == 'dmy/': return '%02d/%02d/%d' % (d, m, y)
    if style == 'mdy/': return '%02d/%02d/%d' % (m, d, y)
    if style == 'ymd': return '%d-%02d-%02d' % (y, m, d)
    if style == 'dmy-': return '%02d-%02d-%d' % (d, m, y)
    if style == 'ymdc': return '%d%02d%02d' % (y, m, d)
    if style == 'd.m.y': return '%d. %d. %d.' % (d, m, y)
    if style == 'en': return '%s %d, %d' % (MONTHS['en'].split()[m - 1], d, y)
    if style == 'ymd.': return '%d.%02d.%02d' % (y, m, d)
    mon = MONTHS[style].split()[m - 1]
    if style in ('pt', 'es', 'ca'): return '%d de %s de %d' % (d, mon, y) if style != 'ca' else '%d %s de %d' % (d, ("d'" + mon) if mon[0] in 'aeiou' else 'de ' + mon, y)
    if style == 'is': return '%d. %s %d' % (d, mon, y)
    if style == 'hr': return '%d. %s %d.' % (d, mon, y)
    if style == 'fil': return '%s %d, %d' % (mon, d, y)
    return '%d %s %d' % (d, mon, y)

# secrets
B64C = string.ascii_letters + string.digits + '+/'
def secret(t):
    if t == 'akia': return R.choice(['AKIA', 'ASIA']) + ''.join(R.choice(string.ascii_uppercase + '234567') for _ in range(16))
    if t == 'awssec': return alnum(40, B64C)
    if t == 'ghp': return R.choice(['ghp_', 'gho_', 'ghs_']) + alnum(36)
    if t == 'ghpat': return 'github_pat_' + alnum(22) + '_' + alnum(59)
    if t == 'glpat': return 'glpat-' + alnum(20, string.ascii_letters + string.digits + '-_')
    if t == 'xoxb': return R.choice(['xoxb-', 'xoxp-']) + nz(12) + '-' + nz(12) + '-' + alnum(24)
    if t == 'slackhook': return 'https://hooks.slack.com/services/T' + up(8) + '/B' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(10)) + '/' + alnum(24)
    if t == 'stripe': return R.choice(['sk_live_', 'rk_live_']) + alnum(R.choice([24, 34, 99]))
    if t == 'openai': return 'sk-proj-' + alnum(48, string.ascii_letters + string.digits + '-_')
    if t == 'anthropic': return 'sk-ant-api03-' + alnum(93, string.ascii_letters + string.digits + '-_') + 'AA'
    if t == 'gapi': return 'AIza' + alnum(35, string.ascii_letters + string.digits + '-_')
    if t == 'twtok': return hexs(32)
    if t == 'sendgrid': return 'SG.' + alnum(22, string.ascii_letters + string.digits + '-_') + '.' + alnum(43, string.ascii_letters + string.digits + '-_')
    if t == 'npm': return 'npm_' + alnum(36)
    if t == 'tg': return nz(10) + ':AA' + alnum(33, string.ascii_letters + string.digits + '-_')
    if t == 'mailgun': return 'key-' + hexs(32)
    if t == 'azure': return alnum(86, B64C) + '=='
    if t == 'hex32': return hexs(32)
    if t == 'hex40': return hexs(40)
    if t == 'shopify': return 'shpat_' + hexs(32)
    if t == 'pypi': return 'pypi-AgEIcHlwaS5vcmc' + alnum(60, string.ascii_letters + string.digits + '-_')
    if t == 'jwt':
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b'=').decode()
        p = base64.urlsafe_b64encode(('{"sub":"%s","uid":%d,"exp":%d}' % (hexs(8), R.randint(1000, 99999), R.randint(1750000000, 1900000000))).encode()).rstrip(b'=').decode()
        return h + '.' + p + '.' + alnum(43, string.ascii_letters + string.digits + '-_')
    if t == 'pem':
        kind = R.choice(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])
        body = '\n'.join(alnum(64, B64C) for _ in range(R.randint(3, 5))) + '\n' + alnum(R.randint(12, 40), B64C) + '='
        return '-----BEGIN %s-----\n%s\n-----END %s-----' % (kind, body, kind)
    if t == 'pw':
        return R.choice([lambda: alnum(R.randint(10, 16), string.ascii_letters + string.digits + '!@#$%&*?-_'),
                         lambda: R.choice(['Verano', 'Gatito', 'Benfica', 'Juventus', 'Hajduk', 'Zalgiris', 'Tallinn', 'Reykja', 'Shalom', 'Chennai', 'Manila', 'Ubuntu', 'Primavera', 'Lisboa', 'Sofia']) + str(R.randint(1950, 2026)) + R.choice('!#$*.?'),
                         lambda: '-'.join(R.choice(['correct', 'lima', 'cavalo', 'bateria', 'grapa', 'nube', 'kofi', 'tigre', 'lua', 'mar', 'vento', 'sol']) for _ in range(4)) + str(R.randint(1, 99))])()
    if t == 'pin': return str(R.randint(1000, 9999))
    if t == 'wifi': return R.choice([alnum(12, string.ascii_letters + string.digits), R.choice(['CasaSilva', 'FamiliaPerez', 'NetGiorgos', 'Pentru', 'Doma', 'Kodu', 'Heima', 'Bayit']) + '_' + dig(4) + R.choice('!@#')])
    if t == 'dbpw': return alnum(R.randint(12, 20), string.ascii_letters + string.digits + '_-.')
    if t == 'discord': return R.choice('MN') + alnum(23) + '.' + alnum(6) + '.' + alnum(38, string.ascii_letters + string.digits + '-_')
    if t == 'dotoken': return 'dop_v1_' + hexs(64)
    raise KeyError(t)

# public / lookalike values
def lookalike(t):
    if t == 'ord': return R.choice(['#', 'ORD-', 'PO-', 'Nº ', 'No. ', '']) + str(R.randint(10000, 9999999))
    if t == 'inv': return R.choice(['INV-', 'FAT-', 'FA', 'NF-e ', 'F', 'Nr. ']) + str(R.randint(2023, 2026)) + '/' + '%04d' % R.randint(1, 9999)
    if t == 'ver': return R.choice(['v', '', 'ver ', 'build ']) + '%d.%d.%d' % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 99)) + R.choice(['', '', '-rc1', '.%d' % R.randint(0, 9999)])
    if t == 'uuid': h = hexs(32); return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])
    if t == 'sha': return hexs(R.choice([40, 64]))
    if t == 'md5': return hexs(32)
    if t == 'ts': return '%d-%02d-%02dT%02d:%02d:%02dZ' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if t == 'epoch': return str(R.randint(1690000000, 1790000000))
    if t == 'date': return fmt_date(R.choice(['dmy.', 'dmy/', 'ymd']), lo=2022, hi=2027)
    if t == 'time': return '%02d:%02d' % (R.randint(0, 23), R.randint(0, 59))
    if t == 'trk': return R.choice([lambda: '1Z' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                                    lambda: up(2) + dig(9) + R.choice(['BR', 'CN', 'IT', 'GR', 'ES']), lambda: 'JD' + dig(16)])()
    if t == 'badcc':
        n = card_number(); c = n[-1]; n = n[:-1] + R.choice([x for x in '0123456789' if x != c]); return group_card(n)
    if t == 'testcc': return group_card(R.choice(TEST_CARDS[:3]), R.choice([' ', '', '-']))
    if t == 'maskcc': return R.choice(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ', 'ending in ', '4' + dig(5) + '******']) + dig(4)
    if t == 'gift': return group_card(nonluhn(16, '6' + dig(1)))
    if t == 'badiban': return group4(bad_iban(R.choice(['IT', 'ES', 'PT', 'GR', 'RO', 'BG', 'HR', 'LT', 'EE', 'IS', 'IL', 'BR', 'DE'])))
    if t == 'sampiban': return R.choice([group4(x) for x in SAMPLE_IBANS])
    if t == 'badssn': return bad_ssn()
    if t == 'sampssn': return R.choice(['123-45-6789', '078-05-1120', '000-00-0000'])
    if t == 'itin': return '9%02d-%d-%04d' % (R.randint(0, 99), R.choice([70, 71, 75, 78, 80, 88, 90, 92]), R.randint(0, 9999))
    if t == 'itin': pass
    if t == 'ein': return '%02d-%07d' % (R.choice([12, 20, 27, 45, 46, 47, 81, 82, 84, 94]), R.randint(0, 9999999))
    if t == 'badnino': return bad_nino()
    if t == 'sampnino': return R.choice(['QQ 12 34 56 C', 'QQ123456C', 'AB 12 34 56 C'])
    if t == 'isbn':
        b = '978' + str(R.randint(0, 1)) + dig(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)); c = (10 - s % 10) % 10
        x = b + str(c)
        return 'ISBN ' + x[:3] + '-' + x[3] + '-' + x[4:8] + '-' + x[8:12] + '-' + x[12]
    if t == 'geo': return '%.5f, %.5f' % (R.uniform(-40, 60), R.uniform(-80, 120))
    if t == 'plate': return R.choice([up(3) + '-' + dig(4), up(3) + dig(1) + up(1) + dig(2), 'ZG ' + dig(4) + '-' + up(2), 'B ' + dig(3) + ' ' + up(3), 'CA ' + dig(4) + ' ' + up(2), up(3) + ' ' + dig(3), dig(3) + ' ' + up(3), 'ΙΚΑ-' + dig(4), up(2) + ' ' + dig(2) + '-' + dig(4)])
    if t == 'meter': return R.choice(['Zähler ', 'POD IT001E', 'MPAN ', 'CUPS ES00', 'contor ', '']) + dig(R.choice([8, 9, 10]))
    if t == 'reading': return '%d,%d kWh' % (R.randint(1000, 99999), R.randint(0, 9))
    if t == 'fine': return R.choice(['PCN ', 'AU-', 'Ref. ', 'Nr. ', 'Κ.Π. ']) + up(2) + dig(8)
    if t == 'mem': return R.choice(['M-', 'SOC ', 'CL', '#', 'N° ']) + '%05d' % R.randint(1, 99999)
    if t == 'rcpt': return R.choice(['R', 'RC-', 'Rec. ', 'Bon ']) + dig(R.choice([6, 8, 10]))
    if t == 'txn': return R.choice(['TXN', 'TX-', 'pi_', 'ch_', 'E2E']) + alnum(R.choice([12, 16, 20]), string.ascii_uppercase + string.digits)
    if t == 'otp': return dig(6)
    if t == 'seq': return R.choice(['seq=', 'SEQ ', 'job ', '#']) + str(R.randint(100, 99999))
    if t == 'zip': return R.choice([dig(5), dig(5) + '-' + dig(3), dig(4), dig(3) + ' ' + dig(2), 'LT-' + dig(5), up(2) + dig(1) + ' ' + dig(1) + up(2)])
    if t == 'mac': return ':'.join(hexs(2) for _ in range(6)).upper()
    if t == 'docip': return R.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254))
    if t == 'dns': return R.choice(['1.1.1.1', '9.9.9.9'])
    if t == 'netmask': return R.choice(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.252.0'])
    if t == 'mask': return R.choice(['xxxx-xxxx', '********', '[REDACTED]', 'XXX-XX-XXXX', '•••••••', '<hidden>'])
    if t == 'exmail': return ex_email()
    if t == 'exphone': return R.choice(['(212) 555-01', '555-01', '+1 415 555 01']) + '%02d' % R.randint(0, 99)
    if t == 'akiaex': return 'AKIAIOSFODNN7EXAMPLE'
    if t == 'envref': return R.choice(['${DB_PASSWORD}', '${{ secrets.API_KEY }}', '{{ vault_smtp_pass }}', '$STRIPE_SECRET', '%APPDATA%\\token', '<your-api-key>', 'changeme'])
    if t == 'oid': return R.choice(['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1.4.1.311.20.2.3', '1.3.6.1.2.1.1.3.0'])
    if t == 'sid': return 'AC' + hexs(32)
    if t == 'acct': return nonluhn(12)
    if t == 'arn': return 'arn:aws:iam::' + nonluhn(12) + ':role/' + R.choice(['deploy', 'backup-writer', 'ci-runner'])
    if t == 'pub': return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + alnum(43, B64C) + ' ' + R.choice(FIRST) + '@laptop'
    if t == 'bic': return R.choice(['BCITITMM', 'CAIXESBBXXX', 'ETHNGRAA', 'BTRLRO22', 'UNCRBGSF', 'ZABAHR2X', 'HABALT22', 'EEUHEE2X', 'NBIIISRE', 'LUMIILITXXX', 'ITAUBRSP', 'BCMXMXMM'])
    if t == 'sort': return '%02d-%02d-%02d' % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))
    if t == 'aba': return R.choice(['021000021', '026009593', '121000358', '011000138', '322271627'])
    if t == 'tkt': return R.choice(['#', 'TCK-', 'CS-', 'INC', 'SR ']) + str(R.randint(10000, 999999))
    if t == 'serial': return R.choice(['SN ', 'S/N: ', 'Serial ']) + up(3) + dig(7) + up(1)
    if t == 'ean': return nonluhn(13, '7' + str(R.randint(0, 9)))
    if t == 'jwtdemo': return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    if t == 'money': return R.choice(['R$ ', '$', '€', '£', 'MXN ', 'лв ', 'kn ', 'ISK ', '₪', 'ETB ', '₹', 'R ', '₱', 'KHR ']) + '%d.%02d' % (R.randint(5, 9999), R.randint(0, 99))
    if t == 'room': return str(R.randint(101, 1240))
    if t == 'cvv': return dig(3)
    if t == 'pct': return '%d%%' % R.randint(1, 99)
    if t == 'build': return dig(R.choice([5, 6, 7]))
    if t == 'crc': return '0x' + hexs(8).upper()
    if t == 'port': return str(R.choice([22, 80, 443, 8080, 8443, 5432, 3306, 6379, 9100, 631]))
    if t == 'locker': return R.choice(['L-', 'Box ', 'Unit ', 'Kluis ']) + str(R.randint(1, 480))
    if t == 'vin': return ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(17))
    if t == 'policy': return R.choice(['POL-', 'Ap. ', 'No. ']) + dig(9)
    if t == 'case': return R.choice(['Case ', 'Exp. ', 'Dosar ', 'Predmet ']) + str(R.randint(100, 9999)) + '/' + str(R.randint(2023, 2026))
    raise KeyError(t)

# ---------------------------------------------------------------- obfuscation
FW = lambda s: ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)
ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']
def zw(s, k=2):
    s = list(s)
    for _ in range(k):
        i = R.randint(1, len(s) - 1); s.insert(i, R.choice(ZW))
    return ''.join(s)
def nl(s):
    i = R.randint(len(s) // 3, 2 * len(s) // 3)
    return s[:i] + '\n' + s[i:]
WORDS = {'en': 'zero one two three four five six seven eight nine', 'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
         'pt': 'zero um dois três quatro cinco seis sete oito nove', 'it': 'zero uno due tre quattro cinque sei sette otto nove',
         'fil': 'zero isa dalawa tatlo apat lima anim pito walo siyam'}
def spell(s, lang):
    w = WORDS[lang].split()
    return ' '.join(w[int(c)] if c.isdigit() else c for c in s if c not in ' -')
def script_digits(s, base):
    return ''.join(chr(base + int(c)) if c.isdigit() else c for c in s)
AT = {'pt': (' arroba ', ' ponto '), 'es': (' arroba ', ' punto '), 'it': (' chiocciola ', ' punto '), 'ca': (' arrova ', ' punt '),
      'en': (' [at] ', ' [dot] '), 'en2': ('(at)', '(dot)'), 'ro': (' la ', ' punct '), 'el': (' παπάκι ', ' τελεία '),
      'bg': (' кльомба ', ' точка '), 'hr': (' et ', ' točka '), 'lt': (' eta ', ' taškas '), 'is': (' hjá ', ' punktur '),
      'he': (' שטרודל ', ' נקודה '), 'fil': (' at ', ' tuldok '), 'zu': (' ku ', ' ichashazi '), 'br': ('{at}', '{dot}'), 'x': (' AT ', ' DOT ')}
def obf_email(e, how):
    if how in AT:
        a, d = AT[how]; loc, dom = e.split('@'); return loc + a + dom.replace('.', d)
    if how == 'b64': return base64.b64encode(e.encode()).decode()
    if how == 'url': return urllib.parse.quote('mailto:' + e, safe='')
    if how == 'pct': return e.replace('@', '%40')
    if how == 'fw': return e.replace('@', '\uff20').replace('.', '\uff0e')
    if how == 'zw': return zw(e)
    if how == 'html': return e.replace('@', '&#64;').replace('.', '&#46;')
    if how == 'json': return e.replace('@', '\\u0040')
    if how == 'nl': return nl(e)
    if how == 'rev': return e[::-1]
    if how == 'qp': return e.replace('@', '=40')
    raise KeyError(how)

def render_label(tok):
    parts = tok.split(':')
    k = parts[0]; a = parts[1:]
    if k == 'EM':
        e = email()
        return (obf_email(e, a[0]) if a else e), 'email'
    if k == 'PH':
        p = phone(a[0]); how = a[1] if len(a) > 1 else ''
        if how == 'fw': p = FW(p)
        elif how == 'zw': p = zw(p)
        elif how == 'nl': p = nl(p)
        elif how in WORDS: p = spell(p, how)
        elif how == 'deva': p = script_digits(p, 0x966)
        elif how == 'khmer': p = script_digits(p, 0x17E0)
        elif how == 'tamil': p = script_digits(p, 0xBE6)
        elif how == 'telugu': p = script_digits(p, 0xC66)
        elif how == 'dots': p = p.replace(' ', '.').replace('-', '.')
        elif how == 'nosp': p = re.sub(r'[ ()-]', '', p)
        elif how == 'odd': p = ' '.join(re.sub(r'\D', '', p)[i:i + 2] for i in range(0, len(re.sub(r'\D', '', p)), 2))
        elif how == 'nbsp': p = p.replace(' ', '\u00a0')
        elif how == 'b64': p = base64.b64encode(p.encode()).decode()
        elif how == 'url': p = urllib.parse.quote(p, safe='')
        return p, 'phone'
    if k == 'CC':
        n = card_number(); how = a[0] if a else 'sp'
        if how == 'sp': v = group_card(n)
        elif how == 'dash': v = group_card(n, '-')
        elif how == 'raw': v = n
        elif how == 'nl': v = nl(group_card(n))
        elif how == 'zw': v = zw(n, 3)
        elif how == 'fw': v = FW(group_card(n))
        elif how == 'dot': v = group_card(n, '.')
        elif how == 'en': v = spell(n, 'en')
        elif how == 'b64': v = base64.b64encode(n.encode()).decode()
        elif how == 'nbsp': v = group_card(n, '\u00a0')
        return v, 'card'
    if k == 'IB':
        s = make_iban(a[0]); how = a[1] if len(a) > 1 else 'g'
        if how == 'g': v = group4(s)
        elif how == 'raw': v = s
        elif how == 'nl': v = nl(group4(s))
        elif how == 'low': v = group4(s).lower()
        elif how == 'zw': v = zw(s, 2)
        elif how == 'dash': v = '-'.join(s[i:i + 4] for i in range(0, len(s), 4))
        elif how == 'nbsp': v = group4(s).replace(' ', '\u00a0')
        return v, 'iban'
    if k == 'SSN':
        s = ssn(); how = a[0] if a else 'd'
        v = {'d': fmt_ssn(s), 'sp': fmt_ssn(s, ' '), 'raw': s, 'dot': fmt_ssn(s, '.')}.get(how)
        if how == 'en': v = spell(fmt_ssn(s), 'en')
        if how == 'fw': v = FW(fmt_ssn(s))
        if how == 'zw': v = zw(fmt_ssn(s))
        return v, 'ssn'
    if k == 'NI':
        n = nino_raw(); how = a[0] if a else 'sp'
        v = {'sp': fmt_nino(n), 'raw': n, 'low': fmt_nino(n).lower(), 'dash': '-'.join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])}.get(how)
        if how == 'zw': v = zw(n)
        if how == 'nl': v = fmt_nino(n)[:8] + '\n' + fmt_nino(n)[8:]
        return v, 'nino'
    if k == 'IP':
        how = a[0] if a else 'pub'
        if how in ('pub', 'defang', 'url'):
            while True:
                o = [R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
                if o[0] in (10, 127, 100, 169, 172, 192, 198, 203, 0, 1, 9): continue
                break
            v = '.'.join(map(str, o))
            if how == 'defang': v = v.replace('.', '[.]')
        elif how == 'lan': v = R.choice(['192.168.%d.%d' % (R.choice([0, 1, 1, 2, 8, 100]), R.randint(2, 254)), '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])
        elif how == 'gw': v = R.choice(['192.168.1.1', '192.168.0.1', '10.0.0.1', '192.168.100.1'])
        elif how == 'v6': v = R.choice(['2a02', '2001', '2804', '2a00', '2409', '2c0f']) + ':' + ':'.join(hexs(R.randint(1, 4)).lstrip('0') or '0' for _ in range(3)) + '::' + hexs(4).lstrip('0') + ':' + hexs(3)
        return v, 'ip'
    if k == 'DOB':
        return fmt_date(a[0] if a else 'dmy/'), 'dob'
    if k == 'SK':
        v = secret(a[0]); how = a[1] if len(a) > 1 else ''
        if how == 'b64': v = base64.b64encode(v.encode()).decode()
        if how == 'url': v = urllib.parse.quote(v, safe='')
        if how == 'zw': v = zw(v)
        if how == 'nl': v = nl(v)
        return v, 'secret'
    if k == 'BASIC':
        return base64.b64encode((R.choice(FIRST) + ':' + secret('pw')).encode()).decode(), 'secret'
    return None

# ---------------------------------------------------------------- serialising
def esc(s):
    out = []
    for c in s:
        o = ord(c); cat = unicodedata.category(c)
        if c == '\n': out.append('\\n')
        elif c == '\t': out.append('\\t')
        elif c in '\\{}': out.append('\\u%04X' % o)
        elif cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs') or (cat == 'Zs' and c != ' ') or c == '\u034f' \
                or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE or o == 0x3000:
            out.append('\\u%04X' % o)
        else: out.append(c)
    return ''.join(out)

# filler values (amounts, times, percentages, room and port numbers) are negatives but not counted as look-alikes
NOT_LOOKALIKE = {'money', 'time', 'pct', 'room', 'port', 'reading'}
TOK = re.compile(r'<<([A-Za-z0-9_:./\-]+)>>')
def render(tpl):
    segs = []; nlook = 0; pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos: segs.append((tpl[pos:m.start()], None))
        t = m.group(1)
        if t.startswith('L:'):
            segs.append((lookalike(t[2:]), None)); nlook += t[2:] not in NOT_LOOKALIKE
        else:
            r = render_label(t)
            if r is None: raise SystemExit('bad token ' + t)
            segs.append(r)
        pos = m.end()
    segs.append((tpl[pos:], None))
    return segs, nlook

# negatives that must stay invalid (shared logic with check.py)
def neg_problem(text):
    for m in re.finditer(r'(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])', text):
        d = re.sub(r'\D', '', m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS: return 'luhn ' + m.group()
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b', text):
        s = m.group().replace(' ', '')
        if s[:2] in IBAN_LEN:
            for L in range(len(s), 14, -1):
                if L == IBAN_LEN[s[:2]] and iban_mod(s[:L]) == 1 and s[:L] not in SAMPLE_IBANS: return 'iban ' + s
    for m in re.finditer(r'[\w.+-]+@([\w-]+\.)+[a-z]{2,}', text):
        if not re.search(r'@(\w+\.)*example\.(com|org|net)$', m.group()) and not m.group().endswith('.test'): return 'email ' + m.group()
    return None

FAMILIES = []
def fam(name, *tpls):
    FAMILIES.append((name, list(tpls)))

# ================================================================ families
fam('freelancer_invoices_ptbr',
    'NOTA DE SERVIÇO <<L:inv>> — Designer freelancer Juliana Prado. Contato: <<EM>> / WhatsApp <<PH:br>>. Valor: <<L:money>>, vencimento <<L:date>>.',
    'Oi Carla! Segue a fatura do mês. Chave PIX (e-mail): <<EM>>. Se preferir TED: <<IB:BR>>. Pedido <<L:ord>>.',
    'Fatura <<L:inv>>\nCliente: Padaria Pão Quente\nDados bancários p/ depósito internacional: IBAN <<IB:BR:nl>>\nBIC <<L:bic>>',
    'orçamento aprovado!! me manda no zap <<PH:br:dots>> que eu te passo o boleto, código de barras termina em <<L:ean>>',
    'Recibo <<L:rcpt>> — pago com cartão <<L:maskcc>> em 3x. Dúvidas: <<EM:pt>>',
    'Prestador: Rafael M. Nunes, nascido em <<DOB:pt>>, CEP <<L:zip>>. Horas lançadas: 37,5h (semana 14).',
    'Cartão p/ cobrança recorrente da hospedagem: <<CC:sp>> validade 09/29 — NÃO é o cartão de teste <<L:testcc>> que usei no sandbox.',
    'planilha horas.csv\ndata;cliente;horas;valor\n<<L:date>>;Ótica Visão;6;<<L:money>>\n<<L:date>>;Studio Yoga;4;<<L:money>>\ncontato financeiro: <<EM>>',
    'Oi, sou MEI e meu contador pediu o telefone de cadastro: <<PH:br:pt>>. O número do protocolo é <<L:tkt>>.',
    'Senha do portal da prefeitura pra emitir NFS-e: <<SK:pw>> (usuário: julianaprado). Não compartilha, tá?',
)
fam('quotes_timesheets_es_latam',
    'COTIZACIÓN <<L:inv>> — Carpintería Hermanos Gutiérrez, Guadalajara. Tel. <<PH:mx>>, correo <<EM>>. Vigencia: 15 días a partir del <<L:date>>.',
    'Hoja de horas — semana <<L:seq>>\nNombre: Valentina Ruiz\nFecha de nacimiento: <<DOB:dmy/>>\nHoras: 42\nTarifa: <<L:money>>',
    'Hola don Mateo, le reenvío el presupuesto. Cualquier cosa me escribe al <<PH:ar>> o a <<EM:es>>. Saludos.',
    'Factura electrónica <<L:inv>> | RFC emisor en el PDF | Pagar con tarjeta <<CC:dash>> exp 11/28 | autorización <<L:otp>>',
    'Remito de obra <<L:ord>> — Bogotá. Maestro de obra: Diego Ramírez, cel <<PH:co>>. Código postal <<L:zip>>.',
    'Cuenta en Costa Rica para el anticipo del 50%: <<IB:CR>> (colones). Referencia de pago <<L:txn>>.',
    'Freelance dev LATAM: mi tarifa es <<L:money>>/h. Te paso mi Payoneer: <<EM>>. Versión del contrato <<L:ver>>.',
    'Presupuesto de fletes Santiago - Valparaíso, contacto <<PH:cl>>, patente del camión <<L:plate>>.',
    'Le recuerdo que nació el <<DOB:es>> según su cédula, por eso el seguro del trabajador aplica la tarifa senior. Póliza <<L:policy>>.',
    'timesheet_lima.tsv\nfecha\tproyecto\thoras\n<<L:date>>\tWeb tienda\t7\n<<L:date>>\tApp delivery\t5\nwhatsapp del cliente: <<PH:pe>>',
    'Pago por transferencia a República Dominicana: IBAN <<IB:DO>>. No uses la cuenta vieja <<L:badiban>>, la cerraron.',
)
fam('accounting_export_csv',
    'date,vendor,amount,iban,reference\n<<L:date>>,Bianchi SRL,<<L:money>>,<<IB:IT>>,<<L:inv>>\n<<L:date>>,Papadopoulou OE (IBAN rejected),<<L:money>>,<<L:badiban>>,<<L:inv>>',
    'Xero export — contacts.csv\nName,Email,Phone\nOkafor Consulting,<<EM>>,<<PH:uk>>\nMensah Ltd,<<L:exmail>>,<<L:exphone>>',
    'QuickBooks journal: JE <<L:seq>> — reclass <<L:money>> from 6100 to 6120. Approved by controller. Tax ID (EIN) <<L:ein>>.',
    '"Supplier";"IBAN";"BIC"\n"Horvat d.o.o.";"<<IB:HR>>";"<<L:bic>>"\n"Tamm OÜ";"<<IB:EE>>";"<<L:bic>>"',
    'bank_feed.ofx: <STMTTRN><TRNTYPE>DEBIT<DTPOSTED><<L:ts>><TRNAMT>-219.40<FITID><<L:txn>><NAME>CARD <<L:maskcc>></STMTTRN>',
    'Payroll export line: EMP0042|Owen Walsh|NI <<NI>>|tax code 1257L|gross 2,450.00|sort code <<L:sort>>',
    'Vendor master change request: new remittance IBAN <<IB:PT>> (old: <<L:badiban>>). Verified by phone callback, ticket <<L:tkt>>.',
    'Sage export\nAccount,Name,Contact\n1200,Lakshmi Iyer Designs,<<EM>>\n1210,Ravi Reddy Tutoring,(no email)\nGenerated <<L:ts>>',
    '1099 prep: contractor Grace Hughes, SSN <<SSN>>, total paid $14,200. Our EIN for the form is <<L:ein>>.',
    'Reconciliation note: the line with ISBN-like code <<L:isbn>> is a book purchase, not a card. Card used: <<CC:raw>>.',
    'Invoice batch <<L:seq>> — 14 invoices, checksum <<L:md5>>, uploaded to accounting portal as user accounts@smallfirm with password <<SK:pw>>',
)
fam('nonprofit_donors',
    'Donor CRM export\nDonor ID,Name,Email,Gift\n<<L:mem>>,Emily Walsh,<<EM>>,$250\n<<L:mem>>,Kwame Mensah,<<L:mask>>,$1,000',
    'Grazie per la donazione! Ricevuta <<L:rcpt>>. Per modificare la donazione mensile scriva a <<EM:it>> o chiami il numero verde in bolletta.',
    'Recurring gift form — card: <<CC:sp>> exp 04/27, CVV on file. Campaign code <<L:ord>>. Tax receipt will be sent.',
    'Lascito testamentario: la signora Giulia Rossi, nata il <<DOB:it>>, ha indicato l\'associazione come beneficiaria. Pratica <<L:case>>.',
    'Hi team, major donor Liam Hughes (DOB <<DOB:mdy/>>) wants his gift anonymous. Pledge ref <<L:txn>>. Do not put his cell <<PH:us>> in the newsletter list.',
    'Bonifico per la raccolta fondi: IBAN <<IB:IT>> intestato a Associazione Amici del Canile. Causale: <<L:inv>>.',
    'GiftAid declaration: donor postcode <<L:zip>>, NI number <<NI>>, amount £40. Declaration date <<L:date>>.',
    'Volunteer signup: Fatima Okafor, SSN for the US background check <<SSN>>, t-shirt M, available weekends. Badge <<L:mem>>.',
    'Mailchimp API key for the donor newsletter (datacenter us21): <<SK:hex32>> — please rotate after the gala.',
    'Donation page test: used <<L:testcc>> in test mode, transaction <<L:txn>> OK. Live key still unset (<<L:envref>>).',
    'Thank-you letter merge fields: {{first_name}}, {{gift_amount}}, {{gift_date}} — sample row uses <<L:exmail>>.',
)
fam('sports_club_hr_lt',
    'Članarina za sezonu 2026: uplatite na IBAN <<IB:HR>>, poziv na broj <<L:mem>>. Sjedište kluba: poštanski broj <<L:zip>>.',
    'Prijavnica — NK Mladost\nIme i prezime: Tomislav Babić\nDatum rođenja: <<DOB:hr>>\nBroj dresa: 9\nE-mail roditelja: <<EM>>',
    'Trener Ivana: "Sutra trening u 18:00, teren 2. Tko ne može, neka javi u grupu." Registracija kombija <<L:plate>>.',
    'Klubo nario kortelė <<L:mem>> — Rūta Kazlauskaitė, gimimo data <<DOB:ymd>>, tel. <<PH:lt>>.',
    'Krepšinio stovykla: mokestis <<L:money>>, sąskaita <<IB:LT>>, mokėjimo paskirtis <<L:inv>>. Klausimus siųskite <<EM:lt>>.',
    'Rezultati utakmice: 3:1, gledatelja 412, ulaznica br. <<L:rcpt>>. Sljedeća utakmica <<L:date>>.',
    'Sporto klubo svetainės admin: vartotojas admin, slaptažodis <<SK:pw>> — prašau pakeisti po varžybų.',
    'Lista za putovanje na turnir (putovnice): Petar H., putovnica vrijedi do <<L:date>>; putovnica br. <<L:serial>>; mobitel <<PH:hr>>.',
    'Narių sąrašas.xlsx nukopijuotas:\nVardas\tEl. paštas\tTelefonas\nMantas\t<<EM>>\t<<PH:lt>>\nJonas\t<<L:exmail>>\t<<L:exphone>>',
    'Plaćanje kartice za dres: <<L:maskcc>>, odobrenje <<L:otp>>. Račun <<L:inv>>.',
)
fam('gym_ro_bg',
    'Abonament Gym Titan — Ioana Popescu, CNP ascuns, data nașterii <<DOB:ro>>, telefon <<PH:ro>>, card acces <<L:mem>>.',
    'Plată recurentă abonament: card <<CC:sp>>, expiră 02/28. Nr. contract <<L:inv>>. Dacă aveți întrebări: <<EM>>.',
    'Salut! Am uitat parola la aplicația sălii, am resetat-o la <<SK:pw>> dar nu merge. Codul primit prin SMS a fost <<L:otp>>.',
    'Фитнес Варна: членска карта <<L:mem>>, Десислава Димитрова, дата на раждане <<DOB:dmy.>>, тел. <<PH:bg>>.',
    'Плащане по банков път: IBAN <<IB:BG>>, основание "абонамент <<L:inv>>". Въпроси на <<EM:bg>>.',
    'Log turnichet: <<L:ts>> card=<<L:mem>> door=2 OK; <<L:ts>> card=<<L:mem>> door=2 DENIED (expirat).',
    'Антрeньорът Петър: обади ми се на <<PH:bg:nosp>> за персоналните тренировки, пакет 12 сесии — <<L:money>>.',
    'Fișă medicală sală: greutate 78 kg, puls 64, ultima vizită <<L:date>>. Antrenor: Andrei I., <<EM>>.',
    'Wi-Fi sala: rețea TitanGuest, parola <<SK:wifi>> (schimbată lunar). Router admin la <<IP:gw>>.',
    'Касова бележка <<L:rcpt>> — протеин 2 кг, <<L:money>>, карта <<L:maskcc>>, ДДС № в бележката.',
)
fam('church_community_fil_zu',
    'Paalala mula sa Parokya: Ang binyag ni baby Jomar ay sa <<L:date>>. Para sa katanungan, mag-email sa <<EM:fil>>.',
    'Talaan ng mga miyembro ng koro\nPangalan: Maricel Santos\nKaarawan (petsa ng kapanganakan): <<DOB:fil>>\nCellphone: <<PH:ph>>',
    'Bayad sa kasal: GCash <<PH:ph:nosp>>, ref no. <<L:txn>>. Salamat po!',
    'Ibandla lakwaNkosi: umhlangano wamalungu ngo-<<L:date>>. Shayela umfundisi ku-<<PH:za>> noma uthumele i-imeyili ku-<<EM:zu>>.',
    'Uhlu lwamalungu: Thandiwe Dlamini, wazalwa ngo-<<DOB:ymd>>, inombolo yelungu <<L:mem>>.',
    'Church bulletin: Youth group leader Sipho Nkosi (<<PH:za>>). Building fund total <<L:money>>. Hymn numbers 112, 356, 48.',
    'Offering envelope scan: envelope <<L:mem>>, amount R200, EFT ref <<L:txn>>. Donor email <<EM>>.',
    'Community hall booking: date <<L:date>>, time <<L:time>>, contact Grace H. <<EM>>, deposit receipt <<L:rcpt>>.',
    'Prayer chain WhatsApp group export:\n[<<L:date>>, 07:12] Lakshmi: pls pray for my mum\n[<<L:date>>, 07:15] +27 <<L:seq>>: amen',
    'Ang password ng Facebook page ng parokya ay <<SK:pw>> — huwag ipamigay sa labas ng konseho.',
    'Stokvel yebandla: imali ifakwe ku-akhawunti, inkomba <<L:mem>>. Isikhwama siphethwe ngu-Sipho, <<PH:za:nosp>>.',
)
fam('dental_el_it',
    'Οδοντιατρείο Γεωργίου — Καρτέλα ασθενούς\nΟνοματεπώνυμο: Ελένη Παπαδοπούλου\nΗμερομηνία γέννησης: <<DOB:el>>\nΚινητό: <<PH:gr>>',
    'Υπενθύμιση ραντεβού: <<L:date>> στις <<L:time>>. Για ακύρωση καλέστε στο <<PH:gr>>. Κωδικός ραντεβού <<L:otp>>.',
    'Παρακαλώ στείλτε την ακτινογραφία στο <<EM:el>>. Αρ. παραστατικού <<L:inv>>.',
    'Πληρωμή θεραπείας με IBAN <<L:badiban>> (λάθος ψηφίο) — σωστό στο τιμολόγιο. BIC <<L:bic>>.',
    'Studio Dentistico Bianchi — anamnesi\nPaziente: Marco Rossi, nato il <<DOB:dmy/>>\nAllergie: penicillina\nTel: <<PH:it>>\nTessera sanitaria: nel fascicolo',
    'Gentile paziente, il suo preventivo <<L:inv>> per l\'impianto è di <<L:money>>. Può pagare in 12 rate con carta <<CC:sp>>.',
    'Log lettore ortopantomografo: <<L:ts>> exam id <<L:uuid>> sent to PACS at <<IP:lan>>:104 (AE DENTAL01)',
    'Promemoria richiamo igiene: ultima seduta <<L:date>>. Rispondere a <<EM>> per confermare.',
    'Software gestionale: utente dott.bianchi, password <<SK:pw>>, licenza <<L:serial>>.',
    'Ricevuta sanitaria <<L:rcpt>> — pagamento POS carta <<L:maskcc>>, codice autorizzazione <<L:otp>>.',
    'Recall SMS: "Hi, this is Bright Smiles Dental. Your cleaning is due. Call <<L:exphone>> to book." (template, not sent)',
)
fam('veterinary_et_is',
    'Vetkliinik Käpp — patsiendi kaart: koer Muki, kiip <<L:serial>>. Omanik Kadri Tamm, tel <<PH:ee>>, kliendikaart <<L:mem>>.',
    'Arve <<L:inv>>: vaktsineerimine <<L:money>>. Maksa kontole <<IB:EE>>, viitenumber <<L:mem>>.',
    'Tere! Kass Miisu sünnipäev (sündinud <<L:date>>) — see on looma sünniaeg, mitte omaniku. Omaniku sünniaeg: <<DOB:dmy.>>.',
    'Dýralæknastofan: eigandi netfang <<EM:is>>, sími <<PH:is>>. Kennitala dýrs ekki til. Örmerki <<L:serial>>.',
    'Reikningur <<L:inv>> — greiðist inn á <<IB:IS>>. Eindagi <<L:date>>.',
    'Fæðingardagur eiganda: <<DOB:is>>. Hundur: Snati, 6 ára, 24,3 kg. Bókun <<L:tkt>>.',
    'Clinic SMS gateway log: <<L:ts>> to=<<PH:is:nosp>> msg="Tími hjá dýralækni kl. 14:30" status=DELIVERED id=<<L:uuid>>',
    'Vet practice software backup config:\nsftp_host=<<IP:pub>>\nsftp_user=backup\nsftp_pass=<<SK:dbpw>>\nschedule=02:30',
    'Ravimi partii nr <<L:serial>>, kehtiv kuni <<L:date>>. Doos 10 tabletti.',
    'Kaart makse: <<L:maskcc>>, terminal <<L:seq>>, tšekk <<L:rcpt>>.',
)
fam('tutoring_childcare_he_en',
    'טופס רישום לצהרון\nשם הילד: נועה לוי\nתאריך לידה: <<DOB:dmy.>>\nטלפון הורה: <<PH:il>>\nדוא"ל: <<EM>>',
    'שלום, זה יוסי מהשיעורים הפרטיים במתמטיקה. אפשר להעביר תשלום ל-<<IB:IL>>. מספר קבלה <<L:rcpt>>.',
    'המייל שלי הוא <<EM:he>> — תשלחי לי את דף העבודה.',
    'Childcare enrolment form\nChild: Owen Hughes\nDate of birth: <<DOB:dmy/>>\nParent NI number: <<NI>>\nEmergency contact: <<PH:uk>>\nRoom: Caterpillars',
    'Tutor invoice <<L:inv>>: 8 sessions × £30. Pay by card <<CC:sp>> or bank transfer, sort code <<L:sort>>.',
    'Hi Mrs Walsh, Liam did great today. His birthday party is on <<L:date>> — not his DOB, just the party! NI on file: <<NI>>.',
    'Nanny agency record: caregiver Grace Hughes, SSN <<SSN>>, background check ref <<L:case>>, CPR cert expires <<L:date>>.',
    'Tutoring platform login for the kids: user mia2017, password <<SK:pw>>. Pls don\'t reset it again.',
    'After-school pickup list: Room 3 — authorised adults: Noa (<<PH:il>>), Yossi (see file). Gate code <<L:otp>>.',
    'Ofsted registration <<L:mem>>; childminder postcode <<L:zip>>; insurance policy <<L:policy>>.',
    'Parent asked: "is it ok to send DOB by email?" — I told her use the portal. Portal reset token sent to <<L:exmail>> in test.',
)
fam('moving_storage_es_ca',
    'Mudanzas La Prisa — orden de servicio <<L:ord>>\nCliente: Montse Ferrer\nTel: <<PH:es>>\nOrigen CP <<L:zip>> → destino CP <<L:zip>>\nFecha de mudanza: <<L:date>>',
    'Guardamobles: contracte de lloguer del traster <<L:locker>>. Titular Jordi Puig, data de naixement <<DOB:ca>>, correu <<EM:ca>>.',
    'Hola Jordi, el camió <<L:plate>> arriba a les 8. Si hi ha cap problema truca al <<PH:es:odd>>.',
    'Domiciliació bancària del traster: IBAN <<IB:ES>>. Mandat SEPA <<L:txn>>.',
    'Storage4U gate log: <<L:ts>> unit <<L:locker>> PIN accepted; <<L:ts>> unit <<L:locker>> PIN rejected x3.',
    'Inventario: 42 cajas, 1 piano (serie <<L:serial>>), 3 colchones. Seguro póliza <<L:policy>>. Firma cliente: <<EM>>',
    'Pagament de la fiança amb targeta <<CC:nl>> — caducitat 07/27.',
    'Presupuesto Andorra: compte <<IB:AD>>, referència <<L:inv>>.',
    'Storage unit access code for your move-out day is <<SK:pin>>; the gate code for visitors is printed on the receipt <<L:rcpt>>.',
    'Reclamació per mobles danyats: expedient <<L:case>>. Adjunto fotos. El meu mòbil: <<PH:es>>.',
    'Moving quote request (web form dump): name=Carlos Gutierrez&email=<<EM:pct>>&phone=<<PH:mx:url>>&from_zip=<<L:zip>>',
)
fam('utility_meter_it_ro',
    'Autolettura contatore gas: matricola <<L:meter>>, lettura <<L:reading>>, data <<L:date>>. Cliente codice <<L:mem>>.',
    'Bolletta luce <<L:inv>> — <<L:meter>> — importo <<L:money>>. Addebito su IBAN <<IB:IT>>.',
    'Buongiorno, sono l\'intestatario. Cambio numero di telefono: il nuovo è <<PH:it>>. La mail resta quella del contratto.',
    'Voltura utenza: subentrante Giulia Bianchi, con decorrenza dal <<L:date>>. Pratica <<L:case>>.',
    'Index contor apă: <<L:meter>> — citire <<L:reading>>. Loc de consum cod <<L:mem>>.',
    'Factura Enel <<L:inv>>: plată cu cardul <<CC:sp>> a fost respinsă. Reîncercați sau sunați la <<PH:ro>>.',
    'Smart meter gateway: firmware <<L:ver>>, MAC <<L:mac>>, WAN IP <<IP:pub>>, last push <<L:ts>>.',
    'Contract furnizare gaz: titular Andrei Ionescu, contract semnat pe <<L:date>>, e-mail <<EM:ro>>.',
    'Lettura fotografata (OCR): "N. <<L:meter>>  0 4 8 2 7 , 3 m³" — la foto è allegata.',
    'Portale clienti acqua: utente andrei.ionescu, password <<SK:pw>> (salvata nel browser).',
)
fam('disconnection_notices_bg_pt',
    'ПРЕДУПРЕЖДЕНИЕ ЗА ПРЕКЪСВАНЕ: неплатена сума <<L:money>> по фактура <<L:inv>>. Абонатен № <<L:mem>>. Електромер <<L:meter>>.',
    'Уважаема г-жо Петрова, ще прекъснем водата на <<L:date>>. За разсрочване звънете на <<PH:bg>>.',
    'Плащане за възстановяване: IBAN <<IB:BG>>. Такса <<L:money>>.',
    'Клиентът моли да не се спира токът — има болен баща, роден <<DOB:bg>>, на кислороден апарат. Телефон <<PH:bg>>.',
    'AVISO DE CORTE — EDP: contrato <<L:mem>>, CPE PT<<L:build>>, valor em dívida <<L:money>>. Referência MB <<L:seq>>.',
    'Caro cliente, para evitar o corte pague até <<L:date>>. IBAN para transferência: <<IB:PT>>.',
    'Olá, paguei ontem mas ainda recebi a carta de corte. Meu NIF está no contrato, telefone <<PH:pt>>, fatura <<L:inv>>.',
    'SMS: "EDP: a sua fatura <<L:inv>> encontra-se por pagar. Pague em <<L:exmail>>." — parece phishing?',
    'Reconexão agendada <<L:date>> entre <<L:time>> e <<L:time>>. Técnico: Lucas O., crachá <<L:mem>>.',
)
fam('parking_traffic_fines',
    'PENALTY CHARGE NOTICE <<L:fine>>\nVehicle <<L:plate>>\nContravention code 01\nIssued <<L:ts>>\nPay online — do NOT send card details by email.',
    'Appeal letter: I was the registered keeper, NI no. <<NI>>, address postcode <<L:zip>>. The PCN <<L:fine>> was issued while the bay was suspended.',
    'Dear council, I paid the fine with card <<CC:sp>> but it still shows as outstanding. Ref <<L:fine>>.',
    'Κλήση της Τροχαίας <<L:fine>>: όχημα <<L:plate>>, πρόστιμο <<L:money>>. Οδηγός: Νίκος Γεωργίου, γεν. <<DOB:dmy/>>.',
    'Prekršajni nalog <<L:fine>> — vozilo <<L:plate>>. Uplata na <<IB:HR>>, poziv na broj <<L:seq>>.',
    'ANPR camera log: <<L:ts>> cam=<<L:serial>> plate=<<L:plate>> conf=0.97 lane 2; <<L:ts>> cam=<<L:serial>> plate=<<L:plate>> conf=0.88',
    'Parking app support: my account is under SSN <<SSN>> (US resident permit) and I was charged twice (txn <<L:txn>>, <<L:txn>>).',
    'Multa de trânsito — auto de infração <<L:fine>>, placa <<L:plate>>. Data da infração <<L:date>>, CNH anexa.',
    'Statutory declaration for hire vehicle: hirer Owen Walsh, DOB <<DOB:en>>, licence no on file, mobile <<PH:uk>>.',
    'Parking permit renewal (resident zone K): permit <<L:mem>>, vehicle <<L:plate>>, sent to <<L:exmail>> in the staging system.',
    'Speeding notice: 47 mph in a 30 zone, <<L:geo>>, device <<L:serial>>. Notice <<L:fine>>.',
)
fam('lost_found_security_desk',
    'LOST PROPERTY LOG\n<<L:ts>> | Item: black wallet | Found: gate B12 | Contents: driving licence, card <<CC:sp>> | Owner notified by email',
    'Security desk visitor book: Selam Bekele, company AbebePrint, badge <<L:mem>>, host ext. 4412, in <<L:time>> out <<L:time>>.',
    'Found phone (lock screen shows "If found call <<PH:uk>>"). IMEI sticker removed. Locker <<L:locker>>.',
    'Óskilamunir: fundin taska í búningsklefa, skilríki með fæðingardegi <<DOB:is>>. Eigandi hafði samband á <<EM>>.',
    'Incident report <<L:tkt>>: tailgating at door 3, CCTV ref <<L:uuid>>. Reporting officer Kwame M., NI <<NI>>.',
    'Passport found at reception: passport expiry <<L:date>>, passport no. <<L:serial>>. Returned to embassy on <<L:date>>.',
    'Access control export:\nbadge,name,last_seen\n<<L:mem>>,E. Walsh,<<L:ts>>\n<<L:mem>>,G. Hughes,<<L:ts>>',
    'Lost & found chat: "hi i left my laptop bag on the shuttle, my email is <<EM:en>> and the bag tag says <<L:trk>>"',
    'Key safe code changed to <<SK:pin>> after the master key was lost; old code 0000 disabled.',
    'Security system admin console http://<<IP:lan>>/login — user secdesk / pass <<SK:pw>>. Firmware <<L:ver>>.',
)
fam('hotel_night_audit',
    'NIGHT AUDIT <<L:date>>\nRoom <<L:room>> — guest Ms E. Papadopoulou — CC on file <<CC:sp>> — pre-auth <<L:money>> — folio <<L:inv>>',
    'Auditoria nocturna: habitació <<L:room>>, no-show, garantia targeta <<CC:dash>>, càrrec <<L:money>>. Contacte: <<EM>>.',
    'Nakvynės ataskaita: kambarys <<L:room>>, svečias Mantas P., išvyksta <<L:date>>, pasas <<L:serial>>, tel. <<PH:lt>>.',
    'Rate discrepancy report: 14 rooms, ADR <<L:money>>, occupancy <<L:pct>>. No PII. Generated <<L:ts>>.',
    'Guest registration card (OCR):\nSurname: OLAFSSON  Given: GUNNAR\nDate of Birth: <<DOB:dmy.>>\nNationality: ISL\nEmail: <<EM>>',
    'PMS shift log: <<L:ts>> user=nightaudit card auth declined for room <<L:room>> (<<L:maskcc>>); <<L:ts>> manual auth <<L:otp>>',
    'Hotel PMS interface config: OTA_USER=costabrava_otas OTA_PASS=<<SK:dbpw>> OTA_ENDPOINT=https://api.channel.example.com',
    'Guest complaint: charged twice on <<CC:raw>>, receipt <<L:rcpt>>, please refund to the same card.',
    'Walk-in, cash deposit, passport copy scanned. Check-out <<L:date>>. Vehicle <<L:plate>> in garage space <<L:locker>>.',
    'City tax export: 62 guests, revenue <<L:money>>, file hash <<L:sha>>.',
    'Front desk handover: VIP in 1102 arrives with a Stripe test booking (<<L:testcc>>) — ignore, IT is testing.',
)
fam('rideshare_delivery_chats',
    'Motorista: Oi, tô na portaria. Me liga no <<PH:br>> se não me achar. Placa <<L:plate>>.',
    'Cliente: cobraram duas vezes no meu cartão final <<L:maskcc>>, corrida <<L:uuid>>. Meu e-mail da conta: <<EM>>',
    'Soporte: Para verificar tu identidad, confirma tu correo. Usuario: claro, es <<EM:es>>.',
    'Repartidor: No encuentro la dirección, pedido <<L:ord>>, código de entrega <<L:otp>>. ¿Me marca por la app?',
    'Rider: kuya nasa gate na po ako, plate no. <<L:plate>>. Tawagan mo ako sa <<PH:ph>>.',
    'Suporte: informe somente os 4 últimos dígitos do cartão. Cliente: ah ok é <<CC:sp>>. (colou o número inteiro)',
    'Driver onboarding: name Srinivas Naidu, licence expiry <<L:date>>, licence <<L:serial>>, bank IBAN <<IB:DE>>.',
    'Trip receipt <<L:rcpt>> — fare <<L:money>>, tip <<L:money>>, pickup <<L:geo>>.',
    'Cliente: pode mandar o recibo pro meu outro e-mail? <<EM:br>>',
    'Chat export: agent_id=<<L:seq>> session=<<L:uuid>> customer_phone=<<PH:ar:odd>> rating=5',
    'Sender: Rider app verification code: <<L:otp>>. Do not share it. (This is your login code, it expires in 5 minutes.)',
)
fam('delivery_support_india',
    'வணக்கம், என் ஆர்டர் <<L:ord>> இன்னும் வரவில்லை. என் எண் <<PH:in>>, மின்னஞ்சல் <<EM>>.',
    'డెలివరీ బాయ్: సార్ నేను గేట్ దగ్గర ఉన్నాను, నా నంబర్ <<PH:in:telugu>>. OTP <<L:otp>> చెప్పండి.',
    'माझा ऑर्डर <<L:ord>> चुकीच्या पत्त्यावर गेला. माझा मोबाईल <<PH:in:deva>>, पिन कोड <<L:zip>>.',
    'Refund request: UPI ref <<L:txn>>, amount <<L:money>>, card <<L:maskcc>>. Customer email <<EM>>.',
    'டெலிவரி பார்ட்னர் ஆன்போர்டிங்: பெயர் கார்த்திக் ராமன், பிறந்த தேதி <<DOB:dmy/>>, வாகனம் <<L:plate>>.',
    'డెలివరీ భాగస్వామి: పుట్టిన తేదీ <<DOB:dmy->>, ఫోన్ <<PH:in>>, బ్యాంక్ IFSC వివరాలు ఫైల్‌లో.',
    'मराठी ग्राहक: माझी जन्मतारीख <<DOB:dmy/>> आहे, KYC साठी. माझा ई-मेल <<EM>>.',
    'Agent note: customer pasted card <<CC:sp>> in chat, masked in UI but stored in transcript <<L:uuid>>.',
    'Partner app crash: java.lang.IllegalStateException at OrderSync.kt:212, order=<<L:ord>>, build <<L:ver>>',
    'Courier tracking: AWB <<L:trk>>, pincode <<L:zip>>, weight 1.2 kg, COD <<L:money>>.',
)
fam('printer_scanner_logs',
    '<<L:ts>> PRN-HP-3F job <<L:seq>> user=ewalsh host=<<IP:lan>> pages=4 status=completed',
    'Scan to email: from device SCANNER-2F to <<EM>> subject "Scan_<<L:build>>.pdf" via smtp relay <<IP:pub>>:25',
    'Brother MFC SMTP settings: server smtp.office365.com, user scans (acme-print.co.uk), password <<SK:pw>>, port 587',
    'SNMP walk: sysDescr "Ricoh IM C3000 <<L:ver>>", sysUpTime OID <<L:oid>>, mask <<L:netmask>>, serial <<L:serial>>',
    'CUPS error_log: E [<<L:ts>>] [Job <<L:seq>>] Unable to connect to ipp://<<IP:lan>>:631/ipp/print - Connection refused',
    'Printer web admin: default password is printed on the label (<<L:serial>>). Changed to <<SK:pw>> by IT on <<L:date>>.',
    'Fax log: <<L:ts>> TX to ext. 4410 3 pages OK; <<L:ts>> RX from <<L:exphone>> 1 page',
    'Scan-to-SMB profile: \\\\fileserver\\scans user ACME\\scanner pass <<SK:dbpw>> (plaintext in config backup <<L:md5>>)',
    'Toner report: cyan <<L:pct>>, magenta <<L:pct>>, yellow <<L:pct>>, page count <<L:build>>, next service <<L:date>>.',
    'Kyocera log: login failed for admin from <<L:docip>> (3 attempts), DNS <<L:dns>>, gateway <<IP:gw>>',
)
fam('spreadsheet_pasted_chat',
    'can you dedupe this?\nName\tEmail\tPhone\nAna Souza\t<<EM>>\t<<PH:br>>\nA. Souza\t<<L:exmail>>\t<<L:exphone>>\nTotal rows: 2',
    'here is the roster from excel, fix the phone formats pls\nSokha\t<<PH:kh>>\nDara\t<<PH:kh:khmer>>\nSeq\t<<L:seq>>',
    'Clean this sheet: | id | sku | qty | ean |\n| 1 | A-22 | 4 | <<L:ean>> |\n| 2 | B-10 | 1 | <<L:ean>> |',
    'Payroll sheet pasted: Emp\tSSN\tRate\n103\t<<SSN>>\t$22.50\n104\t<<SSN>>\t$19.00\n105\t<<L:itin>>\t$18.00',
    'sum column C please:\nA\tB\tC\n<<L:date>>\tfuel\t<<L:money>>\n<<L:date>>\ttolls\t<<L:money>>\n<<L:date>>\tparking\t<<L:money>>',
    'Sheet "members": Kadri Tamm | liitunud <<L:date>> | <<EM>> | liikmenumber <<L:mem>>',
    'why does excel turn this into 4.5E+15? card column: <<CC:raw>> and <<L:gift>> (gift card)',
    'Google Sheets formula help: =VLOOKUP(A2, Contacts!A:C, 3) returns <<PH:za>> instead of the email column',
    'bank sheet: Beneficiary;IBAN\nNaidu Traders;<<IB:GB>>\nSample row;<<L:sampiban>>',
    'Copy from LibreOffice:\nDátum\tÖsszeg\tTranzakció\n<<L:date>>\t<<L:money>>\t<<L:txn>>\n<<L:date>>\t<<L:money>>\t<<L:txn>>',
)
fam('email_signatures',
    '--\nJoão Oliveira | Contador\nOliveira & Souza Contabilidade\nTel: <<PH:br>> | <<EM>>\nCRC <<L:mem>>',
    'Saludos cordiales,\nValentina Gutiérrez\nGerente de Ventas — Mudanzas La Prisa\nCel. <<PH:mx>>\n<<EM>>',
    'Cordiali saluti\nDott. Marco Bianchi\nStudio Dentistico Bianchi\nT. <<PH:it>>  Fax non attivo\nP.IVA nel sito',
    'Με εκτίμηση,\nΝίκος Γεωργίου\nΛογιστής\nΚιν.: <<PH:gr>>\nEmail: <<EM>>',
    'С уважение,\nПетър Петров\nФитнес Варна\n<<PH:bg>> · fitness-varna.bg',
    'Srdačan pozdrav,\nIvana Horvat, tajnica kluba\nM: <<PH:hr>>\nE: <<EM:hr>>',
    'Kind regards,\nGrace Hughes | Practice Manager\nDirect: ext. 2214 | Mobile: <<PH:uk>>\nThis email and any attachments are confidential.',
    'Med vänliga hälsningar / Bestu kveðjur,\nSigrún Jónsdóttir\n<<PH:is>>\nKennitala ekki gefin upp',
    'Mit freundlichen Grüßen\nLars\nPGP: <<L:sha>>\nSent from my iPhone',
    'Lucas Ramírez\nFreelance Developer\n<<EM>> · <<L:exphone>> (old number, not in use)\nv-card: attached',
)
fam('vcards',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Selam Tesfaye\nTEL;TYPE=CELL:<<PH:et>>\nEMAIL:<<EM>>\nBDAY:<<DOB:ymd>>\nUID:<<L:uuid>>\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:4.0\nFN:Thandiwe Dlamini\nTEL;VALUE=uri:tel:<<PH:za:nosp>>\nEMAIL;TYPE=work:<<EM>>\nREV:<<L:ts>>\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=8A=D1=80\nTEL;CELL:<<PH:bg>>\nEMAIL;INTERNET:<<EM:qp>>\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Priya Kulkarni\nTEL:<<PH:in>>\nX-ANNIVERSARY:<<L:date>>\nBDAY:<<DOB:ymd>>\nEND:VCARD',
    'vcf pasted in chat: FN:Dara Chan TEL:<<PH:kh>> NOTE:member <<L:mem>>',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Test Contact\nTEL:<<L:exphone>>\nEMAIL:<<L:exmail>>\nEND:VCARD',
    'BEGIN:VCARD\nFN:Maricel Dela Cruz\nTEL;TYPE=HOME:<<PH:ph>>\nADR:;;Blk 4 Lot 12;Quezon City;;<<L:zip>>;PH\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Abebe Bekele\nTEL:<<PH:et>>\nKEY;TYPE=PGP:<<L:sha>>\nEND:VCARD',
    'Contacts export (Outlook CSV): "Gunnar","Olafsson","<<EM>>","<<PH:is>>","<<L:date>>"',
)
fam('calendar_ics',
    'BEGIN:VEVENT\nUID:<<L:uuid>>\nDTSTART:20260312T090000Z\nSUMMARY:Dentist — Eleni\nORGANIZER;CN=Clinic:mailto:<<EM>>\nLOCATION:<<L:geo>>\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Zoom call with accountant\nDESCRIPTION:Join https://zoom.us/j/<<L:build>>\\nPasscode: <<L:otp>>\\nDial-in <<L:exphone>>\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Aniversário da Ana (festa)\nDTSTART;VALUE=DATE:<<L:date>>\nDESCRIPTION:festa no salão — não é data de nascimento\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Reunión de padres\nATTENDEE;CN=Diego:mailto:<<EM>>\nATTENDEE;CN=Camila:mailto:<<L:exmail>>\nSEQUENCE:<<L:build>>\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Vet — Muki vaccination\nDESCRIPTION:Owner phone <<PH:ee>>\\nBooking <<L:tkt>>\nDTSTAMP:<<L:ts>>\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Onboarding Grace — bring P45 and NI number (<<NI>>)\nDTSTART:20260401T100000\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Rent due\nDESCRIPTION:Transfer to <<IB:NL>> ref <<L:inv>>\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1\nEND:VEVENT',
    'BEGIN:VEVENT\nSUMMARY:Server maintenance\nDESCRIPTION:ssh admin@<<IP:pub>> -- sudo pw <<SK:pw>>\nEND:VEVENT',
    'Calendar invite text: "Birthday party for Noa!" on <<L:date>> at <<L:time>>. RSVP <<PH:il>>.',
    'BEGIN:VEVENT\nSUMMARY:Stand-up\nDESCRIPTION:Meet link https://meet.google.com/abc-defg-hij\nX-MS-OLK-CONFTYPE:0\nUID:<<L:uuid>>\nEND:VEVENT',
)
fam('password_manager_exports',
    'name,url,username,password\nGmail,https://mail.google.com,<<EM>>,<<SK:pw>>\nNetflix,https://netflix.com,family.account,<<SK:pw>>',
    'Bitwarden JSON: {"type":1,"name":"Bank","login":{"username":"ivana.h","password":"<<SK:pw>>","totp":null},"id":"<<L:uuid>>"}',
    '1Password CSV\nTitle,Username,Password,OTPAuth,Notes\nRouter,admin,<<SK:wifi>>,,model <<L:ver>>\nVPN,mantas,<<SK:pw>>,,',
    'KeePass XML: <Entry><UUID><<L:sha>></UUID><String><Key>Password</Key><Value><<SK:pw>></Value></String><String><Key>URL</Key><Value>https://portal.example.com</Value></String></Entry>',
    'LastPass export (credit card note): NoteType:Credit Card,Name on Card:E Walsh,Number:<<CC:raw>>,Security Code:<<L:cvv>>,Expiration Date:March,2028',
    'Chrome passwords.csv:\nname,url,username,password\nbank.gr,https://ebanking.bank.gr,<<EM>>,<<SK:pw>>\nwifi,,Home,<<L:envref>>',
    'password manager audit: 14 weak, 3 reused, 2 breached (SHA-1 prefix <<L:sha>>). Vault ID <<L:uuid>>.',
    'Dashlane secure note: "AWS root — access key <<SK:akia>> secret <<SK:awssec>> — MFA serial <<L:arn>>"',
    'Proton Pass export: {"itemEmail":"<<EM>>","password":"<<SK:pw>>","createTime":<<L:epoch>>}',
    'Enpass csv: "Router","admin","<<SK:wifi>>","http://<<IP:gw>>",""',
)
fam('browser_autofill_dumps',
    'Web Data autofill table:\nname_full|email|phone|street|zip\nCamila Souza|<<EM>>|<<PH:br>>|Rua das Flores 12|<<L:zip>>',
    'credit_cards: name_on_card=Dimitrova D. exp=06/2029 card_number_encrypted=v10<<L:sha>> last4=<<L:cvv>>4',
    'Firefox formhistory.sqlite dump: fieldname=email value=<<EM>>; fieldname=tel value=<<PH:ro>>; fieldname=bday value=<<DOB:ymd>>',
    'Safari AutoFill export: {"FirstName":"Liam","Email":"<<EM>>","Phone":"<<PH:us>>","CardNumber":"<<CC:raw>>","Expiry":"09/27"}',
    'Edge autofill: IBAN saved: <<L:badiban>> (typo, rejected), nickname "loyer", added <<L:ts>>',
    'Autofill profile 2: phone <<PH:za>>, email <<L:exmail>>, company "Test Co", zip <<L:zip>>',
    'autofill_profiles_v2 | guid <<L:uuid>> | use_count 14 | date_modified <<L:epoch>> | birthdate <<DOB:ymd>>',
    'Autocomplete suggestions: "<<EM>>", "<<L:exmail>>", "kadri.t", "<<L:ord>>"',
    'Chrome "Payment methods" sync blob (base64): <<CC:b64>>',
)
fam('sms_two_factor',
    'G-<<L:otp>> is your Google verification code.',
    'Vaš kod za prijavu u e-bankarstvo je <<L:otp>>. Nikome ga ne otkrivajte. Ako niste vi, nazovite broj s poleđine kartice.',
    'Codul tău Revolut: <<L:otp>>. Nu îl împărtăși. Ref <<L:txn>>.',
    'Your WhatsApp code: <<L:otp>>. You can also tap on this link to verify your phone: v.whatsapp.com/<<L:otp>>',
    'Forwarded SMS from <<PH:ph>>: "Your GCash OTP is <<L:otp>>. Never share this."',
    'Bank alert: card <<L:maskcc>> used for <<L:money>> at AMAZON. If not you reply NO.',
    'Recovery codes for GitHub (save these!): <<SK:hex32>> — I pasted them here so I don\'t lose them',
    'Κωδικός επιβεβαίωσης: <<L:otp>>. Ισχύει για 3 λεπτά.',
    'SMS gateway debug: to=<<PH:lt:nosp>> body="Jūsų kodas <<L:otp>>" api_key=<<SK:hex32>> status=queued',
    'Twilio console: Account SID <<L:sid>>, Auth Token <<SK:twtok>>, from <<L:exphone>>',
    'Telegram login code: <<L:otp>>. Do not give this code to anyone, even if they say they are from Telegram!',
)
fam('router_smart_home_admin',
    'Router status page\nWAN IP: <<IP:pub>>\nLAN IP: <<IP:gw>>\nSubnet mask: <<L:netmask>>\nDNS: <<L:dns>>\nFirmware: <<L:ver>>',
    'WiFi settings: SSID FamiliaPerez_5G, security WPA2-PSK, key <<SK:wifi>>. MAC filter: <<L:mac>>',
    'DHCP leases:\n<<IP:lan>>  <<L:mac>>  iPhone-de-Ana\n<<L:docip>>  <<L:mac>>  (doc example)',
    'Smart home hub: Home Assistant at http://<<IP:lan>>:8123 long-lived token <<SK:jwt>>',
    'ራውተር ማዋቀር: የWiFi የይለፍ ቃል <<SK:wifi>>፣ የአስተዳዳሪ አድራሻ <<IP:gw>>።',
    'ការកំណត់រ៉ោតទ័រ៖ ពាក្យសម្ងាត់ WiFi <<SK:wifi>> អាសយដ្ឋាន IP <<IP:lan>>',
    'Port forward rule: external 8443 -> <<IP:lan>>:443 (NAS). DynDNS user ana, password <<SK:pw>>',
    'IPv6 prefix delegated: <<IP:v6>>/56, lifetime 86400s, router <<L:serial>>',
    'Nest thermostat log: <<L:ts>> setpoint 21.5 C, device <<L:uuid>>, cloud endpoint 35.<<L:build>>',
    'נתב: סיסמת ניהול <<SK:pw>>, כתובת WAN <<IP:pub>>, מסכת רשת <<L:netmask>>',
    'Tuya smart plug local key: <<SK:hex32>> (device id <<L:md5>>)',
)
fam('llm_pasted_conversations',
    'User: Can you write a cover letter? My details: Grace Hughes, <<EM>>, <<PH:uk>>, NI <<NI>>. Job ref <<L:tkt>>.',
    'User: my python script fails, here it is:\nclient = OpenAI(api_key="<<SK:openai>>")\nresp = client.chat.completions.create(model="gpt-4o")',
    'User: translate to Spanish: "My date of birth is <<DOB:en>> and my passport number is <<L:serial>>."',
    'User: is this IBAN valid? <<L:badiban>> — the bank said the check digits are wrong.',
    'User: explain this error\nbotocore.exceptions.ClientError: InvalidClientTokenId (key <<SK:akia>>)\nRequest ID <<L:uuid>>',
    'వినియోగదారు: నా పుట్టిన తేదీ <<DOB:dmy/>>, నా ఇమెయిల్ <<EM>>. నాకు జాతకం చెప్పండి.',
    'ተጠቃሚ: የትውልድ ቀኔ <<DOB:dmy/>> ነው፣ ስልኬ <<PH:et>>። የማመልከቻ ደብዳቤ ጻፍልኝ።',
    'User: fix my SQL: SELECT * FROM users WHERE ssn = \'<<SSN>>\' AND created > \'<<L:date>>\';',
    'User: summarize this contract. Party A account <<IB:DE>>, Party B account <<L:sampiban>> (placeholder in the template).',
    'Assistant: I can\'t verify that card. Note: numbers like <<L:testcc>> are test cards. User: ok but what about mine, <<CC:sp>>?',
    'User: here is my .env, why doesn\'t it load?\nANTHROPIC_API_KEY=<<SK:anthropic>>\nDEBUG=true',
    'User: check my email headers for spam: Received from [<<IP:pub>>] by mx.google.com; Message-ID <<L:md5>>',
    'User: what is my IP? I see <<IP:v6>> on one site and <<L:docip>> in the docs example.',
)
fam('env_and_config_files',
    '.env\nDATABASE_URL=postgres://app:<<SK:dbpw>>@db.internal:5432/shop\nREDIS_URL=redis://localhost:6379\nAPP_VERSION=<<L:ver>>',
    'STRIPE_SECRET_KEY=<<SK:stripe>>\nSTRIPE_PUBLISHABLE_KEY=pk_live_<<L:md5>>\nWEBHOOK_ID=we_<<L:build>>',
    'config.yaml:\nsmtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: <<SK:sendgrid>>\n  port: 587',
    'docker-compose.yml:\n  environment:\n    - MYSQL_ROOT_PASSWORD=<<SK:dbpw>>\n    - MYSQL_USER=booking\n    - MYSQL_PASSWORD=${DB_PASSWORD}',
    'settings.py:\nSECRET_KEY = "<<SK:hex40>>"\nALLOWED_HOSTS = ["<<IP:pub>>", "localhost"]',
    'aws/credentials\n[default]\naws_access_key_id = <<SK:akia>>\naws_secret_access_key = <<SK:awssec>>\n[example]\naws_access_key_id = <<L:akiaex>>',
    'application.properties:\nspring.datasource.password=<<SK:dbpw>>\nspring.mail.username=<<EM>>\nmanagement.port=<<L:port>>',
    'terraform.tfvars:\ndo_token = "<<SK:dotoken>>"\nregion = "fra1"\naccount_id = "<<L:acct>>"',
    'appsettings.json: {"ConnectionStrings":{"Default":"Server=sql01;Database=crm;User Id=sa;Password=<<SK:dbpw>>;"},"Serilog":{"MinimumLevel":"Info"}}',
    '.npmrc\n//registry.npmjs.org/:_authToken=<<SK:npm>>\nalways-auth=true',
    'wp-config.php: define(\'DB_PASSWORD\', \'<<SK:dbpw>>\'); define(\'AUTH_SALT\', \'<<L:envref>>\');',
    'k8s secret (base64 values):\ndata:\n  password: <<SK:pw:b64>>\n  username: YWRtaW4=',
    'firebase config (public, fine to ship): apiKey placeholder "<<L:envref>>", projectId "gym-titan", appId "1:<<L:build>>:web:<<L:md5>>"',
)
fam('shell_history',
    '  501  export GITHUB_TOKEN=<<SK:ghp>>\n  502  gh repo clone acme/site\n  503  git log --oneline | head',
    '  88  mysql -u root -p<<SK:dbpw>> -h <<IP:lan>> crm < dump.sql',
    '  212  curl -H "Authorization: Bearer <<SK:jwt>>" https://api.rideshare-help.io/v2/trips/<<L:uuid>>',
    '  17  ssh -i ~/.ssh/id_ed25519 deploy@<<IP:pub>>\n  18  scp backup.tar.gz deploy@<<L:docip>>:/srv/',
    '  340  psql "postgresql://report:<<SK:dbpw>>@<<IP:pub>>:5432/analytics?sslmode=require"',
    '  77  curl -u admin:<<SK:pw>> http://<<IP:gw>>/cgi-bin/reboot',
    '  91  docker login -u gymtitan -p <<SK:pw>> registry.gitlab.com\n  92  docker push registry.gitlab.com/gymtitan/app:<<L:ver>>',
    '  610  echo <<L:sha>>  release.tar.gz | sha256sum -c -',
    '  402  git remote set-url origin https://oauth2:<<SK:glpat>>@gitlab.com/club/site.git',
    '  12  openssl rand -hex 16\n  13  openssl x509 -in cert.pem -noout -fingerprint  # <<L:sha>>',
    '  720  curl -X POST -d \'{"text":"deploy ok"}\' <<SK:slackhook>>',
    '  45  heroku config:set MAILGUN_API_KEY=<<SK:mailgun>> --app dental-recall',
)
fam('sql_dumps',
    "INSERT INTO patients (id, name, dob, phone) VALUES (<<L:seq>>, 'Eleni Georgiou', '<<DOB:ymd>>', '<<PH:gr>>');",
    "INSERT INTO employees VALUES (104, 'Owen Walsh', '<<SSN>>', '<<EM>>', '<<L:date>>');",
    "UPDATE members SET email = '<<EM>>', updated_at = '<<L:ts>>' WHERE member_no = '<<L:mem>>';",
    "-- test data\nINSERT INTO cards VALUES (1, '<<L:testcc>>'), (2, '<<L:badcc>>');",
    "COPY donors (name, email, iban) FROM stdin;\nRuta K\t<<EM>>\t<<IB:LT:raw>>\n\\.",
    "mysql> SELECT login, last_ip FROM admins;\n| root | <<IP:pub>> |\n| ops  | <<L:docip>> |",
    "CREATE USER 'report'@'%' IDENTIFIED BY '<<SK:dbpw>>';",
    "SELECT * FROM payroll WHERE ni_number = '<<NI:raw>>' AND tax_year = '2025-26';",
    "INSERT INTO audit_log (id, hash, at) VALUES ('<<L:uuid>>', '<<L:sha>>', '<<L:ts>>');",
    "-- masked export\nINSERT INTO customers VALUES (9, '<<L:mask>>', '<<L:maskcc>>', '<<L:exmail>>');",
)
fam('stack_traces_and_app_logs',
    'Traceback (most recent call last):\n  File "sync.py", line 88, in push\n    r = requests.post(url, auth=("api", "<<SK:mailgun>>"))\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'<<IP:pub>>\', port=443)',
    'ERROR 2026-03-02 11:04:51 [pool-3] c.a.PaymentService - charge failed card=<<CC:raw>> amount=49.90 code=do_not_honor trace=<<L:uuid>>',
    'WARN AuthFilter: invalid token "Bearer <<SK:jwt>>" from <<IP:pub>> (user-agent okhttp/<<L:ver>>)',
    'at com.gym.billing.Sepa.validate(Sepa.java:77)\nCaused by: IllegalArgumentException: bad IBAN <<L:badiban>>',
    'level=info msg="user login" email=<<EM>> ip=<<IP:pub>> req_id=<<L:uuid>> latency_ms=<<L:build>>',
    'panic: runtime error: invalid memory address\ngoroutine 1 [running]:\nmain.connect(0xc000012345, {"host":"<<IP:lan>>","pass":"<<SK:dbpw>>"})',
    'Sentry event <<L:md5>>: KeyError \'dob\' in intake.py; locals: {"name": "Priya", "birth_date": "<<DOB:ymd>>"}',
    'nginx access: <<IP:pub>> - - [<<L:ts>>] "GET /reset?token=<<SK:hex40>> HTTP/1.1" 200 512',
    'JS console: Uncaught TypeError at bundle.<<L:md5>>.js:1:<<L:build>> (Stripe key pk_test_<<L:md5>>)',
    'nodemailer: Invalid login: 535 Authentication failed for user <<EM>> (pass <<SK:pw>>)',
    'logcat: D/OkHttp: --> POST https://api.example.com/v1/otp {"phone":"<<PH:in:nosp>>","code":"<<L:otp>>"}',
    'php error: mysqli_connect(): (HY000/1045): Access denied for user \'wp\'@\'<<IP:lan>>\' (using password: YES)',
)
fam('hr_records_uk',
    'New starter form\nName: Owen Walsh\nNational Insurance number: <<NI>>\nDate of birth: <<DOB:dmy/>>\nBank sort code: <<L:sort>>\nStart date: <<L:date>>',
    'P45 (OCR): Employee NI no <<NI:raw>>  Tax code 1257L  Leaving date <<L:date>>  PAYE ref 123/AB456',
    'HR query: my NI number on payslip shows <<L:badnino>> which is wrong, correct one is <<NI>>.',
    'Right to work check: share code <<L:serial>>, DOB <<DOB:en>>, checked by Grace H on <<L:date>>.',
    'Pension auto-enrolment CSV: "Hughes","Liam","<<NI>>","<<DOB:ymd>>","<<EM>>"',
    'Sickness absence note: employee <<L:mem>>, absent 3 days from <<L:date>>. No medical details stored.',
    'Payroll bureau email: please update bank details for Fatima Okafor (NI <<NI>>) to <<IB:GB>>. Employee no <<L:mem>>.',
    'Training example in HR handbook: NI number format is two letters, six digits, a letter, e.g. <<L:sampnino>>.',
    'Disciplinary meeting invite sent to <<EM>>, meeting date <<L:date>> confirmed.',
    'Exit interview: forwarding contact <<PH:uk:nbsp>>, personal email <<EM:en2>>.',
    'Payslip (OCR, broken line): NI Number: <<NI:nl>>  Period 11  Net pay £1,982.40',
    'HMRC letter: "Your National Insurance number is <<NI:dash>>." Reference <<L:case>>.',
)
fam('hr_records_us',
    'W-4 data entry: First name Emily, Last name Walsh, SSN <<SSN>>, filing status Single. Employer EIN <<L:ein>>.',
    'I-9 Section 1: DOB <<DOB:mdy/>>, SSN <<SSN>>, email <<EM>>.',
    'Contractor uses ITIN <<L:itin>> instead of SSN — route to tax team.',
    'Benefits enrollment: dependent Mia Walsh, DOB <<DOB:mdy/>>, SSN <<SSN:sp>>.',
    'Background check vendor: candidate SSN ***-**-<<L:cvv>>7, report <<L:tkt>>.',
    'Slack DM: hey can you re-send my SSN for the 401k form? it\'s <<SSN:raw>> thx',
    'Payroll error log: SSN validation failed for <<L:badssn>> (area number invalid).',
    'Handbook example: never store SSNs like <<L:sampssn>> in spreadsheets.',
    'Direct deposit form: routing <<L:aba>>, account ****<<L:cvv>>, employee SSN <<SSN>>',
    'Spelled out on the voicemail transcript: "my social is <<SSN:en>>, call me back at <<PH:us:en>>"',
    'Offer letter: start date <<L:date>>, salary $72,000, employee ID <<L:mem>>.',
)
fam('medical_intake_ro_hr_lt',
    'Fișa pacientului\nNume: Ioana Ionescu\nData nașterii: <<DOB:dmy.>>\nTelefon: <<PH:ro>>\nData internării: <<L:date>>\nSalon <<L:room>>',
    'Scrisoare medicală: pacient internat la <<L:date>>, externat la <<L:date>>. Control peste 30 zile.',
    'Otpusno pismo: pacijent Tomislav Horvat, rođen <<DOB:d.m.y>>, prijem <<L:date>>, MBO u kartonu.',
    'Recept: lijek serija <<L:serial>>, rok trajanja <<L:date>>.',
    'Paciento kortelė: gimimo data <<DOB:ymd>>, tel. <<PH:lt>>, el. paštas <<EM>>. Apsilankymas <<L:date>>.',
    'Rezultatele analizelor au fost trimise pe <<EM:ro>>. Cod buletin <<L:seq>>.',
    'HL7: PID|1||<<L:mem>>^^^HOSP||POPESCU^ANDREI||<<DOB:ymdc>>|M|||Str. Lunga 4^^Brasov^^<<L:zip>>||<<PH:ro:nosp>>',
    'Lab PACS upload from modality <<L:serial>> study <<L:oid>>.<<L:build>>, patient SSN (US insurance) <<SSN:d>>',
    'Vaccination card: dose 2 on <<L:date>>, lot <<L:serial>>. Next dose <<L:date>>.',
    'Pacijent pita: "Mogu li poslati nalaz na <<EM:hr>>?" Broj nalaza <<L:tkt>>.',
    'Ligoninės sistema: naudotojas gyd.petrauskas slaptažodis <<SK:pw>> (laikinas).',
)
fam('school_enrollment_et_is_mr',
    'Kooli avaldus\nÕpilane: Mart Saar\nSünniaeg: <<DOB:dmy.>>\nVanema telefon: <<PH:ee>>\nVanema e-post: <<EM:zw>>',
    'Innritun í grunnskóla: barn fætt <<DOB:is>>, forráðamaður Gunnar Ólafsson, sími <<PH:is>>.',
    'शाळा प्रवेश अर्ज\nविद्यार्थ्याचे नाव: स्नेहा पाटील\nजन्म तारीख: <<DOB:dmy/>>\nपालकांचा मोबाईल: <<PH:in>>\nअर्ज क्रमांक <<L:seq>>',
    'Tunniplaan: 5B klass, ruum <<L:room>>, algus <<L:date>>. Ei sisalda isikuandmeid.',
    'Skólagjöld: greiðist inn á <<IB:IS:nl>>. Tilvísun <<L:mem>>.',
    'पालक सभा <<L:date>> रोजी. संपर्क: <<EM>>. (ही जन्मतारीख नाही.)',
    'School MIS export: UPN <<L:serial>>, admission date <<L:date>>, parent email <<EM>>, class 7C',
    'Õpilaspilet <<L:mem>>, kehtib kuni <<L:date>>. Kaart <<L:maskcc>> seotud sööklaga.',
    'विद्यार्थी जन्मदिनांक <<DOB:ymd>>, आधार क्रमांक फाइलमध्ये, बस पास <<L:mem>>.',
    'Skólaapp: foreldri skráði sig inn með lykilorðinu <<SK:pw>> og gleymdi því.',
)
fam('ocr_scanned_documents',
    'ΑΠΟΔΕΙΞΗ ΠΛΗΡΩΜΗΣ\nΑρ. <<L:rcpt>>\nΕπωνυμία: Γεωργίου Νίκος\nΗμ. γέννησης: <<DOB:dmy/>>\nIBAN: <<IB:GR:nl>>\nΣφραγίδα ...',
    'СЛУЖЕБНА БЕЛЕЖКА (сканирано)\nИме: Петър Петров  Роден на: <<DOB:dmy.>>  Тел.: <<PH:bg:odd>>\nИзх. № <<L:seq>>',
    'scan_0042.pdf OCR: "Card No. <<CC:nl>>  Exp 12/27  Auth <<L:otp>>"',
    'OCR noise: "E-mail: <<EM:x>>   Tel: <<PH:gr:dots>>   Ap. Πρωτ. <<L:seq>>"',
    'OCR of utility bill: Account <<L:mem>> Meter <<L:meter>> IBAN for DD <<IB:RO>> Amount due <<L:money>>',
    'Scanned contract page 3 (OCR): Data emiterii: <<L:date>> Act identitate seria RX nr <<L:build>>',
    'OCR receipt: TOTAL <<L:money>> VISA <<L:maskcc>> AUTH <<L:otp>> TERM <<L:serial>> <<L:ts>>',
    'OCR: "ISBN <<L:isbn>>" printed on the back of the school book, with price <<L:money>>.',
    'Fax OCR (bad): "SSN: <<SSN:dot>>  DOB <<DOB:mdy/>>  Ph <<PH:us>>"',
    'ΕΝΤΥΠΟ Ε1 (σάρωση): ΑΦΜ ΣΤΟ ΕΓΓΡΑΦΟ, τηλ. <<PH:gr:fw>>, email <<EM:fw>>',
)
fam('contracts_it_ca_ro',
    'CONTRATTO DI LOCAZIONE\nIl conduttore, sig. Marco Rossi, nato a Bari il <<DOB:it>>, si impegna a versare il canone su IBAN <<IB:IT:nl>>.',
    'Contracte de prestació de serveis. Signat a Girona el <<L:date>>. Prestador: Montse Puig, amb correu <<EM>> i NIF al peu del document.',
    'CONTRACT DE VÂNZARE-CUMPĂRARE nr. <<L:inv>>. Cumpărător: Andrei Popescu, semnat la <<L:date>>, IBAN <<IB:RO>>.',
    'Clausola 7: le comunicazioni vanno inviate a <<EM:it>> oppure via PEC. Allegato B versione <<L:ver>>.',
    'Contracte: data d\'inici <<L:date>>, data de finalització <<L:date>>. Import <<L:money>>. (Sense dades personals.)',
    'Anexa 2: date de contact ale împuternicitului — <<PH:ro>>, fax <<L:exphone>>. Nr. înregistrare <<L:case>>.',
    'Firma digitale: certificato <<L:sha>>, OID policy <<L:oid>>, marca temporale <<L:ts>>.',
    'Contracte de lloguer d\'oficina: fiança transferida des de <<IB:ES>>. Referència cadastral al document.',
    'Modello contratto (esempio): IBAN <<L:sampiban>>, email <<L:exmail>>, telefono <<L:exphone>>.',
    'Contractul a fost semnat electronic de la adresa IP <<IP:pub>> la <<L:ts>>.',
)
fam('markdown_tables_fil_en',
    '| Pangalan | Telepono | Email |\n|---|---|---|\n| Jomar Santos | <<PH:ph>> | <<EM>> |\n| Maricel Cruz | <<L:exphone>> | <<L:exmail>> |',
    '| Item | Qty | Price |\n|---|---|---|\n| Bigas 25kg | 2 | <<L:money>> |\n| Mantika | 1 | <<L:money>> |\n| Resibo | | <<L:rcpt>> |',
    '| Host | IP | Role |\n|---|---|---|\n| web01 | <<IP:pub>> | nginx |\n| db01 | <<L:netmask>> | postgres |\n| docs | <<L:docip>> | example |',
    '## Contacts\n- Coach: <<PH:za>>\n- Treasurer: <<EM>>\n- Club number: <<L:mem>>',
    '| Employee | SSN | Start |\n|---|---|---|\n| E. Walsh | <<SSN>> | <<L:date>> |\n| Sample | <<L:sampssn>> | <<L:date>> |',
    '| Name | Birthdate | Team |\n|---|---|---|\n| Jomar | <<DOB:ymd>> | U12 |\n| Liam | (tba) | U12 |',
    '| Key | Value |\n|---|---|\n| API_KEY | `<<SK:gapi>>` |\n| PROJECT | kapitbahay-app |\n| BUILD | <<L:build>> |',
    'Markdown checklist:\n- [x] Rotate key <<L:md5>> (already revoked)\n- [ ] Update docs v<<L:ver>>\n- [ ] Email <<L:exmail>>',
    '| Card | Status |\n|---|---|\n| <<L:testcc>> | test |\n| <<L:badcc>> | invalid |\n| <<CC:sp>> | live (customer) |',
)
fam('code_literals',
    'const stripe = require("stripe")("<<SK:stripe>>");\nconst PRICE_ID = "price_<<L:md5>>";',
    'import boto3\ns3 = boto3.client("s3", aws_access_key_id="<<SK:akia>>", aws_secret_access_key="<<SK:awssec>>")',
    'private static final String DB_PASS = "<<SK:dbpw>>"; // TODO move to vault',
    'bot = telebot.TeleBot("<<SK:tg>>")  # church group notifier',
    'func main() {\n\tclient := github.NewClient(nil).WithAuthToken("<<SK:ghpat>>")\n\t_ = client\n}',
    '# tests/fixtures.py\nTEST_EMAIL = "<<L:exmail>>"\nTEST_CARD = "<<L:testcc>>"\nTEST_KEY = "<<L:akiaex>>"',
    'discord_client.run("<<SK:discord>>")',
    'curl_setopt($ch, CURLOPT_USERPWD, "api:<<SK:pw>>");',
    'const firebaseConfig = { apiKey: "<<SK:gapi>>", authDomain: "vetkliinik.firebaseapp.com" };',
    'String jwtSecret = System.getenv("JWT_SECRET"); // was hardcoded <<SK:hex40>> before commit <<L:sha>>',
    'SHOPIFY_TOKEN = "<<SK:shopify>>"  # store: meterwise',
    'key = """<<SK:pem>>"""',
    'az storage account keys: AccountKey=<<SK:azure>>;EndpointSuffix=core.windows.net',
)
fam('ci_logs_and_webhooks',
    'Run actions/checkout@v4\n  token: ***\n  ref: <<L:sha>>\nEcho debug: GH_TOKEN=<<SK:ghp>>',
    'GitLab CI: $ echo $DEPLOY_TOKEN -> <<SK:glpat>> (masking disabled for this variable)',
    'Jenkins console: Slack notify -> <<SK:slackhook>> [200 OK]',
    'twine upload dist/* -u __token__ -p <<SK:pypi>>',
    'CircleCI env dump: AWS_ACCESS_KEY_ID=<<SK:akia>> AWS_REGION=eu-west-1 AWS_ACCOUNT=<<L:acct>>',
    'Bitbucket pipeline: docker build -t app:<<L:ver>> . && echo build <<L:build>> done',
    'deploy.log: Authorization: Basic <<BASIC>>',
    'Slack bot token leaked in logs: <<SK:xoxb>>',
    'webhook payload: {"event":"invoice.paid","id":"evt_<<L:md5>>","customer_email":"<<EM>>"}',
    'Drone CI secret rotation: old key fingerprint <<L:sha>>, new key stored in vault path <<L:envref>>',
    'release notes v<<L:ver>>: fixed crash on Android <<L:ver>>, thanks to contributor <<L:exmail>>',
)
fam('amharic_community_services',
    'የአባልነት ቅጽ\nስም: ሰላም ተስፋዬ\nየትውልድ ቀን: <<DOB:dmy/>>\nስልክ: <<PH:et>>\nኢሜይል: <<EM>>',
    'የዕድር መዋጮ ተከፍሏል። ደረሰኝ ቁጥር <<L:rcpt>>፣ መጠን <<L:money>>።',
    'እባክዎ በ<<PH:et>> ይደውሉ።',
    'የስብሰባ ቀን <<L:date>> ሰዓት <<L:time>>። አባል ቁጥር <<L:mem>>።',
    'የቴሌብር ግብይት <<L:txn>> ተሳክቷል። የተላከው ወደ <<PH:et:nosp>> ነው።',
    'የሕፃኑ የልደት ቀን <<DOB:ymd>>፣ የክትባት ካርድ <<L:serial>>።',
    'የኮምፒውተር ማዕከል Wi-Fi የይለፍ ቃል: <<SK:wifi>>',
    'ደብዳቤ ቁጥር <<L:seq>> ቀን <<L:date>> (የዋና ጽ/ቤት ማህተም)',
)
fam('khmer_microfinance',
    'ពាក្យស្នើសុំកម្ចី\nឈ្មោះ: សុខា ចាន់\nថ្ងៃខែឆ្នាំកំណើត: <<DOB:dmy/>>\nទូរស័ព្ទ: <<PH:kh>>',
    'សូមទូទាត់តាម ABA លេខយោង <<L:txn>> ចំនួន <<L:money>>។',
    'ទំនាក់ទំនង: <<PH:kh:khmer>> ឬ អ៊ីមែល <<EM>>',
    'កិច្ចសន្យាលេខ <<L:inv>> ចុះថ្ងៃទី <<L:date>>។',
    'អតិថិជនកើតនៅ <<DOB:ymd>> ហើយមានលេខសមាជិក <<L:mem>>។',
    'លេខកូដ OTP របស់អ្នកគឺ <<L:otp>>។ កុំចែករំលែក។',
    'Loan officer app log: <<L:ts>> client=<<L:mem>> gps=<<L:geo>> phone=<<PH:kh:nosp>>',
    'Branch router: WAN <<IP:pub>>, VPN PSK <<SK:pw>>',
)
fam('tamil_telugu_retail',
    'கடை ரசீது <<L:rcpt>> — மொத்தம் <<L:money>> — GSTIN அச்சிடப்பட்டுள்ளது. வாடிக்கையாளர் கைபேசி <<PH:in>>',
    'விசுவாச அட்டை பதிவு: பெயர் லட்சுமி ஐயர், பிறந்த நாள் <<DOB:dmy/>>, மின்னஞ்சல் <<EM>>',
    'தொடர்பு எண்: <<PH:in:tamil>> (தமிழ் எண்கள்)',
    'దుకాణం బిల్లు <<L:inv>>, మొత్తం <<L:money>>, UPI ref <<L:txn>>.',
    'కస్టమర్ కార్డ్ వివరాలు: <<CC:sp>> గడువు 05/28 — దయచేసి చాట్‌లో పెట్టవద్దు.',
    'సభ్యత్వ సంఖ్య <<L:mem>>, పుట్టిన రోజు పార్టీ <<L:date>> (ఇది జన్మ తేదీ కాదు).',
    'POS terminal config: merchant <<L:seq>>, host <<IP:pub>>, key index 3, terminal <<L:serial>>',
    'ஆன்லைன் கடை நிர்வாகி கடவுச்சொல்: <<SK:pw>>',
    'ఇన్వాయిస్ పంపండి: <<PH:in:telugu>>',
)
fam('hebrew_clinic_billing',
    'חשבונית מס <<L:inv>>\nלקוח: יוסי מזרחי\nטלפון: <<PH:il>>\nסכום: <<L:money>>\nאמצעי תשלום: כרטיס <<L:maskcc>>',
    'העברה בנקאית לחשבון <<IB:IL>>, אסמכתא <<L:txn>>.',
    'תיק מטופל: נולד ב-<<DOB:dmy.>>, מספר תיק <<L:mem>>, תור הבא <<L:date>>.',
    'נא לשלוח את הקבלה ל-<<EM>> ולא לכתובת הישנה <<L:exmail>>.',
    'הוראת קבע: כרטיס אשראי <<CC:sp>> תוקף 10/28.',
    'מרפאת שיניים: סיסמת המערכת <<SK:pw>>, שרת <<IP:lan>>.',
    'תזכורת: יום ההולדת של המרפאה (נוסדה ב-<<L:date>>) — מסיבה לצוות!',
    'מספר עוסק <<L:build>>, מיקוד <<L:zip>>, שלוחה 3',
)
fam('email_headers',
    'Received: from mail-sor-f41.google.com ([<<IP:pub>>])\n  by mx.walla.co.il with ESMTPS id <<L:md5>>\n  for <<EM>>; <<L:ts>>',
    'Return-Path: <<EM>>\nX-Originating-IP: [<<IP:pub>>]\nMessage-ID: <<L:uuid>>\nX-Mailer: Outlook <<L:ver>>',
    'DKIM-Signature: v=1; a=rsa-sha256; d=gym-titan.ro; s=sel1; bh=<<L:sha>>; b=<<L:md5>><<L:md5>>',
    'From: =?UTF-8?B?<<EM:b64>>?=\nTo: office (at) dentist\nSubject: Re: programare',
    'Authentication-Results: spf=pass smtp.mailfrom=gmx.net; sender IP is <<IP:v6>>',
    'Reply-To: <<EM:rev>>  (user wrote the address reversed to dodge scrapers)',
    'Received: from [<<L:docip>>] (helo=test) by relay; X-Spam-Score: 3.1; List-Unsubscribe: <mailto:<<L:exmail>>>',
    'Delivered-To: <<EM>>\nX-Forwarded-For: <<IP:pub>>, <<L:docip>>',
    'Content-Transfer-Encoding: quoted-printable\n\nPl=C3=A1tno: zavolej mi na <<PH:hr:nosp>> nebo pi=C5=A1 na <<EM:qp>>',
)
fam('xml_payroll_sepa',
    '<CdtTrfTxInf><PmtId><EndToEndId><<L:txn>></EndToEndId></PmtId><Cdtr><Nm>Kadri Tamm</Nm></Cdtr><CdtrAcct><Id><IBAN><<IB:EE:raw>></IBAN></Id></CdtrAcct></CdtTrfTxInf>',
    '<DbtrAcct><Id><IBAN><<IB:BE:raw>></IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC><<L:bic>></BIC></FinInstnId></DbtrAgt>',
    '<Employee id="<<L:mem>>"><Name>Ruta Petrauskas</Name><BirthDate><<DOB:ymd>></BirthDate><Email><<EM>></Email></Employee>',
    '<MsgId><<L:uuid>></MsgId><CreDtTm><<L:ts>></CreDtTm><NbOfTxs>14</NbOfTxs><CtrlSum>23450.00</CtrlSum>',
    '<Cdtr><Nm>Studio Bianchi</Nm></Cdtr><CdtrAcct><Id><IBAN><<IB:IT:raw>></IBAN></Id></CdtrAcct><RmtInf><Ustrd><<L:inv>></Ustrd></RmtInf>',
    '<payslip><ni><<NI:raw>></ni><period>11</period><net>1982.40</net></payslip>',
    '<!-- sample file from bank docs --><IBAN><<L:sampiban>></IBAN><BIC><<L:bic>></BIC>',
    '<CdtrAcct><Id><IBAN><<IB:NL:raw>></IBAN></Id></CdtrAcct><Purp><Cd>SALA</Cd></Purp>',
    '<Contact><Phone><<PH:de>></Phone><Mobile/><Fax><<L:exphone>></Fax></Contact>',
)

fam('us_tax_prep_small_business',
    'Tax organizer 2025 — Schedule C\nTaxpayer SSN: <<SSN>>\nSpouse SSN: <<SSN>>\nBusiness EIN: <<L:ein>>\nGross receipts: <<L:money>>',
    'Preparadora de impuestos: Señora Gutiérrez, su número de seguro social <<SSN:sp>> y el de su hijo <<SSN>> ya están en el formulario. ITIN del esposo: <<L:itin>>.',
    'Dependent info: Mateo Ramirez, DOB <<DOB:mdy/>>, SSN <<SSN>>, months lived in home: 12.',
    'Client portal message: "I typed my SSN wrong last year, it was <<L:badssn>> on the 1099 but the real one is <<SSN:raw>>."',
    'Estimated tax payment confirmation <<L:txn>> paid with card <<CC:sp>> on <<L:date>>.',
    'Bookkeeping note: Venmo business payouts to food truck, routing <<L:aba>>, acct ending <<L:cvv>>1. Owner SSN <<SSN:fw>> (pasted from phone).',
    'W-9 received from freelancer: name Liam Okafor, TIN type SSN, value <<SSN:zw>>. File id <<L:uuid>>.',
    'IRS notice CP2000 for tax year 2024, notice date <<L:date>>, reference <<L:case>>. Do not confuse with SSN sample <<L:sampssn>>.',
    'Tax software login: preparer PTIN P<<L:build>>, password <<SK:pw>>, EFIN in the safe.',
    'Client filing deadline <<L:date>> (extension requested), prior-year AGI <<L:money>>.',
)
fam('uk_tenancy_council_tax',
    'Tenancy application\nFull name: Fatima Okafor\nDate of birth: <<DOB:dmy/>>\nNI number: <<NI>>\nCurrent postcode: <<L:zip>>\nEmployer: Storage4U',
    'Council tax reduction form: claimant NI <<NI:low>>, partner NI <<NI>>, account ref <<L:mem>>, band C.',
    'Universal Credit journal: "I have uploaded my tenancy agreement, my NINO is <<NI:zw>>". Claim ref <<L:case>>.',
    'Deposit protection certificate <<L:serial>>: tenant Liam Hughes, deposit £950, protected on <<L:date>>.',
    'Landlord WhatsApp: pls send NI no and DOB for the referencing — tenant replied: <<NI:raw>>, <<DOB:en>>',
    'Referencing agency rejected NI <<L:badnino>> as invalid format; tenant resent as <<NI>>.',
    'Housing benefit letter (OCR): National Insurance No. <<NI>>  Payment ref <<L:fine>>',
    'Guide: your NI number looks like <<L:sampnino>> — never the one printed on this leaflet.',
    'Right-to-rent check: share code <<L:serial>>, checked <<L:date>>, tenancy start <<L:date>>',
    'Electoral roll canvass: 2 residents, ref <<L:mem>>, NINO provided: <<NI:sp>>',
)
fam('saas_support_tickets_secrets',
    'Chamado <<L:tkt>>: a integração parou. Minha chave é <<SK:gapi>>, o projeto é loja-bairro.',
    'Ticket <<L:tkt>>: Hola, la API me devuelve 401 con este token <<SK:stripe>>. Gracias.',
    'Ticket <<L:tkt>>: Ciao, ho incollato la mia chiave SendGrid per sbaglio: <<SK:sendgrid>>. Potete revocarla?',
    'Support: please never paste secrets. Customer: sorry, it was <<SK:openai>> — I rotated it already (new one in vault <<L:envref>>).',
    'Tiquet <<L:tkt>>: el webhook de Slack no envia res: <<SK:slackhook>>',
    'Zendesk macro: "Your API key starts with sk_live_ and looks like <<L:mask>>." (no real key in macro)',
    'Ticket: integration with Twilio fails; SID <<L:sid>>, token <<SK:twtok>>.',
    'Αίτημα <<L:tkt>>: ο κωδικός για το FTP του ξενοδοχείου είναι <<SK:pw>>, host <<IP:pub>>.',
    'Tichet <<L:tkt>>: tokenul Telegram al botului sălii: <<SK:tg>>',
    'Заявка <<L:tkt>>: моля сменете паролата на пощата, старата беше <<SK:pw>>.',
    'Ticket: GitHub Actions cannot push, PAT <<SK:ghpat>> expired on <<L:date>>.',
    'Ticket <<L:tkt>>: JWT from the sample docs (<<L:jwtdemo>>) works but mine <<SK:jwt>> gets rejected.',
)
fam('payment_disputes_chargebacks',
    'Chargeback notice <<L:case>>: card <<CC:sp>>, amount <<L:money>>, reason code 13.1, merchant id <<L:build>>.',
    'Contestação: não reconheço a compra no cartão <<CC:dash>>, estabelecimento ACADEMIA TITAN, NSU <<L:rcpt>>.',
    'Disputa: mi tarjeta <<CC:dot>> fue cobrada dos veces por la mudanza. Pedido <<L:ord>>.',
    'Contestazione addebito: carta <<CC:zw>> (l\'ho copiata dall\'app), importo <<L:money>>.',
    'Αμφισβήτηση χρέωσης: κάρτα <<CC:fw>>, ημερομηνία συναλλαγής <<L:date>>.',
    'Reclamație: cardul <<L:badcc>> apare ca invalid în aplicație, dar plata pe <<CC:raw>> a trecut.',
    'Dispute form: card number spelled by customer on phone: <<CC:en>>. Call recording id <<L:uuid>>.',
    'Gift card balance query: <<L:gift>> (not a payment card), PIN scratched.',
    'Prijava prijevare: kartica <<CC:nbsp>>, iznos <<L:money>>, terminal <<L:serial>>.',
    'Refund approved for transaction <<L:txn>> to card <<L:maskcc>>. ARN <<L:build>><<L:build>>.',
)
fam('onboarding_expats_multilingual',
    'Formular angajare: Ionescu Andrei, data nașterii <<DOB:dmy.>>, număr asigurare UK (NI) din perioada Londra: <<NI>>.',
    'Анкета: Петров Петър, дата на раждане <<DOB:bg>>, US SSN от работата в Чикаго: <<SSN>>.',
    'Upitnik za zaposlenike: datum zaposlenja <<L:date>>, lozinka za intranet (privremena): <<SK:pw>>.',
    'Darbuotojo anketa: įdarbinimo data <<L:date>>, JK draudimo numeris <<NI:raw>>.',
    'Ficha de admissão: data de admissão <<L:date>>, SSN americano (ex-residente): <<SSN:d>>.',
    'Fitxa d\'alta: data d\'alta <<L:date>>, contrasenya provisional del portal <<SK:pw>>.',
    'Scheda assunzione: data di assunzione <<L:date>>; il badge <<L:mem>> scade il <<L:date>>.',
    'Ficha: fecha de nacimiento <<DOB:es>>; clave de la VPN <<SK:pw>>; usuario vgutierrez.',
    'Starter form scanned: Date signed <<L:date>> NI <<NI:dash>> Start <<L:date>>',
    'Onboarding bot: your temporary password is <<SK:pw>> and your employee number is <<L:mem>>.',
)
fam('helpdesk_password_resets',
    'Helpdesk: Hi, I reset your account, temporary password <<SK:pw>> — you must change it at first login.',
    'Suporte TI: sua nova senha do e-mail é <<SK:pw>>. Código do chamado <<L:tkt>>.',
    'Mesa de ayuda: la clave del wifi de invitados es <<SK:wifi>> (cambia cada lunes).',
    'Helpdesk IT: parola nouă pentru contul VPN este <<SK:pw>>.',
    'Reset link: https://portal.gym-titan.ro/reset?token=<<SK:hex40>>&uid=<<L:build>>',
    'Help desk note: user asked for the "OTP" — it is a one-time code <<L:otp>>, not a password.',
    'LDAP bind config: binddn=cn=svc-print,dc=acme bindpw=<<SK:dbpw>> uri=ldaps://<<IP:lan>>',
    'Kerberos keytab checksum <<L:md5>>, principal svc/web@ACME.LOCAL, kvno <<L:seq>>',
    'Vault unseal key share 3 of 5: <<SK:azure>>',
    'Servicedesk: SSH private key for the backup box (please delete after copying):\n<<SK:pem>>',
)

fam('llm_chats_multilingual',
    'Utente: mi scrivi una lettera di reclamo? Sono nata il <<DOB:it>>, numero pratica <<L:case>>, e il mio codice di accesso al portale è <<SK:pw>>.',
    'Usuari: revisa aquest script, no connecta:\nconn = psycopg2.connect(host="db", user="club", password="<<SK:dbpw>>")\nversió <<L:ver>>',
    'Vartotojas: ar galite patikrinti mano IBAN? <<IB:LT>> — bankas sako, kad klaidingas. Sąskaitos nr. <<L:inv>>.',
    'Notandi: hjálpaðu mér að skrifa umsókn. Ég er fædd <<DOB:is>>, sími <<PH:is>>. Umsóknarnúmer <<L:seq>>.',
    'Utilizator: de ce nu merge cheia asta? <<SK:gapi>> — proiectul e sala-de-sport, versiunea <<L:ver>>.',
    'Χρήστης: μετάφρασε στα αγγλικά: «Γεννήθηκα στις <<DOB:el>> και το τηλέφωνό μου είναι <<PH:gr>>».',
    'Потребител: провери ми SQL заявката: WHERE egn IS NULL AND created = \'<<L:date>>\' AND id > <<L:seq>>;',
    'Umsebenzisi: ngicela ungibhalele incwadi. Ngazalwa ngo-<<DOB:ymd>>, inombolo yami ye-akhawunti yasebhange ku-file, ireferensi <<L:txn>>.',
    'User (Taglish): pakisuri itong code ko, may error: TOKEN = "<<SK:npm>>" tapos build <<L:build>>',
    'वापरकर्ता: माझा AWS key <<SK:akia>> काम करत नाही, region ap-south-1, account <<L:acct>>.',
    'អ្នកប្រើ: សូមពិនិត្យ token នេះ <<SK:xoxb>> វាលែងដំណើរការ។',
    'Usuário: meu cartão <<CC:sp>> foi recusado no site, o que faço? Pedido <<L:ord>>.',
)
fam('fines_and_permits_es_pt_it_lt',
    'Multa de estacionamiento <<L:fine>>: vehículo <<L:plate>>, importe <<L:money>>, fecha de infracción <<L:date>>. Pague antes de 15 días.',
    'Papeleta de tránsito (Lima): placa <<L:plate>>, fecha de emisión <<L:date>>, licencia <<L:serial>>.',
    'Multa: pague com cartão <<CC:sp>> no portal do Detran. Protocolo <<L:tkt>>.',
    'Verbale <<L:fine>>: targa <<L:plate>>, velocità rilevata 78 km/h, apparecchio <<L:serial>>, omologazione <<L:ver>>.',
    'Ricorso al Giudice di Pace: il sottoscritto, notificato il <<L:date>>, chiede l\'annullamento del verbale <<L:fine>>.',
    'Baudos kvitas <<L:fine>>: automobilis <<L:plate>>, suma <<L:money>>, mokėti į <<IB:LT>>.',
    'Permiso de residente zona azul: matrícula <<L:plate>>, vigencia hasta <<L:date>>, código postal <<L:zip>>.',
    'Grua municipal: vehicle <<L:plate>> retirat el <<L:date>> a les <<L:time>>, dipòsit <<L:locker>>.',
    'Notificação de multa enviada para <<EM:br>> — código de verificação <<L:otp>>.',
    'Stovėjimo leidimas <<L:mem>> galioja iki <<L:date>>; GPS <<L:geo>>.',
)

# ---------------------------------------------------------------- main
def main():
    seen = set(); lines = ['# pii-c19 — blind PII / credential evaluation set. Format: pii_format.md. Generated by gen.py (seed 19477).', '']
    for name, tpls in FAMILIES:
        out = []; nl_total = 0
        for tpl in tpls:
            assert tpl not in seen, 'template reused: ' + tpl
            seen.add(tpl)
            for attempt in range(50):
                segs, nlook = render(tpl)
                neg = ' '.join(t if k is None else ' ' for t, k in segs)
                if not neg_problem(neg): break
            else:
                raise SystemExit('cannot render clean negatives: %s (%s)' % (tpl, neg_problem(neg)))
            assert not re.search(r'<<[A-Z]', ''.join(t for t, k in segs if k is None)), 'unrendered token in ' + tpl
            line = ''.join(esc(t) if k is None else '{{%s:%s}}' % (k, esc(t)) for t, k in segs)
            if line.startswith('#'): line = '\\u0023' + line[1:]
            out.append(line); nl_total += nlook
        lines += ['# family: ' + name, '# look-alikes: %d' % nl_total] + out + ['']
    with open(os.path.join(HERE, 'set.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))

if __name__ == '__main__':
    main()
