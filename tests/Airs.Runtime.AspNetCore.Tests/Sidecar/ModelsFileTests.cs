using Airs.Runtime.AI.Models;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>The models file is checked against docs/schemas/models.schema.json, with one line per problem: file, JSON path, message.</summary>
public sealed class ModelsFileTests
{
    private static readonly Func<string, string?> Environment = name => name == "OPENAI_API_KEY" ? "sk-live-abcdefghijklmnop" : null;

    private static IReadOnlyList<ModelsFileError> Errors(string json) =>
        Assert.Throws<ModelsFileException>(() => JudgeModels.Parse(json, "models.json", Environment)).Errors;

    [Fact]
    public void A_valid_file_gives_one_client_per_model()
    {
        using var models = JudgeModels.Parse("""
            {"models": {
              "judge": {"endpoint": "https://api.openai.com/v1", "model": "gpt-4o-mini", "apiKeyEnv": "OPENAI_API_KEY"},
              "local": {"endpoint": "http://127.0.0.1:11434/v1", "model": "llama3.1", "provider": "ollama"}
            }}
            """, "models.json", Environment);

        Assert.Equal(["judge", "local"], models.All.Select(m => m.Name));
        Assert.NotNull(models.GetClient("judge"));
        Assert.Null(models.GetClient("other"));
        Assert.Equal(("ollama", null), (models.All[1].Provider, models.All[1].ApiKeyEnv));
    }

    [Theory]
    [InlineData("""{"models": {"judge": {"model": "m"}}}""", "$.models.judge.endpoint", "is required")]
    [InlineData("""{"models": {"judge": {"endpoint": "ftp://x", "model": "m"}}}""", "$.models.judge.endpoint", "must match `^https?://[^\\s]+$`")]
    [InlineData("""{"models": {"judge": {"endpoint": "https://x/v1", "model": ""}}}""", "$.models.judge.model", "must not be empty")]
    [InlineData("""{"models": {"judge": {"endpoint": "https://x/v1", "model": 4}}}""", "$.models.judge.model", "must be a string, not a number")]
    [InlineData("""{"models": {"judge": {"endpoint": "https://x/v1", "model": "m", "temperature": 0}}}""", "$.models.judge.temperature",
        "is not a known property; use `endpoint`, `model`, `apiKeyEnv`, `provider`")]
    [InlineData("""{"models": {"judge": {"endpoint": "https://x/v1", "model": "m", "apiKeyEnv": "MISSING_KEY"}}}""", "$.models.judge.apiKeyEnv",
        "the environment variable `MISSING_KEY` is not set")]
    [InlineData("""{"models": {}}""", "$.models", "must not be empty")]
    [InlineData("""{"judge": {}}""", "$.judge", "is not a known property; use `$schema`, `models`")]
    [InlineData("""[]""", "$", "must be an object, not an array")]
    [InlineData("""{"models": {"bad name": {"endpoint": "https://x/v1", "model": "m"}}}""", "$.models[\"bad name\"]", "the name must match `^[A-Za-z_][A-Za-z0-9_.-]*$`")]
    [InlineData("""{"models": {"judge": {"endpoint": "https://x/v1", "model": "m", "model": "n"}}}""", "$.models.judge.model", "appears twice")]
    [InlineData("""{"models": """, "$", "not valid JSON (line 1, byte 12)")]
    public void Each_problem_is_reported_with_its_path(string json, string path, string message)
    {
        var error = Errors(json).First(e => e.Path == path);
        Assert.Equal(("models.json", message), (error.File, error.Message));
        Assert.Equal($"models.json: {path}: {message}", error.ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors("""{"models": {"a": {"model": 1}, "b": {"endpoint": "https://x", "model": "m", "x": 1}}}""");
        Assert.Equal(["$.models.a.model", "$.models.a.endpoint", "$.models.b.x"], errors.Select(e => e.Path));
    }

    [Fact]
    public void A_key_written_into_the_file_is_refused_and_never_repeated()
    {
        const string Secret = "sk-live-do-not-print-me";
        var errors = Errors("""{"models": {"judge": {"endpoint": "https://x/v1", "model": "m", "apiKey": "SECRET", "apiKeyEnv": "SECRET"}}}""".Replace("SECRET", Secret));

        Assert.Equal(
            ["models.json: $.models.judge.apiKey: an API key never goes in this file: put it in an environment variable and name that variable in `apiKeyEnv`",
             "models.json: $.models.judge.apiKeyEnv: must match `^[A-Za-z_][A-Za-z0-9_]*$`"],
            errors.Select(e => e.ToString()));
        Assert.DoesNotContain(Secret, new ModelsFileException(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_clear_error()
    {
        var path = Path.Combine(SidecarTestHost.NewDirectory(), "nope.json");
        var error = Assert.Single(Assert.Throws<ModelsFileException>(() => JudgeModels.Load(path)).Errors);
        Assert.Equal($"{path}: $: the file does not exist", error.ToString());
    }

    [Fact]
    public void The_embedded_schema_is_the_published_one_and_the_docs_example_passes_it()
    {
        var published = File.ReadAllText(Path.Combine(SidecarTestHost.RepoRoot(), "docs", "schemas", "models.schema.json"));
        Assert.Equal(published, JudgeModels.SchemaText);

        var docs = File.ReadAllText(Path.Combine(SidecarTestHost.RepoRoot(), "docs", "sidecar.md"));
        var start = docs.IndexOf("```json models.json", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/sidecar.md has a ```json models.json example");
        var body = docs[(docs.IndexOf('\n', start) + 1)..docs.IndexOf("```", start + 3, StringComparison.Ordinal)];
        using var models = JudgeModels.Parse(body, "docs/sidecar.md", Environment);
        Assert.NotNull(models.GetClient("judge"));
    }
}
