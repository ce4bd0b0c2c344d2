using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Cases;

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> builder)
    {
        builder.Property(t => t.ActorName).HasMaxLength(120);
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}
