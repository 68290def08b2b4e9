using System.Text.Json;
using System.Text.RegularExpressions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>
/// Reads an answers file: <c>{ "system": "support_bot", "decision_authority": "high", … }</c>, one key per
/// dimension with a tier as its value. An optional <c>tier</c> key (as <c>airs assess</c> writes it) must agree
/// with the answers, so an edited file cannot claim a lower tier than its own answers give.
/// </summary>
public static partial class AssessmentAnswers
{
    public const string SystemKey = "system";
    public const string TierKey = "tier";

    /// <param name="json">The file's text.</param>
    /// <param name="fileName">How to name the file in messages.</param>
    /// <param name="systemFallback">The system name to use when the file has none (e.g. from <c>--system</c>).</param>
    public static RiskAssessment Parse(string json, string fileName, string? systemFallback = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new AssessmentFormatException($"`{fileName}` is not valid JSON: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new AssessmentFormatException($"`{fileName}` must hold one JSON object such as {{ \"system\": \"support_bot\", \"decision_authority\": \"high\" }}");
            }
            return Read(document.RootElement, fileName, systemFallback);
        }
    }

    private static RiskAssessment Read(JsonElement root, string fileName, string? systemFallback)
    {
        var answers = new Dictionary<RiskDimension, Tier>();
        string? system = null;
        Tier? claimedTier = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var key = property.Name;
            if (!seen.Add(key))
            {
                throw new AssessmentFormatException($"`{key}` appears twice in `{fileName}`");
            }
            if (key == SystemKey)
            {
                system = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                if (system is null || !IsValidSystemName(system))
                {
                    throw new AssessmentFormatException($"`system` in `{fileName}` must be a name such as `support_bot` (letters, digits and `_`), not {Shown(property.Value)}");
                }
            }
            else if (key == TierKey)
            {
                claimedTier = Level(property.Value, key, fileName);
            }
            else if (RiskQuestionnaire.FindByKey(key) is { } question)
            {
                answers[question.Dimension] = Level(property.Value, key, fileName);
            }
            else
            {
                throw new AssessmentFormatException($"unknown key `{key}` in `{fileName}`; expected `system` and {KeyList}");
            }
        }
        foreach (var question in RiskQuestionnaire.Questions)
        {
            if (!answers.ContainsKey(question.Dimension))
            {
                throw new AssessmentFormatException($"missing `{question.Key}` in `{fileName}`: {question.Question.ToLowerInvariant().TrimEnd('?')} (low, medium, high or critical)");
            }
        }
        system ??= systemFallback ?? throw new AssessmentFormatException($"missing `system` in `{fileName}`: the name of the system, such as `support_bot`");
        var assessment = new RiskAssessment(system, answers);
        if (claimedTier is { } claimed && claimed != assessment.Tier)
        {
            throw new AssessmentFormatException($"`tier` in `{fileName}` says `{claimed.Keyword()}` but the answers give `{assessment.Tier.Keyword()}`");
        }
        return assessment;
    }

    private static Tier Level(JsonElement value, string key, string fileName) =>
        value.ValueKind == JsonValueKind.String && TierText.TryParse(value.GetString(), out var tier)
            ? tier
            : throw new AssessmentFormatException($"`{key}` in `{fileName}` must be one of `low`, `medium`, `high`, `critical`, not {Shown(value)}");

    /// <summary>True for a name that can head a pack (<c>pack support_bot.assessment</c>).</summary>
    public static bool IsValidSystemName(string name) => SystemName().IsMatch(name) && !ReservedWords.Contains(name);

    // The expression words the lexer reserves cannot name a pack.
    private static readonly string[] ReservedWords = ["and", "or", "not", "true", "false", "matches", "contains", "in"];

    private static string KeyList => string.Join(", ", RiskQuestionnaire.Questions.Select(q => $"`{q.Key}`"));

    private static string Shown(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"`{value.GetString()}`",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => $"`{value.GetRawText()}`",
    };

    // System.Text.Json messages run to several sentences with type names; the first clause is the useful part.
    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var cut = line.IndexOf(". ", StringComparison.Ordinal);
        line = cut > 0 ? line[..cut] : line.TrimEnd('.');
        return line.Length > 0 ? char.ToLowerInvariant(line[0]) + line[1..] : line;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SystemName();
}
