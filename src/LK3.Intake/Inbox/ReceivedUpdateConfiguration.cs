using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Inbox;

internal sealed class ReceivedUpdateConfiguration : IEntityTypeConfiguration<ReceivedUpdate>
{
    public void Configure(EntityTypeBuilder<ReceivedUpdate> builder)
    {
        builder.Property(u => u.Channel).HasMaxLength(20);
        builder.Property(u => u.ExternalId).HasMaxLength(200);
        builder.Property(u => u.ChatId).HasMaxLength(64);
        builder.Property(u => u.FailureReason).HasMaxLength(300);
        // Marking an update handled succeeds only while it is still pending: two instances can never both handle it.
        builder.Property(u => u.Status).IsConcurrencyToken();
        builder.HasIndex(u => new { u.Channel, u.ExternalId }).IsUnique();
        builder.HasIndex(u => new { u.Status, u.Channel, u.ChatId, u.Sequence });
    }
}
