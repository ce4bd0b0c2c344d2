using System.Net;
using System.Net.Sockets;

namespace LK3.Tests.EndToEnd;

/// <summary>A loopback TCP relay to a database server that a test can cut and restore, as a network or server outage would.</summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private volatile bool _cut;
    private int _refused;

    public TcpProxy(IPEndPoint target)
    {
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections turned away while cut: how a test knows the bot kept trying during the outage.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Drops every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (_cut)
            {
                Interlocked.Increment(ref _refused);
                incoming.Dispose();
                continue;
            }
            _ = RelayAsync(incoming);
        }
    }

    private async Task RelayAsync(TcpClient incoming)
    {
        using var outgoing = new TcpClient();
        try
        {
            await outgoing.ConnectAsync(_target, _stopping.Token);
            lock (_open) _open.AddRange([incoming, outgoing]);
            await Task.WhenAny(
                incoming.GetStream().CopyToAsync(outgoing.GetStream(), _stopping.Token),
                outgoing.GetStream().CopyToAsync(incoming.GetStream(), _stopping.Token));
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The outage the test asked for, or the end of the test.
        }
        finally
        {
            incoming.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
    }
}
