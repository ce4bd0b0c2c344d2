namespace LK3.Bot.Privacy;

/// <summary>The "Privacy" section: how long closed cases keep what families said.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>After this long closed, a case keeps only what the yearly figures count (default five years).</summary>
    public TimeSpan ClosedCaseRetention { get; set; } = TimeSpan.FromDays(5 * 365 + 1);
}
