using Airs.Compiler.Syntax;

namespace Airs.Compiler.Binding;

/// <summary>The items of one block sorted by role, with misplaced and duplicated items already reported.</summary>
internal sealed class BlockItems
{
    public Dictionary<string, SettingSyntax> Settings { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public List<WhenSyntax> Whens { get; } = [];
    public List<ActionSyntax> Actions { get; } = [];
    public List<MapsSyntax> Maps { get; } = [];
    public List<OnSyntax> Ons { get; } = [];
    public List<ItemSyntax> Others { get; } = [];
}

internal sealed partial class Binder
{
    /// <summary>Sorts a block's items, with the settings and flags its shape lists.</summary>
    private BlockItems ReadBlock(BlockSyntax block, string blockName, BlockShape shape, Func<ItemSyntax, bool> accepts) =>
        ReadBlock(block, blockName, [.. shape.Settings], [.. shape.Flags], accepts, shape);

    /// <summary>
    /// Sorts a block's items. <paramref name="settings"/> and <paramref name="flags"/> name the settings the
    /// block accepts; <paramref name="accepts"/> says which other items it takes. Anything else is reported
    /// once as not allowed in <paramref name="blockName"/>.
    /// </summary>
    private BlockItems ReadBlock(BlockSyntax block, string blockName, string[] settings, string[] flags, Func<ItemSyntax, bool> accepts, BlockShape? shape = null)
    {
        var items = new BlockItems();
        foreach (var item in block.Items)
        {
            switch (item)
            {
                case SkippedTokensSyntax:
                    break;
                case SettingSyntax s when settings.Contains(s.Keyword.Text):
                    if (s.Keyword.Text != "model" && !items.Settings.TryAdd(s.Keyword.Text, s))
                    {
                        Report(Diagnostics.DiagnosticCatalog.DuplicateSetting(At(s.Keyword), s.Keyword.Text));
                    }
                    items.Settings.TryAdd(s.Keyword.Text, s);
                    break;
                case FlagSettingSyntax f when flags.Contains(f.Keyword.Text):
                    if (!items.Flags.Add(f.Keyword.Text))
                    {
                        Report(Diagnostics.DiagnosticCatalog.DuplicateSetting(At(f.Keyword), f.Keyword.Text));
                    }
                    break;
                case WhenSyntax w when accepts(w):
                    items.Whens.Add(w);
                    break;
                case ActionSyntax a when accepts(a):
                    items.Actions.Add(a);
                    break;
                case MapsSyntax m when accepts(m):
                    items.Maps.Add(m);
                    break;
                case OnSyntax o when accepts(o):
                    items.Ons.Add(o);
                    break;
                default:
                    if (accepts(item))
                    {
                        items.Others.Add(item);
                    }
                    else
                    {
                        Report(Diagnostics.DiagnosticCatalog.ItemNotAllowed(At(item), Describe(item), blockName, shape?.Keywords));
                    }
                    break;
            }
        }
        return items;
    }
}
