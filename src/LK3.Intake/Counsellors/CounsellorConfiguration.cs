using LK3.Intake.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Counsellors;

internal sealed class CounsellorConfiguration : IEntityTypeConfiguration<Counsellor>
{
    public void Configure(EntityTypeBuilder<Counsellor> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.DisplayName).HasMaxLength(Counsellor.DisplayNameMaxLength);
        builder.OwnsOne(c => c.Contact, contact =>
        {
            contact.Property(a => a.Channel).HasColumnName("ContactChannel").HasMaxLength(20);
            contact.Property(a => a.ChatId).HasColumnName("ContactChatId").HasMaxLength(64);
            contact.HasIndex(a => new { a.Channel, a.ChatId }).IsUnique();
        });
        // As text, like every enum here: a category added later cannot shift what counsellors take.
        builder.PrimitiveCollection(c => c.Specialities).ElementType(e => e.HasConversion<string>().HasMaxLength(40));
    }
}

internal sealed class CounsellorLinkCodeConfiguration : IEntityTypeConfiguration<CounsellorLinkCode>
{
    public void Configure(EntityTypeBuilder<CounsellorLinkCode> builder)
    {
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        // Used once: two chats sending the same code at the same moment cannot both be linked.
        builder.Property(c => c.UsedAt).IsConcurrencyToken();
        builder.HasOne<Counsellor>().WithMany().HasForeignKey(c => c.CounsellorId);
    }
}

internal sealed class LinkAttemptConfiguration : IEntityTypeConfiguration<LinkAttempt>
{
    public void Configure(EntityTypeBuilder<LinkAttempt> builder)
    {
        builder.Property(a => a.Channel).HasMaxLength(20);
        builder.Property(a => a.ChatId).HasMaxLength(64);
        builder.HasIndex(a => new { a.Channel, a.ChatId, a.At });
    }
}

internal sealed class CaseOfferConfiguration : IEntityTypeConfiguration<CaseOffer>
{
    public void Configure(EntityTypeBuilder<CaseOffer> builder)
    {
        builder.HasOne<IntakeCase>().WithMany(c => c.Offers).HasForeignKey(o => o.CaseId);
        builder.HasOne<Counsellor>().WithMany().HasForeignKey(o => o.CounsellorId);
        builder.HasIndex(o => new { o.CounsellorId, o.Status });
        // The message goes after 30 days (message-retention); the offer stays, and is then no longer edited.
        builder.HasOne(o => o.Message).WithMany().HasForeignKey(o => o.MessageId).OnDelete(DeleteBehavior.SetNull);
        // Answered once: an accept racing the acceptance window's lapse cannot both win.
        builder.Property(o => o.Status).IsConcurrencyToken();
    }
}
