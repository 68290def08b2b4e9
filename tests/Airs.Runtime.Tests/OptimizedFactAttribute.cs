namespace Airs.Runtime.Tests;

/// <summary>
/// A fact about what optimised code allocates: a Debug build keeps async state machines on the heap and skips the JIT's
/// escape analysis, so its bytes say nothing about the shipped runtime. Skipped in Debug; CI runs <c>-c Release</c>.
/// </summary>
public sealed class OptimizedFactAttribute : FactAttribute
{
    public OptimizedFactAttribute()
    {
#if DEBUG
        Skip = "allocation bounds hold for optimised code: run `dotnet test -c Release`";
#endif
    }
}
