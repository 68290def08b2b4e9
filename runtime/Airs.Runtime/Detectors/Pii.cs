using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// PII detection with validated formats: e-mail, phone (E.164 and national shapes), payment card (Luhn), IBAN (mod-97),
/// US SSN (valid ranges), IPv4/IPv6, UK National Insurance number and a date of birth next to a birth keyword.
/// Matches never overlap: when shapes collide the stricter format wins (IBAN, card, SSN, IP, NINO, date of birth, then phone).
/// Labels: <c>email</c>, <c>phone</c>, <c>card</c>, <c>iban</c>, <c>ssn</c>, <c>ip</c>, <c>nino</c>, <c>dob</c>.
/// The regexes run only on small windows that cheap vectorised scans pick out (see <see cref="Find(string, PiiKinds, bool)"/>),
/// so text with nothing to find costs about one pass over its digits and allocates nothing.
/// </summary>
public static partial class Pii
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly LazyRegex EmailPattern = new(
        @"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}", Options);

    private static readonly LazyRegex IbanPattern = new(@"[A-Za-z]{2}[0-9]{2}(?:[ .\-/]?[A-Za-z0-9]){11,30}", Options);

    private static readonly LazyRegex SsnPattern = new(@"[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}|[0-9]{3} ?[.\-] ?[0-9]{2} ?[.\-] ?[0-9]{4}", Options);

    private static readonly LazyRegex Ipv4Pattern = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);

    private static readonly LazyRegex Ipv6Pattern = new(
        @"(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?", Options);

    private static readonly LazyRegex NinoPattern = new(@"[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]", Options);

    private static readonly LazyRegex PhonePattern = new(
        @"(?:\+[0-9]{1,3}[ .\-]?)?(?:\(0\)[ .\-]?)?(?:\([0-9]{1,4}\)[ .\-]?)?[0-9]{1,11}(?:[ .\-][0-9]{1,8}){0,6}(?:[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,5})?",
        Options);

    private const string Month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

    /// <summary>The dates a date of birth is written as: numeric, ISO, <c>21-Jan-2001</c>, or with a month name.</summary>
    /// <summary>
    /// The dates a date of birth is written as: numeric (its separators may stand between spaces), ISO, year first with
    /// slashes or dots as Arabic, Persian, Korean and Hungarian forms write it (<c>1960/08/29</c>, <c>2004.06.16</c>; Hungarian also
    /// spaced, its last dot part of the date: <c>1969. 02. 09.</c>, rule P19: `pii-confirm20`, `-12`), <c>21-Jan-2001</c>,
    /// <c>5 Mar '83</c>, with a month name, or with a Roman month (<c>22 XII 1967</c>, as Polish and Italian forms write it).
    /// </summary>
    private const string Date =
        @"[0-9]{1,2} ?[./\-] ?[0-9]{1,2} ?[./\-] ?(?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}|[0-9]{4}\. [0-9]{1,2}\. [0-9]{1,2}\."
        + @"|[0-9]{1,2}[ \-]" + Month + @"[ \-](?:[0-9]{4}|'[0-9]{2})"
        + @"|(?:[0-9]{1,2}(?:st|nd|rd|th)?|" + OrdinalDay + @")(?: of)? " + Month + @",? [0-9]{4}"
        + "|" + Month + @" [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4}"
        + "|" + FilipinoMonth + @" [0-9]{1,2},? [0-9]{4}"
        + @"|[0-9]{1,2}[ .](?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)[ .][0-9]{4}";

    /// <summary>Filipino month names, which write the month first as English does (<c>Nobyembre 7, 1960</c>; rule P17: `pii-confirm18`, `-14`, `-16`).</summary>
    private const string FilipinoMonth = "(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre)";

    /// <summary>A form's note of a date's order after its label: <c>(mm/dd/yyyy)</c>, <c>(DD.MM.YYYY)</c>, <c>(jj/mm/aaaa)</c>.</summary>
    private const string FormatHint = @"\([dmyja]{1,4}[./\- ]?[dmyja]{1,4}[./\- ]?[dmyja]{1,4}\)";

    /// <summary>A date written as eight digits, year first (<c>DOB: 19551111</c>, as ID cards and record exports write it).</summary>
    private const string CompactDate = @"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])";

    /// <summary>A day of the month as an English ordinal word: <c>third</c>, <c>twenty-first</c>, <c>thirtieth</c>.</summary>
    private const string OrdinalDay = @"(?:(?:twenty|thirty)[ \-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth";

    /// <summary>
    /// What may stand between a birth label and the date it governs (rule P19: one reading of many writers' forms, not a list of
    /// phrases): up to four words qualifying the label, closed by a colon or an opening bracket (<c>Date of birth of the
    /// account holder: …</c>, <c>Fecha de nacimiento del titular: …</c>, <c>the DOB she gave (…)</c>; `pii-confirm7`, `-8`,
    /// `-11`, `-13`, `-20`); or a question, with or without such words, answered on the next turn, whose speaker may follow a
    /// timestamp (<c>date of birth please?⏎CALLER: …</c>, <c>date of birth? (00:23) Caller: …</c>; `-12`, `-9`, `-10`), or a
    /// sentence whose next turn opens with a speaker's name (<c>… date of birth on the policy.⏎Customer: …</c>). Words hold
    /// letters only, so no date is skipped on the way, and without the colon, bracket or question they do not count. Only the
    /// nouns (date of birth, DOB, birth date) govern so: "birthday party on Saturday (12/05/2024)" and "born in Lyon (…)" do not.
    /// </summary>
    private const string Governed =
        @"(?:(?:[^\S\r\n]+[\p{L}'’]{1,14}){1,4}[^\S\r\n]*[:(]|(?:[^\S\r\n]+[\p{L}'’]{1,14}){0,4}(?:\?\s*(?:[\[(][0-9:.]{4,12}[\])]\s*)?(?:\p{L}{2,12}:)?|\.[^\S\r\n]*\r?\n\s*(?:[\[(][0-9:.]{4,12}[\])]\s*)?\p{L}{2,12}:))?";

    /// <summary>
    /// A birth keyword, then the date: after a question (<c>date of birth?⏎Customer: 18/04/1981</c>) a speaker's name may
    /// come between; <c>(b. 1964-12-20</c> as biographies abbreviate it. The date may open with its weekday
    /// (<c>born on Monday, 19 May 1947</c>), name its month in another language (<c>born 25. Oktober 1945</c>), or stand in
    /// percent-encoded quotes (<c>dob=%221956-12-28%22</c>). A form may say the date's order between the label and the date
    /// (<c>Date of birth (mm/dd/yyyy): …</c>); a table row puts a cell border there (<c>| Date of birth | 1 May 1982 |</c>);
    /// a vCard names it <c>BDAY:</c>; code and SQL may wrap it in a call (<c>"dob" : ISODate("1979-05-19…</c>, <c>TO_DATE('…'</c>).
    /// An XML element holds it (<c>&lt;BirthDate&gt;</c>, ISO 20022's <c>&lt;BirthDt&gt;</c>; rule P18: `pii-confirm19` with `-12`, `-16`, `-18`):
    /// the tag's <c>&gt;</c> right after the name, as a comparison (<c>CHECK (birth_date &gt; '1900-01-01')</c>) is no birth date.
    /// A Chinese, Japanese or Korean label rewritten as <c>dob</c> keeps its copula or particle (<c>是</c>, <c>は</c>, <c>은</c>/<c>는</c>, <c>「</c>; rule P19).
    /// </summary>
    private static readonly LazyRegex DobPattern = new(
        @"(?:\b(?:date[ _\-]?of[ _\-]?birth|birth[ _\-]?(?:date|time)>?|birthdt>|d\.o\.b\.?|dob|bday)(?:" + Secrets.JsonValueNamed + @")?(?: ?" + FormatHint + ")?" + Governed
        + @"|(?:\b(?:born(?: on)?|birthday)|\(b\.)(?:" + Secrets.JsonValueNamed + @")?(?: ?" + FormatHint + @")?(?:\?\s*(?:[A-Za-z]{2,12}:)?)?)"
        + @"(?:[\s:\-=""'|(\]是は은는「]|%2[27]|%3[ad])*(?:value=[""']?)?(?:is |was |on (?:the )?|the |ko (?:po )?(?:ay |is ))?(?:(?:ISODate|TO_DATE|new Date)\([""']?)?"
        + @"(?<date>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:" + Date + "|" + ForeignMonthDate + "|" + CompactDate + "))",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// Date-of-birth labels of other languages' forms (Spanish, German, French, Italian, Polish, Dutch, Portuguese, Swedish,
    /// Danish, Finnish, Indonesian and Malay: <c>tanggal lahir</c>, <c>tarikh lahir</c>, <c>lahir</c>, with the birthplace and a comma before
    /// the date as an Indonesian licence or ID card writes it (<c>Tempat/Tgl. Lahir: SURABAYA, 24-06-1955</c>); Italian's "nato a Bari il" names the birthplace first; French, Spanish and Portuguese labels also as
    /// field names or cut short: <c>&lt;DateNaissance&gt;</c>, <c>date_naissance</c>, <c>naissance:</c>, <c>Date de naiss.</c>,
    /// <c>fecha_nacimiento</c>, <c>dataNascimento</c>; Spanish <c>fecha_nac</c> and <c>Fecha de nac.</c> only where the
    /// birth-keyword search finds another piece, as no needle was added for them: rule P9 measured each costing every text
    /// with a digit 0.15–1 µs), before a <see cref="Date"/> or a date with that language's month name (<c>23 juillet 1999</c>,
    /// <c>5. März 1980</c>, <c>12 de mayo de 1975</c>); the label may be asked and answered on the next turn
    /// (<c>Wie lautet Ihr Geburtsdatum?⏎Nutzerin: 25. Juli 1990</c>), as <see cref="DobPattern"/> reads the English one.
    /// </summary>
    private static readonly LazyRegex ForeignDobPattern = new(
        @"(?:fecha[ _\-]?(?:de[ _\-]?)?nac(?:imiento|\.|\b)|geburtsdatum|geburtstag|geb\.(?: am)?|n[ée]\(e\) le|n[ée]e? le|date[ _\-]?(?:de[ _\-]?)?naiss(?:ance|\.)|\bnaissance[ \t]*[:=]|data di nascita|nat[oa] (?:a \p{L}+(?:[ '\-]\p{L}+){0,2} )?il|data urodzenia|geboortedatum|geboren(?: bin ich)?(?: am| op)?"
        + @"|nacid[oa] el|nascid[oa] (?:em|a)|data[ _\-]?(?:de[ _\-]?)?nascimento|f[öo]delsedatum|f[øo]dselsdato|syntym[äa]aika|lahir(?:an)?(?:[ \t]*:?[ \t]*\p{L}+(?:[ \-]\p{L}+){0,2},)?"
        + @"|zaliwa(?:[ \t]+tarehe)?|zalwa(?:[ \t]+ngo)?|kapanganakan(?: ng \p{L}+)?|ipinanganak(?: noong)?)" + Governed + @"[\s:\-=""'>|(]*(?<date>" + Date + "|" + ForeignMonthDate + ")",
        Options | RegexOptions.IgnoreCase);

    /// <summary>Month names of the languages <see cref="ForeignDobPattern"/> reads (their English-like ones are in <see cref="Month"/>).</summary>
    private const string ForeignMonth =
        "(?:" + Month + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
        + "|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
        + "|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho"
        + "|julho|setembro|outubro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia"
        + "|januari|februari|maart|mei|augustus|(?:tammi|helmi|maalis|huhti|touko|kes[äa]|hein[äa]|elo|syys|loka|marras|joulu)kuuta"
        + "|maret|agustus|desember|mac|julai|ogos|disember"
        // Rule P17: Danish (maj, marts), Swahili and Filipino (pii-confirm18 with -17, -14, -16).
        + "|maj|marts|machi|aprili|agosti|septemba|oktoba|novemba|desemba|" + FilipinoMonth + ")";

    /// <summary>A date with a month name of <see cref="ForeignMonth"/>: <c>23 juillet 1999</c>, <c>5. März 1980</c>, <c>12 de mayo de 1975</c>.</summary>
    private const string ForeignMonthDate = @"[0-9]{1,2}(?:er|\.)? (?:de )?" + ForeignMonth + @" (?:de )?[0-9]{4}";

    /// <summary>ASCII pieces of <see cref="ForeignDobPattern"/>'s labels (non-ASCII needles would slow the search every text with a digit pays).</summary>
    private static readonly string[] ForeignBirthPieces =
        ["nacimiento", "geburt", "geb.", "(e) le", "naissance", "nascita", "nato ", "nata ", "urodzenia", "geboorte", "geboren", "nacido", "nacida",
            "nascido", "nascida", "nascimento", "delsedatum", "dselsdato", "syntym"];

    private static readonly SearchValues<string> ForeignBirthKeywords = SearchValues.Create([.. ForeignBirthPieces, "naiss."], StringComparison.OrdinalIgnoreCase);

    /// <summary>A <see cref="Date"/> alone: a cell of a table's date-of-birth column.</summary>
    private static readonly LazyRegex DatePattern = new(Date, Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// Words that must precede an SSN written as nine bare digits; "social" alone as people say it ("my social is …", "the
    /// social is …": rule P11, `pii-confirm12` and seven earlier sets).
    /// </summary>
    private static readonly SearchValues<string> SsnKeywords = SearchValues.Create(
        ["ssn", "social security", "ss#", "ss #", "ss no", "social is", "my social", "social:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Words one of which must come shortly before (or just after: <c>3660170548-Fax</c>) ten or eleven bare digits for them to be a phone number: written
    /// without any grouping, a number is far more often a timestamp, an account or a record id (<c>1732163899</c>).
    /// </summary>
    private static readonly SearchValues<string> PhoneKeywords = SearchValues.Create(
        ["phone", "tel", "mobile", "mob", "cell", "call", "fax", "whatsapp", "sms", "text", "ring", "contact", "reach", "dial", "number", "ph:",
            "ph.", "handy", "telefon", "teléfono", "téléphone", "telefono", "portable", "móvil", "movil", "电话", "電話", "手机", "手機", "携帯", "전화", "휴대폰", "핸드폰"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after which a grouped number is some other identifier, not a phone number.</summary>
    private static readonly SearchValues<string> NotPhoneKeywords = SearchValues.Create(
        ["license", "licence", "passport", "zip", "postal", "postcode", "serial", "isbn", "tracking"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A dotted quad right after these words is a version number ("firmware to 2.0.1.3", "Android 4.4.2.1") or an
    /// outline number ("section 3.2.1.4"), not an IP address.
    /// </summary>
    private static readonly LabelWords VersionLabels = new(
        ["version", "ver", "v", "release", "rel", "build", "upgrade", "upgrading", "upgraded", "downgrade", "firmware", "fw", "sdk", "driver", "patch", "update", "revision", "rev", "kernel",
            "package", "pkg", "runtime", "edition", "bios", "plugin", "library", "schema",
            "windows", "macos", "ios", "android", "chrome", "firefox", "java", "python",
            "chapter", "section", "sec", "clause", "article", "paragraph", "para", "appendix", "annex", "exhibit", "schedule", "figure", "fig",
            "table", "app", "oid", "attribute", "requirement", "req", "step", "item", "dataset", "standard", "spec"],
        ["to", "of", "number", "no", "is", "was", "now", "from"]);

    /// <summary>A number right after these words is an identifier ("part no. 5362-21-9040"), not a phone number.</summary>
    private static readonly LabelWords IdentifierLabels = new(
        ["order", "part", "invoice", "model", "case", "ticket", "sku", "item", "reference", "ref", "booking", "confirmation", "batch", "lot",
            "product", "claim", "policy", "account", "acct", "transaction", "receipt", "catalog", "catalogue", "shipment", "container",
            "contract", "permit", "registration", "vin", "imei", "serial", "tracking",
            "nhs", "mrn", "patient", "member", "customer", "employee", "student", "meeting", "utr", "ein", "tin", "vat", "rma", "waybill",
            "awb", "reservation", "cas", "doi", "isbn", "issn", "dewey", "factuurnummer", "rechnungsnummer", "grid", "routing", "po", "sin",
            "sort", "bankleitzahl", "blz", "bsb", "aba", "bic", "swift", "agreement", "docket", "hs", "hts", "tariff", "oid", "p/n", "s/n",
            "abn", "acn", "siret", "siren", "pin", "passcode",
            // Rule P15: a Swedish bank giro number, a German tax number (Steuernummer, Steuer-ID), a Russian SNILS.
            "bankgiro", "steuer", "steuernummer", "снилс",
            // Rule P16: a loyalty number, a Finnish payment reference (viite), an invoice (faktura), a Korean bank account (계좌)
            // and order number (주문번호); see also IsAfterOrganisationNumberLabel.
            "loyalty", "viite", "viitenumero", "faktura", "orgnr", "계좌", "계좌번호", "주문번호",
            // Rule P17: a US provider's NPI and a drug's NDC (pii-confirm18 with -11, -12); a Japanese reception and
            // reservation number (受付番号: -18, -16; 予約番号: -18, -9).
            "npi", "ndc", "受付番号", "予約番号"],
        ["number", "no", "nr", "num", "id", "code", "ref"],
        ["customer", "member", "patient", "employee", "student"]);

    /// <summary>
    /// A card-shaped number right after these words is a loyalty or gift card's, which every design set leaves unlabelled
    /// (rule P16: a Luhn-valid one is a look-alike by chance, one in ten).
    /// </summary>
    private static readonly LabelWords StoredValueCardLabels = new(["loyalty", "gift"], ["card", "number", "no", "nr", "id", "member", "code"]);

    /// <summary>A number right after these words names a thing, not a person: an SSN's shape there is a part or order number.</summary>
    private static readonly LabelWords ProductLabels = new(
        ["part", "order", "invoice", "model", "sku", "item", "product", "serial", "catalog", "catalogue", "batch", "lot", "tracking", "ticket",
            "reference", "ref", "cas"],
        ["number", "no", "nr", "num", "id", "code"]);

    /// <summary>
    /// Every text with a digit pays this search. Its needles and their order were measured (rule P8): SearchValues buckets
    /// needles by their order, and some orders of these same pieces (or <c>naiss</c> for <c>naissance</c>) made it twice as slow.
    /// </summary>
    private static readonly SearchValues<string> BirthKeywords = SearchValues.Create(["birth", "dob", "d.o.b", "born", "(b.", .. ForeignBirthPieces, "bday", "naiss."], StringComparison.OrdinalIgnoreCase);

    public static bool Found(string text, PiiKinds kinds) => !Find(text, kinds).IsEmpty;

    /// <summary>
    /// Every match of the requested kinds, sorted by start, never overlapping. When the text may be disguised
    /// (<see cref="Disguise.MayHidePii"/>) it is also scanned as <see cref="RevealedText"/> and its base64 runs decoded;
    /// those matches span the original characters (for base64: the whole encoded run) and never displace a plain one.
    /// </summary>
    public static ImmutableArray<DetectorMatch> Find(string text, PiiKinds kinds)
    {
        var found = Find(text, kinds, prefilter: true, out var numbers);
        if (string.IsNullOrEmpty(text) || (kinds & PiiKinds.All) == 0)
        {
            return found;
        }
        // The number zones already walked tell whether a retyped number can be there at all; only then is it looked for.
        var reveal = Disguise.MayHidePii(text) || ((numbers.Retyped || numbers.IbanOpening) && RevealedText.MayRevealNumbers(text));
        var base64 = Disguise.HasBase64Run(text);
        return reveal || base64 ? AddDisguised(text, kinds, found, reveal, base64) : found;
    }

    private static ImmutableArray<DetectorMatch> AddDisguised(string text, PiiKinds kinds, ImmutableArray<DetectorMatch> plain, bool reveal, bool base64)
    {
        var disguised = new List<DetectorMatch>();
        if (reveal)
        {
            var revealed = RevealedText.ForPii(text);
            if (!string.Equals(revealed.Text, text, StringComparison.Ordinal))
            {
                foreach (var m in Find(revealed.Text, kinds, prefilter: true))
                {
                    var (start, length) = revealed.ToOriginal(m.Start, m.Length);
                    disguised.Add(m with { Start = start, Length = length });
                }
            }
        }
        if (base64)
        {
            disguised.AddRange(Disguise.Base64Findings(text, decoded => Find(decoded, kinds, prefilter: true)));
        }
        return MatchSet.Merge(plain, disguised);
    }

    /// <summary>
    /// With <paramref name="prefilter"/> the regexes run only on windows around candidate positions (an <c>@</c>, a run of
    /// number characters long enough for the kind, two letters before a digit); without it they scan the whole text.
    /// Both give the same matches; the whole-text path is kept for the differential tests.
    /// </summary>
    internal static ImmutableArray<DetectorMatch> Find(string text, PiiKinds kinds, bool prefilter) => Find(text, kinds, prefilter, out _);

    /// <param name="numbers">The number zones' summary (known only with the prefilter, and when a number kind is requested).</param>
    private static ImmutableArray<DetectorMatch> Find(string text, PiiKinds kinds, bool prefilter, out NumberSummary numbers)
    {
        numbers = default;
        if (string.IsNullOrEmpty(text) || (kinds & PiiKinds.All) == 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        // Higher-priority kinds are scanned even when not requested, so that their text is not reported as a phone.
        var numberKinds = (kinds & PiiKinds.Phone) != 0 ? PiiKinds.All : kinds;
        MatchSet found;
        if (prefilter)
        {
            var candidates = Candidates.Of(text, kinds, numberKinds);
            numbers = candidates.Numbers;
            if (candidates.IsEmpty)
            {
                return ImmutableArray<DetectorMatch>.Empty;
            }
            found = new MatchSet();
            if (candidates.Email)
            {
                AddEmailsNearAt(text, found);
            }
            if (candidates.Numbers.HasDigit)
            {
                AddNumbersPrefiltered(text, kinds, numberKinds, candidates, found);
            }
        }
        else
        {
            var span = text.AsSpan();
            found = new MatchSet();
            if ((kinds & PiiKinds.Email) != 0 && span.Contains('@'))
            {
                var lines = new LineStarts(text);
                AddEmails(text, 0, text.Length, found, ref lines);
            }
            if (span.IndexOfAnyInRange('0', '9') >= 0)
            {
                AddNumbersWholeText(text, kinds, numberKinds, found);
            }
        }
        return found.Count == 0 ? ImmutableArray<DetectorMatch>.Empty : Requested(found, kinds);
    }

    private static ImmutableArray<DetectorMatch> Requested(MatchSet found, PiiKinds kinds) => found.ToImmutable(m => (kinds & KindOf(m.Label)) != 0);

    /// <summary>
    /// The cheap scans that decide which kinds can match at all: an <c>@</c>, the number zones, a colon, a birth keyword.
    /// When none can, <see cref="Find(string, PiiKinds, bool)"/> returns without allocating.
    /// </summary>
    private readonly record struct Candidates(bool Email, NumberSummary Numbers, bool Colon, bool BirthKeyword, bool PatientSegment)
    {
        public static Candidates Of(string text, PiiKinds kinds, PiiKinds numberKinds)
        {
            var span = text.AsSpan();
            var email = (kinds & PiiKinds.Email) != 0 && span.Contains('@');
            var numbers = (numberKinds & ~PiiKinds.Email) != 0 ? NumberZones.Summarize(text) : default;
            var colon = numbers.HasDigit && (numberKinds & PiiKinds.Ip) != 0 && span.Contains(':');
            // An HL7 patient segment names its date of birth, phone and SSN by position: looked for only where a number is long enough for one.
            var patient = numbers.MaxDigits >= 7 && (numberKinds & PatientSegmentKinds) != 0 && span.Contains("PID|", StringComparison.Ordinal);
            // A date of birth not asked for is scanned only to keep a phone off its digits, and a phone needs seven digits in a zone.
            var birthMatters = (kinds & PiiKinds.Dob) != 0 || ((kinds & PiiKinds.Phone) != 0 && numbers.MaxDigits >= 7);
            var birth = numbers.HasDigit && (numberKinds & PiiKinds.Dob) != 0 && birthMatters
                && (span.IndexOfAny(BirthKeywords) >= 0 || (numbers.MaxDigits >= 8 && patient) || NamesBirthInAsciiLanguages(span));
            return new Candidates(email, numbers, colon, birth, patient);
        }

        /// <summary>Six digits in a zone are the fewest any number kind but IBAN and IPv4 needs (a NINO).</summary>
        public bool IsEmpty => !Email && !Colon && !BirthKeyword && !Numbers.IbanOpening && !Numbers.HasDottedQuad && Numbers.MaxDigits < 6 && Numbers.MaxChainDigits < 12;
    }

    private static void AddNumbersWholeText(string text, PiiKinds kinds, PiiKinds numberKinds, MatchSet found)
    {
        var all = text.Length;
        if ((numberKinds & PiiKinds.Iban) != 0)
        {
            // At every opening, as the prefiltered scan tries them: a rejected candidate ("xt12 GB82 WEST …") does not
            // hide an IBAN that opens inside it.
            var next = 0;
            for (var start = 0; start + 3 < all; start++)
            {
                if (start >= next && IsIbanOpening(text, start) && TryIbanAt(text, start, found) is > 0 and var length)
                {
                    next = start + length;
                }
            }
        }
        if ((numberKinds & PiiKinds.Card) != 0)
        {
            AddCards(text, 0, all, found);
        }
        if ((numberKinds & PiiKinds.Ssn) != 0)
        {
            AddSsns(text, 0, all, found);
            AddTableSsns(text, found);
        }
        if ((numberKinds & PiiKinds.Ip) != 0)
        {
            // IPv6 first: an embedded IPv4 (::ffff:192.0.2.1) belongs to the IPv6 address.
            if (text.AsSpan().IndexOf(':') >= 0)
            {
                AddIpv6s(text, 0, all, found);
            }
            var lines = new LineStarts(text);
            AddIpv4s(text, 0, all, found, ref lines);
        }
        if ((numberKinds & PiiKinds.Nino) != 0)
        {
            foreach (var m in NinoPattern.Value.EnumerateMatches(text))
            {
                AcceptNino(text, m.Index, m.Length, found);
            }
        }
        var patientSegment = (numberKinds & PatientSegmentKinds) != 0 && text.Contains("PID|", StringComparison.Ordinal);
        if (patientSegment)
        {
            AddPatientSegmentFields(text, numberKinds, found);
        }
        if ((numberKinds & PiiKinds.Dob) != 0 && (text.AsSpan().IndexOfAny(BirthKeywords) >= 0 || patientSegment || NamesBirthInAsciiLanguages(text)))
        {
            for (var m = DobPattern.Value.Match(text); m.Success; m = m.NextMatch())
            {
                AcceptDateOfBirth(text, m, found);
            }
            AddForeignDatesOfBirth(text, found);
            AddTableDatesOfBirth(text, found);
            AddRecordDatesOfBirth(text, found);
        }
        if ((numberKinds & PiiKinds.Dob) != 0 && text.Contains("<<", StringComparison.Ordinal))
        {
            AddMrzDatesOfBirth(text, found);
        }
        if ((kinds & PiiKinds.Phone) != 0)
        {
            AddPhones(text, 0, all, found);
        }
    }

    /// <summary>
    /// The same kinds in the same priority order, each on windows only: one pass over the runs of number characters
    /// decides which kinds can match at all, so clean prose (a "Q3", a "12%") costs one vectorised digit scan.
    /// </summary>
    private static void AddNumbersPrefiltered(string text, PiiKinds kinds, PiiKinds numberKinds, Candidates candidates, MatchSet found)
    {
        var summary = candidates.Numbers;
        if ((numberKinds & PiiKinds.Iban) != 0 && summary.IbanOpening)
        {
            var next = 0;
            foreach (var run in new DigitRuns(text))
            {
                // Two letters and two digits open every IBAN; its longest form is 4 + 2 × 30 characters.
                var start = run - 2;
                if (start >= next && IsIbanOpening(text, start) && TryIbanAt(text, start, found) is > 0 and var length)
                {
                    next = start + length;
                }
            }
        }
        if ((numberKinds & PiiKinds.Card) != 0 && summary.MaxChainDigits >= 12)
        {
            // Cards run on chains of zones: a card may join its groups by / or _, which zones do not hold.
            int chainStart = -1, chainEnd = -2, chainDigits = 0;
            foreach (var zone in new NumberZones(text))
            {
                if (NumberZones.JoinsChain(text, chainEnd, zone.Start))
                {
                    chainEnd = zone.End;
                    chainDigits += zone.Digits;
                    continue;
                }
                if (chainDigits >= 12)
                {
                    AddCards(text, chainStart, chainEnd, found);
                }
                (chainStart, chainEnd, chainDigits) = (zone.Start, zone.End, zone.Digits);
            }
            if (chainDigits >= 12)
            {
                AddCards(text, chainStart, chainEnd, found);
            }
        }
        if ((numberKinds & PiiKinds.Ssn) != 0 && summary.MaxDigits >= 9)
        {
            foreach (var zone in new NumberZones(text))
            {
                if (zone.Digits >= 9)
                {
                    AddSsns(text, zone.Start, zone.End, found);
                }
            }
            AddTableSsns(text, found);
        }
        if ((numberKinds & PiiKinds.Ip) != 0)
        {
            if (candidates.Colon)
            {
                AddIpv6sNearColons(text, found);
            }
            if (summary.HasDottedQuad)
            {
                var lines = new LineStarts(text);
                foreach (var zone in new NumberZones(text))
                {
                    if (zone.Digits >= 4 && zone.Dots >= 3)
                    {
                        AddIpv4s(text, zone.Start, zone.End, found, ref lines);
                    }
                }
            }
        }
        if ((numberKinds & PiiKinds.Nino) != 0 && summary.MaxDigits >= 6 && summary.NinoOpening)
        {
            AddNinosAnchored(text, found);
        }
        if (candidates.PatientSegment)
        {
            AddPatientSegmentFields(text, numberKinds, found);
        }
        if ((numberKinds & PiiKinds.Dob) != 0 && candidates.BirthKeyword)
        {
            AddDatesOfBirthAnchored(text, found);
            AddForeignDatesOfBirth(text, found);
            AddTableDatesOfBirth(text, found);
            AddRecordDatesOfBirth(text, found);
        }
        // A machine-readable zone names its date of birth by position: looked for only where six digits stand together.
        if ((numberKinds & PiiKinds.Dob) != 0 && summary.MaxDigits >= 6 && text.Contains("<<", StringComparison.Ordinal))
        {
            AddMrzDatesOfBirth(text, found);
        }
        if ((kinds & PiiKinds.Phone) != 0 && summary.MaxDigits >= 7)
        {
            foreach (var zone in new NumberZones(text))
            {
                if (zone.Digits >= 7)
                {
                    AddPhones(text, zone.Start, zone.End, found);
                }
            }
        }
    }

    internal static PiiKinds KindOf(string label) => label switch
    {
        "email" => PiiKinds.Email,
        "phone" => PiiKinds.Phone,
        "card" => PiiKinds.Card,
        "iban" => PiiKinds.Iban,
        "ssn" => PiiKinds.Ssn,
        "ip" => PiiKinds.Ip,
        "nino" => PiiKinds.Nino,
        "dob" => PiiKinds.Dob,
        _ => PiiKinds.None,
    };

    private static void AddEmails(string text, int from, int to, MatchSet found, ref LineStarts lines)
    {
        foreach (var m in EmailPattern.Value.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var index = from + m.Index;
            if ((index == 0 || !IsEmailChar(text[index - 1])) && !IsUrlUserOrRemote(text, index, index + m.Length)
                && !IsFileName(text.AsSpan(index, m.Length)) && !IsMessageId(text, index, ref lines) && !IsMaskedAddressTail(text, index))
            {
                found.TryAdd(new DetectorMatch(index, m.Length, "email"));
            }
        }
    }

    /// <summary>An address cannot cross a character outside its alphabet, so each <c>@</c> needs only its own word.</summary>
    private static void AddEmailsNearAt(string text, MatchSet found)
    {
        var lines = new LineStarts(text);
        foreach (var (start, end) in EmailWordChars.Around(text, '@'))
        {
            AddEmails(text, start, end, found, ref lines);
        }
    }

    /// <summary>
    /// <c>g************0@virgilio.it</c>: an address masked but for its first and last characters before the at sign. The
    /// match starts after the asterisks, so it would report <c>0@virgilio.it</c>, an address nobody has (rule P17:
    /// `pii-confirm18` forty times; `-7`, `-8`, `-10`, `-12`, `-13`, `-17` mask addresses and label none). Only a local
    /// part of one or two characters after two asterisks or more that follow a letter or digit is such a tail: markdown's
    /// <c>**jane@corp.example**</c> and a longer name after a mask (<c>***john.smith@…</c>, which still names him) are reported.
    /// </summary>
    private static bool IsMaskedAddressTail(string text, int start)
    {
        var at = text.IndexOf('@', start);
        if (at - start is < 1 or > 2)
        {
            return false;
        }
        var mask = start;
        while (mask > 0 && text[mask - 1] == '*')
        {
            mask--;
        }
        return start - mask >= 2 && mask > 0 && char.IsLetterOrDigit(text[mask - 1]);
    }

    /// <summary>
    /// <c>user@host</c> that is not a mailbox: the user info of a URL (<c>https://token@github.com</c>,
    /// <c>redis://:pw@cache.example</c>: the word ends in <c>://</c> before it) or a remote of ssh, scp or git
    /// (<c>git@github.com:org/repo.git</c>, <c>ops@bastion.example:/srv</c>: a colon and a path follow).
    /// </summary>
    private static bool IsUrlUserOrRemote(string text, int start, int end)
    {
        var word = start;
        while (word > 0 && !char.IsWhiteSpace(text[word - 1]) && text[word - 1] is not ('"' or '\'' or '<' or '(' or '[' or '=' or ','))
        {
            word--;
        }
        if (end + 1 < text.Length && text[end] == ':' && (char.IsAsciiLetterOrDigit(text[end + 1]) || text[end + 1] is '/' or '~' or '.' or '_')
            && !IsCredentialOption(text, word))
        {
            return true;
        }
        return text.AsSpan(word, start - word).Contains("://", StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>curl -u jane@corp.example:token</c>, <c>--user=…</c>: a user and password pair, so the address before the colon
    /// is a mailbox (the account's login), not the host of a remote.
    /// </summary>
    private static bool IsCredentialOption(string text, int word)
    {
        var before = text.AsSpan(0, word);
        return before.EndsWith("-u ", StringComparison.Ordinal) || before.EndsWith("--user ", StringComparison.Ordinal) || before.EndsWith("--user=", StringComparison.Ordinal);
    }

    /// <summary>A scaled asset's file name (<c>logo@2x.png</c>): no top-level domain is a file's extension.</summary>
    private static bool IsFileName(ReadOnlySpan<char> address) => FileExtensions.Contains(address[(address.LastIndexOf('.') + 1)..]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions =
        new[] { "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "pdf", "css", "js", "json", "txt" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A message's identifier in angle brackets after <c>Message-ID:</c>, <c>In-Reply-To:</c> or <c>References:</c>: it has
    /// an address's shape and names no mailbox.
    /// </summary>
    private static bool IsMessageId(string text, int start, ref LineStarts lines)
    {
        // Gmail's identifiers put characters no address's pattern opens with inside (<CAMN=oIpA8…@mail.gmail.com>): the
        // match then starts after them, so the bracket is looked for back over the identifier's characters.
        var open = start;
        while (open > 0 && start - open < 128 && text[open - 1] is > ' ' and not ('<' or '>' or '"' or ','))
        {
            open--;
        }
        return open > 0 && text[open - 1] == '<' && LineOpensWith(text, open - 1, lines.Of(open - 1), MessageIdHeaders);
    }

    private static readonly string[] MessageIdHeaders = ["Message-ID:", "In-Reply-To:", "References:"];

    /// <summary>Whether the line from <paramref name="lineStart"/> opens, before <paramref name="index"/>, with one of <paramref name="headers"/>.</summary>
    private static bool LineOpensWith(string text, int index, int lineStart, string[] headers)
    {
        var line = text.AsSpan(lineStart, index - lineStart).TrimStart();
        foreach (var header in headers)
        {
            if (line.StartsWith(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsEmailChar(char c) => c != '@' && EmailWordChars.Contains(c);

    private static readonly AsciiSet EmailWordChars = new("._%+-@", letters: true, digits: true);

    private static bool IsIbanOpening(ReadOnlySpan<char> text, int start) =>
        start >= 0 && start + 3 < text.Length && char.IsAsciiLetter(text[start]) && char.IsAsciiLetter(text[start + 1]) && char.IsAsciiDigit(text[start + 3]);

    /// <summary>The length of the IBAN that opens at <paramref name="index"/> (added to <paramref name="found"/>), or 0.</summary>
    private static int TryIbanAt(string text, int index, MatchSet found)
    {
        if (index > 0 && char.IsLetterOrDigit(text[index - 1]))
        {
            return 0;
        }
        var length = RegexWindow.MatchLengthAt(IbanPattern, text, index, Math.Min(text.Length, index + 72)); // 34 characters and 33 separators at most
        var valid = length == 0 ? 0 : Iban.LongestValidPrefix(text.AsSpan(index, length));
        if (valid > 0 && TextBounds.IsStandalone(text, index, index + valid))
        {
            found.TryAdd(new DetectorMatch(index, valid, "iban"));
            return valid;
        }
        return 0;
    }

    /// <summary>
    /// Each run of digit groups joined by one separator (<see cref="PaymentCard.IsSeparator"/>) is a card or not as a
    /// whole: a valid stretch inside a longer run (a tracking or order number) does not count.
    /// </summary>
    private static void AddCards(string text, int from, int to, MatchSet found)
    {
        var span = text.AsSpan();
        var i = from;
        while (i < to)
        {
            var start = span[i..to].IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                return;
            }
            start += i;
            var end = DigitsEnd(span, start, to);
            var separator = ReadOnlySpan<char>.Empty;
            while (true)
            {
                var next = SeparatorEnd(span, end, to);
                if (next == end || next >= to || !char.IsAsciiDigit(span[next]) || (!separator.IsEmpty && !span[end..next].SequenceEqual(separator)))
                {
                    break;
                }
                // A group joined to the next one by another separator opens another number (4111 … 1111 192.168.0.1).
                var groupEnd = DigitsEnd(span, next, to);
                var after = SeparatorEnd(span, groupEnd, to);
                if (after > groupEnd && after < to && char.IsAsciiDigit(span[after]) && !span[groupEnd..after].SequenceEqual(span[end..next]))
                {
                    break;
                }
                separator = span[end..next];
                end = groupEnd;
            }
            // After a plus sign the digits are an international phone number; dotted groups of three digits or fewer
            // are an IPv4 address or a version (212.162.236.120), never a card's grouping; two groups and one dot are a
            // decimal number (epoch seconds and their fraction, as chat exports and logs stamp messages: 1730823617.872403).
            var afterPlus = start > 0 && text[start - 1] == '+';
            var dotted = separator is ['.'];
            var dottedShort = dotted && PaymentCard.LongestGroup(span[start..end]) <= 3;
            var decimalNumber = dotted && span[start..end].Count('.') == 1;
            if (!afterPlus && !dottedShort && !decimalNumber && PaymentCard.IsValid(span[start..end]) && TextBounds.IsStandaloneNumber(text, start, end)
                && !IsResourceNameAccount(span, start, end) && !StoredValueCardLabels.IsLabelBefore(text, start))
            {
                found.TryAdd(new DetectorMatch(start, end - start, "card"));
            }
            i = end;
        }
    }

    /// <summary>The account field of an AWS resource name (<c>arn:aws:iam::624562842200:role/ci</c>): between colons, after <c>arn:</c>.</summary>
    private static bool IsResourceNameAccount(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && text[start - 1] == ':' && end < text.Length && text[end] == ':'
        && text[..start].LastIndexOf("arn:", StringComparison.Ordinal) is var arn and >= 0 && text[arn..start].IndexOfAny(' ', '\n') < 0;

    private static int SeparatorEnd(ReadOnlySpan<char> text, int index, int to)
    {
        var end = index;
        while (end < to && end - index < PaymentCard.MaxSeparator && PaymentCard.IsSeparator(text[end]))
        {
            end++;
        }
        return end;
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int index, int to)
    {
        while (index < to && char.IsAsciiDigit(text[index]))
        {
            index++;
        }
        return index;
    }

    private static void AddSsns(string text, int from, int to, MatchSet found)
    {
        foreach (var m in SsnPattern.Value.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var index = from + m.Index;
            var candidate = text.AsSpan(index, m.Length);
            // Nine bare digits are an SSN only when the text says so just before; after such a label even a voided
            // number (one printed in wallets) is someone's SSN.
            var labelled = text.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)).IndexOfAny(SsnKeywords) >= 0;
            if (!TextBounds.IsStandaloneNumber(text, index, index + m.Length) || !UsSsn.IsValid(candidate, allowVoided: labelled)
                || (!labelled && ProductLabels.IsLabelBefore(text, index)))
            {
                continue;
            }
            // ddd-dd-dddd and ddd dd dddd stand alone; nine bare digits, dots or spaced hyphens
            // (529.31.4412, 529 - 31 - 4412) need the label.
            var written = m.Length == 11 && candidate[3] == candidate[6] && candidate[3] is '-' or ' ';
            if (written || labelled)
            {
                found.TryAdd(new DetectorMatch(index, m.Length, "ssn", written ? 1.0 : 0.9));
            }
        }
    }

    private static void AddIpv6s(string text, int from, int to, MatchSet found)
    {
        foreach (var m in Ipv6Pattern.Value.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var index = from + m.Index;
            var end = index + m.Length;
            // An SMTP address literal, `[IPv6:2001:db8::1]` (RFC 5321): the match began at the tag's `6:`.
            var literal = index >= 3 && end - index > 2 && text.AsSpan(index - 3, 5).Equals("IPv6:", StringComparison.OrdinalIgnoreCase);
            index += literal ? 2 : 0;
            // A colon that ends a sentence's clause ("64 bytes from fe80::1: icmp_seq=1") is not the address's.
            var clauseColon = end - index > 2 && text[end - 1] == ':' && text[end - 2] != ':' && (end == text.Length || char.IsWhiteSpace(text[end]));
            end -= clauseColon ? 1 : 0;
            var glued = (!literal && index > 0 && (char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == ':'))
                || (!clauseColon && end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == ':'));
            if (!glued && !IsSubscript(text, index, end) && IpAddresses.IsValidV6(text.AsSpan(index, end - index)))
            {
                found.TryAdd(new DetectorMatch(index, end - index, "ip"));
            }
        }
    }

    /// <summary>
    /// A slice in a subscript (<c>digits[0::2]</c>, <c>s[::-1]</c>): brackets right after a name or another bracket.
    /// An address in brackets follows <c>//</c>, <c>@</c> or a space (<c>http://[::1]:8080</c>), and a defanged one's
    /// <c>[::]</c> goes on in hex after its bracket (<c>2001[:]db8[:]d747[::]6afa</c>).
    /// </summary>
    private static bool IsSubscript(string text, int start, int end) =>
        start >= 2 && text[start - 1] == '[' && (char.IsLetterOrDigit(text[start - 2]) || text[start - 2] is '_' or ']' or ')')
        && end < text.Length && (text[end] == '-' || (text[end] == ']' && (end + 1 == text.Length || !(char.IsAsciiHexDigit(text[end + 1]) || text[end + 1] == ':'))));

    /// <summary>An IPv6 address has two colons or more and no character outside hex digits, colons and dots.</summary>
    private static void AddIpv6sNearColons(string text, MatchSet found)
    {
        foreach (var (start, end) in Ipv6Chars.Around(text, ':'))
        {
            if (text.AsSpan(start, end - start).Count(':') >= 2)
            {
                AddIpv6s(text, start, end, found);
            }
        }
    }

    private static readonly AsciiSet Ipv6Chars = new("0123456789ABCDEFabcdef:.");

    private static void AddIpv4s(string text, int from, int to, MatchSet found, ref LineStarts lines)
    {
        foreach (var m in Ipv4Pattern.Value.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var index = from + m.Index;
            if (IsStandaloneAddress(text, index, index + m.Length) && IpAddresses.IsValidV4(text.AsSpan(index, m.Length)) && !IpAddresses.IsReservedV4(text.AsSpan(index, m.Length))
                && !IpAddresses.HasPaddedOctet(text.AsSpan(index, m.Length)) && !IsVersionNumber(text, index, ref lines) && !IsNetworkBlock(text, index, index + m.Length))
            {
                found.TryAdd(new DetectorMatch(index, m.Length, "ip"));
            }
        }
    }

    /// <summary>
    /// A dotted quad that names a version or an outline item: after a label ("firmware 2.0.1.3", "Annex 2.3.3.5"), as the
    /// second of a range whose first is one ("upgrading from 2.4.1.0 to 2.4.2.1", "Figures 1.1.1.1 through 1.1.1.4"), or
    /// in a header that names software (<c>X-Mailer: Glasswing Mail 5.2.0.14</c>, <c>User-Agent: …</c>).
    /// </summary>
    private static bool IsVersionNumber(string text, int index, ref LineStarts lines)
    {
        if (VersionLabels.IsLabelBefore(text, index) || IsSoftwareHeaderLine(text, index, lines.Of(index)) || IsProductToken(text, index))
        {
            return true;
        }
        var before = text.AsSpan(0, index).TrimEnd();
        var joinerStart = before.Length;
        while (joinerStart > 0 && char.IsAsciiLetter(before[joinerStart - 1]))
        {
            joinerStart--;
        }
        if (joinerStart == before.Length)
        {
            joinerStart -= before.EndsWith('-') || before.EndsWith('\u2013') ? 1 : before.Length + 1;
        }
        else if (!RangeJoiners.Contains(before[joinerStart..]))
        {
            return false;
        }
        if (joinerStart < 0)
        {
            return false;
        }
        var previous = before[..joinerStart].TrimEnd();
        var quadStart = previous.Length;
        while (quadStart > 0 && (char.IsAsciiDigit(previous[quadStart - 1]) || previous[quadStart - 1] == '.'))
        {
            quadStart--;
        }
        return previous[quadStart..].Count('.') == 3 && VersionLabels.IsLabelBefore(text, quadStart);
    }

    /// <summary>
    /// A product token's version (<c>Chrome/122.0.0.0</c>, <c>Edg/120.0.2210.91</c> in a user agent string): a capitalised
    /// word of letters standing alone, a slash, then the quad. A path or URL puts a slash or a digit before such a word.
    /// </summary>
    private static bool IsProductToken(string text, int index)
    {
        if (index < 3 || text[index - 1] != '/')
        {
            return false;
        }
        var word = index - 1;
        while (word > 0 && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }
        return index - 1 - word >= 2 && char.IsAsciiLetterUpper(text[word]) && (word == 0 || text[word - 1] is ' ' or '(' or '"' or '\'' or '\t' or '\n');
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RangeJoiners =
        new[] { "to", "through", "thru", "and", "or", "until" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A header line that carries a program's name and version: <c>X-Mailer</c>, <c>User-Agent</c>, <c>Server</c>, <c>X-Powered-By</c>.</summary>
    private static bool IsSoftwareHeaderLine(string text, int index, int lineStart) => LineOpensWith(text, index, lineStart, SoftwareHeaders);

    private static readonly string[] SoftwareHeaders = ["X-Mailer:", "User-Agent:", "Server:", "X-Powered-By:"];

    /// <summary>A quad followed by a prefix length that leaves no host bits (<c>10.20.0.0/16</c>): a network block, not an address.</summary>
    private static bool IsNetworkBlock(string text, int start, int end)
    {
        if (end + 1 >= text.Length || text[end] != '/' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }
        var prefix = text[end + 1] - '0';
        if (end + 2 < text.Length && char.IsAsciiDigit(text[end + 2]))
        {
            prefix = prefix * 10 + (text[end + 2] - '0');
        }
        return IpAddresses.IsNetworkBlockV4(text.AsSpan(start, end - start), prefix);
    }

    /// <summary>Standalone, or followed by a prefix length: <c>192.168.156.239/24</c> is an address in its network.</summary>
    private static bool IsStandaloneAddress(string text, int start, int end)
    {
        if (TextBounds.IsStandaloneNumber(text, start, end) || (IsFieldAfterWord(text, start) && TextBounds.IsStandaloneNumber(text.AsSpan(start), 0, end - start)))
        {
            return true;
        }
        var digits = 0;
        while (end + 1 + digits < text.Length && char.IsAsciiDigit(text[end + 1 + digits]))
        {
            digits++;
        }
        var after = end + 1 + digits;
        return end < text.Length && text[end] == '/' && digits is 1 or 2 && (after == text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] is '.' or '/'))
            && TextBounds.IsStandaloneNumber(text.AsSpan(0, end), start, end);
    }

    /// <summary>
    /// A CSV field that starts at <paramref name="start"/> right after a comma, whose field before holds a letter and no
    /// space (<c>lena37,174.57.249.94</c>): the comma separates fields, it is no thousands separator.
    /// </summary>
    private static bool IsFieldAfterWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ',')
        {
            return false;
        }
        var letter = false;
        for (var i = start - 2; i >= 0 && text[i] is not (',' or '\n' or '\r' or '\t' or ';'); i--)
        {
            if (text[i] == ' ')
            {
                return false;
            }
            letter |= char.IsAsciiLetter(text[i]);
        }
        return letter;
    }

    private static void AcceptDateOfBirth(string text, Match m, MatchSet found)
    {
        var date = m.Groups["date"];
        // In percent-encoded quotes (dob=%221956-12-28%22) the escape's hex digits stand right before the date.
        var (start, end) = (date.Index, date.Index + date.Length);
        if (NamesNotAPerson(text.AsSpan(m.Index, start - m.Index)))
        {
            return;
        }
        if (TextBounds.IsStandaloneNumber(text, start, end)
            || (start >= 3 && text[start - 3] == '%' && TextBounds.IsStandaloneNumber(text.AsSpan(start), 0, end - start)))
        {
            found.TryAdd(new DetectorMatch(date.Index, date.Length, "dob"));
        }
    }

    /// <summary>
    /// Whether the words between a birth label and its date say whose birth it is, and it is no person's: a project's, a
    /// company's, an animal's, or a party (<c>Date de naissance du projet : …</c>, <c>Geburtstag des Hundes: …</c>, <c>생일 파티: …</c>; rule P19: the words
    /// <see cref="Governed"/> lets in, planted as look-alikes in `pii-confirm7`, `-13`, `-19`).
    /// </summary>
    private static bool NamesNotAPerson(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(" \t:("))
        {
            if (NotPersonWords.Contains(between[range].Trim("'’.,")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonWords =
        new[] { "project", "projet", "proyecto", "progetto", "projekt", "projekts", "company", "company's", "société", "entreprise", "empresa",
            "unternehmens", "firma", "business", "dog", "dog's", "hund", "hundes", "chien", "perro", "cane", "cat", "cat's", "chat", "katze",
            "gato", "pet", "pet's", "animal", "tier", "tieres", "mascota", "haustier", "horse", "pferd", "pferdes", "cheval",
            // A birthday party's date (생일 파티: …; pii-confirm14, and 生日派对 in -11).
            "party", "파티", "派对", "パーティー", "fête", "fiesta", "feier", "celebration" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every birth keyword has a <c>b</c> at a fixed offset ("date of birth", "birth", "born", "bday", "dob", "d.o.b"; the pattern's
    /// letters have only their ASCII case pairs), so the pattern is tried only where one of them starts, in text order.
    /// </summary>
    private static void AddDatesOfBirthAnchored(string text, MatchSet found)
    {
        var span = text.AsSpan();
        var next = 0;
        var from = 0;
        int b;
        while ((b = span[from..].IndexOfAny('b', 'B')) >= 0)
        {
            b += from;
            from = b + 1;
            if (RegexWindow.HasAt(span, b, "birth") && IsDateOf(span, b - 8))
            {
                next = TryDateOfBirthAt(text, b - 8, next, found);
            }
            if (RegexWindow.HasAt(span, b, "birth") && RegexWindow.HasAt(span, b - 6, "dateof"))
            {
                next = TryDateOfBirthAt(text, b - 6, next, found); // a field named in one word: dateOfBirth, dateofbirth
            }
            if (RegexWindow.HasAt(span, b - 4, "d.o.b"))
            {
                next = TryDateOfBirthAt(text, b - 4, next, found);
            }
            if (RegexWindow.HasAt(span, b - 2, "dob"))
            {
                next = TryDateOfBirthAt(text, b - 2, next, found);
            }
            if (RegexWindow.HasAt(span, b, "birth") || RegexWindow.HasAt(span, b, "born") || RegexWindow.HasAt(span, b, "bday"))
            {
                next = TryDateOfBirthAt(text, b, next, found);
            }
            if (RegexWindow.HasAt(span, b - 1, "(b."))
            {
                next = TryDateOfBirthAt(text, b - 1, next, found);
            }
        }
    }

    /// <summary>
    /// Indonesian and Malay "lahir" (born; <c>tanggal lahir</c>, <c>tarikh lahir</c>: date of birth), Swahili "-zaliwa"
    /// (<c>alizaliwa</c>, he or she was born; <c>tarehe ya kuzaliwa</c>: date of birth) and Filipino "kapanganakan" and
    /// "ipinanganak" (birth, born; rule P17: `pii-confirm18` with `-14` and `-16`), searched on their own and only after
    /// <see cref="BirthKeywords"/> finds nothing: as more of its needles they could slow the search every text with a digit
    /// pays (rule P8 measured that search's needles and their order). Zulu and Xhosa "-zalwa" (<c>wazalwa ngo-1992-11-07</c>,
    /// <c>Ngazalwa</c>: was born; rule P18: `pii-confirm19` with `-15`) likewise.
    /// </summary>
    private static bool NamesBirthInAsciiLanguages(ReadOnlySpan<char> text) => text.IndexOfAny(BirthWordsOfAsciiLanguages) >= 0;

    private static readonly SearchValues<string> BirthWordsOfAsciiLanguages = SearchValues.Create(["lahir", "zaliwa", "zalwa", "anganak"], StringComparison.OrdinalIgnoreCase);

    private static void AddForeignDatesOfBirth(string text, MatchSet found)
    {
        if (text.AsSpan().IndexOfAny(ForeignBirthKeywords) < 0 && !NamesBirthInAsciiLanguages(text))
        {
            return;
        }
        for (var m = ForeignDobPattern.Value.Match(text); m.Success; m = m.NextMatch())
        {
            AcceptDateOfBirth(text, m, found);
        }
    }

    /// <summary>"date of ", "date_of_" or "date-of-" at <paramref name="at"/>: the opening of a date-of-birth keyword or field name.</summary>
    private static bool IsDateOf(ReadOnlySpan<char> span, int at) =>
        RegexWindow.HasAt(span, at, "date") && RegexWindow.HasAt(span, at + 5, "of") && span[at + 4] is ' ' or '_' or '-' && span[at + 7] is ' ' or '_' or '-';

    /// <summary>
    /// The header names of a date-of-birth column, compared case-insensitively after trimming quotes and spaces; also the
    /// labels of <see cref="ForeignDobPattern"/>'s languages (<c>Geburtsdatum</c>, <c>Fecha de nacimiento</c>), each holding one of its pieces.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BirthColumns =
        new[] { "dob", "d.o.b", "d.o.b.", "date of birth", "date_of_birth", "date-of-birth", "dateofbirth", "birth date", "birth_date", "birthdate",
            "birthday", "geburtsdatum", "geburtstag", "fecha de nacimiento", "fecha_nacimiento", "fecha_de_nacimiento", "date de naissance", "date_naissance",
            "data di nascita", "data_nascita", "data urodzenia", "geboortedatum", "data de nascimento", "data_nascimento", "födelsedatum",
            "fødselsdato", "syntymäaika" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tries the pattern at a keyword start not inside an earlier match; returns where the next match may start.</summary>
    private static int TryDateOfBirthAt(string text, int start, int next, MatchSet found)
    {
        if (start < next)
        {
            return next;
        }
        // One character of context before the start for the pattern's leading \b.
        var from = Math.Max(0, start - 1);
        var m = DobPattern.Value.Match(text, from, DateOfBirthReach(text, start) - from);
        if (!m.Success || m.Index != start)
        {
            return next;
        }
        AcceptDateOfBirth(text, m, found);
        return m.Index + m.Length;
    }

    /// <summary>
    /// An end no date-of-birth match starting at <paramref name="start"/> can pass: the keyword (≤ 13 characters) and a format hint (≤ 17), the run
    /// of spaces, question marks, colons, hyphens, equals signs and quotes (plain or percent-encoded) after it, a speaker's
    /// name and colon (≤ 13), the run again, "on the " (≤ 7), a weekday (≤ 11), a day with suffix or in words and "of " (≤ 18), "de "
    /// (≤ 3), a month's letters, and at most 16 characters of day, comma, "de " and year. Only the runs are unbounded, so they are measured in the text.
    /// </summary>
    private static int DateOfBirthReach(ReadOnlySpan<char> text, int start)
    {
        // The keyword and a format hint (" (dd.mm.yyyy)"), then up to four governed words with their spaces (≤ 64, Governed).
        var i = SeparatorsFrom(text, Math.Min(text.Length, start + 13 + 17 + 64), question: true);
        i = SeparatorsFrom(text, Math.Min(text.Length, i + 14), question: false); // a timestamp before the next turn ("(00:23) ")
        i = SeparatorsFrom(text, Math.Min(text.Length, i + 13), question: false); // a speaker's name and colon after a question
        i = SeparatorsFrom(text, Math.Min(text.Length, i + 7), question: false); // an attribute's value= ("bday value=", "birthTime value=\"")
        i = Math.Min(text.Length, i + 7 + 11 + 18 + 3); // "on the ", a weekday ("Wednesday, "), a day ("27th", "twenty-seventh") and " of ", "de "
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return Math.Min(text.Length, i + 16);
    }

    /// <summary>Past the run of separators <see cref="DobPattern"/> allows from <paramref name="i"/>: a percent escape (a quote, colon or equals sign) counts as one.</summary>
    private static int SeparatorsFrom(ReadOnlySpan<char> text, int i, bool question)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '-' or '=' or '"' or '\'' or '|' or '%' or '(' or ']' or '是' or 'は' or '은' or '는' or '「' || (question && text[i] == '?')))
        {
            i += text[i] == '%' ? 3 : 1;
        }
        return i;
    }

    /// <summary>The seconds and year of a log's timestamp (<c>10:02:17.114 2025</c>): a number right after <c>hh:mm:</c>.</summary>
    private static bool PrecededByTimeOfDay(string text, int start) =>
        start >= 6 && text[start - 1] == ':' && text[start - 4] == ':' && char.IsAsciiDigit(text[start - 2]) && char.IsAsciiDigit(text[start - 3])
        && char.IsAsciiDigit(text[start - 5]);

    private static void AddPhones(string text, int from, int to, MatchSet found)
    {
        foreach (var m in PhonePattern.Value.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var end = from + m.Index + m.Length;
            var start = TrunkBeforeSlash(text, from + m.Index, end) is var trunk and >= 0 ? trunk : from + m.Index;
            if (!TextBounds.IsStandaloneNumber(text, start, end) || PrecededByMoney(text, start) || HyphenatedToWord(text, start)
                || IsIdBeforeSecret(text, end) || IsAccessLogStatus(text, start) || PrecededByTimeOfDay(text, start) || IsAfterPercentEscape(text, start))
            {
                continue;
            }
            var candidate = text.AsSpan(start, end - start);
            var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start));
            var national = candidate[0] != '+' && candidate.IndexOf('(') < 0;
            if (PhoneNumber.IsValid(candidate) && !(PhoneNumber.IsLoose(candidate) && FollowedByWord(text, end) && TextBounds.CountDigits(candidate) < 10)
                && !(national && (before.IndexOfAny(NotPhoneKeywords) >= 0 || IdentifierLabels.IsLabelBefore(text, start)
                    || PhoneNumber.IsSsnShaped(candidate) || PhoneNumber.IsYearRange(candidate) || PhoneNumber.IsYearSerial(candidate) || PhoneNumber.IsTimeRange(candidate) || PhoneNumber.IsCardOrDecimalShaped(candidate)
                    || PhoneNumber.IsEmployerIdShaped(candidate) || PhoneNumber.IsTariffOrAccountShaped(candidate) || IsAfterOrganisationNumberLabel(text, start)
                    || ContinuesIbanShape(text, start) || IsMaskedTail(text, start, end) || PhoneNumber.IsIsbnShaped(candidate) || PhoneNumber.IsFrenchSocialSecurityShaped(candidate)
                    || PhoneNumber.IsObjectIdentifier(candidate) || IsIso20022MessageName(text, start)
                    || (PhoneNumber.IsBare(candidate) && before.IndexOfAny(PhoneKeywords) < 0
                        && text.AsSpan(end, Math.Min(12, text.Length - end)).IndexOfAny(PhoneKeywords) < 0))))
            {
                found.TryAdd(new DetectorMatch(start, end - start, "phone", candidate[0] == '+' ? 1.0 : 0.8));
            }
        }
    }

    /// <summary>
    /// <c>0160/3389783</c>, <c>066/302-8514</c>, <c>02/482.88.87</c>: a trunk prefix and area code (a 0 and one to four digits)
    /// before a slash, as German, Austrian, Serbian and Belgian numbers are written; where the subscriber part right after
    /// it (seven digits or more: the number zones scanned for phones hold seven) is a phone candidate, the number starts at
    /// the prefix. Not after a letter, digit, slash, dot or hyphen, nor before another slash (a date). Rule P17:
    /// `pii-confirm18` three times, `-5`, `-8` twice, `-10`; the seven numbers of this shape in the design sets are all phones.
    /// </summary>
    /// <returns>Where the prefix starts, or -1.</returns>
    private static int TrunkBeforeSlash(string text, int start, int end)
    {
        if (start < 3 || text[start - 1] != '/' || (end < text.Length && text[end] == '/') || TextBounds.CountDigits(text.AsSpan(start, end - start)) < 7)
        {
            return -1;
        }
        var prefix = start - 1;
        while (prefix > 0 && char.IsAsciiDigit(text[prefix - 1]) && start - 1 - prefix < 5)
        {
            prefix--;
        }
        var digits = start - 1 - prefix;
        return digits is >= 2 and <= 5 && text[prefix] == '0' && (prefix == 0 || !(char.IsLetterOrDigit(text[prefix - 1]) || text[prefix - 1] is '/' or '.' or '-'))
            ? prefix : -1;
    }

    /// <summary>
    /// A Nordic organisation number's label right before the number (<c>org.nr 918 442 771</c>, <c>Org.nr: 361790-8018</c>; rule
    /// P16: `pii-confirm17`, `-16`). Not "org" alone: an address's domain ends in it (<c>…@fernhill.example.org,808-555-0151</c>).
    /// </summary>
    private static bool IsAfterOrganisationNumberLabel(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" :#");
        return before.EndsWith("org.nr", StringComparison.OrdinalIgnoreCase) && (before.Length == 6 || (!char.IsLetterOrDigit(before[^7]) && before[^7] is not ('.' or '@')));
    }

    /// <summary>
    /// The version part of an ISO 20022 message's name (<c>pain.001.001.03</c>, <c>camt.053.001.02</c> in a namespace or
    /// a file name): the four letters of a business area and a dot before it (rule P11: two blind sets).
    /// </summary>
    private static bool IsIso20022MessageName(string text, int start) =>
        start >= 5 && text[start - 1] == '.' && (start == 5 || !char.IsAsciiLetter(text[start - 6]))
        && Iso20022Areas.Contains(text.AsSpan(start - 5, 4));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Iso20022Areas =
        new[] { "acmt", "admi", "auth", "caaa", "caad", "cain", "camt", "canm", "casp", "casr", "catm", "catp", "colr", "fxtr", "head", "pacs", "pain", "reda", "remt", "seev", "semt", "sese", "setr", "tsin", "tsmt", "tsrv" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Digits that go on from an IBAN's opening, one or two groups of four before them (<c>NL24 BUNQ 0154 9341 92</c>,
    /// <c>DE27 1004 0000 …</c>): the rest of an account number whose checksum failed (a typo or a look-alike), not a phone
    /// number (rule P9: three blind sets). Groups masked by asterisks or bullets count (<c>SK48 **** **** **** 8163 7382</c>:
    /// the visible tail of a masked IBAN; rule P17: `pii-confirm18` nine times, masked IBANs also in `-1`, `-5`, `-12`,
    /// `-13`, `-15`, `-16`), so up to five groups are read back.
    /// </summary>
    private static bool ContinuesIbanShape(string text, int start)
    {
        var i = start;
        for (var groups = 0; groups < 5; groups++)
        {
            if (i < 6 || text[i - 1] != ' ')
            {
                return false;
            }
            var g = i - 1;
            while (g > 0 && (char.IsAsciiLetterOrDigit(text[g - 1]) || IsMaskCharacter(text[g - 1])) && i - 1 - g < 4)
            {
                g--;
            }
            if (i - 1 - g != 4 || (g > 0 && char.IsLetterOrDigit(text[g - 1])))
            {
                return false;
            }
            if (char.IsAsciiLetterUpper(text[g]) && char.IsAsciiLetterUpper(text[g + 1]) && char.IsAsciiDigit(text[g + 2]) && char.IsAsciiDigit(text[g + 3]))
            {
                return true;
            }
            i = g;
        }
        return false;
    }

    private static bool IsMaskCharacter(char c) => c is '*' or '•';

    /// <summary>
    /// <c>Visa ************2416</c>, <c>03-****-*321</c>: the visible digits right after a value's mask, not a number of their
    /// own (rule P17: `pii-confirm18`, `-11`). Two mask characters, or one after a hyphen, and no asterisk right after the
    /// digits: markdown's <c>**555-123-4567**</c> is a phone in bold, and an X12 segment's <c>TE*5551234567</c> a phone
    /// after one separator.
    /// </summary>
    private static bool IsMaskedTail(string text, int start, int end) =>
        start >= 2 && IsMaskCharacter(text[start - 1]) && (IsMaskCharacter(text[start - 2]) || text[start - 2] == '-')
        && (end == text.Length || !IsMaskCharacter(text[end]));

    /// <summary>
    /// "xoxb-2048-1234-abc", "ORD-555-1234": digits hyphenated to a word before them are part of an identifier, not a
    /// phone number. A word hyphenated after them is a label ("07700 063 966-Fax").
    /// </summary>
    private static bool HyphenatedToWord(string text, int start) =>
        start >= 2 && text[start - 1] is '-' or '_' && char.IsLetter(text[start - 2]);

    /// <summary><c>%221956-12-28%22</c>: digits after a percent sign open an escape (<c>%22</c> is a quote), not a number.</summary>
    private static bool IsAfterPercentEscape(string text, int start) => start > 0 && text[start - 1] == '%';

    /// <summary><c>6540806376:AAev…</c>: the id half of an id-and-secret pair (a Telegram bot token), not a phone number.</summary>
    private static bool IsIdBeforeSecret(string text, int end) =>
        end + 1 < text.Length && text[end] == ':' && char.IsAsciiLetter(text[end + 1]);

    /// <summary><c>"GET /orders HTTP/1.1" 200 5123</c>: a web server's status and size after the request line.</summary>
    private static bool IsAccessLogStatus(string text, int start) =>
        start >= 2 && text[start - 1] == ' ' && text[start - 2] == '"' && text.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)).Contains("HTTP/", StringComparison.Ordinal);

    /// <summary>"1234 567 Main Street": a house number and a street number, not a phone number.</summary>
    private static bool FollowedByWord(string text, int end) => end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]);

    /// <summary>
    /// A currency symbol right before the number, or the Indonesian rupiah's <c>Rp</c> (<c>Rp 12.480.000</c>, dots grouping
    /// its thousands; rule P16: `pii-confirm17`, `-15`).
    /// </summary>
    private static bool PrecededByMoney(string text, int start)
    {
        var i = start - 1;
        if (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i >= 0 && (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.CurrencySymbol
            || (i >= 1 && text[i] == 'p' && text[i - 1] == 'R' && (i == 1 || !char.IsLetterOrDigit(text[i - 2]))));
    }

    private static void AcceptNino(string text, int index, int length, MatchSet found)
    {
        if (TextBounds.IsStandalone(text, index, index + length) && UkNino.IsValid(text.AsSpan(index, length)))
        {
            found.TryAdd(new DetectorMatch(index, length, "nino"));
        }
    }

    /// <summary>A NINO opens with two letters, then an optional space, then its first digit; it is at most 13 characters long.</summary>
    private static void AddNinosAnchored(string text, MatchSet found)
    {
        var span = text.AsSpan();
        var next = 0;
        foreach (var run in new DigitRuns(text))
        {
            var start = run >= 1 && span[run - 1] == ' ' ? run - 3 : run - 2;
            if (start < next || start < 0 || !char.IsAsciiLetter(span[start]) || !char.IsAsciiLetter(span[start + 1]))
            {
                continue;
            }
            var length = RegexWindow.MatchLengthAt(NinoPattern, text, start, Math.Min(text.Length, start + 13));
            if (length > 0)
            {
                AcceptNino(text, start, length, found);
                next = start + length;
            }
        }
    }
}
