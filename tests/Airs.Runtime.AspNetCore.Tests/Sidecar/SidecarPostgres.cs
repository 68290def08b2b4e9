using System.Diagnostics;
using Airs.Runtime.PostgreSql;
using Npgsql;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// The PostgreSQL server for sidecar tests (the pattern of Airs.Runtime.Tests' PostgresServer): the one
/// <c>AIRS_TEST_POSTGRES</c> names, or a throwaway one <c>tests/postgres/start-postgres.sh</c> starts and stops.
/// </summary>
internal sealed class SidecarPostgres : IAsyncDisposable
{
    public const string EnvironmentVariable = "AIRS_TEST_POSTGRES";

    private readonly string admin;
    private readonly string? serverDirectory;
    private readonly List<string> databases = [];

    private SidecarPostgres(string admin, string? serverDirectory)
    {
        this.admin = admin;
        this.serverDirectory = serverDirectory;
    }

    public static string? SkipReason { get; } = FindSkipReason();

    private static string? FindSkipReason()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            return null;
        }
        var installed = Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(version => File.Exists(Path.Combine(version, "bin", "initdb")));
        return installed ? null : $"postgresql is not installed (apt-get install postgresql) and {EnvironmentVariable} is not set";
    }

    public static async Task<SidecarPostgres> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new SidecarPostgres(PostgresConnectionString.Normalize(given), null);
        }
        var output = await RunScriptAsync("start");
        return new SidecarPostgres(Assignment(output, "AIRS_TEST_POSTGRES"), Assignment(output, "AIRS_TEST_POSTGRES_DIR"));
    }

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"airs_sidecar_{Guid.NewGuid():N}"[..27];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        databases.Add(name);
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (serverDirectory is not null)
        {
            await RunScriptAsync("stop", serverDirectory);
            return;
        }
        foreach (var name in databases)
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
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
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(SidecarTestHost.RepoRoot(), "tests", "postgres", "start-postgres.sh"));
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
}
