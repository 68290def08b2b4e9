using System.Text;
using Airs.Compiler.Binding;
using Airs.Compiler.Schema;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using SymbolKind = Airs.Compiler.Binding.SymbolKind;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Hover: what the thing under the caret is (a declared name and its summary, a context field with its type,
/// description and stages, a built-in's signatures and docs, an expression's type, a keyword), followed by any
/// problem reported there with a link to its documentation.
/// </summary>
internal static class HoverFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { HoverProvider = true });
        server.Handlers.OnRequest<HoverParams, Hover?>("textDocument/hover", async (p, cancellationToken) =>
        {
            var analysis = await server.Analysis.GetAnalysisAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                return null;
            }
            var lines = analysis.Document.Lines;
            var offset = lines.GetOffset(p.Position);
            var text = new StringBuilder();
            TextSpan? span = null;
            if (analysis is CompiledAnalysis compiled && Describe(compiled, offset) is { } described)
            {
                text.Append(described.Markdown);
                span = described.Span;
            }
            foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Location.Span.Touches(offset)))
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n---\n\n");
                }
                text.Append($"**{diagnostic.Severity.ToString().ToLowerInvariant()} [{diagnostic.Code}]({server.Diagnostics.DocsLink(diagnostic)})**: {diagnostic.Message}");
                if (diagnostic.Help is not null)
                {
                    text.Append($"\n\n{diagnostic.Help}");
                }
                span ??= diagnostic.Location.Span;
            }
            return text.Length == 0 ? null : new Hover(MarkupContent.FromMarkdown(text.ToString()), span is { } s ? lines.GetRange(s) : null);
        });
    }

    internal sealed record Described(string Markdown, TextSpan Span);

    /// <summary>What the token at <paramref name="offset"/> is, in Markdown; null for punctuation and trivia.</summary>
    internal static Described? Describe(CompiledAnalysis analysis, int offset)
    {
        var tree = analysis.Root;
        if (SyntaxQueries.TokenAt(tree, offset) is not { } token)
        {
            return null;
        }
        if (analysis.Model.SymbolAt(tree.Source, token.Span.Start) is { } symbol)
        {
            return new Described(DescribeSymbol(symbol, tree.Source.Path), token.Span);
        }
        var ancestors = SyntaxQueries.AncestorsOf(tree, token);
        var path = ancestors.OfType<PathExpressionSyntax>().LastOrDefault();
        if (QuantifierOf(ancestors, token, path) is { } quantifier)
        {
            var element = analysis.Model.ExpressionTypes.TryGetValue(quantifier.List, out var listType) && listType.Element is { } e ? e.ToString() : "unknown";
            return new Described($"```airs\n{token.Text}: {element}\n```\neach element of `{SyntaxQueries.OneLine(quantifier.List)}` in turn (`{quantifier.Quantifier.Text}`)", token.Span);
        }
        if (path is not null && token.Kind == SyntaxKind.Identifier)
        {
            var call = ancestors.Count >= 2 && ancestors[^2] is CallExpressionSyntax c && c.Callee == path ? c : null;
            var isCallee = call is not null;
            if (DescribePath(analysis, path, token, isCallee, call) is { } markdown)
            {
                return new Described(markdown, isCallee ? path.Span : token.Span);
            }
        }
        if (ancestors.Count > 0 && ancestors[^1] is QuantifierExpressionSyntax q && q.Quantifier == token)
        {
            return new Described($"**{token.Text}**: {LanguageSchema.KeywordDocs[token.Text]}", token.Span);
        }
        // The innermost typed expression around the token: a literal, a comparison, a call.
        foreach (var node in ancestors.Reverse().OfType<ExpressionSyntax>())
        {
            if (analysis.Model.ExpressionTypes.TryGetValue(node, out var type) && node is not PathExpressionSyntax)
            {
                return new Described($"```airs\n{SyntaxQueries.OneLine(node)}\n```\ntype `{type}`", node.Span);
            }
        }
        // A keyword reads as the enclosing block uses it (`tools` in an agent, in a PACE level).
        var block = SyntaxQueries.EnclosingDeclaration(tree, token.Span.Start) is { } enclosing ? LanguageSchema.Of(enclosing) : LanguageSchema.TopLevel;
        if (token.Kind == SyntaxKind.Identifier && LanguageSchema.DocOf(token.Text, block) is { } doc && IsKeywordPosition(ancestors, token))
        {
            return new Described($"**{token.Text}**: {doc}", token.Span);
        }
        return null;
    }

    /// <summary>The quantifier whose variable the token declares or reads, if it is one.</summary>
    private static QuantifierExpressionSyntax? QuantifierOf(IReadOnlyList<SyntaxNode> ancestors, SyntaxToken token, PathExpressionSyntax? path) =>
        ancestors.OfType<QuantifierExpressionSyntax>().LastOrDefault(q => q.Variable.Text == token.Text
            && (q.Variable == token || (path is { Segments.Count: 1 } && q.Body.Span.Start <= token.Span.Start && token.Span.End <= q.Body.Span.End)));

    private static bool IsKeywordPosition(IReadOnlyList<SyntaxNode> ancestors, SyntaxToken token) =>
        ancestors.Count > 0 && ancestors[^1] switch
        {
            DeclarationSyntax d => d.Keyword == token,
            SettingSyntax s => s.Keyword == token,
            FlagSettingSyntax f => f.Keyword == token,
            ActionSyntax a => a.Keyword == token,
            ItemSyntax item => item.FirstToken == token,
            _ => false,
        };

    internal static string DescribeSymbol(Symbol symbol, string currentPath)
    {
        var text = new StringBuilder();
        var header = symbol.Kind == SymbolKind.Model ? $"model \"{symbol.Name}\"" : SyntaxQueries.Header(symbol.Declaration);
        text.Append($"```airs\n{header}\n```\n{symbol.KindName} `{symbol.Name}`: {symbol.Summary}");
        switch (symbol.Declaration)
        {
            case GuardDeclarationSyntax guard:
                foreach (var item in guard.Body.Items.Where(i => i is WhenSyntax or ActionSyntax or SettingSyntax { Keyword.Text: "mode" }))
                {
                    text.Append($"\n\n`{SyntaxQueries.OneLine(item)}`");
                }
                break;
            case DeclarationSyntax declaration:
                foreach (var item in declaration.Body.Items.OfType<SettingSyntax>().Where(s => s.Keyword.Text is not "prompt"))
                {
                    text.Append($"\n\n`{SyntaxQueries.OneLine(item)}`");
                }
                break;
        }
        if (symbol.NameLocation.Source.Path != currentPath)
        {
            text.Append($"\n\ndeclared in `{Path.GetFileName(symbol.NameLocation.Source.Path)}`");
        }
        return text.ToString();
    }

    private static string? DescribePath(CompiledAnalysis analysis, PathExpressionSyntax path, SyntaxToken token, bool isCallee, CallExpressionSyntax? call = null)
    {
        var segments = path.Segments.Items.Select(s => s.Text).ToList();
        var full = string.Join(".", segments);
        if (isCallee)
        {
            // The overload the arguments chose, when they all have types; otherwise every overload.
            var argumentTypes = call?.Arguments.Select(a => analysis.Model.ExpressionTypes.GetValueOrDefault(a)).ToList();
            var chosen = argumentTypes is not null && argumentTypes.All(t => t is not null)
                ? Builtins.Resolve(full, [.. argumentTypes.Select(t => t!)]).Function
                : null;
            var overloads = chosen is not null ? [chosen] : Builtins.Overloads(full);
            return overloads.IsEmpty
                ? null
                : string.Join("\n\n", overloads.Select(o => $"```airs\n{o.Signature}\n```\n{o.Doc}"));
        }
        var index = path.Segments.Items.IndexOf(token);
        var prefix = string.Join(".", segments.Take(index + 1));
        if (ContextSchema.ByPath.TryGetValue(prefix, out var field))
        {
            var type = field.Type == FieldType.ToolArgs ? "tool arguments" : AirsType.Of(field.Type)!.ToString();
            var stages = string.Join(", ", field.Stages.OrderBy(s => s).Select(s => $"`{s.ToKeyword()}`"));
            return $"```airs\n{prefix}: {type}\n```\n{field.Description}\n\navailable on {stages}";
        }
        if (segments.Count >= 3 && segments[0] == "tool" && segments[1] == "args" && index == 2)
        {
            var declaring = analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Tool && s.Declaration is ToolDeclarationSyntax t
                    && t.Body.Items.OfType<ArgsSyntax>().SelectMany(a => a.Arguments).Any(a => a.Name.Text == segments[2]))
                .Select(s => $"`{s.Name}`").ToList();
            var type = analysis.Model.ExpressionTypes.TryGetValue(path, out var t2) ? t2.ToString() : "unknown";
            var tools = declaring.Count == 0 ? "no declared tool has it" : $"declared by {string.Join(", ", declaring)}";
            return $"```airs\n{prefix}: {type}\n```\nan argument of the called tool; {tools}";
        }
        if (index == 0 && segments.Count > 1 && ContextSchema.Roots.Contains(prefix))
        {
            var fields = ContextSchema.Fields.Where(f => f.Path.StartsWith(prefix + ".", StringComparison.Ordinal)).Select(f => $"`{f.Path}`");
            return $"context `{prefix}`: {string.Join(", ", fields)}";
        }
        if (segments.Count == 1)
        {
            foreach (var type in new[] { AirsType.PiiKind, AirsType.RedactionStyle, AirsType.Tier, AirsType.Outcome })
            {
                if (EnumMembers.IsMember(type, full))
                {
                    return $"`{full}`: a `{type}`";
                }
            }
        }
        return null;
    }
}
