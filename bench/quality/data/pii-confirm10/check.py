#!/usr/bin/env python3
"""check.py -- validate set.txt of the pii-c10 evaluation set.

Checks the file format (families, look-alike headers, escapes, span syntax),
decodes every labelled value (escapes, encodings, spelled digits, other
scripts' digits, full-width forms, invisible characters, reversal, split
pieces) and verifies it: Luhn for cards, ISO 13616 mod-97 (plus the Belgian
national check) for IBANs, the SSN and NINO rules, e-mail / phone / IP shape.
Unlabelled text is scanned as well: a valid card, IBAN, SSN, NINO or a
non-placeholder e-mail address outside a span is an error, and every
SSN- or NINO-shaped look-alike must break exactly one rule.
Prints a counts table per family and exits 1 on any error.
Python 3 standard library only.
"""
import base64
import binascii
import html
import ipaddress
import os
import quopri
import re
import sys
import unicodedata
import urllib.parse

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'set.txt')

errors = []
warnings = []


def err(lineno, msg):
    errors.append(f'line {lineno}: {msg}')


# ------------------------------------------------------------ escapes/format
ESC_RE = re.compile(r'\\(n|t|u[0-9A-Fa-f]{4})')


def must_escape(ch):
    o = ord(ch)
    cat = unicodedata.category(ch)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn'):
        return True
    if cat == 'Zs' and ch != ' ':
        return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E) or 0xFE00 <= o <= 0xFE0F:
        return True
    return unicodedata.decomposition(ch).startswith('<wide>')


def unescape(s):
    def rep(m):
        g = m.group(1)
        if g == 'n':
            return '\n'
        if g == 't':
            return '\t'
        return chr(int(g[1:], 16))
    return ESC_RE.sub(rep, s)


def check_raw(lineno, raw):
    for i, ch in enumerate(raw):
        if ch == '\\':
            if not ESC_RE.match(raw, i):
                err(lineno, f'bare backslash at column {i}')
        elif must_escape(ch):
            err(lineno, f'unescaped U+{ord(ch):04X} at column {i}')


# ------------------------------------------------------------------ decoding
SPELL = {
    'en': 'zero one two three four five six seven eight nine',
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun',
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf',
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'pt': 'zero um dois três quatro cinco seis sete oito nove',
    'it': 'zero uno due tre quattro cinque sei sette otto nove',
    'nl': 'nul een twee drie vier vijf zes zeven acht negen',
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
    'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz',
    'ru': 'ноль один два три четыре пять шесть семь восемь девять',
    'uk': "нуль один два три чотири п'ять шість сім вісім дев'ять",
    'ar': 'صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة',
    'hi': 'शून्य एक दो तीन चार पाँच छह सात आठ नौ',
    'vi': 'không một hai ba bốn năm sáu bảy tám chín',
    'id': 'nol satu dua tiga empat lima enam tujuh delapan sembilan',
    'sw': 'sifuri moja mbili tatu nne tano sita saba nane tisa',
}
NFKC = lambda s: unicodedata.normalize('NFKC', s)
DIGIT_WORD = {}
for _lang, _ws in SPELL.items():
    for _i, _w in enumerate(_ws.split()):
        _k = NFKC(_w).lower()
        assert DIGIT_WORD.get(_k, str(_i)) == str(_i), (_k, _lang)
        DIGIT_WORD[_k] = str(_i)
