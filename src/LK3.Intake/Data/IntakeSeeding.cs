using LK3.Intake.Information;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Data;

/// <summary>
/// Puts the staff roles and the article's information content into an empty database; never overwrites what staff changed.
/// </summary>
public static class IntakeSeeding
{
    public static async Task SeedAsync(DbContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        var db = (IntakeDbContext)context;
        var existingRoles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        db.Roles.AddRange(StaffRoles.All.Where(role => !existingRoles.Contains(role))
            .Select(role => new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() }));
        if (!await db.InformationTopics.AnyAsync(cancellationToken))
        {
            db.InformationTopics.AddRange(InformationSeed.Topics(time.GetUtcNow()));
        }
        if (!await db.ReferralPartners.AnyAsync(cancellationToken))
        {
            db.ReferralPartners.AddRange(InformationSeed.ReferralPartners());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment seeded the same rows first: then all is well.
            db.ChangeTracker.Clear();
            if (await db.Roles.CountAsync(cancellationToken) < StaffRoles.All.Count
                || !await db.InformationTopics.AnyAsync(cancellationToken)
                || !await db.ReferralPartners.AnyAsync(cancellationToken)) throw;
        }
    }
}
