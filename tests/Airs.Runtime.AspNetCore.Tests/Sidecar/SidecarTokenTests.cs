using System.CommandLine;
using Airs.Cli;
using Airs.Cli.Commands;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Audit;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>One token format: each secret is the whole value of its own variable, and its name comes from elsewhere.</summary>
public sealed class SidecarTokenTests
{
    // A base64 secret with `=` in it: the old `name=secret` format split it into the name `QUJD…UA` and the secret `=`.
    private const string Base64Secret = "QUJDREVGR0hJSktMTU5PUA==";

    private static SidecarOptions Parse(params string[] args)
    {
        var access = new ServeAccessOptions();
        var command = new Command("serve");
        access.AddTo(command);
        var result = command.Parse(args);
        Assert.Empty(result.Errors);
        return access.Apply(result, new SidecarOptions { BundlePath = "unused", Trust = Runtime.Bundles.BundleTrust.AllowUnsigned("x") });
    }

    private static string Variable(string? value)
    {
        var name = "AIRS_TEST_TOKEN_" + Guid.NewGuid().ToString("n")[..10].ToUpperInvariant();
        Environment.SetEnvironmentVariable(name, value);
        return name;
    }

    [Fact]
    public async Task ASecretWithEqualsSignsIsOneSecretAndNeverAName()
    {
        var options = Parse("--admin-token-env", Variable(Base64Secret), "--token", "admin:lead:" + Variable("lead-token-0123456789"));
        Assert.Equal(["admin", "lead"], options.AdminTokens.Select(t => t.Name));

        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"],
            configure: o => o with { AdminTokens = options.AdminTokens, PacePrincipals = null });

        foreach (var guess in new[] { "=", "==", "QUJDREVGR0hJSktMTU5PUA", "lead" })
        {
            using var refused = await sidecar.SendAsync(HttpMethod.Put, "/v1/pace/desk_bot", """{"level":"emergency","reason":"guess"}""", guess);
            await SidecarErrorTests.AssertProblemAsync(refused, 403, "the token is not valid here");
        }
        using var halt = await sidecar.SendAsync(HttpMethod.Put, "/v1/pace/desk_bot", """{"level":"emergency","reason":"drill"}""", Base64Secret);
        Assert.True(halt.IsSuccessStatusCode, await halt.Content.ReadAsStringAsync());
        using var pace = await sidecar.SendAsync(HttpMethod.Get, "/v1/pace/desk_bot", token: Base64Secret);
        var view = await pace.Content.ReadAsStringAsync();
        Assert.Contains("\"level\":\"emergency\"", view);
        Assert.DoesNotContain("QUJD", view);

        await foreach (var record in sidecar.Store.ReadAuditAsync())
        {
            Assert.DoesNotContain("QUJD", record.Actor + record.Payload);
        }
        Assert.Contains(await ReadAuditAsync(sidecar), r => r.Kind == AuditKinds.PaceDowngraded && r.Actor == "admin");
    }

    [Theory]
    [InlineData("", "is not set")]
    [InlineData("short-secret", "is shorter than 16 characters")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa", "fewer than 5 different characters")]
    [InlineData("abababababababababababab", "fewer than 5 different characters")]
    [InlineData("lead=s3cret-lead-0001,oncall=s3cret-oncall-02", "holds a comma")]
    [InlineData("a secret with spaces 123", "a bearer token is visible ASCII")]
    [InlineData("ünïcödé-secret-0123456", "a bearer token is visible ASCII")]
    public void AnEmptyShortOrDegenerateSecretIsAUsageError(string secret, string message)
    {
        var error = Assert.Throws<UsageException>(() => Parse("--admin-token-env", Variable(secret)));
        Assert.Contains(message, error.Message);
        if (secret.Length > 0)
        {
            Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("admin:lead")]
    [InlineData("boss:lead:VAR")]
    [InlineData("admin::VAR")]
    [InlineData("admin:lead:VAR:extra")]
    public void AMalformedNamedTokenIsAUsageError(string spec) =>
        Assert.Contains("role:name:VARIABLE", Assert.Throws<UsageException>(() => Parse("--token", spec)).Message);

    [Fact]
    public void ATokenNameMustBeAPlainName() =>
        Assert.Contains("is not a token name", Assert.Throws<UsageException>(() => Parse("--token", "admin:le ad:" + Variable("lead-token-0123456789"))).Message);

    /// <summary>
    /// The audit log names `system` as the actor of every automatic change (a ticket's expiry, a breaker's trip, an
    /// automatic PACE move). A token named `system` made a person's approval, reset or PACE move read as the machine's.
    /// </summary>
    [Theory]
    [InlineData("system")]
    [InlineData("System")]
    public void No_token_may_be_named_system_the_actor_of_automatic_changes(string name)
    {
        Assert.Contains("is the actor of automatic changes", Assert.Throws<ArgumentException>(() => new SidecarToken(name, Base64Secret)).Message);
        Assert.Contains("is the actor of automatic changes",
            Assert.Throws<UsageException>(() => Parse("--token", $"reviewer:{name}:" + Variable("lead-token-0123456789"))).Message);
    }

    [Fact]
    public void TheConstructorRefusesWeakSecretsToo()
    {
        Assert.Throws<ArgumentException>(() => new SidecarToken("lead", "=".PadRight(20, '=')));
        Assert.Throws<ArgumentException>(() => new SidecarToken("lead", "tooshort"));
        Assert.Throws<ArgumentException>(() => new SidecarToken("", "lead-token-0123456789"));
        Assert.Equal("lead", new SidecarToken("lead", Base64Secret).Name);
    }

    [Fact]
    public async Task TwoTokensWithOneNameOrOneSecretAreRefused()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        var sameName = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with { ReviewerTokens = [new SidecarToken("lead", SidecarTestHost.ReviewerSecret)] }));
        Assert.Contains("two tokens are named `lead`", sameName.Message);
        var sameSecret = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with { DecisionTokens = [new SidecarToken("app", SidecarTestHost.AdminSecret)] }));
        Assert.Contains("tokens `lead` and `app` have the same secret", sameSecret.Message);
    }

    internal static async Task<List<AuditRecord>> ReadAuditAsync(SidecarTestHost sidecar)
    {
        List<AuditRecord> records = [];
        await foreach (var record in sidecar.Store.ReadAuditAsync())
        {
            records.Add(record);
        }
        return records;
    }
}
