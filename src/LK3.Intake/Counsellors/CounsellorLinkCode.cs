namespace LK3.Intake.Counsellors;

/// <summary>
/// A one-time code staff give a counsellor to link their Telegram chat (/daftar CODE). Only its hash is
/// kept: the code itself is shown once, to the staff member who made it.
/// </summary>
public sealed class CounsellorLinkCode
{
    public int Id { get; set; }
    public int CounsellorId { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>A wrong /daftar code from a chat, counted to slow down guessing.</summary>
public sealed class LinkAttempt
{
    public int Id { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public DateTimeOffset At { get; set; }
}
