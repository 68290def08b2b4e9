using System.CommandLine;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;

namespace Airs.Cli.Commands;

/// <summary>
/// The options of <c>airs serve</c> that decide who may do what (tokens by role, metrics labels) and which bundle
/// versions are accepted (floors, downgrades). Each token's secret is the whole value of its own environment variable;
/// its name is given beside it, never read out of the secret.
/// </summary>
public sealed class ServeAccessOptions
{
    private static readonly string[] Roles = ["admin", "reviewer", "decision", "metrics"];

    private readonly Option<string?> admin = new("--admin-token-env") { Description = "the environment variable holding the admin token (named `admin`)" };
    private readonly Option<string?> reviewer = new("--reviewer-token-env") { Description = "the environment variable holding a reviewer token (named `reviewer`): review tickets only" };
    private readonly Option<string?> decision = new("--decision-token-env") { Description = "the environment variable holding the decision token (named `client`); decisions then need one" };
    private readonly Option<string?> metrics = new("--metrics-token-env") { Description = "the environment variable holding the metrics token (named `metrics`); /metrics then needs one" };
    private readonly Option<string[]> tokens = new("--token") { Description = "a named token, `role:name:VARIABLE` (role: admin, reviewer, decision or metrics); repeatable" };
    private readonly Option<bool> userLabels = new("--metrics-user-labels") { Description = "show user and session ids in /metrics breaker labels" };
    private readonly Option<string[]> minVersions = new("--min-version") { Description = "the lowest version accepted for a policy, `policy=version`; repeatable" };
    private readonly Option<bool> allowDowngrade = new("--allow-downgrade") { Description = "let a reload swap in an older bundle version than the one served" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { admin, reviewer, decision, metrics, tokens, userLabels, minVersions, allowDowngrade })
        {
            command.Options.Add(option);
        }
    }

    /// <exception cref="UsageException">A variable is unset, a secret is weak, or a `--token` or `--min-version` is malformed.</exception>
    public SidecarOptions Apply(ParseResult result, SidecarOptions options)
    {
        var byRole = Roles.ToDictionary(r => r, _ => new List<SidecarToken>());
        Add(byRole, "admin", "admin", result.GetValue(admin));
        Add(byRole, "reviewer", "reviewer", result.GetValue(reviewer));
        Add(byRole, "decision", "client", result.GetValue(decision));
        Add(byRole, "metrics", "metrics", result.GetValue(metrics));
        foreach (var spec in result.GetValue(tokens) ?? [])
        {
            var parts = spec.Split(':');
            if (parts.Length != 3 || !Roles.Contains(parts[0]) || parts[1].Length == 0 || parts[2].Length == 0)
            {
                throw new UsageException($"`--token {spec}`: write `role:name:VARIABLE`, with role `admin`, `reviewer`, `decision` or `metrics`");
            }
            Add(byRole, parts[0], parts[1], parts[2]);
        }
        return options with
        {
            AdminTokens = byRole["admin"],
            ReviewerTokens = byRole["reviewer"],
            DecisionTokens = byRole["decision"],
            MetricsTokens = byRole["metrics"],
            MetricsUserLabels = result.GetValue(userLabels),
            AllowDowngrade = result.GetValue(allowDowngrade),
            Trust = WithFloors(options.Trust, result.GetValue(minVersions) ?? []),
        };
    }

    private static void Add(Dictionary<string, List<SidecarToken>> byRole, string role, string name, string? variable)
    {
        if (variable is null)
        {
            return;
        }
        if (SidecarToken.NameProblem(name) is { } badName)
        {
            throw new UsageException(badName);
        }
        var secret = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(secret))
        {
            throw new UsageException($"the environment variable `{variable}` (token `{name}`) is not set");
        }
        if (SidecarToken.SecretProblem(secret) is { } weak)
        {
            throw new UsageException($"`{variable}`: the secret of token `{name}` {weak}");
        }
        byRole[role].Add(new SidecarToken(name, secret));
    }

    private static BundleTrust WithFloors(BundleTrust trust, string[] floors)
    {
        var keys = trust.Keys;
        foreach (var floor in floors)
        {
            var parts = floor.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !PolicyVersionOrder.IsComparable(parts[1]))
            {
                throw new UsageException($"`--min-version {floor}`: write `policy=version`, e.g. `support_bot=1.4.0`");
            }
            keys = keys.WithVersionFloor(parts[0], parts[1]);
        }
        return BundleTrust.SignedBy(keys).AndAllowUnsigned(trust.UnsignedPolicies);
    }
}
