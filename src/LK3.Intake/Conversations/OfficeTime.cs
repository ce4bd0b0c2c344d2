namespace LK3.Intake.Conversations;

/// <summary>LK3 works in Asia/Makassar time (WITA); years of references and dates shown to families follow it.</summary>
public static class OfficeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    public static DateTimeOffset ToOfficeTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
