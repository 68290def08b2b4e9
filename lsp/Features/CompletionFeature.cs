using Airs.Compiler.Binding;
using Airs.Compiler.Schema;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using SymbolKind = Airs.Compiler.Binding.SymbolKind;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Completion from the compiler's tokens, tree and semantic model: the item keywords and block snippets the enclosing
/// block accepts, context fields of the enclosing control's stage after <c>input.</c> and friends (the narrowed tool's
/// arguments after <c>tool.args.</c>), built-ins after <c>pii.</c>, declared names where a name is expected
/// (<c>escalate</c>, <c>by</c>, <c>delegates</c>, <c>breaker</c>), enum members (pii kinds in a list argument, tiers,
/// modes, outcomes, stages, …).
/// </summary>
internal static class CompletionFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { CompletionProvider = new CompletionOptions(TriggerCharacters: [".", "["]) });
        server.Handlers.OnRequest<CompletionParams, CompletionList?>("textDocument/completion", async (p, cancellationToken) =>
        {
            var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            return analysis is null ? null : new CompletionList(false, Complete(analysis, analysis.OffsetOf(p.Position)));
        });
    }

    private static readonly string[] StageNames = [.. Stages.All.Select(s => s.ToKeyword())];

    internal static readonly IReadOnlyList<(string Label, string Body)> Snippets =
    [
        ("guard", "guard ${1:name} on ${2|input,output,tool_call,tool_result,retrieval,agent_message|} {\n  when ${3:input.text contains \"\"}\n  block \"${4:message}\"\n}"),
        ("judge", "judge ${1:name} on ${2|output,input,tool_call,tool_result,retrieval,agent_message|} {\n  model \"${3:judge}\"\n  prompt \"\"\"\n    ${4:Is the ANSWER safe? {{ output.text }}}\n    \"\"\"\n  on fail ${5:block}\n}"),
        ("review", "review ${1:name} {\n  sla ${2:4h}\n  on expiry block \"${3:We couldn't review this in time.}\"\n}"),
        ("breaker", "breaker ${1:name} {\n  trip when ${2|blocked,findings,escalated,judge_failures|} >= ${3:20} within ${4:5m} per ${5|user,session,agent,global|}\n  cooldown ${6:10m}\n  fallback \"${7:The assistant is offline.}\"\n}"),
        ("tool", "tool \"${1:name}\" {\n  args { ${2:arg}: ${3|string,number,bool,[string],[number]|} }\n}"),
        ("agent", "agent ${1:name} {\n  tools [\"${2:tool}\"]\n}"),
        ("pace", "pace {\n  alternate when judge.failing { judges off  enforce all }\n  emergency manual { halt }\n}"),
        ("test", "test \"${1:name}\" {\n  input.text = \"${2:text}\"\n  expect ${3|block,allow,flag,redact,escalate,halt|}${4: by control}\n}"),
    ];

    internal static IReadOnlyList<CompletionItem> Complete(CompiledAnalysis analysis, int offset)
    {
        var tree = analysis.Root;
        var text = tree.Source.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        if (InsideLiteralOrComment(tree, offset))
        {
            return [];
        }
        var wordStart = offset;
        while (wordStart > 0 && SyntaxQueries.IsWordCharacter(text[wordStart - 1]))
        {
            wordStart--;
        }
        var scope = analysis.Model.ScopeAt(tree, wordStart);
        var (enclosing, stage) = (scope.Declaration, scope.Stage);
        var tokens = tree.Root.DescendantTokens().TakeWhile(t => t.Span.End <= wordStart && t.Kind != SyntaxKind.EndOfFile)
            .Where(t => !t.IsMissing && t.Span.Length > 0).ToList();
        var previous = tokens.Count > 0 ? tokens[^1] : null;

        if (previous is { Kind: SyntaxKind.Dot } && previous.Span.End == wordStart)
        {
            return Members(analysis, QualifierBefore(tokens), enclosing, stage, previous.Span.Start);
        }
        if (InList(analysis, tokens, enclosing) is { } list)
        {
            return list;
        }
        if (previous is null || previous.Kind is SyntaxKind.OpenBrace or SyntaxKind.CloseBrace || StartsLine(text, wordStart) && !Continues(previous))
        {
            return ItemsFor(enclosing, stage);
        }
        if (previous.Kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword or SyntaxKind.OpenParen or SyntaxKind.Comma
            or SyntaxKind.MatchesKeyword or SyntaxKind.ContainsKeyword or SyntaxKind.InKeyword || SyntaxFacts.IsComparisonOperator(previous.Kind))
        {
            return Expressions(stage);
        }
        return AfterWord(analysis, tokens, enclosing, stage);
    }

    private static bool InsideLiteralOrComment(SyntaxTree tree, int offset)
    {
        var token = tree.Root.FindToken(offset);
        foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
        {
            if (trivia.IsComment && trivia.Span.Start < offset && (offset < trivia.Span.End || trivia.Kind == SyntaxKind.LineComment && offset == trivia.Span.End))
            {
                return true;
            }
        }
        foreach (var candidate in new[] { token, offset > 0 ? tree.Root.FindToken(offset - 1) : token })
        {
            if (candidate.Kind is SyntaxKind.String or SyntaxKind.TextBlock or SyntaxKind.Regex && candidate.Span.Start < offset
                && (offset < candidate.Span.End || offset == candidate.Span.End && candidate.Value is null))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsLine(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Tokens after which the next line continues the same item rather than starting a new one.</summary>
    private static bool Continues(SyntaxToken previous) =>
        previous.Kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword or SyntaxKind.OpenParen or SyntaxKind.OpenBracket
            or SyntaxKind.Comma or SyntaxKind.Dot or SyntaxKind.Equals or SyntaxKind.MatchesKeyword or SyntaxKind.ContainsKeyword or SyntaxKind.InKeyword
        || SyntaxFacts.IsComparisonOperator(previous.Kind);

    /// <summary>The dotted path before the final dot: <c>tool.args</c> for <c>tool.args.|</c>.</summary>
    private static string QualifierBefore(List<SyntaxToken> tokens)
    {
        var parts = new List<string>();
        var i = tokens.Count - 2;
        while (i >= 0 && tokens[i].Kind == SyntaxKind.Identifier && tokens[i].Span.End == tokens[i + 1].Span.Start)
        {
            parts.Insert(0, tokens[i].Text);
            if (i == 0 || tokens[i - 1].Kind != SyntaxKind.Dot || tokens[i - 1].Span.End != tokens[i].Span.Start)
            {
                break;
            }
            i -= 2;
        }
        return string.Join(".", parts);
    }

    /// <summary>The index of the unclosed <paramref name="open"/> before the end, within the current item; -1 if none.</summary>
    private static int Opener(List<SyntaxToken> tokens, int end, SyntaxKind open, SyntaxKind close)
    {
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            var kind = tokens[i].Kind;
            if (kind is SyntaxKind.OpenBrace or SyntaxKind.CloseBrace)
            {
                return -1;
            }
            if (kind == close)
            {
                depth++;
            }
            else if (kind == open && depth-- == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Inside <c>[…]</c>: pii kinds for the kinds argument of <c>pii.found</c>/<c>pii.spans</c>, tool names after <c>tools</c>/<c>approval</c>/<c>with</c>.</summary>
    private static IReadOnlyList<CompletionItem>? InList(CompiledAnalysis analysis, List<SyntaxToken> tokens, DeclarationSyntax? enclosing)
    {
        var bracket = Opener(tokens, tokens.Count, SyntaxKind.OpenBracket, SyntaxKind.CloseBracket);
        if (bracket < 0 || tokens[^1].Kind is not (SyntaxKind.OpenBracket or SyntaxKind.Comma))
        {
            return null;
        }
        var listed = tokens.Skip(bracket + 1).Select(t => t.Value as string ?? t.Text).ToHashSet(StringComparer.Ordinal);
        if (bracket >= 1 && tokens[bracket - 1].Kind == SyntaxKind.Identifier
            && (tokens[bracket - 1].Text == "with" || enclosing is not null && LanguageSchema.Of(enclosing)?.Setting(tokens[bracket - 1].Text) is { Value: ValueKind.ToolList }))
        {
            return [.. analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Tool && !listed.Contains(s.Name))
                .Select(s => new CompletionItem(s.Name, CompletionItemKind.Reference, "tool", InsertText: $"\"{s.Name}\"", FilterText: $"\"{s.Name}\""))];
        }
        var paren = Opener(tokens, bracket, SyntaxKind.OpenParen, SyntaxKind.CloseParen);
        if (paren >= 3 && tokens[bracket - 1].Kind == SyntaxKind.Comma
            && $"{tokens[paren - 3].Text}.{tokens[paren - 1].Text}" is "pii.found" or "pii.spans")
        {
            return [.. EnumMembers.Names(AirsType.PiiKind).Where(k => !listed.Contains(k))
                .Select(k => new CompletionItem(k, CompletionItemKind.EnumMember, "pii kind"))];
        }
        return null;
    }

    /// <summary>The items the enclosing block takes, from the language schema (a policy's declarations as snippets).</summary>
    private static IReadOnlyList<CompletionItem> ItemsFor(DeclarationSyntax? enclosing, Stage? stage)
    {
        if (enclosing is null)
        {
            return
            [
                Snippet("policy", "policy ${1:name} {\n  version \"${2:1.0.0}\"\n  tier ${3|low,medium,high,critical|}\n  $0\n}"),
                Snippet("pack", "pack ${1:airs.name} {\n  $0\n}"),
            ];
        }
        if (LanguageSchema.Of(enclosing) is not { } shape)
        {
            return [];
        }
        var keywords = shape.Settings.Select(s => (s.Word, s.Doc)).Concat(shape.Flags.Concat(shape.Items).Select(k => (Word: k.Form, k.Doc)))
            .Where(k => shape != LanguageSchema.Policy || !Snippets.Any(s => s.Label == k.Word))
            .Select(k => new CompletionItem(k.Word, CompletionItemKind.Keyword, k.Doc));
        switch (enclosing)
        {
            case PolicyDeclarationSyntax:
                return [.. keywords, .. Snippets.Select(s => Snippet(s.Label, s.Body))];
            case TestDeclarationSyntax:
                var fields = stage is { } s ? LanguageSchema.StageOf(s).Fields : ContextSchema.Fields;
                return [.. keywords, .. fields.Where(f => f.Type != FieldType.ToolArgs && !ContextSchema.IsDerived(f.Field))
                    .Select(f => new CompletionItem(f.Path, CompletionItemKind.Field, $"{TypeOf(f)}: {f.Description}", InsertText: $"{f.Path} = "))];
            default:
                return [.. keywords];
        }
    }

    private static CompletionItem Snippet(string label, string body) =>
        new(label, CompletionItemKind.Snippet, $"{label} block", Documentation: new MarkupContent(MarkupKind.PlainText, body.Replace("$0", "")),
            SortText: $"~{label}", InsertText: body, InsertTextFormat: InsertTextFormat.Snippet);

    private static IReadOnlyList<CompletionItem> Expressions(Stage? stage)
    {
        var fields = ContextSchema.Fields
            .Where(f => f.Type != FieldType.ToolArgs && (stage is not { } s || f.Stages.Contains(s)))
            .Select(f => new CompletionItem(f.Path, CompletionItemKind.Field, $"{TypeOf(f)}: {f.Description}"));
        var functions = Builtins.Names.Select(name => new CompletionItem(name, CompletionItemKind.Function,
            string.Join("; ", Builtins.Overloads(name).Select(o => o.Signature)), MarkupContent.FromMarkdown(Builtins.Overloads(name)[0].Doc)));
        var constants = new[] { "true", "false", "not" }.Select(k => new CompletionItem(k, CompletionItemKind.Keyword))
            .Concat(new[] { "any", "all" }.Select(q => new CompletionItem(q, CompletionItemKind.Keyword, LanguageSchema.KeywordDocs[q],
                InsertText: q + " ${1:item} in ${2:retrieval.docs}: $0", InsertTextFormat: InsertTextFormat.Snippet)));
        return [.. fields, .. functions, .. constants];
    }

    private static string TypeOf(ContextFieldInfo field) => AirsType.Of(field.Type)?.ToString() ?? "tool arguments";

    private static IReadOnlyList<CompletionItem> Members(CompiledAnalysis analysis, string qualifier, DeclarationSyntax? enclosing, Stage? stage, int dot)
    {
        if (Builtins.Namespaces.Contains(qualifier))
        {
            return [.. Builtins.Names.Where(n => n.StartsWith(qualifier + ".", StringComparison.Ordinal)).Select(n =>
            {
                var overloads = Builtins.Overloads(n);
                return new CompletionItem(n[(qualifier.Length + 1)..], CompletionItemKind.Function, overloads[0].Signature, MarkupContent.FromMarkdown(overloads[0].Doc));
            })];
        }
        if (qualifier == "tool.args")
        {
            return ToolArguments(analysis, dot);
        }
        if (qualifier == "judge" && enclosing is PaceDeclarationSyntax)
        {
            return [new CompletionItem("failing", CompletionItemKind.Keyword, "any judge failing")];
        }
        if (ContextSchema.Roots.Contains(qualifier))
        {
            return [.. ContextSchema.Fields
                .Where(f => f.Path.StartsWith(qualifier + ".", StringComparison.Ordinal) && (stage is not { } s || f.Stages.Contains(s)))
                .Select(f => new CompletionItem(f.Path[(qualifier.Length + 1)..], CompletionItemKind.Field, TypeOf(f),
                    MarkupContent.FromMarkdown($"{f.Description}\n\navailable on {string.Join(", ", f.Stages.OrderBy(x => x).Select(x => $"`{x.ToKeyword()}`"))}")))];
        }
        return [];
    }

    /// <summary>
    /// The arguments of the tools narrowed where the caret is (the compiler's scope: what the binder would accept);
    /// every tool's where nothing narrows <c>tool.name</c>.
    /// </summary>
    private static IReadOnlyList<CompletionItem> ToolArguments(CompiledAnalysis analysis, int position)
    {
        var narrowed = analysis.Model.ScopeAt(analysis.Root, position).NarrowedTools;
        var items = new List<CompletionItem>();
        foreach (var tool in analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Tool && (narrowed is null || narrowed.Contains(s.Name))))
        {
            foreach (var argument in ((ToolDeclarationSyntax)tool.Declaration).Body.Items.OfType<ArgsSyntax>().SelectMany(a => a.Arguments))
            {
                if (!argument.Name.IsMissing && items.All(i => i.Label != argument.Name.Text))
                {
                    items.Add(new CompletionItem(argument.Name.Text, CompletionItemKind.Field, $"{argument.Type.ToFullString().Trim()} (tool \"{tool.Name}\")"));
                }
            }
        }
        return items;
    }

    private static IReadOnlyList<CompletionItem> Names(CompiledAnalysis analysis, params SymbolKind[] kinds) =>
        [.. analysis.Model.Symbols.Where(s => kinds.Contains(s.Kind)).Select(s => new CompletionItem(s.Name, CompletionItemKind.Reference, $"{s.KindName}: {s.Summary}"))];

    private static IReadOnlyList<CompletionItem> Values(string detail, params string[] values) =>
        [.. values.Select(v => new CompletionItem(v, CompletionItemKind.EnumMember, detail))];

    /// <summary>After a keyword that expects a name or a value.</summary>
    private static IReadOnlyList<CompletionItem> AfterWord(CompiledAnalysis analysis, List<SyntaxToken> tokens, DeclarationSyntax? enclosing, Stage? stage)
    {
        var previous = tokens[^1];
        var beforePrevious = tokens.Count >= 2 ? tokens[^2] : null;
        if (enclosing is ToolDeclarationSyntax tool && SequenceWord(analysis, tool, previous, beforePrevious) is { } sequence)
        {
            return sequence;
        }
        if (previous.Kind != SyntaxKind.Identifier)
        {
            return [];
        }
        var inPace = enclosing is PaceDeclarationSyntax;
        // After a setting of the enclosing block, the values of its kind in the language schema.
        if (enclosing is not null && LanguageSchema.Of(enclosing)?.Setting(previous.Text) is { } setting && SettingValues(analysis, setting.Value) is { } values)
        {
            // An agent is never its own `backup` (AIRS0195).
            return enclosing is AgentDeclarationSyntax self ? [.. values.Where(v => v.Label != self.Name.Text)] : values;
        }
        switch (previous.Text)
        {
            case "escalate":
                return Names(analysis, SymbolKind.Review);
            case "by":
                return Names(analysis, SymbolKind.Guard, SymbolKind.Judge, SymbolKind.Limit, SymbolKind.Breaker);
            case "count" when enclosing is LimitDeclarationSyntax:
                return Values("limit measure", [.. LimitMeasures.Table.Keywords]);
            case "per" when enclosing is LimitDeclarationSyntax:
                return Values("limit scope", "user", "session", "agent", "global");
            case "delegates":
                return [.. Names(analysis, SymbolKind.Agent).Where(i => enclosing is not AgentDeclarationSyntax a || a.Name.Text != i.Label)];
            case "isolate" or "read_only" or "handover" when enclosing is PaceStateSyntax:
                return Names(analysis, SymbolKind.Agent);
            case "max" when enclosing is PolicyDeclarationSyntax:
                return [new CompletionItem("depth", CompletionItemKind.Keyword, LanguageSchema.Policy.Items.First(k => k.Form == "max depth").Doc)];
            case "breaker" when inPace:
                return Names(analysis, SymbolKind.Breaker);
            case "judge" when inPace || enclosing is TestDeclarationSyntax:
                return Names(analysis, SymbolKind.Judge);
            case "when" when inPace:
            case "or" when inPace:
                return [new CompletionItem("judge.failing", CompletionItemKind.Keyword, "any judge failing"),
                    new CompletionItem("judge", CompletionItemKind.Keyword, "`judge name failing`"),
                    new CompletionItem("breaker", CompletionItemKind.Keyword, "`breaker name open`")];
            case "when" when enclosing is BreakerDeclarationSyntax:
                return Values("breaker counter", [.. BreakerKeywords.Counters.Keywords]);
            case "when" when enclosing is JudgeDeclarationSyntax && beforePrevious is { Kind: SyntaxKind.Percent }:
                return Names(analysis, SymbolKind.Guard); // `sample 100% when <guard> fired`
            case "when" or "redact":
                return Expressions(stage);
            case "on" when beforePrevious is { Kind: SyntaxKind.Identifier or SyntaxKind.String } && beforePrevious.Text != "on" && IsDeclarationName(tokens):
                return Values("stage", StageNames);
            case "on" when enclosing is not null && LanguageSchema.Of(enclosing) is { Events.IsEmpty: false } block:
                return [.. block.Events.Select(e => new CompletionItem(e.Word, CompletionItemKind.EnumMember, $"{block.Keyword} event: {e.Doc}"))];
            case "expect":
                return Values("outcome", EnumMembers.Names(AirsType.Outcome).ToArray());
            case "returns":
                return Values("judge result", [.. Enum.GetValues<JudgeVerdict>().Select(v => v.ToKeyword())]);
            case "pace":
                return Values("PACE level", [.. LanguageSchema.PaceLevels]);
            case "with" when enclosing is GuardDeclarationSyntax:
                return Values("redaction style", EnumMembers.Names(AirsType.RedactionStyle).ToArray());
            case "per":
                return Values("breaker scope", "user", "session", "agent", "global");
            case "judges":
                return Values("PACE action", "off", "all");
            case "enforce":
                return Values("PACE action", "all");
            case "respond":
                return Values("PACE action", "fallback");
            case "tools" when enclosing is PaceStateSyntax:
                return Values("PACE action", "read_only");
            case "use":
                return [.. StandardLibrary.PackNames.Select(n => new CompletionItem(n, CompletionItemKind.Module, "standard pack"))];
            default:
                return [];
        }
    }

    /// <summary>
    /// Inside a tool's sequence rule, <c>after "t" same a, b within 30m per session</c>: the other tools after
    /// <c>after</c>, this tool's arguments after <c>same</c> (and a comma), <c>within</c> after them, <c>per</c> after the
    /// window, the scopes after <c>per</c>. Null elsewhere.
    /// </summary>
    private static IReadOnlyList<CompletionItem>? SequenceWord(CompiledAnalysis analysis, ToolDeclarationSyntax tool, SyntaxToken previous, SyntaxToken? beforePrevious)
    {
        var arguments = tool.Body.Items.OfType<ArgsSyntax>().SelectMany(a => a.Arguments).Where(a => !a.Name.IsMissing).Select(a => a.Name.Text).ToList();
        return (previous.Kind, previous.Text, beforePrevious?.Text) switch
        {
            (SyntaxKind.Identifier, "after", _) => [.. analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Tool && s.Name != tool.Name.Value as string)
                .Select(s => new CompletionItem(s.Name, CompletionItemKind.Reference, "tool", InsertText: $"\"{s.Name}\"", FilterText: $"\"{s.Name}\""))],
            (SyntaxKind.String, _, "after") => [new CompletionItem("same", CompletionItemKind.Keyword, "the arguments whose values must be equal"),
                new CompletionItem("within", CompletionItemKind.Keyword, "how long ago the earlier call may have been")],
            (SyntaxKind.Identifier, "same", _) or (SyntaxKind.Comma, _, _) => Values("argument", [.. arguments]),
            (SyntaxKind.Identifier, _, "same" or ",") when arguments.Contains(previous.Text) =>
                [new CompletionItem("within", CompletionItemKind.Keyword, "how long ago the earlier call may have been")],
            (SyntaxKind.Duration, _, "within") => [new CompletionItem("per", CompletionItemKind.Keyword, "where the earlier call may have come from")],
            (SyntaxKind.Identifier, "per", _) => Values("sequence scope", "session", "chain"),
            _ => null,
        };
    }

    private static IReadOnlyList<CompletionItem>? SettingValues(CompiledAnalysis analysis, ValueKind kind) => kind switch
    {
        ValueKind.Tier => Values("tier", [.. EnumMembers.Names(AirsType.Tier)]),
        ValueKind.Mode => Values("control mode", "enforce", "detect"),
        ValueKind.Frequency => Values("evaluation frequency", [.. EvaluationFrequencies.Table.Keywords]),
        ValueKind.Model => [.. analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Model)
            .Select(s => new CompletionItem(s.Name, CompletionItemKind.Reference, "model", InsertText: $"\"{s.Name}\"", FilterText: $"\"{s.Name}\""))],
        ValueKind.Agent => [.. analysis.Model.Symbols.Where(s => s.Kind == SymbolKind.Agent).Select(s => new CompletionItem(s.Name, CompletionItemKind.Reference, "agent"))],
        _ => null,
    };

    /// <summary>Whether the tokens end in <c>guard x on</c>, <c>judge x on</c> or <c>test "x" on</c>.</summary>
    private static bool IsDeclarationName(List<SyntaxToken> tokens) =>
        tokens.Count >= 3 && tokens[^3].Text is "guard" or "judge" or "test";
}
