using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

// Sequence rules (`after "orders.lookup" same order_id within 30m per session` in a tool) and the policy's
// `max depth`: what relates one call to earlier calls and one agent to the chain it acts in.
internal sealed partial class Binder
{
    /// <summary>The <c>after</c> rules of one tool; bound once every tool is known, since they name other tools.</summary>
    private ImmutableArray<BoundSequence> BindSequences(ToolDeclarationSyntax tool)
    {
        if (tool.Name.Value is not string name || !_tools.TryGetValue(name, out var spec))
        {
            return [];
        }
        var sequences = ImmutableArray.CreateBuilder<BoundSequence>();
        foreach (var rule in tool.Body.Items.OfType<SequenceSyntax>())
        {
            if (BindSequence(spec, rule) is { } bound)
            {
                sequences.Add(new BoundSequence(_tree, rule, bound));
            }
        }
        return sequences.ToImmutable();
    }

    private SequenceSpec? BindSequence(ToolSpec tool, SequenceSyntax rule)
    {
        if (rule.Tool.Value is not string afterName)
        {
            return null; // reported by the parser
        }
        var ok = true;
        ToolSpec? after = null;
        if (Lookup(rule.Tool, SymbolKind.Tool) is null || !_tools.TryGetValue(afterName, out after))
        {
            ok = Fail(DiagnosticCatalog.SequenceUnknownTool(At(rule.Tool), afterName, EditDistance.Suggest(afterName, _tools.Keys)));
        }
        var same = ImmutableArray.CreateBuilder<string>();
        foreach (var argument in rule.Arguments.Where(a => !a.IsMissing))
        {
            var mine = tool.Args.FirstOrDefault(a => a.Name == argument.Text);
            var theirs = after?.Args.FirstOrDefault(a => a.Name == argument.Text);
            if (mine is null)
            {
                ok = Fail(DiagnosticCatalog.SequenceArgumentNotDeclared(At(argument), argument.Text, tool.Name));
            }
            else if (after is not null && theirs is null)
            {
                ok = Fail(DiagnosticCatalog.SequenceArgumentNotDeclared(At(argument), argument.Text, after.Name));
            }
            else if (theirs is not null && theirs.Type != mine.Type)
            {
                ok = Fail(DiagnosticCatalog.SequenceArgumentTypes(At(argument), argument.Text, tool.Name, TypeText(mine.Type), after!.Name, TypeText(theirs.Type)));
            }
            if (!same.Contains(argument.Text))
            {
                same.Add(argument.Text);
            }
        }
        var within = PositiveWindow(rule.Window, "a sequence window", "a positive duration such as `30m`", ref ok);
        var scope = SequenceScope.Session;
        if (rule.Scope is { IsMissing: false } key && !SequenceScopes.Table.TryParse(key.Text, out scope))
        {
            ok = Fail(DiagnosticCatalog.UnknownEnumMember(At(key), key.Text, "sequence scope", SequenceScopes.Table.Keywords));
        }
        return ok ? new SequenceSpec(tool.Name, afterName, same.ToImmutable(), within, scope) : null;
    }

    /// <summary>The policy's <c>max depth</c>: a whole number of delegations, at least 1.</summary>
    private BoundMaxDepth? BindMaxDepth(IEnumerable<MaxDepthSyntax> items)
    {
        BoundMaxDepth? bound = null;
        foreach (var item in items)
        {
            if (bound is not null)
            {
                Report(DiagnosticCatalog.DuplicateSetting(At(item.MaxKeyword), "max depth"));
                continue;
            }
            if (item.Value is LiteralExpressionSyntax { Token.Value: double depth } && depth >= 1 && depth == Math.Floor(depth) && depth <= 64)
            {
                bound = new BoundMaxDepth(_tree, item, (int)depth);
            }
            else
            {
                Report(DiagnosticCatalog.InvalidNumber(At(item.Value), "`max depth`", "a whole number of delegations from 1 to 64"));
            }
        }
        return bound;
    }
}
