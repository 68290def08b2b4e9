namespace Airs.Compiler.Tests;

/// <summary>Finds files of the repository from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>True when the run should rewrite expected files instead of comparing (`UPDATE_BASELINES=1 dotnet test`).</summary>
    public static bool UpdateBaselines => Environment.GetEnvironmentVariable("UPDATE_BASELINES") is "1" or "true";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (AirsPolicy.sln) above the test directory");
    }
}
