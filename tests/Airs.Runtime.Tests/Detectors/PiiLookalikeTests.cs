using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>Numbers shaped like PII that are something else (issue 20.3): each family by the rule that refuses it.</summary>
public class PiiLookalikeTests
{
    private static string[] Labels(string text) => [.. Pii.Find(text, PiiKinds.All).Select(m => m.Label)];

    [Theory]
    [InlineData("Order 1234 5678 9012 3456 has shipped.")]
    [InlineData("Tracking 4170 5864 9208 3124 0234 was scanned.")]
    [InlineData("Account ref 6134 1252 4273 1672 4411 is closed.")]
    [InlineData("Reference 3483-9548-6205-7986 for the transfer.")]
    public void A_valid_stretch_inside_a_longer_digit_run_is_not_a_card(string text) => Assert.DoesNotContain("card", Labels(text));

    [Fact]
    public void A_card_is_the_whole_run_of_groups()
    {
        // Any valid card of 16+ digits with one more group in front is a number of 20+ digits, not a card.
        Prop.ForAll(PiiPrefilterTests.CardsArb(), Gen.Choose(1000, 9999).ToArbitrary(), (card, prefix) =>
        {
            var grouped = card.Contains(' ') && card.Count(char.IsAsciiDigit) >= 16;
            return !grouped || !Labels($"ref {prefix} {card} done").Contains("card");
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("card 4111.1111.1111.1111 declined", "4111.1111.1111.1111")]
    [InlineData("card 4111/1111/1111/1111 declined", "4111/1111/1111/1111")]
    [InlineData("card 4111_1111_1111_1111 declined", "4111_1111_1111_1111")]
    [InlineData("card 4111 - 1111 - 1111 - 1111 declined", "4111 - 1111 - 1111 - 1111")]
    [InlineData("a@b.com 4111 1111 1111 1111 192.168.0.1", "4111 1111 1111 1111")]
    public void Cards_with_one_kind_of_separator(string text, string card)
    {
        var m = Assert.Single(Pii.Find(text, PiiKinds.Card));
        Assert.Equal(card, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("000-00-0000")]
    [InlineData("000-12-3456")]
    [InlineData("666-45-1234")]
    [InlineData("912-34-5678")]
    [InlineData("536-00-1234")]
    [InlineData("536-22-0000")]
    public void An_invalid_ssn_is_not_a_phone_number_either(string number) => Assert.Empty(Labels($"The sample value is {number} here."));

    [Theory]
    [InlineData("Running version 4.1.1.1 of the plugin.")]
    [InlineData("Release 10.2.3.4 is out.")]
    [InlineData("Upgraded firmware to 2.0.1.3 last night.")]
    [InlineData("Driver v 8.1.3.2 crashes on resume.")]
    [InlineData("the build: 6.0.2.9")]
    public void A_version_number_is_not_an_ip_address(string text) => Assert.DoesNotContain("ip", Labels(text));

    [Theory]
    [InlineData("connected to 10.1.1.1 at noon")]
    [InlineData("server 10.2.3.4 is down")]
    [InlineData("the release server at 10.2.3.4")]
    public void Dotted_quads_without_a_version_label_are_ip_addresses(string text) => Assert.Equal(["ip"], Labels(text));

    [Theory]
    [InlineData("SSN: 078051120", "078051120")]
    [InlineData("social security no. is 536221234", "536221234")]
    [InlineData("ssn#536221234 verified", "536221234")]
    public void Nine_digits_after_an_ssn_label_are_an_ssn(string text, string ssn)
    {
        var m = Assert.Single(Pii.Find(text, PiiKinds.All));
        Assert.Equal(("ssn", ssn), (m.Label, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void The_wallet_number_needs_a_label_and_the_placeholder_never_counts()
    {
        Assert.Empty(Pii.Find("order 078051120 shipped", PiiKinds.Ssn));
        Assert.Empty(Pii.Find("SSN: 123456789", PiiKinds.Ssn));
    }

    [Theory]
    [InlineData("He worked there 1987-2024.")]
    [InlineData("The 2001-2008 data set is missing.")]
    [InlineData("from 1850 1914 onwards")]
    public void A_year_range_is_not_a_phone_number(string text) => Assert.DoesNotContain("phone", Labels(text));

    [Theory]
    [InlineData("Part number 5362-21-9040 fits the older model.")]
    [InlineData("Order no. 8812-40-1177 is delayed.")]
    [InlineData("Invoice #4480-19-7723 is overdue.")]
    [InlineData("Tickets 6620-31-4409 closed.")]
    public void A_number_after_an_identifier_label_is_not_a_phone_number(string text) => Assert.DoesNotContain("phone", Labels(text));

    [Theory]
    [InlineData("Call 415-555-0143 to reschedule.")]
    [InlineData("call the order desk on 415-555-0143")]
    [InlineData("order line: +44 20 7946 0321")]
    [InlineData("ring 2345-6789.")]
    public void Phone_numbers_keep_being_found(string text) => Assert.Equal(["phone"], Labels(text));
}