DIGIT_WORD['oh'] = '0'
PLUS_WORDS = {NFKC(w).lower() for w in 'plus más mais più artı плюс زائد प्लस cộng jumlisha'.split()}
NATO = {w: w[0] for w in 'Alfa Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Juliet Kilo Lima Mike '
        'November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split()}
CJK_DIGITS = {}
for _s in ('零一二三四五六七八九', '〇一二三四五六七八九', '공일이삼사오육칠팔구'):
    for _i, _c in enumerate(_s):
        CJK_DIGITS[_c] = str(_i)
CJK_DIGITS['幺'] = '1'
AT_WORDS = ['at', 'ät', 'arroba', 'arobase', 'chiocciola', 'małpa', 'собака', 'равлик', 'et', 'apenstaartje', 'a còng',
            'アットマーク', '골뱅이', '艾特', 'آت', 'एट', '@']
DOT_WORDS = ['dot', 'punkt', 'point', 'punto', 'ponto', 'kropka', 'точка', 'крапка', 'nokta', 'punt', 'titik', 'chấm',
             'ドット', '점', '点', 'نقطة', 'nukta', 'डॉट', '.']
INVISIBLE = {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E, 0x00AD}


def strip_invisible(s):
    return ''.join(ch for ch in s if not (unicodedata.category(ch) == 'Cf' or ord(ch) in INVISIBLE))


def ascii_digits(s):
    out = []
    for ch in s:
        v = unicodedata.decimal(ch, None)
        out.append(str(v) if v is not None and not ch.isascii() else ch)
    return ''.join(out)


def map_words(s):
    """spelled digits (16 languages), 'double'/'triple', NATO letters, CJK digits"""
    toks = re.split(r'[\s,;]+', s.strip())
    out = []
    mult = 1
    for t in toks:
        if not t:
            continue
        key = NFKC(t).lower().strip('.')
        if key in ('double', 'triple'):
            mult = 2 if key == 'double' else 3
            continue
        if t in NATO:
            out.append(NATO[t])
        elif key in DIGIT_WORD:
            out.append(DIGIT_WORD[key] * mult)
        elif key in PLUS_WORDS:
            out.append('+')
        elif all(c in CJK_DIGITS or c in '+-' for c in t):
            out.append(''.join(CJK_DIGITS.get(c, c) for c in t))
        else:
            out.append(t)
        mult = 1
    return ' '.join(out)


def dec_html(s):
    r = html.unescape(s)
    return r if r != s else None


def dec_pct(s):
    r = urllib.parse.unquote(s)
    return r if r != s else None


def dec_json_u(s):
    if '\\u' not in s:
        return None
    return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), s)


def dec_qp(s):
    if '=' not in s:
        return None
    try:
        r = quopri.decodestring(s.encode('utf-8')).decode('utf-8')
    except (ValueError, UnicodeDecodeError):
        return None
    return r if r != s else None


def dec_b64(s):
    t = s.strip()
    if not re.fullmatch(r'[A-Za-z0-9+/_-]+={0,2}', t) or len(t) < 8:
        return None
    t = t.replace('-', '+').replace('_', '/')
    t += '=' * (-len(t) % 4)
    try:
        r = base64.b64decode(t, validate=True).decode('utf-8')
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return r if r.isprintable() else None


def dec_hex(s):
    t = s.strip()
    if not re.fullmatch(r'(?:[0-9a-fA-F]{2})+', t) or len(t) < 8:
        return None
    try:
        r = bytes.fromhex(t).decode('utf-8')
    except (ValueError, UnicodeDecodeError):
        return None
    return r if r.isprintable() else None


DECODERS = (lambda s: s, dec_html, dec_pct, dec_json_u, dec_qp, dec_b64, dec_hex)


def candidates(s):
    """all plausible plain-text readings of a span value"""
    outs = []
    for base in (s, s[::-1]):
        for dec in DECODERS:
            r = dec(base)
            if r is not None:
                outs.append(r)
                outs.append(r[::-1])
    seen, res = set(), []
    for o in outs:
        o = ascii_digits(strip_invisible(NFKC(o)))
        for v in (o, map_words(o)):
            if v not in seen:
                seen.add(v)
                res.append(v)
    return res


# ---------------------------------------------------------------- validators
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100',
              '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881',
              '4000000000000002', '6200000000000005', '5200828282828210', '4000000000000077'}
SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606',
                'BE68539007547034', 'NL91ABNA0417164300'}
IBAN_LEN = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'PT': 25, 'PL': 28, 'TR': 26, 'AT': 20,
            'CH': 21, 'GB': 22, 'IE': 22, 'UA': 29, 'SA': 24, 'AE': 23, 'BR': 29, 'RO': 24, 'SE': 24, 'HU': 28,
            'EG': 29, 'CZ': 24, 'GR': 27, 'DK': 18, 'NO': 15, 'FI': 18, 'LU': 20}
