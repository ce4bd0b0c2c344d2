using System.ComponentModel.DataAnnotations;

namespace LK3.Intake.FollowUps;

/// <summary>The "OfficeHours" configuration section: when LK3 answers, in Asia/Makassar time (WITA).</summary>
public sealed class OfficeHoursOptions : IValidatableObject
{
    public const string SectionName = "OfficeHours";

    public TimeOnly Opens { get; set; } = new(8, 0);
    public TimeOnly Closes { get; set; } = new(16, 0);
    /// <summary>Working days; Monday to Friday when none are configured (left empty here, because configuration adds to a list).</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public static readonly DayOfWeek[] DefaultDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Public holidays (hari libur nasional, cuti bersama) on which the office is closed.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Opens >= Closes) yield return new ValidationResult("OfficeHours:Opens must be before OfficeHours:Closes.");
    }
}
