using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
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
/// Quick fixes from the data the compiler's diagnostics carry, never from their text: a <see cref="DiagnosticFix"/>
/// adds a missing policy setting (AIRS0129 `tier medium`, AIRS0117 the missing model) or the missing item of a
/// declaration (AIRS0114: a `when`/action/prompt/model/expect/trip template); a diagnostic's suggestions (an unknown
/// item, enum member or outcome) become "did you mean" replacements, and for unknown names that carry none (fields,
/// functions, stages, declared names) the server ranks its own candidates by edit distance.
/// </summary>
internal static class CodeActionsFeature
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
        switch (diagnostic.Fix)
        {
            case DiagnosticFix.AddPolicySetting setting when policy is not null:
                yield return (setting.Title, InsertPolicySetting(analysis, policy, setting.Text), true);
                yield break;
            case DiagnosticFix.AddItem missing when Declared(analysis, span) is { } declaration && Template(missing.Keyword, declaration) is { } template:
                yield return ($"Add `{template.Split('\n')[0]}`", InsertItem(analysis, declaration, template), true);
                yield break;
        }
        // The compiler's own suggestions (AIRS0022: the items of the block; AIRS0133, AIRS0142: the valid values);
        // the table below covers the diagnostics that do not carry any yet, by their code and the text they cover.
        var candidates = diagnostic.Code switch
        {
            "AIRS0103" or "AIRS0102" => ContextSchema.Fields.Where(f => f.Type != FieldType.ToolArgs).Select(f => f.Path),
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

    /// <summary>The item an AIRS0114 asks for (by its keyword), written as a starting point to edit.</summary>
    private static string? Template(string keyword, DeclarationSyntax declaration)
    {
        var field = LanguageSchema.StageOf(SemanticModel.StageOf(declaration) ?? Stage.Input).MainField.Path;
        return keyword switch
        {
            "when" => $"when {field} contains \"TODO\"",
            "block" => "block \"TODO\"",
            "prompt" => $"prompt \"Is this answer safe? {{{{ {field} }}}}\"",
            "model" => "model \"judge\"",
            "expect" => "expect allow",
            "trip" => "trip when blocked >= 10 within 5m",
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
}
