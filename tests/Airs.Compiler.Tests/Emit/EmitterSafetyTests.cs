using Airs.Compiler.Binding;
using FsCheck;
using FsCheck.Fluent;
using Outcome = Airs.Runtime.Decisions.Outcome;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Policy;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Airs.Compiler.Tests.Emit;

/// <summary>Text from a policy never becomes code: C# syntax in strings, regexes, ids and messages stays inside literals and comments.</summary>
public sealed class EmitterSafetyTests
{
    private const string Exit = "\");System.Environment.Exit(1);//";

    // The file name reaches the guard comments (`file:line`): line breaks, directives, a trojan-source control, a backslash.
    private const string EvilPath = "dir */ x/evil \n#line 1 \"x.cs\"\u2028\u202E*\\ \r\n#error\u2066 .airs";

    // Every kind of policy text that reaches the generated source carries C# syntax: quotes, backslashes,
    // comment ends, preprocessor lines, braces, newlines, \u escapes, raw-string fences and a statement.
    private const string Policy = """"
        policy evil {
          version "1.0\"; System.Environment.Exit(1); //"
          tier high
          owner "*/ #line 1 \"x.cs\"\n#pragma warning disable\n"
          tool "a\");System.Environment.Exit(1);//" {
            args { n?: number min 0 max 1000, s?: string pattern /"\);System/ one of "\");System.Environment.Exit(1);//" sensitive }
            writes
          }
          tool "orders.lookup" { args { q: string } }
          tools ["a\");System.Environment.Exit(1);//", "orders.lookup"]

          model "judge"

          judge trojan on output {
            model "judge"
            timeout 1s
            prompt """
              Is it fine? \"); System.Environment.Exit(5); // */ #line 1 {{ output.text }} \u{202E}
              \"\"\" {x} $\"{y}\"
              """
            on fail block "\u{202E}\"); Exit(6); //\u{2066}"
          }

          guard quote_exit on input {
            id "\");System.Environment.Exit(1);//"
            when input.text == "\");System.Environment.Exit(1);//" or input.text contains "*/ { } \\ \u{22}\u{22}\u{22} \u{2028}"
            block "\n#line 1 \"evil.cs\"\n#pragma warning disable\n}}} class X { static void Main() {} }"
          }

          guard regex_payload on input {
            id "GR-2 */ /* \u{2028} System.Environment.Exit(2); \u{85} \u{202E}evil\u{2069}"
            when input.text matches /"\);System\.Environment\.Exit\(1\);\/\/|\*\/|#line|\{\}|\\u0022/i
            flag "\"\"\" raw \"\"\" {x} $\"{y}\" \\u0022"
          }

          guard redact_payload on output {
            when pii.found(output.text, [email])
            redact pii.spans(output.text, [email]) with "\\u0022); Exit(3); //"
          }

          guard tool_payload on tool_call {
            when tool.name in ["a\");System.Environment.Exit(1);//", "#pragma", "*/"]
            escalate rev
          }

          review rev { sla 1h  on expiry block "\"); Exit(4); //" }
        }
        """";

    private static readonly string[] Payloads = ["Exit", "#line", "#pragma", "#error", "*/", "class X", "Main", "\\u0022", "\"\"\""];

    [Fact]
    public void Hostile_policy_text_compiles_and_decides_like_the_interpreter()
    {
        var policy = EmitTestSupport.Compile(EvilPath, Policy);
        var result = PolicyEmitter.Emit(policy);
        Assert.True(result.Success && result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics) + "\n" + result.Source);

