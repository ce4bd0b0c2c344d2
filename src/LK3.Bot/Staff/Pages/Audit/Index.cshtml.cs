using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Audit;

/// <summary>The audit log as sentences (<see cref="AuditActions"/>), newest first, a page at a time, with filters: for admins only.</summary>
[Authorize(Policy = StaffApp.AdminPolicy)]
public sealed class AuditIndexModel(IntakeDbContext db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(long Id, DateTimeOffset At, string UserName, string Action, string? Reference, string? Details);

    public string? UserName { get; private set; }
    public string? Action { get; private set; }
    public string? Reference { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public long? Before { get; private set; }

    public bool IsFiltered => UserName is not null || Action is not null || Reference is not null || From is not null || To is not null;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? OlderLink { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(
        string? user, string? action, string? reference, DateOnly? from, DateOnly? to, long? before, CancellationToken cancellationToken)
    {
        (UserName, Action, Reference, From, To, Before) =
            (Clean(user), Clean(action)?.ToLowerInvariant(), Clean(reference)?.ToUpperInvariant(), from, to, before);
        var entries = db.AuditEntries.AsNoTracking();
        if (UserName is { } name)
        {
            var lowered = name.ToLowerInvariant();
            entries = entries.Where(a => a.UserName.ToLower().Contains(lowered));
        }
        if (Action is { } prefix)
        {
            entries = entries.Where(a => a.Action.StartsWith(prefix));
        }
        if (Reference is { } text)
        {
            if (!CaseReference.TryParse(text, out var parsed))
            {
                Error = "Nomor kasus tidak dikenali; tulis seperti LK3-2026-0001.";
                return;
            }
            var caseId = await db.Cases.WithReference(parsed).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (caseId is null)
            {
                Error = $"Kasus {parsed} tidak ditemukan.";
                return;
            }
            entries = entries.Where(a => a.CaseId == caseId);
        }
        if (From is { } first && To is { } last && first > last)
        {
            Error = "Tanggal awal jatuh setelah tanggal akhir.";
            return;
        }
        if (From is { } start)
        {
            var since = StartOfOfficeDay(start);
            entries = entries.Where(a => a.At >= since);
        }
        if (To is { } end)
        {
            var until = StartOfOfficeDay(end.AddDays(1));
            entries = entries.Where(a => a.At < until);
        }
        if (Before is { } id)
        {
            entries = entries.Where(a => a.Id < id);
        }

        var page = await entries.OrderByDescending(a => a.Id).Take(PageSize + 1)
            .Select(a => new { a.Id, a.At, a.UserName, a.Action, a.CaseId, a.Details })
            .ToListAsync(cancellationToken);
        var caseIds = page.Where(a => a.CaseId is not null).Select(a => a.CaseId!.Value).Distinct().ToList();
        var references = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Year, c.Number })
            .ToDictionaryAsync(c => c.Id, c => new CaseReference(c.Year, c.Number).ToString(), cancellationToken);
        Rows =
        [
            .. page.Take(PageSize).Select(a =>
                new Row(a.Id, a.At, a.UserName, a.Action, a.CaseId is { } caseId ? references.GetValueOrDefault(caseId) : null, a.Details)),
        ];
        if (page.Count > PageSize)
        {
            OlderLink = LinkWith(Rows[^1].Id);
        }
    }

    /// <summary>The first page again, with the same filters.</summary>
    public string NewestLink => LinkWith(before: null);

    private string LinkWith(long? before) => QueryHelpers.AddQueryString("/audit", new Dictionary<string, string?>
    {
        ["user"] = UserName,
        ["action"] = Action,
        ["reference"] = Reference,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["before"] = before?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null));

    /// <summary>Midnight of a WITA date, in UTC, as the database compares times.</summary>
    private static DateTimeOffset StartOfOfficeDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, OfficeTime.Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
