using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>Families walking the conversation of docs/design.md through the Telegram webhook.</summary>
public abstract class FamilyConversationTests(BotFixture bot)
{
    [SkippableFact]
    public async Task Consent_then_information_about_konseling_then_help_intake_ends_with_a_case_reference()
    {
        var family = bot.NewFamily();

        var greeting = await family.SayAsync("/start");
        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        Assert.Contains("Privasi Anda", family.LastPrompt!.Text);
        Assert.Equal("html", family.LastPrompt.ParseMode, ignoreCase: true);

        var consent = await family.PressAsync("consent:yes");
        Assert.Contains("Terima kasih", consent[0].Text);
        await family.PressAsync("menu:info");
        Assert.Contains(FamilyChat.Buttons(family.LastPrompt!), b => b.Data == "topic:konseling");
        var konseling = await family.PressAsync("topic:konseling");
        Assert.Contains("psikososial", konseling.Single().Text);

        await family.PressAsync("menu:help");
        await family.PressAsync("category:FamilyConflict");
        await family.PressAsync("recipient:MyFamily");
        await family.SayAsync("Saya dan suami sering bertengkar <b>soal</b> uang & anak.");
        await family.PressAsync("kecamatan:BontangSelatan");
        await family.PressAsync("contact:phone");
        await family.SayAsync("+62 812-3456-7890");
        var summary = await family.PressAsync("danger:no");
        Assert.Contains("&lt;b&gt;soal&lt;/b&gt; uang &amp; anak", summary.Single().Text);
        Assert.Contains("+6281234567890", summary.Single().Text);

        var done = await family.PressAsync("intake:send");
        var reference = FamilyChat.ReferenceIn(done);
        Assert.Matches($@"^LK3-{DateTimeOffset.UtcNow.ToOfficeTime().Year}-\d{{4}}$", reference);
        Assert.Contains("menghubungi Anda", done[0].Text);
        Assert.Contains(done, m => m.Text.Contains("<b>Berlangganan info</b> di menu", StringComparison.Ordinal)); // invited, not opted in
        Assert.False(await bot.App.QueryAsync(db =>
            db.Subscriptions.AnyAsync(s => db.Clients.Any(c => c.Id == s.ClientId && c.ChatId == family.ChatId.ToString()))));

        Assert.True(CaseReference.TryParse(reference, out var parsed));
        var stored = await bot.App.QueryAsync(db => db.Cases.SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number));
        Assert.Equal(ProblemCategory.FamilyConflict, stored.Category);
        Assert.Equal(HelpRecipient.MyFamily, stored.Recipient);
        Assert.Equal(Kecamatan.BontangSelatan, stored.Kecamatan);
        Assert.Equal(ContactMethod.PhoneCall, stored.ContactMethod);
        Assert.Equal("+6281234567890", stored.ContactPhone);
        Assert.Equal("Saya dan suami sering bertengkar <b>soal</b> uang & anak.", stored.Description);
        Assert.False(stored.Urgent);
        Assert.Equal(CaseStage.InitialContact, stored.Stage);

        var consentRecord = await bot.App.QueryAsync(db => db.ConsentRecords.SingleAsync(r => r.ClientId == stored.ClientId));
        Assert.True(consentRecord.Granted);
        Assert.Equal(ConversationTexts.NoticeVersion, consentRecord.NoticeVersion);
        var conversation = await bot.App.QueryAsync(db => db.Conversations.SingleAsync(c => c.ClientId == stored.ClientId));
        Assert.Null(conversation.Description);

