using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Addresses are read as Kestrel reads them: what it would bind to every interface is not loopback.</summary>
public sealed class SidecarAddressTests
{
    [Theory]
    [InlineData("http://evil@127.0.0.1:0", "has user information")]
    [InlineData("http://user:pass@localhost:0", "has user information")]
    [InlineData("http://127.0.0.1:0/airs", "has a path (`/airs`)")]
    [InlineData("http://[::ffff:127.0.0.1]:0", "write the IPv4 address `127.0.0.1`")]
    [InlineData("http://sidecar.internal:0", "is not a loopback address; pass `--allow-remote`")]
    [InlineData("ftp://127.0.0.1:0", "is not an http or https address")]
    [InlineData(" ; ", "no address to listen on")]
    public async Task AnAddressKestrelWouldNotBindToLoopbackIsRefusedWithAClearError(string urls, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() =>
            SidecarTestHost.StartAsync(directory, ["summariser"], configure: o => o with { Urls = urls }));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task LocalhostAndLoopbackAddressesServeAndOnlyLoopbackIsBound()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with { Urls = "http://127.0.0.1:0;http://[::1]:0" });
        Assert.Equal(2, sidecar.Host.Addresses.Count);
        Assert.All(sidecar.Host.Addresses, a => Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(a.Host.Trim('[', ']'))), a.ToString()));
        using var health = await sidecar.Client.GetAsync("/healthz");
        Assert.True(health.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("http://[::]:5000")]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://10.0.0.7:5000")]
    public void ABoundAddressThatIsNotLoopbackIsRefusedAfterStartUp(string bound)
    {
        var options = new SidecarOptions { BundlePath = "unused", Trust = Runtime.Bundles.BundleTrust.AllowUnsigned("x") };
        var error = Assert.Throws<SidecarConfigurationException>(() => SidecarAddresses.CheckBound([bound], options));
        Assert.Contains($"the server is bound to `{bound}`, which is not a loopback address", error.Message);
        SidecarAddresses.CheckBound(["http://127.0.0.1:5000", "http://localhost:5000", "http://[::1]:5000"], options);
    }
}
