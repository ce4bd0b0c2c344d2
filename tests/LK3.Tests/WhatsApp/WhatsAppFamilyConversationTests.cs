using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.WhatsApp;

/// <summary>The family conversation of the Telegram tests, on WhatsApp: signed webhook calls in, Cloud API messages out.</summary>
public abstract class WhatsAppFamilyConversationTests(BotFixture bot)
{
    [SkippableFact]
    public async Task Consent_then_information_about_konseling_then_help_intake_ends_with_a_case_reference()
    {
        var family = bot.NewWhatsAppFamily();

        var greeting = await family.SayAsync("/start");
        Assert.Contains("*LK3 Kota Bontang*", greeting[0].Text);
        Assert.Equal("button", family.LastPrompt!.InteractiveType);
        Assert.Contains("*Privasi Anda*", family.LastPrompt.Text);

        await family.PressAsync("consent:yes");
        // Four menu entries: more than WhatsApp's three reply buttons, so a list.
        Assert.Equal("list", family.LastPrompt.InteractiveType);
        await family.PressAsync("menu:info");
        // More topics than a list holds: numbered lines, answered with a number.
        Assert.Equal("text", family.LastPrompt.Type);
        var konseling = await family.ChooseNumberedAsync("Konseling");
        Assert.Contains("psikososial", konseling[0].Text);

        await family.PressAsync("menu:help");
        await family.PressAsync("category:FamilyConflict");
        await family.PressAsync("recipient:MyFamily");
        await family.SayAsync("Saya dan suami sering bertengkar <b>soal</b> uang & anak.");
        await family.PressAsync("kecamatan:BontangSelatan");
        await family.PressAsync("contact:phone");
        await family.SayAsync("+62 812-3456-7890");
        var summary = await family.PressAsync("danger:no");
        // What the family wrote comes back as they wrote it, never as formatting.
        Assert.Contains("<b>soal</b> uang & anak", summary.Single().Text);

        var done = await family.PressAsync("intake:send");
        var reference = FamilyWalks.ReferenceIn(done.Select(family.TextOf));
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        var stored = await bot.App.QueryAsync(db => db.Cases.SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number));
        Assert.Equal(ProblemCategory.FamilyConflict, stored.Category);
        Assert.Equal(HelpRecipient.MyFamily, stored.Recipient);
        Assert.Equal(Kecamatan.BontangSelatan, stored.Kecamatan);
        Assert.Equal("+6281234567890", stored.ContactPhone);
        Assert.Equal("Saya dan suami sering bertengkar <b>soal</b> uang & anak.", stored.Description);
        var client = await bot.App.QueryAsync(db => db.Clients.SingleAsync(c => c.Id == stored.ClientId));
        Assert.Equal(("whatsapp", family.Number), (client.Channel, client.ChatId));

