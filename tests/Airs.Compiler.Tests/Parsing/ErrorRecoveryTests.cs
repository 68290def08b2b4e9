using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

public class ErrorRecoveryTests
{
    private static string[] Report(string text)
    {
        var tree = SyntaxTree.Parse(text, "p.airs");
        Assert.Equal(text, tree.Root.ToFullString());
        return tree.Diagnostics.Select(d => $"{d.Location.Start} {d.Code} {d.Message}").ToArray();
    }

    [Fact]
    public void SeveralErrorsInOneFileAreAllReportedWithLineAndColumn()
    {
        var text = """
            policy p {
              guard g on input {
                when a == 12 13
                cooldown
              }
              tier @ high
              judge j output {
                timeout 10kb
              }
              tool "t" { args { a: string b: number } }
              review r {
            """;
        Assert.Equal(
        [
            "3:18 AIRS0023 unexpected `13`",
            "4:13 AIRS0024 expected an expression, found `}`",
            "6:8 AIRS0001 unexpected character `@`",
            "7:10 AIRS0020 expected `on`, found `output`",
            "8:15 AIRS0011 invalid suffix `kb` on number `10kb`",
            "10:30 AIRS0020 expected `,`, found `b`",
            "11:13 AIRS0021 expected `}` to close the block of `review r`",
        ], Report(text.Replace("\r\n", "\n")));
    }

    [Fact]
    public void UnknownItemsAreNamed() =>
        Assert.Equal(["2:3 AIRS0022 unknown item `frobnicate`"], Report("policy p {\n  frobnicate 12\n}"));

    [Fact]
    public void MissingTokensAreSynthesisedAndFlagged()
    {
        var tree = SyntaxTree.Parse("policy p { guard g on input { when x ");
        var guard = Assert.IsType<GuardDeclarationSyntax>(Assert.IsType<PolicyDeclarationSyntax>(tree.Root.Members[0]).Body.Items[0]);
        Assert.True(guard.Body.CloseBrace.IsMissing);
        Assert.Equal(0, guard.Body.CloseBrace.Span.Length);
        // one error: the policy's missing `}` is at the same place and is suppressed
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("expected `}` to close the block of `guard g`", error.Message);
    }

    [Fact]
    public void SkippedTokensAreKeptInOneNodeWithOneError()
    {
        var tree = SyntaxTree.Parse("policy p {\n  ) ] = \"x\" 12\n  tier high\n}");
        var body = Assert.IsType<PolicyDeclarationSyntax>(tree.Root.Members[0]).Body;
        var skipped = Assert.IsType<SkippedTokensSyntax>(body.Items[0]);
        Assert.Equal([")", "]", "=", "\"x\"", "12"], skipped.Tokens.Select(t => t.Text));
        Assert.IsType<SettingSyntax>(body.Items[1]);
        Assert.Equal("unexpected `)`", Assert.Single(tree.Diagnostics).Message);
    }

    [Fact]
    public void UnknownItemSkipsToTheNextItemKeyword()
    {
        var tree = SyntaxTree.Parse("policy p { frob x { y z } tier high }");
        var body = Assert.IsType<PolicyDeclarationSyntax>(tree.Root.Members[0]).Body;
        Assert.Equal(6, Assert.IsType<SkippedTokensSyntax>(body.Items[0]).Tokens.Length);
        Assert.Equal("tier", Assert.IsType<SettingSyntax>(body.Items[1]).Keyword.Text);
        Assert.False(body.CloseBrace.IsMissing);
        Assert.Equal("unknown item `frob`", Assert.Single(tree.Diagnostics).Message);
    }

    [Fact]
    public void ExpectedActionAndTrigger()
    {
        Assert.Equal(["1:21 AIRS0026 expected an action (`block`, `flag`, `allow`, `halt`, `escalate`, `redact` or `pace`), found `}`"],
            Report("review r { on expiry }"));
        Assert.Contains(Report("pace { alternate when judges { halt } }"), d => d.Contains("AIRS0027", StringComparison.Ordinal));
    }

    [Fact]
    public void NestingTooDeepIsReportedOnce()
    {
        var text = "policy p { when " + new string('(', 100) + "x" + new string(')', 100) + " tier high }";
        var diagnostics = Report(text);
        Assert.Equal("AIRS0025", Assert.Single(diagnostics).Split(' ')[1]);
        var tree = SyntaxTree.Parse(text);
        var body = Assert.IsType<PolicyDeclarationSyntax>(tree.Root.Members[0]).Body;
        Assert.IsType<SettingSyntax>(body.Items[1]);
    }

    [Fact]
    public void SixtyFourLevelsAreFine()
    {
        var text = "policy p { when " + new string('(', 60) + "x" + new string(')', 60) + " }";
        Assert.Empty(Report(text));
    }
}
