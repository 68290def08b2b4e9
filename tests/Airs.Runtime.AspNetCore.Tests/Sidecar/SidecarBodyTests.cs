using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// Issue 21.5: the decision body is read from Kestrel's pipe and parsed where it lies. A body that arrives in pieces,
/// keys written with escapes and bytes that are not UTF-8 are read exactly as one contiguous, plain body would be.
/// </summary>
public sealed class SidecarBodyTests : IAsyncLifetime
{
    private const string Path = "/v1/decisions/summariser/input";

    private SidecarTestHost? sidecar;

    private SidecarTestHost Sidecar => sidecar!;

    public async Task InitializeAsync()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);
    }

    public async Task DisposeAsync()
    {
        if (sidecar is not null)
        {
            await sidecar.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("""{"input":{"text":"Notes: ship Friday. é ✓ 😀"},"user":{"id":"u-1","roles":["staff"]},"session":{"id":"s-1"}}""", "allow")]
    [InlineData("""{"input":{"text":"Notes"},"user":{"roles":["guest"],"tier":"gold"}}""", "block")]
    public async Task A_body_sent_a_few_bytes_at_a_time_decides_as_one_sent_at_once(string context, string outcome)
    {
        var whole = await Sidecar.DecideAsync(Path, context);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StreamContent(new TricklingStream(Encoding.UTF8.GetBytes(context), 3)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var response = await Sidecar.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var pieces = JsonDocument.Parse(body).RootElement;
        Assert.Equal(outcome, whole.GetProperty("outcome").GetString());
        Assert.Equal(Comparable(whole), Comparable(pieces));
    }

    [Fact]
    public async Task Keys_written_with_escapes_are_the_same_keys()
    {
        var plain = await Sidecar.DecideAsync(Path, """{"input":{"text":"Notes"},"user":{"roles":["guest"]}}""");
        var escaped = await Sidecar.DecideAsync(Path, """{"\u0069nput":{"te\u0078t":"Notes"},"\u0075\u0073\u0065\u0072":{"roles":["guest"]}}""");
        Assert.Equal(Comparable(plain), Comparable(escaped));
        using var twice = await Sidecar.SendAsync(HttpMethod.Post, Path, """{"input":{"text":"Notes"},"\u0069nput":{"text":"x"}}""");
        Assert.Equal(400, (int)twice.StatusCode);
        Assert.Contains("`input` appears twice", await twice.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_a_400_naming_the_encoding()
    {
        byte[] body = [.. "{\"input\":{\"text\":\"caf"u8, 0xE9, .. "\"}}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Sidecar.Client.PostAsync(Path, content);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync());
        Assert.Empty(Sidecar.Logs.Errors);
    }

    /// <summary>The decision without what differs between two requests: its id and its timings.</summary>
    private static string Comparable(JsonElement decision) =>
        string.Join(",", decision.EnumerateObject().Where(p => p.Name is not ("id" or "timings")).Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    /// <summary>A body that hands out at most <c>chunk</c> bytes per read, so the request goes out in many pieces.</summary>
    private sealed class TricklingStream(byte[] bytes, int chunk) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - position);
            bytes.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
