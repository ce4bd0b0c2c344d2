namespace LK3.Intake.Cases;

/// <summary>A move the workflow does not allow; the case is left as it was.</summary>
public sealed class CaseTransitionRefusedException(CaseReference reference, CaseStage stage, CaseTrigger trigger, ICollection<string> unmetGuards)
    : InvalidOperationException(unmetGuards.Count == 0
        ? $"Case {reference} is in stage {stage}, from which it cannot be moved by {trigger}."
        : $"Case {reference} cannot be moved by {trigger} from stage {stage}: only {string.Join(" or ", unmetGuards)}.")
{
    public CaseStage Stage { get; } = stage;
    public CaseTrigger Trigger { get; } = trigger;
}
