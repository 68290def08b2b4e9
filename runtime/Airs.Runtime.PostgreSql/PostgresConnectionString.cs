using Npgsql;

namespace Airs.Runtime.PostgreSql;

/// <summary>
/// Reads a connection string in either form PostgreSQL users write: Npgsql keywords
/// (<c>Host=db;Username=airs;Database=airs</c>) or a libpq URL
/// (<c>postgres://airs:secret@db:5432/airs?sslmode=require</c>), and returns the keyword form.
/// </summary>
public static class PostgresConnectionString
{
    private const int DefaultPort = 5432;

    // libpq query parameters whose Npgsql keyword is spelt differently. Others are passed as they are.
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
        ["search_path"] = "Search Path",
    };

    /// <summary>True if <paramref name="value"/> is a <c>postgres://</c> or <c>postgresql://</c> URL.</summary>
    public static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True if <paramref name="value"/> names a PostgreSQL database rather than a SQLite file: a URL, or Npgsql keywords
    /// with <c>Host=</c> (how <c>--store</c> and the benchmarks tell the two apart).
    /// </summary>
    public static bool NamesDatabase(string value) => IsUrl(value) || value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses either form; throws <see cref="ArgumentException"/> on anything it cannot read.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!IsUrl(value))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value);
            }
            catch (Exception error) when (error is ArgumentException or FormatException or KeyNotFoundException)
            {
                // The message of Npgsql's error may quote the string, password included: do not pass it on.
                throw new ArgumentException("the connection string is not valid: expected `Key=value;…` pairs or a `postgres://` url", nameof(value));
            }
        }

        return FromUrl(value);
    }

    /// <summary>The keyword form of either form.</summary>
    public static string Normalize(string value) => Parse(value).ConnectionString;

    private static NpgsqlConnectionStringBuilder FromUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            throw new ArgumentException("the postgres url is not valid: expected `postgres://user:password@host:port/database`", nameof(value));
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (url.Host.Length > 0)
        {
            // IdnHost drops the brackets of an IPv6 literal, which Npgsql does not want.
            builder.Host = url.IdnHost;
        }

        builder.Port = url.Port > 0 ? url.Port : DefaultPort;
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..]);
            var keyword = LibpqNames.TryGetValue(name, out var known) ? known : name.Replace('_', ' ');
            if (keyword == "SSL Mode")
            {
                // libpq spells the modes `verify-full`, `verify-ca`; Npgsql's enum has no hyphen.
                setting = setting.Replace("-", "", StringComparison.Ordinal);
            }

            try
            {
                builder[keyword] = setting;
            }
            catch (Exception error) when (error is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
            {
                throw new ArgumentException($"the postgres url parameter `{name}` is unknown or its value is not valid", nameof(value));
            }
        }

        return builder;
    }
}
