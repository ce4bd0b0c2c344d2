using System.Data.Common;
using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Data;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LK3.Tests.Data;

/// <summary>Two processes' leases on one shared database, each with its own <see cref="ChatLeases"/>, on a clock of the test's.</summary>
public sealed class ChatLeasesTests : IAsyncLifetime
{
    private static readonly ChatKey Chat = new("telegram", "4242");
    private static readonly ChatKey Broadcast = new("broadcast", "7");

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero));
    private LapsedRowsLetGoBeforeTheyAreTaken _lapsedRowsLetGo = null!;
    private ServiceProvider _services = null!;
    private ChatLeases _first = null!;
    private ChatLeases _second = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        await using (var db = _database.NewContext()) await db.Database.MigrateAsync();
        _lapsedRowsLetGo = new LapsedRowsLetGoBeforeTheyAreTaken(_database.ConnectionString);
        var options = new DbContextOptionsBuilder<PostgreSqlIntakeDbContext>().UseNpgsql(_database.ConnectionString).AddInterceptors(_lapsedRowsLetGo).Options;
        _services = new ServiceCollection().AddScoped<IntakeDbContext>(_ => new PostgreSqlIntakeDbContext(options)).BuildServiceProvider();
        var shared = new IntakeDatabase(DatabaseProvider.PostgreSql, _database.ConnectionString);
        var scopes = _services.GetRequiredService<IServiceScopeFactory>();
        (_first, _second) = (new ChatLeases(scopes, _time, shared), new ChatLeases(scopes, _time, shared));
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_chat_stays_held_between_runs_and_no_other_process_takes_it_meanwhile()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(LeaseHold.Refused, await _second.HoldAsync(Chat, CancellationToken.None));
        Assert.Equal(LeaseHold.Kept, await _first.HoldAsync(Chat, CancellationToken.None));
        // Renewed as it is held again: still the first's a lease's length after its first run.
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(LeaseHold.Kept, await _first.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(LeaseHold.Refused, await _second.HoldAsync(Chat, CancellationToken.None));
        Assert.Equal(LeaseHold.Kept, await _first.HoldAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_lapsed_lease_goes_to_the_next_process_and_its_first_holder_must_take_it_anew()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(LeaseHold.Taken, await _second.HoldAsync(Chat, CancellationToken.None));
        Assert.Equal(LeaseHold.Refused, await _first.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(31));
        // The first's own lapsed lease, taken back: it cannot know who worked on the chat between, so it is Taken, not Kept.
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_lapsed_lease_deleted_just_before_the_statement_that_takes_it_is_still_taken_and_by_one_process_only()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(31));
        _lapsedRowsLetGo.Armed = true;

        // The lapsed rows are deleted (by any process's sweep) just before the statement that takes the lease runs.
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        Assert.False(_lapsedRowsLetGo.Armed);
        Assert.Equal(LeaseHold.Refused, await _second.HoldAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_process_stopping_gives_back_its_chats_at_once_but_not_a_broadcast_it_is_still_sending()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        Assert.True(await _first.TryAcquireAsync(Broadcast, CancellationToken.None));

        await _first.ReleaseAllAsync(["telegram", "whatsapp"]);

        Assert.Equal(LeaseHold.Taken, await _second.HoldAsync(Chat, CancellationToken.None));
        Assert.False(await _second.TryAcquireAsync(Broadcast, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_chat_found_held_by_another_is_taken_as_held_for_a_second_without_asking_the_database()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(Chat, CancellationToken.None));
        Assert.Equal(LeaseHold.Refused, await _second.HoldAsync(Chat, CancellationToken.None));
        await _first.ReleaseAllAsync(["telegram"]);

        Assert.Equal(LeaseHold.Refused, await _second.HoldAsync(Chat, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LeaseHold.Taken, await _second.HoldAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Lapsed_leases_are_deleted_and_held_ones_kept_and_a_notice_names_only_a_held_chat()
    {
        _database.SkipIfUnavailable();
        var quiet = new ChatKey("whatsapp", "6281234567890");
        Assert.Equal(LeaseHold.Taken, await _first.HoldAsync(quiet, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(LeaseHold.Taken, await _second.HoldAsync(Chat, CancellationToken.None));

        await _first.LetLapsedGoAsync(CancellationToken.None);

        await using var db = _database.NewContext();
        Assert.Equal([(Chat.Channel, Chat.ChatId)], (await db.ChatLeases.ToListAsync()).Select(l => (l.Channel, l.ChatId)));
        Assert.Null(_first.HeldChatOf(ChatLeases.NoticeOf(quiet)));
        Assert.Equal(Chat, _second.HeldChatOf(ChatLeases.NoticeOf(Chat)));
        Assert.DoesNotContain(quiet.ChatId, ChatLeases.NoticeOf(quiet));
    }

    /// <summary>Once armed, deletes the lapsed lease rows just before the next statement taking a lease runs, as a sweep may.</summary>
    private sealed class LapsedRowsLetGoBeforeTheyAreTaken(string connectionString) : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.StartsWith("INSERT INTO \"ChatLeases\"", StringComparison.Ordinal))
            {
                Armed = false;
                await using var other = new NpgsqlConnection(connectionString);
                await other.OpenAsync(cancellationToken);
                await using var delete = new NpgsqlCommand("DELETE FROM \"ChatLeases\" WHERE \"ExpiresAt\" < now()", other);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}
