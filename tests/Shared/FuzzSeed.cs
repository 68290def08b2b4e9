namespace Airs.Tests.Shared;

/// <summary>
/// A fuzz test's seed: <c>AIRS_FUZZ_SEED</c> when set (CI fixes it, so a red run repeats), otherwise a fresh one. The
/// tests print it on failure.
/// </summary>
internal static class FuzzSeed
{
    public static ulong Next() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("AIRS_FUZZ_SEED"), out var seed) ? seed : (ulong)Random.Shared.NextInt64();
}
