using Airs.Runtime.Audit;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Tests.Stores;
using Npgsql;

namespace Airs.Runtime.Tests.PostgreSql;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void AUrlBecomesKeywords()
    {
        var parsed = PostgresConnectionString.Parse("postgres://airs:s3cret@db.internal:6543/airs_prod?sslmode=require&application_name=airs%20serve");

        Assert.Equal(("db.internal", 6543, "airs", "s3cret", "airs_prod"), (parsed.Host, parsed.Port, parsed.Username, parsed.Password, parsed.Database));
        Assert.Equal(SslMode.Require, parsed.SslMode);
        Assert.Equal("airs serve", parsed.ApplicationName);
    }

    [Fact]
    public void PercentEscapesAreDecodedAndDefaultsFilled()
    {
        var parsed = PostgresConnectionString.Parse("postgresql://ann%40corp:p%40ss%3Aw%2Frd@[::1]/my%20db");

        Assert.Equal(("::1", 5432, "ann@corp", "p@ss:w/rd", "my db"), (parsed.Host, parsed.Port, parsed.Username, parsed.Password, parsed.Database));
    }

    [Fact]
    public void EveryLibpqParameterNamedInTheGuideMapsToItsKeyword()
    {
        var parsed = PostgresConnectionString.Parse(
            "postgres://h/db?sslmode=verify-full&sslrootcert=%2Fca.pem&sslcert=c.pem&sslkey=k.pem&sslpassword=x&connect_timeout=7"
            + "&application_name=a&target_session_attrs=read-write&options=-c%20statement_timeout%3D5000&search_path=airs&command_timeout=9");

        Assert.Equal(SslMode.VerifyFull, parsed.SslMode);
        Assert.Equal(("/ca.pem", "c.pem", "k.pem", "x"), (parsed.RootCertificate, parsed.SslCertificate, parsed.SslKey, parsed.SslPassword));
        Assert.Equal((7, 9, "a"), (parsed.Timeout, parsed.CommandTimeout, parsed.ApplicationName));
        Assert.Equal(("read-write", "-c statement_timeout=5000", "airs"), (parsed.TargetSessionAttributes, parsed.Options, parsed.SearchPath));
    }

    [Fact]
    public void KeywordStringsPassThrough()
    {
        var parsed = PostgresConnectionString.Parse("Host=localhost;Port=5433;Username=airs;Database=airs");

        Assert.Equal(("localhost", 5433, "airs", "airs"), (parsed.Host, parsed.Port, parsed.Username, parsed.Database));
        Assert.False(PostgresConnectionString.IsUrl("Host=localhost"));
        Assert.True(PostgresConnectionString.IsUrl("POSTGRES://h/db"));
    }

    [Theory]
    [InlineData("postgres://airs:hunter2@db/airs?no_such_setting=1", "`no_such_setting`")]
    [InlineData("postgres://airs:hunter2@db/airs?sslmode=sometimes", "`sslmode`")]
    [InlineData("Host=db;Password=hunter2;Flavour=mint", "`Key=value;…`")]
    public void WhatCannotBeReadIsRefusedWithoutThePassword(string connectionString, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>URLs against the real server, with a password that needs escaping.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresUrlConnectionTests(PostgresServer server)
{
    [StoreFact]
    public async Task AStoreOpensFromAUrl()
    {
        var database = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        const string password = "p@ss:w/rd%?#&";
        var role = $"airs_url_{Guid.NewGuid():N}"[..20];
        await PostgresServer.ExecuteAsync(server.AdminConnectionString, $"CREATE ROLE {role} LOGIN PASSWORD '{password}'");
        await PostgresServer.ExecuteAsync(database.ConnectionString, $"GRANT CREATE ON SCHEMA public TO {role}");

        var url = $"postgres://{role}:{Uri.EscapeDataString(password)}@{database.Host}:{database.Port}/{database.Database}?application_name=airs-url-test";
        await using (var store = await PostgresAirsStore.OpenAsync(url))
        {
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.Decision, "tester", "{}"));
        }

        Assert.Equal(role, await PostgresServer.ScalarAsync(database.ConnectionString, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'"));
        Assert.Equal(1L, await PostgresServer.ScalarAsync(database.ConnectionString, "SELECT count(*) FROM audit_log WHERE kind <> 'segment_anchor'"));

        var wrong = $"postgres://{role}:nope@{database.Host}:{database.Port}/{database.Database}";
        var error = await Assert.ThrowsAsync<PostgresException>(() => PostgresAirsStore.OpenAsync(wrong));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
    }
}
