using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LK3.Benchmarks;

/// <summary>
/// One simulated family: a Telegram chat walking <see cref="FamilyScript"/>, one update at a time. It posts an update,
/// then waits for the end of the bot's answer (the message with the next question's buttons) before it sends the next,
/// pressing buttons by the callback data the bot offered.
/// </summary>
internal sealed partial class Family(long chatId, LoadContext context)
{
    private readonly IReadOnlyList<ScriptStep> _steps = FamilyScript.For(chatId, context.Typed);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _turn;
    private long _postedAt;
    private bool _answered;
    private string[] _buttons = [];
    private int _next;

    public long ChatId => chatId;
    public bool Done => _next >= _steps.Count;

    /// <summary>When the family sends its next update, in the open-loop phase (a Stopwatch timestamp).</summary>
    public long ReadyAt { get; set; }

    /// <summary>The whole walk; false when the family could not go on (see the context's counts).</summary>
    public async Task<bool> WalkAsync()
    {
        while (!Done)
        {
            if (!await TakeTurnAsync()) return false;
        }
        return true;
    }

    /// <summary>Sends the next update and waits for the end of the bot's turn; false when the family cannot go on.</summary>
    public async Task<bool> TakeTurnAsync()
    {
        var step = _steps[_next];
        byte[] update;
        if (step.IsText)
        {
            update = TelegramUpdateJson.Text(chatId, step.Value);
        }
        else if (Choose(step) is { } data)
        {
            update = TelegramUpdateJson.Callback(chatId, data);
        }
        else
        {
            context.UnexpectedReply();
            return false;
        }

        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long postedAt;
        lock (_gate)
        {
            _turn = turn;
            _answered = false;
            _postedAt = postedAt = Stopwatch.GetTimestamp();
        }
        context.Posted(postedAt);
        if (!await context.Poster.PostAsync(update, context.Acknowledgements))
        {
            context.NotAcknowledged();
            return false;
        }
        try
        {
            await turn.Task.WaitAsync(context.TurnTimeout);
        }
        catch (TimeoutException)
        {
            lock (_gate) _turn = null;
            context.TurnStalled();
            return false;
        }
        _next++;
        return true;
    }

    /// <summary>A message the bot sent to this chat (called by the Bot API double as it arrives).</summary>
    public void OnReply(SentReply reply)
    {
        TaskCompletionSource? ended = null;
        lock (_gate)
        {
            if (_turn is null)
            {
                context.StrayReply();
                return;
            }
            if (!_answered)
            {
                _answered = true;
                context.Replies.Record(_postedAt, reply.At);
            }
            if (reply.Text.Contains("LK3-", StringComparison.Ordinal) && Reference().Match(reply.Text) is { Success: true } reference)
            {
                context.CaseReferenced(reference.Value);
            }
            if (!context.TurnEndsAtButtons || reply.Buttons.Length > 0)
            {
                _buttons = reply.Buttons;
                ended = _turn;
                _turn = null;
            }
        }
        if (ended is null) return;
        context.TurnEnded(reply.At);
        ended.TrySetResult();
    }

    /// <summary>
    /// The callback data to press: one of the offered buttons the step names (varied by family), or the step's example where none
    /// were offered.
    /// </summary>
    private string? Choose(ScriptStep step)
    {
        if (_buttons.Length == 0) return context.TurnEndsAtButtons ? null : step.Example;
        var offered = _buttons.Where(step.Matches).ToArray();
        return offered.Length == 0 ? null : offered[(int)((chatId + _next) % offered.Length)];
    }

    [GeneratedRegex(@"LK3-\d{4}-\d{4,}")]
    private static partial Regex Reference();
}
