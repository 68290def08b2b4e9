using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Tables pasted as text (CSV, TSV, pipes, semicolons, a PostgreSQL <c>COPY … FROM stdin</c> dump) whose header names a
/// column: each later row's cell in that column is read as what the header says, though no keyword stands before it.
/// </summary>
public static partial class Pii
{
    /// <summary>The header names of a US Social Security number column, compared as <see cref="BirthColumns"/> are.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SsnColumns =
        new[] { "ssn", "social security number", "social_security_number", "social security no", "ssn_number", "ss#" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A date-of-birth column's cells: each a whole date (<c>employee_id,name,dob\nE1,Ana,1978-05-08</c>).</summary>
    private static void AddTableDatesOfBirth(string text, MatchSet found)
    {
        foreach (var (start, length) in new ColumnCells(text, BirthColumns, 11))
        {
            if (RegexWindow.MatchLengthAt(DatePattern, text, start, start + length) == length)
            {
                found.TryAdd(new DetectorMatch(start, length, "dob"));
            }
        }
    }

    /// <summary>
    /// An SSN column's cells: nine bare digits there are one, as after an SSN label (<c>id,name,ssn\n7,"Ray, Ann",705744325</c>);
    /// the header may stand too far above for the label rule's 40 characters. Only for text that holds an SSN word.
    /// </summary>
    private static void AddTableSsns(string text, MatchSet found)
    {
        if (text.AsSpan().IndexOfAny(SsnKeywords) < 0)
        {
            return;
        }
        foreach (var (start, length) in new ColumnCells(text, SsnColumns, 11))
        {
            var cell = text.AsSpan(start, length);
            if (length == 9 && !cell.ContainsAnyExceptInRange('0', '9') && UsSsn.IsValid(cell, allowVoided: true))
            {
                found.TryAdd(new DetectorMatch(start, length, "ssn", 0.9));
            }
        }
    }

    /// <summary>The cells (start, length) of the named column in each row after a header that names it, up to a blank line (also <see cref="Secrets"/>' password column).</summary>
    internal ref struct ColumnCells(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names, int maxLength)
    {
        private int _lineStart;
        private int _column = -1;
        private char _separator;

        public (int Start, int Length) Current { get; private set; }

        public readonly ColumnCells GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_lineStart < text.Length)
            {
                var lineStart = _lineStart;
                var lineEnd = text.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                _lineStart = lineEnd + 1;
                var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
                if (_column < 0)
                {
                    (_column, _separator) = HeaderColumn(line, names);
                }
                else if (Field(line, _separator, _column) is { Length: > 0 } cell && cell.Length <= maxLength)
                {
                    Current = (lineStart + cell.Start, cell.Length);
                    return true;
                }
                else if (line.IsEmpty)
                {
                    _column = -1; // a blank line ends the table
                }
            }
            return false;
        }
    }

    /// <summary>The index of a column <paramref name="names"/> holds in a header line, and the line's separator; (-1, '\0') when it is not such a header.</summary>
    private static (int Column, char Separator) HeaderColumn(ReadOnlySpan<char> line, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        // PostgreSQL's dump: COPY t (a, dob, …) FROM stdin; then one tab-separated row a line.
        if (line.StartsWith("COPY ", StringComparison.OrdinalIgnoreCase) && line.IndexOf('(') is > 0 and var open && line.IndexOf(')') is var close && close > open
            && line.EndsWith("FROM stdin;", StringComparison.OrdinalIgnoreCase))
        {
            var (column, _) = HeaderColumn(line[(open + 1)..close], names);
            return column < 0 ? (-1, '\0') : (column, '\t');
        }
        foreach (var separator in ",\t|;")
        {
            if (line.IndexOf(separator) < 0)
            {
                continue;
            }
            var index = 0;
            foreach (var range in line.Split(separator))
            {
                if (names.Contains(line[range].Trim().Trim("\"' ")))
                {
                    return (index, separator);
                }
                index++;
            }
        }
        return (-1, '\0');
    }

    /// <summary>
    /// Where the field at <paramref name="column"/> of a row lies (quotes and spaces trimmed; a separator inside double
    /// quotes, as in <c>"Brennan, Lucía"</c>, does not split), or null when the row has fewer fields.
    /// </summary>
    private static (int Start, int Length)? Field(ReadOnlySpan<char> line, char separator, int column)
    {
        var (index, from, quoted) = (0, 0, false);
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length)
            {
                if (line[i] == '"')
                {
                    quoted = !quoted;
                    continue;
                }
                if (quoted || line[i] != separator)
                {
                    continue;
                }
            }
            if (index++ == column)
            {
                var field = line[from..i];
                var lead = field.Length - field.TrimStart("\"' ").Length;
                return (from + lead, field.Trim("\"' ").Length);
            }
            from = i + 1;
        }
        return null;
    }
}
