using System.Collections.Immutable;
using System.Globalization;

namespace Airs.Runtime.Detectors;

/// <summary>
/// What every match of a pattern contains: a condition over literal substrings (all of these, any of those), read
/// from the pattern's syntax as RE2's prefilter reads it. A text where the condition fails holds no match, so the
/// pattern need not run there. The condition is sound, not tight: a construct it cannot narrow (a quantifier that may
/// repeat nothing, a wide class, a literal shorter than <see cref="MinLength"/>) adds nothing to it.
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>Shorter literals occur in almost any text: requiring them would cost a stop each and rule out little.</summary>
    public const int MinLength = 3;

    /// <summary>A concatenation's exact strings are multiplied out only up to this many (RE2 uses the same bound).</summary>
    private const int MaxProduct = 16;

    /// <summary>An alternation's exact strings are kept as a set only up to this many.</summary>
    private const int MaxUnion = 256;

    /// <summary>
    /// The condition every match of <paramref name="pattern"/> satisfies (.NET syntax, no options: matching is
    /// ordinal, as in <see cref="Injection"/>'s non-backtracking rules).
    /// </summary>
    /// <exception cref="NotSupportedException">The pattern uses a construct this reader does not know (lookaround, inline options, backreferences).</exception>
    public static LiteralCondition Of(string pattern, int minLength = MinLength) => Read(pattern, minLength).Condition;

    /// <summary>
    /// <see cref="Of"/>, and how long a match can be (<see cref="MatchExtent"/>): from the same reading of the syntax, so
    /// that a construct the reader does not know fails both.
    /// </summary>
    /// <exception cref="NotSupportedException">As <see cref="Of"/>.</exception>
    public static (LiteralCondition Condition, MatchExtent Extent) Read(string pattern, int minLength = MinLength)
    {
        var parser = new Parser(pattern, minLength);
        var info = parser.Alternation();
        if (!parser.AtEnd)
        {
            throw parser.Unsupported("an unbalanced `)`");
        }
        return (info.ToCondition(minLength), info.Extent);
    }

    /// <summary>
    /// What a piece of pattern is known to match: exactly one of a finite set of strings, or some string satisfying
    /// a condition; and how long its matches can be. The exact form is kept as long as it stays small, because concatenation multiplies it into longer,
    /// more telling literals ("instruction" + "s" or ""). A set is never changed once made: each step builds a new one
    /// (a plain <see cref="HashSet{T}"/>: the immutable set's generic code took a cold process a few hundred milliseconds to compile and run).
    /// </summary>
    private readonly record struct Info(HashSet<string>? Exact, LiteralCondition Condition, MatchExtent Extent)
    {
        public static readonly Info Empty = Strings("");

        /// <summary>Any string within the extent: nothing is known of its literals.</summary>
        public static Info Unknown(MatchExtent extent) => new(null, LiteralCondition.Always, extent);

        public static Info Strings(params IEnumerable<string> strings)
        {
            HashSet<string> exact = [.. strings];
            return new(exact, LiteralCondition.Always, MatchExtent.Of(exact));
        }

        public LiteralCondition ToCondition(int minLength) => Exact is null ? Condition : LiteralCondition.AnyOf(Exact, minLength);
    }

    private ref struct Parser(string pattern, int minLength)
    {
        private readonly string _pattern = pattern;
        private readonly int _minLength = minLength;
        private int _at;

        public readonly bool AtEnd => _at >= _pattern.Length;

        private readonly char Peek => _pattern[_at];

        public readonly NotSupportedException Unsupported(string what) =>
            new($"{what} at {_at.ToString(CultureInfo.InvariantCulture)} of the pattern is not read for required literals");

        /// <summary>a|b|…: a match holds one branch's literals.</summary>
        public Info Alternation()
        {
            var info = Concatenation();
            while (!AtEnd && Peek == '|')
            {
                _at++;
                info = Union(info, Concatenation());
            }
            return info;
        }

        /// <summary>
        /// A sequence: adjacent exact pieces are multiplied out while the product stays small; every other piece,
        /// and each exact run once it ends, is required on its own.
        /// </summary>
        private Info Concatenation()
        {
            HashSet<string>? run = [""];
            var required = ImmutableArray.CreateBuilder<LiteralCondition>();
            var extent = MatchExtent.Empty;
            while (!AtEnd && Peek is not '|' and not ')')
            {
                var piece = Quantified();
                extent = MatchExtent.Then(extent, piece.Extent);
                if (piece.Exact is { } exact && (run is null || run.Count * exact.Count <= MaxProduct))
                {
                    run = run is null ? exact : [.. run.SelectMany(head => exact.Select(tail => head + tail))];
                    continue;
                }
                if (run is not null)
                {
                    required.Add(LiteralCondition.AnyOf(run, _minLength));
                }
                run = piece.Exact;
                if (run is null)
                {
                    required.Add(piece.Condition);
                }
            }
            if (required.Count == 0)
            {
                return new Info(run, LiteralCondition.Always, extent);
            }
            if (run is not null)
            {
                required.Add(LiteralCondition.AnyOf(run, _minLength));
            }
            return new Info(null, LiteralCondition.AllOf(required), extent);
        }

        private readonly Info Union(Info a, Info b)
        {
            var extent = MatchExtent.Either(a.Extent, b.Extent);
            return a.Exact is { } x && b.Exact is { } y && x.Count + y.Count <= MaxUnion
                ? new Info([.. x, .. y], LiteralCondition.Always, extent)
                : new Info(null, LiteralCondition.AnyOf([a.ToCondition(_minLength), b.ToCondition(_minLength)]), extent);
        }

        private Info Quantified()
        {
            var info = Atom();
            while (!AtEnd && TryQuantifier(out var min, out var max))
            {
                if (!AtEnd && Peek == '?')
                {
                    _at++; // lazy: the same strings, found in another order
                }
                var extent = MatchExtent.Repeated(info.Extent, max);
                info = (min, max) switch
                {
                    (1, 1) => info,
                    (0, 1) when info.Exact is { } exact => new Info([.. exact, ""], LiteralCondition.Always, extent),
                    (0, _) => Info.Unknown(extent),
                    // At least once: the piece's own condition holds somewhere in the match.
                    _ => new Info(null, info.ToCondition(_minLength), extent),
                };
            }
            return info;
        }

        private bool TryQuantifier(out int min, out int max)
        {
            (min, max) = Peek switch { '*' => (0, int.MaxValue), '+' => (1, int.MaxValue), '?' => (0, 1), _ => (-1, -1) };
            if (min >= 0)
            {
                _at++;
                return true;
            }
            if (Peek != '{')
            {
                return false;
            }
            // {n}, {n,} or {n,m}; anything else is a literal brace.
            var close = _pattern.IndexOf('}', _at);
            var parts = close < 0 ? [] : _pattern[(_at + 1)..close].Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }
            max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1;
            if (max < min)
            {
                return false;
            }
            _at = close + 1;
            return true;
        }

        private Info Atom()
        {
            var c = _pattern[_at++];
            switch (c)
            {
                case '(':
                    if (!AtEnd && Peek == '?')
                    {
                        if (_at + 1 >= _pattern.Length || _pattern[_at + 1] != ':')
                        {
                            throw Unsupported("a `(?` group other than `(?:`");
                        }
                        _at += 2;
                    }
                    var inner = Alternation();
                    if (AtEnd || Peek != ')')
                    {
                        throw Unsupported("an unclosed group");
                    }
                    _at++;
                    return inner;
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Info.Unknown(MatchExtent.AnyChar);
                case '^' or '$':
                    return Info.Empty;
                case '*' or '+' or '?':
                    throw Unsupported("a quantifier with nothing before it");
                default:
                    return Info.Strings(c.ToString());
            }
        }

        private Info Escape()
        {
            if (AtEnd)
            {
                throw Unsupported("a trailing `\\`");
            }
            var c = _pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z':
                    return Info.Empty;
                case 's' or 'W':
                    return Info.Unknown(MatchExtent.GapChar); // white space; neither a word character nor a digit
                case 'd' or 'D' or 'w' or 'S':
                    return Info.Unknown(MatchExtent.AnyChar);
                case 'p' or 'P':
                    SkipCategory();
                    return Info.Unknown(MatchExtent.AnyChar);
                default:
                    return Info.Strings(EscapedChar(c).ToString());
            }
        }

        /// <summary>The character an escape other than a class or an anchor stands for.</summary>
        private char EscapedChar(char c)
        {
            switch (c)
            {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\a';
                case 'x' or 'u':
                    var digits = c == 'x' ? 2 : 4;
                    if (_at + digits > _pattern.Length || !int.TryParse(_pattern.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Unsupported($"a malformed `\\{c}` escape");
                    }
                    _at += digits;
                    return (char)code;
                case var _ when char.IsAsciiLetterOrDigit(c):
                    throw Unsupported($"the escape `\\{c}`");
                default:
                    return c;
            }
        }

        /// <summary>Skips a `\p` escape's `{…}`; returns the category's name.</summary>
        private string SkipCategory()
        {
            var close = AtEnd || Peek != '{' ? -1 : _pattern.IndexOf('}', _at);
            if (close < 0)
            {
                throw Unsupported("a `\\p` escape without `{…}`");
            }
            var name = _pattern[(_at + 1)..close];
            _at = close + 1;
            return name;
        }

        /// <summary>
        /// A class of at most four characters is that many one-character strings; any other class is unknown. A class
        /// matches only gaps (<see cref="MatchExtent"/>) when each member is one, or when it is negated and names every
        /// letter and digit (<c>[^\p{L}\p{N}]</c>).
        /// </summary>
        private Info Class()
        {
            var negated = !AtEnd && Peek == '^';
            _at += negated ? 1 : 0;
            var members = new HashSet<char>();
            var wide = negated;
            var first = true;
            // Not negated: every member so far is a gap. Negated: which of letters and digits the members name.
            var gapMembers = true;
            bool namesLetters = false, namesDigits = false;
            while (true)
            {
                if (AtEnd)
                {
                    throw Unsupported("an unclosed class");
                }
                var c = _pattern[_at++];
                if (c == ']' && !first)
                {
                    break;
                }
                first = false;
                if (c == '[')
                {
                    throw Unsupported("a class subtraction or nested class");
                }
                if (c == '\\')
                {
                    var e = _pattern[_at++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'p' or 'P')
                    {
                        var category = e is 'p' or 'P' ? SkipCategory() : "";
                        gapMembers &= e is 's' or 'W';
                        namesLetters |= e == 'w' || (e == 'p' && category == "L");
                        namesDigits |= e is 'w' or 'd' || (e == 'p' && category is "N" or "Nd");
                        wide = true;
                        continue;
                    }
                    c = e == 'b' ? '\b' : EscapedChar(e);
                }
                if (!AtEnd && Peek == '-' && _at + 1 < _pattern.Length && _pattern[_at + 1] != ']')
                {
                    _at++;
                    var last = _pattern[_at++];
                    if (last == '\\')
                    {
                        last = EscapedChar(_pattern[_at++]);
                    }
                    wide |= last - c >= 4;
                    for (var m = c; !wide && m <= last; m++)
                    {
                        members.Add(m);
                    }
                    for (var m = (int)c; gapMembers && m <= last; m++)
                    {
                        gapMembers = MatchExtent.IsGap((char)m);
                    }
                    continue;
                }
                members.Add(c);
                gapMembers &= MatchExtent.IsGap(c);
            }
            var gapsOnly = negated ? namesLetters && namesDigits : gapMembers;
            return wide || members.Count > 4 ? Info.Unknown(gapsOnly ? MatchExtent.GapChar : MatchExtent.AnyChar) : Info.Strings(members.Select(m => m.ToString()));
        }
    }
}

