using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LK3.Tests.Telegram;

namespace LK3.Tests.EndToEnd;

/// <summary>LK3 Bot as a real process of its own (dotnet LK3.Bot.dll), as it runs in production.</summary>
public sealed class BotProcess : IWebhookTarget, IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _client;
    private readonly BotApiDouble _api;
    private readonly System.Text.StringBuilder _output = new();

    private BotProcess(Process process, Uri address, BotApiDouble api)
    {
        Address = address;
        _process = process;
        _api = api;
        _client = new HttpClient { BaseAddress = address };
        // Read what the bot writes, or a full pipe would stall it.
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the bot listens (a free loopback port).</summary>
    public Uri Address { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public static async Task<BotProcess> StartAsync(BotApiDouble api, TestDatabase database, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [BotAssembly(), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(BotAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = database.Provider.ToString(),
            ["ConnectionStrings__Lk3"] = database.ConnectionString,
            ["Telegram__BotToken"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = "https://lk3.example.org/webhooks/telegram",
            ["Telegram__WebhookSecret"] = BotApp.WebhookSecret,
            ["Messaging__SweepInterval"] = "00:00:00.200",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = Process.Start(start)!;
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"), api);
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>Runs the bot until it exits by itself (it cannot start), and returns what it wrote and its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [BotAssembly(), "--urls", $"http://127.0.0.1:{FreePort()}"])
        {
            WorkingDirectory = Path.GetDirectoryName(BotAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, string.Join("\n", await output));
    }

    public Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = BotApp.WebhookSecret) => IWebhookTarget.Post(_client, _api, json, secret);

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with {_process.ExitCode}: {Output}");
            }
            try
            {
                using var response = await _client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The bot process did not become healthy within 60 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The bot's own build output, beside this test assembly's (same configuration).</summary>
    private static string BotAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/LK3.Tests/bin/<Configuration>/<tfm>/
        var root = testBin.Parent!.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(root.FullName, "src", "LK3.Bot", "bin", testBin.Parent!.Name, testBin.Name, "LK3.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the bot's own build output is missing.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
