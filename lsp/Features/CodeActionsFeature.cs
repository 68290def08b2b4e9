using System.Text.RegularExpressions;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using CompilerDiagnostic = Airs.Compiler.Diagnostics.Diagnostic;
using SymbolKind = Airs.Compiler.Binding.SymbolKind;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Quick fixes for the compiler's diagnostics in the requested range: AIRS0129 adds `tier medium`, AIRS0117 declares
/// the missing model, AIRS0114 inserts the missing `when`/action/prompt/model/expect/trip template, and unknown
/// names (fields, enum members, functions, stages, declared names) get "did you mean" replacements by edit distance;
/// a diagnostic that carries its own suggestions (an unknown item: the items of its block) offers those.
/// </summary>
internal static partial class CodeActionsFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]) });
        server.Handlers.OnRequest<CodeActionParams, CodeAction[]?>("textDocument/codeAction", async (p, cancellationToken) =>
        {
            var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                return null;
            }
            if (p.Context.Only is { } only && !only.Any(k => CodeActionKind.QuickFix.StartsWith(k, StringComparison.Ordinal)))
            {
                return [];
            }
            var span = analysis.Document.Lines.GetSpan(p.Range);
            var actions = new List<CodeAction>();
            foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Location.Span.Start <= span.End && span.Start <= d.Location.Span.End))
            {
                var converted = server.Diagnostics.Convert(diagnostic, analysis.Document.Lines, analysis.Document.Uri);
                foreach (var (title, edit, preferred) in Fixes(analysis, diagnostic))
                {
                    var changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [analysis.Document.Uri] = [edit] };
                    actions.Add(new CodeAction(title, CodeActionKind.QuickFix, [converted], preferred ? true : null, new WorkspaceEdit(changes)));
                }
            }
            return [.. actions];
        });
    }

    internal static IEnumerable<(string Title, TextEdit Edit, bool Preferred)> Fixes(CompiledAnalysis analysis, CompilerDiagnostic diagnostic)
    {
        var text = analysis.Document.Text;
        var span = diagnostic.Location.Span;
        var written = text.Substring(span.Start, span.Length);
        var policy = analysis.Root.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault();
        switch (diagnostic.Code)
        {
            case "AIRS0129" when policy is not null:
                yield return ("Add `tier medium`", InsertPolicySetting(analysis, policy, "tier medium"), true);
                yield break;
            case "AIRS0117" when policy is not null && written.Length >= 2 && written[0] == '"':
                yield return ($"Declare model {written} in the policy", InsertPolicySetting(analysis, policy, $"model {written}"), true);
                yield break;
            case "AIRS0114" when Declared(analysis, span) is { } declaration && Template(diagnostic.Message, declaration) is { } template:
                yield return ($"Add `{template.Split('\n')[0]}`", InsertItem(analysis, declaration, template), true);
                yield break;
        }
        // The compiler's own suggestions (AIRS0022: the items of the block); the table below covers the
        // diagnostics that do not carry any yet.
        var candidates = diagnostic.Code switch
        {
            "AIRS0103" or "AIRS0102" => ContextSchema.Fields.Where(f => f.Type != FieldType.ToolArgs).Select(f => f.Path),
            "AIRS0133" or "AIRS0142" => Backticked().Matches(diagnostic.Help ?? diagnostic.Message).Select(m => m.Groups[1].Value),
            "AIRS0109" => Builtins.Names,
            "AIRS0113" => Stages.All.Select(s => s.ToKeyword()),
            "AIRS0118" => Names(analysis, SymbolKind.Review),
            "AIRS0119" => Names(analysis, SymbolKind.Agent),
            "AIRS0122" => Names(analysis, SymbolKind.Breaker),
            "AIRS0123" => Names(analysis, SymbolKind.Judge),
            "AIRS0143" => Names(analysis, SymbolKind.Guard, SymbolKind.Judge),
            _ => null,
        };
        var suggestions = !diagnostic.Suggestions.IsEmpty ? diagnostic.Suggestions
            : candidates is null ? [] : EditDistance.Suggest(written, candidates);
        var first = true;
        foreach (var suggestion in suggestions)
        {
            yield return ($"Did you mean `{suggestion}`?", new TextEdit(analysis.Document.Lines.GetRange(span), suggestion), first);
            first = false;
        }
    }

    private static IEnumerable<string> Names(CompiledAnalysis analysis, params SymbolKind[] kinds) =>
        analysis.Model.Symbols.Where(s => kinds.Contains(s.Kind)).Select(s => s.Name);

    /// <summary>The declaration whose name the diagnostic is reported at.</summary>
    private static DeclarationSyntax? Declared(CompiledAnalysis analysis, TextSpan span) =>
        analysis.Root.Root.DescendantNodesAndSelf().OfType<DeclarationSyntax>().FirstOrDefault(d => d switch
        {
            GuardDeclarationSyntax g => g.Name.Span == span,
            JudgeDeclarationSyntax j => j.Name.Span == span,
            BreakerDeclarationSyntax b => b.Name.Span == span,
            TestDeclarationSyntax t => t.Name.Span == span,
            _ => false,
        });

    /// <summary>The item an AIRS0114 asks for, written as a starting point to edit.</summary>
    private static string? Template(string message, DeclarationSyntax declaration)
    {
        var field = SyntaxQueries.StageOf(declaration) switch
        {
            Stage.Output => "output.text",
            Stage.ToolCall => "tool.name",
            Stage.ToolResult => "tool.result",
            Stage.Retrieval => "retrieval.text",
            Stage.AgentMessage => "message.text",
            _ => "input.text",
        };
        return message switch
        {
            _ when message.Contains("`when`", StringComparison.Ordinal) => $"when {field} contains \"TODO\"",
            _ when message.Contains("an action", StringComparison.Ordinal) => "block \"TODO\"",
            _ when message.Contains("`prompt`", StringComparison.Ordinal) => $"prompt \"Is this answer safe? {{{{ {field} }}}}\"",
            _ when message.Contains("`model`", StringComparison.Ordinal) => "model \"judge\"",
            _ when message.Contains("`expect`", StringComparison.Ordinal) => "expect allow",
            _ when message.Contains("`trip when", StringComparison.Ordinal) => "trip when blocked >= 10 within 5m",
            _ => null,
        };
    }

    /// <summary>A new line holding <paramref name="item"/> just before the declaration's closing brace.</summary>
    private static TextEdit InsertItem(CompiledAnalysis analysis, DeclarationSyntax declaration, string item)
    {
        var text = analysis.Document.Text;
        var lines = analysis.Document.Lines;
        var indent = IndentationAt(text, declaration.Span.Start);
        var close = declaration.Body.CloseBrace;
        var at = close.IsMissing ? declaration.Body.FullSpan.End : close.Span.Start;
        var lineStart = at - lines.GetPosition(at).Character;
        var position = lines.GetPosition(at);
        if (string.IsNullOrWhiteSpace(text[lineStart..at]))
        {
            var start = new Position(position.Line, 0);
            return new TextEdit(new Protocol.Range(start, start), $"{indent}  {item}\n");
        }
        return new TextEdit(new Protocol.Range(position, position), $"\n{indent}  {item}\n{indent}");
    }

    /// <summary>A new policy-level line after the last of its leading settings (or after its opening brace).</summary>
    private static TextEdit InsertPolicySetting(CompiledAnalysis analysis, PolicyDeclarationSyntax policy, string setting)
    {
        var text = analysis.Document.Text;
        var lines = analysis.Document.Lines;
        SyntaxElement anchor = policy.Body.OpenBrace;
        foreach (var item in policy.Body.Items)
        {
            if (item is not SettingSyntax { Keyword.Text: "version" or "owner" or "tier" or "model" })
            {
                break;
            }
            anchor = item;
        }
        var line = lines.GetPosition(anchor.Span.End).Line;
        var end = lines.GetPosition(lines.GetOffset(new Position(line, int.MaxValue)));
        var indent = IndentationAt(text, policy.Span.Start) + "  ";
        return new TextEdit(new Protocol.Range(end, end), $"\n{indent}{setting}");
    }

    private static string IndentationAt(string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }
        return text[start..end];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
