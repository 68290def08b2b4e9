using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>Skips a test class's store facts when PostgreSQL is neither installed nor named.</summary>
public sealed class NeedsPostgresAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason => PostgresServer.SkipReason;
}

/// <summary>One server (<see cref="PostgresServer"/>, tests/Shared) for every class of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
