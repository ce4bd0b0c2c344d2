using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Broadcasts;

public static class BroadcastAudience
{
    /// <summary>
    /// The families a broadcast reaches: subscribed now to one of its topics, reachable, and matching its
    /// language, channel and kecamatan (of their latest case). A client is one row however many topics match.
    /// </summary>
    public static IQueryable<Client> RecipientsOf(this IntakeDbContext db, Broadcast broadcast)
    {
        var topics = broadcast.Topics;
        var subscriptions = db.Subscriptions.Where(s => s.StoppedAt == null);
        subscriptions = topics.Count == 0
            ? subscriptions.Where(s => s.Topics.Count > 0)
            : subscriptions.Where(s => s.Topics.Any(t => topics.Contains(t)));
        var clients = db.Clients.Where(c => c.UnreachableSince == null && subscriptions.Any(s => s.ClientId == c.Id));
        if (broadcast.Language is { } language) clients = clients.Where(c => c.Language == language);
        if (broadcast.Channel is { } channel) clients = clients.Where(c => c.Channel == channel);
        if (broadcast.Kecamatan is { } kecamatan)
        {
            clients = clients.Where(c => db.Cases.Where(k => k.ClientId == c.Id)
                .OrderByDescending(k => k.Id).Select(k => (Cases.Kecamatan?)k.Kecamatan).FirstOrDefault() == kecamatan);
        }
        return clients;
    }

    /// <summary>What families receive: the text, and the link as a button under it.</summary>
    public static Conversations.Reply ReplyOf(Broadcast broadcast) =>
        new(broadcast.Text, broadcast.LinkUrl is { } url ? [new Conversations.ReplyButton("link", broadcast.LinkLabel ?? "Selengkapnya", url)] : []);
}
