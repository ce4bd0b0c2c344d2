using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Privacy;

/// <summary>
/// Hangfire's daily job: cases closed longer ago than <see cref="PrivacyOptions.ClosedCaseRetention"/> keep only
/// what the yearly figures count. Safe to run twice (an anonymised case is not touched again).
/// </summary>
public sealed class CaseRetentionJob(
    IntakeDbContext db, ClientErasure erasure, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<CaseRetentionJob> logger)
{
    public const string Id = "case-retention";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.ClosedCaseRetention;
        var due = await db.Cases
            .Where(c => c.Stage == CaseStage.Closed && c.AnonymisedAt == null
                && db.CaseTransitions.Where(t => t.CaseId == c.Id && t.To == CaseStage.Closed).Max(t => (DateTimeOffset?)t.At) < cutoff)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return;
        await erasure.AnonymiseCasesAsync(due, cancellationToken);
        PrivacyLog.CasesAnonymised(logger, due.Count);
    }
}

internal static partial class PrivacyLog
{
    [LoggerMessage(8001, LogLevel.Information, "{Count} cases closed beyond the retention period were anonymised")]
    public static partial void CasesAnonymised(ILogger logger, int count);
}