        var status = await family.SayAsync("/status");
        Assert.Contains(reference, status[0].Text);
    }

    [SkippableFact]
    public async Task Nomor_ini_aja_at_the_contact_question_is_the_number_the_family_writes_from()
    {
        var family = bot.NewWhatsAppFamily();
        await family.WalkToSummaryAsync();
        await family.SayAsync("ubah nomor");

        var summary = await family.SayAsync("nomor ini aja");

        Assert.Contains($"(+{family.Number})", summary[^1].Text);
        var conversation = await bot.App.QueryAsync(db =>
            db.Conversations.SingleAsync(c => db.Clients.Any(client => client.Id == c.ClientId && client.ChatId == family.Number)));
        Assert.Equal("+" + family.Number, conversation.ContactPhone);
    }

    [SkippableFact]
    public async Task The_word_darurat_as_a_first_message_shows_the_emergency_numbers_before_anything_else()
    {
        var family = bot.NewWhatsAppFamily();
        var reply = await family.SayAsync("DARURAT");
        foreach (var number in new[] { "112", "110", "119", "129", "08111-129-129" }) Assert.Contains(number, reply[0].Text);
        Assert.Contains(family.LastPrompt!.Buttons, b => b.Id == "emergency:help");
    }

    [SkippableFact]
    public async Task Batal_in_the_middle_of_an_intake_cancels_it_and_keeps_nothing()
    {
        var family = bot.NewWhatsAppFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Economic");
        await family.PressAsync("recipient:Myself");
        await family.SayAsync("Kami tidak punya uang untuk makan minggu ini.");

        var cancelled = await family.PressAsync("/batal");
        Assert.Contains("dibatalkan", cancelled[0].Text);
        var conversation = await bot.App.QueryAsync(db =>
            db.Conversations.SingleAsync(c => db.Clients.Any(k => k.Id == c.ClientId && k.ChatId == family.Number)));
        Assert.Equal(ConversationState.MainMenu, conversation.State);
        Assert.Null(conversation.Description);
    }

    [SkippableFact]
    public async Task A_whole_intake_walked_with_buttons_and_lists_gives_a_case()
    {
        var family = bot.NewWhatsAppFamily();
        var reference = await family.SubmitIntakeAsync(ProblemCategory.ChildProtection);
        Assert.Matches(@"^LK3-\d{4}-\d{4}$", reference);
    }

    [SkippableFact]
    public async Task Every_message_of_the_family_is_marked_read()
    {
        var family = bot.NewWhatsAppFamily();
        var hello = WhatsAppPayloads.Text(family.Number, "halo");
        await family.PostAsync(hello);
        await bot.Graph.WaitForCallsAsync(call => call.Body.TryGetProperty("message_id", out var id) && id.GetString() == hello.Wamid);
    }

    [SkippableFact]
    public async Task A_redelivered_message_is_answered_once()
    {
        var family = bot.NewWhatsAppFamily();
        var start = WhatsAppPayloads.Text(family.Number, "/start");
        await family.PostAsync(start);
        var answered = bot.Graph.MessagesTo(family.Number).Count;

        using var again = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(start, BotApp.WhatsAppAppSecret));
        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);
        await family.SayAsync("/menu"); // answered after the redelivery would have been

        Assert.Equal(1, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ExternalId == start.Wamid)));
        Assert.Equal(1, bot.Graph.MessagesTo(family.Number).Take(answered).Count(m => m.Text?.Contains("Privasi Anda", StringComparison.Ordinal) == true));
    }

    [SkippableFact]
    public async Task Several_messages_in_one_notification_are_all_handled_each_in_its_own_chat()
    {
        var first = bot.NewWhatsAppFamily();
        var second = bot.NewWhatsAppFamily();
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(
            WhatsAppPayloads.Batch(WhatsAppPayloads.Text(first.Number, "/start"), WhatsAppPayloads.Text(second.Number, "darurat")), BotApp.WhatsAppAppSecret));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        Assert.Contains("Privasi Anda", (await first.NextTurnAsync())[^1].Text);
        Assert.Contains("112", (await second.NextTurnAsync())[0].Text);
    }

    [SkippableFact]
    public async Task Location_contact_media_and_unknown_messages_get_a_kind_answer_and_the_question_again()
    {
        var family = bot.NewWhatsAppFamily();
        await family.SayAsync("/start");
        foreach (var payload in new[]
        {
            WhatsAppPayloads.Sticker(family.Number), WhatsAppPayloads.Image(family.Number, caption: "foto"),
            WhatsAppPayloads.Audio(family.Number), WhatsAppPayloads.Location(family.Number, 0.1333, 117.5), WhatsAppPayloads.Unsupported(family.Number),
        })
        {
            var answer = await family.PostAsync(payload);
            Assert.Contains(family.LastPrompt!.Buttons, b => b.Id == "consent:yes");
            Assert.True(answer.Count >= 1);
        }
        Assert.Equal(0,
            await bot.App.QueryAsync(db => db.ConsentRecords.CountAsync(r => db.Clients.Any(k => k.Id == r.ClientId && k.ChatId == family.Number))));
    }

    [SkippableFact]
    public async Task A_shared_contact_answers_the_phone_question()
    {
        var family = bot.NewWhatsAppFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Health");
        await family.PressAsync("recipient:MyChild");
        await family.SayAsync("Anak saya berat badannya terus turun.");
        await family.PressAsync("kecamatan:OutsideBontang");
        await family.PressAsync("contact:phone");

        await family.PostAsync(WhatsAppPayloads.Contacts(family.Number, "+62 812-3456-7891"));
        Assert.Contains(family.LastPrompt!.Buttons, b => b.Id == "danger:yes");
    }

    [SkippableFact]
    public async Task Delivery_statuses_move_our_message_forward_only_and_unknown_ones_change_nothing()
    {
        var family = bot.NewWhatsAppFamily();
        var greeting = await family.SayAsync("/start");
        var wamid = await SentAsync(greeting[^1]);

        await PostStatusAsync(WhatsAppPayloads.Status(family.Number, wamid, "delivered"));
        Assert.Equal(DeliveryStatus.Delivered, await StatusOfAsync(wamid));
        await PostStatusAsync(WhatsAppPayloads.Status(family.Number, wamid, "read"));
        await PostStatusAsync(WhatsAppPayloads.Status(family.Number, wamid, "delivered")); // late, out of order
        Assert.Equal(DeliveryStatus.Read, await StatusOfAsync(wamid));

        await PostStatusAsync(WhatsAppPayloads.Status(family.Number, WhatsAppPayloads.NewWamid(family.Number, inbound: false), "read"));
    }

    [SkippableFact]
    public async Task A_failed_status_for_an_undeliverable_number_marks_the_family_unreachable()
    {
        var family = bot.NewWhatsAppFamily();
        var greeting = await family.SayAsync("/start");
        var wamid = await SentAsync(greeting[^1]);

        // A message still waiting for this number (sent later, say by a counsellor) would fail the same way.
        var waiting = await bot.App.QueryAsync(async db =>
        {
            var message =
                LK3.Intake.Outbox.OutgoingMessage.To("whatsapp", family.Number, new LK3.Intake.Conversations.Reply("Halo"), DateTimeOffset.UtcNow.AddHours(1));
            db.OutgoingMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

        await PostStatusAsync(WhatsAppPayloads.Status(family.Number, wamid, "failed", errorCode: 131026, errorTitle: "Message undeliverable"));

        Assert.Equal(DeliveryStatus.Failed, await StatusOfAsync(wamid));
        Assert.Equal(DeliveryStatus.Failed,
            await bot.App.QueryAsync(db => db.OutgoingMessages.Where(m => m.Id == waiting).Select(m => m.Status).SingleAsync()));
        Assert.NotNull(await bot.App.QueryAsync(db => db.Clients.Where(c => c.ChatId == family.Number).Select(c => c.UnreachableSince).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_rate_limited_reply_is_sent_again_after_a_pause()
    {
        var family = bot.NewWhatsAppFamily();
        bot.Graph.FailNext(family.Number, 400, 130429, "Rate limit hit");
        var greeting = await family.SayAsync("/start");

        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        var refused = Assert.Single(bot.Graph.CallsTo(family.Number), c => c.ErrorCode == 130429);
        var retried = bot.Graph.CallsTo(family.Number).First(c => c.Status == 200 && c.At > refused.At);
        Assert.True(retried.At - refused.At >= TimeSpan.FromSeconds(1.5), $"retried after {retried.At - refused.At}");
    }

    private async Task PostStatusAsync(string payload)
    {
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(payload, BotApp.WhatsAppAppSecret));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The message's wamid once the bot has recorded it as sent, as it has long before Meta's statuses come.</summary>
    private async Task<string> SentAsync(GraphMessage message)
    {
        Assert.Equal(DeliveryStatus.Sent, await Poll.UntilAsync<DeliveryStatus?>(async () =>
            await bot.App.QueryAsync(db => db.OutgoingMessages.Where(m => m.ExternalMessageId == message.Id)
                .Select(m => (DeliveryStatus?)m.Status).SingleOrDefaultAsync()), "the message recorded as sent"));
        return message.Id;
    }

    private Task<DeliveryStatus> StatusOfAsync(string wamid) =>
        bot.App.QueryAsync(db => db.OutgoingMessages.Where(m => m.ExternalMessageId == wamid).Select(m => m.Status).SingleAsync());
}

public sealed class WhatsAppFamilyConversationTestsOnSqlite(SqliteBotFixture bot) : WhatsAppFamilyConversationTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class WhatsAppFamilyConversationTestsOnPostgreSql(PostgreSqlBotFixture bot)
    : WhatsAppFamilyConversationTests(bot), IClassFixture<PostgreSqlBotFixture>;
