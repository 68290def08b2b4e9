using System.Text;
using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The prefiltered scan must give exactly what the whole-text scan gives: same starts, lengths, labels and scores.</summary>
public class PiiPrefilterTests
{
    private static readonly PiiKinds[] KindSets =
    [
        PiiKinds.All,
        PiiKinds.Email | PiiKinds.Phone | PiiKinds.Card | PiiKinds.Iban | PiiKinds.Ssn | PiiKinds.Nino,
        PiiKinds.Card | PiiKinds.Iban | PiiKinds.Ssn | PiiKinds.Nino,
        PiiKinds.Email, PiiKinds.Phone, PiiKinds.Card, PiiKinds.Iban, PiiKinds.Ssn, PiiKinds.Ip, PiiKinds.Nino, PiiKinds.Dob,
    ];

    private static Gen<string> Digits(int min, int max) =>
        from n in Gen.Choose(min, max)
        from ds in Gen.ArrayOf(Gen.Choose(0, 9), n)
        select string.Concat(ds);

    internal static Arbitrary<string> CardsArb() => Cards().ToArbitrary();

    /// <summary>
    /// A Luhn-valid card number of a prefix and length a network issues (Visa, Amex, Mastercard, JCB, Diners, Discover,
    /// UnionPay, UATP, Maestro), written compact or in groups of four with one kind of separator.
    /// </summary>
    private static Gen<string> Cards() =>
        from issued in Gen.Elements(("4", 13), ("4", 16), ("4", 19), ("34", 15), ("37", 15), ("51", 16), ("55", 16), ("2221", 16), ("35", 16),
            ("35", 19), ("36", 14), ("30", 16), ("6011", 16), ("65", 19), ("62", 17), ("1", 15), ("50", 12), ("67", 18))
        from body in Gen.ArrayOf(Gen.Choose(0, 9), issued.Item2 - issued.Item1.Length - 1)
        from separator in Gen.Elements("", " ", "-")
        select Group(WithLuhnDigit(issued.Item1 + string.Concat(body)), separator);

