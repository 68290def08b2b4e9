using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    // Where each agent was declared (its file too), to report a delegation cycle at the delegation that closes it.
    private readonly Dictionary<string, (AgentDeclarationSyntax Syntax, Text.SourceText Source)> _agentSyntax = new(StringComparer.Ordinal);

    private ToolSpec? BindTool(ToolDeclarationSyntax tool)
    {
        if (tool.Name.Value is not string name)
        {
            return null;
        }
        var items = ReadBlock(tool.Body, $"tool `{name}`", LanguageSchema.Tool);
        var args = ImmutableArray.CreateBuilder<ToolArgSpec>();
        foreach (var arg in items.Others.OfType<ArgsSyntax>().SelectMany(a => a.Arguments))
        {
            if (arg.Name.IsMissing)
            {
                continue;
            }
            if (args.Any(a => a.Name == arg.Name.Text))
            {
                Report(DiagnosticCatalog.DuplicateName(At(arg.Name), arg.Name.Text, $"tool `{name}`"));
                continue;
            }
            if (ArgTypeOf(arg.Type) is { } type)
            {
                args.Add(new ToolArgSpec(arg.Name.Text, type) { Rules = BindRules(arg.Question, arg.Rules, type) });
            }
        }
        return new ToolSpec(name, args.ToImmutable(), items.Flags.Contains("writes"));
    }

    private ArgType? ArgTypeOf(TypeSyntax type)
    {
        var text = type switch
        {
            NamedTypeSyntax n => n.Name.Text,
            ListTypeSyntax { ElementType: NamedTypeSyntax e } => $"[{e.Name.Text}]",
            _ => type.ToFullString().Trim(),
        };
        ArgType? result = text switch
        {
            "string" => ArgType.String,
            "number" => ArgType.Number,
            "bool" => ArgType.Bool,
            "[string]" => ArgType.StringList,
            "[number]" => ArgType.NumberList,
            _ => null,
        };
        if (result is null)
        {
            Report(DiagnosticCatalog.UnknownEnumMember(At(type), text, "argument type", "`string`, `number`, `bool`, `[string]`, `[number]`"));
        }
        return result;
    }

    private AgentSpec BindAgent(AgentDeclarationSyntax agent)
    {
        var name = agent.Name.Text;
        _agentSyntax[name] = (agent, _source);
        var items = ReadBlock(agent.Body, $"agent `{name}`", LanguageSchema.Agent);
        var tools = items.Settings.TryGetValue("tools", out var t) ? ToolList(t.Value) : [];
        var approval = items.Settings.TryGetValue("approval", out var a) ? ToolList(a.Value) : [];
        foreach (var tool in approval.Where(tool => !tools.Contains(tool)))
        {
            Report(DiagnosticCatalog.ApprovalNotHeld(At(a!.Value), name, tool));
        }
        var task = items.Settings.TryGetValue("task", out var taskSetting) ? StringSetting(taskSetting) : null;
        var delegations = ImmutableArray.CreateBuilder<DelegationSpec>();
        foreach (var delegates in items.Others.OfType<DelegatesSyntax>())
        {
            if (delegates.Agent.IsMissing)
            {
                continue;
            }
            if (Lookup(delegates.Agent, SymbolKind.Agent) is null)
            {
                Report(DiagnosticCatalog.UndeclaredAgent(At(delegates.Agent), delegates.Agent.Text));
                continue;
            }
            var granted = ToolList(delegates.Tools);
            // RT-02: a delegation can only narrow authority, never widen it.
            foreach (var tool in granted.Where(tool => !tools.Contains(tool)))
            {
                Report(DiagnosticCatalog.DelegationWidens(At(delegates.Tools), name, delegates.Agent.Text, tool));
            }
            delegations.Add(new DelegationSpec(delegates.Agent.Text, granted));
        }
        return new AgentSpec(name, tools, delegations.ToImmutable(), approval, task);
    }

    /// <summary>A review nothing escalates to is dead configuration. Tool approvals use the first review implicitly.</summary>
    private void CheckReviewsUsed(IReadOnlyList<ReviewSpec> reviews, IReadOnlyList<AgentSpec> agents)
    {
        var implicitlyUsed = agents.Any(a => a.Approval.Length > 0) && reviews.Count > 0 ? reviews[0].Name : null;
        foreach (var symbol in _symbols.Where(s => s.Kind == SymbolKind.Review))
        {
            if (symbol.Name != implicitlyUsed && !_references.Any(r => r.Symbol == symbol))
            {
                Report(DiagnosticCatalog.UnusedReview(symbol.NameLocation, symbol.Name));
            }
        }
    }

    /// <summary>Reports each delegation cycle once, at the delegation that closes it.</summary>
    private void CheckDelegations(IEnumerable<AgentSpec> agents)
    {
        var byName = agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var path = new List<string>();

        void Visit(string agent)
        {
            state[agent] = 1;
            path.Add(agent);
            foreach (var delegation in byName[agent].Delegates)
            {
                if (!byName.ContainsKey(delegation.To))
                {
                    continue;
                }
                if (state.GetValueOrDefault(delegation.To) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(delegation.To)).Append(delegation.To);
                    var (syntax, source) = _agentSyntax[agent];
                    var at = syntax.Body.Items.OfType<DelegatesSyntax>().First(d => d.Agent.Text == delegation.To);
                    Report(DiagnosticCatalog.DelegationCycle(new Location(source, at.Agent.Span), string.Join(" → ", cycle.Select(a => $"`{a}`"))));
                }
                else if (state.GetValueOrDefault(delegation.To) == 0)
                {
                    Visit(delegation.To);
                }
            }
            path.RemoveAt(path.Count - 1);
            state[agent] = 2;
        }

        foreach (var agent in byName.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(agent) == 0)
            {
                Visit(agent);
            }
        }
    }
}
