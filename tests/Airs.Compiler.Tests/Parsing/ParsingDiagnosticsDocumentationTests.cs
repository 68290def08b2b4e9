using System.Text.RegularExpressions;

namespace Airs.Compiler.Tests.Parsing;

public class ParsingDiagnosticsDocumentationTests
{
    [Fact]
    public void EveryParsingCodeIsUniqueInRangeAndDocumented()
    {
        var root = Path.GetFullPath(Path.Combine(TestSources.ResourcePath("."), "..", "..", "..", ".."));
        var catalog = File.ReadAllText(Path.Combine(root, "compiler", "Diagnostics", "DiagnosticCatalog.Parsing.cs"));
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "parsing.md"));
        var codes = Regex.Matches(catalog, "\"(AIRS\\d{4})\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.True(codes.Length >= 20);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, code =>
        {
            Assert.InRange(int.Parse(code[4..], System.Globalization.CultureInfo.InvariantCulture), 1, 99);
            Assert.Contains($"## {code}\n", docs, StringComparison.Ordinal);
        });
    }
}
