using System.Reflection;
using Airs.Compiler.Semantics;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Tests.Semantics;

public sealed class BuiltinsTests
{
    [Fact]
    public void The_catalog_is_indexed_by_id()
    {
        Assert.Equal(Enum.GetValues<BuiltinId>().Length, Builtins.All.Length);
        foreach (var id in Enum.GetValues<BuiltinId>())
        {
            Assert.Equal(id, Builtins.Get(id).Id);
        }
    }

    [Theory]
    [InlineData("injection.score", "injection.score(text: string) -> number")]
    [InlineData("injection.found", "injection.found(text: string) -> bool")]
    [InlineData("injection.spans", "injection.spans(text: string) -> spans")]
    [InlineData("pii.found", "pii.found(text: string, kinds: list<pii_kind>) -> bool")]
    [InlineData("pii.spans", "pii.spans(text: string, kinds: list<pii_kind>) -> spans")]
    [InlineData("secrets.found", "secrets.found(text: string) -> bool")]
    [InlineData("secrets.spans", "secrets.spans(text: string) -> spans")]
    [InlineData("exfil.found", "exfil.found(text: string, allowed_domains: list<string>) -> bool")]
    [InlineData("exfil.spans", "exfil.spans(text: string, allowed_domains: list<string>) -> spans")]
    [InlineData("regex.spans", "regex.spans(text: string, pattern: regex) -> spans")]
    [InlineData("lower", "lower(text: string) -> string")]
    [InlineData("injection.score", "injection.score(texts: list<string>) -> number")]
    [InlineData("injection.found", "injection.found(texts: list<string>) -> bool")]
    [InlineData("injection.spans", "injection.spans(texts: list<string>) -> spans")]
    [InlineData("pii.found", "pii.found(texts: list<string>, kinds: list<pii_kind>) -> bool")]
    [InlineData("pii.spans", "pii.spans(texts: list<string>, kinds: list<pii_kind>) -> spans")]
    [InlineData("secrets.found", "secrets.found(texts: list<string>) -> bool")]
    [InlineData("secrets.spans", "secrets.spans(texts: list<string>) -> spans")]
    [InlineData("exfil.found", "exfil.found(texts: list<string>, allowed_domains: list<string>) -> bool")]
    [InlineData("exfil.spans", "exfil.spans(texts: list<string>, allowed_domains: list<string>) -> spans")]
    [InlineData("regex.spans", "regex.spans(texts: list<string>, pattern: regex) -> spans")]
    public void Required_builtins_have_their_signatures(string name, string signature)
    {
        var overload = Assert.Single(Builtins.Overloads(name), o => o.Signature == signature);
        Assert.False(string.IsNullOrWhiteSpace(overload.Doc));
        Assert.DoesNotContain("\n", overload.Doc);
    }

    [Fact]
    public void Every_builtin_binds_to_a_runtime_method_with_the_calling_convention()
    {
        var methods = typeof(PolicyFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static);
        foreach (var b in Builtins.All)
        {
            var expectedCount = b.Parameters.Length + (b.TakesEvidence ? 2 : 0);
            var candidates = methods.Where(m => m.Name == b.RuntimeMethod && m.GetParameters().Length == expectedCount).ToList();
            Assert.True(candidates.Count > 0, $"no PolicyFunctions.{b.RuntimeMethod} with {expectedCount} parameters for {b.Name}");
            if (b.TakesEvidence)
            {
                // The text (or list of texts), its field, …, the sink: one overload per first-parameter type.
                var first = b.Parameters[0].Type == AirsType.String ? typeof(string) : typeof(IReadOnlyList<string>);
                var method = Assert.Single(candidates, m => m.GetParameters()[0].ParameterType == first);
                var p = method.GetParameters();
                Assert.Equal(typeof(string), p[1].ParameterType);
                Assert.Equal(typeof(EvidenceSink), p[^1].ParameterType);
            }
        }
    }

    [Fact]
    public void Len_resolves_by_argument_type()
    {
        Assert.Equal(BuiltinId.LenString, Builtins.Resolve("len", [AirsType.String]).Function!.Id);
        Assert.Equal(BuiltinId.LenList, Builtins.Resolve("len", [AirsType.StringList]).Function!.Id);
        Assert.Equal(BuiltinId.LenList, Builtins.Resolve("len", [AirsType.NumberList]).Function!.Id);
        Assert.Equal(BuiltinId.LenSpans, Builtins.Resolve("len", [AirsType.Spans]).Function!.Id);
        var bad = Builtins.Resolve("len", [AirsType.Number]);
        Assert.Null(bad.Function);
        Assert.Equal(AirsType.Error, bad.Type);
        Assert.Equal("`len` takes one of `string`, `list`, `spans`, not `number`", bad.Error);
    }

    [Fact]
    public void Resolution_explains_what_is_wrong()
    {
        Assert.Equal("unknown function `pii.find`", Builtins.Resolve("pii.find", [AirsType.String]).Error);
        Assert.Equal("`pii.found` takes 2 arguments, not 1", Builtins.Resolve("pii.found", [AirsType.String]).Error);
        Assert.Equal("`lower` takes 1 argument, not 2", Builtins.Resolve("lower", [AirsType.String, AirsType.String]).Error);
        Assert.Equal("argument 2 of `pii.found` must be `list<pii_kind>`, not `list<string>`",
            Builtins.Resolve("pii.found", [AirsType.String, AirsType.StringList]).Error);
        Assert.Equal(AirsType.Bool, Builtins.Resolve("pii.found", [AirsType.String, AirsType.EmptyList]).Type);
        Assert.Equal(AirsType.Number, Builtins.Resolve("injection.score", [AirsType.Error]).Type);
        Assert.Equal("`injection.found` takes one of `string`, `list<string>`, not `number`",
            Builtins.Resolve("injection.found", [AirsType.Number]).Error);
        Assert.Equal("argument 2 of `exfil.found` must be `list<string>`, not `number`",
            Builtins.Resolve("exfil.found", [AirsType.StringList, AirsType.Number]).Error);
    }

    [Fact]
    public void Detectors_resolve_a_list_of_texts_to_their_list_overload()
    {
        Assert.Equal(BuiltinId.InjectionFound, Builtins.Resolve("injection.found", [AirsType.String]).Function!.Id);
        Assert.Equal(BuiltinId.InjectionFoundList, Builtins.Resolve("injection.found", [AirsType.StringList]).Function!.Id);
        Assert.Equal(BuiltinId.PiiSpansList, Builtins.Resolve("pii.spans", [AirsType.EmptyList, AirsType.PiiKindList]).Function!.Id);
        Assert.Null(Builtins.Resolve("secrets.found", [AirsType.NumberList]).Function);
    }

    [Fact]
    public void Namespaces_and_names_for_completion()
    {
        Assert.Equal(["exfil", "injection", "pii", "regex", "secrets"], Builtins.Namespaces.Order(StringComparer.Ordinal));
        Assert.Contains("len", Builtins.Names);
        Assert.Equal(Builtins.Names.Length, Builtins.Names.Distinct().Count());
    }
}
