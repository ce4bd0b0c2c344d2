using System.ComponentModel.DataAnnotations;
using LK3.Intake.Staff;

namespace LK3.Bot.Staff.People;

/// <summary>
/// The role of an account and the counsellor it works as (a counsellor's account must name one:
/// <see cref="StaffAccounts.CounsellorProblemAsync"/>).
/// </summary>
public class AccountRoleInput
{
    [Required(ErrorMessage = "Peran wajib dipilih.")]
    [AllowedValues(StaffRoles.Admin, StaffRoles.Supervisor, StaffRoles.Counsellor, ErrorMessage = "Peran harus Admin, Supervisor atau Konselor.")]
    [Display(Name = "Peran")]
    public string Role { get; set; } = StaffRoles.Counsellor;

    [Display(Name = "Konselor yang ditautkan")]
    public int? CounsellorId { get; set; }
}

/// <summary>A new staff account: name, e-mail, role, counsellor and the first password (Identity's rules apply).</summary>
public sealed class NewAccountInput : AccountRoleInput, IValidatableObject
{
    [Required(ErrorMessage = "Nama wajib diisi.")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "Nama harus 2 sampai 100 karakter.")]
    [Display(Name = "Nama tampilan")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "E-mail wajib diisi.")]
    [EmailAddress(ErrorMessage = "E-mail tidak valid.")]
    [StringLength(256, ErrorMessage = "E-mail terlalu panjang.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi awal wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi awal")]
    public string Password { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((DisplayName?.Trim().Length ?? 0) is < 2 or > 100)
        {
            yield return new ValidationResult("Nama harus 2 sampai 100 karakter.", [nameof(DisplayName)]);
        }
    }
}
