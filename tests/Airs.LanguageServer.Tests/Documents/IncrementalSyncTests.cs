using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using FsCheck;
using FsCheck.Fluent;
using Range = Airs.LanguageServer.Protocol.Range;

namespace Airs.LanguageServer.Tests.Documents;

public sealed class IncrementalSyncTests
{
    /// <summary>
    /// An obviously-correct oracle for LSP positions: walk the string, counting \r\n, \n and \r as line breaks;
    /// a line before the start is the start of the text, a line past the end is the end of the text, a character
    /// past the end of its line is the end of that line (a negative one its start).
    /// </summary>
    private static int ReferenceOffset(string text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        var i = 0;
        for (var line = 0; line < position.Line; line++)
        {
            while (i < text.Length && text[i] is not ('\r' or '\n'))
            {
                i++;
            }
            if (i == text.Length)
            {
                return text.Length;
            }
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }
        var lineStart = i;
        while (i < text.Length && text[i] is not ('\r' or '\n'))
        {
            i++;
        }
        return lineStart + Math.Clamp(position.Character, 0, i - lineStart);
    }

    private static string ReferenceApply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text;
        }
        var start = ReferenceOffset(text, change.Range.Start);
        var end = Math.Max(start, ReferenceOffset(text, change.Range.End));
        return text[..start] + change.Text + text[end..];
    }

    private static readonly Gen<string> Pieces = Gen.Elements("a", "bc", " ", "\n", "\r", "\r\n", "😀", "é", "policy", "");

    private static readonly Gen<string> Texts = Gen.ArrayOf(Pieces).Select(string.Concat);

    private static readonly Gen<Position> Positions =
        Gen.Choose(-1, 8).SelectMany(line => Gen.Choose(-1, 10).Select(character => new Position(line, character)));

    private static readonly Gen<TextDocumentContentChangeEvent> Changes = Gen.Frequency(
        (9, Positions.SelectMany(start => Positions.SelectMany(end => Texts.Select(text =>
            new TextDocumentContentChangeEvent(text, new Range(start, end)))))),
        (1, Texts.Select(text => new TextDocumentContentChangeEvent(text))));

    [Fact]
    public void Applying_random_incremental_edits_equals_applying_them_to_a_string()
    {
        var cases = Texts.SelectMany(initial => Gen.ArrayOf(Changes).Select(changes => (initial, changes)));
        var property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = c.changes.Aggregate(c.initial, ReferenceApply);

            var store = new DocumentStore();
            store.Open(new TextDocumentItem("file:///p.airs", "airs", 1, c.initial));
            // One change per notification, and all of them in one notification, must agree.
            var version = 1;
            foreach (var change in c.changes)
            {
                store.Change(new VersionedTextDocumentIdentifier("file:///p.airs", ++version), [change]);
            }
            store.TryGet("file:///p.airs", out var oneByOne);
            var batched = new DocumentSnapshot("file:///p.airs", "airs", 1, c.initial).WithChanges(2, c.changes);

            return oneByOne!.Text == expected && batched.Text == expected && oneByOne.Version == version;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Fact]
    public void Insert_replace_and_delete_in_a_small_document()
    {
        var document = new DocumentSnapshot("file:///p.airs", "airs", 1, "policy a {\n  tier low\n}\n");
        var edited = document.WithChanges(2,
        [
            new("high", new Range(new Position(1, 7), new Position(1, 10))),
            new("bank_", new Range(new Position(0, 7), new Position(0, 7))),
            new("", new Range(new Position(2, 0), new Position(3, 0))),
        ]);
        Assert.Equal("policy bank_a {\n  tier high\n", edited.Text);
        Assert.Equal(2, edited.Version);
        Assert.Equal("policy a {\n  tier low\n}\n", document.Text);
    }

    [Fact]
    public void Changes_to_a_document_that_is_not_open_are_ignored()
    {
        var store = new DocumentStore();
        Assert.Null(store.Change(new VersionedTextDocumentIdentifier("file:///nope.airs", 2), [new("x")]));
        Assert.False(store.TryGet("file:///nope.airs", out _));
    }

    [Fact]
    public void File_uris_become_paths_for_the_compiler()
    {
        var document = new DocumentSnapshot("file:///work/policies/a%20b.airs", "airs", 1, "x");
        Assert.Equal("/work/policies/a b.airs", document.SourceText.Path);
        Assert.Equal("untitled:Untitled-1", new DocumentSnapshot("untitled:Untitled-1", "airs", 1, "").SourceText.Path);
    }
}
