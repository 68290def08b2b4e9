using System.CommandLine;
using Airs.Compiler.Text;

namespace Airs.Cli;

/// <summary>
/// The `airs` command line. Exit codes: 0 success, 1 problems found (errors, failed tests), 2 usage.
/// This part is shared by the managed tool and the native front end (cli/Native); which commands a root holds is
/// decided in AirsCommand.Managed.cs and cli/Native respectively.
/// </summary>
public static partial class AirsCommand
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    public const string Description = "AirsPolicy: runtime-security policies for AI systems";

    /// <summary>Parses and runs one command line against <paramref name="root"/>, turning failures into exit codes.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }
            error.WriteLine("run `airs --help` for usage");
            return Usage;
        }
        try
        {
            // Exceptions must reach the handlers below: the library's default handler prints a stack trace and exits 1.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {PrintableText.Escape(e.Message)}");
            return Usage;
        }
        catch (PolicyFileException e)
        {
            // A named file that is not a regular file of at most PolicyFile.MaxBytes (/dev/zero, a FIFO): refused as a path is.
            error.WriteLine($"error: {PrintableText.Escape(e.Message)}");
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Airs.Runtime.Stores.AirsStoreException)
        {
            error.WriteLine($"error: {PrintableText.Escape(e.Message)}");
            return Problems;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The last line of defence: a bug must still come out as one line, never a stack trace.
            error.WriteLine($"internal error: {PrintableText.Escape(e.Message)} (this is a bug in airs; please report it with the input that caused it)");
            return InternalError;
        }
    }
}

/// <summary>A mistake in how the command was called: reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where a command writes: standard output for results, standard error for diagnostics and traces.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
