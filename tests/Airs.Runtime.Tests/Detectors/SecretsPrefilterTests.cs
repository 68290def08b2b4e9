using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The prefiltered scan must give exactly what the whole-text scan gives. Fixtures are assembled at run time.</summary>
public class SecretsPrefilterTests
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)
        select new string(cs);

    private static Gen<string> Secrets() => Gen.OneOf(
        from p in Gen.Elements("AKIA", "ASIA", "ABIA", "ACCA") from b in Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 15, 17) select p + b,
        from b in Chars(Alnum + "_-", 34, 36) select "AIza" + b,
        from b in Chars(Alnum + "_-", 28, 28) select "GOCSPX-" + b,
        from p in Gen.Elements("ghp_", "gho_", "ghs_", "github_pat_") from b in Chars(Alnum, 20, 40) select p + b,
        from p in Gen.Elements("glpat-", "gldt-", "gloas-") from b in Chars(Alnum + "_-", 18, 24) select p + b,
        from p in Gen.Elements("xoxb-", "xoxp-", "xapp-1-") from b in Chars(Alnum + "-", 9, 24) select p + b,
        from p in Gen.Elements("sk_live_", "rk_test_", "whsec_") from b in Chars(Alnum, 15, 26) select p + b,
        from p in Gen.Elements("hvs.", "hvb.") from b in Chars(Alnum + "_-", 22, 30) select p + b,
        from a in Chars(Alnum + "_-", 8, 20) from b in Chars(Alnum + "_-", 8, 20) from c in Chars(Alnum + "_-", 0, 20)
        select "eyJ" + a + ".eyJ" + b + "." + c,
        from s in Gen.Elements("postgres", "MongoDB+srv", "redis", "jdbc:mysql", "https") from u in Chars(Alnum, 3, 8) from p in Chars(Alnum, 6, 12)
        select s + "://" + u + ":" + p + "@db.example.com:5432/app",
        from p in Chars(Alnum + "!", 6, 14) select "Server=tcp:db.example.com;Database=app;User Id=sa;Password=" + p,
        from k in Chars(Alnum + "+/", 40, 44) select "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + k + "==",
        from k in Chars(Alnum + "+/", 38, 44) select "AccountKey=" + k,
        from s in Chars(Alnum + "%", 18, 30) select "sv=2021-06-08&ss=b&srt=sco&sig=" + s,
        from a in Chars(Alnum, 3, 3) from d in Gen.Choose(0, 9) from b in Chars(Alnum + "_~.-", 30, 35) select a + d + "Q~" + b,
        from k in Gen.Elements("aws_secret_access_key", "AWS_SECRET", "awsSecret") from sep in Gen.Elements(" = ", ": ", "=>", "=\"") from v in Chars(Alnum + "/+", 39, 41)
        select k + sep + v,
        from body in Chars(Alnum + "\n", 10, 60) from kind in Gen.Elements("RSA ", "", "EC ", "OPENSSH ") from end in Gen.Elements(true, false)
        select "-----BEGIN " + kind + "PRIVATE KEY-----\n" + body + (end ? "\n-----END " + kind + "PRIVATE KEY-----" : ""),
        Gen.Constant("\"type\": \"service_account\""),
        from path in Chars(Alnum, 20, 30) select "https://hooks.slack.com/services/" + path,
        from k in Gen.Elements("password", "Token", "api_key", "API-KEY", "client_secret", "bearer ", "credentials", "pwd", "to\u212Aen", "secret is ")
        from sep in Gen.Elements(" = ", ": ", "=", " ", "\"", " is ", "=>") from v in Chars(Alnum + "+/_-.~=", 12, 30)
        select k + sep + v);

    private static Gen<string> Filler() => Gen.Elements(
        " ", " ", "the ", "Q3 ", "12% ", "ref 2024/117 ", "sign-off ", ", ", ". ", "-", "--", "-----", "=", ":", "://", "_", "~", "A", "J", "eyJ", "ey",
        "AKIA", "sk_", "gh", "xox", "Q~", "aws", "\n", "\u212A", "é", "2024-06-08T12:00:00Z/path/0123456789abcdef ", "https://example.com/a?b=1 ");

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Frequency((4, Filler()), (1, Secrets()))).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Prefiltered_scan_finds_exactly_what_the_whole_text_scan_finds() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Texts(), text =>
            Airs.Runtime.Detectors.Secrets.Find(text, prefilter: true).SequenceEqual(Airs.Runtime.Detectors.Secrets.Find(text, prefilter: false))));

    [Theory]
    [InlineData("ref 2024/117 and a token q8Zr2LxW9vKt4Nb7Yc1Hs")]
    [InlineData("key AKIAIOSFODNN7EXAMPLE ok")]
    [InlineData("AWS_SECRET_ACCESS_KEY: \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYab\"")]
    public void Known_shapes_agree_and_are_found(string text)
    {
        Assert.NotEmpty(Airs.Runtime.Detectors.Secrets.Find(text, prefilter: true));
        Assert.Equal(Airs.Runtime.Detectors.Secrets.Find(text, prefilter: false).ToArray(), Airs.Runtime.Detectors.Secrets.Find(text, prefilter: true).ToArray());
    }

    [Fact]
    public void A_value_after_a_lookalike_key_word_follows_the_whole_text_anchor_rule()
    {
        // "to\u212Aen" (Kelvin sign) matches the case-insensitive pattern but is no anchor: alone it is not reported,
        // next to a real anchor elsewhere it is, in both scans.
        const string value = "q8Zr2LxW9vKt4Nb7Yc1Hs";
        Assert.Empty(Airs.Runtime.Detectors.Secrets.Find("to\u212Aen = " + value, prefilter: true));
        var withAnchor = "to\u212Aen = " + value + " see https://example.com";
        Assert.Single(Airs.Runtime.Detectors.Secrets.Find(withAnchor, prefilter: true));
        Assert.Equal(Airs.Runtime.Detectors.Secrets.Find(withAnchor, prefilter: false).ToArray(), Airs.Runtime.Detectors.Secrets.Find(withAnchor, prefilter: true).ToArray());
    }

    [Fact]
    public void Every_rule_has_its_own_prefilter_bit()
    {
        var rules = (Array)typeof(Airs.Runtime.Detectors.Secrets).GetField("Rules", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        Assert.InRange(rules.Length, 1, 64);
    }
}
