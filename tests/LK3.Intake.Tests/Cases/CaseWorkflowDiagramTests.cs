using LK3.Intake.Cases;
using LK3.Intake.FollowUps;
using Microsoft.Extensions.Options;

namespace LK3.Intake.Tests.Cases;

/// <summary>Keeps the diagram in docs/case-workflow.md equal to the workflow it pictures.</summary>
public sealed class CaseWorkflowDiagramTests
{
    [Fact]
    public void The_documented_diagram_matches_the_workflow() =>
        DocumentedDiagram.AssertMatches(
            "docs/case-workflow.md",
            new CaseWorkflow(new IntakeCase { Channel = "telegram", Description = "x" },
                new OfficeHours(Options.Create(new OfficeHoursOptions())),
                TimeProvider.System).ToMermaid(),
            "`new CaseWorkflow(...).ToMermaid()`");
}
