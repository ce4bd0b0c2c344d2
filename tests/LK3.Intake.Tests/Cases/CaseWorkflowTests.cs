using LK3.Intake.Cases;
using LK3.Intake.FollowUps;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Intake.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private const string Reference = "LK3-2026-0007";
    private const int Partner = 12;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseStage[] Stages = Enum.GetValues<CaseStage>();
    private static readonly CaseStage[] OpenStages = [.. Stages.Where(stage => stage != CaseStage.Closed)];
    private static readonly CaseStage[] ReferStages =
        [CaseStage.CaseAssessment, CaseStage.InterventionPlanning, CaseStage.Intervention, CaseStage.MonitoringEvaluation];

    private readonly FakeTimeProvider _time = new(Start);

    /// <summary>Actors by name, so theory data stays serializable.</summary>
    private static CaseActor Actor(string who) => who switch
    {
        "counsellor" => new CaseActor("Rina", StaffRole.Counsellor, IsAssignedCounsellor: true),
        "unassigned" => new CaseActor("Dewi", StaffRole.Counsellor, IsAssignedCounsellor: false),
        "supervisor" => new CaseActor("Bu Sari", StaffRole.Supervisor),
        "admin" => new CaseActor("Pak Admin", StaffRole.Admin),
        "system" => CaseActor.System,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    private static readonly string[] Workers = ["counsellor", "supervisor", "admin"];
    private static readonly string[] Outsiders = ["unassigned", "system"];

    public static TheoryData<CaseStage, string> ReferStagesByWorker() => Cross(ReferStages, Workers);
    public static TheoryData<CaseStage, string> OpenStagesByWorker() => Cross(OpenStages, Workers);
    public static TheoryData<CaseStage, string> OpenStagesByOutsider() => Cross(OpenStages, Outsiders);

    private static TheoryData<CaseStage, string> Cross(CaseStage[] stages, string[] actors)
    {
        var data = new TheoryData<CaseStage, string>();
        foreach (var stage in stages)
        foreach (var actor in actors)
            data.Add(stage, actor);
        return data;
    }

    private (IntakeCase Case, CaseWorkflow Workflow) NewCase(CaseStage stage = CaseStage.InitialContact)
    {
        var intakeCase = new IntakeCase { Year = 2026, Number = 7, Channel = "telegram", Description = "x", Stage = stage };
        return (intakeCase, new CaseWorkflow(intakeCase, new OfficeHours(Microsoft.Extensions.Options.Options.Create(new OfficeHoursOptions())), _time));
    }

    private static void AssertRow(CaseTransition row, CaseStage from, CaseStage to, CaseTrigger trigger, CaseActor actor, string? note, DateTimeOffset at)
    {
        Assert.Equal(from, row.From);
        Assert.Equal(to, row.To);
        Assert.Equal(trigger, row.Trigger);
        Assert.Equal(actor.Name, row.ActorName);
        Assert.Equal(actor.Role, row.ActorRole);
        Assert.Equal(note, row.Note);
        Assert.Equal(at, row.At);
    }

    /// <summary>The move throws a refusal naming the case and its stage, and leaves stage, partner and history as they were.</summary>
    private static CaseTransitionRefusedException AssertRefused(IntakeCase intakeCase, CaseWorkflow workflow, CaseTrigger trigger, Action move)
    {
        var stage = intakeCase.Stage;
        var partner = intakeCase.ReferralPartnerId;
        var rows = intakeCase.Transitions.Count;

        var refusal = Assert.Throws<CaseTransitionRefusedException>(move);

        Assert.Contains(Reference, refusal.Message);
        Assert.Contains($"stage {stage}", refusal.Message);
        Assert.Equal(stage, refusal.Stage);
        Assert.Equal(trigger, refusal.Trigger);
        Assert.Equal(stage, intakeCase.Stage);
        Assert.Equal(stage, workflow.Stage);
        Assert.Equal(partner, intakeCase.ReferralPartnerId);
        Assert.Equal(rows, intakeCase.Transitions.Count);
        return refusal;
    }

    // Advance

    [Theory]
    [InlineData("counsellor")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public void Advance_goes_through_every_stage_in_order_with_a_history_row_per_step(string who)
    {
        var actor = Actor(who);
        var (intakeCase, workflow) = NewCase();

        for (var step = 1; step < Stages.Length; step++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            workflow.Advance(actor, step % 2 == 0 ? null : $"step {step}");
            Assert.Equal(Stages[step], workflow.Stage);
            Assert.Equal(Stages[step], intakeCase.Stage);
        }

        Assert.Equal(CaseStage.Closed, Stages[^1]);
        Assert.Equal(Stages.Length - 1, intakeCase.Transitions.Count);
        for (var step = 1; step < Stages.Length; step++)
        {
            AssertRow(intakeCase.Transitions[step - 1], Stages[step - 1], Stages[step], CaseTrigger.Advance, actor,
                step % 2 == 0 ? null : $"step {step}", Start.AddHours(step));
        }
        Assert.Null(intakeCase.ReferralPartnerId);
    }

    [Theory]
    [MemberData(nameof(OpenStagesByOutsider))]
    [InlineData(CaseStage.Closed, "counsellor")]
    [InlineData(CaseStage.Closed, "supervisor")]
    [InlineData(CaseStage.Closed, "admin")]
    public void Advance_is_refused_to_outsiders_and_from_Closed(CaseStage stage, string who)
    {
        var (intakeCase, workflow) = NewCase(stage);
        AssertRefused(intakeCase, workflow, CaseTrigger.Advance, () => workflow.Advance(Actor(who), "note"));
    }

    [Fact]
    public void A_refusal_by_a_guard_says_who_may()
    {
        var (intakeCase, workflow) = NewCase(CaseStage.CaseAssessment);
        var refusal = AssertRefused(intakeCase, workflow, CaseTrigger.Advance, () => workflow.Advance(Actor("unassigned")));
        Assert.Equal($"Case {Reference} cannot be moved by Advance from stage CaseAssessment: only assigned counsellor, supervisor or admin.",
            refusal.Message);
    }

    [Fact]
    public void A_refusal_by_the_stage_says_the_move_does_not_exist_there()
    {
        var (intakeCase, workflow) = NewCase(CaseStage.Closed);
        var refusal = AssertRefused(intakeCase, workflow, CaseTrigger.Advance, () => workflow.Advance(Actor("supervisor")));
        Assert.Equal($"Case {Reference} is in stage Closed, from which it cannot be moved by Advance.", refusal.Message);
    }

    [Fact]
    public void A_refused_move_leaves_the_workflow_usable()
    {
        var (intakeCase, workflow) = NewCase();
        AssertRefused(intakeCase, workflow, CaseTrigger.Advance, () => workflow.Advance(CaseActor.System));

        workflow.Advance(Actor("counsellor"));

        Assert.Equal(CaseStage.CaseIdentification, intakeCase.Stage);
        Assert.Single(intakeCase.Transitions);
    }

    // Refer

    [Theory]
    [MemberData(nameof(ReferStagesByWorker))]
    public void Refer_from_the_assessment_on_moves_to_TerminationReferral_and_keeps_the_partner(CaseStage stage, string who)
    {
        var actor = Actor(who);
        var (intakeCase, workflow) = NewCase(stage);

        workflow.Refer(actor, Partner, "to P2TP2A");

        Assert.Equal(CaseStage.TerminationReferral, intakeCase.Stage);
        Assert.Equal(Partner, intakeCase.ReferralPartnerId);
        AssertRow(Assert.Single(intakeCase.Transitions), stage, CaseStage.TerminationReferral, CaseTrigger.Refer, actor, "to P2TP2A", Start);
    }

    [Theory]
    [InlineData(CaseStage.InitialContact, "supervisor", Partner)]
    [InlineData(CaseStage.CaseIdentification, "counsellor", Partner)]
    [InlineData(CaseStage.FollowUpCare, "admin", Partner)]
    [InlineData(CaseStage.Closed, "supervisor", Partner)]
    [InlineData(CaseStage.CaseAssessment, "counsellor", 0)]
    [InlineData(CaseStage.Intervention, "supervisor", 0)]
    [InlineData(CaseStage.MonitoringEvaluation, "admin", -1)]
    [InlineData(CaseStage.CaseAssessment, "unassigned", Partner)]
    [InlineData(CaseStage.InterventionPlanning, "system", Partner)]
    public void Refer_is_refused_before_the_assessment_after_it_without_a_partner_and_to_outsiders(CaseStage stage, string who, int partner)
    {
        var (intakeCase, workflow) = NewCase(stage);
        AssertRefused(intakeCase, workflow, CaseTrigger.Refer, () => workflow.Refer(Actor(who), partner));
        Assert.Null(intakeCase.ReferralPartnerId);
    }

    [Fact]
    public void A_case_in_TerminationReferral_can_be_referred_to_its_partner_there()
    {
        var counsellor = Actor("counsellor");
        var (intakeCase, workflow) = NewCase(CaseStage.TerminationReferral);

        workflow.Refer(counsellor, Partner, "ke LBH");

        Assert.Equal(CaseStage.TerminationReferral, intakeCase.Stage);
        Assert.Equal(Partner, intakeCase.ReferralPartnerId);
        AssertRow(Assert.Single(intakeCase.Transitions), CaseStage.TerminationReferral, CaseStage.TerminationReferral, CaseTrigger.Refer,
            counsellor, "ke LBH", Start);
    }

    [Fact]
    public void A_refused_Refer_keeps_the_earlier_partner()
    {
        var (intakeCase, workflow) = NewCase(CaseStage.Intervention);
        intakeCase.ReferralPartnerId = 3;

        AssertRefused(intakeCase, workflow, CaseTrigger.Refer, () => workflow.Refer(Actor("supervisor"), 0));

        Assert.Equal(3, intakeCase.ReferralPartnerId);
    }

    // Terminate

    [Theory]
    [MemberData(nameof(OpenStagesByWorker))]
    public void Terminate_closes_the_case_from_every_open_stage_keeping_the_reason(CaseStage stage, string who)
    {
        var actor = Actor(who);
        var (intakeCase, workflow) = NewCase(stage);

        workflow.Terminate(actor, "family moved away");

        Assert.Equal(CaseStage.Closed, intakeCase.Stage);
        AssertRow(Assert.Single(intakeCase.Transitions), stage, CaseStage.Closed, CaseTrigger.Terminate, actor, "family moved away", Start);
    }

    [Theory]
    [InlineData(CaseStage.InitialContact, "counsellor", null)]
    [InlineData(CaseStage.Intervention, "supervisor", "")]
    [InlineData(CaseStage.FollowUpCare, "admin", "  ")]
    [InlineData(CaseStage.CaseAssessment, "unassigned", "reason")]
    [InlineData(CaseStage.CaseAssessment, "system", "reason")]
    [InlineData(CaseStage.Closed, "supervisor", "reason")]
    public void Terminate_is_refused_without_a_reason_to_outsiders_and_from_Closed(CaseStage stage, string who, string? reason)
    {
        var (intakeCase, workflow) = NewCase(stage);
        AssertRefused(intakeCase, workflow, CaseTrigger.Terminate, () => workflow.Terminate(Actor(who), reason!));
    }

    // Reopen

    [Theory]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public void Reopen_takes_a_closed_case_into_FollowUpCare(string who)
    {
        var actor = Actor(who);
        var (intakeCase, workflow) = NewCase(CaseStage.Closed);

        workflow.Reopen(actor, "family asked again");

        Assert.Equal(CaseStage.FollowUpCare, intakeCase.Stage);
        AssertRow(Assert.Single(intakeCase.Transitions), CaseStage.Closed, CaseStage.FollowUpCare, CaseTrigger.Reopen, actor, "family asked again", Start);
    }

    [Theory]
    [InlineData(CaseStage.Closed, "counsellor", "reason")]
    [InlineData(CaseStage.Closed, "unassigned", "reason")]
    [InlineData(CaseStage.Closed, "system", "reason")]
    [InlineData(CaseStage.Closed, "supervisor", null)]
    [InlineData(CaseStage.Closed, "admin", "")]
    [InlineData(CaseStage.Closed, "supervisor", "  ")]
    [InlineData(CaseStage.InitialContact, "supervisor", "reason")]
    [InlineData(CaseStage.Intervention, "admin", "reason")]
    [InlineData(CaseStage.FollowUpCare, "supervisor", "reason")]
    public void Reopen_is_refused_to_counsellors_without_a_reason_and_from_an_open_stage(CaseStage stage, string who, string? reason)
    {
        var (intakeCase, workflow) = NewCase(stage);
        AssertRefused(intakeCase, workflow, CaseTrigger.Reopen, () => workflow.Reopen(Actor(who), reason!));
    }

    // Notes

    [Theory]
    [InlineData(CaseTrigger.Advance, CaseStage.CaseAssessment)]
    [InlineData(CaseTrigger.Refer, CaseStage.CaseAssessment)]
    [InlineData(CaseTrigger.Terminate, CaseStage.CaseAssessment)]
    [InlineData(CaseTrigger.Reopen, CaseStage.Closed)]
    public void A_note_longer_than_the_limit_is_rejected_and_changes_nothing(CaseTrigger trigger, CaseStage stage)
    {
        var (intakeCase, workflow) = NewCase(stage);
        var move = Mover(workflow, trigger);

        var error = Assert.Throws<ArgumentException>(() => move(new string('x', CaseWorkflow.MaxNoteLength + 1)));

        Assert.Equal("note", error.ParamName);
        Assert.Equal(stage, intakeCase.Stage);
        Assert.Null(intakeCase.ReferralPartnerId);
        Assert.Empty(intakeCase.Transitions);

        move(new string('x', CaseWorkflow.MaxNoteLength));
        Assert.Equal(CaseWorkflow.MaxNoteLength, Assert.Single(intakeCase.Transitions).Note?.Length);
    }

    private static Action<string> Mover(CaseWorkflow workflow, CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Advance => note => workflow.Advance(Actor("counsellor"), note),
        CaseTrigger.Refer => note => workflow.Refer(Actor("counsellor"), Partner, note),
        CaseTrigger.Terminate => note => workflow.Terminate(Actor("counsellor"), note),
        _ => note => workflow.Reopen(Actor("supervisor"), note),
    };

    // PermittedTriggers

    [Theory]
    [InlineData("counsellor", CaseStage.InitialContact, CaseTrigger.Advance, CaseTrigger.Terminate)]
    [InlineData("counsellor", CaseStage.CaseIdentification, CaseTrigger.Advance, CaseTrigger.Terminate)]
    [InlineData("counsellor", CaseStage.CaseAssessment, CaseTrigger.Advance, CaseTrigger.Refer, CaseTrigger.Terminate)]
    [InlineData("supervisor", CaseStage.Intervention, CaseTrigger.Advance, CaseTrigger.Refer, CaseTrigger.Terminate)]
    [InlineData("admin", CaseStage.MonitoringEvaluation, CaseTrigger.Advance, CaseTrigger.Refer, CaseTrigger.Terminate)]
    [InlineData("counsellor", CaseStage.TerminationReferral, CaseTrigger.Advance, CaseTrigger.Refer, CaseTrigger.Terminate)]
    [InlineData("supervisor", CaseStage.FollowUpCare, CaseTrigger.Advance, CaseTrigger.Terminate)]
    [InlineData("counsellor", CaseStage.Closed)]
    [InlineData("supervisor", CaseStage.Closed, CaseTrigger.Reopen)]
    [InlineData("admin", CaseStage.Closed, CaseTrigger.Reopen)]
    [InlineData("unassigned", CaseStage.CaseAssessment)]
    [InlineData("unassigned", CaseStage.Closed)]
    [InlineData("system", CaseStage.InitialContact)]
    public void PermittedTriggers_lists_what_the_actor_may_do_now(string who, CaseStage stage, params CaseTrigger[] expected)
    {
        var (intakeCase, workflow) = NewCase(stage);

        Assert.Equal(expected, workflow.PermittedTriggers(Actor(who)));
        Assert.Empty(intakeCase.Transitions);
    }

    [Fact]
    public void PermittedTriggers_offers_exactly_the_moves_that_succeed()
    {
        var mismatches = new List<string>();
        foreach (var stage in Stages)
        foreach (var who in Workers.Concat(Outsiders))
        foreach (var trigger in Enum.GetValues<CaseTrigger>())
        {
            var (_, offered) = NewCase(stage);
            var permitted = offered.PermittedTriggers(Actor(who)).Contains(trigger);

            var (_, tried) = NewCase(stage);
            var actor = Actor(who);
            bool succeeded;
            try
            {
                switch (trigger)
                {
                    case CaseTrigger.Advance: tried.Advance(actor); break;
                    case CaseTrigger.Refer: tried.Refer(actor, Partner); break;
                    case CaseTrigger.Terminate: tried.Terminate(actor, "reason"); break;
                    default: tried.Reopen(actor, "reason"); break;
                }
                succeeded = true;
            }
            catch (CaseTransitionRefusedException)
            {
                succeeded = false;
            }

            if (permitted != succeeded) mismatches.Add($"{who} {trigger} in {stage}: offered {permitted}, succeeds {succeeded}");
        }

        Assert.Empty(mismatches);
    }

    // Check-ins with the family

    [Theory]
    [InlineData(CaseStage.Intervention, FollowUpKind.MonitoringCheckIn, 7)]
    [InlineData(CaseStage.TerminationReferral, FollowUpKind.FollowUpCareCheckIn, 30)]
    public void Entering_monitoring_or_follow_up_care_schedules_a_check_in_with_the_family_at_an_office_hour(CaseStage from, FollowUpKind kind, int days)
    {
        var (intakeCase, workflow) = NewCase(from);

        workflow.Advance(Actor("counsellor"));

        // Start is Monday 17:00 WITA, after closing: the check-in goes out at the next opening, 08:00.
        var checkIn = Assert.Single(intakeCase.FollowUps);
        Assert.Equal(kind, checkIn.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(8)).AddDays(days), checkIn.DueAt);
    }

    [Fact]
    public void Reopening_a_closed_case_schedules_the_follow_up_care_check_in()
    {
        var (intakeCase, workflow) = NewCase(CaseStage.Closed);

        workflow.Reopen(Actor("supervisor"), "Keluarga meminta bantuan lagi");

        Assert.Equal(FollowUpKind.FollowUpCareCheckIn, Assert.Single(intakeCase.FollowUps).Kind);
    }
}
