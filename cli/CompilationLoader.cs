using Airs.Compiler.Binding;
using Airs.Compiler.Lowering;

namespace Airs.Cli;

/// <summary>Compiles one policy file for a command that needs a checked policy, printing the diagnostics otherwise.</summary>
public static class CompilationLoader
{
    public static PolicyIR? Load(CliConsole console, string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"`{path}` does not exist");
        }
        var compilation = Compilation.FromFile(path);
        foreach (var diagnostic in compilation.Diagnostics.Where(d => d.IsError))
        {
            DiagnosticFormatter.WriteText(console.Error, diagnostic);
        }
        return compilation.Policy;
    }
}
