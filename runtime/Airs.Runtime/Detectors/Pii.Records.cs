using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Dates of birth in records whose layout, not a keyword beside the date, says which field holds one: an HL7 v2 patient
/// segment (<c>PID|1||MRN||Name^Given||19991124|F</c>: field 7) and an SQL <c>INSERT</c> whose column list names a
/// date-of-birth column (<c>INSERT INTO t (email, dob) VALUES ('…', '1965-07-23')</c>).
/// </summary>
public static partial class Pii
{
    private static void AddRecordDatesOfBirth(string text, MatchSet found)
    {
        AddPatientSegmentDatesOfBirth(text, found);
        if (text.Contains("insert", StringComparison.OrdinalIgnoreCase))
        {
            AddInsertDatesOfBirth(text, found);
        }
    }

    /// <summary>Field 7 of a <c>PID</c> segment at a line's start: <c>YYYYMMDD</c>, maybe with a time after it.</summary>
    private static void AddPatientSegmentDatesOfBirth(string text, MatchSet found)
    {
        for (var at = text.IndexOf("PID|", StringComparison.Ordinal); at >= 0; at = text.IndexOf("PID|", at + 4, StringComparison.Ordinal))
        {
            if (at > 0 && text[at - 1] is not ('\n' or '\r'))
            {
                continue;
            }
            var line = text.AsSpan(at);
            var lineEnd = line.IndexOfAny('\r', '\n');
            line = lineEnd < 0 ? line : line[..lineEnd];
            var field = 0;
            foreach (var range in line.Split('|'))
            {
                if (field++ != 7)
                {
                    continue;
                }
                var value = line[range];
                var digits = value.Length - value.TrimStart("0123456789").Length;
                if (digits is 8 or 12 or 14 && IsCompactDate(value[..8]))
                {
                    found.TryAdd(new DetectorMatch(at + range.Start.Value, digits, "dob"));
                }
                break;
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
