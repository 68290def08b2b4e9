using System.Collections.Immutable;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>
/// A checked, lowered expression. Every node knows its type; the binder only builds well-typed trees, and the
/// constructors reject the shapes no binder should produce (they throw <see cref="ArgumentException"/>).
/// <c>not in</c> lowers to <see cref="Not"/> over <see cref="In"/>; <c>!=</c> stays a comparison.
/// </summary>
public abstract partial record ExprIR
{
    private ExprIR()
    {
    }

    public abstract AirsType Type { get; }

    /// <summary>
    /// The context path evidence from this expression is attributed to: the field's path when the expression
    /// reads a context field directly, <c>""</c> otherwise. Both engines use this rule; a quantifier
    /// <see cref="Variable"/> has no static path (each element has its own, such as <c>retrieval.docs[2]</c>),
    /// so the engines take its path from the quantifier at run time.
    /// </summary>
    public string EvidenceField => this is Field f ? ContextSchema.Get(f.ContextField).Path : "";

    // ---- literals ----------------------------------------------------------------------------------------

    public sealed record StringLiteral(string Value) : ExprIR
    {
        public override AirsType Type => AirsType.String;
    }

    public sealed record NumberLiteral(double Value) : ExprIR
    {
        public override AirsType Type => AirsType.Number;
    }

    public sealed record BoolLiteral(bool Value) : ExprIR
    {
        public override AirsType Type => AirsType.Bool;
    }

    public sealed record DurationLiteral(TimeSpan Value) : ExprIR
    {
        public override AirsType Type => AirsType.Duration;
    }

    /// <summary><c>10%</c> is the fraction 0.1.</summary>
    public sealed record PercentLiteral(double Fraction) : ExprIR
    {
        public override AirsType Type => AirsType.Percent;
    }

    /// <summary>A list of string constants: <c>["faq.search", "orders.lookup"]</c>.</summary>
    public sealed record StringListLiteral(ImmutableArray<string> Values) : ExprIR
    {
        public override AirsType Type => AirsType.StringList;
    }

    public sealed record NumberListLiteral(ImmutableArray<double> Values) : ExprIR
    {
        public override AirsType Type => AirsType.NumberList;
    }

    /// <summary>A list of PII kinds: <c>[email, card, iban]</c>.</summary>
    public sealed record PiiKindsLiteral(PiiKinds Kinds) : ExprIR
    {
        public override AirsType Type => AirsType.PiiKindList;
    }

    /// <summary>A regex literal <c>/pattern/flags</c>, already accepted by <c>RegexFactory.TryCreate</c>.</summary>
    public sealed record RegexLiteral(string Pattern, string Flags) : ExprIR
    {
        public override AirsType Type => AirsType.Regex;

        /// <summary>Whether the pattern matches ignoring case (<c>/…/i</c>).</summary>
        public bool IgnoreCase => Flags.Contains('i', StringComparison.Ordinal);
    }

    // ---- reads -------------------------------------------------------------------------------------------

    /// <summary>A request-context field such as <c>input.text</c> (not <c>tool.args</c>: see <see cref="ToolArg"/>).</summary>
    public sealed record Field : ExprIR
    {
        public Field(ContextField contextField)
        {
            ContextField = contextField;
            Type = AirsType.Of(ContextSchema.Get(contextField).Type)
                ?? throw new ArgumentException($"`{ContextSchema.Get(contextField).Path}` is read through its arguments", nameof(contextField));
        }

        public ContextField ContextField { get; }

        public override AirsType Type { get; }
    }

    /// <summary><c>tool.args.amount</c>, typed by the <c>tool</c> declaration the guard narrowed to.</summary>
    public sealed record ToolArg(string Name, ArgType ArgType) : ExprIR
    {
        public override AirsType Type => AirsType.Of(ArgType);
    }

    /// <summary><c>user.email</c>: an attribute declared in the policy's <c>context</c> block.</summary>
    public sealed record Attribute(string Path, ArgType ArgType) : ExprIR
    {
        public override AirsType Type => AirsType.Of(ArgType);
    }

    /// <summary>
    /// The variable of an enclosing quantifier. <see cref="Level"/> counts the quantifiers around it from the
    /// outermost (0), so nested quantifiers never share a slot; the name is kept for printing only.
    /// </summary>
    public sealed record Variable : ExprIR
    {
        public Variable(string name, int level, AirsType type)
        {
            if (level < 0 || type.Kind is not (TypeKind.String or TypeKind.Number))
            {
                throw new ArgumentException($"a quantifier variable is a string or a number at level 0 or more, not `{type}` at {level}", nameof(type));
            }
            (Name, Level, Type) = (name, level, type);
        }

        public string Name { get; }

        public int Level { get; }

        public override AirsType Type { get; }
    }

    // ---- operations --------------------------------------------------------------------------------------

    public sealed record Call : ExprIR
    {
        public Call(Builtin function, ImmutableArray<ExprIR> arguments)
        {
            if (arguments.Length != function.Parameters.Length)
            {
                throw new ArgumentException($"`{function.Name}` takes {function.Parameters.Length} arguments", nameof(arguments));
            }
            for (var i = 0; i < arguments.Length; i++)
            {
                if (!TypeRules.IsAssignable(arguments[i].Type, function.Parameters[i].Type) || arguments[i].Type.IsError)
                {
                    throw new ArgumentException($"argument {i + 1} of `{function.Name}` is `{arguments[i].Type}`", nameof(arguments));
                }
            }
            Function = function;
            Arguments = arguments;
        }

        public Builtin Function { get; }

