using System.Text.RegularExpressions;

namespace LK3.Bot.Channels;

/// <summary>Cuts reply markup into pieces a channel accepts, at line or word ends, keeping tags balanced.</summary>
internal static partial class ReplySplitter
{
    /// <summary>What Telegram and WhatsApp both take in one text message.</summary>
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        List<string> pieces = [];
        var open = new List<string>(); // tags open at the start of the current piece
        var rest = text;
        while (true)
        {
            var reopened = string.Concat(open.Select(tag => $"<{tag}>"));
            // Room for the tags reopened in front and closed at the end of this piece.
            var room = maxLength - reopened.Length - 16;
            if (rest.Length <= room)
            {
                pieces.Add(reopened + rest);
                return pieces;
            }
            var cut = CutPoint(rest, room);
            var piece = reopened + rest[..cut].TrimEnd();
            open = OpenTags(piece);
            pieces.Add(piece + string.Concat(Enumerable.Reverse(open).Select(tag => $"</{tag}>")));
            rest = rest[cut..].TrimStart();
        }
    }

    private static int CutPoint(string text, int room)
    {
        var newline = text.LastIndexOf('\n', room - 1);
        if (newline > room / 2) return newline + 1;
        var space = text.LastIndexOf(' ', room - 1);
        var cut = space > room / 2 ? space + 1 : room;
        // Never inside a tag or an entity such as &amp;.
        var tagStart = text.LastIndexOf('<', cut - 1);
        if (tagStart >= 0 && text.IndexOf('>', tagStart) >= cut) cut = tagStart;
        var entityStart = text.LastIndexOf('&', cut - 1);
        if (entityStart >= 0 && cut - entityStart < 10 && text.IndexOf(';', entityStart) >= cut) cut = entityStart;
        return cut;
    }

    private static List<string> OpenTags(string markup)
    {
        var open = new List<string>();
        foreach (Match tag in Tag().Matches(markup))
        {
            var name = tag.Groups["name"].Value;
            var last = open.LastIndexOf(name);
            if (!tag.Groups["close"].Success) open.Add(name);
            else if (last >= 0) open.RemoveAt(last);
        }
        return open;
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[bi])>")]
    private static partial Regex Tag();
}
