using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.ChatId).HasMaxLength(64);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.HasIndex(c => new { c.Channel, c.ChatId }).IsUnique();
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(r => r.ClientId);
        builder.HasOne(c => c.Conversation).WithOne().HasForeignKey<Conversations.Conversation>(c => c.ClientId);
    }
}
