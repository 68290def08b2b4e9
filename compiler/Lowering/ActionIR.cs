using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>What a guard does when its condition holds.</summary>
public abstract record ActionIR
{
    private ActionIR()
    {
    }

    /// <summary>The outcome the action asks for; <c>pace</c> flags the decision (the pipeline moves PACE).</summary>
    public abstract Outcome Outcome { get; }

    /// <summary>The message shown to the user, for block and flag.</summary>
    public virtual string? Message => null;

    public sealed record Block(string? Text) : ActionIR
    {
        public override Outcome Outcome => Outcome.Block;

        public override string? Message => Text;
    }

    public sealed record Flag(string? Text) : ActionIR
    {
        public override Outcome Outcome => Outcome.Flag;

        public override string? Message => Text;
    }

    public sealed record Allow : ActionIR
    {
        public override Outcome Outcome => Outcome.Allow;
    }

    public sealed record Halt : ActionIR
    {
        public override Outcome Outcome => Outcome.Halt;
    }

    /// <summary><c>escalate support_review</c>: the review queue must be declared.</summary>
    public sealed record Escalate(string Review) : ActionIR
    {
        public override Outcome Outcome => Outcome.Escalate;
    }

    /// <summary>
    /// <c>redact spans with "literal"</c> or <c>redact spans with mask</c>: exactly one of
    /// <see cref="Replacement"/> and <see cref="Style"/> is set. The spans expression must read a context
    /// field directly (<c>pii.spans(output.text, …)</c>), or its redactions would have nowhere to apply.
    /// </summary>
    public sealed record Redact : ActionIR
    {
        public Redact(ExprIR spans, string replacement)
            : this(spans, replacement, null)
        {
        }

        public Redact(ExprIR spans, RedactionStyle style)
            : this(spans, null, style)
        {
        }

        private Redact(ExprIR spans, string? replacement, RedactionStyle? style)
        {
            if (spans.Type != Semantics.AirsType.Spans)
            {
                throw new ArgumentException($"`redact` needs spans, not `{spans.Type}`", nameof(spans));
            }
            (Spans, Replacement, Style) = (spans, replacement, style);
        }

        public ExprIR Spans { get; }

        public string? Replacement { get; }

        public RedactionStyle? Style { get; }

        public override Outcome Outcome => Outcome.Redact;
    }

    /// <summary><c>pace alternate</c>: asks the pipeline to move down to a PACE level.</summary>
    public sealed record Pace(PaceLevel Level) : ActionIR
    {
        public override Outcome Outcome => Outcome.Flag;
    }
}
