using System.Net;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using LK3.Intake.Information;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.EndToEnd;

/// <summary>Nothing lost, nothing twice: redeliveries, many chats at once, order within a chat, and the channel's refusals.</summary>
public abstract class DeliveryGuaranteeTests(BotFixture bot)
{
    [SkippableFact]
    public async Task The_same_webhook_delivered_twice_is_handled_once()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        var update = TelegramUpdates.Callback(family.ChatId, "consent:yes");

        var first = await family.PostAsync(update);
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => bot.App.PostUpdateAsync(update)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // A later turn proves the redeliveries were not answered in between.
        var next = await family.PressAsync("menu:info");
        Assert.Single(next);
        Assert.Equal(2, first.Count);
        var chatId = family.ChatId.ToString();
        Assert.Equal(1, await bot.App.QueryAsync(db => db.ConsentRecords.CountAsync(r => db.Clients.Any(c => c.Id == r.ClientId && c.ChatId == chatId))));
        Assert.Equal(3, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == chatId)));
    }

    [SkippableFact]
    public async Task Updates_of_many_families_arriving_together_each_twice_are_stored_once_and_answered_once()
    {
        // Arrivals are stored in groups; a redelivery inside a group must not cost the others their place.
        var families = Enumerable.Range(0, 30).Select(_ => bot.NewFamily()).ToList();
        var updates = families.Select(f => TelegramUpdates.Text(f.ChatId, "/start")).ToList();

        var responses = await Task.WhenAll(updates.Concat(updates).Select(u => bot.App.PostUpdateAsync(u)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var family in families)
        {
            Assert.Contains(await family.NextTurnAsync(), m => m.Text.Contains("LK3", StringComparison.Ordinal));
            // A later turn proves the redelivery was not answered in between.
            Assert.NotEmpty(await family.PressAsync("consent:yes"));
        }
        var chatIds = families.Select(f => f.ChatId.ToString()).ToList();
        Assert.Equal(60, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => chatIds.Contains(u.ChatId))));
        Assert.Equal(30, await bot.App.QueryAsync(db =>
            db.ConsentRecords.CountAsync(r => db.Clients.Any(c => c.Id == r.ClientId && chatIds.Contains(c.ChatId)))));
    }

    [SkippableFact]
    public async Task The_same_intake_confirmation_delivered_twice_creates_one_case_and_one_reply()
    {
        var family = bot.NewFamily();
        await family.WalkToSummaryAsync();
        var send = TelegramUpdates.Callback(family.ChatId, "intake:send");

        var responses = await Task.WhenAll(bot.App.PostUpdateAsync(send), bot.App.PostUpdateAsync(send));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var done = await family.NextTurnAsync();
        await family.SayAsync("/status");

        Assert.Single(done, m => m.Text.Contains("LK3-", StringComparison.Ordinal) && m.Text.Contains("Terima kasih", StringComparison.Ordinal));
        var chatId = family.ChatId.ToString();
        Assert.Equal(1, await bot.App.QueryAsync(db => db.Cases.CountAsync(c => db.Clients.Any(cl => cl.Id == c.ClientId && cl.ChatId == chatId))));
    }

    [SkippableFact]
    public async Task Fifty_families_at_once_each_get_their_own_case_in_their_own_chat()
    {
        var families = Enumerable.Range(0, 50).Select(_ => bot.NewFamily(TimeSpan.FromSeconds(60))).ToList();

        var references = await Task.WhenAll(families.Select(async family =>
        {
            await family.WalkToSummaryAsync(description: $"Keluarga {family.ChatId} butuh bantuan konseling.");
            return FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        }));

        Assert.Equal(50, references.Distinct().Count());
        foreach (var (family, reference) in families.Zip(references))
        {
            var chatId = family.ChatId.ToString();
            var description = await bot.App.QueryAsync(db => db.Cases
                .Where(c => db.Clients.Any(cl => cl.Id == c.ClientId && cl.ChatId == chatId))
                .Select(c => new { c.Year, c.Number, c.Description }).SingleAsync());
            Assert.Equal($"LK3-{description.Year:D4}-{description.Number:D4}", reference);
            Assert.Equal($"Keluarga {family.ChatId} butuh bantuan konseling.", description.Description);
        }
        // Replies sent for many chats at once are recorded in groups: each row as sent, with the id Telegram gave it.
        var chatIds = families.Select(f => f.ChatId.ToString()).ToList();
        var rows = await bot.App.QueryAsync(db => db.OutgoingMessages.Where(m => chatIds.Contains(m.ChatId))
            .Select(m => new { m.ChatId, m.Status, m.SentAt, m.Attempts, m.ExternalMessageId }).ToListAsync());
        Assert.All(rows, r => Assert.True(r is { Status: DeliveryStatus.Sent, SentAt: not null, Attempts: 1 }, $"{r}"));
        foreach (var family in families)
        {
            Assert.Equal(
                bot.Api.SentTo(family.ChatId).Select(m => m.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
                rows.Where(r => r.ChatId == family.ChatId.ToString()).Select(r => r.ExternalMessageId).Order());
        }
    }

    [SkippableFact]
    public async Task Messages_of_one_chat_posted_concurrently_are_each_answered_one_turn_at_a_time()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:no");

        // 13 and the two before: as many as a chat may send within 10 s before it counts as a flood.
        var updates = Enumerable.Range(1, 13).Select(i => TelegramUpdates.Text(family.ChatId, $"pesan {i}")).ToList();
        var responses = await Task.WhenAll(updates.Select(u => bot.App.PostUpdateAsync(u)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        for (var i = 0; i < 13; i++)
        {
            var turn = await family.NextTurnAsync();
            // "not understood" and the menu again (the second time, a person is offered too), never interleaved with another turn.
            Assert.Equal(i == 1 ? 3 : 2, turn.Count);
        }
        var chatId = family.ChatId.ToString();
        var statuses = await bot.App.QueryAsync(db => db.ReceivedUpdates.Where(u => u.ChatId == chatId).Select(u => u.Status).ToListAsync());
        Assert.Equal(15, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(UpdateStatus.Handled, status));
    }

    [SkippableFact]
    public async Task Too_many_requests_is_retried_after_retry_after()
    {
        var family = bot.NewFamily();
        bot.Api.FailNextSend(family.ChatId, 429, "Too Many Requests: retry after 1", retryAfter: 1);

        var greeting = await family.SayAsync("/start");

        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        var attempts = bot.Api.CallsTo("sendMessage").Where(c => c.Body.GetProperty("chat_id").GetInt64() == family.ChatId).ToList();
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.9), "the retry came before retry_after");
    }

    [SkippableFact]
    public async Task A_family_that_blocked_the_bot_is_marked_unreachable_and_not_retried()
    {
        var family = bot.NewFamily();
        bot.Api.FailNextSend(family.ChatId, 403, "Forbidden: bot was blocked by the user");
        var chatId = family.ChatId.ToString();

        using var response = await bot.App.PostUpdateAsync(TelegramUpdates.Text(family.ChatId, "/start"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Poll.UntilAsync(
            () => bot.App.QueryAsync(db => db.Clients.SingleOrDefaultAsync(c => c.ChatId == chatId && c.UnreachableSince != null)),
            "the family marked unreachable");
        var messages = await bot.App.QueryAsync(db => db.OutgoingMessages.Where(m => m.ChatId == chatId).ToListAsync());
        Assert.All(messages, m => Assert.Equal(DeliveryStatus.Failed, m.Status));
        Assert.Single(bot.Api.CallsTo("sendMessage"), c => c.Body.GetProperty("chat_id").GetInt64() == family.ChatId);

        // Writing again shows they unblocked us: they are answered again.
        var again = await family.SayAsync("/menu");
        Assert.NotEmpty(again);
        Assert.Null(await bot.App.QueryAsync(db => db.Clients.Where(c => c.ChatId == chatId).Select(c => c.UnreachableSince).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_reply_longer_than_4096_characters_is_split_with_the_buttons_on_the_last_piece()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        var longBody = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"Baris {i}: <b>layanan</b> keluarga &amp; anak di Kota Bontang."));
        await bot.App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "penjangkauan" && t.Language == "id")
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, longBody)));
        bot.App.Services.GetRequiredService<InformationCatalogCache>().Invalidate(); // as a staff edit does

        await family.PressAsync("menu:info");
        var pieces = await family.PressAsync("topic:penjangkauan");

        Assert.True(pieces.Count >= 2);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= 4096));
        Assert.All(pieces.SkipLast(1), p => Assert.Null(p.ReplyMarkup));
        Assert.NotNull(pieces[^1].ReplyMarkup);
        Assert.Equal(longBody.Split('\n'), string.Join("\n", pieces.Select(p => p.Text)).Split('\n'));
    }
}

public sealed class DeliveryGuaranteeTestsOnSqlite(SqliteBotFixture bot) : DeliveryGuaranteeTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class DeliveryGuaranteeTestsOnPostgreSql(PostgreSqlBotFixture bot) : DeliveryGuaranteeTests(bot), IClassFixture<PostgreSqlBotFixture>;
