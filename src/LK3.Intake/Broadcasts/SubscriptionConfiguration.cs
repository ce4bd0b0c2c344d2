using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Broadcasts;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasIndex(s => s.ClientId).IsUnique();
        builder.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.PrimitiveCollection(s => s.Topics).ElementType(e => e.HasConversion<string>().HasMaxLength(40));
        builder.Ignore(s => s.IsActive);
    }
}
