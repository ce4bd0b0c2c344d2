using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LK3.Tests.WhatsApp;

/// <summary>
/// One whole webhook POST body (<see cref="Json"/>) and the ids of the messages / statuses it carries, in order.
/// <see cref="Wamid"/> is the first (for a single-message payload: the only) one. Converts implicitly to its JSON.
/// </summary>
public sealed record WebhookPayload(string Json, IReadOnlyList<string> Wamids)
{
    public string Wamid => Wamids[0];

    public static implicit operator string(WebhookPayload payload) => payload.Json;

    public override string ToString() => Json;
}

/// <summary>
/// Builders of WhatsApp Cloud API webhook POST bodies in the format of Meta's "messages" webhook reference:
/// <c>{"object":"whatsapp_business_account","entry":[{"id":WABA,"changes":[{"value":{"messaging_product":"whatsapp",
/// "metadata":{...},"contacts":[...],"messages":[...]},"field":"messages"}]}]}</c> (statuses carry <c>statuses</c>
/// instead of contacts/messages). Every builder returns the whole body; <see cref="Batch"/> merges several into one POST.
/// Each message gets a fresh unique wamid unless one is passed (pass the same wamid twice to model a re-delivery).
/// Timestamps are unix seconds as strings. All JSON is written by System.Text.Json, so user text is escaped properly
/// (non-ASCII and HTML-sensitive characters come as \uXXXX escapes, which Meta may send too: parse, never compare raw text).
/// </summary>
public static class WhatsAppPayloads
{
    public const string DefaultPhoneNumberId = "106540352242922";
    public const string DefaultWabaId = "102290129340398";
    public const string DisplayPhoneNumber = "6281100000000";
    public const string DefaultProfileName = "Pengguna Uji";

