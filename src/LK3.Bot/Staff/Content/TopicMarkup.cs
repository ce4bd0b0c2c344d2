using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace LK3.Bot.Staff.Content;

/// <summary>
/// Checks and shows the reply markup staff write for a topic (see <see cref="LK3.Intake.Conversations.Reply"/>):
/// plain text where only <c>&lt;b&gt;</c> and <c>&lt;i&gt;</c> are tags. A tag of any other kind, or an unbalanced
/// one, is an error; a lone <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> is meant as text, so it is escaped for the staff
/// member, who is told so, rather than refused.
/// </summary>
public static partial class TopicMarkup
{
    private const string AllowedTags = "Hanya <b>…</b> (tebal) dan <i>…</i> (miring) yang bisa dipakai";

    /// <summary>The body as it would be saved, what was wrong with it, and whether lone signs were escaped.</summary>
    public sealed record Checked(string Body, IReadOnlyList<string> Errors, bool Escaped);

    public static Checked Check(string text)
    {
        var body = new StringBuilder(text.Length);
        var errors = new List<string>();
        var open = new Stack<string>();
        var escaped = false;
        foreach (var token in Tokens(text))
        {
            switch (token)
            {
                case Token.Tag tag when tag.Name is "b" or "i" && tag.Plain:
                    if (!tag.Closing && open.Contains(tag.Name))
                    {
                        errors.Add($"Tag <{tag.Name}> sudah terbuka; tutup dulu dengan </{tag.Name}>.");
                    }
                    else if (tag.Closing && (open.Count == 0 || open.Peek() != tag.Name))
                    {
                        errors.Add(open.Count == 0
                            ? $"Tag </{tag.Name}> menutup tag yang tidak pernah dibuka."
                            : $"Tag </{tag.Name}> datang sebelum </{open.Peek()}>; tutup tag dengan urutan terbalik dari pembukaannya.");
                    }
                    else if (tag.Closing)
                    {
                        open.Pop();
                    }
                    else
                    {
                        open.Push(tag.Name);
                    }
                    body.Append(tag.Source);
                    break;
                case Token.Tag tag:
                    errors.Add($"Tag {tag.Source} tidak diizinkan. {AllowedTags}; untuk menulis tanda < atau > sebagai teks, tulis &lt; atau &gt;.");
                    body.Append(tag.Source);
                    break;
                case Token.Entity entity:
                    body.Append(entity.Source);
                    break;
                case Token.Text { Value: var value }:
                    var escapedValue = LK3.Intake.Conversations.ReplyMarkup.Escape(value);
                    escaped |= escapedValue.Length != value.Length;
                    body.Append(escapedValue);
                    break;
            }
        }
        foreach (var name in open)
        {
            errors.Add($"Tag <{name}> belum ditutup dengan </{name}>.");
        }
        return new Checked(body.ToString(), [.. errors.Distinct()], escaped);
    }

    /// <summary>
    /// Safe HTML of the text as a family would see it: <c>&lt;b&gt;</c> becomes <c>&lt;strong&gt;</c>, <c>&lt;i&gt;</c>
    /// becomes <c>&lt;em&gt;</c>, and everything else, other tags included, is encoded as text. Works on text
    /// that is not valid markup too, for a preview of a draft; tags left open are closed at the end.
    /// </summary>
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        var open = new Stack<string>();
        foreach (var token in Tokens(text))
        {
            switch (token)
            {
                case Token.Tag { Name: "b" or "i", Plain: true, Closing: false } tag when !open.Contains(tag.Name):
                    open.Push(tag.Name);
                    html.Append(tag.Name == "b" ? "<strong>" : "<em>");
                    break;
                case Token.Tag { Name: "b" or "i", Plain: true, Closing: true } tag when open.Count > 0 && open.Peek() == tag.Name:
                    open.Pop();
                    html.Append(tag.Name == "b" ? "</strong>" : "</em>");
                    break;
                case Token.Tag tag:
                    html.Append(HtmlEncoder.Default.Encode(tag.Source));
                    break;
                case Token.Entity entity:
                    html.Append(HtmlEncoder.Default.Encode(entity.Value));
                    break;
                case Token.Text { Value: var value }:
                    html.Append(HtmlEncoder.Default.Encode(value));
                    break;
            }
        }
        foreach (var name in open)
        {
            html.Append(name == "b" ? "</strong>" : "</em>");
        }
        return html.ToString();
    }

    /// <summary>The text without tags and with entities read, for a short excerpt.</summary>
    public static string ToPlainText(string text) =>
        string.Concat(Tokens(text).Select(token => token switch
        {
            Token.Tag { Name: "b" or "i", Plain: true } => "",
            Token.Tag tag => tag.Source,
            Token.Entity entity => entity.Value,
            Token.Text t => t.Value,
            _ => "",
        }));

    private static IEnumerable<Token> Tokens(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            Token? token = null;
            var length = 0;
            if (text[i] == '<' && TagPattern().Match(text, i) is { Success: true } tag)
            {
                var name = tag.Groups["name"].Value;
                var closing = tag.Groups["close"].Success;
                var plain = name is "b" or "i" && tag.Length == name.Length + (closing ? 3 : 2);
                token = new Token.Tag(tag.Value, name.ToLowerInvariant(), closing, plain);
                length = tag.Length;
            }
            else if (text[i] == '&' && EntityPattern().Match(text, i) is { Success: true } entity)
            {
                token = new Token.Entity(entity.Value, entity.Value switch { "&amp;" => "&", "&lt;" => "<", _ => ">" });
                length = entity.Length;
            }
            if (token is null)
            {
                i++;
                continue;
            }
            if (i > start) yield return new Token.Text(text[start..i]);
            yield return token;
            i += length;
            start = i;
        }
        if (text.Length > start) yield return new Token.Text(text[start..]);
    }

    private abstract record Token
    {
        public sealed record Text(string Value) : Token;

        public sealed record Entity(string Source, string Value) : Token;

        /// <summary>
        /// Something written as a tag; <see cref="Plain"/> when it is exactly &lt;b&gt;, &lt;/i&gt; and the like, in lowercase, without attributes.
        /// </summary>
        public sealed record Tag(string Source, string Name, bool Closing, bool Plain) : Token;
    }

    /// <summary>Anything shaped like an HTML tag: "&lt;" then a letter (after an optional "/"), up to the next "&gt;" on the same line.</summary>
    [GeneratedRegex(@"\G<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)[^<>\n]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\G&(amp|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();
}
