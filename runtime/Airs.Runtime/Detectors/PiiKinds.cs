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
