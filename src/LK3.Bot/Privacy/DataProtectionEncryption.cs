using LK3.Intake.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace LK3.Bot.Privacy;

/// <summary>Families' words and numbers encrypted with ASP.NET Core Data Protection (AES-256-GCM, keys rotated every 90 days; see <see cref="PrivacyExtensions.KeyAlgorithms"/>).</summary>
public sealed class DataProtectionEncryption(IDataProtectionProvider provider) : IPersonalDataEncryption
{
    /// <summary>Marks what this class wrote; rows written before encryption at rest existed are read as they are.</summary>
    private const string Marker = "pd1:";

    private readonly IDataProtector _protector = provider.CreateProtector("LK3.PersonalData.v1");

    public string Encrypt(string plain) => Marker + _protector.Protect(plain);

    public string Decrypt(string stored) =>
        stored.StartsWith(Marker, StringComparison.Ordinal) ? _protector.Unprotect(stored[Marker.Length..]) : stored;
}
