using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Broadcasts;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.Property(b => b.Text).HasMaxLength(Broadcast.MaxTextLength);
        builder.Property(b => b.LinkUrl).HasMaxLength(500);
        builder.Property(b => b.LinkLabel).HasMaxLength(20);
        builder.Property(b => b.Language).HasMaxLength(10);
        builder.Property(b => b.Channel).HasMaxLength(20);
        builder.Property(b => b.CreatedBy).HasMaxLength(100);
        builder.PrimitiveCollection(b => b.Topics).ElementType(e => e.HasConversion<string>().HasMaxLength(40));
        builder.HasIndex(b => new { b.Status, b.SendAt });
    }
}

internal sealed class BroadcastDeliveryConfiguration : IEntityTypeConfiguration<BroadcastDelivery>
{
    public void Configure(EntityTypeBuilder<BroadcastDelivery> builder)
    {
        builder.Property(d => d.Channel).HasMaxLength(20);
        builder.Property(d => d.ChatId).HasMaxLength(64);
        builder.Property(d => d.FailureReason).HasMaxLength(300);
        builder.HasOne<Broadcast>().WithMany().HasForeignKey(d => d.BroadcastId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.BroadcastId, d.ClientId }).IsUnique();
        builder.HasIndex(d => new { d.BroadcastId, d.Status, d.NextAttemptAt, d.Id });
        builder.HasIndex(d => d.ClaimedBy);
    }
}
