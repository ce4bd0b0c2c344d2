using System.ComponentModel.DataAnnotations;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;

namespace LK3.Bot.Staff.People;

/// <summary>The counsellor form: what staff may set on a counsellor, checked on the server.</summary>
public sealed class CounsellorInput : IValidatableObject
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;
    public const int MinOpenCases = 1;
    public const int MaxOpenCasesLimit = 50;

    [Required(ErrorMessage = "Nama wajib diisi.")]
    [StringLength(NameMaxLength, MinimumLength = NameMinLength, ErrorMessage = "Nama harus 2 sampai 100 karakter.")]
    [Display(Name = "Nama")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Nama untuk keluarga wajib diisi.")]
    [StringLength(Counsellor.DisplayNameMaxLength, MinimumLength = NameMinLength, ErrorMessage = "Nama untuk keluarga harus 2 sampai 60 karakter.")]
    [Display(Name = "Nama untuk keluarga")]
    public string DisplayName { get; set; } = "";

    [AllowedValues(StaffRole.Counsellor, StaffRole.Supervisor, ErrorMessage = "Peran harus Konselor atau Supervisor.")]
    [Display(Name = "Peran")]
    public StaffRole Role { get; set; } = StaffRole.Counsellor;

    [Display(Name = "Keahlian")]
    public List<ProblemCategory> Specialities { get; set; } = [];

    [Display(Name = "Sedang cuti (tidak menerima kasus baru)")]
    public bool OnLeave { get; set; }

    [Display(Name = "Piket (menerima kasus mendesak)")]
    public bool OnDuty { get; set; }

    [Range(MinOpenCases, MaxOpenCasesLimit, ErrorMessage = "Batas kasus terbuka harus 1 sampai 50.")]
    [Display(Name = "Batas kasus terbuka")]
    public int MaxOpenCases { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length is < NameMinLength or > NameMaxLength)
        {
            yield return new ValidationResult($"Nama harus {NameMinLength} sampai {NameMaxLength} karakter.", [nameof(Name)]);
        }
        if ((DisplayName?.Trim().Length ?? 0) is < NameMinLength or > Counsellor.DisplayNameMaxLength)
        {
            yield return new ValidationResult(
                $"Nama untuk keluarga harus {NameMinLength} sampai {Counsellor.DisplayNameMaxLength} karakter.", [nameof(DisplayName)]);
        }
        if (Specialities.Any(s => !Enum.IsDefined(s)))
        {
            yield return new ValidationResult("Keahlian tidak dikenal.", [nameof(Specialities)]);
        }
    }

    public static CounsellorInput From(Counsellor counsellor) => new()
    {
        Name = counsellor.Name,
        DisplayName = counsellor.DisplayName,
        Role = counsellor.Role,
        Specialities = [.. counsellor.Specialities.Order()],
        OnLeave = !counsellor.Active,
        OnDuty = counsellor.OnDuty,
        MaxOpenCases = counsellor.MaxOpenCases,
    };

    public void ApplyTo(Counsellor counsellor)
    {
        counsellor.Name = Name.Trim();
        counsellor.DisplayName = DisplayName.Trim();
        counsellor.Role = Role;
        counsellor.Specialities = [.. Specialities.Distinct().Order()];
        counsellor.Active = !OnLeave;
        counsellor.OnDuty = OnDuty;
        counsellor.MaxOpenCases = MaxOpenCases;
    }

    /// <summary>For the audit log: the settings, by name (no personal data beyond the counsellor's name).</summary>
    public string Describe() => string.Join("; ", Parts().Select(p => $"{p.Field} {p.Value}"));

    /// <summary>For the audit log: what changed from <paramref name="before"/> to <paramref name="after"/>; empty when nothing did.</summary>
    public static string Changes(CounsellorInput before, CounsellorInput after) =>
        string.Join("; ", before.Parts().Zip(after.Parts())
            .Where(p => p.First.Value != p.Second.Value)
            .Select(p => $"{p.First.Field} {p.First.Value} → {p.Second.Value}"));

    private IEnumerable<(string Field, string Value)> Parts() =>
    [
        ("nama", Name.Trim()),
        ("nama untuk keluarga", DisplayName.Trim()),
        ("peran", PeopleLabels.Role(Role)),
        ("keahlian", PeopleLabels.Specialities(Specialities.Distinct())),
        ("cuti", PeopleLabels.YesNo(OnLeave)),
        ("piket", PeopleLabels.YesNo(OnDuty)),
        ("batas kasus", MaxOpenCases.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
