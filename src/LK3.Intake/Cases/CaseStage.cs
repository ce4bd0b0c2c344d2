namespace LK3.Intake.Cases;

/// <summary>The stages of LK3's service process, in the article's order, then Closed.</summary>
public enum CaseStage
{
    InitialContact,
    CaseIdentification,
    CaseAssessment,
    InterventionPlanning,
    Intervention,
    MonitoringEvaluation,
    TerminationReferral,
    FollowUpCare,
    Closed,
}
