using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Inbox;

internal sealed class ChatLeaseConfiguration : IEntityTypeConfiguration<ChatLease>
{
    public void Configure(EntityTypeBuilder<ChatLease> builder)
    {
        builder.HasKey(l => new { l.Channel, l.ChatId });
        builder.Property(l => l.Channel).HasMaxLength(20);
        builder.Property(l => l.ChatId).HasMaxLength(64);
        builder.Property(l => l.Owner).HasMaxLength(80);
    }
}
