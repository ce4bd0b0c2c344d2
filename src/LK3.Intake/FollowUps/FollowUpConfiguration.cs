using LK3.Intake.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.HasOne<IntakeCase>().WithMany(c => c.FollowUps).HasForeignKey(f => f.CaseId);
        builder.HasIndex(f => new { f.Status, f.DueAt });
        builder.HasOne(f => f.Offer).WithMany().HasForeignKey(f => f.OfferId);
        // Done only while still scheduled: two runs of the job can never both act on one follow-up.
        builder.Property(f => f.Status).IsConcurrencyToken();
    }
}
