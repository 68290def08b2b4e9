#!/usr/bin/env python3
"""Validate set.txt (pii-c11): format, escaping, checksums of labelled values, and that the
unlabelled text carries no valid card / IBAN / SSN / NINO / e-mail / public IPv4. Exit 1 on any error."""
import base64, binascii, html, ipaddress, re, sys, unicodedata, urllib.parse
from collections import Counter, defaultdict

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
path = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/set.txt'
errors = []
def err(ln, msg): errors.append('line %d: %s' % (ln, msg))

def must_escape(c):
    o = ord(c)
    if c == '\\' or c == '\n' or c == '\t': return True
    cat = unicodedata.category(c)
    return (cat in ('Cc', 'Cf', 'Zs', 'Zl', 'Zp', 'Co', 'Cs') and c != ' ') or 0xFF01 <= o <= 0xFFEE or o in (0x034F, 0x3164, 0x115F, 0x1160, 0xFFA0)

def unescape(s, ln):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            if s[i:i + 2] == '\\n': out.append('\n'); i += 2; continue
            if s[i:i + 2] == '\\t': out.append('\t'); i += 2; continue
            m = re.match(r'\\u([0-9A-Fa-f]{4})', s[i:])
            if m: out.append(chr(int(m.group(1), 16))); i += 6; continue
            err(ln, 'bad escape %r' % s[i:i + 6]); i += 1; continue
        if must_escape(c): err(ln, 'unescaped character U+%04X' % ord(c))
        out.append(c); i += 1
    return ''.join(out)

def parse(line, ln):
    parts, pos = [], 0
    if line.startswith('#'): err(ln, 'sample starts with raw #')
    while True:
        i = line.find('{{', pos)
        j = line.find('}}', pos)
        if j != -1 and (i == -1 or j < i): err(ln, 'stray }}'); 
        if i == -1:
            parts.append(('t', unescape(line[pos:], ln))); break
        parts.append(('t', unescape(line[pos:i], ln)))
        k = line.find(':', i)
        kind = line[i + 2:k] if k != -1 else ''
        if kind not in KINDS: err(ln, 'unknown kind %r' % kind[:20]); return parts
        e = line.find('}}', k)
        if e == -1: err(ln, 'unclosed span'); return parts
        body = line[k + 1:e]
        if '{{' in body: err(ln, 'nested span')
        if line[e:e + 3] == '}}}': err(ln, 'ambiguous }}}')
        val = unescape(body, ln)
        if not val or val != val.strip(' '): err(ln, 'empty span or span with outer spaces')
        parts.append(('s', kind, val)); pos = e + 2
    return parts

# ---------------------------------------------------------------- checksum helpers
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0
def iban_ok(s):
    r = s[4:] + s[:4]
    try: return int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1
    except ValueError: return False
def be_ok(s):
    b = s[4:]; return len(b) == 12 and b.isdigit() and (int(b[:10]) % 97 or 97) == int(b[10:])
def ssn_ok(d):
    a, g, s = d[:3], d[3:5], d[5:]
    return a != '000' and a != '666' and not a.startswith('9') and g != '00' and s != '0000' and d not in ('078051120', '219099999', '123456789')
