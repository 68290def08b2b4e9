using System.Net;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Which addresses the sidecar may listen on. Addresses are read with Kestrel's own parser
/// (<see cref="BindingAddress"/>), so the check sees the host Kestrel will bind: Kestrel binds every interface for
/// any host that is neither <c>localhost</c> nor an IP address (<c>evil@127.0.0.1</c> included). After start-up the
/// addresses Kestrel reports are checked again, so nothing but loopback is served without <c>--allow-remote</c>.
/// </summary>
internal static class SidecarAddresses
{
    /// <summary>Checks every address of <see cref="SidecarOptions.Urls"/> before Kestrel sees it.</summary>
    public static void CheckConfigured(SidecarOptions options)
    {
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            throw new SidecarConfigurationException("no address to listen on; give e.g. `http://127.0.0.1:8787`");
        }
        foreach (var url in urls)
        {
            Check(url, Parse(url), options, bound: false);
        }
    }

    /// <summary>Checks the addresses Kestrel actually bound.</summary>
    public static void CheckBound(IEnumerable<string> addresses, SidecarOptions options)
    {
        foreach (var address in addresses)
        {
            Check(address, Parse(address), options, bound: true);
        }
    }

    /// <summary>Whether Kestrel binds <paramref name="address"/> to loopback only.</summary>
    public static bool IsLoopback(BindingAddress address) => IsLoopbackName(address.Host);

    /// <summary>
    /// Whether a request's <c>Host</c> names loopback (<c>localhost</c> or a loopback address) or is absent (HTTP/1.0):
    /// a browser sends any other name to a loopback server only when an attacker's name was re-pointed there (DNS rebinding).
    /// </summary>
    public static bool IsLoopbackHost(HostString host) => !host.HasValue || IsLoopbackName(host.Host);

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip) && !ip.IsIPv4MappedToIPv6);

    private static BindingAddress Parse(string url)
    {
        try
        {
            return BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            throw new SidecarConfigurationException($"`{url}` is not an address; use e.g. `http://127.0.0.1:8787`");
        }
    }

    private static void Check(string url, BindingAddress address, SidecarOptions options, bool bound)
    {
        if (address.IsUnixPipe || address.IsNamedPipe || address.Scheme is not ("http" or "https"))
        {
            throw new SidecarConfigurationException($"`{url}` is not an http or https address with a host and a port");
        }
        if (address.Host.Contains('@'))
        {
            throw new SidecarConfigurationException($"`{url}` has user information (`…@`); an address to listen on is `http://host:port`");
        }
        if (address.PathBase.Length > 0)
        {
            throw new SidecarConfigurationException($"`{url}` has a path (`{address.PathBase}`); an address to listen on is `http://host:port`");
        }
        if (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && ip.IsIPv4MappedToIPv6)
        {
            throw new SidecarConfigurationException($"`{url}` is an IPv4-mapped IPv6 address; write the IPv4 address `{ip.MapToIPv4()}`");
        }
        if (IsLoopback(address))
        {
            return;
        }
        var what = bound ? $"the server is bound to `{url}`, which" : $"`{url}`";
        if (!options.AllowRemote)
        {
            throw new SidecarConfigurationException($"{what} is not a loopback address; pass `--allow-remote` to listen on it");
        }
        if (options.AdminTokens.Count == 0 || options.DecisionTokens.Count == 0)
        {
            throw new SidecarConfigurationException($"listening on `{url}` needs both an admin token and a decision token");
        }
    }
}
