using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LK3.Intake.Staff;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne<Counsellors.Counsellor>().WithMany().HasForeignKey(u => u.CounsellorId).OnDelete(DeleteBehavior.SetNull);
    }
}
