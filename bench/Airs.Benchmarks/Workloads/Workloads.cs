using System.Globalization;
using System.Text;
using System.Text.Json;
using Airs.Benchmarks.Detectors;
using Airs.Runtime.Context;

namespace Airs.Benchmarks.Workloads;

/// <summary>The policies and requests the benchmarks, the comparisons and the report share.</summary>
internal static class Workloads
{
    /// <summary>The four standard packs, nothing else: the guardrail pass of a typical assistant.</summary>
    public const string GuardrailPolicy = """
        policy guardrail_pass {
          version "1.0.0"
          tier medium
          use airs.injection
          use airs.pii
          use airs.secrets
          use airs.exfiltration
        }
        """;

    public static string CedarDirectory => Path.Combine(Engine.EnginePolicies.RepoRoot(), "bench", "compare", "cedar");

    public static string ToolAuthPolicyPath => Path.Combine(CedarDirectory, "workload.airs");

    /// <summary>A chat message of the given length with nothing any pack looks for.</summary>
    public static string CleanMessage(int length) => SampleText.OfLength(length);

    /// <summary>
    /// A policy of <paramref name="controls"/> input guards that do not fire on <see cref="CleanMessage"/>: a substring
    /// test, a length bound and a role check each, the shape of a hand-written deny list.
    /// </summary>
    public static string ManyControlsPolicy(int controls)
    {
        var text = new StringBuilder();
        text.Append("policy many_controls {\n  version \"1.0.0\"\n  tier medium\n");
        for (var i = 0; i < controls; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  guard rule_{i:D4} on input {{\n    when input.text contains \"forbidden-term-{i:D4}\" or (len(input.text) > {2_000_000 + i} and \"role-{i % 7}\" in user.roles)\n    block \"rule {i}\"\n  }}\n");
        }
        return text.Append("}\n").ToString();
    }

    /// <summary>The Cedar comparison's requests as AirsPolicy contexts (tool_call stage).</summary>
    public static IReadOnlyList<ToolRequest> ToolRequests()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CedarDirectory, "requests.json")));
        return [.. json.RootElement.EnumerateArray().Select(r =>
        {
            var chain = r.GetProperty("chain").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var context = new RequestContext
            {
                ToolName = r.GetProperty("tool").GetString()!,
                ToolArgs = r.GetProperty("args").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
                AgentId = chain[^1],
                AgentChain = chain,
                UserId = "u-1",
                UserRoles = [.. r.GetProperty("roles").EnumerateArray().Select(e => e.GetString()!)],
                SessionId = "s-1",
            };
            return new ToolRequest(r.GetProperty("name").GetString()!, context, r.GetProperty("expected").GetString()!);
        })];
    }
}

internal sealed record ToolRequest(string Name, RequestContext Context, string Expected);
