using System.Globalization;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Reports;

/// <summary>
/// The figures of one year. Counting happens in the database with plain GROUP BY / COUNT (enums are stored as
/// text), which SQLite, PostgreSQL and SQL Server all translate; only the median is taken in memory, over the
/// cases of one year.
/// </summary>
public static class FiguresQuery
{
    public const string NotReferredLabel = "Tidak dirujuk";

    /// <summary>The years that have cases, newest first.</summary>
    public static async Task<IReadOnlyList<int>> AvailableYearsAsync(this IntakeDbContext db, CancellationToken ct) =>
        await db.Cases.Select(c => c.Year).Distinct().OrderByDescending(year => year).ToListAsync(ct);

    public static async Task<YearlyFigures> ForYearAsync(this IntakeDbContext db, int year, CancellationToken ct)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.Year == year);
        var texts = ConversationTexts.Indonesian;

        // Grouping by the year we filter on gives one row, or none for a year without cases.
        var totals = await cases.GroupBy(c => c.Year)
            .Select(g => new
            {
                Handled = g.Count(),
                Continuing = g.Count(c => c.ContinuingClient),
                Urgent = g.Count(c => c.Urgent),
                Closed = g.Count(c => c.Stage == CaseStage.Closed),
            })
            .SingleOrDefaultAsync(ct);

        var byCategory = await cases.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byStage = await cases.GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byKecamatan = await cases.GroupBy(c => c.Kecamatan).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byChannel = await cases.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byPartner = await cases.GroupBy(c => c.ReferralPartnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var partnerIds = byPartner.Where(p => p.Key is not null).Select(p => p.Key!.Value).ToList();
        var partnerNames = await db.ReferralPartners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        // Times are compared in the database (MIN): SQLite stores them as numbers for that, see SqliteIntakeDbContext.
        var contacts = await cases
            .Select(c => new
            {
                c.CreatedAt,
                TakenUp = c.Transitions
                    .Where(t => t.From == CaseStage.InitialContact && t.To != CaseStage.Closed)
                    .Min(t => (DateTimeOffset?)t.At),
                Answered = c.Messages
                    .Where(m => m.Direction == MessageDirection.FromCounsellor)
                    .Min(m => (DateTimeOffset?)m.ReceivedAt),
            })
            .ToListAsync(ct);
        var timesToFirstContact = contacts
            .Select(c => Earliest(c.TakenUp, c.Answered) - c.CreatedAt)
            .OfType<TimeSpan>()
            .ToList();

        return new YearlyFigures
        {
            Year = year,
            CasesHandled = totals?.Handled ?? 0,
            NewClients = totals is null ? 0 : totals.Handled - totals.Continuing,
            ContinuingClients = totals?.Continuing ?? 0,
            Urgent = totals?.Urgent ?? 0,
            Closed = totals?.Closed ?? 0,
            ByCategory = [.. texts.Categories.Select(c => Row(c.Key, c.Value, byCategory))],
            ByStage = [.. Enum.GetValues<CaseStage>().Select(stage => Row(stage, texts.Stages[stage], byStage))],
            ByKecamatan = [.. texts.Kecamatans.Select(k => Row(k.Key, k.Value, byKecamatan))],
            ByReferralPartner =
            [
                .. byPartner.Where(p => p.Key is not null)
                    .Select(p => new FigureRow(p.Key!.Value.ToString(CultureInfo.InvariantCulture), partnerNames[p.Key.Value], p.Count))
                    .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal),
                .. byPartner.Where(p => p.Key is null)
                    .Select(p => new FigureRow(YearlyFigures.NotReferredKey, NotReferredLabel, p.Count)),
            ],
            ByChannel =
            [
                .. byChannel.Select(c => new FigureRow(c.Key, Clients.ChannelNames.Label(c.Key), c.Count))
                    .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal),
            ],
            MedianTimeToFirstContact = Median(timesToFirstContact),
            CasesWithFirstContact = timesToFirstContact.Count,
        };
    }

    private static FigureRow Row<T>(T key, string label, Dictionary<T, int> counts) where T : struct, Enum =>
        new(key.ToString(), label, counts.GetValueOrDefault(key));

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>The middle value, or the mean of the two middle values of an even count.</summary>
    internal static TimeSpan? Median(IReadOnlyCollection<TimeSpan> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
