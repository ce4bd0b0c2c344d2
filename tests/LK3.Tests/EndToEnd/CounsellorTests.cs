using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.EndToEnd;

/// <summary>Counsellors on Telegram: linking their chat, receiving a family's case, accepting or declining it.</summary>
public abstract class CounsellorTests(DatabaseProvider provider) : BotPerTest(provider)
{
    [SkippableFact]
    public async Task A_counsellor_links_their_chat_with_a_one_time_code()
    {
        Database.SkipIfUnavailable();
        var id = await AddCounsellorAsync("Rina Wulandari", linked: false);
        var code = await NewCodeAsync(id);
        var chat = NewChat();

        Assert.Contains("Selamat datang, Bu Rina", await chat.SayAsync($"/daftar {code.ToLowerInvariant()}"));
        Assert.Equal(chat.ChatId.ToString(), await App.QueryAsync(db =>
            db.Counsellors.Where(c => c.Id == id).Select(c => c.Contact == null ? null : c.Contact.ChatId).SingleAsync()));

        var other = NewChat();
        Assert.Contains("sudah pernah dipakai", await other.SayAsync($"/daftar {code}"));
    }

    [SkippableFact]
    public async Task Expired_and_wrong_codes_are_refused_and_guessing_is_throttled()
    {
        Database.SkipIfUnavailable();
        var id = await AddCounsellorAsync("Budi Santoso", linked: false);
        var code = await NewCodeAsync(id);
        await App.QueryAsync(db => db.CounsellorLinkCodes.ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var chat = NewChat();

        Assert.Contains("kedaluwarsa", await chat.SayAsync($"/daftar {code}"));
        for (var i = 0; i < CounsellorLinking.MaxWrongCodesPerHour; i++)
        {
            Assert.Contains("tidak dikenal", await chat.SayAsync($"/daftar WRONG{i:D3}"));
        }
        Assert.Contains("Terlalu banyak", await chat.SayAsync($"/daftar {await NewCodeAsync(id)}"));
        Assert.Null(await App.QueryAsync(db => db.Counsellors.Where(c => c.Id == id).Select(c => c.Contact == null ? null : c.Contact.ChatId).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_family_case_reaches_the_counsellor_who_accepts_it_and_the_family_is_told()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        await AddCounsellorAsync("Dewi Lestari", specialities: [ProblemCategory.Economic]);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());

        await family.WalkToSummaryAsync(description: "Suami saya sering memukul saya kalau marah.", phone: true);
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));

        var offer = await rina.Chat.NextAsync();
        Assert.Contains($"Kasus baru {reference}", offer.Text);
        Assert.Contains("Kekerasan (KDRT)", offer.Text);
        Assert.Contains("Bontang Utara", offer.Text);
        Assert.DoesNotContain("memukul", offer.Text); // what they need and no more
        Assert.Contains(FamilyChat.Buttons(offer), b => b.Data == $"offer:accept:{reference}");

        var accepted = await rina.Chat.PressAsync($"offer:accept:{reference}");
        Assert.Contains(reference, accepted);
        // The offer that was answered looks answered: it says so, and its buttons are gone.
        var answered = await Api.WaitForEditAsync(rina.Chat.ChatId, offer.MessageId);
        Assert.Matches(@"Sudah Anda terima</b> pada \d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA", answered.Text);
        Assert.Contains($"Kasus baru {reference}", answered.Text);
        Assert.Null(answered.ReplyMarkup);
        Assert.Null(Api.SentTo(rina.Chat.ChatId)[0].ReplyMarkup);
        Assert.Contains("+6281234567890", accepted);
        Assert.Contains("Suami saya sering memukul saya kalau marah.", accepted); // theirs now: what they need to call

        var told = await family.NextAsync();
        Assert.Contains("<b>Bu Rina</b>", told.Text); // the name staff set for families, not the first word of the full name
        Assert.DoesNotContain("Wulandari", told.Text);
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        Assert.Equal(rina.Id, await App.QueryAsync(db =>
            db.Cases.Where(c => c.Year == parsed.Year && c.Number == parsed.Number).Select(c => c.CounsellorId).SingleAsync()));
        Assert.Contains(reference, await rina.Chat.SayAsync("/kasus"));
    }

    [SkippableFact]
    public async Task Family_and_counsellor_write_to_each_other_through_the_bot_and_both_sides_are_in_the_transcript()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        var supervisor = await AddCounsellorAsync("Hasan Basri", role: StaffRole.Supervisor);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync();
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        await rina.Chat.NextAsync(); // the offer

