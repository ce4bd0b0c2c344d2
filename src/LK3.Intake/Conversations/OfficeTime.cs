using System.Globalization;

namespace LK3.Intake.Conversations;

/// <summary>LK3 works in Asia/Makassar time (WITA); years of references and dates shown to families follow it.</summary>
public static class OfficeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    public static DateTimeOffset ToOfficeTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>An instant as the office writes it for staff and counsellors, zone included: "05/01/2026 10.30 WITA".</summary>
    public static string Show(DateTimeOffset instant) => instant.ToOfficeTime().ToString("dd/MM/yyyy HH.mm", CultureInfo.InvariantCulture) + " WITA";
}