/// <summary>A condition over which literals a text contains: <see cref="RequiredLiterals"/>' reading of a pattern.</summary>
internal abstract class LiteralCondition
{
    /// <summary>Holds for every text: nothing is required.</summary>
    public static readonly LiteralCondition Always = new AlwaysCondition();

    /// <summary>Every literal this condition can ask about.</summary>
    public abstract IEnumerable<string> Literals { get; }

    /// <summary>
    /// One of the strings occurs. A string too short to tell (<see cref="IsTelling"/>) makes this hold always; a string
    /// containing another of the set adds nothing (wherever it occurs, so does the other).
    /// </summary>
    public static LiteralCondition AnyOf(IReadOnlyCollection<string> strings, int minLength)
    {
        if (strings.Count == 0 || strings.Any(s => !IsTelling(s, minLength)))
        {
            return Always;
        }
        var kept = strings.Where(s => !strings.Any(other => other.Length < s.Length && s.Contains(other, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(s => (LiteralCondition)new Contains(s));
        return AnyOf([.. kept]);
    }

    /// <summary>
    /// Rare enough to rule texts out: <paramref name="minLength"/> characters, two of another script (a CJK word), or
    /// symbols that ordinary prose seldom holds ("=", "|", "{").
    /// </summary>
    private static bool IsTelling(string literal, int minLength) =>
        literal.Length >= minLength || (literal.Length >= 2 && literal.Any(c => c >= '\u0080')) || (literal.Length > 0 && literal.All(RareSymbols.Contains));

    private const string RareSymbols = "=+<>|{}[]#@~^\\_%$&`";

    public static LiteralCondition AnyOf(ImmutableArray<LiteralCondition> parts)
    {
        if (parts.Any(p => p is AlwaysCondition))
        {
            return Always;
        }
        var flat = parts.SelectMany(p => p is Either e ? e.Parts : [p]).ToImmutableArray();
        return flat.Length == 1 ? flat[0] : new Either(flat);
    }

    public static LiteralCondition AllOf(IEnumerable<LiteralCondition> parts)
    {
        var flat = parts.Where(p => p is not AlwaysCondition).SelectMany(p => p is Both b ? b.Parts : [p]).ToImmutableArray();
        return flat.Length switch { 0 => Always, 1 => flat[0], _ => new Both(flat) };
    }

    private sealed class AlwaysCondition : LiteralCondition
    {
        public override IEnumerable<string> Literals => [];


        public override string ToString() => "true";
    }

    internal sealed class Contains(string literal) : LiteralCondition
    {
        public string Literal { get; } = literal;

        public override IEnumerable<string> Literals => [Literal];


        public override string ToString() => $"\"{Literal}\"";
    }

    internal sealed class Either(ImmutableArray<LiteralCondition> parts) : LiteralCondition
    {
        public ImmutableArray<LiteralCondition> Parts { get; } = parts;

        public override IEnumerable<string> Literals => Parts.SelectMany(p => p.Literals);


        public override string ToString() => "(" + string.Join(" | ", Parts) + ")";
    }

    internal sealed class Both(ImmutableArray<LiteralCondition> parts) : LiteralCondition
    {
        public ImmutableArray<LiteralCondition> Parts { get; } = parts;

        public override IEnumerable<string> Literals => Parts.SelectMany(p => p.Literals);


        public override string ToString() => "(" + string.Join(" & ", Parts) + ")";
    }
}
