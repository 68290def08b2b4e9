namespace Airs.Runtime.Context;

/// <summary>The types a request-context field can have.</summary>
public enum FieldType
{
    String,
    Number,
    Bool,
    StringList,
    /// <summary><c>tool.args</c>: typed per tool by the policy's <c>tool</c> declarations.</summary>
    ToolArgs,
}
