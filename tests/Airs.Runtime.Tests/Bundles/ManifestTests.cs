using Airs.Compiler.Bundles;
using System.Text;
using System.Text.Json.Nodes;
using Airs.Runtime.Bundles;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

public sealed class ManifestTests
{
    private static readonly BundleManifest Sample = Manifest(PolicyAssemblies.Blocking());

    [Fact]
    public void A_manifest_round_trips_byte_for_byte()
    {
        var json = Sample.ToJsonBytes();
        var again = BundleManifest.FromJsonBytes(json);
        Assert.Equal(json, again.ToJsonBytes());
        Assert.Equal(Sample.Spec.Judges[0].Timeout, again.Spec.Judges[0].Timeout);
        Assert.IsType<Policy.BreakerOpenTrigger>(again.Spec.Pace[1].Triggers[0]);
        Assert.Equal(new[] { "grounded" }, again.Judges.AsEnumerable());
        Assert.Equal(new[] { "judge" }, again.Models.AsEnumerable());
        Assert.Equal(new[] { "planner", "executor" }, again.Agents.AsEnumerable());
        Assert.Null(again.Controls[2].Stage);
    }

    [Fact]
    public void The_manifest_is_snake_case_with_keywords_for_enums()
    {
        var json = JsonNode.Parse(Sample.ToJsonBytes())!;
        Assert.Equal("support_bot", (string?)json["policy"]);
        Assert.Equal("high", (string?)json["tier"]);
        Assert.Equal("input", (string?)json["controls"]![0]!["stage"]);
        Assert.Equal("guardrail", (string?)json["controls"]![0]!["layer"]);
        Assert.Equal("judges_off", (string?)json["spec"]!["pace"]![0]!["actions"]![0]);
        Assert.Equal("breaker_open", (string?)json["spec"]!["pace"]![1]!["triggers"]![0]!["kind"]);
        Assert.DoesNotContain("\r", Encoding.UTF8.GetString(Sample.ToJsonBytes()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format_version", "2", BundleError.UnsupportedFormat)]
    [InlineData("tier", "\"extreme\"", BundleError.ManifestInvalid)]
    [InlineData("tier", "2", BundleError.ManifestInvalid)]
    [InlineData("policy", "\"other_bot\"", BundleError.ManifestInvalid)]
    [InlineData("assembly_sha256", "\"ABC\"", BundleError.ManifestInvalid)]
    [InlineData("evaluator_type", "null", BundleError.ManifestInvalid)]
    [InlineData("unexpected", "1", BundleError.ManifestInvalid)]
    public void A_manifest_that_bends_the_rules_is_refused(string property, string value, BundleError expected)
    {
        var json = JsonNode.Parse(Sample.ToJsonBytes())!.AsObject();
        json[property] = JsonNode.Parse(value);
        var e = Assert.Throws<BundleLoadException>(() => BundleManifest.FromJsonBytes(Encoding.UTF8.GetBytes(json.ToJsonString())));
        Assert.Equal(expected, e.Error);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(e.Message.EndsWith('.'), e.Message);
    }

    [Fact]
    public void A_manifest_missing_a_property_is_refused()
    {
        var json = JsonNode.Parse(Sample.ToJsonBytes())!.AsObject();
        json.Remove("compiler_version");
        var e = Assert.Throws<BundleLoadException>(() => BundleManifest.FromJsonBytes(Encoding.UTF8.GetBytes(json.ToJsonString())));
        Assert.Equal(BundleError.ManifestInvalid, e.Error);
        Assert.Contains("compiler_version", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_is_refused()
    {
        Assert.Equal(BundleError.ManifestInvalid, Assert.Throws<BundleLoadException>(() => BundleManifest.FromJsonBytes("{"u8)).Error);
        Assert.Equal(BundleError.ManifestInvalid, Assert.Throws<BundleLoadException>(() => BundleManifest.FromJsonBytes("null"u8)).Error);
    }

    /// <summary>The published schema is regenerated from the serializer; <c>UPDATE_BASELINES=1</c> rewrites it.</summary>
    [Fact]
    public void The_published_schema_matches_the_serializer()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "schemas", "bundle-manifest.schema.json");
        var generated = BundleManifestSchema.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_BASELINES=1");
        Assert.True(File.ReadAllText(path) == generated, $"{path} is out of date; run the tests with UPDATE_BASELINES=1");
    }

    [Fact]
    public void The_schema_describes_the_manifest()
    {
        var schema = JsonNode.Parse(BundleManifestSchema.Generate())!;
        var properties = schema["properties"]!.AsObject();
        var manifest = JsonNode.Parse(Sample.ToJsonBytes())!.AsObject();
        Assert.Equal(manifest.Select(p => p.Key).Order(), properties.Select(p => p.Key).Order());
        Assert.Contains("tool_call", schema["properties"]!["controls"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(BundleManifestSchema.Id, (string?)schema["$id"]);
    }

    internal static string RepositoryRoot()
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
