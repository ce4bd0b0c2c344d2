using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// The families' conversations changed by a group's turns, written together once the turns are done: one statement per set
/// of changed columns (<see cref="UpdateByKey"/>) instead of an UPDATE in each turn's save, EF Core sending SQLite one
/// command at a time. Only the columns a turn changed are written, as its save would have.
/// Nothing else in the group may read or write a deferred conversation first: a counsellor's turn reads and changes the
/// family's conversation it answers, so what is deferred is written before any turn that may be a counsellor's.
/// </summary>
internal sealed class ConversationUpdates
{
    private readonly List<(string Columns, Conversation Conversation)> _deferred = [];

    /// <summary>Takes the conversation's changes out of the turn's save, to be written by <see cref="WriteAsync"/>.</summary>
    public void Defer(IntakeDbContext db, Conversation conversation)
    {
        var entry = db.Entry(conversation);
        if (entry.State != EntityState.Modified) return;
        var columns = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToArray();
        // Unchanged alone would put the original values back: they become the current ones first.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
        _deferred.Add((string.Join(',', columns), conversation));
    }

    /// <summary>Writes what was deferred; a conversation no longer there fails the group, as the turn's save would have.</summary>
    public async Task WriteAsync(IntakeDbContext db)
    {
        foreach (var set in _deferred.GroupBy(d => d.Columns))
        {
            var rows = set.Select(d => d.Conversation).ToList();
            var changed = await db.UpdateByKeyAsync(rows, set.Key.Split(','), CancellationToken.None);
            if (changed != rows.Count) throw new DbUpdateConcurrencyException($"{rows.Count - changed} of {rows.Count} conversations are no longer there.");
        }
        _deferred.Clear();
    }
}