SSN_SAMPLES = {'123456789', '078051120', '219099999', '457555462'}
NINO_BAD1 = set('DFIQUV')
NINO_BAD2 = set('DFIOQUV')
NINO_BADPRE = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
DOC_DOMAINS = ('example.com', 'example.org', 'example.net')
PUBLIC_DNS = {'1.1.1.1', '9.9.9.9'}
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]
MONTHS = ('january february march april may june july august september october november december '
          'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık '
          'января февраля марта апреля мая июня июля августа сентября октября ноября декабря').split()
SECRET_PLACEHOLDERS = {'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
                       'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'JBSWY3DPEHPK3PXP', 'changeme', 'password', 'admin',
                       'your_auth_token', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'}


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        s += v
    return s % 10 == 0


def iban_mod_ok(s):
    t = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in t)) % 97 == 1


def iban_shape(s):
    return bool(re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s)) and IBAN_LEN.get(s[:2]) == len(s)


def belgian_ok(s):
    b = s[4:]
    c = int(b[:10]) % 97 or 97
    return int(b[10:]) == c


def only_digits(s):
    return ''.join(c for c in s if c.isdigit())


def v_card(cands):
    for c in cands:
        dg = only_digits(c)
        if 12 <= len(dg) <= 19 and luhn_ok(dg) and dg not in TEST_CARDS:
            return True
    return False


def v_iban(cands):
    for c in cands:
        t = re.sub(r'[^A-Z0-9]', '', c.upper())
        if iban_shape(t) and iban_mod_ok(t) and t not in SAMPLE_IBANS and (t[:2] != 'BE' or belgian_ok(t)):
            return True
    return False


def ssn_broken(dg):
    a, g, s = int(dg[:3]), int(dg[3:5]), int(dg[5:])
    return int(a == 0 or a == 666 or a >= 900) + int(g == 0) + int(s == 0)


def v_ssn(cands):
    for c in cands:
        dg = only_digits(c)
        if len(dg) == 9 and ssn_broken(dg) == 0 and dg not in SSN_SAMPLES:
            return True
    return False


def nino_broken(t):
    return (int(t[0] in NINO_BAD1) + int(t[1] in NINO_BAD2) + int(t[:2] in NINO_BADPRE) + int(t[8] not in 'ABCD'))


def v_nino(cands):
    for c in cands:
        t = re.sub(r'[^A-Z0-9]', '', c.upper())
        if re.fullmatch(r'[A-Z]{2}\d{6}[A-Z]', t) and nino_broken(t) == 0:
            return True
    return False


EMAIL_RE = re.compile(r'[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[^\W\d_]{2,}')


def email_plain(c):
    """undo [at]/(dot)/spelled-out separators in many languages"""
    s = re.sub(r'[\[\(<{]\s*(?:at|@)\s*[\]\)>}]', '@', c, flags=re.I)
    s = re.sub(r'[\[\(<{]\s*(?:dot|\.)\s*[\]\)>}]', '.', s, flags=re.I)
    if '@' not in s:
        for w in sorted(AT_WORDS, key=len, reverse=True):
            if ' ' + w + ' ' in s:
                s = s.replace(' ' + w + ' ', '@', 1)
                break
    for w in DOT_WORDS:
        s = s.replace(' ' + w + ' ', '.')
    for w in ('艾特', 'アットマーク'):
        s = s.replace(w, '@')
    for w in ('点', 'ドット'):
        s = s.replace(w, '.')
    return re.sub(r'\s+', '', s)


def email_doc(addr):
    dom = addr.rsplit('@', 1)[1].lower()
    return dom in DOC_DOMAINS or dom.endswith(('.example', '.test', '.invalid', '.localhost'))


def v_email(cands):
    for c in cands:
        e = email_plain(c)
        if EMAIL_RE.fullmatch(e) and not email_doc(e):
            return True
    return False


def v_phone(cands):
    for c in cands:
        for t in (c, c.translate(str.maketrans('OolI', '0011'))):
            dg = only_digits(t)
            if 7 <= len(dg) <= 15 and not re.search(r'55501\d\d$', dg):
                return True
    return False


def ip_ok_labelled(a):
    if str(a) in PUBLIC_DNS or any(a in n for n in DOC_NETS if n.version == a.version):
        return False
    return not (a.is_loopback or a.is_unspecified or a.is_multicast or a.is_link_local)


