using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Text;

namespace Airs.Compiler.Tests.Diagnostics;

/// <summary>One catalog: every code is unique, follows the message rules, is documented, and its documented example reports it.</summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly string Docs = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md"));

    private static readonly Regex Section = new(@"^## (AIRS\d{4})\s*\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);

    private static readonly Regex Example = new("```airs-error\\s*\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

    /// <summary>Calls every catalog method with placeholder arguments to learn its code and message.</summary>
    public static IReadOnlyList<(MethodInfo Method, Diagnostic Diagnostic)> Catalog()
    {
        var location = new Location(new SourceText("x.airs", "x"), new TextSpan(0, 1));
        return typeof(DiagnosticCatalog)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => (m, (Diagnostic)m.Invoke(null, [.. m.GetParameters().Select(p => Placeholder(p.ParameterType, location))])!))
            .ToList();
    }

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Catalog().GroupBy(c => c.Diagnostic.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Method.Name))}").ToList();
        Assert.True(duplicates.Count == 0, string.Join("\n", duplicates));
    }

    [Fact]
    public void Codes_are_well_formed_and_in_their_phase_range()
    {
        // The phase ranges listed in DiagnosticCatalog.cs, the reserved ones included.
        (int From, int To)[] ranges = [(1, 99), (100, 299), (300, 349), (350, 399), (400, 449)];
        foreach (var (method, diagnostic) in Catalog())
        {
            Assert.Matches(@"^AIRS\d{4}$", diagnostic.Code);
            var number = int.Parse(diagnostic.Code[4..], CultureInfo.InvariantCulture);
            Assert.True(ranges.Any(r => number >= r.From && number <= r.To), $"{method.Name}: {diagnostic.Code} is in no phase range");
        }
    }

    [Fact]
    public void Messages_follow_the_rules()
    {
        foreach (var (method, diagnostic) in Catalog())
        {
            var message = diagnostic.Message;
            Assert.False(message.Contains('\n'), $"{method.Name}: more than one line");
            Assert.False(message.EndsWith('.'), $"{method.Name}: ends with a period");
            Assert.False(char.IsUpper(message[0]), $"{method.Name}: starts with a capital");
        }
    }

    [Fact]
    public void Every_code_is_documented()
    {
        var documented = Section.Matches(Docs).Select(m => m.Groups[1].Value).ToHashSet();
        var missing = Catalog().Select(c => c.Diagnostic.Code).Where(c => !documented.Contains(c)).Order().ToList();
        Assert.True(missing.Count == 0, "not in docs/diagnostics.md: " + string.Join(", ", missing));
        var unknown = documented.Except(Catalog().Select(c => c.Diagnostic.Code)).ToList();
        Assert.True(unknown.Count == 0, "documented but not in the catalog: " + string.Join(", ", unknown));
    }

    public static TheoryData<string> DocumentedCodes() => [.. Section.Matches(Docs).Select(m => m.Groups[1].Value)];

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void The_documented_example_reports_its_code(string code)
    {
        var section = Section.Matches(Docs).Single(m => m.Groups[1].Value == code).Groups[2].Value;
        if (section.Contains("<!-- unchecked", StringComparison.Ordinal))
        {
            return;
        }
        var example = Example.Match(section);
        Assert.True(example.Success, $"{code} has no ```airs-error example");
        var compilation = Compilation.FromText(Path.Combine(Path.GetTempPath(), $"{code}.airs"), example.Groups[1].Value);
        Assert.True(compilation.Diagnostics.Any(d => d.Code == code),
            $"{code} example reports: {string.Join("; ", compilation.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    private static object? Placeholder(Type type, Location location) =>
        type == typeof(Location) ? location
        : type == typeof(string) ? "x"
        : type == typeof(IEnumerable<string>) ? new[] { "x" }
        : type.IsValueType ? Activator.CreateInstance(type)
        : null;
}
