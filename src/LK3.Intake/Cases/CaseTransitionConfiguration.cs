using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Cases;

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> builder)
    {
        builder.Property(t => t.ActorName).HasMaxLength(120);
        builder.Property(t => t.Note).HasMaxLength(CaseWorkflow.MaxNoteLength);
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}
