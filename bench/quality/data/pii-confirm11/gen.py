#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c11.
Standard library only. One random.Random(11521). Run: python3 gen.py  -> writes set.txt"""
import base64, json, os, re, sys, unicodedata, random, urllib.parse

R = random.Random(11521)
KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')

# ---------------------------------------------------------------- helpers
def digits(n): return ''.join(str(R.randint(0, 9)) for _ in range(n))
def pick(seq): return R.choice(seq)
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'; LO = 'abcdefghijklmnopqrstuvwxyz'; DG = '0123456789'
AN = UP + LO + DG
def rs(n, alpha=AN): return ''.join(R.choice(alpha) for _ in range(n))
def rbytes(n): return bytes(R.randrange(256) for _ in range(n))
def b64(b): return base64.b64encode(b if isinstance(b, bytes) else b.encode()).decode()
def b64u(b): return base64.urlsafe_b64encode(b if isinstance(b, bytes) else b.encode()).decode().rstrip('=')

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0

def group(s, sizes, sep):
    out, i = [], 0
    for z in sizes:
        if i >= len(s): break
        out.append(s[i:i + z]); i += z
    if i < len(s): out.append(s[i:])
    return sep.join(out)

ARABIC = '٠١٢٣٤٥٦٧٨٩'; PERSIAN = '۰۱۲۳۴۵۶۷۸۹'; DEVA = '०१२३४५६७८९'; THAI = '๐๑๒๓๔๕๖๗๘๙'; BENG = '০১২৩৪৫৬৭৮৯'
def tr_digits(s, table): return ''.join(table[int(c)] if c.isdigit() and c in DG else c for c in s)
def fullwidth(s): return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)
WORDS_EN = 'zero one two three four five six seven eight nine'.split()
WORDS = {'en': WORDS_EN, 'fr': 'zéro un deux trois quatre cinq six sept huit neuf'.split(),
         'de': 'null eins zwei drei vier fünf sechs sieben acht neun'.split(),
         'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(),
         'ru': 'ноль один два три четыре пять шесть семь восемь девять'.split(),
         'it': 'zero uno due tre quattro cinque sei sette otto nove'.split()}
def spell(s, lang='en', sep=' '):
    return sep.join(WORDS[lang][int(c)] if c in DG else c for c in s if c not in ' -')
def zw_insert(s, ch='\u200b', every=3):
    return ''.join(c + (ch if (i % every == every - 1 and i < len(s) - 1) else '') for i, c in enumerate(s))

# ---------------------------------------------------------------- names / domains
NAMES = {
 'en': ['james.walker', 'emily.r.carter', 'mhughes', 'sarah_oconnell', 'd.patel', 'kevin.moreno88', 'lisa.chen', 'tbrennan', 'amanda.fox', 'rob.k', 'jennifer.ly', 'marcus.hill', 'nicole.b', 'grace.adeyemi', 'owen.price', 'hannah.w'],
 'de': ['j.mueller', 'katrin.schmidt', 'lukas.becker', 'anna-lena.wolf', 'tobias.krause', 'm.hoffmann', 'sabine.k', 'felix.schulz'],
 'fr': ['julie.martin', 'p.dubois', 'camille.leroy', 'thomas.bernard', 'm.lefevre', 'chloe.moreau', 'antoine.g'],
 'es': ['lucia.garcia', 'jmartinez', 'carmen.lopez', 'alejandro.ruiz', 'marta.sanchez', 'pablo.ortega'],
 'it': ['giulia.rossi', 'marco.bianchi', 'f.esposito', 'chiara.romano', 'luca.ferrari'],
 'pt': ['ana.souza', 'joao.pereira', 'mariana.costa', 'rafael.lima', 'beatriz.alves'],
 'nl': ['sanne.devries', 'j.jansen', 'daan.bakker', 'lotte.visser', 'ruben.smit'],
 'pl': ['anna.kowalska', 'p.nowak', 'tomasz.wisniewski', 'kasia.wojcik', 'marek.lewandowski'],
 'ru': ['ivan.petrov', 'a.smirnova', 'dmitry.kuznetsov', 'olga.volkova', 'sergey.ivanov85'],
 'ua': ['oksana.shevchenko', 'taras.bondarenko', 'i.kovalenko'],
 'zh': ['zhangwei88', 'li.na', 'wang.fang', 'liuyang2019', 'chen.jie', 'zhao_lei'],
 'ja': ['tanaka.hiroshi', 'y.suzuki', 'sato.yuki', 'kobayashi.ken', 'takahashi.m'],
 'ko': ['kim.minjun', 'lee.seoyeon', 'park.jh', 'choi.yuna', 'jung.hoon'],
 'ar': ['ahmed.alharbi', 'm.elsayed', 'fatima.alqahtani', 'omar.khalil', 'layla.n'],
 'he': ['noam.cohen', 'yael.levi', 'a.mizrahi', 'tamar.friedman'],
 'hi': ['rahul.sharma', 'priya.verma', 'a.gupta', 'neha.singh', 'vikram.rao'],
 'tr': ['mehmet.yilmaz', 'ayse.kaya', 'emre.demir', 'zeynep.celik'],
 'el': ['giorgos.papadopoulos', 'maria.nikolaou', 'k.dimitriou'],
 'th': ['somchai.s', 'nattaya.k', 'pimchanok.w'], 'vi': ['nguyen.van.an', 'tran.thi.lan', 'le.minh'],
 'id': ['budi.santoso', 'siti.rahma', 'agus.w'], 'sv': ['erik.lindqvist', 'sara.nilsson', 'johan.b'],
 'cs': ['jan.novak', 'petra.svobodova', 'tomas.dvorak'], 'hu': ['nagy.peter', 'kiss.anna'], 'ro': ['andrei.popescu', 'ioana.ionescu'],
 'da': ['mette.hansen', 'soren.j'], 'no': ['ingrid.olsen', 'lars.haugen'], 'fa': ['reza.ahmadi', 'sara.karimi'],
}
DOMAINS = {
 'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'protonmail.com', 'brightlane.io', 'harborview-health.org', 'kestrel-analytics.com', 'mapleridge.edu', 'fastmail.fm'],
 'de': ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'muellerbau-gmbh.de'], 'fr': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'atelier-lumiere.fr'],
 'es': ['telefonica.net', 'gmail.com', 'hotmail.es', 'construcciones-ibarra.es'], 'it': ['libero.it', 'virgilio.it', 'tiscali.it', 'studiolegale-conti.it'],
 'pt': ['uol.com.br', 'bol.com.br', 'terra.com.br', 'sapo.pt'], 'nl': ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'], 'pl': ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'], 'ua': ['ukr.net', 'i.ua'], 'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'aliyun.com'],
 'ja': ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'nifty.com'], 'ko': ['naver.com', 'daum.net', 'hanmail.net'], 'ar': ['gmail.com', 'yahoo.com', 'outlook.sa'],
 'he': ['walla.co.il', 'gmail.com', 'bezeqint.net'], 'hi': ['rediffmail.com', 'gmail.com', 'yahoo.co.in'], 'tr': ['hotmail.com', 'yandex.com.tr', 'gmail.com'],
 'el': ['otenet.gr', 'yahoo.gr'], 'th': ['hotmail.com', 'gmail.com'], 'vi': ['gmail.com', 'yahoo.com.vn'], 'id': ['yahoo.co.id', 'gmail.com'],
 'sv': ['telia.com', 'bredband.net'], 'cs': ['seznam.cz', 'email.cz'], 'hu': ['freemail.hu', 'citromail.hu'], 'ro': ['yahoo.ro', 'gmail.com'],
 'da': ['mail.dk', 'jubii.dk'], 'no': ['online.no', 'hotmail.no'], 'fa': ['gmail.com', 'chmail.ir'],
}
_last = {}

def gen_email(style):
    fmt, _, reg = style.partition('/')
    reg = reg or 'en'
    local = pick(NAMES[reg]); dom = pick(DOMAINS[reg])
    if fmt == 'plus': local += '+' + pick(['orders', 'news', 'bank', 'shop', 'spam'])
    addr = local + '@' + dom
    name, _, tld = dom.rpartition('.') if False else (None, None, None)
    def dotted(word):
        return (' ' + word + ' ').join(dom.split('.'))
    if fmt in ('plain', 'plus'): v = addr
    elif fmt == 'upper': v = addr.upper()
    elif fmt == 'at': v = local + ' [at] ' + ' [dot] '.join(dom.split('.'))
    elif fmt == 'paren': v = local + '(at)' + '(dot)'.join(dom.split('.'))
    elif fmt == 'curly': v = local + ' (a) ' + dom
    elif fmt == 'words': v = local.replace('.', ' dot ') + ' at ' + dotted('dot')
    elif fmt == 'fr': v = local + ' arobase ' + dotted('point')
    elif fmt == 'es': v = local + ' arroba ' + dotted('punto')
    elif fmt == 'de': v = local + ' (ät) ' + dotted('punkt')
    elif fmt == 'it': v = local + ' chiocciola ' + dotted('punto')
    elif fmt == 'nl': v = local + ' apenstaartje ' + dotted('punt')
    elif fmt == 'ru': v = local + ' собака ' + dotted('точка')
    elif fmt == 'pl': v = local + ' małpa ' + dotted('kropka')
    elif fmt == 'ja': v = local + '＠' + dom
    elif fmt == 'hash': v = local + '#' + dom
    elif fmt == 'star': v = local + '★' + dom
    elif fmt == 'fw': v = fullwidth(addr)
    elif fmt == 'zw': v = local + '\u200b@\u200b' + dom
    elif fmt == 'shy': v = local[:3] + '\u00ad' + local[3:] + '@' + dom
    elif fmt == 'pct': v = urllib.parse.quote(addr, safe='')
    elif fmt == 'b64': v = b64(addr)
    elif fmt == 'html': v = addr.replace('@', '&#64;').replace('.', '&#46;')
    elif fmt == 'jsonu': v = addr.replace('@', '\\u0040')
    elif fmt == 'qp': v = addr.replace('@', '=40')
    elif fmt == 'rev': v = addr[::-1]
    elif fmt == 'nl2': v = local + '@\n' + dom
    elif fmt == 'split': v = (local, dom)
    elif fmt == 'mailto': v = addr
    else: raise KeyError(fmt)
    _last['email'] = addr
    return v

# ---- phones: national significant formats
def _ph(cc):
    d = digits
    if cc == 'us':
        while True:
            a = str(R.randint(2, 9)) + d(2); ex = str(R.randint(2, 9)) + d(2)
            if ex != '555' and a[1:] != '11' and ex[1:] != '11': break
        return '(%s) %s-%s' % (a, ex, d(4)), '+1 %s %s %s' % (a, ex, None)
    raise KeyError
def gen_phone(style):
    cc, _, mod = style.partition('_')
    d = digits
    def usnum():
        while True:
            a = str(R.randint(2, 9)) + d(2); ex = str(R.randint(2, 9)) + d(2)
            if ex != '555' and a[1:] != '11' and ex[1:] != '11' and a not in ('800', '888', '877', '866', '900'): return a, ex, d(4)
    if cc == 'us': a, e, l = usnum(); v = pick(['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '+1-%s-%s-%s']) % (a, e, l)
    elif cc == 'usp': a, e, l = usnum(); v = '(%s) %s-%s' % (a, e, l)
    elif cc == 'usd': a, e, l = usnum(); v = '%s-%s-%s' % (a, e, l)
    elif cc == 'usi': a, e, l = usnum(); v = '+1 %s %s %s' % (a, e, l)
    elif cc == 'uk': v = pick(['+44 7%s %s', '07%s %s', '+44 (0)7%s %s']) % (d(3), d(6))
    elif cc == 'ukl': v = pick(['020 %s %s', '0161 %s %s', '0131 %s %s']) % (d(3) if False else str(R.randint(2, 8)) + d(3), d(4))
    elif cc == 'de': v = pick(['+49 15%s %s', '+49 (0)17%s %s', '017%s %s', '0151 %s'  ]) % ((d(1), d(7)) if True else ()) if False else pick(['+49 151 %s %s' % (d(4), d(4)), '0176 %s' % d(8), '+49 30 %s' % d(8), '+49 (0)89 %s-%s' % (d(4), d(3)), '0171/%s' % d(7)])
    elif cc == 'at': v = '+43 664 %s %s' % (d(3), d(4))
    elif cc == 'ch': v = '+41 79 %s %s %s' % (d(3), d(2), d(2))
    elif cc == 'fr': v = pick(['06 %s %s %s %s', '+33 6 %s %s %s %s', '07.%s.%s.%s.%s', '01 %s %s %s %s']) % (d(2), d(2), d(2), d(2))
    elif cc == 'be': v = '+32 47%s %s %s %s' % (d(1), d(2), d(2), d(2))
    elif cc == 'es': v = pick(['+34 6%s %s %s', '6%s %s %s', '+34 91 %s %s']) % ((d(2), d(3), d(3)) if True else ()) if False else pick(['+34 6%s %s %s' % (d(2), d(3), d(3)), '6%s %s %s' % (d(2), d(3), d(3)), '+34 91 %s %s %s' % (d(3), d(2), d(2))])
    elif cc == 'mx': v = '+52 55 %s %s' % (d(4), d(4))
    elif cc == 'ar': v = '+54 9 11 %s-%s' % (d(4), d(4))
    elif cc == 'it': v = pick(['+39 3%s %s %s' % (d(2), d(3), d(4)), '3%s %s%s' % (d(2), d(3), d(4)), '+39 06 %s %s' % (d(4), d(4))])
    elif cc == 'pt': v = '+351 9%s %s %s' % (d(2), d(3), d(3))
    elif cc == 'br': v = pick(['+55 11 9%s-%s' % (d(4), d(4)), '(21) 9%s-%s' % (d(4), d(4)), '+55 (31) 9%s-%s' % (d(4), d(4))])
    elif cc == 'nl': v = pick(['+31 6 %s %s' % (d(4), d(4)), '06-%s' % d(8), '020 %s %s' % (d(3), d(4))])
    elif cc == 'pl': v = pick(['+48 %s %s %s' % ('5' + d(2), d(3), d(3)), '%s-%s-%s' % ('6' + d(2), d(3), d(3)), '+48 22 %s %s %s' % (d(3), d(2), d(2))])
    elif cc == 'ru': v = pick(['+7 (9%s) %s-%s-%s' % (d(2), d(3), d(2), d(2)), '8 9%s %s-%s-%s' % (d(2), d(3), d(2), d(2)), '+7 495 %s-%s-%s' % (d(3), d(2), d(2))])
    elif cc == 'ua': v = '+380 (6%s) %s %s %s' % (d(1), d(3), d(2), d(2))
    elif cc == 'jp': v = pick(['090-%s-%s' % (d(4), d(4)), '080-%s-%s' % (d(4), d(4)), '03-%s-%s' % (d(4), d(4)), '+81 90 %s %s' % (d(4), d(4))])
    elif cc == 'cn': v = pick(['1%s%s %s %s' % (pick('3589'), d(1), d(4), d(4)), '+86 13%s %s %s' % (d(1), d(4), d(4)), '1%s%s-%s-%s' % (pick('3578'), d(1), d(4), d(4)), '1%s%s' % (pick('3589'), d(9))])
    elif cc == 'hk': v = '+852 %s %s' % (pick('569') + d(3), d(4))
    elif cc == 'tw': v = '09%s-%s-%s' % (d(2), d(3), d(3))
    elif cc == 'kr': v = pick(['010-%s-%s' % (d(4), d(4)), '+82 10-%s-%s' % (d(4), d(4)), '02-%s-%s' % (d(3), d(4))])
    elif cc == 'in': v = pick(['+91 9%s %s' % (d(4), d(5)), '+91-8%s%s' % (d(4), d(5)), '09%s %s' % (d(4), d(5)), '7%s%s' % (d(4), d(5))])
    elif cc == 'tr': v = pick(['+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2)), '0 (5%s) %s %s %s' % (d(2), d(3), d(2), d(2)), '05%s %s %s %s' % (d(2), d(3), d(2), d(2))])
    elif cc == 'ae': v = pick(['+971 5%s %s %s' % (pick('024568'), d(3), d(4)), '05%s %s %s' % (pick('0245'), d(3), d(4))])
    elif cc == 'sa': v = '+966 5%s %s %s' % (d(1), d(3), d(4))
    elif cc == 'eg': v = '+20 1%s %s %s' % (pick('0125'), d(4), d(4))
    elif cc == 'il': v = pick(['+972 5%s-%s-%s' % (pick('02348'), d(3), d(4)), '05%s-%s' % (pick('02348'), d(7))])
    elif cc == 'gr': v = '+30 69%s %s %s' % (d(1), d(3), d(4))
    elif cc == 'th': v = pick(['08%s-%s-%s' % (d(1), d(3), d(4)), '+66 8%s %s %s' % (d(1), d(3), d(4))])
    elif cc == 'vn': v = pick(['09%s %s %s' % (d(1), d(3), d(3)), '+84 9%s %s %s' % (d(1), d(3), d(3))])
    elif cc == 'id': v = pick(['0812-%s-%s' % (d(4), d(4)), '+62 813 %s %s' % (d(4), d(4))])
    elif cc == 'se': v = '070-%s %s %s' % (d(3), d(2), d(2))
    elif cc == 'no': v = '+47 %s %s %s' % (pick('49') + d(2), d(2), d(3))
    elif cc == 'dk': v = '+45 %s %s %s %s' % (d(2), d(2), d(2), d(2))
    elif cc == 'cz': v = '+420 6%s %s %s' % (d(2), d(3), d(3))
    elif cc == 'hu': v = '+36 30 %s %s' % (d(3), d(4))
    elif cc == 'ro': v = '07%s %s %s' % (d(2), d(3), d(3))
    elif cc == 'ir': v = '09%s %s %s' % (d(2), d(3), d(4))
    elif cc == 'ng': v = '+234 80%s %s %s' % (d(1), d(3), d(4))
    elif cc == 'au': v = '+61 4%s %s %s' % (d(2), d(3), d(3))
    elif cc == 'ca': a, e, l = usnum(); v = '+1 (%s) %s-%s' % (a, e, l)
    else: raise KeyError(cc)
    if mod == 'spelled': v = spell(v.replace('+', 'plus '), 'en')
    elif mod in WORDS: v = spell(v.replace('+', ''), mod)
    elif mod == 'arabic': v = tr_digits(v, ARABIC)
    elif mod == 'persian': v = tr_digits(v, PERSIAN)
    elif mod == 'deva': v = tr_digits(v, DEVA)
    elif mod == 'thai': v = tr_digits(v, THAI)
    elif mod == 'fw': v = fullwidth(v)
    elif mod == 'zw': v = zw_insert(v.replace(' ', ''), '\u200b', 3)
    elif mod == 'nbsp': v = v.replace(' ', '\u00a0')
    elif mod == 'nl':
        k = len(v) // 2; v = v[:k] + '\n' + v[k:]
    elif mod == 'dots': v = re.sub(r'[ \-]', '.', v)
    elif mod == 'sp': v = ' '.join(c for c in v if c != ' ')
    elif mod == 'split':
        k = len(v) // 2
        while v[k] not in ' -': k += 1
        v = (v[:k], v[k + 1:])
    elif mod == 'tel': v = 'tel:' + re.sub(r'[ ()\-.]', '', v) if False else re.sub(r'[ ()\-.]', '', v)
    elif mod == 'pct': v = urllib.parse.quote(v, safe='')
    elif mod == 'b64': v = b64(v)
    elif mod: raise KeyError(mod)
    return v

# ---- cards
TEST_PREFIXES = ('4242424242', '4111111111', '5555555555', '4000056655', '378282246', '6011111111', '5105105105', '4012888888')
def card_number(brand):
    spec = {'visa': (['4'], 16), 'mc': (['51', '52', '53', '54', '55', '2221', '2300', '2500', '2720'], 16), 'amex': (['34', '37'], 15),
            'disc': (['6011', '65', '644'], 16), 'jcb': (['3528', '3540', '3566', '3589'], 16), 'up': (['62'], 16), 'diners': (['36', '38'], 14),
            'maestro': (['6759', '5018'], 19), 'mir': (['2200', '2202'], 16), 'visa13': (['4'], 13)}[brand]
    while True:
        p = pick(spec[0]); body = p + digits(spec[1] - len(p) - 1)
        for c in DG:
            if luhn_ok(body + c): n = body + c; break
        if not n.startswith(TEST_PREFIXES) and not n.startswith('4242'): return n
def gen_card(style):
    brand, _, mod = style.partition('_')
    n = card_number(brand)
    sizes = [4, 6, 5] if len(n) == 15 else ([4, 6, 4] if len(n) == 14 else [4, 4, 4, 4, 3])
    if mod == '': v = n
    elif mod == 'sp': v = group(n, sizes, ' ')
    elif mod == 'dash': v = group(n, sizes, '-')
    elif mod == 'fw': v = fullwidth(group(n, sizes, ' '))
    elif mod == 'zw': v = zw_insert(n, '\u200b', 4)
    elif mod == 'nbsp': v = group(n, sizes, '\u00a0')
    elif mod == 'nl': g = group(n, sizes, ' '); v = g[:9] + '\n' + g[10:]
    elif mod == 'spelled': v = spell(n, 'en')
    elif mod == 'dots': v = group(n, sizes, '.')
    elif mod == 'b64': v = b64(n)
    elif mod == 'arabic': v = tr_digits(group(n, sizes, ' '), ARABIC)
    elif mod == 'split': g = group(n, sizes, ' '); v = (g[:9], g[10:])
    elif mod == 'split4': v = tuple(group(n, sizes, ' ').split(' '))
    elif mod == 'rev': v = n[::-1]
    else: raise KeyError(mod)
    return v

# ---- IBAN
IBAN_FMT = {'DE': '18n', 'FR': '10n11c2n', 'ES': '20n', 'IT': '1a10n12c', 'NL': '4a10n', 'GB': '4a14n', 'PL': '24n', 'CH': '5n12c', 'AT': '16n',
            'SE': '20n', 'PT': '21n', 'TR': '5n1n16c', 'SA': '2n18c', 'AE': '3n16n', 'NO': '11n', 'DK': '14n', 'FI': '14n', 'IE': '4a14n',
            'LU': '3n13c', 'CZ': '20n', 'GR': '7n16c', 'HU': '24n', 'RO': '4a16c', 'HR': '17n', 'IL': '19n', 'UA': '6n19c', 'BG': '4a6n8c', 'EG': '25n', 'QA': '4a21c', 'BR': '23n1a1c'}
BANKS = {'NL': ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO'], 'GB': ['BARC', 'LOYD', 'HBUK', 'MIDL', 'NWBK'], 'IE': ['AIBK', 'BOFI'], 'RO': ['BTRL', 'RNCB', 'BRDE'], 'BG': ['UNCR', 'BPBI'], 'QA': ['QNBA', 'DOHB']}
def iban_cd(cc, bban):
    s = bban + cc + '00'; num = int(''.join(str(int(ch, 36)) for ch in s)); return '%02d' % (98 - num % 97)
def iban_ok(s):
    s = s.replace(' ', '').upper(); r = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1
def make_bban(cc):
    if cc == 'BE':
        n = digits(10); k = int(n) % 97 or 97; return n + '%02d' % k
    out = ''; first_a = True
    for cnt, typ in re.findall(r'(\d+)([nac])', IBAN_FMT[cc]):
        cnt = int(cnt)
        if typ == 'n': out += digits(cnt)
        elif typ == 'a':
            if cc in BANKS and first_a and cnt == 4: out += pick([b for b in BANKS[cc] if b != 'NWBK' and b != 'WEST'])
            else: out += rs(cnt, UP)
            first_a = False
        else: out += ''.join(pick(DG) if R.random() < 0.7 else pick(UP) for _ in range(cnt))
    return out
SAMPLE_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'BE68539007547034', 'CH9300762011623852957', 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'AT611904300234573201', 'PL61109010140000071219812874'}
def iban_value(cc):
    while True:
        b = make_bban(cc); v = cc + iban_cd(cc, b) + b
        if v not in SAMPLE_IBANS: return v
def gen_iban(style):
    cc, _, mod = style.partition('_'); cc = cc.upper()
    v = iban_value(cc)
    if mod == 'sp': v = group(v, [4] * 9, ' ')
    elif mod == 'lower': v = v.lower()
    elif mod == 'dash': v = group(v, [4] * 9, '-')
    elif mod == 'nl': g = group(v, [4] * 9, ' '); v = g[:14] + '\n' + g[15:]
    elif mod == 'zw': v = zw_insert(v, '\u200b', 4)
    elif mod == 'nbsp': v = group(v, [4] * 9, '\u00a0')
    elif mod == 'fw': v = fullwidth(v)
    elif mod == 'split': g = group(v, [4] * 9, ' '); v = (g[:14], g[15:])
    elif mod == 'b64': v = b64(v)
    elif mod: raise KeyError(mod)
    return v

# ---- SSN / NINO
def ssn_parts():
    while True:
        a = R.randint(1, 899); g = R.randint(1, 99); s = R.randint(1, 9999)
        if a == 666: continue
        v = '%03d-%02d-%04d' % (a, g, s)
        if v in ('078-05-1120', '219-09-9999', '123-45-6789'): continue
        return '%03d' % a, '%02d' % g, '%04d' % s
def gen_ssn(style):
    a, g, s = ssn_parts()
    if style in ('', 'dash'): return '%s-%s-%s' % (a, g, s)
    if style == 'plain': return a + g + s
    if style == 'sp': return '%s %s %s' % (a, g, s)
    if style == 'dots': return '%s.%s.%s' % (a, g, s)
    if style == 'spelled': return spell(a + g + s, 'en')
    if style == 'fw': return fullwidth('%s-%s-%s' % (a, g, s))
    if style == 'zw': return zw_insert(a + g + s, '\u200b', 3)
    if style == 'b64': return b64('%s-%s-%s' % (a, g, s))
    if style == 'nl': return '%s-%s-\n%s' % (a, g, s)
    if style == 'split': return ('%s-%s' % (a, g), s)
    if style == 'es': return spell(a + g + s, 'es')
    raise KeyError(style)
NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'; NINO_B = 'ABCEGHJKLMNPRSTWXYZ'; NINO_BAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
def nino_value():
    while True:
        p = pick(NINO_A) + pick(NINO_B)
        if p not in NINO_BAD: return p, digits(6), pick('ABCD')
def gen_nino(style):
    p, n, s = nino_value()
    if style in ('', 'sp'): return '%s %s %s %s %s' % (p, n[:2], n[2:4], n[4:], s)
    if style == 'plain': return p + n + s
    if style == 'lower': return (p + n + s).lower()
    if style == 'dash': return '%s-%s-%s-%s-%s' % (p, n[:2], n[2:4], n[4:], s)
    if style == 'zw': return zw_insert(p + n + s, '\u200b', 2)
    if style == 'fw': return fullwidth(p + n + s)
    if style == 'nl': return '%s %s\n%s %s %s' % (p, n[:2], n[2:4], n[4:], s)
    raise KeyError(style)

# ---- IP
V4_FIRST = [2, 5, 23, 24, 31, 37, 45, 46, 47, 49, 51, 58, 59, 60, 61, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 101, 103, 109,
            110, 112, 113, 114, 116, 118, 119, 121, 123, 125, 141, 145, 151, 176, 178, 180, 182, 185, 186, 187, 188, 189, 190, 193, 194, 195, 200, 201, 212, 213, 217, 221]
def ipv4():
    while True:
        v = '%d.%d.%d.%d' % (pick(V4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if v not in ('1.1.1.1', '9.9.9.9'): return v
def ipv6():
    pre = pick(['2a02', '2a01', '2600', '2604', '2a00', '2405', '2408', '2001:4860'.split(':')[0] + ':4860', '2a0d', '2c0f', '2803'])
    groups = pre.split(':') + ['%x' % R.randint(0, 0xffff) for _ in range(8 - len(pre.split(':')))]
    if R.random() < 0.5: return ':'.join(groups)
    return ':'.join(groups[:4]) + '::' + ':'.join(groups[6:])
def gen_ip(style):
    if style in ('', 'v4'): return ipv4()
    if style == 'v6': return ipv6()
    if style == 'defang': return ipv4().replace('.', '[.]')
    if style == 'port': return ipv4()
    if style == 'zw': return ipv4().replace('.', '.\u200b')
    if style == 'fw': return fullwidth(ipv4())
    if style == 'b64': return b64(ipv4())
    if style == 'arabic': return tr_digits(ipv4(), ARABIC)
    if style == 'spelled': return ' dot '.join(ipv4().split('.'))
    if style == 'int': a = [int(x) for x in ipv4().split('.')]; return str(((a[0] * 256 + a[1]) * 256 + a[2]) * 256 + a[3])
    raise KeyError(style)

# ---- dates
MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
 'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
 'ua': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(),
 'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
 'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου'.split(),
 'sv': 'januari februari mars april maj juni juli augusti september oktober november december'.split(),
 'cs': 'ledna února března dubna května června července srpna září října listopadu prosince'.split(),
 'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(),
 'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר'.split(),
 'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर'.split(),
 'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(),
 'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(),
 'hu': 'január február március április május június július augusztus szeptember október november december'.split(),
 'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'.split(),
}
def fmt_date(y, m, d, style):
    if style == 'iso': return '%04d-%02d-%02d' % (y, m, d)
    if style == 'us': return '%02d/%02d/%04d' % (m, d, y)
    if style == 'us1': return '%d/%d/%d' % (m, d, y)
    if style == 'eu': return '%02d.%02d.%04d' % (d, m, y)
    if style == 'euslash': return '%02d/%02d/%04d' % (d, m, y)
    if style == 'eudash': return '%02d-%02d-%04d' % (d, m, y)
    if style == 'en': return '%s %d, %d' % (MONTHS['en'][m - 1], d, y)
    if style == 'enuk': return '%d %s %d' % (d, MONTHS['en'][m - 1], y)
    if style == 'enshort': return '%02d-%s-%d' % (d, MONTHS['en'][m - 1][:3].upper(), y)
    if style == 'de': return '%d. %s %d' % (d, MONTHS['de'][m - 1], y)
    if style in ('fr', 'nl', 'it', 'sv', 'ro', 'id', 'pl', 'ru', 'ua', 'tr', 'el', 'th', 'ar', 'hu0'): return '%d %s %d' % (d, MONTHS[style][m - 1], y)
    if style in ('es', 'pt'): return '%d de %s de %d' % (d, MONTHS[style][m - 1], y)
    if style == 'cs': return '%d. %s %d' % (d, MONTHS['cs'][m - 1], y)
    if style == 'hu': return '%d. %s %d.' % (y, MONTHS['hu'][m - 1], d)
    if style == 'he': return '%d %s %d' % (d, MONTHS['he'][m - 1], y)
    if style == 'hi': return '%d %s %d' % (d, MONTHS['hi'][m - 1], y)
    if style == 'hideva': return tr_digits('%d %s %d' % (d, MONTHS['hi'][m - 1], y), DEVA)
    if style == 'arabic': return tr_digits('%d/%d/%d' % (d, m, y), ARABIC)
    if style == 'cjk': return '%d年%d月%d日' % (y, m, d)
    if style == 'cjk0': return '%04d年%02d月%02d日' % (y, m, d)
    if style == 'ko': return '%d년 %d월 %d일' % (y, m, d)
    if style == 'kodot': return '%04d.%02d.%02d' % (y, m, d)
    if style == 'ymdslash': return '%04d/%02d/%02d' % (y, m, d)
    if style == 'compact': return '%04d%02d%02d' % (y, m, d)
    if style == 'wareki':
        if y >= 1989: return '平成%d年%d月%d日' % (y - 1988, m, d)
        return '昭和%d年%d月%d日' % (y - 1925, m, d)
    if style == 'thbe': return '%d %s %d' % (d, MONTHS['th'][m - 1], y + 543)
    if style == 'fw': return fullwidth('%04d-%02d-%02d' % (y, m, d))
    if style == 'spelled': return '%s %s, %d' % (MONTHS['en'][m - 1], ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth'][d - 1], y)
    if style == 'zw': return zw_insert('%02d/%02d/%04d' % (m, d, y), '\u200b', 3)
    raise KeyError(style)
def rand_date(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
def gen_dob(style):
    y, m, d = rand_date(1941, 2006)
    return fmt_date(y, m, d, style)

# ---- secrets
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; B64C = UP + LO + DG + '+/'; B64U = UP + LO + DG + '-_'; HEX = '0123456789abcdef'
PW_WORDS = ['Sommer', 'Winter', 'dragon', 'Monkey', 'sunshine', 'Passw0rt', 'Bienvenue', 'Primavera', 'Kochana', 'qwerty', 'Liverpool', 'Chelsea', 'Schalke', 'Moscow', 'tigger', 'Shadow', 'Football', 'Bailey', 'Soleil', 'Mariposa', 'Vittoria', 'Kangaroo', 'Hamburg', 'Pumpkin']
def password(kind='human'):
    if kind == 'human': return pick(PW_WORDS) + pick(['', '_', '.', '#']) + str(R.randint(1, 2025)) + pick(['!', '?', '$', '*', '#', ''])
    if kind == 'strong': return rs(R.randint(14, 22), UP + LO + DG + '!#$%&*+-=?^_~')
    if kind == 'url': return rs(R.randint(14, 20), UP + LO + DG + '-_.~')
    if kind == 'pin': return digits(R.choice([4, 6]))
    if kind == 'phrase': return '-'.join(pick(['copper', 'lantern', 'orbit', 'maple', 'violet', 'harbor', 'quartz', 'falcon', 'meadow', 'tundra', 'ember', 'pepper']) for _ in range(4)) + str(R.randint(1, 99))
    raise KeyError(kind)
def jwt(alg='HS256'):
    h = b64u(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')))
    p = b64u(json.dumps({'sub': str(R.randint(10000, 999999)), 'email_verified': True, 'iat': 1700000000 + R.randint(0, 50000000), 'exp': 1760000000 + R.randint(0, 9000000), 'scope': pick(['read write', 'admin', 'orders:rw'])}, separators=(',', ':')))
    return h + '.' + p + '.' + rs(43 if alg.startswith('HS') else 342, B64U)
def pem(kind):
    if kind == 'rsa':
        body = b'\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00' + rbytes(R.randint(280, 420)); lab = 'RSA PRIVATE KEY'
    elif kind == 'pk8':
        body = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8') + rbytes(R.randint(280, 420)); lab = 'PRIVATE KEY'
    elif kind == 'ec':
        body = b'\x30\x77\x02\x01\x01\x04\x20' + rbytes(32) + bytes.fromhex('a00a06082a8648ce3d030107a144034200') + b'\x04' + rbytes(64); lab = 'EC PRIVATE KEY'
    elif kind == 'ssh':
        body = b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519' + rbytes(180); lab = 'OPENSSH PRIVATE KEY'
    else: raise KeyError(kind)
    t = b64(body); lines = [t[i:i + 64] for i in range(0, len(t), 64)] if kind != 'ssh' else [t[i:i + 70] for i in range(0, len(t), 70)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (lab, '\n'.join(lines), lab)
def gen_secret(style):
    s, _, mod = style.partition('_')
    if s == 'akid': v = pick(['AKIA', 'ASIA']) + rs(16, B32[:26] + '234567')
    elif s == 'awssk': v = rs(40, UP + LO + DG + '+/')
    elif s == 'ghp': v = pick(['ghp_', 'gho_', 'ghs_', 'ghu_']) + rs(36)
    elif s == 'ghpat': v = 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59)
    elif s == 'glpat': v = 'glpat-' + rs(20, AN + '-_')
    elif s == 'slack': v = pick(['xoxb-', 'xoxp-']) + digits(11) + '-' + digits(13) + '-' + rs(24)
    elif s == 'hook': v = 'https://hooks.slack.com/services/T' + rs(8, UP + DG) + '/B' + rs(10, UP + DG) + '/' + rs(24)
    elif s == 'stripe': v = pick(['sk_live_', 'rk_live_']) + rs(pick([24, 34, 99]))
    elif s == 'gapi': v = 'AIza' + rs(35, AN + '-_')
    elif s == 'openai': v = pick(['sk-proj-', 'sk-']) + rs(48, AN + '-_') if R.random() < 0.5 else 'sk-proj-' + rs(74, AN + '_-') + 'T3BlbkFJ' + rs(20, AN)
    elif s == 'anthropic': v = 'sk-ant-api03-' + rs(93, AN + '-_') + 'AA'
    elif s == 'jwt': v = jwt(pick(['HS256', 'HS512']))
    elif s == 'jwtrs': v = jwt('RS256')
    elif s == 'pw': v = password('human')
    elif s == 'pws': v = password('strong')
    elif s == 'pwu': v = password('url')
    elif s == 'pin': v = password('pin')
    elif s == 'phrase': v = password('phrase')
    elif s == 'pem': v = pem(mod or 'rsa'); mod = ''
    elif s == 'sendgrid': v = 'SG.' + rs(22, AN + '-_') + '.' + rs(43, AN + '-_')
    elif s == 'twilio': v = rs(32, HEX)
    elif s == 'npm': v = 'npm_' + rs(36)
    elif s == 'pypi': v = 'pypi-AgEIcHlwaS5vcmc' + rs(120, AN + '-_')
    elif s == 'azure': v = rs(86, AN + '+/') + '=='
    elif s == 'telegram': v = str(R.randint(1000000000, 7999999999)) + ':AA' + rs(33, AN + '-_')
    elif s == 'discord': v = pick(['MT', 'Nz', 'OD']) + rs(24, AN) + '.' + rs(6, AN + '-_') + '.' + rs(38, AN + '-_')
    elif s == 'mailgun': v = 'key-' + rs(32, HEX)
    elif s == 'shopify': v = pick(['shpat_', 'shpss_']) + rs(32, HEX)
    elif s == 'do': v = 'dop_v1_' + rs(64, HEX)
    elif s == 'vault': v = 'hvs.' + rs(24, AN)
    elif s == 'hf': v = 'hf_' + rs(34, UP + LO)
    elif s == 'dd': v = rs(32, HEX)
    elif s == 'gcpkey': v = pem('pk8').replace('\n', '\\n')
    elif s == 'basic': v = b64(pick(['admin', 'svc-backup', 'jenkins', 'api', 'deploy']) + ':' + password(pick(['human', 'strong'])))
    elif s == 'bearer': v = rs(40, AN + '-_.')
    elif s == 'hex32': v = rs(32, HEX)
    elif s == 'hex64': v = rs(64, HEX)
    elif s == 'gcpoauth': v = 'ya29.' + rs(120, AN + '-_')
    elif s == 'gcpsecret': v = 'GOCSPX-' + rs(28, AN + '-_')
    elif s == 'age': v = 'AGE-SECRET-KEY-1' + rs(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.upper())
    elif s == 'linear': v = 'lin_api_' + rs(40)
    elif s == 'sentry': v = 'sntrys_' + rs(60, AN)
    elif s == 'firebase': v = 'AAAA' + rs(7, AN + '-_') + ':APA91b' + rs(134, AN + '-_')
    elif s == 'otp': v = rs(32, B32)
    else: raise KeyError(s)
    if mod == 'b64': v = b64(v)
    elif mod == 'pct': v = urllib.parse.quote(v, safe='')
    elif mod == 'nl': k = len(v) // 2; v = v[:k] + '\n' + v[k:]
    elif mod == 'zw': k = len(v) // 2; v = v[:k] + '\u200b' + v[k:]
    elif mod == 'rev': v = v[::-1]
    elif mod == 'split': k = len(v) // 2; v = (v[:k], v[k:])
    elif mod: raise KeyError(mod)
    return v

GEN = {'email': gen_email, 'phone': gen_phone, 'card': gen_card, 'iban': gen_iban, 'ssn': gen_ssn, 'nino': gen_nino, 'ip': gen_ip, 'dob': gen_dob, 'secret': gen_secret}

# ---------------------------------------------------------------- look-alikes (never valid values)
def bad_luhn(n):
    last = int(n[-1]); return n[:-1] + str((last + R.randint(1, 9)) % 10)
def nonluhn_digits(n, first=None):
    while True:
        v = (first or str(R.randint(1, 9))) + digits(n - len(first or 'x'))
        if not luhn_ok(v): return v
def la(name):
    base, _, arg = name.partition(':')
    if base == 'order': return pick(['ORD-', '#', 'SO-', 'PO-', 'A', 'Order ', 'BE-']) + str(R.randint(2019, 2025)) + '-' + digits(6) if R.random() < .5 else pick(['ORD', 'INV', 'SO', 'CMD', 'PED', 'BST']) + digits(8)
    if base == 'invoice': return pick(['INV-', 'RE-', 'FA-', 'F', 'FV/']) + str(R.randint(2021, 2025)) + pick(['-', '/']) + digits(5)
    if base == 'ticket': return pick(['SUP-', 'INC', 'CS-', 'JIRA-', 'HD#']) + digits(R.randint(4, 7))
    if base == 'version': return pick(['v', '', 'version ']) + '%d.%d.%d' % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 99))
    if base == 'version4': return '%d.%d.%d.%d' % (R.randint(1, 22), R.randint(0, 9), R.randint(1000, 29999), R.randint(256, 9999))
    if base == 'build': return '%d.%d.%d-build.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(100, 9999))
    if base == 'ts': y, m, d = rand_date(2021, 2025); return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    if base == 'tslog': y, m, d = rand_date(2023, 2025); return '%04d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    if base == 'epoch': return str(R.randint(1600000000, 1760000000))
    if base == 'epochms':
        while True:
            v = str(R.randint(1600000000000, 1760000000000))
            if not luhn_ok(v): return v
    if base == 'date':
        y, m, d = rand_date(2012, 2026); return fmt_date(y, m, d, arg or 'iso')
    if base == 'sha1': return rs(40, HEX)
    if base == 'sha256': return rs(64, HEX)
    if base == 'md5': return rs(32, HEX)
    if base == 'git': return rs(pick([7, 8, 12]), HEX)
    if base == 'uuid': h = rs(32, HEX); return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:])
    if base == 'UUID': return la('uuid').upper()
    if base == 'objectid': return rs(24, HEX)
    if base == 'ups': return '1Z' + rs(6, UP + DG) + digits(10)
    if base == 'tracking': return pick(['JD0146', 'LX', 'RR', 'CP']) + digits(9) + pick(['DE', 'CN', 'GB', 'FR'])
    if base == 'fedex': return nonluhn_digits(12, '7')
    if base == 'badcard':
        n = bad_luhn(card_number(arg or pick(['visa', 'mc', 'amex', 'disc'])))
        return group(n, [4, 6, 5] if len(n) == 15 else [4, 4, 4, 4], pick([' ', '-', ''])) if R.random() < .7 else n
    if base == 'testcard': return pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4111-1111-1111-1111', '4242424242424242'])
    if base == 'masked': return pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ', '4' + digits(5) + '******', '************']) + digits(4)
    if base == 'last4': return digits(4)
    if base == 'giftcard': return group(nonluhn_digits(16, '6'), [4, 4, 4, 4], pick([' ', '-']))
    if base == 'serial': return group(nonluhn_digits(16, str(R.randint(1, 9))), [4, 4, 4, 4], '-')
    if base == 'badiban':
        cc = (arg or pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'BE'])).upper(); v = iban_value(cc)
        pos = [i for i in range(4, len(v)) if v[i] in DG]; i = pick(pos); v = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
        assert not iban_ok(v); return group(v, [4] * 9, ' ') if R.random() < .6 else v
    if base == 'sampleiban': return pick(['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'GB29NWBK60161331926819', 'DE89370400440532013000'])
    if base == 'isbn':
        while True:
            b = '978' + str(R.randint(0, 4)) + digits(8); s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)); n = b + str((10 - s % 10) % 10)
            if not luhn_ok(n): return pick(['ISBN ', 'ISBN-13: ', '']) + '%s-%s-%s-%s-%s' % (n[:3], n[3], n[4:7], n[7:12], n[12])
    if base == 'coords': return '%.5f, %.5f' % (R.uniform(-60, 70), R.uniform(-170, 170))
    if base == 'exemail': return pick(['user', 'jane.doe', 'john.doe', 'test', 'noreply', 'admin', 'you', 'name']) + '@' + pick(['example.com', 'example.org'])
    if base == 'exphone': return pick(['(%s) 555-01%s', '%s-555-01%s', '+1 %s 555 01%s']) % (str(R.randint(2, 9)) + digits(2), digits(2))
    if base == 'ein': return '%02d-%07d' % (R.randint(10, 88), R.randint(1000000, 9999999))
    if base == 'itin': return '9%s-%d-%s' % (digits(2), pick([70, 71, 72, 78, 80, 83, 88, 91, 92, 94]), digits(4))
    if base == 'badssn':
        a, g, s = ssn_parts(); r = R.randint(0, 4)
        if r == 0: a = '000'
        elif r == 1: a = '666'
        elif r == 2: a = str(R.randint(900, 999))
        elif r == 3: g = '00'
        else: s = '0000'
        if a.startswith('9') and g[0] in '5678' and False: pass
        return '%s-%s-%s' % (a, g, s)
    if base == 'samplessn': return pick(['123-45-6789', '078-05-1120'])
    if base == 'badnino':
        p, n, s = nino_value(); r = R.randint(0, 3)
        if r == 0: p = pick('DFIQUV') + p[1]
        elif r == 1: p = p[0] + pick('DFIOQUV')
        elif r == 2: p = pick(sorted(NINO_BAD))
        else: s = pick('EFGHJKMPXZ')
        return '%s %s %s %s %s' % (p, n[:2], n[2:4], n[4:], s) if R.random() < .6 else p + n + s
    if base == 'samplenino': return pick(['QQ 12 34 56 C', 'QQ123456C', 'AB 12 34 56 C'[:0] + 'QQ 12 34 56 C'])
    if base == 'akidex': return 'AKIAIOSFODNN7EXAMPLE'
    if base == 'awsskex': return 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    if base == 'arn': return 'arn:aws:%s' % pick(['iam::%s:role/%s' % (digits(12), pick(['deploy-bot', 'LambdaExec', 'ci-runner'])), 's3:::%s' % pick(['prod-invoices', 'acme-logs-eu']), 'lambda:eu-west-1:%s:function:%s' % (digits(12), pick(['resize', 'notify']))])
    if base == 'awsacct': return digits(12)
    if base == 'twiliosid': return 'AC' + rs(32, HEX)
    if base == 'docip': return pick(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254))
    if base == 'docip6': return '2001:db8:%x::%x' % (R.randint(0, 0xffff), R.randint(1, 0xffff))
    if base == 'resolver': return pick(['1.1.1.1', '9.9.9.9'])
    if base == 'netmask': return pick(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.240.0', '0.0.0.0/0', '255.255.255.252'])
    if base == 'oid': return pick(['1.3.6.1.4.1.', '2.5.4.', '1.2.840.113549.1.1.']) + str(R.randint(3, 60000)) + pick(['', '.1', '.2.7'])
    if base == 'sshpub': return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64C) + ' ' + pick(['deploy@ci', 'mk@laptop', 'backup@nas'])
    if base == 'sshrsa': return 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + rs(120, B64C) + '='
    if base == 'sortcode': return '%02d-%02d-%02d' % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))
    if base == 'aba':
        while True:
            b = digits(8); w = [3, 7, 1] * 3; s = sum(int(c) * w[i] for i, c in enumerate(b)); n = b + str((10 - s % 10) % 10)
            if n[0] in '0123': return n
    if base == 'bic': return pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22', 'CAIXESBBXXX', 'UNCRITMM', 'RABONL2U', 'PKOPPLPW', 'SABRRUMM', 'ZKBKCHZZ80A', 'NDEASESS'])
    if base == 'mask': return pick(['xxxx-xxxx-xxxx-', 'XXX-XX-', '***-**-', '•••• ']) + digits(4)
    if base == 'envref': return pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$STRIPE_SECRET_KEY', '%API_KEY%', '${env:AZURE_CLIENT_SECRET}', '<YOUR_API_KEY>', 'changeme', '********', '{{ vault_db_password }}', 'REDACTED'])
    if base == 'jwtdemo': return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    if base == 'mac': return ':'.join(rs(2, HEX) for _ in range(6))
    if base == 'hexcolor': return '#' + rs(6, HEX)
    if base == 'pod': return pick(['api-gateway', 'checkout-svc', 'worker']) + '-' + rs(10, HEX[:10] + 'bcdfghjklmnpqrstvwxz') + '-' + rs(5, 'bcdfghjklmnpqrstvwxz2456789')
    if base == 'digest': return 'sha256:' + rs(64, HEX)
    if base == 'sku': return pick(['SKU-', 'ART-', 'REF ', 'Art.-Nr. ']) + rs(3, UP) + '-' + digits(5)
    if base == 'zip': return pick(['9', '1', '3', '6']) + digits(4)
    if base == 'policy': return pick(['POL-', 'MBR', 'HMO-', 'PLN']) + digits(9)
    if base == 'mrn': return 'MRN ' + digits(8)
    if base == 'port': return str(pick([443, 5432, 6379, 8080, 8443, 3306, 27017, 9200]))
    if base == 'price': return pick(['€', '$', '£', '']) + '%d.%02d' % (R.randint(3, 4999), R.randint(0, 99))
    if base == 'amount': return '%s,%02d' % ('{:,}'.format(R.randint(100, 99999)).replace(',', '.'), R.randint(0, 99))
    if base == 'pubkey': return '-----BEGIN PUBLIC KEY-----\n' + '\n'.join(rs(64, B64C) for _ in range(3)) + '\n' + rs(24, B64C) + '==\n-----END PUBLIC KEY-----'
    if base == 'cert': return '-----BEGIN CERTIFICATE-----\nMIID' + rs(60, B64C) + '\n' + rs(64, B64C) + '\n' + rs(40, B64C) + '=\n-----END CERTIFICATE-----'
    if base == 'dkim': return 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; h=from:to:subject:date; bh=%s=; b=%s' % (pick(['mailchimpapp.net', 'brightlane.io', 'sendgrid.net']), pick(['s1', 'k1', 'selector2']), rs(43, B64C), rs(86, B64C))
    if base == 'msgid': return '<%s.%s@%s>' % (rs(12, HEX), digits(10), pick(['mail.gmail.com', 'eur03.prod.outlook.com', 'mx.brightlane.io']))
    if base == 'agerec': return 'age1' + rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
    if base == 'pubstripe': return 'pk_live_' + rs(24)
    if base == 'gsiteverify': return 'google-site-verification=' + rs(43, AN + '-_')
    if base == 'imsi': return nonluhn_digits(15, '2')
    if base == 'hash_b64': return rs(43, B64C) + '='
    if base == 'semver': return '%d.%d.%d-rc.%d' % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 20), R.randint(1, 9))
    if base == 'ipish': return '%d.%d.%d' % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99))
    if base == 'cidrpriv': return pick(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '10.42.0.0/16'])
    if base == 'hmacsig': return 'sha256=' + rs(64, HEX)
    if base == 'cve': return 'CVE-%d-%d' % (R.randint(2014, 2025), R.randint(1000, 49999))
    if base == 'phonelike': return '%s-%s-%s' % (digits(3), digits(3), digits(3))
    if base == 'nums': return ' '.join(digits(pick([3, 4])) for _ in range(3))
    raise KeyError(name)

# ---------------------------------------------------------------- template engine
# ⟦kind:style⟧ labelled generated value; ⟦kind=literal⟧ labelled literal; ⟦kind:^⟧ next piece of a split value
# ⟪name⟫ / ⟪name:arg⟫ generated look-alike; ⟪=literal⟫ literal look-alike (both counted as planted look-alikes)
TOK = re.compile(r'⟦(\w+)([:=])([^⟧]*)⟧|⟪(=?)([^⟫]*)⟫')
FAMILIES = []
def fam(name, templates):
    FAMILIES.append((name, templates))

def render(tpl):
    parts, queue, nla, pos = [], {}, 0, 0
    for m in TOK.finditer(tpl):
        if m.start() > pos: parts.append(['t', tpl[pos:m.start()]])
        pos = m.end()
        if m.group(1):
            kind, sep, val = m.group(1), m.group(2), m.group(3)
            assert kind in KINDS, kind
            if sep == '=': v = val
            elif val == '^': v = queue[kind].pop(0)
            else:
                v = GEN[kind](val)
                if isinstance(v, tuple): queue[kind] = list(v[1:]); v = v[0]
            parts.append(['s', kind, v])
        else:
            nla += 1
            parts.append(['t', m.group(5) if m.group(4) else la(m.group(5))])
    if pos < len(tpl): parts.append(['t', tpl[pos:]])
    assert all(not q for q in queue.values()), ('unused split piece', tpl)
    merged = []
    for p in parts:
        if p[0] == 't' and merged and merged[-1][0] == 't': merged[-1][1] += p[1]
        elif p[0] == 't' and p[1] == '': continue
        else: merged.append(p)
    return merged, nla

FW_RANGE = range(0xFF01, 0xFFEF)
def esc_char(c):
    o = ord(c)
    if c == '\n': return '\\n'
    if c == '\t': return '\\t'
    if c == '\\': return '\\u005C'
    assert o <= 0xFFFF, 'non-BMP'
    cat = unicodedata.category(c)
    if (cat in ('Cc', 'Cf', 'Zs', 'Zl', 'Zp', 'Co', 'Cs') and c != ' ') or o in FW_RANGE or o == 0x034F or o == 0x3164 or o == 0x115F or o == 0x1160 or o == 0xFFA0:
        return '\\u%04X' % o
    return c

def serialize(parts):
    out = []
    for i, p in enumerate(parts):
        if p[0] == 's':
            body = ''.join('\\u%04X' % ord(c) if c in '{}' else esc_char(c) for c in p[2])
            out.append('{{' + p[1] + ':' + body + '}}')
        else:
            t = p[1]; s = []
            for j, c in enumerate(t):
                if c in '{}':
                    prev = t[j - 1] if j > 0 else ('SPAN' if i > 0 else '')
                    nxt = t[j + 1] if j + 1 < len(t) else ('SPAN' if i + 1 < len(parts) else '')
                    if prev in ('{', '}', 'SPAN') or nxt in ('{', '}', 'SPAN'):
                        s.append('\\u%04X' % ord(c)); continue
                s.append(esc_char(c))
            out.append(''.join(s))
    line = ''.join(out)
    if line.startswith('#'): line = '\\u0023' + line[1:]
    return line

CARDISH = re.compile(r'(?<![\w-])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ -])\d{6}\3\d{5})(?![\w-])')
IBANISH = re.compile(r'(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])')
def neg_ok(parts):
    # a planted look-alike must not accidentally be a valid value (e.g. a Luhn-valid run inside a broken IBAN)
    neg = unicodedata.normalize('NFKC', '\x00'.join(p[1] for p in parts if p[0] == 't'))
    for m in CARDISH.finditer(neg):
        d = re.sub(r'\D', '', m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in ('4242424242424242', '4111111111111111', '5555555555554444'): return False
    for m in IBANISH.finditer(neg):
        c = m.group(1).replace(' ', '')
        if iban_ok(c) and c not in SAMPLE_IBANS: return False
    return True

def main():
    seen = set(); lines = ['# pii-c11: blind PII / credential evaluation set. Generated by gen.py (random.Random(11521)). Format: pii_format.md', '']
    total = 0; counts = {}; nla_total = 0
    for name, tpls in FAMILIES:
        rendered = []
        fam_la = 0
        for t in tpls:
            assert t not in seen, ('template reused', t[:60]); seen.add(t)
            for _ in range(50):
                parts, nla = render(t)
                if neg_ok(parts): break
            else: raise SystemExit('cannot render a clean negative for: ' + t[:60])
            fam_la += nla
            for p in parts:
                if p[0] == 's': counts[p[1]] = counts.get(p[1], 0) + 1
            rendered.append(serialize(parts))
        lines += ['# family: ' + name, '# look-alikes: %d' % fam_la] + rendered + ['']
        total += len(tpls); nla_total += fam_la
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))
    print('samples', total, 'families', len(FAMILIES), 'look-alikes', nla_total, 'spans', sum(counts.values()), counts, file=sys.stderr)

# ================================================================ FAMILIES (English / structured)
fam('en_chat_support', [
 "Agent: Thanks! For verification I only need the last four of the card, e.g. ⟪last4⟫, never the full number.\nCustomer: ok it's ⟦card:visa_sp⟧ exp 09/27",
 "reach me on whatsapp ⟦phone:uk⟧ or mail ⟦email:at⟧ (bots scrape my inbox so I write it like that)",
 "my ssn is ⟦ssn:dash⟧ and my husband's ITIN is ⟪itin⟫, we file jointly. case ⟪ticket⟫",
 "call me at ⟦phone:us_spelled⟧ after 6pm eastern",
 "it says tracking ⟪ups⟫ was delivered but nothing here. my cell ⟦phone:usd⟧",
 "promo code didn't work, gift card ⟪giftcard⟫ shows balance ⟪price⟫. email for the refund: ⟦email:plus⟧",
 "sorry for the caps, MY EMAIL IS ⟦email:upper⟧ NOT ⟪exemail⟫",
 "Visitor 14:02: you can text me on ⟪exphone⟫ or ⟦phone:ca⟧ (work). Reference ⟪uuid⟫",
])
fam('en_support_tickets', [
 "Subject: Refund request for ⟪order⟫\nHi, please refund to the card ending ⟪last4⟫. If you need the full number it's ⟦card:mc_dash⟧. Thanks, Dana (⟦phone:us⟧)",
 "[ZENDESK] Requester: Paul Ostrowski <⟪exemail⟫>\nTags: billing, chargeback\nNote: customer provided IBAN ⟦iban:pl_sp⟧ for the SEPA refund.",
 "Internal note: caller verified billing ZIP ⟪zip⟫ and last 4 SSN. Full SSN on file was not read out. Policy ⟪policy⟫.",
 "Ticket closed. Resolution: reset MFA; new recovery codes issued (not stored). Serial ⟪serial⟫, firmware ⟪version⟫.",
 "Caller gave card ⟦card:amex_sp⟧, CID withheld. Duplicate charge on invoice ⟪invoice⟫ for ⟪price⟫.",
 "Customer since: ⟪date:iso⟫ | Member ID: ⟪policy⟫ | Plan renewal: ⟪date:iso⟫",
 "Re: account merge — old login ⟦email:paren⟧ new login ⟦email:plain⟧. Please keep order history ⟪order⟫.",
 "Customer says: \"born ⟦dob:enuk⟧, moved from Leeds, NI number ⟦nino:sp⟧\". Verified with payslip.",
])
fam('email_headers', [
 "Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [⟪docip⟫])\n\tby mx.brightlane.io with ESMTPS id ⟪git⟫\n\tfor <⟪exemail⟫>; Tue, 14 May 2024 09:12:44 +0000",
 "Authentication-Results: mx.google.com; spf=pass (google.com: domain of ⟦email:plain⟧ designates ⟦ip:v4⟧ as permitted sender) smtp.mailfrom=⟦email:^⟧" .replace('⟦email:^⟧', '⟦email:plain⟧'),
 "X-Forwarded-For: ⟦ip:v4⟧, ⟪docip⟫\nX-Request-ID: ⟪uuid⟫\nList-Unsubscribe: <mailto:⟪exemail⟫?subject=unsub>",
 "Cc: ⟪exemail⟫, ⟪exemail⟫\nSubject: =?UTF-8?Q?Vertrag_f=C3=BCr_Q3?=\nX-Mailer: Microsoft Outlook ⟪version4⟫",
 "Received: from [⟦ip:v6⟧] by smtp.fastmail.com; ⟪ts⟫\nX-Spam-Score: 0.3",
 "Delivered-To: ⟦email:plain⟧\nARC-Seal: i=1; a=rsa-sha256; t=⟪epoch⟫; cv=none; d=google.com; s=arc-20160816; b=⟪hash_b64⟫",
 "Sender: noreply@⟪=example.org⟫\nTo: undisclosed-recipients:;\nBcc: ⟦email:plain⟧\nX-Campaign: ⟪objectid⟫",
 "Received-SPF: softfail (domain of transitioning ⟦email:plain/ru⟧ does not designate ⟪docip⟫ as permitted sender) client-ip=⟦ip:v4⟧;",
])
fam('csv_exports', [
 "customer_id;name;iban;mandate_ref;signed\n⟪=C-88213⟫;Jan Jansen;⟪badiban:nl⟫;⟪=MNDT-2024-00912⟫;⟪date:eu⟫",
 "\"emp_no\",\"ssn\",\"hire_date\",\"salary\"\n\"⟪=E2093⟫\",\"⟦ssn:dash⟧\",\"⟪date:us⟫\",\"⟪=84500⟫\"",
 "order,sku,qty,card_last4,total\n⟪order⟫,⟪sku⟫,2,⟪last4⟫,⟪price⟫\n⟪order⟫,⟪sku⟫,1,⟪last4⟫,⟪price⟫",
 "name\tnino\tpostcode\tdate_of_birth\nOwen Price\t⟦nino:plain⟧\tLS6 2AB\t⟦dob:euslash⟧",
 "email,opt_in,source\n⟪exemail⟫,yes,webinar\n⟪exemail⟫,no,test-row\n⟦email:plain/nl⟧,yes,import",
 "card_number,exp,cvv_present,status\n⟦card:visa⟧,11/26,false,approved\n⟪badcard:visa⟫,02/27,false,declined_luhn",
 "uuid,phone_e164,country\n⟪uuid⟫,⟦phone:de_tel⟧,DE\n⟪uuid⟫,⟦phone:fr_tel⟧,FR",
 "id|username|password_plain|last_login\n⟪=3⟫|ops-admin|⟦secret:pw⟧|⟪ts⟫",
])
fam('json_payloads', [
 "{\"payment_method\":{\"type\":\"card\",\"card\":{\"number\":\"⟦card:visa⟧\",\"exp_month\":4,\"exp_year\":2028}},\"idempotency_key\":\"⟪uuid⟫\"}",
 "{\"beneficiary\":{\"name\":\"Lotte Visser\",\"iban\":\"⟦iban:nl⟧\",\"bic\":\"⟪bic⟫\"},\"amount\":\"⟪amount⟫\",\"currency\":\"EUR\"}",
 "{\"event\":\"login_failed\",\"src_ip\":\"⟪docip⟫\",\"user\":\"⟦email:jsonu⟧\",\"attempt\":5,\"trace\":\"⟪sha1⟫\"}",
 "{\"applicant\":{\"ssn\":\"⟦ssn:plain⟧\",\"submitted\":\"⟪date:us⟫\",\"employer_ein\":\"⟪ein⟫\"}}",
 "{\"sha256\":\"⟪sha256⟫\",\"version\":\"⟪semver⟫\",\"mirror\":\"⟪resolver⟫\",\"commit\":\"⟪sha1⟫\"}",
 "[{\"k\":\"openai\",\"v\":\"⟦secret:openai⟧\"},{\"k\":\"placeholder\",\"v\":\"⟪envref⟫\"}]",
 "{\"contact\":\"⟦email:plain/ja⟧\",\"tel\":\"⟦phone:jp⟧\",\"lat_lng\":\"⟪coords⟫\"}",
 "{\"webhook_url\":\"⟦secret:hook⟧\",\"channel\":\"#alerts-prod\",\"username\":\"deploy-bot\"}",
])
fam('yaml_configs', [
 "aws:\n  access_key_id: ⟦secret:akid⟧\n  secret_access_key: ⟦secret:awssk⟧\n  region: eu-central-1\n  role_arn: ⟪arn⟫",
 "# docs sample, do not use\naws:\n  access_key_id: ⟪akidex⟫\n  secret_access_key: ⟪awsskex⟫",
 "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n  - name: STRIPE_KEY\n    value: ⟪envref⟫",
 "image: registry.brightlane.io/api@⟪digest⟫\nreplicas: 3\nresources:\n  limits: {cpu: 500m, memory: 512Mi}",
 "notifications:\n  slack: ⟦secret:hook⟧\n  pagerduty_key: ⟦secret:hex32⟧\n  oncall_phone: ⟦phone:usi⟧",
 "allowlist:\n  - ⟦ip:v4⟧/32\n  - ⟦ip:v6⟧/128\n  - ⟪docip⟫/32  # example from RFC\nnetmask: ⟪netmask⟫",
 "registry:\n  npm_token: ⟦secret:npm⟧\n  always-auth: true\n  version: ⟪version⟫",
 "sops:\n  age:\n    - recipient: ⟪agerec⟫\n  lastmodified: \"⟪ts⟫\"\n  mac: ENC[AES256_GCM,data:⟪hash_b64⟫,type:str]",
])
fam('dotenv_files', [
 "# .env.example\nSENDGRID_API_KEY=⟪envref⟫\nADMIN_EMAIL=⟪exemail⟫\nTWILIO_ACCOUNT_SID=⟪twiliosid⟫",
 "TWILIO_ACCOUNT_SID=⟪twiliosid⟫\nTWILIO_AUTH_TOKEN=⟦secret:twilio⟧\nTWILIO_FROM=⟦phone:usi⟧",
 "MAILGUN_API_KEY=⟦secret:mailgun⟧\nMAILGUN_DOMAIN=mg.kestrel-analytics.com\nSUPPORT_INBOX=⟦email:plain⟧",
 "HF_TOKEN=⟦secret:hf⟧\nWANDB_RUN_ID=⟪git⟫\nSEED=⟪=11521⟫",
 "SHOPIFY_ADMIN_TOKEN=⟦secret:shopify⟧\nSHOP=northwind-outlet.myshopify.com\nAPI_VERSION=⟪date:iso⟫",
 "TELEGRAM_BOT_TOKEN=⟦secret:telegram⟧\nCHAT_ID=-100⟪=1873264509⟫",
 "JWT_SECRET=⟦secret:hex64⟧\nSESSION_TTL=86400\nCOOKIE_DOMAIN=.brightlane.io",
 "VAULT_ADDR=https://vault.internal:8200\nVAULT_TOKEN=⟦secret:vault⟧\nDIGITALOCEAN_TOKEN=⟦secret:do⟧",
])
fam('app_logs', [
 "⟦ip:v4⟧ - - [12/Mar/2025:08:14:55 +0000] \"GET /reset?email=⟦email:pct⟧&token=⟦secret:hex32⟧ HTTP/1.1\" 200 512 \"-\" \"curl/⟪version⟫\"",
 "⟪tslog⟫ DEBUG payment.gateway request={amount: 4999, pan: ⟦card:mc⟧, exp: 0827} resp_code=05",
 "⟪tslog⟫ INFO payment.gateway request={amount: 1299, pan: ⟪masked⟫} resp_code=00 auth=⟪=A7X2Q9⟫",
 "Oct 03 11:22:07 bastion sshd[⟪=21877⟫]: Failed password for invalid user admin from ⟪docip⟫ port ⟪=50122⟫ ssh2",
 "Oct 03 11:22:09 bastion sshd[⟪=21880⟫]: Accepted publickey for deploy from ⟦ip:v4⟧ port ⟪=41630⟫ ssh2: ED25519 SHA256:⟪hash_b64⟫",
 "⟪tslog⟫ ERROR auth: Authorization header rejected: Bearer ⟦secret:jwtrs⟧",
 "GET /healthz 200 0.4ms from ⟪docip⟫ (synthetic probe) build=⟪build⟫ pod=⟪pod⟫",
 "⟪ts⟫ audit user=svc-etl action=export rows=1200 dest=s3://⟪=acme-logs-eu⟫/⟪uuid⟫.csv.gz by ⟦email:plain⟧",
])
fam('stack_traces', [
 "Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    resp = client.charge(card=\"⟪badcard:visa⟫\", amount=amt)\nstripe.error.CardError: Your card was declined. (req_⟪git⟫)",
 "java.lang.IllegalArgumentException: Invalid IBAN: ⟪badiban⟫\n\tat com.bank.iban.Validator.check(Validator.java:57)\n\tat com.bank.api.TransferController.create(TransferController.java:131)",
 "Error: Request failed with status code 401\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\n  config: { headers: { Authorization: 'Bearer ⟦secret:ghp⟧' }, url: 'https://api.github.com/user' }",
 "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x⟪=4a3f2c⟫]\ngoroutine ⟪=117⟫ [running]:\nmain.(*Server).handle(0xc000⟪=1a2b40⟫)",
 "ValidationError: 1 validation error for Customer\nphone\n  value is not a valid phone number (type=value_error.phone; input=⟦phone:br⟧)",
 "Exception in thread \"main\" redis.clients.jedis.exceptions.JedisDataException: WRONGPASS invalid username-password pair\n  at redis://default:⟦secret:pwu⟧@cache.internal:6379",
 "KeyError: 'ssn'\n  record = {'name': 'Luis Ortega', 'joined': '⟪date:us⟫', 'ssn_last4': '⟪last4⟫', 'ein': '⟪ein⟫'}",
 "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(⟦email:plain⟧) already exists.",
])
fam('shell_history', [
 "mysql -h ⟦ip:v4⟧ -u root -p⟦secret:pw⟧ crm < dump_⟪date:compact⟫.sql",
 "ssh -i ~/.ssh/id_ed25519 deploy@⟪docip⟫ 'sudo systemctl restart api'  # host key SHA256:⟪hash_b64⟫",
 "curl -u admin:⟦secret:pw⟧ -X POST https://jenkins.internal/job/deploy/build?token=⟪envref⟫",
 "ping -c 3 ⟪resolver⟫ && traceroute ⟦ip:v4⟧ && nslookup api.brightlane.io ⟪resolver⟫",
 "echo ⟦secret:basic⟧ | base64 -d   # creds from the old wiki",
 "npm config set //registry.npmjs.org/:_authToken ⟦secret:npm⟧ && npm publish --tag ⟪semver⟫",
 "kubectl create secret generic stripe --from-literal=key=⟦secret:stripe⟧ -n payments",
 "psql \"postgresql://analytics:⟦secret:pwu⟧@⟦ip:v4⟧:5432/warehouse?sslmode=require\" -c '\\dt'",
])
fam('sql_dumps', [
 "INSERT INTO payroll (emp_id, ssn, routing, account) VALUES ('⟪=E-7781⟫', '⟦ssn:dash⟧', '⟪aba⟫', '⟪=004417762210⟫');",
 "UPDATE users SET password_hash = '$2b$12$⟪hash_b64⟫' WHERE id = ⟪=58⟫; -- bcrypt hash, not a secret",
 "SELECT * FROM sessions WHERE token = '⟦secret:hex64⟧' AND ip = '⟦ip:v4⟧';",
 "INSERT INTO payments VALUES (⟪uuid⟫, '⟦card:disc_dash⟧', '09/29', ⟪price⟫, '⟪ts⟫');",
 "-- test fixtures\nINSERT INTO cards VALUES (1, '⟪testcard⟫'), (2, '⟪testcard⟫'), (3, '⟪badcard⟫');",
 "INSERT INTO employees_uk (name, ni_number, sort_code, start_date) VALUES ('Hannah Wright', '⟦nino:plain⟧', '⟪sortcode⟫', '⟪date:iso⟫');",
 "ALTER TABLE orders ADD COLUMN tracking varchar(40) DEFAULT '⟪ups⟫'; -- migration ⟪date:compact⟫⟪=_01⟫",
 "INSERT INTO sepa_mandates (iban, bic, debtor) VALUES ('⟦iban:de⟧', '⟪bic⟫', 'Katrin Schmidt'), ('⟪sampleiban⟫', '⟪bic⟫', 'Demo');",
])
fam('us_hr_records', [
 "EMPLOYEE ONBOARDING\nName: Marcus Hill\nSSN: ⟦ssn:dash⟧\nDate of Birth: ⟦dob:us⟧\nStart Date: ⟪date:us⟫\nEmployer EIN: ⟪ein⟫",
 "W-4 note: employee provided SSN ⟦ssn:sp⟧; spouse has ITIN ⟪itin⟫ (not an SSN).",
 "I-9 Section 1 — DOB ⟦dob:us1⟧ — SSN ⟦ssn:dash⟧ — Email ⟦email:plain⟧ — Phone ⟪exphone⟫",
 "Direct deposit form: routing ⟪aba⟫, account ⟪=0029384712⟫. Employee ID ⟪=EMP-20931⟫. SSN on file: ⟪mask⟫",
 "Background check consent signed ⟪date:us⟫. Applicant SSN: ⟦ssn:plain⟧. Previous address 2210 Birch St.",
 "Hi HR, my new SSN card arrived, the number is ⟦ssn:spelled⟧ — sorry for spelling it out, the portal strips numbers.",
 "Payroll correction: SSN was keyed as ⟪badssn⟫ (invalid area), correct value ⟦ssn:dash⟧.",
 "Training example from handbook: SSN ⟪samplessn⟫, EIN ⟪ein⟫ — replace with real values.",
 "Benefits enrollment: dependent Jacob Hill, born ⟦dob:en⟧; dependent Ava Hill, added ⟪date:en⟫. Effective ⟪date:en⟫.",
])
fam('us_medical_intake', [
 "Pt is a 67 y/o male (DOB ⟦dob:us1⟧) presenting with chest pain. ⟪mrn⟫. Last visit ⟪date:us⟫.",
 "Guarantor SSN: ⟦ssn:dash⟧  Coverage start: ⟪date:us⟫  Group #: ⟪=0045712⟫",
 "Discharge summary faxed to ⟪exphone⟫ (Dr. Patel's office). NPI ⟪=1497758544⟫. Follow-up ⟪date:us⟫.",
 "Rx refill request via portal from ⟪exemail⟫ — lisinopril 10 mg, NDC ⟪=0093-7339-01⟫, lot ⟪=K2291⟫",
 "HL7: PID|1||⟪=884412⟫^^^HOSP^MR||DOE^JANE||⟦dob:compact⟧|F|||100 MAIN ST^^SPRINGFIELD^IL||⟦phone:usd⟧",
 "Vaccination record: registered ⟪date:iso⟫; dose 1 ⟪date:iso⟫; dose 2 ⟪date:iso⟫; lot ⟪=EW0182⟫",
 "Lab requisition — Patient registered ⟪date:en⟫. Specimen ID ⟪uuid⟫. Collected ⟪ts⟫.",
 "Billing: card on file ⟦card:visa_dash⟧ charged copay ⟪price⟫; claim ⟪=CLM-2024-5581902⟫",
])
fam('invoices_payments', [
 "INVOICE ⟪invoice⟫\nDate: ⟪date:enuk⟫   Due: ⟪date:enuk⟫\nPay to: Kestrel Analytics Ltd\nIBAN: ⟪badiban:gb⟫   Sort code: ⟪sortcode⟫   BIC: ⟪bic⟫",
 "Rechnung ⟪invoice⟫ — Bitte überweisen Sie ⟪amount⟫ EUR auf ⟦iban:de_sp⟧ (BIC ⟪bic⟫). USt-IdNr. DE⟪=811907980⟫",
 "Payment received: ⟪price⟫ via card ⟪masked⟫ (auth ⟪=093311⟫) on ⟪date:iso⟫. Thank you!",
 "Remittance advice: we paid ⟪amount⟫ EUR from ⟦iban:fr_sp⟧ to your account ⟦iban:be_sp⟧, ref ⟪invoice⟫.",
 "Wire details (corrected): the IBAN in the previous email ⟪badiban:gb⟫ had a typo, please use ⟦iban:ie_sp⟧.",
 "Card declined: ⟪badcard:mc⟫ failed validation; retry with ⟦card:mc_sp⟧ succeeded.",
 "Gift card ⟪giftcard⟫ redeemed. Loyalty no. ⟪serial⟫. Receipt ⟪order⟫.",
 "PAYMENT SUMMARY\nAmex ⟦card:amex_dash⟧ ⟪price⟫\nVisa ⟪masked⟫ ⟪price⟫\nTotal ⟪price⟫",
 "Bank transfer to supplier in Zürich: ⟪badiban:ch⟫, amount CHF ⟪amount⟫, ref ⟪invoice⟫",
 "Pro-forma ⟪invoice⟫ — Swedish subsidiary account ⟦iban:se_sp⟧; Danish office ⟦iban:dk⟧.",
])
fam('uk_payroll_hmrc', [
 "P60 End of Year Certificate  Tax year to 5 April 2025\nEmployee: Owen Price   National Insurance number: ⟦nino:sp⟧\nEmployer PAYE ref: ⟪=123/AB45678⟫",
 "Starter checklist: NI number ⟦nino:plain⟧, date of birth ⟦dob:euslash⟧, start date ⟪date:euslash⟫",
 "HMRC letter — your National Insurance number is ⟦nino:sp⟧. Unique Taxpayer Reference ⟪=7734 91820 3⟫ (UTR).",
 "Bank details for salary: sort code ⟪sortcode⟫, account ⟪=41928374⟫. NINO ⟦nino:lower⟧ (typed in lower case).",
 "Guidance example: a NINO looks like ⟪samplenino⟫ — do not use this example.",
 "Rejected RTI submission: NINO ⟪badnino⟫ failed format check; corrected to ⟦nino:sp⟧.",
 "Payslip Mar-25 | Emp ⟪=00412⟫ | NI ⟦nino:sp⟧ | Tax code 1257L | Net pay £⟪=2,184.55⟫",
 "Hi payroll, my NI number is ⟦nino:dash⟧ and my mobile ⟦phone:uk⟧.",
 "Pension auto-enrolment: member NINO ⟦nino:plain⟧, scheme ref ⟪=PSTR 00712345RL⟫, enrolment date ⟪date:enuk⟫",
 "Invalid prefixes seen in import: ⟪badnino⟫, ⟪badnino⟫, ⟪badnino⟫ — rows skipped.",
 "Student loan plan 2; NI ⟦nino:sp⟧; payroll ID ⟪=PR-7731⟫; P45 issued ⟪date:enuk⟫",
 "Right to work share code ⟪=W7K 2PQ 9XZ⟫ checked. Passport expiry ⟪date:enuk⟫. NINO ⟦nino:nl⟧",
])
fam('contracts_legal', [
 "SERVICE AGREEMENT dated ⟪date:enuk⟫ between Brightlane Ltd (company no. ⟪=11908732⟫) and Ms Grace Adeyemi, born ⟦dob:enuk⟧, residing at 14 Elm Road, Leeds.",
 "Payments under clause 4.2 shall be made to account ⟦iban:gb⟧ held with Barclays Bank PLC.",
 "The Tenant, Mr Tomasz Wiśniewski (tenancy start: ⟪date:euslash⟫; tel. ⟦phone:pl⟧), agrees to pay the deposit of ⟪price⟫.",
 "Power of attorney — Principal: Mrs Helen Brooks, born on ⟦dob:en⟧; SSN ⟦ssn:dash⟧. Executed ⟪date:en⟫; notary commission ⟪=#1173482⟫.",
 "Clause 9 (Notices): notices to the Supplier shall be sent to ⟪exemail⟫ with a copy to legal@⟪=example.com⟫.",
 "This NDA becomes effective on ⟪date:en⟫ and expires on ⟪date:en⟫. Company founded ⟪date:en⟫.",
 "Guarantor: Daniel Okafor, NI ⟦nino:sp⟧, mobile ⟦phone:uk⟧.",
 "Escrow: funds to be deposited into ⟪badiban:lu⟫ (Luxembourg). Reference ESC-⟪invoice⟫.",
])
fam('ocr_scans', [
 "BANK STATEMENT  Page 1 of 3\nAccount holder: J. Müller\nIBAN ⟦iban:de_nl⟧\nStatement period ⟪date:eu⟫ - ⟪date:eu⟫",
 "CARDHOLDER COPY  MERCHANT ID ⟪=000447112⟫  TERM ⟪=T0031⟫\nVISA  ⟪masked⟫  AMOUNT ⟪price⟫\nAUTH CODE ⟪=51833C⟫",
 "Emp1oyee SSN: ⟦ssn:nl⟧  (scanned W-2, box a)  Employer ID ⟪ein⟫  Wages ⟪=48,210.77⟫",
 "DRIVER LICENSE  DL ⟪=D1234-56789-01234⟫  DOB ⟦dob:us⟧  EXP ⟪date:us⟫  ISS ⟪date:us⟫  CLASS C",
 "Te1: ⟦phone:uk_nl⟧  Fax: ⟪=+44 (0)20 0000 0000⟫  E-mai1: ⟦email:plain⟧",
 "ISBN ⟪isbn⟫  Printed in Germany  ⟪=© 2019⟫  Verlag Beck, München",
 "NATIONAL INSURANCE NUMBER\n⟦nino:sp⟧\nTHIS CARD IS NOT PROOF OF IDENTITY  Ref ⟪=CA5202⟫",
 "Card no. ⟦card:visa_nl⟧ VALID THRU 08/27 (photo of card, OCR'd)",
 "Passport No ⟪=K0918273⟫ Date of birth ⟦dob:enshort⟧ Date of expiry ⟪date:enshort⟫ Place of birth LAGOS",
])
fam('markdown_tables', [
 "| Name | Email | Phone |\n|---|---|---|\n| Amanda Fox | ⟦email:plain⟧ | ⟪exphone⟫ |\n| Test User | ⟪exemail⟫ | ⟪exphone⟫ |",
 "| Service | Key | Rotated |\n|---|---|---|\n| Sentry | ⟦secret:sentry⟧ | ⟪date:iso⟫ |\n| Linear | ⟦secret:linear⟧ | ⟪date:iso⟫ |",
 "| host | ip | role |\n|------|----|------|\n| edge-1 | ⟪docip⟫ | lb |\n| edge-2 | ⟦ip:v4⟧ | lb |\n| docs | ⟪docip⟫ | example |",
 "| Release | Commit | Date |\n|--|--|--|\n| ⟪version⟫ | ⟪git⟫ | ⟪date:iso⟫ |\n| ⟪version⟫ | ⟪git⟫ | ⟪date:iso⟫ |",
 "## On-call\n- Primary: Kevin Moreno, ⟦phone:usd⟧\n- Secondary: Lisa Chen, ⟦phone:usd⟧\n- Escalation email: ⟦email:plain⟧",
 "| Employee | NI number | DOB |\n|---|---|---|\n| Sarah O'Connell | ⟦nino:sp⟧ | ⟦dob:euslash⟧ |",
 "> **Note:** never paste real cards. Use ⟪testcard⟫ in staging; PAN masked as ⟪masked⟫ in logs.",
 "| Vendor | IBAN | BIC |\n|---|---|---|\n| Atelier Lumière | ⟦iban:fr⟧ | ⟪bic⟫ |\n| Demo GmbH | ⟪sampleiban⟫ | ⟪bic⟫ |",
])
fam('code_literals', [
 "client = anthropic.Anthropic(api_key=\"⟦secret:anthropic⟧\")  # TODO move to env",
 "String url = \"jdbc:mysql://db-prod:3306/crm?user=crm_app&password=⟦secret:pws⟧\";",
 "GOOGLE_MAPS_KEY = \"⟦secret:gapi⟧\"\nDEFAULT_CENTER = (⟪coords⟫)",
 "def test_luhn():\n    assert not luhn(\"⟪badcard:visa⟫\")\n    assert luhn(\"⟪testcard⟫\")",
 "headers = {\"Authorization\": \"Basic ⟦secret:basic⟧\", \"X-Request-Id\": str(uuid4())}",
 "private static final String SLACK_TOKEN = \"⟦secret:slack⟧\";",
 "let hash = \"⟪sha256⟫\"; let id = \"⟪uuid⟫\"; let ver = \"⟪version⟫\";",
 "$mail->Username = '⟪exemail⟫';\n$mail->Password = '⟦secret:pw⟧';",
 "os.environ[\"HUGGINGFACE_HUB_TOKEN\"] = \"⟦secret:hf⟧\"",
 "firebase.initializeApp({ messagingSenderId: \"⟪=482910337215⟫\" }); const SERVER_KEY = \"⟦secret:firebase⟧\";",
 "// fixtures\nconst users = [{ email: '⟪exemail⟫', phone: '⟪exphone⟫', ssn: '⟪samplessn⟫' }];",
])
fam('ci_cd_pipelines', [
 "- name: Deploy\n  env:\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n    TOKEN: ⟪envref⟫\n  run: ./deploy.sh ⟪git⟫",
 "- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ⟦secret:npm⟧   # FIXME hardcoded",
 "deploy:\n  script:\n    - curl --header \"PRIVATE-TOKEN: ⟦secret:glpat⟧\" https://gitlab.brightlane.io/api/v4/projects",
 "Run twine upload dist/* -u __token__ -p ⟦secret:pypi⟧\nUploading brightlane_sdk-⟪version⟫-py3-none-any.whl",
 "##[group]Run actions/checkout@⟪sha1⟫\nwith:\n  repository: brightlane/api\n  token: ***\n##[endgroup]",
 "environment:\n  SENTRY_AUTH_TOKEN: ⟦secret:sentry⟧\n  RELEASE: ⟪semver⟫",
 "pipeline { environment { DOCKER_PASS = '⟦secret:pws⟧' } stages { stage('b') { steps { sh 'make' } } } }",
 "Job ⟪=#48213⟫ failed at ⟪ts⟫ on runner ⟪pod⟫ (image ⟪digest⟫)",
])
fam('cloud_credentials', [
 "{\"type\":\"service_account\",\"project_id\":\"orders-prod-381207\",\"private_key_id\":\"⟪sha1⟫\",\"private_key\":\"⟦secret:gcpkey⟧\\n\",\"client_email\":\"⟦email=deployer@orders-prod-381207.iam.gserviceaccount.com⟧\",\"client_id\":\"⟪=109876543210987654321⟫\"}",
 "[default]\naws_access_key_id = ⟦secret:akid⟧\naws_secret_access_key = ⟦secret:awssk⟧\nregion = us-east-1",
 "[profile audit]\nrole_arn = ⟪arn⟫\nsource_profile = default\n# account ⟪awsacct⟫",
 "DefaultEndpointsProtocol=https;AccountName=brightlanelogs;AccountKey=⟦secret:azure⟧;EndpointSuffix=core.windows.net",
 "az login --service-principal -u ⟪uuid⟫ -p ⟦secret:pws⟧ --tenant ⟪uuid⟫",
 "gcloud auth print-access-token\n⟦secret:gcpoauth⟧",
 "\"installed\":{\"client_id\":\"⟪=802817365012-k2j9f0a7.apps.googleusercontent.com⟫\",\"client_secret\":\"⟦secret:gcpsecret⟧\"}",
 "AWS docs: Example access key ⟪akidex⟫ with secret ⟪awsskex⟫ (never valid).",
 "s3cmd --access_key=⟦secret:akid⟧ --secret_key=⟦secret:awssk⟧ ls s3://prod-invoices/",
 "Instance i-0⟪=7d1e5b2f9a3c4e6f8⟫ public IP ⟦ip:v4⟧ private DNS ⟪=ip-10-12-4-77.eu-west-1.compute.internal⟫ subnet mask ⟪netmask⟫",
 "SECRET age key (backup):\n⟦secret:age⟧\n# public: ⟪agerec⟫",
])
fam('pem_keys', [
 "Here's the key for the bastion, don't share:\n⟦secret:pem_rsa⟧",
 "id_ed25519:\n⟦secret:pem_ssh⟧\nid_ed25519.pub: ⟪sshpub⟫",
 "tls.key: |\n  ⟦secret:pem_ec⟧\ntls.crt: |\n  ⟪cert⟫",
 "-----BEGIN PUBLIC KEY----- blocks are fine to share, e.g.\n⟪pubkey⟫",
 "openssl genpkey -algorithm RSA -out key.pem && cat key.pem\n⟦secret:pem_pk8⟧",
 "authorized_keys:\n⟪sshrsa⟫\n⟪sshpub⟫",
 "jwt_signing_key = \"\"\"⟦secret:pem_ec⟧\"\"\"",
 "DKIM TXT record: k1._domainkey IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqh⟪hash_b64⟫\"",
])
fam('web_forms_encoded', [
 "POST /signup HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nname=Emily+Carter&email=⟦email:pct⟧&phone=⟦phone:us_pct⟧&csrf=⟪md5⟫",
 "GET /track?uid=⟪uuid⟫&e=⟦email:b64⟧&utm_source=newsletter&v=⟪version⟫",
 "https://app.brightlane.io/callback#access_token=⟦secret:bearer⟧&token_type=bearer&state=⟪md5⟫",
 "Form submission ⟪uuid⟫:\n  Full name: Nicole Baker\n  E-mail: ⟦email:plain⟧\n  Date of birth (MM/DD/YYYY): ⟦dob:us⟧\n  Preferred appointment: ⟪date:us⟫",
 "card_number=⟦card:visa⟧&exp=1228&zip=⟪zip⟫&amount=⟪price⟫",
 "redirect_uri=https%3A%2F%2Fapp.brightlane.io%2Fcb&client_secret=⟦secret:gcpsecret_pct⟧&code=⟪=4%2F0AfJoh⟫⟪md5⟫",
 "Cookie: _ga=GA1.2.⟪epoch⟫.⟪epoch⟫; session=⟦secret:jwt⟧; theme=dark",
 "mailto:⟦email:mailto⟧?subject=Order%20⟪order⟫&body=Hi%2C%20please%20call%20⟦phone:uk_pct⟧",
])
fam('base64_and_encodings', [
 "Authorization: Basic ⟦secret:basic⟧",
 "X-User-Context: ⟦email:b64⟧ (base64 of the user's email)",
 "data:text/plain;base64,⟪badcard:visa⟫",
 "{\"payload\": \"⟦ssn:b64⟧\", \"enc\": \"b64\", \"checksum\": \"⟪md5⟫\"}",
 "SAML NameID (base64): ⟦email:b64⟧  InResponseTo=_⟪sha1⟫",
 "k8s secret:\ndata:\n  password: ⟦secret:pws_b64⟧\n  username: YWRtaW4=",
 "Quoted-printable body: Bitte antworten an ⟦email:qp⟧ =E2=80=93 danke",
 "HTML: <a href=\"mailto:⟦email:html⟧\">contact</a> <span>&#x2014;</span> build ⟪git⟫",
 "Hidden field: <input type=\"hidden\" name=\"ip\" value=\"⟦ip:b64⟧\"> <input name=\"nonce\" value=\"⟪hash_b64⟫\">",
 "Not secrets: sha256 ⟪hash_b64⟫, etag \"⟪md5⟫\", cursor ⟪=eyJpZCI6MTAyNH0⟫",
])
fam('obfuscated_contacts_en', [
 "email me: ⟦email:words⟧",
 "my addy is ⟦email:curly⟧ (replace (a) with at sign)",
 "reach me at ⟦email:rev⟧ — read it backwards, spammers can't :)",
 "phone: ⟦phone:us_spelled⟧",
 "text ⟦phone:usd_sp⟧ (spaced so the filter doesn't eat it)",
 "my # is ⟦phone:usp_split⟧ and then ⟦phone:^⟧",
 "card is ⟦card:visa_split⟧, rest is ⟦card:^⟧ — split so the bot doesnt block it",
 "number's ⟦phone:us_dots⟧ ok? and email ⟦email:star⟧",
 "its ⟦email:split⟧ at ⟦email:^⟧ lol",
 "ssn ⟦ssn:split⟧ and last part ⟦ssn:^⟧",
 "card: ⟦card:mc_spelled⟧",
 "ping me: ⟦email:hash⟧ (# = @)",
])
fam('invisible_and_fullwidth', [
 "contact: ⟦email:zw⟧",
 "tel ⟦phone:uk_zw⟧ pls",
 "card ⟦card:visa_zw⟧ exp 03/28",
 "IBAN: ⟪badiban:de⟫",
 "メール：⟦email:fw⟧",
 "電話番号：⟦phone:jp_fw⟧",
 "カード番号：⟦card:jcb_fw⟧",
 "Kontakt: ⟦email:shy⟧ / Tel. ⟦phone:de_nbsp⟧",
 "Nº de cuenta: ⟦iban:es_nbsp⟧",
 "ssn⟦ssn:zw⟧ dob ⟦dob:zw⟧",
 "token: ⟦secret:ghp_zw⟧",
 "IP ⟦ip:zw⟧ (copied from a chat client that inserts ZWSP)",
])
fam('network_firewall', [
 "iptables -A INPUT -s ⟦ip:v4⟧ -j DROP\niptables -A INPUT -s ⟪cidrpriv⟫ -j ACCEPT",
 "interface eth0\n ip address ⟪docip⟫ ⟪netmask⟫\n gateway ⟦ip:v4⟧\n dns ⟪resolver⟫",
 "IOC list (defanged): ⟦ip:defang⟧, ⟦ip:defang⟧, hxxp://bad-domain[.]ru/gate.php",
 "snmpwalk -v2c -c public router1 ⟪oid⟫",
 "Blocked: ⟦ip:v6⟧ (country RU) rule=⟪uuid⟫",
 "nginx: set_real_ip_from ⟪cidrpriv⟫; real_ip_header X-Forwarded-For; # upstream ⟦ip:v4⟧",
 "WireGuard peer\nPublicKey = ⟪hash_b64⟫\nPrivateKey = ⟦secret=kBq3Tm9XvL2pR7wYc1NzE5hF8jD0sA6uGiOeKtQ4mVo=⟧\nEndpoint = ⟦ip:v4⟧:51820",
 "Router firmware ⟪version4⟫; MAC ⟪mac⟫; uptime 41d; CPE serial ⟪serial⟫",
 "DNS: A record api.brightlane.io -> ⟪docip⟫; docs.example.net -> ⟪docip⟫; AAAA -> ⟪docip6⟫",
 "OpenVPN log: peer ⟦ip:v4⟧:⟪=1194⟫ authenticated as ⟦email:plain⟧, assigned tun0",
])
fam('xml_soap', [
 "<Customer><Name>Owen Price</Name><Email>⟦email:plain⟧</Email><NINO>⟦nino:plain⟧</NINO></Customer>",
 "<soap:Header><wsse:UsernameToken><wsse:Username>svc_billing</wsse:Username><wsse:Password>⟦secret:pws⟧</wsse:Password></wsse:UsernameToken></soap:Header>",
 "<CdtrAcct><Id><IBAN>⟪badiban:it⟫</IBAN></Id></CdtrAcct><CdtrAgt><FinInstnId><BICFI>⟪bic⟫</BICFI></FinInstnId></CdtrAgt>",
 "<patient birthDate=\"⟦dob:iso⟧\" admitted=\"⟪date:iso⟫\" id=\"⟪uuid⟫\"/>",
 "<add key=\"SmtpPassword\" value=\"⟦secret:pw⟧\" /><add key=\"BuildVersion\" value=\"⟪version4⟫\" />",
 "<dependency><groupId>org.apache</groupId><artifactId>commons-text</artifactId><version>⟪version⟫</version></dependency>",
 "<Payment><Card>⟦card:amex⟧</Card><Expiry>2027-05</Expiry><Ref>⟪order⟫</Ref></Payment>",
 "<server><id>nexus</id><username>deploy</username><password>⟦secret:pws⟧</password></server>",
])
fam('crm_notes', [
 "Called Lisa re renewal, she prefers SMS ⟪exphone⟫, email is ⟦email:plain⟧. Renewal date ⟪date:en⟫.",
 "Lead from trade show: Yusuf Demir, ⟪exemail⟫, ⟦phone:tr⟧. Badge ⟪=TS-0442⟫.",
 "Account note: customer's birthday is ⟪date:en⟫ (send card). Actual DOB from KYC: ⟦dob:en⟧.",
 "Do not contact ⟪exemail⟫ — test account. Real contact ⟪exemail⟫.",
 "Deal ⟪=OPP-2291⟫ closed-won ⟪price⟫. Signer: Priya Verma ⟦phone:in⟧.",
 "Merged duplicates: ⟦email:plain⟧ == ⟦email:upper⟧",
 "Contact owner changed ⟪ts⟫ by ⟦email:plain⟧. Company size 200-500. Founded ⟪date:en⟫.",
 "VIP client, born ⟦dob:spelled⟧; assistant's line ⟦phone:ukl⟧.",
])
fam('dev_chat_slack', [
 "@here who rotated the prod key? I still see ⟦secret:akid⟧ in the old terraform state",
 "can someone try my token ⟦secret:ghpat⟧ on the staging repo? expires tomorrow",
 "webhook for #deploys: ⟦secret:hook⟧",
 "bot token is ⟦secret:slack⟧ don't commit it",
 "the jwt from staging: ⟦secret:jwt⟧ — decode it at jwt.io, it looks like the demo one ⟪jwtdemo⟫ but isn't",
 "discord bot token (revoked now): ⟦secret:discord⟧",
 "prod db creds: user `reporting` pass `⟦secret:phrase⟧` — rotate after the migration",
 "fwiw commit ⟪sha1⟫ fixed it, build ⟪build⟫, uuid ⟪uuid⟫ is the job id",
 "TOTP seed for the shared account: ⟦secret:otp⟧ (move to vault!!)",
 "datadog api key ⟦secret:dd⟧ and app key ⟦secret:hex64⟧ for the dashboard script",
])

# ================================================================ FAMILIES (other languages)
fam('fr_support_clients', [
 "Bonjour, vous pouvez me joindre au ⟦phone:fr⟧ ou par mail : ⟦email:plain/fr⟧. Commande n° ⟪order⟫.",
 "Mon adresse c'est ⟦email:fr⟧, je l'écris comme ça à cause des robots.",
 "Nom : Camille Leroy\nNée le : ⟦dob:fr⟧\nLieu de naissance : Lyon\nDate d'émission de la carte : ⟪date:euslash⟫",
 "Merci de rembourser sur mon IBAN ⟦iban:fr_sp⟧ (BIC ⟪bic⟫). Facture ⟪invoice⟫.",
 "Mon numéro : ⟦phone:fr_fr⟧ (écrit en toutes lettres, le formulaire bloque les chiffres)",
 "Date d'inscription : ⟪date:euslash⟫ — n° de sécurité sociale non communiqué. Rendez-vous le ⟪date:euslash⟫.",
 "Le mot de passe du Wi-Fi de l'agence est ⟦secret:pw⟧, ne le diffusez pas. Box version ⟪version⟫.",
 "Carte bancaire : ⟦card:visa_sp⟧, date d'expiration 06/27. Le cryptogramme je vous le donne au téléphone.",
 "Exemple fourni par la banque : ⟪sampleiban⟫ — ce n'est pas mon compte. Le vrai : ⟦iban:be_sp⟧",
 "Suivi colis ⟪tracking⟫, livré le ⟪date:fr⟫. Contactez le livreur au ⟦phone:be⟧.",
 "Anniversaire de mariage le ⟪date:fr⟫ ; je suis né le ⟦dob:fr⟧ à Dakar.",
 "Adresse IP de connexion suspecte : ⟦ip:v4⟧ — session ⟪uuid⟫ fermée.",
])
fam('de_formulare_hr', [
 "Personalbogen\nName: Tobias Krause\nGeburtsdatum: ⟦dob:eu⟧\nEintrittsdatum: ⟪date:eu⟫\nSteuer-ID: ⟪=47 036 892 816⟫\nIBAN: ⟪badiban:de⟫",
 "Hallo, meine neue Handynummer ist ⟦phone:de⟧, E-Mail ⟦email:de⟧.",
 "geb. am ⟦dob:de⟧ in Hamburg, wohnhaft Lindenstraße 4, 20095 Hamburg",
 "Bitte die Gehaltszahlung ab ⟪date:eu⟫ auf das Konto ⟦iban:at_sp⟧ (Österreich) überweisen.",
 "Rückruf erbeten unter ⟦phone:de_de⟧ – Zahlen ausgeschrieben, weil das Ticketsystem sie maskiert.",
 "Krankmeldung vom ⟪date:eu⟫ bis ⟪date:eu⟫, AU-Nr. ⟪=2024118830⟫. Rückkehr am ⟪date:eu⟫.",
 "Das Passwort für das Lohnportal lautet ⟦secret:pw⟧ (bitte sofort ändern).",
 "Überweisung fehlgeschlagen: IBAN ⟪badiban:de⟫ ungültig (Prüfziffer). Korrekt: ⟦iban:de⟧",
 "Kontakt Schweiz: ⟦phone:ch⟧, ⟦email:plain/de⟧, IBAN ⟪badiban:ch⟫",
 "Bestellnummer ⟪order⟫, Artikel ⟪sku⟫, Lieferung KW 14. Rückfragen: ⟦email:plain/de⟧",
 "Beispiel-IBAN aus der Doku: ⟪sampleiban⟫. Bitte NICHT verwenden.",
 "Login-Versuch von ⟪docip⟫ blockiert (Benutzer ⟪exemail⟫), Version ⟪version⟫.",
])
fam('es_atencion_cliente', [
 "Hola, mi correo es ⟦email:es⟧ y mi móvil ⟦phone:es⟧. Pedido ⟪order⟫.",
 "Fecha de nacimiento: ⟦dob:euslash⟧\nFecha de alta: ⟪date:euslash⟫\nNº de socio: ⟪=SOC-004417⟫",
 "Nací el ⟦dob:es⟧ en Sevilla. Mi número de la seguridad social de EE. UU. es ⟦ssn:es⟧ (lo escribo en letras).",
 "Por favor, devuelvan el importe a la cuenta ⟦iban:es_sp⟧. Factura ⟪invoice⟫ del ⟪date:euslash⟫.",
 "Llámame al ⟦phone:mx⟧ (México) o al ⟦phone:ar⟧ (Buenos Aires).",
 "Mi tarjeta ⟦card:visa_dash⟧ fue rechazada, pero la de prueba ⟪testcard⟫ pasa en el sandbox.",
 "El código de seguimiento ⟪tracking⟫ no funciona. Teléfono de contacto: ⟦phone:es_es⟧",
 "Contraseña temporal: ⟦secret:pws⟧ — caduca el ⟪date:euslash⟫.",
 "Trabajo en EE. UU.: SSN ⟦ssn:dash⟧, fecha de contratación ⟪date:us⟫. EIN de la empresa ⟪ein⟫.",
 "IP desde la que accedí: ⟪docip⟫. Versión de la app ⟪version⟫.",
 "correo alternativo: ⟦email:plain/es⟧ (el de ⟪exemail⟫ era de prueba)",
 "Cumpleaños de la empresa: ⟪date:es⟫. Fecha de nacimiento del titular: ⟦dob:es⟧.",
])
fam('it_moduli', [
 "Nome: Giulia Rossi\nData di nascita: ⟦dob:euslash⟧\nLuogo di nascita: Torino\nCodice cliente: ⟪=CL-0099812⟫",
 "Assunto il ⟪date:it⟫ a Napoli, residente in via Roma 12. Tel. ⟦phone:it⟧",
 "Accredito dello stipendio su IBAN ⟪badiban:it⟫ a partire dal ⟪date:euslash⟫.",
 "Scrivetemi a ⟦email:it⟧ oppure chiamate il ⟦phone:it_it⟧.",
 "La password della PEC è ⟦secret:pw⟧, me l'ha data il commercialista.",
 "Fattura n. ⟪invoice⟫ del ⟪date:euslash⟫ — importo ⟪amount⟫ €. IBAN fornitore ⟦iban:it⟧",
 "Carta ⟪badcard:mc⟫ scad. 10/26 — ordine ⟪order⟫",
 "Versione firmware ⟪version4⟫, seriale ⟪serial⟫, indirizzo IP pubblico ⟪docip⟫",
 "Contatti: ⟦email:plain/it⟧ — segreteria ⟦phone:it⟧",
 "Data di scadenza del documento: ⟪date:euslash⟫. Data di nascita: ⟦dob:eu⟧.",
])
fam('pt_br_cadastro', [
 "Nome completo: Ana Souza\nData de nascimento: ⟦dob:euslash⟧\nCelular: ⟦phone:br⟧\nE-mail: ⟪exemail⟫",
 "Oi! meu zap é ⟦phone:br⟧, me chama lá. pedido ⟪order⟫",
 "Mudei em ⟪date:pt⟫ para o Recife. Data de emissão do RG: ⟪date:euslash⟫.",
 "Segue meu cartão: ⟦card:mc_dash⟧ validade 05/28. Código de rastreio ⟪tracking⟫.",
 "Conta em Portugal: ⟪badiban:pt⟫ — telemóvel ⟦phone:pt⟧.",
 "Senha do sistema: ⟦secret:pw⟧ (não compartilhe)",
 "Meu e-mail é ⟦email:es⟧ — escrevi 'arroba' pra não cair no spam",
 "Chave de API da loja: ⟦secret:shopify⟧ versão da integração ⟪version⟫",
 "Conta IBAN para transferência internacional: ⟦iban:br⟧",
 "Aniversário da loja: ⟪date:pt⟫! Promoção até ⟪date:euslash⟫.",
])
fam('nl_klantenservice', [
 "Hoi, mijn rekeningnummer is ⟪badiban:nl⟫, graag het bedrag terugstorten. Bestelnr. ⟪order⟫",
 "Geboortedatum: ⟦dob:eudash⟧\nKlantnummer: ⟪=KN-771203⟫\nIngangsdatum: ⟪date:eudash⟫",
 "Bel me op ⟦phone:nl⟧ of mail naar ⟦email:nl⟧",
 "Ik woon sinds ⟪date:nl⟫ in Utrecht.",
 "Wachtwoord van de gedeelde mailbox: ⟦secret:pw⟧",
 "IBAN ⟪badiban:nl⟫ klopt niet volgens de bank, het juiste is ⟦iban:nl⟧.",
 "Factuur ⟪invoice⟫ betaald met ⟦card:visa_sp⟧ op ⟪date:eudash⟫.",
 "Contact België: ⟦phone:be⟧, rekening ⟦iban:be⟧",
 "e-mail: ⟦email:plain/nl⟧, telefoon ⟦phone:nl_nl⟧",
 "Track & trace ⟪tracking⟫, versie app ⟪version⟫, ip ⟪docip⟫",
])
fam('pl_formularze', [
 "Imię i nazwisko: Anna Kowalska\nData rejestracji: ⟪date:eu⟫\nTelefon: ⟦phone:pl⟧\nE-mail: ⟦email:plain/pl⟧",
 "Proszę o zwrot na konto ⟪badiban:pl⟫. Numer zamówienia ⟪order⟫.",
 "Urodziłem się ⟦dob:pl⟧ w Gdańsku, od 2019 pracuję w UK, mój NINO to ⟦nino:sp⟧.",
 "mój mail: ⟦email:pl⟧",
 "Hasło do konta firmowego: ⟦secret:pw⟧ (zmienić po urlopie)",
 "Karta ⟦card:visa_sp⟧ została zablokowana dnia ⟪date:eu⟫.",
 "Nr faktury ⟪invoice⟫, NIP ⟪=5260250274⟫, REGON ⟪=012100784⟫",
 "Zadzwoń: ⟦phone:pl⟧ albo ⟦phone:uk⟧ (numer brytyjski)",
 "Adres IP logowania: ⟪docip⟫; wersja ⟪version⟫; przeglądarka ⟪version4⟫",
 "Data wydania dowodu: ⟪date:eu⟫. Data ważności: ⟪date:eu⟫.",
])
fam('ru_obrashcheniya', [
 "Здравствуйте! Моя почта ⟦email:ru⟧, телефон ⟦phone:ru⟧. Номер заказа ⟪order⟫.",
 "ФИО: Смирнова Анна Сергеевна\nДата рождения: ⟦dob:eu⟧\nДата выдачи паспорта: ⟪date:eu⟫",
 "Переехал ⟪date:ru⟫ в Казань.",
 "Пароль от админки: ⟦secret:pw⟧, логин admin. Версия CMS ⟪version⟫.",
 "Карта ⟦card:mir_sp⟧ не проходит, пишет «ошибка 05». Заказ ⟪order⟫.",
 "Перезвоните мне: ⟦phone:ru_ru⟧",
 "Реквизиты для возврата (Украина): ⟦iban:ua⟧",
 "Пишите на ⟪exemail⟫ или в телеграм ⟦phone:ru⟧",
 "Токен бота: ⟦secret:telegram⟧ — не публикуйте!",
 "Подозрительный вход с IP ⟦ip:v4⟧, сессия ⟪uuid⟫, время ⟪ts⟫",
 "С днём рождения компании! Основана ⟪date:ru⟫. А мой день рождения — ⟪date:ru⟫, приходите на праздник.",
 "Дата обращения: ⟪date:ru⟫; СНИЛС и ИНН не указываю. Трек-номер ⟪tracking⟫.",
])
fam('ua_zvernennia', [
 "Добрий день! Мій номер ⟦phone:ua⟧, пошта ⟦email:plain/ua⟧.",
 "Дата народження: ⟦dob:ua⟧\nДата видачі: ⟪date:eu⟫",
 "Прошу повернути кошти на рахунок ⟪badiban:ua⟫. Номер замовлення ⟪order⟫.",
 "Пароль до Wi-Fi офісу: ⟦secret:pw⟧",
 "Картка ⟦card:visa_sp⟧, термін дії 12/27.",
 "Переїхала ⟪date:eu⟫ до Львова; телефон ⟦phone:ua⟧",
 "Версія застосунку ⟪version⟫, IP ⟪docip⟫",
 "Email: ⟦email:ru⟧ (пишу «собака», бо форма блокує)",
])
fam('zh_forms_chat', [
 "姓名：王芳\n出生日期：⟦dob:cjk⟧\n手机：⟦phone:cn⟧\n邮箱：⟦email:plain/zh⟧",
 "亲，我的邮箱是 ⟦email:hash/zh⟧（把#换成@）",
 "请打我电话 ⟦phone:cn⟧，订单号 ⟪order⟫，快递单号 ⟪=SF⟫⟪=1402935817263⟫",
 "生日派对在⟪date:cjk⟫，我本人的出生日期是⟦dob:cjk⟧。",
 "银行卡号：⟦card:up_sp⟧，开户行：招商银行。",
 "服务器 ⟪docip⟫ 的 root 密码是 ⟦secret:pws⟧，别外传。",
 "身份证有效期：⟪date:cjk⟫ 至 ⟪date:cjk⟫。签发：⟪date:iso⟫",
 "微信同号 ⟦phone:cn_fw⟧",
 "香港办公室电话 ⟦phone:hk⟧，台湾同事 ⟦phone:tw⟧",
 "版本号 ⟪version⟫，构建 ⟪build⟫，提交 ⟪git⟫，UUID ⟪uuid⟫",
 "阿里云 AccessKey ID：⟦secret=LTAI5t⟧⟦secret:^⟧".replace('⟦secret=LTAI5t⟧⟦secret:^⟧', '⟦secret=LTAI5tKq8ZrX2mPv9WnB3yHc⟧') + " AccessKey Secret：⟦secret=Xk3mQ9vR7tLp2ZsW8nB4yHc6JfD1aE⟧",
 "联系邮箱：⟦email:plain/zh⟧ 或 ⟪exemail⟫（测试用）",
])
fam('ja_forms_chat', [
 "氏名：田中 浩\n生年月日：⟦dob:cjk⟧\n電話：⟦phone:jp⟧\nメール：⟦email:plain/ja⟧",
 "生年月日 ⟦dob:wareki⟧ / 発行日 ⟪date:cjk⟫ / 有効期限 ⟪date:cjk⟫",
 "連絡先は ⟦email:ja/ja⟧ です（＠は半角に変えてください）",
 "携帯：⟦phone:jp_fw⟧",
 "クレジットカード番号 ⟦card:jcb_sp⟧ 有効期限 09/28",
 "注文番号 ⟪order⟫、お問い合わせ番号 ⟪=4821-3390-1177⟫",
 "社内Wi-Fiのパスワードは ⟦secret:pw⟧ です。",
 "振込先（海外送金用）：⟦iban:gb_sp⟧",
 "ログイン元IP ⟪docip⟫、端末バージョン ⟪version⟫",
 "誕生日会は⟪date:cjk⟫です！ちなみに私の生年月日は⟦dob:cjk0⟧です。",
 "メールアドレス：⟦email:star/ja⟧（★を@に）",
 "APIキー：⟦secret:gapi⟧（本番用、共有禁止）",
])
fam('ko_messages', [
 "이름: 김민준\n생년월일: ⟦dob:ko⟧\n휴대폰: ⟦phone:kr⟧\n이메일: ⟦email:plain/ko⟧",
 "연락처 ⟦phone:kr⟧ 로 문자 주세요. 주문번호 ⟪order⟫",
 "가입일 ⟪date:kodot⟫, 발급일 ⟪date:kodot⟫",
 "카드번호 ⟦card:mc_dash⟧ 유효기간 11/27",
 "비밀번호는 ⟦secret:pw⟧ 입니다. 바로 변경하세요.",
 "메일: ⟪exemail⟫, 회사 전화 ⟦phone:kr⟧",
 "운송장 번호 ⟪=6892 0113 4472⟫, 버전 ⟪version⟫",
 "접속 IP ⟦ip:v4⟧ 차단됨 (세션 ⟪uuid⟫)",
 "창립기념일 ⟪date:ko⟫ 행사 안내, 제 생일은 ⟦dob:ko⟧예요 (생년월일 기준).",
 "해외 송금 계좌: ⟪badiban:de⟫",
])
fam('ar_messages', [
 "مرحباً، رقم جوالي ⟦phone:sa⟧ والبريد ⟪exemail⟫",
 "تاريخ الميلاد: ⟦dob:arabic⟧\nتاريخ الإصدار: ⟪date:euslash⟫",
 "اتصل بي على ⟦phone:ae_arabic⟧ بعد المغرب",
 "رقم الآيبان: ⟦iban:sa_sp⟧ — البنك الأهلي",
 "ولدت في ⟦dob:ar⟧ في القاهرة، هاتفي ⟦phone:eg⟧",
 "كلمة المرور: ⟦secret:pw⟧ لا تشاركها مع أحد",
 "رقم البطاقة ⟦card:visa_arabic⟧ تنتهي ٠٩/٢٨",
 "رقم الطلب ⟪order⟫ ورقم التتبع ⟪tracking⟫",
 "آيبان الإمارات: ⟪badiban:ae⟫ ، رقم الهاتف ⟦phone:ae⟧",
 "عنوان IP المشبوه ⟪docip⟫ — الإصدار ⟪version⟫",
 "بريدي: ⟦email:at/ar⟧",
 "حساب قطر: ⟦iban:qa⟧ ، تاريخ العقد ⟪date:euslash⟫",
])
fam('he_messages', [
 "שלום, הטלפון שלי ⟦phone:il⟧ והמייל ⟦email:plain/he⟧",
 "תאריך לידה: ⟦dob:euslash⟧\nתאריך הנפקה: ⟪date:euslash⟫",
 "נולדתי ⟦dob:he⟧ בחיפה.",
 "מספר חשבון IBAN: ⟪badiban:il⟫",
 "הסיסמה לשרת: ⟦secret:pws⟧",
 "כרטיס אשראי ⟦card:visa_dash⟧ בתוקף עד 04/27",
 "מספר הזמנה ⟪order⟫, גרסה ⟪version⟫",
 "כתובת ה-IP שלי ⟦ip:v6⟧",
])
fam('hi_messages', [
 "नमस्ते, मेरा मोबाइल नंबर ⟦phone:in⟧ है और ईमेल ⟦email:plain/hi⟧",
 "जन्म तिथि: ⟦dob:hi⟧\nजारी करने की तिथि: ⟪date:euslash⟫",
 "मुझे ⟦phone:in_deva⟧ पर कॉल करें",
 "जन्मतिथि ⟦dob:hideva⟧ (देवनागरी अंकों में)",
 "पासवर्ड ⟦secret:pw⟧ है, किसी को मत बताना",
 "कार्ड नंबर ⟦card:visa_sp⟧, ऑर्डर ⟪order⟫",
 "ईमेल: ⟦email:words/hi⟧",
 "सर्वर आईपी ⟪docip⟫, संस्करण ⟪version⟫",
 "বাংলা: আমার ফোন ⟦phone:in⟧, জন্ম তারিখ ⟦dob:euslash⟧",
])
fam('tr_destek', [
 "Merhaba, telefonum ⟦phone:tr⟧, e-posta ⟦email:plain/tr⟧. Sipariş no ⟪order⟫.",
 "Doğum tarihi: ⟦dob:eu⟧\nVeriliş tarihi: ⟪date:eu⟫",
 "İade için IBAN: ⟦iban:tr_sp⟧",
 "⟦dob:tr⟧ tarihinde İzmir'de doğdum.",
 "Şifre: ⟦secret:pw⟧ — lütfen kimseyle paylaşmayın.",
 "Kart numarası ⟪badcard:mc⟫, son kullanma 07/27",
 "Kargo takip ⟪tracking⟫, uygulama sürümü ⟪version⟫",
 "Giriş IP adresi ⟦ip:v4⟧ engellendi.",
 "E-posta: ⟦email:at/tr⟧",
])
fam('el_forms', [
 "Ονοματεπώνυμο: Μαρία Νικολάου\nΗμερομηνία γέννησης: ⟦dob:euslash⟧\nΚινητό: ⟦phone:gr⟧",
 "Μετακόμισα στις ⟪date:el⟫ στη Θεσσαλονίκη.",
 "IBAN για επιστροφή: ⟪badiban:gr⟫",
 "Email: ⟦email:plain/el⟧ — τηλ. ⟦phone:gr⟧",
 "Κωδικός πρόσβασης: ⟦secret:pw⟧",
 "Αριθμός παραγγελίας ⟪order⟫, ημερομηνία έκδοσης ⟪date:euslash⟫",
 "Κάρτα ⟦card:visa_sp⟧ λήξη 02/28",
 "Έκδοση λογισμικού ⟪version⟫, IP ⟪docip⟫",
])
fam('th_vi_id_chat', [
 "สวัสดีครับ เบอร์โทร ⟦phone:th⟧ อีเมล ⟪exemail⟫",
 "วันเกิด: ⟦dob:thbe⟧ (พ.ศ.)",
 "โทร ⟦phone:th_thai⟧ ได้ตลอดครับ",
 "รหัสผ่าน ⟦secret:pw⟧ อย่าบอกใคร เลขพัสดุ ⟪tracking⟫",
 "Xin chào, số điện thoại của tôi là ⟦phone:vn⟧, email ⟦email:plain/vi⟧",
 "Ngày đăng ký: ⟪date:euslash⟫\nNgày cấp: ⟪date:euslash⟫",
 "Mật khẩu: ⟦secret:pw⟧. Mã đơn hàng ⟪order⟫",
 "Halo, nomor HP saya ⟦phone:id⟧, email ⟦email:plain/id⟧",
 "Tanggal lahir: ⟦dob:id⟧\nBerlaku hingga: ⟪date:id⟫",
 "Kartu kredit ⟦card:visa_sp⟧, no. pesanan ⟪order⟫, versi ⟪version⟫",
 "Số thẻ ⟦card:mc_sp⟧, IP đăng nhập ⟦ip:v4⟧",
 "Alamat IP ⟪docip⟫ diblokir; kata sandi lama ⟦secret:pw⟧",
])
fam('nordic_messages', [
 "Hej! Mitt nummer är ⟦phone:se⟧ och mejl ⟦email:plain/sv⟧",
 "Registreringsdatum: ⟪date:iso⟫\nUtfärdandedatum: ⟪date:iso⟫",
 "Född ⟦dob:sv⟧ i Göteborg. Konto: ⟦iban:se⟧",
 "Hei, ring meg på ⟦phone:no⟧, e-post ⟪exemail⟫. Kontonr (IBAN): ⟪badiban:no⟫",
 "Dato: ⟪date:eu⟫. Telefon ⟦phone:dk⟧, mail ⟦email:plain/da⟧",
 "IBAN: ⟦iban:fi_sp⟧ (Finland), ordrenummer ⟪order⟫",
 "Lösenordet till routern är ⟦secret:pw⟧, firmware ⟪version4⟫",
 "Faktura ⟪invoice⟫ förfaller ⟪date:iso⟫, bankgiro ⟪=5050-1055⟫",
])
fam('central_europe_forms', [
 "Jméno: Jan Novák\nDatum narození: ⟦dob:cs⟧\nTelefon: ⟦phone:cz⟧\nE-mail: ⟪exemail⟫",
 "Číslo účtu (IBAN): ⟪badiban:cz⟫, variabilní symbol ⟪=2024001187⟫",
 "Születési dátum: ⟦dob:hu⟧\nTelefon: ⟦phone:hu⟧\nIBAN: ⟦iban:hu_sp⟧",
 "Data emiterii: ⟪date:ro⟫\nTelefon: ⟦phone:ro⟧\nIBAN: ⟪badiban:ro⟫",
 "Heslo k e-mailu: ⟦secret:pw⟧ — platnost do ⟪date:eu⟫",
 "E-mail: ⟦email:plain/hu⟧, rendelésszám ⟪order⟫",
 "Parola: ⟦secret:pws⟧, versiunea ⟪version⟫, IP ⟪docip⟫",
 "Hrvatska: IBAN ⟦iban:hr⟧, Bugarska: ⟦iban:bg⟧",
 "Karta ⟦card:maestro_sp⟧ (Maestro), objednávka ⟪order⟫",
])
fam('fa_messages', [
 "سلام، شماره من ⟦phone:ir_persian⟧ است و ایمیل ⟦email:plain/fa⟧",
 "تاریخ تولد: ⟦dob:iso⟧ (میلادی)",
 "رمز عبور: ⟦secret:pw⟧",
 "شماره سفارش ⟪order⟫ ، نسخه ⟪version⟫",
 "شماره تماس ⟦phone:ir⟧ ، آیپی ⟦ip:v4⟧",
])
fam('multilingual_logs', [
 "⟪tslog⟫ WARN  [auth] Échec de connexion pour ⟦email:plain/fr⟧ depuis ⟦ip:v4⟧",
 "⟪tslog⟫ INFO  Benutzer ⟦email:plain/de⟧ angemeldet, Sitzung ⟪uuid⟫",
 "⟪tslog⟫ ERROR 支付失败 卡号=⟦card:up⟧ 订单=⟪order⟫",
 "⟪tslog⟫ DEBUG 送信先 ⟦email:plain/ja⟧ 件名=パスワード再設定 token=⟦secret:hex32⟧",
 "⟪ts⟫ [sms] Отправлено на ⟦phone:ru⟧, шаблон ⟪=sms_tpl_v2⟫",
 "⟪ts⟫ [kyc] fecha_nacimiento=⟦dob:iso⟧ fecha_expedicion=⟪date:iso⟫ doc=⟪uuid⟫",
 "⟪ts⟫ [pagamento] IBAN=⟦iban:it⟧ esito=OK rif=⟪invoice⟫",
 "⟪ts⟫ [login] 사용자 ⟪exemail⟫ IP ⟦ip:v4⟧ 성공",
 "⟪ts⟫ [webhook] تم الإرسال إلى ⟦secret:hook⟧",
 "⟪ts⟫ [db] bağlantı: mongodb://admin:⟦secret:pwu⟧@cluster0.brightlane.io/app?retryWrites=true",
])
fam('us_tax_forms', [
 "Form 1040 — Your social security number ⟦ssn:dash⟧ — Spouse's social security number ⟦ssn:dash⟧ — Preparer PTIN P⟪=01928374⟫",
 "1099-NEC  PAYER'S TIN ⟪ein⟫  RECIPIENT'S TIN ⟦ssn:dash⟧  Nonemployee compensation $⟪=18,400.00⟫",
 "W-9: Name Luis Ortega; TIN: ⟦ssn:sp⟧; exempt payee code: none; signed ⟪date:us⟫",
 "Taxpayer called; IRS notice CP2000 dated ⟪date:us⟫; SSN read back as ⟦ssn:dots⟧ (dots because of his keyboard).",
 "Dependents: Mia Ortega SSN ⟦ssn:dash⟧; Leo Ortega ITIN ⟪itin⟫; Mateo Ortega SSN pending",
 "Form SS-4 approved: EIN ⟪ein⟫ assigned to Ortega Landscaping LLC. Responsible party SSN ⟦ssn:dash⟧.",
 "Rejected e-file: primary SSN ⟪badssn⟫ is invalid (IRS reject code IND-031-04). Re-entered ⟦ssn:dash⟧.",
 "ssn=⟦ssn:plain⟧&tax_year=2024&filing_status=MFJ&agi=⟪=84210⟫",
 "Invalid SSNs found in upload: ⟪badssn⟫, ⟪badssn⟫, ⟪badssn⟫ — please review rows 12, 40, 77.",
 "State withholding form: SSN ⟦ssn:fw⟧ (entered with a Japanese IME, full-width)",
 "Texting my tax guy: it's ⟦ssn:split⟧ ... and then ⟦ssn:^⟧",
 "Sample return in the training manual uses SSN ⟪samplessn⟫ and EIN ⟪ein⟫; routing ⟪aba⟫.",
])
fam('uk_benefits_letters', [
 "Department for Work and Pensions\nYour National Insurance number: ⟦nino:sp⟧\nDate of this letter: ⟪date:enuk⟫\nReference: ⟪=UC/4471/9920⟫",
 "Universal Credit journal: please confirm your NI number. — It's ⟦nino:plain⟧, sorry for the delay.",
 "Student Finance England: customer reference ⟪=11789302417⟫, NINO ⟦nino:sp⟧, course start ⟪date:enuk⟫",
 "Child Benefit claim: parent NINO ⟦nino:dash⟧; child born ⟦dob:enuk⟧; claim date ⟪date:enuk⟫",
 "The NINO you entered (⟪badnino⟫) is not valid. Check the letters and try again.",
 "ni no ⟦nino:zw⟧ (copied from the HMRC app)",
 "Pension Credit: partner's National Insurance number ⟦nino:sp⟧, your number ⟦nino:sp⟧.",
 "Self Assessment: UTR ⟪=55219 83014⟫, NINO ⟦nino:fw⟧",
 "Employer note: temporary reference ⟪=TN 01 01 85 M⟫ used until the real NI number ⟦nino:plain⟧ arrived.",
 "Blue Badge application — applicant NI number ⟦nino:lower⟧, date of birth ⟦dob:euslash⟧",
])
fam('hard_negatives_mixed', [
 "Release notes ⟪version⟫ (⟪date:iso⟫): fixed crash on ⟪version4⟫, bumped openssl to ⟪version⟫, commit ⟪sha1⟫.",
 "Order ⟪order⟫ shipped via UPS ⟪ups⟫; invoice ⟪invoice⟫; SKU ⟪sku⟫; total ⟪price⟫.",
 "Checksums:\n⟪sha256⟫  app-linux-amd64.tar.gz\n⟪sha256⟫  app-darwin-arm64.tar.gz\nmd5 ⟪md5⟫",
 "Meeting at ⟪coords⟫ on ⟪date:en⟫ at 14:30; room booking ⟪uuid⟫; bring ISBN ⟪isbn⟫.",
 "Gift cards issued: ⟪giftcard⟫, ⟪giftcard⟫; device serials ⟪serial⟫, ⟪serial⟫.",
 "Documentation examples: ⟪exemail⟫, ⟪exphone⟫, ⟪docip⟫, ⟪docip6⟫, ⟪testcard⟫, ⟪sampleiban⟫, ⟪samplenino⟫.",
 "Card ending ⟪last4⟫, masked ⟪masked⟫, card-shaped voucher ⟪badcard⟫ (fails Luhn).",
 "Public identifiers: ⟪twiliosid⟫, ⟪arn⟫, account ⟪awsacct⟫, BIC ⟪bic⟫, sort code ⟪sortcode⟫, ABA ⟪aba⟫.",
 "Templates: password=⟪envref⟫ token=⟪envref⟫ key=⟪envref⟫",
 "OID ⟪oid⟫, netmask ⟪netmask⟫, resolver ⟪resolver⟫, MAC ⟪mac⟫, CVE ⟪cve⟫.",
 "Build ⟪build⟫ digest ⟪digest⟫ pod ⟪pod⟫ ts ⟪epochms⟫ epoch ⟪epoch⟫",
 "Mongo _id ⟪objectid⟫, request ⟪UUID⟫, webhook signature ⟪hmacsig⟫, colour ⟪hexcolor⟫",
])
fam('eu_hard_negatives', [
 "Votre commande ⟪order⟫ a été expédiée le ⟪date:fr⟫. Numéro de suivi : ⟪tracking⟫. Facture ⟪invoice⟫ disponible dans votre espace.",
 "Date d'émission : ⟪date:euslash⟫ — date d'expiration : ⟪date:euslash⟫ — n° de série ⟪serial⟫.",
 "Ihre Bestellung ⟪order⟫ über ⟪amount⟫ € wurde am ⟪date:de⟫ versandt. Sendungsnummer ⟪tracking⟫.",
 "Gültig bis ⟪date:eu⟫. Ausstellungsdatum ⟪date:eu⟫. Kartenfolgenummer ⟪last4⟫. Beispiel-IBAN: ⟪sampleiban⟫",
 "Su pedido ⟪order⟫ llegará el ⟪date:es⟫. Referencia de pago ⟪invoice⟫, importe ⟪amount⟫ €.",
 "Tarjeta terminada en ⟪last4⟫ (⟪masked⟫). Fecha de caducidad ⟪date:euslash⟫.",
 "Il tuo ordine ⟪order⟫ è stato spedito il ⟪date:it⟫. Versione app ⟪version⟫, build ⟪build⟫.",
 "Uw pakket ⟪tracking⟫ wordt bezorgd op ⟪date:nl⟫. Factuurnummer ⟪invoice⟫.",
 "Zamówienie ⟪order⟫ wysłane ⟪date:pl⟫. Kod rabatowy ⟪=LATO-2024⟫. Karta podarunkowa ⟪giftcard⟫.",
 "Заказ ⟪order⟫ доставлен ⟪date:ru⟫. Чек ⟪invoice⟫, сумма ⟪amount⟫ ₽. Версия приложения ⟪version⟫.",
 "Siparişiniz ⟪order⟫ ⟪date:tr⟫ tarihinde kargoya verildi. Takip no ⟪tracking⟫.",
 "Η παραγγελία σας ⟪order⟫ στάλθηκε στις ⟪date:el⟫. Τιμολόγιο ⟪invoice⟫.",
])
fam('cjk_business_messages', [
 "您好，您的订单 ⟪order⟫ 已于 ⟪date:cjk⟫ 发货，运单号 ⟪tracking⟫。如有疑问请致电客服 ⟦phone:cn⟧。",
 "会议时间：⟪date:cjk⟫ 14:00，会议号 ⟪=812 3345 9012⟫，密码请向 ⟦email:plain/zh⟧ 索取。",
 "发票号码 ⟪invoice⟫，金额 ⟪price⟫，开票日期 ⟪date:cjk⟫。",
 "数据库连接串：mysql://root:⟦secret:pwu⟧@rm-bp1x.mysql.rds.aliyuncs.com:3306/shop",
 "お世話になっております。請求書番号 ⟪invoice⟫ の支払期日は ⟪date:cjk⟫ です。",
 "担当：鈴木（⟦email:plain/ja⟧ / ⟦phone:jp⟧）。バージョン ⟪version⟫ にて修正済みです。",
 "入社日：⟪date:cjk⟫　社員番号：⟪=E-20413⟫　生年月日：⟦dob:cjk⟧",
 "パスワードリセット用URL: https://id.brightlane.io/reset?token=⟦secret:hex32⟧ （24時間有効）",
 "주문번호 ⟪order⟫ 배송 시작일 ⟪date:ko⟫, 송장번호 ⟪tracking⟫",
 "담당자 이메일 ⟦email:plain/ko⟧, 사내 내선 ⟪=4412⟫, 서버 버전 ⟪version⟫",
 "청구서 ⟪invoice⟫ 결제 카드 ⟪masked⟫, 승인번호 ⟪=30912847⟫",
 "台灣辦公室：⟦phone:tw⟧，統一編號 ⟪=24536806⟫，發票日期 ⟪date:cjk⟫",
])
fam('mena_south_asia_sms', [
 "عزيزي العميل، تم خصم ⟪price⟫ من بطاقتك المنتهية بـ ⟪last4⟫ بتاريخ ⟪date:euslash⟫. رقم العملية ⟪=TXN88213409⟫",
 "رقم الشحنة ⟪tracking⟫ سيصل بتاريخ ⟪date:ar⟫. للاستفسار: ⟦phone:sa⟧",
 "الفاتورة ⟪invoice⟫ مستحقة في ⟪date:euslash⟫، المبلغ ⟪amount⟫ درهم",
 "تم تحديث التطبيق إلى الإصدار ⟪version⟫ ، رقم البناء ⟪build⟫",
 "پیامک بانک: برداشت ⟪amount⟫ ریال از کارت ⟪masked⟫ در تاریخ ⟪date:iso⟫",
 "प्रिय ग्राहक, आपका ऑर्डर ⟪order⟫ ⟪date:hi⟫ को डिलीवर होगा। ट्रैकिंग ⟪tracking⟫",
 "आपके खाते से ⟪price⟫ डेबिट हुए, कार्ड ⟪masked⟫, संदर्भ ⟪=UTR402918837712⟫",
 "हेल्पलाइन: ⟦phone:in⟧, ईमेल ⟦email:plain/hi⟧",
 "ڈیئر کسٹمر، آپ کا آرڈر ⟪order⟫ روانہ ہو گیا ہے۔ رابطہ: ⟦phone:in⟧",
 "আপনার অর্ডার ⟪order⟫ ⟪date:euslash⟫ তারিখে পৌঁছাবে। সংস্করণ ⟪version⟫",
 "הזמנה ⟪order⟫ נשלחה ב-⟪date:he⟫, מספר מעקב ⟪tracking⟫",
 "Kiitos tilauksestasi ⟪order⟫! Toimituspäivä ⟪date:eu⟫, lasku ⟪invoice⟫.",
])
fam('latam_iberia_chat', [
 "oi, manda o boleto pro meu email ⟦email:plain/pt⟧ por favor, o pedido é ⟪order⟫",
 "vencimento do boleto ⟪date:euslash⟫, código de barras ⟪=34191.79001 01043.510047 91020.150008 9 95870000010000⟫",
 "Senha do Wi-Fi da loja: ⟦secret:pw⟧ — rede ⟪=LOJA_5G⟫",
 "hola!! mi cel es ⟦phone:mx⟧, escríbeme por whatsapp porfa",
 "¿me pasas la clave del servidor? — es ⟦secret:pws⟧, pero cámbiala ya",
 "Fecha de emisión de la póliza ⟪date:es⟫, número de póliza ⟪policy⟫, vigencia hasta ⟪date:es⟫",
 "Cumpleaños del jefe el ⟪date:es⟫, ¡traigan pastel! (no es un dato personal, es la fiesta)",
 "Mi correo es ⟦email:es/es⟧ y el fijo ⟦phone:es⟧",
 "Transferência para ⟦iban:pt⟧ confirmada, ref. ⟪invoice⟫",
 "token da API do ERP: ⟦secret:bearer⟧ (expira em ⟪date:euslash⟫)",
 "versión ⟪version⟫ con el hash ⟪sha1⟫, ticket ⟪ticket⟫",
 "Nací un ⟦dob:es⟧, así que ya cumplí los años para la jubilación anticipada.",
])

if __name__ == "__main__":
    main()