def v_ip(cands):
    for c in cands:
        t = re.sub(r'[\[\(]\s*([.:])\s*[\]\)]', r'\1', c)
        t = re.sub(r'\s+', '', t)
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            continue
        if ip_ok_labelled(a):
            return True
    return False


def v_dob(cands):
    for c in cands:
        if re.search(r'\d', c) or any(m in c.lower() for m in MONTHS):
            return True
    return False


def v_secret(raw):
    if raw in SECRET_PLACEHOLDERS or len(raw) < 6:
        return False
    if '${' in raw or '{{' in raw or '<your' in raw or re.fullmatch(r'[x*•]+', raw):
        return False
    if 'BEGIN' in raw and '-----' in raw:
        m = re.fullmatch(r'-----BEGIN ([A-Z ]+)-----(?:\n|\\n).*(?:\n|\\n)-----END \1-----', raw, re.S)
        if not m or 'PRIVATE' not in m.group(1):
            return False
    return True


VALIDATE = {'card': v_card, 'iban': v_iban, 'ssn': v_ssn, 'nino': v_nino, 'email': v_email,
            'phone': v_phone, 'ip': v_ip, 'dob': v_dob}


# ----------------------------------------------------------- unlabelled scan
SCAN_EMAIL = re.compile(r'(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
SCAN_CARD = re.compile(r'(?<!\d)(?<!\d[ -])(\d{4}([ -])\d{4}\2\d{4}\2\d{4}|\d{4}([ -])\d{6}\3\d{5}|\d{15,16})(?![ -]?\d)')
SCAN_IBAN = re.compile(r'(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})(?![A-Za-z0-9])')
SCAN_SSN = re.compile(r'(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])')
SCAN_NINO = re.compile(r'(?<![A-Za-z0-9])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Z])(?![A-Za-z0-9])')
SCAN_IP = re.compile(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])')
NON_PERSONAL_EMAIL = ('git@github.com', 'git@gitlab.com')


def scan_plain(lineno, text):
    for m in SCAN_EMAIL.finditer(text):
        a = m.group(0)
        if email_doc(a) or a in NON_PERSONAL_EMAIL or a.lower().endswith('.iam.gserviceaccount.com'):
            continue
        err(lineno, f'unlabelled e-mail address {a!r}')
    for m in SCAN_CARD.finditer(text):
        dg = only_digits(m.group(1))
        if dg[0] in '23456' and luhn_ok(dg) and dg not in TEST_CARDS:
            err(lineno, f'unlabelled Luhn-valid card-shaped number {m.group(1)!r}')
    for m in SCAN_IBAN.finditer(text):
        t = m.group(1).replace(' ', '')
        n = IBAN_LEN.get(t[:2])
        if n and len(t) >= n:
            t = t[:n]
            if iban_mod_ok(t) and t not in SAMPLE_IBANS:
                err(lineno, f'unlabelled valid IBAN {t!r}')
    for m in SCAN_SSN.finditer(text):
        dg = ''.join(m.groups())
        if dg in SSN_SAMPLES:
            continue
        b = ssn_broken(dg)
        if b != 1:
            err(lineno, f'SSN-shaped look-alike {m.group(0)!r} breaks {b} rules (must break exactly one)')
    for m in SCAN_NINO.finditer(text):
        t = ''.join(m.groups())
        if t == 'QQ123456C':
            continue
        b = nino_broken(t)
        if b != 1:
            err(lineno, f'NINO-shaped look-alike {m.group(0)!r} breaks {b} rules (must break exactly one)')
    for m in SCAN_IP.finditer(text):
        s = m.group(1)
        try:
            a = ipaddress.ip_address(s)
        except ValueError:
            continue
        if not ip_ok_labelled(a) or s.startswith('255.') or s.startswith('0.'):
            continue
        ctx = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r'(version|build|firmware|펌웨어|sürüm|v|v=|okhttp/|docker-client/|\.net |redis:|tag: |/aws )\s*$', ctx):
            continue
        if re.match(r'/\d{1,2}\b', text[m.end():]) and s.endswith('.0'):
            continue                  # CIDR network block, not a host
        warnings.append(f'line {lineno}: unlabelled IPv4-shaped string {s!r} (context {text[max(0, m.start() - 25):m.end() + 5]!r})')


# ---------------------------------------------------------------------- main
SPAN_RE = re.compile(r'\{\{([a-z]+):([^{}]*)\}\}')


