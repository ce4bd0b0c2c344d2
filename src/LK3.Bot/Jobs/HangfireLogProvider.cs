using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace LK3.Bot.Jobs;

/// <summary>
/// Hangfire's logs through ASP.NET Core logging. Hangfire keeps its log provider in a static, so in a
/// process that hosts the app more than once (the tests) it can outlive a host's logger factory; then
/// it goes quiet instead of failing the job that wanted to log.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Quiet.Log;
        }
    }

    private sealed class Quiet : ILog
    {
        public static readonly Quiet Log = new();

        bool ILog.Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception) => false;
    }
}
