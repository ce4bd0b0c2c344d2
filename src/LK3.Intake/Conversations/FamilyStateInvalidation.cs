using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LK3.Intake.Conversations;

/// <summary>
/// Forgets the kept state (<see cref="FamilyStateCache"/>) of every family a save changes, other than the family whose own
/// turn it is: staff taking a conversation over, a broadcast or a delivery finding the family unreachable, an erasure,
/// a counsellor's chat linked. Saves that bypass the change tracker (ExecuteUpdate) go with one of these or forget themselves.
/// Other processes on the same database are told too, once the save is done (<see cref="IFamilyStateNotices"/>).
/// </summary>
public sealed class FamilyStateInvalidation(FamilyStateCache cache, IFamilyStateNotices? notices = null) : SaveChangesInterceptor
{
    /// <summary>What each save under way forgot, to tell other processes once it is done.</summary>
    private readonly ConditionalWeakTable<DbContext, Forgotten> _saving = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) ForgetChanged(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) ForgetChanged(db);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Told(eventData.Context) is { } forgotten) notices!.Tell(eventData.Context!, forgotten.ClientIds, forgotten.Chats);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Told(eventData.Context) is { } forgotten) await notices!.TellAsync(eventData.Context!, forgotten.ClientIds, forgotten.Chats, cancellationToken);
        return result;
    }

    /// <summary>What the save just done forgot, to tell other processes now.</summary>
    private Forgotten? Told(DbContext? db) => db is not null && _saving.TryGetValue(db, out var forgotten) && _saving.Remove(db) ? forgotten : null;

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db) _saving.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void ForgetChanged(DbContext db)
    {
        var owner = cache.OwnerOf(db);
        Forgotten? forgotten = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var clientId = entry.Entity switch
            {
                Client client => client.Id,
                Conversation conversation => conversation.ClientId,
                ConsentRecord consent => consent.ClientId,
                Subscription subscription => subscription.ClientId,
                IntakeCase intakeCase => intakeCase.ClientId,
                _ => 0,
            };
            // 0: a family new in this save, so kept nowhere yet.
            if (clientId != 0 && clientId != owner?.Id)
            {
                cache.ForgetClient(clientId);
                if (notices is not null) (forgotten ??= new Forgotten()).ClientIds.Add(clientId);
            }
            // A counsellor's linked chat (owned by the counsellor) that is added, changed or removed becomes (or stops being)
            // no family's: what was kept of that chat is forgotten, under its old address too.
            if (entry.Entity is ChannelAddress contact)
            {
                ForgetChat(contact.Channel, contact.ChatId, ref forgotten);
                if (entry.State == EntityState.Modified
                    && entry.Property(nameof(ChannelAddress.Channel)).OriginalValue is string channel
                    && entry.Property(nameof(ChannelAddress.ChatId)).OriginalValue is string chatId)
                {
                    ForgetChat(channel, chatId, ref forgotten);
                }
            }
        }
        if (forgotten is null) _saving.Remove(db);
        else _saving.AddOrUpdate(db, forgotten);
    }

    private void ForgetChat(string channel, string chatId, ref Forgotten? forgotten)
    {
        cache.Forget(channel, chatId);
        if (notices is not null) (forgotten ??= new Forgotten()).Chats.Add((channel, chatId));
    }

    private sealed class Forgotten
    {
        public HashSet<int> ClientIds { get; } = [];
        public HashSet<(string Channel, string ChatId)> Chats { get; } = [];
    }
}
