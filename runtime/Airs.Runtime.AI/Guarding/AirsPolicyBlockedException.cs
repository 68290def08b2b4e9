using Airs.Runtime.Engine;

namespace Airs.Runtime.AI.Guarding;

/// <summary>A policy refused a chat request or its response (blocked, halted or held for review).</summary>
public sealed class AirsPolicyBlockedException : Exception
{
    public AirsPolicyBlockedException(Decision decision, string message)
        : base(message)
    {
        Decision = decision;
    }

    /// <summary>The decision that refused: its outcome, findings, review ticket and audit id.</summary>
    public Decision Decision { get; }
}
