using System.Globalization;

namespace LK3.Benchmarks;

/// <summary>The pipeline benchmark's command line.</summary>
internal sealed class PipelineOptions
{
    public const string Usage = """
        usage: LK3.Benchmarks pipeline [options]
          --families N        families walking the intake at once in the throughput phase (default 500)
          --min-seconds S     the throughput phase starts N new families again until it has lasted this long (default 10)
          --rate R            updates a second in the latency phase (default 300; 0 skips the phase)
          --seconds S         how long the latency phase sends (default 20)
          --think-ms T        a family's pause between its turns in the latency phase (default 1000)
          --warmup N          families walked at once to warm the bot up, not measured (default 100) ...
          --warmup-seconds S  ... again and again until this long has passed (default 30: until the JIT has settled)
          --postgres [CS]     also on PostgreSQL: a temporary database on the server in CS, or in LK3_TEST_POSTGRES
          --instances N       LK3 Bot processes sharing the PostgreSQL database, webhook posts spread over them in turn (default 1)
          --instance-cpu C    each LK3 Bot process capped at C CPUs (e.g. 0.5), as if on a machine of its own that size:
                              what a second instance adds, on a machine whose cores the instances would otherwise share (root, Linux)
          --no-sqlite         not on SQLite (with --postgres)
          --no-echo           without the echo baseline
          --typed             families type every answer, as they do, instead of pressing the buttons (the same walk)
          --json PATH         where the results go (default benchmarks/results/pipeline-<time>.json)
          --turn-timeout S    how long a family waits for the bot's answer before giving up (default 60)
          --app-setting K=V   a setting for LK3 Bot, as an environment variable (repeatable), e.g. Messaging__Workers=16
          --app-log DIR       keep everything each bot process writes, in DIR/<run>.log
          --trace DIR         an EventPipe CPU-sampling trace of each bot process in the throughput phase, in DIR/<run>.nettrace
          --bot PATH          the LK3.Bot.dll to run (default: the Release build beside this one)
        """;

    public int Families { get; private set; } = 500;
    public double Rate { get; private set; } = 300;
    public TimeSpan ClosedLoopMinimum { get; private set; } = TimeSpan.FromSeconds(10);
    public TimeSpan OpenLoopDuration { get; private set; } = TimeSpan.FromSeconds(20);
    public TimeSpan Think { get; private set; } = TimeSpan.FromSeconds(1);
    public int Warmup { get; private set; } = 100;
    public TimeSpan WarmupTime { get; private set; } = TimeSpan.FromSeconds(30);
    public bool Sqlite { get; private set; } = true;
    public int Instances { get; private set; } = 1;
    public double? InstanceCpu { get; private set; }
    public bool Postgres { get; private set; }
    public string? PostgresServer { get; private set; }
    public bool Echo { get; private set; } = true;
    public bool Typed { get; private set; }
    public string? JsonPath { get; private set; }
    public TimeSpan TurnTimeout { get; private set; } = TimeSpan.FromSeconds(60);
    public Dictionary<string, string> AppSettings { get; } = [];
    public string? AppLogDirectory { get; private set; }
    public string? TraceDirectory { get; private set; }
    public string? BotAssembly { get; private set; }

    /// <summary>The options, or null (after saying why) when the command line is wrong or asks for help.</summary>
    public static PipelineOptions? Parse(string[] args)
    {
        var options = new PipelineOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--families": options.Families = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--min-seconds": options.ClosedLoopMinimum = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                    case "--rate": options.Rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--seconds": options.OpenLoopDuration = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                    case "--think-ms": options.Think = TimeSpan.FromMilliseconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                    case "--warmup": options.Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--warmup-seconds": options.WarmupTime = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                    case "--postgres":
                        options.Postgres = true;
                        if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) options.PostgresServer = args[++i];
                        break;
                    case "--no-sqlite": options.Sqlite = false; break;
                    case "--instances": options.Instances = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--instance-cpu": options.InstanceCpu = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--no-echo": options.Echo = false; break;
                    case "--typed": options.Typed = true; break;
                    case "--json": options.JsonPath = args[++i]; break;
                    case "--turn-timeout": options.TurnTimeout = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                    case "--app-setting":
                        var setting = args[++i].Split('=', 2);
                        if (setting.Length != 2) throw new FormatException($"--app-setting wants KEY=VALUE, not '{args[i]}'.");
                        options.AppSettings[setting[0]] = setting[1];
                        break;
                    case "--app-log": options.AppLogDirectory = args[++i]; break;
                    case "--trace": options.TraceDirectory = args[++i]; break;
                    case "--bot": options.BotAssembly = args[++i]; break;
                    case "--help" or "-h":
                        Console.WriteLine(Usage);
                        return null;
                    default: throw new FormatException($"Unknown option '{args[i]}'.");
                }
            }
            if (options.Families < 1 || options.Rate < 0 || options.Warmup < 0 || options.InstanceCpu <= 0)
            {
                throw new FormatException("--families must be at least 1, --rate and --warmup not negative, --instance-cpu above 0.");
            }
            if (!options.Sqlite && !options.Postgres) throw new FormatException("--no-sqlite leaves nothing to measure without --postgres.");
            if (options.Instances < 1 || options.Instances > 1 && options.Sqlite) throw new FormatException("--instances N wants --postgres --no-sqlite.");
        }
        catch (Exception exception) when (exception is FormatException or IndexOutOfRangeException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(Usage);
            return null;
        }
        return options;
    }
}
