using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Credentials by their published formats (AWS, GCP, Azure, GitHub, GitLab, Slack, Stripe, private key blocks, JWTs,
/// connection strings) and, last, high-entropy values right after a key word (<c>api_key = …</c>).
/// A literal prefilter (<see cref="SearchValues{T}"/>) skips the regexes when no anchor occurs at all.
/// </summary>
public static class Secrets
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private sealed record Rule(string Label, Regex Pattern, Func<string, int, int, bool>? Accept = null);

    private static bool Standalone(string t, int s, int e) => TextBounds.IsStandalone(t, s, e);

    /// <summary>Specific formats first: when two rules cover the same text the first one names it.</summary>
    private static readonly Rule[] Rules =
    [
        new("private_key", new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Options)),
        new("private_key", new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Options)),
        new("azure_connection_string", new(@"DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]+;AccountKey=[A-Za-z0-9+/]{40,}={0,2}(?:;EndpointSuffix=[A-Za-z0-9.]+)?", Options)),
        new("azure_storage_key", new(@"AccountKey=[A-Za-z0-9+/]{40,}={0,2}", Options)),
        new("azure_sas_token", new(@"sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[A-Za-z0-9%&=:.\-]*sig=[A-Za-z0-9%+/]{20,}={0,2}", Options)),
        new("azure_client_secret", new(@"[A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}", Options), Standalone),
        new("aws_access_key", new(@"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}", Options), Standalone),
        new("aws_secret_key", new(@"(?:aws|AWS)[A-Za-z_\-]{0,20}(?:secret|SECRET|Secret)[A-Za-z_\-]{0,20}[""']?\s*(?:[:=]|=>)\s*[""']?[A-Za-z0-9/+]{40}", Options)),
        new("gcp_api_key", new(@"AIza[0-9A-Za-z_\-]{35}", Options), Standalone),
        new("gcp_oauth_secret", new(@"GOCSPX-[A-Za-z0-9_\-]{28}", Options), Standalone),
        new("gcp_service_account", new(@"""type""\s*:\s*""service_account""", Options)),
        new("github_token", new(@"gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}", Options), Standalone),
        new("gitlab_token", new(@"gl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_\-]{20,}", Options), Standalone),
        new("slack_webhook", new(@"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,}", Options)),
        new("slack_token", new(@"xox[abposr]-[A-Za-z0-9\-]{10,}|xapp-[0-9]-[A-Za-z0-9\-]{20,}", Options), Standalone),
        new("stripe_key", new(@"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}", Options), Standalone),
        new("jwt", new(@"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*", Options), Standalone),
        new("connection_string", new(@"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|jdbc:[a-z]+|s?ftp|smtps?)://[^\s:/@""']+:[^\s@/""']+@[^\s""'<>]+", Options | RegexOptions.IgnoreCase)),
        new("connection_string", new(@"(?:Server|Data Source|Host|Address)=[^;\r\n]+;(?:[^;=\r\n]+=[^;\r\n]*;)*?\s*(?:Password|Pwd)=[^;\s""']+", Options | RegexOptions.IgnoreCase)),
    ];

    /// <summary>A key word, an assignment, then the value; the value alone is reported so that redaction keeps the key.</summary>
    private static readonly Regex GenericPattern = new(
        @"(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|client[_\-]?secret|auth[_\-]?token|credentials?|bearer)[""']?\s*(?:[:=]|=>|\bis\b)?\s*[""']?(?<value>[A-Za-z0-9+/_\-.~=]{16,200})",
        Options | RegexOptions.IgnoreCase);

    private static readonly SearchValues<string> Anchors = SearchValues.Create(
    [
        "-----BEGIN", "AccountKey=", "sv=", "Q~", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA",
        "AIza", "GOCSPX-", "service_account", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "gldt-", "glrt-",
        "glptt-", "glcbt-", "gloas-", "hooks.slack.com", "xox", "xapp-", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_",
        "eyJ", "://", "password", "pwd", "secret", "token", "api_key", "api-key", "apikey", "access_key", "access-key", "accesskey",
        "private_key", "private-key", "privatekey", "credential", "bearer", "passwd",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool Found(string text) => !Find(text).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Anchors) < 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        var found = new MatchSet();
        foreach (var rule in Rules)
        {
            foreach (var m in rule.Pattern.EnumerateMatches(text))
            {
                if (rule.Accept is null || rule.Accept(text, m.Index, m.Index + m.Length))
                {
                    found.TryAdd(new DetectorMatch(m.Index, m.Length, rule.Label));
                }
            }
        }
        AddGenericSecrets(text, found);
        return found.ToImmutable();
    }

    private static void AddGenericSecrets(string text, MatchSet found)
    {
        for (var m = GenericPattern.Match(text); m.Success; m = m.NextMatch())
        {
            var value = m.Groups["value"];
            var v = text.AsSpan(value.Index, value.Length).TrimEnd('.');
            if (LooksRandom(v) && !found.Overlaps(value.Index, v.Length))
            {
                found.TryAdd(new DetectorMatch(value.Index, v.Length, "generic_secret", 0.8));
            }
        }
    }

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
}
