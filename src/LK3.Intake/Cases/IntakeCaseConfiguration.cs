using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Information;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Cases;

internal sealed class IntakeCaseConfiguration : IEntityTypeConfiguration<IntakeCase>
{
    public void Configure(EntityTypeBuilder<IntakeCase> builder)
    {
        builder.ToTable("Cases");
        builder.Ignore(c => c.Reference);
        // The database, not the application, keeps references unique when two cases are created at once.
        builder.HasIndex(c => new { c.Year, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.ClientId, c.Stage });
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.CaseId);
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CaseId);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId);
        builder.HasOne<ReferralPartner>().WithMany().HasForeignKey(c => c.ReferralPartnerId);
        builder.HasOne<Counsellors.Counsellor>().WithMany().HasForeignKey(c => c.CounsellorId);
    }
}
