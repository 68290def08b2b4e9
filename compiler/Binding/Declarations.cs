using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>One item of the policy or of a pack it uses, with the tree it was written in.</summary>
internal sealed record DeclaredItem(SyntaxTree Tree, ItemSyntax Syntax);

/// <summary>
/// The first step of binding: the root declaration, every item it and its packs bring in (each with its
/// own tree), and every declared name. Read-only once built, so the binder can look names up in any order.
/// </summary>
internal sealed record Declarations(
    SyntaxTree Root,
    PolicyDeclarationSyntax? Policy,
    ImmutableArray<DeclaredItem> Items,
    ImmutableArray<Symbol> Symbols,
    ImmutableDictionary<(SymbolKind Space, string Name), Symbol> Names,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The namespace a kind's names live in; see <see cref="Declarer"/>.</summary>
    public static SymbolKind SpaceOf(SymbolKind kind) => kind is SymbolKind.Tool or SymbolKind.Model ? kind : SymbolKind.Guard;
}

/// <summary>Gathers the items of a policy and of the packs it uses, and declares their names.</summary>
internal sealed class Declarer
{
    private readonly SyntaxTree _root;
    private readonly UseResolver _uses;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Symbol> _symbols = [];
    private readonly Dictionary<(SymbolKind, string), Symbol> _names = [];
    private readonly List<DeclaredItem> _items = [];

    private Declarer(SyntaxTree root, UseResolver uses)
    {
        _root = root;
        _uses = uses;
    }

    public static Declarations Declare(SyntaxTree root, UseResolver uses)
    {
        var declarer = new Declarer(root, uses);
        declarer._diagnostics.AddRange(uses.Diagnostics);
        var policy = declarer.RootDeclaration();
        if (policy is not null)
        {
            var isPack = policy.Keyword.Text == "pack";
            var name = string.Join(".", policy.Name.Parts.Select(p => p.Text));
            declarer._symbols.Add(new Symbol(name, isPack ? SymbolKind.Pack : SymbolKind.Policy, At(root, policy.Name), policy, isPack ? "standard pack" : "policy"));
            declarer.Gather(root, policy);
            declarer.DeclareAll();
        }
        return new Declarations(root, policy, [.. declarer._items], [.. declarer._symbols],
            declarer._names.ToImmutableDictionary(), [.. declarer._diagnostics]);
    }

    private PolicyDeclarationSyntax? RootDeclaration()
    {
        var declarations = _root.Root.Members.OfType<PolicyDeclarationSyntax>().ToList();
        foreach (var extra in declarations.Skip(1))
        {
            _diagnostics.Add(DiagnosticCatalog.MoreThanOnePolicy(At(_root, extra.Keyword)));
        }
        foreach (var stray in _root.Root.Members.Where(m => m is not PolicyDeclarationSyntax and not SkippedTokensSyntax and not UseItemSyntax))
        {
            _diagnostics.Add(DiagnosticCatalog.ItemNotAllowed(At(_root, stray), Binder.Describe(stray), "a file outside a `policy` or `pack`"));
        }
        if (declarations.Count == 0 && !_root.Diagnostics.Any(d => d.IsError))
        {
            _diagnostics.Add(DiagnosticCatalog.EmptyFile(new Location(_root.Source, new TextSpan(0, 0))));
        }
        return declarations.FirstOrDefault();
    }

    /// <summary>
    /// Collects the items of a policy and, depth first, of everything it uses (each tree once), a used pack's items
    /// where its `use` stands. The walk keeps its own stack: the files decide how deep `use` goes.
    /// </summary>
    private void Gather(SyntaxTree root, PolicyDeclarationSyntax declaration)
    {
        var seen = new HashSet<SyntaxTree> { root };
        var trees = new Stack<(SyntaxTree Tree, IEnumerator<ItemSyntax> Items)>();
        trees.Push((root, declaration.Body.Items.AsEnumerable().GetEnumerator()));
        while (trees.TryPeek(out var current))
        {
            if (!current.Items.MoveNext())
            {
                trees.Pop().Items.Dispose();
                continue;
            }
            var (tree, item) = (current.Tree, current.Items.Current);
            if (item is UseItemSyntax use)
            {
                if (_uses.Target(use) is { } target && target.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault() is { } used)
                {
                    if (used.Keyword.Text == "policy")
                    {
                        _diagnostics.Add(DiagnosticCatalog.UnresolvedUse(At(tree, use), Binder.Describe(use), "it is a policy; only packs can be used"));
                        continue;
                    }
                    if (seen.Add(target))
                    {
                        trees.Push((target, used.Body.Items.AsEnumerable().GetEnumerator()));
                    }
                }
                continue;
            }
            // Tests of a used pack belong to the pack; they run when the pack itself is tested.
            if (tree != _root && item is TestDeclarationSyntax)
            {
                continue;
            }
            _items.Add(new DeclaredItem(tree, item));
        }
    }

    private void DeclareAll()
    {
        foreach (var (tree, item) in _items)
        {
            switch (item)
            {
                case GuardDeclarationSyntax g: Declare(tree, g.Name, SymbolKind.Guard, g, $"guard on `{g.Stage.Text}`"); break;
                case JudgeDeclarationSyntax j: Declare(tree, j.Name, SymbolKind.Judge, j, $"judge on `{j.Stage.Text}`"); break;
                case ReviewDeclarationSyntax r: Declare(tree, r.Name, SymbolKind.Review, r, "human review queue"); break;
                case BreakerDeclarationSyntax b: Declare(tree, b.Name, SymbolKind.Breaker, b, "circuit breaker"); break;
                case LimitDeclarationSyntax l: Declare(tree, l.Name, SymbolKind.Limit, l, "limit"); break;
                case AgentDeclarationSyntax a: Declare(tree, a.Name, SymbolKind.Agent, a, "agent"); break;
                case WorkflowDeclarationSyntax w: Declare(tree, w.Name, SymbolKind.Workflow, w, "workflow"); break;
                case ToolDeclarationSyntax t: Declare(tree, t.Name, SymbolKind.Tool, t, "tool"); break;
                case SettingSyntax { Keyword.Text: "model" } m when m.Value is LiteralExpressionSyntax { Token: var token }:
                    Declare(tree, token, SymbolKind.Model, m, "judge model provided by the host");
                    break;
            }
        }
    }

    private void Declare(SyntaxTree tree, SyntaxToken name, SymbolKind kind, SyntaxNode declaration, string summary)
    {
        if (name.IsMissing)
        {
            return;
        }
        var text = name.Value as string ?? name.Text;
        // Controls, reviews, breakers and agents share one namespace: `expect … by x`, `escalate x` and
        // rename must never be ambiguous. Tools and models are strings in their own namespaces.
        var space = Declarations.SpaceOf(kind);
        if (_names.TryGetValue((space, text), out var first))
        {
            if (kind == SymbolKind.Model)
            {
                return;
            }
            _diagnostics.Add(DiagnosticCatalog.DuplicateName(At(tree, name), text, first.NameLocation.ToString()));
            return;
        }
        var symbol = new Symbol(text, kind, At(tree, name), declaration, summary);
        _names[(space, text)] = symbol;
        _symbols.Add(symbol);
    }

    private static Location At(SyntaxTree tree, SyntaxElement element) => new(tree.Source, element.Span);
}
