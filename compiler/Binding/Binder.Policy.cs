using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds the declared policy, each item with a binder for its own file; null when the file declares no policy.</summary>
    public static BindingResult Bind(Declarations declarations)
    {
        var log = new BindingLog();
        log.Diagnostics.AddRange(declarations.Diagnostics);
        var policy = declarations.Policy is { } syntax ? BindPolicy(declarations, syntax, log) : null;
        var model = new SemanticModel(declarations.Symbols, [.. log.References], log.Types.ToImmutableDictionary());
        return new BindingResult(policy, model, [.. log.Diagnostics]);
    }

    private static BoundPolicy BindPolicy(Declarations declarations, PolicyDeclarationSyntax policy, BindingLog log)
    {
        var root = declarations.Root;
        var isPack = policy.Keyword.Text == "pack";
        var name = string.Join(".", policy.Name.Parts.Select(p => p.Text));
        var binder = new Binder(root, declarations, log, ImmutableDictionary<string, ToolSpec>.Empty, ImmutableDictionary<string, AttributeSpec>.Empty);

        var top = binder.ReadBlock(policy.Body, isPack ? "a pack" : "a policy", LanguageSchema.Policy);
        var version = top.Settings.TryGetValue("version", out var v) ? binder.StringSetting(v) : null;
        var owner = top.Settings.TryGetValue("owner", out var o) ? binder.StringSetting(o) : null;
        var tier = top.Settings.TryGetValue("tier", out var tierSetting) ? binder.TierSetting(tierSetting) : null;
        var policyTools = top.Settings.TryGetValue("tools", out var tools) ? binder.ToolList(tools.Value) : [];
        var models = declarations.Symbols.Where(s => s.Kind == SymbolKind.Model).Select(s => s.Name).ToImmutableArray();

        // Tools first, then context attributes: guards and tests need their types.
        var toolSpecs = ImmutableArray.CreateBuilder<ToolSpec>();
        foreach (var (tree, item) in declarations.Items.Where(i => i.Syntax is ToolDeclarationSyntax))
        {
            if (binder.In(tree).BindTool((ToolDeclarationSyntax)item) is { } tool)
            {
                toolSpecs.Add(tool);
            }
        }
        var toolsByName = toolSpecs.GroupBy(t => t.Name).ToImmutableDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var attributes = ImmutableArray.CreateBuilder<AttributeSpec>();
        var attributeLocations = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (tree, item) in declarations.Items.Where(i => i.Syntax is ContextSyntax))
        {
            attributes.AddRange(binder.In(tree).BindContext((ContextSyntax)item, attributeLocations));
        }
        var attributesByPath = attributes.ToImmutableDictionary(a => a.Path, StringComparer.Ordinal);
        var sequences = ImmutableArray.CreateBuilder<BoundSequence>();
        foreach (var (tree, item) in declarations.Items.Where(i => i.Syntax is ToolDeclarationSyntax))
        {
            sequences.AddRange(new Binder(tree, declarations, log, toolsByName, attributesByPath).BindSequences((ToolDeclarationSyntax)item));
        }
        var maxDepth = binder.BindMaxDepth(top.Others.OfType<MaxDepthSyntax>());

        var guards = ImmutableArray.CreateBuilder<BoundGuard>();
        var judges = ImmutableArray.CreateBuilder<BoundJudge>();
        var reviews = ImmutableArray.CreateBuilder<BoundReview>();
        var breakers = ImmutableArray.CreateBuilder<BoundBreaker>();
        var limits = ImmutableArray.CreateBuilder<BoundLimit>();
        var agents = ImmutableArray.CreateBuilder<BoundAgent>();
        var workflows = ImmutableArray.CreateBuilder<BoundWorkflow>();
        var packTiers = ImmutableArray.CreateBuilder<BoundPackTier>();
        var pace = ImmutableArray<PaceStateSpec>.Empty;
        var paceSeen = false;
        var testSyntax = new List<TestDeclarationSyntax>();
        foreach (var (tree, item) in declarations.Items)
        {
            // Declarations from used packs and files are bound in their own tree.
            var itemBinder = new Binder(tree, declarations, log, toolsByName, attributesByPath);
            switch (item)
            {
                case GuardDeclarationSyntax g when itemBinder.BindGuard(g) is { } guard: guards.Add(guard); break;
                case JudgeDeclarationSyntax j when itemBinder.BindJudge(j) is { } judge: judges.Add(itemBinder.WithIntent(judge)); break;
                case ReviewDeclarationSyntax r: reviews.Add(itemBinder.BindReview(r)); break;
                case BreakerDeclarationSyntax b when itemBinder.BindBreaker(b) is { } breaker: breakers.Add(breaker); break;
                case LimitDeclarationSyntax l when itemBinder.BindLimit(l) is { } limit: limits.Add(limit); break;
                case AgentDeclarationSyntax a: agents.Add(itemBinder.BindAgent(a)); break;
                case WorkflowDeclarationSyntax w: workflows.Add(itemBinder.BindWorkflow(w)); break;
                case PaceDeclarationSyntax p when !paceSeen:
                    paceSeen = true;
                    pace = itemBinder.BindPace(p);
                    break;
                case PaceDeclarationSyntax p:
                    // One PACE plan per policy: a second one (e.g. from a used pack) would silently replace the first.
                    itemBinder.Report(DiagnosticCatalog.DuplicateSetting(itemBinder.At(p.Keyword), "pace"));
                    break;
                case TestDeclarationSyntax t: testSyntax.Add(t); break;
                // Settings of a used pack (e.g. its own `model`) were declared already.
                case SettingSyntax { Keyword.Text: "model" } m when tree != root: itemBinder.StringSetting(m); break;
                case SettingSyntax { Keyword.Text: "tier" } t when tree != root:
                    if (itemBinder.TierSetting(t) is { } packTier)
                    {
                        packTiers.Add(new BoundPackTier(tree, packTier));
                    }
                    break;
                case SettingSyntax or UseItemSyntax or ToolDeclarationSyntax or ContextSyntax or MaxDepthSyntax: break;
                case DeclarationSyntax other when tree != root:
                    itemBinder.Report(DiagnosticCatalog.ItemNotAllowed(itemBinder.At(other), Describe(other), "a pack"));
                    break;
            }
        }
        var testBinder = new Binder(root, declarations, log, toolsByName, attributesByPath);
        var tests = testSyntax.Select(testBinder.BindTest).OfType<BoundTest>().ToImmutableArray();
        return new BoundPolicy(root, policy, name, isPack, version, owner, tier, tierSetting, packTiers.ToImmutable(), models, policyTools,
            toolSpecs.ToImmutable(), attributes.ToImmutable(), [.. log.DeclaredRules], guards.ToImmutable(), judges.ToImmutable(),
            reviews.ToImmutable(), breakers.ToImmutable(), agents.ToImmutable(), pace, [.. log.PaceReferences], tests,
            declarations.Symbols, [.. log.References])
        {
            Limits = limits.ToImmutable(),
            Sequences = sequences.ToImmutable(),
            MaxDepth = maxDepth,
            BreakerTriggers = [.. log.BreakerTriggers],
            AgentActions = [.. log.AgentActions],
            Workflows = workflows.ToImmutable(),
        };
    }

    /// <summary>A binder for another file that knows what this one knows.</summary>
    private Binder In(SyntaxTree tree) => new(tree, _declarations, _log, _tools, _attributes);

    // ---- setting values ----------------------------------------------------------------------------

    private Tier? TierSetting(SettingSyntax setting) =>
        EnumSetting(setting, EnumMembers.TierNames, "one of `low`, `medium`, `high`, `critical`");

    private string? StringSetting(SettingSyntax setting)
    {
        if (setting.Value is LiteralExpressionSyntax { Token.Value: string value })
        {
            return value;
        }
        Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), setting.Keyword.Text, "a string"));
        return null;
    }

    private TimeSpan? DurationSetting(SettingSyntax setting)
    {
        if (setting.Value is LiteralExpressionSyntax { Token.Value: TimeSpan value } && value > TimeSpan.Zero)
        {
            return value;
        }
        Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), setting.Keyword.Text, "a positive duration such as `1500ms`, `10s`, `5m` or `4h`"));
        return null;
    }

    private T? EnumSetting<T>(SettingSyntax setting, IReadOnlyDictionary<string, T> names, string expected)
        where T : struct
    {
        if (setting.Value is PathExpressionSyntax { Segments.Count: 1 } path && names.TryGetValue(path.Segments[0].Text, out var value))
        {
            return value;
        }
        Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), setting.Keyword.Text, expected));
        return null;
    }

    /// <summary>A list of string literals naming declared tools.</summary>
    private ImmutableArray<string> ToolList(ExpressionSyntax value)
    {
        if (value is not ListExpressionSyntax list)
        {
            Report(DiagnosticCatalog.TypeMismatch(At(value), "list<string>", "a single value"));
            return [];
        }
        var tools = ImmutableArray.CreateBuilder<string>();
        foreach (var element in list.Elements)
        {
            if (element is not LiteralExpressionSyntax { Token: { Value: string name } token })
            {
                Report(DiagnosticCatalog.TypeMismatch(At(element), "string", "an expression"));
                continue;
            }
            if (Lookup(token, SymbolKind.Tool) is null)
            {
                Report(DiagnosticCatalog.UndeclaredTool(At(element), name));
            }
            if (tools.Contains(name))
            {
                Report(DiagnosticCatalog.ListedTwice(At(element), $"tool \"{name}\""));
                continue;
            }
            tools.Add(name);
        }
        return tools.ToImmutable();
    }
}

/// <summary>What binding produced: the bound model (null when the file declares no policy), what the language server reads, and the diagnostics.</summary>
internal sealed record BindingResult(BoundPolicy? Policy, SemanticModel Model, ImmutableArray<Diagnostic> Diagnostics);
