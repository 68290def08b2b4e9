namespace Airs.Compiler.Binding;

public enum SymbolKind
{
    Policy,
    Pack,
    Guard,
    Judge,
    Review,
    Breaker,
    Agent,
    Tool,
    Model,
    Test,
    Limit,
    Workflow,
}
