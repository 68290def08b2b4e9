using System.Security.Cryptography;

namespace Airs.Runtime.Engine;

/// <summary>
/// Default decision ids: version-7 UUIDs (RFC 9562) as 32 lowercase hex digits, the form
/// <c>Guid.CreateVersion7(now).ToString("n")</c> gives, but made without asking the system for random bytes on
/// every decision. 48 bits of Unix milliseconds, so ids sort by time; then 42 bits drawn once per process and a
/// 32-bit counter that starts at a random value (RFC 9562's "fixed-length dedicated counter"): unique within a
/// process, and across processes unless two draw the same 74 bits. One string per id, nothing else.
/// </summary>
internal static class DecisionIds
{
    private static readonly ulong ProcessBits = Random64() & ((1UL << 42) - 1);
    private static long Counter = (long)(Random64() & uint.MaxValue);

    public static string Next(DateTimeOffset now)
    {
        var milliseconds = (ulong)now.ToUnixTimeMilliseconds() & ((1UL << 48) - 1);
        var count = (ulong)Interlocked.Increment(ref Counter) & uint.MaxValue;
        var high = (milliseconds << 16) | 0x7000UL | (ProcessBits >> 30);                   // time, version 7, rand_a
        var low = 0x8000_0000_0000_0000UL | ((ProcessBits & 0x3FFF_FFFFUL) << 32) | count;  // variant 10, rand_b
        return string.Create(32, (high, low), static (chars, id) =>
        {
            id.high.TryFormat(chars[..16], out _, "x16");
            id.low.TryFormat(chars[16..], out _, "x16");
        });
    }

    private static ulong Random64()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }
}
