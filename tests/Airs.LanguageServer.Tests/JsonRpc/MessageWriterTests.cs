using System.Text;
using Airs.LanguageServer.JsonRpc;

namespace Airs.LanguageServer.Tests.JsonRpc;

public sealed class MessageWriterTests
{
    [Fact]
    public async Task Concurrent_writes_never_interleave()
    {
        var output = new MemoryStream();
        using var writer = new MessageWriter(output);
        var bodies = Enumerable.Range(0, 200).Select(i => $"[{i},\"{new string((char)('a' + (i % 26)), i * 7)}\"]").ToList();

        await Task.WhenAll(bodies.Select(body => Task.Run(() => writer.WriteAsync(Encoding.UTF8.GetBytes(body), CancellationToken.None))));

        var reader = new MessageReader(new MemoryStream(output.ToArray()));
        var read = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None) is FramedMessage.Body body)
        {
            read.Add(Encoding.UTF8.GetString(body.Bytes));
        }
        Assert.Equal(bodies.Order(), read.Order());
    }

    [Fact]
    public async Task Writes_the_byte_length_not_the_character_length()
    {
        var output = new MemoryStream();
        using var writer = new MessageWriter(output);
        await writer.WriteAsync(Encoding.UTF8.GetBytes("\"é😀\""), CancellationToken.None);
        Assert.Equal("Content-Length: 8\r\n\r\n\"é😀\"", Encoding.UTF8.GetString(output.ToArray()));
    }
}
