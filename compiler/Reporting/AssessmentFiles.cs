using System.Text;
using System.Text.Json;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>
/// The two files <c>airs assess</c> writes. <c>&lt;system&gt;.assessment.airs</c> is a pack a policy can
/// <c>use</c>: the answers as comments and a single <c>tier</c> setting, the assessed floor, which
/// <c>airs report</c> compares with the policy's own tier. <c>&lt;system&gt;.assessment.json</c> holds the same
/// answers for tools and is itself a valid <c>--answers</c> file.
/// </summary>
public static class AssessmentFiles
{
    public const string AirsSuffix = ".assessment.airs";
    public const string JsonSuffix = ".assessment.json";

    public static string DefaultAirsPath(string system) => system + AirsSuffix;

    /// <summary>The JSON file that goes with an <c>.airs</c> output path: same folder and stem.</summary>
    public static string JsonPathFor(string airsPath) =>
        airsPath.EndsWith(AirsSuffix, StringComparison.Ordinal)
            ? airsPath[..^AirsSuffix.Length] + JsonSuffix
            : Path.ChangeExtension(airsPath, null) + JsonSuffix;

    public static string ToAirs(RiskAssessment assessment)
    {
        var text = new StringBuilder();
        text.Append($"// Risk assessment of `{assessment.System}`, written by `airs assess`. Edit the answers with\n");
        text.Append("// `airs assess` again rather than by hand, so this file and the JSON beside it stay in step.\n");
        text.Append("//\n");
        var width = RiskQuestionnaire.Questions.Max(q => q.Title.Length) + 1;
        foreach (var question in RiskQuestionnaire.Questions)
        {
            var level = assessment.Answers[question.Dimension];
            text.Append($"// {(question.Title + ":").PadRight(width + 1)}{level.Keyword(),-9}{question.OptionFor(level)}\n");
        }
        text.Append("//\n");
        text.Append($"// tier {assessment.Tier.Keyword()}: the highest answer ({assessment.DriversText}). The tier requires:\n");
        foreach (var (requirement, value) in TierText.Describe(assessment.Requirements))
        {
            text.Append($"//   {requirement}: {value}\n");
        }
        text.Append("//\n");
        text.Append($"// Bring it into the policy with `use \"./{assessment.System}{AirsSuffix}\"`: `airs report` then warns\n");
        text.Append("// when the policy's own `tier` is lower than the one below. The pack holds nothing that runs.\n");
        text.Append($"pack {assessment.System}.assessment {{\n");
        text.Append($"  tier {assessment.Tier.Keyword()}\n");
        text.Append("}\n");
        return text.ToString();
    }

    public static string ToJson(RiskAssessment assessment)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString(AssessmentAnswers.SystemKey, assessment.System);
            foreach (var question in RiskQuestionnaire.Questions)
            {
                writer.WriteString(question.Key, assessment.Answers[question.Dimension].Keyword());
            }
            writer.WriteString(AssessmentAnswers.TierKey, assessment.Tier.Keyword());
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// The tier a pack declares (<c>pack x.assessment { tier high }</c>), or null when the file holds no pack
    /// or the pack no valid tier. Used packs' settings are otherwise ignored by the binder, so this reads syntax.
    /// </summary>
    public static DeclaredTier? PackTier(SyntaxTree tree)
    {
        var pack = tree.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault(p => p.Keyword.Text == "pack");
        if (pack is null)
        {
            return null;
        }
        var setting = pack.Body.Items.OfType<SettingSyntax>().FirstOrDefault(s => s.Keyword.Text == "tier");
        if (setting?.Value is PathExpressionSyntax { Segments.Count: 1 } path && TierText.TryParse(path.Segments[0].Text, out var tier))
        {
            var name = string.Join(".", pack.Name.Parts.Select(p => p.Text));
            return new DeclaredTier(tier, $"pack `{name}`", tree.Source.Path, tree.Source.GetLinePosition(setting.Span.Start).Line + 1);
        }
        return null;
    }
}

/// <summary>An assessed tier and where it was read: a used pack's <c>tier</c>, or an assessment JSON file.</summary>
/// <param name="Origin">How to name it in a message, e.g. <c>pack `support_bot.assessment`</c>.</param>
/// <param name="Line">One-based, when the tier is on a known line.</param>
public sealed record DeclaredTier(Tier Tier, string Origin, string Path, int? Line);
