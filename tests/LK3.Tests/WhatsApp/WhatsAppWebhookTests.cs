using System.Net;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.WhatsApp;

/// <summary>The WhatsApp webhook: Meta's handshake, and a clear 4xx for anything not signed by Meta or not a notification, with nothing stored.</summary>
public abstract class WhatsAppWebhookTests(BotFixture bot)
{
    [SkippableFact]
    public async Task The_handshake_answers_the_challenge_to_the_right_token_only()
    {
        using var right = await bot.App.Client.SendAsync(WhatsAppSignature.Handshake("subscribe", BotApp.WhatsAppVerifyToken, "1158201444"));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("1158201444", await right.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", right.Content.Headers.ContentType?.MediaType);

        using var wrong = await bot.App.Client.SendAsync(WhatsAppSignature.Handshake("subscribe", "guessed-token", "1158201444"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.DoesNotContain("1158201444", await wrong.Content.ReadAsStringAsync());

        using var mode = await bot.App.Client.SendAsync(WhatsAppSignature.Handshake("unsubscribe", BotApp.WhatsAppVerifyToken, "1158201444"));
        Assert.Equal(HttpStatusCode.Forbidden, mode.StatusCode);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("sha256=")]
    [InlineData("sha256=not-hex")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    [InlineData("wrong-app-secret")]
    [InlineData("signed-over-another-body")]
    public async Task A_missing_or_wrong_signature_is_refused_with_401_and_nothing_is_stored(string? signature)
    {
        var payload = WhatsAppPayloads.Text(WhatsAppFamily.NewNumber(), "/start");
        using var request = WhatsAppSignature.WebhookRequest(payload, appSecret: null);
        var header = signature switch
        {
            "wrong-app-secret" => WhatsAppSignature.Sign(payload, "not-the-secret"),
            "signed-over-another-body" => WhatsAppSignature.Sign(payload.Json + " ", BotApp.WhatsAppAppSecret),
            _ => signature,
        };
        if (header is not null) request.Headers.Add(WhatsAppSignature.HeaderName, header);

        using var response = await bot.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await StoredAsync(payload.Wamid));
    }

    [SkippableTheory]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"object\":\"page\",\"entry\":[]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\"}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":\"none\"}")]
    public async Task A_signed_body_that_is_not_a_notification_is_refused_with_400(string body)
    {
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(body, BotApp.WhatsAppAppSecret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task A_body_over_a_megabyte_is_refused_with_413()
    {
        var body = WhatsAppPayloads.Text(WhatsAppFamily.NewNumber(), new string('a', 1_100_000));
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(body, BotApp.WhatsAppAppSecret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await StoredAsync(body.Wamid));
    }

    [SkippableFact]
    public async Task Messages_without_a_sender_or_for_another_number_and_reactions_are_acknowledged_and_not_stored()
    {
        var family = WhatsAppFamily.NewNumber();
        var otherNumber = WhatsAppPayloads.Text(family, "/start", phoneNumberId: "999999999999");
        var noSender = WhatsAppPayloads.Text(family, "/start").Json.Replace($"\"from\":\"{family}\",", "", StringComparison.Ordinal);
        var reaction = """
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
            "metadata":{"display_phone_number":"6281100000000","phone_number_id":"106540352242922"},
            "messages":[{"from":"FAMILY","id":"wamid.REACTION","timestamp":"1764288000","type":"reaction",
            "reaction":{"message_id":"wamid.X","emoji":"🙏"}}]}}]}]}
            """.Replace("FAMILY", family, StringComparison.Ordinal);

        foreach (var body in new[] { otherNumber.Json, noSender, reaction })
        {
            using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(body, BotApp.WhatsAppAppSecret));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(0, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == family)));
        Assert.Empty(bot.Graph.MessagesTo(family));
    }

    [SkippableFact]
    public async Task A_status_for_a_message_we_never_sent_is_acknowledged_and_changes_nothing()
    {
        var before = await bot.App.QueryAsync(db => db.OutgoingMessages.CountAsync());
        var status = WhatsAppPayloads.Status(WhatsAppFamily.NewNumber(), "wamid.NEVER-SENT-BY-US", "failed",
            errorCode: 131047, errorTitle: "Re-engagement message");
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(status, BotApp.WhatsAppAppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await bot.App.QueryAsync(db => db.OutgoingMessages.CountAsync()));
    }

    private Task<int> StoredAsync(string wamid) => bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ExternalId == wamid));
}

public sealed class WhatsAppWebhookTestsOnSqlite(SqliteBotFixture bot) : WhatsAppWebhookTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class WhatsAppWebhookTestsOnPostgreSql(PostgreSqlBotFixture bot) : WhatsAppWebhookTests(bot), IClassFixture<PostgreSqlBotFixture>;
