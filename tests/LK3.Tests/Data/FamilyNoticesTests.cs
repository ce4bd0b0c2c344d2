using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.Outbox;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LK3.Tests.Data;

/// <summary>
/// Two processes' notices on one PostgreSQL database (<see cref="ChatNotices"/>), each with its own kept families: a change
/// one saves to a family makes the other forget it, once committed and only then; work stored by one for a chat the other
/// holds makes the holder read again what it may have changed.
/// </summary>
public sealed class FamilyNoticesTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql);
    private ServiceProvider _services = null!;
    private Instance _first = null!;
    private Instance _second = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        await using (var db = _database.NewContext()) await db.Database.MigrateAsync();
        _services = new ServiceCollection().AddScoped(_ => _database.NewContext()).BuildServiceProvider();
        (_first, _second) = (new Instance(_database, _services), new Instance(_database, _services));
        await _first.Notices.StartAsync(CancellationToken.None);
        await _second.Notices.StartAsync(CancellationToken.None);
        await Poll.UntilTrueAsync(() => Task.FromResult(_first.Notices.Listening && _second.Notices.Listening), Limit, "both processes listening");
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _first.Notices.StopAsync(CancellationToken.None);
            await _second.Notices.StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_family_changed_by_one_process_is_forgotten_by_the_other_when_the_change_commits_and_not_when_it_is_rolled_back()
    {
        _database.SkipIfUnavailable();
        var (waiting, marker, rolledBack) = (await NewFamilyAsync("101"), await NewFamilyAsync("102"), await NewFamilyAsync("103"));
        foreach (var family in new[] { waiting, marker, rolledBack }) _first.Keep(family);

        await using (var open = _second.NewContext())
        {
            await using var transaction = await open.Database.BeginTransactionAsync();
            await ChangeAsync(open, waiting);
            // Notices of one listener come in the order their changes committed: once the marker's is heard, a notice
            // the open transaction had sent at its save would have been heard too.
            await using (var other = _second.NewContext()) await ChangeAsync(other, marker);
            await Poll.UntilTrueAsync(() => Task.FromResult(!_first.Keeps(marker)), Limit, "the first process to forget the marker family");
            Assert.True(_first.Keeps(waiting));

            await transaction.CommitAsync();
        }
        await Poll.UntilTrueAsync(() => Task.FromResult(!_first.Keeps(waiting)), Limit, "the first process to forget the family once committed");

        _first.Keep(marker);
        await using (var open = _second.NewContext())
        {
            await using var transaction = await open.Database.BeginTransactionAsync();
            await ChangeAsync(open, rolledBack);
            await transaction.RollbackAsync();
        }
        await using (var other = _second.NewContext()) await ChangeAsync(other, marker);
        await Poll.UntilTrueAsync(() => Task.FromResult(!_first.Keeps(marker)), Limit, "the first process to forget the marker family again");
        Assert.True(_first.Keeps(rolledBack));
        // The process that saved forgot each family it changed at once, its own notices aside.
        Assert.False(_second.Keeps(waiting));
    }

    [SkippableFact]
    public async Task A_notice_of_updates_stored_makes_the_holder_read_the_chats_inbox_again_and_a_notice_of_other_work_its_outbox_too()
    {
        _database.SkipIfUnavailable();
        var chat = new ChatKey("telegram", "201");
        var outbox = (chat.Channel, chat.ChatId);
        Assert.True(await _first.Leases.TryAcquireAsync(chat, CancellationToken.None));
        _first.Outbox.Reading(outbox);
        _first.Outbox.Drained(outbox);
        _first.Inbox.Read(chat, []);

        await _second.Notices.TellHolderAsync(chat, onlyUpdatesStored: true, CancellationToken.None);
        await Poll.UntilTrueAsync(() => Task.FromResult(_first.Inbox.OldestTwo(chat) is null), Limit, "the holder to read the chat's inbox again");
        Assert.True(_first.Outbox.IsEmpty(outbox));
        Assert.Equal(chat, await _first.NextChatAsync());

        await _second.Notices.TellHolderAsync(chat, onlyUpdatesStored: false, CancellationToken.None);
        await Poll.UntilTrueAsync(() => Task.FromResult(!_first.Outbox.IsEmpty(outbox)), Limit, "the holder to read the chat's outbox again");
    }

    private async Task<Client> NewFamilyAsync(string chatId)
    {
        await using var db = _database.NewContext();
        var client = new Client { Channel = "telegram", ChatId = chatId, FirstSeenAt = DateTimeOffset.UtcNow };
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client;
    }

    private static async Task ChangeAsync(IntakeDbContext db, Client family)
    {
        var client = await db.Clients.SingleAsync(c => c.Id == family.Id);
        client.UnreachableSince = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
    }

    /// <summary>One process's part: its kept families, its leases and its notices, and contexts that tell of their saves.</summary>
    private sealed class Instance
    {
        private readonly TestDatabase _database;

        public Instance(TestDatabase database, IServiceProvider services)
        {
            _database = database;
            var shared = new IntakeDatabase(DatabaseProvider.PostgreSql, database.ConnectionString);
            var scopes = services.GetRequiredService<IServiceScopeFactory>();
            Leases = new ChatLeases(scopes, TimeProvider.System, shared);
            Notices = new ChatNotices(shared, scopes, Leases, _queue, Outbox, Inbox, Families, TimeProvider.System, NullLogger<ChatNotices>.Instance);
        }

        private readonly ChatWorkQueue _queue = new();

        public FamilyStateCache Families { get; } = new();
        public OutboxWatch Outbox { get; } = new();
        public InboxWatch Inbox { get; } = new();
        public ChatLeases Leases { get; }
        public ChatNotices Notices { get; }

        /// <summary>The next chat signalled to this process's workers.</summary>
        public async Task<ChatKey> NextChatAsync()
        {
            using var timeout = new CancellationTokenSource(Limit);
            await foreach (var chat in _queue.ReadAllAsync(timeout.Token)) return chat;
            throw new InvalidOperationException("The queue ended.");
        }

        public IntakeDbContext NewContext() => new PostgreSqlIntakeDbContext(new DbContextOptionsBuilder<PostgreSqlIntakeDbContext>()
            .UseNpgsql(_database.ConnectionString).AddInterceptors(new FamilyStateInvalidation(Families, Notices)).Options);

        public void Keep(Client family)
        {
            var (_, stamp) = Families.Take(family.Channel, family.ChatId);
            Families.Keep(new FamilyState(family, Consent: true, HasOpenCase: false, HasSubscription: false), stamp);
        }

        public bool Keeps(Client family)
        {
            var (state, stamp) = Families.Take(family.Channel, family.ChatId);
            if (state is not null) Families.Keep(state, stamp);
            return state is not null;
        }
    }
}
