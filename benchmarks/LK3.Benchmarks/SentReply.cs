namespace LK3.Benchmarks;

/// <summary>A sendMessage the Bot API double received: for which chat, when (a Stopwatch timestamp), its text and its buttons' callback data.</summary>
internal readonly record struct SentReply(long ChatId, long At, string Text, string[] Buttons);
