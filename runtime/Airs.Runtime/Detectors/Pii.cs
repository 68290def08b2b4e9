using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// PII detection with validated formats: e-mail, phone (E.164 and national shapes), payment card (Luhn), IBAN (mod-97),
/// US SSN (valid ranges), IPv4/IPv6, UK National Insurance number and a date of birth next to a birth keyword.
/// Matches never overlap: when shapes collide the stricter format wins (IBAN, card, SSN, IP, NINO, date of birth, then phone).
/// Labels: <c>email</c>, <c>phone</c>, <c>card</c>, <c>iban</c>, <c>ssn</c>, <c>ip</c>, <c>nino</c>, <c>dob</c>.
/// </summary>
public static class Pii
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex EmailPattern = new(
        @"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}", Options);

    private static readonly Regex IbanPattern = new(@"[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]){11,30}", Options);

    private static readonly Regex CardPattern = new(@"[0-9](?:[ \-]?[0-9]){11,18}", Options);

    private static readonly Regex SsnPattern = new(@"[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}", Options);

    private static readonly Regex Ipv4Pattern = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);

    private static readonly Regex Ipv6Pattern = new(
        @"(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?", Options);

    private static readonly Regex NinoPattern = new(@"[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]", Options);

    private static readonly Regex PhonePattern = new(
        @"(?:\+[0-9]{1,3}[ .\-]?)?(?:\(0\)[ .\-]?)?(?:\([0-9]{1,4}\)[ .\-]?)?[0-9]{1,11}(?:[ .\-][0-9]{1,8}){0,6}(?:[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,5})?",
        Options);

    private const string Month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

    private static readonly Regex DobPattern = new(
        @"\b(?:date of birth|birth ?date|d\.o\.b\.?|dob|born(?: on)?|birthday)[\s:\-]*(?:is |was |on )?(?<date>"
        + @"[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        + @"|[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? " + Month + @",? [0-9]{4}"
        + "|" + Month + @" [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4})",
        Options | RegexOptions.IgnoreCase);

    /// <summary>Words that must precede an SSN written as nine bare digits.</summary>
    private static readonly SearchValues<string> SsnKeywords = SearchValues.Create(["ssn", "social security", "ss#", "ss #", "ss no"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after which a grouped number is some other identifier, not a phone number.</summary>
    private static readonly SearchValues<string> NotPhoneKeywords = SearchValues.Create(
        ["license", "licence", "passport", "zip", "postal", "postcode", "serial", "isbn", "tracking"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> BirthKeywords = SearchValues.Create(["birth", "dob", "d.o.b", "born"], StringComparison.OrdinalIgnoreCase);

    public static bool Found(string text, PiiKinds kinds) => !Find(text, kinds).IsEmpty;

    /// <summary>Every match of the requested kinds, sorted by start, never overlapping.</summary>
    public static ImmutableArray<DetectorMatch> Find(string text, PiiKinds kinds)
    {
        if (string.IsNullOrEmpty(text) || (kinds & PiiKinds.All) == 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        var span = text.AsSpan();
        var hasDigit = span.IndexOfAnyInRange('0', '9') >= 0;
        var found = new MatchSet();
        // Higher-priority kinds are scanned even when not requested, so that their text is not reported as a phone.
        var numberKinds = (kinds & PiiKinds.Phone) != 0 ? PiiKinds.All : kinds;
        if ((kinds & PiiKinds.Email) != 0 && span.Contains('@'))
        {
            AddEmails(text, found);
        }
        if (hasDigit)
        {
            if ((numberKinds & PiiKinds.Iban) != 0)
            {
                AddIbans(text, found);
            }
            if ((numberKinds & PiiKinds.Card) != 0)
            {
                AddCards(text, found);
            }
            if ((numberKinds & PiiKinds.Ssn) != 0)
            {
                AddSsns(text, found);
            }
            if ((numberKinds & PiiKinds.Ip) != 0)
            {
                AddIps(text, found);
            }
            if ((numberKinds & PiiKinds.Nino) != 0)
            {
                AddNinos(text, found);
            }
            if ((numberKinds & PiiKinds.Dob) != 0 && span.IndexOfAny(BirthKeywords) >= 0)
            {
                AddDatesOfBirth(text, found);
            }
            if ((kinds & PiiKinds.Phone) != 0)
            {
                AddPhones(text, found);
            }
        }
        if (found.Count == 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        return found.ToImmutable(m => (kinds & KindOf(m.Label)) != 0);
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

    private static void AddEmails(string text, MatchSet found)
    {
        foreach (var m in EmailPattern.EnumerateMatches(text))
        {
            if (m.Index == 0 || !IsEmailChar(text[m.Index - 1]))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "email"));
            }
        }
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static void AddIbans(string text, MatchSet found)
    {
        foreach (var m in IbanPattern.EnumerateMatches(text))
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]))
            {
                continue;
            }
            var length = Iban.LongestValidPrefix(text.AsSpan(m.Index, m.Length));
            if (length > 0 && TextBounds.IsStandalone(text, m.Index, m.Index + length))
            {
                found.TryAdd(new DetectorMatch(m.Index, length, "iban"));
            }
        }
    }

    private static void AddCards(string text, MatchSet found)
    {
        foreach (var m in CardPattern.EnumerateMatches(text))
        {
            var (offset, length) = PaymentCard.LongestValidRun(text.AsSpan(m.Index, m.Length));
            var start = m.Index + offset;
            // After a plus sign the digits are an international phone number.
            var afterPlus = start > 0 && text[start - 1] == '+';
            if (length > 0 && !afterPlus && TextBounds.IsStandaloneNumber(text, start, start + length))
            {
                found.TryAdd(new DetectorMatch(start, length, "card"));
            }
        }
    }

    private static void AddSsns(string text, MatchSet found)
    {
        foreach (var m in SsnPattern.EnumerateMatches(text))
        {
            var candidate = text.AsSpan(m.Index, m.Length);
            if (!TextBounds.IsStandaloneNumber(text, m.Index, m.Index + m.Length) || !UsSsn.IsValid(candidate))
            {
                continue;
            }
            // Nine bare digits are an SSN only when the text says so just before.
            var bare = candidate.IndexOfAny('-', ' ') < 0;
            var before = text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index));
            if (!bare || before.IndexOfAny(SsnKeywords) >= 0)
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "ssn", bare ? 0.9 : 1.0));
            }
        }
    }

    private static void AddIps(string text, MatchSet found)
    {
        // IPv6 first: an embedded IPv4 (::ffff:192.0.2.1) belongs to the IPv6 address.
        if (text.AsSpan().IndexOf(':') >= 0)
        {
            foreach (var m in Ipv6Pattern.EnumerateMatches(text))
            {
                var end = m.Index + m.Length;
                var glued = (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] == ':'))
                    || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == ':'));
                if (!glued && IpAddresses.IsValidV6(text.AsSpan(m.Index, m.Length)))
                {
                    found.TryAdd(new DetectorMatch(m.Index, m.Length, "ip"));
                }
            }
        }
        foreach (var m in Ipv4Pattern.EnumerateMatches(text))
        {
            if (TextBounds.IsStandaloneNumber(text, m.Index, m.Index + m.Length) && IpAddresses.IsValidV4(text.AsSpan(m.Index, m.Length)))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "ip"));
            }
        }
    }

    private static void AddDatesOfBirth(string text, MatchSet found)
    {
        for (var m = DobPattern.Match(text); m.Success; m = m.NextMatch())
        {
            var date = m.Groups["date"];
            if (TextBounds.IsStandaloneNumber(text, date.Index, date.Index + date.Length))
            {
                found.TryAdd(new DetectorMatch(date.Index, date.Length, "dob"));
            }
        }
    }

    private static void AddPhones(string text, MatchSet found)
    {
        foreach (var m in PhonePattern.EnumerateMatches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (!TextBounds.IsStandaloneNumber(text, start, end) || PrecededByMoney(text, start))
            {
                continue;
            }
            var candidate = text.AsSpan(start, end - start);
            var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start));
            if (PhoneNumber.IsValid(candidate) && !(PhoneNumber.IsLoose(candidate) && FollowedByWord(text, end))
                && (candidate[0] == '+' || before.IndexOfAny(NotPhoneKeywords) < 0))
            {
                found.TryAdd(new DetectorMatch(start, end - start, "phone", candidate[0] == '+' ? 1.0 : 0.8));
            }
        }
    }

    /// <summary>"1234 567 Main Street": a house number and a street number, not a phone number.</summary>
    private static bool FollowedByWord(string text, int end) => end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]);

    private static bool PrecededByMoney(string text, int start)
    {
        var i = start - 1;
        if (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i >= 0 && (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.CurrencySymbol);
    }

    private static void AddNinos(string text, MatchSet found)
    {
        foreach (var m in NinoPattern.EnumerateMatches(text))
        {
            if (TextBounds.IsStandalone(text, m.Index, m.Index + m.Length) && UkNino.IsValid(text.AsSpan(m.Index, m.Length)))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "nino"));
            }
        }
    }
}
