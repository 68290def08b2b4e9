using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

/// <summary>
/// Binds a policy and the packs and files it uses: declares every name, checks every item against the
/// block it is in, type-checks every expression against the stage's context, and lowers the result to
/// the IR. It reports every problem it finds in one pass and never throws on bad input.
/// </summary>
internal sealed partial class Binder
{
    private readonly SyntaxTree _root;
    private readonly UseResolver _uses;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Symbol> _symbols = [];
    private readonly List<SymbolReference> _references = [];
    private readonly Dictionary<SyntaxNode, AirsType> _types = [];
    private readonly Dictionary<(SymbolKind, string), Symbol> _declared = [];

    // Declarations gathered from the root and every used tree, with the tree each came from.
    private readonly List<(SyntaxTree Tree, ItemSyntax Item)> _items = [];

    private SourceText _source;
    private Tier _tier = Tier.Medium;
    private string _policyName = "";

    public Binder(SyntaxTree root, UseResolver uses)
    {
        _root = root;
        _uses = uses;
        _source = root.Source;
    }

    public BindingResult Bind()
    {
        _diagnostics.AddRange(_uses.Diagnostics);
        var policy = RootDeclaration();
        PolicyIR? ir = null;
        if (policy is not null)
        {
            Gather(_root, policy, []);
            DeclareAll();
            ir = BindPolicy(policy);
        }
        var model = new SemanticModel([.. _symbols], [.. _references], _types.ToImmutableDictionary());
        var hasErrors = _diagnostics.Any(d => d.IsError) || _root.Diagnostics.Any(d => d.IsError)
            || ir is null;
        return new BindingResult(model, hasErrors ? null : ir, [.. _diagnostics]);
    }

    private PolicyDeclarationSyntax? RootDeclaration()
    {
        var declarations = _root.Root.Members.OfType<PolicyDeclarationSyntax>().ToList();
        foreach (var extra in declarations.Skip(1))
        {
            Report(DiagnosticCatalog.MoreThanOnePolicy(At(extra.Keyword)));
        }
        foreach (var stray in _root.Root.Members.Where(m => m is not PolicyDeclarationSyntax and not SkippedTokensSyntax and not UseItemSyntax))
        {
            Report(DiagnosticCatalog.ItemNotAllowed(At(stray), Describe(stray), "a file outside a `policy` or `pack`"));
        }
        if (declarations.Count == 0 && !_root.Diagnostics.Any(d => d.IsError))
        {
            Report(DiagnosticCatalog.EmptyFile(new Location(_root.Source, new TextSpan(0, 0))));
        }
        return declarations.FirstOrDefault();
    }

    /// <summary>Collects the items of a policy and, depth first, of everything it uses (each tree once).</summary>
    private void Gather(SyntaxTree tree, PolicyDeclarationSyntax declaration, HashSet<SyntaxTree> seen)
    {
        if (!seen.Add(tree))
        {
            return;
        }
        foreach (var item in declaration.Body.Items)
        {
            if (item is UseItemSyntax use)
            {
                if (_uses.Target(use) is { } target && target.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault() is { } used)
                {
                    if (used.Keyword.Text == "policy")
                    {
                        WithSource(tree, () => Report(DiagnosticCatalog.UnresolvedUse(At(use), Describe(use), "it is a policy; only packs can be used")));
                        continue;
                    }
                    Gather(target, used, seen);
                }
                continue;
            }
            // Tests of a used pack belong to the pack; they run when the pack itself is tested.
            if (tree != _root && item is TestDeclarationSyntax)
            {
                continue;
            }
            _items.Add((tree, item));
        }
    }

    private void DeclareAll()
    {
        foreach (var (tree, item) in _items)
        {
            _source = tree.Source;
            switch (item)
            {
                case GuardDeclarationSyntax g: Declare(g.Name, SymbolKind.Guard, g, $"guard on `{g.Stage.Text}`"); break;
                case JudgeDeclarationSyntax j: Declare(j.Name, SymbolKind.Judge, j, $"judge on `{j.Stage.Text}`"); break;
                case ReviewDeclarationSyntax r: Declare(r.Name, SymbolKind.Review, r, "human review queue"); break;
                case BreakerDeclarationSyntax b: Declare(b.Name, SymbolKind.Breaker, b, "circuit breaker"); break;
                case AgentDeclarationSyntax a: Declare(a.Name, SymbolKind.Agent, a, "agent"); break;
                case ToolDeclarationSyntax t: Declare(t.Name, SymbolKind.Tool, t, "tool"); break;
                case SettingSyntax { Keyword.Text: "model" } m when m.Value is LiteralExpressionSyntax { Token: var token }:
                    Declare(token, SymbolKind.Model, m, "judge model provided by the host");
                    break;
            }
        }
        _source = _root.Source;
    }

    private void Declare(SyntaxToken name, SymbolKind kind, SyntaxNode declaration, string summary)
    {
        if (name.IsMissing)
        {
            return;
        }
        var text = name.Value as string ?? name.Text;
        // Controls, reviews, breakers and agents share one namespace: `expect … by x`, `escalate x` and
        // rename must never be ambiguous. Tools and models are strings in their own namespaces.
        var space = kind is SymbolKind.Tool or SymbolKind.Model ? kind : SymbolKind.Guard;
        if (_declared.TryGetValue((space, text), out var first))
        {
            if (kind == SymbolKind.Model)
            {
                return;
            }
            Report(DiagnosticCatalog.DuplicateName(At(name), text, first.NameLocation.ToString()));
            return;
        }
        var symbol = new Symbol(text, kind, At(name), declaration, summary);
        _declared[(space, text)] = symbol;
        _symbols.Add(symbol);
    }

    /// <summary>Finds a declared symbol of one of the kinds and records the reference; null if not found.</summary>
    private Symbol? Lookup(SyntaxToken name, params SymbolKind[] kinds)
    {
        var text = name.Value as string ?? name.Text;
        var space = kinds[0] is SymbolKind.Tool or SymbolKind.Model ? kinds[0] : SymbolKind.Guard;
        if (_declared.TryGetValue((space, text), out var symbol) && kinds.Contains(symbol.Kind))
        {
            _references.Add(new SymbolReference(symbol, At(name)));
            return symbol;
        }
        return null;
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    private Location At(SyntaxElement element) => new(_source, element.Span);

    private void WithSource(SyntaxTree tree, Action action)
    {
        var saved = _source;
        _source = tree.Source;
        action();
        _source = saved;
    }

    private int LineOf(SyntaxElement element) => _source.GetLinePosition(element.Span.Start).Line + 1;

    private static string Describe(SyntaxNode item) => item switch
    {
        SettingSyntax s => s.Keyword.Text,
        FlagSettingSyntax f => f.Keyword.Text,
        ActionSyntax a => a.Keyword.Text,
        DeclarationSyntax d => d.Keyword.Text,
        UseItemSyntax u => u.Name is { } n ? string.Join(".", n.Parts.Select(p => p.Text)) : u.Path?.Text ?? "use",
        WhenSyntax => "when",
        MapsSyntax => "maps",
        OnSyntax o => $"on {o.Event.Text}",
        TripSyntax => "trip",
        ArgsSyntax => "args",
        DelegatesSyntax => "delegates",
        ExpectSyntax => "expect",
        JudgeStubSyntax => "judge … returns",
        PaceActionSyntax p => $"{p.Keyword.Text} {p.Argument.Text}",
        AssignmentSyntax a => string.Join(".", a.Target.Segments.Select(s => s.Text)),
        _ => item.FirstToken.Text,
    };
}
