using System.Collections.Concurrent;

namespace LK3.Intake.Conversations;

/// <summary>
/// Configured <see cref="ConversationMachine"/>s kept between turns: configuring a machine costs more than most turns
/// it runs. A machine serves one turn at a time, bound to that turn's conversation.
/// </summary>
public sealed class ConversationMachines
{
    /// <summary>About the turns that run at once; a machine more is configured when all are out, and let go when too many come back.</summary>
    private const int Capacity = 256;

    private readonly ConcurrentQueue<ConversationMachine> _idle = new();

    public ConversationMachine Rent(Conversation conversation, IConversationTurn turn)
    {
        if (!_idle.TryDequeue(out var machine)) return new ConversationMachine(conversation, turn);
        machine.Bind(conversation, turn);
        return machine;
    }

    /// <summary>
    /// Back for another turn, only after a turn that went well: one that failed may have left triggers queued inside
    /// Stateless, so that machine is let go.
    /// </summary>
    public void Return(ConversationMachine machine)
    {
        machine.Bind(null!, null!);
        if (_idle.Count < Capacity) _idle.Enqueue(machine);
    }
}
