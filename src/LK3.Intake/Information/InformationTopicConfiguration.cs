using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Information;

internal sealed class InformationTopicConfiguration : IEntityTypeConfiguration<InformationTopic>
{
    public void Configure(EntityTypeBuilder<InformationTopic> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(60);
        builder.Property(t => t.Language).HasMaxLength(5);
        builder.Property(t => t.Title).HasMaxLength(24);
        builder.Property(t => t.Keywords).HasMaxLength(1000);
        builder.HasIndex(t => new { t.Key, t.Language }).IsUnique();
    }
}