        var status = await family.SayAsync("/status");
        Assert.Contains(reference, status[0].Text);
        Assert.Contains("kontak awal", status[0].Text);
    }

    [SkippableFact]
    public async Task Every_button_press_is_answered_so_the_family_sees_no_spinner()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:info");

        var answered = await bot.Api.WaitForCallAsync("answerCallbackQuery",
            call => call.Body.GetProperty("callback_query_id").GetString() is { } id && id.StartsWith($"cb-{family.ChatId}-", StringComparison.Ordinal));
        Assert.NotNull(answered);
        Assert.Equal(2, bot.Api.CallsTo("answerCallbackQuery")
            .Count(c => c.Body.GetProperty("callback_query_id").GetString()!.StartsWith($"cb-{family.ChatId}-", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Free_text_naming_a_topic_answers_it()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:no");

        var answer = await family.SayAsync("di mana alamat kantor LK3?");
        Assert.Contains("WITA", answer.Single().Text);
    }

    [SkippableFact]
    public async Task Emergency_button_shows_the_numbers_at_once_and_the_case_that_follows_is_urgent()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");

        var numbers = await family.PressAsync("/darurat");
        var text = numbers[0].Text;
        foreach (var number in new[] { "112", "110", "119", "129", "08111-129-129" }) Assert.Contains(number, text);
        Assert.Contains(FamilyChat.Buttons(numbers[^1]), b => b.Data == "emergency:help");

        await family.PressAsync("emergency:help");
        await family.PressAsync("category:ChildProtection");
        await family.PressAsync("recipient:MyChild");
        await family.SayAsync("Anak tetangga dikunci di rumah tanpa makanan.");
        await family.PressAsync("kecamatan:BontangBarat");
        var summary = await family.PressAsync("contact:chat");
        Assert.Contains("Mendesak", summary[^1].Text); // urgent already: the danger question is not asked again
        var done = await family.PressAsync("intake:send");

        Assert.Contains("mendesak", done[0].Text);
        Assert.True(CaseReference.TryParse(FamilyChat.ReferenceIn(done), out var reference));
        Assert.True(await bot.App.QueryAsync(db =>
            db.Cases.Where(c => c.Year == reference.Year && c.Number == reference.Number).Select(c => c.Urgent).SingleAsync()));
    }

    [SkippableFact]
    public async Task The_word_darurat_as_a_first_message_shows_the_emergency_numbers_before_anything_else()
    {
        var family = bot.NewFamily();
        var reply = await family.SayAsync("DARURAT");
        Assert.Contains("112", reply[0].Text);
        Assert.Contains(FamilyChat.Buttons(reply[^1]), b => b.Data == "emergency:help");
    }

    [SkippableFact]
    public async Task Danger_right_now_shows_the_numbers_and_marks_the_case_urgent()
    {
        var family = bot.NewFamily();
        var summary = await family.WalkToSummaryAsync(danger: true);
        Assert.Contains("112", summary[0].Text);
        Assert.Contains("Mendesak", summary[^1].Text);
        var done = await family.PressAsync("intake:send");
        Assert.True(CaseReference.TryParse(FamilyChat.ReferenceIn(done), out var reference));
        Assert.True(await bot.App.QueryAsync(db =>
            db.Cases.Where(c => c.Year == reference.Year && c.Number == reference.Number).Select(c => c.Urgent).SingleAsync()));
    }

    [SkippableFact]
    public async Task Batal_in_the_middle_of_an_intake_cancels_it_and_keeps_nothing()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Economic");
        await family.PressAsync("recipient:Myself");
        await family.SayAsync("Kami tidak punya uang untuk makan minggu ini.");

        var cancelled = await family.SayAsync("/batal");
        Assert.Contains("dibatalkan", cancelled[0].Text);
        Assert.Contains(FamilyChat.Buttons(cancelled[^1]), b => b.Data == "menu:help");

        var client = await bot.App.QueryAsync(db => db.Clients.Include(c => c.Conversation).SingleAsync(c => c.ChatId == family.ChatId.ToString()));
        Assert.Equal(ConversationState.MainMenu, client.Conversation!.State);
        Assert.Null(client.Conversation.Description);
        Assert.Null(client.Conversation.Category);
        Assert.False(await bot.App.QueryAsync(db => db.Cases.AnyAsync(c => c.ClientId == client.Id)));
    }

    [SkippableFact]
    public async Task A_family_subscribes_to_news_after_consenting_and_stops_with_berhenti_at_once()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:no");

        var consentFirst = await family.PressAsync("menu:news");
        Assert.Contains("mengirimi Anda informasi", consentFirst[0].Text);
        var topics = await family.PressAsync("consent:yes");
        Assert.Contains(FamilyChat.Buttons(topics[^1]), b => b.Data == "news:ParentingClasses");
        var subscribed = await family.PressAsync("news:ParentingClasses");
        Assert.Contains("Kelas pengasuhan", subscribed[0].Text);
        Assert.DoesNotContain(FamilyChat.Buttons(subscribed[^1]), b => b.Data == "news:ParentingClasses");
        await family.PressAsync("news:EconomicAssistance");

        var subscription = await bot.App.QueryAsync(db =>
            db.Subscriptions.SingleAsync(s => db.Clients.Any(c => c.Id == s.ClientId && c.ChatId == family.ChatId.ToString())));
        Assert.Equal([LK3.Intake.Broadcasts.NewsTopic.ParentingClasses, LK3.Intake.Broadcasts.NewsTopic.EconomicAssistance], subscription.Topics);
        Assert.Null(subscription.StoppedAt);

        var stopped = await family.SayAsync("Berhenti");
        Assert.Contains("tidak akan menerima siaran", stopped[0].Text);
        Assert.NotNull(await bot.App.QueryAsync(db => db.Subscriptions.Where(s => s.Id == subscription.Id).Select(s => s.StoppedAt).SingleAsync()));
        Assert.Contains("tidak sedang berlangganan", (await family.SayAsync("/berhenti"))[0].Text);
    }

    [SkippableFact]
    public async Task Hapus_asks_for_confirmation_then_erases_the_family_s_words_and_number_and_keeps_the_case_as_a_figure()
    {
        var family = bot.NewFamily();
        await family.WalkToSummaryAsync(description: "Suami saya memukul saya, tolong.", phone: true);
        Assert.True(CaseReference.TryParse(FamilyChat.ReferenceIn(await family.PressAsync("intake:send")), out var reference));
        await family.SayAsync("Dia pulang lagi malam ini.");
        await family.PressAsync("menu:news");
        await family.PressAsync("news:GeneralNews");
        var clientId = await bot.App.QueryAsync(db => db.Clients.Where(c => c.ChatId == family.ChatId.ToString()).Select(c => c.Id).SingleAsync());

        var question = await family.SayAsync("/hapus");
        Assert.Contains(FamilyChat.Buttons(question[^1]), b => b.Data == "erase:yes");
        var kept = await family.PressAsync("/menu");
        Assert.Contains(FamilyChat.Buttons(kept[^1]), b => b.Data == "menu:erase");
        Assert.Equal(1, await bot.App.QueryAsync(db => db.CaseMessages.CountAsync(m => db.Cases.Any(c => c.Id == m.CaseId && c.ClientId == clientId))));

        await family.PressAsync("menu:erase");
        (await bot.App.PostUpdateAsync(TelegramUpdates.Callback(family.ChatId, "erase:yes"))).EnsureSuccessStatusCode();
        Assert.Contains("sudah kami hapus", (await family.NextAsync()).Text); // and nothing asked: the chat is forgotten

        var stored = await bot.App.QueryAsync(db => db.Cases.SingleAsync(c => c.Year == reference.Year && c.Number == reference.Number));
        Assert.Equal((ClientErasure.Erased, (string?)null), (stored.Description, stored.ContactPhone));
        Assert.Equal(ProblemCategory.DomesticViolence, stored.Category); // still counted in the yearly figures
        var texts = await bot.App.QueryAsync(async db => new
        {
            Messages = await db.CaseMessages.CountAsync(m => m.CaseId == stored.Id),
            Conversation = await db.Conversations.AnyAsync(c => c.ClientId == clientId),
            Subscription = await db.Subscriptions.AnyAsync(s => s.ClientId == clientId),
            Chat = await db.Clients.AnyAsync(c => c.ChatId == family.ChatId.ToString()),
            Echoes = await db.OutgoingMessages.CountAsync(m => m.ChatId == family.ChatId.ToString() && m.Text.Contains("memukul")),
            // Only the erasure request itself is still known (by its update id, without its payload), until retention.
            Updates = await db.ReceivedUpdates.CountAsync(u => u.ChatId == family.ChatId.ToString() && u.Status != LK3.Intake.Inbox.UpdateStatus.Pending),
            Payloads = await db.ReceivedUpdates.CountAsync(u => u.ChatId == family.ChatId.ToString() && u.Payload != null),
            Withdrawn = await db.ConsentRecords.Where(r => r.ClientId == clientId).OrderByDescending(r => r.Id).Select(r => r.Granted).FirstAsync(),
        });
        Assert.Equal(
            new { Messages = 0, Conversation = false, Subscription = false, Chat = false, Echoes = 0, Updates = 1, Payloads = 0, Withdrawn = false },
            texts);

        // Writing again, the family is someone new.
        var again = await family.SayAsync("halo");
        Assert.Contains("Privasi Anda", again[^1].Text);
    }

    [SkippableFact]
    public async Task Bahasa_switches_to_English_and_back()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");

        var english = await family.SayAsync("/bahasa");
        Assert.Contains("English", english[0].Text);
        Assert.Contains(FamilyChat.Buttons(english[^1]), b => b.Text == "Ask for help");
        var info = await family.PressAsync("menu:info");
        Assert.Contains(FamilyChat.Buttons(info.Single()), b => b.Text == "Counselling");

        var indonesian = await family.SayAsync("/bahasa");
        Assert.Contains("Bahasa Indonesia", indonesian[0].Text);
    }

    [SkippableFact]
    public async Task Help_without_consent_asks_for_consent_first()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:no");

        var asked = await family.PressAsync("menu:help");
        Assert.Contains(FamilyChat.Buttons(asked[^1]), b => b.Data == "consent:yes");
        var category = await family.PressAsync("consent:yes");
        Assert.Contains("Terima kasih", category[0].Text);
        Assert.Contains(FamilyChat.Buttons(category[^1]), b => b.Data == "category:DomesticViolence");
    }

    [SkippableFact]
    public async Task A_family_with_an_open_case_has_what_it_writes_added_to_the_case()
    {
        var family = bot.NewFamily();
        await family.WalkToSummaryAsync();
        var done = await family.PressAsync("intake:send");
        Assert.True(CaseReference.TryParse(FamilyChat.ReferenceIn(done), out var reference));

        var added = await family.SayAsync("Tadi malam dia pulang mabuk lagi.");
        Assert.Contains(reference.ToString(), added[0].Text);
        var messages = await bot.App.QueryAsync(db => db.CaseMessages
            .Where(m => db.Cases.Any(c => c.Id == m.CaseId && c.Year == reference.Year && c.Number == reference.Number))
            .Select(m => m.Text).ToListAsync());
        Assert.Equal(["Tadi malam dia pulang mabuk lagi."], messages);
    }

    [SkippableFact]
    public async Task A_wrong_phone_number_is_asked_again_kindly()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Health");
        await family.PressAsync("recipient:MyChild");
        await family.SayAsync("Anak saya berat badannya terus turun.");
        await family.PressAsync("kecamatan:OutsideBontang");
        await family.PressAsync("contact:phone");

        var again = await family.SayAsync("12345");
        Assert.Contains("0812 3456 7890", again[0].Text);
        var shared = await family.PostAsync(TelegramUpdates.Contact(family.ChatId, "6281234567891"));
        Assert.Contains(FamilyChat.Buttons(shared.Single()), b => b.Data == "danger:yes");
    }

    [SkippableFact]
    public async Task The_emergency_button_of_an_older_message_works_in_the_middle_of_an_intake()
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:DomesticViolence");

        var reply = await family.PostAsync(TelegramUpdates.Callback(family.ChatId, "/darurat"));

        Assert.Contains("112", reply[0].Text);
        Assert.Contains(FamilyChat.Buttons(reply[^1]), b => b.Data == "recipient:Myself");
    }

    [SkippableFact]
    public async Task A_family_with_an_open_case_writing_about_danger_reaches_its_case_and_sees_the_numbers()
    {
        var family = bot.NewFamily();
        await family.WalkToSummaryAsync();
        var done = await family.PressAsync("intake:send");
        Assert.True(CaseReference.TryParse(FamilyChat.ReferenceIn(done), out var reference));

        var reply = await family.SayAsync("Saya dalam bahaya, dia datang lagi!");
        Assert.Contains("112", reply[0].Text); // the numbers first, then the case marked urgent and the message passed on
        Assert.Contains(reply.Skip(1), m => m.Text.Contains(reference.ToString(), StringComparison.Ordinal));

        var stored = await bot.App.QueryAsync(db =>
            db.Cases.Include(c => c.Messages).SingleAsync(c => c.Year == reference.Year && c.Number == reference.Number));
        Assert.True(stored.Urgent);
        Assert.Equal(["Saya dalam bahaya, dia datang lagi!"], stored.Messages.Select(m => m.Text));
    }
}

public sealed class FamilyConversationTestsOnSqlite(SqliteBotFixture bot) : FamilyConversationTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class FamilyConversationTestsOnPostgreSql(PostgreSqlBotFixture bot) : FamilyConversationTests(bot), IClassFixture<PostgreSqlBotFixture>;
