using System.Text.Json;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Text;

namespace Airs.Cli.Tests;

[Collection(WorkingDirectoryCollection.Name)]
public sealed class SarifTests
{
    private const string Broken = """
        policy broken {
          guard g on input {
            when input.txt == "x"
            block "no"
          }
        }
        """;

    /// <summary>`airs check --format sarif` on a policy with an error and a warning, checked property by property.</summary>
    [Fact]
    public void Check_writes_a_valid_sarif_log()
    {
        using var temp = new TempDirectory();
        temp.File("policies/sub dir/broken.airs", Broken);
        CliRunner.Run run;
        using (new CurrentDirectory(temp.Path))
        {
            run = CliRunner.Airs("check", "policies", "--format", "sarif");
        }
        Assert.Equal(AirsCommand.Problems, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var log = document.RootElement;

        Assert.Equal("2.1.0", String(log, "version"));
        Assert.StartsWith("https://", String(log, "$schema"));
        var runs = Property(log, "runs", JsonValueKind.Array);
        var sarifRun = Assert.Single(runs.EnumerateArray().ToList());
        var driver = Property(Property(sarifRun, "tool", JsonValueKind.Object), "driver", JsonValueKind.Object);
        Assert.Equal("airs", String(driver, "name"));
        Assert.StartsWith("https://", String(driver, "informationUri"));
        Assert.Matches(@"^\d+\.\d+\.\d+", String(driver, "version"));
        var rules = Property(driver, "rules", JsonValueKind.Array).EnumerateArray().ToList();
        var ruleIds = rules.Select(r => String(r, "id")).ToList();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), ruleIds);
        foreach (var rule in rules)
        {
            Assert.EndsWith($"docs/diagnostics.md#{String(rule, "id").ToLowerInvariant()}", String(rule, "helpUri"));
        }

        var results = Property(sarifRun, "results", JsonValueKind.Array).EnumerateArray().ToList();
        Assert.True(results.Count >= 2, run.ToString());
        Assert.Equal(ruleIds.ToHashSet(), results.Select(r => String(r, "ruleId")).ToHashSet());
        foreach (var result in results)
        {
            Assert.Contains(String(result, "level"), new[] { "error", "warning", "note" });
            Assert.Equal(ruleIds.IndexOf(String(result, "ruleId")), Property(result, "ruleIndex", JsonValueKind.Number).GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(String(Property(result, "message", JsonValueKind.Object), "text")));
            var location = Property(result, "locations", JsonValueKind.Array)[0];
            var physical = Property(location, "physicalLocation", JsonValueKind.Object);
            var artifact = Property(physical, "artifactLocation", JsonValueKind.Object);
            Assert.Equal("policies/sub%20dir/broken.airs", String(artifact, "uri"));
            Assert.Equal("%SRCROOT%", String(artifact, "uriBaseId"));
            var region = Property(physical, "region", JsonValueKind.Object);
            foreach (var name in new[] { "startLine", "startColumn", "endLine", "endColumn" })
            {
                Assert.True(Property(region, name, JsonValueKind.Number).GetInt32() >= 1, name);
            }
        }
        // The unknown field `input.txt` is an error at line 3, column 10 (one-based), four characters long.
        var unknownField = results.Single(r => String(r, "level") == "error");
        var unknownRegion = unknownField.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, unknownRegion.GetProperty("startLine").GetInt32());
        Assert.Equal(10, unknownRegion.GetProperty("startColumn").GetInt32());
        Assert.Contains(results, r => String(r, "level") == "warning");
        // The summary still goes to standard error, so CI logs show it.
        Assert.Contains("1 error", run.Error);
    }

    [Fact]
    public void Text_and_json_formats_are_unchanged()
    {
        using var temp = new TempDirectory();
        temp.File("broken.airs", Broken);
        using (new CurrentDirectory(temp.Path))
        {
            var text = CliRunner.Airs("check", "broken.airs");
            Assert.Matches(@"(?m)^broken\.airs:3:10: error AIRS\d{4}: ", text.Out);
            var json = CliRunner.Airs("check", "broken.airs", "--format", "json");
            using var document = JsonDocument.Parse(json.Out);
            Assert.Equal(1, document.RootElement.GetProperty("errors").GetInt32());
            Assert.Equal("broken.airs", document.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
        }
    }

    [Fact]
    public void Files_outside_the_working_directory_get_absolute_uris_and_levels_follow_severity()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "p.airs");
        var source = new SourceText(outside, "policy p {}\n");
        var diagnostics = new[]
        {
            new Diagnostic("AIRS0129", DiagnosticSeverity.Warning, "w", new Location(source, new TextSpan(7, 1))),
            new Diagnostic("AIRS0001", DiagnosticSeverity.Info, "i", new Location(source, new TextSpan(0, 6))),
        };
        using var document = JsonDocument.Parse(SarifReport.Write(diagnostics, Path.Combine(Path.GetTempPath(), "work")));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results");
        var artifact = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(outside).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("note", results[1].GetProperty("level").GetString());
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(7, region.GetProperty("endColumn").GetInt32());
    }

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"missing `{name}` in {element}");
        Assert.Equal(kind, value.ValueKind);
        return value;
    }

    private static string String(JsonElement element, string name) => Property(element, name, JsonValueKind.String).GetString()!;
}
