namespace Airs.Compiler.Diagnostics;

// AIRS0350–AIRS0399: emission. Every one of these is a compiler bug, not a policy mistake: the binder only
// lets through policies the emitter must be able to compile.
public static partial class DiagnosticCatalog
{
    public static Diagnostic GeneratedCodeError(Location at, string roslynCode, string message, string line) =>
        Error("AIRS0350", at, $"generated code does not compile: {roslynCode} {message}",
            $"this is a compiler bug; the generated line is `{line}`");

    public static Diagnostic GeneratedCodeWarning(Location at, string roslynCode, string message, string line) =>
        Warning("AIRS0351", at, $"generated code has a warning: {roslynCode} {message}",
            $"this is a compiler bug; the generated line is `{line}`");

    public static Diagnostic CannotEmit(Location at, string reason) =>
        Error("AIRS0352", at, $"cannot generate code: {reason}",
            "this is a compiler bug; the interpreter can still evaluate the policy");
}
