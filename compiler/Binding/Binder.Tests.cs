using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>The implicit controls that enforce tool permissions and approvals; tests may name them in `expect … by`.</summary>
    private static readonly IReadOnlyList<string> ImplicitControlNames = ImplicitControls.Names;

    private TestIR? BindTest(TestDeclarationSyntax test, PolicySpec spec)
    {
        var name = test.Name.Value as string ?? test.Name.Text;
        var items = ReadBlock(test.Body, $"test \"{name}\"", LanguageSchema.Test);
        var assignments = items.Others.OfType<AssignmentSyntax>().ToList();
        var stage = test.Stage is { } explicitStage ? BindStage(explicitStage) : InferStage(assignments);
        var ok = stage is not null;

        var json = new JsonObject();
        string? toolName = null;
        var toolArgs = new List<(AssignmentSyntax Syntax, string Name, JsonNode? Value)>();
        foreach (var assignment in assignments)
        {
            var path = assignment.Target.Text;
            var value = TestValue(assignment.Value);
            ok &= value.Ok;
            var segments = path.Split('.');
            if (segments.Length == 3 && segments[0] == "tool" && segments[1] == "args")
            {
                toolArgs.Add((assignment, segments[2], value.Node));
                continue;
            }
            if (!ContextSchema.ByPath.ContainsKey(path) && _attributes.TryGetValue(path, out var attribute))
            {
                if (value.Node is not null && !Fits(value.Node, attribute.Type))
                {
                    ok = Fail(DiagnosticCatalog.TypeMismatch(At(assignment.Value), Semantics.AirsType.Of(attribute.Type).ToString(), Describe(value.Node)));
                    continue;
                }
                Group(json, segments[0])[segments[1]] = value.Node;
                continue;
            }
            if (!ContextSchema.ByPath.TryGetValue(path, out var field) || field.Type == FieldType.ToolArgs || ContextSchema.IsDerived(field.Field))
            {
                ok = Fail(field is null ? DiagnosticCatalog.UnknownContextField(At(assignment.Target), path) : DiagnosticCatalog.FieldNotAssignable(At(assignment.Target), path));
                continue;
            }
            if (stage is { } s && !field.Stages.Contains(s))
            {
                ok = Fail(DiagnosticCatalog.FieldNotOnStage(At(assignment.Target), path, s.ToKeyword(),
                    string.Join(", ", field.Stages.OrderBy(x => x).Select(x => $"`{x.ToKeyword()}`"))));
                continue;
            }
            if (value.Node is not null && !Fits(value.Node, field.Type))
            {
                ok = Fail(DiagnosticCatalog.TypeMismatch(At(assignment.Value), TypeName(field.Type), value.Type));
                continue;
            }
            if (field.Field == ContextField.ToolName)
            {
                toolName = value.Node?.GetValue<string>();
            }
            Group(json, segments[0])[segments[1]] = value.Node;
        }
        ok &= BindTestToolArgs(json, toolName, toolArgs);

        var stubs = ImmutableDictionary.CreateBuilder<string, JudgeVerdict>(StringComparer.Ordinal);
        foreach (var stub in items.Others.OfType<JudgeStubSyntax>())
        {
            if (Lookup(stub.Name, SymbolKind.Judge) is null)
            {
                ok = Fail(DiagnosticCatalog.UndeclaredJudge(At(stub.Name), stub.Name.Text));
            }
            if (!JudgeVerdicts.TryParse(stub.Result.Text, out var verdict))
            {
                ok = Fail(DiagnosticCatalog.UnknownJudgeResult(At(stub.Result), stub.Result.Text));
                continue;
            }
            stubs[stub.Name.Text] = verdict;
        }

        var expects = items.Others.OfType<ExpectSyntax>().ToList();
        if (expects.Count == 0)
        {
            Report(DiagnosticCatalog.MissingItem(At(test.Name), $"test \"{name}\"", "an `expect`"));
            return null;
        }
        foreach (var extra in expects.Skip(1))
        {
            Report(DiagnosticCatalog.DuplicateSetting(At(extra.ExpectKeyword), "expect"));
        }
        var expect = expects[0];
        if (!OutcomeLattice.TryParse(expect.Outcome.Text, out var outcome))
        {
            ok = Fail(DiagnosticCatalog.UnknownOutcome(At(expect.Outcome), expect.Outcome.Text));
        }
        var control = expect.Control?.Text;
        if (expect.Control is { } c && !ImplicitControlNames.Contains(c.Text) && Lookup(c, SymbolKind.Guard, SymbolKind.Judge) is null)
        {
            ok = Fail(DiagnosticCatalog.UndeclaredControl(At(c), c.Text));
        }
        if (!ok || stage is null)
        {
            return null;
        }
        RequestContext context;
        try
        {
            context = RequestContext.FromJson(json.ToJsonString());
        }
        catch (ContextFormatException e)
        {
            Report(DiagnosticCatalog.TypeMismatch(At(test.Name), "a valid context", e.Message));
            return null;
        }
        return new TestIR(name, stage.Value, context, stubs.ToImmutable(), outcome, control, LineOf(test.Keyword));
    }

    private bool BindTestToolArgs(JsonObject json, string? toolName, List<(AssignmentSyntax Syntax, string Name, JsonNode? Value)> args)
    {
        if (args.Count == 0)
        {
            return true;
        }
        if (toolName is null || !_tools.TryGetValue(toolName, out var tool))
        {
            foreach (var arg in args)
            {
                Report(DiagnosticCatalog.ToolArgsNotNarrowed(At(arg.Syntax.Target), $"tool.args.{arg.Name}"));
            }
            return false;
        }
        var ok = true;
        var argsObject = new JsonObject();
        foreach (var (syntax, name, value) in args)
        {
            var declared = tool.Args.FirstOrDefault(a => a.Name == name);
            if (declared is null)
            {
                ok = Fail(DiagnosticCatalog.UnknownToolArgument(At(syntax.Target), tool.Name, name));
                continue;
            }
            if (value is not null && !Fits(value, declared.Type))
            {
                ok = Fail(DiagnosticCatalog.TypeMismatch(At(syntax.Value), Semantics.AirsType.Of(declared.Type).ToString(), Describe(value)));
                continue;
            }
            argsObject[name] = value;
        }
        Group(json, "tool")["args"] = argsObject;
        return ok;
    }

    /// <summary>A test's stage when it does not say: the stage whose own fields it sets.</summary>
    private static Stage InferStage(IReadOnlyList<AssignmentSyntax> assignments)
    {
        var roots = assignments.Select(a => a.Target.Text).ToHashSet(StringComparer.Ordinal);
        bool Has(string prefix) => roots.Any(r => r.StartsWith(prefix, StringComparison.Ordinal));
        return Has("message.") ? Stage.AgentMessage
            : Has("tool.result") ? Stage.ToolResult
            : Has("tool.") ? Stage.ToolCall
            : Has("output.") ? Stage.Output
            : Has("retrieval.") && !Has("input.") ? Stage.Retrieval
            : Stage.Input;
    }

    private static JsonObject Group(JsonObject json, string name)
    {
        if (json[name] is not JsonObject group)
        {
            group = new JsonObject();
            json[name] = group;
        }
        return group;
    }

    private (bool Ok, JsonNode? Node, string Type) TestValue(ExpressionSyntax value)
    {
        switch (value)
        {
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.String or SyntaxKind.TextBlock, Token.Value: string s }:
                return (true, JsonValue.Create(s), "string");
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.Number, Token.Value: double d }:
                return (true, JsonValue.Create(d), "number");
            case UnaryExpressionSyntax negative when negative.NumberValue() is { } n:
                return (true, JsonValue.Create(n), "number");
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } b:
                return (true, JsonValue.Create(b.Token.Kind == SyntaxKind.TrueKeyword), "bool");
            case ListExpressionSyntax list:
                var array = new JsonArray();
                foreach (var element in list.Elements)
                {
                    var item = TestValue(element);
                    if (!item.Ok || item.Node is JsonArray)
                    {
                        return (Fail(DiagnosticCatalog.TypeMismatch(At(element), "a string or number", item.Type)), null, "list");
                    }
                    array.Add(item.Node);
                }
                return (true, array, "list");
            case LiteralExpressionSyntax { Token.IsMissing: true }:
                return (false, null, "nothing");
            default:
                return (Fail(DiagnosticCatalog.TypeMismatch(At(value), "a literal value", "an expression")), null, "expression");
        }
    }

    private static bool Fits(JsonNode node, FieldType type) => type switch
    {
        FieldType.String => node is JsonValue v && v.TryGetValue<string>(out _),
        FieldType.Number => node is JsonValue v && v.TryGetValue<double>(out _),
        FieldType.Bool => node is JsonValue v && v.TryGetValue<bool>(out _),
        FieldType.StringList => node is JsonArray a && a.All(i => i is JsonValue v && v.TryGetValue<string>(out _)),
        _ => false,
    };

    private static bool Fits(JsonNode node, ArgType type) => type switch
    {
        ArgType.String => Fits(node, FieldType.String),
        ArgType.Number => Fits(node, FieldType.Number),
        ArgType.Bool => Fits(node, FieldType.Bool),
        ArgType.StringList => Fits(node, FieldType.StringList),
        ArgType.NumberList => node is JsonArray a && a.All(i => i is JsonValue v && v.TryGetValue<double>(out _)),
        _ => false,
    };

    private static string TypeName(FieldType type) => type switch
    {
        FieldType.String => "string",
        FieldType.Number => "number",
        FieldType.Bool => "bool",
        FieldType.StringList => "list<string>",
        _ => "tool arguments",
    };

    private static string Describe(JsonNode node) => node switch
    {
        JsonArray => "list",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<double>(out _) => "number",
        _ => "bool",
    };
}
