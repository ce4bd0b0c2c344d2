using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Cases;

internal sealed class CaseYearCounterConfiguration : IEntityTypeConfiguration<CaseYearCounter>
{
    public void Configure(EntityTypeBuilder<CaseYearCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
