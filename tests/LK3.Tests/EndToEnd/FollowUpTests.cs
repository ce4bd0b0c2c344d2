using LK3.Bot.Data;
using LK3.Bot.FollowUps;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Tests.EndToEnd;

/// <summary>Acceptance windows and reminders in office time, with the clock in the test's hands and Hangfire's job run by the test.</summary>
public abstract class FollowUpTests(DatabaseProvider provider) : BotPerTest(provider)
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    // Friday 27 November 2026, 15:00 in Bontang: one office hour left in the week.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 15, 0, 0, Wita).ToUniversalTime());

    protected override TimeProvider Clock => _time;

    [SkippableFact]
    public async Task
        An_unanswered_offer_lapses_after_four_office_hours_even_across_a_restart_and_the_next_counsellor_is_reminded_a_working_day_after_accepting()
    {
        Database.SkipIfUnavailable();
        var ani = await AddCounsellorAsync("Ani Rahma", ProblemCategory.FamilyConflict);
        var sari = await AddCounsellorAsync("Sari Dewi", ProblemCategory.FamilyConflict, lastAssigned: _time.GetUtcNow());
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        var offer = await ani.NextAsync();
        Assert.Contains(reference, offer.Text);

        // Friday 15:00–16:00 and Monday 08:00–11:00: four office hours.
        var window = await App.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Kind == FollowUpKind.OfferTimeout));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 11, 0, 0, Wita), window.DueAt);

        await RunJobAtAsync(new DateTimeOffset(2026, 11, 30, 10, 59, 0, Wita));
        Assert.Single(Api.SentTo(ani.ChatId));

        // The schedule is in the database: a restart in between loses nothing.
        await RestartAsync();
        await RunJobAtAsync(new DateTimeOffset(2026, 11, 30, 11, 0, 0, Wita));

        Assert.Contains("tidak dijawab", (await ani.NextAsync()).Text);
        // The offer itself now says so, and its Terima/Tolak buttons are gone.
        var lapsed = await Api.WaitForEditAsync(ani.ChatId, offer.MessageId);
        Assert.Contains($"Kasus baru {reference}", lapsed.Text);
        Assert.Contains("Tidak dijawab dalam batas waktu", lapsed.Text);
        Assert.Null(lapsed.ReplyMarkup);
        Assert.Contains(reference, (await sari.NextAsync()).Text);
        await sari.PressAsync($"offer:accept:{reference}");

        // Accepted at Monday 11:00:01: reminded at the same office time on Tuesday.
        var reminder = await App.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Kind == FollowUpKind.FirstContactReminder));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 0, 1, Wita), reminder.DueAt);
        await RunJobAtAsync(new DateTimeOffset(2026, 12, 1, 11, 0, 0, Wita));
        Assert.Equal(2, Api.SentTo(sari.ChatId).Count); // not yet
        await RunJobAtAsync(new DateTimeOffset(2026, 12, 1, 11, 0, 1, Wita));
        Assert.Contains($"kasus {reference} masih di tahap kontak awal", (await sari.NextAsync()).Text);

        // Run twice, as Hangfire may: nothing happens again.
        await RunJobAtAsync(new DateTimeOffset(2026, 12, 1, 11, 5, 0, Wita));
        Assert.Equal(3, Api.SentTo(sari.ChatId).Count);
        Assert.All(await App.QueryAsync(db => db.FollowUps.ToListAsync()), f => Assert.Equal(FollowUpStatus.Done, f.Status));
    }

    [SkippableFact]
    public async Task A_counsellor_chooses_a_follow_up_date_sees_it_in_kasus_and_is_reminded_then()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        await rina.NextAsync();
        await rina.PressAsync($"offer:accept:{reference}");

        Assert.Contains("dijadwalkan 02/12/2026 10.00 WITA", await rina.SayAsync($"/tindaklanjut {reference} 2/12/2026 10.00"));
        Assert.Contains("sudah lewat", await rina.SayAsync($"/tindaklanjut {reference} 01/01/2020"));
        Assert.Contains("/tindaklanjut NOMOR TANGGAL", await rina.SayAsync($"/tindaklanjut {reference} besok"));
        // The first-contact reminder (Monday 15:00, a working day after Friday 15:00) comes first.
        Assert.Contains($"{reference}</b> · Konflik keluarga · tahap: kontak awal · tindak lanjut: 30/11/2026 15.00", await rina.SayAsync("/kasus"));

        await RunJobAtAsync(new DateTimeOffset(2026, 12, 2, 10, 0, 0, Wita));

        var sent = await Api.WaitForMessagesAsync(rina.ChatId, 8);
        Assert.Contains("masih di tahap kontak awal", sent[6].Text);
        Assert.Contains($"Tindak lanjut hari ini:</b> kasus {reference}", sent[7].Text);
    }

    [SkippableFact]
    public async Task The_family_is_asked_how_they_are_a_week_into_monitoring_and_their_answer_reaches_the_counsellor()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        await rina.NextAsync();
        await rina.PressAsync($"offer:accept:{reference}");
        await family.NextAsync(); // who will call
        Assert.True(CaseReference.TryParse(reference, out var parsed));

        // The counsellor takes the case to monitoring (as the staff app will), on Monday 30 November at 09:00.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 0, 0, Wita).ToUniversalTime());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LK3.Intake.IntakeDbContext>();
            var intakeCase = await db.Cases.Include(c => c.FollowUps).SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number);
            var workflow = new CaseWorkflow(intakeCase, scope.ServiceProvider.GetRequiredService<OfficeHours>(), _time);
            var counsellor = new CaseActor("Rina", StaffRole.Counsellor, IsAssignedCounsellor: true);
            while (intakeCase.Stage != CaseStage.MonitoringEvaluation) workflow.Advance(counsellor);
            await db.SaveChangesAsync();
        }

        await RunJobAtAsync(new DateTimeOffset(2026, 12, 7, 8, 59, 0, Wita));
        await RunJobAtAsync(new DateTimeOffset(2026, 12, 7, 9, 0, 0, Wita));

        var checkIn = await family.NextAsync();
        Assert.Contains("Bagaimana keadaan Anda dan keluarga", checkIn.Text);
        Assert.Contains(reference, checkIn.Text);
        var answer = await family.SayAsync("Alhamdulillah sudah lebih baik.");
        Assert.Contains("teruskan kepada konselor", answer[0].Text);
        // The offer, the acceptance, then the family's answer (no first-contact reminder: the case had moved on).
        var sent = await Api.WaitForMessagesAsync(rina.ChatId, 3);
        Assert.Contains("Alhamdulillah sudah lebih baik.", sent[2].Text);
    }

    [SkippableFact]
    public async Task A_reminder_for_a_case_that_has_moved_on_does_nothing()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        await rina.NextAsync();
        await rina.PressAsync($"offer:accept:{reference}");
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        await App.QueryAsync(db => db.Cases.Where(c => c.Year == parsed.Year && c.Number == parsed.Number)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Stage, CaseStage.CaseIdentification)));

        await RunJobAtAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Wita));

        Assert.Equal(2, Api.SentTo(rina.ChatId).Count); // the offer and the acceptance, no reminder
    }

    [SkippableFact]
    public async Task An_urgent_case_on_a_Saturday_night_waits_fifteen_minutes_and_the_family_hears_when_the_office_opens()
    {
        Database.SkipIfUnavailable();
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 22, 0, 0, Wita).ToUniversalTime());
        var onDuty = await AddCounsellorAsync("Yusuf Hadi", ProblemCategory.Other, onDuty: true);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());

        await family.WalkToSummaryAsync(danger: true);
        var done = await family.PressAsync("intake:send");

        Assert.Contains("Senin, 30 November 2026 pukul 08.00", done[1].Text);
        Assert.Contains("112", done[2].Text);
        Assert.Contains("Mendesak: ya", (await onDuty.NextAsync()).Text);
        var window = await App.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Kind == FollowUpKind.OfferTimeout));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 22, 15, 0, Wita), window.DueAt);
    }

    private async Task RunJobAtAsync(DateTimeOffset at)
    {
        _time.SetUtcNow(at.ToUniversalTime());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueFollowUpsJob>().RunAsync(CancellationToken.None);
        }
        // Replies the job wrote go out with the pipeline's next sweep.
        _time.Advance(TimeSpan.FromSeconds(1));
    }

    private async Task<CounsellorChat> AddCounsellorAsync(string name, ProblemCategory speciality, bool onDuty = false, DateTimeOffset? lastAssigned = null)
    {
        var chat = new CounsellorChat(() => App, Api, FamilyChat.NewChatId());
        await App.QueryAsync(async db =>
        {
            db.Counsellors.Add(new Counsellor
            {
                Name = name, DisplayName = name, Specialities = [speciality], OnDuty = onDuty, Contact = new(ChannelNames.Telegram, chat.ChatId.ToString()),
                LastAssignedAt = lastAssigned,
            });
            return await db.SaveChangesAsync();
        });
        return chat;
    }
}

public sealed class FollowUpTestsOnSqlite() : FollowUpTests(DatabaseProvider.Sqlite);

public sealed class FollowUpTestsOnPostgreSql() : FollowUpTests(DatabaseProvider.PostgreSql);
