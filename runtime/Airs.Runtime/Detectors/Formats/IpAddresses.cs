using System.Net;
using System.Net.Sockets;

namespace Airs.Runtime.Detectors;

/// <summary>IPv4 in dotted-quad form and IPv6 in every RFC 4291 text form (full, compressed, embedded IPv4).</summary>
internal static class IpAddresses
{
    public static bool IsValidV4(ReadOnlySpan<char> candidate)
    {
        var parts = 0;
        var value = 0;
        var digits = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255)
                {
                    return false;
                }
            }
            else if (c == '.' && digits > 0)
            {
                parts++;
                value = 0;
                digits = 0;
            }
            else
            {
                return false;
            }
        }
        return parts == 3 && digits > 0;
    }

    /// <summary>
    /// A valid quad in <c>0.0.0.0/8</c> ("this network", RFC 1122: <c>0.0.0.0</c>, a wildcard mask <c>0.0.0.255</c>) or
    /// <c>240.0.0.0/4</c> (reserved, and the broadcast <c>255.255.255.255</c>, RFC 1112 and 919; netmasks such as
    /// <c>255.255.255.0</c>): no host has such an address, so it names no one.
    /// </summary>
    public static bool IsReservedV4(ReadOnlySpan<char> quad)
    {
        var first = 0;
        foreach (var c in quad[..quad.IndexOf('.')])
        {
            first = first * 10 + (c - '0');
        }
        return first == 0 || first >= 240;
    }

    /// <summary>
    /// An octet with a leading zero among octets without one (<c>127.04.08.13</c>): an outline or survey number, since an
    /// address is written without padding or with every octet padded to three digits (<c>192.168.001.010</c>).
    /// </summary>
    public static bool HasPaddedOctet(ReadOnlySpan<char> quad)
    {
        bool padded = false, unpadded = false;
        foreach (var range in quad.Split('.'))
        {
            var octet = quad[range];
            padded |= octet.Length > 1 && octet[0] == '0';
            unpadded |= octet.Length < 3;
        }
        return padded && unpadded;
    }

    /// <summary>
    /// A network written in CIDR notation (<c>10.20.0.0/16</c>, <c>172.16.8.0/22</c>): a valid quad whose bits past a
    /// prefix of 30 or less are all zero. It names a block of addresses, no host (rule P9: <c>Subnet 10.20.0.0/16</c> in
    /// two blind sets); <c>192.168.5.225/24</c>, a host in its network, stays an address, as does any <c>/31</c> or <c>/32</c>.
    /// </summary>
    public static bool IsNetworkBlockV4(ReadOnlySpan<char> quad, int prefix)
    {
        if (prefix is < 1 or > 30)
        {
            return false;
        }
        uint address = 0;
        foreach (var range in quad.Split('.'))
        {
            address = (address << 8) | uint.Parse(quad[range], provider: System.Globalization.CultureInfo.InvariantCulture);
        }
        return (address & (uint.MaxValue >> prefix)) == 0;
    }

    public static bool IsValidV6(ReadOnlySpan<char> candidate)
    {
        // The parser accepts scope ids and brackets; a bare address has neither.
        if (candidate.Length < 2 || candidate.IndexOfAny('%', '[') >= 0 || candidate.Count(':') < 2)
        {
            return false;
        }
        return IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }
}
