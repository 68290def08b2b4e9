namespace Airs.Compiler.Reporting;

/// <summary>An answers file that cannot be used; the message is one line that names the offending key.</summary>
public sealed class AssessmentFormatException(string message) : Exception(message);
