using System.Text;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Formatting;

/// <summary>
/// Prints a tree in the one canonical layout: 2-space indentation, one item per line, <c>{</c> on the
/// declaration line, single spaces between tokens (none inside <c>a.b</c>, <c>f(</c>, <c>[x, y]</c>,
/// <c>x: y</c>), at most one blank line where the source had any and one between top-level declarations.
/// Comments stay where they were; a line break the source placed before <c>and</c>/<c>or</c> is kept as a
/// continuation line. Formatting never adds, drops or changes a token, and is idempotent.
/// </summary>
public static class Formatter
{
    private const string IndentUnit = "  ";

    /// <summary>The formatted text, or null when the tree has errors (a broken tree has no canonical form).</summary>
    public static string? Format(SyntaxTree tree)
    {
        if (tree.HasErrors)
        {
            return null;
        }
        var roles = LayoutRoles.Collect(tree.Root);
        return new Printer(roles).Print(tree.Root);
    }

    private sealed class Printer(IReadOnlyDictionary<SyntaxToken, TokenRole> roles)
    {
        private readonly StringBuilder _output = new();
        private SyntaxToken? _previous;
        private bool _previousEndsWithLineComment;
        private int _itemDepth;

        public string Print(CompilationUnitSyntax root)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (token.Kind == SyntaxKind.EndOfFile)
                {
                    PrintEndOfFile(token);
                    break;
                }
                PrintToken(token);
            }
            return _output.ToString();
        }

        private void PrintToken(SyntaxToken token)
        {
            roles.TryGetValue(token, out var role);
            var hasLeadingComments = token.LeadingTrivia.Any(t => t.IsComment);
            if (_previous is null)
            {
                PrintLeadingComments(token, 0, allowBlankBeforeToken: false, forceBlankLine: false);
                _output.Append(token.Text);
            }
            else if (role.Kind == RoleKind.ItemStart)
            {
                var blankAllowed = _previous.Kind != SyntaxKind.OpenBrace;
                PrintLeadingComments(token, role.Depth, blankAllowed, forceBlankLine: role.TopLevel);
                _output.Append(token.Text);
                _itemDepth = role.Depth;
            }
            else if (role.Kind == RoleKind.BlockClose && (!role.EmptyBlock || hasLeadingComments || _previousEndsWithLineComment))
            {
                PrintLeadingComments(token, role.Depth + 1, allowBlankBeforeToken: false, forceBlankLine: false, tokenIndent: role.Depth);
                _output.Append(token.Text);
                _itemDepth = role.Depth;
            }
            else if (_previousEndsWithLineComment || hasLeadingComments || (IsLogicalOperator(token) && HadLineBreakBefore(token)))
            {
                PrintLeadingComments(token, _itemDepth + 1, allowBlankBeforeToken: false, forceBlankLine: false);
                _output.Append(token.Text);
            }
            else
            {
                if (NeedsSpace(_previous, token, role))
                {
                    _output.Append(' ');
                }
                _output.Append(token.Text);
            }
            PrintTrailingComments(token);
            _previous = token;
        }

        private void PrintEndOfFile(SyntaxToken endOfFile)
        {
            if (endOfFile.LeadingTrivia.Any(t => t.IsComment))
            {
                PrintLeadingComments(endOfFile, 0, allowBlankBeforeToken: false, forceBlankLine: false);
                TrimTrailingIndentation();
            }
            if (_output.Length > 0)
            {
                _output.Append('\n');
            }
        }

        private void TrimTrailingIndentation()
        {
            while (_output.Length > 0 && _output[^1] == ' ')
            {
                _output.Length--;
            }
            while (_output.Length > 0 && _output[^1] == '\n')
            {
                _output.Length--;
            }
        }

        /// <summary>
        /// Starts a new line for the token, printing its leading comments each on a line of their own and
        /// keeping (at most one) blank line where the source had one.
        /// </summary>
        private void PrintLeadingComments(SyntaxToken token, int indent, bool allowBlankBeforeToken, bool forceBlankLine, int? tokenIndent = null)
        {
            var newlines = _previous is null ? 0 : _previous.TrailingTrivia.Count(t => t.Kind == SyntaxKind.Newline);
            var first = true;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.Newline)
                {
                    newlines++;
                }
                else if (trivia.IsComment)
                {
                    LineBreak(newlines, allowBlank: first ? allowBlankBeforeToken : true, forceBlankLine && first);
                    _output.Append(Indent(indent)).Append(trivia.Text);
                    first = false;
                    newlines = 0;
                }
            }
            LineBreak(newlines, allowBlank: first ? allowBlankBeforeToken : allowBlankBeforeToken && !forceBlankLine, forceBlankLine && first);
            _output.Append(Indent(tokenIndent ?? indent));
        }

        private void LineBreak(int sourceNewlines, bool allowBlank, bool forceBlank)
        {
            if (_output.Length == 0)
            {
                return;
            }
            _output.Append('\n');
            if (forceBlank || (allowBlank && sourceNewlines >= 2))
            {
                _output.Append('\n');
            }
        }

        private void PrintTrailingComments(SyntaxToken token)
        {
            _previousEndsWithLineComment = false;
            foreach (var trivia in token.TrailingTrivia)
            {
                if (trivia.IsComment)
                {
                    _output.Append(' ').Append(trivia.Text);
                    _previousEndsWithLineComment = trivia.Kind == SyntaxKind.LineComment;
                }
            }
        }

        private bool HadLineBreakBefore(SyntaxToken token) =>
            _previous!.TrailingTrivia.Any(t => t.Kind == SyntaxKind.Newline) || token.LeadingTrivia.Any(t => t.Kind == SyntaxKind.Newline);

        private static bool IsLogicalOperator(SyntaxToken token) => token.Kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword;

        private static bool NeedsSpace(SyntaxToken previous, SyntaxToken token, TokenRole role)
        {
            if (previous.Kind == SyntaxKind.Number && token.Kind == SyntaxKind.Dot)
            {
                return true; // `1 .5` must not become `1.5`
            }
            if (token.Kind is SyntaxKind.Dot or SyntaxKind.Comma or SyntaxKind.Colon or SyntaxKind.Question or SyntaxKind.CloseParen or SyntaxKind.CloseBracket)
            {
                return false;
            }
            if (previous.Kind is SyntaxKind.Dot or SyntaxKind.OpenParen or SyntaxKind.OpenBracket or SyntaxKind.Minus)
            {
                return false;
            }
            if (role.Kind == RoleKind.CallParen)
            {
                return false;
            }
            return !(previous.Kind == SyntaxKind.OpenBrace && token.Kind == SyntaxKind.CloseBrace);
        }

        private static string Indent(int depth) => depth <= 0 ? string.Empty : string.Concat(Enumerable.Repeat(IndentUnit, depth));
    }
}
