using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LK3.Bot.Channels.Telegram;
using LK3.Bot.Channels.Web;
using LK3.Bot.Channels.WhatsApp;
using LK3.Tests.EndToEnd;
using LK3.Tests.WhatsApp;

namespace LK3.Tests.BadInput;

/// <summary>
/// Structure-aware mutations of every real-format fixture (the Telegram updates of <see cref="TelegramUpdates"/>, the
/// WhatsApp notifications of <see cref="WhatsAppPayloads"/>, the web chat's messages): nested fields deleted, renamed or
/// retyped, discriminators changed, arrays emptied or made huge, subtrees moved elsewhere. One to three of these per
/// fixture, so most of each payload is what the parsers expect and the fault sits deep inside, where the converters of
/// Telegram.Bot and System.Text.Json (not the outer JSON reader) meet it. Fixtures are taken in turn, so each gets its share.
/// </summary>
public sealed class StructuredMutations(Random random)
{
    /// <summary>Fields that pick the shape of what surrounds them, and values they take (or might be sent one day).</summary>
    private static readonly Dictionary<string, string[]> Discriminators = new(StringComparer.Ordinal)
    {
        ["type"] =
        [
            "private", "group", "supergroup", "channel", "sender", "bot_command", "mention", "url", "regular", "mask", "custom_emoji", "user",
            "hidden_user", "chat", "text", "interactive", "button", "button_reply", "list_reply", "location", "contacts", "image", "sticker",
            "audio", "document", "unsupported", "reaction", "system", "ephemeral", "CELL", "service", "",
        ],
        ["status"] = ["creator", "administrator", "member", "restricted", "left", "kicked", "sent", "delivered", "read", "failed", "deleted", "warning", ""],
        ["object"] = ["whatsapp_business_account", "page", "instagram", "user", ""],
        ["field"] = ["messages", "message_template_status_update", "account_update", "statuses", ""],
        ["messaging_product"] = ["whatsapp", "sms", ""],
        ["mime_type"] = ["audio/ogg", "image/jpeg", "application/pdf", "", "x/x"],
        ["language"] = ["id", "en", "xx", "", "id-ID-u-nu-arab"],
        ["language_code"] = ["id", "en", "xx", "", "zh-hans"],
    };

    /// <summary>Real field names of both APIs: a renamed field takes one of these (a field where another belongs) or a near miss.</summary>
    private static readonly string[] Names =
    [
        "update_id", "message", "edited_message", "channel_post", "business_message", "callback_query", "my_chat_member", "chat_member",
        "message_reaction", "poll", "message_id", "from", "chat", "sender_chat", "id", "type", "text", "caption", "date", "edit_date",
        "is_bot", "first_name", "username", "language_code", "data", "contact", "phone_number", "user_id", "reply_to_message", "entities",
        "sticker", "photo", "voice", "location", "forward_origin", "sender_user", "old_chat_member", "new_chat_member", "until_date",
        "object", "entry", "changes", "field", "value", "messaging_product", "metadata", "phone_number_id", "display_phone_number",
        "contacts", "profile", "wa_id", "messages", "statuses", "timestamp", "body", "interactive", "button_reply", "list_reply", "errors",
        "code", "title", "status", "recipient_id", "conversation", "pricing", "latitude", "longitude", "context", "button", "payload",
        "phones", "image", "audio", "document", "choice",
    ];

    private static long _nextChat = 6_000_000_000;
    private static long _nextNumber = 2_000_000;

    private readonly List<long> _telegramChats = [];
    private readonly List<string> _whatsAppNumbers = [];
    private readonly List<string> _browsers = [];
    private int _telegramTurn;
    private int _whatsAppTurn;
    private int _webTurn;

    /// <summary>One payload grows one array at most: grown twice, copies of copies would make millions of nodes.</summary>
    private bool _grown;

