using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Parsing;

/// <summary>
/// Turns text into tokens with trivia. Total: any string gives a token list ending in end-of-file, every
/// character lands in exactly one token or trivia, and malformed input gives diagnostics, never exceptions.
/// </summary>
public sealed class Lexer
{
    /// <summary>
    /// The longest duration, 100 years. Windows, cooldowns and a test's waits are added to and taken from today's date,
    /// and one near <see cref="TimeSpan.MaxValue"/> (29,000 years) carries it past year 9999: the engine would throw.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(36_500);

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics = [];
    private int _position;

    private Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    public static (ImmutableArray<SyntaxToken> Tokens, ImmutableArray<Diagnostic> Diagnostics) Lex(SourceText source)
    {
        var lexer = new Lexer(source);
        var tokens = lexer.LexAll();
        lexer.ReportHiddenCharacters(tokens);
        return (tokens, [.. lexer._diagnostics]);
    }

    private ImmutableArray<SyntaxToken> LexAll()
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        while (true)
        {
            var token = NextToken();
            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfFile)
            {
                return tokens.ToImmutable();
            }
        }
    }

    private SyntaxToken NextToken()
    {
        var fullStart = _position;
        var leading = ScanTrivia(trailing: false);
        var start = _position;
        var (kind, value) = ScanToken();
        var text = _text[start.._position];
        var trailing = kind == SyntaxKind.EndOfFile ? [] : ScanTrivia(trailing: true);
        return new SyntaxToken(kind, text, fullStart, leading, trailing, value);
    }

    private char Peek(int offset = 0)
    {
        var index = _position + offset;
        return index < _text.Length ? _text[index] : '\0';
    }

    private bool AtEnd(int offset = 0) => _position + offset >= _text.Length;

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    private Location At(int start, int end) => new(_source, TextSpan.FromBounds(start, end));

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v';

    private static bool IsNewline(char c) => SourceCharacters.IsLineEnd(c);

    /// <summary>
    /// The width of a whitespace, bidi control or invisible character at <paramref name="offset"/>, 0 for any other.
    /// Hidden characters lex as whitespace so the parse goes on; <c>ReportHiddenCharacters</c> reports them.
    /// </summary>
    private int SpaceWidth(int offset = 0)
    {
        var index = _position + offset;
        if (index >= _text.Length)
        {
            return 0;
        }
        if (IsWhitespace(_text[index]))
        {
            return 1;
        }
        return SourceCharacters.Classify(_text, index, out var width) is HiddenKind.Bidi or HiddenKind.Invisible ? width : 0;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // ---- trivia ----

    private ImmutableArray<SyntaxTrivia> ScanTrivia(bool trailing)
    {
        var trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        while (!AtEnd())
        {
            var start = _position;
            var c = Peek();
            SyntaxKind kind;
            if (SpaceWidth() > 0)
            {
                while (SpaceWidth() is > 0 and var width)
                {
                    _position += width;
                }
                kind = SyntaxKind.Whitespace;
            }
            else if (IsNewline(c))
            {
                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                trivia.Add(new SyntaxTrivia(SyntaxKind.Newline, _text[start.._position], TextSpan.FromBounds(start, _position)));
                if (trailing)
                {
                    break;
                }
                continue;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (!AtEnd() && !IsNewline(Peek()))
                {
                    _position++;
                }
                kind = SyntaxKind.LineComment;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var close = _text.IndexOf("*/", start + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    _position = _text.Length;
                    Report(DiagnosticCatalog.UnterminatedBlockComment(At(start, start + 2)));
                }
                else
                {
                    _position = close + 2;
                }
                kind = SyntaxKind.BlockComment;
            }
            else
            {
                break;
            }
            trivia.Add(new SyntaxTrivia(kind, _text[start.._position], TextSpan.FromBounds(start, _position)));
        }
        return trivia.ToImmutable();
    }

    // ---- tokens ----

    private (SyntaxKind Kind, object? Value) ScanToken()
    {
        if (AtEnd())
        {
            return (SyntaxKind.EndOfFile, null);
        }
        var c = Peek();
        switch (c)
        {
            case '{': _position++; return (SyntaxKind.OpenBrace, null);
            case '}': _position++; return (SyntaxKind.CloseBrace, null);
            case '(': _position++; return (SyntaxKind.OpenParen, null);
            case ')': _position++; return (SyntaxKind.CloseParen, null);
            case '[': _position++; return (SyntaxKind.OpenBracket, null);
            case ']': _position++; return (SyntaxKind.CloseBracket, null);
            case ',': _position++; return (SyntaxKind.Comma, null);
            case ':': _position++; return (SyntaxKind.Colon, null);
            case '.': _position++; return (SyntaxKind.Dot, null);
            case '?': _position++; return (SyntaxKind.Question, null);
            case '-': _position++; return (SyntaxKind.Minus, null);
            case '=':
                _position++;
                return Peek() == '=' ? Advance(SyntaxKind.EqualsEquals) : (SyntaxKind.Equals, null);
            case '<':
                _position++;
                return Peek() == '=' ? Advance(SyntaxKind.LessEquals) : (SyntaxKind.Less, null);
            case '>':
                _position++;
                return Peek() == '=' ? Advance(SyntaxKind.GreaterEquals) : (SyntaxKind.Greater, null);
            case '!' when Peek(1) == '=':
                _position += 2;
                return (SyntaxKind.BangEquals, null);
            case '"':
                return Peek(1) == '"' && Peek(2) == '"' ? ScanTextBlock() : ScanString();
            case '/':
                return ScanRegex();
        }
        if (char.IsAsciiDigit(c))
        {
            return ScanNumber();
        }
        if (IsIdentifierStart(c))
        {
            var start = _position;
            while (!AtEnd() && IsIdentifierPart(Peek()))
            {
                _position++;
            }
            return (SyntaxFacts.KeywordKind(_text.AsSpan(start, _position - start)), null);
        }
        return ScanBad();
    }

    private (SyntaxKind, object?) Advance(SyntaxKind kind)
    {
        _position++;
        return (kind, null);
    }

    /// <summary>True when the character at <paramref name="offset"/> cannot start any token or trivia.</summary>
    private bool IsBad(int offset)
    {
        var c = Peek(offset);
        return !(SpaceWidth(offset) > 0 || IsNewline(c) || IsIdentifierPart(c) || c is '{' or '}' or '(' or ')' or '[' or ']'
            or ',' or ':' or '.' or '-' or '?' or '=' or '<' or '>' or '"' or '/' || (c == '!' && Peek(offset + 1) == '='));
    }

    private (SyntaxKind, object?) ScanBad()
    {
        var start = _position;
        do
        {
            _position++;
        }
        while (!AtEnd() && IsBad(0));
        Report(DiagnosticCatalog.UnexpectedCharacter(At(start, _position), _text[start.._position]));
        return (SyntaxKind.Bad, null);
    }

    private (SyntaxKind, object?) ScanNumber()
    {
        var start = _position;
        while (char.IsAsciiDigit(Peek()))
        {
            _position++;
        }
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            while (char.IsAsciiDigit(Peek()))
            {
                _position++;
            }
        }
        var digitsEnd = _position;
        var number = double.Parse(_text.AsSpan(start, digitsEnd - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (Peek() == '%')
        {
            _position++;
            // n% is n/100 exactly: the double nearest that value (`33.3e-2` is parsed, and rounded, once), not n / 100
            // in doubles, which may be a step off it (33.3 / 100 is 0.33299999999999996, not 0.333).
            var percent = Encoding.ASCII.GetBytes(string.Concat(_text.AsSpan(start, digitsEnd - start), "e-2"));
            var fraction = double.Parse(percent, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
            ReportInexactNumber(start, percent, fraction, "%");
            return (SyntaxKind.Percent, fraction);
        }
        if (!IsIdentifierStart(Peek()))
        {
            ReportInexactNumber(start, Encoding.ASCII.GetBytes(_text, start, digitsEnd - start), number, "");
            return (SyntaxKind.Number, number);
        }
        var suffixStart = _position;
        while (!AtEnd() && IsIdentifierPart(Peek()))
        {
            _position++;
        }
        var suffix = _text[suffixStart.._position];
        double? milliseconds = suffix switch
        {
            "ms" => 1,
            "s" => 1000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => null,
        };
        if (milliseconds is null)
        {
            Report(DiagnosticCatalog.InvalidNumberSuffix(At(suffixStart, _position), suffix, _text[start.._position]));
            return (SyntaxKind.Number, null);
        }
        var ticks = number * milliseconds.Value * TimeSpan.TicksPerMillisecond;
        if (!(ticks <= MaxDuration.Ticks))
        {
            Report(DiagnosticCatalog.DurationOutOfRange(At(start, _position), _text[start.._position]));
            return (SyntaxKind.Duration, null);
        }
        if (WholeTicks(_text.AsSpan(start, digitsEnd - start), (long)milliseconds.Value * TimeSpan.TicksPerMillisecond) is not { } exact)
        {
            Report(DiagnosticCatalog.DurationFinerThanTicks(At(start, _position), _text[start.._position]));
            return (SyntaxKind.Duration, TimeSpan.FromTicks((long)Math.Round(ticks)));
        }
        return (SyntaxKind.Duration, TimeSpan.FromTicks(exact));
    }

    /// <summary>
    /// A duration's value in ticks of 100 ns, exactly (<paramref name="digits"/> <c>digits[.digits]</c> of a unit of
    /// <paramref name="unit"/> ticks, at most 100 years); null when it is not a whole number of ticks (<c>0.5ns</c> has no
    /// tick to be held in). Beyond 14 decimal places no whole number of ticks of a day or less is written.
    /// </summary>
    private static long? WholeTicks(ReadOnlySpan<char> digits, long unit)
    {
        var point = digits.IndexOf('.');
        var whole = (point < 0 ? digits : digits[..point]).TrimStart('0');
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : digits[(point + 1)..].TrimEnd('0');
        if (fraction.Length > 14)
        {
            return null;
        }
        var scaled = BigInteger.Parse(string.Concat("0", whole, fraction), NumberStyles.None, CultureInfo.InvariantCulture) * unit;
        var quotient = BigInteger.DivRem(scaled, BigInteger.Pow(10, fraction.Length), out var remainder);
        return remainder.IsZero ? (long)quotient : null;
    }

    /// <summary>
    /// Reports a number whose double is not the value written (<c>500.00000000000001</c> is enforced as 500,
    /// <c>9007199254740993</c> as 2^53): by the rule the runtime holds numbers sent to it to (<see cref="ExactNumbers"/>).
    /// <paramref name="value"/> is the value written (a percent's as its fraction, <c>50e-2</c>), <paramref name="number"/> its double.
    /// </summary>
    private void ReportInexactNumber(int start, byte[] value, double number, string unit)
    {
        if (double.IsFinite(number) && ExactNumbers.HoldsAsWritten(value, number))
        {
            return;
        }
        var nearest = !double.IsFinite(number) ? null : unit == "%" ? TimesHundred(PlainDecimal(number)) + unit : PlainDecimal(number);
        Report(DiagnosticCatalog.InexactNumber(At(start, _position), _text[start.._position], nearest));
    }

    /// <summary>A plain decimal (<c>0.333</c>) a hundred times over (<c>33.3</c>), as a percent is written.</summary>
    private static string TimesHundred(string plain)
    {
        var point = plain.IndexOf('.', StringComparison.Ordinal);
        var fraction = (point < 0 ? "" : plain[(point + 1)..]).PadRight(2, '0');
        var whole = string.Concat(point < 0 ? plain : plain[..point], fraction[..2]).TrimStart('0');
        return (whole.Length == 0 ? "0" : whole) + (fraction.Length > 2 ? "." + fraction[2..] : "");
    }

    /// <summary>A finite, nonnegative double's shortest form (<c>"R"</c>) without an exponent, as a policy writes it (<c>1E+29</c> is <c>1</c> and 29 zeros).</summary>
    private static string PlainDecimal(double number)
    {
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }
        var exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = shortest[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var whole = (point < 0 ? mantissa.Length : point) + exponent;
        return whole <= 0 ? "0." + new string('0', -whole) + digits
            : whole >= digits.Length ? digits + new string('0', whole - digits.Length)
            : string.Concat(digits.AsSpan(0, whole), ".", digits.AsSpan(whole));
    }

    private (SyntaxKind, object?) ScanString()
    {
        var start = _position;
        _position++; // opening quote
        var value = new StringBuilder();
        var valid = true;
        while (true)
        {
            if (AtEnd() || IsNewline(Peek()))
            {
                Report(DiagnosticCatalog.UnterminatedString(At(start, start + 1)));
                return (SyntaxKind.String, null);
            }
            var c = Peek();
            if (c == '"')
            {
                _position++;
                return (SyntaxKind.String, valid ? value.ToString() : null);
            }
            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }
            var escapeStart = _position;
            var escaped = Peek(1);
            if (AtEnd(1) || IsNewline(escaped))
            {
                _position++; // the unterminated check above reports the rest
                valid = false;
                continue;
            }
            _position += 2;
            switch (escaped)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (!ScanUnicodeEscape(value))
                    {
                        Report(DiagnosticCatalog.InvalidUnicodeEscape(At(escapeStart, _position), _text[escapeStart.._position]));
                        valid = false;
                    }
                    break;
                default:
                    // a surrogate pair after the backslash stays one escape in the message
                    if (char.IsHighSurrogate(escaped) && char.IsLowSurrogate(Peek()))
                    {
                        _position++;
                    }
                    Report(DiagnosticCatalog.UnknownEscape(At(escapeStart, _position), _text[escapeStart.._position]));
                    valid = false;
                    break;
            }
        }
    }

    /// <summary>Scans <c>{hex}</c> after <c>\u</c>; stops at a quote or the line end so the string can still close.</summary>
    private bool ScanUnicodeEscape(StringBuilder value)
    {
        if (Peek() != '{')
        {
            return false;
        }
        _position++;
        var digitsStart = _position;
        while (char.IsAsciiHexDigit(Peek()))
        {
            _position++;
        }
        var digits = _position - digitsStart;
        if (Peek() != '}')
        {
            return false;
        }
        _position++;
        if (digits is < 1 or > 6)
        {
            return false;
        }
        var scalar = int.Parse(_text.AsSpan(digitsStart, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (!Rune.IsValid(scalar))
        {
            return false;
        }
        value.Append(new Rune(scalar).ToString());
        return true;
    }

    private (SyntaxKind, object?) ScanTextBlock()
    {
        var start = _position;
        var close = _text.IndexOf("\"\"\"", start + 3, StringComparison.Ordinal);
        if (close < 0)
        {
            _position = _text.Length;
            Report(DiagnosticCatalog.UnterminatedTextBlock(At(start, start + 3)));
            return (SyntaxKind.TextBlock, null);
        }
        _position = close + 3;
        var value = TextBlockValue(_text.AsSpan(start + 3, close - start - 3));
        if (value is null)
        {
            Report(DiagnosticCatalog.TextBlockMustStartOnNewLine(At(start, start + 3)));
        }
        return (SyntaxKind.TextBlock, value);
    }

    /// <summary>
    /// The value of a text block's content: the opening line (blank) and the closing fence's line are dropped,
    /// and the closing fence's indentation is removed from every line. Null when the opening line holds text.
    /// </summary>
    internal static string? TextBlockValue(ReadOnlySpan<char> content)
    {
        var lines = SplitLines(content);
        if (lines.Count < 2 || lines[0].Any(c => c is not (' ' or '\t')))
        {
            return null;
        }
        var last = lines[^1];
        var closingLineIsIndentation = last.All(c => c is ' ' or '\t');
        var indentation = closingLineIsIndentation ? last : string.Empty;
        var body = lines.Skip(1).Take(lines.Count - (closingLineIsIndentation ? 2 : 1));
        return string.Join('\n', body.Select(line => StripIndentation(line, indentation)));
    }

    private static string StripIndentation(string line, string indentation)
    {
        var common = 0;
        while (common < indentation.Length && common < line.Length && line[common] == indentation[common])
        {
            common++;
        }
        return line[common..];
    }

    private static List<string> SplitLines(ReadOnlySpan<char> text)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add(text[lineStart..i].ToString());
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        lines.Add(text[lineStart..].ToString());
        return lines;
    }

    private (SyntaxKind, object?) ScanRegex()
    {
        var start = _position;
        _position++; // opening slash
        var pattern = new StringBuilder();
        while (true)
        {
            if (AtEnd() || IsNewline(Peek()))
            {
                Report(DiagnosticCatalog.UnterminatedRegex(At(start, start + 1)));
                return (SyntaxKind.Regex, null);
            }
            var c = Peek();
            if (c == '/')
            {
                _position++;
                break;
            }
            if (c == '\\' && !AtEnd(1) && !IsNewline(Peek(1)))
            {
                if (Peek(1) != '/')
                {
                    pattern.Append('\\');
                }
                pattern.Append(Peek(1));
                _position += 2;
                continue;
            }
            pattern.Append(c);
            _position++;
        }
        var flagsStart = _position;
        var valid = true;
        while (char.IsAsciiLetter(Peek()))
        {
            var flag = Peek();
            var flagSpan = At(_position, _position + 1);
            if (flag is not ('i' or 'm' or 's' or 'x'))
            {
                Report(DiagnosticCatalog.InvalidRegexFlag(flagSpan, flag.ToString()));
                valid = false;
            }
            else if (_text.AsSpan(flagsStart, _position - flagsStart).Contains(flag))
            {
                Report(DiagnosticCatalog.DuplicateRegexFlag(flagSpan, flag.ToString()));
                valid = false;
            }
            _position++;
        }
        return (SyntaxKind.Regex, valid ? new RegexValue(pattern.ToString(), _text[flagsStart.._position]) : null);
    }

    // ---- hidden characters ----

    /// <summary>
    /// Reports each run of unusual line terminators (always an error), and of bidi controls or invisible characters:
    /// an error in code and comments, a warning inside a string, text block or regex, where they may be meant.
    /// A byte order mark at the very start of the file is allowed.
    /// </summary>
    private void ReportHiddenCharacters(ImmutableArray<SyntaxToken> tokens)
    {
        if (!_text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return;
        }
        foreach (var token in tokens)
        {
            var literal = token.Kind is SyntaxKind.String or SyntaxKind.TextBlock or SyntaxKind.Regex;
            ReportHiddenCharacters(token.FullSpan.Start, token.Span.Start, inLiteral: false);
            ReportHiddenCharacters(token.Span.Start, token.Span.End, literal);
            ReportHiddenCharacters(token.Span.End, token.FullSpan.End, inLiteral: false);
        }
    }

    private void ReportHiddenCharacters(int start, int end, bool inLiteral)
    {
        var i = start == 0 && _text.StartsWith('\uFEFF') ? 1 : start;
        while (i < end)
        {
            var kind = SourceCharacters.Classify(_text, i, out var width);
            if (kind == HiddenKind.None)
            {
                i += width;
                continue;
            }
            var runStart = i;
            i += width;
            while (i < end && SourceCharacters.Classify(_text, i, out width) == kind)
            {
                i += width;
            }
            var location = At(runStart, i);
            var character = SourceCharacters.Describe(_text, runStart);
            Report((kind, inLiteral) switch
            {
                (HiddenKind.LineTerminator, _) => DiagnosticCatalog.UnusualLineTerminator(location, character),
                (HiddenKind.Bidi, false) => DiagnosticCatalog.BidiControlOutsideLiteral(location, character),
                (HiddenKind.Bidi, true) => DiagnosticCatalog.BidiControlInLiteral(location, character),
                (_, false) => DiagnosticCatalog.InvisibleCharacterOutsideLiteral(location, character),
                (_, true) => DiagnosticCatalog.InvisibleCharacterInLiteral(location, character),
            });
        }
    }
}
