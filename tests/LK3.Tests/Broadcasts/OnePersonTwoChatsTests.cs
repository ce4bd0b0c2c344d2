using LK3.Bot.Broadcasts;
using LK3.Bot.Data;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.Broadcasts;

/// <summary>A person who writes on WhatsApp and on Telegram is two clients; a broadcast reaches them once.</summary>
public abstract class OnePersonTwoChatsTests(DatabaseProvider provider) : BotPerTest(provider)
{
    [SkippableFact]
    public async Task A_person_subscribed_on_whatsapp_and_telegram_with_the_same_number_gets_the_broadcast_once_on_whatsapp()
    {
        Database.SkipIfUnavailable();
        var now = DateTimeOffset.UtcNow;
        var telegramChat = FamilyChat.NewChatId().ToString();
        var broadcastId = await App.QueryAsync(async db =>
        {
            var onWhatsApp = new Client { Channel = "whatsapp", ChatId = "6281299990001", FirstSeenAt = now };
            var onTelegram = new Client { Channel = "telegram", ChatId = telegramChat, FirstSeenAt = now };
            db.Clients.AddRange(onWhatsApp, onTelegram);
            await db.SaveChangesAsync();
            db.Subscriptions.AddRange(
                new Subscription { ClientId = onWhatsApp.Id, Topics = [NewsTopic.GeneralNews], SubscribedAt = now },
                new Subscription { ClientId = onTelegram.Id, Topics = [NewsTopic.GeneralNews, NewsTopic.ParentingClasses], SubscribedAt = now });
            db.Cases.Add(new IntakeCase
            {
                Year = 2026, Number = 9001, ClientId = onTelegram.Id, Channel = "telegram", Description = "Butuh bantuan.",
                ContactMethod = ContactMethod.PhoneCall, ContactPhone = "+6281299990001", CreatedAt = now,
            });
            var broadcast = new Broadcast { Text = "Kelas pengasuhan hari Sabtu.", CreatedBy = "Sari", CreatedAt = now, SendAt = now };
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync();
            return broadcast.Id;
        });

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(broadcastId, CancellationToken.None);
        }

        var deliveries = await App.QueryAsync(db => db.BroadcastDeliveries.Where(d => d.BroadcastId == broadcastId).OrderBy(d => d.Channel).ToListAsync());
        Assert.Equal([("telegram", BroadcastDeliveryStatus.Skipped), ("whatsapp", BroadcastDeliveryStatus.Sent)],
            deliveries.Select(d => (d.Channel, d.Status)));
        Assert.Single(Graph.MessagesTo("6281299990001"));
        Assert.DoesNotContain(Api.SentMessages, m => m.ChatId.ToString() == telegramChat);
    }
}

public sealed class OnePersonTwoChatsTestsOnSqlite() : OnePersonTwoChatsTests(DatabaseProvider.Sqlite);

public sealed class OnePersonTwoChatsTestsOnPostgreSql() : OnePersonTwoChatsTests(DatabaseProvider.PostgreSql);
