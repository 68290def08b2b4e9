using Airs.Compiler.Schema;
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
    /// <summary>
    /// Sorts a block's items by the block's <paramref name="shape"/> in the language schema: its settings, its flags
    /// and the other items it accepts. Anything else is reported once as not allowed in <paramref name="blockName"/>.
    /// </summary>
    private BlockItems ReadBlock(BlockSyntax block, string blockName, BlockShape shape)
    {
        var items = new BlockItems();
        foreach (var item in block.Items)
        {
            switch (item)
            {
                case SkippedTokensSyntax:
                    break;
                case SettingSyntax s when shape.HasSetting(s.Keyword.Text):
                    if (s.Keyword.Text != "model" && !items.Settings.TryAdd(s.Keyword.Text, s))
                    {
                        Report(Diagnostics.DiagnosticCatalog.DuplicateSetting(At(s.Keyword), s.Keyword.Text));
                    }
                    items.Settings.TryAdd(s.Keyword.Text, s);
                    break;
                case FlagSettingSyntax f when shape.HasFlag(f.Keyword.Text):
                    if (!items.Flags.Add(f.Keyword.Text))
                    {
                        Report(Diagnostics.DiagnosticCatalog.DuplicateSetting(At(f.Keyword), f.Keyword.Text));
                    }
                    break;
                case WhenSyntax w when shape.Accepts(w):
                    items.Whens.Add(w);
                    break;
                case ActionSyntax a when shape.Accepts(a):
                    items.Actions.Add(a);
                    break;
                case MapsSyntax m when shape.Accepts(m):
                    items.Maps.Add(m);
                    break;
                case OnSyntax o when shape.Accepts(o):
                    items.Ons.Add(o);
                    break;
                default:
                    if (shape.Accepts(item))
                    {
                        items.Others.Add(item);
                    }
                    else
                    {
                        Report(Diagnostics.DiagnosticCatalog.ItemNotAllowed(At(item), Describe(item), blockName, shape.Keywords));
                    }
                    break;
            }
        }
        return items;
    }
}
