using System.Collections.Immutable;
using System.Text;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>PII written to slip past a plain scan (issue 20.4): each family is found, and its span covers the original characters.</summary>
public class PiiEvasionTests
{
    /// <summary>The one match's label and the original text it spans.</summary>
    private static (string Label, string Text) Only(string text)
    {
        var m = Assert.Single(Pii.Find(text, PiiKinds.All));
        return (m.Label, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("mail me at alex[at]litware[dot]com today", "alex[at]litware[dot]com")]
    [InlineData("write to j.doe (at) wingtip (dot) org", "j.doe (at) wingtip (dot) org")]
    [InlineData("reach sales{at}fabrikam{.}net", "sales{at}fabrikam{.}net")]
    [InlineData("contact me at kim dot lee at example dot org please", "kim dot lee at example dot org")]
    [InlineData("ops AT tailspin DOT io", "ops AT tailspin DOT io")]
    [InlineData("leila88 at inbox dot example", "leila88 at inbox dot example")]
    [InlineData("escríbeme: nadia84 arroba mailbox punto es", "nadia84 arroba mailbox punto es")]
    [InlineData("Kontakt: ignacio punkt lombardi ät oakridge punkt de", "ignacio punkt lombardi ät oakridge punkt de")]
    [InlineData("écrivez à ignacio point pereira arobase lumenforge point fr", "ignacio point pereira arobase lumenforge point fr")]
    [InlineData("mail priya.novak(a)tidewater.test", "priya.novak(a)tidewater.test")]
    [InlineData("メール: zoe。castellano＠letterbox。test", "zoe。castellano＠letterbox。test")]
    [InlineData("mail elen\u0430.castellano@postbox.example", "elen\u0430.castellano@postbox.example")]
    public void Addresses_with_spelled_or_bracketed_at_and_dot(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("address: alex @ litware . com", "alex @ litware . com")]
    [InlineData("j o e @ w i n g t i p . o r g is mine", "j o e @ w i n g t i p . o r g")]
    [InlineData("mail alex&#64;litware.com now", "alex&#64;litware.com")]
    [InlineData("GET /signup?email=alex%40litware.com&plan=pro", "alex%40litware.com")]
    [InlineData("mail alex&#x40;litware.com now", "alex&#x40;litware.com")]
    [InlineData("mail alex&commat;litware.com now", "alex&commat;litware.com")]
    [InlineData("mail ａｌｅｘ＠ｌｉｔｗａｒｅ．ｃｏｍ now", "ａｌｅｘ＠ｌｉｔｗａｒｅ．ｃｏｍ")]
    [InlineData("mail al\u200Bex@lit\u2060ware.com now", "al\u200Bex@lit\u2060ware.com")]
    public void Spaced_encoded_full_width_and_invisible_addresses(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Fact]
    public void A_base64_address_is_found_as_the_encoded_run()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("d.nguyen@litware.com"));
        Assert.Equal(("email", encoded), Only($"my mail in base64: {encoded} thanks"));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111", "card")]
    [InlineData("+1 212 555 0199", "phone")]
    [InlineData("529-31-4412", "ssn")]
    public void A_base64_number_is_found_as_the_encoded_run(string value, string label)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
        Assert.Equal((label, encoded), Only($"the value in base64 is {encoded} thanks"));
    }

    [Theory]
    [InlineData("characteristically internationalization counterrevolutionaries")]
    [InlineData("PASSWORD=abcdefghijklmnopqrstu")]
    public void Long_words_and_assignments_are_not_decoded_into_findings(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("card 4111\u200B1111\u200B1111\u200B1111 ok", "4111\u200B1111\u200B1111\u200B1111")]
    [InlineData("card ４１１１ １１１１ １１１１ １１１１ ok", "４１１１ １１１１ １１１１ １１１１")]
    [InlineData("card ٤١١١١١١١١١١١١١١١ ok", "٤١١١١١١١١١١١١١١١")]
    [InlineData("card: four one one one, one one one one, one one one one, one one one one.", "four one one one, one one one one, one one one one, one one one one")]
    [InlineData("card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1")]
    public void Cards_with_invisible_full_width_other_script_spelled_or_spread_digits(string text, string card) => Assert.Equal(("card", card), Only(text));

    [Theory]
    [InlineData("my SSN is five two nine, three one, four four one two", "ssn", "five two nine, three one, four four one two")]
    [InlineData("social security number: five two nine three one four four one two", "ssn", "five two nine three one four four one two")]
    [InlineData("call two one two, five five five, zero one nine nine tonight", "phone", "two one two, five five five, zero one nine nine")]
    [InlineData("cell oh seven seven zero nine, eight eight three four five six", "phone", "oh seven seven zero nine, eight eight three four five six")]
    public void Ssns_and_phone_numbers_in_words(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    [Theory]
    [InlineData("beacon to 192[.]168[.]1[.]20 seen", "192[.]168[.]1[.]20")]
    [InlineData("It ends here . Then beacon to 192 . 168 . 1 . 20 seen", "192 . 168 . 1 . 20")]
    [InlineData("host 10(.)0(.)0(.)7 seen", "10(.)0(.)0(.)7")]
    [InlineData("host 172.16[.]8.9 seen", "172.16[.]8.9")]
    [InlineData("host 10 dot 1 dot 4 dot 200 seen", "10 dot 1 dot 4 dot 200")]
    [InlineData("host one nine two dot one six eight dot one dot two zero seen", "one nine two dot one six eight dot one dot two zero")]
    public void Defanged_and_spelled_ip_addresses(string text, string ip) => Assert.Equal(("ip", ip), Only(text));

    [Theory]
    [InlineData("We met at the cafe at noon and talked about one or two things.")]
    [InlineData("Visit us at example.com or call the desk.")]
    [InlineData("The polka dot dress costs 45 dollars; one, two or three sizes.")]
    [InlineData("Ｑ３ revenue rose 12％ — see https://example.com/report?id=42.")]
    [InlineData("one two three four five six seven")]
    public void Prose_that_looks_disguised_has_nothing(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Fact]
    public void Redaction_covers_every_original_character_of_a_disguised_match()
    {
        const string text = "card 4111\u200B1111\u200B1111\u200B1111 and mail alex[at]litware[dot]com.";
        var redactions = Pii.Find(text, PiiKinds.All)
            .Select(m => new Redaction("f", m.Start, m.Length, Redactor.Replace(text.Substring(m.Start, m.Length), m.Label, RedactionStyle.Tag)))
            .ToImmutableArray();
        Assert.Equal("card [CARD] and mail [EMAIL].", RedactionSet.Apply(text, "f", RedactionSet.Merge(redactions)));
    }

    /// <summary>Invisible characters anywhere inside a card number never hide it, and the span still starts and ends on its digits.</summary>
    [Fact]
    public void Invisible_characters_inside_a_card_never_hide_it()
    {
        Prop.ForAll(PiiPrefilterTests.CardsArb(), Gen.ListOf(Gen.Elements('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF')).ToArbitrary(), (card, marks) =>
        {
            var sb = new StringBuilder(card);
            var k = 0;
            foreach (var mark in marks)
            {
                sb.Insert(1 + (k++ * 7 % (sb.Length - 1)), mark);
            }
            var text = $"card {sb} ok";
            var found = Pii.Find(text, PiiKinds.Card);
            return found.Length == 1 && found[0].Start == 5 && found[0].End == 5 + sb.Length;
        }).QuickCheckThrowOnFailure();
    }
}
