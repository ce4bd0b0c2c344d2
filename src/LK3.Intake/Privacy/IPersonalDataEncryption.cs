namespace LK3.Intake.Privacy;

/// <summary>
/// Encrypts what families tell LK3 before it is written to the database and decrypts it when it is read: every
/// property marked <see cref="Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute"/>. The app supplies it
/// (ASP.NET Core Data Protection); without one, as for the design-time tools, the columns hold what they are given.
/// </summary>
public interface IPersonalDataEncryption
{
    string Encrypt(string plain);

    string Decrypt(string stored);
}
