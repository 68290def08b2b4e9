namespace Airs.LanguageServer.Tests.Support;

/// <summary>A read-only stream that hands out its bytes in the given chunk sizes, to exercise partial reads.</summary>
internal sealed class ChunkedStream(byte[] data, IEnumerable<int> chunkSizes) : Stream
{
    private readonly IEnumerator<int> _chunks = chunkSizes.GetEnumerator();
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= data.Length)
        {
            return 0;
        }
        var chunk = _chunks.MoveNext() ? Math.Max(1, _chunks.Current) : int.MaxValue;
        var take = Math.Min(Math.Min(chunk, count), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, take);
        _position += take;
        return take;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
