#!/usr/bin/env python3
"""Validate set.txt of pii-c16: file format, span syntax, escapes, family headers, checksums of
labelled values, and a scan of the unlabelled text for values that would be valid but were left
unlabelled. Prints counts by kind and by family; exits 1 on any error.

usage: python3 check.py [set.txt]
"""
import base64, collections, ipaddress, os, re, sys, unicodedata, urllib.parse, html

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
errors = []
def err(lineno, msg):
    errors.append('line %d: %s' % (lineno, msg))

# ------------------------------------------------------------------ escapes
def must_escape(ch):
    o = ord(ch)
    cat = unicodedata.category(ch)
    if cat in ('Cc', 'Cf', 'Cs', 'Co', 'Zl', 'Zp'): return True
    if cat == 'Zs' and ch != ' ': return True
    if o == 0x034F or 0xFE00 <= o <= 0xFE0F or o in (0x3164, 0x115F, 0x1160, 0xFFA0): return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6: return True
    return False

ESC = re.compile(r'\\(n|t|u[0-9A-Fa-f]{4})')
def unescape(s, lineno):
    out = []; i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            m = ESC.match(s, i)
            if not m:
                err(lineno, 'bad escape near %r' % s[i:i + 8]); out.append(c); i += 1; continue
            g = m.group(1)
            out.append('\n' if g == 'n' else '\t' if g == 't' else chr(int(g[1:], 16)))
            i = m.end(); continue
        out.append(c); i += 1
    return ''.join(out)

def parse_line(line, lineno):
    """returns (plain_text_with_spans_removed_markers, [(kind, value)], full_unescaped_text)"""
    for ch in line:
        if must_escape(ch):
            err(lineno, 'raw character U+%04X must be escaped' % ord(ch))
    spans = []; pieces = []; i = 0
    while True:
        j = line.find('{{', i)
        k = line.find('}}', i)
        if k != -1 and (j == -1 or k < j):
            err(lineno, 'stray }} outside a span'); 
        if j == -1:
            pieces.append(line[i:]); break
        pieces.append(line[i:j])
        c = line.find(':', j + 2)
        e = line.find('}}', j + 2)
        if c == -1 or e == -1 or c > e:
            err(lineno, 'malformed span'); pieces.append(line[j:]); break
        kind = line[j + 2:c]
        if kind not in KINDS:
            err(lineno, 'unknown kind %r' % kind)
        raw = line[c + 1:e]
        if '{{' in raw:
            err(lineno, 'nested span')
        if raw == '':
            err(lineno, 'empty span')
        spans.append((kind, unescape(raw, lineno)))
        pieces.append('\x00')
        i = e + 2
    text = unescape(''.join(pieces), lineno)
    return text, spans

# ------------------------------------------------------------------ value checks
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def digits_of(v):
    out = []
    for ch in unicodedata.normalize('NFKC', v):
        if ch.isdigit():
            try: out.append(str(unicodedata.digit(ch)))
            except (TypeError, ValueError): pass
    return ''.join(out)

WORDS = {w: str(i) for i, w in enumerate(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])}
def words_to_digits(v):
    toks = re.findall(r'[a-zA-Z]+', v)
    if toks and all(t.lower() in WORDS for t in toks):
        return ''.join(WORDS[t.lower()] for t in toks)
    return None

def try_b64(v):
    v = v.strip()
    if not re.fullmatch(r'[A-Za-z0-9+/]+={0,2}', v) or len(v) % 4:
        return None
    try:
        return base64.b64decode(v).decode('utf-8')
    except Exception:
        return None

TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100',
              '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881'}
def check_card(v):
    dg = digits_of(v)
    if not 13 <= len(dg) <= 19: return 'card has %d digits' % len(dg)
    if not luhn_ok(dg): return 'card fails Luhn'
    if dg in TEST_CARDS: return 'documented test card labelled'
    return None

def iban_ok(s):
    r = s[4:] + s[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False
SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
    'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'CH9300762011623852957',
    'AT611904300234573201', 'SE4550000000058398257466', 'GB29NWBK60161331926819'}
def norm_iban(v):
    v = unicodedata.normalize('NFKC', v)
    out = []
    for ch in v:
        if ch.isdigit(): out.append(str(unicodedata.digit(ch)))
        elif ch.isalpha() and ch.isascii(): out.append(ch.upper())
    return ''.join(out)
def check_iban(v):
    s = norm_iban(v)
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{11,30}', s): return 'IBAN shape %r' % s
    if not iban_ok(s): return 'IBAN fails mod 97'
    if s in SAMPLE_IBANS: return 'sample IBAN labelled'
    if s.startswith('BE'):
        b = s[4:]
        k = int(b[:10]) % 97 or 97
        if k != int(b[10:12]): return 'Belgian national check digits wrong'
    return None

