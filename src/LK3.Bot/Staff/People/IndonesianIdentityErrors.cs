using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace LK3.Bot.Staff.People;

/// <summary>
/// Identity's refusals in the staff app's language: an admin making the first account, or a counsellor's, reads why a password
/// or an e-mail was refused in Indonesian, as every other message of the staff pages. The codes stay Identity's own.
/// </summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Terjadi kesalahan. Silakan coba lagi.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Akun ini baru saja diubah orang lain. Muat ulang halaman, lalu coba lagi.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Tautan atau kode ini tidak berlaku lagi.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Akun lain sudah memakai cara masuk ini.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Nama pengguna \"{userName}\" tidak valid: hanya huruf, angka dan tanda - . _ @ +.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"E-mail \"{email}\" tidak valid.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Sudah ada akun dengan nama pengguna \"{userName}\".");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Sudah ada akun dengan e-mail \"{email}\".");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Peran \"{role}\" tidak valid.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Peran \"{role}\" sudah ada.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Akun ini sudah punya kata sandi.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Akun ini tidak dapat dikunci.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Akun ini sudah berperan \"{role}\".");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Akun ini tidak berperan \"{role}\".");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"Kata sandi minimal {length} karakter."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars),
            string.Create(CultureInfo.InvariantCulture, $"Kata sandi harus memuat sedikitnya {uniqueChars} karakter yang berbeda."));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat sedikitnya satu tanda selain huruf dan angka, misalnya ! atau #.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat sedikitnya satu angka (0–9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat sedikitnya satu huruf kecil (a–z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat sedikitnya satu huruf besar (A–Z).");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Kode pemulihan salah.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
