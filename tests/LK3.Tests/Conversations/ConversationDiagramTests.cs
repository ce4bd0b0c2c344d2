using System.Text.RegularExpressions;
using LK3.Intake.Conversations;

namespace LK3.Tests.Conversations;

/// <summary>Keeps the diagram in docs/conversation-machine.md equal to the machine it pictures.</summary>
public sealed partial class ConversationDiagramTests
{
    private const string DocPath = "docs/conversation-machine.md";

    [Fact]
    public void The_documented_diagram_matches_the_machine()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), DocPath));
        var block = MermaidBlock().Match(Normalize(doc));
        Assert.True(block.Success, $"{DocPath} has no ```mermaid fenced block.");

        var expected = Normalize(MachineDiagram());
        var actual = block.Groups["diagram"].Value.Trim();

        Assert.True(expected == actual,
            $"The diagram in {DocPath} is out of date with ConversationMachine. Replace the contents of its ```mermaid block " +
            $"with the output of `new ConversationMachine(new Conversation(), turn).ToMermaid()`, which is:\n\n{expected}\n");
    }

    private static string MachineDiagram()
    {
        var conversation = new Conversation();
        return new ConversationMachine(conversation, new RecordingTurn(conversation)).ToMermaid();
    }

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