NA, NB, NBAD = set('ABCEGHJKLMNOPRSTWXYZ'), set('ABCEGHJKLMNPRSTWXYZ'), {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
def nino_ok(s):
    return bool(re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', s)) and s[0] in NA and s[1] in NB and s[:2] not in NBAD
NUMWORDS = {}
for lang in ['zero one two three four five six seven eight nine', 'cero uno dos tres cuatro cinco seis siete ocho nueve',
             'zéro un deux trois quatre cinq six sept huit neuf', 'null eins zwei drei vier fünf sechs sieben acht neun',
             'ноль один два три четыре пять шесть семь восемь девять', 'zero uno due tre quattro cinque sei sette otto nove']:
    for i, w in enumerate(lang.split()): NUMWORDS[w] = str(i)
ZW = dict.fromkeys(map(ord, '\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f'), None)
def variants(s):
    s0 = s.translate(ZW)
    out = [s0, unicodedata.normalize('NFKC', s0)]
    try:
        b = base64.b64decode(s0, validate=True).decode('ascii')
        if b.isprintable(): out.append(b)
    except (binascii.Error, ValueError, UnicodeDecodeError): pass
    out.append(urllib.parse.unquote(s0)); out.append(html.unescape(s0)); out.append(s0[::-1])
    out.append(s0.replace('\\u0040', '@').replace('=40', '@'))
    return out
def digits_of(s):
    s = ' '.join(NUMWORDS.get(w.lower().strip(',.'), w) for w in s.split())
    out = ''
    for c in s:
        d = unicodedata.digit(c, None)
        if d is not None: out += str(d)
    return out
def compact(s): return re.sub(r'[\s\-./()+]', '', s)

EMAIL_RE = re.compile(r'^[\w.+\-]+@[\w\-]+(\.[\w\-]+)+$')
OBF_AT = ['[at]', '(at)', ' at ', 'arobase', 'arroba', '(ät)', 'chiocciola', 'apenstaartje', 'собака', 'małpa', '#', '★', '(a)']
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444'}
SAMPLE_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819'}
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]

def check_sample(parts, ln, fam):
    spans = [p for p in parts if p[0] == 's']
    by = defaultdict(list)
    for p in spans: by[p[1]].append(p[2])
    # card / ssn / iban: join split pieces greedily
    for kind, need in (('card', (13, 19)), ('ssn', (9, 9))):
        acc = ''
        for v in by[kind]:
            ds = ''
            for cand in variants(v):
                ds = digits_of(cand)
                if need[0] <= len(ds) <= need[1] or (acc and need[0] <= len(acc + ds) <= need[1]): break
            acc += ds
            if len(acc) < need[0]: continue
            if len(acc) > need[1]: err(ln, '%s span has %d digits' % (kind, len(acc))); acc = ''; continue
            if kind == 'card':
                if not luhn_ok(acc): err(ln, 'card fails Luhn: ' + acc[:4] + '…')
                if acc in TEST_CARDS: err(ln, 'labelled test card')
            else:
                if not ssn_ok(acc): err(ln, 'invalid SSN labelled')
            acc = ''
        if acc: err(ln, '%s span incomplete (%d digits)' % (kind, len(acc)))
    acc = ''
    for v in by['iban']:
        for cand in variants(v):
            c = compact(unicodedata.normalize('NFKC', cand)).upper()
            if re.fullmatch(r'[A-Z0-9]+', c) and (re.match(r'[A-Z]{2}\d{2}', c) or acc): break
        acc += c
        if len(acc) < 15: continue
        if not iban_ok(acc): err(ln, 'IBAN fails mod-97')
        if acc.startswith('BE') and not be_ok(acc): err(ln, 'BE national check fails')
        if acc in SAMPLE_IBANS: err(ln, 'labelled sample IBAN')
        acc = ''
    if acc: err(ln, 'IBAN span incomplete')
    for v in by['nino']:
        if not any(nino_ok(compact(unicodedata.normalize('NFKC', c)).upper()) for c in variants(v)): err(ln, 'invalid NINO labelled')
    for v in by['email']:
        ok = any(EMAIL_RE.match(c.replace('\n', '')) for c in variants(v)) or any(t in v for t in OBF_AT) or '＠' in v or len(by['email']) > 1
        if not ok: err(ln, 'email span not recognisable: %r' % v[:30])
        if re.search(r'@example\.(com|org)$', v): err(ln, 'labelled example.com address')
    for v in by['phone']:
        lens = [len(digits_of(c)) for c in variants(v)]
        if not any(7 <= n <= 15 for n in lens) and not (len(by['phone']) > 1 and max(lens) >= 3): err(ln, 'phone has %s digits' % lens)
        if re.search(r'555-?01\d\d', v): err(ln, 'labelled 555-01xx')
    for v in by['ip']:
        good = False
        for c in variants(v):
            c = unicodedata.normalize('NFKC', c).replace('[.]', '.').replace(' dot ', '.')
            c = ''.join(str(unicodedata.digit(x)) if unicodedata.digit(x, None) is not None else x for x in c)
            try: a = ipaddress.ip_address(c)
            except ValueError: continue
            if a.is_global and not any(a in n for n in DOC_NETS) and str(a) not in ('1.1.1.1', '9.9.9.9'): good = True; break
        if not good: err(ln, 'ip span not a global address: %r' % v[:40])
    for v in by['dob']:
        if not digits_of(unicodedata.normalize('NFKC', v)) and not re.search(r'\d', v): err(ln, 'dob without digits')
    for v in by['secret']:
        if 'BEGIN' in v and not (v.startswith('-----BEGIN') and re.search(r'-----END [A-Z ]+-----(\\n)?$', v)): err(ln, 'PEM span not BEGIN..END')
        if 'EXAMPLE' in v: err(ln, 'labelled documented example key')
    # ---- negatives: nothing valid outside spans
    neg = '\x00'.join(p[1] for p in parts if p[0] == 't')
    negn = unicodedata.normalize('NFKC', neg)
    for m in re.finditer(r'(?<![\w-])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ -])\d{6}\3\d{5})(?![\w-])', negn):
        d = re.sub(r'\D', '', m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS: err(ln, 'Luhn-valid number in negative text')
    for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])', negn):
        c = m.group(1).replace(' ', '')
        if iban_ok(c) and c not in SAMPLE_IBANS: err(ln, 'valid IBAN in negative text')
    for m in re.finditer(r'(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])', negn):
        if ssn_ok(''.join(m.groups())): err(ln, 'valid SSN in negative text')
    for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])', negn):
        if nino_ok(''.join(m.groups())): err(ln, 'valid NINO in negative text')
    for m in re.finditer(r'[\w.+\-]+@([\w\-]+(?:\.[\w\-]+)+)', negn):
        dom = m.group(1)
        if re.fullmatch(r'[\w.]*[0-9a-f]{12}\.\d{10}@.*', m.group(0)): continue  # Message-ID, not an address
        if re.search(r'(^|\.)example\.(com|org|net)$', dom): continue
        try:
            if any(ipaddress.ip_address(dom) in n for n in DOC_NETS): continue
        except ValueError: pass
        err(ln, 'e-mail address in negative text: @' + dom)
    for m in re.finditer(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]|/)', negn):
        try: a = ipaddress.ip_address(m.group(1))
        except ValueError: continue
        if str(a) in ('1.1.1.1', '9.9.9.9') or any(a in n for n in DOC_NETS) or str(a).startswith('255.') or str(a) == '0.0.0.0': continue
        err(ln, 'IPv4 address in negative text: ' + str(a))

