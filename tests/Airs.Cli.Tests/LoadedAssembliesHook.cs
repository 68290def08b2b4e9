/// <summary>
/// A .NET start-up hook (<c>DOTNET_STARTUP_HOOKS</c>, so in the global namespace, named <c>StartupHook</c>): when the
/// process exits it writes the simple name of every assembly it loaded to the file named by <see cref="LoadedAssembliesHook.Variable"/>.
/// Used by <see cref="Airs.Cli.Tests.StartupTests"/> in a child `airs` process; does nothing in the test run itself.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(LoadedAssembliesHook.Variable) is { Length: > 0 } path)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                File.WriteAllLines(path, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? ""));
        }
    }
}

/// <summary>The contract between <see cref="StartupHook"/> and the tests that read its list.</summary>
internal static class LoadedAssembliesHook
{
    public const string Variable = "AIRS_TEST_LOADED_ASSEMBLIES";
}
