using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>
/// Short constructors for IR expressions, for the binder and for tests:
/// <c>Ir.Or(Ir.Ge(Ir.Call("injection.score", Ir.Field("input.text")), Ir.Num(0.8)), Ir.Matches(Ir.Field("input.text"), "ignore", "i"))</c>.
/// </summary>
public static class Ir
{
    public static readonly ExprIR True = new ExprIR.BoolLiteral(true);
    public static readonly ExprIR False = new ExprIR.BoolLiteral(false);

    public static ExprIR Str(string value) => new ExprIR.StringLiteral(value);

    public static ExprIR Num(double value) => new ExprIR.NumberLiteral(value);

    public static ExprIR Bool(bool value) => value ? True : False;

    public static ExprIR Duration(TimeSpan value) => new ExprIR.DurationLiteral(value);

    /// <summary><c>Percent(10)</c> is <c>10%</c>, the fraction 0.1.</summary>
    public static ExprIR Percent(double percent) => new ExprIR.PercentLiteral(percent / 100);

    public static ExprIR Strings(params string[] values) => new ExprIR.StringListLiteral([.. values]);

    public static ExprIR Numbers(params double[] values) => new ExprIR.NumberListLiteral([.. values]);

    public static ExprIR Pii(PiiKinds kinds) => new ExprIR.PiiKindsLiteral(kinds);

    public static ExprIR.RegexLiteral Regex(string pattern, string flags = "") => new(pattern, flags);

    public static ExprIR Field(ContextField field) => new ExprIR.Field(field);

    /// <summary>A field by its path, e.g. <c>"input.text"</c>.</summary>
    public static ExprIR Field(string path) => ContextSchema.ByPath.TryGetValue(path, out var info)
        ? new ExprIR.Field(info.Field)
        : throw new ArgumentException($"unknown context field `{path}`", nameof(path));

    public static ExprIR Arg(string name, ArgType type) => new ExprIR.ToolArg(name, type);

    public static ExprIR Call(BuiltinId id, params ExprIR[] arguments) => new ExprIR.Call(Builtins.Get(id), [.. arguments]);

    /// <summary>A call by name, the overload chosen by the argument types.</summary>
    public static ExprIR Call(string name, params ExprIR[] arguments)
    {
        var resolution = Builtins.Resolve(name, [.. arguments.Select(a => a.Type)]);
        return resolution.Function is { } function
            ? new ExprIR.Call(function, [.. arguments])
            : throw new ArgumentException(resolution.Error, nameof(name));
    }

    public static ExprIR Compare(BinaryOperator op, ExprIR left, ExprIR right) => new ExprIR.Compare(op, left, right);

    public static ExprIR Eq(ExprIR left, ExprIR right) => Compare(BinaryOperator.Equal, left, right);

    public static ExprIR Ne(ExprIR left, ExprIR right) => Compare(BinaryOperator.NotEqual, left, right);

    public static ExprIR Lt(ExprIR left, ExprIR right) => Compare(BinaryOperator.Less, left, right);

    public static ExprIR Le(ExprIR left, ExprIR right) => Compare(BinaryOperator.LessOrEqual, left, right);

    public static ExprIR Gt(ExprIR left, ExprIR right) => Compare(BinaryOperator.Greater, left, right);

    public static ExprIR Ge(ExprIR left, ExprIR right) => Compare(BinaryOperator.GreaterOrEqual, left, right);

    /// <summary><c>a and b and c</c>, grouped to the left as the parser groups it.</summary>
    public static ExprIR And(ExprIR first, params ExprIR[] rest) => rest.Aggregate(first, (l, r) => new ExprIR.And(l, r));

    public static ExprIR Or(ExprIR first, params ExprIR[] rest) => rest.Aggregate(first, (l, r) => new ExprIR.Or(l, r));

    public static ExprIR Not(ExprIR operand) => new ExprIR.Not(operand);

    public static ExprIR Matches(ExprIR text, string pattern, string flags = "") => new ExprIR.Matches(text, Regex(pattern, flags));

    public static ExprIR Contains(ExprIR container, ExprIR item) => new ExprIR.Contains(container, item);

    public static ExprIR In(ExprIR item, ExprIR list) => new ExprIR.In(item, list);

    public static ExprIR NotIn(ExprIR item, ExprIR list) => Not(In(item, list));

    /// <summary>A computed list of strings or numbers (the element type is taken from the first item; empty lists need <see cref="Strings"/>).</summary>
    public static ExprIR List(params ExprIR[] items) => items.Length == 0
        ? throw new ArgumentException("an empty list has no element type; use `Strings()` or `Numbers()`", nameof(items))
        : new ExprIR.ListOf(items[0].Type, [.. items]);

    /// <summary>The variable of the quantifier at <paramref name="level"/> (0 for the outermost).</summary>
    public static ExprIR.Variable Var(string name, int level, AirsType type) => new(name, level, type);

    /// <summary><c>any name in list: body</c>; build the body with <see cref="Var"/> at the same level.</summary>
    public static ExprIR Any(string name, int level, ExprIR list, ExprIR body) => new ExprIR.Quantifier(false, name, level, list, body);

    public static ExprIR All(string name, int level, ExprIR list, ExprIR body) => new ExprIR.Quantifier(true, name, level, list, body);

    public static GuardIR Guard(string name, Stage stage, ExprIR condition, ActionIR action, ControlMode mode = ControlMode.Enforce, string? id = null, int line = 0) =>
        new(name, id ?? name, stage, mode, condition, action, ImmutableArray<string>.Empty, line);
}
