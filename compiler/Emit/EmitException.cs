namespace Airs.Compiler.Emit;

/// <summary>An IR shape the emitter cannot generate code for; reported as a diagnostic, never thrown out of <see cref="PolicyEmitter"/>.</summary>
internal sealed class EmitException(string message) : Exception(message);
