using System.Reflection;
using System.Text;
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

    /// <summary>
    /// A policy held in memory (the language server's buffer, whose JSON may carry <c>\ud800</c>; an in-process
    /// <see cref="Compilation.FromText"/>) can hold a lone surrogate, which the messages that quote source text copied
    /// as it was: invalid UTF-16 reached the client, which shows or encodes it as it likes. It is escaped as the
    /// language writes it (<c>\u{D800}</c>); a pair stays as it is.
    /// </summary>
    [Fact]
    public void A_lone_surrogate_quoted_in_a_message_is_escaped()
    {
        var text = "policy p { tier low \ud800 guard g on input { when input.text == \"a\\\udc00\" block } }  // \U0001F600";
        var quoted = Compilation.FromText("p.airs", text).Diagnostics.Select(d => d.Message + " " + d.Help).ToList();

        Assert.Contains(quoted, m => m.Contains("`\\u{D800}`", StringComparison.Ordinal));
        Assert.Contains(quoted, m => m.Contains("\\\\u{DC00}", StringComparison.Ordinal));
        Assert.All(quoted, m => Assert.DoesNotContain(Rune.ReplacementChar, m.EnumerateRunes()));
        Assert.Equal("\U0001F600 `\\u{D800}`", PrintableText.Escape("\U0001F600 `\ud800`"));
    }

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Catalog().GroupBy(c => c.Diagnostic.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Method.Name))}").ToList();
        Assert.True(duplicates.Count == 0, string.Join("\n", duplicates));
    }

    private static readonly Regex Declaration = new(@"public static Diagnostic (\w+)\(", RegexOptions.NonBacktracking);

    /// <summary>The partial file of the catalog that declares each diagnostic method, read from the source.</summary>
    private static Dictionary<string, string> DeclaringFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Combine("compiler", "Diagnostics"), "DiagnosticCatalog.*.cs"))
        {
            foreach (Match m in Declaration.Matches(File.ReadAllText(path)))
            {
                Assert.True(files.TryAdd(m.Groups[1].Value, Path.GetFileName(path)) || files[m.Groups[1].Value] == Path.GetFileName(path),
                    $"`{m.Groups[1].Value}` is declared in two files");
            }
        }
        return files;
    }

    [Fact]
    public void Codes_are_well_formed_and_in_their_phase_range()
    {
        var declaredIn = DeclaringFiles();
        foreach (var (method, diagnostic) in Catalog())
        {
            Assert.Matches(@"^AIRS\d{4}$", diagnostic.Code);
            Assert.True(declaredIn.TryGetValue(method.Name, out var file), $"{method.Name} is not declared in a DiagnosticCatalog.*.cs file");
            var phase = Assert.Single(DiagnosticCatalog.Phases, p => p.Files.Contains(file));
            Assert.True(phase.Contains(diagnostic.Code),
                $"{method.Name} in {file} reports {diagnostic.Code}, outside the {phase.Name} range {phase.Range}");
        }
    }

    [Fact]
    public void Phases_do_not_overlap_every_catalog_file_has_one_and_the_docs_follow_them()
    {
        var ordered = DiagnosticCatalog.Phases.OrderBy(p => p.First).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i].First > ordered[i - 1].Last, $"{ordered[i].Name} overlaps {ordered[i - 1].Name}");
        }
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Combine("compiler", "Diagnostics"), "DiagnosticCatalog.*.cs"))
        {
            Assert.Single(DiagnosticCatalog.Phases, p => p.Files.Contains(Path.GetFileName(path)));
        }

        // In docs/diagnostics.md each code's section sits under the heading of its phase, which names the phase's range.
        DiagnosticPhase? current = null;
        foreach (var line in Docs.Split('\n'))
        {
            if (PhaseHeading.Match(line) is { Success: true } heading)
            {
                current = Assert.Single(DiagnosticCatalog.Phases, p => p.Name == heading.Groups[1].Value);
                Assert.Equal(current.Range, heading.Groups[2].Value);
            }
            else if (CodeHeading.Match(line) is { Success: true } code)
            {
                Assert.True(current is not null && current.Contains(code.Groups[1].Value),
                    $"{code.Groups[1].Value} is documented under {current?.Name ?? "no phase heading"}");
            }
        }
    }

    private static readonly Regex PhaseHeading = new(@"^## ([A-Z][a-z][^(]*?) \((AIRS\d{4}–AIRS\d{4})\)\s*$", RegexOptions.NonBacktracking);

    private static readonly Regex CodeHeading = new(@"^## (AIRS\d{4})\s*$", RegexOptions.NonBacktracking);

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