    private static readonly string Salt = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.NextInt64()))[..8];
    private static long _counter;

    /// <summary>
    /// A fresh wamid shaped like Meta's (<c>wamid.HBgN…</c>: base64 of the user's number and a unique hex id),
    /// unique within the process and (by a random salt) across processes.
    /// </summary>
    public static string NewWamid(string waId, bool inbound = true)
    {
        var number = Encoding.ASCII.GetBytes(new string(waId.Where(char.IsAsciiDigit).ToArray()));
        var unique = Encoding.ASCII.GetBytes(Salt + Interlocked.Increment(ref _counter).ToString("X12", CultureInfo.InvariantCulture));
        var bytes = new List<byte> { 0x1C, 0x18, (byte)number.Length };
        bytes.AddRange(number);
        bytes.AddRange([0x15, 0x02, 0x00, inbound ? (byte)0x12 : (byte)0x11, 0x18, (byte)unique.Length]);
        bytes.AddRange(unique);
        bytes.Add(0x00);
        return "wamid." + Convert.ToBase64String(bytes.ToArray());
    }

    // ---- Messages ----------------------------------------------------------------------------------------

    public static WebhookPayload Text(string from, string text, string? wamid = null, string phoneNumberId = DefaultPhoneNumberId,
        string? name = DefaultProfileName, DateTimeOffset? at = null) =>
        Message(from, "text", new JsonObject { ["body"] = text }, wamid, phoneNumberId, name, at);

    /// <summary>The user tapped a reply button; <paramref name="contextWamid"/> is the wamid of the message that carried it.</summary>
    public static WebhookPayload ButtonReply(string from, string id, string title, string? wamid = null, string? contextWamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null) =>
        Message(from, "interactive", new JsonObject
        {
            ["type"] = "button_reply",
            ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = title },
        }, wamid, phoneNumberId, name, at, contextWamid);

    /// <summary>The user picked a list row; <paramref name="contextWamid"/> is the wamid of the list message.</summary>
    public static WebhookPayload ListReply(string from, string id, string title, string? description = null, string? wamid = null,
        string? contextWamid = null, string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var reply = new JsonObject { ["id"] = id, ["title"] = title };
        if (description is not null) reply["description"] = description;
        return Message(from, "interactive", new JsonObject { ["type"] = "list_reply", ["list_reply"] = reply },
            wamid, phoneNumberId, name, at, contextWamid);
    }

    public static WebhookPayload Location(string from, double latitude, double longitude, string? placeName = null, string? address = null,
        string? wamid = null, string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var location = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        if (placeName is not null) location["name"] = placeName;
        if (address is not null) location["address"] = address;
        return Message(from, "location", location, wamid, phoneNumberId, name, at);
    }

    /// <summary>A shared contact card with one phone number (its <c>wa_id</c> is the number's digits).</summary>
    public static WebhookPayload Contacts(string from, string phone, string formattedName = "Ibu Sari", string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var card = new JsonObject
        {
            ["name"] = new JsonObject { ["formatted_name"] = formattedName, ["first_name"] = formattedName.Split(' ')[^1] },
            ["phones"] = new JsonArray(new JsonObject
            {
                ["phone"] = phone,
                ["wa_id"] = new string(phone.Where(char.IsAsciiDigit).ToArray()),
                ["type"] = "CELL",
            }),
        };
        return Message(from, "contacts", new JsonArray(card), wamid, phoneNumberId, name, at);
    }

    public static WebhookPayload Image(string from, string? caption = null, string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var image = Media("image/jpeg");
        if (caption is not null) image["caption"] = caption;
        return Message(from, "image", image, wamid, phoneNumberId, name, at);
    }

    public static WebhookPayload Sticker(string from, bool animated = false, string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var sticker = Media("image/webp");
        sticker["animated"] = animated;
        return Message(from, "sticker", sticker, wamid, phoneNumberId, name, at);
    }

    /// <summary>A voice note (<paramref name="voice"/> true) or an audio file.</summary>
    public static WebhookPayload Audio(string from, bool voice = true, string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var audio = Media("audio/ogg; codecs=opus");
        audio["voice"] = voice;
        return Message(from, "audio", audio, wamid, phoneNumberId, name, at);
    }

    public static WebhookPayload Document(string from, string filename = "surat.pdf", string? caption = null, string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        var document = Media("application/pdf");
        document["filename"] = filename;
        if (caption is not null) document["caption"] = caption;
        return Message(from, "document", document, wamid, phoneNumberId, name, at);
    }

    /// <summary>
    /// A message Cloud API cannot pass on (a poll, a view-once, ...): <c>type "unsupported"</c> with an
    /// <c>unsupported.type</c> and an <c>errors[]</c> entry with code 131051 "Message type unknown".
    /// </summary>
    public static WebhookPayload Unsupported(string from, string unsupportedType = "poll_update", string? wamid = null,
        string phoneNumberId = DefaultPhoneNumberId, string? name = DefaultProfileName, DateTimeOffset? at = null)
    {
        return Message(from, "unsupported", new JsonObject { ["type"] = unsupportedType }, wamid, phoneNumberId, name, at,
            errors: new JsonArray(Error(131051, "Message type unknown", "Message type is currently not supported.", withHref: false)));
    }

    // ---- Statuses ----------------------------------------------------------------------------------------

    /// <summary>
    /// A status of a message the bot sent (<paramref name="wamid"/> as the send answered it): "sent", "delivered",
    /// "read" or "failed". "sent" and "delivered" carry <c>conversation</c> and <c>pricing</c> like Meta's examples;
    /// with <paramref name="errorCode"/> (e.g. 131047, 131026, 131049) an <c>errors[]</c> entry is added, with the
    /// usual title for the code unless <paramref name="errorTitle"/> is given.
    /// </summary>
    public static WebhookPayload Status(string recipient, string wamid, string status, int? errorCode = null, string? errorTitle = null,
        string? errorDetails = null, string phoneNumberId = DefaultPhoneNumberId, DateTimeOffset? at = null)
    {
        var when = at ?? DateTimeOffset.UtcNow;
        var item = new JsonObject
        {
            ["id"] = wamid,
            ["status"] = status,
            ["timestamp"] = Unix(when),
            ["recipient_id"] = recipient,
        };
        if (status is "sent" or "delivered")
        {
            var conversation = new JsonObject { ["id"] = ConversationId(recipient) };
            if (status == "sent") conversation["expiration_timestamp"] = Unix(when.AddHours(24));
            conversation["origin"] = new JsonObject { ["type"] = "service" };
            item["conversation"] = conversation;
            item["pricing"] = new JsonObject { ["billable"] = true, ["pricing_model"] = "CBP", ["category"] = "service" };
        }
        if (errorCode is int code)
        {
            var (title, details) = StatusError(code);
            item["errors"] = new JsonArray(Error(code, errorTitle ?? title, errorDetails ?? details, withHref: true));
        }
        return new WebhookPayload(Envelope(phoneNumberId, value => value["statuses"] = new JsonArray(item)), [wamid]);
    }

    // ---- Batches -----------------------------------------------------------------------------------------

    /// <summary>
    /// Puts the messages, contacts and statuses of several payloads (possibly from different senders) into ONE POST:
    /// parts for the same phone number id share one <c>changes[].value</c> (contacts de-duplicated by <c>wa_id</c>),
    /// other phone number ids get their own <c>changes[]</c> entry. <see cref="WebhookPayload.Wamids"/> lists all ids in order.
    /// </summary>
    public static WebhookPayload Batch(params WebhookPayload[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Length);
        var values = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var changes = new JsonArray();
        var wabaId = DefaultWabaId;
        foreach (var part in parts)
        {
            var root = JsonNode.Parse(part.Json)!.AsObject();
            foreach (var entry in root["entry"]!.AsArray())
            {
                wabaId = entry!["id"]!.GetValue<string>();
                foreach (var change in entry["changes"]!.AsArray())
                {
                    var value = change!["value"]!.AsObject();
                    var phoneNumberId = value["metadata"]!["phone_number_id"]!.GetValue<string>();
                    if (!values.TryGetValue(phoneNumberId, out var target))
                    {
                        values[phoneNumberId] = target = new JsonObject
                        {
                            ["messaging_product"] = "whatsapp",
                            ["metadata"] = value["metadata"]!.DeepClone(),
                        };
                        changes.Add(new JsonObject { ["value"] = target, ["field"] = "messages" });
                    }
                    foreach (var key in new[] { "contacts", "messages", "statuses" })
                    {
                        if (value[key] is not JsonArray items) continue;
                        if (target[key] is not JsonArray merged) target[key] = merged = new JsonArray();
                        foreach (var item in items)
                        {
                            if (key == "contacts" && merged.Any(c => c!["wa_id"]!.GetValue<string>() == item!["wa_id"]!.GetValue<string>()))
                                continue;
                            merged.Add(item!.DeepClone());
                        }
                    }
                }
            }
        }
        var body = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject { ["id"] = wabaId, ["changes"] = changes }),
        };
        return new WebhookPayload(body.ToJsonString(), parts.SelectMany(p => p.Wamids).ToArray());
    }

    // ---- Plumbing ----------------------------------------------------------------------------------------

    private static WebhookPayload Message(string from, string type, JsonNode content, string? wamid, string phoneNumberId,
        string? name, DateTimeOffset? at, string? contextWamid = null, JsonArray? errors = null)
    {
        var id = wamid ?? NewWamid(from);
        var message = new JsonObject();
        if (contextWamid is not null)
            message["context"] = new JsonObject { ["from"] = DisplayPhoneNumber, ["id"] = contextWamid };
        message["from"] = from;
        message["id"] = id;
        message["timestamp"] = Unix(at ?? DateTimeOffset.UtcNow);
        if (errors is not null) message["errors"] = errors;
        message["type"] = type;
        message[type] = content;

        var contact = new JsonObject();
        if (name is not null) contact["profile"] = new JsonObject { ["name"] = name };
        contact["wa_id"] = from;

        var json = Envelope(phoneNumberId, value =>
        {
            value["contacts"] = new JsonArray(contact);
            value["messages"] = new JsonArray(message);
        });
        return new WebhookPayload(json, [id]);
    }

    private static string Envelope(string phoneNumberId, Action<JsonObject> fill)
    {
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = DisplayPhoneNumber, ["phone_number_id"] = phoneNumberId },
        };
        fill(value);
        var body = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = DefaultWabaId,
                ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
            }),
        };
        return body.ToJsonString();
    }

    private static JsonObject Media(string mimeType)
    {
        var n = Interlocked.Increment(ref _counter);
        return new JsonObject
        {
            ["mime_type"] = mimeType,
            ["sha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(n))).ToLowerInvariant(),
            ["id"] = (1_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static JsonObject Error(int code, string title, string details, bool withHref)
    {
        var error = new JsonObject
        {
            ["code"] = code,
            ["title"] = title,
            ["message"] = title,
            ["error_data"] = new JsonObject { ["details"] = details },
        };
        if (withHref) error["href"] = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";
        return error;
    }

    private static (string Title, string Details) StatusError(int code) => code switch
    {
        131047 => ("Re-engagement message",
            "Message failed to send because more than 24 hours have passed since the customer last replied to this number."),
        131026 => ("Message undeliverable", "Message Undeliverable."),
        131049 => ("This message was not delivered to maintain healthy ecosystem engagement.",
            "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."),
        131050 => ("User has stopped marketing messages",
            "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business."),
        130429 => ("Rate limit hit", "Message failed to send because there were too many messages sent from this phone number in a short period of time"),
        131056 => ("(Business Account, Consumer Account) pair rate limit hit",
            "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."),
        131000 => ("Something went wrong", "Message failed to send due to an unknown error."),
        _ => ("Failure", "Message failed to send."),
    };

    private static string ConversationId(string recipient) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("conversation:" + recipient)), 0, 16).ToLowerInvariant();

    private static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
