using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Information;

internal sealed class ReferralPartnerConfiguration : IEntityTypeConfiguration<ReferralPartner>
{
    public void Configure(EntityTypeBuilder<ReferralPartner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(60);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