def main():
    fams = []          # [name, look, samples, counts]
    cur = None
    expect_look = False
    with open(PATH, encoding='utf-8') as f:
        data = f.read()
    if '\r' in data:
        errors.append('file contains CR characters')
    for lineno, raw in enumerate(data.split('\n'), 1):
        if expect_look:
            m = re.fullmatch(r'# look-alikes: (\d+)', raw)
            if not m:
                err(lineno, '"# look-alikes: N" must follow "# family:"')
            else:
                cur[1] = int(m.group(1))
            expect_look = False
            continue
        if raw.strip() == '':
            continue
        if raw.startswith('#'):
            m = re.fullmatch(r'# family: ([a-z0-9_]+)', raw)
            if m:
                if any(fm[0] == m.group(1) for fm in fams):
                    err(lineno, f'duplicate family {m.group(1)}')
                cur = [m.group(1), None, 0, {k: 0 for k in KINDS}]
                fams.append(cur)
                expect_look = True
            elif raw.startswith('# family') or raw.startswith('# look-alikes'):
                err(lineno, 'malformed family/look-alikes header')
            continue
        if cur is None:
            err(lineno, 'sample outside a family')
            continue
        cur[2] += 1
        check_raw(lineno, raw)
        # spans
        spans = []
        pos = 0
        plain_parts = []
        while True:
            i = raw.find('{{', pos)
            if i < 0:
                plain_parts.append(raw[pos:])
                break
            m = SPAN_RE.match(raw, i)
            if not m:
                err(lineno, f'unparsable span start at column {i}')
                plain_parts.append(raw[pos:])
                break
            plain_parts.append(raw[pos:i])
            kind, content = m.group(1), m.group(2)
            if kind not in KINDS:
                err(lineno, f'unknown kind {kind!r}')
            else:
                spans.append((kind, unescape(content)))
            pos = m.end()
        for p in plain_parts:
            if '}}' in p:
                err(lineno, 'stray "}}" outside a span')
        plain = '\x00'.join(unescape(p) for p in plain_parts)
        scan_plain(lineno, plain)
        # labelled values
        pending = {}
        for kind, val in spans:
            cur[3][kind] += 1
            if not val or val != val.strip():
                err(lineno, f'{kind} span empty or padded with whitespace: {val!r}')
                continue
            if kind == 'secret':
                if not v_secret(val):
                    err(lineno, f'secret span is a placeholder or malformed: {val[:60]!r}')
                continue
            fn = VALIDATE[kind]
            if kind in pending:
                joined = pending[kind] + val
                if fn(candidates(joined)):
                    del pending[kind]
                    continue
                pending[kind] = joined
                continue
            if fn(candidates(val)):
                continue
            pending[kind] = val
        for kind, val in pending.items():
            err(lineno, f'{kind} value fails validation: {val[:80]!r}')
    if expect_look:
        errors.append('file ends after a family header')
    for fm in fams:
        if fm[1] is None:
            errors.append(f'family {fm[0]} has no look-alike count')
        if fm[2] == 0:
            errors.append(f'family {fm[0]} has no samples')

    # table
    head = f"{'family':<30}{'samples':>8}{'look':>6}" + ''.join(f'{k:>7}' for k in KINDS) + f"{'total':>7}"
    print(head)
    print('-' * len(head))
    tot = {k: 0 for k in KINDS}
    ts = tl = 0
    for name, look, n, c in fams:
        ts += n
        tl += look or 0
        for k in KINDS:
            tot[k] += c[k]
        print(f'{name:<30}{n:>8}{look or 0:>6}' + ''.join(f'{c[k]:>7}' for k in KINDS) + f'{sum(c.values()):>7}')
    print('-' * len(head))
    print(f"{'TOTAL':<30}{ts:>8}{tl:>6}" + ''.join(f'{tot[k]:>7}' for k in KINDS) + f'{sum(tot.values()):>7}')
    for w in warnings:
        print('warning: ' + w)
    for e in errors:
        print('ERROR: ' + e)
    print(f'TOTAL families={len(fams)} samples={ts} look-alikes={tl} spans={sum(tot.values())} '
          + ' '.join(f'{k}={tot[k]}' for k in KINDS) + f' errors={len(errors)}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
