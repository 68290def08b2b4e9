using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Airs.Runtime.Tests.HouseRules;

/// <summary>
/// Finds calls the runtime assemblies must not make, by binding their sources with Roslyn: the console, blocking
/// waits, the wall clock instead of the injected <see cref="TimeProvider"/>, and regexes built without
/// <see cref="RegexOptions.NonBacktracking"/> (a policy regex must run in linear time).
/// </summary>
internal static class BannedApis
{
    public sealed record Violation(string File, int Line, string Api, string Why)
    {
        public override string ToString() => $"{File}:{Line}: {Api}: {Why}";
    }

    private const string Blocks = "blocks a thread on async work; await it";
    private const string Clock = "reads the wall clock; use the injected TimeProvider";

    // (type, member or null for every member, why). Types are written as Roslyn displays their definitions.
    private static readonly (string Type, string? Member, string Why)[] Banned =
    [
        ("System.Console", null, "the host owns the console; runtime code logs through ILogger"),
        ("System.Threading.Thread", "Sleep", "blocks a thread; await Task.Delay with the injected TimeProvider"),
        ("System.Threading.Tasks.Task", "Wait", Blocks),
        ("System.Threading.Tasks.Task", "WaitAll", Blocks),
        ("System.Threading.Tasks.Task", "WaitAny", Blocks),
        ("System.Threading.Tasks.Task<TResult>", "Result", Blocks),
        ("System.Threading.Tasks.ValueTask<TResult>", "Result", Blocks),
        ("System.Runtime.CompilerServices.TaskAwaiter", "GetResult", Blocks),
        ("System.Runtime.CompilerServices.TaskAwaiter<TResult>", "GetResult", Blocks),
        ("System.Runtime.CompilerServices.ValueTaskAwaiter<TResult>", "GetResult", Blocks),
        ("System.Runtime.CompilerServices.ConfiguredTaskAwaitable.ConfiguredTaskAwaiter", "GetResult", Blocks),
        ("System.Runtime.CompilerServices.ConfiguredTaskAwaitable<TResult>.ConfiguredTaskAwaiter", "GetResult", Blocks),
        ("System.DateTime", "Now", Clock),
        ("System.DateTime", "UtcNow", Clock),
        ("System.DateTime", "Today", Clock),
        ("System.DateTimeOffset", "Now", Clock),
        ("System.DateTimeOffset", "UtcNow", Clock),
        ("System.Environment", "Exit", "a library never ends its host's process"),
    ];

    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private const string Linear = "builds a regex without RegexOptions.NonBacktracking; write the option where the regex is built";

    // Names worth binding: the banned ones, and every static Regex API that takes a pattern.
    private static readonly ImmutableHashSet<string> Triggers = [.. Banned.Select(b => b.Member ?? b.Type.Split('.')[^1]),
        "Regex", "IsMatch", "Match", "Matches", "Replace", "Split", "Count", "EnumerateMatches", "EnumerateSplits"];

