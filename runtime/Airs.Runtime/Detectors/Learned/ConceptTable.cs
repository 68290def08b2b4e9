namespace Airs.Runtime.Detectors;

/// <summary>
/// A read-only map from a word's FNV-1a hash to its class (never 0), looked up once or twice per token of every
/// scored text: open addressing in one array, filled at most half, so a word of no class (nearly every word) costs
/// one multiply and one probe that finds an empty slot. A 65,536-bit filter in front answers most words of no class
/// with one bit and a branch that is almost never taken: half full, the probe loop alone ran on to a second slot for
/// about one word in two, a branch no predictor learns. It answers exactly what a dictionary of the same pairs would.
/// </summary>
internal sealed class ConceptTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly ulong[] _filter = new ulong[1024];

    public ConceptTable(IReadOnlyCollection<KeyValuePair<uint, byte>> pairs)
    {
        var bits = 4;
        while ((1 << bits) < 2 * pairs.Count)
        {
            bits++;
        }
        _entries = new Entry[1 << bits];
        _shift = 32 - bits;
        foreach (var (key, concept) in pairs)
        {
            if (concept == 0)
            {
                throw new ArgumentException("class 0 marks an empty slot", nameof(pairs));
            }
            var i = Slot(key);
            while (_entries[i].Concept != 0)
            {
                if (_entries[i].Key == key)
                {
                    throw new ArgumentException("a key is listed twice", nameof(pairs));
                }
                i = (i + 1) & (_entries.Length - 1);
            }
            _entries[i] = new Entry(key, concept);
            _filter[FilterBit(key) >> 6] |= 1UL << FilterBit(key);
        }
    }

    /// <summary>The class of <paramref name="key"/>; 0 when it has none.</summary>
    public byte Of(uint key)
    {
        var bit = FilterBit(key);
        if ((_filter[bit >> 6] >> bit & 1) == 0)
        {
            return 0;
        }
        var entries = _entries;
        var i = Slot(key);
        while (true)
        {
            var entry = entries[i];
            if (entry.Concept == 0 || entry.Key == key)
            {
                return entry.Concept;
            }
            i = (i + 1) & (entries.Length - 1);
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private static int FilterBit(uint key) => (int)((key * 0x85EBCA77u) >> 16);

    private readonly record struct Entry(uint Key, byte Concept);
}
