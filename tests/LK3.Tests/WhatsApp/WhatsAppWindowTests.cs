using LK3.Bot.Data;
using LK3.Bot.FollowUps;
using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Outbox;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.WhatsApp;

/// <summary>
/// WhatsApp's 24-hour customer-service window: after a day of silence only an approved template may go,
/// whether Meta says so in the send's answer or later in a failed status.
/// </summary>
public abstract class WhatsAppWindowTests(DatabaseProvider provider) : BotPerTest(provider)
{
    [SkippableFact]
    public async Task A_counsellor_reply_meeting_a_closed_window_goes_as_a_template_and_itself_as_soon_as_the_family_writes()
    {
        Database.SkipIfUnavailable();
        var (rina, family, reference) = await AcceptedCaseAsync();

        Graph.FailNext(family.Number, 400, 131047);
        Assert.Contains("sudah dikirim", await rina.SayAsync($"/balas {reference} Saya akan menelepon besok jam 9."));

        var template = await family.NextAsync();
        Assert.Equal(("template", BotApp.CounsellorReplyTemplate), (template.Type, template.TemplateName));
        var held = await Poll.UntilAsync(() => App.QueryAsync(db => db.OutgoingMessages
            .FirstOrDefaultAsync(m => m.ChatId == family.Number && m.Purpose == MessagePurpose.CounsellorReply && m.Status == DeliveryStatus.Held)),
            "the counsellor's reply held outside the window");
        Assert.Contains("131047", held.FailureReason);

        var answer = await family.SayAsync("Baik, terima kasih.");
        Assert.Contains("Saya akan menelepon besok jam 9.", answer[0].Text);
        Assert.Contains("teruskan kepada konselor", answer[1].Text);
        Assert.Equal(DeliveryStatus.Sent, await App.QueryAsync(db => db.OutgoingMessages.Where(m => m.Id == held.Id).Select(m => m.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_notice_refused_later_for_the_closed_window_is_not_sent_without_a_template_and_its_case_shows_why()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari");
        var family = new WhatsAppFamily(App, Graph, WhatsAppFamily.NewNumber());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        await rina.NextAsync();
        await rina.PressAsync($"offer:accept:{reference}");
        var notice = await family.NextAsync();
        await Poll.UntilAsync(() => App.QueryAsync(db => db.OutgoingMessages
            .FirstOrDefaultAsync(m => m.ExternalMessageId == notice.Id && m.Status == DeliveryStatus.Sent)),
            "the notice recorded as sent");
        var sentBefore = Graph.MessagesTo(family.Number).Count;

        using var response = await App.Client.SendAsync(WhatsAppSignature.WebhookRequest(
            WhatsAppPayloads.Status(family.Number, notice.Id, "failed", errorCode: 131047, errorTitle: "Re-engagement message"), BotApp.WhatsAppAppSecret));
        response.EnsureSuccessStatusCode();

        var failed = await Poll.UntilAsync(() => App.QueryAsync(db => db.OutgoingMessages
            .FirstOrDefaultAsync(m => m.Id == db.OutgoingMessages.Where(n => n.ExternalMessageId == notice.Id).Select(n => n.Id).Single()
                && m.Status == DeliveryStatus.Failed)),
            "the notice recorded as failed");
        Assert.Equal(MessagePurpose.Notice, failed.Purpose);
        Assert.Contains("no WhatsApp template is set for Notice", failed.FailureReason);
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        Assert.Equal(await App.QueryAsync(db => db.Cases.WithReference(parsed).Select(c => (int?)c.Id).SingleAsync()), failed.CaseId);
        Assert.Equal(sentBefore, Graph.MessagesTo(family.Number).Count);
    }

    [SkippableFact]
    public async Task A_check_in_after_a_week_of_silence_goes_as_the_check_in_template()
    {
        Database.SkipIfUnavailable();
        var (_, family, reference) = await AcceptedCaseAsync();
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var intakeCase = await db.Cases.Include(c => c.FollowUps).SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number);
            var workflow = new CaseWorkflow(intakeCase, scope.ServiceProvider.GetRequiredService<OfficeHours>(), TimeProvider.System);
            while (intakeCase.Stage != CaseStage.MonitoringEvaluation)
                workflow.Advance(new CaseActor("Rina", StaffRole.Counsellor, IsAssignedCounsellor: true));
            await db.SaveChangesAsync();
            // A week has gone by: the check-in is due now.
            await db.FollowUps.Where(f => f.CaseId == intakeCase.Id && f.Kind == FollowUpKind.MonitoringCheckIn)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.DueAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        Graph.FailNext(family.Number, 400, 131047);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueFollowUpsJob>().RunAsync(CancellationToken.None);
        }

        var checkIn = await family.NextAsync();
        Assert.Equal(("template", BotApp.CheckInTemplate, "id"), (checkIn.Type, checkIn.TemplateName, checkIn.TemplateLanguage));
        var sent = await Poll.UntilAsync(() => App.QueryAsync(db => db.OutgoingMessages
            .FirstOrDefaultAsync(m => m.ExternalMessageId == checkIn.Id && m.Status == DeliveryStatus.Sent)),
            "the check-in recorded as sent by template");
        Assert.Contains(BotApp.CheckInTemplate, sent.FailureReason);
    }

    private async Task<(CounsellorChat Counsellor, WhatsAppFamily Family, string Reference)> AcceptedCaseAsync()
    {
        var rina = await AddCounsellorAsync("Rina Wulandari");
        var family = new WhatsAppFamily(App, Graph, WhatsAppFamily.NewNumber());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        await rina.NextAsync(); // the offer
        await rina.PressAsync($"offer:accept:{reference}");
        await family.NextAsync(); // who will call
        return (rina, family, reference);
    }

    private async Task<CounsellorChat> AddCounsellorAsync(string name)
    {
        var chat = new CounsellorChat(() => App, Api, FamilyChat.NewChatId());
        await App.QueryAsync(async db =>
        {
            db.Counsellors.Add(new Counsellor
            {
                Name = name, DisplayName = name, Specialities = [ProblemCategory.FamilyConflict], Contact = new(ChannelNames.Telegram, chat.ChatId.ToString()),
            });
            return await db.SaveChangesAsync();
        });
        return chat;
    }
}

public sealed class WhatsAppWindowTestsOnSqlite() : WhatsAppWindowTests(DatabaseProvider.Sqlite);

public sealed class WhatsAppWindowTestsOnPostgreSql() : WhatsAppWindowTests(DatabaseProvider.PostgreSql);
