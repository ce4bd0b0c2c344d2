namespace LK3.Intake.Information;

/// <summary>A partner institution LK3 refers families to (lembaga rujukan).</summary>
public sealed class ReferralPartner
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
}
