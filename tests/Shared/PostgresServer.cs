using System.Diagnostics;
using Airs.Runtime.PostgreSql;
using Npgsql;

namespace Airs.Tests.Shared;

/// <summary>
/// The PostgreSQL server of a test run: the one <c>AIRS_TEST_POSTGRES</c> names, or a throwaway one that
/// <c>tests/postgres/start-postgres.sh</c> starts and stops. Each test gets a database of its own. One source file,
/// linked into every test project that needs a server (an xunit fixture, or <see cref="StartAsync"/> for one test).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    public const string EnvironmentVariable = "AIRS_TEST_POSTGRES";

    private readonly List<string> databases = [];
    private string? admin;
    private string? serverDirectory;

    /// <summary>Why PostgreSQL tests cannot run here, decided without starting anything; null when they can.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    private static string? FindSkipReason()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            return null;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(version => File.Exists(Path.Combine(version, "bin", "initdb")));
        return installed
            ? null
            : $"postgresql is not installed (apt-get install postgresql) and {EnvironmentVariable} is not set";
    }

    /// <summary>A server for one test, outside any fixture; dispose it at the end of the test.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>The server's connection string (database <c>postgres</c>), for tests that make their own databases or roles.</summary>
    public string AdminConnectionString => admin ?? throw new InvalidOperationException("the postgres server is not running");

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
        var name = $"airs_test_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(AdminConnectionString, $"CREATE DATABASE {name}");
        lock (databases)
        {
            databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (serverDirectory is not null)
        {
            await RunScriptAsync("stop", serverDirectory);
        }
        else if (admin is not null)
        {
            // Someone else's server: leave it as we found it.
            foreach (var name in databases)
            {
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private static string Assignment(string output, string name)
    {
        var prefix = name + "='";
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"start-postgres.sh printed no `{name}`: {output}");
        return line[prefix.Length..].TrimEnd('\r').TrimEnd('\'');
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ScriptPath());
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
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
