using System.Collections.Concurrent;

namespace LK3.Bot.Data;

/// <summary>
/// Group commit: what is asked to be written while another write is under way goes together in the next one. Every caller
/// still waits until its own item is written, never for a timer, and one transaction instead of many leaves SQLite's single
/// writer free sooner. The write of a group is not cancelled with one caller: it holds other callers' items too.
/// </summary>
public sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<GroupCommit<TItem, TResult>.Entry>, Task> writeGroup)
{
    private const int MaxGroup = 64;

    private readonly ConcurrentQueue<Entry> _waiting = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    public async Task<TResult> WriteAsync(TItem item, CancellationToken cancellationToken)
    {
        var entry = new Entry(item);
        _waiting.Enqueue(entry);
        // Whoever holds the writer's place writes what is waiting; a caller whose item the last holder wrote just leaves.
        while (!entry.Written.IsCompleted)
        {
            await _writing.WaitAsync(cancellationToken);
            try
            {
                if (!entry.Written.IsCompleted) await WriteWaitingAsync();
            }
            finally
            {
                _writing.Release();
            }
        }
        return await entry.Written;
    }

    /// <summary>What waits for the next group.</summary>
    internal int Waiting => _waiting.Count;

    /// <summary>Takes the writer's place until disposed, so that what is asked meanwhile goes in one group: how tests make one.</summary>
    internal async Task<IDisposable> HoldAsync()
    {
        await _writing.WaitAsync();
        return new Held(_writing);
    }

    private sealed class Held(SemaphoreSlim writing) : IDisposable
    {
        public void Dispose() => writing.Release();
    }

    private async Task WriteWaitingAsync()
    {
        List<Entry> group = [];
        while (group.Count < MaxGroup && _waiting.TryDequeue(out var entry)) group.Add(entry);
        try
        {
            await writeGroup(group);
        }
        catch (Exception exception)
        {
            foreach (var entry in group) entry.Fail(exception);
        }
    }

    /// <summary>One caller's item; the group's writer completes it with its result, or fails it.</summary>
    public sealed class Entry(TItem item)
    {
        private readonly TaskCompletionSource<TResult> _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TItem Item => item;
        internal Task<TResult> Written => _written.Task;

        public void Complete(TResult result) => _written.TrySetResult(result);
        public void Fail(Exception exception) => _written.TrySetException(exception);
    }
}
