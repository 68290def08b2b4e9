using Airs.Compiler.Binding;
using Airs.Compiler.Tests.Binding;
using Airs.Compiler.Tests.Parsing;

namespace Airs.Compiler.Tests.Checking;

/// <summary>Rules the checker reports over the bound model, where they relate several items.</summary>
public sealed class CheckerTests
{
    /// <summary>
    /// The cycle is reported at the delegation that closes it, in the agent that delegates. (The one-pass binder
    /// looked that delegation up in the last agent declared with the name, which has none: it threw.)
    /// </summary>
    [Fact]
    public void A_delegation_cycle_through_a_duplicated_agent_is_reported_at_the_delegation_that_closes_it()
    {
        var compilation = Compilation.FromText("cycle.airs", """
            policy p {
              tier low
              tool "read" { args { path: string } }
              agent a { tools ["read"]  delegates b with ["read"] }
              agent b { tools ["read"]  delegates a with ["read"] }
              agent b { tools ["read"] }
            }
            """);
        Assert.Equal(
            ["cycle.airs:5:39: error AIRS0121: delegation cycle `a` → `b` → `a`", "cycle.airs:6:9: error AIRS0101: `b` is already declared"],
            compilation.Diagnostics.Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}"));
        Assert.Null(compilation.Policy);
    }

    [Fact]
    public void Rules_over_several_items_are_reported_in_the_file_of_the_item_they_concern()
    {
        using var files = new TempPolicyFiles();
        files.Write("agents.airs", """
            pack agents {
              agent helper { tools ["read"]  approval ["write"] }
            }
            """);
        var root = files.Write("main.airs", """
            policy p {
              tier low
              use "./agents.airs"
              tool "read" { args { path: string } }
              tool "write" { args { path: string } }
              review approvals { sla 1h }
              review unused { sla 1h }
            }
            """);
        var compilation = Compilation.FromFile(root);
        Assert.Equal(
            ["main.airs:7 AIRS0147 review `unused` is never escalated to", "agents.airs:2 AIRS0125 `helper` lists `write` under approval but does not hold it"],
            compilation.Diagnostics.Select(d => $"{Path.GetFileName(d.Location.Source.Path)}:{d.Location.Start.Line + 1} {d.Code} {d.Message}"));
    }

    /// <summary>
    /// A long chain of delegations is walked without recursion: one frame per agent overflowed the stack, which no
    /// handler can catch, so a policy of a few thousand agents killed `airs check` and the language server.
    /// </summary>
    [Fact]
    public void A_long_delegation_chain_is_checked_without_overflowing_the_stack()
    {
        const int Agents = 5000;
        var text = new System.Text.StringBuilder("policy p {\n  tier low\n  tool \"read\" { args { path: string } }\n");
        for (var i = 0; i < Agents; i++)
        {
            text.Append($"  agent a{i} {{ tools [\"read\"]  delegates a{i + 1} with [\"read\"] }}\n");
        }
        text.Append($"  agent a{Agents} {{ tools [\"read\"]  delegates a{Agents - 1} with [\"read\"] }}\n}}\n");

        var compilation = TestSources.OnSmallStack(() => Compilation.FromText("chain.airs", text.ToString()));

        var cycle = Assert.Single(compilation.Diagnostics, d => d.Code == "AIRS0121");
        Assert.Equal($"chain.airs:{Agents + 4}:{Agents.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 39}: delegation cycle `a{Agents - 1}` → `a{Agents}` → `a{Agents - 1}`",
            $"{cycle.Location}: {cycle.Message}");
    }

    /// <summary>
    /// `max depth` is checked in time linear in the delegations: every chain was walked, and a few dozen agents that
    /// each delegate to both agents of the next pair hold 2^n chains, so a 5 KB policy never finished checking (in
    /// `airs check`, or in the language server, where the analysis cannot be cancelled there).
    /// </summary>
    [Fact]
    public async Task Max_depth_is_checked_in_linear_time_when_delegations_fan_out_and_meet_again()
    {
        const int Pairs = 50;
        var text = new System.Text.StringBuilder("policy p {\n  tier low\n  max depth 40\n  tool \"read\" { args { path: string } }\n");
        for (var i = 0; i < Pairs; i++)
        {
            foreach (var name in new[] { "a", "b" })
            {
                text.Append($"  agent {name}{i} {{ tools [\"read\"]  delegates a{i + 1} with [\"read\"]  delegates b{i + 1} with [\"read\"] }}\n");
            }
        }
        text.Append($"  agent a{Pairs} {{ tools [\"read\"] }}\n  agent b{Pairs} {{ tools [\"read\"] }}\n}}\n");

        // A guard against a hanging test: the check takes milliseconds.
        var compilation = await Task.Run(() => Compilation.FromText("fan.airs", text.ToString())).WaitAsync(TimeSpan.FromSeconds(30));

        var beyond = compilation.Diagnostics.Where(d => d.Code == "AIRS0196").Select(d => d.Message).ToList();
        Assert.Equal(2 * (Pairs - 40), beyond.Count);
        Assert.StartsWith("`a41` is reached through 41 delegations (`a0` → `a1` → ", beyond[0], StringComparison.Ordinal);
    }
}
