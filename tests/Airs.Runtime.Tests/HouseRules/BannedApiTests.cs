namespace Airs.Runtime.Tests.HouseRules;

/// <summary>The runtime assemblies use none of the banned APIs, and the scan would notice if one were added.</summary>
public sealed class BannedApiTests
{
    [Fact]
    public void The_runtime_sources_use_no_banned_api()
    {
        var compilation = BannedApis.Runtime(RepositoryRoot());
        Assert.True(compilation.SyntaxTrees.Count() > 100, "the runtime sources were not found");
        var violations = BannedApis.Find(compilation, out var regexBuilds);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        // The scan bound the detectors' (LazyRegex builds them all) and the policy regexes (RegexFactory), so it can see a bad one.
        Assert.True(regexBuilds >= 5, $"only {regexBuilds} regex constructions were checked");
    }

    public static TheoryData<string, string> BannedSnippets() => new()
    {
        { """Console.WriteLine("decided");""", "System.Console" },
        { """System.Console.Error.WriteLine("decided");""", "System.Console" },
        { "Thread.Sleep(10);", "System.Threading.Thread.Sleep" },
        { "task.Wait();", "System.Threading.Tasks.Task.Wait" },
        { "_ = Task.WaitAny(task);", "System.Threading.Tasks.Task.WaitAny" },
        { "_ = Task.FromResult(1).Result;", "System.Threading.Tasks.Task<TResult>.Result" },
        { "_ = new ValueTask<int>(1).Result;", "System.Threading.Tasks.ValueTask<TResult>.Result" },
        { "task.GetAwaiter().GetResult();", "System.Runtime.CompilerServices.TaskAwaiter.GetResult" },
        { "task.ConfigureAwait(false).GetAwaiter().GetResult();", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable.ConfiguredTaskAwaiter.GetResult" },
        { "_ = DateTime.UtcNow;", "System.DateTime.UtcNow" },
        { "_ = DateTime.Now;", "System.DateTime.Now" },
        { "_ = DateTimeOffset.UtcNow;", "System.DateTimeOffset.UtcNow" },
        { "Environment.Exit(1);", "System.Environment.Exit" },
        { """_ = new Regex("a+b");""", "System.Text.RegularExpressions.Regex.ctor" },
        { """_ = new Regex("a+b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);""", "System.Text.RegularExpressions.Regex.ctor" },
        { """Regex r = new("a+b", RegexOptions.Compiled);""", "System.Text.RegularExpressions.Regex.ctor" },
        { """_ = Regex.IsMatch(text, "a+b");""", "System.Text.RegularExpressions.Regex.IsMatch" },
        { """_ = Regex.Replace(text, "a+b", "", RegexOptions.None, TimeSpan.FromSeconds(1));""", "System.Text.RegularExpressions.Regex.Replace" },
        { """_ = new Regex("a+b", options);""", "System.Text.RegularExpressions.Regex.ctor" },
    };

    [Theory]
    [MemberData(nameof(BannedSnippets))]
    public void A_banned_call_added_to_runtime_code_is_found(string statement, string api)
    {
        var violations = Scan(Method(statement));
        var violation = Assert.Single(violations);
        Assert.Equal(api, violation.Api);
        Assert.Equal(("Synthetic.cs", 8), (violation.File, violation.Line));
    }

    [Fact]
    public void A_generated_regex_without_the_linear_option_is_found()
    {
        var violations = Scan("""
            using System.Text.RegularExpressions;
            namespace Synthetic;
            public static partial class Patterns
            {
                [GeneratedRegex("a+b", RegexOptions.IgnoreCase)]
                public static partial Regex Backtracking();

                [GeneratedRegex("a+b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
                public static partial Regex Linear();
            }
            """);
        Assert.Equal(("GeneratedRegex", 5), (Assert.Single(violations).Api, violations[0].Line));
    }

    [Fact]
    public void The_allowed_forms_pass()
    {
        var violations = Scan(Method("""
            const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
            _ = new Regex("a+b", Options | RegexOptions.IgnoreCase);
            _ = new Regex("a+b", RegexOptions.NonBacktracking | options);
            Regex r = new("a+b", RegexOptions.NonBacktracking);
            _ = Regex.IsMatch(text, "a+b", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
            _ = r.IsMatch(text) && r.Count(text) > 0;
            _ = Regex.Escape(text);
            _ = time.GetUtcNow();
            var result = new { Result = 1, Now = 2 }.Result;
            var semaphore = new SemaphoreSlim(1);
            semaphore.Wait();
            """));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void A_name_that_does_not_bind_fails_closed()
    {
        var violation = Assert.Single(Scan(Method("Missing.Sleep(10);")), v => v.Api == "Sleep");
        Assert.Equal("does not bind, so it cannot be checked", violation.Why);
    }

    // The first statement lands on line 8 of Synthetic.cs.
    private static string Method(string statements) => $$"""
        using System.Text.RegularExpressions;
        namespace Synthetic;
        public sealed class Host(TimeProvider time)
        {
            public async Task<bool> Run(string text, Task task, RegexOptions options)
            {
                await Task.Yield();
        {{statements}}
                return time is not null;
            }
        }
        """;

    private static IReadOnlyList<BannedApis.Violation> Scan(string source) =>
        BannedApis.Find(BannedApis.Compile([("Synthetic.cs", source)]), out _);

    private static string RepositoryRoot()
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
