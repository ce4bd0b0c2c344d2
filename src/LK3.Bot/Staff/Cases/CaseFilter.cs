using LK3.Intake.Cases;

namespace LK3.Bot.Staff.Cases;

/// <summary>The case queue's filters, the same in the pages and the API; every one optional.</summary>
public sealed record CaseFilter(
    CaseStage? Stage = null,
    bool? Urgent = null,
    int? CounsellorId = null,
    ProblemCategory? Category = null,
    Kecamatan? Kecamatan = null,
    int? Year = null,
    string? Reference = null)
{
    /// <summary>Any filter set (an empty field binds as null).</summary>
    public bool IsActive => this != new CaseFilter();
}

/// <summary>One row of the queue: what the case is, whose it is, and whether the family is waiting for someone.</summary>
/// <param name="Story">The first line of what the family told at intake, shortened.</param>
/// <param name="WaitingSince">
/// Since when the family waits for LK3: the intake itself while the case is at first contact and nobody has answered,
/// else its first message after the last staff reply; null when nobody waits (answered, or closed).
/// </param>
/// <param name="Unread">The family's messages since the last staff reply.</param>
/// <param name="OfferedTo">Who has the case's open offer, while nobody holds it.</param>
/// <param name="WantsPersonSince">The bot did not understand the family twice and told them a person would answer: since then.</param>
/// <param name="Contact">How the family asked to be reached, with the number and the note ("jgn telpon siang"), while the case is open.</param>
public sealed record CaseSummary(
    string Reference, CaseStage Stage, bool Urgent, ProblemCategory Category, Kecamatan Kecamatan, string Channel, string? CounsellorName,
    DateTimeOffset CreatedAt, string Story, DateTimeOffset? WaitingSince, int Unread, string? OfferedTo, DateTimeOffset? WantsPersonSince,
    ContactMethod Contact, string? ContactPhone, string? ContactNote)
{
    public const int StoryLength = 120;

    /// <summary>Nobody holds the case yet: it is offered, or waits in the queue.</summary>
    public bool Unheld => CounsellorName is null && Stage != CaseStage.Closed;

    /// <summary>The first line of a story, at most <see cref="StoryLength"/> characters.</summary>
    public static string FirstLine(string story)
    {
        var line = story.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        if (end >= 0) line = line[..end].TrimEnd();
        return line.Length <= StoryLength ? line.ToString() : string.Concat(line[..(StoryLength - 1)].TrimEnd(), "…");
    }
}

/// <summary>A family the bot told a person would answer, with no open case: where it writes, in which language, since when.</summary>
public sealed record WaitingConversation(int ClientId, string Channel, string Language, DateTimeOffset Since);
