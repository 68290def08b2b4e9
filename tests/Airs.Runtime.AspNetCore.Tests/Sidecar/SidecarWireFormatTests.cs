using System.Text.Json;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Issue 15.8: what the sidecar sends is what docs/sidecar.md shows — timings in milliseconds, enums in snake case.</summary>
public sealed class SidecarWireFormatTests
{
    [Fact]
    public async Task A_decision_has_the_documented_shape_with_timings_as_milliseconds()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"]);

        var decision = await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));

        var timings = decision.GetProperty("timings");
        Assert.Equal(["guardrailsMs", "judgesMs", "reviewMs", "breakersMs", "auditMs", "totalMs"], timings.EnumerateObject().Select(p => p.Name));
        Assert.All(timings.EnumerateObject(), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
        var parts = timings.EnumerateObject().Where(p => p.Name != "totalMs").Sum(p => p.Value.GetDouble());
        Assert.Equal(parts, timings.GetProperty("totalMs").GetDouble(), 6);
        AssertSameShape(DocsExample("decision"), decision, "$");
    }

    [Fact]
    public async Task Pace_actions_are_snake_case_like_every_other_enum()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"]);

        using var moved = await sidecar.SendAsync(HttpMethod.Put, "/v1/pace/desk_bot", """{"level":"emergency","reason":"incident 42"}""", SidecarTestHost.AdminSecret);
        var pace = JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(["halt"], pace.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("emergency", pace.GetProperty("state").GetProperty("level").GetString());
        AssertSameShape(DocsExample("pace"), pace, "$");
    }

    /// <summary>The ```json &lt;name&gt; block of docs/sidecar.md.</summary>
    private static JsonElement DocsExample(string name)
    {
        var docs = File.ReadAllText(Path.Combine(SidecarTestHost.RepoRoot(), "docs", "sidecar.md"));
        var fence = $"```json {name}\n";
        var start = docs.IndexOf(fence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/sidecar.md has no {fence.Trim()} block");
        start += fence.Length;
        return JsonDocument.Parse(docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)]).RootElement.Clone();
    }

    /// <summary>Same property names (both ways) and the same JSON kinds, recursively; arrays compare their first items.</summary>
    private static void AssertSameShape(JsonElement documented, JsonElement actual, string path)
    {
        Assert.True(Kind(documented) == Kind(actual), $"{path}: the docs show {Kind(documented)}, the sidecar sends {Kind(actual)}");
        if (documented.ValueKind == JsonValueKind.Object)
        {
            var names = documented.EnumerateObject().Select(p => p.Name).Order().ToList();
            Assert.True(names.SequenceEqual(actual.EnumerateObject().Select(p => p.Name).Order()),
                $"{path}: the docs show {string.Join(",", names)}; the sidecar sends {string.Join(",", actual.EnumerateObject().Select(p => p.Name).Order())}");
            foreach (var property in documented.EnumerateObject())
            {
                AssertSameShape(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
            }
        }
        else if (documented.ValueKind == JsonValueKind.Array && documented.GetArrayLength() > 0 && actual.GetArrayLength() > 0)
        {
            AssertSameShape(documented[0], actual[0], path + "[0]");
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? "boolean" : value.ValueKind.ToString();
}
