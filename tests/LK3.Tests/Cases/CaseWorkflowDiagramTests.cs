using LK3.Intake.FollowUps;
using System.Text.RegularExpressions;
using LK3.Intake.Cases;

namespace LK3.Tests.Cases;

/// <summary>Keeps the diagram in docs/case-workflow.md equal to the workflow it pictures.</summary>
public sealed partial class CaseWorkflowDiagramTests
{
    private const string DocPath = "docs/case-workflow.md";

    [Fact]
    public void The_documented_diagram_matches_the_workflow()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), DocPath));
        var block = MermaidBlock().Match(Normalize(doc));
        Assert.True(block.Success, $"{DocPath} has no ```mermaid fenced block.");

        var expected = Normalize(WorkflowDiagram());
        var actual = block.Groups["diagram"].Value.Trim();

        Assert.True(expected == actual,
            $"The diagram in {DocPath} is out of date with CaseWorkflow. Replace the contents of its ```mermaid block " +
            "with the output of `new CaseWorkflow(new IntakeCase { Channel = \"telegram\", Description = \"x\" }, officeHours, TimeProvider.System).ToMermaid()`, " +
            $"which is:\n\n{expected}\n");
    }

    private static string WorkflowDiagram() =>
        new CaseWorkflow(new IntakeCase { Channel = "telegram", Description = "x" }, new OfficeHours(Microsoft.Extensions.Options.Options.Create(new OfficeHoursOptions())), TimeProvider.System).ToMermaid();

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LK3.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No LK3.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"```mermaid\n(?<diagram>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
