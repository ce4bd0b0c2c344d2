namespace LK3.Bot.Privacy;

/// <summary>
/// The "DataProtection" section: the certificate that encrypts the Data Protection keys kept in the database (the
/// keys encrypt families' words and numbers at rest, and the staff's sign-in cookies). Required outside Development.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file, or a PEM certificate whose private key is in <see cref="CertificateKeyPath"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the .pfx file, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key of a PEM certificate.</summary>
    public string? CertificateKeyPath { get; set; }
}
