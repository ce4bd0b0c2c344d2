using LK3.Bot.Data;
using LK3.Intake.Data;
using LK3.Intake.Information;
using LK3.Intake.Staff;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>Instances started together seed one empty database at the same moment.</summary>
public sealed class SeedingTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seeding_the_same_empty_database_at_once_from_many_instances_adds_each_role_and_the_content_once(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        database.SkipIfUnavailable();
        await using (var db = database.NewContext()) await db.Database.MigrateAsync();

        // Called directly, without the migration lock around it, so that the seeds really meet.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            await IntakeSeeding.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        })));

        await using var check = database.NewContext();
        Assert.Equal(
            StaffRoles.All.Select(r => (r, r.ToUpperInvariant())).Order(),
            (await check.Roles.Select(r => new { r.Name, r.NormalizedName }).ToListAsync()).Select(r => (r.Name!, r.NormalizedName!)).Order());
        Assert.Equal(InformationSeed.Topics(DateTimeOffset.UnixEpoch).Count, await check.InformationTopics.CountAsync());
        Assert.Equal(InformationSeed.ReferralPartners().Count, await check.ReferralPartners.CountAsync());
    }
}
