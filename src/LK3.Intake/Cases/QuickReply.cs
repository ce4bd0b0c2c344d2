namespace LK3.Intake.Cases;

/// <summary>A saved answer staff can send to a family in one step (balasan cepat), kept and edited by staff.</summary>
public sealed class QuickReply
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const int MaxTitleLength = 60;
}
