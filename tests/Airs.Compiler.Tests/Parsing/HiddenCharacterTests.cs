using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Parsing;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>
/// Trojan source: text must compile the way it reads. Unusual line terminators end a line for the lexer and are
/// refused; bidi controls and invisible characters are errors in code and comments, warnings inside literals.
/// </summary>
public sealed class HiddenCharacterTests
{
    private static readonly string[] LineEnds = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];

    private static Diagnostic[] Lex(string text)
    {
        var (tokens, diagnostics) = Lexer.Lex(new SourceText("t.airs", text));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.ToFullString())));
        return [.. diagnostics];
    }

    private static string Guarded(string separator) => $$"""
        policy p {
          tier low
          // the guard below is on{{separator}}guard no_secrets on input { when input.text contains "secret" block "no" }
        }
        """;

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_guard_after_an_unusual_line_terminator_in_a_comment_is_not_silently_dropped(string separator)
    {
        // Before: the comment ran to the next \n, the guard vanished, and the policy compiled with 0 errors.
        var compilation = Compilation.FromText("p.airs", Guarded(separator));
        var refused = Assert.Single(compilation.Diagnostics, d => d.Code == "AIRS0013");
        Assert.True(refused.IsError);
        Assert.Contains($"U+{(int)separator[0]:X4}", refused.Message);
        var tokens = Lexer.Lex(new SourceText("p.airs", Guarded(separator))).Tokens;
        Assert.Contains(tokens, t => t.Text == "no_secrets");
    }

    [Fact]
    public void The_same_guard_after_a_newline_compiles()
    {
        var compilation = Compilation.FromText("p.airs", Guarded("\n"));
        Assert.False(compilation.HasErrors, string.Join("; ", compilation.Diagnostics));
        Assert.Contains(compilation.Policy!.Guards, g => g.Name == "no_secrets");
    }

    [Theory]
    [InlineData("when input.text \u202E== \"a\"", "AIRS0014", "U+202E (right-to-left override)")]
    [InlineData("// ok \u2066 hidden", "AIRS0014", "U+2066 (left-to-right isolate)")]
    [InlineData("/* \u200F */", "AIRS0014", "U+200F (right-to-left mark)")]
    [InlineData("gu\u200Bard", "AIRS0015", "U+200B (zero width space)")]
    [InlineData("x \uFEFF y", "AIRS0015", "U+FEFF (byte order mark)")]
    [InlineData("// soft\u00ADhyphen", "AIRS0015", "U+00AD (soft hyphen)")]
    [InlineData("a \U000E0041 b", "AIRS0015", "U+E0041")]
    public void Bidi_controls_and_invisible_characters_outside_literals_are_errors(string text, string code, string character)
    {
        var diagnostic = Assert.Single(Lex(text), d => d.Code == code);
        Assert.True(diagnostic.IsError);
        Assert.Contains(character, diagnostic.Message);
        Assert.DoesNotContain(Lex(text), d => d.Code == "AIRS0001");
    }

    [Theory]
    [InlineData("\"abc\u202Edef\"", "AIRS0016")]
    [InlineData("/ab\u2067c/", "AIRS0016")]
    [InlineData("\"a\u200Db\"", "AIRS0017")]
    [InlineData("\"\"\"\n  a\u2060b\n  \"\"\"", "AIRS0017")]
    public void Bidi_controls_and_invisible_characters_inside_literals_are_warnings(string text, string code)
    {
        var diagnostics = Lex(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_run_is_reported_once_and_spans_the_run()
    {
        var text = "x \u200B\u200B\u200B y";
        var diagnostic = Assert.Single(Lex(text));
        Assert.Equal(new TextSpan(2, 3), diagnostic.Location.Span);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_allowed()
    {
        Assert.Empty(Lex("\uFEFFpolicy p { tier low }"));
        Assert.Single(Lex("\uFEFF\uFEFFpolicy p { tier low }"), d => d.Code == "AIRS0015");
    }

    [Theory]
    [InlineData("\"a\u2028b\"")]
    [InlineData("/a\u2029b/")]
    public void An_unusual_line_terminator_ends_a_string_or_regex_too(string text)
    {
        var codes = Lex(text).Select(d => d.Code).ToArray();
        Assert.Contains("AIRS0013", codes);
        Assert.True(codes.Contains("AIRS0002") || codes.Contains("AIRS0007"), string.Join(", ", codes));
    }

    [Fact]
    public void Line_and_column_count_only_the_newlines_an_editor_counts()
    {
        // The LSP and the line map agree: U+2028 is a character on its line, reported where it stands.
        var compilation = Compilation.FromText("p.airs", "policy p {\n  tier low // a\u2028b\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "AIRS0013");
        Assert.Equal(new LinePosition(1, 15), diagnostic.Location.Start);
    }

    private static readonly Gen<string> CommentText =
        Gen.Choose(0x20, 0x2FFF).Select(c => (char)c).Where(c => !SourceCharacters.IsLineEnd(c))
            .ListOf().Select(chars => new string([.. chars]));

    /// <summary>
    /// Whatever the comment holds and whichever line end follows it, the next line's code is lexed as code, and an
    /// unusual line end is an error: no separator can hide a guard.
    /// </summary>
    [Fact]
    public void No_line_end_variant_hides_the_code_after_a_comment() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(Arb.From(CommentText), Arb.From(Gen.Elements(LineEnds)), (comment, lineEnd) =>
            {
                var text = $"tier low // {comment}{lineEnd}guard g on input {{ block }}";
                var (tokens, diagnostics) = Lexer.Lex(new SourceText("t.airs", text));
                var visible = tokens.Where(t => t.Kind != SyntaxKind.EndOfFile).Select(t => t.Text).ToArray();
                Assert.Equal(["tier", "low", "guard", "g", "on", "input", "{", "block", "}"], visible);
                Assert.Equal(lineEnd.Length == 1 && SourceCharacters.IsUnusualLineTerminator(lineEnd[0]),
                    diagnostics.Any(d => d.Code == "AIRS0013" && d.IsError));
            }));
}
