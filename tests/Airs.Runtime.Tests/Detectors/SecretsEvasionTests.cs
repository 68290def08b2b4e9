using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>Credentials written to slip past a plain scan (issue 20.4), and the shapes that must stay clean.</summary>
public class SecretsEvasionTests
{
    private static (string Label, string Text) Only(string text)
    {
        var m = Assert.Single(Secrets.Find(text));
        return (m.Label, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("key = \"AKIA15I5LAT\" + \"JPUU3XF6M\"", "AKIA15I5LAT\" + \"JPUU3XF6M")]
    [InlineData("key = 'AKIA15I5' +\n  'LATJPUU3XF6M'", "AKIA15I5' +\n  'LATJPUU3XF6M")]
    [InlineData("access key id: AKIA" + " ZKP0 EC49 8UK1 GEQF", "AKIA" + " ZKP0 EC49 8UK1 GEQF")]
    [InlineData("AWS_ACCESS_KEY_ID=AKIA" + "4V2YFG-JGILLMZC3F", "AKIA" + "4V2YFG-JGILLMZC3F")]
    [InlineData("here's the key: akia15i5latjpuu3xf6m", "akia15i5latjpuu3xf6m")]
    [InlineData("key ＡＫＩＡ１５Ｉ５ＬＡＴＪＰＵＵ３ＸＦ６Ｍ", "ＡＫＩＡ１５Ｉ５ＬＡＴＪＰＵＵ３ＸＦ６Ｍ")]
    public void Aws_keys_split_spaced_lower_cased_or_full_width(string text, string key) => Assert.Equal(("aws_access_key", key), Only(text));

    [Fact]
    public void A_github_token_with_an_invisible_character()
    {
        const string token = "ghp_" + "ojjHRg80USP2W5Df\u200BJXcaYioK6cPTt9iOqHOB";
        Assert.Equal(("github_token", token), Only($"token {token}"));
    }

    [Theory]
    [InlineData("MIIEowIBAAKCAQEANRhrf/21+HIsOyJqdZ7krDy/idjGqsIfx9dLS0eRRF9BvEIy\ncD8vPjwnSOLolDBTEGVA/j6Bhjumzhmndv0JGgF54tE713LqXwrgSzseDDCZ+dOV")]
    [InlineData("MC4CAQAwBQYDK2VwBCIEIGWyRWj8SKpOavQNT76R4ltqagTdxP/NXaQyZLpnNA==")]
    [InlineData("MHcCAQEEIJ+pYWGVA5sSFBejHf5B4Wq6VGPvvLGUdXB21ooVhMCDB0+ZFnsFOvWy\nHH/HnajrfEHlAl5NJK2cM4QrwOdXqO5xf+Q9U2eqQDKibs3Oweoz4TZiOJXrUTUi")]
    public void A_private_key_body_without_its_header(string body) => Assert.Equal(("private_key", body), Only($"the key:\n{body}\nend"));

    [Theory]
    [InlineData("MIIDoTCCAomgAwIBAvEBb+YobB3SF2eT4l11xSkhAw2NJKTO6GUWkp/tXryBKyVZ\nSCmFK+wRG2J9wM7K984yTSDW8Qv56XtQDZvtomMW57aesNPkKaPJ2zieZ53YMtR5")]
    [InlineData("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AVa/J6iN4Jv+E5rmE162wcPLhfpTysBbC\nOHCGj0rUuo+jKoWD1+iPQU+rYfTY3uacNU3ZJPeLhkWSfzNpiR2AAZpgB4n4C4Tq")]
    public void Certificate_and_public_key_bodies_are_not_secrets(string body) => Assert.Empty(Secrets.Find($"certificate:\n{body}\n"));

    [Theory]
    [InlineData("OPENAI_API_KEY=sk-" + "proj-omjMyXHCabM6JOF8EFd0Nhcy_1kGD2VD_eR1UYzaLiA_zNyD7CHLn_xC-1hs", "openai_api_key")]
    [InlineData("use sk-" + "zl6W7tOJ80JE2qF4z69vQJX9fE3ozdn8iZZyHYHXrYdQ7p5a now", "openai_api_key")]
    [InlineData("key sk-" + "ant-api03-YgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7ihGyiRUIQfHOJMaidDn87XG", "anthropic_api_key")]
    public void Ai_provider_keys(string text, string label) => Assert.Equal(label, Only(text).Label);

    [Theory]
    [InlineData("the admin password is Sunfl0wer!22 for now", "Sunfl0wer!22")]
    [InlineData("password: hunter2#Blue", "hunter2#Blue")]
    [InlineData("FYI the wifi password is now Tr4mline-88.", "Tr4mline-88")]
    [InlineData("Her VPN passphrase was m00nL1ght$ until May", "m00nL1ght$")]
    public void A_password_stated_in_prose(string text, string password) => Assert.Equal(("password", password), Only(text));

    [Theory]
    [InlineData("The password is stored in the vault, never in the repository.")]
    [InlineData("Resetting your password is quick: open Settings.")]
    [InlineData("password: ******** (hidden)")]
    [InlineData("password=${DB_PASSWORD_2}")]
    [InlineData("The task-based planner was written in 2024 by sk-team members.")]
    public void Talk_about_passwords_and_keys_is_not_a_secret(string text) => Assert.Empty(Secrets.Find(text));
}
