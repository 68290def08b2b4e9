using System.Buffers;
using System.Numerics;

namespace Airs.Runtime.Detectors;

internal sealed partial class InjectionPrefilter
{
    /// <summary>
    /// The windows of one scan: each anchor opens one reaching <see cref="Reach"/> characters either side, merged with
    /// the previous one where they meet. A run of characters that are neither letters nor digits counts as one: the
    /// normaliser squeezes whitespace and the rules read any such run as one gap, so padding a phrase with spaces or
    /// punctuation ("ignore - - - … previous instructions") does not carry its rest out of the window. Which characters
    /// such squeezing drops is read from the text 64 at a time, as far as the windows need it.
    /// </summary>
    private ref struct WindowSink(ReadOnlySpan<char> text, List<InjectionWindow> windows)
    {
        public readonly ReadOnlySpan<char> Text = text;

        /// <summary>
        /// Per 64-character block: a bit for each gap character (no ASCII letter or digit) after another. Rented when
        /// the first window needs it: a text that opens none pays nothing.
        /// </summary>
        private ulong[]? _squeezable;

        /// <summary>How many blocks of <see cref="_squeezable"/> are read, and whether the last one's last character is a gap.</summary>
        private int _measured;
        private ulong _gapCarry;

        public void Add(int start, int end, UInt128 forward, UInt128 reversed, bool rot13 = false)
        {
            var after = ReachAfter(end);
            if (windows.Count > 0 && windows[^1] is var last && (start - Reach <= last.End || ReachBefore(start) <= last.End))
            {
                var e = after <= last.End ? last.End : SnapForward(Text, after);
                windows[^1] = new InjectionWindow(last.Start, e, last.Forward | forward, last.Reversed | reversed, last.Rot13 | rot13);
                return;
            }
            windows.Add(new InjectionWindow(SnapBack(Text, ReachBefore(start), windows.Count > 0 ? windows[^1].End : 0), SnapForward(Text, after), forward, reversed, rot13));
        }

        /// <summary>The position <see cref="Reach"/> characters after <paramref name="end"/>, a squeezable character counting none.</summary>
        private int ReachAfter(int end)
        {
            var (to, counted, squeezed) = (end + Reach, end, 0);
            while (to < Text.Length)
            {
                squeezed += Squeezable(counted, to);
                counted = to;
                if (end + Reach + squeezed <= to)
                {
                    break;
                }
                to = end + Reach + squeezed;
            }
            return Math.Min(to, Text.Length);
        }

        /// <summary>The position <see cref="Reach"/> characters before <paramref name="start"/>, counted as <see cref="ReachAfter"/> counts.</summary>
        private int ReachBefore(int start)
        {
            var (from, counted, squeezed) = (start - Reach, start, 0);
            while (from > 0)
            {
                squeezed += Squeezable(from, counted);
                counted = from;
                if (start - Reach - squeezed >= from)
                {
                    break;
                }
                from = start - Reach - squeezed;
            }
            return Math.Max(from, 0);
        }

        /// <summary>How many characters of Text[from..to) squeezing drops.</summary>
        private int Squeezable(int from, int to)
        {
            var count = 0;
            for (var block = from / CharClasses.BlockLength; block * CharClasses.BlockLength < to; block++)
            {
                var at = block * CharClasses.BlockLength;
                var inside = RangeMask(Math.Max(from - at, 0), Math.Min(to - at, CharClasses.BlockLength));
                count += BitOperations.PopCount(Measured(block) & inside);
            }
            return count;
        }

        /// <summary>The squeeze mask of a block, reading the blocks up to it that no window has needed yet.</summary>
        private ulong Measured(int block)
        {
            _squeezable ??= ArrayPool<ulong>.Shared.Rent((Text.Length + CharClasses.BlockLength - 1) / CharClasses.BlockLength);
            for (; _measured <= block; _measured++)
            {
                var at = _measured * CharClasses.BlockLength;
                var classes = CharClasses.Of(Text, at);
                var gap = ~(classes.Core | classes.NonAscii) & RangeMask(0, Math.Min(Text.Length - at, CharClasses.BlockLength));
                _squeezable[_measured] = gap & (gap << 1 | _gapCarry);
                _gapCarry = gap >> 63;
            }
            return _squeezable[block];
        }

        /// <summary>Gives the squeeze masks back to the pool once the scan is done.</summary>
        public void Return()
        {
            if (_squeezable is not null)
            {
                ArrayPool<ulong>.Shared.Return(_squeezable);
                _squeezable = null;
            }
        }

        /// <summary>Bits [from, to) of a 64-bit mask.</summary>
        private static ulong RangeMask(int from, int to) => (to >= 64 ? ulong.MaxValue : (1UL << to) - 1) & ~((1UL << from) - 1);
    }

    /// <summary>
    /// A window starts with the last character before whitespace: that character stops a rule anchored at the start
    /// of the text from matching at a cut that is no sentence start, and keeps real sentence punctuation visible.
    /// No token is cut; the search stops at the previous window, which the scan has already covered.
    /// </summary>
    private static int SnapBack(ReadOnlySpan<char> text, int position, int floor)
    {
        if (position <= floor)
        {
            return floor;
        }
        var space = text[floor..(position + 1)].LastIndexOfAny(' ', '\n', '\t');
        return space < 0 ? floor : Math.Max(floor, floor + space - 1);
    }

    /// <summary>A window ends at whitespace, so that no token is cut.</summary>
    private static int SnapForward(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length)
        {
            return text.Length;
        }
        var space = text[position..].IndexOfAny(' ', '\n', '\t');
        return space < 0 ? text.Length : position + space;
    }
}
