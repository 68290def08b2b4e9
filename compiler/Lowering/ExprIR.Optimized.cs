using System.Collections.Immutable;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;

namespace Airs.Compiler.Lowering;

// The nodes only the optimiser (compiler/Optimization) writes: the binder never builds them.
public abstract partial record ExprIR
{
    /// <summary>
    /// One probe for many constant tests on a field: on a text field, does the text hold any of <see cref="Values"/>
    /// (ordinal substring, or ignoring case when <see cref="IgnoreCase"/>)? On a list field, does some element equal one
    /// of them? Records no evidence.
    /// </summary>
    public sealed record Probe : ExprIR
    {
        public Probe(ContextField field, ImmutableArray<string> values, bool ignoreCase = false)
        {
            var type = ContextSchema.Get(field).Type;
            if (type is not (FieldType.String or FieldType.StringList) || values.IsDefaultOrEmpty || (type == FieldType.String && values.Contains(""))
                || (ignoreCase && type != FieldType.String))
            {
                throw new ArgumentException($"a probe reads a text or list field with at least one value (no empty one on text; ignoring case only on text), not `{ContextSchema.Get(field).Path}`", nameof(field));
            }
            (ContextField, Values, IgnoreCase) = (field, values, ignoreCase);
        }

        /// <summary>
        /// Whether a text holds a value ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>): the looser test,
        /// which the optimiser uses when one of the merged tests is a case-insensitive regex's required literal.
        /// </summary>
        public bool IgnoreCase { get; }

        public ContextField ContextField { get; }

        public ImmutableArray<string> Values { get; }

        public bool IsText => ContextSchema.Get(ContextField).Type == FieldType.String;

        public override AirsType Type => AirsType.Bool;

        public bool Equals(Probe? other) => other is not null && ContextField == other.ContextField && IgnoreCase == other.IgnoreCase
            && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

        public override int GetHashCode() => HashCode.Combine(ContextField, Values.Length, IgnoreCase);
    }

    /// <summary>
    /// A detector call that occurs more than once on a stage: both engines run it once per evaluation of the stage
    /// (in <see cref="Slot"/> of the stage's <c>CallMemo</c>) and replay its evidence at every use.
    /// </summary>
    public sealed record Shared : ExprIR
    {
        public Shared(int slot, Call call)
        {
            if (slot < 0 || !call.Function.TakesEvidence || call.Type.Kind is not (TypeKind.Bool or TypeKind.Number or TypeKind.Spans))
            {
                throw new ArgumentException($"only a detector call with a bool, number or spans result is shared, not `{call.Function.Name}`", nameof(call));
            }
            (Slot, Detector) = (slot, call);
        }

        public int Slot { get; }

        public Call Detector { get; }

        public override AirsType Type => Detector.Type;
    }
}
