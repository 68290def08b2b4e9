using System.Collections;
using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary>Items with the separator tokens between them (a trailing separator is allowed where the grammar says so).</summary>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>
    where T : SyntaxElement
{
    public static readonly SeparatedSyntaxList<T> Empty = new([], []);

    public SeparatedSyntaxList(ImmutableArray<T> items, ImmutableArray<SyntaxToken> separators)
    {
        Items = items;
        Separators = separators;
    }

    public ImmutableArray<T> Items { get; }

    public ImmutableArray<SyntaxToken> Separators { get; }

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    /// <summary>Items and separators interleaved in source order.</summary>
    public IEnumerable<SyntaxElement> GetWithSeparators()
    {
        for (var i = 0; i < Items.Length; i++)
        {
            yield return Items[i];
            if (i < Separators.Length)
            {
                yield return Separators[i];
            }
        }
        for (var i = Items.Length; i < Separators.Length; i++)
        {
            yield return Separators[i];
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
