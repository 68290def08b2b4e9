using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>Test resources, read from the source tree so the test project file needs no copy rules.</summary>
internal static class TestSources
{
    private static readonly Lazy<string> ResourceDirectory = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Airs.Compiler.Tests", "Parsing", "Resources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/Airs.Compiler.Tests/Parsing/Resources not found above the test binaries");
    });

    public static string Read(string name) => File.ReadAllText(ResourcePath(name));

    public static string ResourcePath(string name) => Path.Combine(ResourceDirectory.Value, name);

    public static string SupportBot => Read("support_bot.airs");

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, to prove the code does not recurse deeply.</summary>
    public static T OnSmallStack<T>(Func<T> action, int stackBytes = 256 * 1024)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the action failed on the small-stack thread", failure);
        }
        return result!;
    }

    public static string Errors(SyntaxTree tree) => string.Join("\n", tree.Diagnostics.Select(d => d.ToString()));
}
