using Airs.Compiler.Formatting;
using Airs.Compiler.Parsing;
using Airs.Compiler.Syntax;
using Airs.Compiler.Tests.Parsing;
using Airs.Compiler.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Formatting;

/// <summary>On valid policies with random layout and comments, formatting is idempotent and keeps every token.</summary>
public class FormatterPropertyTests
{
    // Every separator keeps the tokens apart and ends a line comment with a newline.
    private static readonly string[] Separators =
        [" ", " ", " ", "\n", "  \n\n   ", "\t", "\r\n", " /* c */ ", " // note\n", "\n  // own line\n", "\n\n\n"];

    private static readonly Gen<string> ValidPolicies =
        from itemCount in Gen.Choose(1, 8)
        from items in Gen.Elements(ValidItems.PolicyItems).ArrayOf(itemCount)
        let canonical = "policy p {\n" + string.Join("\n", items) + "\n}\n"
        let tokens = Lexer.Lex(new SourceText("p", canonical)).Tokens
        from separators in Gen.Elements(Separators).ArrayOf(tokens.Length)
        select string.Concat(tokens.Select((token, i) => (i == 0 ? string.Empty : separators[i]) + token.Text));

    [Fact]
    public void IdempotentAndTokenPreservingOnValidPolicies() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(ValidPolicies), text =>
        {
            var tree = SyntaxTree.Parse(text);
            Assert.True(tree.Diagnostics.IsEmpty, TestSources.Errors(tree) + "\n" + text);
            var formatted = Formatter.Format(tree)!;
            var reparsed = SyntaxTree.Parse(formatted);
            Assert.True(reparsed.Diagnostics.IsEmpty, TestSources.Errors(reparsed) + "\n" + formatted);
            Assert.Equal(TreeInvariants.Tokens(tree), TreeInvariants.Tokens(reparsed));
            Assert.Equal(formatted, Formatter.Format(reparsed));
            Assert.Equal(
                tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.IsComment).Select(t => t.Text),
                reparsed.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.IsComment).Select(t => t.Text));
        }));
}
