using LK3.Intake.FollowUps;
using Stateless;
using Stateless.Graph;
using Stage = LK3.Intake.Cases.CaseStage;
using Trigger = LK3.Intake.Cases.CaseTrigger;

namespace LK3.Intake.Cases;

/// <summary>
/// The stages a case goes through (the article's eight, then Closed), who may move it, and a history row
/// for every move. The stage lives on the <see cref="IntakeCase"/>; a workflow is built around it when needed.
/// </summary>
public sealed class CaseWorkflow
{
    public const int MaxNoteLength = 2000;

    /// <summary>When the family hears from LK3 after its case enters monitoring, and follow-up care.</summary>
    public static readonly TimeSpan MonitoringCheckInAfter = TimeSpan.FromDays(7);
    public static readonly TimeSpan FollowUpCareCheckInAfter = TimeSpan.FromDays(30);

    private readonly IntakeCase _case;
    private readonly OfficeHours _officeHours;
    private readonly TimeProvider _time;
    private readonly StateMachine<Stage, Trigger> _machine;
    private readonly StateMachine<Stage, Trigger>.TriggerWithParameters<CaseActor, string?> _advance;
    private readonly StateMachine<Stage, Trigger>.TriggerWithParameters<CaseActor, int, string?> _refer;
    private readonly StateMachine<Stage, Trigger>.TriggerWithParameters<CaseActor, string> _terminate;
    private readonly StateMachine<Stage, Trigger>.TriggerWithParameters<CaseActor, string> _reopen;

    public CaseWorkflow(IntakeCase intakeCase, OfficeHours officeHours, TimeProvider time)
    {
        _case = intakeCase;
        _officeHours = officeHours;
        _time = time;
        _machine = new StateMachine<Stage, Trigger>(() => intakeCase.Stage, stage => intakeCase.Stage = stage);
        _advance = _machine.SetTriggerParameters<CaseActor, string?>(Trigger.Advance);
        _refer = _machine.SetTriggerParameters<CaseActor, int, string?>(Trigger.Refer);
        _terminate = _machine.SetTriggerParameters<CaseActor, string>(Trigger.Terminate);
        _reopen = _machine.SetTriggerParameters<CaseActor, string>(Trigger.Reopen);
        _machine.OnUnhandledTrigger((stage, trigger, unmetGuards) =>
            throw new CaseTransitionRefusedException(intakeCase.Reference, stage, trigger, unmetGuards ?? []));

        Open(Stage.InitialContact)
            .PermitIf(_advance, Stage.CaseIdentification, MayWork, WorkDescription);

        Open(Stage.CaseIdentification)
            .PermitIf(_advance, Stage.CaseAssessment, MayWork, WorkDescription);

        Open(Stage.CaseAssessment)
            .PermitIf(_advance, Stage.InterventionPlanning, MayWork, WorkDescription)
            .PermitIf(_refer, Stage.TerminationReferral, MayRefer, ReferDescription);

        Open(Stage.InterventionPlanning)
            .PermitIf(_advance, Stage.Intervention, MayWork, WorkDescription)
            .PermitIf(_refer, Stage.TerminationReferral, MayRefer, ReferDescription);

        Open(Stage.Intervention)
            .PermitIf(_advance, Stage.MonitoringEvaluation, MayWork, WorkDescription)
            .PermitIf(_refer, Stage.TerminationReferral, MayRefer, ReferDescription);

        Open(Stage.MonitoringEvaluation)
            .OnEntry(() => ScheduleCheckIn(FollowUpKind.MonitoringCheckIn, MonitoringCheckInAfter))
            .PermitIf(_advance, Stage.TerminationReferral, MayWork, WorkDescription)
            .PermitIf(_refer, Stage.TerminationReferral, MayRefer, ReferDescription);

        Open(Stage.TerminationReferral)
            .PermitIf(_advance, Stage.FollowUpCare, MayWork, WorkDescription)
            .PermitReentryIf(_refer, MayRefer, ReferDescription);

        Open(Stage.FollowUpCare)
            .OnEntry(() => ScheduleCheckIn(FollowUpKind.FollowUpCareCheckIn, FollowUpCareCheckInAfter))
            .PermitIf(_advance, Stage.Closed, MayWork, WorkDescription);

        _machine.Configure(Stage.Closed)
            .PermitIf(_reopen, Stage.FollowUpCare, (actor, reason) => actor.MayOverrule && HasText(reason), OverruleDescription);
    }

    public Stage Stage => _machine.State;

    public void Advance(CaseActor actor, string? note = null) => Move(Trigger.Advance, actor, note, () => _machine.Fire(_advance, actor, note));

    public void Refer(CaseActor actor, int referralPartnerId, string? note = null) => Move(Trigger.Refer, actor, note, () =>
    {
        _machine.Fire(_refer, actor, referralPartnerId, note);
        _case.ReferralPartnerId = referralPartnerId;
    });

    public void Terminate(CaseActor actor, string reason) => Move(Trigger.Terminate, actor, reason, () => _machine.Fire(_terminate, actor, reason));

    public void Reopen(CaseActor actor, string reason) => Move(Trigger.Reopen, actor, reason, () => _machine.Fire(_reopen, actor, reason));

    /// <summary>What this actor may do with the case now, for showing only the buttons that will work.</summary>
    public IReadOnlyList<Trigger> PermittedTriggers(CaseActor actor) =>
        [.. Enum.GetValues<Trigger>().Where(trigger => IsPermitted(trigger, actor))];

    /// <summary>The workflow as a Mermaid state diagram, kept in docs/ and checked by a test.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private bool IsPermitted(Trigger trigger, CaseActor actor) => trigger switch
    {
        Trigger.Advance => _machine.CanFire(_advance, actor, null),
        // Any partner will do for the question whether a referral is possible now.
        Trigger.Refer => _machine.CanFire(_refer, actor, 1, null),
        Trigger.Terminate => _machine.CanFire(_terminate, actor, "?"),
        _ => _machine.CanFire(_reopen, actor, "?"),
    };

    /// <summary>A stage of an open case: besides its own steps, it can be ended early, with a reason.</summary>
    private StateMachine<Stage, Trigger>.StateConfiguration Open(Stage stage) =>
        _machine.Configure(stage).PermitIf(_terminate, Stage.Closed, (actor, reason) => actor.MayWorkOnCase && HasText(reason),
            "assigned counsellor, supervisor or admin, with a reason");

    /// <summary>A check-in with the family, at an office hour once the time has passed.</summary>
    private void ScheduleCheckIn(FollowUpKind kind, TimeSpan after) =>
        _case.FollowUps.Add(new FollowUp { Kind = kind, DueAt = _officeHours.NextOpening(_time.GetUtcNow() + after) });

    private void Move(Trigger trigger, CaseActor actor, string? note, Action fire)
    {
        if (note is { Length: > MaxNoteLength }) throw new ArgumentException($"A note has at most {MaxNoteLength} characters.", nameof(note));
        var from = _machine.State;
        fire();
        _case.Transitions.Add(new CaseTransition
        {
            From = from,
            To = _machine.State,
            Trigger = trigger,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            Note = note,
            At = _time.GetUtcNow(),
        });
    }

    private const string WorkDescription = "assigned counsellor, supervisor or admin";
    private const string ReferDescription = "assigned counsellor, supervisor or admin, naming a referral partner";
    private const string OverruleDescription = "supervisor or admin, with a reason";

    private static bool MayWork(CaseActor actor, string? _) => actor.MayWorkOnCase;

    private static bool MayRefer(CaseActor actor, int partnerId, string? _) => actor.MayWorkOnCase && partnerId > 0;

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);
}