def ssn_rules(dg):
    a, g, s = int(dg[:3]), int(dg[3:5]), int(dg[5:])
    if a == 0 or a == 666 or a >= 900: return 'SSN area %03d' % a
    if g == 0: return 'SSN group 00'
    if s == 0: return 'SSN serial 0000'
    if dg in ('078051120', '219099999', '123456789'): return 'advertising/sample SSN'
    return None
def check_ssn(v):
    dec = try_b64(v)
    if dec: v = dec
    w = words_to_digits(v)
    dg = w if w else digits_of(v)
    if len(dg) != 9: return 'SSN has %d digits' % len(dg)
    return ssn_rules(dg)

def nino_rules(s):
    if not re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', s): return 'NINO shape %r' % s
    if s[0] in 'DFIQUV' or s[1] in 'DFIOQUV' or s[:2] in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'): return 'NINO prefix %s' % s[:2]
    if s == 'QQ123456C': return 'sample NINO labelled'
    return None
def check_nino(v):
    s = ''.join(ch for ch in unicodedata.normalize('NFKC', v) if ch.isalnum()).upper()
    return nino_rules(s)

AT_WORDS = ['[at]', '(at)', ' at ', '(ät)', ' arobase ', ' arroba ', ' chiocciola ', ' apenstaartje ', ' snabel-a ', ' et ',
            ' собака ', ' равлик ', ' آت ', ' एट ', ' 골뱅이 ', ' 艾特 ', '[di]', '&#64;', '\\u0040', '=40', '%40']
DOT_WORDS = ['[dot]', '(dot)', ' dot ', '(punkt)', ' point ', ' punto ', ' punt ', ' punkt ', ' nokta ', ' точка ', ' крапка ',
             ' دوت ', ' डॉट ', ' 점 ', ' 点 ', '[titik]', '&#46;']
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+')
def email_candidates(v):
    yield v
    n = unicodedata.normalize('NFKC', v)
    n = ''.join(ch for ch in n if unicodedata.category(ch) != 'Cf').replace('\n', '')
    yield n
    yield n[::-1]
    yield urllib.parse.unquote(n)
    yield html.unescape(n)
    b = try_b64(n)
    if b: yield b
    m = n
    for w in AT_WORDS: m = m.replace(w, '@')
    for w in DOT_WORDS: m = m.replace(w, '.')
    yield m.replace(' ', '')
def check_email(v):
    for c in email_candidates(v):
        c = c.strip()
        if c.startswith('mailto:'): c = c[7:]
        if EMAIL_RE.fullmatch(c):
            dom = c.split('@')[1].lower()
            if dom in ('example.com', 'example.org', 'example.net'): return 'placeholder e-mail labelled'
            return None
    return 'not an e-mail address %r' % v

def check_phone(v):
    dec = try_b64(v)
    if dec: v = dec
    v = urllib.parse.unquote(v)
    w = words_to_digits(v)
    dg = w if w else digits_of(v)
    if not 7 <= len(dg) <= 15: return 'phone has %d digits' % len(dg)
    if re.search(r'555-?01\d\d$', v): return 'fictional 555-01xx labelled'
    return None

def check_ip(v):
    n = unicodedata.normalize('NFKC', v)
    n = ''.join(ch for ch in n if unicodedata.category(ch) != 'Cf')
    n = urllib.parse.unquote(n).replace('[.]', '.').replace(' dot ', '.')
    n = ''.join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in n)
    try:
        a = ipaddress.ip_address(n)
    except ValueError:
        return 'not an IP address %r' % v
    if str(a) in ('1.1.1.1', '9.9.9.9'): return 'public resolver labelled'
    for net in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'):
        if a in ipaddress.ip_network(net): return 'documentation address labelled'
    if a.is_loopback or a.is_unspecified: return 'loopback/unspecified labelled'
    return None

def check_dob(v):
    if not any(ch.isdigit() for ch in v): return 'birth date without digits'
    return None

def check_secret(v):
    if len(v.strip()) < 6: return 'secret shorter than 6 characters'
    if v.startswith('${') or v.startswith('{{'): return 'reference labelled as secret'
    return None

CHECK = {'card': check_card, 'iban': check_iban, 'ssn': check_ssn, 'nino': check_nino, 'email': check_email,
         'phone': check_phone, 'ip': check_ip, 'dob': check_dob, 'secret': check_secret}

