using System.Buffers.Binary;
using System.Text;

namespace Airs.Runtime.Bundles;

/// <summary>
/// The container of a bundle: a strict profile of zip. Entries are stored (not compressed), with no extra
/// fields, comments, data descriptors or timestamps (all dates are 1980-01-01), local headers in order,
/// then the central directory, then the end record, then nothing. Every header field is either fixed or
/// computed from the entries, so the reader can require the whole file to be exactly what the writer
/// would produce: together with the signature, no byte of a signed bundle is unauthenticated.
/// Standard zip tools can still list and extract it. The writer is on the authoring side
/// (<c>Airs.Compiler.Bundles.BundleArchiveWriter</c>); the runtime only reads.
/// </summary>
public static class BundleArchive
{
    internal const uint LocalHeaderSignature = 0x04034b50;
    internal const uint CentralHeaderSignature = 0x02014b50;
    internal const uint EndSignature = 0x06054b50;
    internal const ushort VersionNeeded = 10;    // 1.0: stored entries
    internal const ushort VersionMadeBy = 20;    // 2.0, MS-DOS attributes
    internal const ushort DosDate19800101 = 0x0021;
    internal const int LocalHeaderSize = 30;
    internal const int CentralHeaderSize = 46;
    internal const int EndSize = 22;
    private const int MaxEntries = 16;

    /// <summary>Reads and checks an archive; returns entry name → bytes.</summary>
    /// <exception cref="BundleLoadException">Anything other than a canonical bundle archive within the limits.</exception>
    internal static IReadOnlyDictionary<string, byte[]> Read(ReadOnlySpan<byte> file, BundleLimits limits)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var order = new List<(string Name, uint Offset, uint Crc, int Size)>();
        var at = 0;
        while (Remaining(file, at) >= 4 && U32(file, at) == LocalHeaderSignature)
        {
            if (order.Count == MaxEntries)
            {
                throw new BundleLoadException(BundleError.UnexpectedEntry, $"the archive holds more than {MaxEntries} entries");
            }
            Need(file, at, LocalHeaderSize);
            var offset = (uint)at;
            RequireFixed(U16(file, at + 4) == VersionNeeded && U16(file, at + 6) == 0 && U16(file, at + 8) == 0
                && U16(file, at + 10) == 0 && U16(file, at + 12) == DosDate19800101 && U16(file, at + 28) == 0, "local header");
            var crc = U32(file, at + 14);
            var compressed = U32(file, at + 18);
            var size = U32(file, at + 22);
            var nameLength = U16(file, at + 26);
            at += LocalHeaderSize;
            Need(file, at, nameLength);
            var name = CheckName(file.Slice(at, nameLength), entries.Keys);
            // Another order holds the same signed entries in another file, with another hash for the audit: one order only.
            if (order.Count > 0 && BundleEntries.Rank(name) < BundleEntries.Rank(order[^1].Name))
            {
                throw new BundleLoadException(BundleError.MalformedArchive,
                    $"entry `{name}` is out of order: a bundle holds `{BundleEntries.Manifest}`, `{BundleEntries.Assembly}`, then `{BundleEntries.Signature}`");
            }
            at += nameLength;
            RequireFixed(compressed == size, "local header");
            if (size > (uint)limits.MaxBytesOf(name))
            {
                throw new BundleLoadException(BundleError.TooLarge, $"entry `{name}` is {size} bytes, over the limit of {limits.MaxBytesOf(name)}");
            }
            Need(file, at, (int)size);
            var data = file.Slice(at, (int)size);
            at += (int)size;
            if (Crc32.Compute(data) != crc)
            {
                throw new BundleLoadException(BundleError.MalformedArchive, $"entry `{name}` fails its checksum");
            }
            entries.Add(name, data.ToArray());
            order.Add((name, offset, crc, (int)size));
        }
        if (order.Count == 0)
        {
            throw new BundleLoadException(BundleError.MalformedArchive, "the file is not a bundle archive");
        }

        var centralStart = (uint)at;
        foreach (var (name, offset, crc, size) in order)
        {
            Need(file, at, CentralHeaderSize);
            RequireFixed(U32(file, at) == CentralHeaderSignature && U16(file, at + 4) == VersionMadeBy && U16(file, at + 6) == VersionNeeded
                && U16(file, at + 8) == 0 && U16(file, at + 10) == 0 && U16(file, at + 12) == 0 && U16(file, at + 14) == DosDate19800101
                && U32(file, at + 16) == crc && U32(file, at + 20) == (uint)size && U32(file, at + 24) == (uint)size
                && U16(file, at + 28) == name.Length && U16(file, at + 30) == 0 && U16(file, at + 32) == 0 && U16(file, at + 34) == 0
                && U16(file, at + 36) == 0 && U32(file, at + 38) == 0 && U32(file, at + 42) == offset, "central directory");
            at += CentralHeaderSize;
            Need(file, at, name.Length);
            RequireFixed(file.Slice(at, name.Length).SequenceEqual(Encoding.ASCII.GetBytes(name)), "central directory");
            at += name.Length;
        }
        var centralSize = (uint)at - centralStart;
        Need(file, at, EndSize);
        RequireFixed(U32(file, at) == EndSignature && U16(file, at + 4) == 0 && U16(file, at + 6) == 0
            && U16(file, at + 8) == order.Count && U16(file, at + 10) == order.Count && U32(file, at + 12) == centralSize
            && U32(file, at + 16) == centralStart && U16(file, at + 20) == 0, "end record");
        if (at + EndSize != file.Length)
        {
            throw new BundleLoadException(BundleError.MalformedArchive, "the archive has bytes after its end record");
        }
        return entries;
    }

    private static string CheckName(ReadOnlySpan<byte> raw, IEnumerable<string> seen)
    {
        foreach (var b in raw)
        {
            if (b is < 0x20 or > 0x7e)
            {
                throw new BundleLoadException(BundleError.UnsafeEntryPath, "an entry name is not plain printable ASCII");
            }
        }
        var name = Encoding.ASCII.GetString(raw);
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal)
            || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            throw new BundleLoadException(BundleError.UnsafeEntryPath, $"entry `{name}` is a path or directory; a bundle holds only flat entries");
        }
        if (!BundleEntries.IsKnown(name))
        {
            throw new BundleLoadException(BundleError.UnexpectedEntry,
                $"entry `{name}` is not one of `{BundleEntries.Manifest}`, `{BundleEntries.Assembly}`, `{BundleEntries.Signature}`");
        }
        if (seen.Contains(name))
        {
            throw new BundleLoadException(BundleError.DuplicateEntry, $"entry `{name}` appears twice");
        }
        return name;
    }

    private static void RequireFixed(bool ok, string where)
    {
        if (!ok)
        {
            throw new BundleLoadException(BundleError.MalformedArchive, $"the archive's {where} is not in the bundle layout");
        }
    }

    private static int Remaining(ReadOnlySpan<byte> file, int at) => file.Length - at;

    private static void Need(ReadOnlySpan<byte> file, int at, int count)
    {
        if (count < 0 || Remaining(file, at) < count)
        {
            throw new BundleLoadException(BundleError.MalformedArchive, "the archive is truncated");
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16LittleEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32LittleEndian(s[at..]);
}

/// <summary>CRC-32 (IEEE 802.3, as zip uses). System.IO.Hashing is not part of the shared framework.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
