#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c21.
Standard library only. One random.Random(21733). Run: python3 gen.py  -> writes set.txt
Template mini-language (inside each hand-written template):
  ⟪kind:gen(args)|filter(args)...⟫  labelled span of `kind`, value from generator
  ⟪kind'literal⟫                    labelled span with literal text
  ⟪~gen(args)|filter...⟫            planted look-alike (unlabelled, counted)
  ⟪~'literal⟫                       planted literal look-alike (unlabelled, counted)
Arguments are separated by ';'.
"""
import base64, random, re, string, sys, unicodedata, urllib.parse

R = random.Random(21733)
AL = string.ascii_letters + string.digits
HEXL = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
URLB64 = string.ascii_letters + string.digits + '-_'

# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def luhn_digit(partial):
    for c in '0123456789':
        if luhn_ok(partial + c):
            return c

def iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha(): return False
    return iban_num(s[4:] + s[:4]) % 97 == 1

TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556',
              '4012888888881881', '378282246310005', '371449635398431', '6011111111111117',
              '5105105105105100', '3530111333300000', '30569309025904'}
SAMPLE_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819',
                'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'BE68539007547034',
                'ES9121000418450200051332', 'IT60X0542811101000000123456', 'CH9300762011623852957',
                'AT611904300234573201', 'PL61109010140000071219812874'}

def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0: return False
    return '%03d-%02d-%04d' % (a, g, s) not in ('078-05-1120', '219-09-9999', '123-45-6789')

NINO_BAD_PFX = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
def nino_ok(s):
    s = s.replace(' ', '').upper()
    m = re.fullmatch(r'([A-Z])([A-Z])\d{6}([A-D])', s)
    if not m: return False
    a, b = m.group(1), m.group(2)
    return a not in 'DFIQUV' and b not in 'DFIOQUV' and a + b not in NINO_BAD_PFX

# ---------------------------------------------------------------- scanner for forbidden unlabelled valid values
IBAN_LEN = {}
def scan_unlabelled(text):
    """Return list of problems: valid card/IBAN/SSN/NINO values found outside spans."""
    bad = []
    for m in re.finditer(r'(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])', text):
        d = re.sub(r'\D', '', m.group(0))
        if luhn_ok(d) and d not in TEST_CARDS:
            bad.append('luhn-valid number ' + m.group(0))
    for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})', text):
        cc = m.group(1)
        if cc not in IBAN_LEN: continue
        comp = (m.group(1) + m.group(2) + m.group(3)).replace(' ', '')
        cand = comp[:IBAN_LEN[cc]]
        if len(cand) == IBAN_LEN[cc] and iban_ok(cand) and cand not in SAMPLE_IBANS:
            bad.append('valid IBAN ' + cand)
    for m in re.finditer(r'(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])', text):
        if ssn_ok(*m.groups()):
            bad.append('valid SSN ' + m.group(0))
    for m in re.finditer(r'(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])', text):
        if nino_ok(m.group(0)) and m.group(0).replace(' ', '') != 'QQ123456C':
            bad.append('valid NINO ' + m.group(0))
    return bad

# ---------------------------------------------------------------- value generators
def rs(chars, n):
    return ''.join(R.choice(chars) for _ in range(n))

def pat(p):
    """~aN alnum, ~lN lower+digit, ~AN upper+digit, ~UN upper letters, ~hN hex, ~HN HEX, ~bN base64, ~uN urlsafe,
    ~dN digits, ~xN lower letters; '#' digit."""
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == '~' and i + 1 < len(p) and p[i + 1] in 'alAUhHbudx':
            t = p[i + 1]; j = i + 2
            while j < len(p) and p[j].isdigit(): j += 1
            n = int(p[i + 2:j])
            cs = {'a': AL, 'l': string.ascii_lowercase + string.digits, 'A': string.ascii_uppercase + string.digits,
                  'U': string.ascii_uppercase, 'h': HEXL, 'H': HEXL.upper(), 'b': B64, 'u': URLB64,
                  'd': string.digits, 'x': string.ascii_lowercase}[t]
            out.append(rs(cs, n)); i = j
        elif c == '#':
            out.append(R.choice(string.digits)); i += 1
        else:
            out.append(c); i += 1
    return ''.join(out)

CARD_BRANDS = {
    'visa': (['4'], 16), 'visa13': (['4'], 13), 'mc': (['51', '52', '53', '54', '55'], 16), 'mc2': (['2221', '2300', '2488', '2630', '2720'], 16),
    'amex': (['34', '37'], 15), 'disc': (['6011', '644', '65'], 16), 'jcb': (['3528', '3541', '3566', '3589'], 16),
    'cup': (['62'], 16), 'cup19': (['62'], 19), 'mir': (['2200', '2202', '2204'], 16), 'diners': (['36', '38'], 14),
    'rupay': (['6521', '6522', '60'], 16), 'troy': (['9792'], 16), 'maestro': (['6759', '5018'], 19),
}

def card_digits(brand):
    pf, n = CARD_BRANDS[brand]
    while True:
        p = R.choice(pf)
        body = p + rs(string.digits, n - len(p) - 1)
        d = body + luhn_digit(body)
        if d not in TEST_CARDS: return d

def group_card(d, sep):
    if len(d) == 15: g = [4, 6, 5]
    elif len(d) == 14: g = [4, 6, 4]
    elif len(d) == 19: g = [4, 4, 4, 4, 3]
    elif len(d) == 13: g = [4, 3, 3, 3]
    else: g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k]); i += k
    return sep.join(out)

def g_card(brand='visa', sep=' '):
    return group_card(card_digits(brand), {'none': '', 'sp': ' ', 'dash': '-', 'dot': '.'}.get(sep, sep))

def g_badcard(brand='visa', sep=' '):
    d = card_digits(brand)
    last = str((int(d[-1]) + R.randint(1, 9)) % 10)
    return group_card(d[:-1] + last, {'none': '', 'sp': ' ', 'dash': '-'}.get(sep, sep))

def g_serial(n='16', sep=' '):
    """card-shaped serial / gift-card number that fails Luhn"""
    n = int(n)
    sep = {'sp': ' ', 'dash': '-', 'none': ''}.get(sep, sep)
    while True:
        d = rs(string.digits, n)
        if not luhn_ok(d) and d[0] != '0': break
    return ' '.join(d[i:i + 4] for i in range(0, n, 4)) if sep == ' ' else (d if sep in ('none', '') else sep.join(d[i:i + 4] for i in range(0, n, 4)))

def g_mask(brand='visa', style='*'):
    d = card_digits(brand)
    if style == '*': return '**** **** **** ' + d[-4:]
    if style == 'x': return 'XXXX-XXXX-XXXX-' + d[-4:]
    if style == 'bin': return d[:6] + '******' + d[-4:]
    if style == 'dots': return '•••• ' + d[-4:]
    return d[-4:]

IBAN_SPEC = {  # country: bban pattern
    'DE': '##################', 'FR': '#######################', 'ES': '####################',
    'IT': 'U######################', 'PT': '#####################', 'RO': 'BANK~A16', 'GR': '#######################',
    'IL': '###################', 'BG': 'BANK######~A8', 'LT': '################', 'LV': 'BANK#############',
    'EE': '################', 'IS': '######################', 'GB': 'BANK##############', 'NL': 'BANK##########',
    'BE': 'BE', 'AZ': 'BANK~A20', 'GE': 'BK################', 'KZ': '###~A13', 'RS': '##################',
    'TR': '#####0################', 'PL': '########################', 'CH': '#################',
    'AT': '################', 'IE': 'BANK##############', 'SE': '####################', 'NO': '###########',
    'DK': '##############', 'FI': '##############', 'HR': '#################', 'SI': '###############',
    'UA': '######~A19', 'ME': '##################', 'MK': '###~A10##', 'SA': '##~A18', 'AE': '###################',
    'PK': 'BANK~A16', 'CY': '########~A16', 'MT': 'BANK#####~A18', 'LU': '###~A13', 'CZ': '####################',
    'HU': '########################', 'SK': '####################', 'AL': '########~A16', 'MD': '~A20', 'BA': '################',
}
BANKS = {'RO': ['BTRL', 'RNCB', 'INGB', 'BRDE', 'BACX'], 'BG': ['UNCR', 'BPBI', 'STSA', 'FINV'], 'LV': ['HABA', 'UNLA', 'PARX'],
         'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], 'NL': ['ABNA', 'INGB', 'RABO', 'TRIO'], 'AZ': ['NABZ', 'IBAZ', 'PAHA'],
         'IE': ['AIBK', 'BOFI'], 'PK': ['MEZN', 'HABB', 'UNIL'], 'MT': ['MALT', 'VALL'], 'GE': ['TB', 'BG']}
IBAN_LEN.update({cc: 4 + len(pat(p.replace('BANK', 'XXXX').replace('BK', 'XX')) if cc != 'BE' else '#' * 12) for cc, p in IBAN_SPEC.items()})

def iban_compact(cc):
    p = IBAN_SPEC[cc]
    if cc == 'BE':
        b = rs(string.digits, 10)
        k = int(b) % 97 or 97
        bban = b + '%02d' % k
    else:
        if 'BANK' in p: p = p.replace('BANK', R.choice(BANKS[cc]))
        if cc == 'GE': p = p.replace('BK', R.choice(BANKS['GE']), 1)
        bban = pat(p)
    chk = 98 - iban_num(bban + cc + '00') % 97
    s = cc + '%02d' % chk + bban
    assert iban_ok(s)
    if s in SAMPLE_IBANS: return iban_compact(cc)
    return s

def fmt_iban(s, style):
    if style == 'sp': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'dash': return '-'.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def g_iban(cc='DE', style='sp'):
    return fmt_iban(iban_compact(cc), style)

def g_badiban(cc='DE', style='sp'):
    s = iban_compact(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    i = R.choice(pos)
    s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
    assert not iban_ok(s)
    return fmt_iban(s, style)

def g_ssn(sep='-'):
    while True:
        a = R.randint(1, 899); g = R.randint(1, 99); s = R.randint(1, 9999)
        if ssn_ok(a, g, s): break
    sep = {'sp': ' ', 'none': ''}.get(sep, sep)
    return '%03d%s%02d%s%04d' % (a, sep, g, sep, s)

def g_badssn(rule='', sep='-'):
    a = R.randint(1, 665); g = R.randint(1, 99); s = R.randint(1, 9999)
    rule = rule or R.choice(['a0', 'a666', 'a9', 'g0', 's0'])
    if rule == 'a0': a = 0
    elif rule == 'a666': a = 666
    elif rule == 'a9': a = R.randint(900, 999); g = R.choice([R.randint(1, 69), R.randint(89, 89), R.randint(93, 99)])
    elif rule == 'g0': g = 0
    elif rule == 's0': s = 0
    sep = {'sp': ' ', 'none': ''}.get(sep, sep)
    return '%03d%s%02d%s%04d' % (a, sep, g, sep, s)

NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'
NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
def g_nino(style='sp'):
    while True:
        p = R.choice(NINO_A) + R.choice(NINO_B)
        if p not in NINO_BAD_PFX: break
    d = rs(string.digits, 6); suf = R.choice('ABCD')
    if style == 'sp': return '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], suf)
    if style == 'dash': return '%s-%s-%s-%s-%s' % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf

def g_badnino(rule='', style='sp'):
    p = R.choice('ABCEGHJKLMNPRSTWXY') + R.choice(NINO_B)
    while p in NINO_BAD_PFX: p = R.choice('ABCEGHJKLMNPRSTWXY') + R.choice(NINO_B)
    rule = rule or R.choice(['a', 'b', 'pfx'])
    if rule == 'a': p = R.choice('DFIQUV') + p[1]
    elif rule == 'b': p = p[0] + R.choice('DFIOQUV')
    elif rule == 'pfx': p = R.choice(sorted(NINO_BAD_PFX))
    d = rs(string.digits, 6); suf = R.choice('ABCD')
    if style == 'sp': return '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf

def g_ip(kind='pub'):
    while True:
        if kind == 'priv':
            c = R.choice(['10', '172', '192'])
            if c == '10': ip = '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
            elif c == '172': ip = '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
            else: ip = '192.168.%d.%d' % (R.randint(0, 255), R.randint(2, 254))
            return ip
        a = R.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203): continue
        return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def g_ip6(kind='pub'):
    pre = R.choice(['2a02', '2a01', '2600', '2607', '2804', '2c0f', '2405', '2a00', '2001:0470'.split(':')[0] + ':' + '4860'])
    groups = [pre] if ':' not in pre else pre.split(':')
    while len(groups) < 4: groups.append('%x' % R.randint(1, 0xffff))
    if R.random() < 0.5:
        return ':'.join(groups) + '::' + '%x' % R.randint(1, 0xffff)
    while len(groups) < 8: groups.append('%x' % R.randint(0, 0xffff))
    return ':'.join(groups)

def g_docip(kind='4'):
    if kind == '6': return '2001:db8:%x::%x' % (R.randint(1, 0xfff), R.randint(1, 0xff))
    return R.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254))

DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me', 'icloud.com', 'gmx.net', 'mail.ru',
           'yandex.ru', 'aol.com', 'zoho.com', 'fastmail.com']
def g_email(local='', domain=''):
    if not local:
        local = rs(string.ascii_lowercase, R.randint(4, 8))
    if '@' in local: return local
    local = pat(local)
    if local.endswith('+'): local = local[:-1] + str(R.randint(2, 99))
    return local + '@' + (domain or R.choice(DOMAINS))

MONTHS = {
 'en': 'January February March April May June July August September October November December',
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
 'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
 'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
 'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
 'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
 'sw': 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba',
 'tl': 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre',
 'ta': 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
 'te': 'జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్',
 'mr': 'जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
 'pa': 'ਜਨਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ',
 'ne': 'जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर',
 'km': 'មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ',
 'my': 'ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ',
 'kk': 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
 'uz': 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr',
 'ka': 'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
 'hy': 'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
 'az': 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
 'sr': 'јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра',
 'srl': 'januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra',
 'bg': 'януари февруари март април май юни юли август септември октомври ноември декември',
 'lt': 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
 'lv': 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
 'et': 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
 'is': 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
 'ca': 'de_gener de_febrer de_març d’abril de_maig de_juny de_juliol d’agost de_setembre d’octubre de_novembre de_desembre',
 'cy': 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
 'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
 'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
 'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
 'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
 'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
}
ABBR = {
 'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec', 'es': 'ene feb mar abr may jun jul ago sep oct nov dic',
 'pt': 'jan fev mar abr mai jun jul ago set out nov dez', 'it': 'gen feb mar apr mag giu lug ago set ott nov dic',
 'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.', 'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
 'ro': 'ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.', 'ca': 'gen. febr. març abr. maig juny jul. ag. set. oct. nov. des.',
 'tl': 'Ene Peb Mar Abr May Hun Hul Ago Set Okt Nob Dis', 'is': 'jan. feb. mar. apr. maí jún. júl. ágú. sep. okt. nóv. des.',
 'lt': 'saus. vas. kov. bal. geg. birž. liep. rugp. rugs. spal. lapkr. gruod.', 'et': 'jaan veebr märts apr mai juuni juuli aug sept okt nov dets',
 'el': 'Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ', 'bg': 'яну фев мар апр май юни юли авг сеп окт ное дек',
 'sw': 'Jan Feb Mac Apr Mei Jun Jul Ago Sep Okt Nov Des', 'cy': 'Ion Chwef Maw Ebr Mai Meh Gorff Awst Medi Hyd Tach Rhag',
 'ru': 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.',
}
ORD = {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}

def g_dob(fmt='DD/MM/YYYY', lang='en', y0='1940', y1='2007'):
    y = R.randint(int(y0), int(y1)); m = R.randint(1, 12); d = R.randint(1, 28)
    mon = MONTHS.get(lang, MONTHS['en']).split()[m - 1].replace('_', ' ')
    ab = ABBR.get(lang, ABBR['en']).split()[m - 1]
    toks = [('YYYY', '%04d' % y), ('YY', '%02d' % (y % 100)), ('MONU', mon.upper()), ('MON', mon), ('MOA', ab), ('MOU', ab.upper()),
            ('MM', '%02d' % m), ('DDo', '%d%s' % (d, ORD.get(d, 'th'))), ('DD', '%02d' % d), ('M', str(m)), ('D', str(d)),
            ('ROM', ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][m - 1])]
    out = ''; i = 0
    while i < len(fmt):
        for t, v in toks:
            if fmt.startswith(t, i):
                out += v; i += len(t); break
        else:
            out += fmt[i]; i += 1
    return out

def g_pw(style='mix'):
    words = ['Sunflower', 'Tigre', 'Lua', 'Primavera', 'Dragon', 'Kavala', 'Mango', 'Falcon', 'Sakura', 'Baobab', 'Nairobi',
             'Tbilisi', 'Ararat', 'Reykjavik', 'Salsa', 'Orinoco', 'Kimchi', 'Laguna', 'Borsch', 'Aurora', 'Delfin', 'Kaktus']
    if style == 'word':
        return R.choice(words) + str(R.randint(1, 99)) + R.choice('!@#$%&*?') + str(R.randint(1970, 2012))[2:]
    if style == 'pin': return pat('######')
    if style == 'long': return rs(AL + '!#%^*-_=+', 24)
    if style == 'phrase':
        return '-'.join(R.choice(['river', 'copper', 'mint', 'lantern', 'orbit', 'velvet', 'harbor', 'quartz', 'ember', 'tundra']) for _ in range(4)) + str(R.randint(1, 9))
    return rs(AL, 6) + R.choice('!@#$%&*') + rs(AL, 5) + str(R.randint(10, 99))

B64STD = lambda b: base64.b64encode(b).decode()

def g_jwt(alg='HS256'):
    hdr = base64.urlsafe_b64encode(('{"alg":"%s","typ":"JWT"}' % alg).encode()).decode().rstrip('=')
    sub = rs(string.digits, 8)
    body = '{"sub":"%s","iat":%d,"exp":%d,"role":"%s"}' % (sub, 1760000000 + R.randint(0, 9999999), 1790000000 + R.randint(0, 9999999), R.choice(['user', 'admin', 'driver', 'service']))
    pl = base64.urlsafe_b64encode(body.encode()).decode().rstrip('=')
    return hdr + '.' + pl + '.' + rs(URLB64, 43 if alg.startswith('HS') else 86)

def g_pem(kind='RSA', lines='6'):
    n = int(lines)
    head = {'RSA': 'RSA PRIVATE KEY', 'EC': 'EC PRIVATE KEY', 'PK8': 'PRIVATE KEY', 'OSSH': 'OPENSSH PRIVATE KEY'}[kind]
    body = []
    if kind == 'OSSH':
        body.append('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + rs(B64, 2))
        for _ in range(n - 1): body.append(rs(B64, 70))
    else:
        first = {'RSA': 'MIIEpAIBAAKCAQEA', 'EC': 'MHcCAQEEI', 'PK8': 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC'}[kind]
        body.append(first + rs(B64, 64 - len(first)))
        for _ in range(n - 1): body.append(rs(B64, 64))
    body.append(rs(B64, R.randint(20, 40)) + '==')
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (head, '\n'.join(body), head)

def g_b64(value):
    return B64STD(value.encode())

def g_basic(user='admin'):
    return B64STD(('%s:%s' % (user, g_pw())).encode())

def g_slackhook():
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(string.ascii_uppercase + string.digits, 8), rs(string.ascii_uppercase + string.digits, 10), rs(AL, 24))

def g_uuid():
    h = rs(HEXL, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])

def g_ts(style='iso'):
    y = R.randint(2023, 2026); mo = R.randint(1, 12); d = R.randint(1, 28); hh = R.randint(0, 23); mi = R.randint(0, 59); ss = R.randint(0, 59)
    if style == 'iso': return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (y, mo, d, hh, mi, ss)
    if style == 'isoms': return '%04d-%02d-%02dT%02d:%02d:%02d.%03d+00:00' % (y, mo, d, hh, mi, ss, R.randint(0, 999))
    if style == 'log': return '%04d-%02d-%02d %02d:%02d:%02d' % (y, mo, d, hh, mi, ss)
    if style == 'epoch': return str(R.randint(1700000000, 1790000000))
    if style == 'epochms': return str(R.randint(1700000000000, 1790000000000))
    if style == 'date': return '%04d-%02d-%02d' % (y, mo, d)
    if style == 'dmy': return '%02d.%02d.%04d' % (d, mo, y)
    if style == 'dmys': return '%02d/%02d/%04d' % (d, mo, y)
    if style == 'syslog': return '%s %2d %02d:%02d:%02d' % (['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1], d, hh, mi, ss)
    return '%04d%02d%02d' % (y, mo, d)

def g_ver(style='sem'):
    if style == 'sem': return '%d.%d.%d' % (R.randint(0, 9), R.randint(0, 40), R.randint(0, 30))
    if style == 'v4': return '%d.%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30), R.randint(100, 9999))
    return 'v%d.%d' % (R.randint(1, 9), R.randint(0, 20))

def g_isbn():
    while True:
        b = '978' + rs(string.digits, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
        d = b + str((10 - s % 10) % 10)
        if not luhn_ok(d):
            return '%s-%s-%s-%s-%s' % (d[:3], d[3], d[4:8], d[8:12], d[12])

def g_coord():
    return '%.6f, %.6f' % (R.uniform(-60, 70), R.uniform(-170, 170))

def g_sha(n='64'):
    return rs(HEXL, int(n))

GENS = {
    'e': g_email, 'email': g_email, 'd': pat, 't': pat, 'card': g_card, 'badcard': g_badcard, 'serial': g_serial, 'mask': g_mask,
    'iban': g_iban, 'badiban': g_badiban, 'ssn': g_ssn, 'badssn': g_badssn, 'nino': g_nino, 'badnino': g_badnino,
    'ip': g_ip, 'ip6': g_ip6, 'docip': g_docip, 'dob': g_dob, 'pw': g_pw, 'jwt': g_jwt, 'pem': g_pem, 'b64': g_b64,
    'basic': g_basic, 'slackhook': g_slackhook, 'uuid': g_uuid, 'ts': g_ts, 'ver': g_ver, 'isbn': g_isbn, 'coord': g_coord,
    'sha': g_sha,
}

# ---------------------------------------------------------------- filters (obfuscations)
SCRIPTS = {'deva': 0x966, 'beng': 0x9E6, 'guru': 0xA66, 'taml': 0xBE6, 'telu': 0xC66, 'khmr': 0x17E0, 'mymr': 0x1040,
           'arab': 0x660, 'fa': 0x6F0, 'thai': 0xE50, 'fw': 0xFF10}
INVIS = {'zwsp': '\u200b', 'zwj': '\u200d', 'zwnj': '\u200c', 'wj': '\u2060', 'shy': '\u00ad', 'nbsp': '\u00a0', 'nnbsp': '\u202f', 'cgj': '\u034f'}
SPELL = {
    'en': 'zero one two three four five six seven eight nine', 'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'pt': 'zero um dois três quatro cinco seis sete oito nove', 'it': 'zero uno due tre quattro cinque sei sette otto nove',
    'tl': 'sero isa dalawa tatlo apat lima anim pito walo siyam', 'sw': 'sifuri moja mbili tatu nne tano sita saba nane tisa',
    'ro': 'zero unu doi trei patru cinci șase șapte opt nouă', 'el': 'μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα',
}

def f_obf(v, at=' [at] ', dot=' [dot] '):
    local, _, dom = v.partition('@')
    return local.replace('.', dot) + at + dom.replace('.', dot)

def f_zw(v, kind='zwsp', n='2'):
    ch = INVIS[kind]; n = int(n)
    pos = sorted(R.sample(range(1, len(v)), min(n, len(v) - 1)), reverse=True)
    for p in pos: v = v[:p] + ch + v[p:]
    return v

def f_fw(v):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in v)

def f_digits(v, script='deva'):
    base = SCRIPTS[script]
    return ''.join(chr(base + int(c)) if c.isdigit() and c.isascii() else c for c in v)

def f_nl(v, at=''):
    if at: i = v.index(at) + len(at)
    else:
        cands = [i for i, c in enumerate(v) if c in ' -.' and 3 < i < len(v) - 3]
        i = R.choice(cands) + 1 if cands else len(v) // 2
    return v[:i] + '\n' + v[i:]

def f_spell(v, lang='en', sep=' '):
    w = SPELL[lang].split()
    return sep.join(w[int(c)] if c.isdigit() else ('plus' if c == '+' else c) for c in v if c not in ' -().')

def f_sp(v, sep=' '):
    return sep.join(v)

FILTERS = {
    'obf': f_obf, 'zw': f_zw, 'fw': f_fw, 'digits': f_digits, 'nl': f_nl, 'spell': f_spell, 'sp': f_sp,
    'pct': lambda v: urllib.parse.quote(v, safe=''), 'pctat': lambda v: v.replace('@', '%40').replace('+', '%2B'),
    'b64': lambda v: B64STD(v.encode()), 'b64u': lambda v: base64.urlsafe_b64encode(v.encode()).decode().rstrip('='),
    'rev': lambda v: v[::-1], 'upper': lambda v: v.upper(), 'lower': lambda v: v.lower(),
    'ent': lambda v: v.replace('@', '&#64;').replace('.', '&#46;'), 'entx': lambda v: ''.join('&#x%x;' % ord(c) if c in '@.' else c for c in v),
    'ju': lambda v: v.replace('@', '\\u0040'), 'qp': lambda v: v.replace('=', '=3D').replace('@', '=40'),
    'nosp': lambda v: v.replace(' ', ''), 'dash': lambda v: v.replace(' ', '-'), 'dot': lambda v: v.replace(' ', '.'),
}

# ---------------------------------------------------------------- rendering
PH = re.compile(r'⟪(.*?)⟫', re.S)
KINDS = {'email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret'}

def call(expr):
    m = re.fullmatch(r'(\w+)(?:\((.*)\))?', expr, re.S)
    if not m: raise ValueError('bad expr ' + expr)
    name, args = m.group(1), m.group(2)
    args = args.split(';') if args else []
    return name, args

def split_pipes(s):
    parts, depth, cur = [], 0, ''
    for c in s:
        if c == '(' : depth += 1
        if c == ')' : depth -= 1
        if c == '|' and depth == 0:
            parts.append(cur); cur = ''
        else: cur += c
    parts.append(cur)
    return parts

def render_ph(body):
    """returns (kind or None, value, is_lookalike)"""
    look = False
    if body.startswith('~'):
        look = True; body = body[1:]; kind = None
        if body.startswith("'"): return None, body[1:], True
    else:
        m = re.match(r"(\w+)([:'])", body)
        kind = m.group(1)
        if kind not in KINDS: raise ValueError('bad kind ' + kind)
        body = body[m.end() - 1:]
        if body.startswith("'"): return kind, body[1:], False
        body = body[1:]
    parts = split_pipes(body)
    name, args = call(parts[0])
    v = GENS[name](*args)
    for f in parts[1:]:
        fn, fa = call(f)
        v = FILTERS[fn](v, *fa)
    return kind, v, look

def render(tpl):
    segs, looks, pos = [], 0, 0
    for m in PH.finditer(tpl):
        if m.start() > pos: segs.append((None, tpl[pos:m.start()]))
        kind, v, look = render_ph(m.group(1))
        looks += look
        segs.append((kind, v))
        pos = m.end()
    if pos < len(tpl): segs.append((None, tpl[pos:]))
    return segs, looks

def needs_escape(c):
    o = ord(c)
    if c == '\\': return True
    if 0xFF00 <= o <= 0xFFEF: return True
    if o in (0x034F, 0x3164, 0x115F, 0x1160, 0x180E) or 0xFE00 <= o <= 0xFE0F: return True
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn'): return True
    if cat == 'Zs' and c != ' ': return True
    return False

def esc_text(s, span_before=False, span_after=False, in_span=False):
    """escape one segment; braces are escaped when doubled or when they would touch a span delimiter"""
    out = []
    for i, c in enumerate(s):
        if c == '\n': out.append('\\n')
        elif c == '\t': out.append('\\t')
        elif c in '{}':
            prev = s[i - 1] if i > 0 else None
            nxt = s[i + 1] if i + 1 < len(s) else None
            touch = False
            if c == '{' and nxt is None and (span_after or in_span): touch = True
            if c == '}' and prev is None and (span_before or in_span): touch = True
            if c == '}' and nxt is None and in_span: touch = True
            if prev == c or nxt == c or touch: out.append('\\u%04X' % ord(c))
            else: out.append(c)
        elif needs_escape(c):
            if ord(c) > 0xFFFF: raise ValueError('non-BMP invisible')
            out.append('\\u%04X' % ord(c))
        else: out.append(c)
    return ''.join(out)

def line_of(segs):
    out = []
    for i, (kind, v) in enumerate(segs):
        if kind: out.append('{{%s:%s}}' % (kind, esc_text(v, in_span=True)))
        else:
            out.append(esc_text(v, span_before=i > 0 and segs[i - 1][0] is not None,
                                span_after=i + 1 < len(segs) and segs[i + 1][0] is not None))
    s = ''.join(out)
    if s.startswith('#'): s = '\\u0023' + s[1:]
    return s

FAMILIES = []
def F(name, lang, templates):
    FAMILIES.append((name, lang, templates))

F('hospital_admission_notes_es', 'es', [
 "Paciente varón de 67 años (nacido el ⟪dob:dob(D de MON de YYYY;es;1950;1960)⟫), tarjeta sanitaria ⟪~t(BBBB~d10)⟫, derivado desde el CAP con SpO2 89%. Lote de vacuna ⟪~t(FK~d4)⟫.",
 "Hoja de triaje | Prioridad: II | NHC ⟪~t(00~d6)⟫ | FN ⟪dob:dob(DD-MM-YY)⟫ | Acompañante tel ⟪phone:d(+34 7## ### ###)|nl⟫ | Hora llegada ⟪~ts(log)⟫",
 "Autorizo a que se comuniquen conmigo por correo: ⟪email:e(jose.ant.ruiz)|obf( arroba ; punto )⟫ (no tengo WhatsApp). Nº historia ⟪~t(~d8)⟫.",
 "Paciente anónimo registrado como 'Desconocido 14', edad aparente 40 años, sin documentación. Pulsera ⟪~t(PUL-~d5)⟫. Sin fecha de nacimiento conocida.",
 "Pago del copago de hospitalización con tarjeta ⟪card:card(visa;sp)⟫ titular Ramón Vidal; autorización TPV ⟪~t(~d6)⟫; recibo ⟪~t(R-2026-~d5)⟫.",
 "Datos de facturación a la mutua: IBAN ⟪iban:iban(ES;sp)⟫, póliza ⟪~t(POL-~d9)⟫, fecha de ingreso ⟪~ts(dmys)⟫ (no es la de nacimiento).",
])
F('lab_orders_pt', 'pt', [
 "Resultado disponível no portal. Login: o seu e-mail ⟪email:e(ana.souza+;sapo.pt)⟫, código de acesso enviado por SMS para ⟪phone:d(+351 91# ### ###)⟫.",
 "Colheita domiciliária marcada: contacto ⟪phone:d(+351 96# ### ###)|zw(zwsp;2)⟫, morada Rua das Flores 112, Porto. Código de barras do tubo ⟪~t(~d12)⟫.",
 "Valores de referência: glicose 70-99 mg/dL; HbA1c 4,0-5,6%. Lote do reagente ⟪~t(LT~d6-~U2)⟫, validade ⟪~ts(date)⟫.",
 "Transferência para pagamento dos exames particulares: NIB/IBAN ⟪iban:iban(PT;sp)⟫, referência MB ⟪~t(### ### ###)⟫, entidade ⟪~t(#####)⟫.",
 "Olá, o laboratório mandou o resultado para o e-mail errado, o meu é ⟪email:e(rui.matos;gmail.com)|obf( (arroba) ; (ponto) )⟫ — nasci a ⟪dob:dob(D de MON de YYYY;pt)⟫, confirmem por favor.",
])
F('discharge_letters_it', 'it', [
 "LETTERA DI DIMISSIONE\nSig.ra Giulia Rinaldi, nata a Bologna il ⟪dob:dob(DD/MM/YYYY)⟫, ricoverata dal ⟪~ts(dmys)⟫ al ⟪~ts(dmys)⟫ presso U.O. Cardiologia. Cartella clinica n. ⟪~t(2026/~d6)⟫.",
 "Terapia alla dimissione: bisoprololo 2,5 mg 1 cp/die. Controllo ambulatoriale tra 30 giorni, prenotazione CUP ⟪~t(~U4~d8)⟫. Per informazioni: ⟪phone:d(+39 051 ### ####)⟫.",
 "Referto istologico ⟪~t(IST-~d5/26)⟫: adenoma tubulare, margini indenni. Data accettazione ⟪~ts(dmys)⟫, data refertazione ⟪~ts(dmys)⟫.",
 "Si allega la fattura per il ticket: intestata a Paolo Greco, IBAN per il rimborso ⟪iban:iban(IT;none)⟫. Numero pratica ⟪~t(PR~d8)⟫.",
 "Nato il giorno ⟪dob:dob(D MON YYYY;it;1935;1950)⟫ a Lecce, il sig. Rocco De Santis presenta BPCO riacutizzata. Caregiver: figlia, ⟪phone:d(3## ### ####)|spell(it)⟫.",
])
F('insurance_preauthorisation_en', 'en', [
 "PRIOR AUTHORIZATION REQUEST\nMember: Denise Hartwell  DOB: ⟪dob:dob(MM/DD/YYYY)⟫  SSN: ⟪ssn:ssn(-)⟫\nMember ID: ⟪~t(W~d9)⟫  Group: ⟪~t(~d6)⟫  CPT 72148 (MRI lumbar). NPI ⟪~t(1~d9)⟫.",
 "Subscriber SSN ⟪ssn:ssn(none)⟫, dependent: Kyle Hartwell born ⟪dob:dob(MON D, YYYY;en;2008;2015)⟫. Plan year ⟪~'2026⟫, deductible met $1,250.00.",
 "Fax cover: to UM dept (fax ⟪~'(312) 555-0143⟫), from Dr. Patel's office, call back ⟪phone:d((312) 7##-####)⟫. Reference # ⟪~t(PA-~d8)⟫. Pages: 4.",
 "Patient stated her social is ⟪ssn:ssn(sp)⟫ but insurer has ⟪~badssn(g0)⟫ — verify before resubmitting. Tax ID for the clinic is ITIN ⟪~t(9##-7#-####)⟫.",
 "Appointment reminders will be sent to ⟪email:e(d.hartwell;comcast.net)⟫. Dental plan: Delta PPO, BIN ⟪~t(6#####)⟫, PCN ⟪~t(~U6)⟫.",
])
F('clinic_patient_portal_ro', 'ro', [
 "Programare confirmată: ⟪~ts(dmy)⟫ ora 10:30, cabinet 12, dr. Ionescu. Cod programare ⟪~t(~A8)⟫. Pentru anulare sunați la ⟪phone:d(+40 264 ### ###)⟫.",
 "Plata analizelor prin ordin de plată în contul ⟪iban:iban(RO;sp)⟫ (Banca Transilvania), factura ⟪~t(MLF ~d7)⟫ din ⟪~ts(dmy)⟫.",
 "Pacientul Mihai Dumitrescu, născut la ⟪dob:dob(D MON YYYY;ro;1945;1965)⟫, internat pentru pneumonie. Cod diagnostic J18.9. Nr. foaie observație ⟪~t(~d5/2026)⟫.",
 "Rezultate trimise pe e-mail la ⟪email:e(mihai.dumitrescu58)|obf(@;[punct])⟫, copie pe WhatsApp ⟪phone:d(+40 72# ### ###)⟫.",
 "Plată online respinsă pentru cardul ⟪card:card(mc;dash)⟫; încercați din nou. ID tranzacție ⟪~uuid⟫.",
])
F('university_enrolment_el', 'el', [
 "Η φοιτήτρια γεννήθηκε στις ⟪dob:dob(D MON YYYY;el;1999;2006)⟫ στη Θεσσαλονίκη. ΑΜΚΑ: ⟪~t(~d11)⟫ (προς επαλήθευση). Ιδρυματικό email: ⟪email:e(std~d5;uoa.gr)⟫",
 "Καλησπέρα, δεν μου ήρθε ο κωδικός για το eclass. Το προσωπικό μου mail είναι ⟪email:e(nikos.kar)|obf( παπάκι ; τελεία )⟫ και το κινητό ⟪phone:d(+30 69# ### ####)⟫.",
 "Δίδακτρα μεταπτυχιακού: κατάθεση στον λογαριασμό ⟪iban:iban(GR;sp)⟫, αιτιολογία: ΑΜ ⟪~t(~d7)⟫. Προθεσμία ⟪~ts(dmys)⟫.",
 "Βαθμολογίες εξεταστικής Ιουνίου: Μάθημα ΠΛΗ-201, κωδ. ⟪~t(~d6)⟫, βαθμός 7,5. Ημ/νία ανάρτησης ⟪~ts(dmys)⟫. ISBN συγγράμματος ⟪~isbn⟫.",
 "Ο σύνδεσμος για την πλατφόρμα είναι https://eclass.uoa.gr/courses/⟪~t(DI~d3)⟫ και η αίθουσα Α12. Συνάντηση ⟪~ts(log)⟫.",
])
F('exam_registration_he', 'he', [
 "שלום, נולדתי ב-⟪dob:dob(D MON YYYY;he;1997;2005)⟫ ואני צריך מועד ב' בסטטיסטיקה. מספר סטודנט ⟪~t(3~d8)⟫, קורס ⟪~t(5###)⟫.",
 "התשלום עבור מועד מיוחד בוצע בכרטיס ⟪card:card(visa;dash)⟫, מספר אישור ⟪~t(~d7)⟫. כרטיס קודם: ⟪~mask(mc;x)⟫.",
 "להחזר שכר לימוד: חשבון ⟪iban:iban(IL;sp)⟫, סניף ⟪~t(###)⟫, בנק לאומי. אסמכתא ⟪~t(~d10)⟫.",
 "ציונים: מבחן מועד א' ⟪~ts(dmys)⟫, ציון 88. מספר מחברת ⟪~t(~d6)⟫. חדר 2-104.",
 "ליצירת קשר עם המזכירות: ⟪phone:d(+972 2-58#-####)⟫ או במייל ⟪email:e(exams-office;huji.ac.il)|upper⟫",
 "סטודנטית: מיכל אברהם, ת\"ל ⟪dob:dob(DD.MM.YY;he;1998;2005)⟫, נייד ⟪phone:d(+972 5# ### ####)|zw(zwnj;1)⟫, מלגה מספר ⟪~t(MLG-~d5)⟫.",
])
F('alumni_records_en', 'en', [
 "Reunion RSVP: Tom O'Brien +1 guest, mobile ⟪phone:d(+44 7### ######)⟫, dietary: vegetarian. Alumni ID ⟪~t(AL~d7)⟫, ticket ⟪~t(RU26-~d4)⟫.",
 "Gift recorded: $500 to the Scholarship Fund on ⟪~ts(date)⟫, receipt ⟪~t(GF-~d6)⟫, paid by card ⟪card:card(disc;sp)⟫.",
 "Transcript request #⟪~t(~d5)⟫ — please verify identity: born ⟪dob:dob(MON D, YYYY;en;1975;1985)⟫, student number at the time ⟪~t(9~d7)⟫.",
 "Class notes: Jamie Chen ('04) is now CTO at a fintech in Singapore. Reach Jamie at ⟪email:e(jamie)|obf( at ; dot )⟫ — and the office line ⟪phone:d(+65 6### ####)⟫.",
 "Homecoming 2026 schedule: Fri 6pm welcome, Sat 10am parade. Questions? ⟪~'alumni@example.org⟫ or ⟪~'(617) 555-0188⟫.",
])
F('delivery_courier_support_sw', 'sw', [
 "Habari, mimi ni dereva wa bodaboda kwenye app. Simu yangu ⟪phone:d(+255 7## ### ###)⟫, namba ya dereva ⟪~t(DRV-~d6)⟫. Malipo ya wiki hii hayajaingia.",
 "Tafadhali tuma risiti kwa barua pepe ⟪email:e(amina.juma;yahoo.com)⟫. Namba ya muamala M-Pesa ⟪~t(~U2~A8)⟫.",
 "Oda ⟪~t(ORD~d9)⟫ imefika saa 13:42. Mahali: ⟪~coord⟫. Mteja hakupatikana kwenye ⟪phone:d(+254 7## ### ###)|spell(sw)⟫.",
 "Kadi ya mteja ilikataliwa: ⟪~badcard(visa;sp)⟫. Ameongeza kadi mpya ⟪card:card(mc;sp)⟫.",
 "Nenosiri la akaunti ya msimamizi wa ghala: ⟪secret:pw(word)⟫ — usilishiriki na mtu yeyote. Tiketi ⟪~t(SUP-~d5)⟫.",
])
F('rideshare_support_tl', 'tl', [
 "Hi po, na-charge ako ng dalawang beses sa ride ko kahapon. Booking ID ⟪~t(A-~d8)⟫. Card ko ay ⟪~mask(visa;*)⟫. Number ko po ⟪phone:d(0917 ### ####)⟫.",
 "Ipinanganak ako noong ⟪dob:dob(D MON YYYY;tl;1990;2003)⟫ pero mali ang nakalagay sa profile ko. Email ko po: ⟪email:e(mariel.santos;yahoo.com.ph)⟫",
 "Paki-refund na lang po sa card na ⟪card:card(mc;none)⟫, hindi sa wallet. Salamat po! Ref ⟪~t(RF~d10)⟫",
 "Nawala ko ang phone ko sa sasakyan, plate ⟪~t(N~U2 ####)⟫, trip ⟪~ts(log)⟫. Tawagan niyo po ang kapatid ko sa ⟪phone:d(0998 ### ####)|spell(tl)⟫.",
 "Support macro #⟪~t(~d3)⟫: \"Salamat sa pasensya! Ang inyong kaso ⟪~t(CS-~d7)⟫ ay na-escalate na.\" Huwag ipadala ang buong card number sa chat.",
 "email ko: ⟪email:e(jr.delacruz)|obf( at ; dot )⟫ — pasensya na, ayaw gumana ng @ sa keyboard ko",
])
F('customs_declarations_ta_te', 'ta', [
 "பொருள் விவரம்: மின்னணு சாதனங்கள், HS குறியீடு ⟪~t(8517.##.##)⟫, மதிப்பு ₹48,000. கப்பல் பில் எண் ⟪~t(MAA~d8)⟫.",
 "அவர் ⟪dob:dob(D MON YYYY;ta;1965;1990)⟫ அன்று மதுரையில் பிறந்தார். மின்னஞ்சல்: ⟪email:e(karthik.s;gmail.com)⟫",
 "இறக்குமதியாளர் IEC ⟪~t(~d10)⟫, GSTIN ⟪~t(33~U5~d4~U1~d1Z~A1)⟫. தொடர்புக்கு ⟪phone:d(044 #### ####)⟫",
 "@te పార్సెల్ ట్రాకింగ్ నంబర్ ⟪~t(~U2~d9IN)⟫ — కస్టమ్స్ క్లియరెన్స్ పెండింగ్. ఇమెయిల్ ⟪email:e(srinivas.reddy;rediffmail.com)|obf( ఎట్ ; డాట్ )⟫",
 "@te ఆయన ⟪dob:dob(D MON YYYY;te;1955;1975)|digits(telu)⟫న జన్మించారు. డ్యూటీ చెల్లింపు రసీదు ⟪~t(CHL~d8)⟫.",
])
F('logistics_tracking_en', 'en', [
 "Shipment 1Z⟪~t(~A16)⟫ out for delivery. Consignee: R. Okafor, tel ⟪phone:d(+44 20 7### ####)⟫. Commercial invoice INV-⟪~t(~d6)⟫, Incoterms DAP.",
 "CMR consignment note\nSender: Baltic Freight OÜ, Tallinn\nCarrier ref: ⟪~t(BF~d7)⟫  Container: ⟪~t(MSKU~d7)⟫  Seal: ⟪~t(~d8)⟫\nDriver mobile: ⟪phone:d(+372 5### ####)⟫",
 "EORI: ⟪~t(GB~d12)⟫ | HS code: 6109.10 | Gross weight 412.5 kg | Declarant email ⟪email:e(customs;balticfreight.ee)⟫",
 "Delivery exception: recipient not available at ⟪~coord⟫. Rescheduled to ⟪~ts(date)⟫. Tracking ⟪~t(JD~d18)⟫ (DHL).",
 "Proof of delivery signed by 'M. Kowalski' at ⟪~ts(iso)⟫, device ⟪~t(TC52-~A8)⟫, geotag ⟪~coord⟫.",
 "Warehouse WMS: SKU ⟪~t(SKU-~A6)⟫ qty 240 loc A-12-03, lot ⟪~t(L~d6)⟫, GTIN ⟪~t(0~d13)⟫, scanned by user ⟪~t(op~d3)⟫.",
])
F('hotel_checkin_mr', 'mr', [
 "नमस्कार, माझे बुकिंग ⟪~t(~U6)⟫ रद्द करायचे आहे. परतावा कार्ड ⟪~mask(visa;*)⟫ वर हवा. ईमेल: ⟪email:e(amol.deshpande;gmail.com)⟫",
 "पाहुणे श्रीमती सुनीता पाटील, जन्म ⟪dob:dob(D MON YYYY;mr;1950;1975)|digits(deva)⟫, ओळखपत्र आधार ⟪~'XXXX XXXX 4821⟫ (मास्क केलेले).",
 "चेक-इन ⟪~ts(dmys)⟫, चेक-आउट ⟪~ts(dmys)⟫. वाय-फाय पासवर्ड खोलीत दिलेला आहे: ⟪secret'Sahyadri@Guest⟫ (अतिथी नेटवर्क)",
 "कॉर्पोरेट बिलिंग: जीएसटी ⟪~t(27~U5~d4~U1~d1Z~A1)⟫, संपर्क ⟪phone:d(020 2### ####)⟫, ⟪email:e(accounts;sahyadri-hotels.in)|obf( [at] ; [dot] )⟫",
 "आगाऊ रक्कम ₹5,000 कार्डद्वारे: ⟪card:card(rupay;sp)⟫, अधिकृतता कोड ⟪~t(~d6)⟫.",
])
F('hotel_frontdesk_pa', 'pa', [
 "ਮਹਿਮਾਨ ਰਜਿਸਟਰ — ਹੋਟਲ ਅੰਮ੍ਰਿਤਸਰ ਰੀਜੈਂਸੀ\nਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ\nਜਨਮ ਮਿਤੀ: ⟪dob:dob(DD-MM-YYYY;pa;1965;1995)⟫\nਫ਼ੋਨ: ⟪phone:d(+91 98### #####)⟫\nਕਮਰਾ: ⟪~t(2##)⟫",
 "ਵਿਦੇਸ਼ੀ ਮਹਿਮਾਨ: Harjit Kaur (UK), ਪਾਸਪੋਰਟ ⟪~t(~d9)⟫, ਜਨਮ ⟪dob:dob(D MON YYYY;pa;1960;1985)⟫, ਈਮੇਲ ⟪email:e(harjit.kaur;btinternet.com)⟫",
 "ਬੁਕਿੰਗ ਹਵਾਲਾ ⟪~t(AMR-~A6)⟫, ਰਾਤਾਂ: 3, ਕੁੱਲ ₹14,400. ਭੁਗਤਾਨ ਕਾਰਡ ⟪card:card(visa;none)⟫ ਨਾਲ.",
 "ਰਿਸੈਪਸ਼ਨ ਨੋਟ: ਕਮਰਾ 214 ਦੇ ਮਹਿਮਾਨ ਦਾ ਜਨਮਦਿਨ ਦੀ ਪਾਰਟੀ ⟪~ts(dmys)⟫ ਨੂੰ ਹੈ — ਕੇਕ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ। ਆਰਡਰ ⟪~t(K-~d4)⟫.",
 "ਸ਼ਿਕਾਇਤ: ਏਸੀ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਮਹਿਮਾਨ ਦਾ ਨੰਬਰ ⟪phone:d(98### #####)|digits(guru)⟫, ਟਿਕਟ ⟪~t(MT~d5)⟫.",
])
F('short_term_rental_ne', 'ne', [
 "नमस्ते, म तपाईंको होमस्टेमा ⟪~ts(date)⟫ देखि ३ रात बस्न चाहन्छु। मेरो इमेल ⟪email:e(sita.shrestha;gmail.com)⟫ र फोन ⟪phone:d(+977 98########)⟫ हो।",
 "Host message: Welcome to Lakeside Apt 3! Door code is sent the day before arrival. Wi-Fi: LakesideGuest / pass on fridge. Listing ID ⟪~t(~d18)⟫.",
 "भुक्तानी: eSewa आईडी ⟪phone:d(98########)|digits(deva)⟫ मा रु. ७,५०० पठाउनुहोस्। कारोबार कोड ⟪~t(~A10)⟫।",
 "Reservation HM⟪~t(~A8)⟫ — guest paid ⟪~'€312.40⟫; payout to host account ⟪iban:iban(FR;sp)⟫ scheduled ⟪~ts(date)⟫.",
 "जन्मदिनको उपहारस्वरूप यो बुकिंग गरिएको हो (जन्मदिन ⟪~ts(dmys)⟫ मा पार्टी)। कुनै कागजात आवश्यक छैन।",
])
F('gym_membership_km', 'km', [
 "ខ្ញុំកើតនៅថ្ងៃទី ⟪dob:dob(D MON YYYY;km;1988;2002)|digits(khmr)⟫ ។ អ៊ីមែលរបស់ខ្ញុំគឺ ⟪email:e(chanthy.sok;gmail.com)⟫ ។",
 "ការបង់ប្រាក់ប្រចាំខែ $35 តាមកាត ⟪card:card(visa;sp)⟫ ។ វិក្កយបត្រ ⟪~t(INV-~d6)⟫ ។",
 "កាតចូលក្លឹប RFID ⟪~t(~H8)⟫ ត្រូវបានបាត់ ។ សូមទាក់ទង ⟪phone:d(0## ### ###)|digits(khmr)⟫ ។ ម៉ោងបើក ⟪~'06:00–22:00⟫",
 "Trainer schedule: Mon/Wed/Fri 7am, locker ⟪~t(L-##)⟫, member ⟪~t(PPF~d6)⟫ — body fat 18.4%, next assessment ⟪~ts(date)⟫.",
 "Check-in log: ⟪~ts(log)⟫ member=⟪~t(PPF~d6)⟫ door=2 result=OK ip=⟪ip:ip(priv)⟫",
])
F('sports_club_my', 'my', [
 "ကျွန်တော် ⟪dob:dob(YYYY ခုနှစ် MON D ရက်;my;1990;2008)|digits(mymr)⟫ တွင် မွေးဖွားခဲ့သည်။ အီးမေးလ် ⟪email:e(kyawzin.mm;gmail.com)⟫",
 "ပွဲစဉ်ဇယား: ⟪~ts(dmys)⟫ 16:00 သုဝဏ္ဏ အားကစားကွင်း၊ ဂျာစီနံပါတ် ⟪~t(##)⟫၊ လက်မှတ် ⟪~t(TK~d7)⟫",
 "လစဉ်ကြေး ကတ်ဖြင့်ပေးချေ ⟪card:card(jcb;sp)⟫၊ ပြေစာ ⟪~t(RC~d6)⟫",
 "နည်းပြ ဦးအောင်မြင့် ဖုန်း ⟪phone:d(+95 9 ### ### ###)|digits(mymr)⟫ သို့ ဆက်သွယ်ပါ။ လေ့ကျင့်ချိန် ⟪~'17:30⟫",
 "U-15 team sheet: player reg ⟪~t(MFF-~d6)⟫, born ⟪dob:dob(DD.MM.YYYY;en;2011;2012)⟫, position: defender",
])
F('charity_donor_gift_aid_en', 'en', [
 "Gift Aid declaration\nTitle: Mrs  Name: Eileen Marsh\nAddress: 14 Rowan Close, Leeds LS6 2QT\nNational Insurance number: ⟪nino:nino(sp)⟫\nDate of birth: ⟪dob:dob(DD/MM/YYYY;en;1940;1970)⟫",
 "Donor CRM export\ndonor_id,name,email,phone,ni_number,amount\n⟪~t(D~d6)⟫,Peter Lomax,⟪email:e(plomax;btinternet.com)⟫,⟪phone:d(0113 ### ####)⟫,⟪nino:nino(none)⟫,25.00\n⟪~t(D~d6)⟫,Sarah Idris,⟪email:e(sarah.idris;outlook.com)⟫,⟪phone:d(07### ######)⟫,,10.00",
 "Direct Debit mandate: account holder Eileen Marsh, sort code ⟪~t(##-##-##)⟫, account ⟪~t(~d8)⟫, service user number ⟪~t(~d6)⟫. Collected monthly from ⟪~ts(date)⟫.",
 "The HMRC sample NI number QQ 12 34 56 C appears in the guidance; it is not a real donor. Example donor ref ⟪~t(GA~d5)⟫.",
 "Corrected record: NI ⟪~badnino(pfx;sp)⟫ was mistyped, correct one is ⟪nino:nino(sp)⟫. Charity no. ⟪~t(1######)⟫.",
 "Text-to-donate: DONATE 5 to 70085 from ⟪phone:d(+44 7### ######)⟫, keyword ⟪~t(HOPE~d2)⟫, transaction ⟪~t(TX~d9)⟫.",
])
F('charity_volunteers_kk', 'kk', [
 "Мен ⟪dob:dob(YYYY жылғы D MON;kk;1985;2004)⟫ Алматыда тудым. ЖСН ⟪~t(~d12)⟫ (тексерілмеген).",
 "Қайырымдылық аударымы: ⟪iban:iban(KZ;sp)⟫, Kaspi Bank, төлем мақсаты: ⟪~t(DON~d6)⟫. Сома 10 000 ₸.",
 "Волонтерлер кездесуі ⟪~ts(dmy)⟫ сағат 18:00, мекенжай: Абай даңғ. 52. Байланыс: ⟪phone:d(8 7## ### ####)⟫",
 "Донор картасы: ⟪card:card(visa;sp)⟫ — ай сайынғы 5 000 ₸. Алдыңғы карта ⟪~mask(mc;bin)⟫.",
 "Қордың БСН ⟪~t(~d12)⟫, лицензия ⟪~t(KZ~d2~U3~d5)⟫, есеп айырысу шоты ⟪~badiban(KZ;sp)⟫ (ескі, қате).",
])
F('civil_registry_extracts_uz', 'uz', [
 "TUG'ILGANLIK HAQIDAGI GUVOHNOMA (nusxa)\nFamiliyasi: Karimov  Ismi: Jasur  Otasining ismi: Akmalovich\nTug'ilgan sanasi: ⟪dob:dob(DD.MM.YYYY;uz;1975;2010)⟫\nDalolatnoma yozuvi № ⟪~t(~d4)⟫  Seriya ⟪~t(I-TN ~d7)⟫",
 "Nikoh qayd etilgan sana: ⟪~ts(dmy)⟫ (tug'ilgan sana emas). Guvohnoma raqami ⟪~t(~U2 ~d7)⟫.",
 "Shajara: bobom Abdulla Yusupov ⟪dob:dob(YYYY-yil D-MON;uz;1905;1930)⟫ Samarqandda tug'ilgan, ⟪~'1978⟫-yilda vafot etgan.",
 "Elektron ariza holati: ⟪~t(ARZ-~d9)⟫ — ko'rib chiqilmoqda. Xabarnoma ⟪email:e(dilnoza.rahimova;mail.uz)⟫ manziliga yuboriladi.",
 "Давлат божи тўлови: ҳисоб рақам ⟪~t(20208000~d12)⟫, МФО ⟪~t(00###)⟫, тўловчи телефони ⟪phone:d(+998 71 ### ## ##)⟫.",
])
F('genealogy_records_ka', 'ka', [
 "ჩემი ბებია დაიბადა ⟪dob:dob(YYYY წლის D MON;ka;1915;1940)⟫ ქუთაისში. საარქივო ფონდი ⟪~t(ფ. ###, ან. #, საქ. ###)⟫.",
 "Family tree export (GEDCOM):\n0 @I12@ INDI\n1 NAME Giorgi /Kapanadze/\n1 BIRT\n2 DATE ⟪dob:dob(D MOU YYYY;en;1890;1930)⟫\n2 PLAC Tbilisi\n1 DEAT\n2 DATE 1978\n1 _UID ⟪~t(~H32)⟫",
 "საკონტაქტო ინფორმაცია: ⟪email:e(nino.beridze;gmail.com)⟫, ტელ. ⟪phone:d(+995 5## ## ## ##)⟫. მოთხოვნის ნომერი ⟪~t(SR-~d7)⟫.",
 "სახელმწიფო ბაჟის გადახდა: ანგარიში ⟪iban:iban(GE;sp)⟫, თანხა 25 ₾, ქვითარი ⟪~t(~d10)⟫.",
 "DNA match report: shared 48 cM across 3 segments with kit ⟪~t(~U2~d6)⟫; estimated 3rd–4th cousin. Tree ID ⟪~t(~d9)⟫.",
])
F('dating_app_support_hy', 'hy', [
 "Բարև, իմ հաշիվը արգելափակվել է։ Օգտանունս՝ ani_sargsyan, էլ. փոստ՝ ⟪email:e(ani.sargsyan;mail.ru)⟫, ծնվել եմ ⟪dob:dob(D MON YYYY թ.;hy;1992;2004)⟫։",
 "Ինչ-որ մեկը իմ լուսանկարներով կեղծ էջ է բացել՝ ⟪~t(profile/~d9)⟫։ Զանգահարեք ⟪phone:d(+374 9# ######)⟫։",
 "Premium բաժանորդագրության վճարը՝ ⟪card:card(mc;sp)⟫, գործարքի ID ⟪~t(GPA.~d4-~d4-~d4-~d5)⟫։",
 "Moderation log: ⟪~ts(iso)⟫ user=⟪~t(~d9)⟫ reported for sharing a phone number in bio: \"գրեք ինձ ⟪phone:d(09# ## ## ##)|spell(en)⟫\" → bio hidden.",
 "Match chat (flagged): \"իմ ինստան @anush_yerevan է, իսկ մեյլս՝ ⟪email:e(anush.yerevan)|obf( շնիկ ; կետ )⟫\"",
])
F('social_app_support_az', 'az', [
 "Şikayət ⟪~t(#~d8)⟫: istifadəçi ⟪~t(@user~d6)⟫ mənim şəkillərimi paylaşır. Link: https://example.com/p/⟪~t(~u11)⟫",
 "Ad: Rəşad | Soyad: Məmmədov | Mobil: ⟪phone:d(055 ### ## ##)⟫",
 "Reklam hesabının ödənişi: ⟪card:card(visa;sp)⟫ — uğursuz. Faktura ⟪~t(FB-~d10)⟫. Bank hesabı: ⟪iban:iban(AZ;sp)⟫",
 "Təhlükəsizlik xəbərdarlığı: yeni giriş ⟪~ts(log)⟫, IP ⟪ip:ip(pub)⟫, cihaz iPhone 15 (iOS ⟪~ver(sem)⟫).",
 "2FA ehtiyat kodları: ⟪secret:t(#### ####)⟫, ⟪secret:t(#### ####)⟫ — heç kimə göstərməyin. Sorğu ⟪~t(REQ-~d6)⟫.",
])
F('game_account_recovery_sr', 'sr', [
 "Здраво, украден ми је налог. Корисничко име: DarkVuk99, мејл: ⟪email:e(vuk.petrovic;gmail.com)⟫, датум рођења: ⟪dob:dob(D. MON YYYY.;sr;1998;2008)⟫",
 "Zdravo, zaboravio sam lozinku, stara je bila ⟪secret:pw(word)⟫. Rođen sam ⟪dob:dob(D. MON YYYY.;srl;1999;2009)⟫. Player ID ⟪~t(~d10)⟫.",
 "Dokaz o kupovini: transakcija ⟪~t(~U3-~d9)⟫, kartica ⟪~mask(visa;x)⟫, iznos 2.400 RSD, datum ⟪~ts(dmy)⟫.",
 "Телефон за верификацију: ⟪phone:d(+381 6# ### ####)⟫. Серијски број кључа игре ⟪~t(~A5-~A5-~A5)⟫.",
 "Promo code ⟪~t(~A4-~A4-~A4)⟫ redeemed on account ⟪~t(~d10)⟫; refund to card ⟪card:card(mc;none)⟫ requested.",
])
F('game_account_recovery_bg', 'bg', [
 "Здравейте, профилът ми в играта е хакнат. Имейл: ⟪email:e(ivan.georgiev;abv.bg)⟫, роден съм на ⟪dob:dob(D MON YYYY г.;bg;1996;2008)⟫.",
 "Нова парола след възстановяване: ⟪secret:pw(mix)⟫ (моля сменете я след вход). Тикет ⟪~t(BG-~d6)⟫.",
 "Покупка на 5000 злато: ⟪card:card(visa;sp)⟫, Order ⟪~t(GPA.~d4-~d4-~d4-~d5)⟫, ⟪~ts(dmy)⟫.",
 "Anti-cheat report: steamid ⟪~t(765611~d11)⟫, ip ⟪ip:ip(pub)⟫, detected ⟪~ts(iso)⟫, module hash ⟪~sha(40)⟫.",
 "Родителски контрол: детето е родено ⟪dob:dob(YYYY-MM-DD;bg;2012;2015)⟫, родителски имейл ⟪email:e(maria.d;abv.bg)|obf( [кльомба] ; [точка] )⟫",
])
F('utility_meter_billing_lt', 'lt', [
 "SĄSKAITA FAKTŪRA Nr. ⟪~t(ESO ~d9)⟫\nKlientas: Rūta Kazlauskienė\nObjekto adresas: Savanorių pr. 12-4, Kaunas\nSkaitiklio Nr.: ⟪~t(~d8)⟫  Rodmenys: 14532 → 14790 kWh\nMokėti į sąskaitą: ⟪iban:iban(LT;sp)⟫",
 "Gimiau ⟪dob:dob(YYYY m. MON D d.;lt;1960;1995)⟫, noriu perrašyti sutartį savo vardu. El. paštas: ⟪email:e(ruta.kaz;gmail.com)⟫",
 "Išmanusis skaitiklis: serija ⟪~t(LGZ~d9)⟫, firmware ⟪~ver(sem)⟫, paskutinis ryšys ⟪~ts(log)⟫, gateway ⟪ip:ip(priv)⟫",
 "Permoka grąžinama į ⟪~badiban(LT;sp)⟫ — netinkamas kontrolinis skaitmuo, prašome patikslinti.",
 "Automatinis mokėjimas kortele ⟪card:card(mc;sp)⟫ patvirtintas. Mokėtojo kodas ⟪~t(~d8)⟫.",
])
F('utility_meter_billing_lv', 'lv', [
 "Rēķins Nr. ⟪~t(LE-~d8)⟫ par elektroenerģiju\nKlients: Jānis Bērziņš\nSkaitītāja Nr.: ⟪~t(~d10)⟫\nSamaksāt uz kontu: ⟪iban:iban(LV;sp)⟫ līdz ⟪~ts(dmy)⟫",
 "Dzimis ⟪dob:dob(YYYY. gada D. MON;lv;1945;1990)⟫ Rīgā. Personas kods ⟪~t(~d6-~d5)⟫ (pārbaudāms).",
 "Ūdens skaitītāja rādījums: 00482,3 m³, plombe ⟪~t(~d7)⟫, nolasīts ⟪~ts(dmy)⟫. Tālrunis ⟪phone:d(+371 2# ### ###)⟫",
 "Klientu portāla lietotājs: ⟪email:e(janis.berzins;inbox.lv)⟫, parole: ⟪secret:pw(word)⟫ — lūdzu, nomainiet!",
 "Dzimšanas datums: ⟪dob:dob(DD.MM.YYYY;lv;1955;1995)⟫ | Līguma Nr. ⟪~t(L~d9)⟫",
])
F('utility_gas_water_et', 'et', [
 "Arve nr ⟪~t(~d10)⟫ — Eesti Gaas\nKlient: Mari Tamm\nMõõtepunkti kood: ⟪~t(38ZEE-~A8-~A1)⟫\nTasuda kontole ⟪iban:iban(EE;sp)⟫, viitenumber ⟪~t(~d11)⟫",
 "Sündinud ⟪dob:dob(D. MON YYYY;et;1950;1995)⟫ Tartus. Isikukood ⟪~t(4~d10)⟫ (kontrollimata). E-post ⟪email:e(mari.tamm;hot.ee)⟫",
 "Sünniaeg: ⟪dob:dob(DD.MM.YYYY;et;1960;2000)⟫ | Lepingu nr: ⟪~t(L-~d7)⟫",
 "Kaugloetav veearvesti ⟪~t(~U3~d8)⟫ saatis ⟪~ts(iso)⟫ näidu 1284,55 m³; LoRa DevEUI ⟪~t(~H16)⟫.",
 "Palun saatke arved aadressile ⟪email:e(arved.mari)|obf( ät ; punkt )⟫ — paberarveid ma ei soovi.",
])
F('kubernetes_secrets_kubectl', 'en', [
 "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\n  namespace: prod\n  uid: ⟪~uuid⟫\ntype: Opaque\ndata:\n  username: cGF5bWVudHM=\n  password: ⟪secret:pw(mix)|b64⟫",
 "$ kubectl get secret stripe-keys -o jsonpath='{.data.STRIPE_SECRET_KEY}' | base64 -d\n⟪secret:t(sk_live_~a24)⟫\n$ kubectl get secret stripe-keys -o jsonpath='{.data.STRIPE_PUBLISHABLE_KEY}' | base64 -d\n⟪~t(pk_live_~a24)⟫",
 "apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-creds\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{\"auths\":{\"ghcr.io\":{\"username\":\"ci-bot\",\"password\":\"⟪secret:t(ghp_~a36)⟫\"}}}'",
 "$ kubectl describe secret default-token-x7k2p\nName:         default-token-x7k2p\nType:  kubernetes.io/service-account-token\nData\n====\nca.crt:     1066 bytes\nnamespace:  7 bytes\ntoken:      ⟪secret:jwt(RS256)⟫",
 "users:\n- name: admin@prod-cluster\n  user:\n    token: ⟪secret:t(~l6.~l16)⟫\nclusters:\n- cluster:\n    server: https://⟪ip:ip(pub)⟫:6443\n    certificate-authority-data: ⟪~t(LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t~b60)⟫",
 "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n  - secretKey: DB_PASSWORD\n    remoteRef:\n      key: ⟪~'arn:aws:secretsmanager:eu-west-1:⟫⟪~t(~d12)⟫:secret:prod/db-⟪~t(~a6)⟫",
 "Events:\n  Warning  Failed  12s  kubelet  Failed to pull image \"⟪~t(~d12)⟫.dkr.ecr.eu-central-1.amazonaws.com/api@sha256:⟪~sha(64)⟫\": unauthorized",
 "helm upgrade --install grafana grafana/grafana --set adminPassword='⟪secret:pw(long)⟫' --set image.tag=⟪~ver(sem)⟫ -n monitoring",
])
F('ci_logs_github_gitlab', 'en', [
 "Run actions/checkout@v4\n  with:\n    token: ***\n    ref: refs/heads/main\n##[group]Run echo \"deploying $GITHUB_SHA\"\ndeploying ⟪~sha(40)⟫\n##[endgroup]",
 "Run ./scripts/release.sh\n+ curl -sf -H 'Authorization: token ⟪secret:t(ghp_~a36)⟫' https://api.github.com/repos/acme/app/releases\n+ echo 'release id ⟪~t(~d9)⟫'",
 "env:\n  NPM_TOKEN: ⟪~'${{ secrets.NPM_TOKEN }}⟫\n  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\nsteps:\n  - run: echo \"//registry.npmjs.org/:_authToken=⟪secret:t(npm_~a36)⟫\" > ~/.npmrc",
 "Running with gitlab-runner ⟪~ver(sem)⟫ (⟪~t(~h8)⟫)\n  on docker-runner-03 ⟪~t(~a8)⟫, system ID: ⟪~t(s_~h12)⟫\nPreparing environment\nRunning on runner-⟪~t(~l8)⟫-project-4412-concurrent-0 via ip-⟪~'10-0-3-17⟫...",
 "$ docker login -u gitlab-ci-token -p ⟪secret:t(glpat-~u20)⟫ registry.gitlab.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded",
 "Error: Process completed with exit code 1.\n  AWS_ACCESS_KEY_ID: ⟪secret:t(AKIA~A16)⟫\n  AWS_SECRET_ACCESS_KEY: ⟪secret:t(~b40)⟫\n  AWS_REGION: eu-west-1",
 "variables:\n  DOCKER_TLS_CERTDIR: \"/certs\"\n  SONAR_TOKEN: $SONAR_TOKEN\n  SENTRY_RELEASE: ⟪~t(~h12)⟫\n# pipeline #⟪~t(~d9)⟫ triggered by schedule",
 "Run aws sts get-caller-identity\n{\n    \"UserId\": \"⟪~t(AIDA~A17)⟫\",\n    \"Account\": \"⟪~t(~d12)⟫\",\n    \"Arn\": \"arn:aws:iam::⟪~t(~d12)⟫:user/deploy-bot\"\n}",
 "Notify Slack\n  curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Build ⟪~t(#~d4)⟫ passed\"}' ⟪secret:slackhook⟫",
])
F('ansible_chef_configs', 'en', [
 "# group_vars/prod/vars.yml\npostgres_version: ⟪~ver(sem)⟫\npostgres_admin_user: dbadmin\npostgres_admin_password: \"⟪secret:pw(mix)⟫\"\nbackup_bucket: s3://acme-pg-backups",
 "$ANSIBLE_VAULT;1.1;AES256\n⟪~t(~h64)⟫\n⟪~t(~h64)⟫\n# encrypted with the team vault password (not stored here)",
 "[webservers]\nweb1 ansible_host=⟪ip:ip(pub)⟫ ansible_user=deploy ansible_ssh_pass=⟪secret:pw(word)⟫\nweb2 ansible_host=⟪ip:ip(priv)⟫ ansible_user=deploy\ndocs ansible_host=⟪~docip(4)⟫",
 "- name: Configure SMTP relay\n  lineinfile:\n    path: /etc/postfix/sasl_passwd\n    line: \"[smtp.sendgrid.net]:587 apikey:⟪secret:t(SG.~u22.~u43)⟫\"\n    mode: '0600'",
 "# data_bags/aws/credentials.json\n{\n  \"id\": \"credentials\",\n  \"aws_access_key_id\": \"⟪~'AKIAIOSFODNN7EXAMPLE⟫\",\n  \"aws_secret_access_key\": \"⟪~'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟫\"\n}",
 "default['app']['newrelic']['license_key'] = '⟪secret:t(~h36NRAL)⟫'\ndefault['app']['datadog']['api_key'] = '⟪secret:t(~h32)⟫'\ndefault['app']['version'] = '⟪~ver(sem)⟫'",
 "TASK [users : create ops accounts] ******\nchanged: [web1] => (item={'name': 'mlopez', 'password': '⟪~t($6$~a8$~a86)⟫'})\n# sha512-crypt hash, generated with mkpasswd",
])
F('jupyter_notebook_json', 'en', [
 "{\"cell_type\": \"code\", \"execution_count\": 7, \"source\": [\"import openai\\n\", \"openai.api_key = '⟪secret:t(sk-proj-~u48T3BlbkFJ~u20)⟫'\\n\"], \"outputs\": []}",
 "{\"cell_type\": \"code\", \"source\": [\"df = pd.read_sql('select * from patients', 'postgresql://analyst:⟪secret:pw(mix)⟫@⟪ip:ip(priv)⟫:5432/ehr')\"], \"metadata\": {\"id\": \"⟪~t(~a12)⟫\"}}",
 "{\"cell_type\": \"markdown\", \"source\": [\"## Setup\\n\", \"Set `HF_TOKEN` in your environment (e.g. `⟪~'hf_xxxxxxxxxxxxxxxx⟫`) before running.\"]}",
 "{\"cell_type\": \"code\", \"source\": [\"from huggingface_hub import login\\n\", \"login(token=\\\"⟪secret:t(hf_~a34)⟫\\\")\"], \"outputs\": [{\"text\": [\"Token is valid (permission: write).\"]}]}",
 "{\"metadata\": {\"kernelspec\": {\"name\": \"python3\"}, \"language_info\": {\"version\": \"⟪~ver(sem)⟫\"}, \"colab\": {\"provenance\": [{\"file_id\": \"⟪~t(1~u32)⟫\"}]}}, \"nbformat\": 4}",
 "{\"cell_type\": \"code\", \"source\": [\"client = anthropic.Anthropic(api_key=\\\"⟪secret:t(sk-ant-api03-~u93AA)⟫\\\")\"], \"execution_count\": 3}",
 "{\"cell_type\": \"code\", \"source\": [\"gmaps = googlemaps.Client(key='⟪secret:t(AIza~u35)⟫')\\n\", \"gmaps.geocode('⟪~coord⟫')\"]}",
])
F('postman_insomnia_collections', 'en', [
 "{\"info\": {\"_postman_id\": \"⟪~uuid⟫\", \"name\": \"Payments API\"}, \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"⟪secret:jwt(HS256)⟫\", \"type\": \"string\"}]}}",
 "{\"id\": \"⟪~uuid⟫\", \"name\": \"prod\", \"values\": [{\"key\": \"baseUrl\", \"value\": \"https://api.acme.io\"}, {\"key\": \"apiKey\", \"value\": \"⟪secret:t(sk_live_~a24)⟫\", \"enabled\": true}, {\"key\": \"apiKeyDocs\", \"value\": \"⟪~'sk_test_xxxxxxxxxxxx⟫\"}]}",
 "{\"request\": {\"method\": \"POST\", \"header\": [{\"key\": \"Authorization\", \"value\": \"Basic ⟪secret:basic(ops)⟫\"}], \"url\": \"{{baseUrl}}/v2/refunds\"}}",
 "{\"_type\": \"environment\", \"_id\": \"env_⟪~t(~h32)⟫\", \"data\": {\"twilio_sid\": \"⟪~t(AC~h32)⟫\", \"twilio_token\": \"⟪secret:t(~h32)⟫\", \"from\": \"⟪phone:d(+1 415 6## ####)⟫\"}}",
 "{\"_type\": \"request\", \"name\": \"Create user\", \"body\": {\"text\": \"{\\\"email\\\": \\\"⟪email:e(qa.tester.+;acme.io)⟫\\\", \\\"password\\\": \\\"⟪secret:pw(mix)⟫\\\", \\\"birthdate\\\": \\\"⟪dob:dob(YYYY-MM-DD;en;1980;2000)⟫\\\"}\"}}",
 "{\"key\": \"mapboxToken\", \"value\": \"⟪~t(pk.eyJ1Ijoi~u40.~u22)⟫\"}, {\"key\": \"mapboxSecret\", \"value\": \"⟪secret:t(sk.eyJ1Ijoi~u40.~u22)⟫\"}",
 "{\"event\": [{\"listen\": \"test\", \"script\": {\"exec\": [\"pm.test('status 200', () => pm.response.to.have.status(200));\", \"pm.environment.set('orderId', '⟪~t(ord_~a14)⟫');\"]}}]}",
 "{\"url\": \"https://hooks.example.com/v1/notify?api_key=⟪~'{{API_KEY}}⟫&user=demo\", \"method\": \"GET\", \"description\": \"uses the {{API_KEY}} env var\"}",
])
F('browser_storage_cookie_dumps', 'en', [
 "> Object.entries(localStorage)\n[[\"auth_token\", \"⟪secret:jwt(HS256)⟫\"], [\"theme\", \"dark\"], [\"ajs_anonymous_id\", \"\\\"⟪~uuid⟫\\\"\"]]",
 "# Netscape HTTP Cookie File\n.shop.example\tTRUE\t/\tTRUE\t⟪~ts(epoch)⟫\t_ga\tGA1.2.⟪~t(~d10)⟫.⟪~t(~d10)⟫\nshop.acme.eu\tFALSE\t/\tTRUE\t⟪~ts(epoch)⟫\tsessionid\t⟪secret:t(~l32)⟫",
 "Cookie: _gid=GA1.2.⟪~t(~d9)⟫.⟪~t(~d10)⟫; connect.sid=⟪secret:t(s%3A~u32.~u43)⟫; lang=pt-BR",
 "IndexedDB firebaseLocalStorage: {\"fbase_key\": \"firebase:authUser:⟪secret:t(AIza~u35)⟫:[DEFAULT]\", \"value\": {\"uid\": \"⟪~t(~a28)⟫\", \"email\": \"⟪email:e(k.nakamura;docomo.ne.jp)⟫\", \"stsTokenManager\": {\"refreshToken\": \"⟪secret:t(AMf-vB~u150)⟫\"}}}",
 "Set-Cookie: __Host-session=⟪secret:t(~u43)⟫; Path=/; Secure; HttpOnly; SameSite=Lax\nSet-Cookie: consent=⟪~t(~d13)⟫; Max-Age=31536000",
 "chrome://settings/passwords export\nname,url,username,password\nbank.example.ro,https://bank.example.ro/login,⟪~t(RO~d8)⟫,⟪secret:pw(word)⟫",
])
F('mobile_app_configs', 'en', [
 "<!-- AndroidManifest.xml -->\n<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"⟪secret:t(AIza~u35)⟫\"/>\n<meta-data android:name=\"io.sentry.dsn\" android:value=\"⟪~'https://examplePublicKey@o0.ingest.sentry.io/0⟫\"/>",
 "// google-services.json\n{\"project_info\": {\"project_number\": \"⟪~t(~d12)⟫\", \"project_id\": \"rider-app-⟪~t(~l5)⟫\"}, \"client\": [{\"oauth_client\": [{\"client_id\": \"⟪~t(~d12)⟫-⟪~t(~l32)⟫.apps.googleusercontent.com\"}]}]}",
 "<!-- Info.plist -->\n<key>FacebookAppID</key><string>⟪~t(~d15)⟫</string>\n<key>FacebookClientToken</key><string>⟪secret:t(~h32)⟫</string>\n<key>CFBundleVersion</key><string>⟪~t(~d4)⟫</string>",
 "# Flutter .env (bundled into the APK by mistake)\nAPI_BASE=https://api.rider.app\nSTRIPE_PK=⟪~t(pk_live_~a24)⟫\nSTRIPE_SK=⟪secret:t(sk_live_~a24)⟫\nBUILD_NUMBER=⟪~t(~d3)⟫",
 "// react-native-config: app.config.js\nexport default { onesignalAppId: '⟪~uuid⟫', revenueCatKey: 'appl_⟪~t(~a27)⟫', algoliaAdminKey: '⟪secret:t(~h32)⟫' };",
 "adb logcat | grep OkHttp\nI/OkHttp: --> POST https://api.delivery.app/v3/login\nI/OkHttp: {\"phone\":\"⟪phone:d(+62 81# #### ####)⟫\",\"otp\":\"⟪~t(######)⟫\"}\nI/OkHttp: <-- 200 {\"access_token\":\"⟪secret:jwt(HS256)⟫\"}",
 "Firebase Cloud Messaging legacy server key (settings.gradle comment):\n// FCM_KEY=⟪secret:t(AAAA~u7:APA91b~u134)⟫\n// sender id ⟪~t(~d12)⟫",
])
F('ssh_vpn_configs', 'en', [
 "Host bastion-prod\n  HostName ⟪ip:ip(pub)⟫\n  User ec2-user\n  IdentityFile ~/.ssh/prod.pem\n  # fingerprint SHA256:⟪~t(~b43)⟫",
 "[Interface]\nPrivateKey = ⟪secret:t(~b42A=)⟫\nAddress = ⟪ip'10.66.0.2⟫/32\nDNS = ⟪~'1.1.1.1⟫\n\n[Peer]\nPublicKey = ⟪~t(~b43=)⟫\nEndpoint = ⟪ip:ip(pub)⟫:51820\nAllowedIPs = 0.0.0.0/0",
 "⟪secret:pem(OSSH;5)⟫",
 "ssh-ed25519 ⟪~t(AAAAC3NzaC1lZDI1NTE5AAAAI~b43)⟫ deploy@ci\nssh-rsa ⟪~t(AAAAB3NzaC1yc2EAAAADAQABAAABgQ~b80)⟫ maria@laptop",
 "client\ndev tun\nproto udp\nremote ⟪ip:ip(pub)⟫ 1194\nauth-user-pass creds.txt\n<tls-auth>\n⟪secret:t(-----BEGIN OpenVPN Static key V1-----\n~h32\n~h32\n~h32\n-----END OpenVPN Static key V1-----)⟫\n</tls-auth>",
 "# creds.txt for the office VPN\nvpn.mtolentino\n⟪secret:pw(mix)⟫",
 "ipsec.secrets:\n⟪ip:ip(pub)⟫ ⟪ip:ip(pub)⟫ : PSK \"⟪secret:pw(long)⟫\"\n# netmask 255.255.255.0, route ⟪~'10.20.0.0/16⟫",
])
F('database_dumps_migrations', 'en', [
 "-- migration 20260114_add_ssn.sql\nALTER TABLE employees ADD COLUMN ssn_last4 CHAR(4);\nUPDATE employees SET ssn_last4 = '⟪~t(####)⟫' WHERE id = ⟪~t(~d4)⟫;",
 "class AddAdminUser < ActiveRecord::Migration[7.1]\n  def up\n    User.create!(email: '⟪email'ops@acme.io⟫', password: '⟪secret:pw(word)⟫', role: :admin)\n  end\nend",
 "mysqldump: [Warning] Using a password on the command line interface can be insecure.\n$ mysqldump -h ⟪ip:ip(priv)⟫ -u backup -p'⟪secret:pw(mix)⟫' shop > shop_⟪~ts(ymd)⟫.sql",
 "mongoexport --uri=\"mongodb+srv://reporting:⟪secret:pw(mix)⟫@cluster0.⟪~t(~l5)⟫.mongodb.net/app\" -c users --out users.json",
 "-- seed data for tests\nINSERT INTO users VALUES (1,'⟪~'test@example.com⟫','$2b$12$⟪~t(~u53)⟫','1990-01-01');",
])
F('chatops_bots', 'en', [
 "[#ops] deploybot: :white_check_mark: Deployed api ⟪~ver(sem)⟫ (⟪~t(~h7)⟫) to prod by @kwame\n[#ops] kwame: @deploybot set secret REDIS_URL redis://default:⟪secret:pw(mix)⟫@⟪ip:ip(priv)⟫:6379",
 "@te [#devops-hyd] రవి: బాట్ టోకెన్ ఇదే, కానీ ఎవరికీ చెప్పొద్దు: ⟪secret:t(xoxb-~d11-~d12-~a24)⟫",
 "@es [#soporte] bot-incidencias: Ticket ⟪~t(INC~d7)⟫ asignado. Cliente: ⟪email:e(p.navarro;telefonica.net)⟫ tel ⟪phone:d(+34 91# ## ## ##)⟫",
 "@pt [#infra] Luana: alguém mudou a senha do Grafana? a nova é ⟪secret:pw(word)⟫ segundo o Jenkins job ⟪~t(#~d4)⟫",
 "Telegram bot config:\nBOT_TOKEN=⟪secret:t(~d10:AA~u33)⟫\nCHAT_ID=⟪~t(-100~d10)⟫",
 "Discord: !deploy staging\nDeployBot: using token ⟪secret:t(MT~a22.~u6.~u38)⟫ — oops, rotating now. Build #⟪~t(~d4)⟫.",
 "@ro [#it-helpdesk] Bot: Parola temporară pentru contul AD al lui Andrei: ⟪secret:pw(mix)⟫ (expiră în 24h). Ticket ⟪~t(HD-~d5)⟫.",
 "[#alerts] PagerDuty: CRITICAL disk 95% on db-02 (⟪ip:ip(priv)⟫), incident ⟪~t(Q~A13)⟫, runbook https://wiki.example.org/db",
])
F('password_manager_exports', 'en', [
 "url,username,password,totp,extra,name,grouping,fav\nhttps://mail.google.com,⟪email:e(rana.haddad;gmail.com)⟫,⟪secret:pw(word)⟫,,,Gmail,Personal,0\nhttps://aws.amazon.com,root,⟪secret:pw(long)⟫,otpauth://totp/AWS?secret=⟪secret:t(~U32)⟫,,AWS root,Work,1",
 "{\"encrypted\": false, \"items\": [{\"id\": \"⟪~uuid⟫\", \"type\": 1, \"name\": \"Netflix\", \"login\": {\"username\": \"⟪email:e(famil.garcia;hotmail.com)⟫\", \"password\": \"⟪secret:pw(mix)⟫\"}}]}",
 "{\"encrypted\": true, \"passwordProtected\": true, \"salt\": \"⟪~t(~b24)⟫\", \"kdfIterations\": 600000, \"encKeyValidation_DO_NOT_EDIT\": \"2.⟪~t(~b24)⟫|⟪~t(~b44)⟫\"}",
 "@is Titill,Notandanafn,Lykilorð,Vefslóð\nHeimabanki,⟪~t(~d6-~d4)⟫,⟪secret:pw(word)⟫,https://heimabanki.example.is\nIsland.is,⟪email:e(gudrun.jons;simnet.is)⟫,⟪secret:pw(phrase)⟫,https://island.is",
 "@lt Pavadinimas;Vartotojas;Slaptažodis;Pastabos\nSwedbank;⟪~t(~d8)⟫;⟪secret:pw(mix)⟫;PIN kortelei ⟪secret:pw(pin)⟫\nVMI;⟪email:e(tomas.petrauskas;gmail.com)⟫;⟪secret:pw(word)⟫;",
 "KeePass XML:\n<Entry><UUID>⟪~t(~b22==)⟫</UUID><String><Key>Title</Key><Value>Router admin</Value></String><String><Key>Password</Key><Value ProtectInMemory=\"True\">⟪secret:pw(long)⟫</Value></String></Entry>",
 "@ca Exportació de contrasenyes: Nom=Correu feina; Usuari=⟪email:e(jordi.puig;ajuntament.cat)⟫; Contrasenya=⟪secret:pw(word)⟫; Notes=codi de recuperació ⟪secret:t(~l4-~l4-~l4)⟫",
])
F('hr_records_is', 'is', [
 "Launaseðill ⟪~ts(dmy)⟫: Launanúmer ⟪~t(~d5)⟫, greitt inn á reikning ⟪iban:iban(IS;sp)⟫. Orlof 10,17%.",
 "Hún fæddist ⟪dob:dob(D. MON YYYY;is;1975;1995)⟫ á Akureyri og hóf störf ⟪~ts(dmy)⟫ (ráðningardagur).",
 "Veikindavottorð móttekið, málsnúmer ⟪~t(~d4/~d4)⟫. Tengiliður í neyð: Sigurður, ⟪phone:d(6## ####)⟫.",
 "Aðgangur að launakerfi: notandi gudrunj, lykilorð ⟪secret:pw(word)⟫ — breyta við fyrstu innskráningu.",
 "Fd.: ⟪dob:dob(DD.MM.YYYY;is;1965;2001)⟫ | Starfsheiti: hjúkrunarfræðingur | Deild: ⟪~t(B-#)⟫ | Starfsmannanr.: ⟪~t(LSH~d5)⟫",
])
F('payroll_contracts_ca', 'ca', [
 "Va néixer el ⟪dob:dob(D MON YYYY;ca;1960;1999)⟫ a Girona. Correu ⟪email:e(montse.vila;xtec.cat)⟫.",
 "Nòmina de ⟪~'novembre 2026⟫: salari base 2.140,00 €, IRPF 15%, líquid 1.702,33 €. Núm. document ⟪~t(NOM-~d6)⟫.",
 "Alta a la Seguretat Social efectuada el ⟪~ts(dmys)⟫, codi de compte de cotització ⟪~t(08~d9)⟫. Data de venciment del contracte ⟪~ts(dmys)⟫.",
 "Correu de la gestoria: \"Envieu-nos el DNI i la data de naixement (⟪dob:dob(D.M.YY;ca;1975;2002)⟫) abans del dia 5.\" — ⟪email:e(gestoria.rovira;telefonica.net)|obf( arrova ; punt )⟫",
 "Targeta d'empresa per a dietes: ⟪card:card(mc;sp)⟫, límit 600 €. Codi de centre de cost ⟪~t(CC-~d4)⟫.",
])
F('council_forms_cy', 'cy', [
 "FFURFLEN GAIS — Cyngor Gwynedd\nEnw: Rhys ap Gwilym\nDyddiad geni: ⟪dob:dob(DD/MM/YYYY;cy;1950;2000)⟫\nRhif Yswiriant Gwladol: ⟪nino:nino(sp)⟫\nFfôn: ⟪phone:d(01248 ######)⟫",
 "Cafodd ei eni ar ⟪dob:dob(D MON YYYY;cy;1940;1990)⟫ ym Mangor. Cyfeiriad e-bost: ⟪email:e(rhys.apgwilym;btinternet.com)⟫",
 "Treth Gyngor: cyfeirnod cyfrif ⟪~t(~d8)⟫, band D, £1,842.16 am ⟪~'2026/27⟫. Debyd uniongyrchol o ⟪~ts(dmys)⟫.",
 "Rhif YG ⟪nino:nino(none)⟫ (hen gofnod: ⟪~badnino(a;sp)⟫ — camgymeriad teipio). Rhif achos ⟪~t(GW~d6)⟫.",
 "Ffoniwch ni ar ⟪phone:d(+44 1286 ######)⟫ neu ebostiwch ⟪email:e(budd-dal;gwynedd.llyw.cymru)⟫. Oriau: 9–5.",
])
F('uk_hr_onboarding_en', 'en', [
 "New starter form\nFull name: Olumide Adebayo\nDOB: ⟪dob:dob(DD/MM/YYYY;en;1985;2004)⟫\nNI No: ⟪nino:nino(sp)⟫\nMobile: ⟪phone:d(07### ### ###)⟫\nBank: sort code ⟪~t(##-##-##)⟫ acc ⟪~t(~d8)⟫",
 "P45 part 1A: employee NINO ⟪nino:nino(none)⟫, tax code 1257L, leaving date ⟪~ts(dmys)⟫, PAYE ref ⟪~t(###/~U2~d5)⟫.",
 "Hi HR, my NI number is ⟪nino:nino(sp)|zw(nbsp;1)⟫ — sorry I put the wrong one (⟪~badnino(b;sp)⟫) on the form.",
 "Payroll query: employee ⟪~t(E~d5)⟫ reports NI ⟪nino:nino(dash)⟫; HMRC says ZZ prefix is temporary — we never use ⟪~'ZZ 99 99 99 D⟫.",
 "Emergency contact: Funmi Adebayo (sister), ⟪phone:d(+44 7### ######)|spell(en)⟫ — she prefers text.",
 "Pension auto-enrolment: employee born ⟪dob:dob(D/M/YY;en;1960;1999)⟫, NI ⟪nino:nino(sp)⟫, contribution 5%, scheme ⟪~t(PSTR ~d8~U2)⟫.",
 "Employee handbook excerpt: for example an NI number looks like QQ 12 34 56 C and a sort code like 00-00-00.",
])
F('us_tax_hr_forms_en', 'en', [
 "Form W-4 (⟪~'2026⟫)\nStep 1(a) First name and middle initial: Maria L.  Last name: Gonzalez\n(b) Social security number: ⟪ssn:ssn(-)⟫\nAddress: 2210 W Elm St, Tucson AZ 85705",
 "I-9 Section 1: Date of Birth (mm/dd/yyyy) ⟪dob:dob(MM/DD/YYYY;en;1960;2005)⟫  U.S. Social Security Number ⟪ssn:ssn(-)⟫  Employee's E-mail ⟪email:e(mgonzalez85;yahoo.com)⟫  Telephone ⟪phone:d((520) 8##-####)⟫",
 "Payroll import (TSV)\nemp_id\tname\tssn\tdob\n⟪~t(~d5)⟫\tTrevor Banks\t⟪ssn:ssn(-)⟫\t⟪dob:dob(M/D/YYYY;en;1970;2000)⟫\n⟪~t(~d5)⟫\tAisha Bello\t⟪ssn:ssn(none)⟫\t⟪dob:dob(M/D/YYYY;en;1970;2000)⟫",
 "W-9 received from vendor: EIN ⟪~t(##-#######)⟫ (business), not an SSN. Contact ⟪phone:d(415-6##-####)⟫.",
 "1099-NEC recipient TIN ⟪ssn:ssn(-)⟫; payer TIN ⟪~t(##-#######)⟫; nonemployee comp $14,200.00; account number ⟪~t(~A10)⟫.",
 "Rejected SSNs in batch ⟪~t(B~d6)⟫: ⟪~badssn(a0)⟫ (area 000), ⟪~badssn(a666)⟫ (area 666), ⟪~badssn(s0)⟫ (serial 0000), ⟪~badssn(a9)⟫ (ITIN range).",
 "Background check consent: SSN (spaced as on card) ⟪ssn:ssn(sp)⟫, DOB ⟪dob:dob(MON D YYYY;en;1980;2003)⟫, driver's license ⟪~t(D~d7)⟫ (AZ).",
 "Call transcript: \"my social is ⟪ssn:ssn(-)|spell(en)⟫, yes, and date of birth ⟪dob:dob(MON Do, YYYY;en;1950;1980)⟫\"",
 "Direct deposit: routing ⟪~t(0#######)⟫ (ABA), account ⟪~t(~d10)⟫, SSN on file ⟪~'XXX-XX-⟫⟪~t(####)⟫.",
 "Training slide: never use 123-45-6789 or 078-05-1120 in tests — they are well-known sample numbers.",
])
F('env_files_shell_history', 'en', [
 "# .env.production\nDATABASE_URL=postgres://app:⟪secret:pw(mix)⟫@db.internal:5432/app\nREDIS_URL=redis://⟪ip:ip(priv)⟫:6379/0\nSENTRY_ENVIRONMENT=production\nAPP_VERSION=⟪~ver(sem)⟫",
 "  501  export OPENAI_API_KEY=⟪secret:t(sk-proj-~u48T3BlbkFJ~u20)⟫\n  502  python eval.py --model gpt-4o\n  503  history | grep -c export",
 "  88  curl -u admin:⟪secret:pw(word)⟫ http://⟪ip:ip(priv)⟫:8080/manager/text/list\n  89  git log --oneline -3\n  90  git checkout ⟪~sha(40)⟫",
 "MAILGUN_API_KEY=⟪secret:t(key-~h32)⟫\nMAILGUN_DOMAIN=mg.acme.io\nMAILCHIMP_KEY=⟪secret:t(~h32-us21)⟫\nMAILCHIMP_LIST=⟪~t(~h10)⟫",
 "# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=⟪~'sk_live_your_key_here⟫\nDATABASE_URL=postgres://user:⟪~'${DB_PASSWORD}⟫@localhost/app\nJWT_SECRET=⟪~'changeme⟫",
 "$ vault login ⟪secret:t(hvs.~u90)⟫\nSuccess! You are now authenticated.\ntoken_accessor       ⟪~t(~a24)⟫\ntoken_duration       768h",
 "$ export DIGITALOCEAN_TOKEN=⟪secret:t(dop_v1_~h64)⟫\n$ doctl compute droplet list\nID           Name     Public IPv4\n⟪~t(~d9)⟫    web-1    ⟪ip:ip(pub)⟫",
 "SHOPIFY_ADMIN_TOKEN=⟪secret:t(shpat_~h32)⟫\nSHOPIFY_SHOP=acme-store.myshopify.com\nSQUARE_ACCESS_TOKEN=⟪secret:t(EAAA~u60)⟫",
 "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account octo-dev (keyring)\n  - Token: ⟪~'gho_************************************⟫\n  - Token scopes: 'gist', 'read:org', 'repo'",
 "$ wrangler whoami   # account ⟪~t(~h32)⟫\n$ echo $CLOUDFLARE_API_TOKEN\n⟪secret:t(~u40)⟫",
])
F('us_student_aid_fafsa_en', 'en', [
 "FAFSA Submission Summary\nStudent: Jordan T. Ellis\nSSN: ⟪ssn:ssn(-)⟫  DOB: ⟪dob:dob(MM/DD/YYYY;en;2004;2008)⟫\nFSA ID username: jtellis06  Email: ⟪email:e(jordan.ellis06;gmail.com)⟫\nDependency status: Dependent",
 "Parent 1 SSN ⟪ssn:ssn(-)⟫, parent 2 SSN not provided. School code ⟪~t(00~d4)⟫. Transaction ⟪~t(0~d2)⟫ processed ⟪~ts(dmys)⟫.",
 "Hi Financial Aid, my verification was flagged — the SSN on my form has a typo, I typed ⟪~badssn(g0)⟫ instead of ⟪ssn:ssn(-)⟫. Student ID ⟪~t(U~d8)⟫.",
 "Enrollment roster\n| Student ID | Name | SSN (last 4) | Program |\n|---|---|---|---|\n| ⟪~t(9~d8)⟫ | K. Osei | ⟪~t(####)⟫ | Nursing AAS |\n| ⟪~t(9~d8)⟫ | L. Tran | ⟪~t(####)⟫ | Welding |",
 "Tuition payment plan: ⟪~'$1,245.00⟫ due ⟪~ts(dmys)⟫; payer SSN ⟪ssn:ssn(none)⟫ required for 1098-T.",
])
F('us_gig_driver_onboarding_en', 'en', [
 "Dasher onboarding\nLegal name: Marcus Reyes\nDate of birth: ⟪dob:dob(MM/DD/YYYY;en;1975;2004)⟫\nSSN (for background check): ⟪ssn:ssn(-)⟫\nVehicle: 2017 Honda Civic, plate ⟪~t(~A7)⟫",
 "Hey support, my instant pay keeps failing on debit card ⟪card:card(visa;sp)⟫ — the old one ending ⟪~t(####)⟫ was closed. Driver ID ⟪~t(DX~d8)⟫.",
 "Checkr report ⟪~t(~h24)⟫: candidate SSN trace ⟪ssn:ssn(-)|zw(zwsp;1)⟫ — status clear, MVR clear. Report date ⟪~ts(date)⟫.",
 "1099-K summary: gross ⟪~'$38,412.77⟫, TIN on file ⟪ssn:ssn(sp)⟫, payer EIN ⟪~t(##-#######)⟫, trips ⟪~t(~d4)⟫.",
 "Tip adjustment order ⟪~t(~d3-~d7-~d7)⟫: customer card ⟪~mask(amex;*)⟫, restaurant ID ⟪~t(~d6)⟫.",
 "Driver app crash log: NullPointerException at OfferCard.bind(OfferCard.kt:88), device ⟪~t(~h16)⟫, app ⟪~ver(sem)⟫ (build ⟪~t(~d5)⟫), lat/long ⟪~coord⟫",
])
F('uk_student_finance_en', 'en', [
 "Student Finance England — application\nCustomer reference number: ⟪~t(~d11)⟫\nNational Insurance number: ⟪nino:nino(sp)⟫\nDate of birth: ⟪dob:dob(DD MON YYYY;en;2003;2008)⟫\nUCAS ID: ⟪~t(~d3-~d3-~d4)⟫",
 "Parent income assessment: Mother — NINO ⟪nino:nino(none)⟫, household income £41,300 (tax year ⟪~'2024-25⟫).",
 "Bursary payment returned: account ⟪iban:iban(GB;sp)⟫ closed. Please provide new details by ⟪~ts(dmys)⟫.",
 "NI number checked against format: ⟪~badnino(a;none)⟫ invalid (first letter D), resubmitted as ⟪nino:nino(none)⟫.",
 "DSA needs assessment booked ⟪~ts(dmys)⟫ 14:00 at the Access Centre, ref ⟪~t(DSA/~d6)⟫. Assessor: J. Patel.",
])
F('uk_utility_energy_en', 'en', [
 "Octopus-style bill\nAccount: ⟪~t(A-~H8)⟫\nMPAN: ⟪~t(S 01 801 100 ~d13)⟫\nMeter serial: ⟪~t(~d2P~d7)⟫\nReadings: 18453 → 18922 (E)\nPhone: ⟪phone:d(0800 ### ####)⟫",
 "Priority Services Register: customer born ⟪dob:dob(DD/MM/YYYY;en;1930;1955)⟫, NI ⟪nino:nino(sp)⟫, needs large-print bills. Contact daughter ⟪phone:d(07### ######)⟫.",
 "Warm Home Discount application — NINO ⟪nino:nino(sp)⟫, benefit: Pension Credit, reference ⟪~t(WHD~d8)⟫.",
 "Direct Debit change: new account ⟪iban:iban(GB;none)⟫, first collection ⟪~ts(dmys)⟫, amount £96.00. Supply number ⟪~t(~d13)⟫.",
 "Smart meter install visit ⟪~t(JOB-~d7)⟫: engineer arrived 10:12, comms hub ⟪~t(~H16)⟫, IHD paired, gas meter ⟪~t(G4 ~d8)⟫.",
 "Hi, moving out on the 30th. Final read 23904. Forward the final bill to ⟪email:e(t.nwosu;yahoo.co.uk)⟫ please. My NI is ⟪nino:nino(none)|zw(zwsp;2)⟫ if you need it.",
 "Water bill: customer ref ⟪~t(~d10)⟫, bill no. ⟪~t(~d9)⟫, rateable value £312, next reading ⟪~ts(dmys)⟫.",
])
F('uk_sports_clubs_volunteers_en', 'en', [
 "DBS application for coach: Sandra Hughes, born ⟪dob:dob(D MON YYYY;en;1970;1990)⟫, NI number ⟪nino:nino(sp)⟫, certificate no. ⟪~t(0~d11)⟫.",
 "Gym membership freeze — member ⟪~t(GM~d7)⟫, card on file ⟪~mask(mc;*)⟫, freeze until ⟪~ts(dmys)⟫.",
 "Match fees: send £6 to Club Treasurer, sort code ⟪~t(##-##-##)⟫ account ⟪~t(~d8)⟫ ref SUBS-⟪~t(~U3)⟫ or pay by card ⟪card:card(visa;sp)⟫ at the bar.",
 "Volunteer expenses claim: NI ⟪nino:nino(none)⟫, mileage 42 miles @ 45p, claim ⟪~t(EX-~d5)⟫, phone ⟪~t(01632 960###)⟫",
 "Parkrun barcode ⟪~t(A~d7)⟫, age grade 61.2%, finish 27:43, position 188 of 402.",
])
F('stack_traces_app_logs', 'en', [
 "Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    stripe.Charge.create(amount=4200, source=token, api_key=\"⟪secret:t(sk_live_~a24)⟫\")\nstripe.error.CardError: Your card was declined. (req_⟪~t(~a14)⟫)",
 "java.sql.SQLException: Access denied for user 'shop'@'⟪ip:ip(priv)⟫' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:⟪~t(###)⟫)",
 "{\"level\":\"warn\",\"ts\":\"⟪~ts(isoms)⟫\",\"msg\":\"retrying webhook\",\"url\":\"⟪secret:slackhook⟫\",\"attempt\":3,\"request_id\":\"⟪~uuid⟫\"}",
 "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x⟪~t(~h7)⟫]\ngoroutine 42 [running]:\nmain.(*Server).handle(0xc000⟪~t(~h6)⟫)",
 "Mar 03 09:12:55 web-2 nginx[⟪~t(~d4)⟫]: ⟪ip:ip(pub)⟫ - - [03/Mar/2026:09:12:55 +0000] \"POST /api/login?user=⟪email:e(hana.kim;naver.com)|pct⟫ HTTP/1.1\" 401 64",
 "DEBUG requests.sessions: Sending request headers {'Authorization': 'Bearer ⟪secret:t(ya29.a0~u140)⟫', 'User-Agent': 'python-requests/⟪~ver(sem)⟫'}",
 "WARN  [payments] card validation failed pan=⟪~badcard(visa;none)⟫ reason=LUHN_CHECK bin=⟪~t(4#####)⟫ merchant=⟪~t(M~d7)⟫",
 "Unhandled rejection MongoServerError: bad auth : authentication failed at Connection.onMessage (connection.js:⟪~t(###)⟫) uri=mongodb://root:⟪secret:pw(mix)⟫@⟪ip:ip(priv)⟫:27017/admin",
])
F('web_access_logs', 'en', [
 "⟪ip:ip(pub)⟫ - - [12/Feb/2026:18:04:11 +0100] \"GET /wp-login.php HTTP/1.1\" 404 548 \"-\" \"Mozilla/5.0 (compatible; bot/⟪~ver(sem)⟫)\"",
 "⟪ip:ip6⟫ - - [12/Feb/2026:18:04:12 +0100] \"GET /static/app.⟪~t(~h8)⟫.js HTTP/2.0\" 200 81234",
 "Fail2Ban: Ban ⟪ip:ip(pub)⟫ (jail sshd), found 5 failures; unbanned ⟪~docip(4)⟫ (test entry).",
 "GET /reset?token=⟪secret:t(~u43)⟫&email=⟪email:e(farah.aziz;gmail.com)|pctat⟫ HTTP/1.1\" 302 0 from ⟪ip:ip(pub)⟫",
 "DNS resolver stats: upstream ⟪~'1.1.1.1⟫ p50=12ms, ⟪~'9.9.9.9⟫ p50=19ms; subnet mask ⟪~'255.255.240.0⟫; OID ⟪~'1.3.6.1.4.1.311.21.7⟫",
 "CloudFront: edge=FRA56-P3 ⟪ip:ip(pub)⟫ GET d⟪~t(~l13)⟫.cloudfront.net /img/⟪~uuid⟫.webp 200 Hit",
])
F('email_headers_multilingual', 'mixed', [
 "@fr De : Camille Lefèvre <⟪email:e(camille.lefevre;orange.fr)⟫>\nÀ : ⟪~'recrutement@example.fr⟫\nDate : ⟪~ts(log)⟫\nObjet : Candidature — tél. ⟪phone:d(06 ## ## ## ##)⟫",
 "@en DKIM-Signature: v=1; a=rsa-sha256; d=acme.io; s=google; h=from:to:subject;\n bh=⟪~t(~b43=)⟫;\n b=⟪~t(~b86)⟫\nAuthentication-Results: spf=pass smtp.mailfrom=⟪email:e(billing;acme.io)⟫",
 "@en Subject: =?UTF-8?Q?Your_receipt?=\nFrom: =?UTF-8?B?⟪~t(~b12)⟫?= <⟪~'no-reply@example.com⟫>\nReply-To: ⟪email:e(support.emea;acme-shop.eu)|qp⟫\nX-Originating-IP: [⟪ip:ip(pub)⟫]",
 "@ru От: ⟪email:e(a.smirnova;yandex.ru)⟫\nКому: ⟪email:e(hr;kompaniya.ru)⟫\nТема: Анкета — дата рождения ⟪dob:dob(D MON YYYY г.;ru;1985;2000)⟫\nX-Mailer: ⟪~ver(sem)⟫",
 "@en List-Unsubscribe: <mailto:⟪email:e(unsub-~h16;list.acme-newsletters.net)⟫>, <https://example.net/u/⟪~t(~u22)⟫>",
])
F('invoices_bank_details_eu', 'mixed', [
 "@de RECHNUNG Nr. ⟪~t(RE-2026-~d5)⟫\nLeistungszeitraum: 01.–31.10.\nBitte überweisen Sie 1.190,00 € auf: IBAN ⟪iban:iban(DE;sp)⟫ BIC ⟪~'COBADEFFXXX⟫\nUSt-IdNr. ⟪~t(DE~d9)⟫ · Steuernr. ⟪~t(~d3/~d3/~d5)⟫",
 "@fr FACTURE N° ⟪~t(F~d6)⟫ — Règlement par virement : IBAN ⟪iban:iban(FR;sp)⟫ — SIRET ⟪~t(~d14)⟫ — TVA ⟪~t(FR~d11)⟫",
 "@pl Faktura VAT ⟪~t(FV/~d4/10/2026)⟫\nNabywca: Jan Kowalski\nNr rachunku: ⟪iban:iban(PL;sp)⟫\nNIP: ⟪~t(~d3-~d3-~d2-~d2)⟫  REGON: ⟪~t(~d9)⟫",
 "@tr FATURA No: ⟪~t(GIB2026~d9)⟫ · Ödeme: ⟪iban:iban(TR;sp)⟫ · VKN ⟪~t(~d10)⟫ · Vade ⟪~ts(dmy)⟫",
 "@en Remittance advice — beneficiary IBAN ⟪iban:iban(CH;sp)⟫; our previous IBAN ⟪~badiban(CH;sp)⟫ is no longer valid. Sample in manual: ⟪~'GB82 WEST 1234 5698 7654 32⟫.",
 "@it Bonifico ricevuto: ordinante Mario Conti, IBAN ⟪iban:iban(IT;sp)⟫, CRO ⟪~t(~d11)⟫, causale fattura ⟪~t(~d3/2026)⟫.",
 "@es Recibo domiciliado: mandato SEPA ⟪~t(MND~d10)⟫, deudor IBAN ⟪iban:iban(ES;none)⟫, identificador acreedor ⟪~t(ES~d2ZZZ~A9)⟫.",
 "@sr Фактура бр. ⟪~t(~d4/26)⟫ — уплата на рачун ⟪iban:iban(RS;sp)⟫, ПИБ ⟪~t(1~d8)⟫, матични број ⟪~t(~d8)⟫.",
 "@bg Фактура № ⟪~t(00000~d5)⟫, IBAN ⟪iban:iban(BG;sp)⟫, ЕИК ⟪~t(~d9)⟫, срок ⟪~ts(dmy)⟫.",
 "@el Τιμολόγιο ⟪~t(ΤΠΥ ~d5)⟫ — Πληρωμή σε ⟪iban:iban(GR;none)|nl⟫, ΑΦΜ ⟪~t(~d9)⟫.",
 "@hy Հաշիվ-ապրանքագիր ⟪~t(~d8)⟫, վճարում՝ քարտով ⟪card:card(mir;sp)⟫, ՀՎՀՀ ⟪~t(~d8)⟫",
])
F('ocr_scanned_documents', 'mixed', [
 "@es [OCR] DOCUMENTO NACIONAL DE IDENTIDAD\nAPELLIDOS GARCÍA LÓPEZ NOMBRE LAURA\nFECHA DE NACIMIENTO ⟪dob:dob(DD MM YYYY;es;1975;2000)⟫\nNUM SOPORT ⟪~t(~U3~d6)⟫  VÁLIDO HASTA ⟪~ts(dmy)⟫",
 "@en Scanned cheque: Pay SIPHO NKOSI R2 500.00 — cheque no. ⟪~t(~d6)⟫ branch ⟪~t(~d6)⟫ account ⟪~t(~d10)⟫ (MICR line).",
 "@en [OCR, low confidence] Card: ⟪card:card(visa;sp)|nl⟫ VALID THRU 08/29 — cardholder MS R AHMED",
 "@ro [OCR] CERTIFICAT DE NAȘTERE Seria ⟪~t(N.~U1. ~d6)⟫\nNumele: POPA  Prenumele: ION\nData nașterii: anul ⟪dob:dob(YYYY luna MON ziua D;ro;1950;1990)⟫\nLocul nașterii: Iași",
 "@en [OCR] Payslip — Employee No ⟪~t(~d6)⟫ · NI Number ⟪nino:nino(sp)|nl⟫ · Tax code 1257L · Net pay £2,114.58",
 "@en Fax header: 03/11/2026 14:22 FROM: ⟪~'+1 212 555 0147⟫ TO: 9-1-646-⟪~t(###-####)⟫ P.002/005 — receipt ⟪~t(~d8)⟫",
])
F('markdown_tables_mixed', 'mixed', [
 "@en | Name | Email | Phone | Role |\n|---|---|---|---|\n| Ravi Kumar | ⟪email:e(ravi.kumar;infosys.com)⟫ | ⟪phone:d(+91 98### #####)⟫ | Lead |\n| Test User | ⟪~'test.user@example.com⟫ | ⟪~'(555) 010-0100⟫ | QA |",
 "@en | Env | Key | Value |\n|---|---|---|\n| staging | SENDGRID_API_KEY | ⟪secret:t(SG.~u22.~u43)⟫ |\n| prod | SENDGRID_API_KEY | `********` |",
 "@it | Socio | Tessera | Scadenza |\n|---|---|---|\n| Bianchi L. | ⟪~t(CAI-~d6)⟫ | ⟪~ts(dmys)⟫ |\n| Moretti A. | ⟪~t(CAI-~d6)⟫ | ⟪~ts(dmys)⟫ |",
 "@en | Host | IP | Notes |\n|---|---|---|\n| db-1 | ⟪ip:ip(priv)⟫ | primary |\n| docs | ⟪~docip(4)⟫ | RFC 5737 |\n| v6 | ⟪~docip(6)⟫ | RFC 3849 |",
 "@sw | Jina | Simu | Kiasi (KSh) |\n|---|---|---|\n| Wanjiru | ⟪phone:d(07## ### ###)⟫ | 1,200 |\n| Otieno | ⟪phone:d(+254 1## ### ###)⟫ | 850 |",
])
F('school_parent_comms_es', 'es', [
 "Hola profe, soy la mamá de Valentina (3º B). Mi celular cambió, ahora es ⟪phone:d(+52 55 #### ####)⟫. Correo: ⟪email:e(carolina.rmz;hotmail.com)⟫",
 "FICHA DE INSCRIPCIÓN 2026-2027\nAlumno: Mateo Fernández Ruiz\nFecha de nacimiento: ⟪dob:dob(DD/MM/YYYY;es;2012;2019)⟫\nCURP: ⟪~t(FERM~d6HDF~U3~A2)⟫ (verificar)\nMatrícula: ⟪~t(A~d7)⟫",
 "Recordatorio: la excursión es el ⟪~ts(dmys)⟫; el pago de 350 MXN a la cuenta CLABE ⟪~t(0121 8000 ~d10)⟫ con referencia ⟪~t(EXC-~d4)⟫.",
 "Pago de colegiatura con tarjeta ⟪card:card(mc;sp)⟫ aprobado, folio ⟪~t(~d10)⟫.",
 "Mi hijo nació el ⟪dob:dob(D de MON de YYYY;es;2013;2018)⟫, ¿puede entrar a la categoría sub-12 del club del colegio?",
 "Lista de útiles: cuaderno cuadriculado, ISBN del libro de lectura ⟪~isbn⟫, código de aula ⟪~t(~l3-~l4-~l3)⟫ (Classroom).",
 "Mándenme las calificaciones a ⟪email:e(papa.de.mateo;gmail.com)|obf(@;(punto))⟫ porfa, el portal no abre.",
])
F('pharmacy_prescriptions_pt_br', 'pt', [
 "RECEITA DE CONTROLE ESPECIAL\nPaciente: Fernanda Oliveira Santos  Data nasc.: ⟪dob:dob(DD/MM/YYYY;pt;1960;2000)⟫\nCNS: ⟪~t(7~d14)⟫\nMedicamento: clonazepam 2 mg — 30 comp.\nCRM ⟪~t(~d6-SP)⟫",
 "Pedido ⟪~t(#~d7)⟫ da farmácia online: entrega para Rua Augusta 1500 ap 32, contato ⟪phone:d((11) 9####-####)⟫, pago com cartão ⟪~mask(mc;*)⟫.",
 "Oi, aqui é a Fernanda, meu CPF é ⟪~t(###.###.###-##)⟫ e o e-mail do cadastro é ⟪email:e(fe.oliveira;bol.com.br)⟫. O desconto do convênio não apareceu.",
 "Pix para a farmácia: chave telefone ⟪phone:d(+55 21 9####-####)⟫, valor R$ 87,40, ID ⟪~t(E~d8~d12~A11)⟫.",
 "Lote ⟪~t(~A6)⟫, validade ⟪~ts(dmys)⟫, registro ANVISA ⟪~t(1.~d4.~d4.###-#)⟫, código de barras ⟪~t(789~d10)⟫.",
 "Cliente nasceu em ⟪dob:dob(D de MON de YYYY;pt;1940;1960)⟫ — tem direito à Farmácia Popular. Cartão fidelidade ⟪~serial(16;sp)⟫.",
])
F('chat_obfuscations_multilingual', 'mixed', [
 "@de Schreib mir lieber privat: ⟪email:e(lena.hoffmann;posteo.de)|obf( [ät] ; [punkt] )⟫ oder ruf an unter ⟪phone:d(0151 ### ####)|sp( )⟫",
 "@fr mon numéro c'est zéro six, ⟪phone:d(## ## ## ##)|spell(en)⟫... non pardon : ⟪phone:d(06 ## ## ## ##)|fw⟫",
 "@ja お問い合わせ先：⟪email:e(tanaka.yuki;docomo.ne.jp)|fw⟫　電話：⟪phone:d(090-####-####)|fw⟫　生年月日：⟪dob:dob(YYYY年M月D日;en;1975;2000)⟫",
 "@zh 我的邮箱是 ⟪email:e(wang.fang;163.com)|obf( 艾特 ; 点 )⟫，手机 ⟪phone:d(138 #### ####)|zw(zwsp;3)⟫，出生日期 ⟪dob:dob(YYYY年MM月DD日;en;1980;2002)⟫",
 "@ar بريدي الإلكتروني: ⟪email:e(omar.haddad;gmail.com)⟫ ورقم الجوال ⟪phone:d(+966 5# ### ####)|digits(arab)⟫، تاريخ الميلاد ⟪dob:dob(DD/MM/YYYY;en;1980;2000)|digits(arab)⟫",
 "@ko 연락처: ⟪phone:d(010-####-####)⟫ / 이메일 ⟪email:e(jiwoo.park;naver.com)|obf( 골뱅이 ; 쩜 )⟫ / 생년월일 ⟪dob:dob(YYMMDD;en;1990;1999)⟫",
 "@hi मेरा नंबर ⟪phone:d(98### #####)|digits(deva)⟫ है और ईमेल ⟪email:e(rahul.verma;rediffmail.com)|rev⟫ (उल्टा लिखा है)",
 "@vi Số điện thoại của em: ⟪phone:d(09# ### ####)|dot⟫, email ⟪email:e(nguyen.thi.lan;gmail.com)|ent⟫, sinh ngày ⟪dob:dob(D tháng M năm YYYY;en;1995;2005)⟫",
 "@id Kirim ke email saya ⟪email:e(budi.santoso;yahoo.co.id)|b64⟫ (base64 biar gak kena filter) atau WA ⟪phone:d(+62 812-####-####)⟫",
 "@ru пиши на ⟪email:e(dmitry.volkov;mail.ru)|obf( собака ; точка )⟫, телефон ⟪phone:d(+7 9## ###-##-##)|nl⟫",
 "@tr kartım ⟪card:card(troy;none)|sp( )⟫ ama bunu yazmamam lazımdı sanırım; son 4: ⟪~t(####)⟫",
 "@pt o número do cartão é ⟪card:card(visa;dash)|zw(wj;2)⟫ e o CVV eu mando depois",
 "@es le paso mi IBAN en dos líneas:\n⟪iban:iban(ES;sp)|nl⟫\ngracias!",
 "@en call me on ⟪phone'0917⟫ — sorry, sent too early — ⟪phone:d(### ####)⟫ after 6pm, it's a Globe number",
 "@it il mio numero: ⟪phone:d(+39 3## ### ####)|spell(it)⟫ (scritto in lettere perché il sito blocca i numeri)",
])
F('secrets_in_code_literals', 'en', [
 "const stripe = require('stripe')('⟪secret:t(rk_live_~a24)⟫'); // restricted key, TODO move to env",
 "private static final String DB_PASS = \"⟪secret:pw(mix)⟫\";\nprivate static final String DB_USER = \"app\";\nprivate static final int POOL = 12;",
 "AWS_CREDS = {\n    \"aws_access_key_id\": \"⟪secret:t(ASIA~A16)⟫\",\n    \"aws_secret_access_key\": \"⟪secret:t(~b40)⟫\",\n    \"aws_session_token\": \"⟪secret:t(IQoJb3JpZ2luX2Vj~b180)⟫\",\n}",
 "func main() {\n\tclient := github.NewClient(nil).WithAuthToken(\"⟪secret:t(github_pat_11~A21_~a59)⟫\")\n\t_ = client\n}",
 "# tests/test_auth.py\nFAKE_TOKEN = \"⟪~'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c⟫\"  # jwt.io demo",
 "let config = Config { api_key: \"⟪secret:t(lin_api_~a40)⟫\".into(), timeout_ms: 3000, build: \"⟪~t(~h7)⟫\".into() };",
 "$conn = new PDO('mysql:host=⟪ip:ip(priv)⟫;dbname=crm', 'crm', '⟪secret:pw(word)⟫');",
 "SECRET_KEY = 'django-insecure-⟪secret:t(~l50)⟫'\nDEBUG = False\nALLOWED_HOSTS = ['crm.acme.io']",
 "// docs: Stripe test card ⟪~'4242 4242 4242 4242⟫, any CVC; Visa test ⟪~'4111 1111 1111 1111⟫; MC ⟪~'5555 5555 5555 4444⟫",
 "okta_client = OktaClient({'orgUrl': 'https://acme.okta.com', 'token': '⟪secret:t(00~u40)⟫'})",
 "atlas_token = \"⟪secret:t(~a14.atlasv1.~a67)⟫\"  # terraform cloud team token",
 "encryption_key = os.environ.get('AGE_KEY', '⟪secret:t(AGE-SECRET-KEY-1~U58)⟫')\nrecipient = '⟪~t(age1~l58)⟫'",
])
F('cloud_credentials_files', 'en', [
 "# ~/.aws/credentials\n[default]\naws_access_key_id = ⟪secret:t(AKIA~A16)⟫\naws_secret_access_key = ⟪secret:t(~b40)⟫\n[readonly]\nrole_arn = arn:aws:iam::⟪~t(~d12)⟫:role/ReadOnly",
 "{\n  \"type\": \"service_account\",\n  \"project_id\": \"rider-prod-⟪~t(~d6)⟫\",\n  \"private_key_id\": \"⟪~t(~h40)⟫\",\n  \"private_key\": \"⟪secret:pem(PK8;4)⟫\\n\",\n  \"client_email\": \"⟪email'deployer@rider-prod.iam.gserviceaccount.com⟫\"\n}",
 "DefaultEndpointsProtocol=https;AccountName=acmestorage;AccountKey=⟪secret:t(~b86==)⟫;EndpointSuffix=core.windows.net",
 "https://acmestorage.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig=⟪secret:t(~a43%3D)⟫",
 "az login --service-principal -u ⟪~uuid⟫ -p ⟪secret:t(~a3~d1Q~~u34)⟫ --tenant ⟪~uuid⟫",
 "# ~/.docker/config.json\n{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"⟪secret:basic(acmebot)⟫\"}}, \"credsStore\": \"desktop\"}",
 "# ~/.pypirc\n[pypi]\nusername = __token__\npassword = ⟪secret:t(pypi-AgEIcHlwaS5vcmc~u70)⟫",
 "-----BEGIN CERTIFICATE-----\n⟪~t(MIIDdzCCAl+gAwIBAgIE~b44)⟫\n⟪~t(~b64)⟫\n-----END CERTIFICATE-----\n(public certificate, safe to share)",
 "⟪secret:pem(RSA;6)⟫",
])
F('sms_otp_notifications_mixed', 'mixed', [
 "@en Your verification code is ⟪~t(######)⟫. It expires in 10 minutes. Don't share it. Ref ⟪~t(~A6)⟫",
 "@es Tu pedido ⟪~t(~d3-~d7-~d7)⟫ ha sido enviado. Sigue el envío: ⟪~t(~U2~d9ES)⟫",
 "@sw M-PESA: ⟪~t(~U2~A8)⟫ Imethibitishwa. Ksh1,500.00 imetumwa kwa JOHN DOE ⟪phone:d(07## ### ###)⟫ tarehe ⟪~ts(dmys)⟫.",
 "@tl Ang iyong GCash OTP ay ⟪~t(######)⟫. Huwag itong ibahagi. Ref No. ⟪~t(~d13)⟫",
 "@ro Codul dvs. de acces este ⟪~t(####)⟫. Coletul ⟪~t(~d12)⟫ ajunge mâine între 10-14.",
 "@el Ο κωδικός μίας χρήσης είναι ⟪~t(######)⟫. Συναλλαγή με κάρτα ⟪~mask(visa;dots)⟫ ποσό 42,00€.",
 "@en Alert: a new sign-in from ⟪ip:ip(pub)⟫ (Lagos, NG). If this wasn't you, reset at https://acct.example.com/r/⟪~t(~u16)⟫",
 "@uz Sizning tasdiqlash kodingiz: ⟪~t(#####)⟫. Kodni hech kimga bermang. Click ⟪~t(ID~d9)⟫",
])
F('lookalike_identifiers_only', 'mixed', [
 "@en Order ⟪~t(#~d3-~d7-~d7)⟫ shipped via UPS ⟪~t(1Z~A16)⟫; invoice ⟪~t(INV-~d8)⟫; RMA ⟪~t(RMA~d6)⟫.",
 "@en Build ⟪~t(~d5)⟫ (commit ⟪~sha(40)⟫) published image sha256:⟪~sha(64)⟫, chart ⟪~ver(sem)⟫.",
 "@de Kundennummer ⟪~t(~d10)⟫, Vertragskonto ⟪~t(~d12)⟫, Zählernummer ⟪~t(1ESY~d10)⟫, Sendungsnummer ⟪~t(00340~d15)⟫.",
 "@en Gift card ⟪~serial(16;sp)⟫ balance $25.00; PIN under the scratch-off panel.",
 "@en Test fixtures: card ⟪~badcard(mc;sp)⟫ (bad check digit), IBAN ⟪~badiban(DE;sp)⟫ (bad BBAN), SSN ⟪~badssn(a9)⟫, NINO ⟪~badnino(pfx;sp)⟫.",
 "@fr Réservation ⟪~t(~U6)⟫, vol AF⟪~t(####)⟫, billet ⟪~t(057-~d10)⟫, siège ⟪~t(##~U1)⟫, départ ⟪~ts(log)⟫.",
 "@ja 注文番号 ⟪~t(~d3-~d7-~d7)⟫　お問い合わせ番号 ⟪~t(~d4-~d4-~d4)⟫　会員番号 ⟪~t(~d10)⟫",
 "@en Request ⟪~uuid⟫ traced through spans ⟪~t(~h16)⟫ and ⟪~t(~h16)⟫; Kafka offset ⟪~t(~d9)⟫ partition 7.",
 "@it Codice fiscale di esempio ⟪~'RSSMRA85T10A562S⟫ (dal manuale), partita IVA ⟪~t(IT~d11)⟫, codice destinatario ⟪~t(~A7)⟫.",
 "@en Maps pin: ⟪~coord⟫ — plus code ⟪~t(~A4+~A2)⟫, what3words ///⟪~'filled.count.soap⟫.",
 "@es Nº de expediente ⟪~t(~d4/2026)⟫, referencia catastral ⟪~t(~d7~U2~d4~U1~d4~U2)⟫, NIE de ejemplo ⟪~'X1234567L⟫.",
 "@en Serial numbers: ⟪~serial(16;sp)⟫, ⟪~serial(16;sp)⟫; IMEI ⟪~t(35~d13)⟫; MAC ⟪~t(~H2:~H2:~H2:~H2:~H2:~H2)⟫.",
])
F('customs_declarations_eu', 'mixed', [
 "@de Zollanmeldung ATLAS — MRN ⟪~t(26DE~A14)⟫\nEmpfänger: Kerstin Braun, Tel. ⟪phone:d(+49 30 #######)⟫\nWarennummer ⟪~t(8471 30 00)⟫, Zollwert 2.340,00 EUR, EORI ⟪~t(DE~d15)⟫",
 "@pl Zgłoszenie celne SAD — nadawca: Hurtownia Kraków, kontakt ⟪email:e(celne;hurtownia-krakow.pl)⟫, kod CN ⟪~t(~d8)⟫, nr MRN ⟪~t(26PL~A14)⟫",
 "@en CN22 — Contents: gift (book), value £12, ISBN ⟪~isbn⟫. Sender: ⟪phone:d(+44 20 8### ####)⟫. Item ⟪~t(RB~d9GB)⟫.",
 "@nl Douane: uw pakket ⟪~t(3S~A13)⟫ wacht op inklaring. Betaal €21,50 invoerrechten via de link; geboortedatum ontvanger ⟪dob:dob(DD-MM-YYYY;nl;1970;2000)⟫ ter verificatie.",
 "@lv Muitas deklarācija: saņēmējs Inese Ozola, tālr. ⟪phone:d(+371 2# ### ###)⟫, preces kods ⟪~t(6204 ## ##)⟫, sūtījums ⟪~t(LV~d9)⟫",
 "@el Τελωνειακή διασάφηση ⟪~t(26GR~A14)⟫ — παραλήπτης: ⟪email:e(g.nikolaou;gmail.com)⟫, κινητό ⟪phone:d(+30 69# ### ####)⟫",
])
F('hotel_guest_registration_eu', 'mixed', [
 "@it SCHEDINA ALLOGGIATI — Cognome: Horvat  Nome: Ana  Data di nascita: ⟪dob:dob(DD/MM/YYYY;it;1960;2004)⟫  Cittadinanza: Croazia  Documento: passaporto ⟪~t(~d9)⟫",
 "@es Parte de viajeros — Alojamiento ⟪~t(H~d8)⟫ — Huésped: Sophie Martin, F. nacimiento ⟪dob:dob(DD/MM/YYYY;es;1980;2003)⟫, e-mail ⟪email:e(sophie.m;laposte.net)⟫",
 "@el Κάρτα άφιξης: Όνομα Jan Novák, Ημ. γέννησης ⟪dob:dob(DD/MM/YYYY;el;1965;1995)⟫, δωμάτιο ⟪~t(###)⟫, κράτηση ⟪~t(BK-~d8)⟫",
 "@en Booking.com reservation ⟪~t(~d10)⟫ — guest paid with virtual card ⟪card:card(mc2;sp)⟫ exp 12/26, CVC provided separately.",
 "@ca Registre d'hostes: Nom Pau Ferrer, data de naixement ⟪dob:dob(D MON YYYY;ca;1950;2000)⟫, habitació ⟪~t(2##)⟫",
])
F('travel_bookings_airlines', 'mixed', [
 "@en PNR ⟪~t(~U6)⟫ — Passenger: MS NKECHI OBI, FF no. ⟪~t(~d9)⟫, e-ticket ⟪~t(083-~d10)⟫, contact ⟪phone:d(+234 80# ### ####)⟫",
 "@en SSR DOCS HK1/P/GBR/⟪~t(~d9)⟫/GBR/⟪dob:dob(DDMOUYY;en;1960;2000)⟫/F/⟪~t(DDMOUYY)|upper⟫/SMITH/JANE",
 "@tr Rezervasyon ⟪~t(~U6)⟫: yolcu Emre Kaya, doğum ⟪dob:dob(D MON YYYY;tr;1980;2002)⟫, e-posta ⟪email:e(emre.kaya;gmail.com)⟫",
 "@en Boarding pass barcode: M1OBI/NKECHI MS ⟪~t(E~A6)⟫ LOSLHRBA 0076 ⟪~t(###)⟫Y⟪~t(0##A)⟫0⟪~t(###)⟫ 100",
 "@es Reclamación de equipaje: PIR ⟪~t(MAD~U2~d5)⟫, maleta tag ⟪~t(0075 ~d6)⟫, contacto ⟪phone:d(+34 6## ### ###)⟫, ⟪email:e(lucas.prieto;gmail.com)⟫",
])
F('real_estate_rentals_ro_sr_bg', 'mixed', [
 "@sr Уговор о закупу стана — закупац: Никола Јовановић, рођен ⟪dob:dob(D. MON YYYY.;sr;1970;2000)⟫, ЈМБГ ⟪~t(~d13)⟫ (непроверен)",
 "@bg Наемател: Петя Стоянова, тел. ⟪phone:d(+359 87# ### ###)⟫, имейл ⟪email:e(petya.stoyanova;abv.bg)⟫, депозит по сметка ⟪iban:iban(BG;sp)⟫",
 "@ro Anunț: apartament 2 camere, 450 EUR/lună, sunați la ⟪phone:d(07## ### ###)|spell(ro)⟫ sau scrieți la ⟪email:e(ap.inchiriere)|obf( arond ; punct )⟫",
 "@en Tenant referencing: applicant born ⟪dob:dob(D MON YYYY;en;1985;2003)⟫, NI ⟪nino:nino(sp)⟫, employer reference ⟪~t(REF-~d6)⟫, deposit scheme ID ⟪~t(DPS~d8)⟫",
 "@sr Kirija za oktobar uplaćena na račun ⟪~t(160-~d10-##)⟫ (poziv na broj ⟪~t(~d8)⟫); kod broj ⟪~t(###)⟫.",
])
F('insurance_claims_el_he_it', 'mixed', [
 "@el Δήλωση ζημιάς — Ασφαλισμένος: Κώστας Ιωάννου, ημ. γέννησης ⟪dob:dob(DD/MM/YYYY;el;1960;1995)⟫, αρ. συμβολαίου ⟪~t(~d10)⟫",
 "@it Denuncia sinistro RCA n. ⟪~t(~d4/~d6)⟫ — targa ⟪~t(~U2 ~d3 ~U2)⟫, data sinistro ⟪~ts(dmys)⟫, contraente nato il ⟪dob:dob(DD/MM/YYYY;it;1960;2000)⟫",
 "@en Claim ⟪~t(CLM-~d8)⟫: travel insurance, lost luggage; claimant ⟪email:e(hannah.g;icloud.com)⟫; reimbursement IBAN ⟪iban:iban(AT;sp)⟫",
 "@he פרטי קשר לשמאי: ⟪phone:d(05#-###-####)⟫, ⟪email:e(yossi.cohen;walla.co.il)⟫. מספר רכב ⟪~t(###-##-###)⟫.",
 "@el Επιστροφή ασφαλίστρων στον λογαριασμό ⟪~badiban(GR;sp)⟫ απέτυχε — μη έγκυρο IBAN. Παρακαλώ στείλτε νέο.",
])
F('telecom_customer_service', 'mixed', [
 "@sw Mteja: nimepoteza laini yangu ⟪phone:d(+255 7## ### ###)⟫. Namba ya kitambulisho cha NIDA ⟪~t(~d8-~d5-~d5-~d2)⟫. Naomba SIM mpya.",
 "@tl Ang PUK ng SIM ko: ⟪secret:t(~d8)⟫, ICCID ⟪~t(8963~d15)⟫. Pakilipat po sa bagong SIM ang number ⟪phone:d(0917 ### ####)⟫.",
 "@en Port-out request: number ⟪phone:d(+1 (646) 3##-####)⟫, account PIN ⟪secret:pw(pin)⟫, account no. ⟪~t(~d9)⟫, IMEI ⟪~t(35~d13)⟫",
 "@ka აბონენტი: ⟪phone:d(+995 5## ## ## ##)⟫, ხელშეკრულება ⟪~t(~d9)⟫, ბალანსი 12,40 ₾",
 "@az Nömrə ⟪phone:d(+994 55 ### ## ##)⟫ üzrə tarif dəyişdirildi. Müqavilə ⟪~t(AZ~d8)⟫.",
 "@en Router admin: http://⟪ip'192.168.1.1⟫ user admin pass ⟪secret:pw(word)⟫; WAN ⟪ip:ip(pub)⟫; firmware ⟪~ver(v4)⟫",
])
F('bank_kyc_onboarding_kk_uz_az', 'mixed', [
 "@kk Клиент сауалнамасы: Аты-жөні Нұрлан Бекұлы, туған күні ⟪dob:dob(DD.MM.YYYY;kk;1970;2003)⟫, ЖСН ⟪~t(~d12)⟫, шот ⟪iban:iban(KZ;none)⟫",
 "@uz Mijoz anketasi: F.I.Sh. Sardor Toshpulatov, tug'ilgan sana ⟪dob:dob(DD.MM.YYYY;uz;1975;2003)⟫, pasport ⟪~t(A~U1 ~d7)⟫, karta ⟪card:card(visa;sp)⟫",
 "@az Müştəri: Nigar Hüseynova, doğum tarixi ⟪dob:dob(DD.MM.YYYY;az;1980;2003)⟫, FİN ⟪~t(~A7)⟫, hesab ⟪iban:iban(AZ;none)⟫, e-poçt ⟪email:e(nigar.h;mail.az)⟫",
 "@ru Анкета: ФИО Ольга Ким, дата рождения ⟪dob:dob(DD.MM.YYYY;ru;1970;2000)⟫, ИНН ⟪~t(~d12)⟫, СНИЛС ⟪~t(###-###-### ##)⟫",
 "@kk Карта ⟪card:card(mir;sp)⟫ бұғатталды. Жаңа PIN SMS арқылы ⟪phone:d(+7 70# ### ## ##)⟫ нөміріне жіберілді.",
])
F('recruitment_cvs_mixed', 'mixed', [
 "@es CURRÍCULUM VITAE\nNombre: Andrés Salazar\nTeléfono: ⟪phone:d(+57 3## ### ####)⟫\nCorreo: ⟪email:e(andres.salazar.dev;gmail.com)⟫\nLinkedIn: linkedin.com/in/⟪~t(andres-salazar-~h6)⟫",
 "@pt Currículo — Beatriz Costa, Lisboa. Contactos: ⟪phone:d(+351 93# ### ###)⟫ · ⟪email:e(bia.costa;outlook.pt)⟫ · GitHub @biacosta",
 "@it CV: Francesca Gallo, nata il ⟪dob:dob(D MON YYYY;it;1990;2002)⟫ — esperienza: 4 anni, sviluppatrice ⟪~'Java 17⟫",
 "@ne बायोडाटा: नाम: अनिता गुरुङ, जन्म मिति: ⟪dob:dob(YYYY/MM/DD;ne;1990;2002)|digits(deva)⟫ (वि.सं. होइन, ई.सं.), इमेल: ⟪email:e(anita.gurung;gmail.com)⟫",
 "@et CV: Kadri Kask, sündinud ⟪dob:dob(DD.MM.YYYY;et;1985;2001)⟫, e-post ⟪email:e(kadri.kask;gmail.com)⟫",
])
F('compose_terraform_files', 'en', [
 "services:\n  db:\n    image: postgres:⟪~ver(sem)⟫\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟪secret:pw(mix)⟫\n    ports: [\"5432:5432\"]\n  cache:\n    image: redis@sha256:⟪~sha(64)⟫",
 "provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"⟪secret:t(AKIA~A16)⟫\"\n  secret_key = \"⟪secret:t(~b40)⟫\"\n}\n# account ⟪~t(~d12)⟫",
 "resource \"random_password\" \"db\" {\n  length  = 24\n  special = true\n}\n# terraform.tfstate excerpt:\n\"result\": \"⟪secret:pw(long)⟫\",",
 "variable \"datadog_api_key\" {\n  default = \"⟪secret:t(~h32)⟫\"\n}\nvariable \"datadog_app_key\" {\n  default = \"⟪secret:t(~h40)⟫\"\n}",
 "  grafana:\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=⟪~'${GRAFANA_PW:?required}⟫\n      - GF_SERVER_ROOT_URL=https://grafana.example.org\n      - GF_INSTALL_PLUGINS=grafana-clock-panel ⟪~ver(sem)⟫",
 "resource \"github_actions_secret\" \"npm\" {\n  repository      = \"web\"\n  secret_name     = \"NPM_TOKEN\"\n  plaintext_value = \"⟪secret:t(npm_~a36)⟫\"\n}",
 "  minio:\n    command: server /data --console-address :9001\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: ⟪secret:pw(long)⟫\n    networks:\n      lan:\n        ipv4_address: ⟪ip:ip(priv)⟫",
])
F('http_requests_curl', 'en', [
 "curl -X POST https://api.openai.com/v1/chat/completions \\\n  -H \"Authorization: Bearer ⟪secret:t(sk-proj-~u48T3BlbkFJ~u20)⟫\" \\\n  -H \"Content-Type: application/json\" -d @req.json",
 "GET /v1/customers?limit=3 HTTP/1.1\nHost: api.stripe.com\nAuthorization: Basic ⟪secret:t(sk_live_~a24:)|b64⟫\nIdempotency-Key: ⟪~uuid⟫",
 "curl -u \"apikey:⟪secret:t(~h32-us14)⟫\" https://us14.api.mailchimp.com/3.0/lists/⟪~t(~h10)⟫/members",
 "POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&client_id=⟪~t(~d12)⟫&client_secret=⟪secret:t(GOCSPX-~u28)⟫&refresh_token=⟪secret:t(1//0~u60)⟫",
 "http GET https://api.twilio.com/2010-04-01/Accounts/⟪~t(AC~h32)⟫/Messages.json -a ⟪~t(AC~h32)⟫:⟪secret:t(~h32)⟫",
 "curl 'https://maps.googleapis.com/maps/api/geocode/json?address=Nairobi&key=⟪secret:t(AIza~u35)⟫' | jq .status",
 "X-Api-Key: ⟪secret:t(NRAK-~A27)⟫\nX-Request-Id: ⟪~uuid⟫\nX-Forwarded-For: ⟪ip:ip(pub)⟫",
 "curl -H 'PRIVATE-TOKEN: ⟪secret:t(glpat-~u20)⟫' 'https://gitlab.com/api/v4/projects/⟪~t(~d8)⟫/pipelines?status=failed'",
 "curl -sS https://api.example.com/v1/ping -H 'Authorization: Bearer ⟪~'<YOUR_TOKEN>⟫'  # documented usage",
])
F('app_configs_yaml_toml', 'en', [
 "# config/production.yml\nsmtp:\n  host: smtp.mailgun.org\n  port: 587\n  user: ⟪email'postmaster@mg.acme.io⟫\n  password: ⟪secret:t(~h32-~h8-~h8)⟫",
 "[database]\nurl = \"mysql://shop:⟪secret:pw(mix)⟫@⟪ip:ip(priv)⟫:3306/shop\"\npool = 20\n[sentry]\nrelease = \"⟪~ver(sem)⟫\"",
 "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/hr\n    username: hr\n    password: ⟪secret:pw(word)⟫\n  jpa:\n    open-in-view: false",
 "slack:\n  signing_secret: ⟪secret:t(~h32)⟫\n  bot_token: ⟪secret:t(xoxb-~d12-~d13-~a24)⟫\n  app_id: ⟪~t(A0~A9)⟫",
 "<connectionStrings>\n  <add name=\"Crm\" connectionString=\"Server=⟪ip:ip(priv)⟫;Database=Crm;User Id=sa;Password=⟪secret:pw(mix)⟫;\" />\n</connectionStrings>",
 "paypal:\n  mode: live\n  client_id: ⟪~t(A~u79)⟫\n  client_secret: ⟪secret:t(E~u79)⟫",
 "algolia:\n  app_id: ⟪~t(~A10)⟫\n  search_only_key: ⟪~t(~h32)⟫   # public, used in the browser\n  admin_key: ⟪secret:t(~h32)⟫",
 "firebase:\n  apiKey: \"⟪~'AIzaSyDOCAbC123dEf456GhI789jKl01-MnO⟫\"   # from the docs sample\n  authDomain: \"demo-app.firebaseapp.com\"",
])
F('user_pasted_keys_support', 'mixed', [
 "@es Hola, la API me da 401 con esta clave: ⟪secret:t(sk_live_~a24)⟫ ¿está bien? Mi cuenta es ⟪email:e(tienda.luna;gmail.com)⟫",
 "@pt Oi suporte, meu token do bot do Telegram é ⟪secret:t(~d10:AA~u33)⟫ e ele parou de responder desde ⟪~ts(dmys)⟫.",
 "@it Buongiorno, allego la chiave per il debug: ⟪secret:t(AKIA~A16)⟫ / ⟪secret:t(~b40)⟫ (poi la ruoto, promesso).",
 "@ro Salut, nu merge webhook-ul: ⟪secret:slackhook⟫ — am verificat de 3 ori. ID workspace ⟪~t(T~A8)⟫",
 "@el Γεια, το token του GitHub μου (⟪secret:t(ghp_~a36)⟫) δεν δουλεύει με το CI σας. Build ⟪~t(#~d4)⟫.",
 "@he היי, זה הטוקן שקיבלתי: ⟪secret:t(hf_~a34)⟫ — האם צריך הרשאות כתיבה? מזהה ארגון ⟪~t(~d6)⟫",
 "@tl Ito po yung password ng admin panel namin: ⟪secret:pw(word)⟫ — pakitingnan kung bakit ayaw mag-login. Ticket ⟪~t(~d6)⟫",
 "@sr Ево API кључа за тест: ⟪secret:t(SG.~u22.~u43)⟫, пошиљалац ⟪email:e(noreply;prodavnica.rs)⟫",
 "@lt Sveiki, mano API raktas ⟪secret:t(~h32)⟫ (Datadog) neveikia nuo vakar. Organizacijos ID ⟪~uuid⟫.",
 "@cy Helo, dyma'r cyfrinair dros dro ar gyfer y cyfrif: ⟪secret:pw(mix)⟫ — newidiwch ef cyn gynted â phosibl.",
])
F('git_diffs_commits', 'en', [
 "diff --git a/config/settings.py b/config/settings.py\nindex ⟪~t(~h7)⟫..⟪~t(~h7)⟫ 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,3 +12,3 @@\n-SENDGRID_KEY = os.environ['SENDGRID_KEY']\n+SENDGRID_KEY = '⟪secret:t(SG.~u22.~u43)⟫'",
 "commit ⟪~sha(40)⟫\nAuthor: Tamar Abashidze <⟪email:e(tamar.abashidze;gmail.com)⟫>\nDate:   ⟪~ts(log)⟫ +0400\n\n    remove leaked key (rotated)",
 "-  \"password\": \"⟪secret:pw(word)⟫\",\n+  \"password\": \"⟪~'${DB_PASSWORD}⟫\",",
 "Signed-off-by: Arjun Nair <⟪email:e(arjun.nair;kernel-dev.org)⟫>\nReviewed-by: Test Bot <⟪~'bot@example.org⟫>\nChange-Id: I⟪~sha(40)⟫",
 "+ private_key: |\n+   ⟪secret:pem(EC;2)⟫\n+ key_id: ⟪~t(~h16)⟫",
 "$ git remote -v\norigin  https://oauth2:⟪secret:t(glpat-~u20)⟫@gitlab.com/acme/infra.git (fetch)",
 "Merge pull request #⟪~t(~d4)⟫ from acme/bump-deps\n\nbump lodash from ⟪~ver(sem)⟫ to ⟪~ver(sem)⟫; gpg key ⟪~t(~H16)⟫",
])
F('non_birth_dates_multilingual', 'mixed', [
 "@en Invoice date ⟪~ts(dmys)⟫, due ⟪~ts(dmys)⟫. Policy effective ⟪~ts(date)⟫, expires ⟪~ts(date)⟫.",
 "@es Fecha de expedición ⟪~ts(dmys)⟫ — fecha de caducidad ⟪~ts(dmys)⟫. Aniversario de boda: 14 de febrero.",
 "@pt Convite: festa de aniversário da Bia no dia ⟪~ts(dmys)⟫ às 16h! Confirmar presença até ⟪~ts(dmys)⟫.",
 "@de Gründungsdatum der Firma: ⟪~ts(dmy)⟫; Eintragung ins Handelsregister ⟪~t(HRB ~d6)⟫.",
 "@it Data di ricovero ⟪~ts(dmys)⟫, data di dimissione ⟪~ts(dmys)⟫, prossimo controllo ⟪~ts(dmys)⟫.",
 "@el Ημερομηνία έκδοσης διαβατηρίου ⟪~ts(dmys)⟫, λήξη ⟪~ts(dmys)⟫.",
 "@tr Sözleşme başlangıç tarihi ⟪~ts(dmy)⟫, bitiş ⟪~ts(dmy)⟫, fatura tarihi ⟪~ts(dmy)⟫.",
 "@lt Sutarties pasirašymo data ⟪~ts(date)⟫, galioja iki ⟪~ts(date)⟫.",
 "@sw Tarehe ya kutolewa ⟪~ts(dmys)⟫, tarehe ya mwisho wa matumizi ⟪~ts(dmys)⟫. Sherehe ya siku ya kuzaliwa ya shule ⟪~ts(dmys)⟫.",
 "@en Company founded on ⟪~'March 3, 1998⟫; our CEO's birthday lunch is next Friday; vaccine given ⟪~ts(dmys)⟫.",
])
F('us_medical_billing_en', 'en', [
 "CMS-1500 box 1a Insured's ID: ⟪~t(1EG4-TE5-MK7~d1)⟫ (MBI)  box 2 Patient: HALL, DORIS  box 3 DOB ⟪dob:dob(MM DD YYYY;en;1938;1955)⟫  box 5 phone ⟪phone:d((480) 2##-####)⟫  box 11 SSN ⟪ssn:ssn(-)⟫",
 "Collections notice: account ⟪~t(~d10)⟫, balance $2,480.19, guarantor SSN ⟪ssn:ssn(-)⟫, last payment ⟪~ts(dmys)⟫.",
 "Patient registration — Social Security #: ⟪ssn:ssn(sp)⟫ | Emergency contact: ⟪phone:d(602-7##-####)⟫ | Preferred pharmacy NCPDP ⟪~t(~d7)⟫",
 "HL7: PID|1||⟪~t(MRN~d7)⟫^^^HOSP^MR||GARCIA^ELENA||⟪dob:dob(YYYYMMDD;en;1950;1995)⟫|F|||||⟪phone:d((305)4##-####)⟫|||||||⟪ssn:ssn(-)⟫",
 "Medicaid application: applicant SSN ⟪ssn:ssn(none)⟫, child 1 SSN ⟪ssn:ssn(-)⟫, child 2 SSN pending (newborn). Case ⟪~t(~d9)⟫.",
 "Claim rejected: subscriber SSN ⟪~badssn(a666)⟫ invalid; corrected to ⟪ssn:ssn(-)⟫ and resubmitted as claim ⟪~t(~d15)⟫.",
 "Statement: Pay online with card ⟪~mask(visa;x)⟫ on file or call ⟪~'1-800-555-0199⟫ (demo line). Account ⟪~t(G~d8)⟫",
 "Self-pay receipt: Visa ⟪card:card(visa;sp)⟫ charged $150.00 copay, auth ⟪~t(~A6)⟫, terminal ⟪~t(T~d4)⟫",
])
F('uk_dwp_benefits_letters_en', 'en', [
 "Department for Work and Pensions — Universal Credit\nYour National Insurance number: ⟪nino:nino(sp)⟫\nDate of birth: ⟪dob:dob(D MON YYYY;en;1960;2000)⟫\nClaim reference: ⟪~t(~d10)⟫",
 "Personal Independence Payment: assessment booked ⟪~ts(dmys)⟫. Quote your NI number ⟪nino:nino(none)⟫ when you call ⟪phone:d(0800 ### ####)⟫.",
 "Carer's Allowance — cared-for person NINO ⟪nino:nino(sp)⟫, carer NINO ⟪nino:nino(sp)⟫. Letter ref ⟪~t(CA~d6)⟫.",
 "Journal message: \"hi my NI is ⟪nino:nino(none)|lower⟫ sorry for lowercase\" — agent note: verified.",
 "State Pension forecast: reference ⟪~t(SP~d8)⟫, qualifying years 31, example NINO in leaflet ⟪~'QQ123456C⟫.",
])
F('card_payments_checkout', 'mixed', [
 "@en Checkout form posted: cc_number=⟪card:card(amex;none)⟫&cc_exp=07%2F28&cc_cvc=⟪~t(####)⟫&name=J+Doe&zip=⟪~t(#####)⟫",
 "@de Zahlung fehlgeschlagen für Karte ⟪card:card(mc;sp)⟫ — bitte eine andere Karte verwenden. Vorgangsnummer ⟪~t(~d12)⟫.",
 "@fr Paiement accepté : carte ⟪card:card(cup;sp)⟫, montant 89,90 €, autorisation ⟪~t(~d6)⟫, transaction ⟪~t(~A12)⟫",
 "@en POS receipt: CARD ⟪~mask(mc;*)⟫ CONTACTLESS, AID ⟪~t(A0000000041010)⟫, TC ⟪~t(~H16)⟫, ATC ⟪~t(00##)⟫",
 "@ja カード番号 ⟪card:card(jcb;dash)⟫ 有効期限 ⟪~'11/28⟫ でお支払いしました。注文 ⟪~t(~d3-~d7-~d7)⟫",
 "@hi मैंने भुगतान कार्ड ⟪card:card(rupay;sp)|digits(deva)⟫ से किया था, पर रिफंड नहीं मिला। ऑर्डर ⟪~t(OD~d15)⟫",
 "@en Payment JSON: {\"card\": {\"number\": \"⟪card:card(mc2;none)⟫\", \"exp_month\": 3, \"exp_year\": 2029}, \"metadata\": {\"order\": \"⟪~t(~d8)⟫\"}}",
 "@zh 银行卡号：⟪card:card(cup19;sp)⟫，开户行：招商银行，订单号 ⟪~t(~d18)⟫",
])
F('vet_clinic_pt_es', 'mixed', [
 "@pt Clínica Veterinária Patinhas — Tutor: Ricardo Alves, tel. ⟪phone:d(+351 92# ### ###)⟫. Animal: Bolota, nascida em ⟪~ts(dmys)⟫ (data de nascimento do animal, não do tutor). Microchip ⟪~t(941000~d9)⟫",
 "@es Cartilla de vacunación: perro 'Toby', chip ⟪~t(724~d12)⟫, vacuna antirrábica lote ⟪~t(~A7)⟫, propietaria ⟪email:e(elena.mora;gmail.com)⟫",
 "@pt Pagamento da cirurgia: MB WAY ⟪phone:d(91# ### ###)⟫, referência ⟪~t(### ### ###)⟫, valor 240 €.",
 "@es El dueño (nacido el ⟪dob:dob(DD/MM/YYYY;es;1960;1995)⟫) firmó el consentimiento. Nº historia ⟪~t(V-~d5)⟫.",
 "@pt Seguro animal: apólice ⟪~t(PET~d8)⟫, reembolso para ⟪iban:iban(PT;sp)⟫.",
])
F('court_legal_notices_lv_et_lt', 'mixed', [
 "@lv Tiesas paziņojums lietā Nr. ⟪~t(C~d8-~d2)⟫: atbildētājs Pēteris Kalniņš, dzimis ⟪dob:dob(DD.MM.YYYY;lv;1960;1995)⟫, deklarētā adrese Rīgā.",
 "@et Kohtuotsus tsiviilasjas nr ⟪~t(2-~d2-~d5)⟫ — hageja esindaja e-post ⟪email:e(advokaat.saar;advokaadid.ee)⟫, menetluse algus ⟪~ts(dmy)⟫.",
 "@lt Antstolio raginimas: skolininkas Mindaugas J., gim. ⟪dob:dob(YYYY-MM-DD;lt;1960;1995)⟫, skola 1 240 €, mokėti į ⟪iban:iban(LT;none)⟫, byla ⟪~t(~d4/~d2/~d5)⟫",
 "@lv Notāra akts reģistrā Nr. ⟪~t(~d4)⟫, izdots ⟪~ts(dmy)⟫, apliecinātājs zvērināts notārs; kontakts ⟪phone:d(+371 67 ### ###)⟫",
 "@et Volikiri: volitaja sünniaeg ⟪dob:dob(D. MON YYYY;et;1950;1990)⟫, kehtib kuni ⟪~ts(dmy)⟫.",
])
F('placeholders_docs_test_values', 'mixed', [
 "@en README: set `AWS_ACCESS_KEY_ID=⟪~'AKIAIOSFODNN7EXAMPLE⟫` and `AWS_SECRET_ACCESS_KEY=⟪~'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟫` for the local mock.",
 "@en Contact form validation tests: ⟪~'user@example.com⟫, ⟪~'first.last@example.org⟫, ⟪~'not-an-email@⟫, ⟪~'@missing-local.example.net⟫",
 "@en Fictional numbers for the TV script: ⟪~'(212) 555-0123⟫, ⟪~'555-0199⟫; UK drama number ⟪~'020 7946 0000⟫.",
 "@de Beispiel-IBAN aus der Doku: ⟪~'DE89 3704 0044 0532 0130 00⟫ — bitte nicht für echte Überweisungen verwenden.",
 "@en Masked in UI: card ⟪~'•••• •••• •••• 0005⟫, SSN ⟪~'***-**-⟫⟪~t(####)⟫, phone ⟪~'+44 7••• ••• 123⟫, email ⟪~'j***@g***.com⟫",
 "@es Plantilla: Estimado/a {{nombre}}, su cita es el {{fecha}}. Su código: ⟪~'{{codigo}}⟫. Llámenos al ⟪~'{{telefono}}⟫.",
 "@en Helm values: password: ⟪~'\"{{ .Values.db.password }}\"⟫, apiKey: ⟪~'${API_KEY}⟫, token: ⟪~'<redacted>⟫",
 "@en Network docs: gateway ⟪~docip(4)⟫, netmask ⟪~'255.255.255.0⟫, example v6 ⟪~docip(6)⟫, loopback-style test host ⟪~docip(4)⟫.",
 "@pt Exemplo do manual: cartão de teste ⟪~'4111 1111 1111 1111⟫, CVV 123, validade 12/30 — ambiente sandbox.",
 "@en jwt.io default token: ⟪~'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ⟫.⟪~'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c⟫",
])
F('birthday_anniversary_negatives', 'mixed', [
 "@en Reminder: Grandma's 80th birthday party is on ⟪~ts(dmys)⟫ at 3pm — bring a card! RSVP code ⟪~t(~A6)⟫.",
 "@es ¡Feliz cumpleaños! La fiesta es el sábado ⟪~ts(dmys)⟫ en el salón 3. Reserva ⟪~t(R-~d5)⟫.",
 "@it Anniversario di fondazione del club: ⟪~'12 maggio 1923⟫. Cena sociale il ⟪~ts(dmys)⟫.",
 "@el Η γιορτή της Ελένης είναι στις 21 Μαΐου· το πάρτι γενεθλίων θα γίνει ⟪~ts(dmys)⟫.",
 "@tl Ang kaarawan party ni Lola ay sa ⟪~ts(dmys)⟫, 5pm. Reservation ⟪~t(~A8)⟫.",
 "@he מסיבת יום ההולדת תתקיים ב-⟪~ts(dmys)⟫ בשעה 18:00. מספר הזמנה ⟪~t(~d7)⟫",
 "@ro Aniversarea căsătoriei: ⟪~ts(dmy)⟫. Data emiterii certificatului: ⟪~ts(dmy)⟫. Valabil până la ⟪~ts(dmy)⟫.",
 "@cy Parti pen-blwydd yr ysgol ar ⟪~ts(dmys)⟫; dyddiad cau ceisiadau ⟪~ts(dmys)⟫.",
])
F('us_bank_kyc_ssn_en', 'en', [
 "Account opening — Applicant: Derek Washington, SSN ⟪ssn:ssn(-)⟫, DOB on ID, checking ⟪~t(~d10)⟫, routing ⟪~t(0########)⟫ (ABA).",
 "CIP exception: SSN ⟪~badssn(a9)⟫ is in the ITIN range; customer supplied ⟪ssn:ssn(-)⟫ on second attempt. Case ⟪~t(KYC-~d6)⟫",
 "Credit pull consent: co-applicant SSN ⟪ssn:ssn(sp)|nl⟫; bureau ref ⟪~t(~A12)⟫; score band B.",
 "Wire form: beneficiary bank SWIFT ⟪~'CHASUS33⟫, ABA ⟪~t(02100002#)⟫, account ⟪~t(~d12)⟫, memo ⟪~t(INV~d5)⟫.",
 "OFAC screening: no match. EIN ⟪~t(##-#######)⟫ belongs to the LLC; owner's SSN ⟪ssn:ssn(-)⟫ recorded in the beneficial ownership form.",
 "Phone banking transcript: \"the last four of my social are ⟪~t(####)⟫\" — agent verified with KBA questions; call ID ⟪~t(~d12)⟫",
])
F('sysadmin_forum_posts_multilingual', 'mixed', [
 "@es Ayuda: el contenedor no arranca, imagen nginx@sha256:⟪~sha(64)⟫, versión ⟪~ver(sem)⟫, error 'bind: address already in use' en el puerto 80.",
 "@pt Alguém sabe por que o pod fica em CrashLoopBackOff? uid ⟪~uuid⟫, node ⟪ip:ip(priv)⟫, restartCount 14.",
 "@it Dopo l'aggiornamento a ⟪~ver(sem)⟫ il certificato non è più valido: serial ⟪~t(~H2:~H2:~H2:~H2:~H2:~H2:~H2:~H2)⟫, SHA-1 ⟪~sha(40)⟫.",
 "@ro Serverul meu ⟪ip:ip(pub)⟫ nu răspunde la ping după ce am schimbat masca în ⟪~'255.255.255.128⟫. Kernel ⟪~ver(sem)⟫-generic.",
 "@el Το build ⟪~t(#~d4)⟫ αποτυγχάνει στο βήμα tests· commit ⟪~t(~h7)⟫, artifact ⟪~uuid⟫.",
 "@sw Nimebadilisha DNS kuwa ⟪~'1.1.1.1⟫ na ⟪~'9.9.9.9⟫ lakini tovuti bado haifunguki. Router yangu ni ⟪ip:ip(priv)⟫.",
 "@tl Paano po i-rotate ang key? Ito yung lumang key ID ko: ⟪~t(~h40)⟫ (hindi yung secret mismo).",
 "@ka სერვერზე ⟪ip:ip(pub)⟫ SSH-ის პორტი შევცვალე 2222-ზე, ვერსია OpenSSH_⟪~ver(v2)⟫.",
 "@hy Docker-ը չի միանում registry-ին՝ digest ⟪~sha(64)⟫, թողարկում ⟪~ver(sem)⟫։",
 "@bg Грешка при миграция ⟪~t(2026~d10)⟫_add_index: duplicate key value violates unique constraint, id ⟪~t(~d7)⟫.",
 "@lt Atnaujinau PostgreSQL iš ⟪~ver(sem)⟫ į ⟪~ver(sem)⟫, dabar replikacijos lag ⟪~t(~d4)⟫ ms. Host ⟪ip:ip(priv)⟫.",
 "@is Hæ, villa í Ansible: 'UNREACHABLE!' fyrir hýsil ⟪~docip(4)⟫ (prófunarumhverfi), útgáfa ⟪~ver(sem)⟫.",
 "@az Kubernetes yeniləməsindən sonra ingress ⟪ip:ip(pub)⟫ ünvanında 502 qaytarır; pod ⟪~t(web-~l10-~l5)⟫.",
])

# ---------------------------------------------------------------- main
def main():
    out = ['# pii-c21 - blind PII / credential evaluation set. Generated by gen.py (seed 21733). See README.md.', '']
    seen = set()
    for name, lang, templates in FAMILIES:
        lines, looks_total = [], 0
        cur = None
        for tpl in templates:
            if tpl in seen: raise SystemExit('template reused: ' + tpl[:60])
            seen.add(tpl)
            tlang = lang
            m = re.match(r'@([a-z]{2,3}) ', tpl)
            if m: tlang = m.group(1); tpl = tpl[m.end():]
            for attempt in range(60):
                segs, looks = render(tpl)
                neg = '\x00'.join(v for k, v in segs if k is None)
                if not scan_unlabelled(neg): break
            else:
                raise SystemExit('cannot render without unlabelled valid values: ' + tpl[:80] + ' ' + str(scan_unlabelled(neg)))
            looks_total += looks
            if tlang != cur:
                lines.append('# lang: ' + tlang); cur = tlang
            lines.append(line_of(segs))
        out.append('# family: ' + name)
        out.append('# look-alikes: %d' % looks_total)
        out.extend(lines)
        out.append('')
    with open('set.txt', 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))

if __name__ == '__main__':
    main()