    /// <summary>Each fixture of Telegram's, in turn, given a chat.</summary>
    private static readonly (string Name, Func<long, string> Build)[] TelegramFixtures =
    [
        ("text", chat => TelegramUpdates.Text(chat, "Saya butuh bantuan")),
        ("command", chat => TelegramUpdates.Command(chat, "/start")),
        ("callback", chat => TelegramUpdates.Callback(chat, "menu:help")),
        ("callback on old message", chat => TelegramUpdates.CallbackOnOldMessage(chat, "consent:yes")),
        ("reply", chat => TelegramUpdates.ReplyTo(chat, 42, "Terima kasih")),
        ("contact", chat => TelegramUpdates.Contact(chat, "+6281234567890")),
        ("sticker", TelegramUpdates.Sticker),
        ("photo", chat => TelegramUpdates.Photo(chat, "foto surat")),
        ("voice", TelegramUpdates.Voice),
        ("location", TelegramUpdates.Location),
        ("forwarded", chat => TelegramUpdates.Forwarded(chat, "pesan diteruskan")),
        ("edited", chat => TelegramUpdates.Edited(chat, "ralat")),
        ("blocked", chat => TelegramUpdates.MyChatMember(chat, blocked: true)),
        ("unblocked", chat => TelegramUpdates.MyChatMember(chat, blocked: false)),
    ];

    /// <summary>Each fixture of WhatsApp's, in turn, given a number and another one (for batches).</summary>
    private static readonly (string Name, Func<string, string, string> Build)[] WhatsAppFixtures =
    [
        ("text", (number, _) => WhatsAppPayloads.Text(number, "Saya butuh bantuan")),
        ("button reply", (number, _) =>
            WhatsAppPayloads.ButtonReply(number, "consent:yes", "Ya, setuju", contextWamid: WhatsAppPayloads.NewWamid(number, inbound: false))),
        ("list reply", (number, _) => WhatsAppPayloads.ListReply(number, "category:Youth", "Masalah remaja", "anak dan remaja")),
        ("location", (number, _) => WhatsAppPayloads.Location(number, 0.133, 117.5, "Rumah", "Jl. Ahmad Yani")),
        ("contacts", (number, _) => WhatsAppPayloads.Contacts(number, "+62 812-3456-7890")),
        ("image", (number, _) => WhatsAppPayloads.Image(number, "foto")),
        ("sticker", (number, _) => WhatsAppPayloads.Sticker(number, animated: true)),
        ("audio", (number, _) => WhatsAppPayloads.Audio(number)),
        ("document", (number, _) => WhatsAppPayloads.Document(number, caption: "surat")),
        ("unsupported", (number, _) => WhatsAppPayloads.Unsupported(number)),
        ("status read", (number, _) => WhatsAppPayloads.Status(number, WhatsAppPayloads.NewWamid(number, inbound: false), "read")),
        ("status failed", (number, _) => WhatsAppPayloads.Status(number, WhatsAppPayloads.NewWamid(number, inbound: false), "failed", errorCode: 131047)),
        ("batch", (number, other) => WhatsAppPayloads.Batch(WhatsAppPayloads.Text(number, "satu"), WhatsAppPayloads.Text(other, "dua"))),
    ];

    private static readonly (string Name, Func<string, string> Build)[] WebFixtures =
    [
        ("text", id => new JsonObject { ["id"] = id, ["text"] = "Saya butuh bantuan", ["language"] = "id" }.ToJsonString()),
        ("choice", id => new JsonObject { ["id"] = id, ["choice"] = "menu:help" }.ToJsonString()),
    ];

    public HostilePayload Telegram()
    {
        var (name, build) = TelegramFixtures[_telegramTurn++ % TelegramFixtures.Length];
        var (kind, body) = Mutated(build(Pick(_telegramChats, () => Interlocked.Increment(ref _nextChat))));
        return new HostilePayload(ChannelNames.Telegram, $"{name}: {kind}", body);
    }

    public HostilePayload WhatsApp()
    {
        var (name, build) = WhatsAppFixtures[_whatsAppTurn++ % WhatsAppFixtures.Length];
        var number = Pick(_whatsAppNumbers, NewNumber);
        var (kind, body) = Mutated(build(number, Pick(_whatsAppNumbers, NewNumber)));
        return new HostilePayload(ChannelNames.WhatsApp, $"{name}: {kind}", body);
    }

    /// <summary>A web chat message from one of a few hundred browsers, so that none is held back by the per-browser limit.</summary>
    public HostilePayload Web()
    {
        var (name, build) = WebFixtures[_webTurn++ % WebFixtures.Length];
        var (kind, body) = Mutated(build($"m{_webTurn}"));
        var browser = _browsers.Count < 300 ? NewBrowser() : _browsers[random.Next(_browsers.Count)];
        return new HostilePayload(ChannelNames.Web, $"{name}: {kind}", body, browser);
    }

