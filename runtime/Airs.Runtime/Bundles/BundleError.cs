namespace Airs.Runtime.Bundles;

/// <summary>Why a bundle was refused. Stable: hosts may switch on it and log it.</summary>
public enum BundleError
{
    /// <summary>The file could not be read.</summary>
    Unreadable,
    /// <summary>The file or one of its entries is larger than the limits allow.</summary>
    TooLarge,
    /// <summary>The file is not a bundle archive (truncated, corrupt, or written by another zip tool).</summary>
    MalformedArchive,
    /// <summary>An entry name is a path: <c>../</c>, absolute, a directory, or not plain ASCII.</summary>
    UnsafeEntryPath,
    /// <summary>An entry other than <c>manifest.json</c>, <c>policy.dll</c> and <c>signature.json</c>.</summary>
    UnexpectedEntry,
    /// <summary>The same entry name appears twice.</summary>
    DuplicateEntry,
    /// <summary><c>manifest.json</c> or <c>policy.dll</c> is missing.</summary>
    MissingEntry,
    /// <summary><c>signature.json</c> is not a well-formed, canonical signature document.</summary>
    SignatureMalformed,
    /// <summary>The bundle is signed with a key the trust store does not hold.</summary>
    UntrustedKey,
    /// <summary>The signature does not verify: the bundle was changed after signing.</summary>
    SignatureInvalid,
    /// <summary>The bundle is unsigned and the host did not allow unsigned bundles for this policy.</summary>
    UnsignedNotAllowed,
    /// <summary>The manifest is not valid JSON of the expected shape, or its fields disagree.</summary>
    ManifestInvalid,
    /// <summary>The manifest's format version is not one this runtime reads.</summary>
    UnsupportedFormat,
    /// <summary>The assembly's SHA-256 is not the one the manifest states.</summary>
    AssemblyHashMismatch,
    /// <summary>The assembly could not be loaded.</summary>
    AssemblyInvalid,
    /// <summary>The evaluator type named in the manifest is not in the assembly.</summary>
    EvaluatorNotFound,
    /// <summary>The evaluator type is not a public, concrete compiled policy with a public parameterless constructor.</summary>
    EvaluatorInvalid,
    /// <summary>The evaluator's constructor threw.</summary>
    EvaluatorFailed,
    /// <summary>A hot reload found a bundle for a different policy than the one loaded from that place.</summary>
    PolicyMismatch,
    /// <summary>The bundle's version is below the floor the trust store sets for its policy.</summary>
    BelowVersionFloor,
    /// <summary>A reload found an older version than the one in use, and downgrades are not allowed.</summary>
    Downgrade,
}
