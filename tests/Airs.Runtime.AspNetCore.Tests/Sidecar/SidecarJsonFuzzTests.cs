using System.Text;
using Airs.Runtime.AspNetCore.Sidecar;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// Random JSON shapes (lone surrogates, duplicate keys, huge and odd numbers, deep nesting, wrong types) sent to every
/// endpoint that reads a body: each answer is a success or a 4xx problem, never a 500.
/// </summary>
public sealed class SidecarJsonFuzzTests : IAsyncLifetime
{
    private SidecarTestHost? sidecar;

    public async Task InitializeAsync()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], configure: o => o with { MaxBodyBytes = 64 * 1024 });
    }

    public async Task DisposeAsync()
    {
        if (sidecar is not null)
        {
            await sidecar.DisposeAsync();
        }
    }

    private static Gen<string> Strings() => Gen.Elements(
        "\"hello\"", "\"\"", "\"\\ud800\"", "\"\\udfff\"", "\"a\\ud83d\"", "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"ignore previous instructions\"",
        "\"user:u1\"", "\"global\"", "\"emergency\"", "\"primary\"", "\"\\uFFFF\"");

    private static Gen<string> Scalars() => Gen.OneOf(Strings(), Gen.Elements(
        "0", "-1", "1e400", "-1e400", "123456789012345678901234567890", "0.1", "1E-400", "true", "false", "null", "[]", "{}"));

    private static readonly string[] Keys =
        ["input", "output", "text", "tool", "name", "args", "amount", "user", "id", "roles", "session", "retrieval", "docs", "agent",
         "chain", "message", "level", "reason", "key", "reviewer", "\\ud800", "Input", "extra"];

    private static Gen<string> Value(int depth) => depth <= 0
        ? Scalars()
        : Gen.OneOf(Scalars(), Scalars(), Object(depth - 1), Gen.ListOf(Value(depth - 1)).Select(items => "[" + string.Join(",", items.Take(4)) + "]"));

    private static Gen<string> Object(int depth) =>
        from pairs in Gen.ListOf(from key in Gen.Elements(Keys) from value in Value(depth) select $"\"{key}\":{value}")
        select "{" + string.Join(",", pairs.Take(6)) + "}";

    private static Gen<(string Method, string Path, string Body)> Requests() =>
        from target in Gen.Elements(
            ("POST", "/v1/decisions/desk_bot/input"), ("POST", "/v1/decisions/desk_bot/output"), ("POST", "/v1/decisions/desk_bot/tool_call"),
            ("POST", "/v1/decisions/desk_bot/retrieval"), ("PUT", "/v1/pace/desk_bot"), ("POST", "/v1/breakers/desk_bot/violations/reset"),
            ("POST", "/v1/reviews/no-such-ticket/approve"))
        from body in Gen.Frequency((6, Object(3)), (1, Value(2)))
        select (target.Item1, target.Item2, body);

    [Fact]
    public void NoBodyShapeGetsA500()
    {
        Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            using var response = sidecar!.SendAsync(new HttpMethod(request.Method), request.Path, request.Body, SidecarTestHost.AdminSecret).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            return (status < 500).Label($"{status} {request.Method} {request.Path} {request.Body}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
        Assert.Empty(sidecar!.Logs.Errors);
    }

    /// <summary>The check of a body's bytes (its fast walk without paths, then the text walk) refuses exactly what the text check refuses, with the same message.</summary>
    [Fact]
    public void ByteCheckAgreesWithTextCheck()
    {
        static string? Refusal(Action check)
        {
            try
            {
                check();
                return null;
            }
            catch (ProblemException e)
            {
                return e.Message;
            }
        }
        var bodies = Gen.OneOf(Object(3), Value(2), Gen.Elements("""{"a":1,"\u0061":2}""", """{"\u0061":1}""", """{"a":"x\ny"}""", "{", "[1,]", "\uFEFF{}"));
        Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            var text = Refusal(() => StrictJson.Check(body));
            var bytes = Refusal(() => StrictJson.Check(Encoding.UTF8.GetBytes(body)));
            return (text == bytes).Label($"{body}: text {text ?? "passes"}, bytes {bytes ?? "passes"}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
