using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
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
            Report(DiagnosticCatalog.UnknownEnumMember(At(type), text, "argument type", ["string", "number", "bool", "[string]", "[number]"]));
        }
        return result;
    }

    private BoundAgent BindAgent(AgentDeclarationSyntax agent)
    {
        var name = agent.Name.Text;
        var items = ReadBlock(agent.Body, $"agent `{name}`", LanguageSchema.Agent);
        var tools = items.Settings.TryGetValue("tools", out var t) ? ToolList(t.Value) : [];
        var approval = items.Settings.TryGetValue("approval", out var a) ? ToolList(a.Value) : [];
        var intent = BindIntentOf(items.Others, $"agent `{name}`", scopesTools: true);
        if (items.Settings.TryGetValue("task", out var taskSetting))
        {
            // The inert `task` string of earlier versions: still read, as an intent with only a goal.
            Report(DiagnosticCatalog.TaskDeprecated(At(taskSetting.Keyword), name));
            if (intent is null && StringSetting(taskSetting) is { } task)
            {
                intent = new BoundIntent(_tree, taskSetting, task, [], [], [], null, [], null);
            }
        }
        var delegations = ImmutableArray.CreateBuilder<BoundDelegation>();
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
            // One grant per delegate: the engine keys delegations by the agent delegated to.
            if (delegations.Any(d => d.To == delegates.Agent.Text))
            {
                Report(DiagnosticCatalog.DuplicateSetting(At(delegates.Agent), $"delegates {delegates.Agent.Text}"));
                continue;
            }
            delegations.Add(new BoundDelegation(delegates, delegates.Agent.Text, ToolList(delegates.Tools)));
        }
        return new BoundAgent(_tree, agent, name, tools, approval, a, intent, delegations.ToImmutable())
        {
            Backup = items.Settings.TryGetValue("backup", out var backup) ? BackupOf(name, backup) : null,
        };
    }

    /// <summary>The <c>backup</c> setting: a declared agent other than this one.</summary>
    private string? BackupOf(string agent, SettingSyntax setting)
    {
        if (setting.Value is not PathExpressionSyntax { Segments: [var backup] })
        {
            Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), "backup", "the name of a declared agent"));
            return null;
        }
        if (Lookup(backup, SymbolKind.Agent) is null)
        {
            Report(DiagnosticCatalog.UndeclaredAgent(At(backup), backup.Text));
            return null;
        }
        if (backup.Text == agent)
        {
            Report(DiagnosticCatalog.BackupIsItself(At(backup), agent));
            return null;
        }
        return backup.Text;
    }
}
