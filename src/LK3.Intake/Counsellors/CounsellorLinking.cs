using System.Security.Cryptography;
using System.Text;
using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Counsellors;

/// <summary>One-time codes that link a counsellor's Telegram chat to their account.</summary>
public sealed class CounsellorLinking(IntakeDbContext db, TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromHours(24);

    /// <summary>Wrong codes a chat may send in an hour; with 32⁸ possible codes, guessing one is hopeless.</summary>
    public const int MaxWrongCodesPerHour = 5;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread

    /// <summary>Makes a code for staff to hand to the counsellor; it is shown once and only its hash is kept.</summary>
    public async Task<string> CreateCodeAsync(int counsellorId, CancellationToken cancellationToken = default)
    {
        var code = RandomNumberGenerator.GetString(Alphabet, 8);
        var now = time.GetUtcNow();
        db.CounsellorLinkCodes.Add(
            new CounsellorLinkCode { CounsellorId = counsellorId, CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + CodeLifetime });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>Links the chat to the code's counsellor; the answer says what happened, in words for the chat.</summary>
    public async Task<string> LinkAsync(string channel, string chatId, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hourAgo = now - TimeSpan.FromHours(1);
        if (await db.LinkAttempts.CountAsync(a => a.Channel == channel && a.ChatId == chatId && a.At > hourAgo, cancellationToken) >= MaxWrongCodesPerHour)
        {
            return CounsellorTexts.LinkThrottled;
        }
        var hash = Hash(code.Trim().ToUpperInvariant());
        var linkCode = await db.CounsellorLinkCodes.FirstOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        if (linkCode is null)
        {
            db.LinkAttempts.Add(new LinkAttempt { Channel = channel, ChatId = chatId, At = now });
            return CounsellorTexts.LinkInvalid;
        }
        if (linkCode.UsedAt is not null) return CounsellorTexts.LinkUsed;
        if (linkCode.ExpiresAt < now) return CounsellorTexts.LinkExpired;
        if (await db.Counsellors.At(channel, chatId).AnyAsync(c => c.Id != linkCode.CounsellorId, cancellationToken))
        {
            return CounsellorTexts.LinkChatTaken;
        }

        var counsellor = await db.Counsellors.SingleAsync(c => c.Id == linkCode.CounsellorId, cancellationToken);
        counsellor.Contact = new ChannelAddress(channel, chatId);
        linkCode.UsedAt = now;
        return string.Format(CounsellorTexts.Linked, Conversations.ReplyMarkup.Escape(counsellor.DisplayName));
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
