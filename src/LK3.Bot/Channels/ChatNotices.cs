using System.Globalization;
using System.Text;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LK3.Bot.Channels;

/// <summary>
/// What instances sharing a PostgreSQL database tell each other (<c>NOTIFY</c>): that one stored work for a chat the other
/// holds (an update, a reply), so that its holder looks at once rather than at its next sweep; and which families a save
/// changed, so that none keeps their state from before. On SQL Server nothing is told: the sweep finds the work within a
/// second, and a family's state is read again at each run of its chat.
/// </summary>
public sealed class ChatNotices(
    IntakeDatabase database,
    IServiceScopeFactory scopes,
    ChatLeases leases,
    ChatWorkQueue queue,
    OutboxWatch outboxWatch,
    InboxWatch inboxWatch,
    FamilyStateCache families,
    TimeProvider time,
    ILogger<ChatNotices> logger) : BackgroundService, IFamilyStateNotices
{
    private const string Topic = "lk3_chats";
    private const string WorkNotice = "w";
    private const string UpdatesNotice = "u";
    private const string FamiliesNotice = "f";
    private const int MaxPayload = 7000; // PostgreSQL takes up to 8000 bytes
    private static readonly TimeSpan ListenAgainAfter = TimeSpan.FromSeconds(5);

    /// <summary>This process, as the sender of notices: it hears its own, and has nothing to learn from them.</summary>
    private readonly string _sender = Guid.NewGuid().ToString("N")[..12];

    private volatile bool _listening;

    /// <summary>
    /// Whether this process hears every change other instances make to the families it keeps: only then may a family's
    /// state be kept from one run of its chat to the next.
    /// </summary>
    public bool Listening => _listening;

    private bool Notifies => database.Provider == DatabaseProvider.PostgreSql;

    /// <param name="onlyUpdatesStored">
    /// Only updates were stored here: the holder reads the chat's inbox again, and still knows its outbox (half the updates
    /// reach an instance not holding their chat when a load balancer alternates, and each read of the outbox was a statement).
    /// </param>
    public async Task TellHolderAsync(ChatKey chat, bool onlyUpdatesStored, CancellationToken cancellationToken)
    {
        if (!Notifies) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var kind = onlyUpdatesStored ? UpdatesNotice : WorkNotice;
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Topic}, {$"{kind} {_sender} {ChatLeases.NoticeOf(chat)}"})", cancellationToken);
    }

    /// <summary>
    /// The chat's family, outbox and inbox are read again: taken anew, or held without hearing other instances' notices,
    /// another instance may have changed them. No turn of the chat is under way here.
    /// </summary>
    public void ForgetWhatIsKnownOf(ChatKey chat)
    {
        families.Drop(chat.Channel, chat.ChatId);
        outboxWatch.Forget((chat.Channel, chat.ChatId));
        inboxWatch.Forget(chat);
    }

    public void Tell(DbContext db, IReadOnlyCollection<int> clientIds, IReadOnlyCollection<(string Channel, string ChatId)> chats)
    {
        if (!Notifies) return;
        foreach (var payload in FamilyPayloads(clientIds, chats)) db.Database.ExecuteSql($"SELECT pg_notify({Topic}, {payload})");
    }

    public async Task TellAsync(
        DbContext db, IReadOnlyCollection<int> clientIds, IReadOnlyCollection<(string Channel, string ChatId)> chats, CancellationToken cancellationToken)
    {
        if (!Notifies) return;
        foreach (var payload in FamilyPayloads(clientIds, chats))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Topic}, {payload})", cancellationToken);
        }
    }

    /// <summary>Families by client id (<c>#12</c>), chats by their digest; as few notices as fit.</summary>
    private IEnumerable<string> FamilyPayloads(IReadOnlyCollection<int> clientIds, IReadOnlyCollection<(string Channel, string ChatId)> chats)
    {
        var payload = new StringBuilder();
        foreach (var token in clientIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture))
            .Concat(chats.Select(c => ChatLeases.NoticeOf(new ChatKey(c.Channel, c.ChatId)))))
        {
            if (payload.Length > 0 && payload.Length + token.Length >= MaxPayload)
            {
                yield return payload.ToString();
                payload.Clear();
            }
            if (payload.Length == 0) payload.Append(FamiliesNotice).Append(' ').Append(_sender);
            payload.Append(' ').Append(token);
        }
        if (payload.Length > 0) yield return payload.ToString();
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
                // What was told while nobody listened is unknown: every family and inbox is read again.
                families.ForgetAll();
                inboxWatch.ForgetAll();
                _listening = true;
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, listening stops only with the process: the host must not stop over a lost connection.
                ChannelLog.NoticesLost(logger, exception, ListenAgainAfter);
            }
            finally
            {
                _listening = false;
            }
            await Task.Delay(ListenAgainAfter, time, stoppingToken);
        }
    }

    private void Heard(string payload)
    {
        var parts = payload.Split(' ');
        if (parts.Length < 3 || parts[1] == _sender) return;
        foreach (var token in parts.AsSpan(2))
        {
            if (parts[0] is WorkNotice or UpdatesNotice) WorkFor(token, outboxChanged: parts[0] == WorkNotice);
            else if (token.StartsWith('#') && int.TryParse(token.AsSpan(1), CultureInfo.InvariantCulture, out var clientId)) families.ForgetClient(clientId);
            else if (leases.HeldChatOf(token) is { } chat) families.Forget(chat.Channel, chat.ChatId);
        }
    }

    /// <summary>
    /// Work for a chat this process holds, stored by another: an update, or a reply in its outbox, to read. The family's
    /// state is not forgotten: a change to it is told by a notice of its own, as the save that made it commits.
    /// </summary>
    private void WorkFor(string notice, bool outboxChanged)
    {
        if (leases.HeldChatOf(notice) is not { } chat) return;
        if (outboxChanged) outboxWatch.Forget((chat.Channel, chat.ChatId));
        inboxWatch.Forget(chat);
        queue.Signal(chat);
    }
}
