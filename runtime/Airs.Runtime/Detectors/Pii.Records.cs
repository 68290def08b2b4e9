using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// PII in records whose layout, not a keyword beside the value, says which field holds it: an HL7 v2 patient segment
/// (<c>PID|1||MRN||Name^Given||19991124|F</c>: field 7 the date of birth, 13 the phone, 19 the SSN) and an SQL
/// <c>INSERT</c> whose column list names a date-of-birth column (<c>INSERT INTO t (email, dob) VALUES ('…', '1965-07-23')</c>).
/// </summary>
public static partial class Pii
{
    /// <summary>The kinds an HL7 patient segment gives by position.</summary>
    private const PiiKinds PatientSegmentKinds = PiiKinds.Dob | PiiKinds.Phone | PiiKinds.Ssn;

    private static void AddRecordDatesOfBirth(string text, MatchSet found)
    {
        if (text.Contains("insert", StringComparison.OrdinalIgnoreCase))
        {
            AddInsertDatesOfBirth(text, found);
        }
    }

    /// <summary>
    /// The fields of an HL7 v2 <c>PID</c> segment that hold PII by position (rule P15): 7, the date of birth
    /// (<c>YYYYMMDD</c>, maybe with a time after it); 13, the home phone's first component (digits only); 19, the SSN (a
    /// valid one, nine digits bare or grouped). A segment opens a line or follows a character that is not a letter or a
    /// digit (<c>HL7: PID|1||…</c>, <c>ADT^A08 rejected: PID|…</c>), so <c>XPID|</c> is not one.
    /// </summary>
    private static void AddPatientSegmentFields(string text, PiiKinds numberKinds, MatchSet found)
    {
        for (var at = text.IndexOf("PID|", StringComparison.Ordinal); at >= 0; at = text.IndexOf("PID|", at + 4, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }
            var line = text.AsSpan(at);
            var lineEnd = line.IndexOfAny('\r', '\n');
            line = lineEnd < 0 ? line : line[..lineEnd];
            var field = 0;
            foreach (var range in line.Split('|'))
            {
                var start = at + range.Start.Value;
                var value = line[range];
                switch (field++)
                {
                    case 7 when (numberKinds & PiiKinds.Dob) != 0:
                        var digits = value.Length - value.TrimStart("0123456789").Length;
                        if (digits is 8 or 12 or 14 && IsCompactDate(value[..8]))
                        {
                            found.TryAdd(new DetectorMatch(start, digits, "dob"));
                        }
                        break;
                    case 13 when (numberKinds & PiiKinds.Phone) != 0:
                        var number = value[..(value.IndexOf('^') is var caret and >= 0 ? caret : value.Length)];
                        if (number.Length is >= 7 and <= 15 && !number.ContainsAnyExcept("0123456789"))
                        {
                            found.TryAdd(new DetectorMatch(start, number.Length, "phone"));
                        }
                        break;
                    case 19 when (numberKinds & PiiKinds.Ssn) != 0:
                        if ((value.Length == 9 && !value.ContainsAnyExcept("0123456789") || value.Length == 11 && value[3] == '-' && value[6] == '-') && UsSsn.IsValid(value))
                        {
                            found.TryAdd(new DetectorMatch(start, value.Length, "ssn"));
                        }
                        break;
                }
                if (field > 19)
                {
                    break;
                }
            }
        }
    }

    /// <summary><c>YYYYMMDD</c> with a year from 1900 to 2099, a month and a day that can be.</summary>
    private static bool IsCompactDate(ReadOnlySpan<char> d)
    {
        var (year, month, day) = ((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0'), (d[4] - '0') * 10 + (d[5] - '0'), (d[6] - '0') * 10 + (d[7] - '0'));
        return year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static readonly LazyRegex InsertColumns = new(@"\binsert\s+into\s+[^\s(]{1,128}\s*\((?<columns>[^()]{1,1000})\)\s*values\s*", Options | RegexOptions.IgnoreCase);

    /// <summary>Each row of the <c>VALUES</c> list: the value in the position of the date-of-birth column, when it is a date.</summary>
    private static void AddInsertDatesOfBirth(string text, MatchSet found)
    {
        foreach (Match m in InsertColumns.Value.Matches(text))
        {
            var columns = m.Groups["columns"].ValueSpan;
            var (column, index) = (-1, 0);
            foreach (var range in columns.Split(','))
            {
                if (BirthColumns.Contains(columns[range].Trim().Trim("\"'`[] ")))
                {
                    column = index;
                    break;
                }
                index++;
            }
            if (column < 0)
            {
                continue;
            }
            var i = m.Index + m.Length;
            while (i < text.Length && text[i] == '(')
            {
                i = ReadInsertRow(text, i + 1, column, found);
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                {
                    i++;
                }
            }
        }
    }

    /// <summary>Reads one row's values (quoted with <c>''</c> for a quote, or bare) up to its <c>)</c>; returns the index after it.</summary>
    private static int ReadInsertRow(string text, int i, int column, MatchSet found)
    {
        for (var value = 0; i < text.Length; value++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var quoted = i < text.Length && text[i] == '\'';
            var start = quoted ? i + 1 : i;
            var end = quoted ? QuotedEnd(text, start) : text.IndexOfAny([',', ')'], start) is var stop and >= 0 ? stop : text.Length;
            i = text.IndexOfAny([',', ')'], Math.Min(text.Length, end + (quoted ? 1 : 0))) is var next and >= 0 ? next : text.Length;
            end = quoted ? end : start + text.AsSpan(start, end - start).TrimEnd().Length;
            if (value == column && end - start is > 0 and <= 11 && RegexWindow.MatchLengthAt(DatePattern, text, start, end) == end - start)
            {
                found.TryAdd(new DetectorMatch(start, end - start, "dob"));
            }
            if (i >= text.Length || text[i] == ')')
            {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /// <summary>Where a single-quoted SQL string that opens before <paramref name="start"/> ends (<c>''</c> is a quote inside it).</summary>
    private static int QuotedEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.Length;
    }
}
