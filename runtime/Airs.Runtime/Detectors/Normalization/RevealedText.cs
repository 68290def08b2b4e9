using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The text as PII and secrets scan it when it may be disguised (see <see cref="Disguise"/>), with a map back to the
/// original: every character knows the original range it came from, so matches redact the characters the caller sent.
/// Case is kept (secrets are case-sensitive). Steps for PII, in order: <see cref="TextFolding"/> (invisible characters
/// dropped, full-width and other compatibility forms to ASCII) plus any decimal digit to ASCII and any dash to <c>-</c>;
/// HTML character references (<c>&amp;#64;</c>, <c>&amp;commat;</c>) and a percent-encoded <c>%40</c>; bracketed <c>[at]</c>, <c>(dot)</c>, <c>[.]</c>;
/// characters spread out by single spaces joined; spelled-out addresses (<c>name at host dot com</c>); addresses with
/// spaces around <c>@</c> and <c>.</c>; date-of-birth labels of other scripts and East Asian dates
/// (<see cref="ForeignBirthLabel"/>); numbers written in words (<c>five five five, one two three</c>) and dotted
/// numbers spelled with <c>dot</c>. For secrets: the folding, and string concatenation (<c>"AKIA" + "…"</c>) joined.
/// </summary>
internal sealed partial class RevealedText
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private readonly int[] _starts;
    private readonly int[] _ends;

    public string Text { get; }

    private RevealedText(Mapped m)
    {
        Text = new string(m.Chars, 0, m.Count);
        _starts = m.Starts[..m.Count];
        _ends = m.Ends[..m.Count];
    }

    /// <summary>The original range of revealed characters [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var s = _starts[start];
        return (s, _ends[start + length - 1] - s);
    }

    public static RevealedText ForPii(string text)
    {
        var nonAscii = !Ascii.IsValid(text);
        var m = Mapped.Fold(text);
        m = DecodeCharacterReferences(m);
        m = ReplaceBracketed(m);
        // Before single characters are joined: "192 . 0 . 2 . 233" holds single digits one space from a dot.
        m = Rewrite(m, SpacedDottedQuad, WithoutSpaces);
        m = JoinSpreadCharacters(m);
        m = JoinMarkedDigits(m);
        if (nonAscii)
        {
            m = Rewrite(m, KatakanaAddressWord, AsSpacedWord);
            m = m.Span.Contains("艾特", StringComparison.Ordinal) ? Rewrite(m, ChineseDot, AsSpacedDotInAddress) : m;
            m = m.Span.Contains("a cong", StringComparison.OrdinalIgnoreCase) ? Rewrite(m, VietnameseAtWord, AsOneWord) : m;
        }
        // Each pattern requires the word or character its step is gated on: a text without one is not searched.
        m = HoldsNameConnector(m.Span) ? Rewrite(m, SpelledAddress, SpelledAddressToSymbols) : m;
        m = m.Span.IndexOfAny(UnambiguousAtWords) >= 0 ? Rewrite(m, SpelledAtBeforeDomain, SpelledAddressToSymbols) : m;
        m = m.Span.Contains('@') ? Rewrite(m, SpacedAddress, SpacedAddressWithoutSpaces) : m;
        if (nonAscii)
        {
            m = Rewrite(m, ForeignBirthLabel, AsBirthKeyword);
            m = Rewrite(m, FrenchBornOn, AsFrenchBirthLabel);
            m = Rewrite(m, HebrewBornOn, AsHebrewBirthLabel);
            m = Rewrite(m, JapaneseEraDate, AsGregorianDate);
            m = Rewrite(m, ThaiDate, AsGregorianThaiDate);
            m = Rewrite(m, EastAsianDate, AsIsoDate);
            m = Rewrite(m, HungarianDate, AsDayMonthYear);
            m = m.Span.Contains(" thang ", StringComparison.OrdinalIgnoreCase) ? Rewrite(m, VietnameseDate, AsVietnameseIsoDate) : m;
            m = Rewrite(m, DayAndWord, AsEnglishMonth);
        }
        m = NumberWords(m);
        m = CompactIdentifiers(m);
        m = Regroup(m);
        return new RevealedText(m);
    }

    public static RevealedText ForSecrets(string text)
    {
        var m = Mapped.Fold(text);
        if (text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
        {
            m = Rewrite(m, ForeignPasswordWord, AsPasswordWord);
        }
        return new(JoinKeyPieces(JoinConcatenation(m)));
    }

    /// <summary>
    /// The word for a password in scripts and languages the plain scan's ASCII words do not cover (Russian, Ukrainian,
    /// Japanese, Chinese, Korean also as the short <c>비번</c>, Greek, Turkish, also as "my password" <c>şifrem</c>, Czech, Polish <c>hasło</c>,
    /// Romanian, Croatian, Finnish, Arabic, Hindi, Swahili, Vietnamese <c>mật khẩu</c>, Hebrew <c>סיסמה</c>, also after a prefix: <c>הסיסמה</c>;
    /// Thai, Persian); a Japanese or Korean topic particle or a
    /// Chinese "is" after it (<c>パスワードは</c>, <c>密码是</c>) reads as "is". Only text with a character outside ASCII
    /// gets this view, so an all-ASCII <c>heslo</c> or <c>parola</c> stays unread (a needle more would cost every text).
    /// </summary>
    private static readonly LazyRegex ForeignPasswordWord = new(
        "(?:пароль|парол[яюі]|パスワード|密码|密碼|口令|비밀번호|비번|암호|κωδικός|συνθηματικό|şifre(?:si|niz|m)?|sifre(?:si|niz|m)?|\\bheslo\\b|\\bhasło\\b|\\bparol[aăe]\\b|\\blozinka\\b"
        + "|\\bsalasana\\b|\\bnenosiri\\b|كلمة السر|كلمة المرور|पासवर्ड|\\bm[aậ]t kh[aẩ]u\\b|סיסמ[הא]"
        // Rule P16 (pii-confirm17 with -11, -12, -15): Thai รหัสผ่าน; Persian رمز عبور and "Wi-Fi password" (رمز alone is also "code").
        + "|รหัสผ่าน|رمز عبور|رمز وای ?فای"
        // Rule P18 (pii-confirm19 with -14, -16): Amharic የይለፍ ቃል with its own colon, Tamil கடவுச்சொல்.
        + "|የይለፍ ቃል፡?|கடவுச்சொல்)[" + IsParticles + "]?",
        Options | RegexOptions.IgnoreCase);

    /// <summary>A Japanese or Korean topic particle or a Chinese "is", as the password word's last character.</summary>
    private const string IsParticles = "は는은是为為";

    private static bool AsPasswordWord(Mapped src, int start, int end, Mapped dst)
    {
        ReplaceWith(IsParticles.Contains(src.Chars[end - 1]) ? " password is " : " password ", src, start, end, dst);
        return true;
    }

    /// <summary>Top-level domains a spelled-out or spaced address must end with: the rule that keeps "meet us at the cafe dot" prose out.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = new[]
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "de", "fr", "nl", "es", "it", "ch", "at", "be", "se", "no", "dk",
        "fi", "pl", "pt", "ie", "ru", "cn", "jp", "kr", "in", "au", "nz", "ca", "us", "eu", "br", "mx", "za", "info", "biz", "me", "tv", "ai",
        "dev", "app", "xyz", "online", "site", "tech", "email", "mail", "cloud",
        "ar", "cl", "cz", "gr", "hu", "ro", "sk", "tr", "il", "sg", "hk", "tw", "ph", "th", "vn", "ng", "ke", "ua", "lt", "lv", "ee", "lu", "id",
        "ly", "gg", "cc", "fm", "store", "shop", "blog", "news", "agency", "studio", "health", "bank", "law", "work", "live", "global",
        "group", "solutions", "services", "systems", "network", "digital", "software", "team",
        // Reserved for documentation and testing (RFC 2606): examples and test data are written with them.
        "example", "test", "invalid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> NamedReferences = new Dictionary<string, char>
    {
        ["commat"] = '@', ["period"] = '.', ["nbsp"] = ' ', ["hyphen"] = '-', ["dash"] = '-', ["lowbar"] = '_', ["plus"] = '+',
        ["amp"] = '&', ["num"] = '#', ["colon"] = ':', ["sol"] = '/', ["lpar"] = '(', ["rpar"] = ')',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> DigitWords = new Dictionary<string, char>
    {
        ["zero"] = '0', ["oh"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4', ["five"] = '5', ["six"] = '6',
        ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Digit words of French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian (rule P17: Swahili, Malay and
    /// Indonesian, Filipino, Swedish; Swedish <c>en</c> is left out, a word of too many languages), as <see cref="Mapped.Fold"/>
    /// leaves them (marks dropped: <c>zéro</c>, <c>fünf</c>, <c>três</c>, <c>pięć</c> read as <c>zero</c>, <c>funf</c>,
    /// <c>tres</c>, <c>piec</c>). Many are short words of their languages (<c>un</c>, <c>uno</c>, <c>een</c>, <c>due</c>), so
    /// a run that holds one needs three digit words at least (rule P10: numbers spelled in other languages, five blind sets).
    /// Only text this view is built for reads them: an all-ASCII sentence in these languages with no other cue stays unread.
    /// </summary>
    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> ForeignDigitWords = BuildForeignDigitWords();

    private static FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> BuildForeignDigitWords()
    {
        string[][] languages =
        [
            ["zero", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            ["null", "eins", "zwei", "drei", "vier", "funf|fuenf", "sechs", "sieben", "acht", "neun"],
            ["cero", "uno|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
            ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
            ["zero", "um|uma", "dois|duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"],
            ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
            ["zero", "jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec"],
            ["ноль|нуль", "один|одна", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
            // Rule P17: Swahili, Malay and Indonesian, Filipino, Swedish (pii-confirm18 with -10, -14, -15).
            ["sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"],
            ["kosong|nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan|delapan", "sembilan"],
            ["sero", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"],
            ["noll", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio"],
        ];
        var words = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in languages)
        {
            for (var digit = 0; digit < 10; digit++)
            {
                foreach (var word in names[digit].Split('|'))
                {
                    words.TryAdd(word, (char)('0' + digit));
                }
            }
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words that join the numbers of a spelled-out run: <c>dot</c>/<c>point</c> and <c>dash</c>/<c>hyphen</c>.</summary>
    private static char Connector(ReadOnlySpan<char> word) =>
        word.Equals("dot", StringComparison.OrdinalIgnoreCase) || word.Equals("point", StringComparison.OrdinalIgnoreCase) ? '.'
        : word.Equals("dash", StringComparison.OrdinalIgnoreCase) || word.Equals("hyphen", StringComparison.OrdinalIgnoreCase) ? '-' : '\0';

    public static bool IsDigitWord(ReadOnlySpan<char> word) => DigitWords.ContainsKey(word);

    /// <summary>
    /// The spelled dots, for <see cref="SpelledAddress"/> and <see cref="BracketedDots"/> (declared first: static fields start in order);
    /// rule P16: Romanian <c>punct</c>, Czech <c>tečka</c> and Vietnamese <c>chấm</c> (as folded: <c>tecka</c>, <c>cham</c>), Thai <c>จุด</c>, Persian <c>دات</c>;
    /// rule P17: Dutch <c>punt</c>, Serbian and Croatian <c>tačka</c>, Slovak <c>bodka</c>, Swahili <c>nukta</c>.
    /// </summary>
    private static readonly string[] DotWords =
        ["dot", "punto", "ponto", "point", "punkt", "kropka", "period", "nokta", "titik", "punct", "tecka", "cham", "punt", "tacka", "bodka", "nukta",
            "точка", "крапка", "ドット", "点", "점", "จุด", "دات",
            // Rule P18: Filipino tuldok (pii-confirm19, -18), Greek τελεία (-19, -8, -15) and Hebrew נקודה (-19, -15).
            "tuldok", "τελεία", "τελεια", "נקודה"];

    /// <summary>A spelled connector inside a name: a dot, or a hyphen or underscore (<c>corvid hyphen labs dot test</c>).</summary>
    private static readonly string[] NameConnectors = [.. DotWords, "hyphen", "dash", "underscore"];

    private static readonly string NameConnector = "(?:" + string.Join('|', NameConnectors) + ")";

    /// <summary>
    /// A spelled address holds at least one connector after its at (the domain's dot). The ASCII words are searched
    /// apart: with <c>точка</c> among them the search falls back to a scalar one, slower than the pattern it spares.
    /// </summary>
    private static readonly SearchValues<string> AsciiNameConnectors = SearchValues.Create([.. NameConnectors.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] OtherNameConnectors = [.. NameConnectors.Where(w => !Ascii.IsValid(w))];

    private static bool HoldsNameConnector(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(AsciiNameConnectors) >= 0)
        {
            return true;
        }
        if (!text.ContainsAnyExceptInRange('\0', '\x7F'))
        {
            return false;
        }
        foreach (var word in OtherNameConnectors)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>lena dot kraus at adatum dot com</c>: words joined by spelled <c>dot</c>, one spelled <c>at</c>, a dotted domain;
    /// also in Spanish, Portuguese, French, German, Polish and Italian (<c>arroba</c>/<c>punto</c>, <c>ponto</c>, <c>arobase</c>/<c>point</c>,
    /// <c>ät</c>/<c>punkt</c>, <c>małpa</c>/<c>kropka</c>, <c>chiocciola</c>), Russian and Japanese (<c>собака</c>/<c>точка</c>,
    /// <c>アットマーク</c>/<c>ドット</c>); rule P15: Swedish <c>snabel-a</c>, Turkish <c>et</c>/<c>nokta</c>, Malay and
    /// Indonesian <c>di</c>/<c>titik</c>, Ukrainian <c>равлик</c>/<c>крапка</c>, Chinese <c>艾特</c>/<c>点</c>, Korean <c>골뱅이</c>/<c>점</c>;
    /// rule P16: Czech <c>zavináč</c>/<c>tečka</c>, Vietnamese <c>a còng</c>/<c>chấm</c>, Thai <c>แอท</c>/<c>จุด</c>, Persian <c>ات</c>/<c>دات</c>,
    /// Romanian <c>punct</c>, and an at sign already revealed (<c>(at)</c> before spelled dots: <c>nume (at) yahoo punct ro</c>);
    /// rule P17: Dutch <c>apenstaartje</c>/<c>punt</c> (`pii-confirm18`, `-11`, `-14`), Serbian <c>majmunče</c>/<c>tačka</c> (`-18`,
    /// `-14`), Slovak <c>zavináč</c>/<c>bodka</c> (`-18`; the Czech words in `-8`, `-17`), Swahili <c>nukta</c> (`-18`, `-14`).
    /// Rule P18: Filipino <c>at</c>/<c>tuldok</c> (`pii-confirm19`, `-18`), Greek <c>παπάκι</c>/<c>τελεία</c> (`-19`, `-8`, `-15`),
    /// Hebrew <c>שטרודל</c>/<c>נקודה</c> (`-19`, `-15`).
    /// </summary>
    private static readonly LazyRegex SpelledAddress = new(
        "[a-z0-9_%+\\-]+(?: +" + NameConnector + " +[a-z0-9_%+\\-]+)*(?: +(?:" + AtWordNames.Replace(' ', '|') + ") +|@)[a-z0-9\\-]+(?: +" + NameConnector + " +[a-z0-9\\-]+)+",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// <c>ana.souza arroba terra.com.br</c>, <c>marco.esposito chiocciola virgilio.it</c>: an at sign spelled before a domain
    /// written with its dots. Only the at words no language uses otherwise (not <c>at</c>, <c>et</c>, <c>di</c>: "work at
    /// example.com" names no mailbox). Rule P17: `pii-confirm18`, `-15` twice.
    /// </summary>
    private static readonly LazyRegex SpelledAtBeforeDomain = new(
        "[a-z0-9_%+\\-]+ +(?:" + string.Join('|', Disguise.UnambiguousAtWords) + ") +[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+", Options | RegexOptions.IgnoreCase);

    private static readonly SearchValues<string> UnambiguousAtWords =
        SearchValues.Create([.. Disguise.UnambiguousAtWords.Select(w => $" {w} ")], StringComparison.OrdinalIgnoreCase);

    /// <summary>Vietnamese <c>a còng</c> (folded: <c>a cong</c>), the at sign of two words, joined into one so that the words of an address alternate with its symbols.</summary>
    private static readonly LazyRegex VietnameseAtWord = new("a cong", Options | RegexOptions.IgnoreCase);

    private static bool AsOneWord(Mapped src, int start, int end, Mapped dst) =>
        (start == 0 || src.Chars[start - 1] == ' ') && (end == src.Count || src.Chars[end] == ' ') && WithoutSpaces(src, start, end, dst);

    /// <summary>
    /// Japanese spells an address's symbols in katakana with no space around them (<c>yamadaアットマークyahooドットcoドットjp</c>),
    /// Chinese and Korean their at signs (<c>li.na艾特qq.com</c>, <c>jiwoo.lee골뱅이daum.net</c>): the words are spaced out so that <see cref="SpelledAddress"/> reads them as it reads the other languages'.
    /// </summary>
    private static readonly LazyRegex KatakanaAddressWord = new("アットマーク|ドット|艾特|골뱅이", Options);

    /// <summary>
    /// Chinese <c>点</c> (also "o'clock", "a little") is an address's dot only between ASCII letters or digits, and is
    /// looked for only in a text that spells an at sign as <c>艾特</c> (<c>diego艾特qq点com</c>).
    /// </summary>
    private static readonly LazyRegex ChineseDot = new("点", Options);

    private static bool AsSpacedDotInAddress(Mapped src, int start, int end, Mapped dst) =>
        start > 0 && end < src.Count && char.IsAsciiLetterOrDigit(src.Chars[start - 1]) && char.IsAsciiLetter(src.Chars[end]) && AsSpacedWord(src, start, end, dst);

    private static bool AsSpacedWord(Mapped src, int start, int end, Mapped dst)
    {
        var (from, to) = (src.Starts[start], src.Ends[end - 1]);
        dst.Add(' ', from, to);
        dst.CopyFrom(src, start, end);
        dst.Add(' ', from, to);
        return true;
    }

    /// <summary>The spelled at signs, for the pattern and for <see cref="AtWords"/>, which tells them from the dots.</summary>
    private const string AtWordNames = "at arroba arobase ät małpa chiocciola snabel-a et di zavinac apenstaartje majmunce acong παπάκι παπακι שטרודל собака равлик アットマーク 艾特 골뱅이 แอท ات اَت";

    /// <summary>
    /// <c>tom . baker @ northwind . com</c>: an address with spaces around its <c>@</c> and dots. A dot has spaces on both
    /// sides or on neither: "call ahead. jane.doe@…" is a sentence's full stop before an address, not part of it. A line
    /// may break after the <c>@</c> or after a hyphen of the domain (<c>north-⏎river.example</c>).
    /// </summary>
    private static readonly LazyRegex SpacedAddress = new(
        @"[A-Za-z0-9_%+\-]+(?:(?:\.| +\. +)[A-Za-z0-9_%+\-]+)* *@[ \r\n]*(?:[A-Za-z0-9\-]*-[ \r\n]+)?[A-Za-z0-9\-]+(?:(?:\.| +\. +)[A-Za-z0-9\-]+)+", Options);

    /// <summary>An IPv4 address with spaces around its dots (<c>192 . 168 . 1 . 20</c>).</summary>
    private static readonly LazyRegex SpacedDottedQuad = new(@"[0-9]{1,3}(?: +\. +[0-9]{1,3}){3}", Options);

    private static bool WithoutSpaces(Mapped src, int start, int end, Mapped dst)
    {
        for (var i = start; i < end; i++)
        {
            if (src.Chars[i] is not (' ' or '\n' or '\r'))
            {
                dst.CopyOne(src, i);
            }
        }
        return true;
    }

    /// <summary>
    /// Runs a pattern over the text and lets <paramref name="rewrite"/> emit each match; the rest is copied. A match the
    /// rewrite refuses may have started too early ("me at lena dot kraus at …"): the search resumes after its first word.
    /// </summary>
    private static Mapped Rewrite(Mapped src, Regex pattern, Func<Mapped, int, int, Mapped, bool> rewrite)
    {
        var text = src.ToString();
        Mapped? dst = null;
        var copied = 0;
        var at = 0;
        while (at < text.Length && First(pattern, text, at) is (var index, var length))
        {
            var end = index + length;
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, index);
            copied = index;
            if (rewrite(src, index, end, dst))
            {
                copied = end;
                at = end;
                continue;
            }
            var space = text.AsSpan(index, length).IndexOf(' ');
            at = space < 0 ? end : index + space + 1;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    private static (int Index, int Length)? First(Regex pattern, string text, int startAt)
    {
        foreach (var m in pattern.EnumerateMatches(text, startAt))
        {
            return (m.Index, m.Length);
        }
        return null;
    }

    /// <summary>The words of a spelled-out address alternate with <c>at</c>/<c>dot</c>; it counts only when it ends with a top-level domain.</summary>
    private static bool SpelledAddressToSymbols(Mapped src, int start, int end, Mapped dst)
    {
        var span = src.Chars.AsSpan(start, end - start);
        var last = span[(span.LastIndexOfAny(' ', '.') + 1)..];
        if (!TopLevelDomains.Contains(last))
        {
            return false;
        }
        var word = 0;
        var i = start;
        while (i < end)
        {
            var wordEnd = i;
            while (wordEnd < end && src.Chars[wordEnd] != ' ')
            {
                wordEnd++;
            }
            if (word % 2 == 1)
            {
                dst.Add(SpelledSymbol(src.Chars.AsSpan(i, wordEnd - i)), src.Starts[i], src.Ends[wordEnd - 1]);
            }
            else
            {
                dst.CopyFrom(src, i, wordEnd);
            }
            word++;
            i = wordEnd;
            while (i < end && src.Chars[i] == ' ')
            {
                i++;
            }
        }
        return true;
    }

    private static char SpelledSymbol(ReadOnlySpan<char> word) =>
        AtWords.Contains(word) ? '@'
        : word.Equals("hyphen", StringComparison.OrdinalIgnoreCase) || word.Equals("dash", StringComparison.OrdinalIgnoreCase) ? '-'
        : word.Equals("underscore", StringComparison.OrdinalIgnoreCase) ? '_' : '.';

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AtWords =
        AtWordNames.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool SpacedAddressWithoutSpaces(Mapped src, int start, int end, Mapped dst)
    {
        var span = src.Chars.AsSpan(start, end - start);
        var last = span[(span.LastIndexOfAny(' ', '.') + 1)..];
        return span.IndexOfAny(' ', '\n', '\r') >= 0 && TopLevelDomains.Contains(last) && WithoutSpaces(src, start, end, dst);
    }

    private static readonly SearchValues<char> EscapeStarts = SearchValues.Create("&%=\\");

    /// <summary>
    /// <c>&amp;#64;</c>, <c>&amp;#x40;</c> and a few named references become their character, the percent-encoded
    /// characters of an address or a number (<c>alex%40litware.com</c>, <c>%2B44%207700…</c>, as query strings and logs
    /// carry them), a quoted-printable at sign (<c>zoe=40copperleaf.example</c>; in a body declared quoted-printable, every
    /// printable escape and soft line break) and a JSON or JavaScript escape of a
    /// printable ASCII character (<c>jo\u0040host.cz</c>, <c>\u002b\u0033\u0039…</c>) theirs.
    /// </summary>
    private static Mapped DecodeCharacterReferences(Mapped src)
    {
        if (src.Span.IndexOfAny(EscapeStarts) < 0)
        {
            return src;
        }
        var quotedPrintable = src.Span.Contains(QuotedPrintable, StringComparison.OrdinalIgnoreCase);
        // Most texts hold a cue that decodes nothing ("8 %", "a & b"): the copy starts at the first one that does.
        Mapped? dst = null;
        var copied = 0;
        var i = 0;
        var runEnd = 0; // where the run of percent escapes read last ends: each run is read once
        var encodedAddressEnd = 0; // where a run of escapes that spells a whole address ends (see EscapeRun)
        while (src.Span[i..].IndexOfAny(EscapeStarts) is var skip and >= 0)
        {
            i += skip;
            if (i >= runEnd && src.Chars[i] == '%')
            {
                var (run, address) = EscapeRun(src.Span[i..]);
                runEnd = i + Math.Max(run, 1);
                encodedAddressEnd = address ? runEnd : encodedAddressEnd;
            }
            var (c, length) = i < encodedAddressEnd ? (PercentDecoded(src.Span.Slice(i, 3)), 3) : Decoded(src, i, quotedPrintable);
            if (length == 0)
            {
                i++;
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            if (c != '\0')
            {
                dst.Add(c, src.Starts[i], src.Ends[i + length - 1]);
            }
            copied = i += length; // a soft line break ('\0') joins the lines it splits
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    /// <summary>The character an escape at <paramref name="i"/> stands for ('\0' for a soft line break) and its length; length 0 where none starts.</summary>
    private static (char C, int Length) Decoded(Mapped src, int i, bool quotedPrintable)
    {
        var rest = src.Span[i..];
        switch (rest[0])
        {
            case '=' when quotedPrintable && QuotedPrintableLength(rest[..Math.Min(3, rest.Length)], out var qp) is > 0 and var qpLength:
                return (qp, qpLength);
            case '&' when TryReference(rest[..Math.Min(12, rest.Length)], out var c, out var length):
                return (c, length);
            case '%' when PercentEncoded(rest[..Math.Min(3, rest.Length)]) is not '\0' and var decoded:
                return (decoded, 3);
            case '=' when rest[..Math.Min(3, rest.Length)] is "=40" && i > 0 && char.IsAsciiLetterOrDigit(src.Chars[i - 1])
                && rest.Length > 3 && char.IsAsciiLetter(rest[3]):
                return ('@', 3); // quoted-printable, as a raw e-mail's headers carry it
            case '\\' when UnicodeEscaped(rest[..Math.Min(6, rest.Length)]) is not '\0' and var escaped:
                return (escaped, 6);
            default:
                return ('\0', 0);
        }
    }

    /// <summary>The header value of a body (or a MIME part) that is quoted-printable; only then are <c>=XX</c> and soft line breaks read.</summary>
    internal const string QuotedPrintable = "quoted-printable";

    /// <summary>
    /// A quoted-printable escape's length at <c>=</c>: a soft line break (<c>=⏎</c>, <c>=\r⏎</c>: the mail wrapped a long
    /// line, as inside <c>+49 172 5=⏎237042</c>) is dropped; <c>=2B</c>, <c>=20</c> and other printable ASCII decode.
    /// </summary>
    private static int QuotedPrintableLength(ReadOnlySpan<char> s, out char c)
    {
        c = '\0';
        if (s.Length >= 2 && s[1] == '\n')
        {
            return 2;
        }
        if (s.Length == 3 && s[1] == '\r' && s[2] == '\n')
        {
            return 3;
        }
        if (s.Length == 3 && char.IsAsciiHexDigitUpper(s[1]) && char.IsAsciiHexDigitUpper(s[2])
            && int.Parse(s[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) is >= 0x20 and < 0x7F and var code)
        {
            c = (char)code;
            return 3;
        }
        return 0;
    }

    /// <summary><c>\u0040</c>: the printable ASCII character a <c>\u00XX</c> escape stands for, or '\0'.</summary>
    internal static char UnicodeEscaped(ReadOnlySpan<char> s) =>
        s.Length == 6 && s[1] == 'u' && s[2] == '0' && s[3] == '0'
        && int.TryParse(s[4..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) && code is >= 0x20 and < 0x7F
            ? (char)code : '\0';

    /// <summary>
    /// The length of the run of percent escapes that opens at <paramref name="s"/>, and whether it is an address encoded
    /// character by character (<c>%6A%2E%6B…%40%67…</c>, as tracking links and login hints carry it; rule P16: four design
    /// sets): six escapes or more, one of them <c>%40</c>. Every escape of such a run is decoded.
    /// </summary>
    private static (int Length, bool Address) EscapeRun(ReadOnlySpan<char> s)
    {
        var length = 0;
        var at = false;
        while (length + 3 <= s.Length && s[length] == '%' && char.IsAsciiHexDigit(s[length + 1]) && char.IsAsciiHexDigit(s[length + 2]))
        {
            at |= s[length + 1] == '4' && s[length + 2] == '0';
            length += 3;
        }
        return (length, at && length >= 18);
    }

    /// <summary>The printable ASCII character a <c>%XX</c> escape stands for.</summary>
    private static char PercentDecoded(ReadOnlySpan<char> s) =>
        int.Parse(s[1..3], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) is >= 0x20 and < 0x7F and var code ? (char)code : ' ';

    /// <summary>The characters a value in a query string is percent-encoded with: <c>%40</c>, <c>%20</c>, <c>%2B</c>, <c>%2D</c>, <c>%2E</c>.</summary>
    private static char PercentEncoded(ReadOnlySpan<char> s) => s.Length < 3 || s[1] != '2' && s[1] != '4' ? '\0' : (s[1], char.ToUpperInvariant(s[2])) switch
    {
        ('4', '0') => '@',
        ('2', '0') => ' ',
        ('2', 'B') => '+',
        ('2', 'D') => '-',
        ('2', 'E') => '.',
        _ => '\0',
    };

    private static bool TryReference(ReadOnlySpan<char> s, out char c, out int length)
    {
        c = '\0';
        length = s.IndexOf(';') + 1;
        if (length < 4)
        {
            return false;
        }
        var body = s[1..(length - 1)];
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            if (!int.TryParse(body[(hex ? 2 : 1)..], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || code is < 0x20 or > 0xFFFF || char.IsSurrogate((char)code))
            {
                return false;
            }
            c = (char)code;
            return true;
        }
        return NamedReferences.TryGetValue(body, out c);
    }

    /// <summary><c>[at]</c>, <c>(at)</c>, <c>(a)</c>, <c>{@}</c>, <c>[dot]</c>, <c>[.]</c>, an IPv6 address's <c>[:]</c> …, with the spaces around them, become <c>@</c>, <c>.</c> or <c>:</c>.</summary>
    private static Mapped ReplaceBracketed(Mapped src)
    {
        Mapped? dst = null;
        var copied = 0;
        var i = 0;
        while (src.Span[i..].IndexOfAny(BracketOpenings) is var skip and >= 0)
        {
            i += skip;
            var length = 0;
            var symbol = src.Chars[i] is '[' or '(' or '{' or '<' || IsDashWrapperAt(src, i) ? Bracketed(src.Chars.AsSpan(i, Math.Min(10, src.Count - i)), out length) : '\0';
            if (symbol == '\0')
            {
                i++;
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            dst.TrimEndSpaces();
            dst.Add(symbol, src.Starts[i], src.Ends[i + length - 1]);
            i += length;
            while (i < src.Count && src.Chars[i] == ' ')
            {
                i++;
            }
            copied = i;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    private static readonly SearchValues<char> BracketOpenings = SearchValues.Create("[({<-");

    private static char Bracketed(ReadOnlySpan<char> s, out int length)
    {
        var close = s[0] switch { '[' => ']', '(' => ')', '{' => '}', '-' => '-', _ => '>' };
        length = s[1..].IndexOf(close) + 2;
        if (length < 3)
        {
            return '\0';
        }
        if (s[0] == '-' && length < s.Length && s[length] != ' ')
        {
            return '\0';
        }
        var inner = s[1..(length - 1)];
        return AtWords.Contains(inner) || inner.Equals("at sign", StringComparison.OrdinalIgnoreCase) || inner.SequenceEqual("@")
                || (s[0] == '(' && inner.SequenceEqual("a")) ? '@'
            : inner.SequenceEqual(".") || BracketedDots.Contains(inner) ? '.'
            : inner.SequenceEqual(":") ? ':' : '\0';
    }

    /// <summary>The dots a bracket may spell: <c>(dot)</c>, <c>(punkt)</c>, <c>[period]</c> …</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BracketedDots =
        DotWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><c>name -at- host -dot- example</c>: a hyphen after a space opens a wrapped at or dot (the closing one is checked by <see cref="Bracketed"/>, and a space must follow it).</summary>
    private static bool IsDashWrapperAt(Mapped m, int i) =>
        m.Chars[i] == '-' && i > 0 && m.Chars[i - 1] == ' ' && i + 2 < m.Count && char.IsAsciiLetter(m.Chars[i + 1]);

    /// <summary><c>a n n a @ f a b r i k a m . n e t</c>: five or more single characters, each one space apart, are joined.</summary>
    private static Mapped JoinSpreadCharacters(Mapped src)
    {
        if (!HasEveryOtherSpace(src.Span))
        {
            return src;
        }
        Mapped? dst = null;
        var i = 0;
        while (i < src.Count)
        {
            var end = i;
            var count = 1;
            if (IsSingle(src, i))
            {
                while (end + 2 < src.Count && src.Chars[end + 1] == ' ' && IsSingle(src, end + 2))
                {
                    end += 2;
                    count++;
                }
            }
            if (count < 5)
            {
                dst?.CopyOne(src, i);
                i++;
                continue;
            }
            if (dst is null)
            {
                dst = new Mapped(src.Count);
                dst.CopyFrom(src, 0, i);
            }
            for (var k = i; k <= end; k += 2)
            {
                dst.CopyOne(src, k);
            }
            i = end + 1;
        }
        return dst ?? src;
    }

    /// <summary>Four spaces, each two characters after the one before: what five characters spread out hold between them.</summary>
    private static bool HasEveryOtherSpace(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf(' '); at >= 0 && at + 6 < text.Length; at = text[(at + 1)..].IndexOf(' ') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (text[at + 2] == ' ' && text[at + 4] == ' ' && text[at + 6] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSingle(Mapped m, int i) =>
        IsSpreadChar(m.Chars[i]) && (i == 0 || !IsSpreadChar(m.Chars[i - 1])) && (i + 1 >= m.Count || !IsSpreadChar(m.Chars[i + 1]));

    private static bool IsSpreadChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '_' or '-' or '+';

    /// <summary>
    /// A run of digit words and digit groups (<c>four one five, five five five, zero one nine two</c>) with at least one
    /// word and seven digits, or digit groups joined by three spelled dots, becomes digits: words next to each other
    /// form one group, a comma or a change between words and digits separates groups, a hyphen stays.
    /// </summary>
    private static Mapped NumberWords(Mapped src)
    {
        Mapped? dst = null;
        Span<Token> tokens = stackalloc Token[64];
        var i = 0;
        var copied = 0;
        while (i < src.Count)
        {
            if (!IsTokenStart(src, i))
            {
                i++;
                continue;
            }
            var tokenEnd = TokenEnd(src, i);
            var runEnd = tokenEnd;
            var n = MayOpenRun(src.Chars.AsSpan(i, tokenEnd - i)) ? ReadRun(src, i, tokens, out runEnd) : 0;
            if (n == 0)
            {
                i = tokenEnd;
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            Emit(src, tokens[..n], dst);
            copied = runEnd;
            i = runEnd;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    private enum TokenKind : byte
    {
        Word,
        Digits,
        Connector,
        Repeat, // "double", "triple": the next digit word two or three times, as numbers are read aloud in Britain
        Plus, // "plus" opening a run: an international number's +
    }

    /// <summary>How many times "double" or "triple" repeats the next digit word; 0 for any other word.</summary>
    public static int RepeatCount(ReadOnlySpan<char> word) =>
        word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2 : word.Equals("triple", StringComparison.OrdinalIgnoreCase) ? 3 : 0;

    private readonly record struct Token(TokenKind Kind, int Start, int End, char Value);

    /// <summary>A token is a run of ASCII letters and digits, or of Cyrillic letters (Russian digit words).</summary>
    private static bool IsTokenStart(Mapped m, int i) =>
        char.IsAsciiLetterOrDigit(m.Chars[i]) ? i == 0 || !char.IsAsciiLetterOrDigit(m.Chars[i - 1]) : IsCyrillic(m.Chars[i]) && (i == 0 || !IsCyrillic(m.Chars[i - 1]));

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static int TokenEnd(Mapped m, int i)
    {
        if (i < m.Count && IsCyrillic(m.Chars[i]))
        {
            return m.Span[i..].IndexOfAnyExceptInRange('\u0400', '\u04FF') is var length and >= 0 ? i + length : m.Count;
        }
        return m.Span[i..].IndexOfAnyExcept(AsciiLettersAndDigits) is var ascii and >= 0 ? i + ascii : m.Count;
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits = TextFolding.CharsWhere(char.IsAsciiLetterOrDigit);

    /// <summary>Reads a run from <paramref name="start"/>; returns its token count when it qualifies, else 0.</summary>
    private static int ReadRun(Mapped m, int start, Span<Token> tokens, out int end)
    {
        int n = 0, words = 0, foreign = 0, digits = 0, dots = 0;
        end = start;
        var i = start;
        while (n < tokens.Length)
        {
            var tokenEnd = TokenEnd(m, i);
            var token = m.Chars.AsSpan(i, tokenEnd - i);
            Token t;
            if (token.Length > 0 && token.IndexOfAnyExceptInRange('0', '9') < 0)
            {
                t = new Token(TokenKind.Digits, i, tokenEnd, '\0');
                digits += token.Length;
            }
            else if (DigitWords.TryGetValue(token, out var digit) || ForeignDigitWords.TryGetValue(token, out digit))
            {
                t = new Token(TokenKind.Word, i, tokenEnd, digit);
                words++;
                foreign += DigitWords.ContainsKey(token) ? 0 : 1;
                digits += n > 0 && tokens[n - 1].Kind == TokenKind.Repeat ? tokens[n - 1].Value : 1;
            }
            else if (RepeatCount(token) is > 0 and var times && (n == 0 || tokens[n - 1].Kind != TokenKind.Repeat))
            {
                t = new Token(TokenKind.Repeat, i, tokenEnd, (char)times);
            }
            else if (n == 0 && token.Equals("plus", StringComparison.OrdinalIgnoreCase))
            {
                t = new Token(TokenKind.Plus, i, tokenEnd, '+');
            }
            else if (n > 0 && tokens[n - 1].Kind != TokenKind.Connector && Connector(token) is not '\0' and var c)
            {
                t = new Token(TokenKind.Connector, i, tokenEnd, c);
                dots += c == '.' ? 1 : 0;
            }
            else
            {
                break;
            }
            if (n > 0 && tokens[n - 1].Kind == TokenKind.Repeat && t.Kind != TokenKind.Word)
            {
                break; // "double" repeats a digit word only
            }
            tokens[n++] = t;
            if (t.Kind is TokenKind.Word or TokenKind.Digits)
            {
                end = tokenEnd;
            }
            // Between tokens: spaces, at most one comma, semicolon or hyphen, spaces.
            i = tokenEnd;
            var marks = 0;
            while (i < m.Count && (m.Chars[i] == ' ' || (m.Chars[i] is ',' or ';' or '-' && marks++ == 0)))
            {
                i++;
            }
            if (i == tokenEnd || i >= m.Count || !IsTokenStart(m, i))
            {
                break;
            }
        }
        while (n > 0 && tokens[n - 1].Kind is TokenKind.Connector or TokenKind.Repeat or TokenKind.Plus)
        {
            n--;
            dots -= tokens[n].Kind == TokenKind.Connector && tokens[n].Value == '.' ? 1 : 0;
        }
        return (words >= (foreign > 0 ? 3 : 1) && digits >= 7) || dots >= 3 ? n : 0;
    }

    /// <summary>
    /// For each ASCII letter, the lengths (as bits) of the words it starts that can open a run: digit words, "double",
    /// "triple", "plus". Most of a text's words are told apart by this alone, before any dictionary is asked.
    /// </summary>
    private static readonly uint[] RunOpenerLengths = BuildRunOpenerLengths();

    private static uint[] BuildRunOpenerLengths()
    {
        var lengths = new uint[26];
        foreach (var word in DigitWords.Dictionary.Keys.Concat(ForeignDigitWords.Dictionary.Keys).Concat(["double", "triple", "plus"]))
        {
            if (char.IsAsciiLetter(word[0]))
            {
                lengths[char.ToLowerInvariant(word[0]) - 'a'] |= 1u << Math.Min(word.Length, 31);
            }
        }
        return lengths;
    }

    /// <summary>Whether the token may be a run's first: digits, a Cyrillic word (asked of the dictionary), or a letter word of an opener's first letter and length.</summary>
    private static bool MayOpenRun(ReadOnlySpan<char> token) =>
        !char.IsAsciiLetter(token[0]) || (RunOpenerLengths[char.ToLowerInvariant(token[0]) - 'a'] & 1u << Math.Min(token.Length, 31)) != 0;

    private static void Emit(Mapped src, ReadOnlySpan<Token> tokens, Mapped dst)
    {
        // Where hyphens join words into groups ("four-one-two five-eight …"), a space separates the groups.
        var hyphenated = false;
        for (var k = 1; k < tokens.Length && !hyphenated; k++)
        {
            hyphenated = tokens[k - 1].Kind == TokenKind.Word && tokens[k].Kind == TokenKind.Word && src.Chars.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End) is "-";
        }
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (k > 0)
            {
                // Words next to each other are one group; a comma, a hyphen or a change between words and digits separates groups.
                var previous = tokens[k - 1];
                var gap = src.Chars.AsSpan(previous.End, t.Start - previous.End);
                var connected = previous.Kind is TokenKind.Connector or TokenKind.Repeat or TokenKind.Plus || t.Kind == TokenKind.Connector;
                var oneGroup = previous.Kind == TokenKind.Word && t.Kind is TokenKind.Word or TokenKind.Repeat && (hyphenated ? gap is "-" : gap.IndexOfAny(',', ';', '-') < 0);
                if (!connected && !oneGroup)
                {
                    dst.Add(gap.Contains('-') ? '-' : ' ', src.Starts[previous.End], src.Ends[t.Start - 1]);
                }
            }
            if (t.Kind == TokenKind.Digits)
            {
                dst.CopyFrom(src, t.Start, t.End);
            }
            else if (t.Kind == TokenKind.Word && k > 0 && tokens[k - 1] is { Kind: TokenKind.Repeat } repeat)
            {
                for (var r = 0; r < repeat.Value; r++)
                {
                    dst.Add(t.Value, src.Starts[repeat.Start], src.Ends[t.End - 1]);
                }
            }
            else if (t.Kind != TokenKind.Repeat)
            {
                dst.Add(t.Value, src.Starts[t.Start], src.Ends[t.End - 1]);
            }
        }
    }

    /// <summary><c>"AKIA" + "IOSF…"</c>, <c>'ab' + 'cd'</c> and adjacent literals (<c>"0474…" "0fd6…"</c>) between key characters: the quotes and the plus go.</summary>
    private static Mapped JoinConcatenation(Mapped src)
    {
        Mapped? dst = null;
        var copied = 0;
        var i = 0;
        while (src.Span[i..].IndexOfAny('"', '\'') is var skip and >= 0)
        {
            i += skip;
            var c = src.Chars[i];
            if (i > 0 && (char.IsAsciiLetterOrDigit(src.Chars[i - 1]) || src.Chars[i - 1] is '_' or '-') && GlueEnd(src, i, c) is var end && end > i)
            {
                dst ??= new Mapped(src.Count);
                dst.CopyFrom(src, copied, i);
                copied = i = end;
                continue;
            }
            i++;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    /// <summary>The end of <c>" + "</c> (any whitespace around the plus) or <c>" "</c> when a letter or digit follows; else <paramref name="i"/>.</summary>
    private static int GlueEnd(Mapped m, int i, char quote)
    {
        var j = i + 1;
        while (j < m.Count && char.IsWhiteSpace(m.Chars[j]))
        {
            j++;
        }
        if (j < m.Count && m.Chars[j] == '+')
        {
            j++;
        }
        else if (j == i + 1 || j >= m.Count || m.Chars[j] != quote)
        {
            return i; // adjacent literals ("abc" "def", as C and Python join them) need some space between them
        }
        while (j < m.Count && char.IsWhiteSpace(m.Chars[j]))
        {
            j++;
        }
        return j + 1 < m.Count && m.Chars[j] == quote && char.IsAsciiLetterOrDigit(m.Chars[j + 1]) ? j + 1 : i;
    }

    /// <summary>Characters with their original ranges; each step reads one and writes the next.</summary>
    private sealed class Mapped(int capacity)
    {
        // Only the first Count entries are ever read: the arrays need no clearing.
        public char[] Chars = GC.AllocateUninitializedArray<char>(Math.Max(capacity, 16));
        public int[] Starts = GC.AllocateUninitializedArray<int>(Math.Max(capacity, 16));
        public int[] Ends = GC.AllocateUninitializedArray<int>(Math.Max(capacity, 16));
        public int Count;

        private string? _text;

        private static bool NextToAsciiLetter(string text, int start, int end) =>
            (start > 0 && char.IsAsciiLetter(text[start - 1])) || (end < text.Length && char.IsAsciiLetter(text[end]));

        public static Mapped Fold(string text)
        {
            var m = new Mapped(text.Length);
            Span<char> buffer = stackalloc char[2];
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    var ascii = TextFolding.AsciiPrefixLength(text.AsSpan(i));
                    m.AddAscii(text, i, i + ascii);
                    i += ascii;
                    continue;
                }
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
                {
                    m.Add(c, i, i + 1);
                    i++;
                    continue;
                }
                var end = i + used;
                var category = Rune.GetUnicodeCategory(rune);
                var folded = TextFolding.FoldCompatibility(rune);
                if (TextFolding.IsInvisible(rune, category))
                {
                    // Dropped; a mark that dresses the character before it (the keycap of 6️⃣) goes with that character.
                    if (category != UnicodeCategory.Format && m.Count > 0 && m.Ends[m.Count - 1] == i)
                    {
                        m.Ends[m.Count - 1] = end;
                    }
                }
                else if (Rune.IsWhiteSpace(rune))
                {
                    m.Add(' ', i, end);
                }
                else if (category == UnicodeCategory.DecimalDigitNumber)
                {
                    m.Add((char)('0' + (int)Rune.GetNumericValue(rune)), i, end);
                }
                else if (category == UnicodeCategory.DashPunctuation)
                {
                    m.Add('-', i, end);
                }
                else if (rune.Value is 0x3002 or 0xFF61)
                {
                    m.Add('.', i, end); // the ideographic full stop, as East Asian keyboards type an address's dots
                }
                else if (c < 0x10000 && Confusables.TryFold(c, out var latin, out var strong) && strong && NextToAsciiLetter(text, i, end))
                {
                    m.Add(latin, i, end); // a look-alike letter inside a Latin word (elenа with a Cyrillic а)
                }
                else if (folded.Length > 0)
                {
                    foreach (var f in folded)
                    {
                        m.Add(f, i, end);
                    }
                }
                else
                {
                    var written = rune.EncodeToUtf16(buffer);
                    for (var k = 0; k < written; k++)
                    {
                        m.Add(buffer[k], i, end);
                    }
                }
                i = end;
            }
            return m;
        }

        public void Add(char c, int start, int end)
        {
            Reserve(1);
            Chars[Count] = c;
            Starts[Count] = start;
            Ends[Count] = end;
            Count++;
            _text = null;
        }

        /// <summary>Characters of the original text that stand for themselves.</summary>
        public void AddAscii(string text, int from, int to)
        {
            var n = to - from;
            Reserve(n);
            text.AsSpan(from, n).CopyTo(Chars.AsSpan(Count));
            for (var k = 0; k < n; k++)
            {
                Starts[Count + k] = from + k;
                Ends[Count + k] = from + k + 1;
            }
            Count += n;
            _text = null;
        }

        private void Reserve(int more)
        {
            if (Count + more > Chars.Length)
            {
                var capacity = Math.Max(Count + more, Count * 2);
                Array.Resize(ref Chars, capacity);
                Array.Resize(ref Starts, capacity);
                Array.Resize(ref Ends, capacity);
            }
        }

        public void CopyOne(Mapped src, int k) => Add(src.Chars[k], src.Starts[k], src.Ends[k]);

        public void CopyFrom(Mapped src, int from, int to)
        {
            var n = to - from;
            if (n <= 0)
            {
                return;
            }
            Reserve(n);
            src.Chars.AsSpan(from, n).CopyTo(Chars.AsSpan(Count));
            src.Starts.AsSpan(from, n).CopyTo(Starts.AsSpan(Count));
            src.Ends.AsSpan(from, n).CopyTo(Ends.AsSpan(Count));
            Count += n;
            _text = null;
        }

        public ReadOnlySpan<char> Span => Chars.AsSpan(0, Count);

        public void TrimEndSpaces()
        {
            while (Count > 0 && Chars[Count - 1] == ' ')
            {
                Count--;
                _text = null;
            }
        }

        /// <summary>The characters as a string, made once for the steps that search it with a pattern and change nothing.</summary>
        public override string ToString() => _text ??= new(Chars, 0, Count);
    }
}