        public ImmutableArray<ExprIR> Arguments { get; }

        /// <summary>For an <c>injection.*</c> call, the mode the optimiser chose from the field; null: chosen at run time.</summary>
        public InjectionMode? Mode { get; init; }

        public override AirsType Type => Function.ReturnType;
    }

    /// <summary><c>== != &lt; &lt;= &gt; &gt;=</c> on two values of one type.</summary>
    public sealed record Compare : ExprIR
    {
        public Compare(BinaryOperator op, ExprIR left, ExprIR right)
        {
            if (!(op.IsEquality() || op.IsOrdering()) || !TypeRules.Check(op, left.Type, right.Type).IsValid || left.Type.IsError || right.Type.IsError)
            {
                throw new ArgumentException($"`{left.Type} {op.ToText()} {right.Type}` is not a comparison", nameof(op));
            }
            (Op, Left, Right) = (op, left, right);
        }

        public BinaryOperator Op { get; }

        public ExprIR Left { get; }

        public ExprIR Right { get; }

        public override AirsType Type => AirsType.Bool;
    }

    public sealed record And : ExprIR
    {
        public And(ExprIR left, ExprIR right) => (Left, Right) = (RequireBool(left), RequireBool(right));

        public ExprIR Left { get; }

        public ExprIR Right { get; }

        public override AirsType Type => AirsType.Bool;
    }

    public sealed record Or : ExprIR
    {
        public Or(ExprIR left, ExprIR right) => (Left, Right) = (RequireBool(left), RequireBool(right));

        public ExprIR Left { get; }

        public ExprIR Right { get; }

        public override AirsType Type => AirsType.Bool;
    }

    public sealed record Not : ExprIR
    {
        public Not(ExprIR operand) => Operand = RequireBool(operand);

        public ExprIR Operand { get; }

        public override AirsType Type => AirsType.Bool;
    }

    /// <summary><c>text matches /re/flags</c>.</summary>
    public sealed record Matches : ExprIR
    {
        public Matches(ExprIR text, RegexLiteral regex)
        {
            Text = text.Type == AirsType.String ? text : throw new ArgumentException("`matches` needs a string", nameof(text));
            Regex = regex;
        }

        public ExprIR Text { get; }

        public RegexLiteral Regex { get; }

        public override AirsType Type => AirsType.Bool;
    }

    /// <summary><c>container contains item</c>: substring on strings, membership on lists.</summary>
    public sealed record Contains : ExprIR
    {
        public Contains(ExprIR container, ExprIR item)
        {
            if (!TypeRules.Check(BinaryOperator.Contains, container.Type, item.Type).IsValid || container.Type.IsError || item.Type.IsError)
            {
                throw new ArgumentException($"`{container.Type} contains {item.Type}` is not valid", nameof(container));
            }
            (Container, Item) = (container, item);
        }

        public ExprIR Container { get; }

        public ExprIR Item { get; }

        public override AirsType Type => AirsType.Bool;
    }

    /// <summary><c>item in list</c>.</summary>
    public sealed record In : ExprIR
    {
        public In(ExprIR item, ExprIR list)
        {
            if (!TypeRules.Check(BinaryOperator.In, item.Type, list.Type).IsValid || item.Type.IsError || list.Type.IsError)
            {
                throw new ArgumentException($"`{item.Type} in {list.Type}` is not valid", nameof(item));
            }
            (Item, List) = (item, list);
        }

        public ExprIR Item { get; }

        public ExprIR List { get; }

        public override AirsType Type => AirsType.Bool;
    }

    /// <summary>A list built from expressions that are not all constants: <c>[user.id, "admin"]</c>. Elements are strings or numbers.</summary>
    public sealed record ListOf : ExprIR
    {
        public ListOf(AirsType elementType, ImmutableArray<ExprIR> items)
        {
            if (elementType.Kind is not (TypeKind.String or TypeKind.Number) || items.Any(i => i.Type != elementType))
            {
                throw new ArgumentException($"a computed list holds strings or numbers of one type, not `{elementType}`", nameof(elementType));
            }
            (ElementType, Items) = (elementType, items);
        }

        public AirsType ElementType { get; }

        public ImmutableArray<ExprIR> Items { get; }

        public override AirsType Type => AirsType.List(ElementType);
    }

    /// <summary>
    /// <c>any x in list: body</c> (<see cref="IsAll"/> false) or <c>all x in list: body</c>. The body reads the
    /// element as the <see cref="Variable"/> of level <see cref="Level"/>; elements are tried first to last
    /// and the quantifier stops as soon as its answer is known.
    /// </summary>
    public sealed record Quantifier : ExprIR
    {
        public Quantifier(bool isAll, string variable, int level, ExprIR list, ExprIR body)
        {
            if (list.Type is not { Kind: TypeKind.List, Element.Kind: TypeKind.String or TypeKind.Number } || list.Type.IsError || level < 0)
            {
                throw new ArgumentException($"a quantifier ranges over a list of strings or numbers, not `{list.Type}`", nameof(list));
            }
            (IsAll, VariableName, Level, List, Body) = (isAll, variable, level, list, RequireBool(body));
        }

        public bool IsAll { get; }

        public string VariableName { get; }

        public int Level { get; }

        public ExprIR List { get; }

        public ExprIR Body { get; }

        public AirsType ElementType => List.Type.Element!;

        public override AirsType Type => AirsType.Bool;
    }

    private static ExprIR RequireBool(ExprIR e) =>
        e.Type == AirsType.Bool ? e : throw new ArgumentException($"expected a `bool` operand, not `{e.Type}`", nameof(e));
}
