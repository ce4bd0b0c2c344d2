using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LK3.Bot.Channels;

/// <summary>What every inbound endpoint does the same way: a bounded body, and 503 when an update cannot be stored.</summary>
internal static class WebhookRequests
{
    /// <summary>The whole body, or null when it is larger than <paramref name="maxBytes"/>, counted as it arrives (also when chunked).</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
        try
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            return body.Length > maxBytes ? null : body.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");

    /// <summary>Not stored, so not acknowledged: the sender tries again, and nothing is lost.</summary>
    public static ProblemHttpResult NotStored(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The message could not be stored; send it again.");
    }

    /// <summary>The database could not take the update (down, or its retries ran out).</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException;

    public static ProblemHttpResult BadRequest(string title) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
