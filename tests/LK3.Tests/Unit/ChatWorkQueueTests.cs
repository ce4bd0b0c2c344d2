using LK3.Bot.Channels;

namespace LK3.Tests.Unit;

/// <summary>What a chat was signalled for, as its worker takes it: only updates stored, or work that may have touched its outbox.</summary>
public sealed class ChatWorkQueueTests
{
    private static readonly ChatKey Chat = new("telegram", "7");

    [Fact]
    public void Updates_stored_alone_leave_the_outbox_as_it_was()
    {
        var queue = new ChatWorkQueue();
        queue.SignalUpdatesStored(Chat);
        queue.SignalUpdatesStored(Chat);

        Assert.True(queue.TakeOnlyUpdatesStored(Chat));
    }

    [Fact]
    public void Any_other_work_among_the_signals_counts_until_the_worker_takes_it_once()
    {
        var queue = new ChatWorkQueue();
        queue.SignalUpdatesStored(Chat);
        queue.Signal(Chat);
        queue.SignalUpdatesStored(Chat);

        Assert.False(queue.TakeOnlyUpdatesStored(Chat));
        Assert.True(queue.TakeOnlyUpdatesStored(Chat));
    }

    [Fact]
    public void Work_signalled_while_the_chat_is_worked_on_is_told_at_its_next_turn()
    {
        var queue = new ChatWorkQueue();
        queue.SignalUpdatesStored(Chat);
        Assert.True(queue.TakeOnlyUpdatesStored(Chat));

        queue.Signal(Chat);

        Assert.False(queue.TryFinish(Chat));
        Assert.False(queue.TakeOnlyUpdatesStored(Chat));
    }
}
