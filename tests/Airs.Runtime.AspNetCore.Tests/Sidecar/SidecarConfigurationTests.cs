using Airs.Cli;
using FsCheck;
using FsCheck.Fluent;
using Airs.Cli.Commands;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

public sealed class SidecarConfigurationTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0", false, true, "pass `--allow-remote`")]
    [InlineData("http://10.1.2.3:8787", false, true, "is not a loopback address")]
    [InlineData("http://0.0.0.0:0", true, false, "needs both an admin token and a decision token")]
    public async Task ARemoteBindIsRefusedUnlessAllowedAndGuarded(string urls, bool allowRemote, bool decisionToken, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with
            {
                Urls = urls,
                AllowRemote = allowRemote,
                DecisionTokens = decisionToken ? [new SidecarToken("app", SidecarTestHost.DecisionSecret)] : [],
            }));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AnUnsignedBundleThatIsNotAllowedIsRefused()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["someone_else"]));
        Assert.Contains("no bundle could be loaded", error.Message);
        Assert.Contains("failed summariser.airsb: ", error.Message);
    }

    [Fact]
    public async Task AHostThatServesNothingNamesWhyAnEngineDidNotStart()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sqlite = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        var store = new FailingStore(sqlite) { FailPaceRead = true };
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["desk_bot"], store));
        Assert.Contains("no bundle could be loaded", error.Message);
        Assert.Contains($"could not start an engine for policy desk_bot version 1.0.0: {FailingStore.Secret}", error.Message);
    }

    [Theory]
    [InlineData("leed", "`--pace-principal leed` names no admin token (admin tokens: `intern`, `lead`)")]
    [InlineData("app", "`--pace-principal app` names no admin token")]
    public async Task APacePrincipalMustBeAnAdminTokenName(string principal, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with { PacePrincipals = ["lead", principal] }));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AnAdminTokenNameIsAPacePrincipal()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"], configure: o => o with { PacePrincipals = ["lead"] });
        Assert.Contains("summariser", sidecar.Host.Policies);
    }

    [Theory]
    [InlineData("1MB", 1L << 20)]
    [InlineData("256kb", 256L << 10)]
    [InlineData("512B", 512L)]
    [InlineData("4096", 4096L)]
    public void SizesParse(string text, long bytes) => Assert.Equal(bytes, ServeCommand.ParseSize(text));

    [Theory]
    [InlineData("")]
    [InlineData("-1MB")]
    [InlineData("lots")]
    [InlineData("0")]
    public void BadSizesAreUsageErrors(string text) => Assert.Throws<UsageException>(() => ServeCommand.ParseSize(text));

    [Fact]
    public void OnlyTheExactSecretMatches()
    {
        // Any string other than the secret itself never matches (a prefix, an extension, a case change).
        const string Secret = "s3cret-lead-token-01";
        var tokens = new[] { new SidecarToken("lead", Secret) };
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), presented =>
                (SidecarToken.Match(tokens, presented ?? "") is not null) == (presented == Secret))
            .QuickCheckThrowOnFailure();
        Assert.Null(SidecarToken.Match(tokens, Secret[..^1]));
        Assert.Null(SidecarToken.Match(tokens, Secret.ToUpperInvariant()));
    }
}
