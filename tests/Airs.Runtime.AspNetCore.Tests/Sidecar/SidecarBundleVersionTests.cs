using System.Text.Json;
using Airs.Cli;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Audit;
using Airs.Runtime.Bundles;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>An older bundle cannot replace a newer one unless allowed, nor go below a floor; every swap and refusal is audited.</summary>
public sealed class SidecarBundleVersionTests
{
    private const string Guest = """{"input":{"text":"x"},"user":{"roles":["guest"]}}""";

    private static string Summariser(string version) =>
        File.ReadAllText(SidecarTestHost.Example("summariser")).Replace("version \"1.0.0\"", $"version \"{version}\"");

    [Fact]
    public async Task AnOlderVersionIsRefusedOnReloadAndBothAreAudited()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Summariser("1.1.0"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);

        SidecarTestHost.WriteBundleFromSource(Summariser("1.0.0"), directory);
        var result = Assert.Single(await sidecar.Host.ReloadAsync());
        Assert.Equal((BundleReloadStatus.Failed, BundleError.Downgrade), (result.Status, result.Error));
        Assert.Contains("version `1.0.0` is older than version `1.1.0` in use", result.Reason);
        Assert.Equal("1.1.0", (await sidecar.DecideAsync("/v1/decisions/summariser/input", Guest)).GetProperty("version").GetString());

        SidecarTestHost.WriteBundleFromSource(Summariser("1.2.0"), directory);
        await sidecar.Host.ReloadAsync();
        Assert.Equal("1.2.0", (await sidecar.DecideAsync("/v1/decisions/summariser/input", Guest)).GetProperty("version").GetString());

        var records = (await SidecarTokenTests.ReadAuditAsync(sidecar)).Where(r => r.Kind.StartsWith("bundle_", StringComparison.Ordinal)).ToList();
        Assert.Equal([AuditKinds.BundleLoaded, AuditKinds.BundleRefused, AuditKinds.BundleLoaded], records.Select(r => r.Kind));
        var refused = JsonDocument.Parse(records[1].Payload).RootElement;
        Assert.Equal("Downgrade", refused.GetProperty("error").GetString());
        Assert.Equal("1.1.0", refused.GetProperty("kept_version").GetString());
        var swapped = JsonDocument.Parse(records[2].Payload).RootElement;
        Assert.Equal(("1.1.0", "1.2.0"), (swapped.GetProperty("previous_version").GetString(), swapped.GetProperty("version").GetString()));
        Assert.True((await AuditVerifier.VerifyAsync(sidecar.Store)).IsValid);
    }

    [Fact]
    public async Task ADowngradeIsTakenWhenAllowed()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Summariser("2.0.0"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"], configure: o => o with { AllowDowngrade = true });
        SidecarTestHost.WriteBundleFromSource(Summariser("1.0.0"), directory);
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await sidecar.Host.ReloadAsync()).Status);
        Assert.Equal("1.0.0", (await sidecar.DecideAsync("/v1/decisions/summariser/input", Guest)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task ABundleBelowTheFloorIsRefusedAtStartAndTheRefusalIsAudited()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Summariser("1.0.0"), directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        var floor = BundleTrust.SignedBy(TrustStore.Empty.WithVersionFloor("summariser", "1.1.0")).AndAllowUnsigned("summariser");
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() =>
            SidecarTestHost.StartAsync(directory, ["summariser"], store, o => o with { Trust = floor }));
        Assert.Contains("no bundle could be loaded", error.Message);

        List<AuditRecord> records = [];
        await foreach (var record in store.ReadAuditAsync())
        {
            records.Add(record);
        }
        var refused = JsonDocument.Parse(Assert.Single(records, r => r.Kind == AuditKinds.BundleRefused).Payload).RootElement;
        Assert.Contains("version `1.0.0` of policy `summariser` is below its floor `1.1.0`", refused.GetProperty("reason").GetString());
        Assert.Equal("BelowVersionFloor", refused.GetProperty("error").GetString());
        Assert.False(refused.TryGetProperty("kept_version", out _));
    }

    [Fact]
    public void FloorsAndDowngradesComeFromTheCommandLine()
    {
        var access = new Airs.Cli.Commands.ServeAccessOptions();
        var command = new System.CommandLine.Command("serve");
        access.AddTo(command);
        var baseOptions = new SidecarOptions { BundlePath = "unused", Trust = BundleTrust.AllowUnsigned("summariser") };

        var options = access.Apply(command.Parse(["--min-version", "summariser=1.4.0", "--min-version", "desk_bot=v2", "--allow-downgrade"]), baseOptions);
        Assert.Equal("1.4.0", options.Trust.Keys.VersionFloors["summariser"]);
        Assert.Equal("v2", options.Trust.Keys.VersionFloors["desk_bot"]);
        Assert.True(options.Trust.AllowsUnsigned("summariser"));
        Assert.True(options.AllowDowngrade);

        foreach (var bad in new[] { "summariser", "=1.0.0", "summariser=latest" })
        {
            var usage = Assert.Throws<UsageException>(() => access.Apply(command.Parse(["--min-version", bad]), baseOptions));
            Assert.Contains("write `policy=version`", usage.Message);
        }
    }
}
