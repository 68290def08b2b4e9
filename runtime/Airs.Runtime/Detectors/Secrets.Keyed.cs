using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A value assigned to a key whose name means a credential, in the syntaxes people paste (rule P19: one reading of many
/// writers' configs, not a list of their keys): env files and shell (<c>OTA_PASS=…</c>, <c>export PYPI_TOKEN=…</c>),
/// INI, TOML and YAML (<c>key = …</c>, <c>smtppass = …</c>, <c>pagerduty_key: …</c>), JSON (<c>"kakaoRestKey":"…"</c>),
/// code (<c>SECRET_KEY = '…'</c>, <c>define('AUTH_KEY', '…')</c>, <c>variables['ARM_CLIENT_SECRET'] =&gt; …</c>,
/// <c>wandb.login(key="…")</c>), form posts and cookies (<c>client_secret=…&amp;</c>, <c>Cookie: session=…;</c>) and XML
/// attributes (<c>&lt;add key="ApiKey" value="…"/&gt;</c>); Laravel's <c>APP_KEY=base64:…</c> names the encoding first. The key is an identifier; one of its parts (split at <c>_ . -</c>
/// and at case humps) is a credential word, or its last part ends in one (<c>bindpw</c>, <c>smtppass</c>, <c>apikey</c>), and
/// none names something that is not the secret (<c>public_key</c>, <c>key_id</c>, <c>token_type</c>, <c>cache_key</c>).
/// A password key's value must look like a password (a random mix of cases counts without a digit: <c>WKyIcnJzvKXEP</c>);
/// any other key's value must look random (<see cref="LooksRandom"/>). Placeholders, <c>${VAR}</c> and <c>$VAR</c>
/// references, masks, UUIDs and URLs are not values.
/// </summary>
public static partial class Secrets
{
    private static readonly LazyRegex KeyedValue = new(
        @"(?:^|[^A-Za-z0-9_.\-])(?<key>[A-Za-z][A-Za-z0-9_.\-]{0,60})(?:[""']?\]?[^\S\r\n]*(?:=>|[:=])|[""'][^\S\r\n]*,|[""']?[^\S\r\n]+value=)[^\S\r\n]*[""'`]?(?:base64:)?"
        + @"(?<value>[A-Za-z0-9+/_\-.~=!#$%*?@^]{8,200})",
        Options);

    /// <summary>Pieces of every key <see cref="KeyedValue"/>'s matches are kept for: the regex runs only where one occurs.</summary>
    private static readonly SearchValues<string> KeyPieces = SearchValues.Create(
        ["pass", "pw", "secret", "token", "key", "auth", "cred", "session", "sid", "senha"], StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PasswordKeyParts =
        new[] { "password", "passwd", "pass", "pwd", "pw", "passphrase", "senha" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecretKeyParts =
        new[] { "secret", "token", "key", "apikey", "auth", "authkey", "credential", "credentials", "cred", "creds", "psk" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cookie names whose value is a session: a secret only in a cookie (a log's <c>session=</c> is an id).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SessionKeyParts =
        new[] { "session", "sessionid", "sid" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Endings of a one-word key that hold a credential word (<c>bindpw</c>, <c>smtppass</c>, <c>apikey</c>, <c>secretkey</c>).</summary>
    private static readonly string[] KeyEndings = ["password", "passwd", "pass", "pwd", "pw", "secret", "token", "apikey", "authkey", "secretkey", "accesskey", "privatekey"];

    /// <summary>Key parts that name something about the secret, or something else, not the secret itself.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSecretKeyParts =
        new[] { "public", "publishable", "pub", "id", "ids", "name", "names", "hash", "hashed", "fingerprint", "fp", "idempotency", "cache",
            "partition", "sort", "primary", "foreign", "type", "length", "len", "size", "count", "max", "min", "limit", "expires", "expiry",
            "expiration", "ttl", "timeout", "url", "uri", "endpoint", "header", "prefix", "user", "username", "login", "email", "hint", "policy",
            "page", "next", "cursor", "continuation", "file", "path", "dir", "format", "version", "algorithm", "alg", "field", "column",
            "label", "rotation", "rotated", "created", "updated", "last", "status", "mode", "enabled", "required", "ref", "kid", "index",
            "region", "store", "vault", "manager", "strength", "encoding", "env", "source", "provider", "usage", "hmac", "sha", "md5",
            "salt", "iv", "nonce", "pair", "ring", "site", "object", "reporter", "certificate", "cert", "ca", "board", "word", "words", "note", "notes", "doc", "docs", "help", "example" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A key named in prose, in the languages seen: the noun (<c>API key</c>, <c>token</c>, <c>secret</c>, <c>PAT</c>, <c>clé</c>,
    /// <c>clave</c>, <c>klucz</c>, <c>chave</c>, <c>キー</c>, <c>トークン</c>, <c>密钥</c>, <c>키</c>), up to eight words saying whose or
    /// which (<c>Mailchimp API key for the donor newsletter (datacenter us21): …</c>, <c>Clave de API de MercadoPago expuesta
    /// en el log: …</c>) closed by a colon, <c>=</c>, a dash, <c>is</c>/<c>es</c>/<c>是</c>, or nothing between noun and value
    /// (<c>datadog api key …</c>, <c>APIキー …</c>); the value must look random (rule P19: `pii-confirm19`, `-20` with `-10`, `-11`,
    /// `-12`, `-14`, `-15`, `-17`).
    /// </summary>
    private static readonly LazyRegex NamedKey = new(
        @"(?:\b(?i:key|token|secret|pat|cl[ée]|clave|klucz|chave)\b|キー|トークン|密钥|秘钥|키)"
        + @"(?:(?:[^\S\r\n]+[^\s:：=—–「""'`_<>]{1,24}){0,8}[^\S\r\n]*(?:[:：=—–]|\b(?i:is|es)\b|是))?[^\S\r\n]*[「""'`(]?[^\S\r\n]*"
        + @"(?<value>[A-Za-z0-9+/_\-.~=]{16,200})",
        Options);

    private static readonly SearchValues<string> NamedKeyNouns = SearchValues.Create(
        ["key", "token", "secret", "pat", "clé", "clave", "klucz", "chave", "キー", "トークン", "密钥", "秘钥", "키"], StringComparison.OrdinalIgnoreCase);

    private static void AddNamedKeys(string text, MatchSet found)
    {
        if (text.AsSpan().IndexOfAny(NamedKeyNouns) < 0)
        {
            return;
        }
        var lines = new LineStarts(text);
        for (var m = NamedKey.Value.Match(text); m.Success; m = m.NextMatch())
        {
            var value = m.Groups["value"];
            var v = text.AsSpan(value.Index, value.Length).TrimEnd(".");
            if (!IsElided(text, value) && !found.Overlaps(value.Index, v.Length)
                && !NamesNoSecret(text, m.Index, value.Index, ref lines) && IsKeyedValue(v, KeyKind.Secret) && !IsNotSecretInPlace(text, value.Index, v.Length))
            {
                found.TryAdd(new DetectorMatch(value.Index, v.Length, "generic_secret", 0.8));
            }
        }
    }

    /// <summary>A value cut short for display: <c>…</c> or <c>...</c> at its end (<c>sk-ant-api03-Xk2f…</c>).</summary>
    private static bool IsElided(string text, Group value) =>
        value.ValueSpan.EndsWith("...", StringComparison.Ordinal) || (value.Index + value.Length < text.Length && text[value.Index + value.Length] == '…');

    /// <summary>
    /// Whether one of the two words before the noun or a word between it and the value says the value is not the secret: <c>public key</c>,
    /// <c>SSH key</c>, <c>cache key</c>, <c>key fingerprint</c>, <c>token id</c>, <c>request</c> or <c>trace</c> ids.
    /// </summary>
    private static bool NamesNoSecret(string text, int noun, int value, ref LineStarts lines)
    {
        var lineStart = lines.Of(noun);
        var before = text.AsSpan(lineStart, noun - lineStart);
        for (var w = 0; w < 2 && !(before = before.TrimEnd(" \t_-")).IsEmpty; w++)
        {
            var wordStart = before.LastIndexOfAny(" \t([{\"'") + 1;
            if (HasNotSecretPart(before[wordStart..]))
            {
                return true;
            }
            before = before[..wordStart];
        }
        var between = text.AsSpan(noun, value - noun);
        foreach (var range in between.SplitAny(" \t(),:"))
        {
            if (IsNotSecretWord(between[range]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a part of a word, split as a key is (<see cref="KeyParts"/>; <c>CrashReporter</c>: reporter), says so.</summary>
    private static bool HasNotSecretPart(ReadOnlySpan<char> word)
    {
        foreach (var part in new KeyParts(word))
        {
            if (IsNotSecretWord(part))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNotSecretWord(ReadOnlySpan<char> word) => NotSecretKeyParts.Contains(word) || NotSecretNouns.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSecretNouns =
        new[] { "ssh", "gpg", "pgp", "host", "commit", "checksum", "trace", "span", "request", "correlation", "sample", "fake", "dummy",
            "placeholder", "test", "revoked", "invalid", "expired", "with", "signed", "signature", "using", "rsa", "dsa", "ecdsa", "eddsa", "ed25519",
            "publique", "pública", "público", "öffentlicher", "publiczny", "app", "rotate" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum KeyKind { None, Password, Secret, Session }

    private static void AddKeyedValues(string text, MatchSet found)
    {
        if (text.AsSpan().IndexOfAny(KeyPieces) < 0)
        {
            return;
        }
        var lines = new LineStarts(text);
        var cookies = new LastOccurrence(text, "cookie");
        for (var m = KeyedValue.Value.Match(text); m.Success; m = NextKeyed(text, m))
        {
            var key = m.Groups["key"];
            var kind = KindOfKey(text.AsSpan(key.Index, key.Length));
            if (kind == KeyKind.None || (kind == KeyKind.Session && !InCookie(key.Index, ref lines, ref cookies)) || (!Assigns(text, key.Index + key.Length, m.Groups["value"].Index) && IsProseKey(text, key.Index, key.Length))
                || (kind == KeyKind.Password && m.ValueSpan.Contains(',')))
            {
                continue;
            }
            var value = m.Groups["value"];
            if (IsElided(text, value) || (kind == KeyKind.Session && !value.ValueSpan.ContainsAnyExcept(UuidChars)))
            {
                continue; // cut short for display; a session id in hex may be a digest (pii-confirm17 leaves one unlabelled)
            }
            var v = text.AsSpan(value.Index, value.Length).TrimEnd(".");
            if (!found.Overlaps(value.Index, v.Length) && IsKeyedValue(v, kind) && !IsNotSecretInPlace(text, value.Index, v.Length))
            {
                found.TryAdd(new DetectorMatch(value.Index, v.Length, kind == KeyKind.Password ? "password" : "generic_secret", 0.8));
            }
        }
    }

    /// <summary>
    /// A key's parts, each without the <c>_ . -</c> that joined it (possibly empty): split at those marks, at a case hump
    /// (<c>apiKey</c>) and before the last capital of a run (<c>APIKey</c>).
    /// </summary>
    private ref struct KeyParts(ReadOnlySpan<char> key)
    {
        private readonly ReadOnlySpan<char> _key = key;
        private int _start;
        private int _end;

        public readonly ReadOnlySpan<char> Current => _key[_start.._end].Trim("_.-");

        /// <summary>Whether <see cref="Current"/> ends the key.</summary>
        public readonly bool IsLast => _end == _key.Length;

        public readonly KeyParts GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_end == _key.Length)
            {
                return false;
            }
            _start = _end;
            do
            {
                _end++;
            }
            while (!IsPartBoundary(_key, _end));
            return true;
        }

        private static bool IsPartBoundary(ReadOnlySpan<char> key, int i) =>
            i == key.Length || key[i] is '_' or '.' or '-'
            || (char.IsAsciiLetterUpper(key[i]) && (char.IsAsciiLetterLower(key[i - 1]) || (i + 1 < key.Length && char.IsAsciiLetterLower(key[i + 1]) && char.IsAsciiLetterUpper(key[i - 1]))));
    }

    /// <summary>
    /// The next match from inside this one's value, which may hold the next key: in <c>form post: client_secret=…</c> the
    /// match of <c>post</c> takes <c>client_secret=…</c> as its value.
    /// </summary>
    private static Match NextKeyed(string text, Match m) => KeyedValue.Value.Match(text, m.Groups["value"].Index - 1);

    private static KeyKind KindOfKey(ReadOnlySpan<char> key)
    {
        var kind = KeyKind.None;
        var parts = 0;
        var split = new KeyParts(key);
        while (split.MoveNext())
        {
            var part = split.Current;
            if (part.IsEmpty)
            {
                continue;
            }
            parts++;
            if (NotSecretKeyParts.Contains(part))
            {
                return KeyKind.None;
            }
            if (PasswordKeyParts.Contains(part))
            {
                kind = KeyKind.Password;
            }
            else if (kind != KeyKind.Password && SecretKeyParts.Contains(part))
            {
                kind = KeyKind.Secret;
            }
            else if (kind == KeyKind.None && SessionKeyParts.Contains(part))
            {
                kind = KeyKind.Session;
            }
            else if (kind == KeyKind.None && split.IsLast && part.Length > 4)
            {
                foreach (var ending in KeyEndings)
                {
                    if (part.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                    {
                        kind = ending.StartsWith('p') ? KeyKind.Password : KeyKind.Secret;
                        break;
                    }
                }
            }
        }
        return parts > 6 ? KeyKind.None : kind;
    }

    /// <summary>
    /// A key of one part after a word and a space, with a colon, is a noun in prose, not a key (<c>public key: age1…</c>, <c>CrashReporter Key:</c>,
    /// <c>Restored cache with key: …</c>, <c>Object key: uploads/…</c>): a config names the thing in the key itself (<c>cache_key</c>).
    /// </summary>
    private static bool IsProseKey(string text, int index, int length)
    {
        var key = text.AsSpan(index, length);
        if (key.IndexOfAny("_.-") >= 0 || HasCaseHump(key))
        {
            return false;
        }
        var i = index;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        return i < index && i > 0 && char.IsLetterOrDigit(text[i - 1]);
    }

    /// <summary>Whether the separator between a key and its value holds <c>=</c> (an assignment; prose writes a colon).</summary>
    private static bool Assigns(string text, int from, int to) => text.AsSpan(from, to - from).Contains('=');

    /// <summary>Whether a key has a case hump inside (<c>localKey</c>): a camel-case identifier.</summary>
    private static bool HasCaseHump(ReadOnlySpan<char> key)
    {
        for (var i = 1; i < key.Length; i++)
        {
            if (char.IsAsciiLetterLower(key[i - 1]) && char.IsAsciiLetterUpper(key[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the line holding <paramref name="index"/> names a cookie (<c>Cookie:</c>, <c>set-cookie</c>, a HAR's <c>"Cookie"</c>).</summary>
    private static bool InCookie(int index, ref LineStarts lines, ref LastOccurrence cookies) => cookies.Before(index) >= lines.Of(index);

    private static bool IsKeyedValue(ReadOnlySpan<char> v, KeyKind kind)
    {
        if (v.Length < 8 || IsPlaceholder(v) || v.Contains("://", StringComparison.Ordinal) || v[0] is '/' or '~' or '.' || IsUuid(v))
        {
            return false;
        }
        if (v.Contains("EXAMPLE", StringComparison.Ordinal) || v.Contains("...", StringComparison.Ordinal))
        {
            return false; // AWS's documented example keys, and values cut short for display (a '…' after one: IsElided)
        }
        if (kind != KeyKind.Password)
        {
            return v.Length <= 100 && v.IndexOfAny(AsciiLetters) >= 0 && !IsResourceName(v) && LooksRandom(v);
        }
        // $VAR, ${VAR} and $(cmd) are references, $6$…$… a stored crypt hash; a password may still open with a dollar sign
        // ($j9oZo%s1Wc#…, $Monkey20c).
        if (v[0] == '$')
        {
            if (v.Length < 7 || v[1] is '{' or '(' || !v[1..].ContainsAnyExcept(EnvNameChars) || v[1..Math.Min(v.Length, 9)].Contains('$'))
            {
                return false;
            }
            v = v[1..];
        }
        return LooksLikePassword(v) || IsRandomMixedCase(v);
    }

    private static readonly SearchValues<char> EnvNameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>
    /// Ten characters or more, upper and lower case at least twice each, case changing three times or more and lower-case runs
    /// of three letters at most on average: <c>WKyIcnJzvKXEP</c>, <c>KLMWRUEQYBXFShIb_HM</c>, <c>FQWyolgne?w@v</c>, not the words of
    /// an identifier (<c>YourPasswordHere</c>, <c>NotAvailable</c>) or a name (<c>KeePassXC</c>).
    /// </summary>
    internal static bool IsRandomMixedCase(ReadOnlySpan<char> v)
    {
        if (v.Length < 10 || v.Length > 64)
        {
            return false;
        }
        int upper = 0, lower = 0, changes = 0, lowerRuns = 0;
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
                changes += i > 0 && char.IsAsciiLetterLower(v[i - 1]) ? 1 : 0;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
                var afterUpper = i > 0 && char.IsAsciiLetterUpper(v[i - 1]);
                changes += afterUpper ? 1 : 0;
                lowerRuns += i == 0 || !char.IsAsciiLetterLower(v[i - 1]) ? 1 : 0;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return upper >= 2 && lower >= 2 && (changes >= 3 || v.IndexOfAny(PasswordSymbols) >= 0) && lower <= 3 * lowerRuns;
    }

    /// <summary>
    /// Not a key but what it names or the public half: a resource path (<c>projects/acme/…</c>, <c>uploads/…</c>), an ARN, a
    /// Stripe publishable key (<c>pk_live_…</c>; `pii-confirm19`'s writer and others leave them unlabelled).
    /// </summary>
    private static bool IsResourceName(ReadOnlySpan<char> v)
    {
        var slash = v.IndexOf('/');
        return v.StartsWith("arn:", StringComparison.Ordinal) || v.StartsWith("pk_", StringComparison.Ordinal) || IsPublicSdkKey(v)
            || (slash >= 3 && !v[..slash].ContainsAnyExceptInRange('a', 'z'));
    }

    /// <summary>How far after a value its line's comment is looked for: a trailing comment sits just after the value.</summary>
    private const int CommentReach = 48;

    /// <summary>
    /// Rule P20's look-alike guards, read where the value stands: a value whose own line's comment calls it public
    /// (<c>search_only_key: … # public, used in the browser</c>, <c>recaptchaSiteKey = "…"; // public site key</c>, <c>// public,
    /// safe to ship</c>: `pii-confirm21`, `-15`, `-17`), and a Bitwarden encrypted string (<c>2.iv|data|mac</c>: a type digit, a dot and
    /// base64 parts joined by bars, ciphertext by its format, not a key: `pii-confirm21`'s export header).
    /// </summary>
    private static bool IsNotSecretInPlace(string text, int index, int length)
    {
        var end = index + length;
        if (length > 2 && char.IsAsciiDigit(text[index]) && text[index + 1] == '.' && end < text.Length && text[end] == '|')
        {
            return true;
        }
        // The comment sits just after the value (a bounded look keeps a long line of many keyed values linear).
        var rest = text.AsSpan(end, Math.Min(CommentReach, text.Length - end));
        if (rest.IndexOf('\n') is var lineEnd and >= 0)
        {
            rest = rest[..lineEnd];
        }
        var comment = rest.IndexOf("//", StringComparison.Ordinal) is var slashes and >= 0 ? slashes + 2 : rest.IndexOf('#') + 1;
        return comment > 0 && rest[comment..].TrimStart(" \t").StartsWith("public", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// RevenueCat's public SDK keys (<c>appl_…</c>, <c>goog_…</c>, <c>amzn_…</c>), documented as safe to ship in an app, as Stripe's
    /// <c>pk_…</c> (rule P20: `pii-confirm21` leaves one unlabelled, as `-19` and others leave <c>pk_…</c>).
    /// </summary>
    private static bool IsPublicSdkKey(ReadOnlySpan<char> v) =>
        v.StartsWith("appl_", StringComparison.Ordinal) || v.StartsWith("goog_", StringComparison.Ordinal) || v.StartsWith("amzn_", StringComparison.Ordinal);

    /// <summary>A UUID (8-4-4-4-12 hex digits): an id far more often than a key.</summary>
    private static bool IsUuid(ReadOnlySpan<char> v) =>
        v.Length == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' && !v.ContainsAnyExcept(UuidChars);

    private static readonly SearchValues<char> UuidChars = SearchValues.Create("0123456789abcdefABCDEF-");
}
