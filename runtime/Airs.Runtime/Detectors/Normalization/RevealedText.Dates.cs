using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Dates of birth written in scripts the plain scan's labels do not cover: a form's label in Cyrillic, Greek, Arabic,
/// Hebrew, Devanagari, Chinese, Japanese or Korean, or in a Latin script with letters outside ASCII (Czech, Turkish,
/// Hungarian, Romanian, Vietnamese), is rewritten as <c>dob</c>; an East Asian date (<c>1981年11月22日</c>, <c>2001년 6월 5일</c>)
/// as an ISO one; a month named in Russian, Ukrainian, Greek, Czech, Turkish, Finnish, Romanian or Hindi after a day
/// (<c>27 ноября 1967</c>, <c>14. července 1961</c>) as the English month. The plain date-of-birth rules then read them.
/// </summary>
internal sealed partial class RevealedText
{
    private static readonly LazyRegex ForeignBirthLabel = new(
        "生年月日|出生日期|出生年月日|생년월일|дата рождения|дата народження|дата на раждане|датум рођења|ημερομηνία γέννησης|تاريخ الميلاد|تاریخ تولد|תאריך לידה"
        // Latin letters reach this step with their marks folded away (Doğum → Dogum), so both spellings are listed.
        + "|जन्म की तारीख|datum narozen[ií]|datum naroden[ií]a|datum ro[dđ]enja|data na[sșş]terii|sz[uü]let[eé]si (?:d[aá]tum|id[oő])"
        // Turkish inflects the label (rule P15): doğum tarihim (my), tarihini (the … as object), tarihiniz (your).
        + "|do[gğ]um tarih(?:i|im|imi|in|ini|iniz|inizi)?\\b|ng[aà]y sinh|\\bf[öo]dd\\b|วันเกิด"
        // Verbs for "was born" before the date: Russian, Ukrainian (Я народився 8 листопада 1955 р.), Spanish (nació el,
        // nací el) and Polish (urodzona, urodził się). Only text with a character outside ASCII reaches this step, so an
        // all-ASCII "urodzona 30 stycznia 1970" stays unread: a needle more in the birth-keyword search would cost every text.
        + "|народи(?:вся|лася|лась)|родил(?:ся|ась)|\\bnac(?:i[oó]|[ií]) el\\b|\\burodzon[aey]\\b|\\burodzi[lł](?:a|em|am)?(?: si[eę])?\\b"
        // Rule P16 (pii-confirm17 with -11 and -15): Greek γεννηθείς/γεννηθείσα and the label abbreviated (ημ/νία γέννησης),
        // Vietnamese "sinh ngày" before a numeric date (its "ngày 26 tháng 8" dates are read whole), Bengali জন্ম তারিখ,
        // and the short forms of the Polish and Czech labels and verbs above (ur., data ur., nar., narozen(a), whose "(a)"
        // an earlier step has read as a bracketed at sign).
        + "|γεννηθε[ίι](?:ς|σα)|ημ/ν[ίι]α γ[έε]ννησης|\\bsinh ng[aà]y [0-9]{1,2}[/.\\-]|জন্ম তারিখ|\\bur\\.|\\bnar\\.|\\bnarozen(?:a|[yý]|@)?"
        // Rule P17: Danish and Norwegian født, born (pii-confirm18, -17).
        + "|\\bf[øo]dt\\b"
        // Rule P18 (pii-confirm19 with earlier sets): Amharic የትውልድ ቀን/ቀኔ/ዘመን (-14, -16), Tamil பிறந்த தேதி/நாள் and
        // பிறந்தது (-14), Greek γεν. and ημ. γέννησης (-17), Serbo-Croatian rođen(a) (-18), and Devanagari जन्म with
        // तारीख or दिनांक, or alone right before the date (-10, -11, -14; जन्मदिन, birthday, is not followed by a date).
        + "|የትውልድ (?:ቀን|ቀኔ|ዘመን)፡?|பிறந்த (?:தேதி|நாள்)|பிறந்தது|\\bγεν\\.|\\bημ\\. γ[έε]ννησης|\\bro(?:đ|dj)en[aoi]?\\b"
        + "|जन्म ?(?:तारीख|दिनांक|तिथि)|जन्म:?"
        // Rule P19: Korean and Chinese "birthday" before a date with its particle or copula (생일은 1958년…, 生日是2008年…;
        // pii-confirm11, -12, -13 — 生日派对在… and 誕生日会は… are a party's date, and no particle lets them through).
        + "|생일|生日",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// "née le", "né le": French for born on, written with its accent, so only in text this view is built for. Rewritten
    /// as a form's label, "date de naissance", which the plain rules read before a French month name as well.
    /// </summary>
    private static readonly LazyRegex FrenchBornOn = new(@"\bn[ée]e? le\b", Options | RegexOptions.IgnoreCase);

    /// <summary>A day, then a word that may be a month's name (<see cref="ForeignMonths"/> decides); Devanagari writes its vowels as marks.</summary>
    private static readonly LazyRegex DayAndWord = new(@"[0-9]{1,2}\.? \p{L}[\p{L}\p{M}]{2,12}", Options);

    /// <summary>
    /// Month names, as a date after its day writes them (the genitive in Slavic languages and Greek, the partitive in
    /// Finnish), without their marks and lower-cased, each to the English month's first three letters.
    /// </summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ForeignMonths = BuildForeignMonths();

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildForeignMonths()
    {
        string[] english = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        string[][] languages =
        [
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
            ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
            ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
            ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
            ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
            ["जनवरी", "फरवरी", "मार्च", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"],
            ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
            // Hebrew writes "in" (ב) onto the month's name after its day: 12 באוגוסט 1998.
            ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
            // Rule P16: Arabic as Egypt and the Gulf name the months (أ and ا both: the hamza is a mark Unmarked drops).
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
            // Rule P18: Croatian (pii-confirm19) and Serbian (-18) genitives (Croatian listopada is October, Polish November:
            // either way a month, and Polish dates are read by the plain rules).
            ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
            ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"],
        ];
        var months = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in languages)
        {
            for (var m = 0; m < 12; m++)
            {
                months.TryAdd(Unmarked(names[m]), english[m]);
            }
        }
        return months.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Lower-cased, its marks dropped (<c>Ağustos</c> → <c>agustos</c>, <c>Μαΐου</c> → <c>μαιου</c>), the dotless i as i.</summary>
    private static string Unmarked(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'ı' ? 'i' : char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>The day kept, the month's name written as the English month's first three letters, mapped to the whole name.</summary>
    private static bool AsEnglishMonth(Mapped src, int start, int end, Mapped dst)
    {
        var space = Array.IndexOf(src.Chars, ' ', start, end - start);
        if (space < 0 || (end < src.Count && (char.IsLetter(src.Chars[end]) || CharUnicodeInfo.GetUnicodeCategory(src.Chars[end]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            || !ForeignMonths.TryGetValue(Unmarked(new string(src.Chars, space + 1, end - space - 1)), out var month))
        {
            return false;
        }
        dst.CopyFrom(src, start, space + 1);
        var (from, to) = (src.Starts[space + 1], src.Ends[end - 1]);
        foreach (var c in month)
        {
            dst.Add(c, from, to);
        }
        return true;
    }

    /// <summary>
    /// A Japanese era date (<c>平成10年7月12日</c>; <c>元年</c> is its first year), as Japanese forms write a date of birth:
    /// rewritten as the ISO date of the Gregorian year.
    /// </summary>
    private static readonly LazyRegex JapaneseEraDate = new("(?:明治|大正|昭和|平成|令和) ?(?:[0-9]{1,2}|元) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日?", Options);

    /// <summary>The year before each era's first (Meiji 1868, Taishō 1912, Shōwa 1926, Heisei 1989, Reiwa 2019).</summary>
    private static int EraBase(char first) => first switch { '明' => 1867, '大' => 1911, '昭' => 1925, '平' => 1988, _ => 2018 };

    private static bool AsGregorianDate(Mapped src, int start, int end, Mapped dst)
    {
        var nen = Array.IndexOf(src.Chars, '年', start, end - start);
        var year = 0;
        for (var i = start + 2; i < nen; i++)
        {
            var c = src.Chars[i];
            year = c == '元' ? 1 : char.IsAsciiDigit(c) ? year * 10 + (c - '0') : year;
        }
        // The Gregorian year's digits stand for the era and its year together.
        var (from, to) = (src.Starts[start], src.Ends[nen - 1]);
        foreach (var c in (EraBase(src.Chars[start]) + year).ToString(CultureInfo.InvariantCulture))
        {
            dst.Add(c, from, to);
        }
        AsIsoDate(src, nen, end, dst);
        dst.Ends[dst.Count - 1] = src.Ends[end - 1]; // the day's mark (日) is redacted with its day
        return true;
    }

    /// <summary>Thai month names, January first (declared before <see cref="ThaiDate"/>: static fields start in order).</summary>
    private static readonly string[] ThaiMonths =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    /// <summary>
    /// A Thai date (<c>11 พฤษภาคม 2506</c>): a day, a Thai month's name, a year of the Buddhist era (543 years ahead of
    /// the Gregorian, <c>พ.ศ.</c> before it or not). Rewritten as <c>11 may 1963</c>.
    /// </summary>
    private static readonly LazyRegex ThaiDate = new(
        "[0-9]{1,2} ?(?:" + string.Join('|', ThaiMonths) + ") ?(?:พ\\. ?ศ\\. ?)?[0-9]{4}", Options);

    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static bool AsGregorianThaiDate(Mapped src, int start, int end, Mapped dst)
    {
        var text = new string(src.Chars, start, end - start);
        var month = Array.FindIndex(ThaiMonths, name => text.Contains(name, StringComparison.Ordinal));
        var dayEnd = start;
        while (char.IsAsciiDigit(src.Chars[dayEnd]))
        {
            dayEnd++;
        }
        var yearStart = end - 4;
        var year = int.Parse(text.AsSpan(text.Length - 4), CultureInfo.InvariantCulture);
        if (month < 0)
        {
            return false;
        }
        dst.CopyFrom(src, start, dayEnd);
        dst.Add(' ', src.Starts[dayEnd - 1], src.Ends[dayEnd - 1]);
        var (from, to) = (src.Starts[dayEnd], src.Ends[yearStart - 1]);
        foreach (var c in EnglishMonths[month])
        {
            dst.Add(c, from, to);
        }
        dst.Add(' ', from, to);
        // A year of the Buddhist era (2443 is 1900); a Gregorian one is kept.
        (from, to) = (src.Starts[yearStart], src.Ends[end - 1]);
        foreach (var c in (year >= 2400 ? year - 543 : year).ToString(CultureInfo.InvariantCulture))
        {
            dst.Add(c, from, to);
        }
        return true;
    }

    /// <summary>
    /// A Hungarian date, year first (<c>1979. február 18.</c>, <c>2003. február 28.</c>; rule P10: two blind sets), rewritten
    /// as <c>18 feb 1979</c>, which the plain rules read after a birth label. The characters are reordered, so each is
    /// mapped to the whole date.
    /// </summary>
    private static readonly LazyRegex HungarianDate = new(@"[0-9]{4}\. ?\p{L}{5,10} [0-9]{1,2}\.?", Options);

    /// <summary>Hungarian month names without their marks, January first.</summary>
    private static readonly string[] HungarianMonths =
        ["januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember", "oktober", "november", "december"];

    private static bool AsDayMonthYear(Mapped src, int start, int end, Mapped dst)
    {
        var date = src.Chars.AsSpan(start, end - start);
        var word = date[5..].TrimStart(' ');
        var wordLength = word.IndexOf(' ');
        var month = Array.IndexOf(HungarianMonths, Unmarked(new string(word[..wordLength])));
        if (month < 0)
        {
            return false;
        }
        var day = word[(wordLength + 1)..].TrimEnd('.');
        return ReplaceWith($"{day} {EnglishMonths[month]} {date[..4]}", src, start, end, dst);
    }

    /// <summary>
    /// A Vietnamese date, "day D month M year Y" (<c>ngày 8 tháng 4 năm 1963</c>, its marks folded away by now), and "born
    /// on" before it (<c>sinh ngày 26 tháng 8 năm 1966</c>): rewritten as an ISO date, after <c> dob </c> for the second
    /// (rule P11: two blind sets). The characters are reordered, so each is mapped to the whole date.
    /// </summary>
    private static readonly LazyRegex VietnameseDate = new(@"(?:\bsinh )?ngay ([0-9]{1,2}) thang ([0-9]{1,2}),? nam ([0-9]{4})", Options | RegexOptions.IgnoreCase);

    private static bool AsVietnameseIsoDate(Mapped src, int start, int end, Mapped dst)
    {
        var m = VietnameseDate.Value.Match(new string(src.Chars, start, end - start));
        if (m.Value.StartsWith("sinh", StringComparison.OrdinalIgnoreCase))
        {
            ReplaceWith(" dob ", src, start, start + 5, dst); // "sinh ": the label keeps its own characters, the date its own
            start += 5;
        }
        return ReplaceWith($"{m.Groups[3].Value}-{m.Groups[2].Value.PadLeft(2, '0')}-{m.Groups[1].Value.PadLeft(2, '0')}", src, start, end, dst);
    }

    private static readonly LazyRegex EastAsianDate = new("[0-9]{4} ?[年년] ?[0-9]{1,2} ?[月월] ?[0-9]{1,2} ?[日일]?", Options);

    /// <summary>
    /// The label as <c> dob</c>, every character mapped to the whole label (the space keeps it a word after a CJK
    /// character); a match that goes on into the date (<c>sinh ngày 24/</c>) keeps the date's characters, and
    /// a date right after the label (<c>narozen(a) 01.04.1956</c>, whose space went with the bracket) is spaced from it.
    /// </summary>
    private static bool AsBirthKeyword(Mapped src, int start, int end, Mapped dst)
    {
        var date = Array.FindIndex(src.Chars, start, end - start, char.IsAsciiDigit);
        var labelEnd = date < 0 ? end : date;
        var spaced = date >= 0 || (end < src.Count && char.IsAsciiDigit(src.Chars[end]));
        ReplaceWith(spaced ? " dob " : " dob", src, start, labelEnd, dst);
        dst.CopyFrom(src, labelEnd, end);
        return true;
    }

    /// <summary>
    /// Hebrew "was born" (<c>נולדתי</c>, <c>נולד/ה</c>), with the "on" written onto a numeric date (<c>ב-26/02/1956</c>;
    /// rule P11: two blind sets). Rewritten as <c> dob </c>: the space keeps the date a word of its own.
    /// </summary>
    private static readonly LazyRegex HebrewBornOn = new("נולד(?:תי|ה|/ה)?(?: ב-?)?", Options);

    private static bool AsHebrewBirthLabel(Mapped src, int start, int end, Mapped dst) => ReplaceWith(" dob ", src, start, end, dst);

    private static bool AsFrenchBirthLabel(Mapped src, int start, int end, Mapped dst) => ReplaceWith("date de naissance", src, start, end, dst);

    /// <summary>Writes <paramref name="replacement"/> in place of the match, each of its characters mapped to the match's whole range.</summary>
    private static bool ReplaceWith(string replacement, Mapped src, int start, int end, Mapped dst)
    {
        var (from, to) = (src.Starts[start], src.Ends[end - 1]);
        foreach (var c in replacement)
        {
            dst.Add(c, from, to);
        }
        return true;
    }

    /// <summary>Year, month and day joined by hyphens; the year, month and day marks become the hyphens (the last is dropped).</summary>
    private static bool AsIsoDate(Mapped src, int start, int end, Mapped dst)
    {
        for (var i = start; i < end; i++)
        {
            var c = src.Chars[i];
            if (char.IsAsciiDigit(c))
            {
                dst.Add(c, src.Starts[i], src.Ends[i]);
            }
            else if (c is '年' or '년' or '月' or '월')
            {
                dst.Add('-', src.Starts[i], src.Ends[i]);
            }
        }
        return true;
    }
}
