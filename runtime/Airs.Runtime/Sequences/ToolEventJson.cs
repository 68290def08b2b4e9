using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Airs.Runtime.Sequences;

[JsonSerializable(typeof(ImmutableSortedDictionary<string, string>))]
internal sealed partial class ToolEventJson : JsonSerializerContext;
