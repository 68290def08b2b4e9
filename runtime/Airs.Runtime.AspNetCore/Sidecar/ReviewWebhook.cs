using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Airs.Runtime.Reviews;
using Airs.Runtime.Serialization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Delivers <c>review.opened</c> notices to a webhook in the background, one at a time, retried with Polly.
/// The body is signed: <c>X-Airs-Signature-256: sha256=&lt;hex HMAC-SHA256 of the body bytes&gt;</c>.
/// A decision never waits for a delivery; a notice that still fails after every attempt is logged and dropped
/// (the ticket itself is safe in the store and listed by <c>GET /v1/reviews</c>).
/// </summary>
internal sealed class ReviewWebhook : IAsyncDisposable
{
    public const string SignatureHeader = "X-Airs-Signature-256";
    public const string EventHeader = "X-Airs-Event";
    public const string DeliveryHeader = "X-Airs-Delivery";
    private const int Capacity = 10_000;

    private readonly ReviewWebhookOptions options;
    private readonly byte[] key;
    // No redirects: a notice is signed for the configured receiver, and a 307 or 308 would send it, body and signature,
    // wherever the receiver (or whoever answers for it) points. A 3xx is a refusal, as another 4xx is.
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly Channel<ReviewTicket> queue = Channel.CreateBounded<ReviewTicket>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task delivering;

    public ReviewWebhook(ReviewWebhookOptions options, TimeProvider time, ILogger logger)
    {
        this.options = options;
        key = Encoding.UTF8.GetBytes(options.Secret);
        this.time = time;
        this.logger = logger;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
                OnRetry = retry =>
                {
                    retry.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        delivering = Task.Run(DeliverAllAsync);
    }

    /// <summary>Signs <paramref name="body"/> as the <see cref="SignatureHeader"/> value.</summary>
    public static string Sign(byte[] key, ReadOnlySpan<byte> body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body));

    public void Enqueue(ReviewTicket ticket)
    {
        if (!queue.Writer.TryWrite(ticket))
        {
            logger.LogError("review webhook: the notice for ticket {Ticket} is dropped ({Capacity} notices are waiting, or the sidecar is stopping)", ticket.Id, Capacity);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        // What is queued gets one attempt timeout to go out while the host stops; the tickets are in the store anyway.
        if (await Task.WhenAny(delivering, Task.Delay(options.AttemptTimeout, time)).ConfigureAwait(false) != delivering)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            await delivering.ConfigureAwait(false);
        }
        http.Dispose();
        stopping.Dispose();
    }

    private async Task DeliverAllAsync()
    {
        await foreach (var ticket in queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await DeliverAsync(ticket).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Whatever went wrong with this notice, the next ones still go out.
                logger.LogWarning("review webhook: the notice for ticket {Ticket} was not delivered after {Attempts} attempts ({Error})",
                    ticket.Id, options.MaxAttempts, e.Message.Split('\n')[0]);
            }
        }
    }

    private async Task DeliverAsync(ReviewTicket ticket)
    {
        var delivery = Guid.CreateVersion7(time.GetUtcNow()).ToString("n");
        var body = JsonSerializer.SerializeToUtf8Bytes(new ReviewNotice("review.opened", delivery, time.GetUtcNow(), ticket), AirsJson.Options);
        var signature = Sign(key, body);
        using var response = await pipeline.ExecuteAsync(async cancellationToken =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            request.Headers.Add(EventHeader, "review.opened");
            request.Headers.Add(DeliveryHeader, delivery);
            request.Headers.Add(SignatureHeader, signature);
            // The status is the answer: the body is never read, so a receiver cannot make the sidecar buffer it.
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }, stopping.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("review webhook: the receiver answered HTTP {Status} to the notice for ticket {Ticket}; not retried further",
                (int)response.StatusCode, ticket.Id);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The webhook body.</summary>
    private sealed record ReviewNotice(string Event, string DeliveryId, DateTimeOffset SentAt, ReviewTicket Ticket);
}