def main():
    lines = open(path, encoding='utf-8').read().split('\n')
    fam, expect_la = None, False
    kinds, fam_kinds, fam_n, fam_la = Counter(), defaultdict(Counter), Counter(), {}
    nsamples = 0
    for ln, line in enumerate(lines, 1):
        if line.endswith('\r'): err(ln, 'CR line ending')
        if line.startswith('# family: '):
            fam = line[10:].strip()
            if fam in fam_la: err(ln, 'duplicate family ' + fam)
            fam_la[fam] = None; expect_la = True; continue
        if expect_la:
            m = re.fullmatch(r'# look-alikes: (\d+)', line)
            if not m: err(ln, 'family not followed by # look-alikes: N')
            else: fam_la[fam] = int(m.group(1))
            expect_la = False; continue
        if not line.strip() or line.startswith('#'): continue
        if fam is None: err(ln, 'sample before first family')
        nsamples += 1; fam_n[fam] += 1
        parts = parse(line, ln)
        for p in parts:
            if p[0] == 's': kinds[p[1]] += 1; fam_kinds[fam][p[1]] += 1
        check_sample(parts, ln, fam)
    print('samples: %d  families: %d  labelled spans: %d  planted look-alikes: %d' % (nsamples, len(fam_la), sum(kinds.values()), sum(v or 0 for v in fam_la.values())))
    print('by kind: ' + ', '.join('%s %d' % (k, kinds[k]) for k in KINDS))
    for f in fam_la:
        print('  %-28s samples %3d  look-alikes %3d  %s' % (f, fam_n[f], fam_la[f] or 0, ' '.join('%s=%d' % (k, fam_kinds[f][k]) for k in KINDS if fam_kinds[f][k])))
    if errors:
        print('\n%d error(s):' % len(errors)); print('\n'.join(errors[:200])); sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
