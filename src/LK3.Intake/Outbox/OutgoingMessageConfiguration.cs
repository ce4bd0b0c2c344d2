using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Outbox;

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.ChatId).HasMaxLength(64);
        builder.Property(m => m.FailureReason).HasMaxLength(300);
        builder.Property(m => m.ExternalMessageId).HasMaxLength(200);
        builder.ComplexCollection(m => m.Buttons, b => b.ToJson());
        builder.HasIndex(m => new { m.Status, m.Channel, m.ChatId, m.Id });
        // Delivery receipts and replies name a message by the channel's id.
        builder.HasIndex(m => new { m.Channel, m.ExternalMessageId });
        // The web chat page reads its chat's replies in delivery order every few seconds.
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.SentAt });
    }
}
