using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Credentials by their published formats (AWS, GCP, Azure, GitHub, GitLab, Slack, Stripe, npm, PyPI, Hugging Face,
/// SendGrid, Shopify, DigitalOcean, HashiCorp Vault, private key blocks, JWTs, connection strings) and, last, high-entropy values right after a key word (<c>api_key = …</c>).
/// A prefilter stops only at rare characters (<c>= : _ ~ - A G J</c>) and runs a rule only when one of its literals occurs there.
/// </summary>
public static partial class Secrets
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// A detection rule. Every match contains one of the <paramref name="Clues"/> (ordinal), each with a rare character
    /// at a known offset, so the prefilter looks only at those characters; <paramref name="Requires"/> is a further
    /// condition on the whole text, checked only once a clue is seen.
    /// </summary>
    /// <param name="ValueAfterSpace">Whether only what follows the match's last space is reported (the key words stay unredacted).</param>
    private sealed record Rule(string Label, LazyRegex Pattern, Clue[] Clues, Func<string, int, int, bool>? Accept = null, Func<string, bool>? Requires = null, bool ValueAfterSpace = false);

    /// <summary>A literal every match of a rule contains, located by its character at <paramref name="Offset"/>.</summary>
    private readonly record struct Clue(string Literal, int Offset)
    {
        public char Rare => Literal[Offset];

        public bool IsAt(ReadOnlySpan<char> text, int rareIndex) => RegexWindow.HasOrdinalAt(text, rareIndex - Offset, Literal);
    }

    private static Clue[] At(char rare, params string[] literals) => [.. literals.Select(l => new Clue(l, l.IndexOf(rare)))];

    private static bool Standalone(string t, int s, int e) => TextBounds.IsStandalone(t, s, e);

    private static bool IsCommunityPassword(string t, int s, int e) => LooksLikePassword(t.AsSpan(s, e - s)[LastWordStart(t.AsSpan(s, e - s))..]);

    /// <summary>Where the last word of a match starts: after its last space or tab (0 when it has none).</summary>
    private static int LastWordStart(ReadOnlySpan<char> match) => match.LastIndexOfAny(' ', '\t') + 1;

    private static bool MentionsAws(string t) => t.Contains("aws", StringComparison.Ordinal) || t.Contains("AWS", StringComparison.Ordinal);

    private static readonly Clue[] PrivateKeyClues = At('-', "-----BEGIN ");

    private static readonly LazyRegex PrivateKeyHeader = new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Options);

    /// <summary>
    /// A service account's key file is reported by its private key; its <c>"type": "service_account"</c> only when no key
    /// with a body is there (cut off, or elided), so the file is still flagged (rule P17: eleven design sets, `pii-confirm2`
    /// to `-18`, label the key and never the type).
    /// </summary>
    private static bool HoldsNoPrivateKey(string text, int start, int end)
    {
        foreach (var m in PrivateKeyHeader.Value.EnumerateMatches(text))
        {
            if (HasKeyBody(text, m.Index, m.Index + m.Length))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Specific formats first: when two rules cover the same text the first one names it.</summary>
    private static readonly Rule[] Rules =
    [
        new("private_key", new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Options), PrivateKeyClues, HasKeyBody),
        new("private_key", new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Options), PrivateKeyClues, HasKeyBody),
        new("azure_connection_string", new(@"DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]+;AccountKey=[A-Za-z0-9+/]{40,}={0,2}(?:;EndpointSuffix=[A-Za-z0-9.]+)?", Options), At('=', "AccountKey=")),
        new("azure_storage_key", new(@"AccountKey=[A-Za-z0-9+/]{40,}={0,2}", Options), At('=', "AccountKey=")),
        new("azure_sas_token", new(@"sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[A-Za-z0-9%&=:.\-]*sig=[A-Za-z0-9%+/]{20,}={0,2}", Options), At('=', "sv=")),
        new("azure_client_secret", new(@"[A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}", Options), At('~', "Q~"), Standalone),
        // The 16 characters may be split by single spaces or hyphens ("AKIA SY8T VZ9F …"): the key is still whole. AWS's
        // unique ids of users, roles, groups, policies and instance profiles (AIDA, AROA, AGPA, ANPA, ANVA, AIPA) name a
        // principal and grant nothing: `aws sts get-caller-identity` prints one as "UserId" (rule P17: pii-confirm18 and -12
        // flagged, -7, -8 and -14 hold more; no design set labels one).
        new("aws_access_key", new(@"(?:AKIA|ASIA|ABIA|ACCA)(?:[ \-]?[A-Z0-9]){16}", Options),
            At('A', "AKIA", "ASIA", "ABIA", "ACCA"), Standalone),
        new("aws_secret_key", new(@"(?:aws|AWS)[A-Za-z_\-]{0,20}(?:secret|SECRET|Secret)[A-Za-z_\-]{0,20}[""']?\s*(?:[:=]|=>)\s*[""']?[A-Za-z0-9/+]{40}", Options),
            [.. At(':', ":"), .. At('=', "=")], Requires: MentionsAws),
        new("gcp_api_key", new(@"AIza[0-9A-Za-z_\-]{35}", Options), At('A', "AIza"), Standalone),
        new("gcp_oauth_secret", new(@"GOCSPX-[A-Za-z0-9_\-]{28}", Options), At('-', "GOCSPX-"), Standalone),
        new("gcp_service_account", new(@"""type""\s*:\s*""service_account""", Options), At('_', "service_account"), HoldsNoPrivateKey),
        new("github_token", new(@"gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}", Options),
            At('_', "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_"), Standalone),
        new("anthropic_api_key", new(@"sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_\-]{32,}", Options), At('-', "sk-"), Standalone),
        new("openai_api_key", new(@"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{32,}|sk-[A-Za-z0-9]{32,}", Options), At('-', "sk-"), Standalone),
        new("gitlab_token", new(@"gl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_\-]{20,}", Options), At('-', "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "gloas-"), Standalone),
        new("slack_webhook", new(@"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,}", Options), At(':', "https://hooks.slack.com/")),
        new("slack_token", new(@"xox[abposr]-[A-Za-z0-9\-]{10,}|xapp-[0-9]-[A-Za-z0-9\-]{20,}", Options),
            At('-', "xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xapp-"), Standalone),
        new("stripe_key", new(@"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}", Options), At('_', "sk_", "rk_", "whsec_"), Standalone),
        new("npm_token", new(@"npm_[A-Za-z0-9]{36}", Options), At('_', "npm_"), Standalone),
        new("pypi_token", new(@"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}", Options), At('-', "pypi-"), Standalone),
        new("huggingface_token", new(@"hf_[A-Za-z0-9]{34,}", Options), At('_', "hf_"), Standalone),
        new("sendgrid_api_key", new(@"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}", Options), At('G', "SG."), Standalone),
        new("shopify_token", new(@"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}", Options), At('_', "shpat_", "shpca_", "shppa_", "shpss_"), Standalone),
        new("digitalocean_token", new(@"do[opr]_v1_[a-f0-9]{64}", Options), At('_', "dop_", "doo_", "dor_"), Standalone),
        new("jwt", new(@"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*", Options), At('J', "eyJ"), Standalone),
        // Any scheme with a password in its user info (https://elastic:…@host, redis://:…@host): the URL is the credential.
        new("connection_string", new(@"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|jdbc:[a-z]+|s?ftp|smtps?|https?|wss?|ldaps?|nats|kafka)://[^\s:/@""']*:[^\s@/""']+@[^\s""'<>]+", Options | RegexOptions.IgnoreCase),
            At(':', "://")),
        new("telegram_bot_token", new(@"[0-9]{8,10}:AA[A-Za-z0-9_\-]{32,}", Options), At(':', ":AA"), Standalone),
        new("mailgun_api_key", new(@"key-[0-9a-f]{32}", Options), At('-', "key-"), Standalone),
        new("docker_token", new(@"dckr_pat_[A-Za-z0-9_\-]{20,}", Options), At('_', "dckr_"), Standalone),
        new("django_secret_key", new(@"django-insecure-[^\s'""`]{20,}", Options), At('-', "django-insecure-")),
        // Every https URL holds the clue, so each webhook rule also needs its host in the text before it scans.
        new("discord_webhook", new(@"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_\-]{20,}", Options), At(':', "https://"),
            Requires: t => t.Contains("/api/webhooks/", StringComparison.Ordinal)),
        new("teams_webhook", new(@"https://[A-Za-z0-9\-]+\.webhook\.office\.com/webhookb2/[^\s""'<>]{20,}", Options), At(':', "https://"),
            Requires: t => t.Contains(".webhook.office.com/", StringComparison.Ordinal)),
        // A Cisco IOS SNMP community string is the password of SNMP v1/v2c (rule P15); "public" and "private" do not look like one.
        new("snmp_community", new(@"snmp-server[ \t]+community[ \t]+[^\s]{6,64}", Options), At('-', "snmp-server"), IsCommunityPassword, ValueAfterSpace: true),
        new("connection_string", new(@"(?:Server|Data Source|Host|Address)=[^;\r\n]+;(?:[^;=\r\n]+=[^;\r\n]*;)*?\s*(?:Password|Pwd)=[^;\s""']+", Options | RegexOptions.IgnoreCase),
            At('=', "=")),
    ];

    /// <summary>The rules of providers' prefixed keys, whose pieces <see cref="RevealedText"/> may join when they are cut apart.</summary>
    private static readonly ulong SplittableRules = Rules
        .Select((rule, index) => rule.Label is "gcp_api_key" or "gcp_oauth_secret" or "github_token" or "openai_api_key" or "anthropic_api_key"
            or "gitlab_token" or "slack_token" or "stripe_key" or "npm_token" or "huggingface_token" or "sendgrid_api_key" or "digitalocean_token"
            or "jwt" ? 1ul << index : 0ul)
        .Aggregate(0ul, (a, b) => a | b);

    /// <summary>The rare characters of every clue: the only characters the prefilter stops at.</summary>
    private static readonly SearchValues<char> ClueChars = SearchValues.Create(string.Concat(Rules.SelectMany(r => r.Clues).Select(c => c.Rare).Distinct()));

    /// <summary>For each rare character, the rules (by index) and clues that contain it.</summary>
    private static readonly FrozenDictionary<char, (int Rule, Clue Clue)[]> CluesByChar = Rules
        .SelectMany((rule, index) => rule.Clues.Select(clue => (Rule: index, Clue: clue)))
        .GroupBy(x => x.Clue.Rare)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>A key word, an assignment (or the rest of a JSON name/value pair), then the value; the value alone is reported so that redaction keeps the key.</summary>
    private static readonly LazyRegex GenericPattern = new(
        @"(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|client[_\-]?secret|auth[_\-]?token|credentials?|bearer|pre-?shared[_\- ]?key|psk)(?:[""']?\s*(?:[:=]|=>|\bis\b)?|" + JsonValueName + @")\s*\(?[""']?(?<value>[A-Za-z0-9+/_\-.~=]{16,200})",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// Pieces of <see cref="PairedPassword"/>'s words (login, creds or credentials, reset or changed it): few, because each
    /// one more slows the search every text pays for (measured: seven pieces cost 0.3 µs per 2 KB, these four about 0.1).
    /// </summary>
    private static readonly string[] PairedPieces = ["login", "cred", "reset it", "changed it"];

    /// <summary>
    /// Pieces of <see cref="CommandPassword"/>'s commands (docker, podman and helm log in), searched only where a flag may
    /// stand (<see cref="MayGiveCommandPassword"/>): as pieces of <see cref="PasswordWords"/> they cost every text 1.3 µs
    /// more per 2 KB (BenchmarkDotNet's <c>SecretsClean</c>, three alternated pairs).
    /// </summary>
    private static readonly string[] CommandPieces = ["curl", "redis-cli", "sqlcmd", "securestring", "login"];

    /// <summary>The pieces <see cref="PasswordWords"/> searches for; the whole-text scan's <see cref="Anchors"/> hold them too.</summary>
    private static readonly string[] PasswordPieces =
        ["pass", "pwd", "pw:", "pw=", "pw ", "pw'", "pw\"", "kennwort", "contrase", "wachtwoord", "senha", "haslo", "senord", "-p'", "-p\"", "mysql",
            "identified by", .. PairedPieces];


    private static readonly SearchValues<string> Anchors = SearchValues.Create(
    [
        "-----BEGIN", "AccountKey=", "sv=", "Q~", "AKIA", "ASIA", "ABIA", "ACCA",
        "AIza", "GOCSPX-", "service_account", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "gldt-", "glrt-",
        "glptt-", "glcbt-", "gloas-", "npm_", "pypi-", "hf_", "SG.", "shpat_", "shpca_", "shppa_", "shpss_", "dop_v1_", "doo_v1_", "dor_v1_",
        "hooks.slack.com", "xox", "xapp-", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_",
        "eyJ", "://", "password", "pwd", "secret", "token", "shared key", "shared_key", "shared-key", "psk", "api_key", "api-key", "apikey", "access_key", "access-key", "accesskey",
        "private_key", "private-key", "privatekey", "credential", "bearer", "passwd", "passphrase", "sk-", "MI", "MH", "MC",
        ":AA", "key", "auth", "session", "sid=", "dckr_", "snmp-server", "django-insecure-", "hvs.", "hvb.", "hvr.", "discord", "clé", "clave", "klucz", "chave", "キー", "トークン", "密钥", "秘钥", "키", .. PasswordPieces, .. CommandPieces,
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the admin password is Tr0ub4dor-3", <c>POSTGRES_PASSWORD=…</c>, <c>"mail.smtp.password", "…"</c>, "Guest Wi-Fi
    /// password Nimbus.falcon57", "Passwort für den Server: …", <c>mysql -p'…'</c>, "mot de passe : « … »": a
    /// password word (in one of several languages, or <c>pw</c> and <c>pass</c>; not inside a word, but at a camel-case
    /// hump: <c>userPassword:</c>), then up to six short words (<c>dell'ufficio</c> is one) and <c>is</c>/<c>was</c>/<c>to</c>/<c>:</c>/<c>=</c>
    /// or the verb in another language, or a quoted comma, or a space; then one word, quoted or not (also „…“, «…»), which
    /// must look like a password (<see cref="LooksLikePassword"/>). Cisco IOS's <c>password 0 …</c> marks the value that
    /// follows as unencrypted (rule P15): the <c>0</c> is skipped. Or an XML element's whole text up to its closing tag
    /// (<c>&lt;password&gt;…&lt;/password&gt;</c>, as Maven's settings.xml holds it; rule P16: `pii-confirm17`, `-9`, `-11`).
    /// Or SQL's <c>CREATE USER … IDENTIFIED BY '…'</c> and <c>ALTER USER</c> (rule P18: `pii-confirm19` with `-8`, `-9`, `-14`).
    /// Or a KeePass XML export's <c>&lt;Key&gt;Password&lt;/Key&gt;&lt;Value ProtectInMemory="True"&gt;…&lt;/Value&gt;</c> (rule P18: `-19`, `-15`).
    /// </summary>
    private static readonly LazyRegex PasswordPattern = new(
        "(?:" + PasswordWord + @"\??(?:[^\S\r\n]+[\w\-'’]{1,16}){0,6}(?:[""']?[^\S\r\n]*(?::|=>|=)|[^\S\r\n]+" + StatingVerb + @"[^\S\r\n])"
        + "|" + PasswordWord + @"[""'][^\S\r\n]*,|" + PasswordWord + JsonValueName + "|" + PasswordWord + @"[^\S\r\n]|(?:^|[^\S\r\n])(?:--password[= ]|-p ?[""']))"
        + @"[^\S\r\n]*(?:now[^\S\r\n]+|set to[^\S\r\n]+|0[^\S\r\n]+)?" + OpeningQuote + "(?<value>" + ValueChar + "{6,64})"
        + "|<" + PasswordWord + @">(?<value>[^<\r\n]{6,64})</"
        + @"|\bidentified[^\S\r\n]+by[^\S\r\n]+'(?<value>[^'\r\n]{6,64})'"
        + "|<Key>" + PasswordWord + @"</Key>[^\S\r\n]*<Value(?:[^\S\r\n]+[^>\r\n]{1,40})?>(?<value>[^<\r\n]{6,64})</",
        Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// A password given without a password word: after a login word (and up to three words more) as the second of
    /// <c>user / password</c> or <c>user:password</c> ("login is colette.alvarez / …", "creds on staging are root / …",
    /// "creds for staging → root:…"), or what it was reset or changed to ("I reset it to …").
    /// The value must look like a password (<see cref="LooksLikePassword"/>), so "reset it to factory defaults" is not one.
    /// </summary>
    private static readonly LazyRegex PairedPassword = new(
        @"\b(?:login|creds|credentials)\b(?:[^\S\r\n]+[\w\-]{1,16}){0,4}(?:[^\S\r\n]*(?:[:=]|→|->)[^\S\r\n]*|[^\S\r\n]+(?:(?:is|are|was|were)[^\S\r\n]+)?)"
        + @"[A-Za-z][\w.@+\-]{1,63}(?:[^\S\r\n]*/[^\S\r\n]*|:)[""'`]?(?<value>[^\s""'`/]{6,64})"
        + @"|\b(?:reset|changed)[^\S\r\n]+it[^\S\r\n]+to[^\S\r\n]+[""'`]?(?<value>[^\s""'`]{6,64})",
        Options | RegexOptions.IgnoreCase);

    private const string PasswordWord = "(?:password|passwd|passphrase|pwd|pw|pass|passwort|kennwort|contraseña|contrasena|mot de passe|wachtwoord|senha|haslo|lösenordet|lösenord)";

    /// <summary>"is" between a password word and its value, in the languages of <see cref="PasswordWord"/>.</summary>
    private const string StatingVerb = "(?:is|was|ist|lautete|lautet|es|est|è|é|är|je|on|ni|to|it's|it is)";

    /// <summary>
    /// The rest of a JSON name/value pair whose name is the key word (rule P14): <c>{"key": "password", "value": "…"}</c>,
    /// as Postman collections and HAR files name each header, variable and auth field.
    /// </summary>
    private const string JsonValueName = JsonValueNamed + @"[^\S\r\n]*:";

    /// <summary><see cref="JsonValueName"/> without its colon, for patterns that read the separator themselves (<c>Pii</c>'s birth dates).</summary>
    internal const string JsonValueNamed = @"[""'][^\S\r\n]*,[^\S\r\n]*[""']value[""']";

    /// <summary>A quote that may open a value: ASCII, typographic („“, «) or a backtick.</summary>
    private const string OpeningQuote = @"[""'`„“”«‘]?[^\S\r\n]*";

    /// <summary>
    /// A character of a value that is one word: not a space, a quote (so a closing “ or » ends it), or a character of a
    /// script written without spaces or a full-width form (<c>パスワード：…（毎月変更）</c>: the note after the value is not part of it),
    /// or Ethiopic punctuation (<c>፣</c>, a comma; rule P18).
    /// </summary>
    private const string ValueChar = @"[^\s""'`„“”«»‘’\u1361-\u1368\u2E80-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]";

    /// <summary>
    /// An ASCII piece of every word <see cref="PasswordPattern"/> needs (<c>pass</c> covers password, passwd, passphrase,
    /// passwort and mot de passe; <c>senord</c> lösenord; <c>pw</c> with what may follow it): non-ASCII or two-character
    /// strings would take this search, run on every text, off its fast vectorised path (measured: 1.5 µs more per pass).
    /// </summary>
    private static readonly SearchValues<string> PasswordWords = SearchValues.Create(PasswordPieces, StringComparison.OrdinalIgnoreCase);

    /// <summary>An AWS access key id typed in lower case: the key with its case lost is still the key.</summary>
    private static readonly LazyRegex CaseFoldedAwsKey = new(@"(?:akia|asia)[a-z0-9]{16}", Options | RegexOptions.IgnoreCase);

    /// <summary>
    /// A PEM body without its BEGIN/END lines: base64 lines that open like DER (<c>MI</c>, <c>MH</c>, <c>MC</c>: a
    /// SEQUENCE), checked by <see cref="IsPrivateKeyDer"/>.
    /// </summary>
    private static readonly LazyRegex PemBody = new(@"M[CHI][A-Za-z0-9+/]{40,}={0,2}(?:\r?\n[A-Za-z0-9+/]{4,}={0,2})*", Options);

    public static bool Found(string text) => !Find(text).IsEmpty;

    /// <summary>
    /// Every match, sorted by start. When the text may be disguised (<see cref="Disguise.MayHideSecret"/>: invisible or
    /// full-width characters, string concatenation) it is also scanned as <see cref="RevealedText"/>, and its base64
    /// runs are decoded one level (a Kubernetes secret's <c>data:</c> values); those matches span the original
    /// characters (for base64: the whole encoded run) and never displace a plain one.
    /// </summary>
    public static ImmutableArray<DetectorMatch> Find(string text)
    {
        var found = Find(text, prefilter: true, out var longValue, out var clues);
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        List<DetectorMatch>? disguised = null;
        var mayHide = Disguise.MayHideSecret(text) || ((clues & SplittableRules) != 0 && RevealedText.MayJoinKeyPieces(text));
        if (mayHide && RevealedText.ForSecrets(text) is var revealed && !string.Equals(revealed.Text, text, StringComparison.Ordinal))
        {
            foreach (var m in Find(revealed.Text, prefilter: true))
            {
                var (start, length) = revealed.ToOriginal(m.Start, m.Length);
                (disguised ??= []).Add(m with { Start = start, Length = length });
            }
        }
        // A base64 run of 16 or more holds a digit (then it is a long value) or ends in padding.
        if ((longValue || text.Contains('=')) && Disguise.HasBase64Run(text))
        {
            foreach (var m in Disguise.Base64Findings(text, static decoded => BasicCredentials(decoded) ?? Find(decoded, prefilter: true)))
            {
                (disguised ??= []).Add(m);
            }
        }
        return disguised is null ? found : MatchSet.Merge(found, disguised);
    }

    /// <summary>
    /// With <paramref name="prefilter"/> only the rules whose clue occurs run, the generic rule only when some run of
    /// value characters is long enough and holds a digit, and the anchor check last, only when something was found;
    /// without it every rule scans the whole text after the anchor check. Both give the same matches.
    /// </summary>
    internal static ImmutableArray<DetectorMatch> Find(string text, bool prefilter) => Find(text, prefilter, out _, out _);

    /// <param name="longValue">Whether some run of value characters is long enough and holds a digit (known only with the prefilter).</param>
    /// <param name="clues">The rules whose clue occurs (known only with the prefilter).</param>
    private static ImmutableArray<DetectorMatch> Find(string text, bool prefilter, out bool longValue, out ulong clues)
    {
        longValue = true;
        clues = 0;
        if (string.IsNullOrEmpty(text))
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        if (!prefilter)
        {
            return text.AsSpan().IndexOfAny(Anchors) < 0 ? ImmutableArray<DetectorMatch>.Empty : Scan(text, ~0ul, generic: true);
        }
        var rules = clues = RulesWithClues(text);
        longValue = HasLongValueWithDigit(text);
        var generic = longValue || text.AsSpan().IndexOfAny(PasswordWords) >= 0 || MayGiveCommandPassword(text);
        if (rules == 0 && !generic)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        var found = Scan(text, rules, generic);
        return found.IsEmpty || HasAnchor(text, found) ? found : ImmutableArray<DetectorMatch>.Empty;
    }

    private static ImmutableArray<DetectorMatch> Scan(string text, ulong rules, bool generic)
    {
        var found = new MatchSet();
        for (var r = 0; r < Rules.Length; r++)
        {
            if ((rules & (1ul << r)) == 0)
            {
                continue;
            }
            var rule = Rules[r];
            foreach (var m in rule.Pattern.Value.EnumerateMatches(text))
            {
                if ((rule.Accept is null || rule.Accept(text, m.Index, m.Index + m.Length)) && !IsPlaceholder(text.AsSpan(m.Index, m.Length)))
                {
                    var skip = rule.ValueAfterSpace ? LastWordStart(text.AsSpan(m.Index, m.Length)) : 0;
                    found.TryAdd(new DetectorMatch(m.Index + skip, m.Length - skip, rule.Label));
                }
            }
        }
        if (generic)
        {
            AddGenericSecrets(text, found);
        }
        return found.ToImmutable();
    }

    /// <summary>A bit per rule whose clue occurs in the text (and whose further condition holds); at most 64 rules.</summary>
    private static ulong RulesWithClues(string text)
    {
        var span = text.AsSpan();
        var rules = 0ul;
        var from = 0;
        int hit;
        while ((hit = span[from..].IndexOfAny(ClueChars)) >= 0)
        {
            hit += from;
            from = hit + 1;
            foreach (var (rule, clue) in CluesByChar[span[hit]])
            {
                if ((rules & (1ul << rule)) == 0 && clue.IsAt(span, hit))
                {
                    rules |= 1ul << rule;
                }
            }
        }
        for (var r = 0; r < Rules.Length; r++)
        {
            if ((rules & (1ul << r)) != 0 && Rules[r].Requires is { } requires && !requires(text))
            {
                rules &= ~(1ul << r);
            }
        }
        return rules;
    }

    /// <summary>
    /// A generic secret is a value of 16 or more value characters with a digit in it; prose rarely has one, and its digits
    /// ("Q3", "2024/117") are the only places to look. Non-ASCII characters count as value characters (case-insensitive
    /// matching lets a few of them in), so the run is never underestimated.
    /// </summary>
    private static bool HasLongValueWithDigit(string text)
    {
        var span = text.AsSpan();
        var digits = new DigitFinder(span);
        if (digits.Next(0) < 0 || !LongTokens.Any(span))
        {
            return false; // a run of 16 is a token of LongTokens.Length (no value character is ASCII whitespace): short words rule all out at once
        }
        var from = 0;
        int digit;
        while ((digit = digits.Next(from)) >= 0)
        {
            var end = ValueChars.RunEnd(span, digit);
            if (end - ValueChars.RunStart(span, digit) >= 16)
            {
                return true;
            }
            from = end;
        }
        return false;
    }

    /// <summary>
    /// The characters of a value: those of a key's or a token's alphabet, and the symbols of a password (rule P19: a keyed
    /// value such as <c>AUTH_KEY', 'Xk3#pQz9Lm2$wRt7Yv5</c> has no run of 16 without them). <see cref="KeyedValue"/>'s values use no others.
    /// </summary>
    private static readonly AsciiSet ValueChars = new("+/_-.~=!#$%*?@^", letters: true, digits: true, nonAscii: true);

    /// <summary>
    /// The whole-text scan reports nothing unless some anchor occurs; an anchor near a match settles that cheaply,
    /// otherwise the whole text is searched.
    /// </summary>
    private static bool HasAnchor(string text, ImmutableArray<DetectorMatch> found)
    {
        foreach (var m in found)
        {
            var start = Math.Max(0, m.Start - 64);
            if (text.AsSpan(start, m.End - start).IndexOfAny(Anchors) >= 0)
            {
                return true;
            }
        }
        return text.AsSpan().IndexOfAny(Anchors) >= 0;
    }

    private static void AddGenericSecrets(string text, MatchSet found)
    {
        AddVaultTokens(text, found);
        AddDiscordBotTokens(text, found);
        AddCaseFoldedAwsKeys(text, found);
        AddPemBodies(text, found);
        AddPasswords(text, found);
        // Before the generic pattern, whose value stops at the first symbol (JWT_SECRET=Zq8vR2mX5kP9wL3t%Hy would lose "%Hy").
        AddKeyedValues(text, found);
        AddNamedKeys(text, found);
        for (var m = GenericPattern.Value.Match(text); m.Success; m = m.NextMatch())
        {
            var value = m.Groups["value"];
            var v = text.AsSpan(value.Index, value.Length).TrimEnd('.');
            if (LooksRandom(v) && !found.Overlaps(value.Index, v.Length))
            {
                found.TryAdd(new DetectorMatch(value.Index, v.Length, "generic_secret", 0.8));
            }
        }
    }

    /// <summary>
    /// A HashiCorp Vault token: <c>hvs.</c> (service), <c>hvb.</c> (batch) or <c>hvr.</c> (recovery), then 24 or more
    /// characters, one of them a digit (so it is a long value with a digit, and the generic scan runs where one can be).
    /// </summary>
    private static readonly LazyRegex VaultToken = new(@"\bhv[sbr]\.[A-Za-z0-9_\-]{24,}", Options);

    private static readonly SearchValues<string> VaultPrefixes = SearchValues.Create(["hvs.", "hvb.", "hvr."], StringComparison.Ordinal);

    /// <summary>
    /// A Discord bot token: the bot's id in base64 (24 to 28 characters, opening with <c>M</c>, <c>N</c> or <c>O</c>), a
    /// six-character timestamp and an HMAC of 27 or more, joined by dots. It has no fixed prefix, so it is looked for only in
    /// a text that names Discord (rule P18: `pii-confirm19` with `-7`, `-11`, `-14`, `-16`, each beside <c>discord</c>);
    /// it holds a digit, so the generic scan runs where one can be.
    /// </summary>
    private static readonly LazyRegex DiscordBotToken = new(@"\b[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6,7}\.[A-Za-z0-9_\-]{27,40}", Options);

    private static void AddDiscordBotTokens(string text, MatchSet found)
    {
        if (!text.Contains("discord", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        foreach (var m in DiscordBotToken.Value.EnumerateMatches(text))
        {
            if (TextBounds.IsStandalone(text, m.Index, m.Index + m.Length))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "discord_bot_token"));
            }
        }
    }

    private static void AddVaultTokens(string text, MatchSet found)
    {
        if (text.AsSpan().IndexOfAny(VaultPrefixes) < 0)
        {
            return;
        }
        foreach (var m in VaultToken.Value.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            if (Standalone(text, m.Index, m.Index + m.Length) && token[4..].ContainsAnyInRange('0', '9') && !IsPlaceholder(token))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "vault_token"));
            }
        }
    }

    private static void AddCaseFoldedAwsKeys(string text, MatchSet found)
    {
        foreach (var m in CaseFoldedAwsKey.Value.EnumerateMatches(text))
        {
            var key = text.AsSpan(m.Index, m.Length);
            if (Standalone(text, m.Index, m.Index + m.Length) && key.ContainsAnyInRange('0', '9'))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "aws_access_key", 0.8));
            }
        }
    }

    private static void AddPemBodies(string text, MatchSet found)
    {
        foreach (var m in PemBody.Value.EnumerateMatches(text))
        {
            if (Standalone(text, m.Index, m.Index + m.Length) && IsPrivateKeyDer(text.AsSpan(m.Index, 16)))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "private_key", 0.9));
            }
        }
    }

    /// <summary>
    /// The first 12 bytes read as DER: a SEQUENCE whose first element is the INTEGER version 0 or 1. Private keys open
    /// that way (PKCS#1, PKCS#8, SEC 1 EC keys); certificates and public keys open with a nested SEQUENCE instead.
    /// </summary>
    internal static bool IsPrivateKeyDer(ReadOnlySpan<char> first16)
    {
        Span<byte> der = stackalloc byte[12];
        if (!Convert.TryFromBase64Chars(first16, der, out var written) || written < 8 || der[0] != 0x30)
        {
            return false;
        }
        var header = der[1] < 0x80 ? 2 : 2 + (der[1] & 0x7F);
        return header <= 5 && der[header] == 0x02 && der[header + 1] == 0x01 && der[header + 2] is 0x00 or 0x01;
    }

    private static void AddPasswords(string text, MatchSet found)
    {
        // Every match holds one of the words, and the pattern (many words, many ways to join them) is the slowest here.
        var words = text.AsSpan().IndexOfAny(PasswordWords) >= 0;
        if (words)
        {
            AddPasswords(text, PasswordPattern, found);
        }
        if (MayGiveCommandPassword(text))
        {
            AddPasswords(text, CommandPassword, found);
        }
        if (!words)
        {
            return;
        }
        if (text.AsSpan().IndexOfAny(PairedWords) >= 0)
        {
            AddPasswords(text, PairedPassword, found);
        }
        if (text.Contains("mysql", StringComparison.OrdinalIgnoreCase))
        {
            AddPasswords(text, MysqlPassword, found);
        }
        if (text.Contains("passphrase", StringComparison.OrdinalIgnoreCase))
        {
            AddPasswords(text, QuotedPassphrase, found);
        }
        if (MayHavePasswordColumn(text))
        {
            AddColumnPasswords(text, found);
        }
    }

    /// <summary>The header names of a password column: Chrome's, Firefox's and KeePass's exports (<c>password</c>), Bitwarden's (<c>login_password</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PasswordColumns =
        new[] { "password", "login_password", "passwd", "pwd" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A password column's cells (rule P14): a password manager's CSV export names the column once in its header
    /// (<c>name,url,username,password</c>) and gives each password bare under it, with no word before it. A cell must look
    /// like a password (<see cref="LooksLikePassword"/>) or be a passphrase; the header and rows are read as
    /// <see cref="Pii.ColumnCells"/> reads a date-of-birth column.
    /// </summary>
    private static void AddColumnPasswords(string text, MatchSet found)
    {
        foreach (var (start, length) in new Pii.ColumnCells(text, PasswordColumns, 64))
        {
            var cell = text.AsSpan(start, length);
            if ((LooksLikePassword(cell) || IsPassphrase(cell)) && !IsPlaceholder(cell) && !found.Overlaps(start, length))
            {
                found.TryAdd(new DetectorMatch(start, length, "password", 0.8));
            }
        }
    }

    /// <summary>
    /// Whether a password word ends a field of a header line that also names a user column (an export's header does), with
    /// rows after it: only then are the lines read as a table. Asked only of text that holds a password word.
    /// </summary>
    private static bool MayHavePasswordColumn(string text)
    {
        var span = text.AsSpan();
        var (lineEnd, namesUser) = (-1, false); // the line of the last word checked: each line is searched once
        for (var at = span.IndexOf("pass", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = span[(at + 1)..].IndexOf("pass", StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? at + 1 + next : -1)
        {
            var end = at + 4; // a column name's word: passwd, password, login_password (letters only, a few)
            while (end < span.Length && end < at + 12 && char.IsAsciiLetter(span[end]))
            {
                end++;
            }
            if (end < span.Length && span[end] is '"' or '\'')
            {
                end++;
            }
            if (end < span.Length && span[end] is not (',' or '\t' or '|' or ';' or '\r' or '\n'))
            {
                continue;
            }
            if (at > lineEnd)
            {
                var after = span[at..].IndexOf('\n');
                if (after < 0)
                {
                    return false; // no row can follow
                }
                lineEnd = at + after;
                namesUser = span[(span[..at].LastIndexOf('\n') + 1)..lineEnd].Contains("user", StringComparison.OrdinalIgnoreCase);
            }
            if (namesUser)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A password word stated with <c>is</c> and its value: tried where <see cref="PasswordPattern"/>'s match read the
    /// words after it as a label and so took the wrong value ("password is q33=Xhu…" read as <c>is q33</c> = <c>Xhu…</c>).
    /// </summary>
    private static readonly LazyRegex StatedPassword = new(
        PasswordWord + @"\??[^\S\r\n]+" + StatingVerb + @"[^\S\r\n]+" + OpeningQuote + "(?<value>" + ValueChar + "{6,64})",
        Options | RegexOptions.IgnoreCase);

    /// <summary>How far a <see cref="StatedPassword"/> reaches from its password word: the word, the verb, quotes and a 64-character value, with room for spaces.</summary>
    private const int StatedReach = 256;

    /// <summary>The MySQL clients' <c>-u user -pPASSWORD</c>: the password joined to <c>-p</c> (with a space, <c>-p</c> only prompts).</summary>
    private static readonly LazyRegex MysqlPassword = new(
        @"(?:^|[^\S\r\n])-u[^\S\r\n]*[\w.@\-]+[^\S\r\n]+-p(?<value>[^\s""'`]{6,64})", Options);

    /// <summary>
    /// A password given to a command on its command line: <c>docker login -u ci -p …</c> (and podman, helm, nerdctl),
    /// <c>curl -u user:…</c> (or <c>--user</c>), <c>redis-cli -a …</c>, <c>sqlcmd … -P …</c> (upper case: <c>-p</c> prints
    /// statistics), PowerShell's <c>ConvertTo-SecureString '…' -AsPlainText</c>. The value must look like a password. Every
    /// match holds a flag after a space or tab.
    /// </summary>
    private static readonly LazyRegex CommandPassword = new(
        @"\b(?i:docker|podman|nerdctl|helm(?:[^\S\r\n]+registry)?)[^\S\r\n]+(?i:login)\b[^\r\n]{0,200}?[^\S\r\n](?:-p|--password)(?:[^\S\r\n]+|=)[""']?(?<value>[^\s""'`]{6,64})"
        + @"|\b(?i:curl)\b[^\r\n]{0,200}?[^\S\r\n](?:-u|--user)(?:[^\S\r\n]*|=)[""']?[^\s:""'`]{1,64}:(?<value>[^\s""'`]{6,64})"
        + @"|\b(?i:redis-cli)\b[^\r\n]{0,200}?[^\S\r\n]-a[^\S\r\n]+[""']?(?<value>[^\s""'`]{6,64})"
        + @"|\b(?i:sqlcmd)\b[^\r\n]{0,200}?[^\S\r\n]-P[^\S\r\n]*[""']?(?<value>[^\s""'`]{6,64})"
        + @"|\b(?i:ConvertTo-SecureString)[^\S\r\n]+(?:(?i:-String)[^\S\r\n]+)?[""'](?<value>[^""'\r\n]{6,64})[""'][^\S\r\n]+(?i:-AsPlainText)",
        Options);

    private static readonly SearchValues<string> CommandWords = SearchValues.Create(CommandPieces, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a flag follows a space or a tab and one of <see cref="CommandPassword"/>'s commands occurs: the hyphens are
    /// looked for first (a search for <c>" -"</c> stops at every space), the commands only where a flag may stand.
    /// </summary>
    private static bool MayGiveCommandPassword(string text)
    {
        var span = text.AsSpan();
        for (var from = 1; from < span.Length && span[from..].IndexOf('-') is var i and >= 0; from += i + 1)
        {
            if (span[from + i - 1] is ' ' or '\t')
            {
                return span.IndexOfAny(CommandWords) >= 0;
            }
        }
        return false;
    }

    /// <summary>A quoted passphrase of four to eight words after the word: <c>passphrase "thunder thunder falcon biscuit"</c>.</summary>
    private static readonly LazyRegex QuotedPassphrase = new(
        @"\bpassphrase\b[^""'\r\n]{0,40}[""'“](?<value>[A-Za-z]{3,}(?: [A-Za-z]{3,}){3,7})[""'”]", Options | RegexOptions.IgnoreCase);

    private static readonly SearchValues<string> PairedWords = SearchValues.Create(PairedPieces, StringComparison.OrdinalIgnoreCase);

    private static void AddPasswords(string text, LazyRegex pattern, MatchSet found)
    {
        for (var m = pattern.Value.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index > 0 && char.IsLetter(text[m.Index]) && char.IsLetterOrDigit(text[m.Index - 1])
                && !(char.IsUpper(text[m.Index]) && char.IsLower(text[m.Index - 1])) && !IsGermanCompoundHead(text, m.Index))
            {
                continue; // inside a word (mypassword…); POSTGRES_PASSWORD=, smtp.password and userPassword (a camel-case hump) are words of their own
            }
            var value = m.Groups["value"];
            // The stated form is looked for only in the stretch a statement can fill, not on to the end of the text: at each
            // match of a text of many password words (password=password=…) that cost a scan of the rest (128 KB: 3 s).
            if (!TryAddPassword(text, value, found) && pattern == PasswordPattern
                && StatedPassword.Value.Match(text, m.Index, Math.Min(StatedReach, text.Length - m.Index)) is { Success: true } stated && stated.Index == m.Index)
            {
                TryAddPassword(text, stated.Groups["value"], found);
            }
        }
    }

    /// <summary>
    /// German puts the head noun last: <c>Kundenkennwort</c>, <c>Klartextpasswort</c> are passwords of a kind, so
    /// <c>kennwort</c> and <c>passwort</c> count at the end of a compound (rule P17: `pii-confirm18` twice, `-10`).
    /// </summary>
    private static bool IsGermanCompoundHead(string text, int index) =>
        char.IsLower(text[index - 1]) && (text.AsSpan(index).StartsWith("kennwort", StringComparison.Ordinal) || text.AsSpan(index).StartsWith("passwort", StringComparison.Ordinal));

    private static bool TryAddPassword(string text, Group value, MatchSet found)
    {
        var v = text.AsSpan(value.Index, value.Length).TrimEnd(".,;:()");
        if ((LooksLikePassword(v) || IsPassphrase(v)) && !found.Overlaps(value.Index, v.Length))
        {
            found.TryAdd(new DetectorMatch(value.Index, v.Length, "password", 0.8));
            return true;
        }
        return false;
    }

    /// <summary>
    /// Six characters or more with a letter and a digit, or ten or more with a symbol other than <c>- . _ =</c> and case
    /// that changes inside words at least twice (<c>vTfzSmXIWyxZ?qj&amp;g</c>; "Case-Sensitive" and
    /// <c>ADMIN_PASSWORD=changeme</c> are not one); not a placeholder (<c>&lt;password&gt;</c>, <c>${DB_PASSWORD}</c>,
    /// <c>%DB_PASSWORD%</c>) or masked (<c>****1234</c>); not a log's next field or a lower-case e-mail address
    /// (<see cref="IsLogField"/>, <see cref="IsPlainAddress"/>).
    /// </summary>
    internal static bool LooksLikePassword(ReadOnlySpan<char> value) =>
        value.Length >= 6 && value.IndexOfAny(AsciiLetters) >= 0
        && (value.ContainsAnyInRange('0', '9') || (value.Length >= 10 && !value.Contains('=') && value.IndexOfAny(PasswordSymbols) >= 0 && CaseHumps(value) >= 2))
        && value[0] is not ('<' or '$' or '{' or '[') && !(value[0] == '%' && (value[^1] == '%' || value[1] is 's' or 'd' or '('))
        && !value.StartsWith("**") && !value.Contains("://", StringComparison.Ordinal) && !IsLogField(value) && !IsPlainAddress(value);

    /// <summary>
    /// A log's or a header's next <c>name=value</c> field after a password word used as a word (<c>reason=bad_password attempts=5</c>,
    /// <c>spf=pass smtp.mailfrom=…</c>): a name of four or more lower-case letters, dots and underscores, then <c>=</c>. Random
    /// passwords with an <c>=</c> hold upper case or digits before it (rule P16: `pii-confirm17`, `-15`).
    /// </summary>
    private static bool IsLogField(ReadOnlySpan<char> value)
    {
        var equals = value.IndexOf('=');
        return equals >= 4 && char.IsAsciiLetterLower(value[0]) && !value[..equals].ContainsAnyExcept(LogFieldNameChars);
    }

    private static readonly SearchValues<char> LogFieldNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz._");

    /// <summary>
    /// A whole lower-case e-mail address: what a log says a password reset was sent to or failed for ("password reset sent
    /// to …", "invalid password for user=…"), never labelled a password in a design set (rule P16: `pii-confirm17`, `-9`, `-10`).
    /// </summary>
    private static bool IsPlainAddress(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at < 1 || value[..at].ContainsAnyExcept(AddressLocalChars))
        {
            return false;
        }
        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && domain.Length - dot > 2 && !domain.ContainsAnyExcept(AddressDomainChars) && !domain[(dot + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    private static readonly SearchValues<char> AddressLocalChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._%+-");

    private static readonly SearchValues<char> AddressDomainChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    /// <summary>Places where a lower-case letter is followed by an upper-case one (<c>vT</c>, <c>zS</c>).</summary>
    private static int CaseHumps(ReadOnlySpan<char> value)
    {
        var humps = 0;
        for (var i = 1; i < value.Length; i++)
        {
            humps += char.IsAsciiLetterLower(value[i - 1]) && char.IsAsciiLetterUpper(value[i]) ? 1 : 0;
        }
        return humps;
    }

    private static readonly SearchValues<char> PasswordSymbols = SearchValues.Create("!\"#$%&'()*+,/:;<=>?@[\\]^`{|}~");

    /// <summary>
    /// A decoded <c>user:password</c> pair, as HTTP Basic authentication and Kubernetes secrets carry them base64-encoded
    /// (<c>YWRtaW46…</c> is <c>admin:…</c>): the whole pair, when the password looks like one.
    /// </summary>
    private static ImmutableArray<DetectorMatch>? BasicCredentials(string decoded)
    {
        var colon = decoded.IndexOf(':');
        if (colon is < 1 or > 64 || decoded.Length - colon - 1 is < 6 or > 64 || decoded.AsSpan(0, colon).ContainsAnyExcept(UserChars)
            || decoded.AsSpan(colon + 1).IndexOfAny(" \t\r\n:") >= 0 || !LooksLikePassword(decoded.AsSpan(colon + 1)))
        {
            return null;
        }
        return [new DetectorMatch(0, decoded.Length, "basic_auth_credentials", 0.8)];
    }

    private static readonly SearchValues<char> UserChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-@+");

    /// <summary>
    /// Four or more words of three letters or more joined by hyphens (<c>ferry-sprocket-glacier-quarry</c>), or by single
    /// spaces as <see cref="QuotedPassphrase"/> reads them: a passphrase.
    /// </summary>
    internal static bool IsPassphrase(ReadOnlySpan<char> value)
    {
        var words = 0;
        foreach (var range in value.Split(value.Contains(' ') ? ' ' : '-'))
        {
            var word = value[range];
            if (word.Length < 3 || word.ContainsAnyExcept(AsciiLetters))
            {
                return false;
            }
            words++;
        }
        return words >= 4;
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Random tokens mix character classes and carry entropy; words, paths and placeholders do not.</summary>
    internal static bool LooksRandom(ReadOnlySpan<char> value)
    {
        if (value.Length < 16)
        {
            return false;
        }
        int lower = 0, upper = 0, digit = 0;
        foreach (var c in value)
        {
            lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            digit += char.IsAsciiDigit(c) ? 1 : 0;
        }
        var classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
        var isHex = value.IndexOfAnyExcept("0123456789abcdefABCDEF") < 0;
        var entropy = Entropy.BitsPerChar(value);
        return digit > 0 && (isHex ? entropy >= 3.0 : classes >= 2 && entropy >= 3.5);
    }

    /// <summary>
    /// Documentation's stand-ins, not credentials: a value with a run of
    /// one repeated character (<c>sk-xxxx…</c>, <c>ghp_XXXX…</c>, <c>T00000000/B00000000/XXXX…</c>, <c>Password=********</c>), a template
    /// slot (<c>&lt;password&gt;</c>, <c>${DB_PASSWORD}</c>, <c>{{token}}</c>), and a URL whose password is a word for one
    /// (<c>postgres://USER:PASSWORD@HOST</c>, <c>user:pass@localhost</c>) or is masked (<c>https://ci:****@host</c>). AWS's published example keys
    /// (<c>AKIAIOSFODNN7EXAMPLE</c>) still count, on purpose: they are this project's own fake key in its tests and
    /// docs, because scanners know them, and a guardrail that masks one in a document loses nothing.
    /// </summary>
    internal static bool IsPlaceholder(ReadOnlySpan<char> match)
    {
        if (match.IndexOfAny('<', '{') >= 0 || HasYourWord(match))
        {
            return true;
        }
        var run = 1;
        for (var i = 1; i < match.Length; i++)
        {
            run = match[i] == match[i - 1] && match[i] is 'x' or 'X' or '0' or '*' or '•' ? run + 1 : 1;
            if (run >= 8)
            {
                return true;
            }
        }
        var scheme = match.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }
        var info = match[(scheme + 3)..];
        var (colon, at) = (info.IndexOf(':'), info.IndexOf('@'));
        return colon >= 0 && at > colon && (PlaceholderPasswords.Contains(info[(colon + 1)..at]) || IsMask(info[(colon + 1)..at]));
    }

    /// <summary>A password a log or a tool has already masked (<c>https://ci:****@host</c>): mask characters only, three or more.</summary>
    private static bool IsMask(ReadOnlySpan<char> password) => password.Length >= 3 && !password.ContainsAnyExcept('*', '•');

    /// <summary><c>xoxb-your-bot-token</c>, <c>sk-YOUR_KEY_HERE</c>: "your" as a word of the value is a stand-in for a key.</summary>
    private static bool HasYourWord(ReadOnlySpan<char> match)
    {
        for (var i = match.IndexOf("your", StringComparison.OrdinalIgnoreCase); i >= 0; i = match[(i + 1)..].IndexOf("your", StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i > 0 && match[i - 1] is '-' or '_' && (i + 4 == match.Length || match[i + 4] is '-' or '_'))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderPasswords =
        new[] { "password", "pass", "passwd", "pwd", "secret", "changeme", "pw", "your_password", "yourpassword", "mypassword", "xxx" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A private key header followed by key material (a base64 run of 40 or more), not "…paste your key here…".</summary>
    private static bool HasKeyBody(string text, int start, int end)
    {
        var header = text.IndexOf("-----", start + 5, StringComparison.Ordinal);
        var from = header < 0 ? end : header + 5;
        var run = 0;
        for (var i = from; i < text.Length && i < from + 400; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                if (++run >= 40)
                {
                    return true;
                }
            }
            else if (c is not ('\r' or '\n'))
            {
                run = 0;
            }
        }
        return false;
    }
}
