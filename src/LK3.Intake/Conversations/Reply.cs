namespace LK3.Intake.Conversations;

/// <summary>
/// A message the bot sends back. <see cref="Text"/> is in the reply markup: plain text where
/// only <c>&lt;b&gt;</c> and <c>&lt;i&gt;</c> are tags and <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>
/// are escaped (Telegram's HTML subset); channels render it their own way.
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyButton> Buttons)
{
    public Reply(string text) : this(text, []) { }

    /// <summary>Emergency numbers: sent at once, even to a chat whose other replies wait (a flood).</summary>
    public bool Urgent { get; init; }
}

/// <summary>
/// A choice offered with a reply: <see cref="Id"/> comes back when it is pressed. With a <see cref="Url"/> it is
/// a link instead (a broadcast's "read more"), opened by the family's app, and nothing comes back.
/// </summary>
public sealed record ReplyButton(string Id, string Label, string? Url = null);
