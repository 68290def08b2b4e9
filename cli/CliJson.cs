using System.Text.Json;
using System.Text.Json.Serialization;

namespace Airs.Cli;

/// <summary>`airs check --format json`: the counts, then every diagnostic.</summary>
public sealed record CheckJsonReport(int Files, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>One diagnostic for scripts: one-based lines and columns; the end column is the one after the last character.</summary>
public sealed record DiagnosticJson(string Code, string Severity, string Message, string? Help, string File, int Line, int Column, int EndLine, int EndColumn);

/// <summary>
/// Build-time JSON metadata for what the CLI writes, so the native front end (cli/Native) serializes without
/// reflection: camelCase names, indented, absent values left out.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckJsonReport))]
public sealed partial class CliJson : JsonSerializerContext;
