using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// A type-directed generator of well-typed random policies: every expression is built for the type its
/// position needs, reads only the fields its guard's stage has, and covers every IR case and every action.
/// Seeded, so a failure names the seed that reproduces it.
/// </summary>
internal sealed class RandomPolicies(Random random)
{
    // Shared with RandomContexts, so that comparisons and memberships sometimes hold.
    public static readonly string[] ToolNames = ["orders.refund", "orders.lookup", "faq.search", "files.delete", "mail.send"];
    public static readonly string[] AgentNames = ["planner", "executor", "auditor", "mailer"];
    public static readonly string[] Words = ["refund", "admin", "hello", "SB-CANARY-1", "ignore previous instructions", "jane.doe@example.com", "AKIA", "support", "", "x", "Refund", "élan", "a\"b\\c"];
    public static readonly string[] ArgNames = ["amount", "order_id", "to", "tags", "limits", "force"];
    public static readonly string[] Domains = ["example.com", "bank.example", "evil.test"];
    public static readonly (string Pattern, string Flags)[] Regexes =
    [
        ("ignore (all|any|previous) instructions", "i"), (@"\d{4}", ""), ("^hello", "m"), ("a.b", "s"),
        ("refund|admin", ""), (@"[A-Z]{2}\d{2}", "i"), ("SB-CANARY-\\d+", ""), ("x  y # comment", "x"), ("", ""),
    ];

    // Context attributes a policy may declare; RandomContexts also sends `user.nick`, which none declares.
    public static readonly (string Path, ArgType Type)[] Attributes =
    [
        ("user.email", ArgType.String), ("user.tier", ArgType.String), ("session.channel", ArgType.String),
        ("user.age", ArgType.Number), ("user.beta", ArgType.Bool), ("user.groups", ArgType.StringList),
    ];

    public static readonly string[] OneOfValues = ["free", "pro", "web", "hello", "A-1001", "jane.doe@example.com"];

    private static readonly ArgType[] ArgTypes = Enum.GetValues<ArgType>();
    private static readonly string[] ReviewNames = ["support_review", "fraud_review"];

    private Stage _stage;
    private readonly Dictionary<Stage, ExprIR> _conditions = [];

    // The variables of the quantifiers around the expression being generated; index = level.
    private readonly List<ExprIR.Variable> _variables = [];
    private ImmutableArray<ReviewSpec> _reviews = [];

