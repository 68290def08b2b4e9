using System.CommandLine;
using System.Text.Json;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Text;
using Airs.Runtime.Bundles;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using Airs.Runtime.Serialization;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs eval &lt;policy&gt; --stage &lt;stage&gt; --context ctx.json [--judge name=fail] [--trace]`: one context through
/// a policy. The decision goes to standard output as JSON; the readable trace goes to standard error.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var policy = new Argument<string?>("policy") { Description = "the policy file (or use --bundle)", Arity = ArgumentArity.ZeroOrOne };
        var bundle = new Option<string?>("--bundle") { Description = "evaluate a built bundle (.airsb) instead of a policy file" };
        var trust = new Option<string[]>("--trust") { Description = "a public key (PEM) whose signatures --bundle accepts" };
        var allowUnsigned = new Option<string?>("--allow-unsigned") { Description = "accept an unsigned --bundle of this policy name" };
        var stage = new Option<string>("--stage") { Description = "input, output, tool_call, tool_result, retrieval or agent_message", Required = true };
        stage.AcceptOnlyFromAmong([.. Stages.All.Select(s => s.ToKeyword())]);
        var context = new Option<string>("--context") { Description = "a JSON file with the request context, or - for standard input", Required = true };
        var judges = new Option<string[]>("--judge") { Description = "stub a judge's verdict: name=pass|fail|error|timeout (judges without a stub pass)", AllowMultipleArgumentsPerToken = false };
        var trace = new Option<bool>("--trace") { Description = "print every control evaluated, fired or not" };
        var command = new Command("eval", "evaluate one request context against a policy") { policy, bundle, trust, allowUnsigned, stage, context, judges, trace };
        command.SetAction(result => Run(console, new Source(result.GetValue(policy), result.GetValue(bundle), result.GetValue(trust) ?? [], result.GetValue(allowUnsigned)),
            result.GetValue(stage)!, result.GetValue(context)!, result.GetValue(judges) ?? [], result.GetValue(trace)));
        return command;
    }

    /// <summary>Where the policy comes from: a source file (interpreted) or a built bundle (compiled).</summary>
    private sealed record Source(string? Policy, string? Bundle, string[] Trust, string? AllowUnsigned);

    private static int Run(CliConsole console, Source source, string stageName, string contextPath, string[] judgeStubs, bool trace)
    {
        if ((source.Policy is null) == (source.Bundle is null))
        {
            throw new UsageException("give either a policy file or `--bundle <file.airsb>`");
        }
        Stages.TryParse(stageName, out var stage);
        var context = ReadContext(contextPath);
        var stubs = ParseStubs(judgeStubs);
        ICompiledPolicy engine;
        PolicySpec spec;
        using var bundle = source.Bundle is { } bundlePath ? LoadBundle(bundlePath, source) : null;
        if (bundle is not null)
        {
            (engine, spec) = (bundle, bundle.Spec);
        }
        else if (CompilationLoader.Load(console, source.Policy!) is { } policy)
        {
            (engine, spec) = (new InterpretedPolicy(policy), policy.Spec);
        }
        else
        {
            return AirsCommand.Problems;
        }
        foreach (var name in stubs.Keys.Where(n => !spec.Judges.Any(j => j.Name == n)))
        {
            throw new UsageException($"`{name}` is not a judge of policy `{spec.Name}`");
        }
        var evaluation = JudgeOutcomes.Decide(engine, spec, stage, context, stubs, new EvaluationOptions(Trace: true));
        console.Out.WriteLine(JsonSerializer.Serialize(new
        {
            policy = spec.Name,
            version = spec.Version,
            engine = bundle is null ? "interpreted" : "compiled",
            stage = stage.ToKeyword(),
            outcome = evaluation.Outcome.ToKeyword(),
            message = evaluation.Message,
            findings = evaluation.Findings,
            redactions = evaluation.Redactions,
            escalations = evaluation.Escalations,
        }, AirsJson.Indented));
        if (trace)
        {
            TracePrinter.Write(console.Error, evaluation);
        }
        return AirsCommand.Ok;
    }

    private static PolicyBundle LoadBundle(string path, Source source)
    {
        try
        {
            return CompiledPolicies.Load(path, source.Trust, source.AllowUnsigned);
        }
        catch (BundleLoadException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static RequestContext ReadContext(string path)
    {
        string json;
        if (path == "-")
        {
            json = Console.In.ReadToEnd();
        }
        else if (File.Exists(path))
        {
            json = PolicyFile.ReadAllText(path, PolicyFile.MaxInputBytes, "an evaluation context");
        }
        else
        {
            throw new UsageException($"`{path}` does not exist");
        }
        try
        {
            return RequestContext.FromJson(json);
        }
        catch (ContextFormatException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    private static Dictionary<string, JudgeVerdict> ParseStubs(string[] stubs)
    {
        var result = new Dictionary<string, JudgeVerdict>(StringComparer.Ordinal);
        foreach (var stub in stubs)
        {
            var parts = stub.Split('=', 2);
            if (parts.Length != 2 || !JudgeVerdicts.TryParse(parts[1], out var verdict))
            {
                throw new UsageException($"`--judge {stub}` must look like `name=pass`, `name=fail`, `name=error` or `name=timeout`");
            }
            result[parts[0]] = verdict;
        }
        return result;
    }
}
