using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Refuses JSON that parsers read differently, before any endpoint reads it: a key twice in one object (last-wins
/// would let <c>"input":{"text":"hello"}</c> hide an injection sent first) and a string holding a lone surrogate
/// escape (<c>"\ud800"</c>, which is not text and made the readers throw). Every refusal is a 400 naming the place.
/// </summary>
internal static class StrictJson
{
    /// <summary>
    /// Valid UTF-8 JSON: most bodies are clean and pass one walk that builds no paths; only a body that fails it is
    /// walked again as text to name the place, so the refusals are those of <see cref="Check(string)"/>.
    /// </summary>
    public static void Check(byte[] utf8)
    {
        if (!IsClean(utf8))
        {
            Check(Encoding.UTF8.GetString(utf8));
        }
    }

    public static void Check(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            Check(document.RootElement, "");
        }
        catch (JsonException e)
        {
            throw ProblemException.BadRequest($"the body is not valid JSON: {e.Message.Split('\n', 2)[0].Trim().TrimEnd('.')}");
        }
    }

    private static bool IsClean(byte[] utf8)
    {
        try
        {
            // The parser refuses a duplicate key; escaped keys go the slow way, which compares them unescaped.
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return IsClean(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Comparing escaped keys for duplicates throws on a lone surrogate escape.
            return false;
        }
    }

    private static bool IsClean(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (JsonMarshal.GetRawUtf8PropertyName(property).Contains((byte)'\\') || !IsClean(property.Value))
                    {
                        return false;
                    }
                }
                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!IsClean(item))
                    {
                        return false;
                    }
                }
                return true;
            case JsonValueKind.String:
                // Valid UTF-8 holds no lone surrogate: only an escape can, and reading the string finds it.
                return !JsonMarshal.GetRawUtf8Value(element).Contains((byte)'\\') || Decodes(element);
            default:
                return true;
        }
    }

    private static bool Decodes(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Check(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name, $"a key in {Where(path)}");
                    if (!seen.Add(name))
                    {
                        throw ProblemException.BadRequest($"`{Child(path, name)}` appears twice; every key in an object must be unique");
                    }
                    Check(property.Value, Child(path, name));
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, $"{path}[{index++}]");
                }
                break;
            case JsonValueKind.String:
                Text(element.GetString, Where(path));
                break;
        }
    }

    /// <summary>Reads a string; the reader throws on a lone surrogate escape.</summary>
    private static string Text(Func<string?> read, string what)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw ProblemException.BadRequest($"{what} is not valid text: it holds a lone surrogate escape (`\\uD800` to `\\uDFFF` without its pair)");
        }
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Where(string path) => path.Length == 0 ? "the body" : $"`{path}`";
}
