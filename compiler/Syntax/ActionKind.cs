namespace Airs.Compiler.Syntax;

/// <summary>What an action does; the outcome actions follow the lattice order.</summary>
public enum ActionKind
{
    Allow,
    Flag,
    Redact,
    Escalate,
    Block,
    Halt,
    Pace,
}
