using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Parsing;
using Airs.Compiler.Schema;
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

    /// <summary>
    /// Binds a test: each assignment's value is checked against the field, attribute or tool argument it sets
    /// (the lowerer builds the request context from them); null when anything does not bind.
    /// </summary>
    private BoundTest? BindTest(TestDeclarationSyntax test)
    {
        var name = test.Name.Value as string ?? test.Name.Text;
        var items = ReadBlock(test.Body, $"test \"{name}\"", LanguageSchema.Test);
        var assignments = items.Others.OfType<AssignmentSyntax>().ToList();
        var stage = test.Stage is { } explicitStage ? BindStage(explicitStage) : InferStage(assignments);
        var ok = stage is not null;
        var sendStages = new Dictionary<SendSyntax, Stage>();
        foreach (var send in items.Others.OfType<SendSyntax>())
        {
            if (send.Stage is { } sendStage)
            {
                if (BindStage(sendStage) is { } bound)
                {
                    sendStages[send] = bound;
                }
                else
                {
                    ok = false;
                }
            }
        }
        // A field may be set for the expected request's stage or for the stage of any `send`.
        var stages = sendStages.Values.Append(stage ?? Stage.Input).ToHashSet();
        var after = new Dictionary<AssignmentSyntax, (int Fields, int Attributes, int ToolArgsFrom, int ToolArgs)>();
        var toolArgsFrom = 0; // a second `tool.name` starts a new call: the arguments set before it are the earlier call's

        var fields = ImmutableArray.CreateBuilder<(ContextField, object)>();
        var attributes = ImmutableArray.CreateBuilder<(string, object)>();
        string? toolName = null;
        var toolArgs = new List<(AssignmentSyntax Syntax, string Name, object? Value, string? Tool)>();
        foreach (var assignment in assignments)
        {
            ok &= BindTestAssignment(assignment);
            after[assignment] = (fields.Count, attributes.Count, toolArgsFrom, toolArgs.Count);
        }

        bool BindTestAssignment(AssignmentSyntax assignment)
        {
            var fine = true;
            var path = assignment.Target.Text;
            var value = TestValue(assignment.Value);
            fine &= value.Ok;
            var segments = path.Split('.');
            if (segments.Length == 3 && segments[0] == "tool" && segments[1] == "args")
            {
                // Narrowed by the tool named before it (a sequence may call several), else by the test's last one.
                toolArgs.Add((assignment, segments[2], value.Literal, toolName));
                return fine;
            }
            if (!ContextSchema.ByPath.ContainsKey(path) && _attributes.TryGetValue(path, out var attribute))
            {
                if (value.Literal is not null && !Fits(value.Literal, attribute.Type))
                {
                    fine = Fail(DiagnosticCatalog.TypeMismatch(At(assignment.Value), Semantics.AirsType.Of(attribute.Type).ToString(), DescribeValue(value.Literal)));
                    return fine;
                }
                if (value.Literal is not null)
                {
                    attributes.Add((path, value.Literal));
                }
                return fine;
            }
            if (!ContextSchema.ByPath.TryGetValue(path, out var field) || field.Type == FieldType.ToolArgs || ContextSchema.IsDerived(field.Field))
            {
                fine = Fail(field is null ? DiagnosticCatalog.UnknownContextField(At(assignment.Target), path) : DiagnosticCatalog.FieldNotAssignable(At(assignment.Target), path));
                return fine;
            }
            if (stage is { } s && !stages.Any(field.Stages.Contains))
            {
                fine = Fail(DiagnosticCatalog.FieldNotOnStage(At(assignment.Target), path, s.ToKeyword(),
                    string.Join(", ", field.Stages.OrderBy(x => x).Select(x => $"`{x.ToKeyword()}`"))));
                return fine;
            }
            if (value.Literal is not null && !Fits(value.Literal, field.Type))
            {
                fine = Fail(DiagnosticCatalog.TypeMismatch(At(assignment.Value), TypeName(field.Type), value.Type));
                return fine;
            }
            if (field.Field == ContextField.ToolName)
            {
                if (toolName is not null)
                {
                    toolArgsFrom = toolArgs.Count;
                }
                toolName = value.Literal as string;
            }
            if (field.Field == ContextField.WorkflowPoint && value.Literal is string point && !EvaluationPoints.TryParse(point, out _))
            {
                fine = Fail(DiagnosticCatalog.UnknownEnumMember(At(assignment.Value), point, "workflow point", EvaluationPoints.Table.Keywords));
                return fine;
            }
            if (field.Field == ContextField.OutputTokens && value.Literal is double tokens && tokens < 0)
            {
                // The test's limits would add it up: a negative count takes spent tokens back (the engine refuses one).
                fine = Fail(DiagnosticCatalog.InvalidNumber(At(assignment.Value), "`output.tokens`", "a count of at least 0"));
                return fine;
            }
            if (value.Literal is not null)
            {
                fields.Add((field.Field, value.Literal));
            }
            return fine;
        }

        var boundArgs = BindTestToolArgs(toolName, toolArgs);
        ok &= boundArgs is not null;
        var steps = BindTestSteps(items, stage ?? Stage.Input, sendStages, after, ref ok);

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
            // Two answers for one judge contradict each other: the test would pass or fail on whichever came last.
            if (!stubs.TryAdd(stub.Name.Text, verdict))
            {
                ok = Fail(DiagnosticCatalog.DuplicateSetting(At(stub.Name), $"judge {stub.Name.Text} returns"));
            }
        }

        var expects = items.Others.OfType<ExpectSyntax>().ToList();
        if (expects.Count == 0)
        {
            Report(DiagnosticCatalog.MissingItem(At(test.Name), $"test \"{name}\"", "expect"));
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
        if (expect.Control is { } c && !ImplicitControlNames.Contains(c.Text) && Lookup(c, SymbolKind.Guard, SymbolKind.Judge, SymbolKind.Limit, SymbolKind.Breaker) is null)
        {
            ok = Fail(DiagnosticCatalog.UndeclaredControl(At(c), c.Text));
        }
        if (!ok || stage is null)
        {
            return null;
        }
        return new BoundTest(_tree, test, name, stage.Value, fields.ToImmutable(), boundArgs!.Value[toolArgsFrom..], attributes.ToImmutable(),
            stubs.ToImmutable(), outcome, control)
        {
            Steps = steps,
            AllToolArgs = boundArgs.Value,
        };
    }

    /// <summary>The test's <c>send</c> and <c>wait</c> items in order, each <c>send</c> with the assignments made before it.</summary>
    private ImmutableArray<BoundTestStep> BindTestSteps(BlockItems items, Stage stage, Dictionary<SendSyntax, Stage> sendStages,
        Dictionary<AssignmentSyntax, (int Fields, int Attributes, int ToolArgsFrom, int ToolArgs)> after, ref bool ok)
    {
        var steps = ImmutableArray.CreateBuilder<BoundTestStep>();
        var made = (Fields: 0, Attributes: 0, ToolArgsFrom: 0, ToolArgs: 0);
        var waited = TimeSpan.Zero;
        foreach (var item in items.Others)
        {
            switch (item)
            {
                case AssignmentSyntax assignment when after.TryGetValue(assignment, out var counts):
                    made = counts;
                    break;
                case SendSyntax send:
                    var times = 1;
                    if (send.Count is { } count)
                    {
                        if (count.Value is double n && n >= 1 && n <= MaxSends && n == Math.Floor(n))
                        {
                            times = (int)n;
                        }
                        else
                        {
                            ok = Fail(DiagnosticCatalog.InvalidNumber(At(count), "the number of requests a test sends", $"a whole number from 1 to {MaxSends}"));
                        }
                    }
                    steps.Add(new BoundTestStep(sendStages.GetValueOrDefault(send, stage), times, TimeSpan.Zero, made.Fields, made.Attributes, made.ToolArgsFrom, made.ToolArgs));
                    break;
                case WaitSyntax wait:
                    var duration = wait.Duration is LiteralExpressionSyntax { Token.Value: TimeSpan d } ? d : TimeSpan.Zero;
                    waited += duration;
                    if (duration <= TimeSpan.Zero)
                    {
                        ok = Fail(DiagnosticCatalog.InvalidNumber(At(wait.Duration), "a test's `wait`", "a positive duration such as `1m`"));
                    }
                    else if (waited > Lexer.MaxDuration)
                    {
                        // The test's clock, like any duration, stays within 100 years of its start (AIRS0012).
                        ok = Fail(DiagnosticCatalog.InvalidNumber(At(wait.Duration), "a test's `wait`s", "at most 100 years in all"));
                    }
                    else
                    {
                        steps.Add(new BoundTestStep(stage, 0, duration, made.Fields, made.Attributes, made.ToolArgsFrom, made.ToolArgs));
                    }
                    break;
            }
        }
        return steps.ToImmutable();
    }

    /// <summary>Bounds what one test may ask of <c>airs test</c>: every sent request is decided.</summary>
    private const int MaxSends = 100_000;

    /// <summary>The values a test gives the narrowed tool's arguments, checked against its declaration; null if any does not check.</summary>
    private ImmutableArray<(string, object)>? BindTestToolArgs(string? lastTool, List<(AssignmentSyntax Syntax, string Name, object? Value, string? Tool)> args)
    {
        var ok = true;
        var bound = ImmutableArray.CreateBuilder<(string, object)>();
        foreach (var (syntax, name, value, toolName) in args)
        {
            if ((toolName ?? lastTool) is not { } narrowed || !_tools.TryGetValue(narrowed, out var tool))
            {
                ok = Fail(DiagnosticCatalog.ToolArgsNotNarrowed(At(syntax.Target), $"tool.args.{name}"));
                continue;
            }
            var declared = tool.Args.FirstOrDefault(a => a.Name == name);
            if (declared is null)
            {
                ok = Fail(DiagnosticCatalog.UnknownToolArgument(At(syntax.Target), tool.Name, name));
                continue;
            }
            if (value is not null && !Fits(value, declared.Type))
            {
                ok = Fail(DiagnosticCatalog.TypeMismatch(At(syntax.Value), Semantics.AirsType.Of(declared.Type).ToString(), DescribeValue(value)));
                continue;
            }
            if (value is not null)
            {
                bound.Add((name, value));
            }
        }
        return ok ? bound.ToImmutable() : null;
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

    /// <summary>A test's literal value: a string, a number (double), a bool, or a list of those (<see cref="ImmutableArray{T}"/> of object).</summary>
    private (bool Ok, object? Literal, string Type) TestValue(ExpressionSyntax value)
    {
        switch (value)
        {
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.String or SyntaxKind.TextBlock, Token.Value: string s }:
                return (true, s, "string");
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.Number, Token.Value: double d }:
                return (true, d, "number");
            case UnaryExpressionSyntax negative when negative.NumberValue() is { } n:
                return (true, n, "number");
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } b:
                return (true, b.Token.Kind == SyntaxKind.TrueKeyword, "bool");
            case ListExpressionSyntax list:
                var array = ImmutableArray.CreateBuilder<object>();
                foreach (var element in list.Elements)
                {
                    var item = TestValue(element);
                    if (!item.Ok || item.Literal is ImmutableArray<object>)
                    {
                        return (Fail(DiagnosticCatalog.TypeMismatch(At(element), "a string or number", item.Type)), null, "list");
                    }
                    array.Add(item.Literal!);
                }
                return (true, array.ToImmutable(), "list");
            case LiteralExpressionSyntax { Token.IsMissing: true }:
                return (false, null, "nothing");
            default:
                return (Fail(DiagnosticCatalog.TypeMismatch(At(value), "a literal value", "an expression")), null, "expression");
        }
    }

    private static bool Fits(object value, FieldType type) => type switch
    {
        FieldType.String => value is string,
        FieldType.Number => value is double,
        FieldType.Bool => value is bool,
        FieldType.StringList => value is ImmutableArray<object> a && a.All(i => i is string),
        _ => false,
    };

    private static bool Fits(object value, ArgType type) => type switch
    {
        ArgType.String => Fits(value, FieldType.String),
        ArgType.Number => Fits(value, FieldType.Number),
        ArgType.Bool => Fits(value, FieldType.Bool),
        ArgType.StringList => Fits(value, FieldType.StringList),
        ArgType.NumberList => value is ImmutableArray<object> a && a.All(i => i is double),
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

    private static string DescribeValue(object value) => value switch
    {
        ImmutableArray<object> => "list",
        string => "string",
        double => "number",
        _ => "bool",
    };
}
