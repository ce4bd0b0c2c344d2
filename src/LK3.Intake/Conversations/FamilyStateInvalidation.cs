using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Counsellors;
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
            if (entry.Entity is Counsellor counsellor && (entry.State != EntityState.Modified || entry.Property(nameof(Counsellor.TelegramChatId)).IsModified))
            {
                // A chat that becomes (or stops being) a counsellor's is no family's any more (or again).
                if (counsellor.TelegramChatId is { } chatId) cache.Forget(CaseAssignment.Channel, chatId);
                if (entry.State == EntityState.Modified && entry.Property(nameof(Counsellor.TelegramChatId)).OriginalValue is string before)
                {
                    cache.Forget(CaseAssignment.Channel, before);
                }
            }
        }
    }
}
