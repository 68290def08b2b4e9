using Airs.Compiler.Binding;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Semantics;

/// <summary>Symbol kinds as hover and completion name them (<c>guard</c>, <c>judge</c>, …).</summary>
public static class SymbolKinds
{
    public static readonly KeywordTable<SymbolKind> Table = new(
        (SymbolKind.Policy, "policy"), (SymbolKind.Pack, "pack"), (SymbolKind.Guard, "guard"), (SymbolKind.Judge, "judge"),
        (SymbolKind.Review, "review"), (SymbolKind.Breaker, "breaker"), (SymbolKind.Agent, "agent"), (SymbolKind.Tool, "tool"),
        (SymbolKind.Model, "model"), (SymbolKind.Test, "test"), (SymbolKind.Limit, "limit"), (SymbolKind.Workflow, "workflow"));
}
