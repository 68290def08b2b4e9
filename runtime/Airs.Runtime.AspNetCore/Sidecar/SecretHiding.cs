using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Prints an options record as the compiler would, every public property in declaration order, but with its secret
/// hidden: a record's own <c>ToString</c> prints every property, so an upstream key or a webhook secret would reach any
/// log line or exception message that formats the options (or options that hold them).
/// </summary>
internal static class SecretHiding
{
    public const string Hidden = "(hidden)";

    public static bool PrintMembers<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        T options, StringBuilder builder, string secret)
    {
        var separator = "";
        foreach (var property in typeof(T).GetProperties())
        {
            var value = property.GetValue(options);
            var shown = property.Name == secret && value is not null ? Hidden : value ?? "";
            builder.Append(CultureInfo.InvariantCulture, $"{separator}{property.Name} = {shown}");
            separator = ", ";
        }
        return true;
    }
}