    private string NewBrowser()
    {
        var token = new byte[32];
        random.NextBytes(token);
        var browser = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(token);
        _browsers.Add(browser);
        return browser;
    }

    private static string NewNumber() => $"62877{Interlocked.Increment(ref _nextNumber):D7}";

    /// <summary>A chat already seen (most of the time) or a new one, so that chats get several updates in a row.</summary>
    private T Pick<T>(List<T> seen, Func<T> next)
    {
        if (seen.Count < 150 || random.Next(5) == 0) seen.Add(next());
        return seen[random.Next(seen.Count)];
    }

    private (string Kind, byte[] Body) Mutated(string json)
    {
        var root = JsonNode.Parse(json)!;
        _grown = false;
        var kinds = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--) kinds.Add(MutateOnce(ref root));
        return (string.Join(", ", kinds), Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private string MutateOnce(ref JsonNode root) => random.Next(9) switch
    {
        0 or 1 => Delete(root),
        2 => Rename(root),
        3 or 4 => Retype(root),
        5 => ChangeDiscriminator(root),
        6 => EmptyArray(root),
        7 when !_grown => HugeArray(ref root),
        7 => EmptyArray(root),
        _ => Move(root),
    };

    private string Delete(JsonNode root)
    {
        if (Fields(root).ToList() is not { Count: > 0 } fields) return "nothing to delete";
        var (parent, key) = fields[random.Next(fields.Count)];
        parent.Remove(key);
        return $"deleted {key}";
    }

    private string Rename(JsonNode root)
    {
        if (Fields(root).ToList() is not { Count: > 0 } fields) return "nothing to rename";
        var (parent, key) = fields[random.Next(fields.Count)];
        var name = random.Next(6) switch
        {
            0 => key.ToUpperInvariant(),
            1 => key + "_",
            2 => key.Replace("_", "", StringComparison.Ordinal),
            3 => "",
            _ => Names[random.Next(Names.Length)],
        };
        var value = parent[key];
        parent.Remove(key);
        parent[name] = value;
        return $"renamed {key} to {name}";
    }

    private string Retype(JsonNode root)
    {
        if (Slots(root).ToList() is not { Count: > 0 } slots) return "nothing to retype";
        var (parent, key, index) = slots[random.Next(slots.Count)];
        var node = key is null ? ((JsonArray)parent)[index] : parent[key];
        var replacement = OtherType(node);
        Replace(parent, key, index, replacement);
        return $"retyped {key ?? $"[{index}]"} to {replacement?.GetValueKind().ToString() ?? "null"}";
    }

    /// <summary>A value of another JSON type than <paramref name="node"/>, related to it where that makes it more plausible.</summary>
    private JsonNode? OtherType(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return node?.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => random.Next(5) switch
            {
                0 => long.TryParse(node.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? JsonValue.Create(number) : JsonValue.Create(0),
                1 => JsonValue.Create(true),
                2 => new JsonArray(node.DeepClone()),
                3 => new JsonObject { ["value"] = node.DeepClone() },
                _ => null,
            },
            System.Text.Json.JsonValueKind.Number => random.Next(6) switch
            {
                0 => JsonValue.Create(text),
                1 => JsonValue.Create(1e308),
                2 => JsonValue.Create(-1),
                3 => JsonValue.Create(0.5),
                4 => new JsonObject(),
                _ => JsonValue.Create(false),
            },
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => random.Next(3) switch
            {
                0 => JsonValue.Create(text),
                1 => JsonValue.Create(1),
                _ => null,
            },
            System.Text.Json.JsonValueKind.Object => random.Next(5) switch
            {
                0 => new JsonArray(node.DeepClone()),
                1 => JsonValue.Create(text),
                2 => JsonValue.Create(7),
                3 => new JsonObject(),
                _ => null,
            },
            System.Text.Json.JsonValueKind.Array => random.Next(4) switch
            {
                0 => node.AsArray().Count > 0 ? node.AsArray()[0]?.DeepClone() : new JsonObject(),
                1 => new JsonObject { ["0"] = node.DeepClone() },
                2 => JsonValue.Create(text),
                _ => null,
            },
            _ => random.Next(3) switch { 0 => new JsonObject(), 1 => JsonValue.Create(""), _ => JsonValue.Create(0) },
        };
    }

    private string ChangeDiscriminator(JsonNode root)
    {
        var fields = Fields(root).Where(f => Discriminators.ContainsKey(f.Key)).ToList();
        if (fields.Count == 0) return Retype(root);
        var (parent, key) = fields[random.Next(fields.Count)];
        var values = Discriminators[key];
        JsonNode? value = random.Next(8) switch
        {
            0 => JsonValue.Create("x-unknown"),
            1 => JsonValue.Create(values[random.Next(values.Length)].ToUpperInvariant()),
            2 => JsonValue.Create(3),
            _ => JsonValue.Create(values[random.Next(values.Length)]),
        };
        parent[key] = value;
        return $"{key} set to {value?.ToJsonString()}";
    }

    private string EmptyArray(JsonNode root)
    {
        var arrays = Slots(root).Where(s => Value(s) is JsonArray).ToList();
        if (arrays.Count == 0)
        {
            // No array here: one goes where an object or a value was.
            if (Fields(root).ToList() is not { Count: > 0 } fields) return "nothing to empty";
            var (parent, key) = fields[random.Next(fields.Count)];
            parent[key] = new JsonArray();
            return $"{key} made an empty array";
        }
        var slot = arrays[random.Next(arrays.Count)];
        ((JsonArray)Value(slot)!).Clear();
        return $"emptied {slot.Key ?? $"[{slot.Index}]"}";
    }

    /// <summary>
    /// An array grown to hundreds or thousands of copies of one of its items (or of some part of the payload), mostly under
    /// the webhooks' 1 MiB, sometimes over it. At the top level, the whole payload repeated in an array.
    /// </summary>
    private string HugeArray(ref JsonNode root)
    {
        _grown = true;
        var count = random.Next(4) switch { 0 => 2_000, 1 => 500, _ => 100 };
        if (random.Next(10) == 0)
        {
            var copies = new JsonArray();
            for (var i = 0; i < Math.Min(count, 300); i++) copies.Add(root.DeepClone());
            root = copies;
            return $"payload repeated {copies.Count} times in an array";
        }
        var arrays = Slots(root).Where(s => Value(s) is JsonArray).ToList();
        JsonArray array;
        string where;
        if (arrays.Count > 0 && random.Next(3) > 0)
        {
            var slot = arrays[random.Next(arrays.Count)];
            array = (JsonArray)Value(slot)!;
            where = slot.Key ?? $"[{slot.Index}]";
        }
        else
        {
            if (Fields(root).ToList() is not { Count: > 0 } fields) return "nothing to grow";
            var (parent, key) = fields[random.Next(fields.Count)];
            array = new JsonArray(parent[key]?.DeepClone());
            parent[key] = array;
            where = key;
        }
        var item = array.Count > 0 ? array[random.Next(array.Count)] : JsonValue.Create("x");
        for (var i = array.Count; i < count; i++) array.Add(item?.DeepClone());
        return $"{where} grown to {array.Count} items";
    }

    /// <summary>An object moved (copied) under another key somewhere else: a chat where a user belongs, a message inside a message.</summary>
    private string Move(JsonNode root)
    {
        var objects = Slots(root).Where(s => Value(s) is JsonObject).ToList();
        var targets = Slots(root).Select(Value).OfType<JsonObject>().Append(root as JsonObject).OfType<JsonObject>().ToList();
        if (objects.Count == 0 || targets.Count == 0) return Retype(root);
        var moved = Value(objects[random.Next(objects.Count)])!.DeepClone();
        var target = targets[random.Next(targets.Count)];
        var key = random.Next(2) == 0 && target.Count > 0 ? target.ElementAt(random.Next(target.Count)).Key : Names[random.Next(Names.Length)];
        target[key] = moved;
        return $"an object moved to {key}";
    }

    private static void Replace(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (key is null) ((JsonArray)parent)[index] = value;
        else parent[key] = value;
    }

    private static JsonNode? Value((JsonNode Parent, string? Key, int Index) slot) =>
        slot.Key is null ? ((JsonArray)slot.Parent)[slot.Index] : slot.Parent[slot.Key];

    private static IEnumerable<(JsonObject Parent, string Key)> Fields(JsonNode root) =>
        Slots(root).Where(s => s.Key is not null).Select(s => ((JsonObject)s.Parent, s.Key!));

    /// <summary>Every place a value sits, at any depth: an object's field or an array's item.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    if (child is not null) foreach (var slot in Slots(child)) yield return slot;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child) foreach (var slot in Slots(child)) yield return slot;
                }
                break;
        }
    }
}
