using LK3.Bot.Channels;
using LK3.Intake.Inbox;

namespace LK3.Tests.Unit;

/// <summary>A chat's pending updates taken from memory only when every one of them is known, in the order they are handled.</summary>
public sealed class InboxWatchTests
{
    private static readonly ChatKey Chat = new("telegram", "42");
    private readonly InboxWatch _watch = new();

    [Fact]
    public void A_chat_not_read_yet_is_read_even_when_updates_were_stored()
    {
        _watch.Stored(Chat, Update(1, sequence: 100));

        Assert.Null(_watch.OldestTwo(Chat));
    }

    [Fact]
    public void Once_read_whole_the_chat_is_known_and_later_updates_come_from_memory_by_sequence()
    {
        _watch.Read(Chat, [Update(1, sequence: 100)]);
        _watch.Stored(Chat, Update(3, sequence: 103));
        _watch.Stored(Chat, Update(2, sequence: 101)); // stored out of order: the chat's own order counts

        Assert.Equal([1L, 2L], _watch.OldestTwo(Chat)!.Select(u => u.Id));
        _watch.Done(Chat, 1);
        _watch.Done(Chat, 2);
        Assert.Equal([3L], _watch.OldestTwo(Chat)!.Select(u => u.Id));
        _watch.Done(Chat, 3);
        Assert.Empty(_watch.OldestTwo(Chat)!);
    }

    [Fact]
    public void An_update_stored_while_the_chat_was_read_is_kept_and_not_taken_twice()
    {
        // Stored (told here) after the read began but before its result came: the read may or may not have seen it.
        _watch.Stored(Chat, Update(2, sequence: 101));
        _watch.Read(Chat, [Update(2, sequence: 101)]);

        Assert.Equal([2L], _watch.OldestTwo(Chat)!.Select(u => u.Id));
    }

    [Fact]
    public void A_backlog_read_in_part_leaves_the_chat_to_be_read_again()
    {
        _watch.Read(Chat, [Update(1, sequence: 100), Update(2, sequence: 101)]);

        Assert.Null(_watch.OldestTwo(Chat));
    }

    [Fact]
    public void A_forgotten_chat_is_read_again()
    {
        _watch.Read(Chat, []);
        _watch.Stored(Chat, Update(1, sequence: 100));
        _watch.Forget(Chat);

        Assert.Null(_watch.OldestTwo(Chat));
    }

    [Fact]
    public void Every_chat_forgotten_at_once_is_read_again()
    {
        var other = new ChatKey("whatsapp", "6281234567890");
        _watch.Read(Chat, []);
        _watch.Read(other, []);
        _watch.ForgetAll();

        Assert.Null(_watch.OldestTwo(Chat));
        Assert.Null(_watch.OldestTwo(other));
    }

    private static ReceivedUpdate Update(long id, long sequence) => new()
    {
        Id = id, Channel = Chat.Channel, ChatId = Chat.ChatId, ExternalId = $"{sequence}", Sequence = sequence, Payload = "{}",
    };
}
