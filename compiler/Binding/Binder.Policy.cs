using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{

    private ImmutableArray<string> _models = [];

    private PolicyIR? BindPolicy(PolicyDeclarationSyntax policy)
    {
        var isPack = policy.Keyword.Text == "pack";
        _policyName = string.Join(".", policy.Name.Parts.Select(p => p.Text));
        _symbols.Insert(0, new Symbol(_policyName, isPack ? SymbolKind.Pack : SymbolKind.Policy, At(policy.Name), policy, isPack ? "standard pack" : "policy"));

        var top = ReadBlock(policy.Body, isPack ? "a pack" : "a policy", LanguageSchema.Policy);
        var version = top.Settings.TryGetValue("version", out var v) ? StringSetting(v) ?? "0.0.0" : "0.0.0";
        var owner = top.Settings.TryGetValue("owner", out var o) ? StringSetting(o) : null;
        if (top.Settings.TryGetValue("tier", out var tierSetting))
        {
            _tier = EnumSetting(tierSetting, EnumMembers.TierNames, "one of `low`, `medium`, `high`, `critical`") ?? Tier.Medium;
        }
        else if (!isPack)
        {
            Report(DiagnosticCatalog.MissingTier(At(policy.Name), _policyName));
        }
        var policyTools = top.Settings.TryGetValue("tools", out var tools) ? ToolList(tools.Value) : [];
        _models = [.. _symbols.Where(s => s.Kind == SymbolKind.Model).Select(s => s.Name)];

        // Declarations from used packs and files are bound in their own source; settings of a used pack
        // (e.g. its own `model`) were declared already.
        var guards = ImmutableArray.CreateBuilder<GuardIR>();
        var judges = ImmutableArray.CreateBuilder<JudgeSpec>();
        var reviews = ImmutableArray.CreateBuilder<ReviewSpec>();
        var breakers = ImmutableArray.CreateBuilder<BreakerSpec>();
        var toolSpecs = ImmutableArray.CreateBuilder<ToolSpec>();
        var agents = ImmutableArray.CreateBuilder<AgentSpec>();
        var pace = ImmutableArray<PaceStateSpec>.Empty;
        var paceSeen = false;
        var testSyntax = new List<TestDeclarationSyntax>();
        // Tools first: guards and tests need their argument types.
        foreach (var (tree, item) in _items.Where(i => i.Item is ToolDeclarationSyntax))
        {
            _source = tree.Source;
            if (BindTool((ToolDeclarationSyntax)item) is { } tool)
            {
                toolSpecs.Add(tool);
                _tools[tool.Name] = tool;
            }
        }
        var attributes = ImmutableArray.CreateBuilder<AttributeSpec>();
        foreach (var (tree, item) in _items.Where(i => i.Item is ContextSyntax))
        {
            _source = tree.Source;
            attributes.AddRange(BindContext((ContextSyntax)item));
        }
        foreach (var (tree, item) in _items)
        {
            _source = tree.Source;
            switch (item)
            {
                case GuardDeclarationSyntax g when BindGuard(g) is { } guard: guards.Add(guard); break;
                case JudgeDeclarationSyntax j when BindJudge(j) is { } judge: judges.Add(judge); break;
                case ReviewDeclarationSyntax r: reviews.Add(BindReview(r)); break;
                case BreakerDeclarationSyntax b when BindBreaker(b) is { } breaker: breakers.Add(breaker); break;
                case AgentDeclarationSyntax a: agents.Add(BindAgent(a)); break;
                case PaceDeclarationSyntax p when !paceSeen:
                    paceSeen = true;
                    pace = BindPace(p);
                    break;
                case PaceDeclarationSyntax p:
                    // One PACE plan per policy: a second one (e.g. from a used pack) would silently replace the first.
                    Report(DiagnosticCatalog.DuplicateSetting(At(p.Keyword), "pace"));
                    break;
                case TestDeclarationSyntax t: testSyntax.Add(t); break;
                case SettingSyntax { Keyword.Text: "model" } m when tree != _root: StringSetting(m); break;
                case SettingSyntax { Keyword.Text: "tier" } t when tree != _root: CheckAssessedTier(t, tree, tierSetting ?? (SyntaxNode)policy.Name); break;
                case SettingSyntax or UseItemSyntax or ToolDeclarationSyntax or ContextSyntax: break;
                case DeclarationSyntax other when tree != _root:
                    Report(DiagnosticCatalog.ItemNotAllowed(At(other), Describe(other), "a pack"));
                    break;
            }
        }
        _source = _root.Source;
        CheckDelegations(agents);
        CheckReviewsUsed(reviews, agents);
        CheckPaceReferences();
        var spec = new PolicySpec(_policyName, version, _tier, owner, _models, judges.ToImmutable(), reviews.ToImmutable(),
            breakers.ToImmutable(), toolSpecs.ToImmutable(), agents.ToImmutable(), policyTools, pace)
        {
            Attributes = attributes.ToImmutable(),
        };
        var tests = testSyntax.Select(t => BindTest(t, spec)).OfType<TestIR>().ToImmutableArray();
        return new PolicyIR(spec, guards.ToImmutable(), tests);
    }

    /// <summary>A used pack's `tier` (as `airs assess` writes it) is a floor: the policy may not declare less.</summary>
    private void CheckAssessedTier(SettingSyntax packTier, SyntaxTree pack, SyntaxNode policyTier)
    {
        if (EnumSetting(packTier, EnumMembers.TierNames, "one of `low`, `medium`, `high`, `critical`") is { } assessed && assessed > _tier)
        {
            var name = Path.GetFileName(pack.Source.Path);
            WithSource(_root, () => Report(DiagnosticCatalog.TierBelowAssessment(At(policyTier), _policyName,
                _tier.ToString().ToLowerInvariant(), name, assessed.ToString().ToLowerInvariant())));
        }
    }

    // ---- setting values ----------------------------------------------------------------------------

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
            if (!tools.Contains(name))
            {
                tools.Add(name);
            }
        }
        return tools.ToImmutable();
    }
}