        // Before anyone accepted: kept on the case, the family told it waits, the supervisor sees it.
        Assert.Contains("menunggu konselor", (await family.SayAsync("Apakah ada yang membaca ini?"))[0].Text);
        Assert.Contains("belum ada konselor", (await supervisor.Chat.NextAsync()).Text);

        await rina.Chat.PressAsync($"offer:accept:{reference}");
        await family.NextAsync(); // who will call
        Assert.Contains("teruskan kepada konselor", (await family.SayAsync("Kapan Ibu bisa menelepon?"))[0].Text);
        var forwarded = await rina.Chat.NextAsync();
        Assert.Contains($"Pesan keluarga, kasus {reference}", forwarded.Text);
        Assert.Contains("Kapan Ibu bisa menelepon?", forwarded.Text);

        Assert.Contains("sudah dikirim", await rina.Chat.ReplyToAsync(forwarded.MessageId, "Besok pagi jam 9, <b>ya</b>."));
        var answer = await family.NextAsync();
        Assert.Contains("Konselor LK3 (Bu Rina)", answer.Text);
        Assert.Contains("Besok pagi jam 9, &lt;b&gt;ya&lt;/b&gt;.", answer.Text);
        Assert.DoesNotContain(rina.Chat.ChatId.ToString(), answer.Text);

        Assert.Contains("sudah dikirim", await rina.Chat.SayAsync($"/balas {reference} Saya sudah di kantor."));
        Assert.Contains("Saya sudah di kantor.", (await family.NextAsync()).Text);

