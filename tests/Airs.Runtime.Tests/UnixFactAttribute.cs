namespace Airs.Runtime.Tests;

/// <summary>A fact about Unix files (FIFOs made by <c>mkfifo</c>): skipped on Windows, which has none.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (mkfifo)";
        }
    }
}
