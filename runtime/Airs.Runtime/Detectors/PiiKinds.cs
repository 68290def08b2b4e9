using Airs.Runtime.Policy;

namespace Airs.Runtime.Detectors;

/// <summary>The PII kinds the language names: <c>pii.found(text, [email, card, iban])</c>.</summary>
[Flags]
public enum PiiKinds
{
    None = 0,
    Email = 1 << 0,
    Phone = 1 << 1,
    Card = 1 << 2,
    Iban = 1 << 3,
    Ssn = 1 << 4,
    Ip = 1 << 5,
    Nino = 1 << 6,
    Dob = 1 << 7,
    All = Email | Phone | Card | Iban | Ssn | Ip | Nino | Dob,
}

/// <summary>The language's name of each single PII kind (<c>None</c> and <c>All</c> have none).</summary>
public static class PiiKindKeywords
{
    public static readonly KeywordTable<PiiKinds> Table = new(
        (PiiKinds.Email, "email"), (PiiKinds.Phone, "phone"), (PiiKinds.Card, "card"), (PiiKinds.Iban, "iban"),
        (PiiKinds.Ssn, "ssn"), (PiiKinds.Ip, "ip"), (PiiKinds.Nino, "nino"), (PiiKinds.Dob, "dob"));

    public static string ToKeyword(this PiiKinds kind) => Table.ToKeyword(kind);

    public static bool TryParse(string? keyword, out PiiKinds kind) => Table.TryParse(keyword, out kind);
}