        Assert.True(CaseReference.TryParse(reference, out var parsed));
        var transcript = await App.QueryAsync(db => db.CaseMessages
            .Where(m => db.Cases.Any(c => c.Id == m.CaseId && c.Year == parsed.Year && c.Number == parsed.Number))
            .OrderBy(m => m.Id).Select(m => new { m.Direction, m.Text }).ToListAsync());
        Assert.Equal(
            [(MessageDirection.FromFamily, "Apakah ada yang membaca ini?"), (MessageDirection.FromFamily, "Kapan Ibu bisa menelepon?"),
             (MessageDirection.FromCounsellor, "Besok pagi jam 9, <b>ya</b>."), (MessageDirection.FromCounsellor, "Saya sudah di kantor.")],
            transcript.Select(m => (m.Direction, m.Text)));
    }

    [SkippableFact]
    public async Task A_counsellor_cannot_answer_a_case_that_is_not_theirs()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        var other = await AddCounsellorAsync("Dewi Lestari", specialities: [ProblemCategory.Economic]);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync();
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        await rina.Chat.NextAsync();
        await rina.Chat.PressAsync($"offer:accept:{reference}");

        Assert.Contains("tidak Anda tangani", await other.Chat.SayAsync($"/balas {reference} Halo"));
    }

    [SkippableFact]
    public async Task A_declined_case_goes_to_the_next_counsellor_and_the_lighter_load_goes_first()
    {
        Database.SkipIfUnavailable();
        var first = await AddCounsellorAsync("Ani Rahma", specialities: [ProblemCategory.FamilyConflict]);
        var second = await AddCounsellorAsync("Sari Dewi", specialities: [ProblemCategory.FamilyConflict], lastAssigned: DateTimeOffset.UtcNow);
        var supervisor = await AddCounsellorAsync("Hasan Basri", role: StaffRole.Supervisor);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict, "Kami sering bertengkar di rumah.");

        // Equal load: the one who waited longer since a case is asked first.
        var offer = await first.Chat.NextAsync();
        Assert.Contains(reference, offer.Text);
        Assert.Contains("kepada konselor lain", await first.Chat.PressAsync($"offer:decline:{reference}"));
        var declined = await Api.WaitForEditAsync(first.Chat.ChatId, offer.MessageId);
        Assert.Contains("Anda tolak</b>: kasus ditawarkan kepada konselor lain.", declined.Text);
        Assert.Null(declined.ReplyMarkup);
        Assert.Contains(reference, (await second.Chat.NextAsync()).Text);
        Assert.Contains("kepada konselor lain", await second.Chat.PressAsync($"offer:decline:{reference}"));

        // Two misses: the supervisor hears of it, and with nobody left, that the case waits in the queue.
        Assert.Contains("2 kali", (await supervisor.Chat.NextAsync()).Text);
        Assert.Contains("antrean", (await supervisor.Chat.NextAsync()).Text);
        Assert.Contains("sudah tidak berlaku", await first.Chat.PressAsync($"offer:accept:{reference}"));
    }

    [SkippableFact]
    public async Task Counsellors_on_leave_are_passed_over_and_the_fewest_open_cases_wins_before_the_longest_wait()
    {
        Database.SkipIfUnavailable();
        var ani = await AddCounsellorAsync("Ani Rahma", specialities: [ProblemCategory.Economic]);
        var onLeave = await AddCounsellorAsync("Budi Santoso", specialities: [ProblemCategory.Economic], active: false);
        var first = await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Economic);
        Assert.Contains(first, (await ani.Chat.NextAsync()).Text);
        await ani.Chat.PressAsync($"offer:accept:{first}");

        // Citra had a case more recently than Ani, but Ani now holds one open case and Citra none.
        var citra = await AddCounsellorAsync("Citra Ayu", specialities: [ProblemCategory.Economic], lastAssigned: DateTimeOffset.UtcNow);
        var second = await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Economic);

        Assert.Contains(second, (await citra.Chat.NextAsync()).Text);
        Assert.Empty(Api.SentTo(onLeave.Chat.ChatId));
        Assert.Equal(2, Api.SentTo(ani.Chat.ChatId).Count);
    }

    [SkippableFact]
    public async Task An_emergency_reported_on_an_open_case_reaches_its_counsellor_and_the_supervisor_at_once()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        var supervisor = await AddCounsellorAsync("Hasan Basri", role: StaffRole.Supervisor);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync();
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        await rina.Chat.NextAsync();
        await rina.Chat.PressAsync($"offer:accept:{reference}");
        await family.NextAsync();

        var numbers = await family.SayAsync("darurat!");

        Assert.Contains("112", numbers[0].Text);
        Assert.Contains($"DARURAT:</b> keluarga kasus {reference}", (await rina.Chat.NextAsync()).Text);
        Assert.Contains($"DARURAT:</b> keluarga kasus {reference}", (await supervisor.Chat.NextAsync()).Text);
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        Assert.True(await App.QueryAsync(db => db.Cases.Where(c => c.Year == parsed.Year && c.Number == parsed.Number).Select(c => c.Urgent).SingleAsync()));
    }

    [SkippableFact]
    public async Task An_urgent_case_goes_to_the_counsellor_on_duty()
    {
        Database.SkipIfUnavailable();
        await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        var onDuty = await AddCounsellorAsync("Yusuf Hadi", specialities: [], onDuty: true);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());

        await family.WalkToSummaryAsync(danger: true);
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));

        var offer = await onDuty.Chat.NextAsync();
        Assert.Contains(reference, offer.Text);
        Assert.Contains("Mendesak: ya", offer.Text);
    }

    private CounsellorChat NewChat() => new(() => App, Api, FamilyChat.NewChatId());

    [SkippableFact]
    public async Task Turns_of_families_and_of_a_counsellor_answering_one_committed_together_all_stay()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", specialities: [ProblemCategory.DomesticViolence]);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync();
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        await rina.Chat.NextAsync(); // the offer
        await rina.Chat.PressAsync($"offer:accept:{reference}");
        await family.NextAsync(); // who will call
        // Staff see the family in the queue of those waiting for a person; the family's next turn keeps that in its state.
        await App.QueryAsync(async db =>
        {
            (await ConversationOfAsync(db, family)).WantsPersonSince = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        await family.SayAsync("Kapan Ibu bisa menelepon?");
        await rina.Chat.NextAsync(); // the family's message
        var neighbour = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await neighbour.SayAsync("/start");
        await neighbour.PressAsync("consent:yes");
        var before = await App.QueryAsync(async db => (await ConversationOfAsync(db, family)).LastActivityAt);

        // The family writes again while its counsellor answers and another family asks for help: one transaction for all.
        var turns = App.Services.GetRequiredService<TurnRunner>();
        using (await turns.HoldTurnsAsync())
        {
            await PostWaitingAsync(turns, TelegramUpdates.Text(family.ChatId, "Saya tunggu ya Bu"), 1);
            await PostWaitingAsync(turns, TelegramUpdates.Text(rina.Chat.ChatId, $"/balas {reference} Besok pagi jam 9."), 2);
            await PostWaitingAsync(turns, TelegramUpdates.Callback(neighbour.ChatId, "menu:help"), 3);
        }

        // Which of each chat's two comes first is the group's to choose: they were written at the same moment.
        var told = new[] { (await family.NextAsync()).Text, (await family.NextAsync()).Text };
        Assert.Contains(told, t => t.Contains("teruskan kepada konselor"));
        Assert.Contains(told, t => t.Contains("Besok pagi jam 9."));
        var counsellorSaw = new[] { (await rina.Chat.NextAsync()).Text, (await rina.Chat.NextAsync()).Text };
        Assert.Contains(counsellorSaw, t => t.Contains("sudah dikirim"));
        Assert.Contains(counsellorSaw, t => t.Contains("Saya tunggu ya Bu"));
        await neighbour.NextTurnAsync();
        Assert.True(neighbour.Offers($"category:{ProblemCategory.DomesticViolence}"), "The neighbour was not asked what the help is about.");
        // Stored: the counsellor's answer took the family out of the queue, the family's and the neighbour's turns are there.
        var (conversation, neighbours) = await App.QueryAsync(async db =>
            (await ConversationOfAsync(db, family, tracked: false), await ConversationOfAsync(db, neighbour, tracked: false)));
        Assert.Null(conversation.WantsPersonSince);
        Assert.True(conversation.LastActivityAt > before, $"The family's turn was not stored: {conversation.LastActivityAt:O} after {before:O}.");
        Assert.Equal(ConversationState.AskCategory, neighbours.State);
    }

    private static Task<Conversation> ConversationOfAsync(IntakeDbContext db, FamilyChat family, bool tracked = true) =>
        (tracked ? db.Conversations : db.Conversations.AsNoTracking())
            .SingleAsync(c => db.Clients.Any(k => k.Id == c.ClientId && k.ChatId == family.ChatId.ToString()));

    /// <summary>Posts an update whose turn then waits, held, with <paramref name="waiting"/> turns in all.</summary>
    private async Task PostWaitingAsync(TurnRunner turns, string update, int waiting)
    {
        using (var response = await App.PostUpdateAsync(update)) response.EnsureSuccessStatusCode();
        await Poll.UntilTrueAsync(() => Task.FromResult(turns.TurnsWaiting == waiting), TimeSpan.FromSeconds(10), $"{waiting} turns to wait");
    }

    private async Task<string> NewCodeAsync(int counsellorId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CounsellorLinking>().CreateCodeAsync(counsellorId);
    }

    private async Task<(int Id, CounsellorChat Chat)> AddCounsellorAsync(
        string name, ProblemCategory[]? specialities = null, StaffRole role = StaffRole.Counsellor, bool onDuty = false, bool linked = true,
        DateTimeOffset? lastAssigned = null, bool active = true)
    {
        var chat = NewChat();
        var counsellor = new Counsellor
        {
            Name = name,
            DisplayName = $"Bu {name.Split(' ')[0]}",
            Role = role,
            Specialities = [.. specialities ?? []],
            OnDuty = onDuty,
            Active = active,
            Contact = linked ? new ChannelAddress(ChannelNames.Telegram, chat.ChatId.ToString()) : null,
            LastAssignedAt = lastAssigned,
        };
        await App.QueryAsync(async db =>
        {
            db.Counsellors.Add(counsellor);
            return await db.SaveChangesAsync();
        });
        return (counsellor.Id, chat);
    }

    private async Task<int> AddCounsellorAsync(string name, bool linked) => (await AddCounsellorAsync(name, specialities: null, linked: linked)).Id;
}