    /// <summary>The sources of every project under <c>runtime/</c>, compiled together.</summary>
    public static CSharpCompilation Runtime(string repositoryRoot)
    {
        var files = Directory.EnumerateFiles(Path.Combine(repositoryRoot, "runtime"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal);
        return Compile(files.Select(f => (Path.GetRelativePath(repositoryRoot, f), File.ReadAllText(f))));
    }

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        const string ImplicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs"));
        return CSharpCompilation.Create("HouseRules", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>Every banned use in the compilation; <paramref name="regexBuilds"/> counts the regex constructions checked.</summary>
    public static IReadOnlyList<Violation> Find(CSharpCompilation compilation, out int regexBuilds)
    {
        var found = new List<Violation>();
        regexBuilds = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case IdentifierNameSyntax name when Triggers.Contains(name.Identifier.ValueText):
                        CheckName(model, name, found, ref regexBuilds);
                        break;
                    case ImplicitObjectCreationExpressionSyntax creation:
                        CheckRegexBuild(model, creation, found, ref regexBuilds);
                        break;
                    case AttributeSyntax attribute:
                        CheckGeneratedRegex(model, attribute, found, ref regexBuilds);
                        break;
                }
            }
        }
        return found;
    }

    private static void CheckName(SemanticModel model, IdentifierNameSyntax name, List<Violation> found, ref int regexBuilds)
    {
        var info = model.GetSymbolInfo(name);
        var symbols = info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols;
        if (symbols.IsEmpty)
        {
            // Fail closed: a name that might be banned and does not bind cannot be checked.
            if (!IsDeclaredHere(name))
            {
                found.Add(At(name, name.Identifier.ValueText, "does not bind, so it cannot be checked"));
            }
            return;
        }
        foreach (var s in symbols)
        {
            var type = s is ITypeSymbol t ? t : s.ContainingType;
            var typeName = type?.OriginalDefinition.ToDisplayString();
            foreach (var (bannedType, member, why) in Banned)
            {
                if (typeName == bannedType && (member is null || (s is not ITypeSymbol && s.Name == member)))
                {
                    found.Add(At(name, $"{bannedType}{(member is null ? "" : "." + member)}", why));
                    return;
                }
            }
            if (typeName == RegexType && Build(name, s) is { } build)
            {
                CheckRegexBuild(model, build, found, ref regexBuilds);
                return;
            }
        }
    }

    // The declaration of a local, parameter or member named like a banned API binds to itself, not to the API.
    private static bool IsDeclaredHere(IdentifierNameSyntax name) => name.Parent is NameEqualsSyntax or NameColonSyntax;

    // `new Regex(…)` (the name is the type), `Regex.IsMatch(…)` (the name is the method); null for other mentions.
    private static SyntaxNode? Build(IdentifierNameSyntax name, ISymbol symbol)
    {
        SyntaxNode written = name.Parent is QualifiedNameSyntax qualified && qualified.Right == name ? qualified : name;
        return symbol switch
        {
            ITypeSymbol => written.Parent as ObjectCreationExpressionSyntax,
            IMethodSymbol => written.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == name => access.Parent as InvocationExpressionSyntax,
                InvocationExpressionSyntax invocation => invocation,
                _ => null,
            },
            _ => null,
        };
    }

    private static void CheckRegexBuild(SemanticModel model, SyntaxNode node, List<Violation> found, ref int regexBuilds)
    {
        var (method, arguments) = model.GetOperation(node) switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || method.ContainingType.ToDisplayString() != RegexType
            || !(method.IsStatic || method.MethodKind == MethodKind.Constructor)
            || !method.Parameters.Any(p => p.Name == "pattern"))
        {
            return;
        }
        regexBuilds++;
        var options = arguments.FirstOrDefault(a => a.Parameter?.Type.Name == nameof(RegexOptions));
        if (options is null || !IncludesNonBacktracking(options.Value))
        {
            found.Add(At(node, $"{RegexType}.{(method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name)}", Linear));
        }
    }

    private static void CheckGeneratedRegex(SemanticModel model, AttributeSyntax attribute, List<Violation> found, ref int regexBuilds)
    {
        if (model.GetSymbolInfo(attribute).Symbol is not IMethodSymbol constructor
            || constructor.ContainingType.ToDisplayString() != "System.Text.RegularExpressions.GeneratedRegexAttribute")
        {
            return;
        }
        regexBuilds++;
        var options = constructor.Parameters.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Type.Name == nameof(RegexOptions));
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var value = options.p is null || options.i >= arguments.Count ? null : model.GetConstantValue(arguments[options.i].Expression).Value;
        if (value is not int flags || !HasNonBacktracking(flags))
        {
            found.Add(At(attribute, "GeneratedRegex", Linear));
        }
    }

    // The option must be visible where the regex is built: a constant that has it, or `|` with such a constant.
    private static bool IncludesNonBacktracking(IOperation value) => value switch
    {
        { ConstantValue: { HasValue: true, Value: int flags } } => HasNonBacktracking(flags),
        IConversionOperation conversion => IncludesNonBacktracking(conversion.Operand),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Or } or => IncludesNonBacktracking(or.LeftOperand) || IncludesNonBacktracking(or.RightOperand),
        _ => false,
    };

    private static bool HasNonBacktracking(int flags) => ((RegexOptions)flags & RegexOptions.NonBacktracking) != 0;

    private static Violation At(SyntaxNode node, string api, string why) =>
        new(node.SyntaxTree.FilePath, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, api, why);

    // The runtime's references are this test's own (it references every runtime project), plus ASP.NET Core's
    // shared framework for the sidecar. Airs assemblies are left out: their sources are what is compiled.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Airs.", StringComparison.Ordinal)).ToList();
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(netCore))!, "Microsoft.AspNetCore.App", Path.GetFileName(netCore));
        var names = platform.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = Directory.Exists(aspNet) ? Directory.EnumerateFiles(aspNet, "*.dll").Where(f => !names.Contains(Path.GetFileName(f))) : [];
        return [.. platform.Concat(extra).Select(p => MetadataReference.CreateFromFile(p))];
    });
}