    public PolicyIR Policy(int index)
    {
        var tools = Subset(ToolNames).Select(name => new ToolSpec(
            name,
            [.. Subset(ArgNames).Select(Arg)],
            random.Next(2) == 0)).ToImmutableArray();
        var agents = random.Next(3) == 0 ? ImmutableArray<AgentSpec>.Empty : Agents();
        var policyTools = agents.IsEmpty ? Subset(ToolNames) : [];
        _reviews = [.. ReviewNames.Take(random.Next(3)).Select(r => new ReviewSpec(r, TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "too late")))];
        var spec = new PolicySpec($"random_{index}", "1.0.0", Pick(Enum.GetValues<Tier>()), null, [], [], _reviews, [], tools, agents, policyTools, [])
        {
            Attributes = [.. Subset(Attributes).Select(a => new AttributeSpec(a.Path, a.Type) { Rules = Rules(a.Type) })],
            Sequences = Sequences(tools),
            MaxDelegationDepth = random.Next(3) == 0 ? random.Next(1, 3) : null,
        };
        var guards = Enumerable.Range(0, random.Next(1, 9)).Select(Guard).ToImmutableArray();
        var conditions = Enumerable.Range(0, random.Next(0, 4)).Select(JudgeCondition).ToImmutableArray();
        return new PolicyIR(spec with { Judges = [.. conditions.Select(JudgeFor)] }, guards, []) { JudgeConditions = conditions };
    }

    /// <summary>A judge's <c>when</c>: any boolean its stage can read.</summary>
    private JudgeConditionIR JudgeCondition(int i)
    {
        _stage = Pick(Stages.All.ToArray());
        return new JudgeConditionIR($"j{i}_{_stage.ToKeyword()}", _stage, Expr(AirsType.Bool, 2));
    }

    private static JudgeSpec JudgeFor(JudgeConditionIR condition) =>
        new(condition.Judge, condition.Judge, condition.Stage, ControlMode.Enforce, "judge", null, 1.0, TimeSpan.FromSeconds(1), true,
            "Is it fine?", new ActionSpec(Outcome.Block), new ActionSpec(Outcome.Allow), []);

    /// <summary>Sequence rules between declared tools, over arguments both declare with one type (as the binder allows).</summary>
    private ImmutableArray<SequenceSpec> Sequences(ImmutableArray<ToolSpec> tools) =>
        tools.IsEmpty || random.Next(2) == 0 ? [] :
        [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var (tool, after) = (Pick(tools.ToArray()), Pick(tools.ToArray()));
            var same = tool.Args.Where(a => after.Args.Any(b => b.Name == a.Name && b.Type == a.Type) && random.Next(2) == 0).Select(a => a.Name);
            return new SequenceSpec(tool.Name, after.Name, [.. same], Pick([TimeSpan.FromMinutes(30), TimeSpan.FromHours(3)]), Pick([SequenceScope.Session, SequenceScope.Chain]));
        })];

    /// <summary>Random rules that fit the type, as the binder allows them: bounds for numbers, a pattern or a set for strings.</summary>
    private ValueRules Rules(ArgType type)
    {
        var rules = new ValueRules { Optional = random.Next(2) == 0, Sensitive = random.Next(4) == 0 };
        if (type is ArgType.Number or ArgType.NumberList && random.Next(2) == 0)
        {
            var min = Pick([-5, 0, 100, 500]);
            rules = rules with { Min = random.Next(2) == 0 ? min : null, Max = random.Next(2) == 0 ? min + Pick([0, 400, 1e300]) : null };
        }
        if (type is ArgType.String or ArgType.StringList && random.Next(2) == 0)
        {
            rules = random.Next(2) == 0
                ? rules with { OneOf = Subset(OneOfValues) }
                : rules with { Pattern = Regex().Pattern, PatternFlags = Pick(Regexes).Flags == "i" ? "i" : "" };
        }
        return rules;
    }

    private ToolArgSpec Arg(string name)
    {
        var type = Pick(ArgTypes);
        return new ToolArgSpec(name, type) { Rules = Rules(type) };
    }

    private ExprIR Attribute(ArgType type) =>
        new ExprIR.Attribute(Pick(Attributes.Where(a => a.Type == type).Select(a => a.Path).ToArray()), type);

    private ImmutableArray<AgentSpec> Agents()
    {
        var names = AgentNames.Take(random.Next(1, AgentNames.Length + 1)).ToArray();
        var grants = names.Select(_ => Subset(ToolNames)).ToArray();
        return [.. names.Select((name, i) => new AgentSpec(
            name,
            grants[i],
            // Delegation only to later agents (no cycles), of tools the delegator holds (never widening), mostly.
            [.. names.Skip(i + 1).Where(_ => random.Next(2) == 0).Select(to => new DelegationSpec(to, random.Next(8) == 0 ? Subset(ToolNames) : Subset(grants[i])))],
            random.Next(2) == 0 ? Subset(grants[i]) : [],
            // Intents are for judges: the compiled and the interpreted guards must not depend on them.
            random.Next(2) == 0 ? null : new IntentSpec($"goal of {name}", [new CriterionSpec("done", "done")], [], grants[i], [],
                Pick(Enum.GetValues<EvaluationFrequency>())))
        {
            Backup = random.Next(3) == 0 ? Pick(names.Where(n => n != name).DefaultIfEmpty().ToArray()) : null,
        })];
    }

    private GuardIR Guard(int i)
    {
        _stage = Pick(Stages.All.ToArray());
        var name = $"g{i}_{_stage.ToKeyword()}";
        // Now and then a guard repeats an earlier condition of its stage (one flags, another redacts), as real policies
        // do: that is what the optimiser's shared detector calls rewrite, so the comparison must meet it every run.
        var condition = _conditions.TryGetValue(_stage, out var earlier) && random.Next(4) == 0 ? earlier : Expr(AirsType.Bool, 3);
        _conditions[_stage] = condition;
        return new GuardIR(
            name,
            random.Next(2) == 0 ? name : $"GR-{i:D2}",
            _stage,
            random.Next(3) == 0 ? ControlMode.Detect : ControlMode.Enforce,
            condition,
            Action(),
            [],
            i + 1);
    }

    private ActionIR Action()
    {
        switch (random.Next(_reviews.IsEmpty ? 6 : 7))
        {
            case 0: return new ActionIR.Block(random.Next(3) == 0 ? null : Pick(["No.", "I can't help with that.", "blocked: \"x\""]));
            case 1: return new ActionIR.Flag(random.Next(2) == 0 ? null : "worth a look");
            case 2: return new ActionIR.Allow();
            case 3: return new ActionIR.Halt();
            case 4:
                var spans = FieldSpans();
                return random.Next(2) == 0 ? new ActionIR.Redact(spans, Pick(["[REDACTED]", "", "***"])) : new ActionIR.Redact(spans, Pick(Enum.GetValues<RedactionStyle>()));
            case 5: return new ActionIR.Pace(Pick(Enum.GetValues<PaceLevel>()));
            default: return new ActionIR.Escalate(Pick(_reviews.Select(r => r.Name).ToArray()));
        }
    }

    /// <summary>An expression of exactly <paramref name="type"/>; <paramref name="depth"/> bounds the nesting.</summary>
    public ExprIR Expr(AirsType type, int depth)
    {
        var leaf = depth <= 0;
        return type.Kind switch
        {
            TypeKind.Bool => Bool(leaf, depth - 1),
            TypeKind.String => String(leaf, depth - 1),
            TypeKind.Number => Number(leaf, depth - 1),
            TypeKind.Duration => Ir.Duration(TimeSpan.FromMilliseconds(Pick([0, 1500, 60_000, 300_000, 14_400_000]))),
            TypeKind.Percent => Ir.Percent(Pick([0, 1, 10, 50, 100, 12.5])),
            TypeKind.Spans => Spans(String(leaf, depth - 1)),
            TypeKind.Regex => Regex(),
            TypeKind.PiiKind or TypeKind.List when type == AirsType.PiiKindList => Kinds(),
            TypeKind.List when type.Element == AirsType.String => StringList(leaf, depth - 1),
            TypeKind.List when type.Element == AirsType.Number => NumberList(leaf, depth - 1),
            _ => throw new ArgumentException($"no generator for `{type}`"),
        };
    }

    private ExprIR Bool(bool leaf, int depth)
    {
        var choice = leaf ? random.Next(4) : random.Next(23);
        return choice switch
        {
            0 => Ir.Bool(random.Next(2) == 0),
            1 => Ir.Compare(Pick([BinaryOperator.Equal, BinaryOperator.NotEqual]), String(true, 0), String(true, 0)),
            2 => Matches(String(true, 0)),
            3 => Detector(String(true, 0)),
            4 => Ir.And(Bool(false, depth - 1), Bool(depth <= 0, depth - 1)),
            5 => Ir.Or(Bool(depth <= 0, depth - 1), Bool(false, depth - 1)),
            6 => Ir.Not(Expr(AirsType.Bool, depth)),
            7 => Ir.Compare(Pick(Enum.GetValues<BinaryOperator>()[..6]), Expr(AirsType.Number, depth), Expr(AirsType.Number, depth)),
            8 => Ir.Compare(Pick(Enum.GetValues<BinaryOperator>()[..6]), Expr(AirsType.Duration, depth), Expr(AirsType.Duration, depth)),
            9 => Ir.Compare(Pick(Enum.GetValues<BinaryOperator>()[..6]), Expr(AirsType.Percent, depth), Expr(AirsType.Percent, depth)),
            10 => Ir.Compare(Pick([BinaryOperator.Equal, BinaryOperator.NotEqual]), Expr(AirsType.Bool, depth), Expr(AirsType.Bool, depth)),
            11 => Ir.Contains(Expr(AirsType.String, depth), Expr(AirsType.String, depth)),
            12 => Ir.Contains(Expr(AirsType.StringList, depth), Expr(AirsType.String, depth)),
            13 => Ir.Contains(Expr(AirsType.NumberList, depth), Expr(AirsType.Number, depth)),
            14 => Ir.In(Expr(AirsType.String, depth), Expr(AirsType.StringList, depth)),
            15 => Ir.In(Expr(AirsType.Number, depth), Expr(AirsType.NumberList, depth)),
            16 => Ir.NotIn(Expr(AirsType.String, depth), Expr(AirsType.StringList, depth)),
            17 when _stage == Stage.ToolCall => Ir.Arg(Pick(ArgNames), ArgType.Bool),
            18 => Matches(Expr(AirsType.String, depth)),
            19 => Quantifier(depth),
            20 => ListDetector(Expr(AirsType.StringList, depth)),
            21 => Attribute(ArgType.Bool),
            _ => Detector(Expr(AirsType.String, depth)),
        };
    }

    /// <summary><c>any</c>/<c>all</c> over a string or number list, with a body that usually reads the variable.</summary>
    private ExprIR Quantifier(int depth)
    {
        var element = random.Next(4) == 0 ? AirsType.Number : AirsType.String;
        var list = Expr(AirsType.List(element), depth);
        var variable = Ir.Var($"x{_variables.Count}", _variables.Count, element);
        _variables.Add(variable);
        var body = random.Next(3) switch
        {
            0 when element == AirsType.String => Detector(variable),
            0 => Ir.Compare(Pick(Enum.GetValues<BinaryOperator>()[..6]), variable, Expr(AirsType.Number, depth - 1)),
            _ => Bool(depth <= 0, depth - 1),
        };
        _variables.RemoveAt(_variables.Count - 1);
        return random.Next(2) == 0 ? Ir.Any(variable.Name, variable.Level, list, body) : Ir.All(variable.Name, variable.Level, list, body);
    }

    /// <summary>A variable of <paramref name="type"/> in scope, sometimes, so bodies read their elements.</summary>
    private ExprIR? InScope(AirsType type)
    {
        var candidates = _variables.Where(v => v.Type == type).ToArray();
        return candidates.Length > 0 && random.Next(2) == 0 ? Pick(candidates) : null;
    }

    private ExprIR ListDetector(ExprIR texts) => random.Next(5) switch
    {
        0 => Ir.Call(BuiltinId.InjectionFoundList, texts),
        1 => Ir.Call(BuiltinId.PiiFoundList, texts, Kinds()),
        2 => Ir.Call(BuiltinId.SecretsFoundList, texts),
        3 => Ir.Call(BuiltinId.ExfilFoundList, texts, Ir.Strings(Subset(Domains).ToArray())),
        _ => Ir.Ge(Ir.Call(BuiltinId.InjectionScoreList, texts), Ir.Num(Pick([0, 0.5, 0.8]))),
    };

    private ExprIR Detector(ExprIR text) => random.Next(4) switch
    {
        0 => Ir.Call(BuiltinId.InjectionFound, text),
        1 => Ir.Call(BuiltinId.PiiFound, text, Kinds()),
        2 => Ir.Call(BuiltinId.SecretsFound, text),
        _ => Ir.Call(BuiltinId.ExfilFound, text, random.Next(2) == 0 ? Ir.Strings(Subset(Domains).ToArray()) : StringList(false, 0)),
    };

    private ExprIR Matches(ExprIR text)
    {
        var regex = Regex();
        return new ExprIR.Matches(text, regex);
    }

    private ExprIR String(bool leaf, int depth) => InScope(AirsType.String) ?? (leaf ? random.Next(2) : random.Next(6)) switch
    {
        0 => Ir.Str(Pick(Words.Concat(ToolNames).Concat(AgentNames).ToArray())),
        1 => StringField() ?? Ir.Str(Pick(Words)),
        2 when _stage == Stage.ToolCall => Ir.Arg(Pick(ArgNames), ArgType.String),
        3 => Ir.Call(BuiltinId.Lower, String(depth <= 0, depth - 1)),
        4 => Attribute(ArgType.String),
        _ => StringField() ?? Ir.Str(Pick(ToolNames)),
    };

    private ExprIR Number(bool leaf, int depth) => InScope(AirsType.Number) ?? (leaf ? random.Next(2) : random.Next(9)) switch
    {
        6 => Ir.Call(BuiltinId.LenSpans, ListSpans(StringList(true, 0))),
        0 => Ir.Num(Pick([0, 0.5, 0.8, 1, 3, 500, 500.5, -2, 1e300])),
        1 => Ir.Call(BuiltinId.InjectionScore, String(true, 0)),
        2 => Ir.Call(BuiltinId.LenString, Expr(AirsType.String, depth)),
        3 => Ir.Call(BuiltinId.LenList, random.Next(2) == 0 ? Expr(AirsType.StringList, depth) : Expr(AirsType.NumberList, depth)),
        4 => Ir.Call(BuiltinId.LenSpans, Expr(AirsType.Spans, depth)),
        5 when _stage == Stage.ToolCall => Ir.Arg(Pick(ArgNames), ArgType.Number),
        7 => Attribute(ArgType.Number),
        _ => Ir.Call(BuiltinId.InjectionScore, Expr(AirsType.String, depth)),
    };

    private ExprIR StringList(bool leaf, int depth) => (leaf ? random.Next(2) : random.Next(5)) switch
    {
        0 => Ir.Strings(Subset(Words.Concat(ToolNames).Concat(AgentNames).ToArray()).ToArray()),
        1 => ListField() ?? Ir.Strings(Subset(ToolNames).ToArray()),
        2 when _stage == Stage.ToolCall => Ir.Arg(Pick(ArgNames), ArgType.StringList),
        4 when random.Next(2) == 0 => Attribute(ArgType.StringList),
        3 => Ir.List([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => String(depth <= 0, depth - 1))]),
        _ => Ir.Strings(Subset(ToolNames).ToArray()),
    };

    private ExprIR NumberList(bool leaf, int depth) => (leaf ? 0 : random.Next(3)) switch
    {
        0 => Ir.Numbers([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick([0, 1, 3, 500, 900.5]))]),
        1 when _stage == Stage.ToolCall => Ir.Arg(Pick(ArgNames), ArgType.NumberList),
        _ => Ir.List([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Number(depth <= 0, depth - 1))]),
    };

    private ExprIR Spans(ExprIR text) => random.Next(5) switch
    {
        0 => Ir.Call(BuiltinId.InjectionSpans, text),
        1 => Ir.Call(BuiltinId.PiiSpans, text, Kinds()),
        2 => Ir.Call(BuiltinId.SecretsSpans, text),
        3 => Ir.Call(BuiltinId.ExfilSpans, text, Ir.Strings(Subset(Domains).ToArray())),
        _ => Ir.Call(BuiltinId.RegexSpans, text, Regex()),
    };

    private ExprIR ListSpans(ExprIR texts) => random.Next(5) switch
    {
        0 => Ir.Call(BuiltinId.InjectionSpansList, texts),
        1 => Ir.Call(BuiltinId.PiiSpansList, texts, Kinds()),
        2 => Ir.Call(BuiltinId.SecretsSpansList, texts),
        3 => Ir.Call(BuiltinId.ExfilSpansList, texts, Ir.Strings(Subset(Domains).ToArray())),
        _ => Ir.Call(BuiltinId.RegexSpansList, texts, Regex()),
    };

    // `redact` spans read a context field directly, so they can be applied. The binder also wants the stage's own text
    // (AIRS0132); any field of the stage here tests that both engines agree on the rest as well.
    private ExprIR FieldSpans() => Spans(StringField() ?? Ir.Str("no field on this stage"));

    private ExprIR.RegexLiteral Regex()
    {
        var (pattern, flags) = Pick(Regexes);
        return Ir.Regex(pattern, flags);
    }

    private ExprIR Kinds() => Ir.Pii(Subset(Enum.GetValues<PiiKinds>().Where(k => k is not (PiiKinds.None or PiiKinds.All)).ToArray())
        .Aggregate(random.Next(10) == 0 ? PiiKinds.All : PiiKinds.None, (a, k) => a | k));

    private ExprIR? StringField() => FieldOf(FieldType.String);

    private ExprIR? ListField() => FieldOf(FieldType.StringList);

    private ExprIR? FieldOf(FieldType type)
    {
        var fields = ContextSchema.Fields.Where(f => f.Type == type && f.Stages.Contains(_stage)).ToArray();
        return fields.Length == 0 ? null : Ir.Field(Pick(fields).Field);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private ImmutableArray<T> Subset<T>(IReadOnlyList<T> items) => [.. items.Where(_ => random.Next(2) == 0)];
}
