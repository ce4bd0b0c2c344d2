using System.Net;
using System.Text.Json;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>Whatever arrives gets a clear 4xx or a kind reply, and nothing wrong is stored.</summary>
public abstract class BadInputTests(BotFixture bot)
{
    [SkippableTheory]
    [InlineData("{\"update_id\": 5, \"message\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"update_id\": \"five\"}")]
    [InlineData("{}")]
    public async Task Malformed_json_is_refused_with_400_and_not_stored(string body)
    {
        var before = await StoredUpdatesAsync();
        using var response = await bot.App.PostUpdateAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await StoredUpdatesAsync());
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("")]
    public async Task A_missing_or_wrong_secret_is_refused_with_401_before_the_body_is_read(string? secret)
    {
        var before = await StoredUpdatesAsync();
        using var response = await bot.App.PostUpdateAsync(TelegramUpdates.Text(FamilyChat.NewChatId(), "/start"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await StoredUpdatesAsync());
    }

    [SkippableFact]
    public async Task An_unknown_update_type_is_acknowledged_and_ignored()
    {
        var before = await StoredUpdatesAsync();
        var chatId = FamilyChat.NewChatId();
        var unknown = $$"""{"update_id": {{TelegramUpdates.NextUpdateId()}}, "business_weather_report": """
            + $$"""{"chat": {"id": {{chatId}}, "type": "private"}, "sky": "cerah"} }""";
        var edited = $$"""{"update_id": {{TelegramUpdates.NextUpdateId()}}, "edited_message": """
            + $$"""{"message_id": 1, "date": 1700000000, "chat": {"id": {{chatId}}, "type": "private"}, "text": "ralat"} }""";
        var group = $$"""{"update_id": {{TelegramUpdates.NextUpdateId()}}, "message": """
            + $$"""{"message_id": 1, "date": 1700000000, "chat": {"id": -100{{chatId}}, "type": "supergroup", "title": "Grup"}, "text": "/start"} }""";

        foreach (var body in new[] { unknown, edited, group })
        {
            using var response = await bot.App.PostUpdateAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(before, await StoredUpdatesAsync());
        Assert.Empty(bot.Api.SentTo(chatId));
    }

    [SkippableFact]
    public async Task A_callback_without_a_sender_is_acknowledged_and_ignored()
    {
        var before = await StoredUpdatesAsync();
        using var response = await bot.App.PostUpdateAsync(
            $$"""{"update_id": {{TelegramUpdates.NextUpdateId()}}, "callback_query": {"id": "x", "data": "/menu"} }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await StoredUpdatesAsync());
    }

    [SkippableFact]
    public async Task A_body_larger_than_a_megabyte_is_refused_with_413()
    {
        using var response = await bot.App.PostUpdateAsync($$"""{"update_id": 1, "message": {"text": "{{new string('x', 1_100_000)}}"} }""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_10000_character_message_gets_a_kind_reply_and_stores_nothing_of_it()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Other");
        await family.PressAsync("recipient:Myself");

        var huge = new string('x', 10_000);
        var reply = await family.SayAsync(huge);

        Assert.Contains("terlalu panjang", reply[0].Text);
        Assert.Contains("Ceritakan singkat", reply[^1].Text);
        var chatId = family.ChatId.ToString();
        Assert.False(await bot.App.QueryAsync(db =>
            db.Conversations.AnyAsync(c => c.Description != null && db.Clients.Any(cl => cl.Id == c.ClientId && cl.ChatId == chatId))));
        Assert.False(await bot.App.QueryAsync(db => db.ReceivedUpdates.AnyAsync(u => u.ChatId == chatId && u.Payload != null)));
    }

    [SkippableFact]
    public async Task A_sticker_gets_a_kind_reply_and_the_question_again()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");

        var reply = await family.PostAsync(TelegramUpdates.Sticker(family.ChatId));

        Assert.Contains("hanya bisa membaca pesan teks", reply[0].Text);
        Assert.Contains(FamilyChat.Buttons(reply[^1]), b => b.Data == "menu:help");
    }

    [SkippableTheory]
    [InlineData("category:Nonsense")]
    [InlineData("intake:send")]
    [InlineData("🙂")]
    [InlineData("")]
    public async Task A_callback_with_unknown_data_gets_a_kind_reply_and_changes_nothing(string data)
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");

        var reply = await family.PostAsync(TelegramUpdates.Callback(family.ChatId, data));

        Assert.Contains("sudah tidak berlaku", reply[0].Text);
        Assert.Contains(FamilyChat.Buttons(reply[^1]), b => b.Data == "menu:help");
        var chatId = family.ChatId.ToString();
        Assert.False(await bot.App.QueryAsync(db => db.Cases.AnyAsync(c => db.Clients.Any(cl => cl.Id == c.ClientId && cl.ChatId == chatId))));
    }

    [SkippableFact]
    public async Task Text_that_is_not_an_answer_gets_a_kind_reply_and_the_question_again()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");

        var reply = await family.SayAsync("<script>alert(1)</script> ' OR 1=1; --");

        Assert.Contains("belum memahami", reply[0].Text);
        Assert.Contains(FamilyChat.Buttons(reply[^1]), b => b.Data == "category:Economic");
    }

    [SkippableFact]
    public async Task An_unknown_command_lists_the_commands()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        var reply = await family.SayAsync("/foo");
        Assert.Contains("/menu", reply[0].Text);
    }

    [SkippableFact]
    public async Task The_error_body_says_what_is_wrong()
    {
        using var response = await bot.App.PostUpdateAsync("{oops");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("not a Telegram update", problem.RootElement.GetProperty("title").GetString());
    }

    private Task<int> StoredUpdatesAsync() => bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync());
}

public sealed class BadInputTestsOnSqlite(SqliteBotFixture bot) : BadInputTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class BadInputTestsOnPostgreSql(PostgreSqlBotFixture bot) : BadInputTests(bot), IClassFixture<PostgreSqlBotFixture>;
