using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;
using Outcome = Airs.Runtime.Decisions.Outcome;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Engine;

public class TextBatchTests
{
    [Fact]
    public void Texts_are_joined_by_the_separator()
    {
        Assert.Equal("a\n\nbc\n\n", new TextBatch(["a", "bc", ""], "\n\n").Text);
    }

    [Fact]
    public void A_redaction_inside_one_text_goes_back_into_that_text()
    {
        var batch = new TextBatch(["mail jane@x.io", "thanks", "or bob@y.io"], "\n\n");

        var released = batch.Released(Released(batch.Text, ("jane@x.io", "[EMAIL]"), ("bob@y.io", "[EMAIL]")));

        Assert.Equal(["mail [EMAIL]", "thanks", "or [EMAIL]"], released);
    }

    [Fact]
    public void A_redaction_across_texts_leaves_its_replacement_where_it_starts_and_nothing_of_the_span()
    {
        var batch = new TextBatch(["write to jane", ".doe@x.io today", "bye"], "");

        var released = batch.Released(Released(batch.Text, ("jane.doe@x.io", "[EMAIL]")));

        Assert.Equal(["write to [EMAIL]", " today", "bye"], released);
    }

    [Fact]
    public void A_redaction_of_a_separator_alone_changes_no_text()
    {
        var batch = new TextBatch(["a", "b"], "||");

        Assert.Equal(["a", "b"], batch.Released(Released(batch.Text, ("||", "-"))));
    }

    [Fact]
    public void A_decision_that_released_nothing_cannot_be_split()
    {
        var batch = new TextBatch(["a"], "\n");
        var blocked = Released("a") with { Release = null };

        Assert.Throws<ArgumentException>(() => batch.Released(blocked));
    }

    /// <summary>Whatever the texts and the redacted span, no character of the span survives and every other character stays in its text.</summary>
    [Fact]
    public void No_redacted_character_survives_in_any_text() =>
        Prop.ForAll(
            Gen.Elements("ab", "", "xyz", "q").ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            Gen.Choose(0, 40).Two().ToArbitrary(),
            (texts, span) =>
            {
                var batch = new TextBatch(texts, "");
                var start = Math.Min(Math.Min(span.Item1, span.Item2), batch.Text.Length);
                var length = Math.Min(Math.Abs(span.Item1 - span.Item2), batch.Text.Length - start);
                var decision = Decision(batch.Text, length == 0 ? [] : [new Redaction("input.text", start, length, "#")]);
                var released = batch.Released(decision);
                var expected = batch.Text[..start] + (length == 0 ? "" : "#") + batch.Text[(start + length)..];
                return string.Concat(released) == expected && released.Length == texts.Length;
            }).QuickCheckThrowOnFailure();

    private static Decision Released(string text, params (string Find, string Replacement)[] redactions) =>
        Decision(text, [.. redactions.Select(r => new Redaction("input.text", text.IndexOf(r.Find, StringComparison.Ordinal), r.Find.Length, r.Replacement))]);

    private static Decision Decision(string text, ImmutableArray<Redaction> redactions) =>
        new("d1", "p", "1.0.0", Stage.Input, redactions.IsEmpty ? Outcome.Allow : Outcome.Redact, null,
            RedactionSet.Apply(text, "input.text", redactions), [], null, PaceLevel.Primary, false,
            new LayerTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero))
        {
            Redactions = redactions,
        };
}
