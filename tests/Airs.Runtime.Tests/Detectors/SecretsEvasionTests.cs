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

    [Theory]
    [InlineData("token: ghp_CSswJ9dX qsyGdmfmBgbk Xn28j4w8bZLD2G0H", "ghp_CSswJ9dX qsyGdmfmBgbk Xn28j4w8bZLD2G0H", "github_token")]
    [InlineData("maps key AIzaYJGKg1fIxYmgRkLY\n    EDlDL8D1KSR4EhnG20l\nthanks", "AIzaYJGKg1fIxYmgRkLY\n    EDlDL8D1KSR4EhnG20l", "gcp_api_key")]
    [InlineData("gitlab: glpat- p7prDG2ndyp5uVVhqscK", "glpat- p7prDG2ndyp5uVVhqscK", "gitlab_token")]
    [InlineData("HF token hf_ I2FxUD4lRXuLrmEjqHTf5xu9XtbCe9amxF", "hf_ I2FxUD4lRXuLrmEjqHTf5xu9XtbCe9amxF", "huggingface_token")]
    [InlineData("DO_TOKEN=dop_v1_b42493de1403340a3f8eac2126c6c8dac\nb15561797b66cc71e13003b874ec470", "dop_v1_b42493de1403340a3f8eac2126c6c8dac\nb15561797b66cc71e13003b874ec470", "digitalocean_token")]
    [InlineData("key = ('SG.GsOHknaMYbGALYHVUQiIik'\n       '.JsPMPCFRes7R1pyEetVJUOAuNeoJSkqcTuecT69wvjf')", "SG.GsOHknaMYbGALYHVUQiIik'\n       '.JsPMPCFRes7R1pyEetVJUOAuNeoJSkqcTuecT69wvjf", "sendgrid_api_key")]
    [InlineData("OPENAI_API_KEY=sk-proj- 2jnbubh0 kENn7sou 0JmvBpGz 4osF5x5p OMMnyuzh DQKfdaTE VdcsRfIH zUWVXGyY scUT1yNP ydLXTbP1 and that is it", "sk-proj- 2jnbubh0 kENn7sou 0JmvBpGz 4osF5x5p OMMnyuzh DQKfdaTE VdcsRfIH zUWVXGyY scUT1yNP ydLXTbP1", "openai_api_key")]
    public void Provider_keys_cut_into_pieces(string text, string key, string label) => Assert.Equal((label, key), Only(text));

    [Theory]
    [InlineData("secret = (\"9f3b2c71a0d4e85f\" \"6a1c0e9b7d2f4a38\")", "9f3b2c71a0d4e85f\" \"6a1c0e9b7d2f4a38")]
    [InlineData("STRIPE = \"rk_live_\" + \"Q8vLm2Xa7TnB\" + \"c4RzKp9WdYs3\"", "rk_live_\" + \"Q8vLm2Xa7TnB\" + \"c4RzKp9WdYs3")]
    public void Keys_in_adjacent_or_added_string_literals(string text, string key) => Assert.Equal(key, Only(text).Text);

    [Theory]
    [InlineData("login is m.okafor / Heron_delta58 for the staging box", "Heron_delta58")]
    [InlineData("router creds are admin / Basalt*2291", "Basalt*2291")]
    [InlineData("I reset it to Pl4typus$712 lol", "Pl4typus$712")]
    [InlineData("wifi password? it's Marble19Ocean! (don't share)", "Marble19Ocean!")]
    [InlineData("Your new temporary password is *kT7wq2LmX9*Rv. Change it at first sign-in.", "*kT7wq2LmX9*Rv")]
    public void Passwords_given_without_the_usual_words(string text, string password) => Assert.Equal(("password", password), Only(text));

    [Theory]
    [InlineData("I reset it to factory defaults and changed it to the new layout.")]
    [InlineData("The login is admin / admin by default; change it on first use.")]
    [InlineData("Sign-in: 2024/2025 cohort only")]
    [InlineData("Send it to the team and submit it to review by Friday.")]
    [InlineData("card ending ****1234, password is ****5678")]
    [InlineData("the ghp_ prefix marks a GitHub token; sk-proj- marks an OpenAI project key")]
    [InlineData("risk-based triage: sk- keys are rotated, Thanks Team")]
    public void Talk_about_logins_resets_and_prefixes_is_not_a_secret(string text) => Assert.Empty(Secrets.Find(text));

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

    [Theory]
    [InlineData("my password is pQwErTyzXc!vBn&m, why won't it work", "pQwErTyzXc!vBn&m")]
    [InlineData("signed in as ops with password %7hq-Lk%Wd2 and rebooted", "%7hq-Lk%Wd2")]
    [InlineData("Login for the NAS: backup / Gr4nite!Path", "Gr4nite!Path")]
    [InlineData("the creds on prod are deploy / K3stre1#Sky", "K3stre1#Sky")]
    [InlineData("creds for the build box → jenkins:Copp3r&Tide", "Copp3r&Tide")]
    [InlineData("mysqldump -u report -pWillow-Quartz-41 sales > sales.sql", "Willow-Quartz-41")]
    [InlineData("sshpass -p 'Lant3rn&77' ssh ops@backup", "Lant3rn&77")]
    [InlineData("unlock it with the passphrase \"amber orchard velvet lantern\" tonight", "amber orchard velvet lantern")]
    [InlineData("the wifi pre-shared key is Hq7mZpL2xVr9TnKc4Wd", "Hq7mZpL2xVr9TnKc4Wd")]
    [InlineData("the password is 4kd=Prm_Tz=Qw^ now", "4kd=Prm_Tz=Qw^")]
    public void Passwords_in_more_of_the_ways_people_write_them(string text, string password) => Assert.Equal(password, Only(text).Text);

    [Theory]
    [InlineData("Last login 2026-03-13T04:04:21Z from a new device")]
    [InlineData("Set a strong password before going live: ROOT_PASSWORD=changeme")]
    [InlineData("The password is Case-Sensitive, remember that.")]
    [InlineData("SLACK_BOT_TOKEN=xoxb-your-bot-token")]
    [InlineData("mysql -u root -p sales")]
    [InlineData("Your passphrase \"must be at least four words\" says the form")]
    public void Times_placeholders_and_talk_about_passwords_are_not_passwords(string text) => Assert.Empty(Secrets.Find(text));

    /// <summary>The word for a password in other scripts (read through the revealed text), and Italian and Portuguese "is".</summary>
    [Theory]
    [InlineData("パスワードは GwKtiO1hnNJYbkv です。ログイン後に必ず変更してください。", "GwKtiO1hnNJYbkv")]
    [InlineData("Пароль от админки: S4ffr0n$69, логин admin", "S4ffr0n$69")]
    [InlineData("我的密码是Xk29fLq0pz", "Xk29fLq0pz")]
    [InlineData("비밀번호는 Qw7!mKd92x 입니다", "Qw7!mKd92x")]
    [InlineData("Heslo k wifi v kanceláři: Modr4Lod!84", "Modr4Lod!84")]
    [InlineData("la password del router è Pepper$1992 (maiuscole comprese)", "Pepper$1992")]
    [InlineData("a senha é Tr0ub4dor&3x", "Tr0ub4dor&3x")]
    [InlineData("Hasło do konta firmowego: blue_Blue2022 – login to adres biura", "blue_Blue2022")]
    [InlineData("e-Devlet şifrem martı_GAL610, annemin hesabına da aynısını koydum.", "martı_GAL610")]
    public void Passwords_named_in_other_languages(string text, string password) => Assert.Equal(("password", password), Only(text));

    [Theory]
    [InlineData("Пароль нужно сменить завтра утром")]
    [InlineData("パスワードを忘れました。リセットしてください。")]
    [InlineData("la password è troppo corta, riprova")]
    [InlineData("il ristorante è aperto tutti i giorni")]
    [InlineData("Heslo je příliš krátké")]
    [InlineData("Hasło do konta zmieniłam wczoraj, działa.")]
    [InlineData("Şifremi unuttum, yardım eder misiniz?")]
    [InlineData("şifrem çok uzun, değiştirmem lazım")]
    public void Talk_about_passwords_in_other_languages_is_not_a_secret(string text) => Assert.Empty(Secrets.Find(text));

    // Rule P16: a password word used as a word in a log line, then the log's next name=value field or an e-mail address
    // (pii-confirm17 with -15, -9 and -10): neither is the password.
    [Theory]
    [InlineData("ERROR auth-svc login failed reason=bad_password attempts=5 trace=0b2616f74c370aab")]
    [InlineData("Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=ethan.brooks58@kontor-lindner.de; dkim=pass")]
    [InlineData("INFO [mailer] password reset sent to linh1166@northwind-logistics.com (template=reset_v3)")]
    [InlineData("ERROR auth: invalid password for user=aleksei1995@rambler.ru from the office")]
    public void A_log_field_or_an_address_after_a_password_word_is_not_a_password(string text) => Assert.Empty(Secrets.Find(text));

    [Theory]
    [InlineData("password: ek=v3.E-DFd2IdeDBEdO", "ek=v3.E-DFd2IdeDBEdO")]
    [InlineData("the wifi password is Kestrel@Home2024.Net", "Kestrel@Home2024.Net")]
    [InlineData("password: hunter=Xk29fLq0pz", "hunter=Xk29fLq0pz")]
    [InlineData("the new password is Ana.Souza1985@gmail.com", "Ana.Souza1985@gmail.com")]
    public void Passwords_with_an_equals_or_an_at_sign_are_still_secrets(string text, string password) => Assert.Equal(password, Only(text).Text);

    // Rule P16: a password as an XML element's text (Maven's settings.xml; pii-confirm17 with -9 and -11), and the Thai
    // and Persian password words (-17 with -11, -12 and -15).
    [Theory]
    [InlineData("<server>\n  <id>releases</id>\n  <username>deploy</username>\n  <password>~xs#^95au2pK-+Xfkpx</password>\n</server>", "~xs#^95au2pK-+Xfkpx")]
    [InlineData("<server><id>nexus</id><username>deploy</username><password>6I?=oYj~%0Y?&Y#CBa+jP</password></server>", "6I?=oYj~%0Y?&Y#CBa+jP")]
    [InlineData("โทรได้ตลอดครับ รหัสผ่าน Soleil#1060! อย่าบอกใคร", "Soleil#1060!")]
    [InlineData("تاریخ تولد ثبت شد. رمز عبور: Monkey#50# شماره سفارش", "Monkey#50#")]
    [InlineData("سلام، رمز وای\u200Cفای دفتر عوض شد: Talvinordlys74! — ممنون", "Talvinordlys74!")]
    public void Passwords_in_xml_elements_and_in_thai_and_persian(string text, string password) => Assert.Equal(("password", password), Only(text));

    [Theory]
    [InlineData("<password>${env.MAVEN_PASSWORD}</password>")]
    [InlineData("<password></password>\n<username>deploy</username>")]
    [InlineData("รหัสผ่าน ต้องมีอย่างน้อย 8 ตัวอักษร")]
    [InlineData("رمز عبور خود را فراموش کرده\u200Cاید؟")]
    [InlineData("کد رمز 4821 برای ورود")]
    public void Placeholders_and_talk_in_those_forms_are_not_passwords(string text) => Assert.Empty(Secrets.Find(text));

    // Rule P18: SQL's IDENTIFIED BY (pii-confirm19 with -8, -9, -14), a KeePass export's Password value (-19, -15), and the
    // Amharic and Tamil password words (-19 with -14, -16).
    [Theory]
    [InlineData("CREATE USER 'report'@'%' IDENTIFIED BY 'xNbLRVI8yT2FXd';", "xNbLRVI8yT2FXd")]
    [InlineData("mysql> ALTER USER 'app'@'%' IDENTIFIED BY 'Q4m+^8a86EyhOFq@M=Kgb';", "Q4m+^8a86EyhOFq@M=Kgb")]
    [InlineData("CREATE USER 'report_ro'@'%' IDENTIFIED BY 'almaty-kyiv-garden87';", "almaty-kyiv-garden87")]
    [InlineData("ራውተር ማዋቀር: የWiFi የይለፍ ቃል t71i73yWOcOP፣ የአስተዳዳሪ አድራሻ", "t71i73yWOcOP")]
    [InlineData("የኮምፒውተር ማዕከል Wi-Fi የይለፍ ቃል: FT5gZHRYLs2c", "FT5gZHRYLs2c")]
    [InlineData("አዲሱ ጊዜያዊ የይለፍ ቃል፡ Almaty1273#", "Almaty1273#")]
    [InlineData("ஆன்லைன் கடை நிர்வாகி கடவுச்சொல்: Manila1997?", "Manila1997?")]
    [InlineData("சர்வர் கடவுச்சொல் h?ySm+50EGWJ^", "h?ySm+50EGWJ^")]
    [InlineData("<Entry><String><Key>Password</Key><Value ProtectInMemory=\"True\">n0#^IyBCZ+aw-eI0z9H</Value></String></Entry>", "n0#^IyBCZ+aw-eI0z9H")]
    [InlineData("<String><Key>Password</Key><Value>kofi-correct-mar-nube93</Value></String><String><Key>URL</Key>", "kofi-correct-mar-nube93")]
    public void Passwords_after_identified_by_and_in_amharic_and_tamil(string text, string password) => Assert.Equal(("password", password), Only(text));

    [Theory]
    [InlineData("CREATE USER 'app'@'%' IDENTIFIED BY '';")]
    [InlineData("Users are identified by 'employee number' in the HR system.")]
    [InlineData("የይለፍ ቃል ረሳሁ። እባክዎ ይርዱኝ")]
    [InlineData("கடவுச்சொல் மறந்துவிட்டேன், உதவுங்கள்")]
    [InlineData("<String><Key>Password</Key><Value ProtectInMemory=\"True\"></Value></String>")]
    [InlineData("<String><Key>UserName</Key><Value>admin.backup2024</Value></String>")]
    public void Empty_values_and_talk_after_those_words_are_not_passwords(string text) => Assert.Empty(Secrets.Find(text));
}
