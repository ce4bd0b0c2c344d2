using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LK3.Bot.Channels;

/// <summary>
/// Tells the instance holding a chat's lease that another instance stored work for the chat (an update, a reply), so
/// that its holder looks at once rather than at its next sweep. On PostgreSQL by <c>NOTIFY</c>; on SQL Server the
/// sweep finds the work within a second.
/// </summary>
public sealed class ChatNotices(
    IntakeDatabase database,
    IServiceScopeFactory scopes,
    ChatLeases leases,
    ChatWorkQueue queue,
    OutboxWatch outboxWatch,
    FamilyStateCache families,
    TimeProvider time,
    ILogger<ChatNotices> logger) : BackgroundService
{
    private const string Topic = "lk3_chats";
    private static readonly TimeSpan ListenAgainAfter = TimeSpan.FromSeconds(5);

    private bool Notifies => database.Provider == DatabaseProvider.PostgreSql;

    public async Task TellHolderAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        if (!Notifies) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Topic}, {ChatLeases.NoticeOf(chat)})", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Notifies) return;
        // A connection of its own, outside the pool: it waits for notices all the time. Keep-alives find a dead server.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, notice) => Heard(notice.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Topic}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                ChannelLog.NoticesLost(logger, exception, ListenAgainAfter);
            }
            await Task.Delay(ListenAgainAfter, time, stoppingToken);
        }
    }

    /// <summary>Work for a chat this process holds, stored by another: what this one knew of the chat may be old.</summary>
    private void Heard(string notice)
    {
        if (leases.HeldChatOf(notice) is not { } chat) return;
        families.Forget(chat.Channel, chat.ChatId);
        outboxWatch.Forget((chat.Channel, chat.ChatId));
        queue.Signal(chat);
    }
}