# ------------------------------------------------------------------ scan of unlabelled text
CARD_RUN = re.compile(r'(?<![\d\w])(\d(?:[ -]?\d){12,18})(?![\d\w])')
IBAN_RUN = re.compile(r'(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30})(?![A-Za-z0-9])')
SSN_RUN = re.compile(r'(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])')
NINO_RUN = re.compile(r'(?<![A-Za-z0-9])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])')
EMAIL_SCAN = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}')
IPV4_SCAN = re.compile(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])')
def scan_unlabelled(text, lineno):
    for seg in text.split('\x00'):
        for m in CARD_RUN.finditer(IBAN_RUN.sub(' ', seg)):   # digits inside IBAN-shaped tokens are not cards
            groups = re.split(r'[ -]', m.group(1))
            cands = set()
            for i in range(len(groups)):          # every run of consecutive digit groups
                for j in range(i + 1, len(groups) + 1):
                    w = groups[i:j]
                    # card-like grouping only: one block, 4-4-4-..., or the 4-6-5 Amex layout
                    if len(w) == 1 or all(len(g) == 4 for g in w[:-1]) or [len(g) for g in w] == [4, 6, 5]:
                        cands.add(''.join(w))
            for dg in sorted(cands):
                if 13 <= len(dg) <= 19 and dg[0] in '23456' and luhn_ok(dg) and dg not in TEST_CARDS:
                    err(lineno, 'unlabelled Luhn-valid card-like number %s in %s' % (dg, m.group(1)))
        for m in IBAN_RUN.finditer(seg):
            s = m.group(1).replace(' ', '')
            # trim trailing letters/digits beyond country length is not attempted: exact run only
            if iban_ok(s) and s not in SAMPLE_IBANS:
                err(lineno, 'unlabelled valid IBAN %s' % m.group(1))
        for m in SSN_RUN.finditer(seg):
            dg = ''.join(m.groups())
            if ssn_rules(dg) is None:
                err(lineno, 'unlabelled valid SSN %s' % m.group(0))
        for m in NINO_RUN.finditer(seg):
            if nino_rules(''.join(m.groups())) is None:
                err(lineno, 'unlabelled valid NINO %s' % m.group(0))
        for m in EMAIL_SCAN.finditer(seg):
            dom = m.group(0).split('@')[1].lower()
            if re.search(r'Message-ID: <$', seg[:m.start()], re.I):
                continue  # a Message-ID is an identifier, not a mailbox (planted look-alike)
            if dom not in ('example.com', 'example.org', 'example.net'):
                err(lineno, 'unlabelled e-mail address %s' % m.group(0))
        for m in IPV4_SCAN.finditer(seg):
            try:
                a = ipaddress.ip_address(m.group(1))
            except ValueError:
                continue
            s = str(a)
            if re.search(r'(version|firmware|fw|SIP-T\w+)\W{0,3}$', seg[max(0, m.start() - 30):m.start()], re.I):
                continue  # four-part version string (planted look-alike)
            doc = any(a in ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'))
            if doc or s in ('1.1.1.1', '9.9.9.9') or a.is_loopback or a.is_unspecified: continue
            if s.startswith('255.') or s.startswith('0.') or s.endswith('.0') or s.endswith('.255'): continue  # masks, wildcards, networks
            err(lineno, 'unlabelled IPv4 address %s' % s)

# ------------------------------------------------------------------ main
def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt')
    with open(path, encoding='utf-8') as fh:
        data = fh.read()
    if '\r' in data:
        err(0, 'carriage return in file')
    lines = data.split('\n')
    fam = None; expect_la = False
    fam_samples = collections.OrderedDict(); fam_la = {}; fam_kinds = collections.defaultdict(collections.Counter)
    kinds = collections.Counter(); n_samples = 0
    for lineno, line in enumerate(lines, 1):
        if line.startswith('# family:'):
            if expect_la: err(lineno, 'family without look-alikes line')
            fam = line[len('# family:'):].strip()
            if fam in fam_samples: err(lineno, 'duplicate family %s' % fam)
            fam_samples[fam] = 0; expect_la = True
            continue
        if line.startswith('# look-alikes:'):
            if not expect_la: err(lineno, 'look-alikes line not directly after a family line')
            try:
                fam_la[fam] = int(line.split(':', 1)[1])
            except ValueError:
                err(lineno, 'bad look-alikes count')
            expect_la = False
            continue
        if line.startswith('#') or line.strip() == '':
            continue
        if expect_la: err(lineno, 'sample before look-alikes line')
        if fam is None: err(lineno, 'sample outside a family'); continue
        text, spans = parse_line(line, lineno)
        n_samples += 1; fam_samples[fam] += 1
        for kind, val in spans:
            kinds[kind] += 1; fam_kinds[fam][kind] += 1
            if kind in CHECK:
                problem = CHECK[kind](val)
                if problem: err(lineno, '%s span %r: %s' % (kind, val[:60], problem))
        scan_unlabelled(text, lineno)
    if expect_la: err(len(lines), 'family without look-alikes line at end of file')
    total_la = sum(fam_la.values())
    print('samples: %d   families: %d   labelled spans: %d   planted look-alikes: %d' % (n_samples, len(fam_samples), sum(kinds.values()), total_la))
    print('by kind: ' + ', '.join('%s=%d' % (k, kinds[k]) for k in KINDS))
    print()
    print('%-26s %7s %5s  %s' % ('family', 'samples', 'look', 'spans by kind'))
    for f, n in fam_samples.items():
        print('%-26s %7d %5d  %s' % (f, n, fam_la.get(f, 0), ' '.join('%s=%d' % kv for kv in sorted(fam_kinds[f].items()))))
    if errors:
        print('\n%d error(s):' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: no errors')

if __name__ == '__main__':
    main()
