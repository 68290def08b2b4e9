using System.Text;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.LanguageServer.Tests.JsonRpc;

public sealed class MessageReaderTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static async Task<List<FramedMessage>> ReadAll(byte[] input, IEnumerable<int>? chunks = null, int max = 1024)
    {
        var reader = new MessageReader(new ChunkedStream(input, chunks ?? []), max);
        var results = new List<FramedMessage>();
        while (true)
        {
            var message = await reader.ReadAsync(CancellationToken.None);
            if (message is FramedMessage.EndOfStream)
            {
                return results;
            }
            results.Add(message);
        }
    }

    private static string Describe(FramedMessage message) => message switch
    {
        FramedMessage.Body body => Encoding.UTF8.GetString(body.Bytes),
        FramedMessage.Malformed malformed => "!" + malformed.Reason,
        _ => "?",
    };

    [Fact]
    public async Task Reads_one_message()
    {
        var results = await ReadAll(LspTestClient.Frame("""{"a":1}"""));
        Assert.Equal(["""{"a":1}"""], results.Select(Describe));
    }

    [Fact]
    public async Task Reads_a_message_delivered_one_byte_at_a_time()
    {
        var input = LspTestClient.Frame("""{"jsonrpc":"2.0","method":"é😀"}""");
        var results = await ReadAll(input, Enumerable.Repeat(1, input.Length));
        Assert.Equal(["""{"jsonrpc":"2.0","method":"é😀"}"""], results.Select(Describe));
    }

    [Fact]
    public async Task Reads_several_messages_delivered_in_one_read()
    {
        var input = LspTestClient.Frame("[1]").Concat(LspTestClient.Frame("[2]")).Concat(LspTestClient.Frame("[3]")).ToArray();
        var results = await ReadAll(input, [input.Length]);
        Assert.Equal(["[1]", "[2]", "[3]"], results.Select(Describe));
    }

    [Fact]
    public async Task Ignores_content_type_and_unknown_headers_in_any_case()
    {
        var input = Bytes("content-length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\nX-Other: y\r\n\r\n[1]");
        var results = await ReadAll(input);
        Assert.Equal(["[1]"], results.Select(Describe));
    }

    [Fact]
    public async Task Tolerates_bare_newlines_and_blank_lines_between_messages()
    {
        var input = Bytes("Content-Length: 3\n\n[1]\r\n\r\nContent-Length: 3\r\n\r\n[2]");
        var results = await ReadAll(input);
        Assert.Equal(["[1]", "[2]"], results.Select(Describe));
    }

    [Theory]
    [InlineData("Content-Length 3\r\n\r\n[0]", "malformed header")]
    [InlineData("Content-Length: three\r\n\r\n[0]", "invalid `Content-Length` value `three`")]
    [InlineData("Content-Length: -3\r\n\r\n[0]", "invalid `Content-Length` value `-3`")]
    [InlineData("Content-Length: 99999999999\r\n\r\n[0]", "invalid `Content-Length` value")]
    [InlineData("Content-Type: text/plain\r\n\r\n[0]", "missing `Content-Length` header")]
    public async Task Reports_a_bad_header_block_once_and_resynchronises_on_the_next_message(string bad, string reason)
    {
        var input = Bytes(bad).Concat(LspTestClient.Frame("[1]")).ToArray();
        var results = await ReadAll(input);
        Assert.Equal(2, results.Count);
        Assert.StartsWith("!" + reason, Describe(results[0]), StringComparison.Ordinal);
        Assert.Equal("[1]", Describe(results[1]));
    }

    [Fact]
    public async Task Skips_garbage_before_a_header()
    {
        var input = Bytes("garbage without a newline…").Concat(LspTestClient.Frame("[1]")).ToArray();
        var results = await ReadAll(input, Enumerable.Repeat(5, 100));
        Assert.Equal(2, results.Count);
        Assert.StartsWith("!malformed header `garbage without a newline", Describe(results[0]), StringComparison.Ordinal);
        Assert.Equal("[1]", Describe(results[1]));
    }

    [Fact]
    public async Task Reports_an_endless_header_line_without_buffering_it_all()
    {
        var garbage = new string('x', MessageReader.MaxHeaderLineBytes * 3);
        var input = Bytes(garbage).Concat(LspTestClient.Frame("[1]")).ToArray();
        var results = await ReadAll(input);
        Assert.Equal(["!header line is longer than 4096 bytes", "[1]"], results.Select(Describe));
    }

    [Fact]
    public async Task Skips_a_body_over_the_size_limit_and_reads_the_next_message()
    {
        var huge = "[" + new string('0', 5000) + "]";
        var input = LspTestClient.Frame(huge).Concat(LspTestClient.Frame("[1]")).ToArray();
        var results = await ReadAll(input, Enumerable.Repeat(700, 100), max: 1024);
        Assert.Equal(["!message of 5002 bytes exceeds the limit of 1024 bytes and was skipped", "[1]"], results.Select(Describe));
    }

    [Fact]
    public async Task Makes_progress_on_an_endless_content_length_line()
    {
        var input = Bytes("Content-Length: " + new string('1', MessageReader.MaxHeaderLineBytes * 2)).Concat(LspTestClient.Frame("[1]")).ToArray();
        var results = await ReadAll(input);
        Assert.Equal("[1]", Describe(results[^1]));
        Assert.All(results.SkipLast(1), r => Assert.IsType<FramedMessage.Malformed>(r));
    }

    [Fact]
    public async Task Treats_a_body_cut_short_by_the_end_of_input_as_the_end()
    {
        var input = Bytes("Content-Length: 10\r\n\r\n[1,2");
        Assert.Empty(await ReadAll(input));
    }

    [Fact]
    public async Task Reads_the_same_messages_however_the_input_is_split()
    {
        var bodies = Gen.Elements("[]", "{\"a\":\"é😀\"}", "[1,2,3]", new string('z', 300), "{}");
        var cases = Gen.ArrayOf(bodies).SelectMany(messages => Gen.ArrayOf(Gen.Choose(1, 64)).Select(chunks => (messages, chunks)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var input = c.messages.SelectMany(LspTestClient.Frame).ToArray();
            var results = ReadAll(input, c.chunks).GetAwaiter().GetResult();
            return results.Select(Describe).SequenceEqual(c.messages);
        }).QuickCheckThrowOnFailure();
    }
}
