using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

/// <summary>
/// Binds the items of one file against everything declared: reads each block, resolves every name and
/// type-checks every expression against the stage's context, producing the bound model. It reports what
/// it cannot bind (unknown names, malformed values, type errors, misplaced items) and never throws on bad
/// input. One binder reads one tree, so every location it reports is in the file the item was written in.
/// </summary>
internal sealed partial class Binder
{
    private readonly SyntaxTree _tree;
    private readonly Declarations _declarations;
    private readonly BindingLog _log;

    // Tool and attribute declarations, bound before the items whose expressions and tests read them.
    private readonly ImmutableDictionary<string, ToolSpec> _tools;
    private readonly ImmutableDictionary<string, AttributeSpec> _attributes;

    private Binder(SyntaxTree tree, Declarations declarations, BindingLog log,
        ImmutableDictionary<string, ToolSpec> tools, ImmutableDictionary<string, AttributeSpec> attributes)
    {
        _tree = tree;
        _declarations = declarations;
        _log = log;
        _tools = tools;
        _attributes = attributes;
    }

    /// <summary>Finds a declared symbol of one of the kinds and records the reference; null if not found.</summary>
    private Symbol? Lookup(SyntaxToken name, params SymbolKind[] kinds)
    {
        var text = name.Value as string ?? name.Text;
        if (_declarations.Names.TryGetValue((Declarations.SpaceOf(kinds[0]), text), out var symbol) && kinds.Contains(symbol.Kind))
        {
            _log.References.Add(new SymbolReference(symbol, At(name)));
            return symbol;
        }
        return null;
    }

    private void Report(Diagnostic diagnostic) => _log.Diagnostics.Add(diagnostic);

    private Location At(SyntaxElement element) => new(_tree.Source, element.Span);

    private bool Fail(Diagnostic diagnostic)
    {
        Report(diagnostic);
        return false;
    }

    private T? Fail<T>(Diagnostic diagnostic)
        where T : class
    {
        Report(diagnostic);
        return null;
    }

    internal static string Describe(SyntaxNode item) => item switch
    {
        SettingSyntax s => s.Keyword.Text,
        FlagSettingSyntax f => f.Keyword.Text,
        SampleWhenSyntax => "sample … when … fired",
        ActionSyntax a => a.Keyword.Text,
        DeclarationSyntax d => d.Keyword.Text,
        UseItemSyntax u => u.Name is { } n ? string.Join(".", n.Parts.Select(p => p.Text)) : u.Path?.Text ?? "use",
        WhenSyntax => "when",
        MapsSyntax => "maps",
        OnSyntax o => $"on {o.Event.Text}",
        TripSyntax => "trip",
        CountSyntax => "count",
        LimitMaxSyntax => "max",
        SendSyntax => "send",
        WaitSyntax => "wait",
        ArgsSyntax => "args",
        DelegatesSyntax => "delegates",
        ExpectSyntax => "expect",
        JudgeStubSyntax => "judge … returns",
        PaceActionSyntax p => $"{p.Keyword.Text} {p.Argument.Text}",
        SequenceSyntax => "after",
        MaxDepthSyntax => "max depth",
        AgentActionSyntax a => a.Keyword.Text,
        AssignmentSyntax a => string.Join(".", a.Target.Segments.Select(s => s.Text)),
        _ => item.FirstToken.Text,
    };
}

/// <summary>What binding records as it goes, across every file: diagnostics, references, expression types, PACE levels named by actions and declared value rules.</summary>
internal sealed class BindingLog
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public List<SymbolReference> References { get; } = [];

    public Dictionary<SyntaxNode, AirsType> Types { get; } = [];

    public List<PaceReference> PaceReferences { get; } = [];

    public List<BoundRules> DeclaredRules { get; } = [];

    public List<BoundBreakerTrigger> BreakerTriggers { get; } = [];

    public List<BoundAgentAction> AgentActions { get; } = [];
}
