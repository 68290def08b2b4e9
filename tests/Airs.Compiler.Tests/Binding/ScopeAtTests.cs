using Airs.Compiler.Binding;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Tests.Binding;

/// <summary><see cref="SemanticModel.ScopeAt"/> narrows as the binder binds: its answer is what the binder accepts.</summary>
public sealed class ScopeAtTests
{
    private const string Policy = "policy p {{\n  tier low\n  tool \"a\" {{ args {{ x: number }} }}\n  tool \"b\" {{ args {{ x: number }} }}\n  guard g on tool_call {{\n    when {0}\n    block\n  }}\n}}\n";

    private static (Compilation Compilation, PositionScope Scope) At(string condition)
    {
        var compilation = Compilation.FromText("p.airs", string.Format(Policy, condition));
        var text = compilation.Root.Source.Text;
        return (compilation, compilation.Model.ScopeAt(compilation.Root, text.LastIndexOf("tool.args.x", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("tool.name == \"a\" and tool.args.x > 1", new[] { "a" })]
    [InlineData("tool.name in [\"a\", \"b\"] and tool.args.x > 1", new[] { "a", "b" })]
    [InlineData("tool.name in [\"a\", \"b\"] and (tool.name == \"b\" and tool.args.x > 1)", new[] { "b" })]
    [InlineData("(tool.name in [\"a\", \"b\"] and tool.name == \"a\") and tool.args.x > 1", new[] { "a" })]
    public void The_scope_holds_the_tools_the_binder_narrows_to(string condition, string[] tools)
    {
        var (compilation, scope) = At(condition);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(Stage.ToolCall, scope.Stage);
        Assert.Equal(tools.Order(), scope.NarrowedTools!.Order());
    }

    [Theory]
    [InlineData("tool.args.x > 1")]
    [InlineData("tool.name == \"a\" or tool.args.x > 1")]
    public void Where_nothing_narrows_the_binder_refuses_tool_args_and_the_scope_says_so(string condition)
    {
        var (compilation, scope) = At(condition);
        Assert.Contains(compilation.Diagnostics, d => d.Code == "AIRS0111");
        Assert.Null(scope.NarrowedTools);
    }
}
