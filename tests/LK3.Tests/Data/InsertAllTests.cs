using LK3.Bot.Data;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Data;

/// <summary>Many new rows in one statement, each given its key, read back through EF Core on each database.</summary>
public abstract class InsertAllTests(DatabaseProvider provider) : MigratedDatabaseTests(provider)
{
    [SkippableFact]
    public async Task Rows_are_stored_as_SaveChanges_stores_them_and_each_gets_its_own_key()
    {
        Database.SkipIfUnavailable();
        ReplyButton[] buttons = [new("consent:yes", "Ya, saya setuju"), new("maps", "Peta \"LK3\"", "https://maps.example/lk3?a=1&b=2")];
        var saved = Message("saved", new Reply("lewat SaveChanges", buttons));
        var rows = new[]
        {
            Message("a", new Reply("Halo 👋, ini balasan pertama", buttons)),
            Message("b", new Reply("balasan kedua")),
            Message("c", new Reply("balasan ketiga", [new("/menu", "Menu utama")])),
        };
        rows[1].NextAttemptAt = Now.AddMinutes(2);
        rows[2].Purpose = MessagePurpose.Notice;
        await using (var db = Database.NewContext())
        {
            db.OutgoingMessages.Add(saved);
            await db.SaveChangesAsync();
            await db.InsertAllAsync(rows, CancellationToken.None);
        }

        await using var check = Database.NewContext();
        var read = await check.OutgoingMessages.AsNoTracking().Where(m => m.Id != saved.Id).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(rows.Select(r => r.Id), read.Select(m => m.Id));
        Assert.True(rows[0].Id > saved.Id && rows[0].Id < rows[1].Id && rows[1].Id < rows[2].Id);
        Assert.Equal(
            rows.Select(r => (r.ChatId, r.Text, string.Join("|", r.Buttons), r.Purpose, r.NextAttemptAt, r.Status)),
            read.Select(m => (m.ChatId, m.Text, string.Join("|", m.Buttons), m.Purpose, m.NextAttemptAt, m.Status)));
        // The buttons stored as EF Core stores them.
        var stored = await check.Database.SqlQueryRaw<StoredButtons>(
            """SELECT "Id", "Buttons" FROM "OutgoingMessages" WHERE "Id" IN ({0}, {1})""", saved.Id, rows[0].Id).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(stored[0].Buttons, stored[1].Buttons);
    }

    [SkippableFact]
    public async Task More_rows_than_one_statement_takes_are_all_stored_in_order()
    {
        Database.SkipIfUnavailable();
        var rows = Enumerable.Range(0, 400).Select(i => Message($"{i}", new Reply($"balasan {i}", [new("/menu", "Menu")]))).ToList();

        await using (var db = Database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAllAsync(rows, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var check = Database.NewContext();
        var read = await check.OutgoingMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.ChatId }).ToListAsync();
        Assert.Equal(rows.Select(r => (r.Id, r.ChatId)), read.Select(m => (m.Id, m.ChatId)));
        Assert.Equal(400, read.Select(m => m.Id).Distinct().Count());
    }

    private static OutgoingMessage Message(string chatId, Reply reply) => OutgoingMessage.To("telegram", chatId, reply, Now);

    private sealed record StoredButtons(long Id, string Buttons);
}

public sealed class InsertAllTestsOnSqlite() : InsertAllTests(DatabaseProvider.Sqlite);

public sealed class InsertAllTestsOnPostgreSql() : InsertAllTests(DatabaseProvider.PostgreSql);
