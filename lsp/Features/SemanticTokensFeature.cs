using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using Airs.Runtime.Context;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Semantic tokens (full document): every token classified from the tree's roles — contextual keywords only where
/// they act as keywords, declared names, context fields, built-ins, enum members — plus comments from the trivia.
/// </summary>
internal static class SemanticTokensFeature
{
    public static readonly IReadOnlyList<string> TokenTypes =
        ["keyword", "variable", "string", "number", "regexp", "comment", "operator", "property", "function", "enumMember", "namespace", "type", "parameter"];

    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration", "defaultLibrary"];

    internal enum TokenType
    {
        Keyword,
        Variable,
        String,
        Number,
        Regexp,
        Comment,
        Operator,
        Property,
        Function,
        EnumMember,
        Namespace,
        Type,
        Parameter,
    }

    private const int Declaration = 1;
    private const int DefaultLibrary = 2;

    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { SemanticTokensProvider = new SemanticTokensOptions(new SemanticTokensLegend(TokenTypes, TokenModifiers), Full: true) });
        server.Handlers.OnRequest<SemanticTokensParams, SemanticTokens?>("textDocument/semanticTokens/full", async (p, cancellationToken) =>
        {
            var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            return analysis is null ? null : new SemanticTokens(Encode(analysis, Classify(analysis)));
        });
    }

    internal readonly record struct Classified(TextSpan Span, TokenType Type, int Modifiers);

    /// <summary>Every classified token and comment of the document, in source order.</summary>
    internal static List<Classified> Classify(CompiledAnalysis analysis)
    {
        var root = analysis.Root.Root;
        var roles = new Dictionary<SyntaxToken, (TokenType Type, int Modifiers)>();
        void Set(SyntaxToken? token, TokenType type, int modifiers = 0)
        {
            if (token is not null)
            {
                roles.TryAdd(token, (type, modifiers));
            }
        }

        var nodes = root.DescendantNodesAndSelf().ToList();
        foreach (var call in nodes.OfType<CallExpressionSyntax>())
        {
            foreach (var segment in call.Callee.Segments)
            {
                Set(segment, TokenType.Function, DefaultLibrary);
            }
        }
        foreach (var node in nodes)
        {
            switch (node)
            {
                case PathExpressionSyntax path:
                    var type = path.Segments.Count > 1 && ContextSchema.Roots.Contains(path.Segments[0].Text) ? TokenType.Property
                        : path.Segments.Count == 1 ? TokenType.EnumMember
                        : TokenType.Variable;
                    foreach (var segment in path.Segments)
                    {
                        Set(segment, type);
                    }
                    break;
                case PolicyDeclarationSyntax policy:
                    foreach (var part in policy.Name.Parts)
                    {
                        Set(part, TokenType.Namespace, Declaration);
                    }
                    break;
                case UseItemSyntax { Name: { } used }:
                    foreach (var part in used.Parts)
                    {
                        Set(part, TokenType.Namespace);
                    }
                    break;
                case GuardDeclarationSyntax g: Set(g.Name, TokenType.Variable, Declaration); Set(g.Stage, TokenType.EnumMember); break;
                case JudgeDeclarationSyntax j: Set(j.Name, TokenType.Variable, Declaration); Set(j.Stage, TokenType.EnumMember); break;
                case ReviewDeclarationSyntax r: Set(r.Name, TokenType.Variable, Declaration); break;
                case BreakerDeclarationSyntax b: Set(b.Name, TokenType.Variable, Declaration); break;
                case AgentDeclarationSyntax a: Set(a.Name, TokenType.Variable, Declaration); break;
                case TestDeclarationSyntax t: Set(t.Stage, TokenType.EnumMember); break;
                case EscalateActionSyntax e: Set(e.Review, TokenType.Variable); break;
                case ExpectSyntax x: Set(x.Outcome, TokenType.EnumMember); Set(x.Control, TokenType.Variable); break;
                case DelegatesSyntax d: Set(d.Agent, TokenType.Variable); break;
                case BreakerOpenTriggerSyntax o: Set(o.Name, TokenType.Variable); break;
                case JudgeFailingTriggerSyntax f: Set(f.Name, TokenType.Variable); break;
                case JudgeStubSyntax s: Set(s.Name, TokenType.Variable); Set(s.Result, TokenType.EnumMember); break;
                case PaceTransitionSyntax pace: Set(pace.Level, TokenType.EnumMember); break;
                case TripSyntax trip: Set(trip.Counter, TokenType.EnumMember); Set(trip.Key, TokenType.EnumMember); break;
                case StandardRefSyntax standard:
                    foreach (var part in standard.Parts)
                    {
                        Set(part, TokenType.EnumMember);
                    }
                    break;
                case ArgDeclarationSyntax arg: Set(arg.Name, TokenType.Parameter, Declaration); break;
                case NamedTypeSyntax named: Set(named.Name, TokenType.Type); break;
                case ObjectPropertySyntax property: Set(property.Name, TokenType.Property); break;
                case QuantifierExpressionSyntax quantifier: Set(quantifier.Variable, TokenType.Parameter, Declaration); break;
            }
        }

        var result = new List<Classified>();
        foreach (var token in root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.IsComment)
                {
                    result.Add(new Classified(trivia.Span, TokenType.Comment, 0));
                }
            }
            if (token.IsMissing || token.Span.Length == 0)
            {
                continue;
            }
            (TokenType Type, int Modifiers)? role = token.Kind switch
            {
                SyntaxKind.Identifier => roles.TryGetValue(token, out var r) ? r : (TokenType.Keyword, 0),
                SyntaxKind.String or SyntaxKind.TextBlock => (TokenType.String, 0),
                SyntaxKind.Number or SyntaxKind.Percent or SyntaxKind.Duration => (TokenType.Number, 0),
                SyntaxKind.Regex => (TokenType.Regexp, 0),
                SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword
                    or SyntaxKind.MatchesKeyword or SyntaxKind.ContainsKeyword or SyntaxKind.InKeyword => (TokenType.Keyword, 0),
                SyntaxKind.Equals or SyntaxKind.Minus => (TokenType.Operator, 0),
                _ when SyntaxFacts.IsComparisonOperator(token.Kind) => (TokenType.Operator, 0),
                _ => null,
            };
            if (role is { } classified)
            {
                result.Add(new Classified(token.Span, classified.Type, classified.Modifiers));
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>LSP's relative encoding; a token spanning lines (text block, block comment) becomes one token per line.</summary>
    internal static List<int> Encode(CompiledAnalysis analysis, List<Classified> tokens)
    {
        var lines = analysis.Document.Lines;
        var data = new List<int>(tokens.Count * 5);
        var previousLine = 0;
        var previousStart = 0;
        foreach (var token in tokens)
        {
            var start = lines.GetPosition(token.Span.Start);
            var end = lines.GetPosition(token.Span.End);
            for (var line = start.Line; line <= end.Line; line++)
            {
                var from = line == start.Line ? start.Character : 0;
                var to = line == end.Line ? end.Character : lines.GetPosition(lines.GetOffset(new Position(line, int.MaxValue))).Character;
                if (to <= from)
                {
                    continue;
                }
                data.Add(line - previousLine);
                data.Add(line == previousLine ? from - previousStart : from);
                data.Add(to - from);
                data.Add((int)token.Type);
                data.Add(token.Modifiers);
                previousLine = line;
                previousStart = from;
            }
        }
        return data;
    }
}
