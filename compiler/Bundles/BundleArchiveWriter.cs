using System.Buffers.Binary;
using System.Text;
using Airs.Runtime.Bundles;
using static Airs.Runtime.Bundles.BundleArchive;

namespace Airs.Compiler.Bundles;

/// <summary>
/// Writes the container of a bundle in the canonical layout that <see cref="BundleArchive"/> reads and
/// requires byte for byte (see docs/bundles.md). Authoring only: the runtime never writes an archive.
/// </summary>
public static class BundleArchiveWriter
{
    /// <summary>
    /// Writes entries, in the given order, in the canonical layout. Names are written as given (UTF-8) and not
    /// checked here: the reader is the gate, and tests need to write hostile names.
    /// </summary>
    public static byte[] Write(IReadOnlyList<KeyValuePair<string, byte[]>> entries)
    {
        using var output = new MemoryStream();
        var offsets = new List<uint>(entries.Count);
        Span<byte> header = stackalloc byte[CentralHeaderSize];
        foreach (var (name, data) in entries)
        {
            offsets.Add(checked((uint)output.Position));
            var nameBytes = Encoding.UTF8.GetBytes(name);
            WriteLocalHeader(header, nameBytes, data);
            output.Write(header[..LocalHeaderSize]);
            output.Write(nameBytes);
            output.Write(data);
        }
        var centralStart = checked((uint)output.Position);
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, data) = entries[i];
            var nameBytes = Encoding.UTF8.GetBytes(name);
            WriteCentralHeader(header, nameBytes, data, offsets[i]);
            output.Write(header);
            output.Write(nameBytes);
        }
        var centralSize = checked((uint)output.Position - centralStart);
        WriteEnd(header, (ushort)entries.Count, centralSize, centralStart);
        output.Write(header[..EndSize]);
        return output.ToArray();
    }

    private static void WriteLocalHeader(Span<byte> h, byte[] name, byte[] data)
    {
        h.Clear();
        var crc = Crc32.Compute(data);
        BinaryPrimitives.WriteUInt32LittleEndian(h, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosDate19800101);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[22..], (uint)data.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], checked((ushort)name.Length));
    }

    private static void WriteCentralHeader(Span<byte> h, byte[] name, byte[] data, uint offset)
    {
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionMadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(h[14..], DosDate19800101);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], Crc32.Compute(data));
        BinaryPrimitives.WriteUInt32LittleEndian(h[20..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)data.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], checked((ushort)name.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(h[42..], offset);
    }

    private static void WriteEnd(Span<byte> h, ushort count, uint centralSize, uint centralStart)
    {
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], centralSize);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], centralStart);
    }
}
