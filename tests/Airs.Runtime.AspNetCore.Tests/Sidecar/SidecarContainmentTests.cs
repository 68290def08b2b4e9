using System.Text.Json;
using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Issue 17.3–17.4 over HTTP, on a real sidecar (127.0.0.1) and a real SQLite store: sequences, per-agent breakers, authority per level.</summary>
public sealed class SidecarContainmentTests : IAsyncLifetime
{
    private const string Policy = "crew";
    private const string OncallSecret = "oncall-secret-pager-6";

    private const string Source = """
        policy crew {
          version "1.0.0"
          tier high
          tool "orders.lookup" { args { order_id: string } }
          tool "orders.refund" {
            args { order_id: string, amount: number }
            writes
            after "orders.lookup" same order_id within 30m
          }
          agent executor { tools ["orders.lookup", "orders.refund"] }
          agent mailer { tools ["orders.lookup"] }
          breaker refusals {
            trip when blocked >= 2 within 10m per agent
            cooldown 10m
            fallback "This agent is paused."
          }
          pace {
            emergency manual {
              authority ["oncall"]
              halt
            }
          }
        }
        """;

    private readonly string directory = SidecarTestHost.NewDirectory();

    private SidecarTestHost Sidecar { get; set; } = null!;

    public async Task InitializeAsync()
    {
        SidecarTestHost.WriteBundleFromSource(Source, directory);
        Sidecar = await SidecarTestHost.StartAsync(directory, [Policy], configure: o => o with
        {
            AdminTokens = [.. o.AdminTokens, new SidecarToken("oncall", OncallSecret)],
            PacePrincipals = ["lead", "oncall"],
        });
    }

    public async Task DisposeAsync()
    {
        await Sidecar.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private static string Call(string tool, string agent, string orderId = "A-1")
    {
        var amount = tool == "orders.refund" ? ",\"amount\":20" : "";
        return "{\"session\":{\"id\":\"s-1\"},\"agent\":{\"id\":\"" + agent + "\",\"chain\":[\"" + agent + "\"]},"
            + "\"tool\":{\"name\":\"" + tool + "\",\"args\":{\"order_id\":\"" + orderId + "\"" + amount + "}}}";
    }

    private static string Controls(JsonElement decision) =>
        string.Join(",", decision.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("control").GetString()));

    [Fact]
    public async Task A_refund_needs_a_lookup_of_the_same_order_first()
    {
        var refused = await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.refund", "executor"));
        Assert.Equal(("block", "tool_sequence"), (refused.GetProperty("outcome").GetString(), Controls(refused)));
        Assert.Contains("needs an earlier `orders.lookup` with the same `order_id`", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", (await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.lookup", "executor"))).GetProperty("outcome").GetString());
        Assert.Equal("allow", (await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.refund", "executor"))).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_per_agent_breaker_pauses_one_agent_and_an_admin_resets_it_by_its_agent_key()
    {
        for (var i = 0; i < 2; i++)
        {
            await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.refund", "mailer")); // not granted
        }
        var paused = await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.lookup", "mailer"));
        Assert.Equal("This agent is paused.", paused.GetProperty("message").GetString());
        Assert.Equal("allow", (await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.lookup", "executor"))).GetProperty("outcome").GetString());

        using var wrongKey = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/breakers/{Policy}/refusals/reset", """{"key":"user:mailer","reason":"x"}""", SidecarTestHost.AdminSecret);
        await SidecarErrorTests.AssertProblemAsync(wrongKey, 400, "its keys look like `agent:<id>`");
        using var reset = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/breakers/{Policy}/refusals/reset", """{"key":"agent:mailer","reason":"fixed the prompt"}""", SidecarTestHost.AdminSecret);
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());
        Assert.Equal("allow", (await Sidecar.DecideAsync($"/v1/decisions/{Policy}/tool_call", Call("orders.lookup", "mailer"))).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Only_the_principals_a_level_names_may_move_pace_into_it()
    {
        using var refused = await Sidecar.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"emergency","reason":"stop"}""", SidecarTestHost.AdminSecret);
        await SidecarErrorTests.AssertProblemAsync(refused, 403, "`lead` may not move PACE from `primary` to `emergency`");
        using var applied = await Sidecar.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"emergency","reason":"stop"}""", OncallSecret);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        Assert.Equal("emergency", JsonDocument.Parse(await applied.Content.ReadAsStringAsync()).RootElement.GetProperty("level").GetString());
    }
}
