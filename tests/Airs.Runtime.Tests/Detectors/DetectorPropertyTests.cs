using System.Collections.Immutable;
using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

public class DetectorPropertyTests
{
    /// <summary>Strings built from pieces that reach the detectors' interesting paths: digits, separators, Unicode tricks, trigger words.</summary>
    private static Arbitrary<string> Texts()
    {
        var pieces = Gen.Elements(
            "ignore", " previous ", "instructions", "4111", "-", " ", ".", "@", "a", "Z", "0", "9", ":", "::", "+44", "(0)", "\u200B", "\u202E",
            "і", "ｉ", "é", "\uD83D\uDE00", "\uD800", "eyJ", "AKIA", "%41", "=", "![x](https://", "?q=", "GB82", "\n", "your response", "Add ", "x", "ssn ");
        var generated = Gen.ListOf(pieces).Select(list => string.Concat(list));
        return Gen.OneOf(generated, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")).ToArbitrary();
    }

    private static bool WithinText(string text, ImmutableArray<DetectorMatch> matches) =>
        matches.All(m => m.Start >= 0 && m.Length > 0 && m.End <= text.Length && m.Score is >= 0 and <= 1);

    [Fact]
    public void All_detectors_are_total_and_spans_stay_within_the_text() =>
        Prop.ForAll(Texts(), text =>
            WithinText(text, Pii.Find(text, PiiKinds.All))
            && WithinText(text, Secrets.Find(text))
            && WithinText(text, Injection.Find(text, InjectionMode.Prompt))
            && WithinText(text, Injection.Find(text, InjectionMode.Content))
            && WithinText(text, Exfil.Find(text, ["example.com"]))
            && Injection.Score(text) is >= 0 and <= 1).QuickCheckThrowOnFailure();

    [Fact]
    public void Pii_matches_never_overlap() =>
        Prop.ForAll(Texts(), text =>
        {
            var m = Pii.Find(text, PiiKinds.All);
            return m.Zip(m.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Null_and_empty_text_find_nothing()
    {
        Assert.True(Pii.Find(null!, PiiKinds.All).IsEmpty);
        Assert.True(Secrets.Find("").IsEmpty);
        Assert.True(Injection.Find(null!).IsEmpty);
        Assert.True(Exfil.Find("", ["example.com"]).IsEmpty);
    }
}
