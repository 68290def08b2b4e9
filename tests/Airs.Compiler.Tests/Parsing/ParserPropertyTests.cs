using Airs.Compiler.Parsing;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>The parser is total: any text parses without an exception and prints back unchanged.</summary>
public class ParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ",", ":", ".", "=", "==", "!=", "!", "<", "<=", ">", ">=", "\"", "\"\"\"", "/", "//", "/*", "*/",
        "\\", "\\u{", "%", "@", "#", ";", " ", "  ", "\n", "\r\n", "\r", "\t", "a", "x.y", "_", "1", "0.5", "10%", "5m", "1500ms", "10kb",
        "and", "or", "not", "in", "true", "matches", "policy", "pack", "guard", "judge", "on", "input", "when", "block", "pace",
        "alternate", "review", "all", "outputs", "tool", "tools", "args", "trip", "within", "per", "maps", "expect", "by", "returns",
        "use", "test", "redact", "with", "\"s\"", "/re/i", "é", "\u0000", "\uD800", "\U0001F600",
        "-", "-5", "- -1", "\u2212", "any", "any d in", "all x in [1]:",
    ];

    private static readonly Gen<string> ArbitraryText =
        Gen.OneOf(
                Gen.Elements(Fragments),
                Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts));

    [Fact]
    public void TotalOnArbitraryText() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(4000),
            Prop.ForAll(Arb.From(ArbitraryText), text => TreeInvariants.ParseAndCheck(text) is not null));

    // A valid policy of every kind of item, smaller than the support bot so 6,500 cases stay fast.
    private static readonly string Seed = "policy seed {\n" + string.Join("\n", ValidItems.PolicyItems.Where((_, i) => i % 2 == 0)) + "\n}\n";

    private static readonly SyntaxToken[] SeedTokens =
        Lexer.Lex(new SourceText("seed", Seed)).Tokens.Where(t => t.Kind != SyntaxKind.EndOfFile).ToArray();

    private static readonly Gen<Mutation> Mutations =
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, SeedTokens.Length - 1)
        from other in Gen.Choose(0, SeedTokens.Length - 1)
        select new Mutation(kind, at, other);

    internal readonly record struct Mutation(int Kind, int At, int Other);

    /// <summary>Deletes, duplicates, swaps or inserts (a copy of another) token, trivia included.</summary>
    private static string Apply(IReadOnlyList<Mutation> mutations)
    {
        var tokens = SeedTokens.Select(t => t.ToFullString()).ToList();
        foreach (var mutation in mutations)
        {
            var at = mutation.At % tokens.Count;
            var other = mutation.Other % tokens.Count;
            switch (mutation.Kind)
            {
                case 0 when tokens.Count > 1:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                case 2:
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                default:
                    tokens.Insert(at, SeedTokens[mutation.Other].ToFullString());
                    break;
            }
        }
        return string.Concat(tokens);
    }

    [Fact]
    public void TotalOnTokenMutationsOfAValidPolicy() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(6500),
            Prop.ForAll(Arb.From(from count in Gen.Choose(1, 5) from list in Mutations.ArrayOf(count) select list),
                mutations => TreeInvariants.ParseAndCheck(Apply(mutations)) is not null));

    [Fact]
    public void MutationsUsuallyProduceDiagnostics()
    {
        Assert.Empty(SyntaxTree.Parse(Seed).Diagnostics);
        // Guards against a vacuous mutation test: most single deletions must break the policy.
        var broken = Enumerable.Range(0, SeedTokens.Length)
            .Count(i => !SyntaxTree.Parse(Apply([new Mutation(0, i, 0)])).Diagnostics.IsEmpty);
        Assert.True(broken > SeedTokens.Length / 3, $"only {broken} of {SeedTokens.Length} deletions were reported");
    }
}
