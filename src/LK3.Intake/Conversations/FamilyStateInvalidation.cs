using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LK3.Intake.Conversations;

/// <summary>
/// Forgets the kept state (<see cref="FamilyStateCache"/>) of every family a save changes, other than the family whose own
/// turn it is: staff taking a conversation over, a broadcast or a delivery finding the family unreachable, an erasure,
/// a counsellor's chat linked. Saves that bypass the change tracker (ExecuteUpdate) go with one of these or forget themselves.
/// </summary>
public sealed class FamilyStateInvalidation(FamilyStateCache cache) : SaveChangesInterceptor
{
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

    private void ForgetChanged(DbContext db)
    {
        var owner = cache.OwnerOf(db);
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
            if (clientId != 0 && clientId != owner?.Id) cache.ForgetClient(clientId);
            // A counsellor's linked chat (owned by the counsellor) that is added, changed or removed becomes (or stops being)
            // no family's: what was kept of that chat is forgotten, under its old address too.
            if (entry.Entity is ChannelAddress contact)
            {
                cache.Forget(contact.Channel, contact.ChatId);
                if (entry.State == EntityState.Modified
                    && entry.Property(nameof(ChannelAddress.Channel)).OriginalValue is string channel
                    && entry.Property(nameof(ChannelAddress.ChatId)).OriginalValue is string chatId)
                {
                    cache.Forget(channel, chatId);
                }
            }
        }
    }
}
