namespace LK3.Intake.FollowUps;

/// <summary>
/// Something to do about a case at a set time (tindak lanjut). The row is the truth: Hangfire's recurring
/// job runs whatever is due, so nothing is lost with a job, and one whose case has moved on does nothing.
/// </summary>
public sealed class FollowUp
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public FollowUpKind Kind { get; set; }

    /// <summary>For an offer's acceptance window: the offer it watches.</summary>
    public int? OfferId { get; set; }
    public Counsellors.CaseOffer? Offer { get; set; }

    public DateTimeOffset DueAt { get; set; }
    public FollowUpStatus Status { get; set; } = FollowUpStatus.Scheduled;
    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>The stage a reminder or check-in is about: once its case has left it, the follow-up does nothing.</summary>
    public static Cases.CaseStage? StageFor(FollowUpKind kind) => kind switch
    {
        FollowUpKind.FirstContactReminder => Cases.CaseStage.InitialContact,
        FollowUpKind.MonitoringCheckIn => Cases.CaseStage.MonitoringEvaluation,
        FollowUpKind.FollowUpCareCheckIn => Cases.CaseStage.FollowUpCare,
        _ => null,
    };

    /// <summary>Whether it will still do something for a case at <paramref name="stage"/> (what staff see as coming).</summary>
    public bool StillDueAt(Cases.CaseStage stage) =>
        Status == FollowUpStatus.Scheduled && (StageFor(Kind) is { } about ? stage == about : stage != Cases.CaseStage.Closed);
}

public enum FollowUpKind
{
    /// <summary>The offer's acceptance window closes: an offer still unanswered goes to the next counsellor.</summary>
    OfferTimeout,

    /// <summary>One working day after acceptance: a reminder when the case is still in InitialContact.</summary>
    FirstContactReminder,

    /// <summary>A date the counsellor chose for the case (/tindaklanjut): a reminder then.</summary>
    CounsellorFollowUp,

    /// <summary>A week into MonitoringEvaluation: the family is asked how they are.</summary>
    MonitoringCheckIn,

    /// <summary>30 days into FollowUpCare: the family is asked how they are.</summary>
    FollowUpCareCheckIn,
}

public enum FollowUpStatus
{
    Scheduled,
    Done,
}
