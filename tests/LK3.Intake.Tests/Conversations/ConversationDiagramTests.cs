using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Conversations;

/// <summary>Keeps the diagram in docs/conversation-machine.md equal to the machine it pictures.</summary>
public sealed class ConversationDiagramTests
{
    [Fact]
    public void The_documented_diagram_matches_the_machine()
    {
        var conversation = new Conversation();
        DocumentedDiagram.AssertMatches(
            "docs/conversation-machine.md",
            new ConversationMachine(conversation, new RecordingTurn(conversation)).ToMermaid(),
            "`new ConversationMachine(new Conversation(), turn).ToMermaid()`");
    }
}
