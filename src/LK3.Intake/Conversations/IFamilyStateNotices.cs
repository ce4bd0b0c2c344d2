using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Conversations;

/// <summary>
/// Tells other processes sharing the database, which keep families' state too (<see cref="FamilyStateCache"/>), which
/// families a save changed. Called on the save's own connection once the save is done: inside its transaction when there
/// is one, so that a notice goes out only with the change it tells of.
/// </summary>
public interface IFamilyStateNotices
{
    void Tell(DbContext db, IReadOnlyCollection<int> clientIds, IReadOnlyCollection<(string Channel, string ChatId)> chats);

    Task TellAsync(DbContext db, IReadOnlyCollection<int> clientIds, IReadOnlyCollection<(string Channel, string ChatId)> chats, CancellationToken cancellationToken);
}
