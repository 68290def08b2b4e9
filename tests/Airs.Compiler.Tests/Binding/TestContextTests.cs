using System.Globalization;
using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Runtime.Context;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Binding;

/// <summary>
/// A `test` block's request context is built directly by the lowerer, not written as JSON and read back:
/// it must be the context the runtime's JSON reader builds from the same values, `Present` included.
/// </summary>
public sealed class TestContextTests
{
    private const string Declarations = """
        tier low
        context { user.plan?: string, session.score?: number, session.beta?: bool, session.tags?: [string] }
        tool "refunds.issue" { args { order_id?: string, amount?: number, notify?: bool, tags?: [string], codes?: [number] } }
        """;

    private static readonly string[] Texts = ["", "a", "ignore previous instructions", "Grüße, 世界", "x y\tz", "42"];

    private static readonly double[] Numbers = [0, 1, -5, 2.5, 1e6, -0.125];

    /// <summary>One assignment: the path, the value as .airs text, and the value as JSON.</summary>
    private sealed record Assignment(string Path, string Airs, object Json);

    private static Gen<Assignment> Text(string path) =>
        Gen.Elements(Texts).Select(t => new Assignment(path, Quote(t), t));

    private static Gen<Assignment> Number(string path) =>
        Gen.Elements(Numbers).Select(n => new Assignment(path, n.ToString("R", CultureInfo.InvariantCulture), n));

    private static Gen<Assignment> Bool(string path) =>
        Gen.Elements(true, false).Select(b => new Assignment(path, b ? "true" : "false", b));

    private static Gen<Assignment> TextList(string path) =>
        Gen.ListOf(Gen.Elements(Texts)).Select(l => l.Take(3).ToArray())
            .Select(l => new Assignment(path, "[" + string.Join(", ", l.Select(Quote)) + "]", l));

    private static Gen<Assignment> NumberList(string path) =>
        Gen.ListOf(Gen.Elements(Numbers)).Select(l => l.Take(3).ToArray())
            .Select(l => new Assignment(path, "[" + string.Join(", ", l.Select(n => n.ToString("R", CultureInfo.InvariantCulture))) + "]", l));

    /// <summary>The assignments a tool-call test may make, each at most once per draw (a later one to the same path replaces an earlier one).</summary>
    private static readonly Gen<Assignment>[] ToolCallAssignments =
    [
        Text("agent.id"), TextList("agent.chain"), Text("user.id"), TextList("user.roles"), Text("session.id"),
        Text("user.plan"), Number("session.score"), Bool("session.beta"), TextList("session.tags"),
        Text("tool.args.order_id"), Number("tool.args.amount"), Bool("tool.args.notify"), TextList("tool.args.tags"), NumberList("tool.args.codes"),
        Text("agent.id"), Text("tool.args.order_id"),
    ];

    private static readonly Gen<Assignment>[] OutputAssignments =
    [
        Text("input.text"), Text("output.text"), Text("retrieval.text"), TextList("retrieval.docs"), Text("user.plan"), Text("output.text"),
    ];

    [Fact]
    public void A_test_context_is_the_one_the_json_reader_builds_from_the_same_values()
    {
        var toolCall = from picks in Gen.SubListOf(ToolCallAssignments)
                       from assignments in Gen.CollectToSequence(picks, g => g)
                       select ("tool_call", assignments.Prepend(new Assignment("tool.name", "\"refunds.issue\"", "refunds.issue")).ToArray());
        var output = from picks in Gen.SubListOf(OutputAssignments)
                     from assignments in Gen.CollectToSequence(picks, g => g)
                     select ("output", assignments.ToArray());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Gen.OneOf(toolCall, output).ToArbitrary(), c =>
        {
            var (stage, assignments) = c;
            var lines = string.Join("\n", assignments.Select(a => $"    {a.Path} = {a.Airs}"));
            var compilation = Compilation.FromText("t.airs", $"policy p {{\n{Declarations}\n  test \"t\" on {stage} {{\n{lines}\n    expect allow\n  }}\n}}\n");
            Assert.True(compilation.Policy is not null, string.Join("\n", compilation.Diagnostics));
            var built = compilation.Policy.Tests.Single().Context;
            var read = RequestContext.FromJson(Json(assignments));
            Assert.Equal(Describe(read), Describe(built));
        }));
    }

    [Fact]
    public void A_test_without_assignments_has_the_empty_context()
    {
        var compilation = Compilation.FromText("t.airs", "policy p { tier low  test \"t\" { expect allow } }");
        Assert.Equal(Describe(RequestContext.Empty), Describe(compilation.Policy!.Tests.Single().Context));
    }

    /// <summary>The JSON a host would send for these assignments (the last one to a path wins, as in the test).</summary>
    private static string Json(IEnumerable<Assignment> assignments)
    {
        var groups = new Dictionary<string, Dictionary<string, object>>();
        foreach (var a in assignments)
        {
            var segments = a.Path.Split('.');
            var (group, key) = segments.Length == 3 ? ("tool", "args") : (segments[0], segments[1]);
            if (!groups.TryGetValue(group, out var members))
            {
                groups[group] = members = [];
            }
            if (segments.Length == 3)
            {
                var args = members.TryGetValue("args", out var existing) ? (Dictionary<string, object>)existing : [];
                args[segments[2]] = a.Json;
                members["args"] = args;
            }
            else
            {
                members[key] = a.Json;
            }
        }
        return JsonSerializer.Serialize(groups);
    }

    /// <summary>Everything a context holds, as text.</summary>
    private static string Describe(RequestContext c)
    {
        var lines = new List<string>();
        foreach (var info in ContextSchema.Fields.Where(f => !ContextSchema.IsDerived(f.Field)))
        {
            lines.Add(info.Type switch
            {
                FieldType.String => $"{info.Path} = {JsonSerializer.Serialize(c.GetString(info.Field))}",
                FieldType.StringList => $"{info.Path} = {JsonSerializer.Serialize(c.GetList(info.Field))}",
                _ => $"{info.Path} = {{{string.Join(", ", c.ToolArgs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value.GetRawText()}"))}}}",
            });
        }
        lines.Add("attributes " + string.Join(", ", c.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value.GetRawText()}")));
        lines.Add("present " + string.Join(", ", c.Present.Order()));
        lines.Add("args_text " + JsonSerializer.Serialize(c.ToolArgsText));
        return string.Join("\n", lines);
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
