using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Cases;

internal sealed class QuickReplyConfiguration : IEntityTypeConfiguration<QuickReply>
{
    public void Configure(EntityTypeBuilder<QuickReply> builder)
    {
        builder.Property(q => q.Title).HasMaxLength(QuickReply.MaxTitleLength);
        builder.Property(q => q.Text).HasMaxLength(ConversationLimits.MaxTextLength);
    }
}