        using var loaded = LoadedEvaluators.Load(result);
        var compiled = loaded.Create(result.TypeName);
        RequestContext[] contexts =
        [
            new() { InputText = Exit },
            new() { InputText = "*/ { } \\ \"\"\" \u2028" },
            new() { InputText = "look: #LINE and {} and \\u0022" },
            new() { OutputText = "write to jane.doe@example.com" },
            new() { ToolName = "a" + Exit },
            new() { ToolName = "orders.lookup" },
            new() { ToolName = "*/" },
        ];
        foreach (var context in contexts)
        {
            foreach (var stage in Stages.All)
            {
                Assert.Equal(
                    EmitTestSupport.Canonical(Interpreter.Evaluate(policy, stage, context, EvaluationOptions.Default)),
                    EmitTestSupport.Canonical(compiled.Evaluate(stage, context, EvaluationOptions.Default)));
            }
        }
        var blocked = compiled.Evaluate(Stage.Input, contexts[0], EvaluationOptions.Default);
        Assert.Equal(Outcome.Block, blocked.Outcome);
        Assert.Equal("\n#line 1 \"evil.cs\"\n#pragma warning disable\n}}} class X { static void Main() {} }", blocked.Message);
        Assert.Equal("\\u0022); Exit(3); //", compiled.Evaluate(Stage.Output, contexts[3], EvaluationOptions.Default).Redactions.Single().Replacement);
        var toolCall = compiled.Evaluate(Stage.ToolCall, contexts[4], EvaluationOptions.Default);
        Assert.True(Outcome.Escalate == toolCall.Outcome, EmitTestSupport.Canonical(toolCall));
    }

    [Fact]
    public void Hostile_policy_text_appears_only_inside_string_literals_and_line_comments()
    {
        var source = PolicyEmitter.Generate(EmitTestSupport.Compile(EvilPath, Policy));
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();

        Assert.Empty(root.GetDiagnostics());
        // Printable ASCII and `\n` only: no line break, bidi control or look-alike that policy text brought in.
        Assert.All(source, c => Assert.True(c is '\n' or (>= ' ' and <= '~'), $"U+{(int)c:X4} in the generated source"));
        // The judge's prompt and on-fail message are run-time data of the bundle manifest, not of the code.
        Assert.DoesNotContain("Is it fine?", source, StringComparison.Ordinal);
        // No directive but the emitter's own two, no block comment: only `//` comments, none spanning lines.
        var trivia = root.DescendantTrivia().ToList();
        Assert.Equal(["#nullable enable", "#pragma warning disable CS1718"], trivia.Where(t => t.IsDirective).Select(t => t.ToString().Trim()));
        Assert.DoesNotContain(trivia, t => t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.DisabledTextTrivia));
        Assert.All(trivia.Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)), t => Assert.Matches("^//[ -~]*$", t.ToString()));

        var literals = new List<string>();
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken))
            {
                // A plain "…" literal (no raw, verbatim or interpolated form whose content could be code).
                Assert.StartsWith("\"", token.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("\"\"\"", token.Text, StringComparison.Ordinal);
                literals.Add(token.ValueText);
                continue;
            }
            Assert.DoesNotContain(token.Kind(), new[] { SyntaxKind.InterpolatedStringStartToken, SyntaxKind.InterpolatedStringTextToken, SyntaxKind.InterpolatedRawStringEndToken });
            foreach (var payload in Payloads)
            {
                Assert.DoesNotContain(payload, token.Text, StringComparison.Ordinal);
            }
        }
        // The payloads did reach the code, as data: each policy string is the exact value of some literal.
        Assert.Contains(Exit, literals);
        Assert.Contains("\n#line 1 \"evil.cs\"\n#pragma warning disable\n}}} class X { static void Main() {} }", literals);
        Assert.Contains("\"\"\" raw \"\"\" {x} $\"{y}\" \\u0022", literals);
        Assert.Contains("GR-2 */ /* \u2028 System.Environment.Exit(2); \u0085 \u202Eevil\u2069", literals);
        // The guard comments name the file (reduced to printable ASCII) and line, each on one line of its own.
        Assert.Contains("// guard quote_exit on input, id \");System.Environment.Exit(1);//, enforce (evil ?#line 1 \"x.cs\"??*\\ ??#error? .airs:24)", source.Split('\n').Select(l => l.Trim()));
        Assert.Contains("\"\\);System\\.Environment\\.Exit\\(1\\);//|\\*/|#line|\\{\\}|\\\\u0022", literals);
        // Exactly the members the emitter writes: no class, method or statement came from the policy.
        Assert.Single(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>());
        Assert.Equal(1 + 6 + 4, root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Count());
    }

    // Pieces of C# syntax and of every character class the escapers treat specially, glued at random.
    private static readonly string[] Hostile =
    [
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "#line 1 \"x.cs\"", "#error", "{", "}", "{{", "$\"{x}\"", "\\u0022", "\\u{22}",
        "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\0", "\u202E", "\u2066", "\u2069", "\u200B", "\uFEFF",
        "\uD83D\uDE00", "\uD800", "\uDFFF", "é", "Ω", "); System.Environment.Exit(1); //", "@\"", "'", "`", " ",
    ];

    [Fact]
    public void Random_hostile_text_in_every_string_slot_compiles_and_comes_back_unchanged()
    {
        var random = new Random(1623);
        string Text() => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(3) == 0 ? "a" : Hostile[random.Next(Hostile.Length)]));
        var texts = Enumerable.Range(0, 60).Select(_ => Text()).ToList();
        var policies = texts.Select(text =>
        {
            var spec = new PolicySpec(text, text, Tier.High, text, [], [], [], [],
                [new ToolSpec(text, [new ToolArgSpec(text, ArgType.String)], Writes: false)], [], [text], []);
            var input = new ExprIR.Field(ContextField.InputText);
            GuardIR[] guards =
            [
                new(text, text, Stage.Input, ControlMode.Enforce, new ExprIR.Compare(BinaryOperator.Equal, input, new ExprIR.StringLiteral(text)),
                    new ActionIR.Block(text), [], 1) { SourceFile = text },
                new(text, "re" + text, Stage.Input, ControlMode.Detect, new ExprIR.Matches(input, new ExprIR.RegexLiteral(System.Text.RegularExpressions.Regex.Escape(text), "")),
                    new ActionIR.Flag(text), [], 2) { SourceFile = text },
            ];
            return new PolicyIR(spec, [.. guards], []);
        }).ToList();

        var result = PolicyEmitter.Emit(policies, "Airs.HostileText");

        Assert.True(result.Success && result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        Assert.All(result.Source, c => Assert.True(c is '\n' or (>= ' ' and <= '~'), $"U+{(int)c:X4} in the generated source"));
        using var loaded = LoadedEvaluators.Load(result);
        for (var i = 0; i < texts.Count; i++)
        {
            var context = new RequestContext { InputText = texts[i] };
            var evaluation = loaded.Create(result.TypeNames[i]).Evaluate(Stage.Input, context, EvaluationOptions.Default);
            Assert.Equal(Outcome.Block, evaluation.Outcome);
            Assert.Equal(texts[i], evaluation.Message);
            Assert.Equal([texts[i], "re" + texts[i]], evaluation.Findings.Select(f => f.ControlId));
            Assert.Equal(
                EmitTestSupport.Canonical(Interpreter.Evaluate(policies[i], Stage.Input, context, EvaluationOptions.Default)),
                EmitTestSupport.Canonical(evaluation));
        }
    }

    [Fact]
    public void Any_string_becomes_a_literal_with_exactly_that_value()
    {
        Prop.ForAll<string>(value =>
        {
            value ??= "";
            var literal = CSharpCode.Literal(value).ToString();
            var tokens = SyntaxFactory.ParseTokens(literal).ToList();
            return tokens.Count == 2 && tokens[0].IsKind(SyntaxKind.StringLiteralToken) && tokens[0].ValueText == value
                && !tokens[0].ContainsDiagnostics && tokens[1].IsKind(SyntaxKind.EndOfFileToken)
                && literal.All(c => c is >= ' ' and <= '~');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Identifiers_and_comments_keep_only_safe_characters()
    {
        Prop.ForAll<string>(value =>
        {
            value ??= "";
            var identifier = CSharpCode.Identifier("Guard_001", value).ToString();
            var comment = new CodeWriter().Comment($"{value} and {value}").ToString().TrimEnd('\n');
            var commentTokens = SyntaxFactory.ParseLeadingTrivia(comment + "\nx");
            return SyntaxFacts.IsValidIdentifier(identifier) && identifier.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
                && commentTokens.Count(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)) == 1
                && commentTokens.First().ToString() == comment;
        }).QuickCheckThrowOnFailure();
    }
}
