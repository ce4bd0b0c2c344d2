using LK3.Intake.Outbox;

namespace LK3.Intake.Tests.Outbox;

/// <summary>
/// When a chat's delivery may take its turns' replies from memory: only once a read of its outbox was delivered in full
/// with no other writer to the chat under way or finished since that read began.
/// </summary>
public sealed class OutboxWatchTests
{
    private static readonly (string, string) Chat = ("telegram", "42");
    private static readonly (string, string) OtherChat = ("telegram", "43");

    [Fact]
    public void A_chat_is_unknown_until_a_read_of_its_outbox_was_delivered_in_full()
    {
        var watch = new OutboxWatch();
        Assert.False(watch.IsEmpty(Chat));

        watch.Reading(Chat);
        Assert.False(watch.IsEmpty(Chat));
        watch.Drained(Chat);

        Assert.True(watch.IsEmpty(Chat));
        Assert.False(watch.IsEmpty(OtherChat));
    }

    [Fact]
    public void A_chat_left_with_something_unsent_is_read_again()
    {
        var watch = KnownEmpty();

        watch.Forget(Chat);

        Assert.False(watch.IsEmpty(Chat));
    }

    [Fact]
    public void Another_writer_makes_the_chat_unknown_from_its_first_message_until_after_its_commit()
    {
        var watch = KnownEmpty();

        var write = watch.Changing(Chat);
        Assert.False(watch.IsEmpty(Chat));
        // A read while the write is under way cannot see it: delivering all it read proves nothing.
        watch.Reading(Chat);
        watch.Drained(Chat);
        Assert.False(watch.IsEmpty(Chat));

        write.Dispose();
        Assert.False(watch.IsEmpty(Chat));
        watch.Reading(Chat);
        watch.Drained(Chat);
        Assert.True(watch.IsEmpty(Chat));
    }

    [Fact]
    public void A_write_that_begins_and_ends_while_the_outbox_is_read_keeps_the_chat_unknown()
    {
        var watch = new OutboxWatch();

        watch.Reading(Chat);
        watch.Changing(Chat).Dispose();
        watch.Drained(Chat);

        Assert.False(watch.IsEmpty(Chat));
    }

    [Fact]
    public void A_writer_to_one_chat_leaves_the_others_known()
    {
        var watch = KnownEmpty();

        using var write = watch.Changing(OtherChat);

        Assert.True(watch.IsEmpty(Chat));
    }

    private static OutboxWatch KnownEmpty()
    {
        var watch = new OutboxWatch();
        watch.Reading(Chat);
        watch.Drained(Chat);
        return watch;
    }
}