    private static string WithLuhnDigit(string partial)
    {
        for (var d = 0; d <= 9; d++)
        {
            var candidate = partial + d;
            var sum = 0;
            for (var i = 0; i < candidate.Length; i++)
            {
                var v = candidate[candidate.Length - 1 - i] - '0';
                if (i % 2 == 1)
                {
                    v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                }
                sum += v;
            }
            if (sum % 10 == 0)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("unreachable");
    }

    private static string Group(string s, string separator)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                sb.Append(separator);
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>A mod-97-valid IBAN for a registered length, compact or space-grouped, sometimes lower case.</summary>
    private static Gen<string> Ibans() =>
        from country in Gen.Elements(("GB", 22), ("DE", 22), ("FR", 27), ("NL", 18), ("NO", 15), ("XK", 20))
        from bban in Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), country.Item2 - 4)
        from grouped in Gen.Elements(true, false)
        from lower in Gen.Elements(false, false, true)
        select Finish(country.Item1, new string(bban), grouped, lower);

    private static string Finish(string country, string bban, bool grouped, bool lower)
    {
        var rearranged = bban + country + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        var iban = country + (98 - remainder).ToString("00") + bban;
        iban = grouped ? Group(iban, " ") : iban;
        return lower ? iban.ToLowerInvariant() : iban;
    }

    private static Gen<string> Entities() => Gen.OneOf(
        Cards(),
        Ibans(),
        from a in Gen.Choose(1, 899) from g in Gen.Choose(0, 99) from s in Gen.Choose(0, 9999) from sep in Gen.Elements("-", " ", "")
        select $"{a:000}{sep}{g:00}{sep}{s:0000}",
        from user in Gen.Elements("jane", "j.doe+x", "a", "x_y-z", "1st") from host in Gen.Elements("example.com", "mail.example.co.uk", "b.io", "x.y")
        select user + "@" + host,
        from p in Gen.ArrayOf(Gen.Choose(0, 300), 4) select string.Join(".", p),
        Gen.Elements("2001:db8::8a2e:370:7334", "::1", "fe80::1", "::ffff:192.0.2.128", "2001:0db8:0000:0000:0000:ff00:0042:8329", "a:b", "12:30:45", "dead:beef::"),
        from cc in Gen.Elements("+44 ", "+1-", "+33 (0)", "(020) ", "", "+") from rest in Digits(3, 4) from more in Digits(3, 4) from sep in Gen.Elements(" ", "-", ".", "")
        select cc + rest + sep + more,
        from d in Digits(3, 4) from e in Digits(1, 5) from x in Gen.Elements(" x", "x", " ext. ", "ext", " extension ", "x ")
        select "555-" + d + x + e,
        from l in Gen.Elements("AB", "ab", "QQ", "ZR", "GB") from n in Digits(6, 6) from s in Gen.Elements("A", "C", "d", "E") from sp in Gen.Elements(" ", "")
        select l + sp + n[..2] + sp + n[2..4] + sp + n[4..] + sp + s,
        from k in Gen.Elements("born on ", "DOB: ", "date of birth - ", "d.o.b. ", "birthday: ", "Birth date ", "born  ", "dob ", "BDAY:",
            "Date of birth (mm/dd/yyyy): ", "| Date of birth | ")
        from d in Gen.Elements("12/03/1985", "1985-03-12", "3 March 1985", "March 3, 1985", "14th of Septemberrr, 2001", "1.2.85")
        select k + d,
        Digits(1, 20));

    private static Gen<string> Filler() => Gen.Elements(
        " ", " ", "  ", "the ", "Q3 ", "12% ", "14th ", "ref 2024/117 ", ", ", ". ", "-", ".", "+", "(", ")", ":", "::", "@", "x", "ext", "e",
        "ssn ", "social security ", "license ", "phone ", "$", "€ ", "\n", "AB", "gb", "b", "born", "is ", "was ", "Aug ", "1", "00", "\u00A0", "é");

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Frequency((3, Filler()), (1, Entities()))).Select(parts => string.Concat(parts)).ToArbitrary();

    private static bool Same(string text, PiiKinds kinds)
    {
        var fast = Pii.Find(text, kinds, prefilter: true);
        var whole = Pii.Find(text, kinds, prefilter: false);
        return fast.SequenceEqual(whole);
    }

    [Fact]
    public void Prefiltered_scan_finds_exactly_what_the_whole_text_scan_finds() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Texts(), text => KindSets.All(kinds => Same(text, kinds))));

    /// <summary>
    /// A date of birth not asked for is scanned only where it could keep a phone off its digits (a zone of seven or
    /// more): asking for it as well must change nothing but its own matches.
    /// </summary>
    [Fact]
    public void An_unrequested_date_of_birth_changes_nothing_but_its_own_matches() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Texts(), text => KindSets.Where(k => (k & PiiKinds.Dob) == 0).All(kinds =>
            Pii.Find(text, kinds, prefilter: true).SequenceEqual(Pii.Find(text, kinds | PiiKinds.Dob, prefilter: true).Where(m => m.Label != "dob")))));

    [Theory]
    [InlineData("card 4111 1111 1111 1111 and 4111-1111-1111-1111")]
    [InlineData("555-0143 x204-555-1234 or call 202.555.0143 ext. 12")]
    [InlineData("ab12 3456 7890 1234 56 xt12 GB82 WEST 1234 5698 7654 32")]
    [InlineData("born on 3 March 1985, dob 1985-03-12, date of birth:   12/03/1985")]
    [InlineData("NI AB 12 34 56 C, ssn 536-22-1234, host ::ffff:192.0.2.128 and 10.0.0.1")]
    [InlineData("4111111111111111")]
    [InlineData("BDAY:1986-09-19, Date of birth (mm/dd/yyyy): 07/03/1966, | Date of birth | 1 May 1982 |")]
    [InlineData("id,name,ssn\n1,Ann,705744325\nP<FRALEFEVRE<<CAMILLE<<<<<<<<<<<<<<<<<<<<<<<\nNOL8CBREO2FRA8312022M2909288<<<<<<<<<<<<<<06")]
    [InlineData("fecha_nacimiento: 1984-07-09, nació el 10/12/1960; Troy 9792 0933 9327 9094; subnet 10.20.0.0/16, host 10.20.0.1/16; EIN 12-4347053")]
    public void Known_shapes_agree_and_are_found(string text)
    {
        Assert.NotEmpty(Pii.Find(text, PiiKinds.All, prefilter: true));
        Assert.True(Same(text, PiiKinds.All));
    }

    [Fact]
    public void Birth_keyword_letters_have_only_ascii_case_pairs()
    {
        // The anchored date-of-birth scan compares keywords ASCII case-insensitively; that is exact only while the
        // pattern's case-insensitive letters match nothing beyond their ASCII pairs.
        var regex = new System.Text.RegularExpressions.Regex("[bdateofirhn.y]",
            System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant
            | System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var extra = Enumerable.Range(128, 65536 - 128).Where(c => c is < 0xD800 or >= 0xE000 && regex.IsMatch(((char)c).ToString())).ToList();
        Assert.Empty(extra);
    }
}
