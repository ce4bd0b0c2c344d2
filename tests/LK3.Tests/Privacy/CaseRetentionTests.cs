using LK3.Bot.Data;
using LK3.Bot.Privacy;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.Privacy;

/// <summary>Closed cases keep the families' words for five years, then only what the yearly figures count.</summary>
public abstract class CaseRetentionTests(DatabaseProvider provider) : BotPerTest(provider)
{
    [SkippableFact]
    public async Task Cases_closed_more_than_five_years_ago_are_anonymised_and_newer_ones_kept()
    {
        Database.SkipIfUnavailable();
        var now = DateTimeOffset.UtcNow;
        var (old, recent, open) = await App.QueryAsync(async db =>
        {
            var client = new Client { Channel = "telegram", ChatId = FamilyChat.NewChatId().ToString(), FirstSeenAt = now };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            IntakeCase Case(int number, CaseStage stage, DateTimeOffset? closedAt)
            {
                var intakeCase = new IntakeCase
                {
                    Year = 2020, Number = number, ClientId = client.Id, Channel = "telegram", Description = "Suami saya memukul saya.",
                    ContactMethod = ContactMethod.PhoneCall, ContactPhone = "+6281234567890", Stage = stage, CreatedAt = now.AddYears(-7),
                    Category = ProblemCategory.DomesticViolence,
                };
                intakeCase.Messages.Add(new CaseMessage { Text = "Dia datang lagi.", ReceivedAt = now.AddYears(-7) });
                if (closedAt is { } at)
                {
                    intakeCase.Transitions.Add(new CaseTransition { From = CaseStage.FollowUpCare, To = CaseStage.Closed, Trigger = CaseTrigger.Advance,
                        ActorName = "Rina", ActorRole = StaffRole.Counsellor, Note = "Keluarga sudah aman.", At = at });
                }
                db.Cases.Add(intakeCase);
                return intakeCase;
            }
            var cases = (Case(1, CaseStage.Closed, now.AddYears(-6)), Case(2, CaseStage.Closed, now.AddYears(-1)), Case(3, CaseStage.Intervention, null));
            await db.SaveChangesAsync();
            return (cases.Item1.Id, cases.Item2.Id, cases.Item3.Id);
        });

        foreach (var _ in new[] { 1, 2 })
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CaseRetentionJob>().RunAsync(CancellationToken.None);
        }

        var cases = await App.QueryAsync(db => db.Cases.Include(c => c.Messages).Include(c => c.Transitions)
            .Where(c => c.Id == old || c.Id == recent || c.Id == open).ToDictionaryAsync(c => c.Id));
        Assert.Equal((ClientErasure.Erased, (string?)null, 0), (cases[old].Description, cases[old].ContactPhone, cases[old].Messages.Count));
        Assert.Null(cases[old].Transitions.Single().Note);
        Assert.Equal((ProblemCategory.DomesticViolence, CaseStage.Closed), (cases[old].Category, cases[old].Stage)); // still a figure
        Assert.Equal(("Suami saya memukul saya.", 1), (cases[recent].Description, cases[recent].Messages.Count));
        Assert.Equal("Suami saya memukul saya.", cases[open].Description);
    }
}

public sealed class CaseRetentionTestsOnSqlite() : CaseRetentionTests(DatabaseProvider.Sqlite);

public sealed class CaseRetentionTestsOnPostgreSql() : CaseRetentionTests(DatabaseProvider.PostgreSql);
