using LK3.Intake.Cases;

namespace LK3.Intake.Counsellors;

public static class CounsellorQueries
{
    /// <summary>The Telegram chats of the active supervisors, who hear of cases that stall.</summary>
    public static IQueryable<string> SupervisorChats(this IQueryable<Counsellor> counsellors) =>
        counsellors.Where(c => c.Active && c.Role == StaffRole.Supervisor && c.TelegramChatId != null).Select(c => c.TelegramChatId!);

    /// <summary>The case a reference such as LK3-2026-0007 names.</summary>
    public static IQueryable<IntakeCase> WithReference(this IQueryable<IntakeCase> cases, CaseReference reference) =>
        cases.Where(c => c.Year == reference.Year && c.Number == reference.Number);
}
