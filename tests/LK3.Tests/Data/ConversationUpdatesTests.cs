using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Data;

/// <summary>
/// The families' conversations a group of turns changed, taken out of each turn's save and written together: only the
/// columns each turn changed, so what someone else changed meanwhile (a counsellor's answer) stays.
/// </summary>
public abstract class ConversationUpdatesTests(DatabaseProvider provider) : MigratedDatabaseTests(provider)
{
    [SkippableFact]
    public async Task Each_conversation_gets_only_the_columns_its_turn_changed_once_the_group_writes()
    {
        Database.SkipIfUnavailable();
        var (first, second) = (await NewFamilyAsync("1"), await NewFamilyAsync("2"));

        await using var db = Database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var updates = new ConversationUpdates();
        var one = await db.Conversations.SingleAsync(c => c.Id == first);
        one.State = ConversationState.AskDescription;
        one.Category = ProblemCategory.DomesticViolence;
        one.LastActivityAt = Now.AddMinutes(1);
        updates.Defer(db, one);
        var two = await db.Conversations.SingleAsync(c => c.Id == second);
        two.Description = "suami saya mukul, sy takut pulang";
        two.LastActivityAt = Now.AddMinutes(2);
        updates.Defer(db, two);
        await db.SaveChangesAsync();
        Assert.Equal(ConversationState.MainMenu, (await ReadAsync(db, first)).State);

        // Meanwhile, in the same transaction as a counsellor's turn would: a column neither family's turn changed.
        await db.Conversations.Where(c => c.Id == first || c.Id == second)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WantsPersonSince, (DateTimeOffset?)null));
        await updates.WriteAsync(db);
        await transaction.CommitAsync();

        await using var check = Database.NewContext();
        var (checkedOne, checkedTwo) = (await ReadAsync(check, first), await ReadAsync(check, second));
        Assert.Equal(
            (ConversationState.AskDescription, (ProblemCategory?)ProblemCategory.DomesticViolence, (string?)null, Now.AddMinutes(1), (DateTimeOffset?)null),
            (checkedOne.State, checkedOne.Category, checkedOne.Description, checkedOne.LastActivityAt, checkedOne.WantsPersonSince));
        Assert.Equal(
            (ConversationState.MainMenu, (ProblemCategory?)null, (string?)"suami saya mukul, sy takut pulang", Now.AddMinutes(2), (DateTimeOffset?)null),
            (checkedTwo.State, checkedTwo.Category, checkedTwo.Description, checkedTwo.LastActivityAt, checkedTwo.WantsPersonSince));
    }

    [SkippableFact]
    public async Task A_conversation_no_longer_there_fails_the_group()
    {
        Database.SkipIfUnavailable();
        var id = await NewFamilyAsync("3");
        await using var db = Database.NewContext();
        var updates = new ConversationUpdates();
        var conversation = await db.Conversations.SingleAsync(c => c.Id == id);
        conversation.State = ConversationState.AskCategory;
        updates.Defer(db, conversation);

        await db.Conversations.Where(c => c.Id == id).ExecuteDeleteAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => updates.WriteAsync(db));
    }

    /// <summary>A family at the main menu who asked for a person; returns its conversation's key.</summary>
    private async Task<int> NewFamilyAsync(string chatId)
    {
        await using var db = Database.NewContext();
        var conversation = new Conversation { State = ConversationState.MainMenu, LastActivityAt = Now, WantsPersonSince = Now };
        db.Clients.Add(new Client { Channel = "telegram", ChatId = chatId, FirstSeenAt = Now, Conversation = conversation });
        await db.SaveChangesAsync();
        return conversation.Id;
    }

    private static Task<Conversation> ReadAsync(LK3.Intake.IntakeDbContext db, int id) =>
        db.Conversations.AsNoTracking().SingleAsync(c => c.Id == id);
}

public sealed class ConversationUpdatesTestsOnSqlite() : ConversationUpdatesTests(DatabaseProvider.Sqlite);

public sealed class ConversationUpdatesTestsOnPostgreSql() : ConversationUpdatesTests(DatabaseProvider.PostgreSql);
