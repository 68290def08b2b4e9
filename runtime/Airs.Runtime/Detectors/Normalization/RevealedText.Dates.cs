using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Dates of birth written in scripts the plain scan's labels do not cover: a form's label in Cyrillic, Greek, Arabic,
/// Hebrew, Devanagari, Chinese, Japanese or Korean, or in a Latin script with letters outside ASCII (Czech, Turkish,
/// Hungarian, Romanian, Vietnamese), is rewritten as <c>dob</c>; an East Asian date (<c>1981年11月22日</c>, <c>2001년 6월 5일</c>)
/// as an ISO one. The plain date-of-birth rules then read them.
/// </summary>
internal sealed partial class RevealedText
{
    private static readonly Regex ForeignBirthLabel = new(
        "生年月日|出生日期|出生年月日|생년월일|дата рождения|дата народження|дата на раждане|датум рођења|ημερομηνία γέννησης|تاريخ الميلاد|תאריך לידה"
        // Latin letters reach this step with their marks folded away (Doğum → Dogum), so both spellings are listed.
        + "|जन्म तिथि|जन्म की तारीख|datum narozen[ií]|datum naroden[ií]a|datum ro[dđ]enja|data na[sșş]terii|sz[uü]let[eé]si (?:d[aá]tum|id[oő])"
        + "|do[gğ]um tarihi|ng[aà]y sinh",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// "née le", "né le": French for born on, written with its accent, so only in text this view is built for. Rewritten
    /// as a form's label, "date de naissance", which the plain rules read before a French month name as well.
    /// </summary>
    private static readonly Regex FrenchBornOn = new(@"\bn[ée]e? le\b", Options | RegexOptions.IgnoreCase);

    private static readonly Regex EastAsianDate = new("[0-9]{4} ?[年년] ?[0-9]{1,2} ?[月월] ?[0-9]{1,2} ?[日일]?", Options);

    /// <summary>The label as <c> dob</c>, every character mapped to the whole label (the space keeps it a word after a CJK character).</summary>
    private static bool AsBirthKeyword(Mapped src, int start, int end, Mapped dst) => ReplaceWith(" dob", src, start, end, dst);

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
