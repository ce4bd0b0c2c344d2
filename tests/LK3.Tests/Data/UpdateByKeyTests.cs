using LK3.Bot.Data;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Data;

/// <summary>One statement setting each row's columns to its own values, read back through EF Core on each database.</summary>
public abstract class UpdateByKeyTests(DatabaseProvider provider) : MigratedDatabaseTests(provider)
{
    private static readonly string[] Columns = [nameof(OutgoingMessage.Status), nameof(OutgoingMessage.SentAt), nameof(OutgoingMessage.ExternalMessageId),
        nameof(OutgoingMessage.FailureReason), nameof(OutgoingMessage.DeliveredParts), nameof(OutgoingMessage.OutsideWindow)];

    [SkippableFact]
    public async Task Each_row_gets_its_own_values_and_nothing_else_changes()
    {
        Database.SkipIfUnavailable();
        var ids = await StoreMessagesAsync(DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending);

        int changed;
        await using (var db = Database.NewContext())
        {
            changed = await db.UpdateByKeyAsync(
            [
                Row(ids[0], DeliveryStatus.Sent, Now.AddSeconds(1), "tg-1", null, 1, false),
                Row(ids[2], DeliveryStatus.Sent, Now.AddSeconds(3), "tg-3", "split", 2, true),
            ], Columns, CancellationToken.None);
        }

        var rows = await ReadAsync(ids);
        Assert.Equal(2, changed);
        Assert.Equal(
            [
                (DeliveryStatus.Sent, (DateTimeOffset?)Now.AddSeconds(1), "tg-1", (string?)null, 1, false, "balasan 1"),
                (DeliveryStatus.Pending, null, null, null, 0, false, "balasan 2"),
                (DeliveryStatus.Sent, Now.AddSeconds(3), "tg-3", "split", 2, true, "balasan 3"),
            ],
            rows.Select(m => (m.Status, m.SentAt, m.ExternalMessageId, m.FailureReason, m.DeliveredParts, m.OutsideWindow, m.Text)));
    }

    [SkippableFact]
    public async Task A_row_no_longer_as_it_was_is_left_alone()
    {
        Database.SkipIfUnavailable();
        var ids = await StoreMessagesAsync(DeliveryStatus.Pending, DeliveryStatus.Failed);

        int changed;
        await using (var db = Database.NewContext())
        {
            changed = await db.UpdateByKeyAsync(
                [.. ids.Select(id => Row(id, DeliveryStatus.Sent, Now.AddSeconds(1), $"tg-{id}", null, 1, false))], Columns, CancellationToken.None,
                onlyWhile: (nameof(OutgoingMessage.Status), DeliveryStatus.Pending));
        }

        var rows = await ReadAsync(ids);
        Assert.Equal(1, changed);
        Assert.Equal(
            [(DeliveryStatus.Sent, (string?)$"tg-{ids[0]}"), (DeliveryStatus.Failed, null)],
            rows.Select(m => (m.Status, m.ExternalMessageId)));
    }

    [SkippableFact]
    public async Task A_key_not_in_the_table_changes_nothing()
    {
        Database.SkipIfUnavailable();
        await using var db = Database.NewContext();

        var changed = await db.UpdateByKeyAsync([Row(long.MaxValue, DeliveryStatus.Sent, Now, "tg-x", null, 1, false)], Columns, CancellationToken.None);

        Assert.Equal(0, changed);
        Assert.False(await db.OutgoingMessages.AnyAsync(m => m.Id == long.MaxValue));
    }

    /// <summary>Replies "balasan 1", "balasan 2", … with these statuses; returns their keys.</summary>
    private async Task<long[]> StoreMessagesAsync(params DeliveryStatus[] statuses)
    {
        await using var db = Database.NewContext();
        var messages = statuses.Select((status, i) =>
        {
            var message = OutgoingMessage.To("telegram", $"{i + 1}", new Reply($"balasan {i + 1}"), Now);
            message.Status = status;
            return message;
        }).ToList();
        db.OutgoingMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => m.Id)];
    }

    private async Task<List<OutgoingMessage>> ReadAsync(long[] ids)
    {
        await using var check = Database.NewContext();
        return await check.OutgoingMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync();
    }

    private static OutgoingMessage Row(
        long id, DeliveryStatus status, DateTimeOffset sentAt, string externalId, string? failure, int parts, bool outsideWindow) =>
        new()
        {
            Id = id, Channel = "", ChatId = "", Text = "", Status = status, SentAt = sentAt, ExternalMessageId = externalId,
            FailureReason = failure, DeliveredParts = parts, OutsideWindow = outsideWindow,
        };
}

public sealed class UpdateByKeyTestsOnSqlite() : UpdateByKeyTests(DatabaseProvider.Sqlite);

public sealed class UpdateByKeyTestsOnPostgreSql() : UpdateByKeyTests(DatabaseProvider.PostgreSql);
