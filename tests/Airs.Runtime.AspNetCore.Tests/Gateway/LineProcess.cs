using System.Diagnostics;
using System.Threading.Channels;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>A real client process (node, curl) whose standard output is read line by line, each line as soon as it is printed.</summary>
internal sealed class LineProcess : IAsyncDisposable
{
    /// <summary>Only a guard against a hung process: no assertion depends on it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly Task pump;

    public LineProcess(string program, string workingDirectory, params string[] arguments)
        : this(program, workingDirectory, new Dictionary<string, string>(), arguments)
    {
    }

    public LineProcess(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        process = Process.Start(start)!;
        pump = PumpAsync();
    }

    /// <summary>A non-zero exit is an outcome the test checks (<see cref="ExitCode"/>), not a failure of the process.</summary>
    public bool AllowFailure { get; init; }

    /// <summary>Set once the process has exited and its output is read.</summary>
    public int? ExitCode { get; private set; }

    public string StandardError { get; private set; } = "";

    /// <summary>The next non-empty line; throws when the process ended without one.</summary>
    public async Task<string> NextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await lines.Reader.ReadAsync(patience.Token);
    }

    /// <summary>Every remaining line, until the process exits.</summary>
    public async Task<List<string>> RestAsync()
    {
        var rest = new List<string>();
        using var patience = new CancellationTokenSource(Patience);
        await foreach (var line in lines.Reader.ReadAllAsync(patience.Token))
        {
            rest.Add(line);
        }
        return rest;
    }

    private async Task PumpAsync()
    {
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                lines.Writer.TryWrite(line);
            }
        }
        await process.WaitForExitAsync();
        var stderr = await errors;
        ExitCode = process.ExitCode;
        StandardError = stderr;
        lines.Writer.TryComplete(process.ExitCode == 0 || AllowFailure ? null : new InvalidOperationException($"{process.StartInfo.FileName} exited with {process.ExitCode}: {stderr}"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await pump;
        process.Dispose();
    }
}
