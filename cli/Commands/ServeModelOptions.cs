using System.CommandLine;
using Airs.Runtime.AI.Models;
using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Cli.Commands;

/// <summary>`airs serve --models models.json [--allow-missing-judges]`: the judge models the sidecar calls.</summary>
internal sealed class ServeModelOptions
{
    private readonly Option<string?> models = new("--models") { Description = "a models file (docs/schemas/models.schema.json): judge model name → OpenAI-compatible endpoint" };
    private readonly Option<bool> allowMissing = new("--allow-missing-judges") { Description = "serve a bundle whose judges name a model that is not configured (its judges then fail)" };

    public IEnumerable<Option> All => [models, allowMissing];

    /// <summary>Loads the models file, if given; the caller disposes what it returns.</summary>
    public JudgeModels? Load(ParseResult result)
    {
        if (result.GetValue(models) is not { } path)
        {
            return null;
        }
        try
        {
            return JudgeModels.Load(path);
        }
        catch (ModelsFileException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public SidecarOptions Apply(SidecarOptions options, ParseResult result, JudgeModels? loaded) =>
        options with { Models = loaded, AllowMissingJudges = result.GetValue(allowMissing) };
}
