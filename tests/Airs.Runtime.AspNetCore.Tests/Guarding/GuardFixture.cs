using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>A small real policy (compiled from .airs text) behind a real engine on a temporary SQLite file.</summary>
internal sealed class GuardFixture : IAsyncDisposable
{
    /// <summary>The message of airs.injection's guards.</summary>
    public const string InjectionRefusal = "This request looks like a prompt injection and was refused.";

    public const string ToolResultRefusal = "A tool result carried instructions and was dropped.";

    public const string Policy = """
        policy chat_guard {
          version "1.0.0"
          tier low
          owner "tests@example.com"

          tools ["shell.run", "faq.search"]

          use airs.injection

          guard no_email_in on input {
            when pii.found(input.text, [email])
            redact pii.spans(input.text, [email]) with "[EMAIL]"
          }

          guard canary_leak on output {
            when output.text contains "SECRET-CANARY"
            block "Sorry, something went wrong."
          }

          guard no_email_out on output {
            when pii.found(output.text, [email])
            redact pii.spans(output.text, [email]) with "[REDACTED]"
          }

          tool "shell.run" {
            args { command: string }
            writes
          }
          tool "faq.search" {
            args { query: string }
          }

          guard dangerous_command on tool_call {
            when tool.name == "shell.run" and tool.args.command matches /rm\s+-rf/
            block "That command is not allowed."
          }
        }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("airs-guard-").FullName;

    public SqliteAirsStore Store { get; private set; } = null!;

    public PolicyEngine Engine { get; private set; } = null!;

    /// <summary>Every context the engine's guardrails evaluated, in order (decisions and streaming screenings alike).</summary>
    public ConcurrentQueue<(Stage Stage, RequestContext Context)> Evaluated { get; } = new();

    /// <param name="wrap">Puts a wrapper (a <c>FailingStore</c>) between the engine and the SQLite store.</param>
    public static async Task<GuardFixture> CreateAsync(string policy = Policy, Func<IAirsStore, IAirsStore>? wrap = null)
    {
        var compilation = Compilation.FromText(RepositoryPaths.Combine("policies", "examples", "inline.airs"), policy);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
        var fixture = new GuardFixture();
        fixture.Store = await SqliteAirsStore.OpenAsync(Path.Combine(fixture.directory, "airs.db"));
        var recorded = new RecordingPolicy(new InterpretedPolicy(compilation.Policy!), fixture.Evaluated);
        fixture.Engine = await PolicyEngine.CreateAsync(recorded, compilation.Policy!.Spec, wrap?.Invoke(fixture.Store) ?? fixture.Store,
            new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));
        return fixture;
    }

    /// <summary>The decisions the engine audited, as (stage, outcome, user id).</summary>
    public async Task<ImmutableArray<(string Stage, string Outcome, string UserId)>> DecisionsAsync()
    {
        var decisions = ImmutableArray.CreateBuilder<(string, string, string)>();
        await foreach (var record in Store.ReadAuditAsync())
        {
            if (record.Kind == AuditKinds.Decision)
            {
                using var payload = JsonDocument.Parse(record.Payload);
                var root = payload.RootElement;
                decisions.Add((root.GetProperty("stage").GetString()!, root.GetProperty("outcome").GetString()!, root.GetProperty("user_id").GetString()!));
            }
        }
        return decisions.ToImmutable();
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

/// <summary>The real interpreted policy, recording what it was asked: how a test sees which context fields a host set.</summary>
internal sealed class RecordingPolicy(ICompiledPolicy inner, ConcurrentQueue<(Stage, RequestContext)> evaluated) : ICompiledPolicy
{
    public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)
    {
        evaluated.Enqueue((stage, context));
        return inner.Evaluate(stage, context, options);
    }
}

internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root above the test directory");
    }
}
