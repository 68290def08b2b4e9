using Airs.Compiler.Diagnostics;
using Airs.Compiler.Parsing;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Tests.Parsing;

public class LexerTests
{
    private static (SyntaxToken[] Tokens, string[] Codes) Lex(string text)
    {
        var (tokens, diagnostics) = Lexer.Lex(new SourceText("t.airs", text));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.ToFullString())));
        return (tokens.ToArray(), diagnostics.Select(d => d.Code).ToArray());
    }

    private static SyntaxToken Single(string text)
    {
        var (tokens, codes) = Lex(text);
        Assert.Empty(codes);
        Assert.Equal(2, tokens.Length);
        return tokens[0];
    }

    [Theory]
    [InlineData("{", SyntaxKind.OpenBrace)]
    [InlineData("}", SyntaxKind.CloseBrace)]
    [InlineData("(", SyntaxKind.OpenParen)]
    [InlineData(")", SyntaxKind.CloseParen)]
    [InlineData("[", SyntaxKind.OpenBracket)]
    [InlineData("]", SyntaxKind.CloseBracket)]
    [InlineData(",", SyntaxKind.Comma)]
    [InlineData(":", SyntaxKind.Colon)]
    [InlineData(".", SyntaxKind.Dot)]
    [InlineData("=", SyntaxKind.Equals)]
    [InlineData("==", SyntaxKind.EqualsEquals)]
    [InlineData("!=", SyntaxKind.BangEquals)]
    [InlineData("<", SyntaxKind.Less)]
    [InlineData("<=", SyntaxKind.LessEquals)]
    [InlineData(">", SyntaxKind.Greater)]
    [InlineData(">=", SyntaxKind.GreaterEquals)]
    [InlineData("and", SyntaxKind.AndKeyword)]
    [InlineData("or", SyntaxKind.OrKeyword)]
    [InlineData("not", SyntaxKind.NotKeyword)]
    [InlineData("true", SyntaxKind.TrueKeyword)]
    [InlineData("false", SyntaxKind.FalseKeyword)]
    [InlineData("matches", SyntaxKind.MatchesKeyword)]
    [InlineData("contains", SyntaxKind.ContainsKeyword)]
    [InlineData("in", SyntaxKind.InKeyword)]
    [InlineData("guard", SyntaxKind.Identifier)]
    [InlineData("_tool_2", SyntaxKind.Identifier)]
    [InlineData("andy", SyntaxKind.Identifier)]
    [InlineData("42", SyntaxKind.Number)]
    [InlineData("\"s\"", SyntaxKind.String)]
    [InlineData("/re/", SyntaxKind.Regex)]
    [InlineData("10%", SyntaxKind.Percent)]
    [InlineData("4h", SyntaxKind.Duration)]
    public void LexesEveryTokenKind(string text, SyntaxKind kind)
    {
        var token = Single(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
    }

    [Fact]
    public void TextBlockIsOneToken() => Assert.Equal(SyntaxKind.TextBlock, Single("\"\"\"\n  a\n  \"\"\"").Kind);

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("0.8", 0.8)]
    [InlineData("1500", 1500.0)]
    public void NumberValues(string text, double value) => Assert.Equal(value, Single(text).Value);

    [Theory]
    [InlineData("10%", 0.1)]
    [InlineData("2.5%", 0.025)]
    [InlineData("100%", 1.0)]
    public void PercentValuesAreFractions(string text, double value) => Assert.Equal(value, (double)Single(text).Value!, 12);

    /// <summary>
    /// A percent is the double nearest its exact value (n/100), as the number `0.333` is, not the quotient of two doubles:
    /// `33.3 / 100` is 0.33299999999999996, one step below 0.333, so `>= 33.3%` held a value below 33.3% as well.
    /// </summary>
    [Theory]
    [InlineData("33.3%", "0.333")]
    [InlineData("0.7%", "0.007")]
    [InlineData("1.1%", "0.011")]
    [InlineData("29.9%", "0.299")]
    [InlineData("57.3%", "0.573")]
    [InlineData("10%", "0.1")]
    public void A_percent_is_the_double_nearest_its_value(string text, string fraction) =>
        Assert.Equal(double.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), (double)Single(text).Value!);

    [Theory]
    [InlineData("1500ms", 1500)]
    [InlineData("2s", 2_000)]
    [InlineData("5m", 300_000)]
    [InlineData("4h", 14_400_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1.5s", 1_500)]
    public void DurationUnits(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Single(text).Value);

    /// <summary>
    /// A duration is held in ticks of 100 ns: one written finer (<c>1.00000001ms</c>, a tenth of a tick) is an error
    /// that says so, not rounded to the nearest tick without a word, as a number a double does not hold is (AIRS0018).
    /// </summary>
    [Theory]
    [InlineData("1.00000001ms")]
    [InlineData("0.00001ms")]
    [InlineData("0.00000005s")]
    [InlineData("0.12345678s")]
    [InlineData("500.00000000000001s")]
    [InlineData("1.0000000000000000000000000000000000001d")]
    [InlineData("0.000000000001d")]
    public void A_duration_finer_than_a_tick_is_an_error(string text)
    {
        var diagnostic = Assert.Single(Lexer.Lex(new SourceText("t.airs", text)).Diagnostics);
        Assert.Equal("AIRS0019", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"`{text}`", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(0, text.Length), diagnostic.Location.Span);
    }

    [Theory]
    [InlineData("0.0001ms", 1)]
    [InlineData("0.0000001s", 1)]
    [InlineData("1.0000001s", 10_000_001)]
    [InlineData("0.1234567s", 1_234_567)]
    [InlineData("0.3s", 3_000_000)]
    [InlineData("1.25h", 45_000_000_000)]
    [InlineData("0.0000000125d", 10_800)]
    [InlineData("00002.50000000000000000000000000000s", 25_000_000)]
    public void A_duration_of_whole_ticks_is_held_exactly(string text, long ticks) => Assert.Equal(TimeSpan.FromTicks(ticks), Single(text).Value);

    [Fact]
    public void NumberFollowedByDotWithoutDigitIsNumberThenDot()
    {
        var (tokens, codes) = Lex("1.x");
        Assert.Empty(codes);
        Assert.Equal([SyntaxKind.Number, SyntaxKind.Dot, SyntaxKind.Identifier, SyntaxKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("10kb", "AIRS0011")]
    [InlineData("4h30m", "AIRS0011")]
    [InlineData("99999999999999999999d", "AIRS0012")]
    public void BadNumberSuffixes(string text, string code)
    {
        var (tokens, codes) = Lex(text);
        Assert.Equal(2, tokens.Length);
        Assert.Null(tokens[0].Value);
        Assert.Equal([code], codes);
    }

    /// <summary>
    /// A number the policy writes must be the number the engine enforces: one whose double rounds it
    /// (<c>max 500.00000000000001</c> enforced as 500, <c>min 0.1000000000000000001</c> as 0.1, a lower bound looser than
    /// written) is an error that names the value a double holds, as the runtime refuses such a number sent to it.
    /// </summary>
    [Theory]
    [InlineData("500.00000000000001", "500")]
    [InlineData("0.1000000000000000001", "0.1")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("50.00000000000000001%", "50%")]
    [InlineData("100000000000000000000000000001", "100000000000000000000000000000")]
    [InlineData("0.0000000000000000000123456789012345678", "0.000000000000000000012345678901234567")]
    public void A_number_its_double_does_not_hold_as_written_is_an_error(string text, string nearest)
    {
        var diagnostic = Assert.Single(Lexer.Lex(new SourceText("t.airs", text)).Diagnostics);
        Assert.Equal("AIRS0018", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"`{text}`", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"`{nearest}`", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(0, text.Length), diagnostic.Location.Span);
    }

    [Fact]
    public void A_number_beyond_the_range_of_a_double_is_an_error()
    {
        var text = "1" + new string('0', 400);
        var diagnostic = Assert.Single(Lexer.Lex(new SourceText("t.airs", text)).Diagnostics);
        Assert.Equal("AIRS0018", diagnostic.Code);
        Assert.Equal($"number `{text[..40]}…` is larger than a double holds", diagnostic.Message);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("5000.50")]
    [InlineData("19.99")]
    [InlineData("9007199254740992")]
    [InlineData("0.30000000000000004")]
    [InlineData("00012.5000000000000000000000000000")]
    [InlineData("12.5%")]
    [InlineData("1.5s")]
    public void A_number_its_double_holds_as_written_is_fine(string text) => Assert.Empty(Lex(text).Codes);

    [Theory]
    [InlineData(@"""a\""b""", "a\"b")]
    [InlineData(@"""a\\b""", "a\\b")]
    [InlineData(@"""\n\r\t""", "\n\r\t")]
    [InlineData(@"""\u{41}\u{1F600}""", "A\U0001F600")]
    [InlineData(@"""""", "")]
    public void StringEscapes(string text, string value) => Assert.Equal(value, Single(text).Value);

    [Theory]
    [InlineData(@"""\q""", "AIRS0003")]
    [InlineData(@"""\u{110000}""", "AIRS0004")]
    [InlineData(@"""\u{D800}""", "AIRS0004")]
    [InlineData(@"""\u{}""", "AIRS0004")]
    [InlineData(@"""\u41""", "AIRS0004")]
    [InlineData(@"""\u{1234567}""", "AIRS0004")]
    public void BadEscapes(string text, string code)
    {
        var (tokens, codes) = Lex(text);
        Assert.Equal(SyntaxKind.String, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Null(tokens[0].Value);
        Assert.Equal([code], codes);
    }

    [Fact]
    public void UnterminatedStringEndsAtTheLineEnd()
    {
        var (tokens, codes) = Lex("\"abc\nnext");
        Assert.Equal(["\"abc", "next", ""], tokens.Select(t => t.Text));
        Assert.Equal(["AIRS0002"], codes);
    }

    [Fact]
    public void TextBlockStripsTheClosingIndentation()
    {
        var token = Single("\"\"\"\n    first {{ x }}\n      second \\n \"raw\"\n\n    \"\"\"");
        Assert.Equal("first {{ x }}\n  second \\n \"raw\"\n", token.Value);
        Assert.Equal("a\nb", Single("\"\"\"\r\na\r\nb\r\n\"\"\"").Value);
    }

    [Fact]
    public void TextBlockErrors()
    {
        Assert.Equal(["AIRS0005"], Lex("\"\"\"\n never closed").Codes);
        Assert.Equal(["AIRS0006"], Lex("\"\"\"text on the fence line\n\"\"\"").Codes);
        var (tokens, _) = Lex("x \"\"\"\n a");
        Assert.Equal(SyntaxKind.TextBlock, tokens[1].Kind);
        Assert.Equal(SyntaxKind.EndOfFile, tokens[2].Kind);
    }

    [Fact]
    public void RegexPatternAndFlags()
    {
        var value = Assert.IsType<RegexValue>(Single(@"/a\/b\d+/imsx").Value);
        Assert.Equal(@"a/b\d+", value.Pattern);
        Assert.Equal("imsx", value.Flags);
        Assert.True(value.IgnoreCase && value.Multiline && value.Singleline && value.IgnorePatternWhitespace);
        Assert.Equal("", Assert.IsType<RegexValue>(Single("/x/").Value).Flags);
    }

    [Theory]
    [InlineData("/abc/n", "AIRS0008")]
    [InlineData("/abc/ii", "AIRS0009")]
    [InlineData("/abc", "AIRS0007")]
    [InlineData("/abc\n/", "AIRS0007")]
    public void RegexErrors(string text, string code) => Assert.Contains(code, Lex(text).Codes);

    [Theory]
    [InlineData("@")]
    [InlineData("#;!")]
    [InlineData("\u0001")]
    [InlineData("\uD800")]
    [InlineData("é")]
    public void BadCharactersFormOneToken(string text)
    {
        var (tokens, codes) = Lex(text + " x");
        Assert.Equal(SyntaxKind.Bad, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Equal(["AIRS0001"], codes);
    }

    [Fact]
    public void TriviaAttachment()
    {
        var (tokens, codes) = Lex("  // lead\n/* b */ a /* c */ // d\n\n  b\r\n");
        Assert.Empty(codes);
        var a = tokens[0];
        Assert.Equal("a", a.Text);
        Assert.Equal([SyntaxKind.Whitespace, SyntaxKind.LineComment, SyntaxKind.Newline, SyntaxKind.BlockComment, SyntaxKind.Whitespace],
            a.LeadingTrivia.Select(t => t.Kind));
        // trailing trivia runs up to and including the first newline
        Assert.Equal([SyntaxKind.Whitespace, SyntaxKind.BlockComment, SyntaxKind.Whitespace, SyntaxKind.LineComment, SyntaxKind.Newline],
            a.TrailingTrivia.Select(t => t.Kind));
        var b = tokens[1];
        Assert.Equal([SyntaxKind.Newline, SyntaxKind.Whitespace], b.LeadingTrivia.Select(t => t.Kind));
        Assert.Equal("\r\n", Assert.Single(b.TrailingTrivia).Text);
        Assert.Equal(new TextSpan(b.FullSpan.Start + 3, 1), b.Span);
        Assert.Equal(SyntaxKind.EndOfFile, tokens[2].Kind);
    }

    [Fact]
    public void UnterminatedBlockCommentRunsToTheEnd()
    {
        var (tokens, codes) = Lex("a /* never closed\n b");
        Assert.Equal(["AIRS0010"], codes);
        Assert.Equal(2, tokens.Length);
        Assert.Equal(SyntaxKind.BlockComment, tokens[0].TrailingTrivia[^1].Kind);
    }
}
