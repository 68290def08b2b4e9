using System.Diagnostics;
using Airs.Runtime.PostgreSql;
using Npgsql;

namespace Airs.Cli.Tests;

/// <summary>
/// The PostgreSQL server for CLI tests (the pattern of Airs.Runtime.Tests' PostgresServer): the one
/// <c>AIRS_TEST_POSTGRES</c> names, or a throwaway one <c>tests/postgres/start-postgres.sh</c> starts and stops.
/// </summary>
public sealed class CliPostgres : IAsyncLifetime
{
    public const string EnvironmentVariable = "AIRS_TEST_POSTGRES";

    private readonly List<string> databases = [];
    private string? admin;
    private string? serverDirectory;

    public static string? SkipReason { get; } =
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable))
        || (Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(v => File.Exists(Path.Combine(v, "bin", "initdb"))))
            ? null
            : $"postgresql is not installed (apt-get install postgresql) and {EnvironmentVariable} is not set";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            admin = PostgresConnectionString.Normalize(given);
            return;
        }
        var output = await RunScriptAsync("start");
        admin = Assignment(output, "AIRS_TEST_POSTGRES");
        serverDirectory = Assignment(output, "AIRS_TEST_POSTGRES_DIR");
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"airs_cli_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(admin!, $"CREATE DATABASE {name}");
        databases.Add(name);
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (serverDirectory is not null)
        {
            await RunScriptAsync("stop", serverDirectory);
            return;
        }
        foreach (var name in databases)
        {
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static string Assignment(string output, string name)
    {
        var prefix = name + "='";
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"start-postgres.sh printed no `{name}`: {output}");
        return line[prefix.Length..].TrimEnd('\r').TrimEnd('\'');
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var script = ScriptPath();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"start-postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
        }
        return await output;
    }

    private static string ScriptPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "postgres", "start-postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/postgres/start-postgres.sh is not above the test assembly");
    }
}

/// <summary>Skipped, with the reason, when PostgreSQL is neither installed nor named by <c>AIRS_TEST_POSTGRES</c>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (CliPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
