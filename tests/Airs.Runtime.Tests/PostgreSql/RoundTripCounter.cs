using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>
/// A TCP relay between Npgsql and the PostgreSQL server that counts round trips as the server sees them: every
/// request the client waits on ends with one ReadyForQuery message (<c>'Z'</c>) from the server, so the number of
/// those is the number of round trips. The relay passes every byte through unchanged.
/// </summary>
internal sealed class RoundTripCounter : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string host;
    private readonly int port;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> pumps = [];
    private readonly Task accepting;
    private long readyForQuery;

    public RoundTripCounter(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        host = target.Host!;
        port = target.Port;
        listener.Start();
        // Plain text, so every server message can be read; the relay is on loopback.
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = "127.0.0.1",
            Port = ((IPEndPoint)listener.LocalEndpoint).Port,
            SslMode = SslMode.Disable,
            GssEncryptionMode = GssEncryptionMode.Disable,
        }.ConnectionString;
        accepting = AcceptAsync();
    }

    /// <summary>The connection string that goes through the relay.</summary>
    public string ConnectionString { get; }

    /// <summary>Round trips so far, over every connection.</summary>
    public long RoundTrips => Interlocked.Read(ref readyForQuery);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var server = new TcpClient();
            await server.ConnectAsync(host, port, stop.Token);
            lock (pumps)
            {
                pumps.Add(CopyAsync(client.GetStream(), server.GetStream(), count: false, client, server));
                pumps.Add(CopyAsync(server.GetStream(), client.GetStream(), count: true, client, server));
            }
        }
    }

    private async Task CopyAsync(NetworkStream from, NetworkStream to, bool count, TcpClient client, TcpClient server)
    {
        var buffer = new byte[64 * 1024];
        var header = new byte[5];
        var inHeader = 0; // bytes of the current message's header seen
        long bodyLeft = 0; // bytes of the current message's body still to come
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
            {
                if (count)
                {
                    for (var i = 0; i < read;)
                    {
                        if (bodyLeft > 0)
                        {
                            var skip = (int)Math.Min(bodyLeft, read - i);
                            bodyLeft -= skip;
                            i += skip;
                            continue;
                        }
                        header[inHeader++] = buffer[i++];
                        if (inHeader == 5)
                        {
                            if (header[0] == (byte)'Z')
                            {
                                Interlocked.Increment(ref readyForQuery);
                            }
                            bodyLeft = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1)) - 4;
                            inHeader = 0;
                        }
                    }
                }
                await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        Task[] running;
        lock (pumps)
        {
            running = [.. pumps];
        }
        await Task.WhenAll(running);
        stop.Dispose();
    }
}
