using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

public class PiiFormatTests
{
    private static string[] Labels(string text, PiiKinds kinds = PiiKinds.All) => [.. Pii.Find(text, kinds).Select(m => m.Label)];

    private static string? Only(string text, PiiKinds kinds = PiiKinds.All)
    {
        var m = Assert.Single(Pii.Find(text, kinds));
        return text.Substring(m.Start, m.Length);
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("378282246310005")]
    [InlineData("5555555555554444")]
    [InlineData("9792 0933 9327 9094")]
    [InlineData("9792894442784269")]
    public void Valid_cards_pass_luhn(string card) => Assert.Equal(card, Only($"card: {card}.", PiiKinds.Card));

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("4111-1111 1111-1112")]
    [InlineData("0000000000000000")]
    [InlineData("1234567890123")]
    [InlineData("9792 0933 9327 9095")]
    [InlineData("9791 0933 9327 9095")]
    [InlineData("979209339327904")]
    public void Invalid_cards_do_not_match(string card) => Assert.Empty(Pii.Find($"card: {card}.", PiiKinds.Card));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("de89370400440532013000")]
    [InlineData("FR1420041010050500013M02606")]
    public void Valid_ibans_pass_mod97(string iban) => Assert.Equal(iban, Only($"pay to {iban} today", PiiKinds.Iban));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 33")]
    [InlineData("DE89370400440532013001")]
    [InlineData("GB82WEST123456987654")]
    public void Invalid_ibans_do_not_match(string iban) => Assert.Empty(Pii.Find($"pay to {iban} today", PiiKinds.Iban));

    [Theory]
    [InlineData("my ssn is 536-22-1234", "536-22-1234")]
    [InlineData("ssn 536 22 1234", "536 22 1234")]
    [InlineData("social security number: 536221234", "536221234")]
    public void Ssns_with_and_without_separators(string text, string expected) => Assert.Equal(expected, Only(text, PiiKinds.Ssn));

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("536-00-1234")]
    [InlineData("536-22-0000")]
    [InlineData("123-45-6789")]
    public void Ssns_in_invalid_ranges_do_not_match(string ssn) => Assert.Empty(Pii.Find($"ssn {ssn}", PiiKinds.Ssn));

    [Fact]
    public void Bare_nine_digits_need_a_keyword() => Assert.Empty(Pii.Find("order 536221234 shipped", PiiKinds.Ssn));

    [Theory]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::8a2e:370:7334")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:192.0.2.128")]
    public void Ip_addresses(string ip) => Assert.Equal(ip, Only($"host {ip} is up", PiiKinds.Ip));

    [Theory]
    [InlineData("Received: from [IPv6:2409:8a1e:de4f:dad4::7cd0:3b36] (port=51822)", "2409:8a1e:de4f:dad4::7cd0:3b36")]
    [InlineData("connect to http://[::1]:8080 now", "::1")]
    [InlineData("host 239.255.0.1 and 10.0.0.1", "239.255.0.1")]
    [InlineData("user,ip,last_login\nlena37,174.57.249.94,2026-11-25T22:10:04Z", "174.57.249.94")]
    public void Ip_addresses_in_an_smtp_literal_a_url_bracket_or_below_240(string text, string first) =>
        Assert.Equal(first, Pii.Find(text, PiiKinds.Ip) is [var m, ..] ? text.Substring(m.Start, m.Length) : null);

    [Theory]
    [InlineData("listen on 0.0.0.0:8080")]
    [InlineData("Subnet mask 255.255.255.0, wildcard 0.0.0.255; broadcast 255.255.255.255")]
    [InlineData("class E 240.1.2.3 is reserved")]
    [InlineData("totals 37,174.57.249 and 12,174.57.249.94 in one cell")]
    [InlineData("total = sum(digits[0::2]) + sum(d for d in digits[1::2])")]
    [InlineData("word = w[::-1] if flip else w")]
    public void Reserved_quads_masks_and_slices_are_not_ip_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Ip));

    /// <summary>A quad whose bits past its CIDR prefix are zero names a network block, no host (rule P9).</summary>
    [Theory]
    [InlineData("Subnet 10.20.0.0/16, mask 255.255.0.0")]
    [InlineData("route add 172.16.8.0/22 via the tunnel")]
    [InlineData("admin_cidr = \"84.12.0.0/14\"")]
    public void Network_blocks_in_cidr_notation_are_not_ip_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Ip));

    [Theory]
    [InlineData("inet 192.168.5.225/24 scope global", "192.168.5.225")]
    [InlineData("allow 84.12.0.0/32 only", "84.12.0.0")]
    [InlineData("peer 10.20.0.0/31 and up", "10.20.0.0")]
    [InlineData("host 10.20.0.0 has gone", "10.20.0.0")]
    [InlineData("addresses: [159.156.226.214/24]", "159.156.226.214")]
    public void Hosts_with_a_prefix_length_and_quads_without_one_stay_addresses(string text, string ip) => Assert.Equal(ip, Only(text, PiiKinds.Ip));

    [Fact]
    public void A_defanged_address_with_a_bracketed_double_colon_is_no_slice() =>
        Assert.NotEmpty(Pii.Find("C2 at 2001[:]db8[:]d747[::]6afa, blocked", PiiKinds.Ip));

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("12:30:45")]
    [InlineData("aa:bb:cc:dd:ee:ff")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    public void Not_ip_addresses(string text) => Assert.Empty(Pii.Find($"value {text} here", PiiKinds.Ip));

    [Theory]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1-202-555-0143")]
    [InlineData("(020) 7946 0958")]
    [InlineData("202.555.0143")]
    [InlineData("+33 (0)1 42 68 53 00")]
    [InlineData("2025550143")]
    [InlineData("555-0143 x204")]
    public void Phone_numbers(string phone) => Assert.Equal(phone, Only($"call {phone}.", PiiKinds.Phone));

    [Theory]
    [InlineData("on 2024-03-15 we met")]
    [InlineData("on 15.03.2024 we met")]
    [InlineData("it costs $1 250 000 now")]
    [InlineData("version 1.2.3 shipped")]
    [InlineData("postcode 75534-030")]
    [InlineData("lives at 3485 615 Benedum Drive")]
    [InlineData("at 2000-04-16 11:34:35 it began")]
    public void Not_phone_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Phone));

    [Theory]
    [InlineData("AB 12 34 56 C")]
    [InlineData("AB123456C")]
    public void National_insurance_numbers(string nino) => Assert.Equal(nino, Only($"NI {nino} ok", PiiKinds.Nino));

    [Theory]
    [InlineData("QQ123456C")]
    [InlineData("GB123456A")]
    [InlineData("AB123456E")]
    [InlineData("AO123456A")]
    public void Invalid_national_insurance_numbers(string nino) => Assert.Empty(Pii.Find($"NI {nino} ok", PiiKinds.Nino));

    [Theory]
    [InlineData("Date of birth: 12/03/1985", "12/03/1985")]
    [InlineData("DOB 1985-03-12", "1985-03-12")]
    [InlineData("she was born on 3 March 1985 in Leeds", "3 March 1985")]
    [InlineData("birthday: March 3, 1985", "March 3, 1985")]
    public void Dates_of_birth_in_context(string text, string expected) => Assert.Equal(expected, Only(text, PiiKinds.Dob));

    [Fact]
    public void Dates_without_a_birth_keyword_are_not_dates_of_birth() => Assert.Empty(Pii.Find("the meeting is on 12/03/1985", PiiKinds.Dob));

    [Fact]
    public void Email_span_is_exact()
    {
        const string text = "Mail jane.doe+tag@mail.example.co.uk, thanks.";
        Assert.Equal("jane.doe+tag@mail.example.co.uk", Only(text, PiiKinds.Email));
    }

    [Fact]
    public void Stricter_format_wins_over_phone()
    {
        Assert.Equal(["card"], Labels("card 4111 1111 1111 1111"));
        Assert.Equal(["ssn"], Labels("ssn 536-22-1234"));
        Assert.Empty(Pii.Find("card 4111 1111 1111 1111", PiiKinds.Phone));
    }

    [Fact]
    public void Only_requested_kinds_are_reported()
    {
        const string text = "a@b.com 4111 1111 1111 1111 192.168.0.1";
        Assert.Equal(["email"], Labels(text, PiiKinds.Email));
        Assert.Equal(["email", "card", "ip"], Labels(text));
    }

    [Fact]
    public void Nothing_found_returns_the_empty_array_without_allocating_a_new_one()
    {
        var found = Pii.Find("nothing to see here, just words and 42", PiiKinds.All);
        Assert.True(found.IsEmpty);
        Assert.False(found.IsDefault);
    }

    [Theory]
    [InlineData("4111111111111111", "card", RedactionStyle.Last4, "************1111")]
    [InlineData("a@b.com", "email", RedactionStyle.Tag, "[EMAIL]")]
    [InlineData("a@b.com", "email", RedactionStyle.Mask, "*******")]
    public void Redaction_styles(string matched, string label, RedactionStyle style, string expected) => Assert.Equal(expected, Redactor.Replace(matched, label, style));

    [Fact]
    public void Hash_redaction_is_stable_and_distinguishes_values()
    {
        var a = Redactor.Replace("a@b.com", "email", RedactionStyle.Hash);
        Assert.Equal(a, Redactor.Replace("a@b.com", "email", RedactionStyle.Hash));
        Assert.NotEqual(a, Redactor.Replace("c@d.com", "email", RedactionStyle.Hash));
        Assert.StartsWith("[EMAIL:", a);
    }
}
