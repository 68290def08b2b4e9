namespace Airs.Runtime.Streaming;

/// <summary>When a <see cref="StreamingRelease"/> lets checked text go.</summary>
public sealed class StreamingReleaseOptions
{
    /// <summary>64 characters: longer than a card number, an IBAN or a phone number written with spaces.</summary>
    public const int DefaultHoldBack = 64;

    public static readonly StreamingReleaseOptions Default = new();

    private readonly int holdBack = DefaultHoldBack;
    private readonly int? window;

    /// <summary>
    /// How many characters of the newest text are always held back. A pattern that contains whitespace (a card number
    /// with spaces, a phrase) and is at most this long is always seen whole before any of it is released; a pattern
    /// without whitespace (an e-mail address, a URL, a key) is never cut, whatever its length.
    /// </summary>
    public int HoldBack
    {
        get => holdBack;
        init => holdBack = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(HoldBack), value, "the hold-back cannot be negative");
    }

    /// <summary>
    /// Null (the default): release sentence by sentence. A number: release at the last whitespace once at least this
    /// many characters are ready, sentence end or not.
    /// </summary>
    public int? Window
    {
        get => window;
        init => window = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Window), value, "the window must be at least one character");
    }
}