public sealed class CounsellorTestsOnSqlite() : CounsellorTests(DatabaseProvider.Sqlite);

public sealed class CounsellorTestsOnPostgreSql() : CounsellorTests(DatabaseProvider.PostgreSql);

/// <summary>A counsellor's own chat with the bot: answers come one message at a time, mostly without buttons.</summary>
public sealed class CounsellorChat(Func<IWebhookTarget> bot, BotApiDouble api, long chatId)
{
    private int _seen;

    public long ChatId => chatId;

    public async Task<string> SayAsync(string text)
    {
        using var response = await bot().PostUpdateAsync(TelegramUpdates.Text(chatId, text));
        response.EnsureSuccessStatusCode();
        return (await NextAsync()).Text;
    }

    public async Task<string> PressAsync(string data)
    {
        using var response = await bot().PostUpdateAsync(TelegramUpdates.Callback(chatId, data));
        response.EnsureSuccessStatusCode();
        return (await NextAsync()).Text;
    }

    public async Task<string> ReplyToAsync(int messageId, string text)
    {
        using var response = await bot().PostUpdateAsync(TelegramUpdates.ReplyTo(chatId, messageId, text));
        response.EnsureSuccessStatusCode();
        return (await NextAsync()).Text;
    }

    public async Task<SentMessage> NextAsync()
    {
        var sent = await api.WaitForMessagesAsync(chatId, _seen + 1);
        return sent[_seen++];
    }
}
